package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.method;
import static io.github.jixiao.score.Fixtures.submission;
import static io.github.jixiao.score.Fixtures.wan;
import static io.github.jixiao.score.Fixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Submission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ratio}: 政府采购执行率 (with "0 when actual > plan") and 项目完成及时性 (capped). */
class RatioMethodTest {

    static Submission procurement(String actual, String plan) {
        return submission("budget", "{'procurement': {'actual': " + actual + ", 'plan': " + plan + "}}");
    }

    static Fixtures.Scored execution(Submission s) {
        return method("procurement-execution", Fixtures.item("shenzhen-department-2024", "procurement", "execution"), "1", s);
    }

    @Test
    void referenceReport() {
        Fixtures.Scored r = execution(procurement(wan("448.01"), wan("657.77")));
        assertEquals("0.68", r.score());
        assertEquals("448.01 / 657.77 = 68.11% × 1 = 0.68", r.criterion().explanation());
        assertEquals(List.of(), r.findings());
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "657.77, 657.77, 1.00",   // exactly the plan: not above it
        "657.78, 657.77, 0.00",   // above the plan: that part scores 0
        "0, 657.77, 0.00",
        "328.885, 657.77, 0.50"
    })
    void zeroWhenAbovePlan(String actual, String plan, String expected) {
        assertEquals(expected, execution(procurement(wan(actual), wan(plan))).score());
    }

    @Test
    void aboveThePlanSaysWhy() {
        Fixtures.Scored r = execution(procurement(wan("700"), wan("657.77")));
        assertEquals("(700 / 657.77 = 106.42% > 100% → 0) = 0.00", r.criterion().explanation());
    }

    @Test
    void moneyConvertsUnitsBeforeDividing() {
        Fixtures.Scored r = execution(procurement(yuan("4480100"), wan("657.77")));
        assertEquals("0.68", r.score());
        assertEquals("4480100元 / 657.77万元 = 68.11% × 1 = 0.68", r.criterion().explanation());
    }

    @Test
    void zeroDenominatorIsAFindingNotACrash() {
        Fixtures.Scored r = execution(procurement(wan("0"), wan("0")));
        assertEquals("0.00", r.score());
        Finding f = r.findings("score-input-missing").get(0);
        assertEquals("zero", f.key());
        assertEquals("procurement-execution", f.criterion());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("submission/budget.json", f.file());
        assertEquals("budget#/procurement/plan", "budget#" + f.pointer());
        assertTrue(r.criterion().explanation().startsWith("无法计分：分母 0 为 0"), r.criterion().explanation());
    }

    @Test
    void missingFigureIsAFindingAndScoresZero() {
        Fixtures.Scored r = execution(submission("budget", "{'procurement': {'actual': " + wan("448.01") + "}}"));
        assertEquals("0.00", r.score());
        Finding f = r.findings("score-input-missing").get(0);
        assertEquals("", f.key());
        assertEquals(List.of("测试指标", "采购计划金额", "budget#/procurement/plan"), f.args());
        assertEquals("/procurement/plan", f.pointer());
        assertTrue(f.line() > 0, "located at the nearest ancestor");
        assertEquals("无法计分：缺少“采购计划金额”（budget.json 的 \"procurement\": {\"plan\": {\"value\": …, \"unit\": \"万元\"}}），按 0 分计", r.criterion().explanation());
    }

    @Test
    void missingFileIsAFindingWithoutALocation() {
        Fixtures.Scored r = execution(submission("department", "{'kind': 'department'}"));
        assertEquals("0.00", r.score());
        Finding f = r.findings("score-input-missing").get(0);
        assertEquals("", f.file());
    }

    @Test
    void moneyAndCountsDoNotMix() {
        Fixtures.Scored r = method("{'type': 'ratio', 'points': 1, 'value': {'ratio': [{'ref': 'budget#/a'}, {'ref': 'budget#/b'}]}}", "1",
                submission("budget", "{'a': " + wan("1") + ", 'b': 3}"));
        assertEquals("0.00", r.score());
        assertEquals("units", r.findings("framework-invalid").get(0).key());
        // what to do about it: the framework's expression is to be corrected
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(r.findings("framework-invalid").get(0));
        org.junit.jupiter.api.Assertions.assertTrue(zh.contains("此项按 0 分计。请改正框架中的这个表达式：金额只与金额相加减或相除"), zh);
    }

    @ParameterizedTest(name = "{0} of {1} on time → {2}")
    @CsvSource({
        "31, 31, 6.00",
        "30, 31, 5.81",
        "32, 31, 6.00",   // capped at 100%
        "0, 31, 0.00"
    })
    void projectTimeliness(String done, String planned, String expected) {
        Fixtures.Scored r = leaf("shenzhen-department-2024", "project-timeliness",
                submission("management", "{'projects': {'planned': " + planned + ", 'completedOnTime': " + done + "}}"));
        assertEquals(expected, r.score());
    }

    @Test
    void projectTimelinessShowsTheCap() {
        Fixtures.Scored r = leaf("shenzhen-department-2024", "project-timeliness",
                submission("management", "{'projects': {'planned': 31, 'completedOnTime': 32}}"));
        assertEquals("32 / 31 = 103.23% → 100% × 6 = 6.00", r.criterion().explanation());
    }

    @Test
    void projectTimelinessWithNoPlannedProjects() {
        Fixtures.Scored r = leaf("shenzhen-department-2024", "project-timeliness",
                submission("management", "{'projects': {'planned': 0, 'completedOnTime': 0}}"));
        assertEquals("0.00", r.score());
        assertEquals("zero", r.findings("score-input-missing").get(0).key());
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "23063.68, 25007.68, 9.22",
        "25007.68, 25007.68, 10.00",
        "26000, 25007.68, 10.00",
        "0, 100, 0.00"
    })
    void projectBudgetExecution(String actual, String budget, String expected) {
        Fixtures.Scored r = leaf("mof-project-2020", "budget-execution-rate",
                submission("budget", "{'actualExpenditure': " + wan(actual) + ", 'fullYearBudget': " + wan(budget) + "}"));
        assertEquals(expected, r.score());
    }
}
