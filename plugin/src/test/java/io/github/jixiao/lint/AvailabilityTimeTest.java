package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 黄石 图书馆 2022's 时效 row 可保证读者使用时长 "全天候可用" (t82) was asked for a date ("请写明日期或期限"): the row measures
 * a time to provide, which no date answers (audit s48 item 7). It is asked for its hours or an availability rate, as an
 * info, and is the finding it was (time's fingerprint).
 */
class AvailabilityTimeTest {
    @Test
    void anAvailabilityRowIsAskedForHoursNotADate() throws Exception {
        List<Finding> row = FullRateAdviceTest.at(FullRateAdviceTest.real("t82-huangshi-tushuguan-2022"), "/indicators/3/target");
        assertEquals(1, row.size(), row.toString());
        Finding f = row.get(0);
        assertEquals("time-availability", f.key());
        assertEquals(Severity.INFO, f.severity());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("可用时长或可用率（如“每日 ≥ 12 小时”“可用率 ≥ 99%”）") && !zh.contains("请写明日期"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("State the hours or the availability rate"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "time", f.args()), Fingerprints.of(f), "time's fingerprint");
    }
}
