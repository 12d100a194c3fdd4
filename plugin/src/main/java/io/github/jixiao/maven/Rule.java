package io.github.jixiao.maven;

import java.util.Map;

/**
 * One {@code <rule>} of the {@code <rules>} parameter (Maven fills the fields from the pom by name):
 * {@code <id>}, optional {@code <severity>} ({@code off}, {@code info}, {@code warning}, {@code error}) and
 * optional {@code <thresholds>}, one element per threshold, e.g. {@code <thresholds><share>40</share></thresholds>}.
 */
public class Rule {
    /** The rule id or one of its aliases. */
    String id;

    /** {@code off}, {@code info}, {@code warning} or {@code error}; the rule's own when absent. */
    String severity;

    /** Threshold name → value (a decimal number), for the thresholds the rule declares. */
    Map<String, String> thresholds;

    public Rule() {
    }

    Rule(String id, String severity, Map<String, String> thresholds) {
        this.id = id;
        this.severity = severity;
        this.thresholds = thresholds;
    }

    @Override
    public String toString() {
        return id + (severity == null ? "" : ":" + severity) + (thresholds == null ? "" : thresholds.toString());
    }
}
