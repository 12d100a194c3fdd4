package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Grid#fold} returns a text of printable ASCII and CJK Unified Ideographs as it is ({@link Grid#folded}), without
 * normalizing it: the same text the normalization and the white space's removal give, character by character and for
 * random texts of them; any other character goes the long way.
 */
class FoldPlainTextTest {

    /** The fold as it was before the shortcut: NFKC, then white space (and the ideographic and no-break spaces) out. */
    private static String slow(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u3000' && ch != '\u00A0') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    @Test
    void everyCharacterTakenAsItIsFoldsToItself() {
        int plain = 0;
        for (char ch = 0; ch < 0xFFFF; ch++) {
            String s = String.valueOf(ch);
            if (Grid.folded(s)) {
                plain++;
                assertEquals(s, slow(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
            }
            assertEquals(slow(s), Grid.fold(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
        }
        assertEquals(0x7E - 0x20 + 0x9FFF - 0x4E00 + 1, plain);
    }

    @Test
    void randomTextsFoldAsBefore() {
        Random rnd = new Random(39);
        char[] odd = {' ', '\u3000', '\u00A0', '\t', '\n', '（', '）', '：', '１', 'Ａ', '\u0301', '①', '\uF900', '、', '—'};
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(12);
            boolean mixed = k % 2 == 0;
            for (int i = 0; i < n; i++) {
                int pick = rnd.nextInt(mixed ? 3 : 2);
                sb.append(pick == 0 ? (char) (0x21 + rnd.nextInt(0x5E)) : pick == 1 ? (char) (0x4E00 + rnd.nextInt(0x5200))
                        : odd[rnd.nextInt(odd.length)]);
            }
            String s = sb.toString();
            assertEquals(slow(s), Grid.fold(s), s);
        }
        assertTrue(Grid.folded("年度目标"));
        assertTrue(Grid.folded("其中:财政资金"));
        assertFalse(Grid.folded("其中：财政资金"));
        assertFalse(Grid.folded("年度 目标"));
        assertEquals("其中:财政资金", Grid.fold("其中：财政 资金"));
    }
}
