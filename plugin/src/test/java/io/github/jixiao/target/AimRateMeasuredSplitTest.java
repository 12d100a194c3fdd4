package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AimRate#of} reads a row's name and its target's words each alone (session 57, issue 17), where it read the two
 * joined by a space: {@code measured(name + " " + text)} is {@code measured(name) || measured(text)}, the oracle here, on
 * every real row's name beside its target and its actual, every real text beside the empty text, and generated texts of the
 * words {@link AimRate#measured} reads and takes out (NOT_MEASURED) cut anywhere.
 */
class AimRateMeasuredSplitTest {

    private static void assertSame(String name, String text) {
        assertEquals(AimRate.measured(name + " " + text), AimRate.measured(name) || AimRate.measured(text), () -> name + " | " + text);
    }

    @Test
    void onEveryRealRowAndText() {
        List<String[]> rows = RealTableTexts.rows();
        assertTrue(rows.size() > 800, "rows: " + rows.size());
        for (String[] r : rows) {
            String name = r[0] == null ? "" : r[0];
            assertSame(name, r[1] == null ? "" : r[1]);
            assertSame(name, r[3] == null ? "" : r[3]);
        }
        for (String t : RealTableTexts.strings()) {
            assertSame(t, "");
            assertSame("", t);
        }
    }

    private static final String[] PIECES = {"质量", "年度", "季度", "制度", "力度", "态度", "程度", "质", "量", "年", "度", "率", "满意",
        "比例", "收入", "促进", "发展", "有效性", " ", "95%", "工作"};

    @Test
    void onGeneratedTexts() {
        Random r = new Random(57);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(7); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            int cut = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
            assertSame(s.substring(0, cut), s.substring(cut));
        }
    }
}
