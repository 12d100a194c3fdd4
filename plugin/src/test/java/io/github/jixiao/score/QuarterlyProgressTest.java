package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code quarterly-progress}: the reference report's 预算执行率 is 5.47, which needs each quarter capped at 1 point
 * and the mean of the uncapped ratios (capping the mean too gives 5.42, capping nothing 5.58).
 */
class QuarterlyProgressTest {
    static final String SZ = "shenzhen-department-2024";

    static Submission quarters(String q1, String q2, String q3, String q4) {
        return submission("budget", "{'quarterlyExecution': ["
                + "{'quarter': 1, 'cumulativePercent': " + q1 + "}, {'quarter': 2, 'cumulativePercent': " + q2 + "},"
                + "{'quarter': 3, 'cumulativePercent': " + q3 + "}, {'quarter': 4, 'cumulativePercent': " + q4 + "}]}");
    }

    static Method.QuarterlyProgress shipped() {
        return (Method.QuarterlyProgress) FrameworkLoader.builtIn(SZ).leaf("budget-execution").orElseThrow().method();
    }

    @Test
    void referenceReportGives5point47() {
        Fixtures.Scored r = leaf(SZ, "budget-execution", quarters("24.48", "55.25", "53.38", "92.23"));
        assertEquals("5.47", r.score());
        assertEquals(List.of(), r.findings());
    }

    /** A claim on the criterion quotes its whole formula: before, 160 characters cut it inside a figure of the mean. */
    @Test
    void aClaimMismatchQuotesTheWholeFormula() {
        Fixtures.Scored r = leaf(SZ, "budget-execution", submission("budget", "{'quarterlyExecution': ["
                + "{'quarter': 1, 'cumulativePercent': 20.0123}, {'quarter': 2, 'cumulativePercent': 35.8167},"
                + "{'quarter': 3, 'cumulativePercent': 67.5023}, {'quarter': 4, 'cumulativePercent': 91.3456}]}",
                "self-assessment", "{'criteria': [{'criterion': 'budget-execution', 'score': 6}]}"));
        String formula = r.findings("score-claim-mismatch").get(0).args().get(3);
        assertEquals(r.criterion().explanation().replace('\n', ' '), formula);
        assertTrue(formula.length() > 160 && !formula.contains("…"), formula);
    }

    @Test
    void aLongFormulaIsCutBetweenItsFigures() {
        String f = "季度进度 " + "0.123456 + ".repeat(60) + "0.5";
        String cut = Scorer.formulaExcerpt(f);
        // "季度进度 " is 5 characters, each "0.123456 + " 11: the 400th is the space after the 36th "+", where it is cut
        assertEquals("季度进度 " + "0.123456 + ".repeat(35) + "0.123456 + …", cut);
        assertEquals("短 公式", Scorer.formulaExcerpt("短\n公式"));
    }

    @Test
    void theShippedFrameworkCapsEachQuarterButNotTheMean() {
        Method.QuarterlyProgress m = shipped();
        assertEquals(0, BigDecimal.ONE.compareTo(m.cap()));
        assertFalse(m.capMean());
        assertEquals(List.of(new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("75"), new BigDecimal("100")), m.schedule());
        assertEquals(0, BigDecimal.ONE.compareTo(m.perQuarter()));
        assertEquals(0, new BigDecimal("2").compareTo(m.meanPoints()));
    }

    @Test
    void cappingTheMeanTooWouldGive5point42() {
        Method.QuarterlyProgress m = shipped();
        Method capMean = new Method.QuarterlyProgress(m.quarters(), m.schedule(), m.cap(), m.perQuarter(), m.meanPoints(), true);
        assertEquals("5.42", Fixtures.method("budget-execution", capMean, "6", quarters("24.48", "55.25", "53.38", "92.23")).score());
    }

