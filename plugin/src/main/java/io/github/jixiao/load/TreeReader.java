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
 * <p>Reading a submission's file ({@link SubmissionLoader}), it records the nodes a tree rule could act on
 * ({@link RuleNodes}) with their paths, as it makes them: the rules then visit those, where they walked every tree.
 *
 * <p>Duplicate keys, nesting depth, string, number and token limits are the parser's (its factory's features and
 * constraints); recursion is bounded by the parser's nesting limit.
 */
public final class TreeReader {
    private final boolean unique;
    /** Numbers read that {@link Numbers#plainNumber} does not pass: only those can be a {@code json-number} finding. */
    private int irregularNumbers;

    /** Where the nodes a tree rule could act on are recorded ({@link RuleNodes}), or null. */
    private final RuleNodes.Builder record;

    private TreeReader(boolean unique, boolean record) {
        this.unique = unique;
        this.record = record ? new RuleNodes.Builder() : null;
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
        return new TreeReader(false, false).readRoot(parser);
    }

    /** Thrown by {@link #readUniqueCounted} when an object names a property twice. */
    public static final class DuplicateKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateKey(String name) {
            super("Duplicate Object property \"" + name + "\"", null, false, false);
        }
    }

    /**
     * A tree, whether every number in it is one {@link Numbers#check} passes without looking at it, and the nodes a
     * tree rule could act on.
     */
    record Read(JsonNode root, boolean plainNumbers, RuleNodes ruleNodes) {
    }

    /**
     * As {@link #read(JsonParser)}, and throws {@link DuplicateKey} when an object names a property twice: the
     * tree's own map sees it as the property is added, so a parser without {@code STRICT_DUPLICATE_DETECTION}
     * (which keeps a set of names for every object of three or more properties) can read files that are
     * expected to be clean, and a file that is not is read again to report it. Tells whether the number checks can
     * find anything in the tree, and records the nodes a tree rule could act on.
     */
    static Read readUniqueCounted(JsonParser parser) {
        return readRecorded(parser, true);
    }

    /** As {@link #read(JsonParser)}, recording the nodes a tree rule could act on. */
    static Read readRecorded(JsonParser parser) {
        return readRecorded(parser, false);
    }

    private static Read readRecorded(JsonParser parser, boolean unique) {
        TreeReader r = new TreeReader(unique, true);
        JsonNode root = r.readRoot(parser);
        return new Read(root, r.irregularNumbers == 0, r.record.build());
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
                RuleNodes.Builder rec = record;
                if (rec == null) {
                    String name;
                    while ((name = p.nextName()) != null) {
                        if (o.replace(name, value(p, p.nextToken())) != null && unique) {
                            throw new DuplicateKey(name);
                        }
                    }
                    return o;
                }
                int at = rec.mark();
                String name;
                while ((name = p.nextName()) != null) {
                    JsonToken vt = p.nextToken();
                    JsonNode v;
                    if (vt == JsonToken.VALUE_STRING) {
                        v = string(p, rec, name, -1);
                    } else if (vt == JsonToken.START_OBJECT || vt == JsonToken.START_ARRAY) {
                        rec.push(name, -1); // the path is kept for the containers only: a string gets its last step
                        v = value(p, vt);
                        rec.pop();
                    } else {
                        v = value(p, vt);
                    }
                    if (o.replace(name, v) != null) {
                        if (unique) {
                            throw new DuplicateKey(name);
                        }
                        rec.replaced(); // a node recorded may have left the tree: the record is not kept
                    }
                }
                if (RuleNodes.wanted(o)) {
                    rec.add(o, at); // before its members, as a walk meets it
                }
                return o;
            }
            case START_ARRAY: {
                Located.Arr a = new Located.Arr(NODES, line, col, off);
                RuleNodes.Builder rec = record;
                JsonToken e;
                if (rec == null) {
                    while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                        a.add(value(p, e));
                    }
                    return a;
                }
                int i = 0;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (e == JsonToken.VALUE_STRING) {
                        a.add(string(p, rec, null, i));
                    } else if (e == JsonToken.START_OBJECT || e == JsonToken.START_ARRAY) {
                        rec.push(null, i);
                        a.add(value(p, e));
                        rec.pop();
                    } else {
                        a.add(value(p, e));
                    }
                    i++;
                }
                return a;
            }
            case VALUE_STRING:
                if (record != null) {
                    return string(p, record, null, -1); // the root
                }
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

    /**
     * A string node, recorded when a tree rule could act on it: {@code key} the property it is the value of, or
     * {@code index} its place in an array (neither for the root).
     */
    private JsonNode string(JsonParser p, RuleNodes.Builder rec, String key, int index) {
        TokenStreamLocation loc = p.currentTokenLocation();
        char[] c = p.getStringCharacters();
        int off = p.getStringOffset();
        int len = p.getStringLength();
        boolean wanted = RuleNodes.wanted(c, off, len, key);
        String text = len <= SHORT_TEXT ? shortText(p, c, off, len) : p.getString();
        Located.Str n = new Located.Str(text, loc.getLineNr(), loc.getColumnNr(), loc.getByteOffset());
        if (wanted) {
            rec.append(n, key, index);
        }
        return n;
    }

    /**
     * Strings of up to this many characters are made once per parse ({@link #shortText}): a file's short values repeat
     * (600 rows print a dozen 一级 and 二级 labels, a few units and comparators, targets such as "100%"), and its names,
     * longer, mostly do not.
     */
    static final int SHORT_TEXT = 12;
    /** Slots of {@link #texts} (a power of two). */
    private static final int TEXT_SLOTS = 1024;
    /**
     * The short strings of this parse, one per slot by the text's hash (a slot keeps the last text to come: bounded, and
     * linear on any file); made at the first short string.
     */
    private String[] texts;

    /**
     * The string the parser holds ({@code len} characters of {@code c} from {@code off}), the same String as an earlier
     * value of this parse with the same characters when its slot still holds that one: the values repeated through a
     * file's rows are one object each, allocated once, their hash computed once, found equal by reference in every table
     * that later looks them up (the target parser's, the rules', the workbook's), and each a single place in the
     * processor's caches when the rules and the reports read every row. Equal by value either way: nothing reads a
     * string's identity.
     */
    private String shortText(JsonParser p, char[] c, int off, int len) {
        int h = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            h = 31 * h + c[i];
        }
        String[] t = texts;
        if (t == null) {
            t = texts = new String[TEXT_SLOTS];
        }
        int slot = (h ^ (h >>> 10)) & (TEXT_SLOTS - 1);
        String s = t[slot];
        if (s != null && s.length() == len && s.hashCode() == h) {
            int i = 0;
            while (i < len && s.charAt(i) == c[off + i]) {
                i++;
            }
            if (i == len) {
                return s;
            }
        }
        s = p.getString();
        t[slot] = s;
        return s;
    }

    private JsonNode counted(JsonNode number) {
        if (!Numbers.plainNumber(number)) {
            irregularNumbers++;
        }
        return number;
    }
}
