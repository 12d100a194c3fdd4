package io.github.jixiao.lint;

import static io.github.jixiao.testing.RealTableRuns.en;
import static io.github.jixiao.testing.RealTableRuns.one;
import static io.github.jixiao.testing.RealTableRuns.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of findings on published tables (audit s49, §1 rows 4, 5, 6, 8): what RealTablesTest's lines (rule, key,
 * pointer, severity) do not show. Each message as a reviewer reads it, in Chinese and English.
 */
class RealTableWordingTest {

    private static Finding at(String table, String rule, String pointer) {
        return one(table, rule, pointer);
    }

    /**
     * 丽江 2020 (t6): 卫片执法补助经费 "﹦72890 元" → 72890, 9 of 10, no reason. The scorer takes the 9 unchecked (money, an
     * input: MoneyOutput), so the finding asks for the reason alone, not "已完成…请给满分" (audit s51 A6 row 4).
     */
    @Test
    void aMoneyRowMarkedDownIsAskedItsReasonNotFullPoints() {
        Finding f = at("t6-lijiang-2020", "indicator-score-unexplained", "/indicators/0/score");
        assertEquals("money", f.key());
        assertTrue(zh(f).contains("是资金数额，是投入，不按完成情况计分；自评得 9 分（分值 10，扣 1 分），却没有写明扣分理由"), zh(f));
        assertFalse(zh(f).contains("满分"), zh(f));
        assertFalse(zh(f).contains("已完成"), zh(f));
        assertTrue(en(f).contains("is an amount of money, an input, not scored by its result; the self-score is 9 of 10 points (1 taken off)"), en(f));
    }

    /** 廊坊 2019 (t11): 指标1成本控制率 "100", a rate with its % dropped, read as no-unit-rate-full reads the rows beside it. */
    @Test
    void aCostRateWithoutItsPercentIsReadWithIt() {
        Finding f = at("t11-langfang-shipin-2019", "indicator-time-cost-unspecified", "/indicators/4/target");
        assertEquals("cost-rate-bare", f.key());
        assertTrue(zh(f).contains("没有比较符，按“≤ 100%”理解"), zh(f));
        assertTrue(en(f).contains("read as \"≤ 100%\""), en(f));
    }

    /** 青山区 2020 (t50): 重点建设工程按期完成率 has no 及时 in it; its own word is quoted. */
    @Test
    void aTimelinessRateQuotesItsNamesOwnWord() {
        Finding f = at("t50-qingshan-jichu-2020", "indicator-time-cost-unspecified", "/indicators/3/target");
        assertEquals("time-rate-bare", f.key());
        assertTrue(zh(f).contains("“按期”是按什么日期，无从核对"), zh(f));
        assertFalse(zh(f).contains("及时"), zh(f));
        assertTrue(zh(f).contains("按“≥ 100%”理解"), zh(f));
        assertTrue(en(f).contains("\"按期\" (on schedule) by what date cannot be checked"), en(f));
    }

    /** 历城区文化馆 2019 (t17): 免费开放率 under 时效, with no word for "on time": nothing is quoted. */
    @Test
    void aTimelinessRateWithoutAWordForOnTimeSaysNoDeadlineIsGiven() {
        Finding f = at("t17-licheng-wenhuaguan-2019", "indicator-time-cost-unspecified", "/indicators/2/target");
        assertTrue(zh(f).contains("指标名称和指标值又都没有写明时限：这个比率按什么时限计算，无从核对"), zh(f));
        assertFalse(zh(f).contains("及时"), zh(f));
    }

    /** 宁德 2019 (t38): 项目完成时间 | 100%: a date is asked for, not a rate read and capped. */
    @Test
    void aTimeNamedRowIsAskedForADate() {
        Finding f = at("t38-ningde-fangzhi-2019", "indicator-time-cost-unspecified", "/indicators/5/target");
        assertEquals("time-rate-date", f.key());
        assertTrue(zh(f).contains("按名称要的是日期，指标值却写成比率“100%”"), zh(f));
        assertFalse(zh(f).contains("不会超过 100%"), zh(f));
    }

    /** 宁德 2023 (t59): a 到位率 says the money came, not that it was spent. */
    @Test
    void fundsInPlaceAreNotSaidToBeSpent() {
        Finding f = at("t59-ningde-rencaiyizhan-2023", "indicator-time-cost-unspecified", "/indicators/6/actual");
        assertTrue(zh(f).contains("到位、拨付不等于支出") && !zh(f).contains("花出"), zh(f));
        assertTrue(en(f).contains("arriving or being allocated is not being spent"), en(f));
    }

    // 大英 2020 (t44)'s boilerplate on an unpointed table, said without scoring: ProgressColumnTest since session 56 (as filed,
    // its 实施进度 column is no boilerplate)

    /** 秀屿区 2025 (t35): the deadline in the name is quoted as the words that give it, not the whole name. */
    @Test
    void aDeadlineInTheNameIsQuotedAlone() {
        Finding f = at("t35-xiuyu-shuili-2025", "indicator-deadline-after-year", "/indicators/3/target");
        assertTrue(zh(f).contains("的名称写明时限“截至2026年12月底”（即 2026-12-31），在 2025 年之后"), zh(f));
    }

