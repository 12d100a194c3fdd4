package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The funds block of a self-evaluation table (项目资金 / 预算执行情况): the total row (年度资金总额) and its
 * components by source (其中：当年财政拨款、上年结转资金、其他资金 …), each with the columns the form prints.
 * Blank cells are null.
 *
 * @param unit        the unit every amount of the block is printed in (元 or 万元)
 * @param toDateMonth the month the 执行数 to date runs to, on a mid-year monitoring table ("1-6月执行数": 6), or null
 */
public record Funds(String unit, Row total, List<Row> components, String adjustmentReason, String executionExplanation,
                    Integer toDateMonth, Src src) {

    public Funds {
        components = List.copyOf(components);
    }

    /** A block of a table without the monitoring columns. */
    public Funds(String unit, Row total, List<Row> components, String adjustmentReason, String executionExplanation, Src src) {
        this(unit, total, components, adjustmentReason, executionExplanation, null, src);
    }

    /** The columns of a funds row. */
    public enum Column {
        INITIAL("initial", "年初预算数", "the initial budget"), FULL_YEAR("fullYear", "全年预算数", "the full-year budget"),
        EXECUTED("executed", "全年执行数", "the execution"),
        /** 运行监控表: executed so far ("1-6月执行数"). */
        EXECUTED_TO_DATE("executedToDate", "截至监控时点执行数", "the execution to date"),
        /** 运行监控表: the year's forecast (全年预计执行数). */
        FORECAST("forecast", "全年预计执行数", "the forecast for the year");

        public final String field;
        public final String label;
        /**
         * The column in an English message, after a verb ("states the execution as …"); the messages take it as
         * an argument, so it is part of their findings' fingerprints.
         */
        public final String labelEn;

        Column(String field, String label, String labelEn) {
            this.field = field;
            this.label = label;
            this.labelEn = labelEn;
        }

        public static Column of(String field) {
            for (Column c : values()) {
                if (c.field.equals(field)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * One row as printed.
     *
     * @param pointer where the row is in budget.json ("/funds/total", "/funds/components/0")
     * @param reviewedScore 复核分 (the finance bureau's or a third-party reviewer's score) printed beside 得分, or null
     */
    public record Row(String label, Money initial, Money fullYear, Money executed, Money executedToDate, Money forecast,
                      BigDecimal executionRatePercent, BigDecimal points, BigDecimal score, String pointer, Src src,
                      BigDecimal reviewedScore) {

        /** A row without a 复核分. */
        public Row(String label, Money initial, Money fullYear, Money executed, Money executedToDate, Money forecast,
                   BigDecimal executionRatePercent, BigDecimal points, BigDecimal score, String pointer, Src src) {
            this(label, initial, fullYear, executed, executedToDate, forecast, executionRatePercent, points, score, pointer,
                    src, null);
        }

        /** A row of a table without the monitoring columns. */
        public Row(String label, Money initial, Money fullYear, Money executed, BigDecimal executionRatePercent,
                   BigDecimal points, BigDecimal score, String pointer, Src src) {
            this(label, initial, fullYear, executed, null, null, executionRatePercent, points, score, pointer, src);
        }

        public Money get(Column c) {
            return switch (c) {
                case INITIAL -> initial;
                case FULL_YEAR -> fullYear;
                case EXECUTED -> executed;
                case EXECUTED_TO_DATE -> executedToDate;
                case FORECAST -> forecast;
            };
        }

        /** No amount in any column. */
        public boolean blank() {
            return initial == null && fullYear == null && executed == null && executedToDate == null && forecast == null;
        }
    }

    /** Every row of the block: the total row (when there is one) first, then the components in order. */
    public List<Row> rows() {
        List<Row> all = new ArrayList<>(components.size() + 1);
        if (total != null) {
            all.add(total);
        }
        all.addAll(components);
        return all;
    }

    /**
     * The row that carries what the table prints for the total's amounts: the total row where {@code has} holds for it,
     * else the first component with the total's full-year and executed amounts for which it holds (忠县科协 2024 prints its
     * 执行率, 执行率权重 and 执行率得分 on "其中:财政拨款", its one source, and leaves them blank on 年度总金额); null when
     * neither does, or when there is no total row.
     */
    public Row totalOrTwin(Predicate<Row> has) {
        if (total == null) {
            return null;
        }
        if (has.test(total)) {
            return total;
        }
        for (Row r : components) {
            if (has.test(r) && same(r.fullYear(), total.fullYear()) && same(r.executed(), total.executed())) {
                return r;
            }
        }
        return null;
    }

    private static boolean same(Money a, Money b) {
        return a != null && b != null && a.value().compareTo(b.value()) == 0;
    }

    /** The sum of the components' {@code c}, or null when no component has it. */
    public BigDecimal componentSum(Column c) {
        BigDecimal sum = null;
        for (Row r : components) {
            Money m = r.get(c);
            if (m != null) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(m.value());
            }
        }
        return sum;
    }

    /** The components that carry {@code c}. */
    public List<Row> componentsWith(Column c) {
        List<Row> out = new ArrayList<>();
        for (Row r : components) {
            if (r.get(c) != null) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * True when the total row is left at 0 (or blank) in {@code c} while its components carry money: the figure
     * that exists is the components' sum.
     */
    public boolean totalEmptyWhilePartsCarry(Column c) {
        Money t = total == null ? null : total.get(c);
        BigDecimal parts = componentSum(c);
        return (t == null || t.value().signum() == 0) && parts != null && parts.signum() > 0;
    }
}
