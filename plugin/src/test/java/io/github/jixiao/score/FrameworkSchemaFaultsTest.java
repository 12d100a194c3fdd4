package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.CpuBound;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A framework file's schema errors, each in the words of its keyword (zh and en from the rule's metadata, arguments in
 * no language), and what each costs: a fault inside one 三级指标 only that criterion (scored 0, listed unscored, the
 * others scored); a fault of the framework's shape the whole framework. The fixtures are framework files under
 * {@code framework-faults/}: {@code passes.json} and one file per fault, each a copy of it with that fault.
 */
class FrameworkSchemaFaultsTest {

    static final Path DIR = Path.of("src/test/resources/framework-faults");

    /** 重点工作完成 40 (2 of 40 off: 20), 完成数量 30 (4 done: 30), 自评指标 30 (assessed: 30). */
    static final Submission SUBMISSION = submission("management", "{'keyTasks': {'missed': 1, 'done': 4}}", "self-assessment",
            "{'criteria': [{'criterion': 'own', 'score': 30}]}");

    static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** Two English words in a row: what a message of the schema library reads like. */
    static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{3,}");

    @TempDir
    Path project;

    FrameworkLoader.Loaded load(String fixture) throws IOException {
        Files.createDirectories(project.resolve("frameworks"));
        Files.copy(DIR.resolve(fixture + ".json"), project.resolve("frameworks/" + fixture + ".json"));
        return FrameworkLoader.load("frameworks/" + fixture + ".json", project, Src.NONE);
    }

    static ScoreSheet score(FrameworkLoader.Loaded l, Locale locale) {
        return new Scorer().score(SUBMISSION, l.framework(), new ArrayList<>(), locale);
    }

    @Test
    void theFixturesFrameworkScoresEveryCriterion() throws IOException {
        FrameworkLoader.Loaded l = load("passes");
        assertEquals(List.of(), l.findings());
        ScoreSheet sheet = score(l, null);
        assertEquals("80.00", sheet.total().toPlainString());
        assertEquals("合格", sheet.grade());
    }

