package io.github.jixiao.load;

/** JSON Pointer tokens (RFC 6901). */
public final class Pointers {
    private Pointers() {
    }

    /** One reference token: "~" → "~0", "/" → "~1". */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
