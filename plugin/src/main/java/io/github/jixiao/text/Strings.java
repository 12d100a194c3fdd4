package io.github.jixiao.text;

/** Small string helpers for messages about names. */
public final class Strings {
    private Strings() {
    }

    /**
     * A character no output keeps as written, since a submission's text is anyone's: DEL, the C1 controls, the line
     * and paragraph separators, the bidirectional formatting characters that reorder what a reader sees (U+202A–U+202E,
     * U+2066–U+2069) and the marks that set a direction without showing (U+200E, U+200F, U+061C), the characters that
     * show nothing yet make two texts differ (a soft hyphen U+00AD, U+034F, U+180E, the zero-width space, non-joiner and
     * joiner U+200B–U+200D, the word joiner and invisible operators U+2060–U+2064, the Hangul fillers U+115F, U+1160,
     * U+3164, U+FFA0: two department names differing by a U+200B alone read the same), and the rest of Unicode's
     * Default_Ignorable_Code_Point set in the basic plane (the Khmer inherent vowels U+17B4, U+17B5, the Mongolian
     * variation selectors U+180B–U+180D, U+180F, the deprecated format characters U+206A–U+206F, the variation
     * selectors U+FE00–U+FE0F, U+FFF0–U+FFF8), the interlinear annotation characters U+FFF9–U+FFFB (a reader may be
     * shown only the text before them), a BOM (U+FEFF, anywhere) and the noncharacters of the basic plane
     * (U+FDD0–U+FDEF, U+FFFE, U+FFFF: never text, and U+FFFE is a byte-swapped BOM) (the C0 controls below 0x7F are
     * each output's own to judge: a cell keeps its line breaks). By ranges: most text here is CJK, above all of them
     * but U+3164 and those from U+FDD0, which the last tests take. report.Escape and the workbook writer replace each
     * by U+FFFD, so a reader sees that something is there. The ignorable characters outside the basic plane are
     * {@link #hiddenCodePoint}'s: a char alone cannot tell them.
     */
    public static boolean hidden(char c) {
        if (c < 0x2028) {
            return c >= 0x7F && (c <= 0x9F || c == 0xAD || c == 0x34F || c == 0x61C || c == 0x115F || c == 0x1160
                    || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F || c >= 0x200B && c <= 0x200F);
        }
        if (c <= 0x206F) {
            return c <= 0x202E || c >= 0x2060; // U+2065 is unassigned, U+206A–U+206F deprecated format characters
        }
        return c == 0x3164 || c >= 0xFDD0 && (c <= 0xFDEF || c >= 0xFE00 && c <= 0xFE0F || c == 0xFEFF || c == 0xFFA0
                || c >= 0xFFF0 && c <= 0xFFFB || c >= 0xFFFE);
    }

    /**
     * {@link #hidden(char)} for a code point of any plane, and a lone surrogate (U+D800–U+DFFF as {@link String#codePoints}
     * gives one: no character, and no UTF-8 can carry it); outside the basic plane, the ignorable ones of Unicode's
     * Default_Ignorable_Code_Point set, which show nothing: the shorthand format controls U+1BCA0–U+1BCA3, the musical
     * beam and phrase controls U+1D173–U+1D17A, and U+E0000–U+E0FFF (the tag characters U+E0000–U+E007F, which spell
     * ASCII no one sees, and the variation selectors U+E0100–U+E01EF: 财政局 and 财政局 with U+E0100 after 局 read the
     * same).
     */
    public static boolean hiddenCodePoint(int cp) {
        if (cp < 0x10000) {
            return cp >= 0 && (hidden((char) cp) || cp >= 0xD800 && cp <= 0xDFFF); // a lone surrogate, as codePoints() gives it
        }
        return cp >= 0x1BCA0 && cp <= 0x1BCA3 || cp >= 0x1D173 && cp <= 0x1D17A || cp >= 0xE0000 && cp <= 0xE0FFF;
    }

