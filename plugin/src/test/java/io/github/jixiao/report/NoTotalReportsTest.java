package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reports say why a total has no grade from the scorer's one decision ({@link ScoreSheet#noTotal}), and the aggregate
 * and diff.md read it stored in score-summary.json ({@code ungraded}), not the flags again (session 53, P5's left-alone of
 * session 52). And they name the built-in framework a project's file extends (the console and the aggregate, as the
 * summaries did since session 52).
 */
class NoTotalReportsTest {

    private static EngineResult run(String table) {
        return run(table, null);
    }

    /** {@code table} checked on framework {@code framework} (null: the one its department.json names). */
    private static EngineResult run(String table, String framework) {
        Path p = Samples.realTable(table);
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, framework));
    }

    private static String aggregateGrade(String table, Messages m) {
        return aggregateGrade(table, null, m);
    }

    private static String aggregateGrade(String table, String framework, Messages m) {
        Aggregate.Input in = AggregateNamesTest.input(table, Samples.realTable(table), framework);
        Aggregate.Result r = Aggregate.of(List.of(in));
        return Aggregate.markdown(r, m);
    }

    /**
     * 四川 自选 fragment (t45) on the whole mof-project-2020 (its own framework is a partial one since session 53, P6):
     * 100 points on a whole framework, nothing scored (every criterion lacks its figures): the
     * summary and the console say "没有一项能够计分"; the aggregate, reading score-summary.json's flags, said "评分框架只含部分评分项"
     * (no partial flag is written for a whole framework, and a summary without it was read as partial on the full base).
     */
    @Test
    void aWholeFrameworkWithNothingScoredIsNotSaidPartialInTheAggregate() {
        EngineResult r = run("t45-sichuan-zixuan-fragment", "mof-project-2020");
        assertEquals(null, r.sheet().noTotal());
        assertEquals("unscored", ScoreSummary.ungraded(r.sheet()));
        ReportModel.SummaryDocument d = ScoreSummary.jsonTree(r, ReportMeta.of(""));
        assertEquals("unscored", d.ungraded());
        assertTrue(Json.write(d).contains("\"ungraded\""), "score-summary.json says it");
        for (Messages m : List.of(new Messages(Messages.ZH), new Messages(Locale.ENGLISH))) {
            String summary = ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), m), m);
            assertEquals(m.label("summary.grade.unscored"), summary);
            String agg = aggregateGrade("t45-sichuan-zixuan-fragment", "mof-project-2020", m);
            assertTrue(agg.contains(summary), agg);
            assertFalse(agg.contains(m.label("summary.grade.partial")), agg);
        }
        // diff.md: the same summary on both sides states the same grade
        String diff = ScoreDiff.markdown(ScoreDiff.compare(d, d, null, null), new Messages(Messages.ZH));
        assertFalse(diff.contains("评分框架只含部分评分项"), diff);
    }

    /**
     * 耒阳四中 2022 (t108): no indicator row at all (score-weights total-no-indicators: the 90 indicator points cannot be
     * scored). The console said "分值合计 10 分，不是 100 分", the sum and not the reason; now the scorer's NO_INDICATORS, the
     * same in the summary and the aggregate.
     */
    @Test
    void aTableWithNoIndicatorRowSaysSo() {
        EngineResult r = run("t108-leiyang-sizhong-2022");
        assertEquals(ScoreSheet.NoTotal.NO_INDICATORS, r.sheet().noTotal());
        assertTrue(r.findings().stream().anyMatch(f -> f.key().startsWith("total-no-indicators")), r.findings().toString());
        Messages zh = new Messages(Messages.ZH);
        String line = ConsoleReport.scoreLines(r.sheet(), zh).get(0).text();
        assertTrue(line.contains("不评定：没有绩效指标行") && !line.contains("分值合计 10 分"), line);
        String en = ConsoleReport.scoreLines(r.sheet(), new Messages(Locale.ENGLISH)).get(0).text();
        assertTrue(en.contains("not graded: there is no indicator row"), en);
        String summary = ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), zh), zh);
        assertEquals(zh.label("summary.grade.noIndicators"), summary);
        assertTrue(aggregateGrade("t108-leiyang-sizhong-2022", zh).contains(summary));
    }

    /**
     * 昌宁 建富 2022 (t117): a 自评报告 whose 自评表 is another attachment, on a partial framework that says so
     * ({@code partialCut.indicators}, since session 53 as t114). The score line says what the figure is, no indicator row and
     * so no 综合评分 (the scorer's NO_INDICATORS, decided before the cut); the cut itself is the partial note's to say, and
     * nothing asks for the rows (no total-no-indicators). The decision pinned (review s53 R3 B2: either wording was
     * unpinned on a copy cut before its indicators).
     */
    @Test
    void aCopyCutBeforeItsIndicatorsSaysNoIndicatorRowAndTheCutApart() {
        EngineResult r = run("t117-changning-jianfu-2022");
        assertEquals(ScoreSheet.NoTotal.NO_INDICATORS, r.sheet().noTotal());
        assertTrue(r.findings().stream().noneMatch(f -> f.key().startsWith("total-no-indicators")), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("score-weights") && f.key().startsWith("partial")),
                r.findings().toString());
        Messages zh = new Messages(Messages.ZH);
        String line = ConsoleReport.scoreLines(r.sheet(), zh).get(0).text();
        assertTrue(line.contains("不评定：没有绩效指标行") && !line.contains("分值合计"), line);
        assertEquals(zh.label("summary.grade.noIndicators"), ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), zh), zh));
    }

    /**
     * A cut copy with no 分值 column (隆阳 2022, t111: partial, and no row carrying points): the -short finding says "不是综合评分，
     * 不评定等级" and the partial note the cut only (partial-rows); the scorer's reason is POINTLESS (CUT came first until
     * session 53, while every report said pointless), and the reports say pointless as before.
     */
    @Test
    void aCutCopyWithNoPointsColumnIsPointless() {
        EngineResult r = run("t111-longyang-huafei-2022");
        assertEquals(ScoreSheet.NoTotal.POINTLESS, r.sheet().noTotal());
        Messages zh = new Messages(Messages.ZH);
        // said since session 56 as the form's (project-20-80 prints no 分值 on its rows: rowPoints unprinted), the same decision
        assertEquals(zh.label("summary.grade.unprinted"), ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), zh), zh));
        assertEquals("summary.total.pointless", ScoreSummary.totalLabel(r.sheet()));
    }

    /** A summary written before session 53 (no ungraded) is read from its flags, as then. */
    @Test
    void anOlderSummaryIsReadFromItsFlags() {
        Messages zh = new Messages(Messages.ZH);
        FrameworkNames names = FrameworkNames.of(null, "mof-project-2020", zh);
        assertEquals(zh.label("summary.grade.partial"), ScoreSummary.grade("", false, null, Boolean.TRUE, null, null,
                java.math.BigDecimal.valueOf(90), Boolean.FALSE, names, zh));
        assertEquals(zh.label("summary.grade.pointless"), ScoreSummary.grade("", false, null, null, null, Boolean.TRUE,
                java.math.BigDecimal.TEN, Boolean.FALSE, names, zh));
        // a reason not known to this version is not trusted: the flags are read
        assertEquals(zh.label("summary.grade.none", "80"), ScoreSummary.grade("", false, "someday", null, null, null,
                java.math.BigDecimal.valueOf(80), Boolean.FALSE, names, zh));
    }

    /**
     * 鄂州 审批 2021 (t14): its framework file extends mof-project-2020. The console's score line and the aggregate's
     * framework column name the built-in and its version beside the file's id (zh and en), as score-summary.md did.
     */
    @Test
    void theConsoleAndTheAggregateNameTheBaseFramework() {
        EngineResult r = run("t14-ezhou-shenpi-2021");
        assertEquals("mof-project-2020", r.sheet().frameworkBase());
        String zh = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text();
        assertTrue(zh.endsWith("评分框架 mof-project-2020-ezhou-shenpi-2021 2020.8-partial（扩展 jixiao 内置框架 mof-project-2020 "
                + r.sheet().frameworkBaseVersion() + "）"), zh);
        String en = ConsoleReport.scoreLines(r.sheet(), new Messages(Locale.ENGLISH)).get(0).text();
        assertTrue(en.endsWith(" (extending jixiao's built-in framework mof-project-2020 " + r.sheet().frameworkBaseVersion() + ")"), en);
        // a framework that extends none: the line as before
        EngineResult t10 = run("t10-putuo-tiyu-2022");
        assertFalse(ConsoleReport.scoreLines(t10.sheet(), new Messages(Messages.ZH)).get(0).text().contains("扩展"));

        Aggregate.Result agg = Aggregate.of(List.of(AggregateNamesTest.input("ezhou", Samples.realTable("t14-ezhou-shenpi-2021"), null),
                AggregateNamesTest.input("putuo", Samples.realTable("t10-putuo-tiyu-2022"), null)));
        String v = r.sheet().frameworkBaseVersion();
        for (Messages m : List.of(new Messages(Messages.ZH), new Messages(Locale.ENGLISH))) {
            String cell = "mof-project-2020-ezhou-shenpi-2021" + m.label("aggregate.frameworkBase", "mof-project-2020", v);
            assertTrue(Aggregate.markdown(agg, m).contains(cell), Aggregate.markdown(agg, m));
            assertTrue(Aggregate.html(agg, m, ReportMeta.of("")).contains(Escape.html(cell)), "html");
            assertFalse(Aggregate.markdown(agg, m).contains("mof-project-2020" + m.label("aggregate.frameworkBase", "mof-project-2020", v)));
        }
        String json = Aggregate.json(agg);
        assertTrue(json.matches("(?s).*\"frameworkBase\" ?: ?\"mof-project-2020\".*"), json);
    }
}
