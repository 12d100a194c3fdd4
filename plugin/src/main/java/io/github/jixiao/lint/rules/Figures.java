package io.github.jixiao.lint.rules;

import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The submission's figures by reference ("budget#/fullYearBudget"), each read once per run: a dozen rules read the
 * same budget totals and rates, and a read compiles the pointer, walks to the node and locates it. One instance per
 * run ({@link RuleContext#shared}); answers are those of {@link Submission#figure} and {@link Submission#money}.
 */
final class Figures {
    private static final Object KEY = new Object();

    private final Submission submission;
    private final Map<String, Optional<Figure>> read = new HashMap<>();

    private Figures(Submission submission) {
        this.submission = submission;
    }

    /** The figures of {@code s} for the run of {@code ctx}. */
    static Figures of(Submission s, RuleContext ctx) {
        Figures f = ctx.shared(KEY, () -> new Figures(s));
        return f.submission == s ? f : new Figures(s); // a context shared with another submission (never in one run)
    }

    Submission submission() {
        return submission;
    }

    /** {@link Submission#figure}{@code (ref)}. */
    Optional<Figure> figure(String ref) {
        Optional<Figure> f = read.get(ref);
        if (f == null) {
            f = submission.figure(Submission.ref(ref)); // split once per JVM
            read.put(ref, f);
        }
        return f;
    }

    /** {@link Submission#money}{@code (ref)}. */
    Optional<Money> money(String ref) {
        return figure(ref).filter(Figure::isMoney).map(Figure::money);
    }
}
