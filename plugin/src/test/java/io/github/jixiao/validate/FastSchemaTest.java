package io.github.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.regex.RegularExpressions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.score.FrameworkLoader;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link FastSchema} keeps its promise of speed (every schema compiles, every real valid file is proven valid
 * without networknt) and falls back to networknt on anything it does not handle; a few edges checked by hand
 * (the property test {@link FastSchemaPropertyTest} checks soundness at random).
 */
class FastSchemaTest {
    private static final JsonMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final SubmissionLoader loader = new SubmissionLoader();

    private JsonDocument parse(String json) {
        SubmissionLoader.Loaded l = loader.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");
        assertNotNull(l.document(), l.findings().toString());
        return l.document();
    }

    // ---- completeness: the speed gain cannot silently vanish ----

    @Test
    void everyRoleSchemaAndTheFrameworkSchemaCompile() {
        for (String role : SchemaCatalog.ROLES) {
            FastSchema f = FastSchema.forRole(role);
            assertTrue(f.supported(), role + ": " + f.unsupportedReason());
        }
        FastSchema f = FastSchema.forId(FrameworkLoader.SCHEMA_ID);
        assertTrue(f.supported(), f.unsupportedReason());
        assertTrue(FastSchema.forRole("budget") == FastSchema.forRole("budget"));
    }

    @Test
    void everySampleFileIsSurelyValid() throws IOException {
        try (Stream<Path> files = Files.list(Samples.project().resolve("submission"))) {
            for (Path p : files.sorted().toList()) {
                JsonDocument d = loader.load(p, p.getFileName().toString()).document();
                String role = SchemaCatalog.roleOf(d.schemaId());
                assertTrue(FastSchema.forRole(role).surelyValid(d.root()), p.toString());
            }
        }
    }

