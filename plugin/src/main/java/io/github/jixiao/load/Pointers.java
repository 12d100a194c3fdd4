package io.github.jixiao.load;

/** JSON Pointer tokens (RFC 6901). */
public final class Pointers {
    private Pointers() {
    }

    /** One reference token: "~" → "~0", "/" → "~1". */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The pointer of a path kept as keys ({@link String}, escaped here) and array indexes (anything else), its first
     * {@code depth} elements: walks keep the path so and build a pointer only for a node they report.
     */
    public static String of(Object[] path, int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append('/');
            if (path[i] instanceof String key) {
                sb.append(escape(key));
            } else {
                sb.append(path[i]);
            }
        }
        return sb.toString();
    }

    /**
     * Where a figure goes in a file, as the JSON a user writes: {@code /assets/inUse} → {@code "assets": {"inUse": …}}
     * (a pointer through an array, which a framework's references do not use, stays a pointer).
     */
    public static String asJson(String pointer) {
        if (!pointer.startsWith("/") || pointer.length() == 1) {
            return pointer;
        }
        String[] parts = pointer.substring(1).split("/", -1);
        StringBuilder open = new StringBuilder();
        for (String part : parts) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
                return pointer;
            }
            open.append(open.length() == 0 ? "" : "{").append('"').append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\": ");
        }
        return open + "…" + "}".repeat(parts.length - 1);
    }

    /**
     * A submission reference ({@code budget#/procurement/plan}) as the place to write it: its file and the JSON that holds
     * it, {@code budget.json 的 "procurement": {"plan": …}} ({@code "procurement": {"plan": …} in budget.json} in English);
     * anything without a role before its {@code #} as it is. What a finding's reference argument shows (report.Messages)
     * and what the score's reasons name.
     */
    public static String place(String ref, boolean english) {
        int hash = ref.indexOf('#');
        if (hash <= 0) {
            return ref;
        }
        String file = ref.substring(0, hash) + ".json";
        String json = asJson(ref.substring(hash + 1));
        return english ? json + " in " + file : file + " 的 " + json;
    }
}
