package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 57 (N5's left-alone): aggregate.json names the departments whose lost points its lists of losses leave out
 * ({@code lossesLeftOut}, by module, sorted), as the note under the md's, the page's and the workbook's tables does, so
 * that a reader of the json alone need not work it out from each department's {@code noTotal}: 鄂州 2021 (t14, a cut copy)
 * and 耒阳四中 2022 (t108, no indicator row) beside 天长 2022 (t5). Not a table with nothing scorable (大英 双心 2020, t44:
 * its criteria weigh 0 points, it loses none), and not at all where no loss is left out.
 */
class AggregateLossesLeftOutTest {

    private static Aggregate.Input input(String module, String table) {
        return AggregateGradesTest.input(module, Samples.realTable(table), Messages.ZH);
    }

    @Test
    void theJsonNamesWhoseLossesAreLeftOut() {
        Aggregate.Input t14 = input("t14", "t14-ezhou-shenpi-2021");
        Aggregate.Input t108 = input("t108", "t108-leiyang-sizhong-2022");
        Aggregate.Input t5 = input("t5", "t5-tianchang-2022");
        Aggregate.Result a = Aggregate.of(List.of(t14, t108, t5));
        assertEquals(List.of("t108", "t14"), Aggregate.lossesLeftOut(a));
        String json = Aggregate.json(a);
        assertTrue(json.contains("\"lossesLeftOut\" : [\n    \"t108\",\n    \"t14\"\n  ],"), json);
        // the same whatever the order the departments are given in
        assertEquals(json.substring(json.indexOf("\"lossesLeftOut\"")),
                Aggregate.json(Aggregate.of(List.of(t5, t108, t14))).substring(json.indexOf("\"lossesLeftOut\"")));
        // each department's noTotal as before
        assertTrue(json.contains("\"noTotal\" : \"noIndicators\"") && json.contains("\"noTotal\" : \"partial\""), json);

        assertFalse(Aggregate.json(Aggregate.of(List.of(t5))).contains("lossesLeftOut"));
        Aggregate.Result t44 = Aggregate.of(List.of(input("t44", "t44-daying-shuangxin-2020"), t5));
        assertEquals(List.of(), Aggregate.lossesLeftOut(t44));
        assertFalse(Aggregate.json(t44).contains("lossesLeftOut"));
        assertEquals(null, Aggregate.lossesNote(t44, new Messages(Messages.ZH)));
    }
}
