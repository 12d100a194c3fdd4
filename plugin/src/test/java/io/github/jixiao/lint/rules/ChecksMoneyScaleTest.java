package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#moneyScale} and {@link Checks#moneyHalfUnit} (session 56, issue 17: the scale alone, no stripped copy; the
 * half units of the usual scales made once) against what they were, kept here: equal in value and scale for amounts of
 * every scale from -12 to 40, zeros among them, and every amount of the real tables' texts.
 */
class ChecksMoneyScaleTest {

    private static int moneyScaleOracle(BigDecimal printed) {
        return Math.max(2, Math.max(printed.scale(), printed.stripTrailingZeros().scale()));
    }

    private static BigDecimal moneyHalfUnitOracle(BigDecimal printed) {
        if (printed.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.ONE.movePointLeft(moneyScaleOracle(printed)).divide(BigDecimal.valueOf(2));
    }

    private static void same(BigDecimal v) {
        assertEquals(moneyScaleOracle(v), Checks.moneyScale(v), v::toString);
        BigDecimal was = moneyHalfUnitOracle(v);
        BigDecimal now = Checks.moneyHalfUnit(v);
        // equals: value and scale both (a report prints the tolerance as the sum's figures give it)
        assertEquals(was, now, v::toString);
    }

    @Test
    void everyScale() {
        Random r = new Random(5660);
        for (int scale = -12; scale <= 40; scale++) {
            for (long unscaled : new long[] {0, 1, -1, 10, 100, 1000, 135, 1350, -1350, 123456789, 1_000_000_000L}) {
                same(new BigDecimal(BigInteger.valueOf(unscaled), scale));
            }
            for (int k = 0; k < 200; k++) {
                same(new BigDecimal(BigInteger.valueOf(r.nextLong() % 1_000_000_000L), scale));
            }
        }
    }

    @Test
    void realAmounts() {
        for (String s : io.github.jixiao.testing.RealTableTexts.strings()) {
            try {
                same(new BigDecimal(s.strip()));
            } catch (NumberFormatException e) {
                // not an amount
            }
        }
        for (String s : new String[] {"13.5", "13.50", "100", "100.00", "0", "0.00", "1E+3", "0E+5", "2.3E-7"}) {
            same(new BigDecimal(s));
        }
    }
}
