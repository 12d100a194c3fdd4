package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * An actual that reports one part of the work done and another still under way or not done (一期已完工，二期正在推进) is
 * partly achieved, in the scorer and in the rules alike: the scorer grades the row 部分达成 (said as a score-assumption) and
 * counts its full points at the band's top, score-ignores-missed-target reports the full points, indicator-target-missed
 * says the work is not finished. Before (session 29), 已完工 was read as the whole work done beside 正在: no rule said a
 * word, and the scorer could not grade the row. On 棠溪 2022 (t25), whose 提交报告及时性 row (8 of 8 points) is given such
 * an actual; the row whose thing is done and in use, or whose whole year is done, stays as it was.
 */
class PartDoneTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "一期已完工，二期正在推进; 正在; 88.40",
        "主体已完工，附属工程尚未完工; 尚未完工; 88.40",
        "已完成一期建设，二期推进中; 推进中; 88.40"
    })
    void partlyDoneIsPartlyAchieved(String actual, String word, String total, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, actual);
        assertEquals(List.of(
                "indicator-target-missed in-progress [提交报告及时性, 按期完工, " + actual + ", " + word + "]",
                "score-assumption achievement [提交报告及时性, " + actual + ", 部分达成]",
                "score-ignores-missed-target lower-grade-band [提交报告及时性, 按期完工, " + actual + ", 8, 4, 6.4, 6.40]"),
                onRow(r));
        assertEquals(new BigDecimal(total), r.sheet().total(), "the row counts 6.40 of its 8 points (部分达成: 4–6.4)");
    }

    /**
     * A part not done, nothing said done (session 30): read as 正在推进 alone is — indicator-target-missed says the work is
     * not finished, and the scorer guesses no grade (how much of the rest is done is not said), asking for the 完成档次.
     * Only closing out left (决算) is no work left, as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "正在推进; 正在",
        "二期尚未完工; 尚未完工",
        "附属工程未完工; 未完工",
        "二期尚未完成竣工决算; "
    })
    void aPartNotDoneAloneIsReadAsWorkUnderWay(String actual, String word, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, actual);
        List<String> want = new java.util.ArrayList<>();
        if (word != null) {
            want.add("indicator-target-missed in-progress [提交报告及时性, 按期完工, " + actual + ", " + word + "]");
        }
        if (word != null) {
            want.add("score-input-missing achievement [提交报告及时性, 按期完工, 产出指标（数量、质量、时效、成本）]");
        } else {
            // closing out left after the work (竣工决算): no work left that the lint reads, so the unit's 8 is kept,
            // unchecked (achievement-self-score, session 46)
            want.add("score-input-missing achievement-self-score [提交报告及时性, 按期完工, " + actual + ", 8, 产出指标（数量、质量、时效、成本）]");
        }
        assertEquals(want, onRow(r).stream().sorted().toList());
        assertEquals(new BigDecimal(word != null ? "82.00" : "90.00"), r.sheet().total(),
                "work left: the row's 8 points are held, as for 正在推进 (the scorer keeps no unchecked score beside a miss)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "项目已完工，设施正在发挥作用",
        "培训正在按计划进行，已完成全年任务",
        "已完工，未发生安全事故"
    })
    void doneIsNotPartlyDone(String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, actual);
        assertEquals(List.of("score-input-missing achievement-self-score [提交报告及时性, 按期完工, " + actual + ", 8, 产出指标（数量、质量、时效、成本）]"),
                onRow(r), "no grade read from the words: not guessed; the unit's 8 kept, unchecked (session 46)");
    }

    private static EngineResult run(Path tmp, String actual) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTreeEditingIndicators(Path.of(PartDoneTest.class.getResource("/real-tables/t25-tangxi-weituo-2022").toURI()),
                project, root -> {
                    ObjectNode row = (ObjectNode) root.at("/indicators/3");
                    row.put("target", "按期完工");
                    row.put("actual", actual);
                });
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    /** The findings on the edited row, the target's time-cost one aside, each as rule, key and its first arguments. */
    private static List<String> onRow(EngineResult r) {
        return r.findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/3") && !f.ruleId().equals("indicator-time-cost-unspecified"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.args().subList(0, Math.min(f.args().size(),
                        f.ruleId().equals("indicator-target-missed") ? 4 : f.args().size())))
                .toList();
    }
}
