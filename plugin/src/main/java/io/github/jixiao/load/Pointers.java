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
}
