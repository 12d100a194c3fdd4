package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.TreeRule;
import io.github.jixiao.lint.TreeWalk;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Pointers;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Quarter;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@RuleInfo(
        id = "figure-out-of-range",
        severity = Severity.ERROR,
        category = Category.PLAUSIBILITY,
        titleZh = "金额为负或累计比例远超 100%",
        titleEn = "Negative amount, or cumulative rate far above 100%",
        rationaleZh = "预算、支出、结转、采购等金额不可能为负（只有调整金额以负数表示调减）；季度累计执行进度和全年执行率是占全年预算的比例，"
                + "远超 100% 不是真实数据。格式允许这些数（金额与调减共用一种写法，比率的上限很宽），评分却会照用，因此单独检查。",
        rationaleEn = "Budgets, spending, carry-overs and procurement cannot be negative (only an adjustment amount is negative, for a cut); the cumulative "
                + "quarterly execution and the annual execution rate are shares of the full-year budget, and far above 100% they are not real data. "
                + "The format lets such numbers through (money is written alike for cuts, and rates have a wide ceiling) while scoring would use them.",
        source = "财预〔2013〕53号 附件2（预算执行率）；jixiao",
        sourceEn = "MOF Caiyu [2013] No. 53, Annex 2 (budget execution rate); jixiao",
        messages = {
            @RuleInfo.Message(zh = "金额 {0} 为负数，此处应为非负金额。请检查正负号。",
                    en = "The amount {0} is negative where the format means an amount that cannot be. Check the sign."),
            @RuleInfo.Message(key = "percent", zh = "{0} 写为 {1}%，远超 100%（上限 {2}%），不可能是占全年预算的比例。请检查此数。",
                    en = "{3} is stated as {1}%, far above 100% (limit {2}%): it cannot be a share of the full-year budget. Check this figure.")
        })
public final class FigureOutOfRange implements TreeRule {

    /** Money that may be negative: adjustment amounts (a cut is written negative). */
    static final Set<String> SIGNED = Set.of("adjustments#/adjustments/amount", "budget#/stated/adjustmentAmount");
    /** A cumulative share of the year's budget above this is not a slip of rounding or of carry-over. */
    static final BigDecimal FAR_ABOVE = BigDecimal.valueOf(150);

    @Override
    public int interests() {
        return OBJECTS;
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        if (!ctx.treesWalked()) {
            TreeWalk.walk(submission, this, ctx);
        }
        for (Quarter q : submission.quarters()) {
            far(ctx, q.cumulativePercent(), q.src(), "第" + q.quarter() + "季度末累计执行进度",
                    "The cumulative execution at the end of Q" + q.quarter());
        }
        Optional<Figure> rate = Figures.of(submission, ctx).figure("budget#/stated/executionRatePercent").filter(f -> !f.isMoney());
        rate.ifPresent(f -> far(ctx, f.value(), f.src(), "预算执行率", "The budget execution rate"));
    }

    private static void far(RuleContext ctx, BigDecimal v, io.github.jixiao.load.Src src, String zh, String en) {
        if (v.compareTo(FAR_ABOVE) > 0) {
            ctx.report("percent", src, zh, Checks.num(v), Checks.num(FAR_ABOVE), en);
        }
    }

    /**
     * Every money object {value, unit}. The pointer (and the shape, the pointer without array indexes:
     * "adjustments#/adjustments/amount") is built only for a negative amount.
     */
    @Override
    public void visitObject(TreeWalk.Cursor at, ObjectNode n, RuleContext ctx) {
        JsonNode v = n.size() == 2 ? n.get("value") : null; // most objects are not {value, unit}: no lookup for them
        if (n.size() == 2 && v != null && v.isNumber() && n.path("unit").isString()) {
            BigDecimal value = Submission.number(v);
            if (value != null && value.signum() < 0 && !SIGNED.contains(at.role() + "#" + shape(at))) {
                ctx.report(at.document().src(v, at.pointer() + "/value"), Checks.num(value) + " " + n.get("unit").asString());
            }
        }
    }

    private static String shape(TreeWalk.Cursor at) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < at.depth(); i++) {
            if (at.keyAt(i) != null) {
                sb.append('/').append(Pointers.escape(at.keyAt(i)));
            }
        }
        return sb.toString();
    }
}
