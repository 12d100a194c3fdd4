package io.github.jixiao.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Validates a parsed document against the schema it names; each violation becomes a {@code schema} finding. */
public final class SchemaValidator {

    private final SchemaCatalog catalog = SchemaCatalog.get();
    private final Function<String, FastSchema> fast;

    public SchemaValidator() {
        this(FastSchema::forRole);
    }

    /** With another pre-check per role (tests: an unsupported one, to see networknt's findings alone). */
    SchemaValidator(Function<String, FastSchema> fast) {
        this.fast = fast;
    }

    /**
     * Validates {@code doc}. Returns findings; a document naming no schema, or one that is not ours, gets a
     * single {@code schema-unknown} finding (nothing is fetched). A document that {@link FastSchema} proves
     * valid gets none without running networknt; on any doubt networknt validates it and gives every finding.
     */
    public List<Finding> validate(JsonDocument doc) {
        List<Finding> out = new ArrayList<>();
        JsonNode root = doc.root();
        if (!root.isObject()) {
            Src s = doc.src(root, "");
            out.add(new Finding("schema", Severity.ERROR, "type", List.of("object"), doc.file(), "", s.line(), s.column(), null));
            return out;
        }
        String id = doc.schemaId();
        String role = SchemaCatalog.roleOf(id);
        if (role == null) {
            JsonNode schemaNode = root.get("$schema");
            Src s = schemaNode == null ? doc.src(root, "") : doc.src(schemaNode, "/$schema");
            String key = id == null ? "missing" : (id.startsWith("http://") || id.startsWith("https://")) && !SchemaCatalog.isOurs(id) ? "remote" : "unknown";
            out.add(new Finding("schema-unknown", Severity.ERROR, key,
                    List.of(id == null ? "" : SubmissionLoader.excerpt(id, 120)), doc.file(), s.pointer(), s.line(), s.column(), null));
            return out;
        }
        if (fast.apply(role).surelyValid(root)) {
            return out; // proven valid: networknt would report nothing (and need not even be compiled)
        }
        Schema schema = catalog.schema(role);
        List<Error> errors;
        try {
            errors = schema.validate(root);
        } catch (RuntimeException e) {
            // networknt 3.0.9 throws on some values instead of reporting them (1E+400 against an integer
            // minimum: Jackson's asLong() refuses it); the value itself is reported by the number check
            Src s = doc.src(root, "");
            out.add(new Finding("schema", Severity.ERROR, "unchecked", List.of("/"), doc.file(), "", s.line(), s.column(), null));
            return out;
        }
        for (Error e : errors) {
            out.add(toFinding(doc, e));
        }
        return out;
    }

