package io.github.jixiao.validate;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.databind.JsonNode;

/**
 * A conservative "surely valid" pre-check for our own JSON Schemas, so that networknt (the validator of record
 * and the source of every schema message) runs, and is even compiled, only when this check cannot prove a
 * document valid.
 *
 * <p>Why hand-written: nearly every file we validate is valid, and for those networknt's per-keyword bookkeeping
 * (evaluation paths, error lists swapped in and out for each combinator) costs about 1.6 times a bare parse on
 * the 600 identical indicator objects of a department, while compiling it (draft 2020-12 meta-schema and
 * vocabularies included) takes about 370 ms of a department's build. A tree of small immutable checkers compiled
 * from the very same packaged schema files (nothing is duplicated by hand) answers "valid" for those in a
 * fraction of the time, with no new dependency.
 *
 * <p>Each keyword answers {@link Verdict#VALID} or {@link Verdict#INVALID} only when that is exactly what
 * networknt 3 (draft 2020-12, default configuration) decides, and {@link Verdict#UNKNOWN} on any doubt: a
 * floating-point number with a zero fraction against {@code "integer"}, a number against a numeric
 * {@code const}/{@code enum} of another number type, arrays or objects against {@code const}/{@code enum}, a
 * regular expression that overflows the stack. A schema is valid when all its keywords are, invalid when one is,
 * and unknown otherwise. A schema using any keyword outside the supported set, a {@code $ref} leaving
 * {@link SchemaCatalog#ID_PREFIX}, an anchor or a nested {@code $id} does not compile at all: it is
 * {@linkplain #supported() unsupported} and every document goes to networknt. Callers use only
 * {@link #surelyValid}: anything but VALID means "ask networknt", so findings never depend on this class.
 *
 * <p>Compiled once per schema id and shared; the compiled tree is immutable (but for a small, bounded,
 * concurrent memo of pattern answers) and thread-safe.
 */
public final class FastSchema {

    /** The outcome of a check: exact when VALID or INVALID. */
    public enum Verdict {
        VALID, INVALID, UNKNOWN
    }

    /** A compiled schema or keyword. */
    @FunctionalInterface
    interface Check {
        Verdict test(JsonNode n);
    }

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** Keywords that never assert (under networknt's default configuration). */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default",
            "deprecated", "readOnly", "writeOnly");
    private static final Check TRUE = n -> Verdict.VALID;
    private static final Check FALSE = n -> Verdict.INVALID;
    private static final Map<String, FastSchema> CACHE = new ConcurrentHashMap<>();

    private final String id;
    private final Check root; // null: unsupported
    private final String unsupported;

    private FastSchema(String id, Check root, String unsupported) {
        this.id = id;
        this.root = root;
        this.unsupported = unsupported;
    }

    /** The pre-check of a packaged schema by id (compiled on first use, then shared). */
    public static FastSchema forId(String id) {
        return CACHE.computeIfAbsent(id, i -> {
            JsonNode schema = resource(i);
            return schema == null ? new FastSchema(i, null, "not found on the class path") : compile(schema, i);
        });
    }

    /** The pre-check of a submission role's schema. */
    public static FastSchema forRole(String role) {
        return forId(SchemaCatalog.idOf(role));
    }