    /**
     * A fault inside one criterion: a finding keyed by its keyword at the fault's line and column, one finding that the
     * criterion is not scored, the criterion scored 0 and listed unscored with the place of the fault, the others
     * scored. {@code args} are the finding's arguments after the file and the pointer, ' & ' between them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // fixture          | key                  | pointer (after /criteria/0/children/0/children/) | line | col | args                              | criterion | total
        "required            | required             | 0                                  | 22 | 13 | name                               | key-tasks | 60.00",
        "required-weight     | required             | 0                                  | 22 | 13 | weight                             | key-tasks | 60.00",
        "additionalProperties| additionalProperties | 0/method                           | 33 | 26 | floor                              | key-tasks | 60.00",
        // an assumption belongs to a firstOf alternative only: anywhere else it would be silently ignored (session 26 review)
        "assumption          | additionalProperties | 0/method/count                     | 30 | 79 | assumption                         | key-tasks | 60.00",
        "type                | type                 | 0/method/count                     | 30 | 26 | string & object                      | key-tasks | 60.00",
        "enum                | enum                 | 0/method/type                      | 29 | 25 | deduct-per-row & assessed、ratio、band、linear-deduction、deduct-per-item、lookup、quarterly-progress、sub-items、indicator-points、conditions | key-tasks | 60.00",
        "pattern-ref         | pattern-ref          | 0/method/count/ref                 | 30 | 34 | ledger#/keyTasks/missed & department、budget、adjustments、tasks、indicators、management、self-assessment | key-tasks | 60.00",
        "pattern-id          | pattern-id           | 0/id                               | 23 | 21 | Key_Tasks                          | /criteria/0/children/0/children/0 | 60.00",
        "oneOf               | oneOf                | 0/method/count                     | 30 | 26 | ref、const、sum、difference、ratio、percent、abs、funds、firstOf & 2 | key-tasks | 60.00",
        "maxItems            | maxItems             | 0/method/count/difference          | 30 | 41 | 2 & 3                                | key-tasks | 60.00",
        "dependentRequired   | dependentRequired    | 1/method/bands/0                   | 45 | 19 | minInclusive & min                   | tasks-done | 50.00",
        "minItems            | minItems             | 1/method/bands                     | 44 | 26 | 1 & 0                                | tasks-done | 50.00",
        "minLength           | minLength            | 2/standard                         | 54 | 27 | 1                                  | own       | 50.00",
        "maxLength           | maxLength            | 2/name                             | 52 | 23 | 200                                | own       | 50.00",
        "not                 | not                  | 2/method/items/0/method/type       | 59 | 78 | sub-items                          | own       | 50.00",
    })
    void aFaultInsideOneCriterionCostsThatCriterionOnly(String fixture, String key, String at, int line, int column, String args,
                                                         String criterion, String total) throws IOException {
        FrameworkLoader.Loaded l = load(fixture);
        assertNotNull(l.framework(), () -> "the framework is still used: " + l.findings());
        String file = "frameworks/" + fixture + ".json";
        String pointer = "/criteria/0/children/0/children/" + at;
        Finding f = l.findings().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(l.findings()));
        assertEquals("framework-invalid", f.ruleId());
        assertEquals(file, f.file());
        assertEquals(pointer, f.pointer());
        assertEquals(line, f.line(), "line");
        assertEquals(column, f.column(), "column");
        List<String> expected = new ArrayList<>(List.of(file, pointer));
        expected.addAll(List.of(args.split(" & ")));
        assertEquals(expected, f.args());
        speaksBothLanguages(f);

        String leaf = pointer.substring(0, "/criteria/0/children/0/children/0".length());
        List<Finding> costs = l.findings().stream().filter(x -> x.key().equals("criterion")).toList();
        assertEquals(1, costs.size(), l.findings().toString());
        assertEquals(leaf, costs.get(0).pointer());
        assertTrue(costs.get(0).line() > 0);
        speaksBothLanguages(costs.get(0));
        assertEquals(2, l.findings().size() - (fixture.equals("not") ? 1 : 0), l.findings().toString());

        ScoreSheet sheet = score(l, null);
        assertEquals(1, sheet.unscored().size(), sheet.unscored().toString());
        ScoreSheet.Unscored u = sheet.unscored().get(0);
        assertEquals(criterion, u.criterion());
        assertEquals("评分框架 " + file + " 第 " + line + " 行第 " + column + " 列（" + pointer + "）不符合 framework.schema.json", u.reason());
        assertEquals("0.00", sheet.criterion(criterion).orElseThrow().score().toPlainString());
        assertEquals(total, sheet.total().toPlainString(), "the other criteria are scored");
        assertTrue(sheet.provisional());
        ScoreSheet en = score(l, Locale.ENGLISH);
        assertEquals("the framework " + file + " does not conform to framework.schema.json at line " + line + ", column " + column
                + " (" + pointer + ")", en.unscored().get(0).reason());
    }

    @Test
    void anUnknownMethodIsShownAsAnInvalidOne() throws IOException {
        FrameworkLoader.Loaded l = load("enum");
        ScoreSheet sheet = score(l, null);
        assertEquals(Method.Invalid.UNKNOWN, sheet.criterion("key-tasks").orElseThrow().method());
        assertEquals("计分方法无效", new Messages(Messages.ZH).label("method." + Method.Invalid.UNKNOWN));
        assertEquals("Invalid scoring method", new Messages(Locale.ENGLISH).label("method." + Method.Invalid.UNKNOWN));
        // a known method with a fault elsewhere keeps its name
        assertEquals("deduct-per-item", score(load("pattern-ref"), null).criterion("key-tasks").orElseThrow().method());
    }

    /** The score summary names each criterion's method; a label missing from a bundle would print its key. */
    @Test
    void everyMethodIsNamedInBothLanguages() {
        List<String> types = new ArrayList<>(FrameworkLoader.METHOD_TYPES.stream().sorted().toList());
        types.add(Method.Invalid.UNKNOWN);
        for (Locale locale : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(locale);
            for (String t : types) {
                assertNotEquals("method." + t, m.label("method." + t), locale + " " + t);
            }
        }
    }

    @Test
    void aCriterionWithoutAWeightWeighsNothingAndTheTotalSaysSo() throws IOException {
        FrameworkLoader.Loaded l = load("required-weight");
        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = new Scorer().score(SUBMISSION, l.framework(), findings, null);
        assertEquals("0", sheet.criterion("key-tasks").orElseThrow().weight().toPlainString());
        assertEquals("", sheet.grade(), "no grade on a base that lacks a weight");
        assertEquals(List.of("invalid-weight"), findings.stream().map(Finding::key).toList());
        assertEquals(List.of("required", "criterion"), l.findings().stream().map(Finding::key).toList(),
                "no finding that the group's parts do not add up: one of them is unknown");
    }

