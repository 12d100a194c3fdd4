package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The 中央 transfer's 区域 form prints no points on its indicator rows by design (宁夏 福彩中心 2023, t61, on
 * mof-transfer-region): the reports say that is why its total (the execution's 9.54) has no grade. Before, they said
 * "不评定（分值合计 10 分，不是 100 分）" — true of the sum, not the reason, and beside score-weights unpointed, which
 * gives the reason, it read as a second defect to fix. score-summary.json says it too ({@code "unpointed": true}), for
 * the aggregate and diff.md, which read the summaries; a form that carries points still says its short sum.
 */
class UnpointedGradeTest {

    private static EngineResult run(Path project, String framework) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, framework));
    }

    @Test
    void theReportsSayTheFormIsWhyThereIsNoGrade() {
        EngineResult r = run(Samples.realTable("t61-ningxia-fucai-2023"), null);
        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals("不评定（表式按设计不为绩效指标印分值：得分只是预算执行等其余各项的）", ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), zh), zh));
        assertEquals("not graded (the form prints no points on its indicators by design: the score is the other criteria's, such as "
                + "budget execution)", ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), en), en));
        assertEquals("console.score.ungraded.unpointed", "console.score.ungraded."
                + ScoreSummary.ungraded(r.sheet().partial(), r.sheet().unpointed(), r.sheet().weight(), r.sheet().provisional(), r.sheet().nothingScored()));
        assertEquals(Boolean.TRUE, ScoreSummary.jsonTree(r, ScoreSummaryTest.META).unpointed());
    }

    /** As the aggregate and diff.md read a summary: one that says it, and one written before it did (the sum, as before). */
    @Test
    void aSummaryThatSaysItAndOneWrittenBefore() {
        Messages zh = new Messages(Messages.ZH);
        FrameworkNames names = FrameworkNames.of((io.github.jixiao.score.ScoreSheet) null, zh);
        assertEquals("不评定（表式按设计不为绩效指标印分值：得分只是预算执行等其余各项的）",
                ScoreSummary.grade("", false, null, null, true, null, new BigDecimal("10.00"), false, names, zh));
        assertEquals("不评定（分值合计 10 分，不是 100 分）", ScoreSummary.grade("", false, null, null, null, null, new BigDecimal("10.00"), false, names, zh));
    }

    /** The same table on the points-bearing form's framework: no unpointed in its summary, its short sum said. */
    @Test
    void aPointsBearingFrameworkSaysNothingOfIt() {
        EngineResult r = run(Samples.realTable("t61-ningxia-fucai-2023"), "mof-project-2020");
        assertEquals(null, ScoreSummary.jsonTree(r, ScoreSummaryTest.META).unpointed());
        assertEquals(false, r.sheet().unpointed());
    }
}
