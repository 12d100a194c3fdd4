package io.github.jixiao.score;

import java.util.List;

/** How category labels compare: as printed, less spaces and a trailing "(50分)" weight note. */
public final class Taxonomy {
    private Taxonomy() {
    }

    /** The label without spaces and without a printed weight such as "(50分)" or "（30 分）". */
    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        String s = label.replaceAll("[\\s\u3000]+", "");
        return s.replaceAll("[（(]\\d+(\\.\\d+)?分[)）]$", "");
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
