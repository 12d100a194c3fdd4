package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.score.CriterionScore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 时效 target written as a date ("2022年6月30日前", as indicator-time-cost-unspecified asks it written) is compared with
 * a date actual: met when done by then, missed (0 of its points: a ratio of two dates means nothing) when later.
 * Before, a date was words: every such row scored 0 ("没有写完成档次") and a late actual was not reported as missed.
 * A date beside words ("按期完成") is read as words, as before.
 */
class DateTargetsTest {

    private static String read(String s) {
        TargetValue v = TargetParser.parse(s);
        return v.isDate() ? v.comparator().symbol() + " " + v.low() : v.kind().toString();
    }

    /** Each written form: the comparator and the day read ("≤ 20220630"), or the kind when it is no date. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2022年6月30日前 | ≤ 20220630 |",
        "2024 年 6 月 30 日前 | ≤ 20240630 | as indicator-time-cost-unspecified's message writes it",
        "2022年6月20日 | = 20220620 |",
        "2022年12月底前 | ≤ 20221231 | a month without its day: its last",
        "2022年6月 | = 20220630 |",
        "2023年12月31日之前完成 | ≤ 20231231 |",
        "2022.6.30前完成 | ≤ 20220630 |",
        "2022-06-30 | = 20220630 |",
        "2022年7月后 | ≥ 20220701 | after: from its first day",
        "于2022年10月完成 | = 20221031 |",
        "2022年2月30日 | QUALITATIVE | no such day",
        "2022年6月30日前完成并交付 | ≤ 20220630 | a deadline and a phrase of its work, as 2022年6月30日前完成 (words until session 45)",
        "2022.6 | QUANTITATIVE | a number, as before",
        "2022年 | = 20221231 | a year: its last day (a 时效 target 2022年 against 2023年 is missed, not 99.95 %)",
        "5年 | QUANTITATIVE | a count of years, as before",
        "2022年底前完成招标 | ≤ 20221231 | a deadline and its work (words until session 45), not 2022 of a unit 年底前完成招标",
        "2022年度 | QUALITATIVE | a year's name",
        "1500年 | QUANTITATIVE | no year of a budget: a count, as before",
        "2022年底前 | ≤ 20221231 |",
        "2025年年底前 | ≤ 20251231 | the year's 年 written twice (金安 2025, t87 row 9): the end of 2025, as 2025年底前",
        "2024年年末 | = 20241231 |",
        "≤2022-12-31 | ≤ 20221231 | the form indicator-target-no-comparator suggests",
        "≤2022年12月31日 | ≤ 20221231 |",
        "不晚于2022年12月31日 | ≤ 20221231 |",
        "截至2023年6月 | ≤ 20230630 |",
        "12月底前 | QUALITATIVE | no year: words, not 12 of a unit 月底前",
        "6月30日前 | QUALITATIVE |",
        "12月底前上线 | QUALITATIVE | the words of a date with a year (上线, 启用, 开工, 实施) without one too: not 12 of a unit 月底前上线",
        "9月30日前启用 | QUALITATIVE |",
        "6月底前开工 | QUALITATIVE |",
        "10月底前实施 | QUALITATIVE |",
        "12月 | QUANTITATIVE | 12 months, as before",
        "3月内 | QUANTITATIVE | within 3 months: a period, as before",
        "9月前 | QUALITATIVE | before September, no year: words, not 9 of a unit 月前",
        "6月以后 | QUALITATIVE |",
        "9月前完成 | QUALITATIVE |",
        "<2022年7月 | < 20220701 | before July: before its first day",
        ">2022年6月 | > 20220630 | after June: after its last day",
        "完成时间为2022年12月30日 | = 20221230 | a label before the day (裕安 2022's 时效 row): the day itself",
        "完成时间：2022年12月30日 | = 20221230 |",
        "完成日期为2022年12月30日前 | ≤ 20221230 |",
        "完成时间为2022年12月30日前完成招标 | ≤ 20221230 | the label, then a deadline and its work (words until session 45)"
    })
    void theWaysADayIsWritten(String written, String read, String why) {
        assertEquals(read, read(written), why == null ? written : why);
    }

    @Test
    void aDayAndItsComparator() {
        // the 指标性质 column's comparator on a month: the day it reaches (review R2: ≥ 2022年6月 was ≥ 6月30日)
        assertEquals(new java.math.BigDecimal("20220601"),
                TargetParser.withDateComparator(TargetParser.parse("2022年6月"), Comparator.GE).low());
        assertEquals(new java.math.BigDecimal("20220630"),
                TargetParser.withDateComparator(TargetParser.parse("2022年6月"), Comparator.LE).low());
        assertEquals("≤ 2022-06-30", TargetParser.parse("2022年6月30日前").format(), "ISO: alike in both languages");
        assertEquals(Outcome.MET, TargetParser.compare(TargetParser.parse("2022年6月30日前"), TargetParser.parse("2022年6月30日")));
        assertEquals(Outcome.MISSED, TargetParser.compare(TargetParser.parse("2022年6月30日前"), TargetParser.parse("2022年7月1日")));
    }

    /** An actual without its day is read in the target's favour: the table does not say which day of the month it was. */
    @Test
    void aMonthAgainstADayIsGivenTheBenefitOfTheDoubt() {
        TargetValue deadline = TargetParser.parse("2022年6月15日前");
        assertEquals(Outcome.MET, TargetParser.compare(deadline, TargetParser.actualDay(TargetParser.parse("2022年6月"), deadline)));
        assertEquals(Outcome.MISSED, TargetParser.compare(deadline, TargetParser.actualDay(TargetParser.parse("2022年7月"), deadline)));
        TargetValue start = TargetParser.parse("2022年6月15日后");
        assertEquals(Outcome.MET, TargetParser.compare(start, TargetParser.actualDay(TargetParser.parse("2022年6月"), start)));
        assertEquals(Outcome.MISSED, TargetParser.compare(start, TargetParser.actualDay(TargetParser.parse("2022年5月"), start)));
        TargetValue day = TargetParser.parse("2022年6月20日");
        assertEquals(day, TargetParser.actualDay(day, deadline), "a day is itself");
        // = a month: met by a day of it, and by the same month (review R2: 2022年12月 = 2022年12月 was missed)
        TargetValue month = TargetParser.parse("=2022年12月");
        assertEquals(Outcome.MET, TargetParser.compare(month, TargetParser.actualDay(TargetParser.parse("2022年12月"), month)));
        assertEquals(Outcome.MET, TargetParser.compare(month, TargetParser.actualDay(TargetParser.parse("2022年12月20日"), month)));
        assertEquals(Outcome.MISSED, TargetParser.compare(month, TargetParser.actualDay(TargetParser.parse("2023年1月"), month)));
        TargetValue lateYear = TargetParser.parse("2022年");
        assertEquals(Outcome.MISSED, TargetParser.compare(lateYear, TargetParser.actualDay(TargetParser.parse("2023年"), lateYear)));
    }

