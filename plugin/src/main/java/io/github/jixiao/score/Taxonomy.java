package io.github.jixiao.score;

import java.util.List;

/** How category labels compare: as printed, less spaces and a trailing "(50分)" weight note. */
public final class Taxonomy {
    private Taxonomy() {
    }

    /**
     * The label without spaces and without a printed weight such as "(50分)" or "（30 分）". Scans the text once and
     * returns it unchanged (no copy) when there is nothing to take out: every indicator's labels come through here.
     */
    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        return withoutWeight(io.github.jixiao.text.Chars.withoutSpaces(label));
    }

    /** {@code s} less a trailing "(50分)", "（12.5分）" (digits, at most one decimal point with digits after it). */
    private static String withoutWeight(String s) {
        int n = s.length();
        if (n < 4 || (s.charAt(n - 1) != ')' && s.charAt(n - 1) != '）') || s.charAt(n - 2) != '分') {
            return s;
        }
        int i = n - 3;
        int digitsAfter = 0;
        while (i >= 0 && isDigit(s.charAt(i))) {
            i--;
            digitsAfter++;
        }
        if (i >= 0 && s.charAt(i) == '.' && digitsAfter > 0) {
            i--;
            int before = 0;
            while (i >= 0 && isDigit(s.charAt(i))) {
                i--;
                before++;
            }
            if (before == 0) {
                return s;
            }
        } else if (digitsAfter == 0) {
            return s;
        }
        if (i >= 0 && (s.charAt(i) == '(' || s.charAt(i) == '（')) {
            return s.substring(0, i);
        }
        return s;
    }

    /** What {@code \\d} matches: ASCII digits only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean same(String name, List<String> aliases, String label) {
        String l = normalise(label);
        if (l.isEmpty()) {
            return false;
        }
        if (normalise(name).equals(l)) {
            return true;
        }
        for (String a : aliases) {
            if (normalise(a).equals(l)) {
                return true;
            }
        }
        return false;
    }
}
