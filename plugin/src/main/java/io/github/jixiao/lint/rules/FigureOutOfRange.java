package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Pointers;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Quarter;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

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
public final class FigureOutOfRange implements Rule {

    /** Money that may be negative: adjustment amounts (a cut is written negative). */
    static final Set<String> SIGNED = Set.of("adjustments#/adjustments/amount", "budget#/stated/adjustmentAmount");
    /** A cumulative share of the year's budget above this is not a slip of rounding or of carry-over. */
    static final BigDecimal FAR_ABOVE = BigDecimal.valueOf(150);

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (Map.Entry<String, JsonDocument> e : submission.documents().entrySet()) {
            walk(e.getKey(), e.getValue(), e.getValue().root(), new java.util.ArrayList<>(), ctx);
        }
        for (Quarter q : submission.quarters()) {
            far(ctx, q.cumulativePercent(), q.src(), "第" + q.quarter() + "季度末累计执行进度",
                    "The cumulative execution at the end of Q" + q.quarter());
        }
        Optional<Figure> rate = submission.figure("budget#/stated/executionRatePercent").filter(f -> !f.isMoney());
        rate.ifPresent(f -> far(ctx, f.value(), f.src(), "预算执行率", "The budget execution rate"));
    }

    private static void far(RuleContext ctx, BigDecimal v, io.github.jixiao.load.Src src, String zh, String en) {
        if (v.compareTo(FAR_ABOVE) > 0) {
            ctx.report("percent", src, zh, Checks.num(v), Checks.num(FAR_ABOVE), en);
        }
    }

    /**
     * Every money object {value, unit}. The path is kept as keys and indexes, and turned into a pointer (and into its
     * shape, the pointer without array indexes: "adjustments#/adjustments/amount") only for a negative amount.
     */
    private static void walk(String role, JsonDocument d, JsonNode n, java.util.ArrayList<Object> path, RuleContext ctx) {
        if (n.isObject()) {
            JsonNode v = n.get("value");
            if (v != null && v.isNumber() && n.path("unit").isString() && n.size() == 2) {
                BigDecimal value = Submission.number(v);
                if (value != null && value.signum() < 0 && !SIGNED.contains(role + "#" + shape(path))) {
                    ctx.report(d.src(v, Checks.pointer(path) + "/value"), Checks.num(value) + " " + n.get("unit").asString());
                }
                return;
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (e.getValue().isContainer()) {
                    path.add(e.getKey());
                    walk(role, d, e.getValue(), path, ctx);
                    path.remove(path.size() - 1);
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isContainer()) {
                    path.add(i);
                    walk(role, d, n.get(i), path, ctx);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    private static String shape(java.util.List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object o : path) {
            if (o instanceof String k) {
                sb.append('/').append(Pointers.escape(k));
            }
        }
        return sb.toString();
    }
}
