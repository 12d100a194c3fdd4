package io.github.jixiao.lint.rules;

import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.Taxonomy;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The category labels of a run's indicators, each compared with the framework's taxonomy once: 600 rows carry a dozen
 * distinct labels, and a comparison normalises the label and every name and alias it is compared with. One instance per
 * run ({@link RuleContext#shared}), for the framework of the run; answers are those of {@link Framework#category},
 * {@link Framework.Category#matches}, {@link Framework.SubCategory#matches} and {@link Taxonomy#normalise}.
 */
final class Labels {
    private static final Object KEY = new Object();

    private final Framework framework;
    private final Map<String, Optional<Framework.Category>> categories = new HashMap<>();
    /** Per category or sub-category (by identity): label → whether it names it. */
    private final Map<Object, Map<String, Boolean>> matches = new IdentityHashMap<>();
    private final Map<String, String> normalised = new HashMap<>();

    private Labels(Framework framework) {
        this.framework = framework;
    }

    /** The run's labels, for the framework of {@code ctx}. */
    static Labels of(RuleContext ctx) {
        Framework f = ctx.framework().orElse(null);
        Labels l = ctx.shared(KEY, () -> new Labels(f));
        return l.framework == f ? l : new Labels(f); // a context of another framework (never in one run)
    }

    /** {@link Framework#category}{@code (label)} of the run's framework. */
    Optional<Framework.Category> category(String label) {
        Optional<Framework.Category> c = categories.get(label);
        if (c == null) {
            c = framework.category(label);
            categories.put(label, c);
        }
        return c;
    }

    /** {@code c.matches(label)}. */
    boolean matches(Framework.Category c, String label) {
        return remembered(c, label, c::matches);
    }

    /** {@code s.matches(label)}. */
    boolean matches(Framework.SubCategory s, String label) {
        return remembered(s, label, s::matches);
    }

    /** {@code test(label)} for the category or sub-category {@code owner}, worked out once per label. */
    private boolean remembered(Object owner, String label, java.util.function.Predicate<String> test) {
        Map<String, Boolean> m = matches.computeIfAbsent(owner, k -> new HashMap<>());
        Boolean b = m.get(label);
        if (b == null) {
            b = test.test(label);
            m.put(label, b);
        }
        return b;
    }

    /** Whether one of the 二级 categories of {@code c} is named by {@code label}. */
    boolean anyLevel2(Framework.Category c, String label) {
        for (Framework.SubCategory s : c.level2()) {
            if (matches(s, label)) {
                return true;
            }
        }
        return false;
    }

    /** {@link Taxonomy#normalise}{@code (label)}. */
    String normalise(String label) {
        if (label == null) {
            return "";
        }
        String n = normalised.get(label);
        if (n == null) {
            n = Taxonomy.normalise(label);
            normalised.put(label, n);
        }
        return n;
    }
}
