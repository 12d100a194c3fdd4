package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.submission;
import static io.github.jixiao.score.Fixtures.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The 岳阳 评分表's criteria (yueyang-department) on illustrative figures, at the edge of every band and deduction,
 * and the 重庆 execution rate from amounts or from the stated rate (chongqing-department-2021).
 */
class DepartmentFrameworksTest {
    private static final String YY = "yueyang-department";
    private static final String CQ = "chongqing-department-2021";

    /** 资金结余: 无结余 3; 有结余但不超过上年结转 2; 结余超过上年结转 0. */
    @ParameterizedTest(name = "结余 {0}, 上年结转 {1} → {2}")
    @CsvSource({"0, 10, 3.00", "0, 0, 3.00", "5, 10, 2.00", "10, 10, 2.00", "10.01, 10, 0.00", "1, 0, 0.00"})
    void carryover(String carryover, String previous, String expected) {
        Fixtures.Scored r = leaf(YY, "carryover", submission("budget", "{'carryover': " + wan(carryover)
                + ", 'previousCarryover': " + wan(previous) + "}"));
        assertEquals(expected, r.score());
        assertTrue(r.findings().isEmpty(), r.findings()::toString);
    }

    /** 预算调整率 bands: =0 → 3; (0,10] → 2; (10,20] → 1; (20,30] → 0.5; > 30 → 0; cuts count like increases. */
    @ParameterizedTest(name = "年初 100 → 全年 {0}: {1}")
    @CsvSource({"100, 3.00", "110, 2.00", "110.01, 1.00", "120, 1.00", "130, 0.50", "130.5, 0.00", "90, 2.00", "75, 0.50"})
    void budgetAdjustment(String fullYear, String expected) {
        Fixtures.Scored r = leaf(YY, "budget-adjustment", submission("budget", "{'initialBudget': " + wan("100")
                + ", 'fullYearBudget': " + wan(fullYear) + "}"));
        assertEquals(expected, r.score());
    }

    /** 财政供养人员控制率: ≤ 100% → 5; −0.5 per point over, floor 0 (岳阳县工商联 2021: 6 / 5 = 120% → 0). */
    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({"21, 21, 5.00", "20, 21, 5.00", "101, 100, 4.50", "104, 100, 3.00", "6, 5, 0.00"})
    void fiscalStaffControl(String actual, String authorized, String expected) {
        Fixtures.Scored r = leaf(YY, "fiscal-staff-control", submission("management",
                "{'staffing': {'actual': " + actual + ", 'authorized': " + authorized + "}}"));
        assertEquals(expected, r.score());
    }

    /** “三公经费”变动率: ≤ 0 → 5; −0.5 per point of increase. */
    @ParameterizedTest(name = "{0} against {1} → {2}")
    @CsvSource({"9, 10, 5.00", "10, 10, 5.00", "10.2, 10, 4.00", "12, 10, 0.00"})
    void threePublicChange(String actual, String previous, String expected) {
        Fixtures.Scored r = leaf(YY, "three-public-change", submission("budget",
                "{'threePublic': {'actual': " + wan(actual) + ", 'previousYearActual': " + wan(previous) + "}}"));
        assertEquals(expected, r.score());
    }

    /** 重点支出安排率 bands ≥ 90 → 5, [80,90) → 4, [70,80) → 3, [60,70) → 2, < 60 → 0. */
    @ParameterizedTest(name = "{0}% → {1}")
    @CsvSource({"90, 5.00", "89.99, 4.00", "80, 4.00", "79, 3.00", "60, 2.00", "59.9, 0.00"})
    void keyExpenditure(String key, String expected) {
        Fixtures.Scored r = leaf(YY, "key-expenditure", submission("budget",
                "{'keyExpenditure': {'key': " + wan(key) + ", 'total': " + wan("100") + "}}"));
        assertEquals(expected, r.score());
    }

    @Test
    void paymentScheduleAndCompliance() {
        assertEquals("2.00", leaf(YY, "payment-schedule", submission("budget", "{'lateAllocations': 2}")).score());
        assertEquals("0.00", leaf(YY, "payment-schedule", submission("budget", "{'lateAllocations': 7}")).score());
        assertEquals("1.00", leaf(YY, "funds-compliance", submission("management", "{'compliance': {'violations': 2}}")).score());
    }

    /** 重庆: 执行率 × 10 from the amounts; from the stated rate where the amounts are lost (76% → 7.6). */
    @Test
    void chongqingExecutionFromAmountsOrStatedRate() {
        assertEquals("7.60", leaf(CQ, "budget-execution-rate", submission("budget",
                "{'funds': {'unit': '万元', 'total': {'label': '部门预算执行情况', 'executionRatePercent': 76}}}")).score());
        Fixtures.Scored amounts = leaf(CQ, "budget-execution-rate", submission("budget",
                "{'funds': {'unit': '万元', 'total': {'label': '部门预算执行情况', 'fullYear': 200, 'executed': 150, 'executionRatePercent': 76}}}"));
        assertEquals("7.50", amounts.score());
        assertTrue(amounts.criterion().explanation().startsWith("150 / 200"), amounts.criterion().explanation());
        // a total row of 0 while the components carry money: the components
        assertEquals("10.00", leaf(CQ, "budget-execution-rate", submission("budget",
                "{'funds': {'unit': '万元', 'total': {'label': '总额', 'fullYear': 0, 'executed': 0},"
                        + " 'components': [{'label': '财政拨款', 'fullYear': 89.974, 'executed': 89.974}, {'label': '其他资金'}]}}")).score());
    }
}
