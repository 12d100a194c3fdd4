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
}