    /**
     * 金寨 2023 (real-tables t34): 完成…验收时间 "9月前" done "7月", "11月前" done "10月", no year on either. Read alone,
     * 9月前 was 9 of a unit 月前 (≥) and 7月 seven months: an incommensurable unit and an unscorable row, two errors each on
     * a deadline met. Both are days of the table's year; 3月内 and a bare 12月 stay what they were.
     */
    @Test
    void aMonthWithoutItsYearAgainstAnotherIsReadInTheTablesYear() {
        TargetValue[] met = TargetParser.inYear(2023, "9月前", "7月");
        assertEquals("≤ 2023-09-30", met[0].format());
        assertEquals("9月前", met[0].text(), "the text as written");
        assertEquals(Outcome.MET, TargetParser.compare(met[0], met[1]));
        TargetValue[] late = TargetParser.inYear(2023, "11月前", "12月");
        assertEquals(Outcome.MISSED, TargetParser.compare(late[0], late[1]));
        TargetValue[] sameMonth = TargetParser.inYear(2023, "7月15日前", "7月");
        assertEquals(Outcome.MET, TargetParser.compare(sameMonth[0], sameMonth[1]), "its first day, in the target's favour");
        assertEquals(Outcome.MET, compareInYear("12月底前完成", "12月20日"));
        assertEquals(null, TargetParser.inYear(2023, "3月内", "2月"), "within three months: a period");
        assertEquals(null, TargetParser.inYear(2023, "12月", "12月"), "twelve months");
        assertEquals(null, TargetParser.inYear(2023, "12月", "11月"), "twelve months, or December: no calendar mark on either");
        // beside a day (11月底, 11月30日: never a count of months) a bare 12月 is December of the table's year: a
        // deadline met, not twelve months against words (an error on a deadline met)
        TargetValue[] december = TargetParser.inYear(2023, "12月", "11月底");
        assertEquals("2023-12-31", december[0].format(), "December of 2023: no comparator written");
        io.github.jixiao.model.Indicator row = timeRow("12月", "11月底");
        assertEquals(Comparator.LE, row.targetValue().comparator(), "a bare date is a deadline (Direction)");
        assertEquals(Outcome.MET, TargetParser.compare(row.targetValue(), row.actualValue()));
        assertEquals(Outcome.MET, TargetParser.compare(timeRow("12月完成", "12月20日").targetValue(),
                timeRow("12月完成", "12月20日").actualValue()));
        io.github.jixiao.model.Indicator april = timeRow("3月", "4月底");
        assertEquals(Outcome.MISSED, TargetParser.compare(april.targetValue(), april.actualValue()), "March, done at the end of April");
        assertEquals(null, TargetParser.inYear(2023, "3月内", "2月底"), "within three months, even beside a day");
        assertEquals(null, TargetParser.inYear(2023, "9月前", "按期完成"), "words");
        assertEquals(null, TargetParser.inYear(2023, "9月前", "7月前"), "an actual is done, not a side");
        assertEquals(null, TargetParser.inYear(2023, "13月前", "7月"), "no such month");
        assertEquals(null, TargetParser.inYear(null, "9月前", "7月"), "no year known");
    }

