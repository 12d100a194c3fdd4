package io.github.jixiao.finding;

import java.util.Comparator;
import java.util.List;

/** Ordering and counting helpers for findings. */
public final class Findings {
    private Findings() {
    }

    /** The one order used in every report: file, line, column, rule, pointer, key, arguments. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::key)
            .thenComparing(f -> String.join("\u0000", f.args()));

    public static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    public static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
