package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Adjustment;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "adjustment-after-mismatch",
        severity = Severity.ERROR,
        category = Category.CONSISTENCY,
        titleZh = "调整、调剂后的金额与预算数不符",
        titleEn = "Amount after an adjustment differs from the budget",
        rationaleZh = "adjustments.json 记录每次调整、调剂前后的金额（before、after）和调整金额（amount，调减为负）。一条记录的调整前金额加调整金额应等于调整后金额；调减写成了正数的，单独指出。同一任务（或部门预算总额）按日期先后的两次调整、调剂应前后衔接：后一次的调整前金额应等于前一次的调整后金额（同一天有几条记录的，或同一任务有未注明日期的记录的，先后无从判断，不比较）。一个任务（项目）最后一次调整、调剂后的金额就是它的全年预算，应与 tasks.json 中该任务的预算数一致；"
                + "部门预算总额最后一次调整后的金额应与 budget.json 的全年预算数（或资金块合计行的全年预算数）一致。两处不一致，说明调剂只记了一边、或预算表未随调整更新，"
                + "执行率和得分按预算表计算，调剂的金额却在别处：必须核对更正其中之一（如调出 4,000 万元而 tasks.json 仍是原预算 15,900 万元）。",
        rationaleEn = "adjustments.json records the amounts before and after each 调整 (adjustment) or 调剂 (reallocation) and the amount moved (amount, negative for a reduction). A record's amount before plus its amount must equal its amount after; a reduction written as a positive amount is said as such. Two successive records of one task (or of the department total), in the order of their dates, must follow on: the amount before the later one is the amount after the earlier one (records sharing a date, and the records of a task that has an undated one, are not compared: their order is unknown). A task's amount after its last one is its full-year budget and must equal "
                + "the task's budget in tasks.json; the department total after its last adjustment must equal budget.json's full-year budget (or the funds block's total row). "
                + "When they differ, a reallocation was recorded on one side only or the budget table was not updated: execution and the score are computed from the budget table "
                + "while the money moved is recorded elsewhere. One of them must be corrected (e.g. 40 million moved away while tasks.json still gives the old 159 million).",
        source = "AR-1：算术（调整后金额 = 全年预算数）；ADJ-1：财预〔2015〕88号 第二十七条（目标随调整后的预算批复）",
        sourceEn = "AR-1: arithmetic (amount after adjustment = full-year budget); ADJ-1: MOF Caiyu [2015] No. 88, Article 27 (targets approved with the adjusted budget)",
        messages = {
            // where the budget figure stands ({5}, {8}: its cell and its line) is a detail, no part of the finding's
            // identity: a line added above it in tasks.json or budget.json must not make the finding a new one
            @RuleInfo.Message(details = {5, 8}, zh = "任务“{0}”的{2}（日期 {1}）后的金额（after）为 {3}，而 tasks.json 中该任务的预算数为 {4}（{5}），相差 {6}。这是该任务最后一次调整、调剂：调整后的金额应即全年预算数。请更正 tasks.json 中该任务的 budget，或更正这条记录的 after（调剂的调入方也应记录）。",
                    en = "The {7} of task \"{0}\" (dated {1}) leaves it at {3} (after), but tasks.json gives the task a budget of {4} ({8}): a gap of {6}. It is the task's last adjustment, so the amount after it is the full-year budget. Correct the task's budget in tasks.json, or this record's after (and record the receiving side of a reallocation too).", cells = {8}),
            @RuleInfo.Message(key = "department", details = {5, 9}, zh = "部门预算总额的{1}（日期 {0}）后的金额（after）为 {2}，而{3}为 {4}（{5}），相差 {6}。这是最后一次部门预算调整：调整后的金额应即全年预算数。请更正全年预算数，或更正这条记录的 after。",
                    en = "The department's {8} (dated {0}) leaves its total at {2} (after), but {7} is {4} ({9}): a gap of {6}. It is the last adjustment of the total, so the amount after it is the full-year budget. Correct the full-year budget, or this record's after.", cells = {9}),
            @RuleInfo.Message(key = "record", zh = "{0}的{2}（日期 {1}）：调整前金额（before）{3} 加调整金额（amount）{4} 得 {5}，与调整后金额（after）{6} 不符，相差 {7}。一条记录的三个数字应自洽：请按批复核对更正其中之一。",
                    en = "The {8} of {9} (dated {1}): the amount before (before) {3} plus the amount (amount) {4} makes {5}, not the amount after (after) {6}: a gap of {7}. A record's three figures must agree: check them against the approval and correct the one that is wrong."),
            @RuleInfo.Message(key = "record-sign", zh = "{0}的{2}（日期 {1}）：调整前金额（before）{3} 加调整金额（amount）{4} 得 {5}，与调整后金额（after）{6} 不符；减去这一金额才正好得 {6}。调减的金额应写为负数（如 -{4}）：请更正 amount 的符号。",
                    en = "The {8} of {9} (dated {1}): the amount before (before) {3} plus the amount (amount) {4} makes {5}, not the amount after (after) {6}; taking the amount away gives exactly {6}. A reduction is written as a negative amount (e.g. -{4}): correct the sign of amount."),
            @RuleInfo.Message(key = "chain", zh = "{0}的{2}（日期 {1}）：调整前金额（before）为 {3}，而它上一次调整、调剂（日期 {4}）后的金额（after）为 {5}，相差 {6}。前后两次调整、调剂应衔接：这一次的调整前金额应等于上一次的调整后金额。请按批复核对更正其中之一，或补记两次之间漏记的调整、调剂。",
                    en = "The {7} of {8} (dated {1}) starts from {3} (before), but its previous adjustment or reallocation (dated {4}) left it at {5} (after): a gap of {6}. Each adjustment follows on from the one before: the amount before this one is the amount after the previous one. Check both against the approvals and correct the wrong one, or record the adjustment or reallocation made between them.")
        })
