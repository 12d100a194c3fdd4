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
 * 罗湖 2022 (t71) prints 1437 | 1437 | 1,437 on its 总体支出进度 row: the amount again in the 执行率 cell. rate-mismatch said
 * "执行率写为 1437%", a % the table never printed (audit s48 item 9); it says the cell holds the amount, and is the finding it
 * was (which amount it equals a detail).
 */
class RateColumnAmountTest {
    @Test
    void aRateCellHoldingTheAmountIsSaidSo() throws Exception {
        List<Finding> cell = FullRateAdviceTest.at(FullRateAdviceTest.real("t71-luohu-nanhu-pinggaiguan-2022"),
                "/funds/total/executionRatePercent");
        assertEquals(1, cell.size(), cell.toString());
        Finding f = cell.get(0);
        assertEquals("amount", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("执行率一栏填的是金额 1437（与全年执行数相同），不是比率") && zh.contains("应为 100.00%") && !zh.contains("1437%"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("holds the amount 1437 (the same as the full-year execution (全年执行数))") && !en.contains("1437%"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args().subList(0, 5)), Fingerprints.of(f), "the plain note's fingerprint");
    }
}