    /**
     * A monitoring table's 全年预计完成值 is read as the actual is: against 9月前 read in the table's year (its actual 7月),
     * a forecast 8月 is a day of that year too, not eight months.
     */
    @Test
    void aForecastWithoutItsYearIsReadInTheTablesYearToo() {
        io.github.jixiao.model.Indicator i = io.github.jixiao.model.Indicator.of(0, "产出指标", "时效指标", "验收时间", "9月前",
                null, null, "7月", false, null, null, null, null, null, null, io.github.jixiao.load.Src.NONE,
                io.github.jixiao.load.Src.NONE, io.github.jixiao.load.Src.NONE, 2023);
        assertEquals("≤ 2023-09-30", i.targetValue().format());
        assertEquals(Outcome.MET, TargetParser.compare(i.targetValue(), i.readAsActual("8月")));
        assertEquals(Outcome.MISSED, TargetParser.compare(i.targetValue(), i.readAsActual("10月")));
        assertEquals(Outcome.MET, TargetParser.compare(i.targetValue(), i.readAsActual("2023年8月")), "a forecast with its year");
    }

    /**
     * One of a row's target and actual written with its year, the other without (2023年12月底前 → 11月, 12月31日前 →
     * 2023年12月20日): the one without is read in the table's year too. Before, 11月 was eleven months beside a date
     * read as words (indicator-actual-incommensurable and score-input-missing, two errors on a deadline met), and
     * 12月31日前 words beside a date (score-input-missing).
     */
    @Test
    void oneOfThePairWithItsYearAndTheOtherWithout() {
        assertEquals(Outcome.MET, outcome(timeRow("2023年12月底前", "11月")));
        assertEquals(Outcome.MET, outcome(timeRow("2023年9月前", "7月")));
        assertEquals(Outcome.MET, outcome(timeRow("2023年12月", "11月")), "a bare month with its year: a deadline (Direction)");
        assertEquals(Outcome.MISSED, outcome(timeRow("2023年6月30日前", "7月")));
        assertEquals(Outcome.MET, outcome(timeRow("12月31日前", "2023年12月20日")));
        assertEquals(Outcome.MET, outcome(timeRow("12月底前", "2023-12-20")));
        assertEquals(Outcome.MISSED, outcome(timeRow("12月31日前", "2024年1月5日")), "done the next year");
        assertEquals(Outcome.MET, outcome(timeRow("12月", "2023年11月")), "beside a date a bare 12月 is December");
        assertEquals(Outcome.MET, outcome(timeRow("9月前", "7月份")), "7月份 as 7月 (docs/forms.md names it)");
        assertEquals(Outcome.MET, outcome(timeRow("2023年9月前", "7月份")));
        assertEquals(null, TargetParser.inYear(2023, "3月内", "2023年2月"), "within three months: a period");
        assertEquals(null, TargetParser.inYear(2023, "2023年9月前", "7月前"), "an actual is done, not a side");
        assertEquals(null, TargetParser.inYear(2023, "2023年度", "7月"), "no date");
        assertEquals(null, TargetParser.inYear(2023, "2023年9月前", "已完成"), "words");
        io.github.jixiao.model.Indicator i = timeRow("2023年9月前", "7月");
        assertEquals(Outcome.MET, TargetParser.compare(i.targetValue(), i.readAsActual("8月")), "a forecast so written too");
        assertEquals(Outcome.MISSED, TargetParser.compare(i.targetValue(), i.readAsActual("10月")));
    }

