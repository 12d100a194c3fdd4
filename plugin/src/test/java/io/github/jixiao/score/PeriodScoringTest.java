package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 时效 row whose target is a period ("1-6月", "2022.1.1-6.30", across years "2021.10-2022.3") scored by the day its actual
 * says the work was done, read by the one reader of periods and days ({@link io.github.jixiao.target.Period}, session 50)
 * as indicator-actual-incommensurable reads it: within the period its full points, outside it none (a day missed keeps
 * no share, as against a deadline). Until then the scorer read the period as a range of months (1~6 月) beside a date,
 * incomparable (0 points and an error), or as words with the unit's score taken unchecked (achievement-self-score). On
 * 棠溪 2022 (t25), a pointed table: its 时效 row 3, 提交报告及时性, 8 of 8 points, with the period and the actual changed
 * ({@link MonthBeforeReadingTest#run}); the table's total with the row met is 90.00.
 */
class PeriodScoringTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {
        "2022.1.1-6.30; 2022年6月20日",
        // a month without its day is read in the unit's favour, as against a deadline (TargetParser.actualDay): it may be 1 June
        "2022.1.1-6.15; 2022年6月",
        "1-6月; 6月20日完成",
        // across years, ending within the budget year
        "2021.10-2022.3; 2022年3月20日",
        "2021年10月至2022年6月; 2022.6"})
    void doneWithinThePeriodIsMet(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, target, actual);
        assertEquals(new BigDecimal("90.00"), r.sheet().total());
        CriterionScore row = item(r);
        assertEquals(new BigDecimal("8"), row.score().stripTrailingZeros());
        assertEquals(actual + " 达到 " + target + " → 8", row.explanation());
        assertEquals(List.of(), onRow(r));
    }

    @Test
    void doneAfterThePeriodIsMissedWithNoShare(@TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, "1-6月", "2022年7月5日");
        assertEquals(new BigDecimal("82.00"), r.sheet().total());
        CriterionScore row = item(r);
        assertEquals(0, row.score().signum());
        assertEquals("2022年7月5日 未达到 1-6月：0 × 8 = 0（自评 8）", row.explanation());
        // one finding (session 51, Engine.periodClaimOnce): the late day and the two scores; until then period-outside and
        // score-claim-mismatch indicator ("8 … 0.00") were two warnings on the row
        assertEquals(List.of(
                "indicator-actual-incommensurable period-outside-claimed warning [提交报告及时性, 1-6月, 2022年7月5日, 2022-07-05, 8, 0.00]"), onRow(r));
        io.github.jixiao.finding.Finding f = r.findings().stream().filter(x -> x.key().equals("period-outside-claimed")).findFirst().orElseThrow();
        assertEquals("时效指标“提交报告及时性”的指标值是期间“1-6月”，实际完成值“2022年7月5日”（即 2022-07-05）却在期间之外：没有按期完成，按期间计为 0.00 分，"
                + "自评得分却是 8 分。请核对日期；确实逾期的，在偏差原因中写明原因，并把自评得分改为 0.00 分。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
        assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", "period-outside", f.args().subList(0, 4)),
                io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", f.key(), f.args()), "the scores are details");
    }

    /**
     * Printed 0 beside the late day: no claim to carry, period-outside as it was. The 0 follows from the lateness, whose
     * reason period-outside asks for in the deviation column: indicator-score-unexplained's note asking why the points were
     * taken is left out beside it (session 52, Engine.periodDeductedOnce; until then both were on the row), and comes back
     * where incommensurable is turned off.
     */
    @Test
    void doneAfterThePeriodAtNoPointsIsThePeriodAlone(@TempDir Path tmp) throws Exception {
        EngineResult r = run0(tmp, null);
        assertEquals(List.of(
                "indicator-actual-incommensurable period-outside warning [提交报告及时性, 1-6月, 2022年7月5日, 2022-07-05]"), onRow(r));
        EngineResult off = run0(tmp.resolve("off"), "indicator-actual-incommensurable");
        assertEquals(List.of("indicator-score-unexplained deducted info [提交报告及时性, 1-6月, 2022年7月5日, 0, 8]"), onRow(off));
    }

    private static EngineResult run0(Path tmp, String off) throws Exception {
        Path project = tmp.resolve("t25");
        io.github.jixiao.testing.Samples.copyTreeEditingIndicators(io.github.jixiao.testing.Samples.realTable("t25-tangxi-weituo-2022"), project, root -> {
            tools.jackson.databind.node.ObjectNode row = (tools.jackson.databind.node.ObjectNode) root.at("/indicators/3");
            row.put("target", "1-6月");
            row.put("actual", "2022年7月5日");
            row.put("score", 0);
        });
        return new io.github.jixiao.engine.Engine().run(off == null
                ? io.github.jixiao.engine.EngineOptions.of(project, project.resolve("submission")).withLocale(java.util.Locale.SIMPLIFIED_CHINESE)
                : new io.github.jixiao.engine.EngineOptions(project, project.resolve("submission"), null, null, null,
                        io.github.jixiao.lint.RuleConfig.of(List.of(new io.github.jixiao.lint.RuleConfig.Entry(off, "OFF", null))),
                        java.util.Locale.SIMPLIFIED_CHINESE));
    }

    /**
     * A half-year period beside an actual that says the work is done and not when (session 52, T4's left-alone): a plausible
     * claim, scored as done within the period for now (as a deadline beside 已完成 is), its day asked in a warning
     * (period-done-undated, the period finding's fingerprint). Until then 0 points and the period error. An actual that
     * says the period was kept (按期完成) is read as done within it, its day asked in a note; one that says nothing of the
     * work's being done keeps the error and the 0.
     */
    @ParameterizedTest(name = "1-6月 | {0}")
    @CsvSource(delimiter = ';', value = {
        "已完成100%; 90.00; indicator-actual-incommensurable period-done-undated warning [提交报告及时性, 1-6月, 已完成100%, 2022-06-30]",
        "已完成; 90.00; indicator-actual-incommensurable period-done-undated warning [提交报告及时性, 1-6月, 已完成, 2022-06-30]",
        "按期完成; 90.00; indicator-actual-incommensurable period-on-time-undated info [提交报告及时性, 1-6月, 按期完成, 2022-06-30]",
        "已按时完成; 90.00; indicator-actual-incommensurable period-on-time-undated info [提交报告及时性, 1-6月, 已按时完成, 2022-06-30]",
        "正在推进; 82.00; indicator-actual-incommensurable period error [提交报告及时性, 1-6月, 正在推进, 2022-06-30]"})
    void aHalfYearDoneWithoutItsDay(String actual, String total, String finding, @TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, "1-6月", actual);
        assertEquals(new BigDecimal(total), r.sheet().total());
        assertEquals(List.of(finding), onRow(r));
        if (total.equals("90.00")) {
            assertEquals(actual + " 达到 1-6月 → 8", item(r).explanation());
        }
    }

    /**
     * The whole budget year beside "已完成100%" or "已完成" (大英 2020, t44 /2's cells, on t25's pointed row): done within
     * the year, met, 8 points (session 51). Until then the period was a range of months (1~6 月) beside a percent,
     * incomparable: 0 points, the total 82.00, and lint's period asked for the day beside time-whole-year asking for it
     * too; time-whole-year alone asks now.
     */
    @ParameterizedTest(name = "1-12月 | {0}")
    @CsvSource({"已完成100%", "已完成"})
    void theWholeYearDoneIsMet(String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, "1-12月", actual);
        assertEquals(new BigDecimal("90.00"), r.sheet().total());
        CriterionScore row = item(r);
        assertEquals(new BigDecimal("8"), row.score().stripTrailingZeros());
        assertEquals(actual + " 达到 1-12月 → 8", row.explanation());
        assertEquals(List.of("indicator-time-cost-unspecified time-whole-year info [提交报告及时性, 1-12月, 2022-MM-DD 前, by 2022-MM-DD]"),
                onRow(r));
    }

    /** A month after the period: said at the precision written ("2022-09", not a day the table never gave). */
    @Test
    void aMonthAfterThePeriodIsSaidAsAMonth(@TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, "2021.10-2022.6", "2022年9月完成");
        assertEquals(0, item(r).score().signum());
        assertEquals("indicator-actual-incommensurable period-outside-claimed warning [提交报告及时性, 2021.10-2022.6, 2022年9月完成, 2022-09, 8, 0.00]",
                onRow(r).get(0));
    }

    /**
     * 宁夏福彩 2023 (t61), an unpointed form: its 完成时间 row written as the half-year "1-6月" beside "已完成". No row is
     * scored, so period-done-undated says no "计分时暂按期间内完成计" (-unscored, as deadline-done-undated's on the same
     * row as printed; Engine.unscoredRowsWording, s52 C1's left-alone, session 53): the same finding (sameAs period).
     */
    @Test
    void anUnpointedTableScoresNoPeriod(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t61");
        io.github.jixiao.testing.Samples.copyTreeEditingIndicators(io.github.jixiao.testing.Samples.realTable("t61-ningxia-fucai-2023"),
                project, root -> {
                    tools.jackson.databind.node.ObjectNode row = (tools.jackson.databind.node.ObjectNode) root.at("/indicators/2");
                    row.put("target", "1-6月");
                    row.put("actual", "已完成");
                });
        EngineResult r = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(project,
                project.resolve("submission")).withLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        io.github.jixiao.finding.Finding f = r.findings().stream()
                .filter(x -> x.pointer().equals("/indicators/2/actual") && x.ruleId().equals("indicator-actual-incommensurable"))
                .findFirst().orElseThrow();
        assertEquals("period-done-undated-unscored", f.key());
        assertEquals("时效指标“完成时间”的指标值是期间“1-6月”，实际完成值“已完成”说已经完成，却没有写完成日期，看不出是否在期间内（2023-06-30 前）完成。"
                + "请写明实际完成的日期。", new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
        String en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(f);
        org.junit.jupiter.api.Assertions.assertFalse(en.contains("scored"), en);
        assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", "period", f.args()),
                io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", f.key(), f.args()), "the same finding as period-done-undated");
    }

    private static CriterionScore item(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.name().equals("提交报告及时性")).findFirst().orElseThrow();
    }

    /** The findings on the edited row, score and lint alike. */
    private static List<String> onRow(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/3"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id() + " " + f.args()).toList();
    }
}
