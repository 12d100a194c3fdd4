package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 忠县科协 2024 (t72) prints its 执行率, 执行率权重 and 执行率得分 (9.68) on "其中:财政拨款", the one source, whose amounts are
 * the 年度总金额 row's, and leaves them blank on that row. The score was read only from the total row, so the criterion had
 * no stated score: a 执行率得分 of 8.00 there went unchecked. The row with the total's amounts now stands for it; a row
 * with other amounts does not (its score is its own, not the criterion's).
 */
class FundsTwinRowScoreTest {

    private static Path project(Path tmp, String name) throws Exception {
        return ZhongxianRows.copy(tmp, name, ZhongxianRows.FULL);
    }

    private static void replace(Path f, String from, String to) throws Exception {
        ZhongxianRows.replace(f, from, to);
    }

    private static EngineResult run(Path p) {
        return ZhongxianRows.run(p, null);
    }

    private static CriterionScore rate(EngineResult r) {
        return r.sheet().criterion("budget-execution-rate").orElseThrow();
    }

    private static List<Finding> claims(EngineResult r) {
        return ZhongxianRows.claimFindings(r);
    }

    @Test
    void theScorePrintedOnTheSourceRowWithTheTotalsAmountsIsTheCriterions(@TempDir Path tmp) throws Exception {
        EngineResult r = run(project(tmp, "as-printed"));
        assertEquals("9.68", rate(r).claimed().toPlainString(), "the 执行率得分 of 其中:财政拨款");
        assertEquals("9.69", rate(r).score().toPlainString());
        // 96.85 % × 10 = 9.685: the table's rounding stands (PrintedRateTieTest), so nothing is said
        assertEquals(List.of(), claims(r));
    }

    @Test
    void aWrongScoreThereIsHeldAtItsCell(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "eight");
        replace(p.resolve("submission/budget.json"), "\"score\": 9.68", "\"score\": 8.00");
        replace(p.resolve("submission/self-assessment.json"), "99.68", "98.00");
        List<Finding> c = claims(run(p));
        assertEquals(List.of("below", "total-rows"), c.stream().map(Finding::key).toList(), c.toString());
        Finding f = c.get(0);
        assertEquals("below", f.key());
        assertEquals(List.of("执行率", "8.00", "9.69"), f.args().subList(0, 3));
        assertEquals("/funds/components/0/score", f.pointer());
        assertTrue(f.file().endsWith("budget.json"), f.file());
    }

    @Test
    void aRowWithOtherAmountsKeepsItsScoreToItself(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "other-amounts");
        replace(p.resolve("submission/budget.json"),
                "{ \"label\": \"其中:财政拨款\", \"initial\": 3724055.00, \"fullYear\": 4764453.11, \"executed\": 4614453.11,",
                "{ \"label\": \"其中:财政拨款\", \"initial\": 3724055.00, \"fullYear\": 4000000.00, \"executed\": 3900000.00,");
        replace(p.resolve("submission/budget.json"), "\"executionRatePercent\": 96.85", "\"executionRatePercent\": 97.50");
        replace(p.resolve("submission/budget.json"), "\"score\": 9.68",
                "\"score\": 8.00 },\n      { \"label\": \"其他资金\", \"fullYear\": 764453.11, \"executed\": 714453.11");
        EngineResult r = run(p);
        assertNull(rate(r).claimed(), "not the criterion's score");
    }
}
