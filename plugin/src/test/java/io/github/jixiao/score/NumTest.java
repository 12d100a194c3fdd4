package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Num#divide}: a quotient that terminates is worked out in long arithmetic; it must be the very BigDecimal that
 * {@code a.divide(b, Num.MC)} gives (value and scale: {@code equals}, not {@code compareTo}), since every formula
 * prints it.
 */
class NumTest {

    private static void same(BigDecimal a, BigDecimal b) {
        BigDecimal expected = a.divide(b, Num.MC);
        BigDecimal got = Num.divide(a, b);
        assertEquals(expected, got, () -> a + " / " + b);
        assertEquals(expected.scale(), got.scale(), () -> a + " / " + b);
    }

    @Test
    void quartersAgainstTheirSchedule() {
        // the shapes a quarterly-progress criterion divides: a percent written with 0–2 decimals by 25, 50, 75, 100
        for (String cum : List.of("23.5", "25", "0.01", "100", "100.00", "48.7", "80", "12.34", "99.99", "60.0", "75")) {
            for (String sched : List.of("25", "50", "75", "100", "25.0", "30", "40", "12.5")) {
                same(new BigDecimal(cum), new BigDecimal(sched));
            }
        }
        assertNotNull(Num.terminating(new BigDecimal("23.5"), new BigDecimal("25")), "the fast path is taken");
        assertEquals(new BigDecimal("0.94"), Num.divide(new BigDecimal("23.5"), new BigDecimal("25")));
    }

    @Test
    void aQuotientThatDoesNotTerminateIsRoundedAsBefore() {
        assertNull(Num.terminating(new BigDecimal("448.01"), new BigDecimal("657.77")));
        same(new BigDecimal("448.01"), new BigDecimal("657.77"));
        same(new BigDecimal("17"), new BigDecimal("75"));
        same(BigDecimal.ONE, new BigDecimal("3"));
    }

    @Test
    void edgesKeepTheirScale() {
        same(new BigDecimal("1E+5"), new BigDecimal("0.00001"));
        same(new BigDecimal("1.0000000000"), new BigDecimal("1E-30"));
        same(new BigDecimal("123456789012345678"), new BigDecimal("0.000000000000000001"));
        same(new BigDecimal("999999999999999999"), new BigDecimal("1E+17"));
        same(new BigDecimal("1"), new BigDecimal("1024"));
        same(new BigDecimal("-7.50"), new BigDecimal("2.5"));
        same(new BigDecimal("7.50"), new BigDecimal("-0.3"));
        same(new BigDecimal("0.00"), new BigDecimal("25"));
        same(new BigDecimal("0E+3"), new BigDecimal("7"));
        // a quotient of more than 34 digits: rounded, as before
        same(new BigDecimal("1"), new BigDecimal("2").pow(60));
        same(new BigDecimal("1"), new BigDecimal("5").pow(26));
        assertThrows(ArithmeticException.class, () -> Num.divide(BigDecimal.ONE, BigDecimal.ZERO));
        assertThrows(ArithmeticException.class, () -> Num.divide(new BigDecimal("0.0"), new BigDecimal("0")));
    }

    @Test
    void randomQuotientsAreTheOnesOfTheMathContext() {
        Random r = new Random(20261203);
        int fast = 0;
        for (int k = 0; k < 200_000; k++) {
            BigDecimal a = random(r);
            BigDecimal b = random(r);
            if (b.signum() == 0) {
                continue;
            }
            if (Num.terminating(a, b) != null) {
                fast++;
            }
            same(a, b);
        }
        // the generator makes terminating quotients often (divisors of 2s and 5s), so the fast path is held too
        assertEquals(true, fast > 20_000, "terminating quotients: " + fast);
    }

    /** Unscaled values of 1 to 20 digits, often of 2s and 5s only, at scales −6 … 12, either sign. */
    private static BigDecimal random(Random r) {
        BigInteger u;
        switch (r.nextInt(4)) {
            case 0 -> u = BigInteger.valueOf(2).pow(r.nextInt(40)).multiply(BigInteger.valueOf(5).pow(r.nextInt(20)));
            case 1 -> u = BigInteger.valueOf(r.nextInt(10_000));
            case 2 -> u = BigInteger.valueOf(r.nextLong() & Long.MAX_VALUE);
            default -> u = new BigInteger(66, r);
        }
        if (r.nextBoolean()) {
            u = u.negate();
        }
        return new BigDecimal(u, r.nextInt(19) - 6);
    }
}
