package io.github.jixiao.score;

import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's own 评分标准 that takes a number of points off for each unit its actual falls short of (or, under a ≤ target,
 * goes over) the target: 福建 2020's "开展…抽查数量达9个得6分,少检查一个扣1分,扣完为止", "每低于一个百分点扣0.5分",
 * "每超过1个百分点扣1分". Such a row is scored by it, as the table scores it (a 8 of 9 with "少一个扣1分" keeps 5 of 6,
 * not 8/9 × 6 = 5.33), and not by 财预〔2020〕10号's ratio of actual to target.
 *
 * <p>Read only where it cannot mean anything else: one unit (一 or 1) a step, the unit the target's own (个 beside 9个,
 * 个百分点 or % beside a percentage), a ≥, ≤ or = target, and one figure taken off among the clauses that apply. A step of
 * several units ("每低于5%扣2分": each full 5 points, or in proportion?) and everything else is left to the ratio rule.
 * So is a text that names another figure in the target's unit, or a percentage beside a count ("100%计满分" beside a
 * ≥95% target, "低于80%不得分": the table counts from that figure or stops there, not from the target). A bound on what
 * is taken off ("最多扣3分", "扣分不超过3分") or kept ("最低得2分") is kept to, as the table keeps to it; two bounds that
 * disagree leave the ratio rule. So does an actual that misses by part of a unit (99.5% beside ≥100% with
 * "每低于一个百分点扣0.5分": a part step may cost nothing, as t20's table takes nothing off 99.27% under "每低于5%扣2分",
 * or its share; which one the table meant is not for us to pick).
 *
 * @param perUnit what one unit short (or over) costs, in points
 * @param clause  the clause as written ("少检查一个扣1分", with its bound: "少检查一个扣1分，最多扣3分"), for the explanation
 * @param below   whether the clause counts units short of the target (少, 低于 …) rather than over it (超过, 高于 …)
 * @param most    the most the rule takes off, in points, or null when it states no such bound
 * @param least   the least the row keeps, in points (0 unless the rule states more)
 */
public record RowStandard(BigDecimal perUnit, String clause, boolean below, BigDecimal most, BigDecimal least) {

    /** Longer texts are not read: no row's rule is this long, and the scan stays bounded. */
    private static final int MAX_TEXT = 2000;

    private static final String BELOW = "少|低于|降低|减少|下降|降|不足|缺|差";
    private static final java.util.Set<String> BELOW_WORDS = java.util.Set.of(BELOW.split("\\|"));
    private static final String ABOVE = "超过|超出|多于|多|高于|增加|上升";

    /**
     * (每) 少/超过 …(up to four characters: 检查)… 一/1 unit (，) 扣/减 n 分. Bounded repetitions, no nesting: linear in the text.
     */
    private static final String UNITS = "个百分点|百分点|%|％|个|场|次|项|人次|人|户|家|所|篇|期|份|批|件|台|套|处|座|条|名|册|本|张|辆|亩|公里|米";

    private static final Pattern CLAUSE = Pattern.compile("每?(" + BELOW + "|" + ABOVE + ")[\\u4e00-\\u9fff]{0,4}?\\s*[一1]\\s*"
            + "(" + UNITS + ")\\s*[，,]?\\s*"
            + "[扣减]\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分");

    /** "最多扣3分", "最高扣除3分", "扣分不超过3分", "扣分上限3分": the most taken off. Bounded, no nesting. */
    private static final Pattern MOST = Pattern.compile("(?:(?:最多|最高|至多)\\s*[扣减]除?|扣分\\s*(?:最多|最高|至多|不超过|不得超过|上限为?)"
            + "|[扣减]分?上限为?)\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分");

    /** "最低得2分", "最低2分": the least kept. */
    private static final Pattern LEAST = Pattern.compile("最低\\s*(?:得|计|为)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分");

