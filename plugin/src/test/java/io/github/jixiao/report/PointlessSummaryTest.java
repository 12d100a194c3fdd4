package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table with no 分值 column (金步 2020, t56; 襄阳 中心医院 2021, t13): its total is what the execution scored (20 of 20),
 * not a 综合评分, and the department's own reports say so since session 48 (已计得分, 不评定：各绩效指标都没有分值…).
 * score-summary.json carries it ({@code "pointless": true}) to the reports that read the stored summaries, the aggregate
 * and diff.md, which before said "不评定（分值合计 20 分，不是 100 分）" under 总分, as of a table whose points were short;
 * a summary written before session 49, without the field, still reads and says what it said.
 */
class PointlessSummaryTest {
    @TempDir
    Path dir;

    /** {@code table}'s score-summary.json as check writes it, read back; {@code old}: without "pointless" (and "ungraded"), as before. */
    private SummaryDocument stored(String table, boolean old) throws Exception {
        Path project = Samples.realTable(table);
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        String json = ScoreSummary.json(r, ScoreSummaryTest.META);
        assertTrue(json.contains("\"pointless\" : true,"), json);
        Path f = dir.resolve(table + (old ? "-old" : "") + ".json");
        // (nor "ungraded", the reason stored since session 53, which a summary written before session 49 did not have either)
        // "unprinted" since session 56: these are the 20 + 80 form's (rowPoints unprinted), no row carrying points by design
        assertTrue(json.contains("\"ungraded\" : \"unprinted\","), json);
        Files.writeString(f, old ? json.replace("\"pointless\" : true,", "").replace("\"ungraded\" : \"unprinted\",", "") : json,
                StandardCharsets.UTF_8);
        return ReportModel.read(f, SummaryDocument.class);
    }

    @Test
    void theAggregateSaysTheFigureIsNoTotal() throws Exception {
        SummaryDocument now = stored("t56-jinbu-yuye-2020", false);
        SummaryDocument before = stored("t56-jinbu-yuye-2020", true);
        assertEquals(Boolean.TRUE, now.pointless());
        assertNull(before.pointless());
        Aggregate.Result a = Aggregate.of(List.of(new Aggregate.Input("now", now, null, null), new Aggregate.Input("before", before, null, null)));
        String zh = Aggregate.markdown(a, new Messages(Messages.ZH));
        assertTrue(zh.contains("| now | 农业工作科 · 渔业成品油价格改革补贴 | 2020 | jinbu-project-2020（扩展 project-20-80 2020.1） | 20.00 / 20.00（已计得分，不是综合评分） | "
                + "不评定（表式不为绩效指标印分值，各指标均未计分：得分只是预算执行等其余各项的，不是综合评分） |"), zh); // the form's words since session 56 (ungraded unprinted)
        // a summary written before: as the aggregate said it then
        assertTrue(zh.contains("| before | 农业工作科 · 渔业成品油价格改革补贴 | 2020 | jinbu-project-2020（扩展 project-20-80 2020.1） | 20.00 / 20.00 | 不评定（分值合计 20 分，不是 100 分） |"), zh);
        String en = Aggregate.markdown(a, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("| 20.00 / 20.00 (scored so far, not a total) | not graded (the form prints no points on its indicators, so none is scored: "
                + "the score is the other criteria's, such as budget execution, not a total) |"), en);
        String html = Aggregate.html(a, new Messages(Messages.ZH));
        assertTrue(html.contains("20.00 / 20.00（已计得分，不是综合评分）"), html);
        String json = Aggregate.json(a);
        // the 20 + 80 form's row says it has no total once, "noTotal": "unprinted", not "pointless": true beside it too (since
        // session 58); the summary written before says neither, as before
        assertEquals(0, json.split("\"pointless\" : true", -1).length - 1, json);
        assertEquals(1, json.split("\"noTotal\" : \"unprinted\"", -1).length - 1, json);
        // the workbook's grade cell as the page's; its total stays a number Excel can sort
        List<List<Object>> rows = Aggregate.tables(a, new Messages(Messages.ZH)).get(0).rows();
        assertTrue(rows.stream().anyMatch(r -> r.contains("不评定（表式不为绩效指标印分值，各指标均未计分：得分只是预算执行等其余各项的，不是综合评分）")), rows.toString());
    }

