package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The 中央对地方转移支付 区域绩效自评表 prints no 分值 and no 得分 on its indicator rows by design (宁夏 福彩中心 2023, t61;
 * 霍山 2024, t85; 田家庵 2024, t68): {@code mof-transfer-region} (framework property {@code unpointed}) scores such a
 * form. Until session 42 these tables were scored on mof-project-2020, and a correct print was told it was incomplete:
 * t85's one row got score-input-missing {@code indicator-points} (an error, "没有分值"), t61's six rows
 * {@code indicator-points-none-table-short} (an error asking for the points column the form does not have). Now the
 * rows are not asked for points, the weights are not said to fall short, and score-weights {@code unpointed} (info)
 * says once that the indicators are not scored and no grade is given; the budget execution is still scored.
 */
class TransferRegionUnpointedTest {

    private static EngineResult run(Path project, String framework) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, framework));
    }

    private static List<String> scoring(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().startsWith("score-input-missing") || f.ruleId().equals("score-weights"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id()).sorted().toList();
    }

    @Test
    void aRegionFormsRowsAreNotAskedForPoints() {
        assertEquals(List.of("score-weights unpointed info"), scoring(run(Samples.realTable("t61-ningxia-fucai-2023"), null)));
        // (t85's file extends mof-transfer-region: the declaration is the built-in's, said as inherited since session 54)
        assertEquals(List.of("score-weights partial-unpointed info", "score-weights unpointed-inherited info"),
                scoring(run(Samples.realTable("t85-huoshan-yiliaojiuzhu-2024"), null)));
    }

    @Test
    void theExecutionIsScoredAndNoGradeGiven() {
        EngineResult r = run(Samples.realTable("t61-ningxia-fucai-2023"), null);
        assertEquals("mof-transfer-region", r.sheet().frameworkId());
        assertEquals("", r.sheet().grade());
        // 47.68 / 50 = 95.36 % of the execution's 10 points; the indicators weigh nothing
        assertEquals(0, new BigDecimal("9.54").compareTo(r.sheet().total()), r.sheet().total().toPlainString());
    }

    /** The same tables on the points-bearing form's framework are still asked for their points. */
    @Test
    void theSameTablesOnMofProject2020StillLackPoints() {
        assertEquals(List.of("score-input-missing indicator-points-none-table-short error"),
                scoring(run(Samples.realTable("t61-ningxia-fucai-2023"), "mof-project-2020")));
    }

    @Test
    void theNoteSaysWhyInBothLanguages() {
        EngineResult r = run(Samples.realTable("t61-ningxia-fucai-2023"), null);
        Finding f = r.findings().stream().filter(x -> x.key().equals("unpointed")).findFirst().orElseThrow();
        assertEquals("/framework", f.pointer());
        String zh = new Messages(Messages.ZH).message(f);
        // in English, the framework's reason in its own English (unpointedEn), as a partial framework's partialEn
        String en = new Messages(Locale.ENGLISH).forResult(r).message(f);
        assertEquals("评分框架 mof-transfer-region 所评的表式按设计不为绩效指标印分值、得分。表式只要求填写各指标的指标值、全年实际完成值和未完成原因，"
                + "不设分值、得分栏，区域自评不按分值打分。因此各绩效指标不计分，只检查其完成情况；计得的 9.54 分只是预算执行等其余各项的得分，不是综合评分，不评定等级。", zh);
        assertEquals("Framework mof-transfer-region scores a form that by design prints no points on its indicators. "
                + "The form asks for each indicator's target, actual for the year and the reason where it is not met; it has no points "
                + "or score column, and the region's self-evaluation is not scored on points. So the indicators are not scored, only "
                + "their completion is checked; the 9.54 scored covers the other criteria only, such as budget execution: it is not a "
                + "total, and no grade is given.", en);
    }
}
