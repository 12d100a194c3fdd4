package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.MonitoringMonth;
import io.github.jixiao.model.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The figures of a mid-year monitoring submission (运行监控) as its page and Markdown show them: the funds executed to
 * date against the budget and the time elapsed (序时进度), and each indicator's value to date, forecast and likelihood.
 * A monitoring table is not scored, so without this a reviewer saw only its findings and not the figures they are
 * about. Cells are data, unescaped: each output escapes them ({@link ScoreSummaryMarkdown}, {@link ScoreSummaryHtml}).
 *
 * <p>The page and the Markdown set beside each indicator row what the 目标申报 table ({@link Targets}) sets beside its
 * rows ({@link Targets.Filed}): how jixiao reads the target, where it sits (and the workbook cell) and the findings on
 * the row (session 44; before, a reviewer matched the findings below to the rows by their JSON pointers). A row is in
 * the table when it files a target, a value, a forecast or a likelihood, or when a finding is on it (黄石 2019's 质量 and
 * 时效, printed with nothing beside them). They show at most {@link Targets#MAX_ROWS} rows, the rest counted; the
 * workbook's 运行监控情况 sheet has every one.
 *
 * @param heading  the section's heading
 * @param note     how the execution to date was computed, and the time elapsed; empty when no row shows a rate
 * @param funds    the funds table, header first; empty without a funds block
 * @param rows     the indicators table, header first, every row; empty when no row has a target, value, forecast,
 *                 likelihood or finding
 * @param filed    each of the first {@link Targets#MAX_ROWS} rows' reading, place and findings, in {@code rows}' order
 *                 (its header aside)
 * @param more     how many rows of {@code rows} more the page and the Markdown do not show
 * @param progress the block's 执行进度 as a whole ({@link #whole}: the total row's, else the components'), "39.80%", or empty
 * @param elapsed  the 序时进度, "50.00%", or empty without a month
 * @param rowFindings each row of {@code rows} after its heading, every one (the workbook's sheet has them all): the
 *                 findings on it in the page's words ({@link Targets#findings}: severity and rule), or empty
 * @param monthNote where the month the figures run to was read when the table's title gave it ({@link MonitoringMonth}:
 *                 budget.json gives no funds.toDateMonth), or empty
 * @param fundsNone without a funds table, the line that says why ({@link #fundsNone}: no budget.json, unreadable, no
 *                 funds block, every row blank), where the table would be; empty with one
 * @param rowsNone  without an indicator row, the line that says why ({@link #rowsNone}), as the 目标申报 table says why it
 *                 has no row; empty with one. Before session 46 these were said only when both parts were absent: a
 *                 section with funds alone showed its table and nothing of the indicators
 */
record Monitoring(String heading, String note, List<List<String>> funds, List<List<String>> rows, List<Targets.Filed> filed,
                  int more, String progress, String elapsed, List<String> rowFindings, String monthNote, String fundsNone,
                  String rowsNone) {

    /** The English gloss of the likelihoods the monitoring table prints (完成目标可能性); others stay as written. */
    private static final Map<String, String> LIKELIHOOD_EN = Map.of(
            "确定能", "certain", "有可能", "possible", "不可能", "unlikely", "完全不可能", "impossible");

    /**
     * The section for {@code result}, or null when it is not a monitoring submission. One that holds none of its figures
     * (no funds row, no indicator row) has a section without tables that says why ({@link #fundsNone}, {@link #rowsNone});
     * before session 45 it had no section at all, and the page went from its verdict to the findings. One with one part
     * alone says why the other is not there, where its table would be (session 46).
     */
    static Monitoring of(EngineResult result, Messages m) {
        return of(result, Cells.none(), m);
    }

    /** As above, the places of the rows with the workbook cells {@code cells} names. */
    static Monitoring of(EngineResult result, Cells cells, Messages m) {
        if (result.stage() == null || Stage.fromLabel(result.stage()) != Stage.MONITORING) {
            return null;
        }
        Funds f = result.funds();
        MonitoringMonth read = month(result);
        Integer month = read == null ? null : read.month();
        List<List<String>> funds = f == null ? List.of() : funds(f, month, m);
        List<Finding>[] byRow = Targets.byRow(result);
        List<Targets.Filed> filed = new ArrayList<>();
        List<String> rowFindings = new ArrayList<>();
        List<List<String>> rows = indicators(result.indicators(), byRow, month, m, i -> {
            if (filed.size() < Targets.MAX_ROWS) {
                filed.add(Targets.Filed.of(i, byRow, cells, m));
            }
            rowFindings.add(Targets.findings(Targets.on(i, byRow), m));
        });
        String monthNote = read != null && read.fromTitle() && (!funds.isEmpty() || !rows.isEmpty())
                ? m.label("monitoring.monthFromTitle", month, Escape.value(read.title().strip())) : "";
        String fundsNone = funds.isEmpty() ? fundsNone(result, m) : "";
        String rowsNone = rows.isEmpty() ? rowsNone(result, m) : "";
        if (funds.isEmpty() && rows.isEmpty()) {
            return new Monitoring(m.label("monitoring.heading"), "", List.of(), List.of(), List.of(), 0, "", "", List.of(), "",
                    fundsNone, rowsNone);
        }
        // how each row's 执行进度 was computed (its own base), and the time elapsed, under a table that shows a rate
        String note = "";
        BigDecimal share = elapsed(month);
        if (funds.stream().skip(1).anyMatch(r -> !r.get(4).isEmpty())) {
            note = share != null ? m.label("monitoring.noteMonth", share.toPlainString(), month) : m.label("monitoring.note");
        }
        String elapsed = share != null ? share.toPlainString() + "%" : "";
        Whole whole = f == null ? null : whole(f);
        String progress = whole == null ? "" : whole.progress().toPlainString() + "%";
        int more = rows.isEmpty() ? 0 : rows.size() - 1 - filed.size();
        return new Monitoring(m.label("monitoring.heading"), note, funds, rows, List.copyOf(filed), more, progress, elapsed,
                List.copyOf(rowFindings), monthNote, fundsNone, rowsNone);
    }

    /**
     * The month {@code result}'s figures run to, read as the rules read it ({@link MonitoringMonth#of}: funds.toDateMonth,
     * else the table's title), or null.
     */
    static MonitoringMonth month(EngineResult result) {
        return MonitoringMonth.of(result.funds(), result.title(), result.year());
    }

    /** Whether the section has no table: then it says why of each part ({@link #fundsNone}, {@link #rowsNone}). */
    boolean empty() {
        return funds.isEmpty() && rows.isEmpty();
    }

    /**
     * Why a monitoring submission shows no funds table: no budget.json, one that could not be read, one without a funds
     * block, or a block whose rows are all blank. Said whether or not the indicators are there (session 46).
     */
    static String fundsNone(EngineResult result, Messages m) {
        if (!Targets.filed(result, "budget.json")) {
            return m.label("monitoring.none.fundsMissing");
        } else if (Targets.unread(result, "budget.json", true, "")
                || result.funds() == null && Targets.unread(result, "budget.json", false, "/funds")) {
            return m.label("monitoring.none.fundsUnreadable");
        } else if (result.funds() == null) {
            return m.label("monitoring.none.fundsNone");
        }
        return m.label("monitoring.none.fundsBlank");
    }

    /**
     * Why a monitoring submission shows no indicator row, in the words the 目标申报 table says it has no row with
     * ({@link Targets#none}: no indicators.json, one that could not be read, or one that lists none); where indicators.json
     * lists rows but none files anything (and no finding is on any), that. Said whether or not the funds are there.
     */
    static String rowsNone(EngineResult result, Messages m) {
        return result.indicators().isEmpty() ? m.label(Targets.none(result))
                : m.label("monitoring.none.rowsUnfilled", result.indicators().size());
    }

    /**
     * The page's and the Markdown's headings of the indicators table: {@code rows}' with the 目标申报 table's jixiao 读作
     * after the target, and its 位置 and 本行问题 at the end (the same words, {@link Targets#headings}).
     */
    List<String> indicatorHeadings(Messages m) {
        List<String> h = new ArrayList<>(rows.get(0));
        h.add(2, m.label("targets.reading"));
        h.add(m.label("targets.place"));
        h.add(m.label("targets.findings"));
        return h;
    }

    /**
     * The block's execution to date as a whole: the total row's; where the table prints no total row with an execution
     * to date and a budget (or leaves it blank), the components' together (their executions over their budgets: each
     * row's full-year budget, or its year-start one), as the funds criterion scores a blank total (mof-project-2020); a
     * single component is the whole. {@code row} is the total row's label, or null for the components' sum.
     */
    record Whole(String row, BigDecimal budget, BigDecimal executed, BigDecimal progress) {
        /** One row's own execution to date, or null when it has none ({@link Monitoring#progress(Funds.Row)}). */
        static Whole of(Funds.Row r) {
            BigDecimal p = Monitoring.progress(r);
            return p == null ? null : new Whole(r.label(), Monitoring.base(r), r.executedToDate().value(), p);
        }
    }

    static Whole whole(Funds f) {
        Whole total = f.total() == null ? null : Whole.of(f.total());
        if (total != null) {
            return total;
        }
        List<Funds.Row> parts = f.components().stream().filter(r -> !r.blank()).toList();
        if (parts.size() == 1) {
            return Whole.of(parts.get(0));
        }
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (Funds.Row r : parts) {
            if (r.executedToDate() == null && base(r) == null) {
                continue; // a row with neither (其他资金 printed blank but labelled)
            }
            if (r.executedToDate() == null || base(r) == null) {
                return null; // a row with one of the two: no whole to give
            }
            budget = budget.add(base(r));
            executed = executed.add(r.executedToDate().value());
        }
        return budget.signum() <= 0 ? null : new Whole(null, budget, executed, percentOf(executed, budget));
    }

    /**
     * The execution to date of {@code result}'s funds block as a whole ({@link #whole}) for findings.json (and so for
     * {@code aggregate}); null when {@code result} is not a monitoring submission or the block gives no whole.
     */
    static ReportModel.MonitoringRecord record(EngineResult result) {
        if (result.stage() == null || Stage.fromLabel(result.stage()) != Stage.MONITORING || result.funds() == null) {
            return null;
        }
        Funds f = result.funds();
        Whole w = whole(f);
        if (w == null) {
            return null;
        }
        MonitoringMonth read = month(result); // funds.toDateMonth, else the title's, as the page and the rules read it
        Integer month = read == null ? null : read.month();
        BigDecimal elapsed = elapsed(month);
        if (elapsed == null) {
            return new ReportModel.MonitoringRecord(w.row(), f.unit(), w.budget(), w.executed(), w.progress(), null, null);
        }
        // where the month was read, the title quoted as the page quotes it (monitoring.monthFromTitle)
        return new ReportModel.MonitoringRecord(w.row(), f.unit(), w.budget(), w.executed(), w.progress(), month, elapsed,
                read.fromTitle() ? ReportModel.MonitoringRecord.FROM_TITLE : ReportModel.MonitoringRecord.FROM_FUNDS,
                read.fromTitle() ? Escape.value(read.title().strip()) : null);
    }

    /**
     * The time elapsed (序时进度) at the end of {@code month}: month ÷ 12 in percent, 2 decimals, half up; null for no month
     * or one outside 1–12. The page, the console, findings.json and aggregate (which holds a findings.json to it) all
     * take it from here.
     */
    static BigDecimal elapsed(Integer month) {
        return month == null || month < 1 || month > 12 ? null : percentOf(BigDecimal.valueOf(month), BigDecimal.valueOf(12));
    }

    /** A row's execution to date in percent of its {@link #base}, or null without either or with a base of 0 or less. */
    private static BigDecimal progress(Funds.Row r) {
        BigDecimal base = base(r);
        return base == null || base.signum() <= 0 || r.executedToDate() == null ? null : percentOf(r.executedToDate().value(), base);
    }

    private static List<List<String>> funds(Funds f, Integer month, Messages m) {
        List<Funds.Row> all = f.rows();
        all.removeIf(Funds.Row::blank);
        if (all.isEmpty()) {
            return List.of();
        }
        String unit = m.label(Money.WAN.equals(f.unit()) ? "score.unit.wan" : "score.unit.yuan");
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(m.label("monitoring.funds", unit), m.label("monitoring.initial"), m.label("monitoring.fullYear"),
                toDate(month, "monitoring.executedToDate", m), m.label("monitoring.progress"), m.label("monitoring.forecast")));
        for (Funds.Row r : all) {
            BigDecimal p = progress(r);
            String progress = p == null ? "" : p.toPlainString() + "%";
            out.add(List.of(r.label() == null ? "" : r.label(), amount(r.initial()), amount(r.fullYear()), amount(r.executedToDate()),
                    progress, amount(r.forecast())));
        }
        return out;
    }

    private static List<List<String>> indicators(List<Indicator> all, List<Finding>[] byRow, Integer month, Messages m,
                                                 Consumer<Indicator> shown) {
        List<List<String>> out = new ArrayList<>();
        for (Indicator i : all) {
            if ((i.templateRow() || (blank(i.effectiveTarget()) && blank(i.actual()) && blank(i.columns().forecast())
                    && blank(i.columns().likelihood()))) && Targets.on(i, byRow).isEmpty()) {
                continue; // a row with nothing filed and nothing said of it
            }
            shown.accept(i);
            if (out.isEmpty()) {
                out.add(List.of(m.label("monitoring.indicator"), m.label("monitoring.target"), toDate(month, "monitoring.actualToDate", m),
                        m.label("monitoring.forecastValue"), m.label("monitoring.likelihood"), m.label("monitoring.explanation")));
            }
            String likelihood = nz(i.columns().likelihood());
            if (m.english()) {
                // glossed, as the rules' English names the scale: 有可能 (possible); another word stays as written
                String en = LIKELIHOOD_EN.get(likelihood.strip());
                likelihood = en == null ? likelihood : likelihood.strip() + " (" + en + ")";
            }
            out.add(List.of(name(i), nz(i.effectiveTarget()), nz(i.actual()), nz(i.columns().forecast()), likelihood, nz(i.explanation())));
        }
        return out;
    }

    /** A row's name: its 三级指标, or the last category it has (the 黄石 table names some rows by their 二级 only). */
    private static String name(Indicator i) {
        return !blank(i.name()) ? i.name() : !blank(i.level2()) ? i.level2() : nz(i.level1());
    }

    /**
     * How a monitoring submission's value to date is headed (1-6月完成值, 截至监控时点完成值 without a month: the month read
     * as {@link #month} reads it, from the title where budget.json gives none), for the
     * column the year-end reports head 实际完成值; null when the submission is not at 运行监控.
     */
    static String valueToDateHeading(EngineResult result, Messages m) {
        if (result.stage() == null || Stage.fromLabel(result.stage()) != Stage.MONITORING) {
            return null;
        }
        MonitoringMonth read = month(result);
        return toDate(read == null ? null : read.month(), "monitoring.actualToDate", m);
    }

    /** "1-6月执行数" with the month the table runs to, or the plain label without one. */
    private static String toDate(Integer month, String key, Messages m) {
        return month == null || month < 1 || month > 12 ? m.label(key) : m.label(key + "Month", month);
    }

    /** The budget the execution is a share of: the full-year budget, or the budget at the year's start. */
    private static BigDecimal base(Funds.Row r) {
        Money b = r.fullYear() != null ? r.fullYear() : r.initial();
        return b == null ? null : b.value();
    }

    /** {@code part / whole} in percent, 2 decimals, half up. */
    private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static String amount(Money money) {
        return money == null ? "" : money.value().toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
