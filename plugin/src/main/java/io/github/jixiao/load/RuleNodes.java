package io.github.jixiao.load;

import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The nodes of one tree that a tree rule ({@code lint.TreeRule}) could act on, in the order a walk of the tree meets
 * them (an object before its members), each with its path: recorded by {@link TreeReader} as it builds the tree, while
 * each string is still in cache, so that the rules need not read every entry of the tree's maps again ({@link #of}
 * records a tree built otherwise by one walk).
 *
 * <p>A superset of what the rules report, by the few things they look for:
 * <ul>
 * <li>a string holding 请, 字 or * (placeholder-left's placeholders, printed instructions and template marks);</li>
 * <li>a string of ten characters with '-' at index 4 (date-invalid's YYYY-MM-DD);</li>
 * <li>a string of at most {@link #SHORT_NAME} characters, holding a digit, under a property {@code name}
 * (placeholder-left's indicator name that is a bare number);</li>
 * <li>an object of two properties, {@code value} and {@code unit} (figure-out-of-range's money objects).</li>
 * </ul>
 * A tree rule that looks for something else must widen the {@code wanted} tests (the string's two alike):
 * {@code TreeRecordOracleTest} holds the rules' findings to a walk of every node, and the loader's record to the
 * walk's.
 */
public final class RuleNodes {
    /** The longest indicator name placeholder-left reads as a bare number is 12 characters. */
    static final int SHORT_NAME = 12;

    private static final RuleNodes NONE = new RuleNodes(new JsonNode[0], new int[1], new String[0], new int[0], 0);

    private final JsonNode[] nodes;
    /** Node {@code i}'s path is the steps {@code pathStart[i]} to {@code pathStart[i + 1]} of {@link #keys}. */
    private final int[] pathStart;
    /** Per step: the property name, or null for an array element (its index in {@link #indexes}). */
    private final String[] keys;
    private final int[] indexes;
    private final int size;

    private RuleNodes(JsonNode[] nodes, int[] pathStart, String[] keys, int[] indexes, int size) {
        this.nodes = nodes;
        this.pathStart = pathStart;
        this.keys = keys;
        this.indexes = indexes;
        this.size = size;
    }

    /** How many nodes are recorded. */
    public int size() {
        return size;
    }

    /** Node {@code i} (a string or an object node). */
    public JsonNode node(int i) {
        return nodes[i];
    }

    /** Where node {@code i}'s path starts in {@link #keys()} and {@link #indexes()}. */
    public int pathStart(int i) {
        return pathStart[i];
    }

    /** How many steps node {@code i}'s path has (0 for the root). */
    public int depth(int i) {
        return pathStart[i + 1] - pathStart[i];
    }

    /** The steps of every path: a property name, or null where the step is an array index. Not to be changed. */
    public String[] keys() {
        return keys;
    }

    /** The array indexes of the steps of every path (where {@link #keys()} holds null). Not to be changed. */
    public int[] indexes() {
        return indexes;
    }

    /** Whether a tree rule could act on the string {@code s}, the value of property {@code key} (null in an array). */
    static boolean wanted(String s, String key) {
        int n = s.length();
        if (n == 10 && s.charAt(4) == '-') {
            return true;
        }
        if (s.indexOf('*') >= 0 || s.indexOf('请') >= 0 || s.indexOf('字') >= 0) {
            return true;
        }
        if (n > SHORT_NAME || !"name".equals(key)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #wanted(String, String)} of the string held in {@code c} from {@code off}, {@code n} characters: the
     * parser's buffer, read before the string is made of it (one loop over an array, where the string's own searches
     * cost a call each).
     */
    static boolean wanted(char[] c, int off, int n, String key) {
        if (n == 10 && c[off + 4] == '-') {
            return true;
        }
        int end = off + n;
        for (int i = off; i < end; i++) {
            char x = c[i];
            if (x == '*' || x == '请' || x == '字') {
                return true;
            }
        }
        if (n > SHORT_NAME || !"name".equals(key)) {
            return false;
        }
        for (int i = off; i < end; i++) {
            char x = c[i];
            if ((x >= '0' && x <= '9') || (x >= '０' && x <= '９')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a tree rule could act on the object {@code o}: two properties, value and unit. */
    static boolean wanted(ObjectNode o) {
        return o.size() == 2 && o.get("value") != null && o.get("unit") != null;
    }

    /**
     * The record of a tree built otherwise than by {@link TreeReader} (a test's, an import's), by one walk of it. A tree
     * too deep for the stack throws {@link StackOverflowError}.
     */
    public static RuleNodes of(JsonNode root) {
        if (root == null) {
            return NONE;
        }
        Builder b = new Builder();
        b.walk(root);
        return b.build();
    }

    /** Records the nodes wanted as a tree is built: the path is pushed and popped around each member. */
    static final class Builder {
        /** Made at the first node recorded (most files have none or a few). */
        private JsonNode[] nodes = NONE.nodes;
        private int[] pathStart = NONE.pathStart;
        private String[] keys = NONE.keys;
        private int[] indexes = NONE.indexes;
        private int size;
        private int steps;
        /** The path to the node being built. */
        private String[] pathKeys = new String[8];
        private int[] pathIndexes = new int[8];
        private int depth;
        private boolean replaced;

        /** A property was read twice (a parser that lets duplicates through): nothing recorded is kept. */
        void replaced() {
            replaced = true;
        }

        void push(String key, int index) {
            if (depth == pathKeys.length) {
                pathKeys = Arrays.copyOf(pathKeys, 2 * depth);
                pathIndexes = Arrays.copyOf(pathIndexes, 2 * depth);
            }
            pathKeys[depth] = key;
            pathIndexes[depth] = index;
            depth++;
        }

        void pop() {
            depth--;
        }

        /** The property name the node being built is the value of (null for an array element and the root). */
        String key() {
            return depth == 0 ? null : pathKeys[depth - 1];
        }

        /** Where the next node recorded goes: an object is put there once its members are read ({@link #add}). */
        int mark() {
            return size;
        }

        /** Records {@code node}, at the path being built, as the {@code at}-th node (those after it move on). */
        void add(JsonNode node, int at) {
            room(depth);
            if (at == size) {
                nodes[size] = node;
                pathStart[size] = steps;
                System.arraycopy(pathKeys, 0, keys, steps, depth);
                System.arraycopy(pathIndexes, 0, indexes, steps, depth);
            } else {
                // an object recorded after its members (at most a string or two): they move one place on
                int from = pathStart[at];
                System.arraycopy(nodes, at, nodes, at + 1, size - at);
                System.arraycopy(pathStart, at, pathStart, at + 1, size - at);
                for (int i = at + 1; i <= size; i++) {
                    pathStart[i] += depth;
                }
                System.arraycopy(keys, from, keys, from + depth, steps - from);
                System.arraycopy(indexes, from, indexes, from + depth, steps - from);
                nodes[at] = node;
                System.arraycopy(pathKeys, 0, keys, from, depth);
                System.arraycopy(pathIndexes, 0, indexes, from, depth);
            }
            steps += depth;
            size++;
        }

        /**
         * Records {@code node}, the value of property {@code key} or element {@code index} of the container at the path
         * being built (neither: the root), after the nodes recorded so far.
         */
        void append(JsonNode node, String key, int index) {
            int last = key != null || index >= 0 ? 1 : 0;
            room(depth + last);
            nodes[size] = node;
            pathStart[size] = steps;
            System.arraycopy(pathKeys, 0, keys, steps, depth);
            System.arraycopy(pathIndexes, 0, indexes, steps, depth);
            steps += depth;
            if (last == 1) {
                keys[steps] = key;
                indexes[steps] = index;
                steps++;
            }
            size++;
        }

        /** Room for one more node of {@code n} steps. */
        private void room(int n) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, Math.max(8, 2 * size));
                pathStart = Arrays.copyOf(pathStart, nodes.length + 1);
            }
            if (steps + n > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(Math.max(32, 2 * keys.length), steps + n));
                indexes = Arrays.copyOf(indexes, keys.length);
            }
        }

        private void walk(JsonNode n) {
            if (n instanceof ObjectNode o) {
                if (wanted(o)) {
                    add(o, size);
                }
                for (Map.Entry<String, JsonNode> e : o.properties()) {
                    JsonNode v = e.getValue();
                    if (v instanceof ContainerNode || v instanceof StringNode) {
                        push(e.getKey(), -1);
                        walk(v);
                        pop();
                    }
                }
            } else if (n instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    JsonNode v = a.get(i);
                    if (v instanceof ContainerNode || v instanceof StringNode) {
                        push(null, i);
                        walk(v);
                        pop();
                    }
                }
            } else if (n instanceof StringNode && wanted(n.asString(), key())) {
                add(n, size);
            }
        }

        /** The record, or null when a property was {@link #replaced}. */
        RuleNodes build() {
            if (replaced) {
                return null;
            }
            if (size == 0) {
                return NONE;
            }
            pathStart[size] = steps;
            return new RuleNodes(nodes, pathStart, keys, indexes, size);
        }
    }
}
