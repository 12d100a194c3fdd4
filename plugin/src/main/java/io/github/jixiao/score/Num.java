package io.github.jixiao.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic and the number formats of explanations. BigDecimal throughout; never double. */
final class Num {
    private Num() {
    }

    /** Precision of every division (34 significant digits). */
    static final MathContext MC = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    /** A score as published: 2 decimals, HALF_UP. */
    static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** "1.68", "3.00". */
    static String score(BigDecimal v) {
        return round2(v).toPlainString();
    }

    /** A percent with 2 decimals: "68.11". */
    static String pct(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** An intermediate figure: at most 4 decimals, no trailing zeros ("0.9792", "1", "1.105"). */
    static String plain(BigDecimal v) {
        BigDecimal r = v.setScale(Math.min(Math.max(v.scale(), 0), 4), RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }

    /**
     * A score a formula arrives at, at the score's scale: 2 decimals HALF_UP, no trailing zeros ("8.62" for 8.6204,
     * "2.63" for 2.625, "10"), so that a row's formula ends in the figure its score column shows.
     */
    static String result(BigDecimal v) {
        return plain(round2(v));
    }

    /** A figure as written in the submission or the framework (no rounding, no trailing zeros added). */
    static String written(BigDecimal v) {
        return v.toPlainString();
    }

    static BigDecimal clamp(BigDecimal v, BigDecimal lo, BigDecimal hi) {
        return v.max(lo).min(hi);
    }

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    /** True when two scores differ by more than 0.005. */
    static boolean differ(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(HALF_CENT) > 0;
    }
}
