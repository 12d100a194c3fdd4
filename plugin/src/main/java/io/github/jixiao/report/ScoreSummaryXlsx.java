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
 * the 问题 (every finding with file, line and the spreadsheet cell it came from). A submission without a score (目标申报,
 * 运行监控, or one that could not be scored) gets its 绩效指标 as filed with their findings and the 问题, and at 运行监控
 * first the table's figures ({@link Monitoring}): finance staff read their problems where they live, in Excel. Cells
 * hold plain text (never a formula), so nothing of a submission is evaluated by the spreadsheet that opens it.
 */
public final class ScoreSummaryXlsx {
    private ScoreSummaryXlsx() {
    }

    public static final String FILE = "score-summary.xlsx";

    public static Path write(Path outDir, EngineResult result, Messages m, Function<Finding, String> cellOf) throws IOException {
        return write(outDir, result, m, cellOf, f -> null);
    }

    /**
     * As above; {@code tagOf} gives a finding that does not count (suppressed, or in the baseline) the tag the console
     * gives it, put after its message on the 问题 sheet (null for an open finding).
     */
    public static Path write(Path outDir, EngineResult result, Messages m, Function<Finding, String> cellOf,
                             Function<Finding, String> tagOf) throws IOException {
        return write(outDir, result, m, cellOf, tagOf, Cells.none());
    }

    /** As above; {@code cells} names the workbook cell each figure of the 所用数据 sheet was imported from. */
    public static Path write(Path outDir, EngineResult result, Messages m, Function<Finding, String> cellOf,
                             Function<Finding, String> tagOf, Cells cells) throws IOException {
        Path p = outDir.resolve(FILE);
        List<Table> tables = tables(result, m, cellOf, tagOf, cells);
        AtomicFiles.writeChannel(p, ch -> XlsxWriter.write(tables, ch)); // streamed in chunks, each part's header written back
        return p;
    }

    static List<Table> tables(EngineResult result, Messages m, Function<Finding, String> cellOf) {
        return tables(result, m, cellOf, f -> null);
    }

    static List<Table> tables(EngineResult result, Messages m, Function<Finding, String> cellOf, Function<Finding, String> tagOf) {
        return tables(result, m, cellOf, tagOf, Cells.none());
    }