    /**
     * A 度量单位 column "日期" makes no number a day: "45291" (an Excel date serial) was read as the day 0004-52-91, and a
     * 2023年12月20日 done by it missed (indicator-target-missed, score-ignores-missed-target); a bare actual "25" a day too.
     */
    @Test
    void aDateUnitColumnMakesNoNumberADay() {
        io.github.jixiao.model.Indicator.Columns dateColumn = new io.github.jixiao.model.Indicator.Columns("日期", null, null, null, null);
        io.github.jixiao.model.Indicator serial = io.github.jixiao.model.Indicator.of(0, "产出指标", "时效指标", "完成时间", "45291",
                null, null, "2023年12月20日", false, null, null, null, null, null, dateColumn, io.github.jixiao.load.Src.NONE,
                io.github.jixiao.load.Src.NONE, io.github.jixiao.load.Src.NONE, 2023);
        assertFalse(serial.targetValue().isDate(), serial.targetValue().format());
        assertEquals(java.time.LocalDate.of(2023, 12, 31), TargetParser.excelDate(serial.targetValue()), "date-serial names it");
        io.github.jixiao.model.Indicator bare = io.github.jixiao.model.Indicator.of(0, "产出指标", "时效指标", "审批时限", "30", null,
                null, "35", false, null, null, null, null, null, dateColumn, io.github.jixiao.load.Src.NONE,
                io.github.jixiao.load.Src.NONE, io.github.jixiao.load.Src.NONE, 2023);
        assertFalse(bare.actualValue().isDate(), bare.actualValue().format());
        // 审批时限 "30" with no unit is a limit, ≤ 30 (session 49; read ≥ 30 by its name before, when 25 missed it)
        assertEquals(Outcome.MISSED, outcome(bare), "35 against a limit of 30, a number against a number as without the column");
        assertEquals(Outcome.MET, outcome(io.github.jixiao.model.Indicator.of(0, "产出指标", "时效指标", "完成时间", "2023年12月31日前",
                null, null, "2023年12月20日", false, null, null, null, null, null, dateColumn, io.github.jixiao.load.Src.NONE,
                io.github.jixiao.load.Src.NONE, io.github.jixiao.load.Src.NONE, 2023)), "a date stays one");
    }