public final class AdjustmentAfterMismatch implements Rule {

    private static final Comparator<Adjustment> ORDER =
            Comparator.comparing(Adjustment::date, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public void check(Submission submission, RuleContext ctx) {
        java.util.Set<Adjustment> wrong = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Adjustment a : submission.adjustments()) {
            if (record(a, ctx)) {
                wrong.add(a);
            }
        }
        chains(submission.adjustments(), wrong, ctx);
        List<Adjustment> dated = submission.adjustments().stream().filter(a -> a.after() != null).sorted(ORDER).toList();
        if (dated.isEmpty()) {
            return;
        }
        // the last record (by date, then by its place in the file) of each task, and of the department total
        Map<String, Adjustment> lastOfTask = new LinkedHashMap<>();
        Adjustment lastOfDepartment = null;
        for (Adjustment a : dated) {
            if (!Checks.blank(a.task()) && !"department".equals(a.scope())) {
                lastOfTask.put(a.task().strip(), a);
            } else if ("department".equals(a.scope())) {
                lastOfDepartment = a;
            }
        }
        if (submission.document("tasks").isPresent()) {
            for (Adjustment a : lastOfTask.values()) {
                Optional<Task> t = Checks.task(submission, a.task());
                if (t.isEmpty() || t.get().budget() == null) {
                    continue; // a task tasks.json does not list, or lists without a budget: nothing to compare
                }
                Money budget = t.get().budget();
                BigDecimal gap = gap(a.after(), budget);
                if (gap != null) {
                    Src at = budget.src();
                    ctx.report("", a.after().src(), t.get().label(), when(a), kind(a), Checks.money(a.after()),
                            Checks.money(budget), where(submission, at, false), Checks.num(gap) + " " + a.after().unit(), kindEn(a),
                            where(submission, at, true));
                }
            }
        }
        if (lastOfDepartment != null) {
            Figures figures = Figures.of(submission, ctx);
            Optional<Money> full = figures.money("budget#/fullYearBudget");
            boolean fromFunds = full.isEmpty();
            if (fromFunds && submission.funds() != null && submission.funds().total() != null) {
                full = Optional.ofNullable(submission.funds().total().fullYear());
            }
            if (full.isPresent()) {
                Adjustment a = lastOfDepartment;
                BigDecimal gap = gap(a.after(), full.get());
                if (gap != null) {
                    Src at = full.get().src();
                    ctx.report("department", a.after().src(), when(a), kind(a), Checks.money(a.after()),
                            fromFunds ? "资金块合计行的全年预算数" : "budget.json 的全年预算数（fullYearBudget）",
                            Checks.money(full.get()), where(submission, at, false), Checks.num(gap) + " " + a.after().unit(),
                            fromFunds ? "the funds block's total full-year budget" : "budget.json's full-year budget (fullYearBudget)", kindEn(a),
                            where(submission, at, true));
                }
            }
        }
    }

    /**
     * Each record whose before is not the after of the record of its task (or of the department total) just before it,
     * by date: the first one of two dated records that stand alone on their dates (several records of one day have no
     * order to go by, nor has an undated one: not compared; and where one of a task's records is undated, none of its
     * records is, since the undated one may have come between any two), in the unit of the earlier after. Not a record said already
     * not to add up ({@code wrong}: which of its figures is wrong is asked there), nor one whose before or whose
     * predecessor's after is not given.
     */
    private static void chains(List<Adjustment> all, java.util.Set<Adjustment> wrong, RuleContext ctx) {
        Map<String, List<Adjustment>> by = new LinkedHashMap<>();
        java.util.Set<String> undated = new java.util.HashSet<>();
        for (Adjustment a : all) {
            String key = "department".equals(a.scope()) ? "" : Checks.blank(a.task()) ? null : "task\u0000" + a.task().strip();
            if (key == null) {
                continue;
            }
            if (a.date() == null) {
                undated.add(key); // it may have come between any two of the dated ones: none of them is compared
                continue;
            }
            by.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(a);
        }
        by.keySet().removeAll(undated);
        for (List<Adjustment> records : by.values()) {
            List<Adjustment> dated = records.stream().sorted(ORDER).toList();
            for (int i = 1; i < dated.size(); i++) {
                Adjustment prev = dated.get(i - 1);
                Adjustment a = dated.get(i);
                if (prev.date().equals(a.date()) || i >= 2 && dated.get(i - 2).date().equals(prev.date())
                        || i + 1 < dated.size() && dated.get(i + 1).date().equals(a.date())) {
                    continue; // a record sharing its date with another: which came first is not known
                }
                if (prev.after() == null || a.before() == null || wrong.contains(a)) {
                    continue;
                }
                String unit = prev.after().unit();
                BigDecimal gap = a.before().in(unit).subtract(prev.after().value()).abs();
                if (gap.compareTo(rounding(unit, prev.after(), a.before()).add(Checks.EPSILON)) <= 0) {
                    continue;
                }
                boolean department = "department".equals(a.scope());
                ctx.report("chain", a.before().src(), department ? "部门预算总额" : "任务“" + a.task().strip() + "”", when(a), kind(a),
                        Checks.money(a.before()), when(prev), Checks.money(prev.after()), Checks.num(gap) + " " + unit,
                        kindEn(a), department ? "the department's total" : "task \"" + a.task().strip() + "\"");
            }
        }
    }