    static List<Table> tables(EngineResult result, Messages m, Function<Finding, String> cellOf, Function<Finding, String> tagOf,
                              Cells cells) {
        boolean en = m.english();
        ScoreSheet sheet = result.sheet();
        m = m.forSheet(sheet);
        FrameworkNames names = FrameworkNames.of(sheet, m);
        String who = (result.department() == null ? "" : result.department())
                + (result.project() == null || result.project().isBlank() ? "" : " " + result.project())
                + (result.year() == null ? "" : " " + result.year());
        // a finding's severity as the report's language says it (错误, 警告, 提示), not its id
        String[] severity = new String[io.github.jixiao.finding.Severity.values().length];
        for (io.github.jixiao.finding.Severity v : io.github.jixiao.finding.Severity.values()) {
            severity[v.ordinal()] = m.label("severity." + v.id());
        }
        if (sheet == null) {
            return unscored(result, m, cellOf, tagOf, who, severity, cells);
        }

        // 评分表
        // a 复核分 column only where the submission gives one (a workbook without is as it was)
        boolean reviewed = sheet.anyReviewed();
        List<List<Object>> score = new ArrayList<>();
        for (CriterionScore c : sheet.criteria()) {
            List<Object> r = row(names.group(nz(c.level1())), names.group(nz(c.level2())), names.criterion(c), c.weight(), c.score(),
                    names.standard(nz(c.standard())), nz(c.explanation()) + ScoreSummary.claimed(c, m) + reviewedReasons(c, names, m));
            if (reviewed) {
                r = new ArrayList<>(r);
                r.add(5, c.reviewed());
            }
            score.add(r);
        }
        // with a 复核分: the reviewed total's grade after the grade, or why there is no reviewed total (a 复核分 outside its points)
        String withheld = ScoreSummary.reviewedWithheld(sheet, names, m);
        String reviewedGrade = sheet.reviewedGrade() == null || sheet.reviewedTotal() == null ? ""
                : m.label("punct.semicolon") + m.label("summary.reviewedGrade") + m.label("punct.colon") + names.grade(sheet.reviewedGrade());
        // nothing scorable (t44, t98): "不计分" in the score cell, not a 0 (since session 56)
        List<Object> sum = row(m.label(ScoreSummary.totalLabel(sheet, "summary.sum")), null, null, sheet.weight(),
                sheet.nothingScorable() ? m.label("summary.notScorable") : sheet.total(), null,
                (en ? "Grade: " : "等级：") + ScoreSummary.grade(sheet, names, m)
                        + (ScoreSummary.gradeDoubt(sheet, names, m) == null ? ""
                                : m.label("punct.semicolon") + ScoreSummary.gradeDoubt(sheet, names, m)) + reviewedGrade
                        + (withheld == null ? "" : m.label("punct.semicolon") + m.label("summary.reviewedTotal.withheld", withheld)));
        if (reviewed) {
            sum = new ArrayList<>(sum);
            sum.add(5, withheld != null ? "—" : sheet.reviewedTotal());
        }
        score.add(sum);
        List<String> heads = new ArrayList<>(en ? List.of("Level 1", "Level 2", "Criterion", "Points", "Score", "Scoring standard",
                "Formula as applied") : List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "评分标准", "计算过程"));
        List<Integer> widths = new ArrayList<>(List.of(14, 14, 22, 9, 9, 48, 48));
        if (reviewed) {
            heads.add(5, m.label("summary.reviewed"));
            widths.add(5, 9);
        }
        Table t1 = new Table(en ? "Score sheet" : "评分表", who + (en ? " score sheet (" : " 评分表（")
                + names.framework(nz(sheet.frameworkName())) + (en ? ")" : "）"), heads, widths, score, 2);

        // 绩效指标: each row's computed score and findings by the row's index, in arrays (no boxed key and hash per
        // row: most of the table's own time was these lookups); indexes no indicator has are never asked for
        int rows = rows(result);
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
        List<Finding>[] byRow = byRow(result.findings(), rows);
        // the points the scorer could not score, by the indicator's label (in row order when two rows share one)
        Map<String, java.util.ArrayDeque<ScoreSheet.Unscored>> unscored = new HashMap<>();
        for (ScoreSheet.Unscored u : sheet.unscored()) {
            if (scoresIndicators.contains(u.criterion())) {
                unscored.computeIfAbsent(u.name(), k -> new java.util.ArrayDeque<>()).add(u);
            }
        }
        List<List<Object>> ind = new ArrayList<>();
        boolean rowsReviewed = result.indicators().stream().anyMatch(i -> i.reviewedScore() != null);
        boolean texts = ScoreSummary.anyRowTexts(result); // 评分标准 / 指标解释 columns, where a row prints one (福建 2020)
        String[] labels = new String[3]; // each 不计分 text formatted once, not once a row (and not looked up by its key)
        ScoreSummary.Directions directions = ScoreSummary.Directions.of(result);
        for (Indicator i : result.indicators()) {
            int index = i.index();
            String fs = rowFindings(byRow[index], severity, m);
            // a row the scorer could not score counts 0: its cell says so and why, rather than a 0 that reads as earned
            BigDecimal computedScore = computed[index];
            java.util.ArrayDeque<ScoreSheet.Unscored> left = isComputed[index] && !unscored.isEmpty() ? unscored.get(i.label()) : null;
            ScoreSheet.Unscored u = left == null ? null : left.poll();
            Object scored = u == null && isComputed[index] ? computedScore : notScored(i, u, m, labels);
            List<Object> r = row(level1(i, names, m), names.group(nz(i.level2())), nz(i.name()), nz(i.effectiveTarget()),
                    nz(i.actual()), i.points(), i.score(), scored, fs);
            if (rowsReviewed) {
                r = new ArrayList<>(r);
                r.add(7, i.reviewedScore());
            }
            ind.add(directed(directions, i, m, withTexts(texts, 5, i, r)));
        }
        List<String> indHeads = new ArrayList<>(en ? List.of("Level 1", "Level 2", "Indicator", "Target", "Actual", "Points",
                "Self-assessed score", "Score", "Findings")
                : List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评得分", "得分", "问题"));
        List<Integer> indWidths = new ArrayList<>(List.of(12, 12, 24, 18, 18, 9, 9, 9, 60));
        if (rowsReviewed) {
            indHeads.add(7, m.label("summary.reviewed"));
            indWidths.add(7, 9);
        }
        Table t2 = new Table(en ? "Indicators" : "绩效指标", who + (en ? " performance indicators" : " 绩效指标"),
                directed(directions, en ? "Direction" : "指标方向", withTexts(texts, 5, m, indHeads)),
                directed(directions, 12, withTexts(texts, 5, indWidths)), ind, 2);

        // 问题: the criterion a finding touches by its name in the 评分表 (in the framework's English in English), not its id
        Map<String, String> criterionNames = new HashMap<>();
        for (CriterionScore c : sheet.criteria()) {
            criterionNames.put(c.id(), names.criterion(c));
        }
        Table t3 = findings(result, m, cellOf, tagOf, who, severity, criterionNames);
        Table t4 = figures(result, m, names, cells, who);
        return t4 == null ? List.of(t1, t2, t3) : List.of(t1, t2, t3, t4);
    }