    /** A figure with a unit the step list knows ("9个", "100%", "80 %"): the text's other figures. Bounded, no nesting. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])(\\d{1,12}(?:\\.\\d{1,6})?)\\s*(" + UNITS + ")");

    /**
     * The rule {@code standard} states for a row whose target is {@code target} and whose actual, in the target's unit, is
     * {@code a}, or null when it states none that can be read so, or {@code a} misses by part of a unit.
     */
    public static RowStandard read(String standard, TargetValue target, BigDecimal a) {
        BigDecimal units = a.subtract(target.low()).abs();
        if (units.signum() == 0 || units.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return read(standard, target, a.compareTo(target.low()) < 0);
    }

    /**
     * The rule {@code standard} states for a row whose target is {@code target} and whose actual lies on the side
     * {@code below} says (below the target, or above it), or null when it states none that can be read so.
     */
    public static RowStandard read(String standard, TargetValue target, boolean below) {
        if (standard == null || standard.length() > MAX_TEXT || !target.isQuantitative() || target.isDate()
                || (target.comparator() != Comparator.GE && target.comparator() != Comparator.LE
                        && target.comparator() != Comparator.EQ)
                || (target.comparator() == Comparator.GE && !below) || (target.comparator() == Comparator.LE && below)
                || standard.indexOf('扣') < 0 && standard.indexOf('减') < 0) {
            return null;
        }
        Matcher m = CLAUSE.matcher(standard);
        RowStandard found = null;
        while (m.find()) {
            if (below != BELOW_WORDS.contains(m.group(1)) || !sameUnit(m.group(2), target)) {
                continue;
            }
            BigDecimal per = new BigDecimal(m.group(3));
            if (found != null && found.perUnit.compareTo(per) != 0) {
                return null; // two figures for the same step: which one the table meant is not for us to pick
            }
            if (found == null) {
                found = new RowStandard(per, m.group().replaceAll("\\s+", ""), below, null, BigDecimal.ZERO);
            }
        }
        if (found == null || found.perUnit.signum() <= 0 || otherFigure(standard, target)) {
            return null;
        }
        String[] said = {null, null};
        BigDecimal most = bound(MOST, standard, said, 0);
        BigDecimal least = bound(LEAST, standard, said, 1);
        if (most != null && most.signum() < 0 || least != null && least.signum() < 0) {
            return null; // two bounds of one kind that disagree
        }
        String clause = found.clause + (said[0] == null ? "" : "，" + said[0]) + (said[1] == null ? "" : "，" + said[1]);
        return new RowStandard(found.perUnit, clause, below, most, least == null ? BigDecimal.ZERO : least);
    }

    /** The one bound {@code p} finds (its text into {@code said[k]}), null when none, −1 when two disagree. */
    private static BigDecimal bound(Pattern p, String standard, String[] said, int k) {
        Matcher m = p.matcher(standard);
        BigDecimal v = null;
        while (m.find()) {
            BigDecimal x = new BigDecimal(m.group(1));
            if (v != null && v.compareTo(x) != 0) {
                return BigDecimal.ONE.negate();
            }
            if (v == null) {
                v = x;
                said[k] = m.group().replaceAll("\\s+", "");
            }
        }
        return v;
    }

    /**
     * Whether {@code standard} names, outside its deduction clauses, a figure in the target's unit other than the target's
     * own ("100%计满分" beside ≥95%, "低于80%不得分" beside ≥90%), a count of 百分点, or a percentage beside a count target:
     * the table then counts from that figure or stops at it, and the target's figure is not the rule's.
     */
    private static boolean otherFigure(String standard, TargetValue target) {
        boolean[] inClause = new boolean[standard.length()];
        Matcher c = CLAUSE.matcher(standard);
        while (c.find()) {
            java.util.Arrays.fill(inClause, c.start(), c.end(), true);
        }
        Matcher f = FIGURE.matcher(standard);
        while (f.find()) {
            if (inClause[f.start()]) {
                continue;
            }
            String unit = f.group(2);
            boolean percent = unit.equals("%") || unit.equals("％");
            if (unit.endsWith("百分点") || percent && !target.isPercent()) {
                return true;
            }
            if (sameUnit(unit, target) && new BigDecimal(f.group(1)).compareTo(target.low()) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameUnit(String step, TargetValue target) {
        if (step.endsWith("百分点") || step.equals("%") || step.equals("％")) {
            return target.isPercent();
        }
        return !target.isPercent() && !target.unit().isEmpty() && target.unit().equals(step);
    }

    /**
     * What {@code points} keep when the actual {@code a} (in the target's unit) misses {@code target}: points − perUnit ×
     * the units missed (no more than the rule's most), never below the rule's least nor 0, nor above the points; the
     * formula in figures and symbols ("6 − 1 × (9 − 8) = 5", "6 − min(3, 1 × (9 − 2)) = 3").
     */
    public Kept kept(TargetValue target, BigDecimal a, BigDecimal points) {
        BigDecimal t = target.low();
        BigDecimal units = below ? t.subtract(a) : a.subtract(t);
        BigDecimal off = perUnit.multiply(units);
        String offSaid = Num.plain(perUnit) + " × ("
                + (below ? Num.plain(t) + " − " + Num.plain(a) : Num.plain(a) + " − " + Num.plain(t)) + ")";
        if (most != null) {
            off = off.min(most);
            offSaid = "min(" + Num.plain(most) + ", " + offSaid + ")";
        }
        BigDecimal raw = points.subtract(off);
        String calc = Num.plain(points) + " − " + offSaid;
        BigDecimal lo = least.min(points);
        BigDecimal s = raw.max(lo).max(BigDecimal.ZERO);
        return new Kept(s, (raw.compareTo(lo) < 0 ? "max(" + Num.plain(lo) + ", " + calc + ")" : calc) + " = " + Num.result(s));
    }

    /** The points a row keeps by its own rule, and how. */
    public record Kept(BigDecimal score, String formula) {
    }
}