    /** A record whose before + amount is not its after (all three given), in the unit of its after: said, and true. */
    private static boolean record(Adjustment a, RuleContext ctx) {
        if (a.before() == null || a.amount() == null || a.after() == null) {
            return false;
        }
        String unit = a.after().unit();
        BigDecimal before = a.before().in(unit);
        BigDecimal amount = a.amount().in(unit);
        BigDecimal sum = before.add(amount);
        BigDecimal gap = sum.subtract(a.after().value()).abs();
        BigDecimal tolerance = rounding(unit, a.after(), a.before(), a.amount());
        if (gap.compareTo(tolerance.add(Checks.EPSILON)) <= 0) {
            return false;
        }
        boolean department = "department".equals(a.scope()) || Checks.blank(a.task());
        String who = department ? "部门预算总额" : "任务“" + a.task().strip() + "”";
        String whoEn = department ? "the department's total" : "task \"" + a.task().strip() + "\"";
        // a reduction written as a positive amount (the commonest slip; an increase written negative is said as a plain gap)
        boolean sign = amount.signum() > 0 && before.subtract(amount).subtract(a.after().value()).abs().compareTo(tolerance.add(Checks.EPSILON)) <= 0;
        ctx.report(sign ? "record-sign" : "record", a.amount().src(), who, when(a), kind(a), Checks.money(a.before()),
                Checks.money(a.amount()), Checks.num(sum) + " " + unit, Checks.money(a.after()), Checks.num(gap) + " " + unit, kindEn(a), whoEn);
        return true;
    }

    /**
     * Where the figure an adjustment is held to stands: its line in budget.json or tasks.json, and first, where it was
     * imported from a table, the cell it came from ({@code 自评表!E6}, from the import's sidecar): the officer corrects
     * the table and imports again, and a finding on adjustments.json named the JSON's line only (officer trial s31).
     */
    static String where(Submission submission, Src at, boolean english) {
        String line = at.file() + (english ? " line " + at.line() : " 第 " + at.line() + " 行");
        String name = at.file().substring(at.file().lastIndexOf('/') + 1);
        String role = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        String pointer = at.pointer();
        String cell = submission.table().cell(role + "#" + pointer);
        if (cell == null && pointer.endsWith("/value")) { // a {value, unit} object: the import names the object's cell
            cell = submission.table().cell(role + "#" + pointer.substring(0, pointer.length() - "/value".length()));
        }
        return cell == null ? line : english ? cell + " (" + line + ")" : cell + "（" + line + "）";
    }

    /** The record's date, or "—" for an undated one. */
    private static String when(Adjustment a) {
        return a.date() == null ? "—" : a.date().toString();
    }

    /** The kind, as filed, glossed in English. */
    private static String kindEn(Adjustment a) {
        return "调剂".equals(a.kind()) ? "调剂 (reallocation)" : "调整 (adjustment)";
    }

    /** The kind for the Chinese message (a record without one is an adjustment, as the schema's title says). */
    private static String kind(Adjustment a) {
        return "调剂".equals(a.kind()) ? "调剂" : "调整";
    }

    /** The gap between the two amounts in the unit of {@code after}, or null when rounding explains it. */
    private static BigDecimal gap(Money after, Money budget) {
        String unit = after.unit();
        BigDecimal b = budget.in(unit);
        BigDecimal gap = after.value().subtract(b).abs();
        if (gap.signum() == 0) {
            return null;
        }
        return gap.compareTo(rounding(unit, after, budget).add(Checks.EPSILON)) > 0 ? gap : null;
    }

    /** What the printed figures' rounding can explain, in {@code unit}: half a unit of each one's last decimal (分 at least). */
    private static BigDecimal rounding(String unit, Money... figures) {
        BigDecimal t = BigDecimal.ZERO;
        for (Money f : figures) {
            t = t.add(new Money(Checks.moneyHalfUnit(f.value()), f.unit(), f.src()).in(unit));
        }
        return t;
    }
}
