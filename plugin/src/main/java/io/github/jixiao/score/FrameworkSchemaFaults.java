package io.github.jixiao.score;

import com.networknt.schema.Error;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Pointers;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.validate.SchemaCatalog;
import io.github.jixiao.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The schema errors networknt reports for a framework file, as {@code framework-invalid} message keys with arguments
 * in no language: a key per schema keyword (its texts, zh and en, in the rule's metadata), the arguments the
 * property names, values and bounds as written. The schema library's English message is never quoted, so a Chinese
 * report reads Chinese and a finding's fingerprint is the same in every report language; a keyword not foreseen
 * here is the rule's default message, naming the keyword and where the schema states it.
 *
 * <p>Errors that only explain another are left out: the branches of a failed {@code oneOf} (nine "required" for one
 * expression that names no operation), every method's parameters when a method names no {@code type} (the schema's
 * if/then applies them all), and any other keyword at a place whose JSON type is already wrong.
 */
final class FrameworkSchemaFaults {
    private FrameworkSchemaFaults() {
    }

    /**
     * One fault: where ({@code pointer} of the instance, {@code at} for the line and column), the message key and its
     * arguments after the file and the pointer.
     */
    record Fault(Error error, String pointer, String key, List<String> args, Src at) {
    }

    private static final Pattern ONE_OF_BRANCH = Pattern.compile("/oneOf/\\d+/");
    private static final Pattern THEN = Pattern.compile("/then/");

