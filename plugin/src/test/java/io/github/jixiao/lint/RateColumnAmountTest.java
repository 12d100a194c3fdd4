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

    /**
     * The same slip on a department's stated 预算执行率 (23063.68, its 实际支出数) and 政府采购执行率 (657.77, its 计划金额):
     * no real table of t1–t106 shows it there (session 49), the form class is t71's, a 执行率 cell beside the amounts it is
     * computed from; a 控制率 holding its amount keeps the plain message (no "执行率一栏" to write in).
     */
    @Test
    void aStatedExecutionRateHoldingItsAmountIsSaidSo() throws Exception {
        String id = "rate-mismatch";
        java.nio.file.Path file = RuleFixtures.files(id, RuleFixtures.FLAGS).stream()
                .filter(p -> p.getFileName().toString().equals("amount-in-stated-rate.json")).findFirst().orElseThrow();
        Rule rule = RuleRegistry.all().stream().filter(r -> r.descriptor().id().equals(id)).findFirst().orElseThrow();
        List<Finding> all = RuleFixtures.run(rule, RuleFixtures.load(id, RuleFixtures.FLAGS, file));
        Finding budget = FullRateAdviceTest.at(all, "/stated/executionRatePercent").get(0);
        String zh = new Messages(Messages.ZH).message(budget);
        assertTrue(zh.startsWith("预算执行率一栏填的是金额 23063.68（与实际支出数相同），不是比率：按 23063.68 / 25007.68 × 100 计算应为 92.23%"), zh);
        assertEquals(Fingerprints.of(budget.ruleId(), budget.file(), "", budget.args().subList(0, 5)), Fingerprints.of(budget));
        Finding procurement = FullRateAdviceTest.at(all, "/procurement/stated/executionRatePercent").get(0);
        String en = new Messages(Locale.ENGLISH).message(procurement);
        assertTrue(en.contains("holds the amount 657.77 (the same as the procurement plan (政府采购计划金额))"), en);
        assertEquals("", FullRateAdviceTest.at(all, "/threePublic/stated/controlRatePercent").get(0).key());
    }
}
