package io.github.jixiao.lint;

import io.github.jixiao.load.RuleNodes;
import io.github.jixiao.model.Submission;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule that reads the submission's JSON trees node by node (a placeholder text anywhere, a date under any date
 * field, a money object wherever it sits). In the manner of Checkstyle's TreeWalker, such a rule says which nodes it
 * wants ({@link #interests()}) and {@link TreeWalk} hands them to it: the rules of a run share one pass over each
 * tree's nodes ({@link RuleRunner}), where each used to walk every tree itself. Run alone ({@link Rule#check} with a
 * context of its own, as the tests do), the rule is visited through the same calls: {@link #check} calls
 * {@link TreeWalk#walk(Submission, TreeRule, RuleContext)} unless the context says the shared pass has visited it.
 *
 * <p>The nodes visited are those the loader recorded as it read each tree ({@link RuleNodes}): not every string and
 * object, but every one a rule of today could act on. A rule that looks for something else widens what is recorded
 * ({@link RuleNodes}'s {@code wanted}); {@code TreeRecordOracleTest} holds the rules to a walk of every node.
 */
public interface TreeRule extends Rule {
    /**
     * Wants the string values ({@link RuleNodes}: those that could hold a placeholder, a date or a bare-number name), in
     * objects ({@link TreeWalk.Cursor#key()} its property name) and in arrays.
     */
    int STRINGS = 1;
    /**
     * Wants the objects ({@link RuleNodes}: those of two properties, value and unit), the root included, before their
     * members.
     */
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
