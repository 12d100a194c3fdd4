package io.github.jixiao.lint;

import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Pointers;
import io.github.jixiao.load.RuleNodes;
import io.github.jixiao.model.Submission;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hands each {@link TreeRule} of a run the nodes of a submission's trees it asked for ({@link TreeRule#interests()}),
 * in the order of a walk of each tree (an object before its members), with their paths. The nodes are those the
 * loader recorded as it read each tree ({@link RuleNodes}: the few a tree rule could act on, a superset of what the
 * rules report), so the trees are not walked again: a walk read every entry of every object's map a second time,
 * long after the loader had left it, for the few dozen nodes a department's rules look at. A tree built otherwise
 * (a test's) is recorded by one walk of it ({@link JsonDocument#ruleNodes()}): the rules have one path. The path of
 * a node is kept as property names and array indexes (nothing allocated per visit); a rule builds a pointer only for
 * a node it reports.
 *
 * <p>A rule that throws is not visited again; its first throwable is kept ({@link #failure}), for the runner to
 * report it as the rule's internal error and leave out its findings, as it does for a {@link Rule#check} that throws.
 */
public final class TreeWalk {
    private final TreeRule[] strings;
    private final RuleContext[] stringCtx;
    private final int[] stringIdx;
    private final TreeRule[] objects;
    private final RuleContext[] objectCtx;
    private final int[] objectIdx;
    private final Throwable[] failures;
    private final Cursor at = new Cursor();

    /**
     * @param rules    the tree rules to walk for
     * @param contexts their contexts, one per rule
     */
    TreeWalk(List<TreeRule> rules, List<RuleContext> contexts) {
        int ns = 0;
        int no = 0;
        for (TreeRule r : rules) {
            ns += (r.interests() & TreeRule.STRINGS) != 0 ? 1 : 0;
            no += (r.interests() & TreeRule.OBJECTS) != 0 ? 1 : 0;
        }
        strings = new TreeRule[ns];
        stringCtx = new RuleContext[ns];
        stringIdx = new int[ns];
        objects = new TreeRule[no];
        objectCtx = new RuleContext[no];
        objectIdx = new int[no];
        failures = new Throwable[rules.size()];
        ns = 0;
        no = 0;
        for (int k = 0; k < rules.size(); k++) {
            TreeRule r = rules.get(k);
            if ((r.interests() & TreeRule.STRINGS) != 0) {
                strings[ns] = r;
                stringCtx[ns] = contexts.get(k);
                stringIdx[ns++] = k;
            }
            if ((r.interests() & TreeRule.OBJECTS) != 0) {
                objects[no] = r;
                objectCtx[no] = contexts.get(k);
                objectIdx[no++] = k;
            }
        }
    }

    /**
     * Walks the trees of {@code s} for {@code rule} alone (a rule checked on its own context); a throwable of the
     * rule's is thrown on.
     */
    public static void walk(Submission s, TreeRule rule, RuleContext ctx) {
        TreeWalk w = new TreeWalk(List.of(rule), List.of(ctx));
        w.walk(s);
        Throwable t = w.failure(0);
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /** Visits the recorded nodes of every tree of {@code s}, in the order of its documents. */
    void walk(Submission s) {
        for (Map.Entry<String, JsonDocument> e : s.documents().entrySet()) {
            JsonDocument d = e.getValue();
            if (d == null) {
                continue;
            }
            RuleNodes r;
            try {
                r = d.ruleNodes();
            } catch (StackOverflowError deep) {
                // a tree deeper than the loader lets through, walked to record it: what each rule's own walk met
                for (int k = 0; k < failures.length; k++) {
                    failures[k] = failures[k] == null ? deep : failures[k];
                }
                continue;
            }
            for (int i = 0; i < r.size(); i++) {
                JsonNode n = r.node(i);
                at.at(s, e.getKey(), d, n, r.keys(), r.indexes(), r.pathStart(i), r.depth(i));
                if (n instanceof ObjectNode o) {
                    object(o);
                } else {
                    string(n.asString());
                }
            }
        }
    }

    /** The first throwable of rule {@code k} (in the order given), or null. */
    Throwable failure(int k) {
        return failures[k];
    }

    private void object(ObjectNode o) {
        for (int k = 0; k < objects.length; k++) {
            if (failures[objectIdx[k]] == null) {
                try {
                    objects[k].visitObject(at, o, objectCtx[k]);
                } catch (RuntimeException | StackOverflowError e) {
                    failures[objectIdx[k]] = e;
                }
            }
        }
    }

    private void string(String value) {
        for (int k = 0; k < strings.length; k++) {
            if (failures[stringIdx[k]] == null) {
                try {
                    strings[k].visitString(at, value, stringCtx[k]);
                } catch (RuntimeException | StackOverflowError e) {
                    failures[stringIdx[k]] = e;
                }
            }
        }
    }

    /** Where the walk is: the document, the node, and the path to it (valid during a visit only). */
    public static final class Cursor {
        private Submission submission;
        private String role;
        private JsonDocument document;
        private JsonNode node;
        /** The path: steps {@code start} to {@code start + depth} of these (a property name, or null for an index). */
        private String[] keys;
        private int[] indexes;
        private int start;
        private int depth;

        Cursor() {
        }

        /** Sets the cursor at {@code node}, its path the steps {@code start} to {@code start + depth} of the arrays. */
        void at(Submission submission, String role, JsonDocument document, JsonNode node, String[] keys,
                int[] indexes, int start, int depth) {
            this.submission = submission;
            this.role = role;
            this.document = document;
            this.node = node;
            this.keys = keys;
            this.indexes = indexes;
            this.start = start;
            this.depth = depth;
        }

        public Submission submission() {
            return submission;
        }

        /** The role of the document walked ("indicators", "budget" …). */
        public String role() {
            return role;
        }

        public JsonDocument document() {
            return document;
        }

        /** The node visited. */
        public JsonNode node() {
            return node;
        }

        /** The property name the node is the value of; null for an array element and the root. */
        public String key() {
            return depth == 0 ? null : keys[start + depth - 1];
        }

        /** How many steps the path has (0 at the root). */
        public int depth() {
            return depth;
        }

        /** The property name at step {@code i} of the path, or null where the step is an array index. */
        public String keyAt(int i) {
            return keys[start + i];
        }

        /** The JSON pointer of the node visited. */
        public String pointer() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                sb.append('/');
                if (keys[start + i] != null) {
                    sb.append(Pointers.escape(keys[start + i]));
                } else {
                    sb.append(indexes[start + i]);
                }
            }
            return sb.toString();
        }
    }
}
