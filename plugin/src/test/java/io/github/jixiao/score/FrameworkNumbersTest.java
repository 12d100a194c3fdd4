package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One invalid number in a project's framework file (a weight, points, a parameter: negative, out of range, not a
 * number, or one no framework can hold) is a {@code framework-invalid} finding at its line and column and costs its
 * criterion only; the rest of the framework scores. Invalid anywhere else, the framework is refused as before.
 */
class FrameworkNumbersTest {

    /** Two criteria: 重点工作 (deduct-per-item, 60 points) and 自评 (assessed, 40 points); one line each for its numbers. */
    static final String FRAMEWORK = """
            {
              "$schema": "https://jixiao.github.io/schemas/v1/framework.schema.json",
              "id": "custom", "version": "1", "name": "自定义", "kind": "department", "source": "test",
              "grades": [
                {"grade": "合格", "min": 60, "max": 100, "minInclusive": true, "maxInclusive": true},
                {"grade": "不合格", "min": 0, "max": 60, "minInclusive": true, "maxInclusive": false}
              ],
              "taxonomy": [],
              "criteria": [{"name": "A", "weight": 100, "children": [{"name": "B", "weight": 100, "children": [
                {"id": "key-tasks", "name": "重点工作", "standard": "s", "restsOnIndicators": false,
                  "weight": 60,
                  "method": {"type": "deduct-per-item", "count": {"ref": "management#/keyTasks/missed"},
                    "points": 60,
                    "perItem": 20}},
                {"id": "own", "name": "自评指标", "standard": "s", "restsOnIndicators": false,
                  "weight": 40,
                  "method": {"type": "assessed"}}
              ]}]}]
            }
            """;

    static final Submission SUBMISSION = submission("management", "{'keyTasks': {'missed': 1}}", "self-assessment",
            "{'criteria': [{'criterion': 'own', 'score': 30}]}");

    @TempDir
    Path project;

    FrameworkLoader.Loaded load(String json) throws IOException {
        Files.createDirectories(project.resolve("frameworks"));
        Files.writeString(project.resolve("frameworks/custom.json"), json, StandardCharsets.UTF_8);
        return FrameworkLoader.load("frameworks/custom.json", project, Src.NONE);
    }

    static ScoreSheet score(FrameworkLoader.Loaded l, List<Finding> findings, Locale locale) {
        return new Scorer().score(SUBMISSION, l.framework(), findings, locale);
    }

