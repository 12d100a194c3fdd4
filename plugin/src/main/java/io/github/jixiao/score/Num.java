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

    /**
     * a / b to {@link #MC}. A quotient that terminates within 34 digits (23.5 / 25, a quarter's progress against its
     * schedule) is the exact one, as {@code a.divide(b, MC)} gives it: the same value and scale ({@code NumTest}). The
     * JDK worked it out to 34 digits and then struck the trailing zeros one BigInteger division at a time (5 KB and
     * more a quotient); {@link #terminating} finds it in long arithmetic.
     */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal q = terminating(a, b);
        return q != null ? q : a.divide(b, MC);
    }

    /**
     * The exact a / b when both have at most 18 digits and the quotient terminates (the divisor's unscaled value,
     * once its common factor with the dividend's is taken out, has no prime factor but 2 and 5) within 34 digits:
     * then {@code a.divide(b, MC)} is that quotient at the scale closest to a.scale() − b.scale(), which is what
     * {@code a.divide(b)} gives. Else null (a.divide(b, MC) then: it rounds, or throws on 0 as it did).
     */
    static BigDecimal terminating(BigDecimal a, BigDecimal b) {
        if (a.signum() == 0 || b.signum() == 0 || a.precision() > 18 || b.precision() > 18) {
            return null;
        }
        long x = Math.abs(a.unscaledValue().longValue());
        long y = Math.abs(b.unscaledValue().longValue());
        long d = y / gcd(x, y);
        while ((d & 1) == 0) {
            d >>= 1;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        if (d != 1) {
            return null;
        }
        BigDecimal q = a.divide(b);
        return q.precision() <= MC.getPrecision() ? q : null;
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }

    /** A score as published: 2 decimals, HALF_UP. */
    static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The rounding to the cent of an exact half cent that {@link #round2} does not give (9.685 → 9.68, beside its 9.69),
     * else null (9.6851, 9.68): a table computing in binary floating point prints either (忠县科协 2024's 96.85 % × 10).
     */
    static BigDecimal otherRounding(BigDecimal exact) {
        if (exact.scale() < 3) {
            return null;
        }
        BigDecimal down = exact.setScale(2, RoundingMode.HALF_DOWN);
        return down.compareTo(round2(exact)) == 0 ? null : down;
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
