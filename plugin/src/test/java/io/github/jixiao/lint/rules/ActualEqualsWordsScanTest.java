package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ActualEqualsTargetPattern#words}, one scan (session 57, issue 17), against the regular expression it replaced, kept
 * here as the oracle: on every text of every real table, on generated texts of the characters it reads (spaces, punctuation,
 * full stops, line terminators), and on every character alone and between words and full stops.
 */
class ActualEqualsWordsScanTest {

    /** The words as read before session 57. */
    private static final java.util.regex.Pattern PUNCTUATION =
            java.util.regex.Pattern.compile("[\\s\\u3000，,。、；;：:“”\"'‘’！!？?（）()【】\\[\\]《》…·]+|[.．]+$");

    private static String before(String text) {
        return PUNCTUATION.matcher(text.strip()).replaceAll("");
    }

    private static void assertSame(String text) {
        assertEquals(before(text), ActualEqualsTargetPattern.words(text), () -> "text: " + text.chars()
                .mapToObj(c -> c < 0x20 || c > 0x7e && c < 0xa0 || c == 0x2028 || c == 0x2029 ? String.format("\\u%04x", c)
                        : String.valueOf((char) c)).reduce("", String::concat));
    }

    @Test
    void onEveryRealText() {
        List<String> texts = RealTableTexts.strings();
        assertTrue(texts.size() > 2000, "texts: " + texts.size());
        for (String t : texts) {
            assertSame(t);
        }
    }

    private static final String[] PIECES = {"资源", "采购", "达成", "100%", "2021", "年", " ", "\u3000", "\t", "\n", "\r", "\r\n",
        "\u000b", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "，", ",", "。", "、", "；", ";", "：", ":", "“", "”", "\"", "'", "‘",
        "’", "！", "!", "？", "?", "（", "）", "(", ")", "【", "】", "[", "]", "《", "》", "…", "·", ".", "．", "..", "．.", "-", "a"};

    @Test
    void onGeneratedTexts() {
        Random r = new Random(57);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(8); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            assertSame(b.toString());
        }
        for (char c = 0; c < 0xffff; c++) {
            String s = String.valueOf(c);
            assertSame(s);
            assertSame("达成" + s + "." + s);
            assertSame("达成." + s);
            assertSame(s + "达成.．" + s + "\u0085");
        }
    }
}