    @Test
    void cappingNothingWouldGive5point58() {
        Method.QuarterlyProgress m = shipped();
        Method none = new Method.QuarterlyProgress(m.quarters(), m.schedule(), null, m.perQuarter(), m.meanPoints(), false);
        Fixtures.Scored r = Fixtures.method("budget-execution", none, "6", quarters("24.48", "55.25", "53.38", "92.23"));
        assertEquals("5.58", r.score());
        assertTrue(r.criterion().explanation().startsWith("Q1 24.48% / 25% × 1 = 0.9792"), r.criterion().explanation());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource({
        "24.48, 45.25, 53.38, 92.23, 5.28",    // Q2 down to 45.25%
        "25, 50, 75, 100, 6.00",               // exactly on schedule
        "30, 60, 90, 100, 6.00",               // ahead: quarters capped; the mean is not, but the criterion is capped at 6
        "0, 0, 0, 0, 0.00",
        "12.5, 25, 37.5, 50, 3.00"             // half the schedule throughout
    })
    void variants(String q1, String q2, String q3, String q4, String expected) {
        assertEquals(expected, leaf(SZ, "budget-execution", quarters(q1, q2, q3, q4)).score());
    }

    @Test
    void quartersMayBeListedInAnyOrder() {
        Submission s = submission("budget", "{'quarterlyExecution': ["
                + "{'quarter': 4, 'cumulativePercent': 92.23}, {'quarter': 2, 'cumulativePercent': 55.25},"
                + "{'quarter': 1, 'cumulativePercent': 24.48}, {'quarter': 3, 'cumulativePercent': 53.38}]}");
        Fixtures.Scored r = leaf(SZ, "budget-execution", s);
        assertEquals("5.47", r.score());
        assertTrue(r.criterion().inputs().get(0).ref().equals("budget#/quarterlyExecution/2/cumulativePercent"));
    }

    @Test
    void aMissingQuarterIsAFinding() {
        Submission s = submission("budget", "{'quarterlyExecution': ["
                + "{'quarter': 1, 'cumulativePercent': 24.48}, {'quarter': 2, 'cumulativePercent': 55.25},"
                + "{'quarter': 4, 'cumulativePercent': 92.23}]}");
        Fixtures.Scored r = leaf(SZ, "budget-execution", s);
        assertEquals("0.00", r.score());
        assertEquals("第 3 季度末累计执行进度", r.findings("score-input-missing").get(0).args().get(1));
        assertEquals("budget-execution", r.findings("score-input-missing").get(0).criterion());
    }

    @Test
    void aQuarterNumberBeyondIntIsNoQuarter() {
        Submission s = submission("budget", "{'quarterlyExecution': ["
                + "{'quarter': 1, 'cumulativePercent': 24.48}, {'quarter': 2, 'cumulativePercent': 55.25},"
                + "{'quarter': 3, 'cumulativePercent': 53.38}, {'quarter': 4, 'cumulativePercent': 92.23}]}");
        Fixtures.Scored ok = leaf(SZ, "budget-execution", s);
        assertEquals("5.47", ok.score());
        Method m = shipped();
        Submission big = submission("budget", "{'quarterlyExecution': ["
                + "{'quarter': 1, 'cumulativePercent': 24.48}, {'quarter': 2, 'cumulativePercent': 55.25},"
                + "{'quarter': 3, 'cumulativePercent': 53.38}, {'quarter': 2147483647, 'cumulativePercent': 92.23}]}");
        Fixtures.Scored r = Fixtures.method("budget-execution", m, "6", big);
        assertEquals("0.00", r.score());
        assertEquals("第 4 季度末累计执行进度", r.findings("score-input-missing").get(0).args().get(1));
    }

    @Test
    void noQuartersAtAll() {
        Fixtures.Scored r = leaf(SZ, "budget-execution", submission("budget", "{}"));
        assertEquals("0.00", r.score());
        assertEquals(1, r.findings("score-input-missing").size());
    }
}
