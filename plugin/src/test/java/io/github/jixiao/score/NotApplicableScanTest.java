package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link IndicatorScoring#naMark} and {@link IndicatorScoring#notApplicableMark} (session 56, issue 17: told from a text's
 * first character, or its length between its white space and trailing 。.；;, before a copy and a matcher or a set's look-up)
 * against the readings they replaced, kept here: the pattern matched on the stripped text, and the set looked up with the
 * stripped text without its trailing 。.；; ({@code Grade.endless}). Every text of every real table, every character alone
 * and between white space and marks, and generated texts of white space, marks and letters.
 */
class NotApplicableScanTest {

    private static boolean naMarkOracle(String value) {
        return value != null && IndicatorScoring.NA.matcher(value.strip()).matches();
    }

    private static boolean notApplicableMarkOracle(String value) {
        return value != null && IndicatorScoring.NOT_APPLICABLE_MARKS.contains(io.github.jixiao.target.Grade.endless(value.strip()));
    }

    private int marks;

    private void same(String s) {
        assertEquals(naMarkOracle(s), IndicatorScoring.naMark(s), () -> "naMark " + s);
        boolean mark = notApplicableMarkOracle(s);
        assertEquals(mark, IndicatorScoring.notApplicableMark(s), () -> "notApplicableMark " + s);
        marks += mark || naMarkOracle(s) ? 1 : 0;
    }

    @Test
    void realTexts() {
        same(null);
        java.util.List<String> texts = RealTableTexts.strings();
        for (String s : texts) {
            same(s);
        }
        assertTrue(texts.size() > 2_000, "texts read: " + texts.size());
    }

    @Test
    void everyCharAloneAndAmongMarks() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            for (String s : new String[] {String.valueOf(ch), ch + "/", "/" + ch, ch + "n/a", "N/A" + ch, "不适用" + ch, ch + "不涉及",
                    "—" + ch + "—"}) {
                same(s);
            }
        }
    }

    @Test
    void generatedTexts() {
        String[] parts = {" ", "\t", "\u3000", "\u2003", "\u00A0", "\u2028", "n", "N", "a", "A", "/", "／", "\\", "—", "-", "－", "–", "―",
            ".", "。", "；", ";", "不适用", "无此项", "不涉及", "此项", "本项目", "无", "x", "ｎ", "\uD83D\uDE00"};
        Random r = new Random(5656);
        marks = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(7); k >= 0; k--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            same(b.toString());
        }
        assertTrue(marks > 5_000, "marks generated: " + marks);
    }
}
