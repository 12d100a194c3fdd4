package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code lookup}: 预决算信息公开 (categorical) and 信访渠道 (boolean). */
class LookupMethodTest {
    static final String SZ = "shenzhen-department-2024";

    static Fixtures.Scored disclosure(String budget, String finalAccounts) {
        return leaf(SZ, "disclosure", submission("management",
                "{'disclosure': {'budget': {'status': '" + budget + "'}, 'finalAccounts': {'status': '" + finalAccounts + "'}}}"));
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "on-time, on-time, 3.00",
        "on-time, late, 2.50",
        "late, late, 2.00",
        "none, on-time, 1.50",
        "none, none, 0.00",
        "exempt, exempt, 3.00"
    })
    void disclosureStatus(String budget, String finalAccounts, String expected) {
        assertEquals(expected, disclosure(budget, finalAccounts).score());
    }

    @Test
    void anUnknownStatusIsAFinding() {
        Fixtures.Scored r = disclosure("on-time", "delayed");
        assertEquals("0.00", r.score());
        assertEquals("lookup", r.findings("score-input-missing").get(0).key());
        assertEquals("/disclosure/finalAccounts/status", r.findings("score-input-missing").get(0).pointer());
    }

    @Test
    void aMissingStatusIsAFinding() {
        Fixtures.Scored r = leaf(SZ, "disclosure", submission("management", "{'disclosure': {'budget': {'status': 'on-time'}}}"));
        assertEquals("0.00", r.score());
        assertEquals("management#/disclosure/finalAccounts/status", r.findings("score-input-missing").get(0).args().get(2));
    }

    @Test
    void channelIsBoolean() {
        Fixtures.Scored yes = leaf(SZ, "petitions", submission("management",
                "{'petitions': {'channelEstablished': true, 'replyRatePercent': 100, 'timelyRatePercent': 100}}"));
        Fixtures.Scored no = leaf(SZ, "petitions", submission("management",
                "{'petitions': {'channelEstablished': false, 'replyRatePercent': 100, 'timelyRatePercent': 100}}"));
        assertEquals("3.00", yes.score());
        assertEquals("2.00", no.score());
        assertEquals("(未建立 → 0) + (100.00% ≥ 100% → 1) + (100.00% ≥ 100% → 1) = 2.00", no.criterion().explanation());
    }

    @Test
    void aStringWhereABooleanBelongsMatchesNothing() {
        Fixtures.Scored r = leaf(SZ, "petitions", submission("management",
                "{'petitions': {'channelEstablished': 'true', 'replyRatePercent': 100, 'timelyRatePercent': 100}}"));
        assertEquals("0.00", r.score());
        assertEquals("lookup", r.findings("score-input-missing").get(0).key());
    }
}
