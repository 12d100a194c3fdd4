package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.load.Src;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * ST-5: the groups a framework marks {@code "results": true} (产出、效益) weigh at least 60 % of its points, else one
 * {@code framework-results-weight} warning at the first marked group. The fixtures are framework files under
 * {@code framework-results-weight/}, loaded as a project's own.
 */
class FrameworkResultsWeightTest {

    static final Path DIR = Path.of("src/test/resources/framework-results-weight");
    static final String RULE = "framework-results-weight";

    @TempDir
    Path project;

    FrameworkLoader.Loaded load(String fixture) throws IOException {
        return loadText(fixture, Files.readString(DIR.resolve(fixture + ".json")));
    }

    FrameworkLoader.Loaded loadText(String name, String json) throws IOException {
        Files.createDirectories(project.resolve("frameworks"));
        Files.writeString(project.resolve("frameworks/" + name + ".json"), json, StandardCharsets.UTF_8);
        return FrameworkLoader.load("frameworks/" + name + ".json", project, Src.NONE);
    }

    static List<Finding> results(FrameworkLoader.Loaded l) {
        return l.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
    }

    @Test
    void marksWeighingFiftyOfAHundredAreOneWarningAtTheFirstMarkedGroup() throws IOException {
        FrameworkLoader.Loaded l = load("half");
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals(RULE, f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("", f.key());
        assertEquals("frameworks/half.json", f.file());
        assertEquals("/criteria/1/children/0", f.pointer());
        assertEquals(68, f.line(), "line");
        assertEquals(9, f.column(), "column");
        assertEquals(List.of("frameworks/half.json", "产出、效益", "50", "100", "50"), f.args());
        assertEquals("评分框架 frameworks/half.json 中标为产出、效益类的指标（产出、效益）分值合计 50 分，只占总分 100 分的 50%，低于 60%。"
                + "部门评价和财政评价的产出、效益指标原则上不低于 60%（财预〔2020〕10号）：请提高这些指标的分值，相应调低其他指标，合计不变；"
                + "本地区的评价框架另有规定的，在框架文件中写明 resultsMinimum（比例和依据）；本框架用于单位自评、权重由单位自定的，可以不改（可在 pom 中把 framework-results-weight 设为 off）。", new Messages(Messages.ZH).message(f));
        assertEquals("Framework frameworks/half.json: the criteria marked as outputs and benefits (产出, 效益) weigh 50 of its 100 points, 50%, "
                + "below 60%. In department and finance evaluations outputs and benefits weigh, as a rule, at least 60% (MOF Caiyu [2020] No. 10): "
                + "raise their weights and lower the others by as much. If a regional framework rules another share, state it and its source in resultsMinimum; "
                + "if the framework is for a unit's self-evaluation, where the unit sets the weights, it may be left as it is "
                + "(framework-results-weight can be set to off in the pom).", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void aFrameworkStatingItsRegionsShareIsHeldToIt() throws IOException {
        // half.json's 50 of 100, under a region's 50 %: passes (it is 50 % of 100 against 60 % without resultsMinimum)
        FrameworkLoader.Loaded fifty = load("stated-fifty");
        assertEquals(List.of(), fifty.findings());
        // sixty.json's 60 of 100 passes ST-5's 60 %, but not the 70 % the framework states
        FrameworkLoader.Loaded l = load("stated-seventy");
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals(RULE, f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("stated", f.key());
        assertEquals("/criteria/1", f.pointer());
        assertEquals(69, f.line(), "line");
        assertEquals(5, f.column(), "column");
        // the source in Chinese only: its English (sourceEn) is the framework's, shown as its names are, and correcting
        // it changes no fingerprint
        assertEquals(List.of("frameworks/stated-seventy.json", "绩效", "60", "100", "60", "70",
                "本地区部门整体支出绩效评价办法：产出、效益指标合计不低于 70%"), f.args());
        assertEquals("the region's measures for department evaluations: outputs and benefits at least 70%",
                l.framework().english().get("本地区部门整体支出绩效评价办法：产出、效益指标合计不低于 70%"));
        assertEquals("评分框架 frameworks/stated-seventy.json 中标为产出、效益类的指标（绩效）分值合计 60 分，只占总分 100 分的 60%，"
                + "低于本框架 resultsMinimum 规定的 70%（依据：本地区部门整体支出绩效评价办法：产出、效益指标合计不低于 70%）。"
                + "请提高这些指标的分值，相应调低其他指标，合计不变；如果规定的比例或依据写错了，请改正 resultsMinimum。", new Messages(Messages.ZH).message(f));
    }

    /** The sample scored on stated-seventy.json as its project framework: the English page quotes the English source. */
    @Test
    void theStatedSourceIsShownInEnglishInAnEnglishRun() throws IOException {
        Path submission = Samples.copyTo(project);
        Files.createDirectories(project.resolve("frameworks"));
        Files.copy(DIR.resolve("stated-seventy.json"), project.resolve("frameworks/stated-seventy.json"));
        Path dept = submission.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"framework\": \"shenzhen-department-2024\"",
                "\"framework\": \"frameworks/stated-seventy.json\""));
        io.github.jixiao.engine.EngineResult r = new Engine().run(EngineOptions.of(project, submission));
        List<Finding> found = r.findings().stream().filter(x -> x.ruleId().equals(RULE)).toList();
        assertEquals(1, found.size(), r.findings().toString());
        assertEquals("Framework frameworks/stated-seventy.json: the criteria marked as outputs and benefits (绩效) weigh 60 of its 100 points, 60%, "
                + "below the 70% its resultsMinimum states (source: the region's measures for department evaluations: outputs and benefits at least 70%). "
                + "Raise their weights and lower the others by as much; if the share or its source is wrong, correct resultsMinimum.",
                new Messages(Locale.ENGLISH).forResult(r).message(found.get(0)));
    }

    /** A framework refused for another fault says a number of resultsMinimum it cannot take once, not also as the schema's maximum. */
    @Test
    void aRefusedFrameworkSaysANumberOnce() throws IOException {
        String json = Files.readString(DIR.resolve("stated-seventy.json")).replace("\"percent\": 70", "\"percent\": 1e400")
                .replace("\"kind\": \"department\"", "\"kind\": \"neither\"");
        FrameworkLoader.Loaded l = loadText("stated-refused", json);
        assertEquals(null, l.framework());
        assertEquals(1, l.findings().stream().filter(f -> f.pointer().equals("/resultsMinimum/percent")).count(), l.findings().toString());
        assertTrue(l.findings().stream().anyMatch(f -> f.pointer().equals("/kind")), l.findings().toString());
    }

    /** A source written like a name (here the group's, 绩效) does not change that name's English. */
    @Test
    void aSourceWrittenLikeANameLeavesTheNamesEnglish() throws IOException {
        String json = Files.readString(DIR.resolve("stated-seventy.json"))
                .replace("\"source\": \"本地区部门整体支出绩效评价办法：产出、效益指标合计不低于 70%\"", "\"source\": \"绩效\"")
                .replace("\"name\": \"绩效\",", "\"name\": \"绩效\", \"nameEn\": \"Performance\",");
        FrameworkLoader.Loaded l = loadText("stated-source-name", json);
        assertEquals("Performance", l.framework().english().get("绩效"));
    }

    @Test
    void aStatedShareWithNoGroupMarkedIsReported() throws IOException {
        String json = Files.readString(DIR.resolve("stated-seventy.json")).replace("\"results\": true,", "");
        FrameworkLoader.Loaded l = loadText("stated-unmarked", json);
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals("stated-unmarked", f.key());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("/resultsMinimum", f.pointer());
        assertEquals(8, f.line(), "line");
        assertEquals(List.of("frameworks/stated-unmarked.json", "70"), f.args());
        assertEquals("评分框架 frameworks/stated-unmarked.json 在 resultsMinimum 中规定产出、效益类指标至少占 70%，但没有任何一级或二级指标标为 \"results\": true，因此无法检查。"
                + "请在属于产出、效益类的指标组上加 \"results\": true；不需要检查的，删去 resultsMinimum。", new Messages(Messages.ZH).message(f));
    }

    /** The share compared exactly against a stated share: 0 never warns, 100 warns below the whole. */
    @ParameterizedTest(name = "stated {0}: {1}")
    @CsvSource({"0, ''", "59.999, ''", "60, ''", "60.001, stated", "100, stated"})
    void theStatedShareIsComparedExactly(String percent, String key) throws IOException {
        String json = Files.readString(DIR.resolve("stated-seventy.json")).replace("\"percent\": 70", "\"percent\": " + percent);
        List<Finding> found = results(loadText("stated-" + percent.replace('.', '-'), json));
        assertEquals(key.isEmpty() ? List.of() : List.of(key), found.stream().map(Finding::key).toList());
    }

    /**
     * A resultsMinimum written wrongly is a framework-invalid fault that costs no points: the framework is scored as
     * without it, and ST-5's check is not made on a share nobody can read.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no source", "percent text", "percent 101", "unknown field", "percent 1e400", "percent 66.6666667"})
    void aBrokenStatedShareCostsNoPoints(String what) throws IOException {
        String json = Files.readString(DIR.resolve("stated-seventy.json"));
        json = switch (what) {
            case "no source" -> json.replace("\"source\": \"本地区部门整体支出绩效评价办法：产出、效益指标合计不低于 70%\",\n", "");
            case "percent text" -> json.replace("\"percent\": 70", "\"percent\": \"70\"");
            case "percent 101" -> json.replace("\"percent\": 70", "\"percent\": 101");
            case "unknown field" -> json.replace("\"percent\": 70", "\"percent\": 70, \"note\": \"x\"");
            default -> json.replace("\"percent\": 70", "\"percent\": " + what.substring("percent ".length()));
        };
        FrameworkLoader.Loaded l = loadText("stated-broken", json);
        assertTrue(l.framework() != null, what + ": the framework is still used");
        assertFalse(l.findings().isEmpty(), what);
        for (Finding f : l.findings()) {
            assertEquals("framework-invalid", f.ruleId(), f.toString());
            assertEquals(Severity.WARNING, f.severity(), f.toString());
            assertTrue(f.pointer().startsWith("/resultsMinimum"), f.toString());
            assertEquals(null, f.criterion(), "costs no criterion: " + f);
        }
        // a number jixiao cannot take: one finding (not also the schema's maximum for 1e400), saying what is wrong,
        // what it costs and how to write it
        if (what.equals("percent 1e400")) {
            assertEquals(List.of("number-minimum"), l.findings().stream().map(Finding::key).toList());
            assertEquals("评分框架 frameworks/stated-broken.json 在 /resultsMinimum/percent 的数字 1E+400 超出合理范围（绝对值须小于 10^15）。resultsMinimum 因此不用，"
                    + "产出、效益类指标的占比不作检查；各指标照常计分。请把 percent 改为 0 到 100 之间的百分数（如 50）。",
                    new Messages(Messages.ZH).message(l.findings().get(0)));
        }
        if (what.equals("percent 66.6666667")) {
            assertEquals(List.of("number-minimum-precision"), l.findings().stream().map(Finding::key).toList());
            assertEquals("Framework frameworks/stated-broken.json: the number 66.6666667 at /resultsMinimum/percent has more than 6 decimals. resultsMinimum is "
                    + "therefore not used and the share of outputs and benefits is not checked; every criterion is scored as usual. "
                    + "Write percent with at most 6 decimals (66.67, say).", new Messages(Locale.ENGLISH).message(l.findings().get(0)));
        }
        assertEquals(List.of(), results(l), "no share to check against");
    }

    @Test
    void aGroupMarkedUnderAMarkedGroupCountsOnce() throws IOException {
        // 绩效 50 is marked, and its 产出 30 again: 50 of 100, not 80
        List<Finding> found = load("nested").findings();
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(RULE, f.ruleId());
        assertEquals("/criteria/1", f.pointer());
        assertEquals(64, f.line(), "line");
        assertEquals(5, f.column(), "column");
        assertEquals(List.of("frameworks/nested.json", "绩效", "50", "100", "50"), f.args());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "sixty",    // exactly 60 of 100 (a marked 一级): passes
        "unmarked", // the weights of half.json, nothing marked ("results": false on one): not checked
        "partial"   // 20 of the 40 points it holds marked: a partial framework is not checked
    })
    void noFinding(String fixture) throws IOException {
        FrameworkLoader.Loaded l = load(fixture);
        assertEquals(List.of(), l.findings());
        assertTrue(l.framework() != null);
    }

    /** The edge: the share is compared exactly, and shown cut (never rounded up to 60) to two decimals. */
    @ParameterizedTest(name = "产出 {0} + 效益 {1} of 100")
    @CsvSource({
        "35,    25,     ,      ",    // 60: passes
        "35.01, 24.99,  ,      ",    // 60: passes
        "40,    30,     ,      ",    // 70: passes
        "35,    24.99,  59.99, 59.99",
        "35,    24.999, 59.999, 59.99", // the share cut, not rounded: never "60" below 60
        "0,     0,      0,     0"})
    void theShareIsComparedExactly(String outputs, String benefits, String sum, String share) throws IOException {
        // half.json with 绩效's two marked groups weighing outputs and benefits, and 资金管理 the rest of 100 (目标设置 20)
        BigDecimal o = new BigDecimal(outputs);
        BigDecimal b = new BigDecimal(benefits);
        BigDecimal rest = BigDecimal.valueOf(80).subtract(o).subtract(b);
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(DIR.resolve("half.json")));
        ObjectNode decision = (ObjectNode) root.get("criteria").get(0);
        decision.put("weight", rest.add(BigDecimal.valueOf(20)));
        weigh((ObjectNode) decision.get("children").get(1), rest);
        ObjectNode performance = (ObjectNode) root.get("criteria").get(1);
        performance.put("weight", o.add(b));
        weigh((ObjectNode) performance.get("children").get(0), o);
        weigh((ObjectNode) performance.get("children").get(1), b);
        FrameworkLoader.Loaded l = loadText("edge", mapper.writeValueAsString(root));
        assertEquals(List.of(), l.findings().stream().filter(f -> !f.ruleId().equals(RULE)).toList(), "the weights add up");
        List<Finding> found = results(l);
        if (sum == null) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("frameworks/edge.json", "产出、效益", sum, "100", share), found.get(0).args());
    }

