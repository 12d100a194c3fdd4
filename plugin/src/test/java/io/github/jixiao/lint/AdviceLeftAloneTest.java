package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * N4's left-alones (session 51), through the whole engine on the rules' fixtures: a bounded rate's "120%" missed at full
 * points said once, without "≥ 120%"; a rate's unitless "120" said by indicator-target-at-ceiling where
 * indicator-target-no-comparator is off; an expense's unitless figure said as a cost ceiling; "合格率达95%" read as ≥ 95 %.
 */
class AdviceLeftAloneTest {
    @TempDir
    Path tmp;

    private List<Finding> run(String fixture, RuleConfig rules) throws Exception {
        Path file = RuleFixtures.root().resolve(fixture);
        JsonNode docs = JsonMapper.builder().build().readTree(Files.readString(file));
        Path project = Files.createTempDirectory(tmp, "p");
        Path sub = Files.createDirectories(project.resolve("submission"));
        for (Map.Entry<String, JsonNode> e : docs.properties()) {
            Files.writeString(sub.resolve(e.getKey() + ".json"), e.getValue().toString());
        }
        return new Engine().run(new EngineOptions(project, sub, null, null, null, rules)).findings();
    }

    private static List<String> at(List<Finding> all, String pointer) {
        return all.stream().filter(f -> f.pointer().equals(pointer)).map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id())
                .sorted().toList();
    }

    private static Finding first(List<Finding> all, String pointer, String rule) {
        return all.stream().filter(f -> f.pointer().equals(pointer) && f.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
    }

    private static RuleConfig off(String rule) {
        return RuleConfig.of(List.of(new RuleConfig.Entry(rule, "OFF", null)));
    }

    /**
     * 进场材料抽检验收合格率 "120%" → 98 % at its full 10 points: above-hundred says at the target that no rate reaches 120 %; the
     * full-points error keeps its plain wording (until session 51 it carried the bare miss's "按正向指标理解为“≥ 120%”…请写明
     * ≥、≤ 或 =", the reading above-hundred says is none). A completion rate, which can exceed 100 %, keeps the reading.
     */
    @Test
    void aBoundRateMissedAtFullPointsIsNotReadAsAFloor() throws Exception {
        List<Finding> all = run("score-ignores-missed-target/flags/rate-above-hundred-full-points.json", null);
        assertEquals(List.of("indicator-target-at-ceiling above-hundred warning"), at(all, "/indicators/0/target"));
        assertEquals(List.of("score-ignores-missed-target indicator error"), at(all, "/indicators/0/score"));
        Finding full = first(all, "/indicators/0/score", "score-ignores-missed-target");
        String zh = new Messages(Messages.ZH).message(full);
        assertTrue(!zh.contains("≥ 120%") && zh.contains("却得满分 10 分"), zh);
        assertTrue(!new Messages(Locale.ENGLISH).message(full).contains("≥ 120%"), full.toString());
        // 年度建设任务完成率 can exceed 100 %: its miss is carried as before
        assertEquals(List.of("score-ignores-missed-target indicator-bare error"), at(all, "/indicators/1/score"));
        assertTrue(new Messages(Messages.ZH).message(first(all, "/indicators/1/score", "score-ignores-missed-target")).contains("“≥ 120%”"));
        // with above-hundred off, the miss is carried again (the reading is all that is said of the target)
        List<Finding> ceilingOff = run("score-ignores-missed-target/flags/rate-above-hundred-full-points.json",
                off("indicator-target-at-ceiling"));
        assertEquals(List.of("score-ignores-missed-target indicator-bare error"), at(ceilingOff, "/indicators/0/score"));
    }

    /**
     * 工程验收合格率 "120", no comparator and no % anywhere: indicator-target-no-comparator's no-unit-rate-above says it
     * cannot be reached; with that rule off, indicator-target-at-ceiling says it (until session 51: nothing).
     */
    @Test
    void aRatesUnitlessFigureAboveHundredIsSaidWithTheComparatorRuleOff() throws Exception {
        String fixture = "indicator-target-at-ceiling/flags/rate-above-hundred-without-percent.json";
        List<Finding> on = run(fixture, null);
        assertEquals(List.of("indicator-target-no-comparator no-unit-rate-above warning"), at(on, "/indicators/0/target"));
        List<Finding> off = run(fixture, off("indicator-target-no-comparator"));
        assertEquals(List.of("indicator-target-at-ceiling above-hundred-no-unit warning"), at(off, "/indicators/0/target"));
        assertEquals(List.of("indicator-target-at-ceiling above-hundred-no-unit warning"), at(off, "/indicators/1/target"));
        assertEquals(List.of(), at(off, "/indicators/2/target"), "a completion rate can exceed 100 %");
        Finding f = first(off, "/indicators/0/target", "indicator-target-at-ceiling");
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("按比率读是 120%，而该比率不会超过 100%") && zh.contains("“%”"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("read as a rate it is 120%") && !en.contains("≥ 120"), en);
    }

    /**
     * 培训费 "320", 人均培训成本 "150" (甘孜's 培训费 with its unit left off): a cost ceiling said as the plain note says one, its
     * unit asked in money; the fingerprint is no-unit's, as printed until session 51 ("反向指标（越低越好）", "≤ 320 个").
     */
    @Test
    void anExpenseWithoutUnitIsACostCeiling() throws Exception {
        List<Finding> all = run("indicator-target-no-comparator/flags/cost-without-unit.json", null);
        Finding f = first(all, "/indicators/0/target", "indicator-target-no-comparator");
        assertEquals("no-unit-cost", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("按成本上限（不超过该标准）理解为“≤ 320”") && zh.contains("“≤ 320 元”") && !zh.contains("反向")
                && !zh.contains("320 个"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("(a cost ceiling: no more than that)") && !en.contains("the lower the better"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "no-unit", f.args().subList(0, 6)), Fingerprints.of(f), "no-unit's fingerprint");
        assertEquals(List.of("培训费", "320", "320", "≤", "反向指标（越低越好）", "the lower the better"), f.args().subList(0, 6));
    }

    /**
     * "合格率达95%" beside 90 %: read as ≥ 95 % (达 before the figure, after a label), missed; beside 98 %, met, and no
     * longer words beside a figure (indicator-actual-incommensurable's qualitative-target error until session 51).
     */
    @Test
    void aLabelBeforeReachIsReadAsTheFloor() throws Exception {
        List<Finding> missed = run("indicator-target-missed/flags/labelled-reach-target-missed.json", null);
        // -part: the fixture's rows weigh less than the framework's 100, so the figure is no 综合评分 (G2, session 51)
        assertEquals(List.of("indicator-target-missed deducted-below-part warning"), at(missed, "/indicators/0/actual"));
        List<Finding> met = run("indicator-actual-incommensurable/passes/labelled-reach-target.json", null);
        for (String row : List.of("/indicators/0", "/indicators/1")) {
            assertEquals(List.of(), at(met, row + "/actual"), row);
            assertTrue(at(met, row + "/score").isEmpty(), row);
        }
    }
}