    /**
     * Compiles {@code schema}, whose id is {@code id}; sibling schemas it refers to load from the class path.
     * Never throws: a schema that cannot be compiled is returned {@linkplain #supported() unsupported}.
     */
    public static FastSchema compile(JsonNode schema, String id) {
        try {
            Compiler c = new Compiler();
            c.resources.put(id, schema);
            return new FastSchema(id, c.compile(schema, id, true), null);
        } catch (Unsupported e) {
            return new FastSchema(id, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new FastSchema(id, null, "failed to compile: " + e);
        }
    }

    public String id() {
        return id;
    }

    /** False when the schema uses something this check does not handle: then every document goes to networknt. */
    public boolean supported() {
        return root != null;
    }

    /** Why the schema is unsupported, or null. */
    public String unsupportedReason() {
        return unsupported;
    }

    /** The verdict for {@code instance}; UNKNOWN when unsupported or on any doubt. */
    public Verdict verdict(JsonNode instance) {
        if (root == null || instance == null) {
            return Verdict.UNKNOWN;
        }
        try {
            return root.test(instance);
        } catch (RuntimeException | StackOverflowError e) {
            return Verdict.UNKNOWN; // e.g. a pathological regular expression: networknt decides (as before)
        }
    }

    /** True only when {@code instance} is proven valid: networknt would report no error. */
    public boolean surelyValid(JsonNode instance) {
        return verdict(instance) == Verdict.VALID;
    }

    @Override
    public String toString() {
        return "FastSchema[" + id + (root == null ? ", unsupported: " + unsupported : "") + "]";
    }

    // ---- loading ----

    /** A packaged schema under {@link SchemaCatalog#ID_PREFIX} (class path {@code schemas/...}), or null. */
    static JsonNode resource(String id) {
        if (!id.startsWith(SchemaCatalog.ID_PREFIX)) {
            return null;
        }
        String rest = id.substring(SchemaCatalog.ID_PREFIX.length());
        if (!rest.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*")) {
            return null;
        }
        try (InputStream in = FastSchema.class.getClassLoader().getResourceAsStream("schemas/" + rest)) {
            return in == null ? null : io.github.jixiao.load.TreeReader.read(in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ---- compiling ----

    /** Thrown (without a stack trace) when a schema uses something unsupported. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    /** A {@code $ref} target, filled in once compiled (so that recursive schemas compile). */
    private static final class Ref implements Check {
        Check target;

        @Override
        public Verdict test(JsonNode n) {
            return target.test(n);
        }
    }

    private static final class Compiler {
        final Map<String, JsonNode> resources = new HashMap<>();
        final Map<String, Ref> refs = new HashMap<>();

        /** Compiles {@code s} found in the resource {@code base}; {@code resourceRoot}: s is that resource's root. */
        Check compile(JsonNode s, String base, boolean resourceRoot) throws Unsupported {
            if (s.isBoolean()) {
                return s.booleanValue() ? TRUE : FALSE;
            }
            if (!s.isObject()) {
                throw new Unsupported("a schema that is neither an object nor a boolean");
            }
            Check type = null;
            List<Check> checks = new ArrayList<>();
            Check objectCheck = null;
            Check lengthCheck = null;
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                String k = e.getKey();
                JsonNode v = e.getValue();
                if (ANNOTATIONS.contains(k)) {
                    continue;
                }
                switch (k) {
                    case "$schema" -> {
                        if (!resourceRoot || !(v.isString() && DRAFT_2020_12.equals(v.stringValue()))) {
                            throw new Unsupported("$schema " + v);
                        }
                    }
                    case "$id" -> {
                        if (!resourceRoot || !(v.isString() && base.equals(v.stringValue()))) {
                            throw new Unsupported("$id " + v + " in " + base);
                        }
                    }
                    case "$defs" -> {
                        if (!v.isObject()) {
                            throw new Unsupported("$defs is not an object");
                        }
                    }
                    case "type" -> type = type(v);
                    case "properties", "additionalProperties" -> {
                        if (objectCheck == null) {
                            objectCheck = properties(s, base);
                        }
                    }
                    case "required" -> checks.add(required(v));
                    case "dependentRequired" -> checks.add(dependentRequired(v));
                    case "const" -> {
                        JsonNode c = v;
                        checks.add(n -> same(c, n));
                    }
                    case "enum" -> checks.add(enumCheck(v));
                    case "minLength", "maxLength" -> {
                        if (lengthCheck == null) {
                            lengthCheck = length(s);
                        }
                    }
                    case "minItems", "maxItems" -> checks.add(items(k, v));
                    case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> checks.add(range(k, v));
                    case "pattern" -> checks.add(pattern(v));
                    case "items" -> {
                        if (v.isArray()) {
                            throw new Unsupported("items as an array");
                        }
                        Check item = compile(v, base, false);
                        checks.add(n -> n.isArray() ? every(item, n) : Verdict.VALID);
                    }
                    case "if" -> checks.add(ifThenElse(s, base));
                    case "then", "else" -> {
                        if (!s.has("if")) {
                            throw new Unsupported(k + " without if");
                        }
                    }
                    case "allOf" -> {
                        Check[] all = subschemas(k, v, base);
                        checks.add(n -> all(all, n));
                    }
                    case "anyOf" -> checks.add(anyOf(subschemas(k, v, base)));
                    case "oneOf" -> checks.add(oneOf(subschemas(k, v, base)));
                    case "not" -> {
                        Check not = compile(v, base, false);
                        checks.add(n -> switch (not.test(n)) {
                            case VALID -> Verdict.INVALID;
                            case INVALID -> Verdict.VALID;
                            default -> Verdict.UNKNOWN;
                        });
                    }
                    case "$ref" -> checks.add(ref(v, base));
                    default -> throw new Unsupported("keyword " + k);
                }
            }
            if (type != null) {
                checks.add(0, type); // cheapest and most often decisive first
            }
            if (lengthCheck != null) {
                checks.add(lengthCheck);
            }
            if (objectCheck != null) {
                checks.add(objectCheck);
            }
            if (checks.isEmpty()) {
                return TRUE;
            }
            if (checks.size() == 1) {
                return checks.get(0);
            }
            Check[] all = checks.toArray(new Check[0]);
            return n -> all(all, n);
        }

        private Check[] subschemas(String k, JsonNode v, String base) throws Unsupported {
            if (!v.isArray() || v.isEmpty()) {
                throw new Unsupported(k + " is not a non-empty array");
            }
            Check[] out = new Check[v.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = compile(v.get(i), base, false);
            }
            return out;
        }

        private Check properties(JsonNode s, String base) throws Unsupported {
            Map<String, Check> props = new HashMap<>();
            JsonNode p = s.get("properties");
            if (p != null) {
                if (!p.isObject()) {
                    throw new Unsupported("properties is not an object");
                }
                for (Map.Entry<String, JsonNode> e : p.properties()) {
                    props.put(e.getKey(), compile(e.getValue(), base, false));
                }
            }
            JsonNode a = s.get("additionalProperties");
            if (a == null) {
                // only the named properties are checked: look them up rather than walk every property of n
                @SuppressWarnings("unchecked")
                Map.Entry<String, Check>[] named = props.entrySet().toArray(new Map.Entry[0]);
                return n -> {
                    if (!n.isObject()) {
                        return Verdict.VALID;
                    }
                    Verdict acc = Verdict.VALID;
                    for (Map.Entry<String, Check> e : named) {
                        JsonNode v = n.get(e.getKey());
                        if (v != null) {
                            Verdict r = e.getValue().test(v);
                            if (r == Verdict.INVALID) {
                                return r;
                            }
                            if (r == Verdict.UNKNOWN) {
                                acc = r;
                            }
                        }
                    }
                    return acc;
                };
            }
            Check additional = compile(a, base, false);
            // the check of each name, kept in a small table by the name's hash (cached in the String) and found again by
            // a reference comparison: the objects of a file (its hundreds of indicators) repeat the same names, each the
            // same String as the parser's symbol table gives it, so no equals and no map node is needed; optional
            // properties shifting the others' places do not matter. A miss (another String, a collision) falls back to
            // the lookup. A Known is immutable (final fields), so threads sharing this compiled check see a whole one or none.
            Known[] known = new Known[KNOWN_SLOTS];
            return n -> {
                if (!n.isObject()) {
                    return Verdict.VALID;
                }
                Verdict acc = Verdict.VALID;
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    String name = e.getKey();
                    int h = name.hashCode();
                    int slot = (h ^ (h >>> 16)) & (KNOWN_SLOTS - 1);
                    Known k = known[slot];
                    Check c;
                    if (k != null && k.name == name) {
                        c = k.check;
                    } else {
                        c = props.get(name);
                        if (c == null) {
                            c = additional;
                        }
                        known[slot] = new Known(name, c);
                    }
                    Verdict v = c.test(e.getValue());
                    if (v == Verdict.INVALID) {
                        return v;
                    }
                    if (v == Verdict.UNKNOWN) {
                        acc = v;
                    }
                }
                return acc;
            };
        }

        /** The size of {@link #properties}' table of names it has seen (a power of two). */
        private static final int KNOWN_SLOTS = 64;

        /** A property name as the parser gave it, and the check its value gets. */
        private static final class Known {
            final String name;
            final Check check;

            Known(String name, Check check) {
                this.name = name;
                this.check = check;
            }
        }

        private static Check required(JsonNode v) throws Unsupported {
            String[] names = strings("required", v);
            return n -> {
                if (!n.isObject()) {
                    return Verdict.VALID;
                }
                for (String name : names) {
                    if (n.get(name) == null) {
                        return Verdict.INVALID;
                    }
                }
                return Verdict.VALID;
            };
        }

        private static Check dependentRequired(JsonNode v) throws Unsupported {
            if (!v.isObject()) {
                throw new Unsupported("dependentRequired is not an object");
            }
            Map<String, String[]> deps = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                deps.put(e.getKey(), strings("dependentRequired", e.getValue()));
            }
            return n -> {
                if (!n.isObject()) {
                    return Verdict.VALID;
                }
                for (Map.Entry<String, String[]> d : deps.entrySet()) {
                    if (n.get(d.getKey()) != null) {
                        for (String name : d.getValue()) {
                            if (n.get(name) == null) {
                                return Verdict.INVALID;
                            }
                        }
                    }
                }
                return Verdict.VALID;
            };
        }

        private static String[] strings(String k, JsonNode v) throws Unsupported {
            if (!v.isArray()) {
                throw new Unsupported(k + " is not an array");
            }
            String[] out = new String[v.size()];
            for (int i = 0; i < out.length; i++) {
                if (!v.get(i).isString()) {
                    throw new Unsupported(k + " holds a non-string");
                }
                out[i] = v.get(i).stringValue();
            }
            return out;
        }

        private static final int OBJECT = 1;
        private static final int ARRAY = 2;
        private static final int STRING = 4;
        private static final int NUMBER = 8;
        private static final int INTEGER = 16;
        private static final int BOOLEAN = 32;
        private static final int NULL = 64;

        private static Check type(JsonNode v) throws Unsupported {
            int mask = 0;
            if (v.isString()) {
                mask = typeBit(v.stringValue());
            } else if (v.isArray() && !v.isEmpty()) {
                for (JsonNode t : v) {
                    if (!t.isString()) {
                        throw new Unsupported("type holds a non-string");
                    }
                    mask |= typeBit(t.stringValue());
                }
            } else {
                throw new Unsupported("type " + v);
            }
            int m = mask;
            return n -> switch (n.getNodeType()) {
                case OBJECT -> of((m & OBJECT) != 0);
                case ARRAY -> of((m & ARRAY) != 0);
                case STRING -> of((m & STRING) != 0);
                case BOOLEAN -> of((m & BOOLEAN) != 0);
                case NULL -> of((m & NULL) != 0);
                case NUMBER -> {
                    if ((m & NUMBER) != 0 || ((m & INTEGER) != 0 && n.isIntegralNumber())) {
                        yield Verdict.VALID;
                    }
                    if ((m & INTEGER) == 0) {
                        yield Verdict.INVALID;
                    }
                    // a floating-point node against "integer": networknt accepts it when its value is integral
                    if (n.numberType() == NumberType.BIG_DECIMAL) {
                        BigDecimal d = n.decimalValue();
                        yield d.signum() == 0 || d.stripTrailingZeros().scale() <= 0 ? Verdict.UNKNOWN : Verdict.INVALID;
                    }
                    yield Verdict.UNKNOWN;
                }
                default -> Verdict.UNKNOWN;
            };
        }

        private static int typeBit(String t) throws Unsupported {
            return switch (t) {
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "string" -> STRING;
                case "number" -> NUMBER;
                case "integer" -> INTEGER;
                case "boolean" -> BOOLEAN;
                case "null" -> NULL;
                default -> throw new Unsupported("type " + t);
            };
        }

        private static Check enumCheck(JsonNode v) throws Unsupported {
            if (!v.isArray()) {
                throw new Unsupported("enum is not an array");
            }
            JsonNode[] values = new JsonNode[v.size()];
            Set<String> strings = new HashSet<>();
            for (int i = 0; i < values.length; i++) {
                values[i] = v.get(i);
                if (values[i].isString()) {
                    strings.add(values[i].stringValue());
                }
            }
            return n -> {
                if (n.isString()) {
                    // a string equals no number, boolean, null, array or object
                    return of(strings.contains(n.stringValue()));
                }
                Verdict acc = Verdict.INVALID;
                for (JsonNode c : values) {
                    Verdict s = same(c, n);
                    if (s == Verdict.VALID) {
                        return s;
                    }
                    if (s == Verdict.UNKNOWN) {
                        acc = s;
                    }
                }
                return acc;
            };
        }

        /** minLength and maxLength together, in code points (a string of n chars holds n/2 to n code points). */
        private static Check length(JsonNode s) throws Unsupported {
            int min = s.has("minLength") ? count("minLength", s.get("minLength")) : 0;
            int max = s.has("maxLength") ? count("maxLength", s.get("maxLength")) : Integer.MAX_VALUE;
            return n -> {
                if (!n.isString()) {
                    return notAString(n);
                }
                String str = n.stringValue();
                int chars = str.length();
                if (chars >= 2L * min && chars <= max) {
                    return Verdict.VALID; // without counting
                }
                int len = str.codePointCount(0, chars);
                return of(len >= min && len <= max);
            };
        }

        private static Check items(String k, JsonNode v) throws Unsupported {
            int limit = count(k, v);
            boolean min = k.equals("minItems");
            return n -> !n.isArray() ? Verdict.VALID : of(min ? n.size() >= limit : n.size() <= limit);
        }

        private static int count(String k, JsonNode v) throws Unsupported {
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
                throw new Unsupported(k + " " + v);
            }
            return v.intValue();
        }

        private static Check range(String k, JsonNode v) throws Unsupported {
            if (!v.isNumber() || !finite(v)) {
                throw new Unsupported(k + " " + v);
            }
            BigDecimal bound = v.decimalValue();
            if (!v.isIntegralNumber()) {
                // networknt reads the schema with its own mapper: accept only bounds that a double reads alike
                if (!Double.isFinite(bound.doubleValue())) {
                    throw new Unsupported(k + " " + v + " is out of the range of a double");
                }
                if (!readAlikeAsDouble(bound)) {
                    throw new Unsupported(k + " " + v + " is not exact as a double");
                }
            }
            return switch (k) {
                case "minimum" -> n -> compare(n, bound, c -> c >= 0);
                case "maximum" -> n -> compare(n, bound, c -> c <= 0);
                case "exclusiveMinimum" -> n -> compare(n, bound, c -> c > 0);
                default -> n -> compare(n, bound, c -> c < 0);
            };
        }

        private static Verdict compare(JsonNode n, BigDecimal bound, java.util.function.IntPredicate ok) {
            if (!n.isNumber()) {
                return Verdict.VALID;
            }
            if (!finite(n)) {
                return Verdict.UNKNOWN;
            }
            return of(ok.test(n.decimalValue().compareTo(bound)));
        }

        private static Check pattern(JsonNode v) throws Unsupported {
            if (!v.isString()) {
                throw new Unsupported("pattern " + v);
            }
            String regex = v.stringValue();
            if (regex.contains("\\p") || regex.contains("\\P")) {
                throw new Unsupported("pattern with a character property: " + regex);
            }
            Pattern p;
            try {
                p = Pattern.compile(dollarAnchors(regex));
            } catch (PatternSyntaxException e) {
                throw new Unsupported("pattern " + regex);
            }
            // networknt 3's default (JDK) regular expressions: find() anywhere in the string. The same short
            // strings (dates, references) recur throughout a submission: remember a bounded number of answers.
            Map<String, Boolean> seen = new ConcurrentHashMap<>();
            return n -> {
                if (!n.isString()) {
                    return notAString(n);
                }
                String str = n.stringValue();
                Boolean found = seen.get(str);
                if (found == null) {
                    found = p.matcher(str).find();
                    if (str.length() <= 64 && seen.size() < 1024) {
                        seen.put(str, found);
                    }
                }
                return of(found);
            };
        }

        private Check ifThenElse(JsonNode s, String base) throws Unsupported {
            Check cond = compile(s.get("if"), base, false);
            Check then = s.has("then") ? compile(s.get("then"), base, false) : TRUE;
            Check otherwise = s.has("else") ? compile(s.get("else"), base, false) : TRUE;
            return n -> switch (cond.test(n)) {
                case VALID -> then.test(n);
                case INVALID -> otherwise.test(n);
                default -> {
                    Verdict a = then.test(n);
                    yield a == otherwise.test(n) ? a : Verdict.UNKNOWN; // either branch gives the same answer
                }
            };
        }

        private static Check anyOf(Check[] subs) {
            return n -> {
                Verdict acc = Verdict.INVALID;
                for (Check c : subs) {
                    Verdict v = c.test(n);
                    if (v == Verdict.VALID) {
                        return v;
                    }
                    if (v == Verdict.UNKNOWN) {
                        acc = v;
                    }
                }
                return acc;
            };
        }

        private static Check oneOf(Check[] subs) {
            return n -> {
                int valid = 0;
                int unknown = 0;
                for (Check c : subs) {
                    Verdict v = c.test(n);
                    if (v == Verdict.VALID && ++valid > 1) {
                        return Verdict.INVALID;
                    }
                    if (v == Verdict.UNKNOWN) {
                        unknown++;
                    }
                }
                if (unknown == 0) {
                    return of(valid == 1);
                }
                return Verdict.UNKNOWN;
            };
        }

        private Check ref(JsonNode v, String base) throws Unsupported {
            if (!v.isString()) {
                throw new Unsupported("$ref " + v);
            }
            String r = v.stringValue();
            int hash = r.indexOf('#');
            String path = hash < 0 ? r : r.substring(0, hash);
            String fragment = hash < 0 ? "" : r.substring(hash + 1);
            String target;
            if (path.isEmpty()) {
                target = base;
            } else if (path.startsWith(SchemaCatalog.ID_PREFIX)) {
                target = path;
            } else if (path.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*") && base.startsWith(SchemaCatalog.ID_PREFIX)) {
                target = base.substring(0, base.lastIndexOf('/') + 1) + path; // a sibling file
            } else {
                throw new Unsupported("$ref " + r + " from " + base);
            }
            if (!fragment.isEmpty() && !fragment.startsWith("/") || fragment.contains("%")) {
                throw new Unsupported("$ref " + r + " (an anchor or an escaped pointer)");
            }
            String key = target + "#" + fragment;
            Ref known = refs.get(key);
            if (known != null) {
                return known;
            }
            JsonNode doc = resources.get(target);
            if (doc == null) {
                doc = resource(target);
                if (doc == null) {
                    throw new Unsupported("$ref " + r + ": " + target + " not found");
                }
                resources.put(target, doc);
            }
            JsonNode at = doc;
            if (!fragment.isEmpty()) {
                for (String token : fragment.substring(1).split("/", -1)) {
                    String t = token.replace("~1", "/").replace("~0", "~");
                    at = at.isObject() ? at.get(t) : null;
                    if (at == null) {
                        throw new Unsupported("$ref " + r + ": no " + fragment + " in " + target);
                    }
                }
            }
            Ref ref = new Ref();
            refs.put(key, ref);
            ref.target = compile(at, target, fragment.isEmpty());
            return ref;
        }
    }

