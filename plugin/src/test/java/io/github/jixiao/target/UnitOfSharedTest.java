package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TargetParser#unitOf}'s shared answers are the answers: asked twice, and beside texts sharing its slots. */
class UnitOfSharedTest {

    @Test
    void sameAsReadingEachTime() {
        List<String> texts = new ArrayList<>(List.of("", " ", "%", "％", "百分比", "个", " 个 ", "平方米", "㎡", "m2", "万元", "元/亩",
                "天以上", "至", "%完成", "人次数", "1", "12个", "≥", "a very long unit column text"));
        String alphabet = "个家人次场天平方米万元亿%％ ≥~至到以上内/亩a1";
        Random r = new Random(5);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(6); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (int round = 0; round < 2; round++) {
            for (String t : texts) {
                String expected = t.isEmpty() ? "" : TargetParser.readUnit(t);
                assertEquals(expected, TargetParser.unitOf(t), t);
            }
        }
        assertEquals("", TargetParser.unitOf(null));
    }
}
