package io.github.jixiao.score;

import io.github.jixiao.model.Funds;
import java.math.BigDecimal;

/**
 * The table's own path to a criterion scored on its funds block (预算执行率) when it lands on a half cent. A table prints
 * its execution rate rounded and computes the score from that figure: 忠县科协 2024 prints 96.85 for 4,614,453.11 /
 * 4,764,453.11 = 96.8517 %, and 96.85 % × 10 = 9.685, exactly half a cent, which its system rounds down (9.68, its total
 * 99.68), where the amounts give 9.685 17 → 9.69. Both 9.68 and 9.69 are the printed rate × the points rounded to the
 * cent, so a stated score (or a stated total) that is the other one is no mismatch; a stated figure further off still is.
 *
 * @param rate  the rate the table prints, in percent, as written
 * @param exact the rate × the points, exactly (a half cent: 9.685)
 * @param other the rounding of {@code exact} that is not the computed score's (9.68 beside the computed 9.69)
 */
record PrintedTie(BigDecimal rate, BigDecimal exact, BigDecimal other) {

    private static final BigDecimal EPSILON = new BigDecimal("0.000000001");

    /**
     * The tie of a funds-scored criterion whose full-precision points are {@code points} out of {@code weight}, or null:
     * when the table prints no rate for the amounts scored (the total row's, else a row under it with the same full-year
     * and executed amounts: 忠县科协's 其中:财政拨款, its total row's rate left blank), when the printed rate is not the
     * computed one at its own precision (rate-mismatch's; a wrong rate gives no licence), when the score is capped or
     * not below the points, or when the printed rate × the points is no half cent (then it rounds as the computed score).
     */
    static PrintedTie of(Funds funds, BigDecimal points, BigDecimal weight) {
        if (funds == null || weight == null || weight.signum() <= 0 || points.signum() <= 0 || points.compareTo(weight) >= 0) {
            return null;
        }
        Funds.Row printed = funds.totalOrTwin(r -> r.executionRatePercent() != null);
        if (printed == null) {
            return null;
        }
        BigDecimal rate = printed.executionRatePercent();
        BigDecimal computed = points.multiply(Num.HUNDRED).divide(weight, java.math.MathContext.DECIMAL128);
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(0, rate.scale())).divide(BigDecimal.valueOf(2));
        if (computed.subtract(rate).abs().compareTo(halfUnit.add(EPSILON)) > 0) {
            return null;
        }
        BigDecimal exact = rate.multiply(weight).divide(Num.HUNDRED);
        BigDecimal down = Num.otherRounding(exact);
        if (down == null) {
            return null;
        }
        BigDecimal up = Num.round2(exact);
        BigDecimal score = Num.round2(points);
        if (score.compareTo(up) == 0) {
            return new PrintedTie(rate, exact, down);
        }
        return score.compareTo(down) == 0 ? new PrintedTie(rate, exact, up) : null;
    }
}
