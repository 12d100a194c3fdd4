package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** score-summary.json / .md / .html on the reference report. */
class ScoreSummaryTest {
    static final ReportMeta META = new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z");
    /** Reads numbers as written (5.00 stays 5.00). */
    static final JsonMapper READER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static Path sample() {
        return Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
    }

    static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    /**
     * No grade on the full base of 100 is a partial framework's (its total is no grade's), and says so; no grade
     * elsewhere is weights that do not add up to 100 (北京 2016's 22.5), and says that instead.
     */
    /**
     * P2 (session 25): a table copied without its figures (四川 自评表's end, t45: 权重 printed, 完成值 and 得分 blank, no funds
     * block) scores no point at all; it gets no grade, and says why, rather than 差（暂定）. The reason is the weights'
     * neither (they add up to 100).
     */
    @Test
    void nothingScoredIsNoGrade() throws Exception {
        // t45 on the whole built-in framework (the project's own, since session 53, is partial: the copy starts inside the
        // table, and a partial framework's own reason comes first), so that nothing scored is the reason
        Path t45 = Path.of(ScoreSummaryTest.class.getResource("/real-tables/t45-sichuan-zixuan-fragment").toURI());
        EngineResult r = new io.github.jixiao.engine.Engine().run(new EngineOptions(t45, t45.resolve("submission"), null, null,
                "mof-project-2020"));
        assertEquals("", r.sheet().grade());
        assertEquals(0, r.sheet().unscoredPoints().compareTo(r.sheet().weight()), r.sheet().unscored().toString());
        FrameworkNames names = FrameworkNames.of(r.sheet(), new Messages(Messages.ZH));
        assertEquals("不评定（没有一项能够计分：各评分项都缺少数据）", ScoreSummary.grade(r.sheet(), names, new Messages(Messages.ZH)));
        assertEquals("not graded (no point could be scored: every criterion lacks its figures)",
                ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), new Messages(Locale.ENGLISH)), new Messages(Locale.ENGLISH)));
        assertTrue(ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text().contains("不评定：没有一项能够计分"));
        // the sample, scored whole, keeps its grade
        assertEquals("优", run(sample()).sheet().grade());
    }

    /**
     * Review E (session 25): a criterion scored 0 for want of its figures is drawn apart from one that earned 0: its bar
     * outlined and dashed, said "无法计分" in its text alternative, and the legend has the fourth entry only then.
     */
    @Test
    void aCriterionNotScoredIsDrawnApartFromAZero(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path sub = io.github.jixiao.testing.Samples.copyTo(tmp);
        Path budget = sub.resolve("budget.json");
        String b = java.nio.file.Files.readString(budget);
        java.nio.file.Files.writeString(budget, b.replace("\"procurement\": {", "\"procurementX\": {"));
        EngineResult broken = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(tmp, sub));
        assertTrue(broken.sheet().unscored().stream().anyMatch(u -> u.criterion().equals("procurement")),
                broken.sheet().unscored().toString());
        String html = ScoreSummaryHtml.render(broken, new Messages(Messages.ZH), META);
        assertTrue(html.contains("<span class=\"sw unscored\"></span>无法计分：缺少数据（按 0 分计）"), html);
        assertTrue(html.contains("<rect class=\"unscored\""), html);
        assertTrue(html.contains("0.00 / 2.00（无法计分：缺少数据（按 0 分计））"), html);
        String en = ScoreSummaryHtml.render(broken, new Messages(Locale.ENGLISH), META);
        assertTrue(en.contains("not scored: figures missing (counts as 0)"), en);
        String whole = ScoreSummaryHtml.render(run(sample()), new Messages(Messages.ZH), META);
        assertFalse(whole.contains("<span class=\"sw unscored\">") || whole.contains("<rect class=\"unscored\""),
                "the sample scores every criterion");
    }

    /**
     * The page's and the Markdown's title fit the stage: a 评分表 only at 自评; at 目标申报 and 运行监控, where nothing is
     * scored, a check of the filing.
     */
    @Test
    void theTitleFitsTheStage() throws Exception {
        Path tables = Path.of(ScoreSummaryTest.class.getResource("/real-tables").toURI());
        java.util.Map<Path, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put(sample(), List.of("年度绩效评分表", ": performance score"));
        expected.put(tables.resolve("t21-ningxiang-batang-2021"), List.of("年度绩效目标申报检查", ": check of the performance targets"));
        expected.put(tables.resolve("t15-huangshi-shenyi-2019"), List.of("年度绩效运行监控检查", ": check of the performance monitoring"));
        for (java.util.Map.Entry<Path, List<String>> e : expected.entrySet()) {
            EngineResult r = run(e.getKey());
            for (int en = 0; en < 2; en++) {
                Messages m = new Messages(en == 0 ? Messages.ZH : Locale.ENGLISH);
                String md = ScoreSummaryMarkdown.render(r, java.util.Map.of(), m, META);
                String html = ScoreSummaryHtml.render(r, m, META);
                String first = md.lines().findFirst().orElseThrow();
                assertTrue(first.startsWith("# ") && first.endsWith(e.getValue().get(en)), e.getKey() + ": " + first);
                assertTrue(html.contains(e.getValue().get(en) + "</h1>"), e.getKey() + ": " + html.substring(0, 600));
                if (r.sheet() == null) {
                    assertFalse(first.contains("评分表") || first.contains("score"), first);
                }
            }
        }
    }

    /** A submission whose year is not read leaves no gap in the title: "…（本级）: performance score", not "…（本级） : performance score". */
    @Test
    void aTitleWithoutAYearHasNoGap(@TempDir Path tmp) throws IOException {
        Path copy = io.github.jixiao.testing.Samples.copyProject(tmp.resolve("sample"));
        Path dept = copy.resolve("submission/department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"year\": 2024", "\"year\": \"二〇二四\""));
        EngineResult r = run(copy);
        assertEquals(null, r.year());
        String zh = ScoreSummaryMarkdown.render(r, java.util.Map.of(), new Messages(Messages.ZH), META).lines().findFirst().orElseThrow();
        String en = ScoreSummaryMarkdown.render(r, java.util.Map.of(), new Messages(Locale.ENGLISH), META).lines().findFirst().orElseThrow();
        assertTrue(zh.endsWith("（本级） 年度绩效评分表") && !zh.contains("  "), zh);
        assertTrue(en.endsWith("（本级）: performance score"), en);
    }

    /**
     * A partial framework transcribing 90 of its 评分表's 100 points (银川 2021) is not graded because it is partial: the
     * console, the page, the Markdown and score-summary.json say so, not that the weights add up to 90.
     */
    @Test
    void aPartialFrameworkOfNinetyPointsSaysItIsPartial(@TempDir Path tmp) throws Exception {
        Path project = Path.of(ScoreSummaryTest.class.getResource("/real-tables/t1-yinchuan-2021").toURI());
        EngineResult r = run(project);
        assertTrue(r.sheet().partial(), "the framework is partial");
        assertEquals(0, new java.math.BigDecimal("90").compareTo(r.sheet().weight()), r.sheet().weight().toPlainString());
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            String console = ConsoleReport.scoreLines(r.sheet(), m).get(0).text();
            String md = ScoreSummaryMarkdown.render(r, java.util.Map.of(), m, META);
            String html = ScoreSummaryHtml.render(r, m, META);
            for (String s : List.of(console, md, html)) {
                assertFalse(s.contains("add up to 90") || s.contains("分值合计 90"), s.length() > 400 ? s.substring(0, 400) : s);
            }
            assertTrue(console.contains(l == Messages.ZH ? "不评定：评分框架只含部分评分项" : "not graded: the framework holds only some of the criteria"), console);
            assertTrue(md.contains(m.label("summary.grade.partial")), md);
            assertTrue(html.contains(Escape.html(m.label("summary.grade.partial"))), html);
        }
        ReportModel.SummaryDocument doc = ScoreSummary.jsonTree(r, META);
        assertEquals(Boolean.TRUE, doc.partial());
        assertEquals(null, ScoreSummary.jsonTree(run(sample()), META).partial(), "left out when complete");
    }

    /** One point that could not be scored is "1 point", two "2 points"; the counts' info is one word, as the severity is. */
    @Test
    void pointsAndInfoReadAsEnglish() {
        io.github.jixiao.score.ScoreSheet sheet = new io.github.jixiao.score.ScoreSheet("f", "1", "f", List.of(), java.math.BigDecimal.ZERO, "",
                false, List.of(new io.github.jixiao.score.ScoreSheet.Unscored("c1", "固定资产利用率", java.math.BigDecimal.ONE, "no data"),
                        new io.github.jixiao.score.ScoreSheet.Unscored("c2", "预算执行率", new java.math.BigDecimal("2.5"), "no data")), null);
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals(List.of("固定资产利用率 (1 point): no data", "预算执行率 (2.5 points): no data"), ScoreSummary.unscored(sheet, en));
        assertEquals(List.of("固定资产利用率（1 分）：no data", "预算执行率（2.5 分）：no data"), ScoreSummary.unscored(sheet, new Messages(Messages.ZH)));
        assertEquals("0 error(s), 1 warning(s), 3 info", en.label("summary.counts", 0, 1, 3));
        assertEquals("Info (3)", en.label("summary.severityGroup.info", 3));
    }

    @Test
    void aGradeNotGivenSaysWhy() {
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            FrameworkNames names = FrameworkNames.of((io.github.jixiao.score.ScoreSheet) null, m);
            assertEquals(m.label("summary.grade.partial"), ScoreSummary.grade("", false, null, null, null, null, new java.math.BigDecimal("100.00"), null, names, m));
            assertEquals(m.label("summary.grade.none", "22.5"), ScoreSummary.grade("", false, null, null, null, null, new java.math.BigDecimal("22.50"), null, names, m));
            // a partial framework of 90 points: the framework is partial, not the weights short of 100
            assertEquals(m.label("summary.grade.partial"), ScoreSummary.grade("", false, null, true, null, null, new java.math.BigDecimal("90"), null, names, m));
            assertEquals(m.label("summary.grade.none", "90"), ScoreSummary.grade("", false, null, false, null, null, new java.math.BigDecimal("90"), null, names, m));
        }
        assertEquals("不评定（评分框架只含部分评分项，不定等级）",
                ScoreSummary.grade(null, false, null, null, null, null, new java.math.BigDecimal("100"), null, FrameworkNames.of((io.github.jixiao.score.ScoreSheet) null, new Messages(Messages.ZH)), new Messages(Messages.ZH)));
    }

    @Test
    void byteIdenticalAcrossRuns(@TempDir Path tmp) throws IOException {
        List<Path> a = ScoreSummary.write(tmp.resolve("a"), run(sample()), new Messages(Messages.ZH), META);
        List<Path> b = ScoreSummary.write(tmp.resolve("b"), run(sample()), new Messages(Messages.ZH), META);
        assertEquals(List.of("score-summary.json", "score-summary.md", "score-summary.html"),
                a.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
        }
        try (Stream<Path> left = Files.list(tmp.resolve("a"))) {
            assertEquals(3, left.count(), "no temporary files left behind");
        }
    }

    /**
     * A block of one indicator row is that row: the Markdown's block line names it with its score, not "0 = 0.00"
     * (青神 2023: 产出 and 效益 one row each, both without 实际完成值); the row beneath says why.
     */
    @Test
    void aBlockOfOneRowNamesIt() throws Exception {
        Path project = Path.of(ScoreSummaryTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        String zh = ScoreSummaryMarkdown.render(run(project), new Messages(Messages.ZH), META);
        assertTrue(zh.contains("| 60.00 | 0.00 | 逐项计分，分值为各指标所带分值。"), zh);
        // the row's findings in its 本行问题 (session 46), linked; the indicator's row beneath has none of its own
        assertTrue(FindingAnchorsTest.unlinked(zh).contains("| 按指标分值计分：只有一项指标“发放(缴纳)覆盖率”：0.00 / 60 | 警告 indicator-category-missing"), zh);
        assertTrue(zh.contains(" |\n|  |  | · 发放(缴纳)覆盖率 | 60.00 | 0.00 | | 无法计分：绩效指标“发放(缴纳)覆盖率”缺少实际完成值，按 0 分计 | |"), zh);
        assertTrue(zh.contains("| 按指标分值计分：只有一项指标“足额保障率(参保率)”：0.00 / 30 |"), zh);
        assertFalse(zh.contains("0 = 0.00"), zh);
        EngineResult en = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(java.util.Locale.ENGLISH));
        String md = ScoreSummaryMarkdown.render(en, new Messages(java.util.Locale.ENGLISH), META);
        assertTrue(md.contains("| Indicators by their points: one indicator only, \"发放(缴纳)覆盖率\": 0.00 / 60 |"), md);
        assertFalse(md.contains("0 = 0.00"), md);
        // a block of several rows adds them (廊坊 2019)
        Path langfang = Path.of(ScoreSummaryTest.class.getResource("/real-tables/t11-langfang-shipin-2019").toURI());
        String lf = ScoreSummaryMarkdown.render(run(langfang), new Messages(Messages.ZH), META);
        assertTrue(lf.contains("| 按指标分值计分：9 + 10 + 10 + 10 + 10 = 49.00 |"), lf);
    }

    @Test
    void jsonHoldsTheSheet(@TempDir Path tmp) throws IOException {
        ScoreSummary.write(tmp, run(sample()), new Messages(Messages.ZH), META);
        String text = Files.readString(tmp.resolve("score-summary.json"));
        JsonNode root = READER.readTree(text);
        assertEquals("0.1.0-TEST", root.get("pluginVersion").asString());
        assertEquals("shenzhen-department-2024", root.get("frameworkId").asString());
        assertEquals("2024.2", root.get("frameworkVersion").asString());
        assertEquals("1.0", root.get("schemaVersion").asString());
        assertEquals("深圳市福田区科技和工业信息化局（本级）", root.get("department").asString());
        assertEquals(2024, root.get("year").asInt());
        assertEquals("自评", root.get("stage").asString());
        assertTrue(text.contains("\"total\" : 96.15,"), "fixed scale 2");
        assertTrue(text.contains("\"weight\" : 100.00,"), "fixed scale 2");
        assertEquals("优", root.get("grade").asString());
        assertEquals(21, root.get("criteria").size());
        JsonNode proc = root.get("criteria").get(5);
        assertEquals("procurement", proc.get("id").asString());
        assertEquals("部门管理", proc.get("path").get(0).asString());
        assertEquals("资金管理", proc.get("path").get(1).asString());
        assertEquals("1.68", proc.get("score").decimalValue().toPlainString());
        assertEquals("2.00", proc.get("weight").decimalValue().toPlainString());
        assertEquals("sub-items", proc.get("method").asString());
        assertEquals("448.01 / 657.77 = 68.11% × 1 + 1 = 1.68", proc.get("explanation").asString());
        assertEquals("1.68", proc.get("claimed").decimalValue().toPlainString());
        assertEquals("budget#/procurement/actual", proc.get("inputs").get(0).get("ref").asString());
        assertEquals("448.01 万元", proc.get("inputs").get(0).get("value").asString());
        assertEquals(2, proc.get("items").size());
        assertEquals(3, root.get("levels").size());
        assertEquals("60.00", root.get("levels").get(2).get("weight").decimalValue().toPlainString());
        assertEquals("59.47", root.get("levels").get(2).get("score").decimalValue().toPlainString());
    }

    @Test
    void findingsAreListedUnderTheirCriterion(@TempDir Path tmp) throws IOException {
        Path copy = io.github.jixiao.testing.Samples.copyProject(tmp.resolve("sample"));
        Path budget = copy.resolve("submission/budget.json");
        Files.writeString(budget, Files.readString(budget).replace("\"cumulativePercent\": 55.25", "\"cumulativePercent\": 45.25"));
        EngineResult r = run(copy);
        Finding mismatch = r.findings().stream()
                .filter(f -> f.ruleId().equals("score-claim-mismatch") && "budget-execution".equals(f.criterion())).findFirst().orElseThrow();
        Path out = tmp.resolve("out");
        ScoreSummary.write(out, r, new Messages(Messages.ZH), META);
        JsonNode root = READER.readTree(Files.readString(out.resolve("score-summary.json")));
        JsonNode be = root.get("criteria").get(17);
        assertEquals("budget-execution", be.get("id").asString());
        assertEquals("5.28", be.get("score").decimalValue().toPlainString());
        assertEquals(Fingerprints.of(mismatch), be.get("findings").get(0).get("fingerprint").asString());
        assertEquals("score-claim-mismatch", be.get("findings").get(0).get("rule").asString());
        assertEquals("score-claim-mismatch", root.get("findings").get(0).get("rule").asString(), "the stated total");
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains("| 5.28 | " + Escape.md(r.sheet().criterion("budget-execution").orElseThrow().standard()) + " | 季度执行进度与序时进度："), md);
        assertTrue(md.contains("（自评 5.47）"), md);
        assertTrue(FindingAnchorsTest.unlinked(md).contains("- 预算执行率：警告 [score-claim-mismatch]"), md);
    }

    /**
     * A scoring finding that touches no single criterion is listed with the score too: weights that do not add up to
     * 100 (中江 2022: 110 points, the reason its grade reads 不评定, and its only error; 鄂州 2021's 80, the example
     * until session 51, is a cut copy now on a partial framework) and a self-assessed grade the
     * execution does not bear out (普陀 2022). The Markdown listed neither, while saying an error must be corrected.
     */
    @Test
    void scoringFindingsWithoutACriterionAreListedWithTheScore(@TempDir Path tmp) throws Exception {
        for (String table : new String[] {"t4-zhongjiang-2022", "t10-putuo-tiyu-2022"}) {
            EngineResult r = run(Path.of(ScoreSummaryTest.class.getResource("/real-tables/" + table).toURI()));
            Path out = Files.createDirectories(tmp.resolve(table));
            ScoreSummary.write(out, r, new Messages(Messages.ZH), META);
            String md = Files.readString(out.resolve("score-summary.md"));
            String listed = FindingAnchorsTest.unlinked(md.substring(md.indexOf("## 与得分有关的问题")));
            JsonNode json = READER.readTree(Files.readString(out.resolve("score-summary.json"))).get("findings");
            List<String> rules = new java.util.ArrayList<>();
            json.forEach(f -> rules.add(f.get("rule").asString()));
            if (table.startsWith("t4-")) {
                assertTrue(listed.contains("\n- 错误 [score-weights] submission/indicators.json:4 各评分指标的分值合计 110 分，不是 100 分"
                        + "：按已有分值计得 110.00 分，这不是综合评分，不评定等级。"), listed);
                // and the stated total 100 against the 110 computed (score-claim-mismatch total-stated), no criterion's either
                assertEquals(List.of("score-weights", "score-claim-mismatch"), rules);
            } else {
                assertTrue(listed.contains("\n- 警告 [grade-unsupported] submission/self-assessment.json:6 自评总分 98.62 按评分框架属“优”"
                        + "（表中未写自评等级），但预算执行率只有 86.18%，低于 90%。"), listed);
                assertEquals(List.of("grade-unsupported"), rules);
            }
        }
    }

    @Test
    void aDepartmentsOwnScoreAtFullMarksShowsItsReason(@TempDir Path tmp) throws IOException {
        // review R (session 24): the page and the Markdown said only "部门自评" for the sample's seven self-assessed
        // criteria at full marks (44 points): the reason was in score-summary.json and the workbook alone
        EngineResult r = run(sample());
        ScoreSummary.write(tmp, r, new Messages(Messages.ZH), META);
        String reason = "自评 25（理由：";
        assertTrue(r.sheet().criterion("effectiveness").orElseThrow().explanation().startsWith(reason));
        assertTrue(Files.readString(tmp.resolve("score-summary.md")).contains("部门自评：" + reason));
        assertTrue(Files.readString(tmp.resolve("score-summary.html")).contains("<p class=\"formula\">" + reason));
    }

    @Test
    void markdownIsThePasteReadyTable(@TempDir Path tmp) throws IOException {
        EngineResult r = run(sample());
        ScoreSummary.write(tmp, r, new Messages(Messages.ZH), META);
        String md = Files.readString(tmp.resolve("score-summary.md"));
        java.util.function.Function<String, String> standard = id -> Escape.md(r.sheet().criterion(id).orElseThrow().standard());
        assertTrue(md.contains("| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 评分标准 | 计分方法/说明 | 本行问题 |\n|---|---|---|---:|---:|---|---|---|\n"), md);
        assertTrue(md.contains("| 部门决策 | 预算编制 | 预算编制规范性 | 5.00 | 5.00 | " + standard.apply("budget-preparation-compliance")
                + " | 部门自评：自评 5（理由：实行全口径预算；"), md); // the reason at full marks too (review R, session 24)
        assertTrue(md.contains("|  |  | 预算编制合理性 | 5.00 | 5.00 |"), md);
        assertTrue(md.contains("| 部门管理 | 资金管理 | 财务合规性 | 3.00 | 3.00 |"), md);
        assertTrue(md.contains("| 政府采购执行情况 | 2.00 | 1.68 | " + standard.apply("procurement")
                + " | 分项得分合计：448.01 / 657.77 = 68.11% × 1 + 1 = 1.68 |"), md);
        assertTrue(md.contains("| **综合评分** | | | **100.00** | **96.15** | | | |\n| **评分等级** | | | | **优** | | | |\n"), md);
        // the findings that touch a criterion are listed under the table, each with its criterion
        assertTrue(FindingAnchorsTest.unlinked(md).contains("- 社会效益、经济效益、生态效益及可持续影响等：警告 [score-ignores-missed-target]"), md);
        assertTrue(FindingAnchorsTest.unlinked(md).contains("- 公众或服务对象满意度：警告 [satisfaction-evidence-mismatch]"), md);
        long rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| **") && !l.startsWith("| 一级")).count();
        assertEquals(21, rows);
    }

    @Test
    void englishLabels(@TempDir Path tmp) throws IOException {
        ScoreSummary.write(tmp, run(sample()), new Messages(Locale.ENGLISH), META);
        String md = Files.readString(tmp.resolve("score-summary.md"));
        assertTrue(md.contains("| Level 1 | Level 2 | Criterion | Points | Score | Scoring standard | Method / how scored |"), md);
        assertTrue(md.contains("| **Total** | | | **100.00** | **96.15** | | |"), md);
        assertTrue(Files.readString(tmp.resolve("score-summary.html")).contains("<html lang=\"en\">"));
    }

    @Test
    void htmlIsOneSelfContainedFileWithSvgCharts(@TempDir Path tmp) throws IOException {
        ScoreSummary.write(tmp, run(sample()), new Messages(Messages.ZH), META);
        String html = Files.readString(tmp.resolve("score-summary.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"));
        assertEquals(2, count(html, "<svg "), "one chart per 一级 and one per criterion");
        assertEquals(3 + 21, count(html, "<rect class=\"bg\""), "a bar per 一级 and per criterion");
        assertTrue(html.contains("<style>"));
        assertFalse(html.contains("<script"), "no JavaScript");
        assertFalse(html.contains("<link"), "no stylesheet loaded");
        Matcher m = Pattern.compile("(?i)(src|xlink:href|<link[^>]*href|<use[^>]*href|<image[^>]*href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html);
        assertFalse(m.find(), () -> "network resource: " + m.group());
        assertFalse(html.contains("http://"), "nothing from the network");
        // no absolute URL: jixiao is in no public repository, so no rule is linked unless jixiao.rulesUrl says where
        // (RulesUrlTest), and the rule's id is shown as it is
        assertEquals(0, count(html, "https://"), "no address assumed");
        assertTrue(html.contains("<code>indicator-target-missed</code>"), "the rule named");
        assertFalse(html.matches("(?s).*url\\(.*"), "no CSS url()");
        assertTrue(html.contains("<td class=\"n\" data-label=\"得分\">96.15</td>"), "the total");
        assertTrue(html.contains("1.68 / 2.00"), "a bar's label");
        assertTrue(html.contains("<td class=\"g\" rowspan=\"10\">部门管理</td>"), "一级 cells span their rows");
    }

    /**
     * A criterion that carries no points lost none: 鄂州 2021's 满意度 block (0 / 0, its points given to 产出 and 效益) is
     * not a red "零分" bar as the criterion that scored 0 of 1 in the sample is, in the bar nor in the text alternative.
     */
    @Test
    void aChartBarWorthNoPointsIsNotRed(@TempDir Path tmp) throws Exception {
        Path project = Path.of(ScoreSummaryTest.class.getResource("/real-tables/t14-ezhou-shenpi-2021").toURI());
        ScoreSummary.write(tmp.resolve("t14"), run(project), new Messages(Messages.ZH), META);
        String html = Files.readString(tmp.resolve("t14/score-summary.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>满意度指标（服务对象满意度） 0.00 / 0.00（分值为 0）</title>"), html);
        assertFalse(html.contains("零分）"), "no bar said to have scored nothing");
        assertEquals(0, count(html, "<rect class=\"zero\""));
        assertEquals(2 + 4, count(html, "<rect class=\"bg\""), "every bar keeps its frame: two 一级 and four criteria");
        // the sample's 编外人员控制率, 0 of 1, stays a red stub
        ScoreSummary.write(tmp.resolve("sample"), run(sample()), new Messages(Locale.ENGLISH), META);
        String sample = Files.readString(tmp.resolve("sample/score-summary.html"), StandardCharsets.UTF_8);
        assertTrue(sample.contains("<title>Control rate of non-establishment staff 0.00 / 1.00 (no points)</title>"), sample);
        assertEquals(1, count(sample, "<rect class=\"zero\""));
    }

    @Test
    void htmlEscapesWhatItQuotes() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", ScoreSummaryHtml.esc("<script>&\"'"));
        assertEquals("名称&lt;b&gt; 与 &amp;", ScoreSummaryHtml.esc("名称<b> 与 &"));
        assertEquals("≥ 60 个", ScoreSummaryHtml.esc("≥ 60 个"));
        assertEquals("", ScoreSummaryHtml.esc(null));
        assertEquals("a \\| b c", ScoreSummaryMarkdown.cell("a | b\nc"));
    }

    /** Without a sheet: no score-summary.json (no score to read back), but the page and the Markdown, which say why. */
    @Test
    void withoutASheetOnlyThePagesAreWritten(@TempDir Path tmp) throws IOException {
        EngineResult none = new EngineResult(List.of(), null, null, null, null, null, List.of());
        assertEquals(List.of(tmp.resolve(ReportWriter.SUMMARY_MD), tmp.resolve(ReportWriter.SUMMARY_HTML)),
                ScoreSummary.write(tmp, none, new Messages(Messages.ZH), META));
        String md = Files.readString(tmp.resolve(ReportWriter.SUMMARY_MD));
        assertTrue(md.contains("**未评分：申报无法评分（见下列问题）。** · 0 个错误"), md);
        assertTrue(md.contains("没有发现问题。"), md);
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

}
