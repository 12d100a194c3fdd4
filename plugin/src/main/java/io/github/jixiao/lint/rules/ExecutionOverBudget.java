package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "execution-over-budget",
        severity = Severity.WARNING,
        category = Category.PLAUSIBILITY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "全年执行数超过全年预算数",
        titleEn = "Spending above the year's budget",
        rationaleZh = "支出必须以经批准的预算为依据，预算调整要走法定程序；预算执行率 = 执行数 / 全年（调整后）预算数，超过 100% 的只按满分计，"
                + "评分看不出超出的部分。执行数超过全年预算数的，多半是全年预算数没有按调剂、追加更新（仍写着年初数），或执行数混入了别的资金、填错了列或单位；"
                + "确有超预算支出的，要说明原因和资金来源。只有年初预算一栏的表，与年初预算数比较。合计行超出的，只报告合计行，不再逐项报告其中各行。"
                + "预算数为 0 而有支出的，同样报告（执行率记为“—”）；支出为 0 或负数（退回）的不报告；执行数比预算数多印了小数位的，按预算数的位数四舍五入后比较。"
                + "合计行为 0 而其中各行有金额的，不看合计行（由 sum-mismatch 报告），逐行比较。已在 funds.executionExplanation（或 stated.executionRateExplanation）中写明原因的，或在表末“偏差大或目标未完成原因分析”“存在的问题及原因分析”（department.json 的 problems）中有一句讲到资金的原因的（读法与 execution-rate-unexplained 相同：只是改进打算的不算），降为提示；但整体执行率低于 execution-rate-unexplained 的阈值（默认 90%）时，该原因看作执行不足的说明，其中某一行超出预算的仍为警告（消息引出所写原因，说明为何仍然报告；execution-rate-unexplained 关闭时仍降为提示）。tasks.json 中各任务的执行数与其预算数（调整后）同样比较，"
                + "任务的 explanation 写明原因的，降为提示。"
                + "这一行没有全年预算数或执行数、无从按金额比较，而所写执行率超过 100% 的，同样报告（stated；已写明原因的降为提示）。",
        rationaleEn = "Spending must rest on the approved budget, and a budget is changed only by due procedure; execution = spending / full-year (adjusted) budget, "
                + "and above 100 % it only earns full marks, so the score does not show the excess. Spending above the year's budget most often means the full-year "
                + "budget was not updated after a transfer or a supplement (it still shows the initial figure), or the spending includes other money, or a figure is in the "
                + "wrong column or unit; a real overspend needs its reason and the source of the money. A table with the initial budget as its only budget column is "
                + "read on it. A total row over its budget is reported alone, not again through its parts. Spending against a budget of 0 is reported too (its rate shown as \"—\"); "
                + "nothing spent, or a refund, is not; spending printed to more places than its budget is rounded to the budget's places first. A total row left "
                + "at 0 while its parts carry money is skipped (sum-mismatch reports it) and the parts are held to their own budgets. "
                + "With a reason given in funds.executionExplanation (or stated.executionRateExplanation), or in a clause about the money in the table's closing cell for its deviations, 偏差大或目标未完成原因分析 (reasons for large deviations or targets missed) or 存在的问题及原因分析 (problems and their causes) (department.json problems; read as execution-rate-unexplained reads it: a plan alone is no reason), the finding is a note, except for a part over its budget while the whole is below execution-rate-unexplained's threshold (90 % by default): the reason is then read as explaining the shortfall, and the part stays a warning whose message quotes the reason and says why (with execution-rate-unexplained off, a note as before). Each task of tasks.json is held to its "
                + "(adjusted) budget the same way, a note where the task's explanation gives a reason. "
                + "A row without the budget or the spending to compare, whose stated execution rate is above 100 %, is reported too (stated; a note where a reason is given).",
        source = "《中华人民共和国预算法》第十三条（支出必须以经批准的预算为依据，未列入预算的不得支出）；SC-4（预算执行率 = 执行数 / 全年预算数，按 min(1, 执行率) 计分）；"
                + "安徽 金寨 2023 部门整体支出绩效自评表（全年预算数 329.77、全年执行数 338.31，执行率 102.59%，未见调整）；江西 南昌县黄马乡蚕茶卫生院 2021 整体支出绩效自评表（执行率 103.21%，未印金额）",
        sourceEn = "Budget Law of the PRC, Art. 13 (spending must rest on the approved budget; nothing outside the budget may be spent); SC-4 (execution = spending / "
                + "full-year budget, scored as min(1, rate)); Jinzhai (Anhui) 2023 department self-evaluation (full-year budget 329.77, spent 338.31, 102.59 %, no adjustment shown); Cancha health centre (Nanchang county, Jiangxi) 2021 overall self-evaluation (execution rate 103.21 %, no amounts printed)",
        messages = {
            @RuleInfo.Message(zh = "资金块“{0}”全年执行数 {1} 超过全年预算数 {2}（执行率 {3}）。支出须以批准的预算为依据：预算年中有调剂、追加的，请把全年预算数改为调整后的数；"
                    + "执行数含上年结转资金的，请在“上年结转资金”一行填写其全年预算数（结转数）；否则请核对这两个数、它们的列和单位；确有超预算支出的，请在资金块的“原因”栏（funds.executionExplanation）中说明原因和资金来源。",
                    en = "Funds row \"{0}\": the year's spending, {1}, exceeds the full-year budget, {2} (execution rate {3}). Spending rests on the approved budget: if the "
                    + "budget was transferred or supplemented during the year, enter the adjusted figure as the full-year budget; if the spending includes money "
                    + "carried over from last year, give its full-year budget (the amount carried over) in the 上年结转资金 (carry-over) row; otherwise check both "
                    + "figures, their columns and unit; if the budget really was overspent, give the reason and the source of the money in the funds block's 原因 (funds.executionExplanation)."),
            @RuleInfo.Message(key = "initial", zh = "资金块“{0}”全年执行数 {1} 超过年初预算数 {2}（执行率 {3}），这一行没有全年（调整后）预算数。预算年中有调剂、追加的，请填写全年预算数（fullYear，即调整后的数）；"
                    + "否则请核对这两个数、它们的列和单位；确有超预算支出的，请在资金块的“原因”栏（funds.executionExplanation）中说明原因和资金来源。",
                    en = "Funds row \"{0}\": the year's spending, {1}, exceeds the initial budget, {2} (execution rate {3}), and the row gives no full-year (adjusted) budget. "
                    + "If the budget was transferred or supplemented during the year, fill in 全年预算数 (fullYear), the adjusted budget; otherwise check both figures, their columns "
                    + "and unit; if the budget really was overspent, give the reason and the source of the money in the funds block's 原因 (funds.executionExplanation)."),
            @RuleInfo.Message(key = "explained", zh = "资金块“{0}”全年执行数 {1} 超过全年预算数 {2}（执行率 {3}），已说明原因：{4}",
                    en = "Funds row \"{0}\": the year's spending, {1}, exceeds the full-year budget, {2} (execution rate {3}); the reason given: {4}"),
            @RuleInfo.Message(key = "initial-explained", zh = "资金块“{0}”全年执行数 {1} 超过年初预算数 {2}（执行率 {3}，这一行没有全年预算数），已说明原因：{4}",
                    en = "Funds row \"{0}\": the year's spending, {1}, exceeds the initial budget, {2} (execution rate {3}; the row gives no full-year budget); the reason given: {4}"),
            @RuleInfo.Message(key = "shortfall-explained", zh = ExecutionOverBudget.SHORTFALL_ZH + "整体执行率 {5}（{6} / {7}）" + ExecutionOverBudget.SHORTFALL_ZH_END,
                    en = ExecutionOverBudget.SHORTFALL_EN + "whole's low execution ({5}: {6} / {7})" + ExecutionOverBudget.SHORTFALL_EN_END),
            @RuleInfo.Message(key = "shortfall-explained-stated", zh = ExecutionOverBudget.SHORTFALL_ZH + "所填整体执行率 {5}（不是由金额算出的）" + ExecutionOverBudget.SHORTFALL_ZH_END,
                    en = ExecutionOverBudget.SHORTFALL_EN + "whole's low execution as filled in ({5}, not computed from amounts)" + ExecutionOverBudget.SHORTFALL_EN_END),
            @RuleInfo.Message(key = "shortfall-explained-stated-amounts", zh = ExecutionOverBudget.SHORTFALL_ZH + "表中所列整体执行率 {5}（表中的金额算不出执行率，如没有全年预算数）" + ExecutionOverBudget.SHORTFALL_ZH_END,
                    en = ExecutionOverBudget.SHORTFALL_EN + "whole's low execution stated in the table ({5}; its amounts give no rate: no full-year budget, for one)" + ExecutionOverBudget.SHORTFALL_EN_END),
            @RuleInfo.Message(key = "shortfall-explained-budget", zh = ExecutionOverBudget.SHORTFALL_ZH + "整体执行率 {5}（budget.json 的全年实际支出 {6} / 全年预算 {7}）" + ExecutionOverBudget.SHORTFALL_ZH_END,
                    en = ExecutionOverBudget.SHORTFALL_EN + "whole's low execution ({5}: budget.json's actual expenditure {6} / full-year budget {7})" + ExecutionOverBudget.SHORTFALL_EN_END),
            @RuleInfo.Message(key = "stated", zh = "资金块“{0}”所写执行率 {1} 超过 100%，即支出超过了预算，这一行却没有全年预算数和全年执行数可以核对。"
                    + "请填写这一行的全年（调整后）预算数和全年执行数并核对：预算年中有调剂、追加的，全年预算数写调整后的数；确有超预算支出的，请在资金块的“原因”栏（funds.executionExplanation）中说明原因和资金来源。",
                    en = "Funds row \"{0}\": the execution rate it states, {1}, is above 100 %, that is spending above the budget, and the row gives no full-year "
                    + "budget and spending to check it against. Fill in the row's full-year (adjusted) budget and its spending for the year and check them: if the "
                    + "budget was transferred or supplemented during the year, the full-year budget is the adjusted figure; if the budget really was overspent, "
                    + "give the reason and the source of the money in the funds block's 原因 (funds.executionExplanation)."),
            @RuleInfo.Message(key = "stated-explained", zh = "资金块“{0}”所写执行率 {1} 超过 100%（这一行没有全年预算数和全年执行数），已说明原因：{2}",
                    en = "Funds row \"{0}\": the execution rate it states, {1}, is above 100 % (the row gives no full-year budget and spending); the reason given: {2}"),
            @RuleInfo.Message(key = "task", zh = "任务“{0}”执行数 {1} 超过其预算数 {2}（执行率 {3}）。支出须以批准的预算为依据：资金年中有调剂、追加的，请把预算数改为调整后的数并登记调剂记录；"
                    + "否则请核对这两个数和单位；确有超预算支出的，请在该任务的 explanation 中说明原因和资金来源。",
                    en = "Task \"{0}\": its spending, {1}, exceeds its budget, {2} (execution rate {3}). Spending rests on the approved budget: if money was transferred or "
                    + "added during the year, enter the adjusted budget and record the adjustment; otherwise check both figures and their unit; if the budget really "
                    + "was overspent, give the reason and the source of the money in the task's explanation."),
            @RuleInfo.Message(key = "task-explained", zh = "任务“{0}”执行数 {1} 超过其预算数 {2}（执行率 {3}），已说明：{4}",
                    en = "Task \"{0}\": its spending, {1}, exceeds its budget, {2} (execution rate {3}); the explanation given: {4}")
        })
