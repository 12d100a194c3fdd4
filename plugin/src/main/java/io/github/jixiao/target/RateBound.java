package io.github.jixiao.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rates that cannot exceed 100 % (a pass rate, a coverage rate, a satisfaction), by their names, and a target above 100 %
 * on such a rate read as the ceiling it can only mean. The one list of such names: indicator-target-at-ceiling says such a
 * target cannot be reached (above-hundred), and the scorer reads it as 100 % (session 52, N5's left-alone 4: "合格率 ≥
 * 120%" beside 100 % was scored 100 / 120 of its points, the full-points error asking for a share of a target no rate
 * reaches). Until session 52 the lists were indicator-target-at-ceiling's own ({@code score} imports nothing of lint).
 */
public final class RateBound {
    private RateBound() {
    }

    /** Names of rates that can exceed 100 % (growth, change). */
    static final List<String> UNBOUNDED = List.of("增长", "增幅", "增速", "增加", "提升", "提高", "变动", "同比", "环比", "超额", "倍");

    /**
     * Names of rates that cannot exceed 100 %. Not a bare 完成率: a count's completion can exceed its plan (超额完成; review
     * V). A share of a whole paid, reached or kept, as the real tables name them (session 49: 发放率 ×7, 成活率 ×6, 保障率
     * ×5, 拨付率 and 拨款率, 兑付率, 下达率, 合规率, 免疫率, 签约率, 真实率, 处置率, 体检率, 就业率 in t1–t106).
     */
    static final List<String> BOUNDED = List.of("合格率", "达标率", "及时率", "覆盖率", "满意度", "满意率", "知晓率",
            "通过率", "准确率", "正确率", "到位率", "办结率", "完好率", "完工率", "验收率", "普及率", "入学率", "参保率", "接种率",
            "发放率", "成活率", "保障率", "拨付率", "拨款率", "兑付率", "下达率", "合规率", "免疫率", "签约率", "真实率", "处置率",
            "体检率", "就业率");

    /**
     * A rate of what can exceed its plan (revenue, investment attracted, output): not {@link #BOUNDED}. Not 资金 (until
     * session 50 it was here, so that 资金到位率, 资金拨付率 and 补贴资金发放率 were never bounded): MOF-10 附件2 defines
     * 资金到位率 as 实际到位 / 预算资金 (standards.md §3.1), a share of the budget that arrives, which the budget caps; money
     * attracted beyond a plan (招商引资到位率, 投资到位率) is kept out by 招商 and 投资.
     */
    static final List<String> PLANNED_AMOUNTS = List.of("收入", "税", "收缴", "投资", "招商", "引资", "产值", "销售", "营业", "利润");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whether {@code name} holds a word of growth or change: a rate that can exceed 100 %. */
    public static boolean unbounded(String name) {
        return anyIn(UNBOUNDED, name);
    }

    /** A rate that cannot exceed 100 %: a {@link #BOUNDED} name, none of {@link #UNBOUNDED} or {@link #PLANNED_AMOUNTS}. */
    public static boolean bounded(String name) {
        return anyIn(BOUNDED, name) && !unbounded(name) && !anyIn(PLANNED_AMOUNTS, name);
    }

    private static boolean anyIn(List<String> words, String name) {
        if (name == null) {
            return false;
        }
        for (String w : words) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} is a target {@link #ceiling} may read as 100 %, whatever it measures: a percent above 100 with no
     * comparator, a floor or =, not a range nor a date. Asked first, a caller names the rate (a row's label) only for such
     * a target (most are not one).
     */
    public static boolean aboveHundred(TargetValue t) {
        return t != null && t.isQuantitative() && t.isPercent() && !t.isRange() && !t.isDate() && t.low() != null
                && t.low().compareTo(HUNDRED) > 0
                && !(t.explicitComparator() && (t.comparator() == Comparator.LE || t.comparator() == Comparator.LT));
    }

    /**
     * {@code t} read as the ceiling it can only mean, or null: a percent above 100 (no comparator, a floor or =; not a
     * ceiling, ≤ 120 % being met by any rate, nor a range) on a rate named {@code measured} that cannot exceed 100 %, whose
     * {@code actual} is not itself above 100 % (then the rate could exceed it after all): 100 %, its comparator kept (≥ 120%
     * → ≥ 100%; a bare 120% → 100%, read ≥ as a bare figure is), its text as written.
     */
    public static TargetValue ceiling(TargetValue t, String measured, TargetValue actual) {
        if (!aboveHundred(t) || !bounded(measured)) {
            return null;
        }
        if (actual != null && actual.isQuantitative() && actual.isPercent() && actual.high() != null && actual.high().compareTo(HUNDRED) > 0) {
            return null;
        }
        return new TargetValue(t.kind(), t.comparator(), t.explicitComparator(), HUNDRED, HUNDRED, t.unit(), t.text(), t.graded(), t.vague());
    }
}
