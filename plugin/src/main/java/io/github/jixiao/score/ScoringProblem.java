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
    final List<String> args;
    final transient Src src;
    final String reason;

    ScoringProblem(String ruleId, String key, List<String> args, Src src, String reason) {
        super(reason, null, false, false);
        this.ruleId = ruleId;
        this.key = key;
        this.args = List.copyOf(args);
        this.src = src == null ? Src.NONE : src;
        this.reason = reason;
    }
}
