package io.github.jixiao.validate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Whether a place of the submission format holds an amount with its unit ({@code common.schema.json#/$defs/money}:
 * {@code {"value": 25895.98, "unit": "万元"}}), read from the packaged schema: what a finding then shows to type there
 * is that object, not a bare number (session 41's trial: a project unit typed {@code "actualExpenditure": 912} as the
 * score-input-missing finding showed it, {@code "actualExpenditure": …}, and got a schema error).
 */
public final class MoneyFields {
    private static final String MONEY = "common.schema.json#/$defs/money";
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private MoneyFields() {
    }

    /** Whether {@code pointer} in a file of {@code role} is an amount with its unit in the format; false when unknown. */
    public static boolean isMoney(String role, String pointer) {
        if (role == null || pointer == null || !SchemaCatalog.ROLES.contains(role) || pointer.length() > 300) {
            return false;
        }
        String key = role + '#' + pointer;
        Boolean b = KNOWN.get(key);
        if (b == null) {
            b = walk(role, pointer);
            if (KNOWN.size() < 4096) {
                KNOWN.put(key, b);
            }
        }
        return b;
    }

    /** Whether the submission reference {@code ref} ({@code budget#/actualExpenditure}) is an amount with its unit in the format. */
    public static boolean isMoney(String ref) {
        int hash = ref.indexOf('#');
        return hash > 0 && isMoney(ref.substring(0, hash), ref.substring(hash + 1));
    }

    /**
     * A submission reference ({@code budget#/actualExpenditure}) as the place to write it ({@link
     * io.github.jixiao.load.Pointers#place}), an amount as the object with its unit: {@code budget.json 的
     * "actualExpenditure": {"value": …, "unit": "万元"}} ({@code "actualExpenditure": {"value": …, "unit": …} in budget.json
     * (the unit 万元 (10,000 yuan) or 元 (yuan))}): what a finding's reference and the score's reasons name.
     */
    public static String place(String ref, boolean english) {
        return place(ref, english, true);
    }

    /** As {@link #place(String, boolean)}; in English without the units glossed after it where {@code unitsSaid} is false. */
    public static String place(String ref, boolean english, boolean unitsSaid) {
        String place = io.github.jixiao.load.Pointers.place(ref, english);
        int at = place.lastIndexOf('…');
        if (at >= 0 && isMoney(ref)) {
            // an amount is written with its unit: the object, not a bare number (a bare one is a schema error; session 41)
            place = english ? place.substring(0, at) + "{\"value\": …, \"unit\": …}" + place.substring(at + 1)
                    + (unitsSaid ? " (the unit 万元 (10,000 yuan) or 元 (yuan))" : "")
                    : place.substring(0, at) + "{\"value\": …, \"unit\": \"万元\"}" + place.substring(at + 1);
        }
        return place;
    }

    private static boolean walk(String role, String pointer) {
        JsonNode root = schema(role);
        JsonNode common = schema("common");
        if (root == null || !pointer.startsWith("/")) {
            return false;
        }
        JsonNode n = root;
        String ref = null;
        for (String part : pointer.substring(1).split("/", -1)) {
            n = resolve(n, root, common);
            if (n == null) {
                return false;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            JsonNode next = n.path("properties").get(name);
            if (next == null && !name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                next = n.get("items");
            }
            if (next == null || !next.isObject()) {
                return false;
            }
            ref = next.path("$ref").isString() ? next.path("$ref").asString() : null;
            n = next;
        }
        return MONEY.equals(ref) || ("common".equals(role) && ref != null && ref.equals("#/$defs/money"));
    }

    /** The packaged schemas read so far, by role: each parsed once (a handful of roles, so bounded). */
    private static final Map<String, java.util.Optional<JsonNode>> SCHEMAS = new ConcurrentHashMap<>();

    private static JsonNode schema(String role) {
        return SCHEMAS.computeIfAbsent(role, r -> java.util.Optional.ofNullable(FastSchema.resource(SchemaCatalog.idOf(r)))).orElse(null);
    }

    /** A schema node with its {@code $ref} followed (to common.schema.json's or its own file's {@code $defs}). */
    private static JsonNode resolve(JsonNode n, JsonNode root, JsonNode common) {
        for (int hops = 0; n != null && n.path("$ref").isString() && hops < 8; hops++) {
            String ref = n.path("$ref").asString();
            int hash = ref.indexOf("#/$defs/");
            if (hash < 0) {
                return null;
            }
            JsonNode file = hash == 0 ? root : ref.startsWith("common.schema.json") ? common : null;
            n = file == null ? null : file.path("$defs").get(ref.substring(hash + "#/$defs/".length()));
        }
        return n;
    }
}
