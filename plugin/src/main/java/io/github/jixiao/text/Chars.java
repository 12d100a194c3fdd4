package io.github.jixiao.text;

/**
 * Character classes the scanners share, each what the regular expression it replaced matched: {@code \s} (ASCII
 * white space only, as Java's default), with U+3000 (the ideographic space of Chinese text) where a label may carry
 * one, and {@code \d} (ASCII digits only). Depends on nothing of jixiao.
 */
public final class Chars {
    private Chars() {
    }

    /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What {@code [\s\u3000]} matches. */
    public static boolean spaceOrIdeographic(char c) {
        return space(c) || c == '\u3000';
    }

    /** {@code s} without the characters {@code [\s\u3000]} matches; {@code s} itself (no copy) when it has none. */
    public static String withoutSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (spaceOrIdeographic(s.charAt(i))) {
                StringBuilder sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
                for (int j = i + 1; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (!spaceOrIdeographic(c)) {
                        sb.append(c);
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }

    /** Whether {@code s} holds a digit, ASCII or full-width (０–９, which the target parser reads as digits). */
    public static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds an ASCII digit (what {@code \d} finds). */
    public static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
