package io.github.jixiao.lint;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-rule configuration, as every linter has it (Checkstyle's per-module severity, Error Prone's
 * {@code -Xep:Name:OFF}): for a rule id (or one of its aliases), a severity ({@code off}, {@code info},
 * {@code warning}, {@code error}) and values for the thresholds its {@link RuleInfo} declares. Built once per run,
 * read-only afterwards, so one instance may serve threads at once.
 */
public final class RuleConfig {

    /** One entry as written by the user. {@code severity} and {@code thresholds} may be null. */
    public record Entry(String id, String severity, Map<String, String> thresholds) {
    }

    /** A configuration that cannot be applied: a label key (in the report bundle) and its arguments. */
    public static final class Invalid extends IllegalArgumentException {
        private final String key;
        private final List<String> args;

        Invalid(String key, String... args) {
            super(key + " " + String.join(", ", args));
            this.key = key;
            this.args = List.of(args);
        }

        public String key() {
            return key;
        }

        public List<String> args() {
            return args;
        }
    }

    /** A rule's effective setting: null severity = the rule's own; {@code off} = not run, nothing reported. */
    private record Setting(RuleDescriptor rule, boolean off, Severity severity, Map<String, BigDecimal> thresholds) {
    }

    private static final RuleConfig NONE = new RuleConfig(Map.of());

    /** Current rule id → setting, in catalogue order. */
    private final Map<String, Setting> settings;

    private RuleConfig(Map<String, Setting> settings) {
        this.settings = settings;
    }

    /** Every rule as its metadata says. */
    public static RuleConfig none() {
        return NONE;
    }

    /**
     * Checks and builds a configuration.
     *
     * @throws Invalid naming an unknown rule id (with the nearest known one), a rule configured twice, an unknown
     *                 severity, an unknown threshold (with the rule's thresholds) or a value that is not a number ≥ 0
     */
    public static RuleConfig of(List<Entry> entries) {
        return of(entries, RuleRegistry.index());
    }

    /** As above, with the rules of {@code index}. */
    public static RuleConfig of(List<Entry> entries, RuleIndex index) {
        if (entries == null || entries.isEmpty()) {
            return NONE;
        }
        Map<String, Setting> byId = new LinkedHashMap<>();
        for (Entry e : entries) {
            String id = e.id() == null ? "" : e.id().strip();
            RuleDescriptor d = index.descriptor(id)
                    .orElseThrow(() -> index.nearest(id).map(n -> new Invalid("config.unknownRule", id, n))
                            .orElseGet(() -> new Invalid("config.unknownRuleFar", id)));
            if (byId.containsKey(d.id())) {
                throw new Invalid("config.twice", id, d.id());
            }
            boolean off = false;
            Severity sev = null;
            if (e.severity() != null && !e.severity().isBlank()) {
                off = "off".equals(e.severity().strip().toLowerCase(Locale.ROOT));
                sev = off ? null : Severity.parse(e.severity());
                if (!off && sev == null) {
                    throw new Invalid("config.severity", d.id(), e.severity().strip());
                }
            }
            Map<String, BigDecimal> th = new TreeMap<>();
            if (e.thresholds() != null) {
                for (Map.Entry<String, String> t : e.thresholds().entrySet()) {
                    String name = t.getKey() == null ? "" : t.getKey().strip();
                    if (d.threshold(name).isEmpty()) {
                        String known = d.thresholds().isEmpty() ? "—"
                                : String.join(", ", d.thresholds().stream().map(RuleDescriptor.Threshold::name).toList());
                        throw new Invalid("config.unknownThreshold", d.id(), name, known);
                    }
                    BigDecimal v;
                    try {
                        v = new BigDecimal(t.getValue() == null ? "" : t.getValue().strip());
                    } catch (NumberFormatException ex) {
                        v = null;
                    }
                    // at most 10^9 and six decimals (a share, a count, an amount in 万元): "1E-99999999" made every
                    // finding that quotes the threshold 100 MB long (review S)
                    if (v != null && v.precision() <= 30) {
                        v = v.stripTrailingZeros();
                    }
                    if (v == null || v.signum() < 0 || v.precision() > 30 || v.scale() > 6
                            || v.abs().compareTo(BigDecimal.TEN.pow(9)) > 0) {
                        throw new Invalid("config.thresholdValue", d.id(), name, String.valueOf(t.getValue()));
                    }
                    th.put(name, v);
                }
            }
            byId.put(d.id(), new Setting(d, off, sev, Collections.unmodifiableMap(th)));
        }
        Map<String, Setting> ordered = new LinkedHashMap<>();
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            Setting s = byId.remove(d.id());
            if (s != null) {
                ordered.put(d.id(), s);
            }
        }
        ordered.putAll(byId); // rules of another index (tests), in the order written
        return new RuleConfig(Collections.unmodifiableMap(ordered));
    }

    public boolean isEmpty() {
        return settings.isEmpty();
    }

    /** True when rule {@code id} (current id) is turned off. */
    public boolean isOff(String id) {
        Setting s = settings.get(id);
        return s != null && s.off();
    }

    /** The value of threshold {@code name} of {@code rule}: configured, or declared. */
    public BigDecimal threshold(RuleDescriptor rule, String name) {
        Setting s = settings.get(rule.id());
        if (s != null && s.thresholds().containsKey(name)) {
            return s.thresholds().get(name);
        }
        return rule.threshold(name)
                .orElseThrow(() -> new IllegalStateException(rule.id() + " reads threshold '" + name + "' its @RuleInfo does not declare"))
                .value();
    }

    /** The findings of rules turned off left out, and configured severities applied. */
    public List<Finding> apply(List<Finding> findings) {
        if (settings.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Setting s = settings.get(f.ruleId());
            if (s == null) {
                out.add(f);
            } else if (!s.off()) {
                out.add(s.severity() == null || s.severity() == f.severity() ? f : f.withSeverity(s.severity()));
            }
        }
        return out;
    }

    /**
     * The effective configuration of the rules configured, for the reports: per rule (catalogue order) its id,
     * severity ({@code off} or the one in force) and every threshold it declares with the value in force.
     */
    public List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Setting s : settings.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", s.rule().id());
            m.put("severity", s.off() ? "off" : (s.severity() == null ? s.rule().severity() : s.severity()).id());
            if (!s.rule().thresholds().isEmpty()) {
                Map<String, Object> th = new LinkedHashMap<>();
                for (RuleDescriptor.Threshold t : s.rule().thresholds()) {
                    th.put(t.name(), threshold(s.rule(), t.name()).toPlainString());
                }
                m.put("thresholds", th);
            }
            out.add(m);
        }
        return out;
    }
}