    // ---- evaluating ----

    /**
     * What a string keyword says of a node that is not a string: nothing, except of binary, POJO or missing
     * nodes, which never come from our parser (networknt counts binary nodes as strings).
     */
    private static Verdict notAString(JsonNode n) {
        return switch (n.getNodeType()) {
            case OBJECT, ARRAY, NUMBER, BOOLEAN, NULL -> Verdict.VALID;
            default -> Verdict.UNKNOWN;
        };
    }

    private static Verdict of(boolean b) {
        return b ? Verdict.VALID : Verdict.INVALID;
    }

    private static Verdict all(Check[] checks, JsonNode n) {
        Verdict acc = Verdict.VALID;
        for (Check c : checks) {
            Verdict v = c.test(n);
            if (v == Verdict.INVALID) {
                return v;
            }
            if (v == Verdict.UNKNOWN) {
                acc = v;
            }
        }
        return acc;
    }

    private static Verdict every(Check item, JsonNode array) {
        Verdict acc = Verdict.VALID;
        for (JsonNode e : array) {
            Verdict v = item.test(e);
            if (v == Verdict.INVALID) {
                return v;
            }
            if (v == Verdict.UNKNOWN) {
                acc = v;
            }
        }
        return acc;
    }

    /** Whether {@code n} equals {@code c} as networknt's const and enum compare them. */
    private static Verdict same(JsonNode c, JsonNode n) {
        if (c.isNumber() || n.isNumber()) {
            if (!c.isNumber() || !n.isNumber()) {
                return Verdict.INVALID; // a number equals no other kind of value
            }
            if (c.numberType() != n.numberType() || !finite(c) || !finite(n)) {
                return Verdict.UNKNOWN;
            }
            if (c.numberType() == NumberType.BIG_DECIMAL && !readAlikeAsDouble(c.decimalValue())) {
                // networknt reads the schema's decimals as doubles: 1e309 is Infinity there, equal to nothing
                return Verdict.UNKNOWN;
            }
            return of(c.decimalValue().compareTo(n.decimalValue()) == 0);
        }
        if (c.isContainer() || n.isContainer()) {
            return c.isContainer() && n.isContainer() ? Verdict.UNKNOWN : Verdict.INVALID;
        }
        if (c.isString() && n.isString()) {
            return of(c.stringValue().equals(n.stringValue()));
        }
        if (c.isBoolean() && n.isBoolean()) {
            return of(c.booleanValue() == n.booleanValue());
        }
        if (c.isNull() && n.isNull()) {
            return Verdict.VALID;
        }
        boolean plain = (c.isString() || c.isBoolean() || c.isNull()) && (n.isString() || n.isBoolean() || n.isNull());
        return plain ? Verdict.INVALID : Verdict.UNKNOWN; // different kinds of scalar never equal
    }

