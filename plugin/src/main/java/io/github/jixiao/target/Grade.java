package io.github.jixiao.target;

import java.util.List;

/**
 * How a qualitative actual stands to its target's word (SC-2: a qualitative target is graded 达成 / 部分达成 / 未达成):
 * the target's word with 基本, 较, 比较 or 部分 before it is {@link #PARTLY} achieved (及时 → 较及时, 达标 → 基本达标), with
 * 未, 不, 未能 or 尚未 before it {@link #NOT} achieved (达标 → 未达标; unless the target is itself a negation: 不超标),
 * anything else {@link #NONE}. Shared by the scorer (a row without a 完成档次 column is graded by it) and the rule that
 * reports full marks on a lower grade ({@code score-ignores-missed-target}).
 */
public enum Grade {
    NONE, PARTLY, NOT;

    /** The words that, put before a qualitative target's word, make a lower grade of it. Small on purpose. */
    private static final List<String> LOWER = List.of("基本", "较", "比较", "部分");

    /** The words that, put before a qualitative target's word, deny it. */
    private static final List<String> NEGATING = List.of("未", "不", "未能", "尚未");

    /** The first characters of a target that is itself a negation (不超标, 无事故 …): a negating prefix is not read before it. */
    public static final String NEGATION_CHARS = "不无未非零没";

    /**
     * The actual as a grade of the target's word (a trailing 。 aside); decided on the lengths and the ending before any
     * prefix is looked up.
     */
    public static Grade of(String target, String actual) {
        if (target == null || actual == null) {
            return NONE;
        }
        String t = endless(target.strip());
        String a = endless(actual.strip());
        int extra = a.length() - t.length();
        if (t.isEmpty() || extra < 1 || extra > 2 || !a.endsWith(t)) {
            return NONE;
        }
        String prefix = a.substring(0, extra);
        if (LOWER.contains(prefix)) {
            return PARTLY;
        }
        return NEGATING.contains(prefix) && NEGATION_CHARS.indexOf(t.charAt(0)) < 0 ? NOT : NONE;
    }

    /**
     * What {@code words} deny: the words after one of 未, 不, 未能 or 尚未 (未完成 → 完成, 尚未达到 → 达到), or null when
     * they do not begin with one (or nothing follows it).
     */
    public static String denied(String words) {
        if (words == null || words.length() < 2 || "未不尚".indexOf(words.charAt(0)) < 0) { // cheap test first
            return null;
        }
        for (String n : List.of("尚未", "未能", "未", "不")) {
            if (words.startsWith(n) && words.length() > n.length()) {
                return words.substring(n.length());
            }
        }
        return null;
    }

    /** {@code s} without its trailing full stops and semicolons. */
    public static String endless(String s) {
        int n = s.length();
        while (n > 0 && "。.；;".indexOf(s.charAt(n - 1)) >= 0) {
            n--;
        }
        return s.substring(0, n);
    }
}
