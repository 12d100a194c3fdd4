package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Checks#placeholder} (three chars, no builder) answers as the StringBuilder version it replaced (kept here). */
class ChecksPlaceholderTest {
    private static final List<String> PLACEHOLDERS = List.of(
            "", "无", "0", "/", "／", "-", "—", "——", "－", "暂无", "没有", "无偏差", "无原因", "不适用", "无说明", "NA", "N/A", "na", "n/a");

    static boolean old(String s) {
        if (Checks.blank(s)) {
            return true;
        }
        StringBuilder t = new StringBuilder(3);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (io.github.jixiao.text.Chars.spaceOrIdeographic(c) || "。．.；;，,".indexOf(c) >= 0) {
                continue;
            }
            if (t.length() == 3) {
                return false;
            }
            t.append(c);
        }
        return PLACEHOLDERS.contains(t.toString());
    }

    @Test
    void asTheBuilderVersion() {
        assertTrue(Checks.placeholder(null));
        assertTrue(Checks.placeholder(" 无。"));
        assertTrue(Checks.placeholder("N / A"));
        assertFalse(Checks.placeholder("无偏差。原因"));
        String alphabet = "无暂没有偏差原因不适用说明NA/na－—-0 \u3000。．.；;，,x";
        Random rnd = new Random(5);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(9); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(old(s), Checks.placeholder(s), s);
        }
    }
}
