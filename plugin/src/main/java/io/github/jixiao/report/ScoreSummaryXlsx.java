package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.xlsx.Table;
import io.github.jixiao.xlsx.XlsxWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * score-summary.xlsx: the 评分表 (the framework's criteria with 分值, 得分, 评分标准 and the formula as applied),
 * the 绩效指标 (every indicator row as filed with its 分值, the stated and the computed 得分 and its findings) and
 * the 问题 (every finding with file, line and the spreadsheet cell it came from). Cells hold plain text (never a
 * formula), so nothing of a submission is evaluated by the spreadsheet that opens it.
 */
public final class ScoreSummaryXlsx {
    private ScoreSummaryXlsx() {
    }

    public static final String FILE = "score-summary.xlsx";

    public static Path write(Path outDir, EngineResult result, Messages m, Function<Finding, String> cellOf) throws IOException {
        Path p = outDir.resolve(FILE);
        List<Table> tables = tables(result, m, cellOf);
        AtomicFiles.write(p, out -> XlsxWriter.write(tables, out)); // built in memory, written in one piece
        return p;
    }

    static List<Table> tables(EngineResult result, Messages m, Function<Finding, String> cellOf) {
        boolean en = m.english();
        ScoreSheet sheet = result.sheet();
        m = m.forSheet(sheet);
        FrameworkNames names = FrameworkNames.of(sheet, m);
        String who = (result.department() == null ? "" : result.department())
                + (result.project() == null || result.project().isBlank() ? "" : " " + result.project())
                + (result.year() == null ? "" : " " + result.year());

        // 评分表
        List<List<Object>> score = new ArrayList<>();
        for (CriterionScore c : sheet.criteria()) {
            score.add(row(names.group(nz(c.level1())), names.group(nz(c.level2())), names.criterion(c), c.weight(), c.score(),
                    names.standard(nz(c.standard())), nz(c.explanation()) + ScoreSummary.claimed(c, m)));
        }
        score.add(row(en ? "Total" : "合计", null, null, sheet.weight(), sheet.total(), null,
                (en ? "Grade: " : "等级：") + ScoreSummary.grade(sheet, names, m)));
        Table t1 = new Table(en ? "Score sheet" : "评分表", who + (en ? " score sheet (" : " 评分表（")
                + names.framework(nz(sheet.frameworkName())) + (en ? ")" : "）"),
                en ? List.of("Level 1", "Level 2", "Level 3", "Points", "Score", "Scoring standard", "Formula as applied")
                        : List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "评分标准", "计算过程"),
                List.of(14, 14, 22, 9, 9, 48, 48), score, 2);

        // 绩效指标: each row's computed score and findings by the row's index, in arrays (no boxed key and hash per
        // row: most of the table's own time was these lookups); indexes no indicator has are never asked for
        int rows = 0;
        for (Indicator i : result.indicators()) {
            rows = Math.max(rows, i.index() + 1);
        }
        BigDecimal[] computed = new BigDecimal[rows];
        boolean[] isComputed = new boolean[rows];
        java.util.Set<String> scoresIndicators = new java.util.HashSet<>();
        for (CriterionScore c : sheet.criteria()) {
            for (CriterionScore it : c.items()) {
                if (it.id().startsWith("indicator-")) {
                    scoresIndicators.add(c.id());
                    try {
                        int k = Integer.parseInt(it.id().substring("indicator-".length()));
                        if (k >= 0 && k < rows) {
                            computed[k] = it.score();
                            isComputed[k] = true;
                        }
                    } catch (NumberFormatException e) {
                        // not an indicator row
                    }
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<Finding>[] byRow = new List[rows];
        for (Finding f : result.findings()) {
            if (f.file().endsWith("indicators.json") && f.pointer().startsWith("/indicators/")) {
                String rest = f.pointer().substring("/indicators/".length());
                int slash = rest.indexOf('/');
                try {
                    int k = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
                    if (k >= 0 && k < rows) {
                        if (byRow[k] == null) {
                            byRow[k] = new ArrayList<>();
                        }
                        byRow[k].add(f);
                    }
                } catch (NumberFormatException e) {
                    // /indicators itself
                }
            }
        }
        // the points the scorer could not score, by the indicator's label (in row order when two rows share one)
        Map<String, java.util.ArrayDeque<ScoreSheet.Unscored>> unscored = new HashMap<>();
        for (ScoreSheet.Unscored u : sheet.unscored()) {
            if (scoresIndicators.contains(u.criterion())) {
                unscored.computeIfAbsent(u.name(), k -> new java.util.ArrayDeque<>()).add(u);
            }
        }
        // a finding's severity as the report's language says it (错误, 警告, 提示), not its id
        String[] severity = new String[io.github.jixiao.finding.Severity.values().length];
        for (io.github.jixiao.finding.Severity v : io.github.jixiao.finding.Severity.values()) {
            severity[v.ordinal()] = m.label("severity." + v.id());
        }
        List<List<Object>> ind = new ArrayList<>();
        Map<String, String> labels = new HashMap<>(); // each 不计分 text formatted once, not once a row
        for (Indicator i : result.indicators()) {
            int index = i.index();
            List<Finding> rowFindings = byRow[index];
            String fs = "";
            if (rowFindings != null) { // most rows have none: no builder for them
                StringBuilder sb = new StringBuilder();
                for (Finding f : rowFindings) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append('[').append(severity[f.severity().ordinal()]).append("] ").append(f.ruleId()).append(": ").append(m.message(f));
                }
                fs = sb.toString();
            }
            // a row the scorer could not score counts 0: its cell says so and why, rather than a 0 that reads as earned
            BigDecimal computedScore = computed[index];
            java.util.ArrayDeque<ScoreSheet.Unscored> left = isComputed[index] && !unscored.isEmpty() ? unscored.get(i.label()) : null;
            ScoreSheet.Unscored u = left == null ? null : left.poll();
            Object scored = u == null && isComputed[index] ? computedScore : notScored(i, u, m, labels);
            ind.add(row(nz(i.level1()), nz(i.level2()), nz(i.name()), nz(i.effectiveTarget()), nz(i.actual()), i.points(),
                    i.score(), scored, fs));
        }
        Table t2 = new Table(en ? "Indicators" : "绩效指标", who + (en ? " performance indicators" : " 绩效指标"),
                en ? List.of("Level 1", "Level 2", "Indicator", "Target", "Actual", "Points", "Stated score", "Score",
                        "Findings")
                        : List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评得分", "得分", "问题"),
                List.of(12, 12, 24, 18, 18, 9, 9, 9, 60), ind, 2);

        // 问题: the criterion a finding touches by its name in the 评分表 (in the framework's English in English), not its id
        Map<String, String> criterionNames = new HashMap<>();
        for (CriterionScore c : sheet.criteria()) {
            criterionNames.put(c.id(), names.criterion(c));
        }
        List<List<Object>> fs = new ArrayList<>();
        for (Finding f : result.findings()) {
            String cell = cellOf.apply(f);
            fs.add(row(severity[f.severity().ordinal()], f.ruleId(), m.message(f), f.file(), f.line() > 0 ? String.valueOf(f.line()) : "",
                    f.column() > 0 ? String.valueOf(f.column()) : "", cell == null ? "" : cell, f.pointer(),
                    f.criterion() == null ? "" : criterionNames.getOrDefault(f.criterion(), f.criterion())));
        }
        Table t3 = new Table(en ? "Findings" : "问题", who + (en ? " findings" : " 问题清单"),
                en ? List.of("Severity", "Rule", "Message", "File", "Line", "Column", "Cell", "JSON pointer", "Criterion")
                        : List.of("级别", "规则", "说明", "文件", "行", "列", "单元格", "JSON 指针", "评分项"),
                List.of(9, 22, 60, 26, 6, 6, 14, 22, 20), fs, 0);
        return List.of(t1, t2, t3);
    }

    /**
     * What the 得分 cell of a row jixiao did not score says, rather than a blank the reader must guess at: 不计分 and why
     * (marked not applicable, a template row, data missing with the scorer's reason, or a framework that does not score
     * single indicators).
     */
    static String notScored(Indicator i, ScoreSheet.Unscored u, Messages m, Map<String, String> labels) {
        if (i.notApplicable()) {
            return label(labels, "xlsx.unscored.not-applicable", m);
        }
        if (i.points() == null && i.score() == null && i.isTemplateRow()) { // a row with points is none: no scan of its texts
            return label(labels, "xlsx.unscored.template-row", m);
        }
        if (u != null) {
            return m.label("xlsx.unscored.data", nz(u.reason()));
        }
        return label(labels, "xlsx.unscored.framework", m);
    }

    /** A label without arguments, formatted once a workbook. */
    private static String label(Map<String, String> labels, String key, Messages m) {
        String s = labels.get(key);
        if (s == null) {
            s = m.label(key);
            labels.put(key, s);
        }
        return s;
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
