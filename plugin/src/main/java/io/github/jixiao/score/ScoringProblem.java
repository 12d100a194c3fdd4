package io.github.jixiao.score;

import io.github.jixiao.load.Src;
import java.util.List;

/**
 * Why a criterion cannot be scored (a figure is missing, a denominator is 0, …). Thrown inside a method and
 * caught per criterion (per indicator for {@code indicator-points}): the criterion scores 0, {@code reason}
 * goes into its explanation and a finding is reported. Never escapes {@link Scorer}.
 */
final class ScoringProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String ruleId;
    final String key;

    /** The key a missing figure's finding takes when its whole file is not there ({@link ScoringContext#report(ScoringProblem)}). */
    static final String NO_FILE = "no-file";
    final List<String> args;
    final transient Src src;
    final String reason;
    /**
     * The criterion's other problems found with this one (e.g. every other missing figure of a ratio), each reported
     * as its own finding after this one's; {@link #reason} then names them all. Each of them has none of its own.
     */
    final transient List<ScoringProblem> more;
    /** The reason of this problem alone (without {@link #more}'s). */
    private final String own;
    /** The texts among {@link #args} that quote a formula: their Chinese is the argument ({@link ScoringContext#quote}). */
    final transient List<Said> quoted;

    ScoringProblem(String ruleId, String key, List<String> args, Src src, String reason) {
        this(ruleId, key, args, src, reason, reason, List.of(), List.of());
    }

    private ScoringProblem(String ruleId, String key, List<String> args, Src src, String own, String reason,
                           List<ScoringProblem> more, List<Said> quoted) {
        super(reason, null, false, false);
        this.quoted = List.copyOf(quoted);
        this.ruleId = ruleId;
        this.key = key;
        this.args = List.copyOf(args);
        this.src = src == null ? Src.NONE : src;
        this.own = own;
        this.reason = reason;
        this.more = List.copyOf(more);
    }

    /** A figure the criterion reads is not there (not a 0 denominator, a missing claim or a table's value). */
    boolean missingFigure() {
        return ScoringContext.INPUT_MISSING.equals(ruleId) && (key.isEmpty() || ASSUMED.contains(key));
    }

    /** The keys of a missing figure said with the assumption that computes the criterion once it is there ({@link #assuming}). */
    static final java.util.Set<String> ASSUMED = java.util.Set.of("initial-as-full-year");

    /** The ref of the figure this problem finds missing ({@link #missingFigure}), else null. */
    String figureRef() {
        return missingFigure() && args.size() > 2 ? args.get(2) : null;
    }

    /** The key of a missing figure whose column the imported table prints, its cell left blank. */
    static final String BLANK = "blank";

    /** This missing figure as one the imported table printed blank ({@link #BLANK}); its other problems as they are. */
    ScoringProblem printedBlank() {
        return new ScoringProblem(ruleId, BLANK, args, src, own, reason, more, quoted);
    }

    /**
     * This missing figure as the one an assumption's alternative lacks ({@code initial-as-full-year}: with it filled in, the
     * 年初预算数 stands in for the 全年预算数 the table does not print): its finding says so (that key, the same fingerprint);
     * its other problems as they are.
     */
    ScoringProblem assuming(String assumption) {
        return new ScoringProblem(ruleId, assumption, args, src, own, reason, more, quoted);
    }

    /** This problem and each of {@link #more}, in order: one finding each. */
    List<ScoringProblem> all() {
        List<ScoringProblem> out = new java.util.ArrayList<>();
        out.add(this);
        out.addAll(more);
        return out;
    }

    /**
     * {@code first} with the problems of {@code others} it does not already hold (the same rule, variant and
     * arguments are the same finding): one problem whose reason names them all, joined by {@code sep}; {@code first}
     * itself when there is nothing to add. Its finding stays the one {@code first} alone gives.
     */
    static ScoringProblem together(ScoringProblem first, List<ScoringProblem> others, String sep) {
        List<ScoringProblem> atoms = new java.util.ArrayList<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        for (ScoringProblem o : others) {
            for (ScoringProblem p : o.all()) {
                atoms.add(p);
            }
        }
        List<ScoringProblem> mine = first.all();
        mine.forEach(p -> seen.add(identity(p)));
        List<ScoringProblem> more = new java.util.ArrayList<>(first.more);
        StringBuilder reason = new StringBuilder(first.reason);
        for (ScoringProblem p : atoms) {
            if (seen.add(identity(p))) {
                more.add(new ScoringProblem(p.ruleId, p.key, p.args, p.src, p.own, p.own, List.of(), p.quoted));
                reason.append(sep).append(p.own);
            }
        }
        if (more.size() == first.more.size()) {
            return first;
        }
        return new ScoringProblem(first.ruleId, first.key, first.args, first.src, first.own, reason.toString(), more,
                first.quoted);
    }

    /** This problem, with {@code s} among its arguments as its Chinese. */
    ScoringProblem quoting(Said s) {
        List<Said> q = new java.util.ArrayList<>(quoted);
        q.add(s);
        return new ScoringProblem(ruleId, key, args, src, own, reason, more, q);
    }

    private static List<String> identity(ScoringProblem p) {
        List<String> id = new java.util.ArrayList<>();
        id.add(p.ruleId);
        id.add(ASSUMED.contains(p.key) ? "" : p.key); // the figure said with its assumption is the same figure
        id.addAll(p.args);
        return id;
    }
}