    @Test
    void diffMdSaysWhichSidesFigureIsNoTotal() throws Exception {
        SummaryDocument now = stored("t13-xiangyang-zhongxin-2021", false);
        SummaryDocument before = stored("t13-xiangyang-zhongxin-2021", true);
        String both = ScoreDiff.markdown(ScoreDiff.compare(now, now, null, null), new Messages(Messages.ZH));
        // the 20 + 80 form's words since session 57 (diff.total.unprinted: "表式不为绩效指标印分值", as the console's line says it)
        assertTrue(both.contains("**已计得分（表式不为绩效指标印分值，不是综合评分）**：20.00 → 20.00（0.00）  \n"
                + "**等级**：不评定（表式不为绩效指标印分值，各指标均未计分：得分只是预算执行等其余各项的，不是综合评分） → "
                + "不评定（表式不为绩效指标印分值，各指标均未计分：得分只是预算执行等其余各项的，不是综合评分）"), both);
        String en = ScoreDiff.markdown(ScoreDiff.compare(now, now, null, null), new Messages(Locale.ENGLISH));
        assertTrue(en.contains("**Scored so far (the form prints no points on its indicators: not a total)**: 20.00 → 20.00 (0.00)"), en);
        // the base written before session 49: it says nothing, so only the current side is said to be no total
        String mixed = ScoreDiff.markdown(ScoreDiff.compare(before, now, null, null), new Messages(Messages.ZH));
        assertTrue(mixed.contains("**总分（现在的是已计得分：表式不为绩效指标印分值，不是综合评分）**：20.00 → 20.00"), mixed);
        String json = ScoreDiff.json(ScoreDiff.compare(before, now, null, null));
        assertTrue(json.contains("\"pointless\" : {\n      \"before\" : false,\n      \"after\" : true\n    }"), json);
        // two summaries written before: diff.md as it was
        String old = ScoreDiff.markdown(ScoreDiff.compare(before, before, null, null), new Messages(Messages.ZH));
        assertTrue(old.contains("**总分**：20.00 → 20.00"), old);
        assertFalse(old.contains("已计得分"), old);
        assertFalse(ScoreDiff.json(ScoreDiff.compare(before, before, null, null)).contains("pointless"));
    }

