package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.validate.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A list the engine joins with "、" (the values a schema allows, the built-in frameworks) is one argument, the same in
 * every language (so is the fingerprint); the English message shows it joined with ", ", not with the Chinese mark.
 */
class ListArgumentsTest {
    @Test
    void allowedValuesReadAsAnEnglishListInEnglish() {
        String json = "{\n  \"$schema\": \"https://jixiao.github.io/schemas/v1/department.schema.json\",\n"
                + "  \"schemaVersion\": \"1.0\",\n  \"kind\": \"agency\"\n}\n";
        SubmissionLoader.Loaded l = new SubmissionLoader().parse(json.getBytes(StandardCharsets.UTF_8), "department.json");
        Finding f = new SchemaValidator().validate(l.document()).stream()
                .filter(x -> x.key().equals("enum")).findFirst().orElseThrow();
        assertEquals("department、project", f.args().get(1), "the argument as the engine joined it");
        String en = new Messages(Locale.ENGLISH).message(f);
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(en.endsWith("must be one of: department, project."), en);
        assertFalse(en.contains("、"), en);
        assertTrue(zh.contains("department、project"), zh);
    }

    /**
     * The values a schema allows are shown as they must be written, each with the framework's English after it: a
     * misspelt category (产出指表) is told 产出指标 (Output indicators), …, never "Output indicators", which the schema refuses.
     * The argument, and so the fingerprint, is the Chinese list in both languages.
     */
    @Test
    void allowedValuesKeepTheValueToWriteWithTheFrameworksEnglishAfterIt() throws Exception {
        java.nio.file.Path src = java.nio.file.Path.of(ListArgumentsTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        java.nio.file.Path project = tmp.resolve("qingshen");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(src)) {
            for (java.nio.file.Path p : files.toList()) {
                java.nio.file.Path to = project.resolve(src.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        java.nio.file.Path ind = project.resolve("submission/indicators.json");
        java.nio.file.Files.writeString(ind, java.nio.file.Files.readString(ind).replaceFirst("\"level1\": \"产出指标\"", "\"level1\": \"产出指表\""));
        io.github.jixiao.engine.EngineResult r = new io.github.jixiao.engine.Engine().run(
                io.github.jixiao.engine.EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.ENGLISH));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("schema") && x.key().startsWith("enum")
                && x.pointer().endsWith("/level1")).findFirst().orElseThrow();
        assertTrue(f.args().get(1).startsWith("产出指标、"), f.args().toString());
        String en = new Messages(Locale.ENGLISH).forResult(r).message(f);
        assertTrue(en.contains("must be one of: 产出指标 (Output indicators), 效益指标 (Benefit indicators)"), en);
        assertFalse(en.contains("one of: Output"), en);
        // the heading a 中央预算内投资计划绩效目标表 prints above the national 一级 has no framework English: jixiao's
        // (trial E6, session 43: it stood alone in the English list)
        assertTrue(en.contains("实施效果指标 (implementation results)"), en);
        // and the value it is nearest to, as it must be written (E6's suggestion said "did you mean Output indicators?")
        assertTrue(en.contains("\"产出指表\" is not a value this field takes; did you mean 产出指标 (Output indicators)? "), en);
        assertTrue(new Messages(Messages.ZH).message(f).contains("产出指标、效益指标"));
    }

    /** A stage and a money unit the schema allows are shown as written, with jixiao's English after them. */
    @Test
    void allowedStagesAndUnitsCarryTheirEnglish() {
        Finding stage = new Finding("schema", io.github.jixiao.finding.Severity.ERROR, "enum", List.of("/stage", "目标申报、运行监控、自评"),
                "department.json", "/stage", 7, 12, null);
        assertTrue(new Messages(Locale.ENGLISH).message(stage).endsWith(
                "must be one of: 目标申报 (Target filing), 运行监控 (Monitoring), 自评 (Self-evaluation)."), new Messages(Locale.ENGLISH).message(stage));
        Finding unit = new Finding("schema", io.github.jixiao.finding.Severity.ERROR, "enum", List.of("/fullYearBudget/unit", "元、万元"),
                "budget.json", "/fullYearBudget/unit", 10, 13, null);
        assertTrue(new Messages(Locale.ENGLISH).message(unit).endsWith("must be one of: 元 (yuan), 万元 (× 10,000 yuan)."),
                new Messages(Locale.ENGLISH).message(unit));
    }

    @Test
    void builtInFrameworksReadAsAnEnglishListInEnglish() {
        Finding f = new Finding("framework-invalid", io.github.jixiao.finding.Severity.ERROR, "not-found",
                List.of("my-table", "shenzhen-2024、national-project"), "department.json", "/framework", 3, 17, null);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("(shenzhen-2024, national-project)"), en);
        assertTrue(new Messages(Messages.ZH).message(f).contains("shenzhen-2024、national-project"));
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    /**
     * The indicators a rule names (“甲”、“乙”, at most three and “…”) are one list argument: in English, an English list of
     * the names as written. Each rule that names them, on its own fixtures with every indicator filed twice (the second
     * named “…、二”, a name holding a 、 of its own), so that each finding names two or more. Each name between straight
     * quotes, as English text quotes, not the Chinese marks.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"satisfaction-without-survey", "score-ignores-missed-target",
        "grade-unsupported", "satisfaction-evidence-mismatch"})
    void theIndicatorsARuleNamesReadAsAnEnglishListInEnglish(String ruleId) throws Exception {
        io.github.jixiao.lint.Rule rule = io.github.jixiao.lint.RuleRegistry.all().stream()
                .filter(r -> r.descriptor().id().equals(ruleId)).findFirst().orElseThrow();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        int lists = 0;
        for (java.nio.file.Path p : io.github.jixiao.lint.RuleFixtures.files(ruleId, io.github.jixiao.lint.RuleFixtures.FLAGS)) {
            tools.jackson.databind.node.ObjectNode bundle = (tools.jackson.databind.node.ObjectNode) json.readTree(p.toFile());
            if (!bundle.path("indicators").path("indicators").isArray()) {
                continue; // a fixture of the rule's other variant, naming no indicators
            }
            tools.jackson.databind.node.ArrayNode inds = (tools.jackson.databind.node.ArrayNode) bundle.path("indicators").path("indicators");
            for (int i = 0, n = inds.size(); i < n; i++) {
                tools.jackson.databind.node.ObjectNode twin = (tools.jackson.databind.node.ObjectNode) inds.get(i).deepCopy();
                twin.put("name", twin.path("name").asString() + "、二");
                inds.add(twin);
            }
            java.nio.file.Path copy = java.nio.file.Files.createDirectories(tmp.resolve(ruleId)).resolve(p.getFileName());
            java.nio.file.Files.writeString(copy, json.writeValueAsString(bundle));
            io.github.jixiao.lint.RuleFixtures.Fixture fx = io.github.jixiao.lint.RuleFixtures.load(ruleId, io.github.jixiao.lint.RuleFixtures.FLAGS, copy);
            for (Finding f : io.github.jixiao.lint.RuleFixtures.run(rule, fx)) {
                String arg = f.args().stream().filter(a -> a.contains("”、“")).findFirst().orElse(null);
                if (arg == null) {
                    continue;
                }
                lists++;
                String en = new Messages(Locale.ENGLISH).message(f);
                String zh = new Messages(Messages.ZH).message(f);
                String names = arg.substring(1).replace("”、“", "\", \"").replace("”…", "\"…");
                assertTrue(en.contains("\"" + (names.endsWith("”") ? names.substring(0, names.length() - 1) + "\"" : names)), en);
                assertFalse(en.contains("”、“") || en.contains("”, “"), en);
                assertTrue(zh.contains(arg), zh);
            }
        }
        assertTrue(lists > 0, "no finding of " + ruleId + " names two indicators");
    }
}