    /**
     * 所用数据 (figures used): each figure a criterion (or a row or sub-item of one) was computed from, with its value and
     * where it sits, as the page's and the Markdown's 所用数据 say it and score-summary.json's {@code inputs} give it: the
     * file, the line and the column (numbers, to sort and filter by; blank where the figure is in no file read), the
     * workbook cell it was imported from, and the reference. Before session 43 the workbook had no figure's place: a
     * reviewer working in Excel could not find where a score's figures came from. Null when the sheet used no figure.
     */
    private static Table figures(EngineResult result, Messages m, FrameworkNames names, Cells cells, String who) {
        boolean en = m.english();
        List<List<Object>> rows = new ArrayList<>();
        String sep = " · ";
        for (CriterionScore c : result.sheet().criteria()) {
            String name = names.criterion(c);
            // a criterion lists its sub-items' figures too (the page's and the Markdown's 所用数据): a row or sub-item's
            // figure is a row of its own only where the criterion does not list it
            java.util.Set<String> listed = new java.util.HashSet<>();
            figureRows(rows, name, c, result, cells, en, listed);
            for (CriterionScore it : c.items()) {
                figureRows(rows, name + sep + names.criterion(it), it, result, cells, en, listed);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Table(en ? "Figures used" : "所用数据", who + (en ? " figures used" : " 所用数据"),
                en ? List.of("Criterion", "Figure", "Value", "File", "Line", "Column", "Cell", "Reference")
                        : List.of("评分项", "数据", "值", "文件", "行", "列", "单元格", "引用"),
                List.of(26, 30, 20, 30, 6, 6, 16, 34), rows, 1);
    }

    private static void figureRows(List<List<Object>> rows, String criterion, CriterionScore c, EngineResult result, Cells cells,
                                   boolean en, java.util.Set<String> listed) {
        for (io.github.jixiao.score.ScoreInput in : c.inputs()) {
            if (!listed.add(nz(in.ref()) + '\u0000' + nz(in.label()) + '\u0000' + nz(in.value()))) {
                continue;
            }
            io.github.jixiao.load.Src src = ScoreSummary.source(in, result);
            String cell = src == null ? null : cells.shown(src.file(), cells.at(src.file(), src.pointer()), en);
            rows.add(row(criterion, nz(in.label()), nz(in.value()), src == null ? "" : src.file(),
                    src == null ? null : Integer.valueOf(src.line()), src == null ? null : Integer.valueOf(src.column()),
                    cell == null ? "" : cell, nz(in.ref())));
        }
    }

    /**
     * The workbook of a submission without a score: at 运行监控 the table's figures, then the indicator rows as filed
     * with their findings, then every finding.
     */
    /** The reviewer's reasons after the formula ("；复核理由：…"), or nothing. */
    private static String reviewedReasons(CriterionScore c, FrameworkNames names, Messages m) {
        String r = ScoreSummary.reviewedReasons(c, names, m);
        return r == null ? "" : m.label("punct.semicolon") + r;
    }

    private static List<Table> unscored(EngineResult result, Messages m, Function<Finding, String> cellOf,
                                        Function<Finding, String> tagOf, String who, String[] severity, Cells cells) {
        boolean en = m.english();
        List<Table> out = new ArrayList<>();
        Monitoring mon = Monitoring.of(result, m);
        if (mon != null && mon.empty()) {
            // neither funds nor indicators: the sheet says why, as the page does (no table to head it)
            List<List<Object>> lines = new ArrayList<>();
            lines.add(row(mon.rowsNone()));
            out.add(new Table(mon.heading(), who + " " + mon.heading(), List.of(mon.fundsNone()), List.of(100), lines, 0));
        } else if (mon != null) {
            List<List<Object>> figures = new ArrayList<>();
            int width = 6;
            for (List<List<String>> table : List.of(mon.funds(), mon.rows())) {
                if (!figures.isEmpty() && !table.isEmpty()) {
                    figures.add(row(new Object[width])); // a blank row between the funds and the indicators
                }
                for (int k = 0; k < table.size(); k++) {
                    List<Object> r = new ArrayList<>(table.get(k));
                    for (int c = 1; k > 0 && table == mon.funds() && c < r.size(); c++) {
                        r.set(c, amount((String) r.get(c))); // amounts as numbers Excel can sum; the rate stays "39.80%"
                    }
                    if (table == mon.rows()) {
                        // the findings on the row, headed and worded as the page's 本行问题 (a row that files nothing, t15's
                        // 质量 and 时效, is here for its finding alone: session 44); their messages are on the 问题 sheet
                        r.add(k == 0 ? m.label("targets.findings") : Escape.cut(mon.rowFindings().get(k - 1), Escape.MAX_MESSAGE));
                    }
                    figures.add(r);
                }
                if (table == mon.funds() && !table.isEmpty() && !mon.note().isEmpty()) {
                    Object[] note = new Object[width];
                    note[0] = mon.note();
                    figures.add(row(note));
                }
            }
            for (String line : List.of(mon.fundsNone(), mon.rowsNone())) { // the part that is not there: why, as the page says it
                if (!line.isEmpty()) {
                    Object[] note = new Object[width];
                    note[0] = line;
                    figures.add(row(new Object[width]));
                    figures.add(row(note));
                }
            }
            if (!mon.monthNote().isEmpty()) { // the month read from the title: said where the page says it
                Object[] note = new Object[width];
                note[0] = mon.monthNote();
                figures.add(row(new Object[width]));
                figures.add(row(note));
            }
            // the first table's heading is the sheet's header row, blank above a column only the indicators have (their
            // findings: the sheet is as wide as its header); the indicators' heading is a row of its own
            List<String> header = new ArrayList<>(figures.get(0).stream().map(String::valueOf).toList());
            int columns = figures.stream().mapToInt(List::size).max().orElse(0);
            while (header.size() < columns) {
                header.add("");
            }
            out.add(new Table(mon.heading(), who + " " + mon.heading(), header,
                    List.of(24, 16, 16, 16, 14, 30, 30), figures.subList(1, figures.size()), 0));
        }
        int rows = rows(result);
        List<Finding>[] byRow = byRow(result.findings(), rows);
        List<List<Object>> ind = new ArrayList<>();
        // the categories in the English of the framework the submission names (its taxonomy), as the findings name them
        FrameworkNames names = FrameworkNames.of(result.frameworkEnglish(), null, m);
        ScoreSummary.Directions directions = ScoreSummary.Directions.of(result);
        boolean texts = ScoreSummary.anyRowTexts(result);
        // at 目标申报 and 运行监控 the page's jixiao 读作 after the target and 位置 before the findings (session 44), in its
        // words: a 自评 that could not be scored keeps its sheet as it was
        io.github.jixiao.model.Stage stage = result.stage() == null ? null : io.github.jixiao.model.Stage.fromLabel(result.stage());
        boolean filed = stage == io.github.jixiao.model.Stage.TARGETS || stage == io.github.jixiao.model.Stage.MONITORING;
        for (Indicator i : result.indicators()) {
            List<Object> r = row(level1(i, names, m), names.group(nz(i.level2())), nz(i.name()), nz(i.effectiveTarget()), nz(i.actual()),
                    i.points(), rowFindings(byRow[i.index()], severity, m));
            if (filed) {
                Targets.Filed f = Targets.Filed.of(i, byRow, cells, m);
                r = filed(r, f.reading(), f.place());
            }
            ind.add(directed(directions, i, m, withTexts(texts, filed ? 6 : 5, i, r)));
        }
        // at 运行监控 the actual is the value to date: headed as the 运行监控情况 sheet heads it (1-6月完成值), not 实际完成值
        String toDate = Monitoring.valueToDateHeading(result, m);
        String actual = toDate != null ? toDate : en ? "Actual" : "实际完成值";
        List<String> heads = en ? List.of("Level 1", "Level 2", "Indicator", "Target", actual, "Points", "Findings")
                : List.of("一级指标", "二级指标", "三级指标", "年度指标值", actual, "分值", "问题");
        List<Integer> widths = List.of(12, 12, 24, 18, 18, 9, 60);
        if (filed) {
            heads = filed(heads, m.label("targets.reading"), m.label("targets.place"));
            widths = filed(widths, 16, 36);
        }
        out.add(new Table(en ? "Indicators" : "绩效指标", who + (en ? " performance indicators" : " 绩效指标"),
                directed(directions, en ? "Direction" : "指标方向", withTexts(texts, filed ? 6 : 5, m, heads)),
                directed(directions, 12, withTexts(texts, filed ? 6 : 5, widths)), ind, 2));
        out.add(findings(result, m, cellOf, tagOf, who, severity, Map.of()));
        // the first sheet's title says why there is no score, as the page's and the Markdown's verdict do: an Excel user
        // reads no other file
        Table first = out.get(0);
        out.set(0, new Table(first.name(), first.title() + (en ? ". " : "。") + ScoreSummary.notScored(result, m), first.header(),
                first.widths(), first.rows(), first.mergeColumns()));
        return out;
    }

    /**
     * 问题: every finding with its file, line, column, cell and pointer, and the criterion it touches by its name; line and
     * column are numbers (blank where there is none), so Excel sorts and filters them as such.
     */
    private static Table findings(EngineResult result, Messages m, Function<Finding, String> cellOf,
                                  Function<Finding, String> tagOf, String who, String[] severity,
                                  Map<String, String> criterionNames) {
        boolean en = m.english();
        List<List<Object>> fs = new ArrayList<>();
        for (Finding f : result.findings()) {
            String cell = cellOf.apply(f);
            String tag = tagOf.apply(f);
            fs.add(row(severity[f.severity().ordinal()], f.ruleId(), tag == null ? m.message(f) : m.message(f) + " " + tag, f.file(), f.line() > 0 ? Integer.valueOf(f.line()) : null,
                    f.column() > 0 ? Integer.valueOf(f.column()) : null, cell == null ? "" : cell, f.pointer(),
                    f.criterion() == null ? "" : criterionNames.getOrDefault(f.criterion(), f.criterion())));
        }
        return new Table(en ? "Findings" : "问题", who + (en ? " findings" : " 问题清单"),
                en ? List.of("Severity", "Rule", "Message", "File", "Line", "Column", "Cell", "JSON pointer", "Criterion")
                        : List.of("级别", "规则", "说明", "文件", "行", "列", "单元格", "JSON 指针", "评分项"),
                List.of(9, 22, 60, 26, 6, 6, 14, 22, 20), fs, 0);
    }

    /**
     * The 绩效指标 row, header or widths with the 指标方向 column after 年度指标值 (the fifth place) when a row states a
     * direction ({@code directions} not null); as they were otherwise, so a workbook of a table without the column is
     * byte for byte what it was before session 27.
     */
    private static <T> List<T> directed(ScoreSummary.Directions directions, T cell, List<T> row) {
        if (directions == null) {
            return row;
        }
        List<T> out = new ArrayList<>(row.size() + 1);
        out.addAll(row.subList(0, 4));
        out.add(cell);
        out.addAll(row.subList(4, row.size()));
        return out;
    }

    /**
     * The 绩效指标 row, header or widths at 目标申报 and 运行监控 with the page's jixiao 读作 after 年度指标值 (the fifth
     * place) and its 位置 before the findings (the last but one).
     */
    private static <T> List<T> filed(List<T> row, T reading, T place) {
        List<T> out = new ArrayList<>(row.size() + 2);
        out.addAll(row.subList(0, 4));
        out.add(reading);
        out.addAll(row.subList(4, row.size() - 1));
        out.add(place);
        out.add(row.get(row.size() - 1));
        return out;
    }

    /** {@link #directed} with the row's own 指标方向 cell (正向 / 反向, empty where the row states none). */
    private static List<Object> directed(ScoreSummary.Directions directions, Indicator i, Messages m, List<Object> row) {
        return directions == null ? row : directed(directions, (Object) directions.cell(i, m), row);
    }

    /** An amount of the monitoring table as a number, a blank as an empty cell, anything else (a rate) as written. */
    private static Object amount(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    /** One more than the highest indicator index: the size of the arrays indexed by row. */
    static int rows(EngineResult result) {
        int rows = 0;
        for (Indicator i : result.indicators()) {
            rows = Math.max(rows, i.index() + 1);
        }
        return rows;
    }

    /**
     * The findings on each indicator row (indicators.json /indicators/k…), by the row's index, in {@code findings}' order;
     * null for a row with none. The page's and the Markdown's indicator table as filed ({@link Targets}) too.
     */
    @SuppressWarnings("unchecked")
    static List<Finding>[] byRow(List<Finding> findings, int rows) {
        List<Finding>[] byRow = new List[rows];
        for (Finding f : findings) {
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
                        // one finding for several rows, at the first: each other row it names carries it too, so that a
                        // row of the defect does not read as clean (session 52: t86's rows 2–5, t27's and t62's second
                        // template row showed no finding)
                        for (int other : folded(f)) {
                            if (other != k && other >= 0 && other < rows) {
                                if (byRow[other] == null) {
                                    byRow[other] = new ArrayList<>();
                                }
                                byRow[other].add(f);
                            }
                        }
                    }
                } catch (NumberFormatException e) {
                    // /indicators itself
                }
            }
        }
        return byRow;
    }

