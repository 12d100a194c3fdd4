package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A framework marked {@code partial} is a cut copy's (元州 2022, t23: the copy ends in the 满意度 block; 宁德 地震局 2020,
 * t46: in the third 数量 row): its score-weights partial (info) already says the total covers the part held and gives no
 * grade. Until session 35 the same copies also had score-weights total ("各评分指标的分值合计 80 分，不是 100 分…请核对各指标的
 * 分值，使合计为 100 分", an error) and split for a block short of the framework's split (t46's 产出 12 of 50): findings
 * the form does not have, since the points missing are the copy's end. A block over its split under a partial framework
 * (t34 金寨 2023's 产出 60 of 50) is the table's, cut or not, and stays; so do both findings on the same tables where the
 * framework is whole.
 */
class ScoreWeightsPartialTest {

    private static List<String> weights(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("score-weights")).map(f -> f.key() + " " + f.severity().id()).sorted().toList();
    }


    @Test
    void aCutCopysShortWeightsAreThePartialsToSay() throws Exception {
        assertEquals(List.of("partial info"), weights(Samples.realTable("t23-yuanzhou-mashu-2022")));
        assertEquals(List.of("partial info"), weights(Samples.realTable("t46-ningde-dizhen-2020")));
    }

    @Test
    void aBlockOverItsSplitStaysUnderAPartialFramework() throws Exception {
        assertEquals(List.of("partial info", "split warning"), weights(Samples.realTable("t34-jinzhai-chagu-2023")));
    }

    @Test
    void theSameCopiesOnAWholeFrameworkStillFallShort(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("total error"), weights(Samples.withoutPartial(tmp, "t23-yuanzhou-mashu-2022", "yuanzhou-project-2022.json")));
        // one error since session 53, the split listed in it (total-split; Engine.splitInTotalOnce)
        // (-one since session 55: one category, "为" not "依次为")
        assertEquals(List.of("total-split-one error"), weights(Samples.withoutPartial(tmp, "t46-ningde-dizhen-2020", "ningde-dizhen-2020.json")));
    }

    /**
     * The note's figure is the framework's weight, which a copy cut before its indicators keeps whole (衡山 贯塘乡 2023, t70:
     * t34's criteria, 100 points, of which the funds row's 10 are held). It read "只转录了评分表的一部分（100 分）", the part
     * being 100 (helper F3, session 36); it now says what the figure is, the framework's text saying what is held.
     */
    @Test
    void thePartialNoteSaysItsFigureIsTheFrameworksWeight() throws Exception {
        Path project = Samples.realTable("t70-hengshan-guantang-2023");
        io.github.jixiao.engine.EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        io.github.jixiao.finding.Finding note = r.findings().stream()
                .filter(f -> f.ruleId().equals("score-weights") && f.key().equals("partial")).findFirst().orElseThrow();
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(note);
        String en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(note);
        org.junit.jupiter.api.Assertions.assertTrue(zh.startsWith("评分框架 guantang-department-2023 标明所评的表只转录了一部分（框架各项共 100 分）："), zh);
        org.junit.jupiter.api.Assertions.assertTrue(zh.endsWith("计得的分数只是这一部分的得分，不是综合评分，不评定等级。"), zh);
        org.junit.jupiter.api.Assertions.assertTrue(en.startsWith("Framework guantang-department-2023 says the table it scores is "
                + "transcribed only in part (its criteria weigh 100 points in all): "), en);
    }
}
