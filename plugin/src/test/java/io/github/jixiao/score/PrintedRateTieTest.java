package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 忠县科协 2024 (t72, 重庆's 部门整体 form) prints 执行率 96.85 for 4,614,453.11 / 4,764,453.11 = 96.8517 %, and 执行率得分
 * 9.68: 96.85 % × 10 = 9.685, exactly half a cent, rounded down by the system that prints the table, where the amounts
 * give 9.685 17 → 9.69. With the indicator rows its copy cuts off filled in at full marks (90), its 自评总分 99.68 was
 * score-claim-mismatch total against 99.69 (helper E, session 38): every 重庆 table whose printed rate lands on a half cent
 * got it. Either rounding of the printed rate × the points now stands, and the formula says why; a figure further off, a
 * printed rate that is not the amounts' or a product that is no half cent is held as before.
 */
class PrintedRateTieTest {

    private static Path project(Path tmp, String name) throws Exception {
        return ZhongxianRows.copy(tmp, name, ZhongxianRows.FULL);
    }

    private static void replace(Path f, String from, String to) throws Exception {
        ZhongxianRows.replace(f, from, to);
    }

    private static EngineResult run(Path p, Locale locale) {
        return ZhongxianRows.run(p, locale);
    }

    private static List<String> claims(EngineResult r) {
        return ZhongxianRows.claims(r, Integer.MAX_VALUE);
    }

    private static CriterionScore rate(EngineResult r) {
        return r.sheet().criterion("budget-execution-rate").orElseThrow();
    }

    @Test
    void theTablesTotalFromItsPrintedRateStands(@TempDir Path tmp) throws Exception {
        EngineResult r = run(project(tmp, "as-printed"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), claims(r));
        assertEquals("99.69", r.sheet().total().toPlainString(), "the computed total stands");
        assertEquals("9.69", rate(r).score().toPlainString());
        assertTrue(rate(r).explanation().endsWith("；按表中所印执行率计，96.85% × 10 = 9.685，恰在半分：舍为 9.68、入为 9.69，写作哪一个都视为相符"),
                rate(r).explanation());
        EngineResult en = run(project(tmp, "as-printed-en"), Locale.ENGLISH);
        assertEquals(List.of(), claims(en));
        assertTrue(rate(en).explanation().endsWith("; at the rate the table prints, 96.85% × 10 = 9.685, exactly half a cent: "
                + "rounded down 9.68, up 9.69, either taken as agreeing"), rate(en).explanation());
    }

    @Test
    void aTotalACentBeyondEitherRoundingIsStillHeld(@TempDir Path tmp) throws Exception {
        Path below = project(tmp, "below");
        replace(below.resolve("submission/self-assessment.json"), "99.68", "99.67");
        assertEquals(List.of("total [99.67, 99.69]"), claims(run(below, null)));
        Path above = project(tmp, "above");
        replace(above.resolve("submission/self-assessment.json"), "99.68", "99.70");
        // above the scores the table states (9.68 on 其中:财政拨款, FundsTwinRowScoreTest, + 90): it does not add up
        assertEquals(List.of("total-parts [99.70, 99.68, 9.68 + 90, 99.69]"), claims(run(above, null)));
    }

    @Test
    void theCriterionsScoreOnTheTotalRowIsHeldTheSameWay(@TempDir Path tmp) throws Exception {
        // the rate and score printed on the total row, as 财预〔2020〕10号's 年度资金总额 prints them
        Path p = project(tmp, "total-row");
        replace(p.resolve("submission/budget.json"), "\"executed\": 4614453.11 },",
                "\"executed\": 4614453.11, \"executionRatePercent\": 96.85, \"points\": 10, \"score\": 9.68 },");
        assertEquals(List.of(), claims(run(p, null)));
        Path off = project(tmp, "total-row-off");
        replace(off.resolve("submission/budget.json"), "\"executed\": 4614453.11 },",
                "\"executed\": 4614453.11, \"executionRatePercent\": 96.85, \"points\": 10, \"score\": 9.67 },");
        List<String> c = claims(run(off, null));
        assertEquals(1, c.stream().filter(s -> s.startsWith("below [执行率, 9.67, 9.69")).count(), c.toString());
    }

    @Test
    void theTotalGetsNoLicenceWhereTheCriterionIsStatedAsComputed(@TempDir Path tmp) throws Exception {
        // 执行率得分 9.69 as the amounts give it, 90 for the rows: the table's own parts make 99.69, so 99.68 is a cent off
        // (before, the half cent licensed the total whatever the criterion's stated score)
        Path p = project(tmp, "stated-up");
        replace(p.resolve("submission/budget.json"), "\"score\": 9.68", "\"score\": 9.69");
        assertEquals(List.of("total [99.68, 99.69]"), claims(run(p, null)));
    }

    @Test
    void noLicenceWithoutAPrintedHalfCent(@TempDir Path tmp) throws Exception {
        // no rate printed: the computed 9.69 is all there is, and 99.68 a cent off it
        Path none = project(tmp, "no-rate");
        replace(none.resolve("submission/budget.json"), "\"executionRatePercent\": 96.85, ", "");
        assertEquals(List.of("below [执行率, 9.68, 9.69, 4614453.11 / 4764453.11 = 96.85% × 10 = 9.69]", "total-rows [99.68, 99.69, 9.68 + 90]"),
                claims(run(none, null)));
        // a printed rate that is not the amounts' (96.75 for 96.8517 %): 96.75 % × 10 = 9.675 gives no licence for 9.68
        Path wrong = project(tmp, "wrong-rate");
        replace(wrong.resolve("submission/budget.json"), "96.85", "96.75");
        assertEquals(List.of("below [执行率, 9.68, 9.69, 4614453.11 / 4764453.11 = 96.85% × 10 = 9.69]", "total-rows [99.68, 99.69, 9.68 + 90]"),
                claims(run(wrong, null)));
        // a rate printed to one decimal, 96.9: 9.69 exactly, no half cent, so 9.68 is a cent off
        Path coarse = project(tmp, "coarse-rate");
        replace(coarse.resolve("submission/budget.json"), "96.85", "96.9");
        assertEquals(List.of("below [执行率, 9.68, 9.69, 4614453.11 / 4764453.11 = 96.85% × 10 = 9.69]", "total-rows [99.68, 99.69, 9.68 + 90]"),
                claims(run(coarse, null)));
        // amounts whose rate is 96.8449 %: 9.684 49 → 9.68, and the printed 96.84 × 10 = 9.684, no tie; 99.69 is held
        Path other = project(tmp, "other-amounts");
        replace(other.resolve("submission/budget.json"), "4614453.11", "4614077.69");
        replace(other.resolve("submission/budget.json"), "96.85", "96.84");
        replace(other.resolve("submission/self-assessment.json"), "99.68", "99.69");
        assertEquals(List.of("total [99.69, 99.68]"), claims(run(other, null)));
    }

    @Test
    void theFindingsStayAsTheyWereOnTheRealTable() {
        // the cut copy itself (no indicator rows): the total is not checkable, as before
        EngineResult r = run(Samples.realTable("t72-zhongxian-kexie-2024"), null);
        assertEquals(List.of(), claims(r));
        assertTrue(r.findings().stream().map(Finding::ruleId).anyMatch("score-weights"::equals));
    }
}