    private static Finding toFinding(JsonDocument doc, Error e) {
        String pointer = pointerOf(e.getInstanceLocation());
        JsonNode node = e.getInstanceNode();
        Src s = node != null ? doc.src(node, pointer) : doc.src(pointer);
        if (("additionalProperties".equals(e.getKeyword()) || "unevaluatedProperties".equals(e.getKeyword()))
                && node != null && e.getProperty() != null && node.get(e.getProperty()) != null) {
            // point at the unknown field itself (its value, on the key's line), not at the object's brace
            Src at = doc.src(node.get(e.getProperty()), pointer + "/" + io.github.jixiao.load.Pointers.escape(e.getProperty()));
            s = new Src(at.file(), pointer, at.line(), at.column());
        }
        String keyword = e.getKeyword() == null ? "other" : e.getKeyword();
        List<String> args = new ArrayList<>();
        args.add(pointer.isEmpty() ? "/" : pointer);
        switch (keyword) {
            case "required", "dependentRequired" -> {
                String missing = e.getProperty() == null ? argument(e, 0) : e.getProperty();
                args.add(missing);
                // what to write: the one value the format allows ("schemaVersion": "1.0"), else what the field is (预算年度)
                String[] about = "required".equals(keyword) ? aboutField(e.getSchemaLocation(), missing) : null;
                if (about != null) {
                    keyword = about[0];
                    args.add(about[1]);
                }
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String unknown = e.getProperty() == null ? argument(e, 0) : e.getProperty();
                args.add(unknown);
                // a misspelt field (preparor, fullYearBuget): the field of the submission format it is nearest to
                String near = nearestField(doc.schemaId(), unknown);
                if (near != null) {
                    keyword = "additionalProperties-near";
                    args.add(near);
                }
            }
            case "type" -> {
                args.add(actualType(node));
                String expected = argument(e, 1).isEmpty() ? argument(e, 0) : argument(e, 1);
                args.add(expected);
                // a number typed as text ("1,200.50", "１２００", "2025年"): the number to write instead
                String number = node != null && node.isString() ? io.github.jixiao.load.NumberText.of(node.asString(), expected) : null;
                String[] amount = number == null && node != null && node.isString() ? amountText(doc, pointer, node.asString(), expected) : null;
                if (number != null) {
                    keyword = "type-number-text";
                    args.add(SubmissionLoader.excerpt(node.asString(), 40));
                    args.add(number);
                } else if (amount != null) {
                    // "1200万元" where "unit": "万元" is beside it: the number alone, the unit being written once
                    keyword = amount[1].equals(amount[2]) ? "type-number-unit" : "type-number-unit-other";
                    args.add(SubmissionLoader.excerpt(node.asString(), 40));
                    args.add(amount[0]);
                    args.add(amount[1]);
                    args.add(amount[2]);
                } else if (node != null && node.isNumber() && "object".equals(expected)
                        && MoneyFields.isMoney(SchemaCatalog.roleOf(doc.schemaId()), pointer)) {
                    // an amount typed as a bare number ("actualExpenditure": 912): the object to write, with its unit
                    keyword = "type-money";
                    args.add(SubmissionLoader.excerpt(node.toString(), 40));
                }
            }
            case "enum" -> {
                args.add(enumValues(e));
                // 自评价 for 自评, 产出 for 产出指标: what was written, and the allowed value it is nearest to
                String near = node != null && node.isString() && e.getSchemaNode() != null && e.getSchemaNode().isArray()
                        ? nearestValue(node.asString(), e.getSchemaNode()) : null;
                if (near != null) {
                    keyword = "enum-near";
                    args.add(SubmissionLoader.excerpt(node.asString(), 40));
                    args.add(near);
                }
            }
            case "const" -> args.add(constValue(e));
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                    "minItems", "maxItems", "pattern", "format" -> {
                args.add(schemaValue(e));
                args.add(node == null ? "" : SubmissionLoader.excerpt(node.isString() ? node.asString() : node.toString(), 40));
                String date = "pattern".equals(keyword) && node != null && node.isString() ? isoDate(node.asString()) : null;
                if (date != null) {
                    // 2025.12.31, 2025/12/31, 2025年12月31日: the same date as the format writes it
                    keyword = "pattern-date";
                    args.add(date);
                }
            }
            default -> {
                keyword = "other";
                args.add(SubmissionLoader.excerpt(e.getMessage(), 200));
            }
        }
        return new Finding("schema", Severity.ERROR, keyword, args, doc.file(), pointer, s.line(), s.column(), null);
    }

    private static final java.util.regex.Pattern AMOUNT_TEXT = java.util.regex.Pattern.compile("^([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*(万元|万|元)$");
    private static final java.util.regex.Pattern DATE_TEXT =
            java.util.regex.Pattern.compile("^([0-9]{4})\\s*[.．/年\\-－。]\\s*([0-9]{1,2})\\s*[.．/月\\-－。]\\s*([0-9]{1,2})\\s*日?$");

