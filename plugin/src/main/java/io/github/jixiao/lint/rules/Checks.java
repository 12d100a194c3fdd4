package io.github.jixiao.lint.rules;

import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** What several rules share: which indicators apply, how they fare, and how to name things in messages. */
final class Checks {
    private Checks() {
    }

    static final String SATISFACTION = "满意度指标";
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Added to every rounding tolerance so that a difference of exactly half a unit passes. */
    static final BigDecimal EPSILON = new BigDecimal("0.000000001");

    static boolean isSatisfaction(Indicator i) {
        return SATISFACTION.equals(i.level1());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether the actual meets the target in force; INCOMPARABLE when either cannot be read as a number. */
    static Outcome outcome(Indicator i) {
        if (blank(i.effectiveTarget()) || blank(i.actual())) {
            return Outcome.INCOMPARABLE;
        }
        return TargetParser.compare(i.targetValue(), i.actualValue());
    }

    /** The indicator's name, shortened for a message. */
    static String name(Indicator i) {
        return SubmissionLoader.excerpt(i.label(), 40);
    }

    /**
     * The target in force for a message: as written, or, where the row's 指标性质 or 度量单位 column completes it
     * ("30" under "≤" and "万元"), in its canonical form ("≤ 30 万元").
     */
    static String target(Indicator i) {
        TargetValue t = i.targetValue();
        boolean completed = i.columns().comparator() != null || i.columns().unit() != null;
        return quote(completed && t.isQuantitative() ? t.format() : t.text());
    }

    /** A value as written, shortened for a message. */
    static String quote(String s) {
        return SubmissionLoader.excerpt(s == null ? "" : s.strip(), 40);
    }

    /** Names of several indicators, quoted: the first three, then "…". */
    static String names(List<Indicator> list) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(3, list.size());
        for (int k = 0; k < shown; k++) {
            if (k > 0) {
                sb.append('、');
            }
            sb.append('“').append(name(list.get(k))).append('”');
        }
        if (list.size() > shown) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** The task an adjustment or indicator names: by 名称·分项 first, then by name. */
    static Optional<Task> task(Submission s, String name) {
        if (blank(name)) {
            return Optional.empty();
        }
        String n = name.strip();
        Optional<Task> byLabel = s.tasks().stream().filter(t -> n.equals(t.label())).findFirst();
        return byLabel.isPresent() ? byLabel : s.tasks().stream().filter(t -> n.equals(t.name())).findFirst();
    }

    /** Percent with two decimals, HALF_UP (for messages). */
    static String pct(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** An amount for a message: "448.01 万元". */
    static String money(Money m) {
        return m.value().stripTrailingZeros().toPlainString() + " " + m.unit();
    }

    /** Plain number for a message, without trailing zeros. */
    static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * Half a unit of the last decimal of an amount of money, assuming money is printed to at least two
     * decimals (JSON drops trailing zeros: 13.50 arrives as 13.5). Zero is exact.
     */
    static BigDecimal moneyHalfUnit(BigDecimal printed) {
        if (printed.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int scale = Math.max(2, Math.max(printed.scale(), printed.stripTrailingZeros().scale()));
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    }

    /** Half a unit of the last decimal as written (0.005 for 68.11, 0.5 for 100). */
    static BigDecimal printedHalfUnit(BigDecimal printed) {
        int scale = Math.max(0, printed.scale());
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    }
}
