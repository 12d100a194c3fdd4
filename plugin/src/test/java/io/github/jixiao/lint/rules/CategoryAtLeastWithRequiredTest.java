package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * indicator-category-missing with a framework whose category both requires a 二级 and asks at least so many of them
 * evaluated ({@code atLeast}): a required 二级 reported missing is one more evaluated once filled in, so the at-least
 * shortfall is reported only where it remains after that (one gap, one finding). The sample (效益: 经济 and 社会
 * evaluated, 生态 and 可持续影响 marked not applicable) is run on 深圳's framework with a required 文化效益指标 added.
 */
class CategoryAtLeastWithRequiredTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path project;

    @ParameterizedTest(name = "atLeast {0}")
    @CsvSource({
        // 经济 + 社会 evaluated, 文化 required and missing: filling it makes three
        "3, ''",
        // three, and still one short after 文化 is filled in
        "4, 'at-least'"
    })
    void aRequiredLevel2MissingIsNotReportedAgainAsTheAtLeastShortfall(int atLeast, String atLeastKey) throws IOException {
        Path submission = Samples.copyTo(project);
        ObjectNode framework;
        try (InputStream in = getClass().getResourceAsStream("/io/github/jixiao/frameworks/shenzhen-department-2024.json")) {
            framework = (ObjectNode) MAPPER.readTree(in);
        }
        framework.put("id", "custom-benefits");
        ObjectNode benefits = null;
        for (JsonNode c : framework.get("taxonomy")) {
            if (c.get("level1").asString().equals("效益指标")) {
                benefits = (ObjectNode) c;
            }
        }
        benefits.put("atLeast", atLeast);
        ((ArrayNode) benefits.get("level2")).addObject().put("name", "文化效益指标");
        String edited = MAPPER.writeValueAsString(framework);
        Files.writeString(project.resolve("custom.json"), edited, StandardCharsets.UTF_8);
        Path dept = submission.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"framework\": \"shenzhen-department-2024\"", "\"framework\": \"custom.json\""));
        List<Finding> found = new Engine().run(EngineOptions.of(project, submission)).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-category-missing")).toList();
        List<String> keys = found.stream().map(Finding::key).toList();
        // the missing 二级 at 自评 said as the year's approved targets lacking it (approved, session 56)
        List<String> expected = atLeastKey.isEmpty() ? List.of("approved") : List.of("approved", atLeastKey);
        assertEquals(expected, keys, found.toString());
        assertEquals("文化效益指标", found.get(0).args().get(1), found.toString());
        assertEquals(List.of(), new Engine().run(EngineOptions.of(project, submission)).findings().stream()
                .filter(f -> f.ruleId().equals("framework-invalid")).toList(), "the edited framework is valid");
    }
}