    @Test
    void theGoodFrameworkScoresBoth() throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK);
        assertEquals(List.of(), l.findings());
        ScoreSheet sheet = score(l, new ArrayList<>(), null);
        assertEquals("70.00", sheet.total().toPlainString());
        assertEquals("合格", sheet.grade());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-20", "\"20\"", "null", "1e10000000"})
    void anInvalidParameterCostsItsCriterionOnly(String perItem) throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK.replace("\"perItem\": 20", "\"perItem\": " + perItem));
        assertNotNull(l.framework(), "the framework is still used");
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals("framework-invalid", f.ruleId());
        assertEquals("number", f.key());
        assertEquals("frameworks/custom.json", f.file());
        String pointer = "/criteria/0/children/0/children/0/method/perItem";
        assertEquals(pointer, f.pointer());
        assertEquals(14, f.line(), "the line of the number");
        assertEquals(20, f.column(), "the column of the number");
        assertEquals(List.of("frameworks/custom.json", pointer), f.args().subList(0, 2));
        assertEquals("重点工作", f.args().get(3));
        // what is wrong, in no language: no English of the schema library in a Chinese message
        String detail = f.args().get(2);
        switch (perItem) {
            case "-20" -> assertEquals("-20 < 0", detail);
            case "\"20\"" -> assertEquals("\"20\"", detail);
            case "null" -> assertEquals("null", detail);
            default -> assertEquals("json-number: 1E+10000000", detail); // the number check's own finding: rule id and value
        }
        assertFalse(detail.matches(".*[a-z]{3,} [a-z]{3,}.*"), "no English words: " + detail);

        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = score(l, findings, null);
        assertEquals(List.of(), findings, "the number is reported once, by the loader");
        CriterionScore keyTasks = sheet.criterion("key-tasks").orElseThrow();
        assertEquals("0.00", keyTasks.score().toPlainString());
        assertEquals("60", keyTasks.weight().toPlainString());
        assertEquals("deduct-per-item", keyTasks.method());
        assertEquals("无法计分：评分框架 frameworks/custom.json 第 14 行第 20 列（" + pointer + "）的数值无效，按 0 分计",
                keyTasks.explanation());
        assertEquals("30.00", sheet.criterion("own").orElseThrow().score().toPlainString(), "the other criterion scores");
        assertEquals("30.00", sheet.total().toPlainString());
        assertEquals(1, sheet.unscored().size());
        assertEquals("key-tasks", sheet.unscored().get(0).criterion());
        assertEquals("60", sheet.unscored().get(0).points().toPlainString());
        assertTrue(sheet.provisional(), "60 of the 100 points could not be scored");

        ScoreSheet en = score(l, new ArrayList<>(), Locale.ENGLISH);
        assertEquals("the framework frameworks/custom.json holds an invalid number at line 14, column 20 (" + pointer + ")",
                en.unscored().get(0).reason());
    }

    @Test
    void anInvalidWeightLeavesItsCriterionOutAndTheTotalSaysSo() throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK.replace("\"weight\": 60", "\"weight\": -60"));
        assertNotNull(l.framework());
        assertEquals(List.of("number"), l.findings().stream().map(Finding::key).toList(),
                "no second finding that the parts of B do not add up: one of them is unknown");
        assertEquals(11, l.findings().get(0).line());
        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = score(l, findings, null);
        assertEquals("0", sheet.criterion("key-tasks").orElseThrow().weight().toPlainString());
        assertEquals("30.00", sheet.total().toPlainString());
        assertEquals("", sheet.grade(), "no grade on a total whose weights do not add up to 100");
        assertEquals(1, findings.size(), findings.toString());
        Finding w = findings.get(0);
        assertEquals("score-weights", w.ruleId());
        assertEquals("invalid-weight", w.key());
        assertEquals(List.of("40", "30.00", "重点工作"), w.args());
        assertEquals("frameworks/custom.json", w.file());
        assertEquals(11, w.line());
    }

    @Test
    void everyInvalidWeightIsNamedAtItsOwnPlace() throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK.replace("\"weight\": 60", "\"weight\": -60")
                .replace("\"weight\": 40", "\"weight\": 400"));
        assertNotNull(l.framework());
        assertEquals(List.of("number", "number"), l.findings().stream().map(Finding::key).toList());
        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = score(l, findings, null);
        assertEquals("0.00", sheet.total().toPlainString());
        assertEquals("", sheet.grade());
        assertEquals(List.of("invalid-weight", "invalid-weight"), findings.stream().map(Finding::key).toList(), findings.toString());
        // the first is what one bad weight gives (its fingerprint unchanged); the second names the other criterion
        assertEquals(List.of("0", "0.00", "重点工作"), findings.get(0).args());
        assertEquals(List.of("0", "0.00", "自评指标"), findings.get(1).args());
        assertEquals(11, findings.get(0).line());
        assertEquals(16, findings.get(1).line());
    }

    @Test
    void anInvalidGroupWeightCostsNoCriterion() throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK.replace("{\"name\": \"B\", \"weight\": 100", "{\"name\": \"B\", \"weight\": 1000"));
        assertNotNull(l.framework());
        assertEquals(List.of("number-weight"), l.findings().stream().map(Finding::key).toList());
        assertEquals("/criteria/0/children/0/weight", l.findings().get(0).pointer());
        assertEquals("100", l.findings().get(0).args().get(4), "taken as its parts' sum");
        ScoreSheet sheet = score(l, new ArrayList<>(), null);
        assertEquals("70.00", sheet.total().toPlainString());
        assertTrue(sheet.unscored().isEmpty());
    }

    @Test
    void anInvalidNumberAndABrokenGroupRefuseTheFramework() throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK.replace("\"perItem\": 20", "\"perItem\": -20")
                .replace("{\"name\": \"B\", ", "{"));
        assertNull(l.framework());
        // the number in the words of its keyword: "number" would say the other criteria are scored
        Finding perItem = l.findings().stream().filter(f -> f.pointer().endsWith("/perItem")).findFirst().orElseThrow();
        assertEquals("minimum", perItem.key());
        assertEquals(List.of("-20", "0"), perItem.args().subList(2, 4));
        assertEquals(List.of("minimum", "required"), l.findings().stream().map(Finding::key).toList());
    }

    @Test
    void anInvalidNumberAndAnUnknownMethodCostTheirCriteria() throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK.replace("\"perItem\": 20", "\"perItem\": -20")
                .replace("\"type\": \"assessed\"", "\"type\": \"guess\""));
        assertNotNull(l.framework());
        assertEquals(List.of("number", "enum", "criterion"), l.findings().stream().map(Finding::key).toList());
        ScoreSheet sheet = score(l, new ArrayList<>(), null);
        assertEquals("0.00", sheet.total().toPlainString());
        assertEquals(List.of("key-tasks", "own"), sheet.unscored().stream().map(ScoreSheet.Unscored::criterion).toList());
    }

    @Test
    void anInvalidNumberOutsideTheCriteriaRefusesTheFramework() throws IOException {
        FrameworkLoader.Loaded l = load(FRAMEWORK.replace("\"min\": 60", "\"min\": \"60\""));
        assertNull(l.framework(), "the grades are the framework's, not one criterion's");
        assertFalse(l.findings().isEmpty());
    }
}
