package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Points a partial copy does not carry weigh nothing (audit s57 A12 rows C4 and C3, session 58): a row the copy breaks off
 * in before its 指标值 (濉溪 2019, t54's ★受助对象满意度, 10 points, partialCut.targetOf) is out of the maximum and no loss
 * ("88.93 / 90.00", until then "88.93 / 100.00" with that row the biggest loss), as the rows past a cut are (随州 2022, t131:
 * "40.00 / 42.00"); and the partial note says the points the copy carries beside the framework's, the score line's maximum
 * (t131: "框架各项共 55 分，其中产出指标 40 分中存稿只见 27 分：计分项共 42 分", until then 55 alone).
 */
class PastCutWeighsNothingTest {

    private static EngineResult run(String table, Locale l) {
        Path p = Samples.realTable(table);
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null, null, l));
    }

    private static Finding partial(EngineResult r) {
        List<Finding> notes = r.findings().stream().filter(f -> f.ruleId().equals("score-weights") && f.key().startsWith("partial"))
                .toList();
        assertEquals(1, notes.size(), notes.toString());
        return notes.get(0);
    }

    @Test
    void aRowCutBeforeItsTargetIsNoPartOfTheMaximumNorALoss() {
        EngineResult r = run("t54-suixi-linshijiuzhu-2019", Locale.SIMPLIFIED_CHINESE);
        assertEquals(0, new BigDecimal("90").compareTo(r.sheet().weight()), r.sheet().criteria().toString());
        assertTrue(r.sheet().unscored().isEmpty(), r.sheet().unscored().toString());
        Messages zh = new Messages(Messages.ZH);
        List<String> lines = ConsoleReport.scoreLines(r.sheet(), zh).stream().map(ConsoleReport.Line::text).toList();
        assertTrue(lines.get(0).startsWith("得分：88.93 / 90.00，不评定：评分框架只含部分评分项"), lines.get(0));
        assertFalse(String.join("\n", lines).contains("受助对象满意度"), String.join("\n", lines));
        List<String> en = ConsoleReport.scoreLines(run("t54-suixi-linshijiuzhu-2019", Locale.ENGLISH).sheet(),
                new Messages(Locale.ENGLISH)).stream().map(ConsoleReport.Line::text).toList();
        assertTrue(en.get(0).startsWith("Score: 88.93 / 90.00"), en.get(0));
        // the summaries: the same maximum, the row listed at no points with why
        String md = ScoreSummaryMarkdown.render(r, zh, ReportMeta.of(""));
        assertTrue(md.contains("88.93 / 90.00"), md);
        assertTrue(md.contains("其 10 分也不计入所评部分的分值"), md);
        assertTrue(ScoreSummaryHtml.render(r, zh, ReportMeta.of("")).contains("90.00"));
        assertEquals(0, new BigDecimal("90").compareTo(ScoreSummary.jsonTree(r, ReportMeta.of("")).weight()));
        // the note: 满意度指标's 10 points, none in the copy
        assertEquals("评分框架 mof-project-2020-suixi-linshijiuzhu-2019 标明所评的表只转录了一部分（框架各项共 100 分，其中满意度指标（服务对象满意度） 10 分中存稿只见 0 分：计分项共 90 分）：",
                zh.message(partial(r)).substring(0, zh.message(partial(r)).indexOf("）：") + 2));
    }

    @Test
    void thePartialNoteSaysThePointsTheCopyCarries() {
        EngineResult r = run("t131-suizhou-jijiu-2022", Locale.SIMPLIFIED_CHINESE);
        Finding f = partial(r);
        assertEquals("partial-carried-one", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("评分框架 suizhou-jijiu-2022 标明所评的表只转录了一部分（框架各项共 55 分，其中产出指标 40 分中存稿只见 27 分：计分项共 42 分）："), zh);
        assertTrue(ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text().contains("40.00 / 42.00"));
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("(its criteria weigh 55 points in all, of which the copy shows only 27 of the 40 points of 产出指标"), en);
        assertTrue(en.contains("the scored criteria weigh 42 points)"), en);
        // the same finding as the plain note: its fingerprint is the first three arguments'
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "partial", f.args().subList(0, 3)), Fingerprints.of(f));
        // several criteria cut: each with its points in turn (稷山 公卫 2021, t53: "48.30 / 53.00")
        String t53 = new Messages(Messages.ZH).message(partial(run("t53-jishan-gongwei-2021", Locale.SIMPLIFIED_CHINESE)));
        assertTrue(t53.contains("（框架各项共 100 分，其中产出指标（数量、质量、时效、成本）、效益指标（经济、社会、生态效益及可持续影响）、"
                + "满意度指标（服务对象满意度）依次为 50、30、10 分，存稿中依次只见 43、0、0 分：计分项共 53 分）"), t53);
        // a copy whose criteria all carry their points keeps the plain note (银川 2021, t1: 90 of 90)
        assertEquals("partial", partial(run("t1-yinchuan-2021", Locale.SIMPLIFIED_CHINESE)).key());
    }
}
