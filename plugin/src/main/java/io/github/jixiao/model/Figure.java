package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import java.math.BigDecimal;

/**
 * A number read from a submission: its value, its unit when it is money (else null), and where it is.
 */
public record Figure(BigDecimal value, String unit, Src src) {
    public boolean isMoney() {
        return unit != null;
    }

    public Money money() {
        return new Money(value, unit, src);
    }
}
