package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** column-format-mixed's scanners against the regular expressions they replaced (kept here as the oracle). */
class ColumnFormatMixedScanTest {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern PERCENT_WORD = Pattern.compile("\\d\\s*(百分比|％)");
    private static final Pattern PERCENT_SIGN = Pattern.compile("\\d\\s*%");

    static List<String> scanned(String t) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < t.length(); p++) {
            if (t.charAt(p) >= '0' && t.charAt(p) <= '9') {
                int e = ColumnFormatMixed.numberEnd(t, p);
                out.add(t.substring(p, e));
                p = e - 1;
            }
        }
        return out;
    }

    static List<String> matched(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void numbersAsTheRegularExpressionFindsThem() {
        assertEquals(List.of("1,234,567.89", "12"), scanned("共1,234,567.89元，12个"));
        assertEquals(List.of("1234", "567"), scanned("1234,567"));
        assertEquals(List.of("1,234", "5"), scanned("1,2345"));
        assertEquals(List.of("20.00", "3"), scanned("20.00%、3."));
        String alphabet = "0123456789,.,.%％ 百分比x\t";
        Random rnd = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(14); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertEquals(matched(t), scanned(t), t);
            assertEquals(PERCENT_WORD.matcher(t).find(), ColumnFormatMixed.digitThen(t, "百分比") || ColumnFormatMixed.digitThen(t, "％"), t);
            assertEquals(PERCENT_SIGN.matcher(t).find(), ColumnFormatMixed.digitThen(t, "%"), t);
        }
    }
}
