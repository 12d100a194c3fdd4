package io.github.jixiao.score;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small in-memory submissions and one-criterion frameworks for the scoring tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A submission from role → JSON text (single quotes stand for double quotes). */
    static Submission submission(String... roleAndJson) {
        Map<String, JsonDocument> docs = new LinkedHashMap<>();
        for (int i = 0; i < roleAndJson.length; i += 2) {
            String role = roleAndJson[i];
            String json = roleAndJson[i + 1].replace('\'', '"');
            SubmissionLoader.Loaded l = new SubmissionLoader().parse(json.getBytes(StandardCharsets.UTF_8),
                    "submission/" + role + ".json");
            if (l.document() == null) {
                throw new IllegalArgumentException(role + ": " + l.findings());
            }
            docs.put(role, l.document());
        }
        return new Submission(docs);
    }

    /** {"value": v, "unit": "万元"}. */
    static String wan(String v) {
        return "{'value': " + v + ", 'unit': '万元'}";
    }

    static String yuan(String v) {
        return "{'value': " + v + ", 'unit': '元'}";
    }

    /** The result of scoring one criterion. */
    record Scored(CriterionScore criterion, List<Finding> findings, ScoreSheet sheet) {
        String score() {
            return criterion.score().toPlainString();
        }

        List<Finding> findings(String ruleId) {
            return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        }
    }

    /** Scores {@code s} by the built-in leaf {@code leafId} of {@code frameworkId} alone. */
    static Scored leaf(String frameworkId, String leafId, Submission s) {
        Framework.Leaf leaf = FrameworkLoader.builtIn(frameworkId).leaf(leafId).orElseThrow();
        return one(leaf, s);
    }

    /** Scores {@code s} by {@code method} (as written in a framework file) out of {@code weight}. */
    static Scored method(String methodJson, String weight, Submission s) {
        Method m = FrameworkLoader.method(json(methodJson));
        return one(new Framework.Leaf("test-criterion", "测试指标", "一级", "二级", new BigDecimal(weight), "评分标准", null,
                false, m, "/criteria/0/children/0/children/0"), s);
    }

    /** Scores {@code s} by {@code method} as the leaf {@code leafId} (for claims in self-assessment.json). */
    static Scored method(String leafId, Method m, String weight, Submission s) {
        return one(new Framework.Leaf(leafId, "测试指标", "一级", "二级", new BigDecimal(weight), "评分标准", null,
                false, m, "/criteria/0/children/0/children/0"), s);
    }

    /** The sub-item {@code itemId} of the built-in leaf, as a method of its own. */
    static Method item(String frameworkId, String leafId, String itemId) {
        Method.SubItems si = (Method.SubItems) FrameworkLoader.builtIn(frameworkId).leaf(leafId).orElseThrow().method();
        return si.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow().method();
    }

    static Scored one(Framework.Leaf leaf, Submission s) {
        Framework shipped = FrameworkLoader.builtIn(FrameworkLoader.SHENZHEN_DEPARTMENT);
        Framework.Group l2 = new Framework.Group(leaf.level2(), leaf.weight(), List.of(), List.of(leaf));
        Framework.Group l1 = new Framework.Group(leaf.level1(), leaf.weight(), List.of(l2), List.of());
        Framework f = new Framework("test", "1", "测试框架", "department", "tests", shipped.grades(), shipped.taxonomy(),
                List.of(l1), "test.json");
        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = new Scorer().score(s, f, findings);
        return new Scored(sheet.criteria().get(0), findings, sheet);
    }

    /** JSON as the plugin reads it (decimals as BigDecimal). */
    static tools.jackson.databind.JsonNode json(String text) {
        SubmissionLoader.Loaded l = new SubmissionLoader().parse(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8), "t.json");
        if (l.document() == null) {
            throw new IllegalArgumentException(l.findings().toString());
        }
        return l.document().root();
    }

    /**
     * A qualitative row scored {@code expected}: read as the grade {@code level} (a score-assumption says which), or, with
     * {@code level} null, not guessed (score-input-missing achievement, no assumption).
     */
    static void assertReadAsGrade(Scored r, String expected, String level) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, r.score(), r.findings().toString());
        if (level == null) {
            // no grade read: the unit's score kept, unchecked, and said (session 46; before, 0 and "achievement")
            org.junit.jupiter.api.Assertions.assertEquals("achievement-self-score", r.findings("score-input-missing").get(0).key());
            org.junit.jupiter.api.Assertions.assertTrue(r.findings("score-assumption").isEmpty(), r.findings().toString());
        } else {
            org.junit.jupiter.api.Assertions.assertEquals(List.of(level),
                    r.findings("score-assumption").stream().map(f -> f.args().get(2)).toList());
            org.junit.jupiter.api.Assertions.assertTrue(r.findings("score-input-missing").isEmpty(), r.findings().toString());
        }
    }
}