    static List<Fault> of(JsonDocument doc, List<Error> errors) {
        List<Error> kept = explaining(errors);
        List<Fault> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Error e : kept) {
            Fault f = fault(doc, e);
            if (seen.add(f.pointer() + "\u0000" + f.key() + "\u0000" + String.join("\u0001", f.args()))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The errors that say something of their own (see the class comment). Looked up by pointer and its ancestors, never
     * error against error: a file of thousands of broken criteria gives hundreds of thousands of errors.
     */
    private static List<Error> explaining(List<Error> errors) {
        Set<String> oneOf = new HashSet<>();
        Set<String> typed = new HashSet<>();
        // the places of methods that name no type → how deep in if/then their own "required type" is
        Map<String, Integer> untyped = new HashMap<>();
        for (Error e : errors) {
            String p = pointer(e);
            if ("oneOf".equals(e.getKeyword())) {
                oneOf.add(p);
            } else if ("type".equals(e.getKeyword())) {
                typed.add(p);
            } else if (untypedMethod(e)) {
                untyped.merge(p, count(THEN, String.valueOf(e.getEvaluationPath())), Math::min);
            }
        }
        List<Error> out = new ArrayList<>();
        for (Error e : errors) {
            String p = pointer(e);
            if (typed.contains(p) && !"type".equals(e.getKeyword())) {
                continue;
            }
            String eval = String.valueOf(e.getEvaluationPath());
            if (!oneOf.isEmpty() && ONE_OF_BRANCH.matcher(eval).find() && underAny(p, oneOf)) {
                continue;
            }
            if (!untyped.isEmpty() && !untypedMethod(e) && underUntyped(p, count(THEN, eval), untyped)) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** "required type" of a method (every method's parameters then apply: the schema's if/then on the type). */
    private static boolean untypedMethod(Error e) {
        return "required".equals(e.getKeyword()) && "type".equals(e.getProperty()) && schemaPath(e).endsWith("/method/required");
    }

    /** Whether {@code p} is one of {@code places} or inside one. */
    private static boolean underAny(String p, Set<String> places) {
        for (String q = p; ; q = q.substring(0, q.lastIndexOf('/'))) {
            if (places.contains(q)) {
                return true;
            }
            if (q.isEmpty()) {
                return false;
            }
        }
    }

    /** Whether {@code p} is at or inside a method that names no type, reached through more if/then than its "required type". */
    private static boolean underUntyped(String p, int thens, Map<String, Integer> untyped) {
        for (String q = p; ; q = q.substring(0, q.lastIndexOf('/'))) {
            Integer own = untyped.get(q);
            if (own != null && thens > own) {
                return true;
            }
            if (q.isEmpty()) {
                return false;
            }
        }
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String pointer(Error e) {
        return SchemaValidator.pointerOf(e.getInstanceLocation());
    }

    /** Where the schema states the keyword, as a fragment of framework.schema.json ("#/$defs/band/dependentRequired"). */
    private static String schemaPath(Error e) {
        String s = e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(hash);
    }

    private static Fault fault(JsonDocument doc, Error e) {
        String pointer = pointer(e);
        JsonNode node = e.getInstanceNode();
        Src at = node != null ? doc.src(node, pointer) : doc.src(pointer);
        String k = e.getKeyword() == null ? "" : e.getKeyword();
        String where = schemaPath(e);
        List<String> args = new ArrayList<>();
        String key = k;
        switch (k) {
            case "required" -> args.add(property(e));
            case "additionalProperties" -> {
                String name = property(e);
                args.add(name);
                if (node != null && node.get(name) != null) {
                    // at the unknown field itself (its value, on the key's line), not at the object's brace
                    Src field = doc.src(node.get(name), pointer + "/" + Pointers.escape(name));
                    at = new Src(field.file(), pointer, field.line(), field.column());
                }
            }
            case "type" -> {
                args.add(io.github.jixiao.validate.SchemaValidator.actualType(node));
                args.add(schemaText(e));
            }
            case "enum" -> {
                args.add(written(node));
                args.add(values(e.getSchemaNode()));
            }
            case "const" -> {
                args.add(written(node));
                args.add(schemaText(e));
            }
            // the schema's only patterns: a criterion's (or sub-item's) id and a reference to a submission file
            case "pattern" -> {
                if (where.endsWith("/$defs/ref/pattern")) {
                    key = "pattern-ref";
                    args.add(written(node));
                    args.add(String.join("、", SchemaCatalog.ROLES));
                } else if (where.endsWith("/$defs/id/pattern")) {
                    key = "pattern-id";
                    args.add(written(node));
                } else {
                    key = "";
                    args.add(k);
                    args.add(where);
                }
            }
            case "minItems", "maxItems" -> {
                args.add(schemaText(e));
                args.add(node != null && node.isArray() ? String.valueOf(node.size()) : "");
            }
            case "minLength", "maxLength" -> args.add(schemaText(e));
            case "minimum", "maximum", "exclusiveMinimum" -> {
                args.add(written(node));
                args.add(schemaText(e));
            }
            case "oneOf" -> {
                List<String> names = alternatives(e.getSchemaNode());
                if (names == null) {
                    key = "";
                    args.add(k);
                    args.add(where);
                } else {
                    args.add(String.join("、", names));
                    long written = node != null && node.isObject() ? names.stream().filter(node::has).count() : 0;
                    args.add(String.valueOf(written));
                }
            }
            case "dependentRequired" -> {
                // networknt: arguments [missing, present]; property: the present one
                Object[] a = e.getArguments();
                args.add(a != null && a.length > 0 && a[0] != null ? excerpt(String.valueOf(a[0])) : "");
                args.add(property(e));
            }
            case "not" -> args.add(written(node));
            default -> {
                key = "";
                args.add(k.isEmpty() ? "?" : k);
                args.add(where);
            }
        }
        return new Fault(e, pointer, key, args, at);
    }

    private static String property(Error e) {
        if (e.getProperty() != null) {
            return excerpt(e.getProperty());
        }
        Object[] a = e.getArguments();
        return a != null && a.length > 0 && a[0] != null ? excerpt(String.valueOf(a[0])) : "";
    }

    private static String excerpt(String s) {
        return SubmissionLoader.excerpt(s, 80);
    }

    /** A value as written: a string as it reads (the message quotes it), anything else as JSON, shortened. */
    private static String written(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "";
        }
        return SubmissionLoader.excerpt(n.isString() ? n.asString() : n.toString(), 120);
    }

    /** The keyword's value in the schema: a bound, a length, a pattern, the constant, the type. */
    private static String schemaText(Error e) {
        JsonNode s = e.getSchemaNode();
        if (s == null) {
            Object[] a = e.getArguments();
            return a != null && a.length > 0 && a[0] != null ? SubmissionLoader.excerpt(String.valueOf(a[0]), 120) : "";
        }
        if (s.isArray()) {
            return values(s);
        }
        return SubmissionLoader.excerpt(s.isString() ? s.asString() : s.toString(), 120);
    }

    /**
     * The values of a schema array, or "" for anything else ({@link SchemaValidator#values}): joined with "、" as a
     * submission's allowed values are, a list argument ({@code lists}) that English shows joined with ", ".
     */
    private static String values(JsonNode s) {
        return s == null || !s.isArray() ? "" : io.github.jixiao.validate.SchemaValidator.values(s, "、");
    }

    /** The property names of a oneOf whose every branch requires one property (an expression's operations), else null. */
    private static List<String> alternatives(JsonNode oneOf) {
        if (oneOf == null || !oneOf.isArray() || oneOf.isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode b : oneOf) {
            JsonNode r = b.get("required");
            if (b.size() != 1 || r == null || !r.isArray() || r.size() != 1 || !r.get(0).isString()) {
                return null;
            }
            names.add(r.get(0).asString());
        }
        return List.copyOf(names);
    }
}
