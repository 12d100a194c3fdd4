package io.github.jixiao.lint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules by id and by alias: wherever a rule id is matched (configuration, suppressions, baselines) a rule's
 * former ids ({@link RuleInfo#aliases()}) name it too, and an id no rule has gets the nearest known one as a
 * suggestion. {@link RuleRegistry#index()} is the index of every rule.
 */
public final class RuleIndex {
    private final Map<String, RuleDescriptor> byId;

    private RuleIndex(Map<String, RuleDescriptor> byId) {
        this.byId = byId;
    }

    /** The index of {@code rules}: ids first, then aliases (an alias never hides an id). */
    public static RuleIndex of(List<RuleDescriptor> rules) {
        Map<String, RuleDescriptor> m = new LinkedHashMap<>();
        for (RuleDescriptor d : rules) {
            m.put(d.id(), d);
        }
        for (RuleDescriptor d : rules) {
            for (String a : d.aliases()) {
                m.putIfAbsent(a, d);
            }
        }
        return new RuleIndex(Collections.unmodifiableMap(m));
    }

    /** The rule of {@code id}, an id or an alias. */
    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The current id of {@code id} (itself, or the rule an alias names); empty when no rule has it. */
    public Optional<String> canonical(String id) {
        return descriptor(id).map(RuleDescriptor::id);
    }

    /** The known id (or alias) nearest to {@code unknown} by edit distance, for "did you mean …?". */
    public Optional<String> nearest(String unknown) {
        String u = unknown == null ? "" : unknown.strip();
        // a misspelling, not any id at all: "no-such-rule" is not "schema" mistyped (a third of the longer id, at least 2)
        return Optional.ofNullable(io.github.jixiao.text.Strings.nearest(u, byId.keySet(),
                near -> Math.max(2, Math.max(u.length(), near.length()) / 3)));
    }
}
