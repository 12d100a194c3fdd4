package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A sheet with nothing scorable (its criteria weigh 0 points in all: 大英 双心 2020, t44; 大英 民政 2020, t98, forms that print
 * no points whose copies hold no funds block) has no figure to print: every output says "不计分" ("not scored") with the
 * reason, not "0.00 / 0.00" as if something had been scored (audit s55 A10 row C3; until session 56 "得分：0.00 / 0.00，
 * 不评定：…没有计分", "已计得分 0.00 / 0.00", two charts of 0 / 0 bars, "0.00 → 0.00（0.00）" in diff.md).
 */
class NothingScorableTest {

    private static final List<String> TABLES = List.of("t44-daying-shuangxin-2020", "t98-daying-minzheng-2020");

    private static EngineResult run(String table, Locale l) {
        Path p = Samples.realTable(table);
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null, null, l));
    }

    @Test
    void theConsoleSaysNotScoredWithNoFraction() {
        for (String t : TABLES) {
            EngineResult r = run(t, Locale.SIMPLIFIED_CHINESE);
            assertTrue(r.sheet().nothingScorable(), t);
            String zh = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text();
            assertTrue(zh.startsWith("得分：不计分（表式按设计不为绩效指标印分值，存稿中也没有可计分的其余各项"), t + ": " + zh);
            assertFalse(zh.contains(" / ") || zh.contains("0.00"), t + ": " + zh);
            String en = ConsoleReport.scoreLines(r.sheet(), new Messages(Locale.ENGLISH)).get(0).text();
            assertTrue(en.startsWith("Score: not scored (the form prints no points"), t + ": " + en);
            assertFalse(en.contains(" / ") || en.contains("0.00"), t + ": " + en);
        }
        // a sheet with something to score keeps its fraction (大英 医保 2023, t96: 0.00 / 55.00, the rows' points)
        EngineResult t96 = run("t96-daying-yibao-2023", Locale.SIMPLIFIED_CHINESE);
        assertFalse(t96.sheet().nothingScorable());
        assertTrue(ConsoleReport.scoreLines(t96.sheet(), new Messages(Messages.ZH)).get(0).text().contains("0.00 / 55.00"));
    }

    @Test
    void theSummariesSayNotScoredAndDrawNoChart() {
        for (String t : TABLES) {
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                EngineResult r = run(t, l);
                Messages m = new Messages(l);
                String none = m.label("summary.notScorable");
                String md = ScoreSummaryMarkdown.render(r, m, ReportMeta.of(""));
                assertTrue(md.contains("**" + m.label("summary.total.none") + m.label("punct.colon") + none + " · "), t + md);
                assertTrue(md.contains("** | **" + none + "** |"), t + ": the table's total row");
                assertFalse(md.contains("0.00 / 0.00"), t + md);
                String html = ScoreSummaryHtml.render(r, m, ReportMeta.of(""));
                assertTrue(html.contains("<b>" + ScoreSummaryHtml.esc(none) + "</b>"), t);
                assertFalse(html.contains("<b>0.00</b> / 0.00"), t);
                String charts = html.substring(html.indexOf("<section id=\"charts\">"));
                charts = charts.substring(0, charts.indexOf("</section>"));
                assertFalse(charts.contains("<svg"), t + ": no bars of 0 / 0");
                assertTrue(charts.contains(ScoreSummaryHtml.esc(m.label("summary.charts.none"))), t + charts);
                List<List<Object>> rows = ScoreSummaryXlsx.tables(r, m, f -> null).get(0).rows();
                assertTrue(rows.stream().anyMatch(row -> row.contains(none)), t + ": the workbook's total row " + rows);
                // score-summary.json: the figures as they are (machine-readable), the reason stored
                ReportModel.SummaryDocument d = ScoreSummary.jsonTree(r, ReportMeta.of(""));
                assertEquals(0, d.weight().signum());
                assertEquals("unpointedNone", d.ungraded());
                // diff.md and the aggregate, which read that summary
                String diff = ScoreDiff.markdown(ScoreDiff.compare(d, d, null, null), m);
                assertTrue(diff.contains(none + " → " + none + "  \n"), diff);
                Aggregate.Result agg = Aggregate.of(List.of(AggregateNamesTest.input("a", Samples.realTable(t), null),
                        AggregateNamesTest.input("putuo", Samples.realTable("t10-putuo-tiyu-2022"), null)));
                String aggMd = Aggregate.markdown(agg, m);
                assertTrue(aggMd.contains(" | " + none + " | "), aggMd);
                assertFalse(aggMd.contains("0.00 / 0.00"), aggMd);
                assertTrue(Aggregate.html(agg, m).contains(">" + Escape.html(none) + "<"), "aggregate html");
                // listed apart, not ranked; said 不计分 since session 57 (noTotalNote.notScorable; AggregateFormNotesTest)
                assertTrue(aggMd.contains(m.label("aggregate.noTotalNote.notScorable", 1, "a")), aggMd);
            }
        }
    }
}