    /**
     * An actual at the end of a month (11月底, 2023年11月底) is its last day, not any day of it: read in the target's favour
     * as its first, 11月底 met a deadline of 11月15日前.
     */
    @Test
    void theEndOfAMonthIsItsLastDay() {
        assertEquals(Outcome.MISSED, outcome(timeRow("11月15日前", "11月底")));
        assertEquals(Outcome.MISSED, outcome(timeRow("2023年11月15日前", "2023年11月底")));
        assertEquals(Outcome.MET, outcome(timeRow("11月底前", "11月底")));
        assertEquals(Outcome.MET, outcome(timeRow("2023年11月30日前", "2023年11月底")));
        assertEquals(Outcome.MET, outcome(timeRow("11月15日前", "11月")), "a month without 底: perhaps its first day");
        assertEquals(Outcome.MET, outcome(timeRow("=2023年11月", "2023年11月底")), "a day of the month");
    }

    /**
     * A cell of a deadline and another target keeps its two clauses, parsed once at binding (session 49: the binding,
     * otherClauseRead and the scorer each parsed them again), the same as TargetParser.clauses gives, blank actual or
     * not (the monitoring rule asks of rows with none); a cell of one clause stores nothing.
     */
    @Test
    void aCellOfTwoClausesKeepsThemAndOneOfOneNothing() {
        io.github.jixiao.model.Indicator two = timeRow("≥95%，12月底前完成", "98%");
        assertEquals(TargetParser.clauses("≥95%，12月底前完成"), two.clauses());
        assertEquals(new TargetParser.Clauses("12月底前完成", "≥95%", false), two.clauses());
        org.junit.jupiter.api.Assertions.assertTrue(two.otherClauseRead());
        assertEquals(TargetParser.clauses("6月底前完成，验收合格率100%"), timeRow("6月底前完成，验收合格率100%", "").clauses());
        assertFalse(timeRow("6月底前完成，验收合格率100%", "2023年6月20日").otherClauseRead(), "read by its deadline");
        for (String one : new String[] {"≥95%", "12月底前完成", "力争6月底前完成", "按进度推进，6月底前启动"}) {
            org.junit.jupiter.api.Assertions.assertNull(timeRow(one, "98%").clauses(), one);
        }
    }

    private static Outcome outcome(io.github.jixiao.model.Indicator i) {
        return TargetParser.compare(i.targetValue(), i.actualValue());
    }

    /** A 时效 row of a 2023 table, bound as the loader binds it. */
    private static io.github.jixiao.model.Indicator timeRow(String target, String actual) {
        return io.github.jixiao.model.Indicator.of(0, "产出指标", "时效指标", "完成时间", target, null, null, actual, false,
                null, null, null, null, null, null, io.github.jixiao.load.Src.NONE, io.github.jixiao.load.Src.NONE,
                io.github.jixiao.load.Src.NONE, 2023);
    }

    private static Outcome compareInYear(String target, String actual) {
        TargetValue[] v = TargetParser.inYear(2023, target, actual);
        return TargetParser.compare(v[0], v[1]);
    }

