package io.github.jixiao.lint.rules;

import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.FrameworkLoader;
import io.github.jixiao.score.Taxonomy;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The category labels of a run's indicators, each compared with the framework's taxonomy once: 600 rows carry a dozen
 * distinct labels, and a comparison normalises the label and every name and alias it is compared with. One instance per
 * run ({@link RuleContext#shared}) for the framework of the run; for a framework packaged in the plugin, which every run
 * on it gets as one instance ({@link FrameworkLoader#isPackaged}), one instance for all its runs (session 57, issue 17:
 * every department compared the same dozen labels again). Answers are kept up to {@link #KEPT} of a kind (the size
 * test and the put are two steps: runs racing on several threads may each add one past it), of labels up to
 * {@link #LONGEST} characters, the others worked out each time (labels come from the submissions). They are those of
 * {@link Framework#category}, {@link Framework.Category#matches}, {@link Framework.SubCategory#matches} and
 * {@link Taxonomy#normalise}; safe for runs on several threads.
 */
final class Labels {
    private static final Object KEY = new Object();

    /**
     * The most answers kept of one kind (per category or sub-category for the matches), and the longest label kept: the
     * rest are worked out each time. A department carries a dozen labels, a framework's names a few characters; the
     * memory a framework's instance holds is bounded whatever the submissions hold.
     */
    static final int KEPT = 512;
    static final int LONGEST = 64;

    /** The instance of each packaged framework, by its id (the packaged frameworks are a handful, read once). */
    private static final Map<String, Labels> PACKAGED = new ConcurrentHashMap<>();

    private final Framework framework;
    private final Map<String, Optional<Framework.Category>> categories = new ConcurrentHashMap<>();
    /**
     * Per category and sub-category of the framework's taxonomy (by identity; made here, only read after): label → whether
     * it names it. Another owner's answers are worked out each time.
     */
    private final Map<Object, Map<String, Boolean>> matches = new IdentityHashMap<>();
    private final Map<String, String> normalised = new ConcurrentHashMap<>();

    /** A run's own instance for {@code framework} (the tests: a packaged framework's without the one its runs share). */
    Labels(Framework framework) {
        this.framework = framework;
        if (framework != null) {
            for (Framework.Category c : framework.taxonomy()) {
                matches.put(c, new ConcurrentHashMap<>());
                for (Framework.SubCategory x : c.level2()) {
                    matches.put(x, new ConcurrentHashMap<>());
                }
            }
        }
    }

    /** The run's labels, for the framework of {@code ctx}. */
    static Labels of(RuleContext ctx) {
        Framework f = ctx.framework().orElse(null);
        if (FrameworkLoader.isPackaged(f)) {
            Labels p = PACKAGED.get(f.id());
            return p != null && p.framework == f ? p : PACKAGED.compute(f.id(), (id, was) -> was != null && was.framework == f ? was : new Labels(f));
        }
        Labels l = ctx.shared(KEY, () -> new Labels(f));
        return l.framework == f ? l : new Labels(f); // a context of another framework (never in one run)
    }

    /** {@link Framework#category}{@code (label)} of the run's framework. */
    Optional<Framework.Category> category(String label) {
        if (label == null) {
            return framework.category(null);
        }
        Optional<Framework.Category> c = categories.get(label);
        if (c == null) {
            c = framework.category(label);
            if (kept(categories, label)) {
                categories.put(label, c);
            }
        }
        return c;
    }

    /** {@code c.matches(label)}. */
    boolean matches(Framework.Category c, String label) {
        return remembered(c, label, c::matches);
    }

    /**
     * {@code s.matches(label)}, or {@code label} is {@code s} with the name of the 一级 it is under run in front of it: 吕梁
     * 2021 (t58) prints its 产出指标's 二级 as 产出数量 / 产出质量 / 产出时效 / 产出成本, the 数量指标 … of the taxonomy
     * ({@link Framework#split}, which reads 河北's 产出数量指标 cell so). Only under that 一级: 产出数量 names no 二级 of 效益指标.
     */
    boolean matches(Framework.SubCategory s, String label) {
        return remembered(s, label, l -> s.matches(l) || runTogether(s, l));
    }

    /** Whether {@code label} splits into the name of the 一级 {@code s} is under and a label {@code s} matches. */
    private boolean runTogether(Framework.SubCategory s, String label) {
        if (framework == null) {
            return false;
        }
        Optional<String[]> split = framework.split(label);
        if (split.isEmpty() || !s.matches(split.get()[1])) {
            return false;
        }
        for (Framework.Category c : framework.taxonomy()) {
            for (Framework.SubCategory x : c.level2()) {
                if (x == s) {
                    return c.level1().equals(split.get()[0]);
                }
            }
        }
        return false;
    }

    /** {@code test(label)} for the category or sub-category {@code owner}, worked out once per label. */
    private boolean remembered(Object owner, String label, java.util.function.Predicate<String> test) {
        Map<String, Boolean> m = label == null ? null : matches.get(owner);
        if (m == null) {
            return test.test(label);
        }
        Boolean b = m.get(label);
        if (b == null) {
            b = test.test(label);
            if (kept(m, label)) {
                m.put(label, b);
            }
        }
        return b;
    }

    /** The most answers one map of this instance keeps (the tests: at most {@link #KEPT}, plus one per racing thread). */
    int kept() {
        int most = Math.max(categories.size(), normalised.size());
        for (Map<String, Boolean> m : matches.values()) {
            most = Math.max(most, m.size());
        }
        return most;
    }

    /** Whether {@code label}'s answer is kept in {@code m} ({@link #KEPT}, {@link #LONGEST}). */
    private static boolean kept(Map<String, ?> m, String label) {
        return label.length() <= LONGEST && m.size() < KEPT;
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
            if (kept(normalised, label)) {
                normalised.put(label, n);
            }
        }
        return n;
    }
}
