package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
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
 * A framework-invalid finding that costs no points (here an atLeast above the 二级 listed) does not make the summary
 * call the score incomplete: the sample on 深圳's framework as a project file counts the same criteria scored 0 for want
 * of data with that fault as without it.
 */
class CostlessFrameworkFaultTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private EngineResult run(Path project, int atLeast) throws IOException {
        return run(project, atLeast, "custom", "department");
    }

    private EngineResult run(Path project, int atLeast, String id, String kind) throws IOException {
        return run(project, atLeast, id, kind, framework -> { });
    }

    private EngineResult run(Path project, int atLeast, String id, String kind,
                             java.util.function.Consumer<ObjectNode> edit) throws IOException {
        Path submission = Samples.copyTo(project);
        ObjectNode framework;
        try (InputStream in = getClass().getResourceAsStream("/io/github/jixiao/frameworks/shenzhen-department-2024.json")) {
            framework = (ObjectNode) MAPPER.readTree(in);
        }
        framework.put("id", id);
        framework.put("kind", kind);
        for (JsonNode c : framework.get("taxonomy")) {
            if (c.has("atLeast")) {
                ((ObjectNode) c).put("atLeast", atLeast);
            }
        }
        edit.accept(framework);
        Files.writeString(project.resolve("custom.json"), MAPPER.writeValueAsString(framework), StandardCharsets.UTF_8);
        Path dept = submission.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"framework\": \"shenzhen-department-2024\"", "\"framework\": \"custom.json\""));
        return new Engine().run(EngineOptions.of(project, submission));
    }

    @Test
    void anAtLeastAboveTheLevel2ListedLeavesTheIncompleteCountAlone() throws IOException {
        EngineResult fine = run(dir.resolve("fine"), 3);
        EngineResult faulty = run(dir.resolve("faulty"), 5);
        assertTrue(faulty.findings().stream().anyMatch(f -> f.ruleId().equals("framework-invalid") && f.key().equals("at-least") && f.criterion() == null),
                faulty.findings().toString());
        assertEquals(ScoreSummary.incomplete(fine), ScoreSummary.incomplete(faulty));
    }

    /** A project file under a built-in's id, and a framework for another kind: errors of the file, no point lost. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"builtin-id, shenzhen-department-2024, department", "kind, custom, project"})
    void otherFaultsThatCostNoPointsLeaveItAlone(String key, String id, String kind) throws IOException {
        EngineResult fine = run(dir.resolve("fine"), 3);
        EngineResult faulty = run(dir.resolve("faulty"), 3, id, kind);
        assertTrue(faulty.findings().stream().anyMatch(f -> f.ruleId().equals("framework-invalid") && f.key().equals(key) && f.criterion() == null),
                faulty.findings().toString());
        assertEquals(fine.sheet().total(), faulty.sheet().total(), "the same score");
        assertEquals(ScoreSummary.incomplete(fine), ScoreSummary.incomplete(faulty));
    }

    /** A resultsMinimum written wrongly (a share of 101 %): a warning of the framework, no point lost, nothing "incomplete". */
    @Test
    void aBrokenResultsMinimumLeavesTheScoreAndTheCountAlone() throws IOException {
        EngineResult fine = run(dir.resolve("fine"), 3);
        EngineResult faulty = run(dir.resolve("faulty"), 3, "custom", "department",
                framework -> framework.putObject("resultsMinimum").put("percent", 101).put("source", "x"));
        List<io.github.jixiao.finding.Finding> invalid = faulty.findings().stream()
                .filter(f -> f.ruleId().equals("framework-invalid")).toList();
        assertEquals(1, invalid.size(), invalid.toString());
        assertEquals("/resultsMinimum/percent", invalid.get(0).pointer());
        assertEquals(io.github.jixiao.finding.Severity.WARNING, invalid.get(0).severity());
        assertEquals(fine.sheet().total(), faulty.sheet().total(), "the same score");
        assertEquals(fine.sheet().grade(), faulty.sheet().grade(), "the same grade");
        assertEquals(0, ScoreSummary.incomplete(faulty));
        assertEquals(0, ScoreSummary.withoutData(faulty));
        String md = ScoreSummaryMarkdown.render(faulty, new Messages(java.util.Locale.ENGLISH), ReportMeta.of("2024-01-01T00:00:00Z"));
        assertTrue(!md.contains("Incomplete"), md);
    }
}
