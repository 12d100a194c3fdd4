package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.testing.RealTableRuns;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * An actual not in its target's terms ("≥95%" beside 完成) is one defect at its cell (session 46, G2's left-alone item 6):
 * indicator-actual-incommensurable says what to write, and the scorer's score-input-missing incomparable at the same cell
 * ("无法比较，按 0 分计") is left out (Engine.incomparableOnce); the row still scores 0. Before, two errors at the one cell
 * (保山 2022, t84: 小于5次 → 无上访; 蚕茶 2021, t81: 100% → 完成). With the lint rule off, the scorer's finding tells.
 */
class IncomparableOnceTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {
        "≥95%; 完成; indicator-actual-incommensurable quantitative-target",
        "≥ 60 个; 60 家; indicator-actual-incommensurable unit",
        "≤ 1000元/人; 30元; indicator-actual-incommensurable unit-rate"
    })
    void oneFindingAtTheActual(String target, String actual, String kept, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual, null);
        assertEquals(List.of(kept + " ERROR"), atActual(r));
        // the row's 8 points are not scored, as before: 90 − 8
        assertEquals(new BigDecimal("82.00"), r.sheet().total());
    }

    @Test
    void theScorerSaysItWhereTheLintRuleIsOff(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "≥95%", "完成", "indicator-actual-incommensurable");
        assertEquals(List.of("score-input-missing incomparable ERROR"), atActual(r));
    }

    @Test
    void theKeptFindingIsTheOneFiledBefore() throws Exception {
        // 保山 2022 as filed: the lint's finding at 小于5次 → 无上访 alone, its fingerprint the one a baseline holds
        EngineResult r = RealTableRuns.asFiled("t84-baoshan-tuiyijunren-2022");
        List<Finding> at = r.findings().stream().filter(f -> f.pointer().equals("/indicators/3/actual")).toList();
        // (-other since session 57: 无上访 speaks of petitions, not of the 群体性事件 the row counts; the same fingerprint)
        assertEquals(List.of("indicator-actual-incommensurable quantitative-target-bound-other"),
                at.stream().map(f -> f.ruleId() + " " + f.key()).toList());
        // since session 47 the example is built from the comparator ("0 次" for 无上访, a detail): the finding is identified
        // as the quantitative-target one filed before, the target's figure "5 次" its last counted argument
        Finding f = at.get(0);
        assertEquals("5 次", f.args().get(3));
        assertEquals("0 次", f.args().get(4));
        assertEquals(Fingerprints.legacy(f.ruleId(), f.file(), "quantitative-target", f.args().subList(0, 4)), Fingerprints.of(f));
        assertEquals("指标“全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生”的指标值是“小于5次”，实际完成值“无上访”说的是上访，"
                + "不是指标所计的群体性事件，无法与指标值比较。请按指标值的单位填写群体性事件的实际数值（少于 5 次，如“0 次”）。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
    }

    /**
     * 不涉及, 不适用, N/A beside a target set at the filing (session 46): one finding, placeholder-left not-applicable-actual,
     * in place of incommensurable's "write the figure" and the scorer's incomparable (beside a figure) or its achievement
     * (beside words, at the row); the row still scores 0.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"≥95%; 不涉及", "≥95%; N/A", "在项目计划完成时间内完成; 不适用"})
    void notApplicableInWordsIsOneFinding(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual, null);
        assertEquals(List.of("/indicators/3/actual placeholder-left not-applicable-actual [提交报告及时性, " + actual + ", " + target + "]"),
                RealTableRuns.onRows(r, "3").stream().filter(f -> !f.contains("indicator-time-cost-unspecified")).toList());
        assertEquals(new BigDecimal("82.00"), r.sheet().total());
    }

    /**
     * A target never filled in ("**", the template's) beside a figure at 自评 is one finding, placeholder-left's
     * placeholder-target at the target (session 47, G3's left-alone item 2): not also incommensurable's "quantify the
     * target" at the actual, nor the scorer's achievement-self-score at the row (how the row is scored, the unit's own score
     * taken unchecked, is the scorer's and unchanged: the total is the one with placeholder-left turned off).
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"**; 98%", "xx; 3次"})
    void aPlaceholderTargetIsOneFinding(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual, null);
        assertEquals(List.of("/indicators/3/target placeholder-left placeholder-target [提交报告及时性, " + target + "]"),
                RealTableRuns.onRows(r, "3").stream().filter(f -> !f.contains("indicator-time-cost-unspecified")).toList());
        // with placeholder-left off, incommensurable's finding at the actual tells; the scorer's achievement-self-score at the
        // row, whose fix (a level, or an actual that answers the target) is the error's, is left out beside it since session 49
        // (Engine.qualitativeSelfScoreOnce), and since session 52 the error says the points it took unchecked (-self-score)
        EngineResult off = run(tmp.resolve("off"), target, actual, "placeholder-left");
        assertEquals(List.of("/indicators/3/actual indicator-actual-incommensurable qualitative-target-self-score"),
                RealTableRuns.onRows(off, "3").stream().filter(f -> !f.contains("indicator-time-cost-unspecified"))
                        .map(f -> f.substring(0, f.indexOf(" [")) ).toList());
        assertEquals(off.sheet().total(), r.sheet().total());
    }

    private static List<String> atActual(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().equals("/indicators/3/actual"))
                .filter(f -> f.ruleId().equals("indicator-actual-incommensurable") || f.ruleId().equals("score-input-missing"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity()).toList();
    }

    private static EngineResult run(Path tmp, String target, String actual, String off) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTreeEditingIndicators(Path.of(IncomparableOnceTest.class.getResource("/real-tables/t25-tangxi-weituo-2022").toURI()),
                project, root -> {
                    ObjectNode row = (ObjectNode) root.at("/indicators/3");
                    row.put("target", target);
                    row.put("actual", actual);
                });
        return new Engine().run(off == null ? EngineOptions.of(project, project.resolve("submission"))
                : new EngineOptions(project, project.resolve("submission"), null, null, null,
                        RuleConfig.of(List.of(new RuleConfig.Entry(off, "OFF", null))), Locale.SIMPLIFIED_CHINESE));
    }
}
