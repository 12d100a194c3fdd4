package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jixiao.testing.CpuBound;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A deadline followed by a short phrase of the work done by then (6月底前完成验收, 7月底前拨付到位, 12月底前全部完工,
 * 2023年10月31日前完成项目建设) is the deadline, as 6月底前完成 is. Until session 45 (M4's left-alone 4) only one word was
 * allowed after 前: these were words (or 6 of a unit 月底前完成验收), and no deadline was checked at 运行监控 or 自评.
 * The phrase is bounded: after 前 (之前, 以前) only, CJK words only, one of them a verb of the work; a second target or
 * condition, a negation or a measure after the deadline leaves the cell as it was read before.
 */
class DeadlineWorkPhraseTest {

    /** With the year: a date (≤ the day); without it, the deadline in the table's year (2023 here). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "6月底前完成验收 | 20230630",
        "7月底前拨付到位 | 20230731",
        "12月底前全部完工 | 20231231",
        "6月底前资金拨付到位 | 20230630",
        "9月30日前完成设备采购 | 20230930",
        "10月底之前完成项目建设 | 20231031",
        "6月前完成验收 | 20230630",
        "2023年10月31日前完成项目建设 | 20231031",
        "2023年6月底以前全部竣工验收 | 20230630",
        "2024年12月31日前完成并验收 | 20241231",
        "2023年前完成项目建设 | 20231231"})
    void aDeadlineAndAPhraseOfItsWorkIsTheDeadline(String target, String day) {
        assertEquals(new BigDecimal(day), TargetParser.deadline(2023, target).low(), target);
        assertEquals(Comparator.LE, TargetParser.deadline(2023, target).comparator(), target);
    }

    @Test
    void withItsYearItIsADateAsParsed() {
        TargetValue v = TargetParser.parse("2023年10月31日前完成项目建设");
        assertEquals(true, v.isDate());
        assertEquals(Comparator.LE, v.comparator());
        assertEquals(new BigDecimal("20231031"), v.low());
        // without its year: words, as 6月底前完成 is (not 6 of a unit 月底前完成验收, a quantity beside words)
        assertEquals(TargetValue.Kind.QUALITATIVE, TargetParser.parse("6月底前完成验收").kind());
        assertEquals(6, TargetParser.monthBefore("6月前完成验收"));
        assertEquals(2023, TargetParser.yearBefore("2023年前完成项目建设"));
    }

    /**
     * Not a deadline and its work: a second target or a condition in the cell (it is read as before: words), words before
     * the date (力争, 按进度推进), a negation, a measure (完成率, 工作量), a phrase without a verb of the work, a phrase after
     * 后 or 内, a phrase longer than 12 characters.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2023年6月底前完成验收合格率达到95%",
        "按进度推进，6月底前启动", "6月底前未完成验收", "2023年6月底前不能完成验收", "12月底前完成的项目数", "2023年6月底前完成率",
        "2023年6月底前完成工作量", "2023年底前显著改善", "2023年6月底前完成验收且达到国家标准", "2023年6月以后完成验收",
        "2023年6月以内完成验收", "2023年6月底前完成全部项目建设和竣工验收工作任务"})
    void notADeadlineAndItsWork(String target) {
        assertNull(TargetParser.deadline(2023, target), target);
        assertEquals(false, TargetParser.parse(target).isDate(), target);
    }

    /**
     * Session 46 (T1's left-alone 2 and 4): words before the deadline that aim at it (力争, 计划于, 确保) are read past by
     * {@link TargetParser#deadline}, and 启动, 召开, 印发, 报送, 提交 are verbs of the phrase; the parse itself keeps such a
     * target as words (an actual 计划8月10日完成 is no day done, and the parse reads actuals too).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "力争6月底前完成验收 | 20230630",
        "力争6月底前完成 | 20230630",
        "计划于6月底前完成 | 20230630",
        "确保9月底前完成 | 20230930",
        "争取2023年10月31日前完成项目建设 | 20231031",
        "6月底前启动 | 20230630",
        "6月底前召开项目调度会 | 20230630",
        "9月底前印发实施方案 | 20230930",
        "2023年6月底前报送自评报告 | 20230630",
        "10月底前提交验收申请 | 20231031",
        // session 47 (M5's left-alone 3): 预计 in a target is the day planned, as 计划 is; what is aimed at may stand between
        // the word and the day (确保资金6月底前拨付到位), and goes into the work phrase
        "预计6月底前完成 | 20230630",
        "确保资金6月底前拨付到位 | 20230630",
        "力争项目9月底前完工 | 20230930",
        // session 54: the leads are Plans' one list, which monitoring reads a planned day by: 将于 and a bare 拟 plan a
        // deadline as 计划 does (this class's own list lacked them)
        "将于6月底前完成 | 20230630",
        "拟6月底前完成 | 20230630"})
    void wordsBeforeADeadlineAndTheNewVerbsAreRead(String target, String day) {
        assertEquals(new BigDecimal(day), TargetParser.deadline(2023, target).low(), target);
        assertEquals(Comparator.LE, TargetParser.deadline(2023, target).comparator(), target);
        assertEquals(target, TargetParser.deadline(2023, target).text(), "the target as written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"按进度推进，6月底前启动", "力争全年完成", "力争", "力争6月", "确保资金全年拨付到位", "应急物资6月底前到位"})
    void otherWordsBeforeADateAreNotADeadline(String target) {
        assertNull(TargetParser.deadline(2023, target), target);
        assertEquals(false, TargetParser.parse(target).isDate(), target);
    }

    /**
     * A deadline and a second target in one cell (T1's left-alone 3): {@link TargetParser#deadline} reads the first clause's
     * deadline, and {@link TargetParser#secondTarget} gives the two parts, for the note asking for a row of its own; the
     * parse keeps the cell words. Not where the part before the break is no deadline.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "6月底前完成，验收合格率100% | 20230630 | 6月底前完成 | 验收合格率100%",
        "力争6月底前完成；群众满意度≥90% | 20230630 | 力争6月底前完成 | 群众满意度≥90%",
        "2023年9月30日前完成验收,合格率100% | 20230930 | 2023年9月30日前完成验收 | 合格率100%",
        "6月中旬完成，培训300人次 | 20230620 | 6月中旬完成 | 培训300人次"})
    void aDeadlineAndASecondTargetInOneCell(String target, String day, String first, String rest) {
        assertEquals(new BigDecimal(day), TargetParser.deadline(2023, target).low(), target);
        assertEquals(target, TargetParser.deadline(2023, target).text());
        assertEquals(java.util.List.of(first, rest), java.util.List.of(TargetParser.secondTarget(target)));
        assertEquals(false, TargetParser.parse(target).isDate(), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"按进度推进，6月底前启动", "6月底前完成，", "，6月底前完成", "验收合格率100%，6月底前完成", "6月底前完成"})
    void notADeadlineAndASecondTarget(String target) {
        assertNull(TargetParser.secondTarget(target), target);
    }

    /** A month's ten days: 上旬 by the 10th, 中旬 by the 20th, 下旬 by the month's last day (February's in its year). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "6月中旬完成 | 20230620",
        "6月上旬 | 20230610",
        "6月下旬 | 20230630",
        "2月下旬完成 | 20230228",
        "2024年2月下旬完成 | 20240229",
        "力争6月中旬完成 | 20230620",
        "6月中旬前完成验收 | 20230620"})
    void aMonthsTenDaysAreReadByTheirLastDay(String target, String day) {
        assertEquals(new BigDecimal(day), TargetParser.deadline(2023, target).low(), target);
        assertEquals(Comparator.LE, TargetParser.deadline(2023, target).comparator(), target);
        assertEquals(Integer.parseInt(day.substring(6)), TargetParser.tenDays(2023, target).lastDay(), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6月中旬以后", "13月中旬完成", "6月中旬完成率", "中旬完成", "6月中完成"})
    void notAMonthsTenDays(String target) {
        assertNull(TargetParser.deadline(2023, target), target);
        assertNull(TargetParser.tenDays(2023, target), target);
    }

    /** Each lookahead scans at most the 12 characters the phrase may have: a long text is turned down at once. */
    @Test
    void aLongTextIsReadInLinearTime() {
        String tail = "完成验收".repeat(50_000);
        CpuBound.within(Duration.ofSeconds(2), () -> {
            assertNull(TargetParser.deadline(2023, "6月底前" + tail));
            assertNull(TargetParser.monthBefore("6月前" + tail));
            assertNull(TargetParser.yearBefore("2023年前" + tail));
            assertNull(TargetParser.inYear(2023, "6月底前" + tail, "7月" + tail));
            assertNull(TargetParser.deadline(2023, "力争6月中旬前" + tail));
        });
    }
}
