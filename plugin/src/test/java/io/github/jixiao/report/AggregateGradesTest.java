package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The aggregate states each department's grade as the department's own reports do, and names a criterion that two
 * frameworks call alike apart: 天长 2022 (差, provisional), 鄂州 2021 (no grade: a cut copy on a partial framework) and the sample
 * (优), whose 预算执行率 and the national table's both lose points.
 */
class AggregateGradesTest {

    /** A department checked in {@code locale} and handed to the aggregate as jixiao:aggregate reads it. Shared with AggregateReviewedTest. */
    static Aggregate.Input input(String module, Path project, Locale locale) {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
        Messages m = new Messages(locale);
        ReportMeta meta = ReportMeta.of("");
        return new Aggregate.Input(module, ScoreSummary.jsonTree(r, meta),
                FindingsJson.tree(r.findings(), m, ReportWriter.head(r, m, meta), java.util.Map.of()), null);
    }

    private static Path realTable(String name) {
        try {
            return Path.of(AggregateGradesTest.class.getResource("/real-tables/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Aggregate.Result district(Locale locale) {
        return Aggregate.of(List.of(input("t5", realTable("t5-tianchang-2022"), locale), input("t14", realTable("t14-ezhou-shenpi-2021"), locale),
                input("sample", ScoreSummaryTest.sample(), locale)));
    }

    @Test
    void gradesReadAsOnTheDepartmentsOwnPages() {
        String md = Aggregate.markdown(district(Messages.ZH), new Messages(Messages.ZH));
        assertTrue(md.contains(" | 75.05 / 80.00（已计得分，不是综合评分） | 不评定（评分框架只含部分评分项，不定等级） | 0 | 8 | 5 |\n"), md); // the figure no 综合评分 since session 54, as its page heads it; since session 51 on a partial framework (the copy is cut): score-weights total (error) and the 效益 split (warning) gone, partial (a note) said; until then 1 | 9 | 4: 4 notes: a bare miss said once (Engine.bareMissedOnce), the restated budget too (budgetRestatedOnce, session 33); 9 warnings: the row's score-claim-mismatch carried by its miss (Engine.missedClaimOnce, session 49)
        assertTrue(md.contains(" | 40.00 | 差（暂定） | "), md);
        assertTrue(md.contains(" | 96.15 | 优 | "), md);
        // the distribution has no row without a name
        assertTrue(md.contains("| 差 | 1 |\n| 不评定 | 1 |\n"), md);
        assertFalse(md.contains("\n|  | "), md);
        String html = Aggregate.html(district(Messages.ZH), new Messages(Messages.ZH));
        assertTrue(html.contains("<td class=\"n\">不评定（评分框架只含部分评分项，不定等级）</td>"), html);
        assertTrue(html.contains("<title>不评定 1</title>"), html);
        String en = Aggregate.markdown(district(Locale.ENGLISH), new Messages(Locale.ENGLISH));
        assertTrue(en.contains(" | 40.00 | Poor (provisional) | "), en);
        assertTrue(en.contains("| not graded | 1 |\n"), en);
        assertTrue(en.contains(" | 75.05 / 80.00 (scored so far, not a total) | not graded (the framework holds only some of the criteria and gives no grade) | "), en);
    }

    /**
     * In English a total without a grade is "not graded" wherever it is read (trial E, session 38): the console said
     * "Score: 75.05 / 80.00, not graded: the weights add up to 80, not 100", while the page, the Markdown, the workbook and
     * the aggregate said "Grade none (the weights add up to 80, not 100)" and counted the department under "none". 鄂州
     * 2021 (t14), whose weights add up to 80 (since session 51 read on a partial framework, the copy being cut: not graded
     * for that reason).
     */
    @Test
    void englishSaysNotGradedAsTheConsoleDoes() {
        Path t14 = realTable("t14-ezhou-shenpi-2021");
        EngineResult r = new Engine().run(EngineOptions.of(t14, t14.resolve("submission")).withLocale(Locale.ENGLISH));
        Messages m = new Messages(Locale.ENGLISH);
        String console = ConsoleReport.scoreLines(r.sheet(), m.forSheet(r.sheet())).get(0).text();
        assertTrue(console.contains(", not graded: the framework holds only some of the criteria;"), console);
        String md = ScoreSummaryMarkdown.render(r, m, ReportMeta.of(""));
        assertTrue(md.contains("· Grade not graded (the framework holds only some of the criteria and gives no grade)**"), md);
        assertFalse(md.contains("Grade none"), md);
        String agg = Aggregate.markdown(district(Locale.ENGLISH), m);
        assertTrue(agg.contains("| not graded | 1 |\n") && !agg.contains("| none |"), agg);
    }

    /**
     * The distribution counts 天长 2022's 差（暂定） as 差, as it must to add up; it says so under the table, naming the
     * department, so that a reviewer does not read the count as final (session 30 trial: a county's 良 that was 良（暂定）,
     * its satisfaction row blank, counted under 良 with nothing said). Without a provisional grade there is no such line.
     */
    @Test
    void theDistributionSaysWhichGradesAreProvisional() {
        String md = Aggregate.markdown(district(Messages.ZH), new Messages(Messages.ZH));
        assertTrue(md.contains("| 差 | 1 |\n| 不评定 | 1 |\n\n其中 1 个部门的等级是暂定的（t5）："), md);
        String html = Aggregate.html(district(Messages.ZH), new Messages(Messages.ZH));
        assertTrue(html.contains("<p class=\"note\">其中 1 个部门的等级是暂定的（t5）："), html);
        String en = Aggregate.markdown(district(Locale.ENGLISH), new Messages(Locale.ENGLISH));
        assertTrue(en.contains("\n\nOf these, 1 department(s) have a provisional grade (t5): "), en);
        String sample = Aggregate.markdown(Aggregate.of(List.of(input("sample", ScoreSummaryTest.sample(), Messages.ZH))),
                new Messages(Messages.ZH));
        assertFalse(sample.contains("暂定"), sample);
    }

    /**
     * Departments of different years counted together (天长 2022, 鄂州 2021, the sample 2024) are said under the distribution
     * (trial G, session 30: a county's 2019 and 2021 tables aggregated without a remark); one year, no such line.
     */
    @Test
    void departmentsOfDifferentYearsAreSaid() {
        String md = Aggregate.markdown(district(Messages.ZH), new Messages(Messages.ZH));
        assertTrue(md.contains("\n汇总中的申报分属不同年度（2021、2022、2024）：各年度的评分框架和绩效目标不同"), md);
        String html = Aggregate.html(district(Messages.ZH), new Messages(Messages.ZH));
        assertTrue(html.contains("<p class=\"note\">汇总中的申报分属不同年度（2021、2022、2024）"), html);
        String en = Aggregate.markdown(district(Locale.ENGLISH), new Messages(Locale.ENGLISH));
        assertTrue(en.contains("The submissions aggregated are of different years (2021, 2022, 2024)"), en);
        List<io.github.jixiao.xlsx.Table> tables = Aggregate.tables(district(Messages.ZH), new Messages(Messages.ZH));
        assertTrue(tables.toString().contains("汇总中的申报分属不同年度"), "the workbook's grade sheet too");
        String sample = Aggregate.markdown(Aggregate.of(List.of(input("sample", ScoreSummaryTest.sample(), Messages.ZH),
                input("again", ScoreSummaryTest.sample(), Messages.ZH))), new Messages(Messages.ZH));
        assertFalse(sample.contains("不同年度"), sample);
    }

    /** A partial framework of 90 points (银川 2021) is ungraded as partial in the aggregate too, not "the weights add up to 90". */
    @Test
    void aPartialFrameworkIsUngradedAsPartial() {
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            String md = Aggregate.markdown(Aggregate.of(List.of(input("t1", realTable("t1-yinchuan-2021"), l))), m);
            assertTrue(md.contains(" | " + m.label("summary.grade.partial") + " | "), md);
            assertFalse(md.contains("add up to 90") || md.contains("分值合计 90"), md);
        }
    }

    /**
     * 预算执行率 of mof-project-2020 (普陀 2022, t10: 优, 1.38 of its 10 lost) and of 深圳's (the sample, 0.53 lost) each named
     * with its framework. Until session 56 the district's own 鄂州 2021 (t14) stood for the national one: its cut copy's
     * 1.65 was counted, though its figure is no 综合评分; since then it adds nothing to the losses.
     */
    @Test
    void criteriaOfTwoFrameworksThatReadAlikeAreToldApart() {
        Aggregate.Result r = Aggregate.of(List.of(input("t5", realTable("t5-tianchang-2022"), Messages.ZH),
                input("t14", realTable("t14-ezhou-shenpi-2021"), Messages.ZH), input("t10", realTable("t10-putuo-tiyu-2022"), Messages.ZH),
                input("sample", ScoreSummaryTest.sample(), Messages.ZH)));
        assertEquals(2, r.losses().stream().filter(l -> l.name().equals("预算执行率")).count());
        String md = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.contains("\n| 预算执行率（mof-project-2020） | 1.38 | 1 |\n"), md);
        assertTrue(md.contains("\n| 预算执行率（shenzhen-department-2024） | 0.53 | 1 |\n"), md);
        assertTrue(md.contains("\n| 编外人员控制率 | 1.00 | 1 |\n"), "a name only one framework gives stays as it is");
        assertTrue(r.losses().stream().noneMatch(l -> "mof-project-2020-ezhou-shenpi-2021".equals(l.framework())), r.losses().toString());
    }
}