    @Test
    void aDeadlineMetScoresItsPointsAndOneMissedIsReportedAndScoresNone() throws Exception {
        Path project = Path.of(DateTargetsTest.class.getResource("/date-targets").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        // rows 1–5: the date rows
        List<String> rows = r.findings().stream().filter(f -> f.pointer().matches("/indicators/[1-5](/.*)?"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
        assertEquals(List.of(
                // 测绘 date target, actual 按期完成: no day done, asked for (a warning, session 47: VAL-3); scored 达成 on the words,
                // which the warning says (the scorer's achievement note at the cell is left out, Engine.incomparableOnce)
                "indicator-actual-incommensurable deadline-done-undated /indicators/3/actual",
                "indicator-target-no-comparator date /indicators/5/target",  // 档案移交 2022年12月: a deadline, ≤
                "indicator-time-cost-unspecified time /indicators/4/target", // 规划批复 按时完成: no date (VAL-6), as before
                // 审计 2022年9月底前, done 2022年10月15日: full 10 points on the late one (SC-3), one error asking for the reason too
                // (indicator-target-missed at the actual beside it until session 48: Engine.missedAtFullOnce)
                "score-ignores-missed-target indicator-unexplained /indicators/2/score",
                // 规划批复 按时完成 (words, no deadline) beside a date: no band to hold the unit's score to, kept unchecked (session 46)
                "score-input-missing achievement-self-score /indicators/4"),
                rows);
        // no date compared with words is "incommensurable"
        assertFalse(r.findings().stream().anyMatch(f -> f.ruleId().equals("indicator-actual-incommensurable")
                && !f.key().equals("deadline-done-undated")));
        Map<String, BigDecimal> scored = r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .collect(Collectors.toMap(CriterionScore::name, CriterionScore::score));
        assertEquals(new BigDecimal("10.00"), scored.get("设计完成时间"), "2022年6月20日 by 2022年6月30日前");
        assertEquals(new BigDecimal("0.00"), scored.get("审计完成时间"), "2022年10月15日, after 2022年9月底前");
        assertEquals(new BigDecimal("10.00"), scored.get("档案移交时间"), "2022年11月 by 2022年12月");
        io.github.jixiao.finding.Finding late = r.findings().stream().filter(f -> f.ruleId().equals("score-ignores-missed-target"))
                .findFirst().orElseThrow();
        assertEquals(List.of("审计完成时间", "2022年9月底前", "2022年10月15日", "10", "0.00", "0 × 10 = 0"), late.args());
    }

    /**
     * A deadline written as a month and 前 alone (6月前: "before June") is read as by the month's end, as 6月底前 and 6月30日前
     * (which includes the day) are: the project year runs to December, and 12月前 (宁德 2023, t59: 2023年12月前) means within
     * the year. {@link TargetParser#monthBefore} tells such a target, so that a rule reading the deadline can say so (session
     * 44, M3); no other date is one.
     */
    @Test
    void aMonthAndBeforeIsReadAsByTheMonthsEndAndToldApart() {
        assertEquals(new BigDecimal("20190630"), TargetParser.deadline(2019, "6月前完成").low());
        assertEquals(new BigDecimal("20231231"), TargetParser.deadline(2023, "2023年12月前").low());
        assertEquals(6, TargetParser.monthBefore("6月前完成"));
        assertEquals(6, TargetParser.monthBefore("2019年6月之前"));
        assertEquals(12, TargetParser.monthBefore("2023年12月前"));
        assertEquals(9, TargetParser.monthBefore(" 9月以前 "));
        for (String other : new String[] {"6月底前完成", "6月30日前", "6月末前", "6月以后", "3月内", "6个月前", "按时完成", "13月前", "", "2019年前"}) {
            assertEquals(null, TargetParser.monthBefore(other), other);
        }
        assertEquals(null, TargetParser.monthBefore(null));
    }

    /**
     * A year and 前 alone (2023年前完成) is read as by the end of that year, as 2023年底前 (session 45, M3's left-alone 2;
     * the rules say the reading), and told apart from what it is not.
     */
    @Test
    void aYearAndBeforeIsReadAsByTheYearsEndAndToldApart() {
        assertEquals(new BigDecimal("20231231"), TargetParser.deadline(2023, "2023年前完成").low());
        assertEquals(new BigDecimal("20231231"), TargetParser.deadline(2024, "2023年之前").low());
        assertEquals(2023, TargetParser.yearBefore("2023年前完成"));
        assertEquals(2023, TargetParser.yearBefore(" 2023年以前 "));
        for (String other : new String[] {"2023年底前", "2023年12月前", "2023年度", "2023年后", "6月前", "3年前", "按时完成", "", "2023年前后"}) {
            assertEquals(null, TargetParser.yearBefore(other), other);
        }
        assertEquals(null, TargetParser.yearBefore(null));
    }
}
