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

    /**
     * The department's reason, next to its score (criterion or sub-item), is shown in the explanation (an excerpt); a
     * blank reason, or one that is not a string, is not. The claim's own object holds it (Claims keeps it).
     */
    @Test
    void anAssessedExplanationQuotesTheReasonOfItsOwnClaim() {
        Fixtures.Scored r = leaf(SZ, "indicator-clarity", submission("self-assessment",
                claims("{'criterion': 'budget-compilation', 'score': 3, 'reason': '别的理由'},"
                        + " {'criterion': 'indicator-clarity', 'score': 5, 'reason': '  指标清晰  '}")));
        assertEquals("自评 5（理由：指标清晰）", r.criterion().explanation());
        Fixtures.Scored blank = leaf(SZ, "indicator-clarity", submission("self-assessment",
                claims("{'criterion': 'indicator-clarity', 'score': 5, 'reason': ' '}")));
        assertEquals("自评 5", blank.criterion().explanation());
        Fixtures.Scored number = leaf(SZ, "indicator-clarity", submission("self-assessment",
                claims("{'criterion': 'indicator-clarity', 'score': 5, 'reason': 5}")));
        assertEquals("自评 5", number.criterion().explanation());
        Fixtures.Scored item = financial("{'item': 'spending', 'score': 1, 'reason': '支出合规'}, {'item': 'accounting', 'score': 1},"
                + " {'item': 'violations', 'value': false, 'reason': '无'}");
        assertEquals("自评 1（理由：支出合规）", item.criterion().items().get(0).explanation());
        assertEquals("accounting", item.criterion().items().get(2).id());
        assertEquals("自评 1", item.criterion().items().get(2).explanation(), "the reason of another item is not this one's");
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
        return financialClaim("3, 'items': [" + items + "]");
    }

    /** 财务合规性 with the report's budget figures and the claim {@code 'score': <claim>}. */
    static Fixtures.Scored financialClaim(String claim) {
        return leaf(SZ, "financial-compliance", submission("budget", BUDGET, "self-assessment",
                claims("{'criterion': 'financial-compliance', 'score': " + claim + "}")));
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

    // ---- a 评分表 that states a criterion's total only (深圳 附件2) ----

    static Fixtures.Scored financialTotal(String total) {
        return financialClaim(total);
    }

    @Test
    void aTotalThatOnlyFullPartsGiveIsScoredSo() {
        // 3 = 1 (调剂率 3.43% ≤ 10%, computed) + 资金支出规范性 1 + 会计核算规范性 1, and no violation (else 0)
        Fixtures.Scored r = financialTotal("3");
        assertEquals("3.00", r.score());
        assertEquals(List.of(), r.findings("score-input-missing"));
        Finding a = r.findings("score-assumption").get(0);
        assertEquals("parts-from-total-flag", a.key());
        assertEquals(List.of("财务合规性", "3", "资金支出规范性、会计核算规范性", "2",
                "发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金或其他不符合制度规定的支出"), a.args());
        assertEquals("/criteria/0/score", a.pointer());
        assertEquals(List.of("1.00", "1.00", "1.00"), r.criterion().items().stream().map(i -> i.score().toPlainString()).toList());
        assertTrue(r.criterion().items().get(0).explanation().startsWith("按评分表总分 3 推算"), r.criterion().items().get(0).explanation());
    }

    @Test
    void aTotalOfTheComputedPartAloneIsNotReadAsPartsAtZero() {
        // 1 = the computed 调剂 point alone, or a department that put the 调剂 part lower and the others higher: asked
        Fixtures.Scored r = financialTotal("1");
        assertEquals("0.00", r.score());
        assertEquals(3, r.findings("score-input-missing").size());
        assertEquals(List.of(), r.findings("score-assumption"));
    }

    @Test
    void aJudgementStatedStillLetsTheTotalBeRead() {
        // the message asks for the 一票否决 judgement in items: stating it (no) keeps the reading of the parts
        Fixtures.Scored r = financial("{'item': 'violations', 'value': false}");
        assertEquals("3.00", r.score());
        assertEquals("parts-from-total", r.findings("score-assumption").get(0).key());
        assertEquals(List.of(), r.findings("score-input-missing"));
    }

    @Test
    void aTotalBetweenLeavesThePartsToTheDepartment() {
        // 2: one of the two parts lost its point, and which one is the department's to say
        Fixtures.Scored r = financialTotal("2");
        assertEquals("0.00", r.score());
        assertEquals(List.of("assessed-item", "assessed-item", "assessed-flag"),
                r.findings("score-input-missing").stream().map(Finding::key).toList());
        assertEquals(List.of(), r.findings("score-assumption"));
        // and a total of 0 may be a violation as well as parts at 0: not read either
        assertEquals(3, financialTotal("0").findings("score-input-missing").size());
    }

    @Test
    void aJudgementStatedYesIsNoReadingOfTheParts() {
        // 一票否决 yes: the criterion is 0 whatever its parts; no assumption about them is said
        Fixtures.Scored r = financial("{'item': 'violations', 'value': true}");
        assertEquals("0.00", r.score());
        assertEquals(List.of(), r.findings("score-assumption"));
    }

    @Test
    void aStatedPartIsNeverCompletedFromTheTotal() {
        Fixtures.Scored r = financial("{'item': 'spending', 'score': 1}");
        assertEquals("0.00", r.score());
        assertEquals(List.of("assessed-item", "assessed-flag"), r.findings("score-input-missing").stream().map(Finding::key).toList());
    }

    @Test
    void totalsOfTheReference() {
        // 管理制度健全性 3 of 0.5 + 1.5 + 1, every part assessed; 政府采购执行情况 1.68 = 68.11% × 1 (computed) + 政策功能 1
        Fixtures.Scored m = leaf(SZ, "management-systems", submission("self-assessment", claims("{'criterion': 'management-systems', 'score': 3}")));
        assertEquals("3.00", m.score());
        assertEquals("parts-from-total", m.findings("score-assumption").get(0).key());
        Fixtures.Scored p = leaf(SZ, "procurement", submission(
                "budget", "{'procurement': {'actual': " + wan("448.01") + ", 'plan': " + wan("657.77") + "}}",
                "self-assessment", claims("{'criterion': 'procurement', 'score': 1.68}")));
        assertEquals("1.68", p.score());
        assertEquals(List.of("政府采购执行情况", "1.68", "政府采购政策功能的执行和落实", "1"), p.findings("score-assumption").get(0).args());
    }
}