    /** A fault of the framework's shape, or outside the criteria: every fault a finding in its words, no framework. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "const             | const    | /$schema                           | 2  | 14 | https://jixiao.github.io/schemas/v2/framework.schema.json & https://jixiao.github.io/schemas/v1/framework.schema.json",
        "enum-kind         | enum     | /kind                              | 6  | 11 | dept & department、project",
        "required-group    | required | /criteria/0/children/0             | 18 | 9  | name",
        "type-criterion    | type     | /criteria/0/children/0/children/2  | 50 | 13 | string & object",
        "minItems-criteria | minItems | /criteria                          | 13 | 15 | 1 & 0",
    })
    void aFaultOfTheShapeRefusesTheFramework(String fixture, String key, String pointer, int line, int column, String args)
            throws IOException {
        FrameworkLoader.Loaded l = load(fixture);
        assertNull(l.framework());
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals(key, f.key());
        assertEquals(pointer, f.pointer());
        assertEquals(line, f.line(), "line");
        assertEquals(column, f.column(), "column");
        String file = "frameworks/" + fixture + ".json";
        List<String> expected = new ArrayList<>(List.of(file, pointer));
        expected.addAll(List.of(args.split(" & ")));
        assertEquals(expected, f.args());
        speaksBothLanguages(f);
    }

    /** Refused for a broken 二级 group: the numbers of its criteria are then faults in words of their own, not "number". */
    @Test
    void invalidNumbersOfARefusedFrameworkAreTheirKeywords() throws IOException {
        FrameworkLoader.Loaded l = load("refused-numbers");
        assertNull(l.framework());
        assertEquals(List.of("minimum", "maximum", "exclusiveMinimum", "required"), l.findings().stream().map(Finding::key).toList());
        String p = "/criteria/0/children/0/children/";
        assertEquals(List.of(p + "0/method/perItem", p + "2/weight", p + "2/method/schedule/0", "/criteria/0/children/0"),
                l.findings().stream().map(Finding::pointer).toList());
        assertEquals(List.of("-20", "0"), l.findings().get(0).args().subList(2, 4));
        assertEquals(List.of("300", "100"), l.findings().get(1).args().subList(2, 4));
        assertEquals(List.of("0", "0"), l.findings().get(2).args().subList(2, 4));
        assertEquals(List.of(31, 52, 55), l.findings().subList(0, 3).stream().map(Finding::line).toList());
        l.findings().forEach(FrameworkSchemaFaultsTest::speaksBothLanguages);
    }