    /**
     * 大英 2020 (t44): 时效 "全年" | 1-12月 beside 已完成100% is the whole year, done within it (session 51: a period error
     * asked for the day done until then, beside time-whole-year asking for it too); the date is asked once, by
     * time-whole-year, at the target, not a unit.
     */
    @Test
    void theWholeYearAsksForTheDateDoneOnce() {
        Finding f = at("t44-daying-shuangxin-2020", "indicator-time-cost-unspecified", "/indicators/2/target");
        assertEquals("time-whole-year", f.key());
        assertTrue(zh(f).contains("“1-12月”是整个预算年度") && zh(f).contains("实际完成值写实际完成的日期"), zh(f));
    }

    /**
     * The date a reviewer asks for on such a row, written (the fixture's 全年 | 1-12月 → 2020年12月20日完成, 2020.3.1-6.30 →
     * 2020.6.15, 1-12月 → 12月): no finding of any rule at those actuals, through the whole engine.
     */
    @Test
    void aDateWithinThePeriodIsMet(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path fixture = Path.of(RealTableWordingTest.class.getResource(
                "/rules/indicator-actual-incommensurable/passes/timeliness-period-done-within.json").toURI());
        tools.jackson.databind.JsonNode bundle = io.github.jixiao.report.Json.mapper().readTree(java.nio.file.Files.readString(fixture));
        Path sub = tmp.resolve("submission");
        java.nio.file.Files.createDirectories(sub);
        for (var e : bundle.properties()) {
            java.nio.file.Files.writeString(sub.resolve(e.getKey() + ".json"),
                    io.github.jixiao.report.Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        List<Finding> all = new Engine().run(EngineOptions.of(tmp, sub)).findings();
        assertEquals(List.of(), all.stream().filter(f -> f.pointer().endsWith("/actual")).map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).toList());
    }

    /**
     * 零陵 2021 (t90): the framework's note ends in "。", and the sentence after it follows with no space (audit s50 A5
     * row 11: "…（18 分）。 计得的分数" on the twelve partial tables); English keeps its space.
     */
    @Test
    void aPartialNoteRunsOnWithoutAStraySpace() {
        Finding f = at("t90-lingling-linye-2021", "score-weights", "/partial");
        assertTrue(zh(f).contains("（18 分）。计得的分数只是这一部分的得分"), zh(f));
        assertFalse(zh(f).contains("。 "), zh(f));
        assertTrue(en(f).contains(" The figure scored covers that part only"), en(f));
    }

    /** 新田镇 2022 (t103): "截至 12 月", spaced as "截至 12 月末" is in the finding beside it (audit s50 A5 row 11). */
    @Test
    void paidNotSpentSpacesItsMonth() {
        Finding f = at("t103-xintian-wuchonglu-2022", "funds-to-date-implausible", "/fundsAvailable/value");
        assertTrue(zh(f).contains("请写明截至 12 月的实际支出数"), zh(f));
    }

    /** 甘孜 2024 (t105): 检查差旅费 "470" in 人/天, a cost per person a day with 元 left off (audit s50 A5 row 1). */
    @Test
    void anExpensePerPersonDayIsAskedForItsYuan() {
        Finding f = at("t105-ganzi-shianwei", "indicator-time-cost-unspecified", "/indicators/0/target");
        assertEquals("cost-no-money-unit-person-day", f.key());
        assertTrue(zh(f).contains("是每人·天的成本，却没有金额单位") && zh(f).contains("“≤ 470 元/人·天”"), zh(f));
        assertFalse(zh(f).contains("数量指标"), zh(f));
        assertTrue(en(f).contains("\"≤ 470 yuan per person-day\""), en(f));
    }

    /** 宁夏福彩 2023 (t61): an unpointed form scores no row, so no "计分时" clause (audit s50 A5 row 5). */
    @Test
    void anUnscoredRowIsNotSaidToBeScored() {
        Finding f = at("t61-ningxia-fucai-2023", "indicator-actual-incommensurable", "/indicators/2/actual");
        assertEquals("deadline-done-undated-unscored", f.key());
        assertTrue(zh(f).contains("请写明实际完成日期，如“2023-12-20”。"), zh(f));
        assertFalse(zh(f).contains("计分"), zh(f));
        assertFalse(en(f).contains("scored"), en(f));
    }

    /**
     * 新田镇 2022 (t103): at 1-12月 the year is over: its actuals are asked for, not a forecast (audit s50 A5 row 6). On the
     * bare mof-project-2020: since session 54 the table's own framework says its results are past the copy's cut
     * (partialCut.actuals), and nothing is asked for; filed without that framework, as a table without its monitoring.
     */
    @Test
    void monitoringAtTheYearsEndAsksForTheYearsActuals() {
        Path p = Samples.realTable("t103-xintian-wuchonglu-2022");
        List<Finding> all = new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, "mof-project-2020")).findings();
        List<Finding> found = all.stream().filter(x -> x.ruleId().equals("indicator-incomplete") && x.pointer().equals("/indicators")).toList();
        assertEquals(1, found.size(), all.toString());
        Finding f = found.get(0);
        assertEquals("no-monitoring-month-all-year", f.key());
        assertTrue(zh(f).contains("到 12 月末全年已过，请逐行填写全年实际完成值。"), zh(f));
        assertFalse(zh(f).contains("预计完成值和完成目标可能性（确定能"), zh(f));
        assertTrue(en(f).contains("the year is over: fill in each row's actual for the whole year"), en(f));
    }
}
