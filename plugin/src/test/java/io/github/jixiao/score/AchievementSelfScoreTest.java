package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 定性 row with no 完成档次 whose actual states a result the scorer cannot grade against its target (南昌 蚕茶卫生院 2021,
 * t81, row 7: 签约率提高1%、体检率提高2% → 签约率提高1%体检率下降1%, one part met and one missed, the unit's 6 of 12): SC-2 holds
 * a score to the band of a stated level, and none is stated or readable, so the department's own score is kept, unchecked,
 * and said (score-input-missing achievement-self-score, a warning). Until session 46 the row scored 0 with an error asking
 * for a 完成档次 column no printed form has (t81: 58 of 90 where the unit scored 82; helper A1's audit). Without a score of
 * its own, or with one above its points, the row still scores 0 and the error asks for the level.
 */
class AchievementSelfScoreTest {

    @ParameterizedTest(name = "score {0}")
    @CsvSource(delimiter = ';', nullValues = "none", value = {
        "6; 6.00; score-input-missing achievement-self-score warning [公卫均等化签约完成率、特殊人群体检率, 签约率提高1%、体检率提高2%, 签约率提高1%体检率下降1%, 6, 效果指标（经济、社会、生态效益）]",
        "12; 12.00; score-input-missing achievement-self-score warning [公卫均等化签约完成率、特殊人群体检率, 签约率提高1%、体检率提高2%, 签约率提高1%体检率下降1%, 12, 效果指标（经济、社会、生态效益）]",
        "0; 0.00; score-input-missing achievement-self-score warning [公卫均等化签约完成率、特殊人群体检率, 签约率提高1%、体检率提高2%, 签约率提高1%体检率下降1%, 0, 效果指标（经济、社会、生态效益）]",
        "none; 0.00; score-input-missing achievement error [公卫均等化签约完成率、特殊人群体检率, 签约率提高1%、体检率提高2%, 效果指标（经济、社会、生态效益）]",
        "13; 0.00; score-input-missing achievement error [公卫均等化签约完成率、特殊人群体检率, 签约率提高1%、体检率提高2%, 效果指标（经济、社会、生态效益）]"})
    void aResultTheScorerCannotGradeKeepsTheUnitsScoreUnchecked(String score, String scored, String finding, @TempDir Path tmp)
            throws Exception {
        EngineResult r = run(tmp, score, Locale.SIMPLIFIED_CHINESE);
        assertEquals(scored, item(r).score().toPlainString());
        assertEquals(List.of(finding), r.findings().stream().filter(f -> f.pointer().equals("/indicators/7"))
                .filter(f -> f.ruleId().startsWith("score-"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id() + " " + f.args()).toList());
    }

    /** What the officer reads, in each language, and the 评分表's line for the row. */
    @Test
    void theMessageAndTheScoreSheetSayItIsUnchecked(@TempDir Path tmp) throws Exception {
        EngineResult zh = run(tmp.resolve("zh"), "6", Locale.SIMPLIFIED_CHINESE);
        Finding f = zh.findings().stream().filter(x -> x.key().equals("achievement-self-score")).findFirst().orElseThrow();
        assertEquals("定性指标“公卫均等化签约完成率、特殊人群体检率”（指标值“签约率提高1%、体检率提高2%”）没有写完成档次（achievement：达成、部分达成或未达成），"
                + "实际完成值“签约率提高1%体检率下降1%”也看不出是否达成：得分暂按单位自评的 6 分计，未经核对（属“效果指标（经济、社会、生态效益）”）。"
                + "请写明完成档次（表中没有完成档次栏的，在实际完成值后注明“达成”“部分达成”或“未达成”），或把实际完成值写成能与指标值逐项对照的结果。",
                new Messages(Locale.SIMPLIFIED_CHINESE).message(f));
        assertEquals("定性，无完成档次可核：按单位自评 6 分暂计、未核对 → 6", item(zh).explanation());
        EngineResult en = run(tmp.resolve("en"), "6", Locale.ENGLISH);
        Finding e = en.findings().stream().filter(x -> x.key().equals("achievement-self-score")).findFirst().orElseThrow();
        String said = new Messages(Locale.ENGLISH).message(e);
        assertEquals(true, said.contains("the department's own score of 6 is taken as it stands, unchecked"), said);
        assertEquals("qualitative, no achievement level to check against: the department's own 6 taken unchecked → 6", item(en).explanation());
    }

    /**
     * The message's advice works: the level written after the actual, as a form without a 完成档次 column allows, is read,
     * and the unit's score is held to that band (SC-2: 部分达成 50–80 % of 12, so 6 stands; 达成 80–100 %, so 6 counts as
     * 9.6), no longer unchecked.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"签约率提高1%体检率下降1%，部分达成; 6.00", "签约率提高1%体检率下降1%（部分达成）; 6.00", "签约率提高1%体检率提高2%，达成; 9.60"})
    void theLevelWrittenAfterTheActualIsRead(String actual, String scored, @TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t81");
        Samples.copyTreeEditingIndicators(Samples.realTable("t81-nanchang-cancha-2021"), project, root -> {
            ((ObjectNode) root.at("/indicators/7")).put("actual", actual).put("score", 6);
        });
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(scored, item(r).score().toPlainString());
        List<String> at = r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/7")).map(f -> f.ruleId() + " " + f.key()).toList();
        assertEquals(false, at.contains("score-input-missing achievement-self-score"), at.toString());
    }

    /**
     * An actual that states no result (不适用 beside a set target, "/", "**", N/A) keeps no score: 0, and placeholder-left's
     * one finding at the cell says it (G3's not-applicable-actual, the scorer's own left out beside it).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"不适用", "N/A", "n / a。", "**"})
    void anActualThatStatesNoResultKeepsNoScore(String actual, @TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t81");
        Samples.copyTreeEditingIndicators(Samples.realTable("t81-nanchang-cancha-2021"), project, root -> {
            ((ObjectNode) root.at("/indicators/7")).put("actual", actual).put("score", 6);
        });
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("0.00", item(r).score().toPlainString());
        List<String> at = r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/7")).map(f -> f.ruleId() + " " + f.key()).toList();
        assertEquals(false, at.contains("score-input-missing achievement-self-score"), at.toString());
        assertEquals(true, at.stream().anyMatch(k -> k.startsWith("placeholder-left ")), at.toString());
    }

    /**
     * Not where the actual says work is left (正在推进: indicator-target-missed's in-progress, the row unmet), nor beside a
     * deadline in words (12月底前完成, against a plan: a date is asked for): 0 and the level asked for, as before.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"签约率提高1%、体检率提高2%; 体检工作正在推进", "12月底前完成签约和体检; 计划明年一季度完成"})
    void workLeftOrADeadlineKeepsNoUncheckedScore(String target, String actual, @TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t81");
        Samples.copyTreeEditingIndicators(Samples.realTable("t81-nanchang-cancha-2021"), project, root -> {
            ((ObjectNode) root.at("/indicators/7")).put("target", target).put("actual", actual).put("score", 6);
        });
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("0.00", item(r).score().toPlainString());
        List<String> at = r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/7")).map(f -> f.ruleId() + " " + f.key()).toList();
        assertEquals(false, at.contains("score-input-missing achievement-self-score"), at.toString());
    }

    private static EngineResult run(Path tmp, String score, Locale locale) throws Exception {
        Path project = tmp.resolve("t81");
        Samples.copyTreeEditingIndicators(Samples.realTable("t81-nanchang-cancha-2021"), project, root -> {
            ObjectNode row = (ObjectNode) root.at("/indicators/7");
            assertEquals("签约率提高1%体检率下降1%", row.get("actual").asString());
            if (score == null) {
                row.remove("score");
            } else {
                row.put("score", Integer.parseInt(score));
            }
        });
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
    }

    private static CriterionScore item(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.name().equals("公卫均等化签约完成率、特殊人群体检率")).findFirst().orElseThrow();
    }
}
