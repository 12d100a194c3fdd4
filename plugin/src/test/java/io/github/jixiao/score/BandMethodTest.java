package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.submission;
import static io.github.jixiao.score.Fixtures.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code band}: both sides of every band edge of the shipped framework. */
class BandMethodTest {
    static final String SZ = "shenzhen-department-2024";

    @ParameterizedTest(name = "利用率 {0}% → {1}")
    @CsvSource({
        "100, 1.00", "90, 1.00", "89.99, 0.70", "75, 0.70", "74.99, 0.40", "60, 0.40", "59.99, 0.00", "0, 0.00"
    })
    void fixedAssetUtilization(String inUse, String expected) {
        Fixtures.Scored r = leaf(SZ, "fixed-asset-utilization", submission("management",
                "{'assets': {'inUse': " + wan(inUse) + ", 'originalValue': " + wan("100") + "}}"));
        assertEquals(expected, r.score(), r.criterion().explanation());
    }

    @Test
    void fixedAssetUtilizationExplains() {
        Fixtures.Scored r = leaf(SZ, "fixed-asset-utilization", submission("management",
                "{'assets': {'inUse': " + wan("80") + ", 'originalValue': " + wan("100") + "}}"));
        assertEquals("80 / 100 = 80.00% ∈ [75%, 90%) → 0.7", r.criterion().explanation());
    }

    @Test
    void noFixedAssetsAtAll() {
        Fixtures.Scored r = leaf(SZ, "fixed-asset-utilization", submission("management",
                "{'assets': {'inUse': " + wan("0") + ", 'originalValue': " + wan("0") + "}}"));
        assertEquals("0.00", r.score());
        assertEquals("zero", r.findings("score-input-missing").get(0).key());
    }

    @ParameterizedTest(name = "{0} / {1} staff → {2}")
    @CsvSource({"38, 46, 1.00", "46, 46, 1.00", "47, 46, 0.00", "0, 46, 1.00"})
    void fiscalStaffControl(String actual, String authorized, String expected) {
        Fixtures.Scored r = leaf(SZ, "fiscal-staff-control", submission("management",
                "{'staffing': {'actual': " + actual + ", 'authorized': " + authorized + "}}"));
        assertEquals(expected, r.score());
    }

    /** (other + dispatched) / (actual + other + dispatched): < 5 → 1; [5, 10] → 0.5; > 10 → 0. */
    @ParameterizedTest(name = "{0}+{1} of {2}+{0}+{1} → {3}")
    @CsvSource({
        "6, 34, 38, 0.00",          // the report: 51.28%
        "0, 0, 100, 1.00",          // 0%
        "0, 499, 9501, 1.00",       // 4.99%
        "0, 5, 95, 0.50",           // exactly 5%
        "0, 10, 90, 0.50",          // exactly 10%
        "0, 1001, 8999, 0.00"       // 10.01%
    })
    void nonEstablishmentControl(String other, String dispatched, String actual, String expected) {
        Fixtures.Scored r = leaf(SZ, "non-establishment-control", submission("management",
                "{'staffing': {'actual': " + actual + ", 'otherStaff': " + other + ", 'dispatched': " + dispatched + "}}"));
        assertEquals(expected, r.score(), r.criterion().explanation());
    }

    @ParameterizedTest(name = "满意度 {0}% → {1}")
    @CsvSource({"100, 6.00", "95, 6.00", "94.99, 4.00", "90, 4.00", "89.99, 2.00", "80, 2.00", "79.99, 1.00", "0, 1.00"})
    void satisfaction(String percent, String expected) {
        Fixtures.Scored r = leaf(SZ, "satisfaction", submission("management", "{'satisfaction': {'surveyPercent': " + percent + "}}"));
        assertEquals(expected, r.score());
    }

    @Test
    void satisfactionWithoutASurvey() {
        Fixtures.Scored r = leaf(SZ, "satisfaction", submission("management", "{'satisfaction': {'qualifier': '以上'}}"));
        assertEquals("0.00", r.score());
        assertEquals("满意度调查结果", r.findings("score-input-missing").get(0).args().get(1));
    }

    /** 三公 and 日常公用 each: < 90% → 3; [90, 100] → 2; > 100% → 0 (both of a budget of 100). */
    @ParameterizedTest(name = "三公 {0}%, 日常 {1}% → {2}")
    @CsvSource({
        "89.99, 89.99, 6.00",
        "90, 90, 4.00",
        "100, 100, 4.00",
        "100.01, 89.99, 3.00",
        "100.01, 100.01, 0.00"
    })
    void publicExpenseControl(String three, String daily, String expected) {
        assertEquals(expected, publicExpense(three, "100", daily, "100").score());
    }

    @Test
    void publicExpenseControlOfTheReport() {
        Fixtures.Scored r = publicExpense("9.21", "13.50", "54.08", "74.88");
        assertEquals("6.00", r.score());
        assertEquals("(9.21 / 13.50 = 68.22% < 90% → 3) + (54.08 / 74.88 = 72.22% < 90% → 3) = 6.00", r.criterion().explanation());
    }

    static Fixtures.Scored publicExpense(String three, String threeBudget, String daily, String dailyBudget) {
        return leaf(SZ, "public-expense-control", submission("budget",
                "{'threePublic': {'actual': " + wan(three) + ", 'fullYearBudget': " + wan(threeBudget) + "},"
                        + " 'dailyPublic': {'actual': " + wan(daily) + ", 'fullYearBudget': " + wan(dailyBudget) + "}}"));
    }

    @Test
    void publicExpenseControlExplains() {
        Fixtures.Scored r = publicExpense("9.5", "10", "11", "10");
        assertEquals("2.00", r.score());
        assertEquals("(9.5 / 10 = 95.00% ∈ [90%, 100%] → 2) + (11 / 10 = 110.00% > 100% → 0) = 2.00", r.criterion().explanation());
    }

    @ParameterizedTest(name = "信访 {0}/{1} → {2}")
    @CsvSource({"100, 100, 3.00", "99.99, 100, 2.00", "100, 99.99, 2.00", "0, 0, 1.00"})
    void petitions(String reply, String timely, String expected) {
        Fixtures.Scored r = leaf(SZ, "petitions", submission("management",
                "{'petitions': {'channelEstablished': true, 'replyRatePercent': " + reply + ", 'timelyRatePercent': " + timely + "}}"));
        assertEquals(expected, r.score());
    }

    @Test
    void aValueInNoBandScoresZero() {
        Fixtures.Scored r = Fixtures.method("{'type': 'band', 'value': {'ref': 'management#/x'}, 'bands': ["
                + "{'min': 0, 'minInclusive': true, 'max': 10, 'maxInclusive': false, 'points': 1}]}", "1",
                submission("management", "{'x': 10}"));
        assertEquals("0.00", r.score());
        assertEquals("10，不在任何分档内 → 0", r.criterion().explanation());
    }
}
