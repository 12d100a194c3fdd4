package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 保山市退役军人事务局 2022 (real table t84): 时效指标 "春节前完成走访慰问" | 按时限完成. The deadline is in the name (before
 * the Spring Festival); the target says only "on time". indicator-time-cost-unspecified told it "没有写明完成时间或期限"
 * (names no date or period), which the row does, in its name (the rule's own rationale leaves names with a deadline
 * alone); what is wrong is where the deadline stands: the time-in-name note, as for "12月底之前完成 | 100%".
 */
class DeadlineInNameWordsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/rules/indicator-time-cost-unspecified/flags/"
            + "deadline-in-name-target-in-words-baoshan-2022.json");

    @Test
    void festivalDeadlineInTheNameIsTimeInName(@TempDir Path dir) throws Exception {
        EngineResult r = io.github.jixiao.lint.RuleFixtures.runEngine(FIXTURE, dir);
        List<Finding> time = r.findings().stream().filter(f -> f.ruleId().equals("indicator-time-cost-unspecified")).toList();
        assertEquals(1, time.size(), r.findings().toString());
        Finding f = time.get(0);
        assertEquals("time-in-name", f.key());
        assertEquals(Severity.INFO, f.severity());
        // the example is a deadline, not the row's name again (until session 47 "如“春节前完成走访慰问”": audit s46 item 12);
        // the festival's day moves with the lunar year, so it is left to fill in
        assertEquals("时效指标“春节前完成走访慰问”把时限写在了名称里，指标值却是“按时限完成”。请把名称“春节前完成走访慰问”中的时限写成指标值"
                + "（如“春节前（YYYY-MM-DD 前）”），实际完成值写实际完成日期。", new Messages(Messages.ZH).forResult(r).message(f));
        assertEquals("Timeliness indicator \"春节前完成走访慰问\" has its deadline in its name and \"按时限完成\" as its target. Move the "
                + "deadline in the name \"春节前完成走访慰问\" into the target (e.g. \"春节前 (by YYYY-MM-DD)\") and report the actual "
                + "completion date.", new Messages(Locale.ENGLISH).forResult(r).message(f));
    }

    /** A month-end in the name (湖北 2020 长江禁捕's "12月底之前完成 | 100%") gives its day in the table's year as the example. */
    @Test
    void aMonthEndInTheNameGivesItsDay(@TempDir Path dir) throws Exception {
        EngineResult r = io.github.jixiao.lint.RuleFixtures.runEngine(Path.of("src/test/resources/rules/indicator-time-cost-unspecified/"
                + "flags/deadline-in-name.json"), dir);
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-time-cost-unspecified")).findFirst().orElseThrow();
        // time-in-name-bare since session 48: the bare 100%'s reading said in the same note (Engine.timeCostBareOnce)
        assertEquals("time-in-name-bare", f.key());
        String zh = new Messages(Messages.ZH).forResult(r).message(f);
        assertTrue(zh.startsWith("时效指标“12月底之前完成”把时限写在了名称里") && zh.contains("（如“2024-12-31 前”）"), zh);
        assertEquals(List.of("YYYY-MM-DD 前", "by YYYY-MM-DD"),
                List.of(IndicatorTimeCostUnspecified.deadlineExample(2024, "季度末完成")));
    }

    /** 节前 (before a festival) is a deadline; a name with none keeps the time warning. */
    @Test
    void festivalIsADate() {
        assertTrue(IndicatorTimeCostUnspecified.hasDate("春节前完成走访慰问"));
        assertTrue(IndicatorTimeCostUnspecified.hasDate("中秋节前发放"));
        assertEquals(false, IndicatorTimeCostUnspecified.hasDate("费用结算及时性"));
        assertEquals(false, IndicatorTimeCostUnspecified.hasDate("节约用水前提下完成"));
    }
}
