package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreDiffTest {
    private static final JsonMapper M = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static JsonNode summary(String total, String q) {
        return M.readTree("{\"total\": " + total + ", \"grade\": \"优\", \"criteria\": ["
                + "{\"id\": \"budget-execution\", \"name\": \"预算执行率\", \"weight\": 6, \"score\": " + q + "},"
                + "{\"id\": \"satisfaction\", \"name\": \"公众或服务对象满意度\", \"weight\": 6, \"score\": 6.00}]}");
    }

    @Test
    void movedCriteriaAndTotal() {
        ScoreDiff.Result r = ScoreDiff.compare(summary("96.15", "5.47"), summary("95.96", "5.28"), null, null);
        assertEquals(new BigDecimal("-0.19"), r.delta());
        assertEquals(1, r.moved().size());
        assertEquals(new BigDecimal("-0.19"), r.moved().get(0).delta());
        assertNull(r.newFindings());
        String md = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.contains("96.15 → 95.96 (−0.19)"), md);
        assertTrue(md.contains("| 预算执行率 | 5.47 | 5.28 | −0.19 |"), md);
        assertTrue(md.contains("未比较问题"), md);
        String json = ScoreDiff.json(r);
        assertTrue(json.contains("\"delta\" : -0.19"), json);
    }

    @Test
    void findingsNewAndResolvedByFingerprint() {
        JsonNode before = M.readTree("{\"findings\": [{\"fingerprint\": \"a\", \"rule\": \"x\"}, {\"fingerprint\": \"b\", \"rule\": \"y\"}]}");
        JsonNode after = M.readTree("{\"findings\": [{\"fingerprint\": \"b\", \"rule\": \"y\"}, {\"fingerprint\": \"c\", \"rule\": \"z\"}]}");
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after);
        assertEquals("c", r.newFindings().get(0).fingerprint());
        assertEquals("a", r.resolvedFindings().get(0).fingerprint());
        assertTrue(r.moved().isEmpty());
    }

    @Test
    void signs() {
        assertEquals("+0.10", ScoreDiff.signed(new BigDecimal("0.1")));
        assertEquals("−0.19", ScoreDiff.signed(new BigDecimal("-0.19")));
        assertEquals("0.00", ScoreDiff.signed(BigDecimal.ZERO));
    }
}
