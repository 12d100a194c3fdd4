package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Adjustment;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "indicators-stale-after-adjustment",
        severity = Severity.ERROR,
        category = Category.CONSISTENCY,
        titleZh = "预算调整后绩效指标未随之修订",
        titleEn = "Indicators not revised after a budget adjustment",
        rationaleZh = "“谁批复预算，谁批复目标”：绩效目标随年初预算或调整预算一并批复。某任务的资金被调整或调剂掉一成以上（或几乎调空）后，"
                + "其绩效指标仍是按原资金量设定的，已与资金量不匹配，必须同步修订（或写明指标不变的理由）。"
                + "一个项目单独申报的（kind 为 project，没有 tasks.json），按项目资金的调整（范围 department）与其各指标最近的修订日期（targetRevisedOn）核对。",
        rationaleEn = "Targets are approved together with the budget or the adjusted budget. Once 10 % or more of a task's money has been moved (or nearly all of it), "
                + "targets set for the old amount no longer match the money and must be revised with it (or the reason for keeping them stated)."
                + " One project's filing (kind project, no tasks.json) is held the same way: an adjustment of the project's money (scope department) against the latest revision date (targetRevisedOn) of its indicators.",
        source = "ADJ-1：财预〔2015〕88号 第二十七条；ADJ-3：地方财政支出绩效评价管理办法（仿财预〔2011〕285号）第十五条，介休市财政局 2019 通知",
        sourceEn = "ADJ-1: MOF Caiyu [2015] No. 88, Article 27; ADJ-3: Measures for the Performance Evaluation of Local Fiscal Spending (after MOF Caiyu [2011] No. 285), Article 15; Jiexiu City Finance Bureau notice of 2019",
        messages = {
            @RuleInfo.Message(zh = "任务“{0}”于 {1} {2}，资金由 {3} 变为 {4}（变动 {5}），但其绩效指标最近一次设定于 {6}，此后未修订。请按调整后的资金量修订该任务的绩效指标并记录修订日期（tasks.json 中该任务的 indicatorsRevisedOn，或各指标的 targetRevisedOn）；核对后指标确实不需改动的，同样记录核对的日期，并在该任务的说明（explanation）中写明理由。",
                    en = "Task \"{0}\" was adjusted ({2}) on {1}, its money going from {3} to {4} ({5} moved), but its indicators were last set on {6} and not revised since. Revise them for the adjusted amount and record the date (the task's indicatorsRevisedOn in tasks.json, or targetRevisedOn of each indicator); if on review they stay as they are, record the date of the review the same way and say why in the task's explanation."),
            @RuleInfo.Message(key = "no-date", zh = "任务“{0}”于 {1} {2}，资金由 {3} 变为 {4}（变动 {5}），但没有任何记录表明其绩效指标随之修订。请按调整后的资金量修订该任务的绩效指标并记录修订日期（tasks.json 中该任务的 indicatorsRevisedOn，或各指标的 targetRevisedOn）；核对后指标确实不需改动的，同样记录核对的日期，并在该任务的说明（explanation）中写明理由。",
                    en = "Task \"{0}\" was adjusted ({2}) on {1}, its money going from {3} to {4} ({5} moved), and nothing records a revision of its indicators since. Revise them for the adjusted amount and record the date (the task's indicatorsRevisedOn in tasks.json, or targetRevisedOn of each indicator); if on review they stay as they are, record the date of the review the same way and say why in the task's explanation."),
            // one project's filing (kind project: no tasks.json): an adjustment of its whole money (scope department), its
            // indicators in indicators.json (trial E4, session 41: a project's 调整 without revised indicators went unsaid)
            @RuleInfo.Message(key = "project", zh = "项目“{0}”的资金于 {1} {2}，由 {3} 变为 {4}（变动 {5}），但其绩效指标最近一次修订于 {6}，此后未修订。请按调整后的资金量修订项目的绩效指标，并在修订的指标上记录修订日期（indicators.json 中的 targetRevisedOn）；核对后指标确实不需改动的，同样记录核对的日期，并在这笔调整的理由（adjustments.json 中的 reason）中写明。",
                    en = "The money of project \"{0}\" was adjusted ({2}) on {1}, going from {3} to {4} ({5} moved), but its indicators were last revised on {6} and not since. Revise them for the adjusted amount and record the date on each indicator revised (targetRevisedOn in indicators.json); if on review they stay as they are, record the date of the review the same way and say why in the adjustment's reason (reason in adjustments.json)."),
            @RuleInfo.Message(key = "project-no-date", zh = "项目“{0}”的资金于 {1} {2}，由 {3} 变为 {4}（变动 {5}），但没有任何记录表明其绩效指标随之修订。请按调整后的资金量修订项目的绩效指标，并在修订的指标上记录修订日期（indicators.json 中的 targetRevisedOn）；核对后指标确实不需改动的，同样记录核对的日期，并在这笔调整的理由（adjustments.json 中的 reason）中写明。",
                    en = "The money of project \"{0}\" was adjusted ({2}) on {1}, going from {3} to {4} ({5} moved), and nothing records a revision of its indicators since. Revise them for the adjusted amount and record the date on each indicator revised (targetRevisedOn in indicators.json); if on review they stay as they are, record the date of the review the same way and say why in the adjustment's reason (reason in adjustments.json).")
        })
