package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 湘潭 2024's 服务周期 "180" (t91; its 项目概况 "服务周180", days) was asked "不知道计的是什么…如“≥ 180 个”“≥ 180 天”或“≥ 180%”":
 * the name says a period, so 个 and % are no reading (audit s48 item 4). It is asked for its unit of time alone, and is the
 * finding it was (the unit an example, a detail).
 */
class PeriodNameUnitTest {
    @Test
    void aPeriodByItsNameIsAskedForItsUnitOfTime() throws Exception {
        List<Finding> row = FullRateAdviceTest.at(FullRateAdviceTest.real("t91-xiangtan-wupaoche-2024"), "/indicators/3/target");
        assertEquals(1, row.size(), row.toString());
        Finding f = row.get(0);
        assertEquals("no-unit-period", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("按名称是一段时间") && zh.contains("如“≥ 180 天”") && !zh.contains("个") && !zh.contains("180%"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("is a period by its name") && en.contains("\"≥ 180 天\" (days)") && !en.contains("%"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "no-unit", f.args().subList(0, 6)), Fingerprints.of(f),
                "the no-unit note it was");
    }
}
