package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stated total's gap is put down to missing data only where data is missing (session 33 audit). 九亭镇 2020 prints
 * every row's 分值 and 得分 (83 in all, its 总分 83); 8 of those points are on rows with no 一级 and the rest fall short of
 * 100. Its gap to the computed 68.75 came from rows scored full on missed targets (each reported) and those 8 points,
 * yet score-claim-mismatch said it "may come from the missing figures … check again once they are filed": there is
 * nothing to file.
 */
class StatedTotalGapTest {

    private static EngineResult run(String table) throws Exception {
        Path p = Path.of(StatedTotalGapTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(p, p.resolve("submission")));
    }

    private static List<Finding> totals(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-claim-mismatch") && f.pointer().equals("/stated/total"))
                .toList();
    }

    @Test
    void aTableWhosePointsAreAllPrintedIsNotToldDataIsMissing() throws Exception {
        EngineResult r = run("t16-jiuting-chengzhen-2020");
        List<Finding> t = totals(r);
        assertEquals(List.of("total-unbased"), t.stream().map(Finding::key).toList());
        assertEquals("所写综合评分 83 分与按评分标准计算的各项得分之和 68.75 分不一致；但本表计分的分值合计与满分不符（见 score-weights），计算值没有可比的基准，不能据此改正所写综合评分。请先核对各指标的分值，再核对综合评分。", new Messages(Messages.ZH).forResult(r).message(t.get(0)));
    }

    /**
     * 莆田 2024 (t112) on its own partial framework: the copy is cut in its 效益 rows, so the 80 points transcribed are no
     * defect of the weights. The note said "本表计分的分值合计与满分不符 … 请先核对各指标的分值", advice for a table whose points
     * are wrong (audit s52 B1); it names the cut, the same finding.
     */
    @Test
    void aCutCopysTotalNamesTheCutNotTheWeights() throws Exception {
        EngineResult r = run("t112-putian-biaozhunhua-2024");
        List<Finding> t = totals(r);
        assertEquals(List.of("total-unbased-partial"), t.stream().map(Finding::key).toList());
        assertEquals("所写综合评分 100 分与按评分标准计算的各项得分之和 80.00 分不一致；评分框架标明表只转录了一部分（见 score-weights），计得的只是已转录各项的得分，不能据此核对所写综合评分。",
                new Messages(Messages.ZH).forResult(r).message(t.get(0)));
        assertEquals(io.github.jixiao.report.Fingerprints.of("score-claim-mismatch", t.get(0).file(), "total-unbased", t.get(0).args()),
                io.github.jixiao.report.Fingerprints.of(t.get(0)), "the same finding as total-unbased");
    }

    /**
     * 湖北's 20 + 80 form prints no 分值: there the 80 points are missing data, and the scorer's total says so, as before.
     * Since session 33 that total-data is left out beside score-input-missing's indicator-points-none-short, which asks for
     * those points (Engine.unpointedTotalOnce, UnpointedTotalOnceTest); with that rule off it tells, and is read here.
     */
    @Test
    void aTableWithoutPointsStillIs() throws Exception {
        assertEquals(List.of(), totals(run("t56-jinbu-yuye-2020")));
        Path p = Path.of(StatedTotalGapTest.class.getResource("/real-tables/t56-jinbu-yuye-2020").toURI());
        EngineResult r = new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("score-input-missing", "OFF", null))), java.util.Locale.SIMPLIFIED_CHINESE));
        List<Finding> t = totals(r);
        assertEquals(List.of("total-data"), t.stream().map(Finding::key).toList());
        assertEquals("所写综合评分 100 分与按评分标准计算的各项得分之和 20.00 分不一致；差额不超过因缺少数据未能计分的 80 分，可能来自缺少的数据而非报告本身。补齐数据后再核对。",
                new Messages(Messages.ZH).forResult(r).message(t.get(0)));
    }
}
