package io.github.jixiao.lint;

import static io.github.jixiao.testing.RealTableRuns.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A row filed under 满意度 whose name measures something else is no satisfaction measure: indicator-category-unknown
 * ({@code misfiled}) says so, and satisfaction-without-survey no longer asks for its survey beside it (session 33 audit).
 */
class SatisfactionMisfiledTest {

    private static EngineResult run(String table) throws Exception {
        Path p = Path.of(SatisfactionMisfiledTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(p, p.resolve("submission")));
    }

    /** 黄冈 2020: 整编资料审核 98% → 98%, its one 满意度 row, was "copied from the target, no survey" beside "misfiled". */
    @Test
    void aReviewRateFiledAsSatisfactionIsNotAskedForASurvey() throws Exception {
        EngineResult r = run("t27-huanggang-shuibao-2020");
        assertEquals(List.of("misfiled /indicators/3"),
                of(r, "indicator-category-unknown").stream().filter(f -> f.key().equals("misfiled"))
                        .map(f -> f.key() + " " + f.pointer()).toList());
        assertEquals(List.of(), of(r, "satisfaction-without-survey"));
    }

    /** 衡山 2020: a count of grain-safety incidents (0起) under 满意度 beside 市民满意度调查 100%: only the latter is counted. */
    @Test
    void onlyTheSatisfactionMeasureIsCounted() throws Exception {
        EngineResult r = run("t7-hengshan-2020");
        List<Finding> s = of(r, "satisfaction-without-survey");
        assertEquals(1, s.size());
        assertEquals("/indicators/15", s.get(0).pointer());
        assertEquals("1 个满意度指标（“市民满意度调查”）填了实际完成值，申报中却没有满意度调查的记录（调查方式、样本、结果或佐证材料）。"
                        // one project's filing: not offered management.json, which a project's skeleton has not (since session 41)
                        + "请在满意度指标行的说明（explanation）中写明调查方式、样本和结果，"
                        + "或在佐证材料（department.json 的 evidence）中附上调查报告。",
                new Messages(Messages.ZH).forResult(r).message(s.get(0)));
        assertEquals(true, new Messages(Locale.ENGLISH).forResult(r).message(s.get(0))
                .startsWith("1 satisfaction indicator(s) (\"市民满意度调查\") report actuals"));
    }
}