    /**
     * A marked 一级 less a 二级 under it marked false: sixty.json's 绩效 (60: 产出 35, 效益 25) with 效益 marked false
     * weighs 35 (the warning names 产出), and with 效益 marked true as well it is the 60 it was.
     */
    @ParameterizedTest(name = "效益 marked {0}")
    @CsvSource({"false, 产出, 35", "true, ,"})
    void aLevel2MarkedFalseUnderAMarkedLevel1IsLeftOut(boolean mark, String names, String sum) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(DIR.resolve("sixty.json")));
        ((ObjectNode) root.get("criteria").get(1).get("children").get(1)).put("results", mark);
        List<Finding> found = results(loadText("less-" + mark, mapper.writeValueAsString(root)));
        if (names == null) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("frameworks/less-false.json", names, sum, "100", sum), found.get(0).args());
        assertEquals("/criteria/1", found.get(0).pointer());
    }

    /**
     * A marked group whose weight framework-invalid calls invalid (400 of a 100-point framework, the criterion's too):
     * no share rests on it, so framework-invalid's errors stand alone (the sum would have read 20 %: a false alarm).
     */
    @Test
    void noShareIsClaimedOnAWeightFrameworkInvalidReports() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(DIR.resolve("sixty.json")));
        ObjectNode marked = null;
        for (JsonNode l1 : root.get("criteria")) {
            if (l1.path("results").asBoolean(false)) {
                marked = (ObjectNode) l1.get("children").get(0);
            }
        }
        weigh(marked, BigDecimal.valueOf(400));
        FrameworkLoader.Loaded l = loadText("invalid-weight", mapper.writeValueAsString(root));
        assertFalse(l.findings().stream().filter(f -> f.ruleId().equals("framework-invalid")).toList().isEmpty(), l.findings().toString());
        assertEquals(List.of(), results(l));
    }

    /** A 二级 group and its one criterion weighing {@code w}. */
    private static void weigh(ObjectNode group, BigDecimal w) {
        group.put("weight", w);
        ((ObjectNode) group.get("children").get(0)).put("weight", w);
    }

    /** Shenzhen (部门绩效 60) and the MOF project framework (产出 50 + 效益 30) are marked and pass; none raises it. */
    @Test
    void everyBuiltInFrameworkPasses() throws IOException {
        for (String id : FrameworkLoader.BUILT_IN) {
            FrameworkLoader.builtIn(id); // throws on any finding
            byte[] bytes;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(FrameworkLoader.RESOURCE_DIR + id + ".json")) {
                bytes = in.readAllBytes();
            }
            // the same file as a project's own (its id changed: a project file may not take a built-in's): no finding either
            String json = new String(bytes, StandardCharsets.UTF_8).replace("\"id\": \"" + id + "\"", "\"id\": \"copy-of-" + id + "\"");
            assertEquals(List.of(), loadText(id, json).findings(), id);
        }
        assertEquals(List.of("部门绩效"), marked(FrameworkLoader.SHENZHEN_DEPARTMENT));
        assertEquals(List.of("产出指标", "效益指标"), marked(FrameworkLoader.MOF_PROJECT));
        assertEquals(List.of(), marked(FrameworkLoader.CHONGQING_DEPARTMENT), "no 产出/效益 split");
        assertEquals(List.of(), marked(FrameworkLoader.YUEYANG_DEPARTMENT), "its 产出 and 效益 blocks are not transcribed");
    }

    /** A built-in framework's groups marked results, by name. */
    private List<String> marked(String id) throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FrameworkLoader.RESOURCE_DIR + id + ".json")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode l1 : root.get("criteria")) {
            if (l1.path("results").asBoolean(false)) {
                out.add(l1.get("name").asString());
            }
            for (JsonNode l2 : l1.get("children")) {
                if (l2.path("results").asBoolean(false)) {
                    out.add(l2.get("name").asString());
                }
            }
        }
        return out;
    }

    /**
     * As a run reports it: the sample naming a project framework file that marks 50 of 100 gets the warning at that
     * file's line and column, at 自评 and at 目标申报 (the framework is loaded at every stage), once.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"自评", "目标申报"})
    void theEngineReportsItAtTheFrameworkFile(String stage) throws IOException {
        Path submission = Samples.copyTo(project);
        Files.createDirectories(project.resolve("frameworks"));
        Files.copy(DIR.resolve("half.json"), project.resolve("frameworks/half.json"));
        Path dept = submission.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"framework\": \"shenzhen-department-2024\"", "\"framework\": \"frameworks/half.json\"")
                .replace("\"stage\": \"自评\"", "\"stage\": \"" + stage + "\""));
        List<Finding> found = new Engine().run(EngineOptions.of(project, submission)).findings().stream()
                .filter(f -> f.ruleId().equals(RULE)).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("frameworks/half.json", found.get(0).file());
        assertEquals("/criteria/1/children/0", found.get(0).pointer());
        assertEquals(68, found.get(0).line());
        assertEquals(9, found.get(0).column());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void theRuleIsRegisteredAsAConfigurationWarning() {
        var d = RuleRegistry.descriptor(RULE).orElseThrow();
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("configuration", d.category().id());
        assertTrue(d.source().startsWith("ST-5：财预〔2020〕10号"), d.source());
        assertFalse(d.rationaleZh().isBlank());
        assertTrue(d.rationaleZh().contains("不检查"), "says that an unmarked framework is not checked");
    }
}
