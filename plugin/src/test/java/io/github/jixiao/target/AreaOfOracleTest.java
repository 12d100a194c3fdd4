package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AimRate#areaOf} (indicator-target-unmeasurable's until session 52, when the reading moved here for the scorer) scans a name from its end where it was two regular expressions compiled for
 * every percentage row (session 50): the expressions, kept here as the oracle, give the same word on names of the real
 * forms' shapes and on random names of brackets, stops, spaces and the four words.
 */
class AreaOfOracleTest {

    private static final String[] AREAS = {"管理", "施工", "工作", "共管"};

    private static String oracle(String name) {
        String n = name.strip().replaceAll("[（(][^（()）]*[)）]$", "").replaceAll("[。.;；,，、\\s]+$", "");
        for (String w : AREAS) {
            if (n.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    @Test
    void theScanReadsAsTheExpressionsDid() {
        List<String> names = new ArrayList<>(List.of("工程质量管理", "文明施工", "食品安全工作齐抓共管", "工程质量管理（市级）",
                "工程质量管理(市级)。", "文明施工 。", "管理（一）（二）", "管理(（)", "管理)", "（管理）", "工作；", "工作\t", "施工\u3000",
                "安全生产管理制度", "", " ", "）", "(", "管理()", "管理(a)b", "工作(x)  ", "共管，、", "管理（见附件(1)）"));
        String alphabet = "管理施工作共（()）。.;；,，、 \t\u3000a1";
        Random r = new Random(50);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(9);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (r.nextBoolean()) {
                b.insert(r.nextInt(b.length() + 1), AREAS[r.nextInt(AREAS.length)]);
            }
            names.add(b.toString());
        }
        int words = 0;
        for (String name : names) {
            String want = oracle(name);
            assertEquals(want, AimRate.areaOf(name), name);
            words += want == null ? 0 : 1;
        }
        // the random names reach both answers
        assertEquals(true, words > 1_000 && words < names.size() - 1_000, "words: " + words);
    }
}
