package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Grid#foldBound}, what the text budget counts of a cell: never less than {@link Grid#fold}'s length (for every
 * code point, and random texts of the characters that fold longer, shorter or to nothing), and a text's own length where
 * no character folds longer (CJK, full-width forms), so that a real table is counted as before.
 */
class FoldBoundTest {

    @Test
    void everyCodePointIsBoundedByItsDecomposition() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            long bound = Grid.foldBound(s);
            int folded = Grid.fold(s).length();
            assertTrue(bound >= folded, "U+" + Integer.toHexString(cp) + ": " + bound + " < " + folded);
        }
        assertEquals(18, Grid.foldBound("\uFDFA"));
        assertEquals(15, Grid.fold("\uFDFA").length()); // its three spaces out
    }

    @Test
    void randomTextsAreBounded() {
        Random rnd = new Random(40);
        String odd = "\uFDFA\uFDFB\u3300\u33FF\u2474\u3220\u32FF\uFB03\u0301\u1100\u1161\u11A8\uAC00 \u3000\u00A0\t：（１Ａ①\uD800\uDC00";
        int[] supplementary = {0x1D400, 0x1F12F, 0x2F800, 0x1D15E, 0xE0041};
        for (int k = 0; k < 100_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(16);
            for (int i = 0; i < n; i++) {
                int pick = rnd.nextInt(4);
                if (pick == 0) {
                    sb.append((char) (0x21 + rnd.nextInt(0x5E)));
                } else if (pick == 1) {
                    sb.append((char) (0x4E00 + rnd.nextInt(0x5200)));
                } else if (pick == 2) {
                    sb.append(odd.charAt(rnd.nextInt(odd.length()))); // a lone surrogate too
                } else {
                    sb.appendCodePoint(supplementary[rnd.nextInt(supplementary.length)]);
                }
            }
            String s = sb.toString();
            assertTrue(Grid.foldBound(s) >= Grid.fold(s).length(), s);
        }
    }

    @Test
    void aTableTextIsCountedAtItsLength() {
        for (String s : new String[] {"其中：财政资金（万元）", "项目资金总额", "≥100人", "ＡＢ１２％", "培训人数　100人", ""}) {
            assertEquals(s.length(), Grid.foldBound(s), s);
        }
        assertEquals(18 * 3 + 2, Grid.foldBound("ﷺ年ﷺ度ﷺ"));
    }
}
