package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Adjustment;
import io.github.jixiao.model.Funds;
import java.math.BigDecimal;
import java.util.List;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "adjustment-missing-reason",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        titleZh = "预算调整没有说明理由",
        titleEn = "Budget adjustment without a reason",
        rationaleZh = "年中发生预算调整（追加或调减）的，应单独说明理由。没有理由的调整无法判断是否合规，也无法判断绩效目标是否需要随之修订。"
                + "全国通用的自评表只印年初、全年两栏，没有填写理由的栏目，年初与全年不同是常事，不报告；但全年预算与年初相差超过年初的 30%（阈值 share；有的评分表预算调整率超过 30% 该项不得分）而没有任何理由的，"
                + "审核时仍会问，作提示（衡山县贯塘乡 2023：年初 861.10、全年 2030.12 万元，+135.76%）。"
                + "合计行为 0 或空白、按“其中”各行之和比较的（棠溪 2022：合计 0 | 0 | 0，本年财政拨款 202.64 → 132.912），指在全年与年初不同的第一行“其中”的全年预算处，只有这一行变了的写出它的名称。"
                + "调减的，金额和比例都用同一个减号（“−3.32 万元，−62.88%”，阜康 2023；changed-far-down，与 changed-far 是同一条发现，自 session 56）。",
        rationaleEn = "A mid-year budget adjustment (increase or cut) needs its own stated reason; without one nobody can judge whether it was proper or whether the targets should have changed with it. "
                + "The national self-evaluation form prints an initial and a full-year column and no place for a reason, and the two differ routinely there: not reported; "
                + "but a full-year budget more than 30 % away from the initial one (threshold share; some scoring tables give a budget adjustment rate above 30 % no points) with no reason anywhere is still asked about, and noted "
                + "(Guantang township of Hengshan 2023: 861.10 initial, 2030.12 × 10,000 yuan full-year, +135.76 %). "
                + "Where the total row is 0 or blank and the component rows are added up instead (Tangxi 2022: total 0 | 0 | 0, 本年财政拨款 (this year's appropriation) 202.64 → 132.912), "
                + "the finding points at the full-year budget of the first component row whose full-year differs from its initial budget, and names that row where it is the only one that changed. "
                + "A decrease prints one minus sign for its amount and its share (\"−3.32 × 10,000 yuan, −62.88%\", Fukang 2023; changed-far-down, the same finding as changed-far, since session 56).",
        source = "ADJ-4：四川 部门预算项目支出绩效自评表（2023年度）填表说明；大英 2023、青神 2023 实例",
        sourceEn = "ADJ-4: Sichuan self-evaluation table for department budget project spending (2023), filling-in notes; Daying 2023 and Qingshen 2023 examples",
        messages = {
            @RuleInfo.Message(zh = "{0} 的{1}（{2}，金额 {3}）没有说明理由。请在 reason 中写明调整原因和依据（如批复文号）。",
                    en = "The {4} of {0} ({5}, amount {3}) gives no reason. State the reason and its basis (e.g. the approval reference) in reason."),
            @RuleInfo.Message(key = "created", zh = "资金块“{0}”年初预算为 {1}，全年预算为 {2}：整个项目由年中预算调整追加而来，却没有说明调整理由。请在年中预算调整的理由（budget.json 的 funds.adjustmentReason；或 adjustments.json）中写明追加的原因和依据。",
                    en = "The funds row \"{0}\" has an initial budget of {1} and a full-year budget of {2}: the whole project was added by a mid-year adjustment, yet no reason is given. State the reason and its basis in 年中预算调整的理由 (budget.json funds.adjustmentReason, or adjustments.json)."),
            @RuleInfo.Message(key = "changed", zh = "资金块“{0}”年初预算为 {1}，调整后预算为 {2}（{3}）：年中预算调整没有说明理由，而本表（四川 部门预算项目支出绩效自评表）要求“年中发生预算调整的（追加或调减），应单独说明理由”。请在年中预算调整的理由（budget.json 的 funds.adjustmentReason；或 adjustments.json）中写明调整的原因和依据。",
                    en = "The funds row \"{0}\" has an initial budget of {1} and an adjusted budget of {2} ({3}): the mid-year adjustment gives no reason, and this form (Sichuan's self-evaluation table for department budget project spending) requires one (\"a mid-year budget adjustment, increase or cut, is to be explained separately\"). State the reason and its basis in 年中预算调整的理由 (budget.json funds.adjustmentReason, or adjustments.json)."),
            @RuleInfo.Message(key = "changed-far", zh = "资金块“{0}”年初预算为 {1}，全年预算为 {2}（{3}，{4}），年中调整超过年初预算的 {5}%，表中没有说明理由。本表式没有填写理由的栏目，审核时仍会问：请在自评报告中（或 budget.json 的 funds.adjustmentReason、adjustments.json 中）写明调整的原因和依据（如追加、调剂的批复文号）。",
                    en = "The funds row \"{0}\" has an initial budget of {1} and a full-year budget of {2} ({3}, {4}): the mid-year adjustment is more than {5}% of the initial budget and the table gives no reason. The form has no place for one, but a reviewer will ask: state the reason and its basis (e.g. the approval reference of the supplement or reallocation) in the self-evaluation report (or in budget.json funds.adjustmentReason, or adjustments.json)."),
            // a decrease, the amount's sign the percentage's (U+2212): "−3.32 万元，−62.88%", not "-3.32 万元，−62.88%" (audit
            // s55 A10 row C6, since session 56); {3} and {4} as printed before stay in the identity (unprinted), the finding the same
            @RuleInfo.Message(key = "changed-far-down", sameAs = "changed-far", details = {6, 7}, unprinted = {3, 4}, zh = "资金块“{0}”年初预算为 {1}，全年预算为 {2}（{6}，{7}），年中调整超过年初预算的 {5}%，表中没有说明理由。本表式没有填写理由的栏目，审核时仍会问：请在自评报告中（或 budget.json 的 funds.adjustmentReason、adjustments.json 中）写明调整的原因和依据（如追加、调剂的批复文号）。",
                    en = "The funds row \"{0}\" has an initial budget of {1} and a full-year budget of {2} ({6}, {7}): the mid-year adjustment is more than {5}% of the initial budget and the table gives no reason. The form has no place for one, but a reviewer will ask: state the reason and its basis (e.g. the approval reference of the supplement or reallocation) in the self-evaluation report (or in budget.json funds.adjustmentReason, or adjustments.json)."),
        },
        thresholds = {
            @RuleInfo.Threshold(name = "share", value = "30", unit = "%",
                    zh = "表式没有理由栏时，全年预算与年初预算相差超过年初预算的此比例才提示", en = "where the form has no place for a reason, a full-year budget this far from the initial one (as a share of it) is noted")
        })
