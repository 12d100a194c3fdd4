package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.target.TargetValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator table of a 目标申报 submission as filed, for the reviewer's page and the Markdown: each row's 一级, 二级 and
 * 三级, its target as typed, how jixiao reads it (comparator, number and unit, or 定性), its points where the table gives
 * any, where it sits (file:line:column of the target, and the workbook cell it was imported from) and the findings on
 * the row. A 目标申报 has no actuals and no score, so before session 43 the page and the Markdown listed its findings only,
 * and the rows they are about were in the workbook alone (review R8, left alone 4). At 运行监控 the {@link Monitoring}
 * table already sets each target beside its value to date and forecast; at 自评 the 评分表 shows every row scored.
 *
 * <p>Bounded: at most {@link #MAX_ROWS} rows, the rest counted; the findings are put on their rows in one pass. Cells
 * are data, unescaped: each output escapes them.
 *
 * @param rows     the rows shown, in the order filed
 * @param more     how many rows more the submission has, not shown
 * @param points   whether some row gives points (the column is shown only then)
 * @param none     with no row, the message key that says why ({@link #none}); null with rows
 */
record Targets(List<Row> rows, int more, boolean points, String none) {

    /** The most rows shown; the rest are counted, and every one is in score-summary.xlsx's 绩效指标 sheet. */
    static final int MAX_ROWS = 500;

    /**
     * One row.
     *
     * @param level1   the 一级 as the findings name it (in the framework's English in English), inferred ones said so
     * @param level2   the 二级
     * @param name     the 三级
     * @param target   the target in force as typed
     * @param reading  how jixiao reads the target: "≥ 95%", "= 1 种", 定性, or the blank mark
     * @param points   the row's points as filed, or ""
     * @param location file:line:column of the target (of the row where the target has none), or ""
     * @param cell     the cell the target was imported from, as {@code report.cell} says it, or null
     * @param findings the findings on the row, in the reports' order
     */
    record Row(String level1, String level2, String name, String target, String reading, String points, String location,
               String cell, List<Finding> findings) {
    }

    /**
     * The table of {@code result}, or null when it is not a 目标申报 submission. A 目标申报 that files no row has a table
     * with none, which the page and the Markdown say (t88, 金安 2025: its stored page stops at the table's heading).
     */
    static Targets of(EngineResult result, Cells cells, Messages m) {
        if (result.stage() == null || Stage.fromLabel(result.stage()) != Stage.TARGETS) {
            return null;
        }
        List<Indicator> all = result.indicators();
        List<Finding>[] byRow = byRow(result);
        FrameworkNames names = FrameworkNames.of(result.frameworkEnglish(), null, m);
        boolean points = all.stream().anyMatch(i -> i.points() != null);
        int shown = Math.min(all.size(), MAX_ROWS);
        List<Row> rows = new ArrayList<>(shown);
        for (Indicator i : all.subList(0, shown)) {
            Filed f = Filed.of(i, byRow, cells, m);
            rows.add(new Row(ScoreSummaryXlsx.level1(i, names, m), names.group(nz(i.level2())), nz(i.name()), nz(i.effectiveTarget()),
                    f.reading(), i.points() == null ? "" : i.points().toPlainString(), f.location(), f.cell(), f.findings()));
        }
        return new Targets(List.copyOf(rows), all.size() - shown, points, rows.isEmpty() ? none(result) : null);
    }

    /** The loader's rules whose finding on a file means it was not read at all: no document, so no row. */
    private static final java.util.Set<String> UNREAD = java.util.Set.of("json-syntax", "json-encoding", "json-limit", "file-unreadable");

    /**
     * Why a 目标申报 submission has no row, as a message key: {@code targets.none.missing} without an indicators.json,
     * {@code targets.none.unreadable} when it could not be read (an error of the loader's on it, or a schema error on the
     * document or its {@code indicators}, which is then no list of rows), {@code targets.none.empty} when it was read and
     * lists none (t88, 金安 2025: the stored page stops at the table's heading). Before session 44 one line said "no row
     * was read" for all three (R9's left-alone item 6), and the reader had to find out which from the findings.
     */
    static String none(EngineResult result) {
        if (!filed(result, "indicators.json")) {
            return "targets.none.missing";
        }
        return unread(result, "indicators.json", true, "", "/indicators") ? "targets.none.unreadable" : "targets.none.empty";
    }

    /** Whether the submission has a file named {@code name} (indicators.json, budget.json), in its folder or one below. */
    static boolean filed(EngineResult result, String name) {
        return result.files().stream().anyMatch(f -> named(f, name));
    }

    /**
     * Whether the file named {@code name} was not read, whole or in part: with {@code loader}, an error of the loader's on
     * it ({@link #UNREAD}: no document at all); or a schema error at one of the pointers {@code at} ("" the document,
     * "/indicators" its list of rows), which is then not what the reports read. The 目标申报 table's no-row line and the
     * 运行监控 section's ({@link Monitoring#fundsNone}) both ask it.
     */
    static boolean unread(EngineResult result, String name, boolean loader, String... at) {
        List<String> pointers = List.of(at);
        for (Finding f : result.findings()) {
            if (named(f.file(), name) && f.severity() == io.github.jixiao.finding.Severity.ERROR
                    && (loader && UNREAD.contains(f.ruleId()) || f.ruleId().equals("schema") && pointers.contains(f.pointer()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(String file, String name) {
        return file.equals(name) || file.endsWith("/" + name);
    }

    /**
     * What the reviewer's tables set beside a row's own cells, the 目标申报 table ({@link Targets}) and the 运行监控 one
     * ({@link Monitoring}) alike: how jixiao reads the target, where it sits, and the findings on the row.
     *
     * @param reading  {@link #reading}
     * @param location file:line:column of the target (of the row where the target has none), or ""
     * @param cell     the cell it was imported from, as {@code report.cell} says it after a location, or null
     * @param findings the findings on the row, in the reports' order
     */
    record Filed(String reading, String location, String cell, List<Finding> findings) {
        /** {@code i}'s; {@code byRow} from {@link Targets#byRow}. */
        static Filed of(Indicator i, List<Finding>[] byRow, Cells cells, Messages m) {
            ScoreSummary.Place place = Targets.place(i, cells, m);
            List<Finding> on = on(i, byRow);
            return new Filed(Targets.reading(i.targetValue(), on, m), place == null ? "" : place.location(), place == null ? null : place.cell(),
                    on);
        }

        /** The location and the cell as one text ({@code …:5:71（单元格 Sheet1!E5）}), for the workbook; unescaped. */
        String place() {
            return cell == null ? location : location + cell;
        }
    }

    /** Where a row's target sits (the row's place where the target has none: a blank target), or null where unknown. */
    static ScoreSummary.Place place(Indicator i, Cells cells, Messages m) {
        Src src = i.targetSrc() != null && i.targetSrc().line() > 0 ? i.targetSrc() : i.src();
        return src != null && src.line() > 0 ? ScoreSummary.place(src, cells, m) : null;
    }

    /** The findings on each row, by the row's index, in the reports' order (sorted): null for a row with none. */
    static List<Finding>[] byRow(EngineResult result) {
        return ScoreSummaryXlsx.byRow(io.github.jixiao.finding.Findings.sorted(result.findings()), ScoreSummaryXlsx.rows(result));
    }

    /** The findings on row {@code i}, from {@link #byRow}; none for a row without. */
    static List<Finding> on(Indicator i, List<Finding>[] byRow) {
        return i.index() >= 0 && i.index() < byRow.length && byRow[i.index()] != null ? byRow[i.index()] : List.of();
    }

    /**
     * How jixiao reads a target beside the findings {@code on} its row: {@link #reading(TargetValue, Messages)}, but a
     * target in words that indicator-input-as-output's {@code budget-restated} reads as the budget total (黄石 2019's 成本
     * "年度预算220万元", the 年初预算数 220) reads "预算总额 220 万元（非指标值）", the amount the finding names: before session
     * 45 the column said 定性（文字） beside a finding that had read the 220 out of it.
     */
    static String reading(TargetValue v, List<Finding> on, Messages m) {
        String r = reading(v, m);
        if (v == null || v.isEmpty() || v.isQuantitative()) {
            return r;
        }
        for (Finding f : on) {
            if (f.ruleId().equals("indicator-input-as-output") && f.key().equals("budget-restated") && f.args().size() > 2) {
                String amount = f.args().get(2);
                return m.label("targets.budgetRestated", m.english() ? Messages.amounts(amount) : amount);
            }
        }
        return r;
    }

    /** How jixiao reads a target: the comparator it is read with, the number and the unit; 定性 for words; the blank mark. */
    static String reading(TargetValue v, Messages m) {
        if (v == null || v.isEmpty()) {
            return m.label("targets.blank");
        }
        return v.isQuantitative() ? v.formatAsRead() : m.label("targets.qualitative");
    }

    List<String> headings(Messages m) {
        List<String> h = new ArrayList<>(List.of(m.label("summary.level1"), m.label("summary.level2"), m.label("targets.level3"),
                m.label("monitoring.target"), m.label("targets.reading")));
        if (points) {
            h.add(m.label("summary.weight"));
        }
        h.add(m.label("targets.place"));
        h.add(m.label("targets.findings"));
        return h;
    }

    /** A row's findings in short: each its severity and rule ({@code 警告 indicator-target-vague}), "；"-separated. */
    static String findings(List<Finding> fs, Messages m) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : fs) {
            if (sb.length() > 0) {
                sb.append(m.label("punct.semicolon"));
            }
            sb.append(finding(f, m));
        }
        return sb.toString();
    }

    /** One finding in short: its severity and rule ({@code 警告 indicator-target-vague}). */
    static String finding(Finding f, Messages m) {
        return m.label("severity." + f.severity().id()) + ' ' + f.ruleId();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
