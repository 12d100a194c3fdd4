package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-evaluation with no indicator row (桂平市审计局 2019, t65: the copy ends at its 支出明细) is one finding at the
 * indicators: score-weights' total-no-indicators. Until session 34 it was two, indicator-category-missing's none and
 * score-weights' total, the second asking the officer to check the indicators' 分值 "so that they add up to 100" where
 * there is no indicator to check.
 */
class NoIndicatorsOnceTest {

    @TempDir
    Path tmp;

    /**
     * 桂平 审计 2019 read as a whole table (its framework's partial note taken out: since session 52 the file marks the copy's
     * cut, which the note says instead), a self-evaluation with no indicator row.
     */
    private List<Finding> run(RuleConfig rules) throws Exception {
        Path project = io.github.jixiao.testing.Samples.withoutPartial(tmp, "t65-guiping-shenji-2019", "guiping-shenji-2019.json");
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, rules)).findings()
                .stream().filter(f -> f.file().endsWith("indicators.json")).toList();
    }

    @Test
    void oneFindingSaysThereAreNoIndicatorsAndNoGrade() throws Exception {
        List<Finding> at = run(null);
        assertEquals(List.of("score-weights/total-no-indicators"), at.stream().map(f -> f.ruleId() + "/" + f.key()).toList());
        String zh = new Messages(Messages.ZH).message(at.get(0));
        assertEquals("没有任何绩效指标：评分框架给绩效指标的 90 分无从计分，计得的 7.91 分只是其余 10 分的得分，不是综合评分，"
                + "不评定等级。请按产出、效益、满意度各类填报三级指标及其分值（points）。", zh);
        assertFalse(zh.contains("使合计为 100 分"), zh);
        String en = new Messages(Locale.ENGLISH).message(at.get(0));
        assertTrue(en.startsWith("There are no indicators at all: the 90 points the framework gives the indicators cannot be scored"), en);
    }

    @Test
    void withScoreWeightsOffTheCategoryFindingStays() throws Exception {
        List<Finding> at = run(RuleConfig.of(List.of(new RuleConfig.Entry("score-weights", "OFF", null))));
        assertEquals(List.of("indicator-category-missing/none"), at.stream().map(f -> f.ruleId() + "/" + f.key()).toList());
    }
}
