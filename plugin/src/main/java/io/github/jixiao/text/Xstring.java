package io.github.jixiao.text;

/**
 * ECMA-376's ST_Xstring escapes, as Excel writes a cell's text in a workbook's XML: a character XML cannot hold or that
 * would be lost as {@code _xHHHH_} ({@code _x000D_} for the carriage return of a line break pasted from Word), and a
 * text of the cell's own that looks like one with its underscore as {@code _x005F_} ({@code a_x005F_x0041_b} is
 * a_x0041_b). The import decodes them (workbook/Grid), the workbook writer escapes the underscore that starts one
 * (xlsx/XlsxWriter): both by {@link #escapeAt}.
 */
public final class Xstring {
    private Xstring() {
    }

    /** Whether {@code _xHHHH_} (four hex digits) starts at {@code i} of {@code s}. */
    public static boolean escapeAt(CharSequence s, int i) {
        if (i < 0 || i + 6 >= s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int j = i + 2; j < i + 6; j++) {
            char h = s.charAt(j);
            if (!(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code v} with its escapes decoded in one pass, left to right, as Excel reads them (session 35: a name imported as
     * 培训_x000D_人数); a pair of surrogates escaped half by half is its character, a half alone ({@code _xD800_}, no
     * character) U+FFFD; anything else stays as written.
     */
    public static String decode(CharSequence v) {
        int at = next(v, 0);
        if (at < 0) {
            return v.toString(); // most cells
        }
        StringBuilder out = new StringBuilder(v.length());
        int from = 0;
        boolean surrogate = false;
        while (at >= 0) {
            out.append(v, from, at);
            char c = (char) Integer.parseInt(v.subSequence(at + 2, at + 6).toString(), 16);
            surrogate |= Character.isSurrogate(c);
            out.append(c);
            from = at + 7;
            at = next(v, from);
        }
        out.append(v, from, v.length());
        if (surrogate) {
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    out.setCharAt(i, '\uFFFD');
                }
            }
        }
        return out.toString();
    }

    /** Where the next escape starts at or after {@code from}, or -1. */
    private static int next(CharSequence v, int from) {
        for (int i = from, n = v.length() - 7; i <= n; i++) {
            if (v.charAt(i) == '_' && escapeAt(v, i)) {
                return i;
            }
        }
        return -1;
    }
}
