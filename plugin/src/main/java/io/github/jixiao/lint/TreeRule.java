package io.github.jixiao.lint;

import io.github.jixiao.model.Submission;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule that reads the submission's JSON trees node by node (a placeholder text anywhere, a date under any date
 * field, a money object wherever it sits). In the manner of Checkstyle's TreeWalker, such a rule says which nodes it
 * wants ({@link #interests()}) and {@link TreeWalk} hands them to it: the rules of a run share one walk of each tree
 * ({@link RuleRunner}), where each used to walk every tree itself. Run alone ({@link Rule#check} with a context of its
 * own, as the tests do), the rule walks the trees itself through the same visits: {@link #check} calls
 * {@link TreeWalk#walk(Submission, TreeRule, RuleContext)} unless the context says the shared walk has visited it.
 */
public interface TreeRule extends Rule {
    /** Wants every string value: in objects ({@link TreeWalk.Cursor#key()} its property name) and in arrays. */
    int STRINGS = 1;
    /** Wants every object, the root included, before its members. */
    int OBJECTS = 2;

    /** Which nodes the rule visits: {@link #STRINGS}, {@link #OBJECTS} or both. */
    int interests();

    /** A string value at {@code at}. */
    default void visitString(TreeWalk.Cursor at, String value, RuleContext ctx) {
    }

    /** An object at {@code at}. */
    default void visitObject(TreeWalk.Cursor at, ObjectNode node, RuleContext ctx) {
    }
}