public final class ExecutionOverBudget implements Rule {

    /** The shortfall-explained messages around where the whole's rate comes from (constants, so the annotation can use them). */
    static final String SHORTFALL_ZH = "资金块“{0}”全年执行数 {1} 超过其预算数 {2}（执行率 {3}）。所写的执行率原因看作";
    static final String SHORTFALL_ZH_END = "偏低的说明，不能说明这一行的超支："
            + "请核对这一行的预算数（年中调剂、追加后的数）、执行数、所在的列和单位，执行数含上年结转资金的，在“上年结转资金”一行填写其预算数。"
            + "数字无误、确有超预算支出的，这条警告会一直保留：请在 jixiao-suppressions.json 中登记这一条并写明超支原因和资金来源。所写原因：{4}";
    static final String SHORTFALL_EN = "Funds row \"{0}\": the year's spending, {1}, exceeds its budget, {2} (execution rate {3}). "
            + "The reason given for the execution is read as explaining the ";
    static final String SHORTFALL_EN_END = ", not this row's overspend: check this row's budget (as adjusted by transfers and supplements "
            + "during the year), its spending, their columns and unit, and if the spending includes money carried over from last year, give its "
            + "budget in the 上年结转资金 (carry-over) row. If the figures are right and the row really was overspent, this warning stays: record it in "
            + "jixiao-suppressions.json with the reason and the source of the money. The reason given: {4}";

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (io.github.jixiao.model.Task t : submission.tasks()) {
            Money spent = t.execution();
            Money budget = t.budget();
            if (over(spent, budget)) {
                report(ctx, "task", "task-explained", Checks.quote(t.label()), spent, budget,
                        Checks.placeholder(t.explanation()) ? null : Checks.quote(t.explanation()));
            }
        }
        Funds funds = submission.funds();
        if (funds == null) {
            return;
        }
        // beside the execution, or in the cell for the table's deviations (偏差大或目标未完成原因分析 / 存在的问题), as
        // execution-rate-unexplained reads it (session 52: the problems' clauses were read by that rule alone)
        String reason = Checks.executionReasonAnywhere(submission);
        String why = reason == null ? null : Checks.quote(reason);
        boolean totalOver = false;
        for (Funds.Row r : funds.rows()) {
            if (r != funds.total() && totalOver) {
                break; // the total row is over: one defect, not again through its parts
            }
            Money spent = r.executed();
            // the year's budget: the adjusted one where the table gives it, else the initial (a table with one budget column)
            boolean fullYear = r.fullYear() != null;
            Money budget = fullYear ? r.fullYear() : r.initial();
            if (r == funds.total() && funds.totalEmptyWhilePartsCarry(fullYear ? Funds.Column.FULL_YEAR : Funds.Column.INITIAL)) {
                continue; // sum-mismatch reports the total left at 0; its parts are held to their own budgets
            }
            String label = Checks.blank(r.label()) ? r.pointer() : Checks.quote(r.label());
            if (!over(spent, budget)) {
                if ((spent == null || budget == null) && r.executionRatePercent() != null
                        && r.executionRatePercent().compareTo(Checks.HUNDRED) > 0) {
                    // no amounts to hold the spending to its budget, and the rate the row states says it is above it
                    // (南昌县蚕茶卫生院 2021: 执行率 103.21% on both funds rows, no amount printed)
                    totalOver |= r == funds.total();
                    Src at = submission.src("budget#" + r.pointer() + "/executionRatePercent");
                    String pct = Checks.pct(r.executionRatePercent());
                    if (why == null) {
                        ctx.report("stated", at, label, pct);
                    } else {
                        ctx.report(Severity.INFO, "stated-explained", at, null, label, pct, why);
                    }
                }
                continue;
            }
            totalOver |= r == funds.total();
            Checks.ExecutionRate whole = r == funds.total() || why == null ? null : shortfall(submission, ctx);
            if (whole != null) { // the whole's amounts beside its rate, where it has them (the rate may come from elsewhere)
                List<String> args = new ArrayList<>(List.of(label, Checks.money(spent), Checks.money(budget), rate(spent, budget), why,
                        Checks.pct(whole.percent())));
                if (!whole.how().startsWith("stated")) {
                    args.add(whole.executed());
                    args.add(whole.budget());
                }
                // the key says where the whole's rate comes from
                String key = switch (whole.how()) {
                    case "amounts" -> "shortfall-explained"; // the funds block's amounts
                    case "budget-amounts" -> "shortfall-explained-budget"; // budget.json's own figures
                    default -> "shortfall-explained-" + whole.how(); // stated: without amounts, or with amounts that give none
                };
                ctx.report(key, spent.src(), args.toArray());
                continue;
            }
            report(ctx, fullYear ? "" : "initial", fullYear ? "explained" : "initial-explained", label, spent, budget, why);
        }
    }

    /** One row over its budget: a warning under {@code key}, or a note under {@code explainedKey} quoting {@code why}. */
    private static void report(RuleContext ctx, String key, String explainedKey, String label, Money spent, Money budget,
                               String why) {
        String rate = rate(spent, budget);
        if (why == null) {
            ctx.report(key, spent.src(), label, Checks.money(spent), Checks.money(budget), rate);
        } else {
            ctx.report(Severity.INFO, explainedKey, spent.src(), null, label, Checks.money(spent), Checks.money(budget), rate, why);
        }
    }

    /**
     * The whole's execution where it is below execution-rate-unexplained's {@code rate} (90 % unless the pom sets it),
     * else null (also when that rule is off): a reason given for the execution then explains that shortfall (that rule
     * asks it for that), not one part's overspend, which stays a warning.
     */
    private static Checks.ExecutionRate shortfall(Submission submission, RuleContext ctx) {
        if (ctx.isOff("execution-rate-unexplained")) {
            return null; // nothing asks the reason for a shortfall: it may be the part's
        }
        java.math.BigDecimal cut = ctx.threshold("execution-rate-unexplained", "rate");
        return Checks.executionRate(Figures.of(submission, ctx)).filter(x -> x.percent().compareTo(cut) < 0).orElse(null);
    }

    /**
     * Spending as a share of the budget, to two places, or more where two would show 100 % (100.001 %: over all the
     * same); "—" for a budget of 0 (spending with nothing budgeted, the plainest case of all).
     */
    static String rate(Money spent, Money budget) {
        if (budget.yuan().signum() <= 0) {
            return "—";
        }
        java.math.BigDecimal pct = spent.yuan().multiply(Checks.HUNDRED).divide(budget.yuan(), MathContext.DECIMAL64);
        if (pct.setScale(2, java.math.RoundingMode.HALF_UP).compareTo(Checks.HUNDRED) > 0) {
            return Checks.pct(pct);
        }
        for (int scale = 3; scale < 12; scale++) { // the fewest places that still show it above 100 %
            java.math.BigDecimal shown = pct.setScale(scale, java.math.RoundingMode.DOWN);
            if (shown.compareTo(Checks.HUNDRED) > 0) {
                return shown.stripTrailingZeros().toPlainString() + "%";
            }
        }
        return pct.stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * Spending above the budget, beyond the rounding of the coarser figure as printed (132.912 spent of a 132.91 budget
     * printed to two places is not over; money is printed to at least two places, so 100.4 of a budget that arrives as
     * 100 is); nothing spent, or a refund, is never over (a task's budget may be written negative, a 调减).
     */
    static boolean over(Money spent, Money budget) {
        if (spent == null || budget == null || spent.yuan().signum() <= 0) {
            return false;
        }
        int places = Checks.moneyScale(budget.value());
        if (spent.value().scale() > places && spent.unit().equals(budget.unit())) {
            return spent.value().setScale(places, java.math.RoundingMode.HALF_UP).compareTo(budget.value()) > 0;
        }
        return spent.yuan().compareTo(budget.yuan()) > 0;
    }
}
