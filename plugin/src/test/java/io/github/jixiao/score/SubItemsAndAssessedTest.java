package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.submission;
import static io.github.jixiao.score.Fixtures.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code assessed} (capped to the weight) and {@code sub-items} (财务合规性 with its zeroing item 4). */
class SubItemsAndAssessedTest {
    static final String SZ = "shenzhen-department-2024";
    static final String BUDGET = "{'initialBudget': " + wan("25895.98") + ", 'fullYearBudget': " + wan("25007.68") + "}";

    static String claims(String criteriaJson) {
        return "{'criteria': [" + criteriaJson + "]}";
    }

    @Test
    void assessedTakesTheDepartmentsScore() {
        Fixtures.Scored r = leaf(SZ, "indicator-clarity", submission("self-assessment",
                claims("{'criterion': 'indicator-clarity', 'score': 5}")));
        assertEquals("5.00", r.score());
        assertEquals("自评 5", r.criterion().explanation());
        assertEquals(List.of(new ScoreInput("自评得分", "5", "self-assessment#/criteria/0/score")), r.criterion().inputs());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void assessedAboveTheWeightIsCappedAndAMismatch() {
        Fixtures.Scored r = leaf(SZ, "indicator-clarity", submission("self-assessment",
                claims("{'criterion': 'indicator-clarity', 'score': 8}")));
        assertEquals("7.00", r.score());
        Finding f = r.findings("score-claim-mismatch").get(0);
        assertEquals("above-weight", f.key());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("/criteria/0/score", f.pointer());
        assertEquals("submission/self-assessment.json", f.file());
        assertEquals("indicator-clarity", f.criterion());
        assertEquals(List.of("绩效指标明确性", "8", "7.00", "7"), f.args());
    }

    @Test
    void assessedWithoutAClaimScoresZero() {
        Fixtures.Scored r = leaf(SZ, "effectiveness", submission("self-assessment",
                claims("{'criterion': 'indicator-clarity', 'score': 5}")));
        assertEquals("0.00", r.score());
        Finding f = r.findings("score-input-missing").get(0);
        assertEquals("assessed", f.key());
        assertEquals("effectiveness", f.criterion());
        assertTrue(r.findings("score-claim-mismatch").stream().noneMatch(m -> "effectiveness".equals(m.criterion())),
                "no mismatch on a criterion that could not be scored");
    }

    @Test
    void assessedWithoutASelfAssessmentFile() {
        Fixtures.Scored r = leaf(SZ, "effectiveness", submission("budget", "{}"));
        assertEquals("0.00", r.score());
        assertEquals("", r.findings("score-input-missing").get(0).file());
    }

    static Fixtures.Scored financial(String items) {
        return leaf(SZ, "financial-compliance", submission("budget", BUDGET, "self-assessment",
                claims("{'criterion': 'financial-compliance', 'score': 3, 'items': [" + items + "]}")));
    }

    @Test
    void financialComplianceOfTheReport() {
        Fixtures.Scored r = financial("{'item': 'spending', 'score': 1}, {'item': 'accounting', 'score': 1}, {'item': 'violations', 'value': false}");
        assertEquals("3.00", r.score());
        assertEquals(3, r.criterion().items().size());
        assertEquals("adjustment", r.criterion().items().get(1).id());
        assertEquals("1.00", r.criterion().items().get(1).score().toPlainString());
        assertTrue(r.criterion().explanation().startsWith("1 + (|25007.68 − 25895.98| / 25895.98 = 3.43% ≤ 10% → 1) + 1 = 3.00；"),
                r.criterion().explanation());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void violationsZeroTheWholeCriterion() {
        Fixtures.Scored r = financial("{'item': 'spending', 'score': 1}, {'item': 'accounting', 'score': 1}, {'item': 'violations', 'value': true}");
        assertEquals("0.00", r.score());
        assertTrue(r.criterion().explanation().endsWith("：是 → 0"), r.criterion().explanation());
        Finding f = r.findings("score-claim-mismatch").get(0);
        assertEquals(List.of("财务合规性", "3", "0.00"), f.args().subList(0, 3));
    }

    @Test
    void violationsUnstatedIsAMissingInput() {
        Fixtures.Scored r = financial("{'item': 'spending', 'score': 1}, {'item': 'accounting', 'score': 1}");
        assertEquals("0.00", r.score());
        assertEquals("assessed-flag", r.findings("score-input-missing").get(0).key());
    }

    @Test
    void aMissingAssessedItemZeroesTheCriterion() {
        Fixtures.Scored r = financial("{'item': 'spending', 'score': 1}, {'item': 'violations', 'value': false}");
        assertEquals("0.00", r.score());
        Finding f = r.findings("score-input-missing").get(0);
        assertEquals("assessed-item", f.key());
        assertEquals(List.of("财务合规性", "会计核算规范性", "financial-compliance", "accounting"), f.args());
    }

    @Test
    void anItemClaimAboveItsPointsIsCappedAndAMismatch() {
        Fixtures.Scored r = financial("{'item': 'spending', 'score': 1.5}, {'item': 'accounting', 'score': 1}, {'item': 'violations', 'value': false}");
        assertEquals("3.00", r.score());
        Finding f = r.findings("score-claim-mismatch").get(0);
        assertEquals("item-above-weight", f.key());
        assertEquals("/criteria/0/items/0/score", f.pointer());
        assertEquals(List.of("财务合规性", "资金支出规范性", "1.5", "1.00", "1"), f.args());
    }

    @Test
    void managementSystems() {
        Fixtures.Scored r = leaf(SZ, "management-systems", submission("self-assessment",
                claims("{'criterion': 'management-systems', 'score': 2.5, 'items': [{'item': 'systems', 'score': 0.5},"
                        + " {'item': 'execution', 'score': 1}, {'item': 'performance-management', 'score': 1}]}")));
        assertEquals("2.50", r.score());
        assertEquals("0.5 + 1 + 1 = 2.50", r.criterion().explanation());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void procurementClaimedWrong() {
        Fixtures.Scored r = leaf(SZ, "procurement", submission(
                "budget", "{'procurement': {'actual': " + wan("448.01") + ", 'plan': " + wan("657.77") + "}}",
                "self-assessment", claims("{'criterion': 'procurement', 'score': 2, 'items': [{'item': 'policy', 'score': 1}]}")));
        assertEquals("1.68", r.score());
        Finding f = r.findings("score-claim-mismatch").get(0);
        assertEquals("", f.key());
        assertEquals(List.of("政府采购执行情况", "2", "1.68", "448.01 / 657.77 = 68.11% × 1 + 1 = 1.68"), f.args());
        assertEquals(0, new java.math.BigDecimal("2").compareTo(r.criterion().claimed()));
        assertNull(r.criterion().items().get(0).claimed());
    }
}
