package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import java.math.BigDecimal;

/** Cumulative execution at the end of a quarter, in percent as printed. */
public record Quarter(int quarter, BigDecimal cumulativePercent, String explanation, Src src) {
}