public final class AdjustmentMissingReason implements Rule {

    /**
     * The 四川 部门预算项目支出绩效自评表 prints "年中发生预算调整的（追加或调减），应单独说明理由" under its funds block;
     * the national form (财预〔2020〕10号 附件1) has 年初 and 全年 columns but no place for a reason, and a 全年 that
     * differs from the 年初 is routine there. The 四川 form is known by its title or by its funds rows (财政资金,
     * 财政专户管理资金, 单位资金), which no other form prints.
     */
    static boolean asksForTheReason(Submission s) {
        String title = s.text("department", "/title");
        if (title != null && title.replaceAll("\\s", "").contains("部门预算项目支出绩效自评表")) {
            return true;
        }
        return s.funds().components().stream().map(Funds.Row::label).filter(l -> l != null)
                .map(l -> l.replaceAll("\\s", "").replaceFirst("^其中[:：]", ""))
                .anyMatch(l -> l.equals("财政专户管理资金") || l.equals("单位资金"));
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Funds f = submission.funds();
        if (f != null && Checks.blank(f.adjustmentReason())
                && submission.adjustments().stream().allMatch(a -> Checks.blank(a.reason()))) {
            Funds.Row row = f.total() != null && f.total().fullYear() != null && f.total().fullYear().value().signum() > 0
                    ? f.total() : null;
            BigDecimal initial = row != null && row.initial() != null ? row.initial().value()
                    : f.componentSum(Funds.Column.INITIAL);
            BigDecimal full = row != null ? row.fullYear().value() : f.componentSum(Funds.Column.FULL_YEAR);
            Src at = row != null ? row.fullYear().src() : f.src();
            String label = Checks.quote(row != null ? row.label() : "其中");
            if (row == null) {
                // the total row 0 or blank (棠溪 2022, t39: 0 | 0 | 0): the change is the parts', so the finding points at the
                // first component row whose 全年 differs from its 年初, and names it where it is the only one that changed
                List<Funds.Row> changed = changedComponents(f);
                if (!changed.isEmpty()) {
                    at = changed.get(0).fullYear() != null ? changed.get(0).fullYear().src() : changed.get(0).initial().src();
                    Funds.Row only = changed.get(0);
                    if (changed.size() == 1 && !Checks.blank(only.label()) && same(only.initial(), initial) && same(only.fullYear(), full)) {
                        label = Checks.quote(only.label()); // the sums are this row's figures
                    }
                }
            }
            if (initial != null && initial.signum() == 0 && full != null && full.signum() > 0) {
                ctx.report("created", at, label, Checks.num(initial) + " " + f.unit(), Checks.num(full) + " " + f.unit());
            } else if (initial != null && full != null && initial.compareTo(full) != 0 && asksForTheReason(submission)) {
                // ADJ-4: a changed budget (238.93 → 251.89, 青神 2023) on a form that prints the reason's place
                BigDecimal change = full.subtract(initial);
                ctx.report("changed", at, label, Checks.num(initial) + " " + f.unit(), Checks.num(full) + " " + f.unit(),
                        (change.signum() > 0 ? "+" : "") + Checks.num(change) + " " + f.unit());
            } else if (initial != null && initial.signum() > 0 && full != null) {
                // the national form prints 年初 and 全年 with no place for a reason, and a change is routine there; one far
                // beyond the initial budget is what a reviewer asks about all the same (衡山县贯塘乡 2023, t70: 861.10 →
                // 2030.12, +135.76 %). 30 % is ADJ-7's last band (预算调整率 above 30 % scores 0, YY-SCORE): a note
                BigDecimal change = full.subtract(initial);
                BigDecimal share = change.abs().multiply(Checks.HUNDRED).divide(initial, 10, java.math.RoundingMode.HALF_UP);
                BigDecimal limit = ctx.threshold("share");
                if (share.compareTo(limit) > 0 && change.signum() > 0) {
                    ctx.report(io.github.jixiao.finding.Severity.INFO, "changed-far", at, null, label,
                            Checks.num(initial) + " " + f.unit(), Checks.num(full) + " " + f.unit(),
                            "+" + Checks.num(change) + " " + f.unit(), "+" + Checks.pct(share), Checks.num(limit));
                } else if (share.compareTo(limit) > 0) {
                    // a decrease: printed with one minus sign (U+2212) for the amount and the share ({6}, {7}); {3} and {4} as
                    // they were ("-3.32 万元", "−62.88%"), unprinted, keep the fingerprint (session 56)
                    ctx.report(io.github.jixiao.finding.Severity.INFO, "changed-far-down", at, null, label,
                            Checks.num(initial) + " " + f.unit(), Checks.num(full) + " " + f.unit(),
                            Checks.num(change) + " " + f.unit(), "−" + Checks.pct(share), Checks.num(limit),
                            "−" + Checks.num(change.negate()) + " " + f.unit(), "−" + Checks.pct(share));
                }
            }
        }
        for (Adjustment a : submission.adjustments()) {
            if (!Checks.blank(a.reason())) {
                continue;
            }
            String[] scope = scope(submission, a);
            boolean reallocation = "调剂".equals(a.kind());
            ctx.report("", a.src(), a.date() == null ? "—" : a.date().toString(), reallocation ? "调剂" : "调整", scope[0],
                    a.amount() == null ? "—" : Checks.money(a.amount()), reallocation ? "调剂 (reallocation)" : "调整 (adjustment)",
                    scope[1]);
        }
    }

