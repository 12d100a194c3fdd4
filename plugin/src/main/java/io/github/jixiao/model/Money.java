package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount with the unit it was written in (元 or 万元) and where it was written. */
public record Money(BigDecimal value, String unit, Src src) {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public static final String YUAN = "元";
    public static final String WAN = "万元";

    /** The amount in 元, exact. */
    public BigDecimal yuan() {
        return WAN.equals(unit) ? value.multiply(TEN_THOUSAND) : value;
    }

    /** The amount in 万元, exact (元 / 10000 never needs rounding beyond 4 more decimals). */
    public BigDecimal wan() {
        return WAN.equals(unit) ? value : value.divide(TEN_THOUSAND, value.scale() + 4, RoundingMode.UNNECESSARY);
    }

    /** The amount in {@code targetUnit}. */
    public BigDecimal in(String targetUnit) {
        return WAN.equals(targetUnit) ? wan() : yuan();
    }

    public String display() {
        return value.toPlainString() + " " + unit;
    }
}