    /** A keyword this class does not foresee: the default message names it and where the schema states it, in each language. */
    @Test
    void anUnforeseenKeywordIsStillWholeInEachLanguage() {
        String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\","
                + " \"properties\": {\"ids\": {\"type\": \"array\", \"uniqueItems\": true}}}";
        JsonDocument doc = new SubmissionLoader().parse("{\n  \"ids\": [\"a\", \"a\"]\n}".getBytes(StandardCharsets.UTF_8), "f.json").document();
        List<com.networknt.schema.Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema).validate(doc.root());
        List<FrameworkSchemaFaults.Fault> faults = FrameworkSchemaFaults.of(doc, errors);
        assertEquals(1, faults.size());
        FrameworkSchemaFaults.Fault ft = faults.get(0);
        assertEquals("", ft.key());
        assertEquals(List.of("uniqueItems", "#/properties/ids/uniqueItems"), ft.args());
        assertEquals(2, ft.at().line());
        List<String> args = new ArrayList<>(List.of("f.json", ft.pointer()));
        args.addAll(ft.args());
        Finding f = new Finding("framework-invalid", io.github.jixiao.finding.Severity.ERROR, ft.key(), args, "f.json", ft.pointer(),
                ft.at().line(), ft.at().column(), null);
        assertEquals("评分框架 f.json 在 /ids 不符合 framework.schema.json 的“uniqueItems”规则（见该文件的 #/properties/ids/uniqueItems）。",
                new Messages(Messages.ZH).message(f));
        assertEquals("Framework f.json at /ids breaks the \"uniqueItems\" rule of framework.schema.json (see #/properties/ids/uniqueItems there).",
                new Messages(Locale.ENGLISH).message(f));
    }

    /**
     * The sample scored against a copy of the 深圳 framework whose 预算编制规范性 names an unknown method: that criterion
     * is not scored, every other one is, and every finding has the same fingerprint in a Chinese and an English run.
     */
    @Test
    void theSampleWithOneBrokenCriterionScoresTheRestInBothLanguages(@TempDir Path tmp) throws IOException {
        Path sub = Samples.copyTo(tmp);
        Files.createDirectories(tmp.resolve("frameworks"));
        String was = "\"weight\": 5,\n              \"description\": \"部门（单位）预算编制是否符合";
        String text = HostileFrameworkTest.custom();
        int at = text.indexOf(was);
        assertTrue(at > 0);
        int type = text.indexOf("\"type\": \"assessed\"", at);
        text = text.substring(0, type) + "\"type\": \"self-assessed\"" + text.substring(type + "\"type\": \"assessed\"".length());
        Files.writeString(tmp.resolve("frameworks/f.json"), text, StandardCharsets.UTF_8);

        EngineResult builtIn = new Engine().run(new EngineOptions(tmp, sub, null, null, null, null, Messages.ZH));
        EngineResult zh = new Engine().run(new EngineOptions(tmp, sub, null, null, "frameworks/f.json", null, Messages.ZH));
        EngineResult en = new Engine().run(new EngineOptions(tmp, sub, null, null, "frameworks/f.json", null, Locale.ENGLISH));
        assertNotNull(zh.sheet(), zh.findings().toString());
        assertEquals(List.of("budget-preparation-compliance"), zh.sheet().unscored().stream().map(ScoreSheet.Unscored::criterion).toList());
        CriterionScore lost = builtIn.sheet().criterion("budget-preparation-compliance").orElseThrow();
        assertEquals(builtIn.sheet().total().subtract(lost.score()), zh.sheet().total(), "every other criterion scores as with the built-in");
        assertEquals(zh.sheet().total(), en.sheet().total());

        List<Finding> faults = zh.findings().stream().filter(f -> f.ruleId().equals("framework-invalid")).toList();
        assertEquals(List.of("criterion", "enum"), faults.stream().map(Finding::key).sorted().toList(), faults.toString());
        assertEquals(zh.findings().stream().map(Fingerprints::of).toList(), en.findings().stream().map(Fingerprints::of).toList());
        Messages english = new Messages(Locale.ENGLISH).forSheet(en.sheet());
        for (Finding f : en.findings().stream().filter(f -> f.ruleId().equals("framework-invalid")).toList()) {
            String message = english.message(f);
            assertFalse(CJK.matcher(message.replace("预算编制规范性", "")).find(), message);
        }
    }

    /**
     * A file of thousands of criteria whose methods name no type (twenty errors each from the schema's if/then): two
     * findings each, in seconds; the errors are sorted out by place, not each against every other.
     */
    @Test
    void thousandsOfBrokenCriteriaAreSortedOutInSeconds() {
        int n = 5_000;
        StringBuilder leaves = new StringBuilder();
        for (int i = 0; i < n; i++) {
            leaves.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"name\":\"n\",\"weight\":")
                    .append(i == n - 1 ? "100" : "0").append(",\"standard\":\"s\",\"restsOnIndicators\":false,\"method\":{}}");
        }
        String text = "{\"$schema\":\"" + FrameworkLoader.SCHEMA_ID + "\",\"id\":\"big\",\"version\":\"1\",\"name\":\"big\","
                + "\"kind\":\"department\",\"source\":\"s\",\"grades\":[{\"grade\":\"优\",\"min\":0,\"max\":100,"
                + "\"minInclusive\":true,\"maxInclusive\":true}],\"taxonomy\":[],\"criteria\":[{\"name\":\"a\",\"weight\":100,"
                + "\"children\":[{\"name\":\"b\",\"weight\":100,\"children\":[" + leaves + "]}]}]}";
        FrameworkLoader.Loaded l = CpuBound.within(java.time.Duration.ofSeconds(60),
                () -> FrameworkLoader.parse(text.getBytes(StandardCharsets.UTF_8), "big.json"));
        assertNotNull(l.framework());
        assertEquals(2 * n, l.findings().size());
        assertEquals(n, l.findings().stream().filter(f -> f.key().equals("required") && f.args().get(2).equals("type")).count());
        assertEquals(n, l.framework().leaves().stream().filter(x -> x.method() instanceof Method.Invalid).count());
    }

    /** Both texts whole: every argument filled in, the Chinese one quoting no English sentence, the English one no Chinese. */
    static void speaksBothLanguages(Finding f) {
        String zh = new Messages(Messages.ZH).message(f);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertFalse(zh.contains("{") || en.contains("{"), zh + " / " + en);
        assertNotEquals(zh, en);
        assertFalse(en.contains("、"), "a list reads as an English list in English: " + en);
        assertTrue(zh.startsWith("评分框架 " + f.file()), zh);
        assertTrue(en.startsWith("Framework " + f.file()), en);
        // the Chinese text without its arguments holds no English sentence; the English one without them no Chinese
        String zhOwn = zh;
        String enOwn = en;
        for (String a : f.args()) {
            zhOwn = zhOwn.replace(a, "");
            enOwn = enOwn.replace(a, "");
        }
        assertFalse(ENGLISH.matcher(zhOwn.replace("framework.schema.json", "")).find(), zh);
        assertFalse(CJK.matcher(enOwn).find(), en);
    }
}
