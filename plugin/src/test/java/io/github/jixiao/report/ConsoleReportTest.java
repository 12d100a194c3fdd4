package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    private static Finding f(String rule, Severity s, String file, int line, String name) {
        return new Finding(rule, s, "", List.of(name, "≥ 200 人", "150 人"), file, "/x", line, 17, null);
    }

    @Test
    void groupedByFileSortedByLineWithManyOfOneRuleSummarised() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 10; i > 0; i--) {
            fs.add(f("indicator-target-missed", Severity.WARNING, "submission/indicators.json", i * 7, "指标" + i));
        }
        fs.add(f("zero-execution", Severity.ERROR, "submission/tasks.json", 72, "科技创新分项"));
        List<ConsoleReport.Line> lines = ConsoleReport.render(fs, null, new Messages(Messages.ZH), 7);
        List<String> text = lines.stream().map(ConsoleReport.Line::text).toList();
        assertEquals("文件 submission/indicators.json", text.get(0));
        assertTrue(text.get(1).startsWith("  7:17 警告 [indicator-target-missed]"), text.get(1));
        assertTrue(text.get(5).startsWith("  35:17 "), text.get(5));
        assertTrue(text.get(6).contains("还有 5 个“indicator-target-missed”"), text.get(6));
        // where the rest are: first the page a person reads, then the machine files
        assertTrue(text.get(6).contains("全部列在 target/jixiao/score-summary.html 中"), text.get(6));
        String en = ConsoleReport.render(fs, null, new Messages(Locale.ENGLISH), 7).get(6).text();
        assertTrue(en.contains("all of them are on the page target/jixiao/score-summary.html"), en);
        assertEquals("文件 submission/tasks.json", text.get(7));
        assertEquals(Severity.ERROR, lines.get(8).level());
        assertEquals("jixiao：检查了 7 个文件，发现 1 个错误、10 个警告、0 个提示。", text.get(9));
    }

    /**
     * A label of 100,000 characters (an indicator category a pull request made up) is cut in the console as findings.json,
     * the SARIF and the page cut it (Escape.MAX_MESSAGE): one line, not 100,000 characters of the build log.
     */
    @Test
    void aHugeArgumentIsCutAsInEveryOtherOutput() {
        String label = "数量指标" + "甲".repeat(100_000);
        Finding f = new Finding("indicator-category-unknown", Severity.WARNING, "", List.of("产出指标", label, "数量指标", "x"),
                "submission/indicators.json", "/indicators/0", 7, 9, null);
        Messages m = new Messages(Messages.ZH);
        String line = ConsoleReport.render(List.of(f), null, m, 1).get(1).text();
        assertTrue(m.message(f).length() > 100_000);
        assertTrue(line.length() < Escape.MAX_MESSAGE + 100, "line of " + line.length());
        assertTrue(line.startsWith("  7:9 警告 [indicator-category-unknown] "), line.substring(0, 60));
        assertTrue(line.endsWith("…"), line.substring(line.length() - 20));
        assertEquals(label, f.args().get(1)); // the finding (findings.json's args, the fingerprint) keeps it whole
    }

    @Test
    void theSummarisedRestNamesTheFilesThisRunWrote() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            fs.add(f("indicator-target-missed", Severity.WARNING, "submission/indicators.json", i, "指标" + i));
        }
        Path out = Path.of("/w/dept/build/jx");
        // an outputDirectory of its own: the line names it, not target/jixiao
        String more = ConsoleReport.findingLines(fs, null, new Messages(Messages.ZH), 1, Map.of(), Set.of(), Cells.none(),
                out.resolve("score-summary.html"), out.resolve("findings.json")).get(6).text();
        assertTrue(more.contains("全部列在 /w/dept/build/jx/score-summary.html 中"), more);
        assertTrue(more.contains("/w/dept/build/jx/findings.json"), more);
        assertTrue(!more.contains("target/jixiao") && !more.contains("findings.sarif"), more);
        // jixiao.formats without html: no page to send anyone to; findings.json, and how to get the page
        String noPage = ConsoleReport.findingLines(fs, null, new Messages(Locale.ENGLISH), 1, Map.of(), Set.of(), Cells.none(),
                null, out.resolve("findings.json")).get(6).text();
        assertTrue(noPage.contains("all of them are in /w/dept/build/jx/findings.json; add html to jixiao.formats"), noPage);
        assertTrue(!noPage.contains("score-summary.html"), noPage);
    }

    @Test
    void suppressedAndBaselinedAreMarkedAndNotCounted() {
        Finding a = f("indicator-target-missed", Severity.ERROR, "submission/indicators.json", 108, "招引人才数量");
        Finding b = f("zero-execution", Severity.ERROR, "submission/tasks.json", 72, "科技创新分项");
        Finding c = f("sum-mismatch", Severity.ERROR, "submission/budget.json", 80, "448.01");
        List<ConsoleReport.Line> lines = ConsoleReport.render(List.of(a, b, c), null, new Messages(Messages.ZH), 7,
                Map.of(a, "经财政局同意"), Set.of(b));
        String all = String.join("\n", lines.stream().map(ConsoleReport.Line::text).toList());
        assertTrue(all.contains("108:17 错误 （已豁免） [indicator-target-missed]"), all);
        assertTrue(all.contains("72:17 错误 （基线） [zero-execution]"), all);
        assertTrue(all.contains("发现 1 个错误"), all);
        assertEquals(Severity.INFO, lines.stream().filter(l -> l.text().contains("已豁免")).findFirst().orElseThrow().level());
        // a file whose findings are all suppressed or baselined is no longer headed in red; one with an open error is
        assertEquals(Severity.INFO, header(lines, "submission/indicators.json").level());
        assertEquals(Severity.INFO, header(lines, "submission/tasks.json").level());
        assertEquals(Severity.ERROR, header(lines, "submission/budget.json").level());
        Finding w = f("indicator-target-unmeasurable", Severity.WARNING, "submission/indicators.json", 120, "明显");
        List<ConsoleReport.Line> mixed = ConsoleReport.render(List.of(a, w), null, new Messages(Messages.ZH), 7,
                Map.of(a, "经财政局同意"), Set.of());
        assertEquals(Severity.WARNING, header(mixed, "submission/indicators.json").level());
        // the totals line on its own (logViolationsToConsole=false) says the same as the full report's last line
        assertEquals(lines.get(lines.size() - 1), ConsoleReport.summary(List.of(a, b, c), new Messages(Messages.ZH), 7,
                Map.of(a, "经财政局同意"), Set.of(b)));
    }

    private static List<String> scoreLines(String table, Locale locale) throws Exception {
        Path project = Path.of(ConsoleReportTest.class.getResource("/real-tables/" + table).toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
        return ConsoleReport.scoreLines(r.sheet(), new Messages(locale)).stream().map(ConsoleReport.Line::text).toList();
    }

    /**
     * A block of the national table's indicators is scored as the sum of its rows ("0 + 0 + 0 = 0.00"), which says
     * nothing of where the points went: its line names the rows that lost points, each with its reason.
     */
    @Test
    void anIndicatorBlockNamesTheRowsThatLostPoints() throws Exception {
        // 青神 2023: both rows left without 实际完成值 (the table was published unfilled)
        List<String> qingshen = scoreLines("t12-qingshen-fagai-2023", Messages.ZH);
        assertEquals("- 产出指标（数量、质量、时效、成本）：得 0.00 / 60.00 分；失分的指标：“发放(缴纳)覆盖率”得 0.00 / 60.00 分"
                + "（无法计分：绩效指标“发放(缴纳)覆盖率”缺少实际完成值，按 0 分计）", qingshen.get(2));
        List<String> english = scoreLines("t12-qingshen-fagai-2023", Locale.ENGLISH);
        assertTrue(english.get(2).contains("0.00 of 60.00; indicators that lost points: \"发放(缴纳)覆盖率\" 0.00 of 60.00 (not scored: indicator \"发放(缴纳)覆盖率\" has no actual value; counted as 0)"),
                english.get(2));
        // 天长 2022: five output rows, three of them without targets and actuals as printed; two named, the rest counted
        List<String> tianchang = scoreLines("t5-tianchang-2022", Messages.ZH);
        String outputs = tianchang.stream().filter(l -> l.startsWith("- 产出指标")).findFirst().orElseThrow();
        assertTrue(outputs.startsWith("- 产出指标（数量、质量、时效、成本）：得 20.00 / 50.00 分；失分的指标：“工程质量合格”得 0.00 / 10.00 分（"), outputs);
        assertTrue(outputs.contains("；“年度资金支付完成率100%”得 0.00 / 10.00 分（"), outputs);
        assertTrue(outputs.endsWith("，另有 1 项"), outputs);
    }

    /**
     * The totals line counts the files checked, not the files with findings: 天长 2022 has findings in three of its four
     * files, and "4 个文件中发现 12 个错误" read as if all four had some. (Its blank rows, each alone in its category, are
     * said once since trial s30-G item 9: 6 errors, not 12.)
     */
    @Test
    void theTotalsLineSaysHowManyFilesWereChecked() throws Exception {
        Path project = Path.of(ConsoleReportTest.class.getResource("/real-tables/t5-tianchang-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(4, r.files().size());
        List<ConsoleReport.Line> zh = ConsoleReport.findingLines(r.findings(), r.sheet(), new Messages(Messages.ZH), r.files().size(),
                Map.of(), Set.of(), Cells.none());
        assertEquals(3, zh.stream().filter(l -> l.text().startsWith("文件 ")).count());
        assertEquals("jixiao：检查了 4 个文件，发现 6 个错误、1 个警告、6 个提示。", zh.get(zh.size() - 1).text());
        List<ConsoleReport.Line> en = ConsoleReport.findingLines(r.findings(), r.sheet(), new Messages(Locale.ENGLISH), r.files().size(),
                Map.of(), Set.of(), Cells.none());
        assertEquals("jixiao: 4 file(s) checked: 6 error(s), 1 warning(s), 6 info.", en.get(en.size() - 1).text());
    }

    /**
     * A loss whose score the department stated otherwise says so, as the page and the Markdown do ("（自评 98）"): 鄂州
     * 2021 stated 98 for its 预算执行率 of 10 points and 18 for the 预算执行率 row of 20 (16.70 computed).
     */
    @Test
    void aLossGivesTheStatedScoreWhereItDiffers() throws Exception {
        List<String> zh = scoreLines("t14-ezhou-shenpi-2021", Messages.ZH);
        assertTrue(zh.contains("- 预算执行率：得 8.35 / 10.00 分（125.25 / 150 = 83.50% × 10 = 8.35；自评 98）"), zh.toString());
        assertTrue(zh.contains("- 产出指标（数量、质量、时效、成本）：得 56.70 / 60.00 分；失分的指标：“预算执行率”得 16.70 / 20.00 分"
                + "（83.5% 未达到 ≥ 100%：83.5 / 100 = 0.835 × 20 = 16.7（自评 18））"), zh.toString());
        List<String> en = scoreLines("t14-ezhou-shenpi-2021", Locale.ENGLISH);
        assertTrue(en.contains("- Budget execution rate: 8.35 of 10.00 (125.25 / 150 = 83.50% × 10 = 8.35; self-assessed 98)"), en.toString());
        // an assessed criterion's explanation is the department's own: nothing added (the sample)
        Path project = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<String> sample = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).stream().map(ConsoleReport.Line::text).toList();
        assertTrue(sample.stream().noneMatch(l -> l.contains("；自评")), sample.toString());
    }

    /**
     * A total without a grade (the weights do not add up to 100: 九亭镇 2020, 75) says so as a sentence, not as a grade
     * in brackets inside brackets ('（不评定（分值合计 75 分，不是 100 分））'); a graded total keeps its grade in brackets.
     */
    @Test
    void aTotalWithoutAGradeSaysWhy() throws Exception {
        assertEquals("得分：68.75 / 75.00，不评定：分值合计 75 分，不是 100 分；评分框架 mof-project-2020 2020.8",
                scoreLines("t16-jiuting-chengzhen-2020", Messages.ZH).get(0));
        assertEquals("Score: 68.75 / 75.00, not graded: the weights add up to 75, not 100; framework mof-project-2020 2020.8",
                scoreLines("t16-jiuting-chengzhen-2020", Locale.ENGLISH).get(0));
        assertEquals("得分：99.80 / 100.00（优），评分框架 mof-project-2020 2020.8", scoreLines("t8-yongde-mingliang-2022", Messages.ZH).get(0));
    }

    /**
     * The console's score line states the total and its base as score-summary.md's heading (综合评分 96.15 / 100.00) does, two decimals both
     * ("96.15 / 100.00"), and a criterion's points lost likewise ("得 8.35 / 10.00 分"): the console said "/ 100" and
     * "/ 60" where the reports say "/ 100.00" (session 28, item 3). The sample (graded), 九亭镇 2020 (75 points, not
     * graded: the sentence keeps "分值合计 75 分" as the reports' grade says it) and 鄂州 2021.
     */
    @Test
    void theScoreLineStatesPointsAsTheReportsDo(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path sample = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
        for (Path project : List.of(sample, Path.of(ConsoleReportTest.class.getResource("/real-tables/t16-jiuting-chengzhen-2020").toURI()))) {
            EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
            Path out = tmp.resolve(project.getFileName().toString());
            ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META);
            // the sample's a 综合评分; 九亭镇's 75-point figure none (the scorer's no-total decision, since session 54 headed
            // 已计得分 as the aggregate lists it: review s54 R4 M4)
            String label = project == sample ? "综合评分" : "已计得分";
            java.util.regex.Matcher md = java.util.regex.Pattern.compile("\\*\\*" + label + " ([0-9.]+) / ([0-9.]+)")
                    .matcher(java.nio.file.Files.readString(out.resolve("score-summary.md")));
            assertTrue(md.find(), "score-summary.md's heading");
            String line = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text();
            assertTrue(line.startsWith("得分：" + md.group(1) + " / " + md.group(2)), line + " against " + md.group());
            assertTrue(md.group(2).matches("[0-9]+\\.[0-9]{2}"), md.group(2));
        }
        String sampleLine = ConsoleReport.scoreLines(new Engine().run(EngineOptions.of(sample, sample.resolve("submission"))).sheet(),
                new Messages(Messages.ZH)).get(0).text();
        assertTrue(sampleLine.startsWith("得分：96.15 / 100.00（优），"), sampleLine);
        for (String l : scoreLines("t14-ezhou-shenpi-2021", Messages.ZH)) {
            assertFalse(java.util.regex.Pattern.compile(" / [0-9]+(?![0-9.])").matcher(l.replaceAll("（.*", "")).find(), l);
        }
    }

    /**
     * A total on the full base of 100 without a grade (a partial framework's: the scorer grades a complete framework
     * only) is ungraded in the console as in the summary's heading of the unscored points ({@code ScoreSheet.graded()}):
     * not "（不评定（分值合计 100 分，不是 100 分））" in brackets, and no weights' reason that is not the reason.
     */
    @Test
    void aTotalOnTheFullBaseWithoutAGradeIsUngradedInBoth() throws Exception {
        Path table = Path.of(ConsoleReportTest.class.getResource("/real-tables/t8-yongde-mingliang-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(table, table.resolve("submission")));
        io.github.jixiao.score.ScoreSheet s = r.sheet();
        io.github.jixiao.score.ScoreSheet ungraded = new io.github.jixiao.score.ScoreSheet(s.frameworkId(), s.frameworkVersion(),
                s.frameworkName(), s.criteria(), s.total(), "", s.indicatorsCarryPoints(),
                List.of(new io.github.jixiao.score.ScoreSheet.Unscored("x", "产出指标", java.math.BigDecimal.TEN, "缺少数据")), s.frameworkFile());
        assertTrue(ungraded.fullBase());
        assertEquals("得分：99.80 / 100.00，不评定：总分不在评分框架的任何等级区间内；评分框架 mof-project-2020 2020.8",
                ConsoleReport.scoreLines(ungraded, new Messages(Messages.ZH)).get(0).text());
        assertEquals("Score: 99.80 / 100.00, not graded: no band of the framework holds the total; framework mof-project-2020 2020.8",
                ConsoleReport.scoreLines(ungraded, new Messages(Locale.ENGLISH)).get(0).text());
        assertEquals(new Messages(Messages.ZH).label("summary.unscored.ungraded", "10"),
                ScoreSummary.unscoredHeading(ungraded, new Messages(Messages.ZH)));
        // the page, the aggregate and diff give the same reason: some points scored, no band holds the total (review V3);
        // a stored summary says whether nothing was scored by its unscored points and weight
        FrameworkNames names = FrameworkNames.of(ungraded, new Messages(Messages.ZH));
        assertEquals("不评定（总分不在评分框架的任何等级区间内）", ScoreSummary.grade(ungraded, names, new Messages(Messages.ZH)));
        assertEquals("不评定（总分不在评分框架的任何等级区间内）", ScoreSummary.grade("", true, null, false, null, null, ungraded.weight(),
                ScoreSummary.nothingScored(ungraded.unscoredPoints(), ungraded.weight()), names, new Messages(Messages.ZH)));
        assertEquals("不评定（没有一项能够计分：各评分项都缺少数据）", ScoreSummary.grade("", true, null, false, null, null, ungraded.weight(),
                ScoreSummary.nothingScored(java.math.BigDecimal.valueOf(100), ungraded.weight()), names, new Messages(Messages.ZH)));
    }

    /** A criterion scored by its own formula keeps the formula as applied. */
    @Test
    void aCriterionWithItsOwnFormulaShowsIt() throws Exception {
        Path project = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<String> lines = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).stream().map(ConsoleReport.Line::text).toList();
        assertTrue(lines.contains("- 编外人员控制率：得 0.00 / 1.00 分（(6 + 34) / (38 + 6 + 34) = 51.28% > 10% → 0）"), lines.toString());
    }

    /**
     * An English message names a category in the framework's English but tells the value to type as the schema takes
     * it (青神 2023, indicator-category-missing: level1 "产出指标", not "Output indicators", which the schema refuses);
     * the arguments, and so the fingerprint, are unchanged.
     */
    @Test
    void aValueToTypeStaysAsTheSchemaTakesIt() throws Exception {
        Path project = Path.of(ConsoleReportTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.ENGLISH));
        Messages m = new Messages(Locale.ENGLISH).forSheet(r.sheet());
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-category-missing")
                && x.args().subList(0, 2).equals(List.of("产出指标", "质量指标"))).findFirst().orElseThrow();
        // since session 58 质量 and 时效 are one finding (approved-several), under the first one's fingerprint
        assertEquals("approved-several", f.key());
        // at 自评 since session 56 the approved targets lacking the category (approved): nothing to type, the two levels
        // named as the framework names them, the arguments (and the fingerprint) unchanged but for the stage words after them
        assertEquals("The performance targets approved at the start of the year have no \"Output indicators\" indicator of 2 categories, "
                + "Quality indicators, Timeliness indicators, and none is marked as not applicable. The self-evaluation reports on the approved targets row by row, and none can "
                + "be added after the fact: state in the report why these categories are missing, and set indicators of them when next year's targets are declared.",
                m.message(f));
        assertTrue(new Messages(Messages.ZH).message(f).startsWith("年初批复的绩效目标中缺少“产出指标”下的质量指标、时效指标两类指标"));
    }

    /**
     * A category with one empty row reads right in both languages (天长 2022: "the 1 rows … all" before), and names its
     * row (review R7, session 42: the message gave the line and the category, and a reviewer looked for the row among the
     * category's by line number; 天长's 质量指标 row is named 工程质量合格, its content in the name).
     */
    @Test
    void anEmptyCategoryOfOneRowReadsRight() throws Exception {
        Path project = Path.of(ConsoleReportTest.class.getResource("/real-tables/t5-tianchang-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-incomplete") && x.key().startsWith("empty-category")
                && x.args().get(1).equals("质量指标")).findFirst().orElseThrow();
        assertTrue(new Messages(Messages.ZH).message(f).startsWith("“产出指标/质量指标”类下的指标（共 1 行：“工程质量合格”）没有指标值和实际完成值，却自评满分 10 分。"),
                new Messages(Messages.ZH).message(f));
        assertTrue(new Messages(Locale.ENGLISH).message(f).startsWith("No row under \"产出指标/质量指标\" (1 in all: \"工程质量合格\") has a target or an actual, "
                + "yet it is scored full marks (10)."), new Messages(Locale.ENGLISH).message(f));
    }

    /**
     * An empty category whose rows have no name either says so (黄石 2019's 监控表 prints 质量 with nothing beside it, t15):
     * no empty quotes, and in English in English. At 运行监控 only its targets are asked for (empty-category-target, since
     * session 42: the field holds the value to date, which no-monitoring asks for).
     */
    @Test
    void anEmptyCategoryOfUnnamedRowsSaysSo() throws Exception {
        Path project = Path.of(ConsoleReportTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-incomplete") && x.key().startsWith("empty-category")
                && x.pointer().equals("/indicators/0")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("类下的指标（共 1 行：均未填写三级指标名称）没有指标值。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains(" (1 in all: none has a 三级指标 (third-level) name) has a target."), en);
    }

    private static ConsoleReport.Line header(List<ConsoleReport.Line> lines, String file) {
        return lines.stream().filter(l -> l.text().equals("文件 " + file)).findFirst().orElseThrow();
    }

    /** A monitoring submission's console ends with its execution to date beside the time elapsed (黄石 2019: 87.57 of 220 by June). */
    @Test
    void aMonitoringSubmissionSaysItsExecutionToDate() throws Exception {
        Path project = Path.of(ConsoleReportTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO,
                "运行监控：执行进度 39.80%，序时进度 50.00%（详见 score-summary.html 的“运行监控情况”）。")),
                ConsoleReport.monitoringLines(r, new Messages(Messages.ZH)));
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO,
                "Monitoring: execution to date 39.80%, time elapsed 50.00% (see \"Monitoring to date\" in score-summary.html).")),
                ConsoleReport.monitoringLines(r, new Messages(Locale.ENGLISH)));
        EngineResult self = new Engine().run(EngineOptions.of(project.resolve("../t10-putuo-tiyu-2022").normalize(),
                project.resolve("../t10-putuo-tiyu-2022/submission").normalize()));
        assertEquals(List.of(), ConsoleReport.monitoringLines(self, new Messages(Messages.ZH)));
    }
    /**
     * Where budget.json gives no funds.toDateMonth and the month is read from the table's title (黄石's table retitled
     * 1-6月), the console line says so, as the page does, for the reviewer to check the month before the 序时进度.
     */
    @Test
    void aMonthReadFromTheTitleIsSaidOnTheConsole(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path from = Path.of(ConsoleReportTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        Path project = tmp.resolve("t15");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = project.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        Path budget = project.resolve("submission/budget.json");
        java.nio.file.Files.writeString(budget, java.nio.file.Files.readString(budget).replace("\"toDateMonth\": 6,", ""));
        Path dept = project.resolve("submission/department.json");
        java.nio.file.Files.writeString(dept, java.nio.file.Files.readString(dept).replace("黄石市项目支出绩效监控表", "黄石市2019年1-6月项目支出绩效监控表"));
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO, "运行监控：执行进度 39.80%，序时进度 50.00%，截至月份读自表名"
                + "（budget.json 没有填写 funds.toDateMonth；详见 score-summary.html 的“运行监控情况”）。")),
                ConsoleReport.monitoringLines(r, new Messages(Messages.ZH)));
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO, "Monitoring: execution to date 39.80%, time elapsed 50.00%, its month read "
                + "from the table's title as budget.json gives no funds.toDateMonth (see \"Monitoring to date\" in score-summary.html).")),
                ConsoleReport.monitoringLines(r, new Messages(Locale.ENGLISH)));
    }

    /**
     * Where nothing is scored the console says so and why, in place of the score line (s31 trial: a 目标申报 and a 运行监控
     * submission's console ended with the unit's name alone, or with the execution to date; a unit at 运行监控 that had not
     * yet filled in a figure saw no word of the stage at all). The page's verdict says the same; the execution follows.
     */
    @Test
    void whereNothingIsScoredTheConsoleSaysWhy(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path monitoring = Path.of(ConsoleReportTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(monitoring, monitoring.resolve("submission")));
        assertEquals(List.of("运行监控阶段不评分：得分在年终自评时计算。",
                "运行监控：执行进度 39.80%，序时进度 50.00%（详见 score-summary.html 的“运行监控情况”）。"),
                ConsoleReport.unscoredLines(r, new Messages(Messages.ZH)).stream().map(ConsoleReport.Line::text).toList());
        assertEquals("Not scored at this stage (Monitoring): the score is computed at the year-end self-evaluation.",
                ConsoleReport.unscoredLines(r, new Messages(Locale.ENGLISH)).get(0).text());
        Path targets = monitoring.resolve("../t30-xiangtan-wupaoche-2023").normalize();
        EngineResult t = new Engine().run(EngineOptions.of(targets, targets.resolve("submission")));
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO, "目标申报阶段不评分：得分在年终自评时计算。")),
                ConsoleReport.unscoredLines(t, new Messages(Messages.ZH)));
        // at 自评 on a framework that cannot be used, the reasons are the findings printed above the line
        java.nio.file.Files.createDirectories(tmp.resolve("submission"));
        for (String f : List.of("budget.json", "indicators.json")) {
            java.nio.file.Files.copy(targets.resolve("submission/" + f), tmp.resolve("submission/" + f));
        }
        java.nio.file.Files.writeString(tmp.resolve("submission/department.json"), java.nio.file.Files.readString(
                targets.resolve("submission/department.json")).replace("目标申报", "自评").replace("mof-project-2020", "no-such-framework"));
        EngineResult self = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));
        assertEquals(null, self.sheet());
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO, "未评分：申报无法评分（原因见上面列出的问题）。")),
                ConsoleReport.unscoredLines(self, new Messages(Messages.ZH)));
    }
}