    /** Whether a double holds {@code d} exactly (finite, and read back as the same value). */
    private static boolean readAlikeAsDouble(BigDecimal d) {
        double x = d.doubleValue();
        return Double.isFinite(x) && new BigDecimal(Double.toString(x)).compareTo(d) == 0;
    }

    private static boolean finite(JsonNode n) {
        NumberType t = n.numberType();
        return (t != NumberType.DOUBLE && t != NumberType.FLOAT) || Double.isFinite(n.doubleValue());
    }

    /**
     * networknt 3's JDK regular expressions read an unescaped {@code $} outside a character class and outside
     * {@code \Q...\E} as {@code \z} (the end of the input, as in ECMAScript), not as Java's "end, or before a final
     * line terminator"; the same rewriting, so that the JDK sees the same expression.
     */
    static String dollarAnchors(String regex) {
        if (regex.indexOf('$') < 0) {
            return regex;
        }
        StringBuilder sb = new StringBuilder();
        boolean inClass = false;
        boolean quoted = false;
        for (int i = 0; i < regex.length(); i++) {
            char ch = regex.charAt(i);
            if (quoted) {
                if (ch == '\\' && i + 1 < regex.length() && regex.charAt(i + 1) == 'E') {
                    sb.append("\\E");
                    quoted = false;
                    i++;
                } else {
                    sb.append(ch);
                }
            } else if (ch == '\\') {
                sb.append(ch);
                if (i + 1 < regex.length()) {
                    char next = regex.charAt(i + 1);
                    sb.append(next);
                    if (next == 'Q') {
                        quoted = true;
                    }
                    i++;
                }
            } else if (ch == '[') {
                inClass = true;
                sb.append(ch);
            } else if (ch == ']') {
                inClass = false;
                sb.append(ch);
            } else if (ch == '$') {
                sb.append(inClass ? "$" : "\\z");
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
