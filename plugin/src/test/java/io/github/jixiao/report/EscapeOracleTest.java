package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The escapers and helpers rewritten for speed in issue 17, against the code they replaced (kept here as oracles),
 * on many random texts made of the characters each one treats specially.
 */
class EscapeOracleTest {

    private static final String[] PIECES = {"1", "23", ".", ")", " ", "a", "-", "+", "=", "#", "@", "\\", "`", "*", "_", "[", "]",
        "<", ">", "!", "|", "~", "&", "$", "\n", "\r\n", "\t", "\u0000", "\u202E", "决策", "\uD83D\uDE00", "\uD800", "\uDC00", "'",
        "\"", "é", "0", "9.5", "1. ", "c-id"};

    static String random(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(8); k > 0; k--) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void markdownEscapingIsTheOldOnes() {
        Random rnd = new Random(17);
        for (int n = 0; n < 200_000; n++) {
            String s = random(rnd);
            assertEquals(oldMd(s), Escape.md(s), s);
        }
    }

    @Test
    void htmlEscapingIsTheOldOnes() {
        Random rnd = new Random(19);
        for (int n = 0; n < 200_000; n++) {
            String s = random(rnd);
            assertEquals(oldHtml(s), Escape.html(s), s);
        }
    }

    /** Escape.html before issue 17's third round: an indexOf call a character. */
    private static String oldHtml(String s) {
        String t = Escape.clean(s);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void anchorsAreTheOldOnes() {
        Random rnd = new Random(18);
        for (int n = 0; n < 200_000; n++) {
            String s = random(rnd);
            assertEquals("c-" + s.replaceAll("[^A-Za-z0-9_-]", "_"), ScoreSummaryHtml.anchor(s), s);
        }
    }

    /** Escape.md before issue 17: a scan back to the start at every '.' and ')'. */
    private static String oldMd(String s) {
        String t = Escape.clean(s);
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Escape.MD_SPECIAL.indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else if (c == '@') {
                sb.append("@\u2060");
            } else if ((c == '-' || c == '+' || c == '=' || c == '#') && sb.isEmpty()) {
                sb.append('\\').append(c);
            } else if ((c == '.' || c == ')') && i > 0 && leadingDigits(t, i) && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean leadingDigits(String t, int end) {
        for (int i = 0; i < end; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
