package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.testing.Samples;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "The copy holds no funds figures" (a partial framework's {@code partialCut.copyStart} with no funds block, or
 * {@code partialCut.funds}) is decided by {@link Framework.PartialCut#fundsAbsent} and acted on by the scorer alone: a
 * criterion it could score only on those figures weighs nothing and asks for none of them, whichever method scores it and
 * whichever rules the project turned off (review s54 R4 L5). Until session 55 the scorer did so for a ratio criterion only,
 * and the Engine's partial-cut fold dropped the other asks for the figures while the partial note (score-weights) survived
 * the project's rule settings: with score-weights off, a copy whose execution was scored by bands asked for the 全年执行数
 * the copy never held, and weighed its 10 points at 0.
 */
class FundsCutOwnerTest {
    private static final String T96 = "t96-daying-yibao-2023";
    private static final RuleConfig WEIGHTS_OFF = RuleConfig.of(List.of(new RuleConfig.Entry("score-weights", "OFF", null)));

    private static EngineResult run(Path project, RuleConfig rules) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, rules));
    }

    private static List<String> fundsAsks(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.pointer().startsWith("/funds"))
                .map(f -> f.key() + " " + f.file() + "#" + f.pointer()).toList();
    }

    private static List<String> notWeights(EngineResult r) {
        return r.findings().stream().filter(f -> !f.ruleId().equals("score-weights"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.file() + "#" + f.pointer()).toList();
    }

    private static CriterionScore execution(EngineResult r) {
        return r.sheet().criteria().stream().filter(c -> c.id().equals("budget-execution-rate")).findFirst().orElseThrow();
    }

    /** 大英 医保 2023 (t96) as it is: the same findings, bar the partial note, with score-weights on and off. */
    @Test
    void theRealCopyAsksForNoFundsFiguresWithOrWithoutTheNote() {
        Path p = Samples.realTable(T96);
        EngineResult on = run(p, null);
        EngineResult off = run(p, WEIGHTS_OFF);
        assertEquals(List.of(), fundsAsks(on));
        assertEquals(List.of(), fundsAsks(off));
        assertEquals(notWeights(on), notWeights(off));
        assertEquals(0, execution(off).weight().signum());
    }

    /**
     * t96 on a whole framework file (mof-project-2020's criteria written out, the same partial note and cut) whose 预算执行率 is
     * scored by bands of the rate, not as a ratio of the points: the copy holds no funds block either way, so the criterion
     * weighs nothing and no figure is asked for, with score-weights on or off.
     */
    @Test
    void aCriterionScoredByBandsOnTheCutFundsWeighsNothingWhateverTheRules(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve(T96);
        Samples.copyTree(Samples.realTable(T96), project);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode t96 = json.readTree(Files.readString(project.resolve("daying-yibao-2023.json"), StandardCharsets.UTF_8));
        ObjectNode whole;
        try (InputStream in = FundsCutOwnerTest.class.getResourceAsStream("/io/github/jixiao/frameworks/mof-project-2020.json")) {
            whole = (ObjectNode) json.readTree(in);
        }
        for (String k : List.of("id", "version", "name", "nameEn", "partial", "partialEn", "partialCut")) {
            whole.set(k, t96.get(k));
        }
        ObjectNode leaf = execution(whole);
        JsonNode value = leaf.get("method").get("value");
        ObjectNode band = json.createObjectNode();
        band.put("type", "band");
        band.set("value", value);
        band.set("bands", json.readTree("[{\"min\": 0.9, \"minInclusive\": true, \"points\": 10},"
                + " {\"min\": 0.6, \"minInclusive\": true, \"max\": 0.9, \"maxInclusive\": false, \"points\": 5}]"));
        leaf.set("method", band);
        leaf.remove("omittedWhenUnprinted");
        Files.writeString(project.resolve("daying-yibao-2023.json"), json.writeValueAsString(whole), StandardCharsets.UTF_8);
        for (RuleConfig rules : new RuleConfig[] {null, WEIGHTS_OFF}) {
            EngineResult r = run(project, rules);
            String which = rules == null ? "default rules" : "score-weights off";
            assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("framework-invalid")), r.findings().toString());
            assertEquals(List.of(), fundsAsks(r), which);
            assertEquals(0, execution(r).weight().signum(), which + ": " + execution(r).explanation());
            assertEquals(0, new java.math.BigDecimal("55").compareTo(r.sheet().weight()), which);
            assertTrue(r.sheet().unscored().stream().noneMatch(u -> u.name() != null && u.name().contains("预算执行率")),
                    which + ": " + r.sheet().unscored());
        }
    }

    private static ObjectNode execution(JsonNode node) {
        if (node.isObject() && node.has("id") && node.get("id").asString().equals("budget-execution-rate")) {
            return (ObjectNode) node;
        }
        for (JsonNode child : node) {
            if (child.isObject() || child.isArray()) {
                ObjectNode found = execution(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
