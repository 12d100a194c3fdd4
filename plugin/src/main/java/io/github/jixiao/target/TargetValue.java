package io.github.jixiao.target;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target or an actual as written, parsed once: either quantitative (comparator, number or range, unit)
 * or qualitative (the words, and whether they define grades), or empty.
 *
 * @param kind               what was written
 * @param comparator         for quantitative values; {@link Comparator#EQ} when none was written
 * @param explicitComparator false when a bare number was written ("10 家" means = 10 家)
 * @param low                the number (or the lower end of a range)
 * @param high               the upper end of a range, else equal to {@code low}
 * @param unit               normalised unit ("%", "个", "万元", …), "" when none
 * @param text               the text as written (trimmed)
 * @param graded             for qualitative values: the text defines grades (e.g. 优/良/中/差)
 * @param vague              for qualitative values: a vague adjective such as 明显, 显著, 有效提升
 */
public record TargetValue(
        Kind kind,
        Comparator comparator,
        boolean explicitComparator,
        BigDecimal low,
        BigDecimal high,
        String unit,
        String text,
        boolean graded,
        boolean vague) {

    public enum Kind { EMPTY, QUANTITATIVE, QUALITATIVE }

    public TargetValue {
        Objects.requireNonNull(kind);
        unit = unit == null ? "" : unit;
        text = text == null ? "" : text;
    }

    public boolean isQuantitative() {
        return kind == Kind.QUANTITATIVE;
    }

    public boolean isQualitative() {
        return kind == Kind.QUALITATIVE;
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** A closed interval such as "90%—100%". */
    public boolean isRange() {
        return kind == Kind.QUANTITATIVE && comparator == Comparator.RANGE;
    }

    /** An amount of money (元, 万元, 亿元). */
    public boolean isMoney() {
        return kind == Kind.QUANTITATIVE && TargetParser.isMoneyUnit(unit);
    }

    /**
     * The money unit of an amount: 元, 万元 or 亿元 as written, and 万元 or 亿元 for a number written "150万" or "1.2亿"
     * (元 left off, as tables whose funds block is headed (万元) write a cost: 鄂州 2021, 市民中心运行维护费 150万);
     * null when this is not a single amount or range of money. The unit itself stays as written ({@link #unit()}).
     */
    public String amountUnit() {
        if (kind != Kind.QUANTITATIVE) {
            return null;
        }
        if (TargetParser.isMoneyUnit(unit)) {
            return unit;
        }
        return "万".equals(unit) ? "万元" : "亿".equals(unit) ? "亿元" : null;
    }

    /** An amount of money, written with its 元 ({@link #isMoney()}) or without it ("150万"): {@link #amountUnit()}. */
    public boolean isAmount() {
        return amountUnit() != null;
    }

    /** An amount of money per unit: "500元/人", "3万元/场", "1600元/亩" (a cost standard; not an {@link #isAmount()}). */
    public boolean isMoneyPerUnit() {
        return kind == Kind.QUANTITATIVE && (unit.startsWith("元/") || unit.startsWith("万元/") || unit.startsWith("亿元/"));
    }

    /**
     * This value with {@code c} as its comparator: the 指标性质 column of a form ({@code explicit}), or the direction
     * a bare target is read in ({@link Direction}, not explicit). Only a single quantity changes; a range stays one.
     */
    public TargetValue withComparator(Comparator c, boolean explicit) {
        if (kind != Kind.QUANTITATIVE || c == null || comparator == Comparator.RANGE || c == Comparator.RANGE) {
            return this;
        }
        return new TargetValue(kind, c, explicit, low, high, unit, text, graded, vague);
    }

    /** This value in {@code defaultUnit} when it has none of its own (a number under a 度量单位 column). */
    public TargetValue withDefaultUnit(String defaultUnit) {
        if (kind != Kind.QUANTITATIVE || !unit.isEmpty() || defaultUnit == null || defaultUnit.isEmpty()) {
            return this; // decided without reading the unit column (parsing it cost more than the rest of binding)
        }
        String u = TargetParser.unitOf(defaultUnit);
        if (u.isEmpty() || u.equals(TargetParser.DATE_UNIT)) {
            // a day is one by its text (2022年6月30日前): a 度量单位 "日期" makes no number one ("45291" was 0004-52-91)
            return this;
        }
        return new TargetValue(kind, comparator, explicitComparator, low, high, u, text, graded, vague);
    }

    /** A day ({@link TargetParser#date}): "2022年6月30日前", its number yyyymmdd. */
    public boolean isDate() {
        return kind == Kind.QUANTITATIVE && TargetParser.DATE_UNIT.equals(unit);
    }

    /** A date value (yyyymmdd, as {@link #low()} holds a date target's day) written as ISO: 20220630 → "2022-06-30". */
    public static String isoDate(long yyyymmdd) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    /** The canonical written form, e.g. "≥ 60 个", "90%—100%", "= 100%", "≤ 2022-06-30". */
    public String format() {
        if (kind != Kind.QUANTITATIVE) {
            return text;
        }
        if (isDate()) {
            // ISO, read alike in both languages (the English reports hold no Chinese of the engine's own)
            return (explicitComparator ? comparator.symbol() + " " : "") + isoDate(low.longValue());
        }
        String u = unit.isEmpty() ? "" : (isPercent() ? "%" : " " + unit);
        if (comparator == Comparator.RANGE) {
            return low.toPlainString() + u + "—" + high.toPlainString() + u;
        }
        String c = explicitComparator ? comparator.symbol() + " " : "";
        return c + low.toPlainString() + u;
    }

    /**
     * {@link #format()} with the comparator the value is read with even where none was written: a bare "100%" of a
     * 控制率 that the row's direction reads as ≤ 100% is "≤ 100%", so a score's explanation ("92% 达到 ≤ 100%") says the
     * reading it rests on (the row's indicator-target-no-comparator note says why).
     */
    public String formatAsRead() {
        if (kind != Kind.QUANTITATIVE || explicitComparator || comparator == Comparator.RANGE) {
            return format();
        }
        return comparator.symbol() + " " + format();
    }
}
