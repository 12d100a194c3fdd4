package io.github.jixiao.text;

/** Small string helpers for messages about names. */
public final class Strings {
    private Strings() {
    }

    /** Levenshtein distance (insertions, deletions, substitutions), for "did you mean …?". */
    public static int editDistance(String a, String b) {
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
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(s, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }
}
