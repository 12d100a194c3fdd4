package io.github.jixiao.load;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds the tree of one JSON value straight from Jackson's streaming parser, each node {@link Located}: what
 * {@code ObjectMapper.readTree} with {@code USE_BIG_DECIMAL_FOR_FLOATS} and {@code FAIL_ON_TRAILING_TOKENS} made,
 * with networknt's location-aware node factory, before.
 *
 * <p>Why not the mapper: building the first {@code JsonMapper} loads and initialises several hundred classes of
 * Jackson's databind (introspection, serializers, java.time support), about a quarter of a second of a
 * department's build, for a tree the streaming parser gives as well; and a location kept as three numbers
 * in the node costs no {@code TokenStreamLocation} object per node. {@code TreeReaderOracleTest} holds the trees
 * (kinds, values, scales, order, locations) to the mapper's on every JSON file of the repository and on random
 * documents.
 *
 * <p>Duplicate keys, nesting depth, string, number and token limits are the parser's (its factory's features and
 * constraints); recursion is bounded by the parser's nesting limit.
 */
public final class TreeReader {
    private final boolean unique;
    /** Numbers read that {@link Numbers#plainNumber} does not pass: only those can be a {@code json-number} finding. */
    private int irregularNumbers;

    private TreeReader(boolean unique) {
        this.unique = unique;
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Jackson's default features and limits: for the packaged files (schemas) and jixiao's own sidecars. */
    private static final JsonFactory PLAIN = JsonFactory.builder().build();

    /** The tree of {@code json} read with Jackson's default features and limits (exceptions pass through). */
    public static JsonNode read(byte[] json) {
        try (JsonParser p = PLAIN.createParser(ObjectReadContext.empty(), json)) {
            return read(p);
        }
    }

    /** Thrown when something follows the value (as the mapper's {@code FAIL_ON_TRAILING_TOKENS} did). */
    public static final class TrailingTokens extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TrailingTokens(JsonToken t) {
            super("Trailing token (of type " + t + ") found after value", null, false, false);
        }
    }

    /**
     * The value {@code parser} holds (its first token not read yet), or null when it holds none. Jackson's
     * exceptions pass through; {@link TrailingTokens} when more follows the value.
     */
    public static JsonNode read(JsonParser parser) {
        return read(parser, false);
    }

    /** Thrown by {@link #readUnique} when an object names a property twice. */
    public static final class DuplicateKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateKey(String name) {
            super("Duplicate Object property \"" + name + "\"", null, false, false);
        }
    }

    /**
     * As {@link #read(JsonParser)}, and throws {@link DuplicateKey} when an object names a property twice: the
     * tree's own map sees it as the property is added, so a parser without {@code STRICT_DUPLICATE_DETECTION}
     * (which keeps a set of names for every object of three or more properties) can read files that are
     * expected to be clean, and a file that is not is read again to report it.
     */
    public static JsonNode readUnique(JsonParser parser) {
        return read(parser, true);
    }

    /** A tree, and whether every number in it is one {@link Numbers#check} passes without looking at it. */
    record Read(JsonNode root, boolean plainNumbers) {
    }

    /** As {@link #readUnique}, telling whether the number checks can find anything in the tree. */
    static Read readUniqueCounted(JsonParser parser) {
        TreeReader r = new TreeReader(true);
        JsonNode root = r.readRoot(parser);
        return new Read(root, r.irregularNumbers == 0);
    }

    private static JsonNode read(JsonParser parser, boolean unique) {
        return new TreeReader(unique).readRoot(parser);
    }

    private JsonNode readRoot(JsonParser parser) {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return null;
        }
        JsonNode root = value(parser, t);
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new TrailingTokens(after);
        }
        return root;
    }

    private JsonNode value(JsonParser p, JsonToken t) {
        TokenStreamLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        long off = loc.getByteOffset();
        switch (t) {
            case START_OBJECT: {
                Located.Obj o = new Located.Obj(NODES, line, col, off);
                String name;
                while ((name = p.nextName()) != null) {
                    if (o.replace(name, value(p, p.nextToken())) != null && unique) {
                        throw new DuplicateKey(name);
                    }
                }
                return o;
            }
            case START_ARRAY: {
                Located.Arr a = new Located.Arr(NODES, line, col, off);
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(value(p, e));
                }
                return a;
            }
            case VALUE_STRING:
                return new Located.Str(p.getString(), line, col, off);
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return new Located.Int(p.getIntValue(), line, col, off);
                    case LONG:
                        return counted(new Located.Long_(p.getLongValue(), line, col, off));
                    default:
                        return counted(new Located.BigInt(p.getBigIntegerValue(), line, col, off));
                }
            case VALUE_NUMBER_FLOAT:
                // every fraction as a BigDecimal, scale as written (money is never a double)
                return counted(new Located.Dec(p.getDecimalValue(), line, col, off));
            case VALUE_TRUE:
                return new Located.Bool(true, line, col, off);
            case VALUE_FALSE:
                return new Located.Bool(false, line, col, off);
            case VALUE_NULL:
                return new Located.Null(line, col, off);
            default:
                // END_* cannot start a value (the parser reports it); embedded objects do not occur in JSON text
                throw new IllegalStateException("Unexpected token " + t);
        }
    }

    private JsonNode counted(JsonNode number) {
        if (!Numbers.plainNumber(number)) {
            irregularNumbers++;
        }
        return number;
    }
}
