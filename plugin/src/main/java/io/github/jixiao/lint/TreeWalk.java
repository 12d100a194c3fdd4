package io.github.jixiao.lint;

import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Pointers;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One walk of each of a submission's trees for every {@link TreeRule} of a run: each node is handed to the rules
 * that asked for its kind. The path is kept as property names and array indexes (no boxing, nothing allocated per
 * node); a rule builds a pointer only for a node it reports. Node kinds are told by {@code instanceof} on Jackson's
 * node classes: one type check where the {@code isX()} calls were several megamorphic calls per node (the
 * location-aware tree has a node class per kind).
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

    /** Walks every tree of {@code s}, in the order of its documents. */
    void walk(Submission s) {
        at.submission = s;
        for (Map.Entry<String, JsonDocument> e : s.documents().entrySet()) {
            JsonDocument d = e.getValue();
            if (d == null) {
                continue;
            }
            at.role = e.getKey();
            at.document = d;
            at.depth = 0;
            try {
                node(d.root());
            } catch (StackOverflowError deep) {
                // a tree deeper than the loader lets through: what each rule's own walk met
                for (int k = 0; k < failures.length; k++) {
                    failures[k] = failures[k] == null ? deep : failures[k];
                }
            }
        }
    }

    /** The first throwable of rule {@code k} (in the order given), or null. */
    Throwable failure(int k) {
        return failures[k];
    }

    private void node(JsonNode n) {
        at.node = n;
        if (n instanceof ObjectNode o) {
            for (int k = 0; k < objects.length; k++) {
                if (failures[objectIdx[k]] == null) {
                    try {
                        objects[k].visitObject(at, o, objectCtx[k]);
                    } catch (RuntimeException | StackOverflowError e) {
                        failures[objectIdx[k]] = e;
                    }
                }
            }
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                JsonNode v = e.getValue();
                if (v instanceof ContainerNode || v instanceof StringNode && strings.length > 0) {
                    at.push(e.getKey(), -1);
                    node(v);
                    at.depth--;
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v instanceof ContainerNode || v instanceof StringNode && strings.length > 0) {
                    at.push(null, i);
                    node(v);
                    at.depth--;
                }
            }
        } else if (n instanceof StringNode) {
            String value = n.asString();
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
    }

    /** Where the walk is: the document, the node, and the path to it (valid during a visit only). */
    public static final class Cursor {
        private Submission submission;
        private String role;
        private JsonDocument document;
        private JsonNode node;
        private int depth;
        /** Per level: the property name, or null for an array element (its index in {@link #indexes}). */
        private String[] keys = new String[SubmissionLoader.MAX_NESTING_DEPTH + 2];
        private int[] indexes = new int[SubmissionLoader.MAX_NESTING_DEPTH + 2];

        private void push(String key, int index) {
            if (depth == keys.length) { // deeper than the loader allows: a tree built otherwise
                keys = java.util.Arrays.copyOf(keys, 2 * depth);
                indexes = java.util.Arrays.copyOf(indexes, 2 * depth);
            }
            keys[depth] = key;
            indexes[depth] = index;
            depth++;
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
            return depth == 0 ? null : keys[depth - 1];
        }

        /** How many steps the path has (0 at the root). */
        public int depth() {
            return depth;
        }

        /** The property name at step {@code i} of the path, or null where the step is an array index. */
        public String keyAt(int i) {
            return keys[i];
        }

        /** The JSON pointer of the node visited. */
        public String pointer() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                sb.append('/');
                if (keys[i] != null) {
                    sb.append(Pointers.escape(keys[i]));
                } else {
                    sb.append(indexes[i]);
                }
            }
            return sb.toString();
        }
    }
}