    /**
     * Whether {@code c} is the high surrogate of some {@link #hiddenCodePoint} outside the basic plane (U+D82F, U+D834,
     * U+DB40–U+DB43): a scan that meets one must look at the pair.
     */
    public static boolean highOfHidden(char c) {
        return c == 0xD82F || c == 0xD834 || c >= 0xDB40 && c <= 0xDB43;
    }

    /**
     * How many chars of {@code s} from {@code i} are one hidden character: 0 for none, 1 for a {@link #hidden(char)}
     * one or a lone surrogate (a high one not followed by a low one, a low one not after a high one: a JSON
     * {@code "\uD800"} escape, an .xlsx cell's {@code _xD800_}; as U+FFFD, as every other hidden character, where it
     * showed as '?' or its escape), 2 for a surrogate pair whose code point is {@link #hiddenCodePoint hidden}.
     */
    public static int hiddenAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (hidden(c)) {
            return 1;
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                return 1;
            }
            return highOfHidden(c) && hiddenCodePoint(Character.toCodePoint(c, s.charAt(i + 1))) ? 2 : 0;
        }
        if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
            return 1;
        }
        return 0;
    }

    /**
     * Levenshtein distance (insertions, deletions, substitutions) between the chars of {@code a} and {@code b}, for
     * "did you mean …?". When the shorter has at most 64 chars (every id, field and label it is asked about), one
     * pass over the longer with a bit per char of the shorter (Myers' bit-vector algorithm as Hyyrö gives it for the
     * edit distance): a misspelt rule id in the pull request's suppressions file may be a million chars long, and
     * the table of the textbook method cost its length times every id's (3.7 s a million chars).
     */
    public static int editDistance(String a, String b) {
        String p = a.length() <= b.length() ? a : b;
        String t = p == a ? b : a;
        if (p.length() <= 64) {
            return bitVector(p, t);
        }
        return table(a, b);
    }

    /** The distance of a pattern of at most 64 chars and a text: D[m][j] kept as the last bit's vertical deltas. */
    private static int bitVector(String p, String t) {
        int m = p.length();
        if (m == 0) {
            return t.length();
        }
        // where each char of the pattern is: chars below 128 in a table, the others in a small open-addressed one
        long[] ascii = new long[128];
        char[] keys = new char[128];
        long[] masks = new long[128];
        boolean[] used = new boolean[128];
        for (int i = 0; i < m; i++) {
            char c = p.charAt(i);
            if (c < 128) {
                ascii[c] |= 1L << i;
            } else {
                int h = c & 127;
                while (used[h] && keys[h] != c) {
                    h = (h + 1) & 127;
                }
                used[h] = true;
                keys[h] = c;
                masks[h] |= 1L << i;
            }
        }
        long last = 1L << (m - 1);
        long pv = -1L;
        long mv = 0L;
        int score = m;
        for (int j = 0; j < t.length(); j++) {
            char c = t.charAt(j);
            long eq;
            if (c < 128) {
                eq = ascii[c];
            } else {
                int h = c & 127;
                while (used[h] && keys[h] != c) {
                    h = (h + 1) & 127;
                }
                eq = used[h] ? masks[h] : 0L;
            }
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            ph = (ph << 1) | 1L; // the first row is j: each step along the text costs one more
            mh = mh << 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return score;
    }

    /** The textbook table, one row at a time, for two strings both over 64 chars. */
    private static int table(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The candidate nearest to {@code s} by edit distance (the first of equals), or null when there is none. */
    public static String nearest(String s, Iterable<String> candidates) {
        return nearest(s, candidates, c -> Integer.MAX_VALUE);
    }

    /**
     * As {@link #nearest(String, Iterable)}, but null unless the nearest is within {@code limit} of it (a limit that
     * may depend on that candidate, for "did you mean" only on a misspelling).
     */
    public static String nearest(String s, Iterable<String> candidates, java.util.function.ToIntFunction<String> limit) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(s, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best != null && bestD <= limit.applyAsInt(best) ? best : null;
    }
}
