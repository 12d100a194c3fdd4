package io.github.jixiao.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A tree taken over from another file (a built-in framework a project's framework file {@code extends}) into a tree of
 * this one: a copy whose every node is located where {@code where} is (the {@code extends} value), so that anything
 * said of an inherited node points at the line that brought it in, in the file that did, never at a line of the
 * other file read as if it were this one's.
 */
public final class Inherited {
    private Inherited() {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * A deep copy of {@code tree}, each node located at {@code where} (its line, column and offset); a copy without
     * locations when {@code where} has none.
     */
    public static JsonNode at(JsonNode tree, JsonNode where) {
        if (!(where instanceof Located l)) {
            return tree.deepCopy();
        }
        return copy(tree, l.line(), l.byteColumn(), l.byteOffset(), 0);
    }

    private static JsonNode copy(JsonNode n, int line, int col, long off, int depth) {
        if (depth > 256) {
            throw new IllegalArgumentException("tree too deep");
        }
        if (n.isObject()) {
            Located.Obj o = new Located.Obj(NODES, line, col, off);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                o.set(e.getKey(), copy(e.getValue(), line, col, off, depth + 1));
            }
            return o;
        }
        if (n.isArray()) {
            Located.Arr a = new Located.Arr(NODES, line, col, off);
            for (JsonNode c : n) {
                a.add(copy(c, line, col, off, depth + 1));
            }
            return a;
        }
        if (n.isString()) {
            return new Located.Str(n.asString(), line, col, off);
        }
        if (n.isBoolean()) {
            return new Located.Bool(n.booleanValue(), line, col, off);
        }
        if (n.isNull()) {
            return new Located.Null(line, col, off);
        }
        if (n.isInt()) {
            return new Located.Int(n.intValue(), line, col, off);
        }
        if (n.isLong()) {
            return new Located.Long_(n.longValue(), line, col, off);
        }
        if (n.isBigInteger()) {
            return new Located.BigInt(n.bigIntegerValue(), line, col, off);
        }
        if (n.isNumber()) {
            return new Located.Dec(n.decimalValue(), line, col, off);
        }
        return n.deepCopy();
    }
}