public final class IndicatorsStaleAfterAdjustment implements Rule {

    private static final Set<String> KINDS = Set.of("调剂", "调整");
    /** ADJ-1: moving this share of a task's money or more calls for revised targets. */
    static final BigDecimal MOVED_SHARE = new BigDecimal("0.10");
    /** ADJ-1, ADJ-6: what is left at or below this share of the money before counts as (nearly) nothing. */
    static final BigDecimal NEAR_ZERO_SHARE = new BigDecimal("0.05");

    private record Stale(Adjustment adjustment, Task task, BigDecimal before, BigDecimal after, BigDecimal moved,
            String unit, LocalDate revisedOn) {
        Stale withRevisedOn(LocalDate d) {
            return new Stale(adjustment, task, before, after, moved, unit, d);
        }
    }

    /** Whether indicators revised on {@code revised} count as revised for {@code a}: on or after its date (an undated one: any). */
    private static boolean revisedSince(Adjustment a, LocalDate revised) {
        return revised != null && (a.date() == null || !a.date().isAfter(revised));
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        if ("project".equals(submission.kind())) {
            project(submission, ctx); // its own money (scope department); a task's adjustments below, where it lists tasks
        }
        if (submission.document("tasks").isEmpty()) {
            return; // the tasks (and their revision dates) are missing or did not load: no claim either way
        }
        Map<String, Stale> byTask = new LinkedHashMap<>();
        Map<String, LocalDate> revisions = revisions(IndicatorFacts.of(submission, ctx));
        submission.adjustments().stream()
                // an adjustment recorded without a date (as the forms allow) still moves money
                .filter(a -> a.kind() != null && KINDS.contains(a.kind()))
                .filter(a -> !Checks.blank(a.task()) && ("task".equals(a.scope()) || a.scope() == null))
                .sorted(Comparator.comparing(Adjustment::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(a -> stale(submission, revisions, a).ifPresent(s -> byTask.put(a.task().strip(), s)));
        for (Stale s : byTask.values()) {
            Adjustment a = s.adjustment();
            String label = s.task() != null ? s.task().label() : a.task().strip();
            Src where = a.src();
            if (s.task() != null) {
                where = s.task().indicatorsRevisedOn() != null
                        ? submission.src("tasks#" + s.task().pointer() + "/indicatorsRevisedOn")
                        : s.task().src();
            }
            Object date = a.date() == null ? "—" : a.date();
            if (s.revisedOn() == null) {
                ctx.report("no-date", where, label, date, a.kind(), before(s), after(s), share(s));
            } else {
                ctx.report("", where, label, date, a.kind(), before(s), after(s), share(s), s.revisedOn());
            }
        }
    }

    /**
     * One project's filing: the last adjustment of its whole money (scope department, or no task named) that moved a tenth
     * of it or more (or nearly all) after the latest targetRevisedOn of its indicators (none: no-date), said at the
     * adjustment. An adjustment without before and after (or one of them and its amount) is passed over, as a task's is.
     */
    private static void project(Submission submission, RuleContext ctx) {
        LocalDate revised = null;
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            LocalDate d = facts.all(k, IndicatorFacts.APPLICABLE) ? facts.row(k).targetRevisedOn() : null;
            if (d != null && (revised == null || d.isAfter(revised))) {
                revised = d;
            }
        }
        LocalDate latest = revised;
        Optional<Stale> last = submission.adjustments().stream()
                .filter(a -> a.kind() != null && KINDS.contains(a.kind()))
                .filter(a -> "department".equals(a.scope()) || a.scope() == null && Checks.blank(a.task()))
                .sorted(Comparator.comparing(Adjustment::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(a -> moved(a, null).filter(m -> !revisedSince(a, latest)))
                .flatMap(Optional::stream)
                .reduce((a, b) -> b);
        if (last.isEmpty()) {
            return;
        }
        Stale st = last.get();
        Adjustment a = st.adjustment();
        String name = submission.text("department", "/project/name");
        name = Checks.blank(name) ? submission.departmentName() : name.strip();
        Object date = a.date() == null ? "—" : a.date();
        if (latest == null) {
            ctx.report("project-no-date", a.src(), name, date, a.kind(), before(st), after(st), share(st));
        } else {
            ctx.report("project", a.src(), name, date, a.kind(), before(st), after(st), share(st), latest);
        }
    }

    private static Optional<Stale> stale(Submission s, Map<String, LocalDate> revisions, Adjustment a) {
        Optional<Task> task = Checks.task(s, a.task());
        Optional<Stale> m = moved(a, task.orElse(null));
        if (m.isEmpty()) {
            return m;
        }
        LocalDate revised = revisedOn(revisions, task.orElse(null), a.task().strip());
        return revisedSince(a, revised) ? Optional.empty() : Optional.of(m.get().withRevisedOn(revised));
    }

    /**
     * The money {@code a} moved, where it moved a tenth of it or more (or left nearly nothing): before and after in the
     * adjustment's unit (the task's budget as the after where the adjustment gives none); empty where the figures do not
     * say it, or the change is smaller.
     */
    private static Optional<Stale> moved(Adjustment a, Task task) {
        String unit = unitOf(a, task);
        BigDecimal amount = in(a.amount(), unit);
        BigDecimal before = in(a.before(), unit);
        BigDecimal after = in(a.after(), unit);
        if (after == null && before != null && amount != null) {
            after = before.add(amount);
        }
        if (after == null && task != null && task.budget() != null) {
            after = task.budget().in(unit);
        }
        if (before == null && after != null && amount != null) {
            before = after.subtract(amount);
        }
        if (before == null || after == null) {
            return Optional.empty();
        }
        BigDecimal moved = amount != null ? amount.abs() : after.subtract(before).abs();
        boolean significant = before.signum() <= 0
                ? moved.signum() > 0
                : moved.compareTo(before.multiply(MOVED_SHARE)) >= 0 || after.compareTo(before.multiply(NEAR_ZERO_SHARE)) <= 0;
        return significant ? Optional.of(new Stale(a, task, before, after, moved, unit, null)) : Optional.empty();
    }

    private static String before(Stale s) {
        return Checks.num(s.before()) + " " + s.unit();
    }

    private static String after(Stale s) {
        return Checks.num(s.after()) + " " + s.unit();
    }

    /** The share of the money before that moved (15%), or the amount where there was none before. */
    private static String share(Stale s) {
        return s.before().signum() > 0
                ? Checks.pct(s.moved().multiply(Checks.HUNDRED).divide(s.before(), MathContext.DECIMAL64))
                : Checks.num(s.moved()) + " " + s.unit();
    }

    /**
     * The latest recorded revision of the task's indicators: the task's own date, or its indicators' dates (a row linked by
     * its task being the adjustment's, or the task's name or label), from {@link #revisions}.
     */
    private static LocalDate revisedOn(Map<String, LocalDate> revisions, Task task, String name) {
        LocalDate latest = task == null ? null : task.indicatorsRevisedOn();
        for (String k : task == null ? new String[] {name} : new String[] {name, task.name(), task.label()}) {
            LocalDate d = k == null ? null : revisions.get(k);
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    /**
     * The latest targetRevisedOn of the rows linked to each task, by the row's task as written (stripped): made once for
     * all the adjustments. Each adjustment scanned every row before, in time adjustments × indicators (tens of thousands of
     * each held the check for minutes: TaskLinksHostileTest).
     */
    private static Map<String, LocalDate> revisions(IndicatorFacts facts) {
        Map<String, LocalDate> out = new java.util.HashMap<>();
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.TASK_REVISED)) {
                Indicator i = facts.row(k);
                out.merge(i.task().strip(), i.targetRevisedOn(), (x, y) -> y.isAfter(x) ? y : x);
            }
        }
        return out;
    }

    private static String unitOf(Adjustment a, Task t) {
        for (Money m : new Money[] {a.before(), a.after(), a.amount(), t == null ? null : t.budget()}) {
            if (m != null) {
                return m.unit();
            }
        }
        return Money.YUAN;
    }

    private static BigDecimal in(Money m, String unit) {
        return m == null ? null : m.in(unit);
    }
}
