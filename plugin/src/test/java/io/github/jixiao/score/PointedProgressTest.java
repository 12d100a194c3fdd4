package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.RealTableRuns;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pointed form whose actual column is the work's progress (framework {@code "actualIs": "progress"}): the fixture
 * {@code progress-pointed/daying-2020-pointed} is 大英 双心 2020 (real table t44: 一级 / 二级 / 三级 / 指标值 / 实施进度, "已完成100%"
 * on every row) with 分值 and 得分 added and the first row's progress "完成80%" (its README). Read as measured values the
 * progress figures were 100 % satisfaction against 90 % (met), "已完成100%" against 10万元 and "完成80%" against 2次 (incomparable,
 * 0 points and two errors), and grades read from the words (达成): 75 of 100 for a table the unit scored 97. Since session 57
 * (s56 Q1's left-alone 1) such a row is not scored by target and actual: its printed score within its points is taken as
 * printed, unchecked, and said; a row without one is not scored. The whole budget year beside the work done is still read
 * as done within the year.
 */
class PointedProgressTest {
    private static final String FIXTURE = "/progress-pointed/daying-2020-pointed";

    private static Path fixture() throws Exception {
        return Path.of(PointedProgressTest.class.getResource(FIXTURE).toURI());
    }

    private static EngineResult asFiled() throws Exception {
        Path p = fixture();
        return new Engine().run(EngineOptions.of(p, p.resolve("submission")));
    }

    private static EngineResult edited(Path tmp, Consumer<ObjectNode> edit) throws Exception {
        Path project = tmp.resolve("daying-2020-pointed");
        Samples.copyTreeEditingIndicators(fixture(), project, root -> edit.accept((ObjectNode) root));
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    private static ObjectNode row(ObjectNode root, int k) {
        return (ObjectNode) root.get("indicators").get(k);
    }

    private static List<String> keys(EngineResult r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id()).sorted().toList();
    }

    @Test
    void progressRowsTakeTheirPrintedScoresUncheckedNotReadAsMeasured() throws Exception {
        EngineResult r = asFiled();
        assertEquals(List.of(
                "indicator-actual-incommensurable progress-column-scored /indicators info",
                "indicator-input-as-output budget-restated /indicators/3/target warning",
                "indicator-score-unexplained deducted /indicators/0/score info",
                "indicator-target-missed progress-short /indicators/0/actual warning",
                "indicator-target-no-comparator  /indicators/5/target info",
                "indicator-target-unmeasurable  /indicators/4/target warning",
                "indicator-time-cost-unspecified time-whole-year /indicators/2/target info",
                "satisfaction-without-survey progress /indicators/5 info"), keys(r));
        // not: score-input-missing incomparable at /0 and /3 (0 points each), score-assumption achievement at /1, the
        // unmeasurable target's read-as ("评分时暂把实际完成值“已完成100%”读作“达成”计分")
        assertEquals("12.00", RealTableRuns.row(r, "宣传次数").score().toPlainString());
        assertEquals("10.00", RealTableRuns.row(r, "成本").score().toPlainString());
        String satisfaction = RealTableRuns.row(r, "群众满意度").explanation();
        assertEquals("“已完成100%”是实施进度（本表式这一栏是进度，不是实际完成值），不是该行实际达到的值，无法按指标值 90% 核对，"
                + "不按指标值与实际完成值计分；按单位自评 10 分照录、未核对 → 10", satisfaction);
        // the whole budget year beside the work all done: done within the year, checked as before
        assertEquals("已完成100% 达到 1-12月 → 10", RealTableRuns.row(r, "全年").explanation());
        assertEquals("97.00", r.sheet().total().toPlainString());
        assertEquals(List.of(), r.sheet().unscored());
        Finding note = r.findings().stream().filter(f -> f.key().equals("progress-column-scored")).findFirst().orElseThrow();
        assertTrue(RealTableRuns.zh(note).contains("计分时这些行不按指标值与实际完成值计分：分值之内的自评得分照录、未核对，没有自评得分的不计分"),
                RealTableRuns.zh(note));
        assertTrue(RealTableRuns.en(note).contains("a score the department printed within a row's points is taken as printed, unchecked"),
                RealTableRuns.en(note));
    }

    /** A progress row with points and no printed 得分: not scored (its points listed), indicator-incomplete asks for the score. */
    @Test
    void aProgressRowWithoutItsScoreIsUnscored(@TempDir Path tmp) throws Exception {
        EngineResult r = edited(tmp, root -> row(root, 3).remove("score"));
        List<ScoreSheet.Unscored> unscored = r.sheet().unscored();
        assertEquals(1, unscored.size(), unscored.toString());
        assertEquals("“已完成100%”是实施进度（本表式这一栏是进度，不是实际完成值），不是该行实际达到的值，无法按指标值 10万元 核对，"
                + "不按指标值与实际完成值计分，这一行也没有分值之内的自评得分可照录", unscored.get(0).reason());
        assertEquals(0, unscored.get(0).points().compareTo(java.math.BigDecimal.TEN));
        assertEquals(List.of("/indicators/3 indicator-incomplete no-score"),
                r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/3") && f.severity().id().equals("error"))
                        .map(f -> f.pointer() + " " + f.ruleId() + " " + f.key()).toList());
        assertTrue(r.sheet().provisional());
    }

    /** Without the framework's word the same rows are read as measured values (the defect this reading mends). */
    @Test
    void withoutTheFlagTheProgressIsReadAsMeasured(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("daying-2020-pointed");
        Samples.copyTree(fixture(), project);
        Path fw = project.resolve("progress-pointed.json");
        String json = java.nio.file.Files.readString(fw);
        assertTrue(json.contains(",\n  \"actualIs\": \"progress\""), json);
        java.nio.file.Files.writeString(fw, json.replace(",\n  \"actualIs\": \"progress\"", ""));
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals("0.00", RealTableRuns.row(r, "成本").score().toPlainString());
        assertTrue(RealTableRuns.row(r, "成本").explanation().contains("无法比较"), RealTableRuns.row(r, "成本").explanation());
        assertEquals("已完成100% 达到 ≥ 90% → 10", RealTableRuns.row(r, "群众满意度").explanation());
        assertEquals("75.00", r.sheet().total().toPlainString());
    }

    /**
     * A 时效 period shorter than the year beside "已完成100%" in a progress column (s56 Q1's left-alone 2): the column has no
     * place for a day, so a note, not period-done-undated's warning; the row's printed score taken as any progress row's.
     * "完成80%" there is the work not done (progress-short), no day asked (it was the period error).
     */
    @Test
    void aShortPeriodBesideProgressIsANote(@TempDir Path tmp) throws Exception {
        EngineResult r = edited(tmp, root -> row(root, 2).put("target", "1-6月"));
        assertEquals(List.of("/indicators/2/actual indicator-actual-incommensurable period-done-undated-progress info"),
                r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/2"))
                        .map(f -> f.pointer() + " " + f.ruleId() + " " + f.key() + " " + f.severity().id()).toList());
        Finding f = r.findings().stream().filter(x -> x.key().equals("period-done-undated-progress")).findFirst().orElseThrow();
        assertEquals("时效指标“全年”的指标值是期间“1-6月”，实施进度“已完成100%”说工作已经完成；本表式这一栏是实施进度（评分框架写明 actualIs: progress），"
                + "没有写完成日期的地方，看不出是否在期间内（2020-06-30 前）完成。如有完成日期，请在偏差原因分析或报告正文中写明，以便核对。",
                RealTableRuns.zh(f));
        assertTrue(RealTableRuns.en(f).contains("has no place for a date"), RealTableRuns.en(f));
        assertTrue(RealTableRuns.row(r, "全年").explanation().contains("按单位自评 10 分照录、未核对"), RealTableRuns.row(r, "全年").explanation());

        EngineResult short80 = edited(tmp.resolve("80"), root -> {
            row(root, 2).put("target", "1-6月");
            row(root, 2).put("actual", "完成80%");
            row(root, 2).put("score", 8);
        });
        assertEquals(List.of("/indicators/2/actual indicator-target-missed progress-short warning",
                "/indicators/2/score indicator-score-unexplained deducted info"),
                short80.findings().stream().filter(x -> x.pointer().startsWith("/indicators/2"))
                        .map(x -> x.pointer() + " " + x.ruleId() + " " + x.key() + " " + x.severity().id()).sorted().toList());
    }
}
