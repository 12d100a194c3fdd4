package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.init.Skeleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage mistyped (目标申报阶段), left out, or in a department.json that does not parse is not read as 自评 whatever the
 * submission holds: a new department's skeleton with such a stage gets the one real error and what it got before at
 * 目标申报, not every row's actual and every figure of the score asked for (a user review: 49 errors for one typo).
 */
class StageReadingTest {
    @TempDir
    Path dir;

    private List<Finding> skeletonWithDepartment(java.util.function.UnaryOperator<String> department) throws Exception {
        for (Map.Entry<String, String> e : Skeleton.files("示例局", 2025, "0.1.0", "performance-submission").entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            String text = e.getKey().equals("submission/department.json") ? department.apply(e.getValue()) : e.getValue();
            Files.writeString(p, text, StandardCharsets.UTF_8);
        }
        return new Engine().run(EngineOptions.of(dir, dir.resolve("submission"))).findings();
    }

    private static List<String> rules(List<Finding> f) {
        return f.stream().map(x -> x.ruleId() + (x.key().isEmpty() ? "" : " " + x.key())).distinct().sorted().toList();
    }

    @Test
    void aMistypedStageIsReadByItsWordsAndReportedOnce() throws Exception {
        List<Finding> asWritten = skeletonWithDepartment(d -> d);
        Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        List<Finding> typo = skeletonWithDepartment(d -> d.replace("\"目标申报\"", "\"目标申报阶段\""));
        // the schema's finding on /stage, and otherwise exactly what the skeleton gets at 目标申报
        assertEquals(List.of("/stage"), typo.stream().filter(x -> x.ruleId().equals("schema")).map(Finding::pointer).toList());
        assertEquals(rules(asWritten), rules(typo.stream().filter(x -> !x.ruleId().equals("schema")).toList()));
        assertEquals(0, typo.stream().filter(x -> x.key().equals("no-actual") || x.ruleId().equals("score-input-missing")).count());
    }

    @Test
    void aDepartmentFileThatDoesNotParseAsksForNoActuals() throws Exception {
        List<Finding> f = skeletonWithDepartment(d -> d.replaceFirst(",", ""));
        assertEquals(1, f.stream().filter(x -> x.ruleId().equals("json-syntax")).count(), f.toString());
        assertEquals(0, f.stream().filter(x -> x.key().equals("no-actual")).count(), f.toString());
    }

    @Test
    void whatTheWordsAndTheRowsSay() {
        assertEquals(Stage.TARGETS, Stage.fromWords("目标申报阶段"));
        assertEquals(Stage.TARGETS, Stage.fromWords("绩效目标申报"));
        assertEquals(Stage.MONITORING, Stage.fromWords("运行监控阶段"));
        assertEquals(Stage.SELF_EVALUATION, Stage.fromWords("年终自评"));
        assertEquals(Stage.SELF_EVALUATION, Stage.fromWords("绩效评价"));
        assertEquals(Stage.MONITORING, Stage.fromWords("绩效目标执行监控"), "the national table's name: its targets monitored");
        assertEquals(Stage.MONITORING, Stage.fromWords("绩效目标运行监控"));
        assertEquals(Stage.SELF_EVALUATION, Stage.fromWords("绩效目标自评"));
        assertNull(Stage.fromWords("监控与自评"), "the words of two stages: none");
        assertNull(Stage.fromWords("年中"));
        assertNull(Stage.fromWords(null));
        Indicator withActual = row("67 个");
        Indicator without = row(null);
        assertEquals(Stage.TARGETS, Submission.resolveStage("年中", List.of(without)));
        assertEquals(Stage.SELF_EVALUATION, Submission.resolveStage("年中", List.of(without, withActual)), "an actual: the strictest");
        assertEquals(Stage.SELF_EVALUATION, Submission.resolveStage(null, List.of(withActual)));
        assertEquals(Stage.TARGETS, Submission.resolveStage(null, List.of()));
        assertEquals(Stage.MONITORING, Submission.resolveStage("运行监控", List.of(withActual)), "as written, whatever the rows");
    }

    private static Indicator row(String actual) {
        String json = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", \"schemaVersion\": \"1.0\","
                + " \"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"培训人次\", \"target\": \"≥ 60 个\""
                + (actual == null ? "" : ", \"actual\": \"" + actual + "\"") + "}]}";
        io.github.jixiao.load.JsonDocument doc = new io.github.jixiao.load.SubmissionLoader()
                .parse(json.getBytes(StandardCharsets.UTF_8), "indicators.json").document();
        return new Submission(Map.of("indicators", doc)).indicators().get(0);
    }
}