    private static boolean same(io.github.jixiao.model.Money m, BigDecimal v) {
        return m != null && m.value() != null && v != null && m.value().compareTo(v) == 0;
    }

    /** The component rows whose 全年 differs from their 年初 (a blank one read as 0), in the table's order. */
    private static List<Funds.Row> changedComponents(Funds f) {
        List<Funds.Row> out = new java.util.ArrayList<>();
        for (Funds.Row r : f.components()) {
            BigDecimal initial = r.initial() == null || r.initial().value() == null ? BigDecimal.ZERO : r.initial().value();
            BigDecimal full = r.fullYear() == null || r.fullYear().value() == null ? BigDecimal.ZERO : r.fullYear().value();
            if (initial.compareTo(full) != 0 && (r.initial() != null || r.fullYear() != null)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * What a record adjusts, as the officer reads it, in Chinese and in English: the task it names (任务“科普活动”), a task
     * it does not name, or the whole budget, the department's (部门整体) or, for a project's submission, the project's
     * (项目“…”整体). Before, the schema's own word (department, task) stood in the message (officer trial s31).
     */
    static String[] scope(Submission submission, Adjustment a) {
        if (!Checks.blank(a.task())) {
            String task = Checks.quote(a.task());
            return new String[] {"任务“" + task + "”", "task \"" + task + "\""};
        }
        if ("task".equals(a.scope())) {
            return new String[] {"某一任务，未写明任务名称（task）", "a task whose name (task) is not given"};
        }
        if ("project".equals(submission.kind())) {
            String name = submission.projectName();
            return Checks.blank(name) ? new String[] {"项目整体", "the project as a whole"}
                    : new String[] {"项目“" + Checks.quote(name) + "”整体", "the project \"" + Checks.quote(name) + "\" as a whole"};
        }
        return new String[] {"部门整体", "the department as a whole"};
    }
}
