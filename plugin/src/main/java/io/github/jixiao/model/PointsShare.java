package io.github.jixiao.model;

import java.math.BigDecimal;

/**
 * The points a row without its own 分值 takes from its category: the table prints the points on the 二级 (广水 2021:
 * 数量指标 15 分, 质量指标 12 分) and states that each 三级 gets an even share of them (三级指标分值按三级指标个数平均确定，
 * 四舍五入保留整数). indicators.json's {@code categories} gives those points as printed; the framework's
 * {@code indicator-points} {@code split} how they are shared.
 *
 * @param category       the category's index in indicators.json's {@code categories}
 * @param level1         its 一级
 * @param level2         its 二级
 * @param categoryPoints its points as printed
 * @param rows           how many 三级 rows share them (those that print no points of their own)
 * @param points         this row's share, rounded as the framework states
 * @param formula        how, in figures only (the same in every language): "15 ÷ 2 = 7.5 → 8", "(15 − 9) ÷ 2 = 3"
 * @param printed        what the category's other rows print themselves, shared out first; null where none prints any
 * @param even           the framework states no split ({@code split} DEFAULT): the share is an even one jixiao assumes, to
 *                       the score's 2 decimals, not one the table or the framework gives
 * @param cents          where that even share does not divide to the cent, how the rows' parts add up to the points
 *                       (largest remainder, the first rows a cent more: "10 × 2.11 + 9 × 2.10 = 40", session 55); null
 *                       where it divides or the framework states its split
 * @param rowFormula     this row's share, figures only: {@code formula}, or where {@code cents} is set "40 ÷ 19 = 2.1053 →
 *                       2.10 (10 × 2.11 + 9 × 2.10 = 40)"
 * @param merged         the category's printed 得分 fill its points, and some of its rows print none: those rows are read as
 *                       under a merged 得分 cell ({@link Submission#underMergedScore}), and this row, which prints a 得分,
 *                       takes that score as its points (scores adding up to the points can each only be full marks: 黄石
 *                       2022, t82, 产出指标(40分) over six rows, 10 + 10 + 10 + 10 printed on four; session 56). {@code
 *                       rows} is then the number of rows that print a 得分, {@code formula} the printed scores' sum
 */
public record PointsShare(int category, String level1, String level2, BigDecimal categoryPoints, int rows,
                          BigDecimal points, String formula, BigDecimal printed, boolean even, String cents,
                          String rowFormula, boolean merged) {

    /** A share of the category's points (not read from a merged 得分 cell). */
    public PointsShare(int category, String level1, String level2, BigDecimal categoryPoints, int rows, BigDecimal points,
                       String formula, BigDecimal printed, boolean even, String cents, String rowFormula) {
        this(category, level1, level2, categoryPoints, rows, points, formula, printed, even, cents, rowFormula, false);
    }

    /**
     * This row's points are an even share jixiao assumed among several rows (score-assumption category-even): a 得分 the
     * row prints is the table's own figure on points it does not print, not a claim to hold to the share (昌宁 2022, t116:
     * 1, 2 or 3 on rows sharing 40 over 19; session 53).
     */
    public boolean assumedEven() {
        return even && rows > 1;
    }

    /** Where the category's points are written: {@code indicators#/categories/<k>/points}. */
    public String ref() {
        return "indicators#/categories/" + category + "/points";
    }
}