    /**
     * An amount typed with its unit ("1200万元", "４.２１万") where a number belongs and the object it is in, or one above
     * it, names the unit ("unit": "万元"): the number, the unit typed (万 read as 万元) and the unit written; null
     * otherwise. The number is not read as the figure: where the two units differ it would be off by ten thousand.
     */
    static String[] amountText(JsonDocument doc, String pointer, String text, String expected) {
        if (!"number".equals(expected) && !"integer".equals(expected) || text == null || text.length() > 40) {
            return null;
        }
        java.util.regex.Matcher m = AMOUNT_TEXT.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .strip().replace(",", "").replace("。", "."));
        if (!m.matches() || doc == null || doc.root() == null) {
            return null;
        }
        String typed = "万".equals(m.group(2)) ? "万元" : m.group(2);
        for (String at = pointer; at.lastIndexOf('/') >= 0; ) {
            at = at.substring(0, at.lastIndexOf('/'));
            JsonNode unit = doc.root().at(at).get("unit");
            if (unit != null && unit.isString() && ("万元".equals(unit.asString()) || "元".equals(unit.asString()))) {
                String number = m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1);
                return new String[] {number, typed, unit.asString()};
            }
        }
        return null;
    }

    /**
     * The allowed value {@code written} most likely stands for: one it holds or that holds it, both of two characters or
     * more (自评价 → 自评, 产出 → 产出指标, 监控 → 运行监控), else one a single character away, both of three or more (产出指票 →
     * 产出指标; not 美元 → 万元), case aside (Department → department); the first in the schema's order among the nearest;
     * null where none is so near.
     */
    static String nearestValue(String written, JsonNode allowed) {
        String w = written.strip();
        if (w.isEmpty() || w.length() > 40) {
            return null;
        }
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (JsonNode v : allowed) {
            if (!v.isString() || v.asString().isEmpty()) {
                continue;
            }
            String a = v.asString();
            if (a.equals(written)) {
                return null;
            }
            int d = io.github.jixiao.text.Strings.editDistance(w.toLowerCase(java.util.Locale.ROOT), a.toLowerCase(java.util.Locale.ROOT));
            boolean near = d == 0 || Math.min(w.length(), a.length()) >= 2 && (a.contains(w) || w.contains(a))
                    || d == 1 && Math.min(w.length(), a.length()) >= 3;
            if (near && d < bestD) {
                best = a;
                bestD = d;
            }
        }
        return best;
    }

    /** A date written otherwise (2025.12.31, 2025/12/31, 2025年12月31日) as YYYY-MM-DD; null where it is no such date. */
    static String isoDate(String text) {
        if (text == null || text.length() > 20) {
            return null;
        }
        java.util.regex.Matcher m = DATE_TEXT.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return m.group(1) + "-" + (month < 10 ? "0" : "") + month + "-" + (day < 10 ? "0" : "") + day;
    }

    /** Every field name the submission format defines, per schema id (its file's and common.schema.json's). */
    private static final java.util.Map<String, java.util.Set<String>> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The field of the format nearest to {@code unknown} by edit distance, when near enough to be a misspelling (at
     * most 1 edit for names up to 5 characters, 2 up to 10, else 3) and not the name itself; else null.
     */
    static String nearestField(String schemaId, String unknown) {
        String role = SchemaCatalog.roleOf(schemaId);
        if (role == null || unknown == null || unknown.isEmpty() || unknown.length() > 60) {
            return null;
        }
        java.util.Set<String> fields = FIELDS.computeIfAbsent(role, SchemaValidator::fieldsOf);
        String near = io.github.jixiao.text.Strings.nearest(unknown, fields);
        if (near == null || near.equals(unknown)) {
            return null;
        }
        int limit = unknown.length() <= 5 ? 1 : unknown.length() <= 10 ? 2 : 3;
        return io.github.jixiao.text.Strings.editDistance(unknown.toLowerCase(java.util.Locale.ROOT), near.toLowerCase(java.util.Locale.ROOT))
                <= limit ? near : null;
    }

    private static java.util.Set<String> fieldsOf(String role) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String file : List.of(role, "common")) {
            // the packaged schema as the pre-check reads it; null (no suggestion then) when it cannot be read
            collectFields(FastSchema.resource(SchemaCatalog.idOf(file)), out);
        }
        return java.util.Set.copyOf(out);
    }

    private static void collectFields(JsonNode n, java.util.Set<String> out) {
        if (n == null || !n.isContainer()) {
            return;
        }
        JsonNode props = n.get("properties");
        if (props != null && props.isObject()) {
            props.propertyNames().forEach(out::add);
        }
        for (JsonNode child : n) {
            collectFields(child, out);
        }
    }

    /** {@link #aboutField}'s answers by schema location and field: a few dozen at most (the schemas' required fields). */
    private static final java.util.Map<String, java.util.Optional<String[]>> ABOUT = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What a required field the submission leaves out is, from the packaged schema that requires it: {@code
     * required-const} and the JSON of the one value it allows ({@code "1.0"} for schemaVersion, the schema's address
     * for {@code $schema}), or {@code required-titled} and the Chinese of its title (预算年度 for year, the part before
     * " / " where a title gives English after it); null where the schema says neither. Read once per schema location
     * and field, never from the submission.
     */
    static String[] aboutField(com.networknt.schema.SchemaLocation location, String field) {
        if (location == null || field == null) {
            return null;
        }
        return ABOUT.computeIfAbsent(location + "\u0000" + field, k -> java.util.Optional.ofNullable(readAbout(location.toString(), field)))
                .orElse(null);
    }

    private static String[] readAbout(String location, String field) {
        int hash = location.indexOf('#');
        String fragment = hash < 0 ? "" : location.substring(hash + 1);
        if (hash < 0 || !fragment.endsWith("/required")) {
            return null;
        }
        String id = location.substring(0, hash);
        JsonNode schema = FastSchema.resource(id);
        if (schema == null) {
            return null;
        }
        JsonNode property = schema.at(fragment.substring(0, fragment.length() - "/required".length())).path("properties").path(field);
        JsonNode target = property;
        JsonNode ref = property.get("$ref");
        if (ref != null && ref.isString() && !ref.asString().contains(":") && ref.asString().indexOf('#') > 0) {
            // one relative reference, within the packaged schemas (common.schema.json#/$defs/schemaVersion)
            String r = ref.asString();
            JsonNode other = FastSchema.resource(id.substring(0, id.lastIndexOf('/') + 1) + r.substring(0, r.indexOf('#')));
            target = other == null ? tools.jackson.databind.node.MissingNode.getInstance() : other.at(r.substring(r.indexOf('#') + 1));
        }
        JsonNode value = property.has("const") ? property.get("const") : target.get("const");
        if (value != null && (value.isString() || value.isNumber() || value.isBoolean())) {
            return new String[] {"required-const", SubmissionLoader.excerpt(value.toString(), 120)};
        }
        JsonNode title = property.has("title") ? property.get("title") : target.get("title");
        if (title != null && title.isString() && !title.asString().isBlank()) {
            String t = title.asString();
            int slash = t.indexOf(" / ");
            return new String[] {"required-titled", SubmissionLoader.excerpt((slash > 0 ? t.substring(0, slash) : t).strip(), 120)};
        }
        return null;
    }

    /** The JSON pointer of a networknt instance location. */
    public static String pointerOf(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(io.github.jixiao.load.Pointers.escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    private static String argument(Error e, int i) {
        Object[] a = e.getArguments();
        return a != null && a.length > i && a[i] != null ? SubmissionLoader.excerpt(String.valueOf(a[i]), 120) : "";
    }

    /**
     * The values a schema array lists ({@code enum}), strings as written and the rest as JSON, joined with
     * {@code separator} and cut at 200 characters: a message's language-neutral argument.
     */
    public static String values(JsonNode array, String separator) {
        List<String> vals = new ArrayList<>();
        array.forEach(v -> vals.add(v.isString() ? v.asString() : v.toString()));
        return SubmissionLoader.excerpt(String.join(separator, vals), 200);
    }

    /** The JSON type of {@code n} as a schema names it ("missing" for no node): a message's language-neutral argument. */
    public static String actualType(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        if (n.isString()) {
            return "string";
        }
        if (n.isIntegralNumber()) {
            return "integer";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        if (n.isNull()) {
            return "null";
        }
        return n.isArray() ? "array" : "object";
    }

    private static String schemaValue(Error e) {
        JsonNode s = e.getSchemaNode();
        if (s == null) {
            return argument(e, 0);
        }
        return SubmissionLoader.excerpt(s.isString() ? s.asString() : s.toString(), 80);
    }

    private static String enumValues(Error e) {
        JsonNode s = e.getSchemaNode();
        if (s != null && s.isArray()) {
            return values(s, "、");
        }
        return Arrays.stream(e.getArguments() == null ? new Object[0] : e.getArguments())
                .map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String constValue(Error e) {
        JsonNode s = e.getSchemaNode();
        if (s != null) {
            return SubmissionLoader.excerpt(s.isString() ? s.asString() : s.toString(), 120);
        }
        return argument(e, 0);
    }
}
