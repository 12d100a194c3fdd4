package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A comparator written twice ("≥≥98%", 抚远 2022, t99) is read as one (≥ 98 %) and said as the slip it is (placeholder-left
 * doubled-comparator, a note; session 46). Until then the target was words: silent at 目标申报, and at 自评 beside "97%" a
 * qualitative-target error ("quantify the target") and 0 points for a met target.
 */
class DoubledComparatorTest {

    @Test
    void readAsOneComparatorAndNoted(@TempDir Path tmp) throws Exception {
        // 棠溪 2022 (t25), 提交报告及时性 (8 of 8 points) given a measured target written with ≥ twice
        EngineResult r = RealTableRuns.run(tmp, "t25-tangxi-weituo-2022",
                root -> ((ObjectNode) root.at("/indicators/3")).put("target", "≥≥95%").put("actual", "97%"));
        assertEquals(List.of("/indicators/3/target placeholder-left doubled-comparator [提交报告及时性, ≥≥95%, ≥, ≥95%]"),
                RealTableRuns.onRows(r, "3").stream().filter(f -> !f.contains("indicator-time-cost-unspecified")).toList());
        // met: the row's 8 points, the table's 90 as filed
        assertEquals(new BigDecimal("90.00"), r.sheet().total());
        Finding f = r.findings().stream().filter(x -> x.key().equals("doubled-comparator")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("把比较符“≥”写了不止一次，按“≥95%”读取"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("is read as \"≥95%\""), en);
    }
}
