package io.github.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.SubmissionLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {
    private final SubmissionLoader loader = new SubmissionLoader();
    private final SchemaValidator validator = new SchemaValidator();

    private List<Finding> validate(String json) {
        SubmissionLoader.Loaded l = loader.parse(json.getBytes(StandardCharsets.UTF_8), "v.json");
        assertTrue(l.findings().isEmpty(), l.findings().toString());
        return validator.validate(l.document());
    }

    private static final String BUDGET = "{\n  \"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\",\n"
            + "  \"schemaVersion\": \"1.0\",\n";

    @Test
    void everySampleFileIsValid() throws Exception {
        Path dir = Path.of(System.getProperty("jixiao.repoRoot"), "sample-submission", "submission");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                SubmissionLoader.Loaded l = loader.load(p, p.getFileName().toString());
                assertTrue(l.findings().isEmpty(), p + ": " + l.findings());
                assertEquals(List.of(), validator.validate(l.document()), p.toString());
                assertTrue(SchemaCatalog.roleOf(l.document().schemaId()) != null, p.toString());
            }
        }
    }

    /**
     * Every spelling of a comparator column the target parser reads is valid (a table that prints 大于等于 or ＞＝ in
     * its 指标性质 column, as some provinces' exports do, must not fail on the schema); anything else is an enum error.
     */
    @Test
    void comparatorColumnTakesEverySpellingTheParserReads() {
        String head = "{\n  \"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\",\n"
                + "  \"schemaVersion\": \"1.0\",\n  \"indicators\": [";
        for (String c : List.of("≥", "≤", "=", ">", "<", "≧", "≦", "＝", "﹦", "＞", "＜", ">=", "<=", "＞＝", "＜＝", "不低于",
                "不少于", "不小于", "不高于", "不超过", "不大于", "不多于", "大于等于", "大于或等于", "小于等于", "小于或等于", "大于", "小于",
                "等于", "高于", "低于", "超过", "至少", "最多", "以上", "及以上", "以下", "及以下", "以内", "之内", "区间", "范围")) {
            assertTrue(io.github.jixiao.target.TargetParser.comparatorWord(c) != null, c + " is read by the parser");
            List<Finding> f = validate(head + "{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"培训人次\", "
                    + "\"comparator\": \"" + c + "\", \"target\": \"60\", \"unit\": \"人次\"}]\n}");
            assertEquals(List.of(), f, c);
        }
        List<Finding> f = validate(head + "{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"培训人次\", "
                + "\"comparator\": \"≥=\", \"target\": \"60\"}]\n}");
        assertEquals(1, f.size(), f.toString());
        assertEquals("enum", f.get(0).key());
    }

    @Test
    void typeErrorPointsAtTheWrongValue() {
        List<Finding> f = validate(BUDGET + "  \"initialBudget\": {\"value\": \"25895.98\", \"unit\": \"万元\"},\n"
                + "  \"fullYearBudget\": {\"value\": 1, \"unit\": \"万元\"}\n}");
        assertEquals(1, f.size(), f.toString());
        assertEquals("schema", f.get(0).ruleId());
        assertEquals("type-number-text", f.get(0).key());
        assertEquals("/initialBudget/value", f.get(0).pointer());
        assertEquals(4, f.get(0).line());
        assertEquals(30, f.get(0).column());
        assertEquals(List.of("/initialBudget/value", "string", "number", "25895.98", "25895.98"), f.get(0).args());
        // text that is no number: the type alone, said in words in both languages (before: "应为 number，实际写的是 string")
        List<Finding> g = validate(BUDGET + "  \"initialBudget\": {\"value\": \"见附件\", \"unit\": \"万元\"},\n"
                + "  \"fullYearBudget\": {\"value\": 1, \"unit\": \"万元\"}\n}");
        assertEquals("type", g.get(0).key());
        assertEquals(List.of("/initialBudget/value", "string", "number"), g.get(0).args(), "the fingerprint's arguments stay JSON's words");
        assertEquals("/initialBudget/value：此处应为数字，实际写的是文字（带英文双引号）。数字不加引号，文字要加英文双引号。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(g.get(0)));
        assertEquals("/initialBudget/value: expected a number here, found text (in double quotes). Numbers take no quotes; text does.",
                new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(g.get(0)));
    }

    @Test
    void aNumberTypedAsTextIsToldHowToWriteIt() {
        // review U (session 24): "1,200.50", full-width digits and "2025年" were "应为 number，实际写的是 string"; taking the
        // quotes off as told gave the next error (a thousands separator is no JSON)
        List<Finding> f = validate(BUDGET + "  \"initialBudget\": {\"value\": \"1,200.50\", \"unit\": \"万元\"},\n"
                + "  \"fullYearBudget\": {\"value\": \"１２００.５\", \"unit\": \"万元\"}\n}");
        assertEquals(List.of("1200.50", "1200.5"), f.stream().map(x -> x.args().get(4)).toList(), f.toString());
        assertEquals("/initialBudget/value：此处应为数字，实际写的是文字“1,200.50”。请写作 1200.50：不加引号，不用千位分隔符、全角数字或“年”“个”等文字。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f.get(0)));
        assertEquals("2025", io.github.jixiao.load.NumberText.of("2025年", "integer"));
        assertEquals("85", io.github.jixiao.load.NumberText.of("85%", "number"));
        assertEquals("-3.5", io.github.jixiao.load.NumberText.of("-3.5", "number"));
        assertEquals(null, io.github.jixiao.load.NumberText.of("2025.5", "integer"), "no whole number");
        assertEquals(null, io.github.jixiao.load.NumberText.of("1,20", "number"), "no thousands separator");
        assertEquals(null, io.github.jixiao.load.NumberText.of("约100", "number"));
        assertEquals(null, io.github.jixiao.load.NumberText.of("4.21万元", "number"), "a money unit: the bare number would be off by it");
        assertEquals(null, io.github.jixiao.load.NumberText.of("1,200元", "number"));
        assertEquals(null, io.github.jixiao.load.NumberText.of("100", "string"));
    }

    @Test
    void missingRequiredAndUnknownFieldsAreNamed() {
        List<Finding> f = validate(BUDGET + "  \"funds\": {\"total\": {\"label\": \"年度资金总额\"}},\n  \"initalBudget\": 3\n}");
        assertTrue(f.stream().anyMatch(x -> x.key().equals("required-titled") && x.args().equals(List.of("/funds", "unit", "表中金额的单位"))), f.toString());
        // a misspelling of a field of the format: which one was meant is said
        assertTrue(f.stream().anyMatch(x -> x.key().equals("additionalProperties-near")
                && x.args().equals(List.of("/", "initalBudget", "initialBudget"))), f.toString());
        List<Finding> g = validate(BUDGET + "  \"备注\": 3\n}");
        assertTrue(g.stream().anyMatch(x -> x.key().equals("additionalProperties") && x.args().equals(List.of("/", "备注"))), g.toString());
    }

    @Test
    void unitMustBeYuanOrWan() {
        List<Finding> f = validate(BUDGET + "  \"initialBudget\": {\"value\": 1, \"unit\": \"美元\"},\n"
                + "  \"fullYearBudget\": {\"value\": 1, \"unit\": \"万元\"}\n}");
        assertEquals("enum", f.get(0).key());
        assertEquals("/initialBudget/unit", f.get(0).pointer());
    }

    @Test
    void noSchemaUnknownSchemaAndRemoteSchemaAreFindingsWithoutFetching() {
        assertEquals("missing", validate("{\"a\": 1}").get(0).key());
        assertEquals("unknown", validate("{\"$schema\": \"https://jixiao.github.io/schemas/v9/x.schema.json\"}").get(0).key());
        Finding remote = validate("{\"$schema\": \"http://127.0.0.1:9/evil.json\"}").get(0);
        assertEquals("schema-unknown", remote.ruleId());
        assertEquals("remote", remote.key());
        assertEquals(1, remote.line());
    }

    @Test
    void schemasAreCompiledOnce() {
        assertTrue(SchemaCatalog.get().schema("budget") == SchemaCatalog.get().schema("budget"));
    }
}