    /**
     * The rows (0-based indexes) other than its own that a finding folded from several rows names: placeholder-left's
     * {@code unit-only-rows} (every row with a unit for its target, 陈仓 2020, t86) and indicator-template-row's
     * {@code required-rows} (the other template rows of a missing category, 黄冈 2020, t27; 新州 2020, t62), each by its
     * 1-based numbers in the English list of its arguments ("2, 3"). None for any other finding.
     */
    static int[] folded(Finding f) {
        int at;
        if (f.ruleId().equals("placeholder-left") && f.key().equals("unit-only-rows")) {
            at = 4;
        } else if (f.ruleId().equals("indicator-template-row") && f.key().equals("required-rows")) {
            at = 5;
        } else {
            return NONE;
        }
        if (f.args().size() <= at) {
            return NONE;
        }
        String[] numbers = f.args().get(at).split(", ");
        int[] out = new int[numbers.length];
        for (int n = 0; n < numbers.length; n++) {
            try {
                out[n] = Integer.parseInt(numbers[n].strip()) - 1;
            } catch (NumberFormatException e) {
                out[n] = -1;
            }
        }
        return out;
    }

    private static final int[] NONE = {};

    /** A row's findings, one a line ("[错误] rule: message"); empty for none. */
    private static String rowFindings(List<Finding> rowFindings, String[] severity, Messages m) {
        if (rowFindings == null) { // most rows have none: no builder for them
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Finding f : rowFindings) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append('[').append(severity[f.severity().ordinal()]).append("] ").append(f.ruleId()).append(": ").append(m.message(f));
        }
        return sb.toString();
    }

    /**
     * What the 得分 cell of a row jixiao did not score says, rather than a blank the reader must guess at: 不计分 and why
     * (marked not applicable, a template row, data missing with the scorer's reason, or a framework that does not score
     * single indicators).
     */
    static String notScored(Indicator i, ScoreSheet.Unscored u, Messages m, String[] labels) {
        if (i.notApplicable()) {
            return label(labels, 0, "xlsx.unscored.not-applicable", m);
        }
        if (i.points() == null && i.score() == null && i.isTemplateRow()) { // a row with points is none: no scan of its texts
            return label(labels, 1, "xlsx.unscored.template-row", m);
        }
        if (u != null) {
            return m.label("xlsx.unscored.data", nz(u.reason()));
        }
        return label(labels, 2, "xlsx.unscored.framework", m);
    }

    /** A label without arguments, formatted once a workbook: kept in {@code labels[slot]}. */
    private static String label(String[] labels, int slot, String key, Messages m) {
        String s = labels[slot];
        if (s == null) {
            s = m.label(key);
            labels[slot] = s;
        }
        return s;
    }

    /**
     * {@code cells} with the row's own 评分标准 and 指标解释 inserted at {@code at} when {@code texts} (some row of the
     * submission prints one: 福建 2020); unchanged otherwise, so a workbook without them is as before.
     */
    private static List<Object> withTexts(boolean texts, int at, Indicator i, List<Object> cells) {
        if (!texts) {
            return cells;
        }
        List<Object> out = new ArrayList<>(cells);
        out.add(at, nz(i.columns().definition()));
        out.add(at, nz(i.columns().standard()));
        return out;
    }

    /** The headings with 评分标准 and 指标解释 inserted at {@code at}, as {@link #withTexts(boolean, int, Indicator, List)}. */
    private static List<String> withTexts(boolean texts, int at, Messages m, List<String> headings) {
        if (!texts) {
            return headings;
        }
        List<String> out = new ArrayList<>(headings);
        out.add(at, m.label("summary.definition"));
        out.add(at, m.label("summary.standard"));
        return out;
    }

    /** The column widths with two for 评分标准 and 指标解释 inserted at {@code at}. */
    private static List<Integer> withTexts(boolean texts, int at, List<Integer> widths) {
        if (!texts) {
            return widths;
        }
        List<Integer> out = new ArrayList<>(widths);
        out.add(at, 30);
        out.add(at, 30);
        return out;
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
    /**
     * A row's 一级 in the 绩效指标 sheet, which shows the rows as filed: one the table did not print but the taxonomy gave
     * it from its 二级 says so (产出指标（按二级推定）), so no reader takes it for the table's (review V, session 25). One the
     * table printed in its 二级 column under a heading above the national 一级 (the 中央预算内投资计划绩效目标表's 实施效果指标 |
     * 产出指标, {@link Indicator#lifted()}) is the table's own word, not inferred: it says where it was printed.
     */
    static String level1(Indicator i, FrameworkNames names, Messages m) {
        String shown = names.group(nz(i.level1()));
        return i.lifted() ? shown + m.label("summary.level1Lifted")
                : i.level1Inferred() ? shown + m.label("summary.level1Inferred") : shown;
    }

}