    /**
     * A figure the scorer decided is no 综合评分 for another reason (大英 医保 2023, t96: a cut copy, 0.00 / 55.00) is said so
     * in diff.md too, as the page and the aggregate say it (review s54 R4 M4: diff.md headed it 总分); beside a 综合评分 (the
     * sample) only its side is.
     */
    @Test
    void diffMdSaysACutCopysFigureIsNoTotal() throws Exception {
        Path project = Samples.realTable("t96-daying-yibao-2023");
        String json = ScoreSummary.json(new Engine().run(EngineOptions.of(project, project.resolve("submission"))), ScoreSummaryTest.META);
        assertTrue(json.contains("\"ungraded\" : \"partial\","), json);
        Path f = dir.resolve("t96.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        SummaryDocument cut = ReportModel.read(f, SummaryDocument.class);
        String both = ScoreDiff.markdown(ScoreDiff.compare(cut, cut, null, null), new Messages(Messages.ZH));
        assertTrue(both.contains("**已计得分（不是综合评分）**：0.00 → 0.00"), both);
        String en = ScoreDiff.markdown(ScoreDiff.compare(cut, cut, null, null), new Messages(Locale.ENGLISH));
        assertTrue(en.contains("**Scored so far (not a total)**: 0.00 → 0.00"), en);
        Path sample = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
        Path g = dir.resolve("sample.json");
        Files.writeString(g, ScoreSummary.json(new Engine().run(EngineOptions.of(sample, sample.resolve("submission"))),
                ScoreSummaryTest.META), StandardCharsets.UTF_8);
        SummaryDocument whole = ReportModel.read(g, SummaryDocument.class);
        String mixed = ScoreDiff.markdown(ScoreDiff.compare(cut, whole, null, null), new Messages(Messages.ZH));
        assertTrue(mixed.contains("**总分（之前的是已计得分，不是综合评分）**：0.00 → 96.15"), mixed);
    }

    @Test
    void theWorkbooksTotalRowIsScoredSoFar() {
        Path project = Samples.realTable("t56-jinbu-yuye-2020");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            List<List<Object>> rows = ScoreSummaryXlsx.tables(r, m, f -> null).get(0).rows();
            String label = l == Messages.ZH ? "已计得分" : "Scored so far";
            assertTrue(rows.stream().anyMatch(row -> label.equals(row.get(0))), rows.toString());
            assertFalse(rows.stream().anyMatch(row -> "合计".equals(row.get(0)) || "Total".equals(row.get(0))), rows.toString());
        }
    }

    /**
     * The aggregate sorted a pointless figure among the real totals: t56's 20.00 (the execution's alone) above 青神 2023's
     * (t12) real total of its 100 points, its blank actuals scoring 0: as if the department with no 分值 column did better.
     * Now the pointless rows come after every department with a total, and each output says so under the departments.
     */
    @Test
    void aPointlessFigureIsListedAfterTheRealTotals() throws Exception {
        SummaryDocument pointless = stored("t56-jinbu-yuye-2020", false);
        Path project = Samples.realTable("t12-qingshen-fagai-2023");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Path f = dir.resolve("t12.json");
        Files.writeString(f, ScoreSummary.json(r, ScoreSummaryTest.META), StandardCharsets.UTF_8);
        SummaryDocument real = ReportModel.read(f, SummaryDocument.class);
        assertTrue(real.total().compareTo(pointless.total()) < 0, real.total() + " against " + pointless.total());
        Aggregate.Result a = Aggregate.of(List.of(new Aggregate.Input("jinbu", pointless, null, null),
                new Aggregate.Input("qingshen", real, null, null)));
        assertEquals(List.of("qingshen", "jinbu"), a.rows().stream().map(Aggregate.Row::module).toList());
        String zh = Aggregate.markdown(a, new Messages(Messages.ZH));
        // t56 is the 20 + 80 form's ("ungraded": "unprinted"): its note says the form prints no points since session 57
        String note = "1 个部门（jinbu）表式不为绩效指标印分值，所列分数只是预算执行等其余各项的已计得分，不是综合评分：排在有综合评分的部门之后，不与之排序。";
        assertTrue(zh.contains(note), zh);
        assertTrue(zh.indexOf("| qingshen |") < zh.indexOf("| jinbu |"), zh);
        assertTrue(Aggregate.html(a, new Messages(Messages.ZH)).contains(note));
        String en = Aggregate.markdown(a, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("1 department(s) (jinbu): the form prints no points on its indicators, so the figure shown is what "
                + "the other criteria (budget execution) scored, not a total; they are listed after the departments with a total, not "
                + "ranked among them."), en);
        String json = Aggregate.json(a);
        assertTrue(json.indexOf("\"module\" : \"qingshen\"") < json.indexOf("\"module\" : \"jinbu\""), json);
        List<List<Object>> rows = Aggregate.tables(a, new Messages(Messages.ZH)).get(0).rows();
        assertEquals("qingshen", rows.get(0).get(0), rows.toString());
        assertEquals("jinbu", rows.get(1).get(0), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> note.equals(row.get(0))), rows.toString());
    }
}
