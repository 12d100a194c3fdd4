package io.github.jixiao.text;

import java.util.List;

/**
 * Whether an explanation (偏差原因分析及改进措施) gives no reason: blank, or a placeholder such as 无, "/", 暂无, 不适用,
 * N/A (spaces and a full stop or comma around it let go). Read by the lint rules (a deduction or a miss left
 * unexplained) and by the scorer (a met row marked down with no reason is a warning, with one a note).
 */
public final class NoReason {

    private NoReason() {
    }

    private static final List<String> PLACEHOLDERS = List.of(
            "", "无", "0", "/", "／", "-", "—", "——", "－", "暂无", "没有", "无偏差", "无原因", "不适用", "无说明", "NA", "N/A", "na", "n/a");

    public static boolean in(String s) {
        if (s == null || s.isBlank()) {
            return true;
        }
        // the text less spaces and the punctuation a placeholder may carry; the longest placeholder has 3 characters
        // (kept in three chars: a text of more, most explanations, is let go without an allocation)
        char c0 = 0;
        char c1 = 0;
        char c2 = 0;
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Chars.spaceOrIdeographic(c) || "。．.；;，,".indexOf(c) >= 0) {
                continue;
            }
            switch (n) {
                case 0 -> c0 = c;
                case 1 -> c1 = c;
                case 2 -> c2 = c;
                default -> {
                    return false;
                }
            }
            n++;
        }
        char[] t = {c0, c1, c2};
        return PLACEHOLDERS.contains(new String(t, 0, n));
    }
}