    @Test
    void everyPackagedFrameworkIsSurelyValid() throws IOException {
        for (String id : FrameworkLoader.BUILT_IN) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(FrameworkLoader.RESOURCE_DIR + id + ".json")) {
                JsonDocument d = loader.parse(in.readAllBytes(), id).document();
                assertTrue(FastSchema.forId(FrameworkLoader.SCHEMA_ID).surelyValid(d.root()), id);
                // a run binds a built-in framework without the schema (FrameworkLoader): networknt must find nothing either
                assertEquals(List.of(), SchemaCatalog.get().schemaResource(FrameworkLoader.SCHEMA_ID).validate(d.root()), id);
            }
        }
    }

    /** As the benchmark's departments: 30 tasks × 20 indicators, with every optional field of an indicator. */
    @Test
    void aBenchmarkSizedDepartmentIsSurelyValid() throws IOException {
        for (JsonNode doc : List.of(benchmarkIndicators(), benchmarkTasks())) {
            JsonDocument d = loader.parse(PLAIN.writeValueAsBytes(doc), "bench.json").document();
            String role = SchemaCatalog.roleOf(d.schemaId());
            assertEquals(List.of(), SchemaCatalog.get().schema(role).validate(d.root()), role);
            assertTrue(FastSchema.forRole(role).surelyValid(d.root()), role);
        }
    }

    static JsonNode benchmarkIndicators() throws IOException {
        JsonNode sample = PLAIN.readTree(Files.readAllBytes(Samples.project().resolve("submission/indicators.json")));
        ObjectNode doc = (ObjectNode) sample.deepCopy();
        ArrayNode list = doc.putArray("indicators");
        JsonNode rows = sample.get("indicators");
        String[] achievements = {"达成", "部分达成", "未达成"};
        for (int i = 0; i < 600; i++) {
            ObjectNode ind = (ObjectNode) rows.get(i % rows.size()).deepCopy();
            if (ind.has("name")) {
                ind.put("name", ind.get("name").asString() + "（任务 " + (i / 20 + 1) + "）");
            }
            ind.put("task", "任务 " + (i / 20 + 1));
            ind.put("adjustedTarget", ind.has("target") ? ind.get("target").asString() : "≥ 1 个");
            ind.put("targetRevisedOn", "2024-0" + (1 + i % 9) + "-1" + (i % 10));
            ind.put("points", new BigDecimal("1.5"));
            ind.put("score", new BigDecimal(i % 3 == 0 ? "1.25" : "1.5"));
            ind.put("achievement", achievements[i % 3]);
            ind.put("explanation", "按计划完成。");
            list.add(ind);
        }
        return doc;
    }

    static JsonNode benchmarkTasks() throws IOException {
        JsonNode sample = PLAIN.readTree(Files.readAllBytes(Samples.project().resolve("submission/tasks.json")));
        ObjectNode doc = (ObjectNode) sample.deepCopy();
        ArrayNode list = doc.putArray("tasks");
        JsonNode rows = sample.get("tasks");
        for (int i = 0; i < 30; i++) {
            ObjectNode t = (ObjectNode) rows.get(i % rows.size()).deepCopy();
            t.put("name", "任务 " + (i + 1));
            t.put("indicatorsRevisedOn", "2024-03-" + (10 + i % 18));
            list.add(t);
        }
        return doc;
    }

    // ---- anything unsupported goes to networknt ----

    @Test
    void anUnsupportedKeywordMakesTheSchemaUnsupported() throws IOException {
        for (String keyword : List.of("uniqueItems", "format", "unevaluatedProperties", "prefixItems", "contains",
                "multipleOf", "propertyNames", "patternProperties", "$dynamicRef", "$anchor", "nullable")) {
            JsonNode schema = PLAIN.readTree(SchemaCatalog.open("budget"));
            JsonNode value = switch (keyword) {
                case "uniqueItems" -> F.booleanNode(true);
                case "format" -> F.stringNode("date");
                case "multipleOf" -> F.numberNode(1);
                case "prefixItems" -> F.arrayNode().add(F.objectNode());
                case "$dynamicRef", "$anchor" -> F.stringNode("x");
                case "nullable" -> F.booleanNode(true);
                default -> F.objectNode();
            };
            ((ObjectNode) schema.get("properties").get("quarterlyExecution")).set(keyword, value);
            FastSchema f = FastSchema.compile(schema, SchemaCatalog.idOf("budget"));
            assertFalse(f.supported(), keyword);
            assertTrue(f.unsupportedReason().contains(keyword), f.unsupportedReason());
            assertEquals(FastSchema.Verdict.UNKNOWN, f.verdict(F.objectNode()));
        }
    }

    @Test
    void refsLeavingOurSchemasAreUnsupported() {
        String id = SchemaCatalog.ID_PREFIX + "v1/test.schema.json";
        for (String ref : List.of("https://example.com/x.schema.json", "#anchor", "common.schema.json#name",
                "../v1/common.schema.json#/$defs/name", "common.schema.json#/$defs/nothing", "missing.schema.json",
                "common.schema.json#/$defs/na%6De")) {
            ObjectNode schema = F.objectNode();
            schema.putObject("properties").putObject("a").put("$ref", ref);
            assertFalse(FastSchema.compile(schema, id).supported(), ref);
        }
        ObjectNode schema = F.objectNode();
        schema.putObject("properties").putObject("a").put("$ref", "common.schema.json#/$defs/name");
        FastSchema ok = FastSchema.compile(schema, id);
        assertTrue(ok.supported(), ok.unsupportedReason());
        assertEquals(FastSchema.Verdict.INVALID, ok.verdict(parse("{\"a\": \"\"}").root()));
        assertEquals(FastSchema.Verdict.VALID, ok.verdict(parse("{\"a\": \"x\"}").root()));
        ObjectNode nestedId = F.objectNode();
        nestedId.putObject("properties").putObject("a").put("$id", "https://jixiao.github.io/schemas/v1/a.json");
        assertFalse(FastSchema.compile(nestedId, id).supported());
    }

    @Test
    void anUnsupportedSchemaFallsBackToNetworkntWithTheSameFindings() throws IOException {
        JsonNode schema = PLAIN.readTree(SchemaCatalog.open("budget"));
        ((ObjectNode) schema.get("properties").get("quarterlyExecution")).put("uniqueItems", true);
        FastSchema unsupported = FastSchema.compile(schema, SchemaCatalog.idOf("budget"));
        assertFalse(unsupported.supported());
        SchemaValidator fallback = new SchemaValidator(role -> unsupported);
        SchemaValidator usual = new SchemaValidator();

        JsonDocument valid = loader.load(Samples.project().resolve("submission/budget.json"), "budget.json").document();
        assertEquals(FastSchema.Verdict.UNKNOWN, unsupported.verdict(valid.root()));
        assertEquals(List.of(), fallback.validate(valid));

        JsonDocument invalid = parse("{\n  \"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\",\n"
                + "  \"schemaVersion\": \"1.0\",\n  \"initialBudget\": {\"value\": \"25895.98\", \"unit\": \"万元\"},\n"
                + "  \"fullYearBudget\": {\"value\": 1, \"unit\": \"美元\"},\n  \"initalBudget\": 3\n}");
        List<Finding> findings = fallback.validate(invalid);
        assertEquals(3, findings.size(), findings.toString());
        assertEquals(findings, usual.validate(invalid));
    }

    // ---- edges, each checked against networknt too ----

    private FastSchema.Verdict verdict(String role, String json) {
        JsonDocument d = parse(json);
        FastSchema.Verdict v = FastSchema.forRole(role).verdict(d.root());
        List<Error> errors = SchemaCatalog.get().schema(role).validate(d.root());
        if (v == FastSchema.Verdict.VALID) {
            assertEquals(List.of(), errors, json);
        } else if (v == FastSchema.Verdict.INVALID) {
            assertFalse(errors.isEmpty(), json);
        }
        return v;
    }

    private static final String DEPARTMENT = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/department.schema.json\","
            + " \"schemaVersion\": \"1.0\", \"kind\": \"department\", \"stage\": \"自评\", ";

    private FastSchema.Verdict department(String rest) {
        return verdict("department", DEPARTMENT + rest + "}");
    }

    @Test
    void integersWrittenAsDecimalsAreLeftToNetworknt() {
        assertEquals(FastSchema.Verdict.VALID, department("\"name\": \"局\", \"year\": 2024"));
        assertEquals(FastSchema.Verdict.VALID, department("\"name\": \"局\", \"year\": 2100"));
        assertEquals(FastSchema.Verdict.INVALID, department("\"name\": \"局\", \"year\": 2101"));
        assertEquals(FastSchema.Verdict.INVALID, department("\"name\": \"局\", \"year\": 1999"));
        assertEquals(FastSchema.Verdict.UNKNOWN, department("\"name\": \"局\", \"year\": 2024.0"));
        assertEquals(FastSchema.Verdict.UNKNOWN, department("\"name\": \"局\", \"year\": 2.024E+3"));
        assertEquals(FastSchema.Verdict.INVALID, department("\"name\": \"局\", \"year\": 2024.5"));
        assertEquals(FastSchema.Verdict.INVALID, department("\"name\": \"局\", \"year\": \"2024\""));
    }

    @Test
    void lengthsCountCodePoints() {
        String astral = "\uD840\uDC00"; // U+20000, two UTF-16 units
        assertEquals(FastSchema.Verdict.VALID, department("\"name\": \"" + astral.repeat(500) + "\", \"year\": 2024"));
        assertEquals(FastSchema.Verdict.INVALID, department("\"name\": \"" + astral.repeat(501) + "\", \"year\": 2024"));
        assertEquals(FastSchema.Verdict.VALID, department("\"name\": \"" + astral + "\", \"year\": 2024"));
        assertEquals(FastSchema.Verdict.INVALID, department("\"name\": \"\", \"year\": 2024"));
    }

    @Test
    void boundsCompareExactly() {
        String budget = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\", \"schemaVersion\": \"1.0\","
                + " \"initialBudget\": {\"value\": 1, \"unit\": \"元\"}, \"fullYearBudget\": {\"value\": 1, \"unit\": \"元\"},"
                + " \"stated\": {\"executionRatePercent\": %s}}";
        for (String ok : List.of("100000", "100000.0", "1E+5", "0", "-0", "-0.0", "0E-10", "99999.9999999")) {
            assertEquals(FastSchema.Verdict.VALID, verdict("budget", budget.formatted(ok)), ok);
        }
        for (String bad : List.of("100000.0000001", "100001", "1.00001E+5", "-1E-20", "-1")) {
            assertEquals(FastSchema.Verdict.INVALID, verdict("budget", budget.formatted(bad)), bad);
        }
    }

    @Test
    void patternsMatchAsNetworkntReadsThem() {
        String adjustments = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/adjustments.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"adjustments\": [{\"date\": \"%s\", \"kind\": \"调整\","
                + " \"amount\": {\"value\": -1, \"unit\": \"万元\"}}]}";
        assertEquals(FastSchema.Verdict.VALID, verdict("adjustments", adjustments.formatted("2024-01-01")));
        for (String bad : List.of("2024-01-01\\n", "x2024-01-01", "2024-1-01", "２０２４-01-01", "2024-01-01 ")) {
            assertEquals(FastSchema.Verdict.INVALID, verdict("adjustments", adjustments.formatted(bad)), bad);
        }
        for (String p : List.of("^a$", "a\\$", "[$]", "\\Q$\\E$", "(x|$)", "\\\\$", "[a\\]$]$", "$^", "\\Qa$")) {
            assertEquals(RegularExpressions.replaceDollarAnchors(p), FastSchema.dollarAnchors(p), p);
        }
    }

    @Test
    void ifThenElseDecidesAsNetworkntDoes() {
        // an object without a name must be marked notApplicable (the shape indicators.json had before template rows)
        FastSchema f = FastSchema.compile(parse("{\"type\": \"object\", \"if\": {\"properties\": {\"notApplicable\":"
                + " {\"const\": true}}, \"required\": [\"notApplicable\"]}, \"then\": {}, \"else\": {\"required\": [\"name\"]}}").root(),
                SchemaCatalog.ID_PREFIX + "v1/test-if.schema.json");
        assertEquals(FastSchema.Verdict.VALID, f.verdict(parse("{\"notApplicable\": true}").root()));
        assertEquals(FastSchema.Verdict.INVALID, f.verdict(parse("{\"notApplicable\": false}").root()));
        assertEquals(FastSchema.Verdict.INVALID, f.verdict(parse("{}").root()));
        assertEquals(FastSchema.Verdict.INVALID, f.verdict(parse("{\"notApplicable\": \"true\"}").root()));
        assertEquals(FastSchema.Verdict.VALID, f.verdict(parse("{\"name\": \"x\", \"notApplicable\": false}").root()));
    }

    @Test
    void constAndEnumCompareAsNetworkntDoes() {
        String v = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/management.schema.json\", \"schemaVersion\": %s}";
        assertEquals(FastSchema.Verdict.VALID, verdict("management", v.formatted("\"1.0\"")));
        assertEquals(FastSchema.Verdict.INVALID, verdict("management", v.formatted("\"1.00\"")));
        assertEquals(FastSchema.Verdict.INVALID, verdict("management", v.formatted("1.0")));
        assertEquals(FastSchema.Verdict.INVALID, verdict("management", v.formatted("[\"1.0\"]")));
        assertEquals(FastSchema.Verdict.INVALID, verdict("management", v.formatted("null")));
        ObjectNode numeric = F.objectNode();
        numeric.putArray("enum").add(1).add(new BigDecimal("2.50"));
        FastSchema f = FastSchema.compile(numeric, SchemaCatalog.ID_PREFIX + "v1/test.schema.json");
        assertEquals(FastSchema.Verdict.VALID, f.verdict(parse("[1]").root().get(0)));
        assertEquals(FastSchema.Verdict.VALID, f.verdict(parse("[2.5]").root().get(0)));
        assertEquals(FastSchema.Verdict.UNKNOWN, f.verdict(parse("[1.0]").root().get(0)));
        assertEquals(FastSchema.Verdict.INVALID, f.verdict(parse("[\"1\"]").root().get(0)));
    }

    /**
     * An indicator row's optional 指标方向 ({@code direction}: 正向 / 反向 / 正向指标 / 反向指标, as 内蒙古 and 四川 print it) is
     * proven valid without networknt, and a word outside the list is invalid for both.
     */
    @Test
    void theDirectionOfAnIndicatorRow() {
        String v = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", \"schemaVersion\": \"1.0\", "
                + "\"indicators\": [{\"name\": \"出差总成本\", \"target\": \"1\", \"unit\": \"万元\", \"direction\": %s}]}";
        for (String d : List.of("正向", "反向", "正向指标", "反向指标")) {
            assertEquals(FastSchema.Verdict.VALID, verdict("indicators", v.formatted("\"" + d + "\"")), d);
        }
        assertEquals(FastSchema.Verdict.INVALID, verdict("indicators", v.formatted("\"越大越好\"")));
        assertEquals(FastSchema.Verdict.INVALID, verdict("indicators", v.formatted("\"≥\"")));
    }

    /** networknt reads a schema's 1e309 as Infinity, which no instance equals: never VALID for it. */
    @Test
    void aNumericConstOrEnumBeyondADoubleIsLeftToNetworknt() {
        com.networknt.schema.SchemaRegistry registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12);
        for (String schema : List.of("{\"const\": 1e309}", "{\"const\": -1E+400}", "{\"enum\": [\"a\", 1e309]}",
                "{\"const\": 0.30000000000000000001}")) {
            FastSchema f = FastSchema.compile(PLAIN.readTree(schema), SchemaCatalog.ID_PREFIX + "v1/test.schema.json");
            assertTrue(f.supported(), f.unsupportedReason());
            JsonNode c = PLAIN.readTree(schema).path(schema.contains("const") ? "const" : "enum");
            JsonNode same = parse("[" + (c.isArray() ? c.get(1) : c) + "]").root().get(0);
            List<Error> errors = registry.getSchema(schema).validate(same);
            FastSchema.Verdict v = f.verdict(same);
            assertFalse(v == FastSchema.Verdict.VALID && !errors.isEmpty(), schema + ": VALID but networknt says " + errors);
            assertEquals(FastSchema.Verdict.UNKNOWN, v, schema);
        }
        FastSchema exact = FastSchema.compile(PLAIN.readTree("{\"const\": 1e308}"), SchemaCatalog.ID_PREFIX + "v1/test.schema.json");
        assertEquals(FastSchema.Verdict.VALID, exact.verdict(parse("[1e308]").root().get(0)));
    }
}
