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

    /**
     * Where the last bracket of {@code s} opens, when {@code s} ends with one: the index of the last ( or （ of a text
     * whose last character is ) or ）, half- and full-width mixed as printed ("培训人数（人次)"); -1 when {@code s} does
     * not end with a closing bracket or holds no opening one. A name's unit ("(万美元)"), a template's hint ("(≥**%)") and
     * a note ("（含）") are read from it; what the bracket holds is each caller's reading. The bracket is the last one
     * opened, so "a(b(c))" gives the inner one, as every caller read it before this was shared (session 37).
     */
    public static int lastBracket(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(n - 1) != ')' && s.charAt(n - 1) != '）') {
            return -1;
        }
        return Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
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
