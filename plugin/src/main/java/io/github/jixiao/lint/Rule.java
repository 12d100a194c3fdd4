package io.github.jixiao.lint;

import io.github.jixiao.model.Submission;

/**
 * A lint rule: one final class per rule, annotated with {@link RuleInfo}. Rules read the bound submission
 * (and, through the context, the parsed targets and the score sheet) and report findings; they never
 * change anything.
 */
public interface Rule {
    void check(Submission submission, RuleContext context);

    /** The rule's metadata. */
    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
