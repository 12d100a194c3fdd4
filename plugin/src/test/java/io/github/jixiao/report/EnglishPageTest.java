package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * With English reports, every run of Chinese characters in the page, the Markdown summary, the formula texts of
 * score-summary.json, the workbook and SARIF comes from the department's own data (the submission's files): criterion names,
 * formulas, figures' labels, sub-items, 评分标准 and reasons are all English. Checked on the sample (深圳 framework)
 * and on real forms scored against the other packaged frameworks.
 */
class EnglishPageTest {
    static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2e80-\\u2fdf]+");

    /** The text of the department's data: the only place Chinese on an English page may come from. */
    static String allowed(Path project) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(project.resolve("submission"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The formula texts of a criterion in score-summary.json: explanation, figures' labels and values, sub-items'. */
    static void formulas(JsonNode c, StringBuilder sb) {
        sb.append(c.path("explanation").asString("")).append('\n');
        for (JsonNode in : c.path("inputs")) {
            sb.append(in.path("label").asString("")).append('\n').append(in.path("value").asString("")).append('\n');
        }
        for (JsonNode it : c.path("items")) {
            formulas(it, sb);
        }
    }

    /**
     * A Chinese term glossed in English, either way round, names the term a department writes and is no untranslated
     * text: "明显 (marked)", "达成 (achieved)", "cost indicators (成本指标)", "under outputs (产出指标/成本指标)"; on the page a
     * quoted term's quote is escaped (&quot;).
     */
    static final Pattern GLOSSED = Pattern.compile(
            "[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2e80-\\u2fdf]+(?=(?:[\"”]|&quot;)? \\([A-Za-z0-9])"
                    + "|(?<=[A-Za-z] )\\([\\u4e00-\\u9fff/]+\\)");

    static Set<String> foreign(String text, String allowed) {
        Set<String> out = new TreeSet<>();
        Matcher m = CJK.matcher(GLOSSED.matcher(text).replaceAll(""));
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    static EngineResult runEnglish(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.ENGLISH));
    }

    /** What in the English reports of {@code project} is Chinese from outside the department's data. */
    static List<String> problems(Path project, Path out) throws Exception {
        EngineResult r = runEnglish(project);
        ReportWriter.write(out, r, Map.of(), new Messages(Locale.ENGLISH), ScoreSummaryTest.META, Snippets.none());
        String allowed = allowed(project);
        List<String> problems = new ArrayList<>();
        for (String name : List.of("score-summary.html", "score-summary.md")) {
            Set<String> f = foreign(Files.readString(out.resolve(name)), allowed);
            if (!f.isEmpty()) {
                problems.add(name + ": " + f);
            }
        }
        JsonNode summary = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        StringBuilder formulas = new StringBuilder();
        for (JsonNode c : summary.path("criteria")) {
            formulas(c, formulas);
        }
        for (JsonNode u : summary.path("unscored")) {
            formulas.append(u.path("reason").asString("")).append('\n');
        }
        Set<String> fj = foreign(formulas.toString(), allowed);
        if (!fj.isEmpty()) {
            problems.add("score-summary.json formula texts: " + fj);
        }
        // the workbook: every text cell of its three sheets (the indicators sheet holds the department's rows as filed)
        StringBuilder cells = new StringBuilder();
        try (java.io.InputStream in = Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE));
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                cells.append(sheet.getSheetName()).append('\n');
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            cells.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        Set<String> fx = foreign(cells.toString(), allowed);
        if (!fx.isEmpty()) {
            problems.add(ScoreSummaryXlsx.FILE + ": " + fx);
        }
        // SARIF: the results' messages and the rules' descriptions, help, source citations and stages
        JsonNode sarif = Json.mapper().readTree(Files.readString(out.resolve("findings.sarif")));
        StringBuilder texts = new StringBuilder();
        sarif.at("/runs/0/results").forEach(res -> texts.append(res.at("/message/text").asString()).append('\n'));
        sarif.at("/runs/0/tool/driver/rules").forEach(rule -> texts.append(rule.at("/shortDescription/text").asString()).append('\n')
                .append(rule.at("/fullDescription/text").asString()).append('\n').append(rule.at("/help/text").asString()).append('\n')
                .append(rule.at("/properties/source").asString()).append('\n').append(rule.at("/properties/stages").toString()).append('\n'));
        Set<String> f = foreign(texts.toString(), allowed);
        if (!f.isEmpty()) {
            problems.add("findings.sarif: " + f);
        }
        return problems;
    }

    @Test
    void theEnglishReportsHoldNoChineseButTheDepartmentsData(@TempDir Path tmp) throws Exception {
        Path project = ScoreSummaryTest.sample();
        assertEquals(List.of(), problems(project, tmp.resolve("en")));
        String html = Files.readString(tmp.resolve("en/score-summary.html"));
        assertTrue(html.contains("Excellent"), "the grade in English");
        assertTrue(html.contains("Budget execution rate"), "criterion names in English");
        assertTrue(html.contains("Self-evaluation"), "the stage in English");
        assertTrue(html.contains("annual mean ("), "the formula texts in English");
        assertTrue(html.contains("Fixed assets actually in use"), "the framework's labelEn");
        assertTrue(html.contains("criterion: <a href=\"#c-budget-execution\">Budget execution rate</a>"), "a finding's criterion, linked");
    }

    /** Real forms, scored against mof-project-2020, chongqing-department-2021 and yueyang-department. */
    @ParameterizedTest
    @ValueSource(strings = {"form-tangxi-2022", "form-cq-rongmeiti-2021", "form-yueyang-glj", "form-daying-2023-a", "form-daying-2023-b",
            "form-lijiang-2020", "project-self-evaluation"})
    void realFormsToo(String it, @TempDir Path tmp) throws Exception {
        Path project = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it").resolve(it).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(project.resolve("submission")), project.toString());
        assertEquals(List.of(), problems(project, tmp.resolve("en")));
    }

    @Test
    void theScoresDoNotDependOnTheLanguage() {
        Path project = ScoreSummaryTest.sample();
        EngineResult zh = ScoreSummaryTest.run(project);
        EngineResult en = runEnglish(project);
        assertEquals(zh.sheet().total(), en.sheet().total());
        for (int i = 0; i < zh.sheet().criteria().size(); i++) {
            assertEquals(zh.sheet().criteria().get(i).score(), en.sheet().criteria().get(i).score());
        }
        assertFalse(CJK.matcher(en.sheet().criterion("budget-execution").orElseThrow().explanation()).find());
        assertTrue(CJK.matcher(zh.sheet().criterion("budget-execution").orElseThrow().explanation()).find());
    }

    /**
     * A finding's arguments, and so its fingerprint (baselines, suppressions by fingerprint), are the same in both
     * languages: English reports translate the framework's names and scoring terms when they show them, and the
     * formulas a scoring finding quotes (see {@link FingerprintLanguageTest}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"sample", "form-tangxi-2022", "form-cq-rongmeiti-2021", "form-yueyang-glj", "form-daying-2023-a"})
    void findingsAreTheSameInBothLanguages(String it) {
        Path project = it.equals("sample") ? ScoreSummaryTest.sample()
                : Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it").resolve(it).toAbsolutePath().normalize();
        List<String> zh = ScoreSummaryTest.run(project).findings().stream().map(Fingerprints::of).toList();
        List<String> en = runEnglish(project).findings().stream().map(Fingerprints::of).toList();
        assertEquals(zh, en);
        assertFalse(zh.isEmpty());
    }

    /**
     * A submission that is not scored (目标申报, 运行监控) still names the framework it follows, whose taxonomy the rules
     * check it against: its English reports and console name the categories in the framework's English, as a scored
     * one's do, and keep the Chinese only where it is the value to type ('level1 "产出指标" (Output indicators)').
     */
    @Test
    void anUnscoredSubmissionNamesTheFrameworksCategoriesInEnglish(@TempDir Path tmp) throws Exception {
        // what jixiao:init writes (目标申报, 深圳 2024): nine empty rows, one a category
        Path init = tmp.resolve("init");
        for (Map.Entry<String, String> e : io.github.jixiao.init.Skeleton.files("示例局", 2025, "0.1.0", "x").entrySet()) {
            Files.createDirectories(init.resolve(e.getKey()).getParent());
            Files.writeString(init.resolve(e.getKey()), e.getValue());
        }
        EngineResult r = runEnglish(init);
        assertEquals(null, r.sheet());
        ReportWriter.write(tmp.resolve("init-en"), r, Map.of(), new Messages(Locale.ENGLISH), ScoreSummaryTest.META, Snippets.none());
        for (String name : List.of("findings.json", "findings.sarif", "score-summary.md", "score-summary.html")) {
            String text = Files.readString(tmp.resolve("init-en").resolve(name));
            // the row named after the count, init's placeholder as written (session 42)
            String said = "No row under \"Output indicators/Quantity indicators\" (1 in all: \"（请填写数量指标名称）\") has a target";
            assertTrue(text.contains(said.replace("\"", "\\\"")) || text.contains(said)
                    || text.contains(said.replace("\"", "&quot;")), name);
            assertFalse(text.contains("产出指标/数量指标"), name);
        }
        List<String> console = ConsoleReport.findingLines(r.findings(), r.sheet(), new Messages(Locale.ENGLISH).forResult(r),
                r.files().size(), Map.of(), Set.of(), Cells.none()).stream().map(ConsoleReport.Line::text).toList();
        assertTrue(console.stream().anyMatch(l -> l.contains("No row under \"Benefit indicators/Economic benefit indicators\"")),
                console.toString());
        // 黄石 2019, a 运行监控 table (mof-project-2020): the category to add, as typed and as the framework says it
        Path huangshi = Path.of(EnglishPageTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        EngineResult monitoring = runEnglish(huangshi);
        assertEquals(null, monitoring.sheet());
        ReportWriter.write(tmp.resolve("t15"), monitoring, Map.of(), new Messages(Locale.ENGLISH), ScoreSummaryTest.META, Snippets.none());
        String md = Files.readString(tmp.resolve("t15/score-summary.md"));
        // since session 56 the year's approved targets lacking it (approved: 运行监控), named as the framework names them
        assertTrue(md.contains("The performance targets approved at the start of the year have no \"Output indicators/Quantity indicators\" indicator, "
                + "and the category is not marked as not applicable. The monitoring reports on the approved targets row by row"), md);
        // no score, no 评分表: a finding names no criterion by its id nor links to a row the page does not have
        String page = Files.readString(tmp.resolve("t15/score-summary.html"));
        assertTrue(page.contains("rule <code>indicator-category-missing</code>"), page);
        assertFalse(page.contains("output-indicators"), page);
        // the Chinese reports are as they were
        String zh = new Messages(Messages.ZH).forResult(monitoring).message(monitoring.findings().stream()
                .filter(f -> f.ruleId().equals("indicator-category-missing")).findFirst().orElseThrow());
        assertTrue(zh.startsWith("年初批复的绩效目标中缺少“产出指标/数量指标”类指标"), zh); // approved at 运行监控 since session 56
    }

    /** The English message of the first finding of {@code rule} in a real table, named as its reports name them. */
    private static String english(String table, String rule, Messages messages) throws Exception {
        Path project = Path.of(EnglishPageTest.class.getResource("/real-tables/" + table).toURI());
        EngineResult r = runEnglish(project);
        Messages m = messages == null ? new Messages(Locale.ENGLISH).forResult(r) : messages;
        return m.message(r.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow());
    }

    /**
     * A category to type is given as the schema takes it, glossed in the framework's English where it has one, and not
     * glossed with itself where it has none; a percent reads "90%" as in the figures beside it.
     */
    @Test
    void whatToTypeIsGlossedOnlyWithEnglish() throws Exception {
        // 青山 2020: a 二级 filed under another 一级 (indicator-category-unknown): where to move it, as typed
        assertTrue(english("t9-qingshan-huagong-2020", "indicator-category-unknown", null).endsWith(
                "belongs to \"Satisfaction indicators\" in the framework, but is filed under \"Benefit indicators\". "
                        + "Move it under \"满意度指标\" (Satisfaction indicators)."));
        // 黄石 2019 with no framework's English at hand (a framework file that gives none): no "产出指标" (产出指标)
        String plain = english("t15-huangshi-shenyi-2019", "indicator-category-missing", new Messages(Locale.ENGLISH));
        // (a 运行监控 table: since session 56 the year's approved targets lacking the category, nothing to type: approved)
        assertTrue(plain.startsWith("The performance targets approved at the start of the year have no \"产出指标/数量指标\" indicator"), plain);
        assertTrue(plain.endsWith("set indicators of it when next year's targets are declared."), plain);
        // a category path ("产出指标/数量指标") in a message is named as the framework names its two levels
        assertTrue(english("t16-jiuting-chengzhen-2020", "indicator-input-as-output", null).startsWith(
                "The output indicator \"资金到位率\" (Output indicators/Quantity indicators) measures how the budget was paid out, used or adjusted"));
        assertTrue(english("t14-ezhou-shenpi-2021", "indicator-template-row", null).startsWith(
                "Indicator no. 5 in the list, \"Output indicators/Timeliness indicators\", has only a category or a name"));
        // 普陀 2022: execution below the 90% line
        String rate = english("t10-putuo-tiyu-2022", "execution-rate-unexplained", null);
        assertTrue(rate.contains("86.18% (215457.6 yuan / 250000 yuan), below 90%, and no reason"), rate);
        String grade = english("t10-putuo-tiyu-2022", "grade-unsupported", null);
        // a total printed without a grade: the grade is the framework's for that total, said so (not "the self-assessed
        // grade is Excellent": the table states none; since session 41)
        assertTrue(grade.startsWith("The self-assessed total 98.62 is Excellent on the framework's grade bands (the table states no grade), "
                + "but budget execution is only 86.18%, below 90%."), grade);
        assertTrue(io.github.jixiao.text.Texts.fill("a \"{0!}\" ({0}) b ({0})", List.of("产出指标"))
                .equals("a \"产出指标\" (产出指标) b (产出指标)"), "Chinese, one list of arguments: as written");
        assertEquals("a \"产出指标\" b (x)", io.github.jixiao.text.Texts.fill("a \"{0!}\" ({0}) b ({1})",
                List.of("产出指标", "x"), new ArrayList<>(List.of("产出指标", "x"))));
    }

    /** Every rule's source citation has an English rendering (an English one needs none). */
    @Test
    void everyRuleCitesItsSourceInEnglish() {
        for (io.github.jixiao.lint.RuleDescriptor d : io.github.jixiao.lint.RuleRegistry.descriptors()) {
            String en = d.source(Locale.ENGLISH);
            assertFalse(CJK.matcher(en).find(), () -> d.id() + ": no sourceEn for " + d.source());
            assertEquals(d.source(), d.source(Messages.ZH), d.id());
        }
    }
}
