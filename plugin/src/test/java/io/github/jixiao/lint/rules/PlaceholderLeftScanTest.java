package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * placeholder-left's per-string tests against the searches and the character test they replaced: {@link PlaceholderLeft#marks}
 * against {@code indexOf} of 请, 字 and *, {@link PlaceholderLeft#bareNumber} against the loop with
 * {@link Character#isWhitespace(char)}.
 */
class PlaceholderLeftScanTest {

    /** The bare-number test as it was written before {@link Checks#whitespace}. */
    private static boolean bareNumberOracle(String value) {
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                digit = true;
            } else if (c != '.' && c != '．' && c != '%' && c != '％' && !Character.isWhitespace(c) && c != '\u3000') {
                return false;
            }
        }
        return digit;
    }

    private static int marksOracle(String v) {
        return (v.indexOf('请') >= 0 ? PlaceholderLeft.ASK : 0) | (v.indexOf('字') >= 0 ? PlaceholderLeft.WORDS : 0)
                | (v.indexOf('*') >= 0 ? PlaceholderLeft.STAR : 0);
    }

    @Test
    void everyCharAloneAndBesideADigit() {
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String s : new String[] {String.valueOf((char) c), "8" + (char) c, (char) c + "8", "8" + (char) c + "8"}) {
                assertEquals(bareNumberOracle(s), PlaceholderLeft.bareNumber(s), () -> Integer.toHexString(s.charAt(0)) + " " + s.length());
                assertEquals(marksOracle(s), PlaceholderLeft.marks(s), () -> Integer.toHexString(s.charAt(0)) + " " + s.length());
            }
        }
    }

    @Test
    void randomTexts() {
        String alphabet = "0123456789０９.．%％ \t\u3000\u2003\u2007\u00A0请填写字以内**≥个名a";
        Random r = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(14);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(bareNumberOracle(s), PlaceholderLeft.bareNumber(s), s);
            assertEquals(marksOracle(s), PlaceholderLeft.marks(s), s);
        }
    }

    /**
     * {@link PlaceholderLeft#noNumeral(String)} as first written (each count verb's every place, then the measure word after
     * it), which named the first verb in the list's order where a text holds several lost numbers: here every one it finds
     * is collected and the first in the text named, as the one-pass scan from the measure words' side does.
     */
    private static String noNumeralOracle(String text) {
        if (text.length() > 2000) {
            return null;
        }
        int first = -1;
        String said = null;
        for (String v : PlaceholderLeft.COUNT_VERBS) {
            for (int at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
                int after = at + v.length();
                for (String[] m : PlaceholderLeft.MEASURE_WORDS) {
                    if (!text.startsWith(m[0], after)) {
                        continue;
                    }
                    int end = after + m[0].length();
                    boolean closed = end == text.length() || PlaceholderLeft.AFTER_MEASURE.indexOf(text.charAt(end)) >= 0
                            || Checks.whitespace(text.charAt(end)) && text.substring(end).isBlank();
                    boolean noun = "项".equals(m[0]) && at > 0 && (text.charAt(at - 1) == '未' || text.charAt(at - 1) == '已')
                            || PlaceholderLeft.noun(text, at, m[0]);
                    if (closed && !noun && (first < 0 || at < first)) {
                        first = at;
                        said = v + m[0];
                    }
                    break;
                }
            }
        }
        return said;
    }

    @Test
    void noNumeralFindsWhatTheVerbFirstScanFound() {
        java.util.List<String> words = new java.util.ArrayList<>(PlaceholderLeft.COUNT_VERBS);
        for (String[] m : PlaceholderLeft.MEASURE_WORDS) {
            words.add(m[0]);
        }
        words.addAll(java.util.List.of("全部", "所有", "各", "的", "未", "已", "道路", "危房", "谈会", "人", "目", "3", "491", "，", "。", "；",
                " ", "\u3000", "）", "率", "平方", "千", "公"));
        Random r = new Random(27);
        int found = 0;
        for (int k = 0; k < 40_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(9); n >= 0; n--) {
                b.append(words.get(r.nextInt(words.size())));
            }
            String text = b.toString();
            String was = noNumeralOracle(text);
            assertEquals(was, PlaceholderLeft.noNumeral(text), text);
            found += was == null ? 0 : 1;
        }
        assertEquals(true, found > 1_000, "the generated texts hold lost numbers: " + found);
    }
}
