package io.github.jixiao.score;

import io.github.jixiao.text.Chars;
import java.util.List;

/**
 * How category labels compare: as printed, less spaces, a trailing "(50分)" weight note, a trailing note of other
 * names for the category ("数量指标(或建筑规模指标)", "时效指标(工期指标、形象进度指标)": 东莞 2019) and a trailing note that
 * the template asks for the category or leaves it free ("质量指标 (必填)", "经济效益 指标 (选填)": 原州 2022).
 */
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
        return withoutAlternatives(withoutWeight(io.github.jixiao.text.Chars.withoutSpaces(label)));
    }

    /**
     * {@code s} less a trailing bracket naming the category otherwise: "(或建筑规模指标)" (its text begins with 或) or
     * "(工期指标、形象进度指标)" (it ends in 指标), as 东莞's 绩效目标批复表 prints its 二级 labels, or saying whether it must
     * be filled ({@link #fillNote}). Unchanged when nothing is before the bracket.
     */
    private static String withoutAlternatives(String s) {
        int n = s.length();
        int open = Chars.lastBracket(s);
        if (open <= 0) {
            return s;
        }
        String inside = s.substring(open + 1, n - 1);
        if (inside.indexOf(')') >= 0 || inside.indexOf('）') >= 0) {
            return s;
        }
        return inside.startsWith("或") || inside.endsWith(SUFFIX) || fillNote(inside) ? s.substring(0, open) : s;
    }

    /**
     * A template's note on whether the category must be filled, printed in its cell after the label: "(必填)", "(选填)"
     * (宁夏 固原 原州区 2022's 项目支出绩效目标申报表, t100: "质量指标 (必填)", "经济效益 指标 (选填)"; its "(必填硬性指标)" ends
     * in 指标 and went already, as a bracket of other names).
     */
    private static boolean fillNote(String inside) {
        return inside.startsWith("必填") || inside.startsWith("选填");
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

    /**
     * Whether {@code label} names the category {@code name} (or one of its aliases): equal once normalised, or equal
     * but for a trailing "指标", "目标" or "值". Tables print the same category as "成本指标" and "成本", "时效指标" and
     * "时效", "经济效益指标" and "经济效益" (襄阳 2021), "数量指标" and "数量目标" (福建 2020), "数量指标" and "数量值" (山东
     * 临邑 2025); "指标", "目标" or "值" alone names nothing.
     */
    static boolean same(String name, List<String> aliases, String label) {
        String l = normalise(label);
        if (l.isEmpty() || l.equals(SUFFIX) || l.equals(GOAL) || l.equals(VALUE)) {
            return false;
        }
        if (sameButSuffix(normalise(name), l)) {
            return true;
        }
        for (String a : aliases) {
            if (sameButSuffix(normalise(a), l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two labels name one category, as {@link #same(String, List, String)} reads a label against a name: the
     * one comparison for category labels written on both sides by the table (indicators.json's {@code categories}
     * against its rows, a framework's indicator-points {@code level1} against a row), so that 数量 and 数量指标, 产出 and
     * 产出目标 are one category to the score as to lint (E7, session 43: IndicatorFacts.withIndicator).
     */
    public static boolean same(String a, String b) {
        return !normalise(a).isEmpty() && same(a, List.of(), b);
    }

    private static final String SUFFIX = "指标";

    /**
     * The trailing word 福建's 2020 部门整体支出绩效自评表 prints where the taxonomy says 指标: "产出目标" / "数量目标",
     * "效益目标" / "社会效益目标" (宁德市地震局 2020).
     */
    private static final String GOAL = "目标";

    /**
     * The trailing word 山东 临邑县师范附属小学's 2025 项目支出目标申报表 prints where the taxonomy says 指标: "产出值" / "数量值",
     * "效益值" / "可持续影响值" (t67).
     */
    private static final String VALUE = "值";

    /**
     * {@code a} and {@code b} equal, or equal once each drops a trailing "指标" or "目标" ("数量指标", "数量" and "数量目标"
     * name one category). What is left must be the same non-empty stem, so "目标" alone names nothing and "年度目标" no
     * category of the taxonomy.
     */
    private static boolean sameButSuffix(String a, String b) {
        return a.equals(b) || stem(a).equals(stem(b));
    }

    /** {@code s} less one trailing "指标", "目标" or "值", where something is left before it. */
    private static String stem(String s) {
        int n = s.length();
        if (n > SUFFIX.length() && (s.endsWith(SUFFIX) || s.endsWith(GOAL))) {
            return s.substring(0, n - SUFFIX.length());
        }
        return n > VALUE.length() && s.endsWith(VALUE) ? s.substring(0, n - VALUE.length()) : s;
    }

    /**
     * {@code label} with a trailing "目标" or "值" read as "指标" ("产出目标" → "产出指标", "数量目标" → "数量指标", "数量值" →
     * "数量指标"), for the places that compare a label with a taxonomy name as written; unchanged otherwise (null stays
     * null, "目标" or "值" alone stays, and so does a label already ending in 指标, "指标值" among them: 值 after 指标 is
     * no spelling of it).
     */
    public static String goalAsIndicator(String label) {
        if (label == null) {
            return null;
        }
        int n = label.length();
        if (n > GOAL.length() && label.endsWith(GOAL) && !label.substring(0, n - GOAL.length()).isBlank()) {
            return label.substring(0, n - GOAL.length()) + SUFFIX;
        }
        String before = n > VALUE.length() ? label.substring(0, n - VALUE.length()) : "";
        return label.endsWith(VALUE) && !before.isBlank() && !before.endsWith(SUFFIX) ? before + SUFFIX : label;
    }
}
