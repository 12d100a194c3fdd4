package io.github.jixiao.score;

import static io.github.jixiao.testing.RealTableRuns.row;
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
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * An 产出 row whose target is money (ST-7: an input, no output; indicator-input-as-output says so) is not scored by its
 * target and actual but as the unit printed it, said in the row's explanation (A2's item 2, sessions 47–50). Scored by
 * target and actual, 丽江 2020 (t6)'s 卫片执法补助经费 = 72890 元 → 72890 earned 10 where the unit printed 9, and the tool
 * told the unit its score should be higher; 廊坊 2019 (t11)'s 工程资金金额 43.2 → 37.24, the budget and its spending,
 * scored 8.62 beside the funds row's own 37.24 / 43.2 × 10 = 8.62: the same shortfall counted twice.
 */
class MoneyOutputScoreTest {

    private static EngineResult run(Path project, Locale locale) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null,
                Samples.wholeFramework(project)).withLocale(locale));
    }

    private static List<String> at(EngineResult r, String pointer) {
        // (t6's 9.0 beside 19 is column-format-mixed's, whatever the scoring)
        return r.findings().stream().filter(f -> f.pointer().equals(pointer) && !f.ruleId().equals("column-format-mixed"))
                .map(f -> f.ruleId() + " " + f.key()).toList();
    }

    @Test
    void moneyPutInIsScoredAsPrintedNotRaised() {
        EngineResult r = run(Samples.realTable("t6-lijiang-2020"), Messages.ZH);
        CriterionScore money = row(r, "卫片执法补助经费");
        assertEquals(0, new BigDecimal("9").compareTo(money.score()), money.explanation());
        assertEquals("指标值 72890 是资金数额，是投入而非产出：不按指标值与实际完成值计分（资金的使用由预算执行率计分）；按单位自评 9.0 分暂计、未核对 → 9",
                money.explanation());
        // no finding telling the unit its 9 should be 10; the deduction without a reason is asked about (SC-1), since
        // session 51 as money ("是资金数额…不按完成情况计分"), not "已完成…请给满分" (audit s51 A6 row 4)
        assertEquals(List.of("indicator-score-unexplained money"), at(r, "/indicators/0/score"));
        String en = row(run(Samples.realTable("t6-lijiang-2020"), Locale.ENGLISH), "卫片执法补助经费").explanation();
        assertTrue(en.startsWith("the target 72890 is an amount of money, an input, not an output"), en);
    }

    @Test
    void theBudgetRestatedIsNotCountedShortTwice() {
        EngineResult r = run(Samples.realTable("t11-langfang-shipin-2019"), Messages.ZH);
        CriterionScore money = row(r, "工程资金金额");
        assertEquals(0, new BigDecimal("9").compareTo(money.score()), money.explanation());
        assertTrue(at(r, "/indicators/0/score").isEmpty(), at(r, "/indicators/0/score").toString());
        // the funds row still scores the spending, once
        assertEquals(List.of("score-claim-mismatch "), at(r, "/funds/total/score"));
    }

    /**
     * With no printed score there is nothing to take as stated, and the ratio would count the spending's shortfall a second
     * time: t11 with its 得分 left blank (test resources money-output/t11-langfang-unscored) scored 工程资金金额 37.24 / 43.2 ×
     * 10 = 8.62 beside the 预算执行率's own 8.62, a total of 97.24. ST-7 (产出 measures output, not money) and SC-4 (the
     * execution row scores the money): the row is left out, unscored (its 10 points listed, the total 88.62), and
     * indicator-input-as-output's {@code unscored} says so at its target with the fix, a target of work done; nothing asks the
     * row to deduct for the money not spent (session 51).
     */
    @Test
    void withoutAPrintedScoreTheRowIsLeftOutNotScoredByItsRatio() throws Exception {
        Path project = Path.of(MoneyOutputScoreTest.class.getResource("/money-output/t11-langfang-unscored").toURI());
        EngineResult r = run(project, Messages.ZH);
        CriterionScore money = row(r, "工程资金金额");
        assertEquals(0, BigDecimal.ZERO.compareTo(money.score()), money.explanation());
        assertEquals("无法计分：指标值 43.2 是资金数额，是投入而非产出：资金的使用由预算执行率计分，不按指标值与实际完成值再计一次，"
                + "这一行也没有自评得分可暂计，按 0 分计", money.explanation());
        assertEquals("88.62", r.sheet().total().toPlainString());
        assertEquals(0, BigDecimal.TEN.compareTo(r.sheet().unscoredPoints()));
        // the execution row scores the shortfall, once
        assertEquals("8.62", r.sheet().criteria().get(0).score().toPlainString());
        // (43.2 bare: no-comparator's no-unit, "个/天", is held on a money row beside input-as-output since session 51, R1)
        assertEquals(List.of("indicator-input-as-output unscored"), at(r, "/indicators/0/target"));
        // not "已说明原因…请确认得分已相应扣减" (indicator-target-missed explained): the money not spent is the execution's
        assertEquals(List.of(), at(r, "/indicators/0/actual"));
        Finding f = r.findings().stream().filter(x -> x.key().equals("unscored")).findFirst().orElseThrow();
        assertEquals("产出指标“指标1工程资金金额”的指标值“43.2”是一笔金额，衡量的是投入而不是产出。这一行没有自评得分，也不按指标值与实际完成值计分："
                + "资金的使用由预算执行率计分，按完成比例再计一次就把同一笔资金的差额计了两次；这一行的 10 分因此未计分（按 0 分计）。"
                + "请改为该笔资金要完成的工作量、质量或时限，并按完成情况自评计分；金额放在成本指标中。",
                new Messages(Messages.ZH).forResult(r).message(f));
        EngineResult en = run(project, Locale.ENGLISH);
        assertTrue(row(en, "工程资金金额").explanation().startsWith("not scored: the target 43.2 is an amount of money, an input, not an output"),
                row(en, "工程资金金额").explanation());
        assertTrue(new Messages(Locale.ENGLISH).forResult(en).message(f).contains("so its 10 points are not scored (counted as 0)"));
    }

    /**
     * A money row missed at full printed points (t11's 工程资金金额 at 10 of 10): taken as printed, as at 9; neither
     * score-ignores-missed-target's "按完成比例应得 8.62" nor indicator-target-missed asks for the deduction the 预算执行率
     * already makes (session 51).
     */
    @Test
    void aMoneyRowAtFullPointsIsNotAskedToDeduct(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t11");
        Samples.copyTreeEditingIndicators(Samples.realTable("t11-langfang-shipin-2019"), project,
                root -> ((ObjectNode) root.at("/indicators/0")).put("score", 10));
        EngineResult r = run(project, Messages.ZH);
        assertEquals(0, BigDecimal.TEN.compareTo(row(r, "工程资金金额").score()));
        assertEquals(List.of(), at(r, "/indicators/0/score"));
        assertEquals(List.of(), at(r, "/indicators/0/actual"));
        assertEquals(List.of("indicator-input-as-output "), at(r, "/indicators/0/target").stream()
                .filter(k -> !k.startsWith("indicator-target-no-comparator")).toList());
    }

    /** An output row whose figure is no money (项目验收合格率 = 100%) is scored by target and actual, as SC-1 says. */
    @Test
    void anOutputThatIsNoMoneyIsScoredByItsTarget(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t6");
        Samples.copyTreeEditingIndicators(Samples.realTable("t6-lijiang-2020"), project, root -> {
            ObjectNode row = (ObjectNode) root.at("/indicators/0");
            row.put("name", "卫片执法图斑核查数");
            row.put("unit", "个");
        });
        EngineResult r = run(project, Messages.ZH);
        CriterionScore counted = row(r, "卫片执法图斑核查数");
        assertEquals(0, BigDecimal.TEN.compareTo(counted.score()), counted.explanation());
        assertEquals(List.of("score-claim-mismatch indicator-below"), at(r, "/indicators/0/score"));
        Finding none = r.findings().stream().filter(f -> f.ruleId().equals("indicator-input-as-output")).findFirst().orElse(null);
        assertEquals(null, none);
    }

    /**
     * A ceiling of money on an 产出 row ("≤ 72890 元" on t6's 卫片执法补助经费, 80000 paid, 9 printed) is a cost control
     * misfiled, no spending the 预算执行率 scores: MoneyOutput.spending reads it so, and so does the scorer since session 52.
     * Before, the printed 9 was taken unchecked ("按单位自评 9.0 分暂计"); it is scored as any ceiling, 72890 / 80000 × 10.
     */
    @Test
    void aCeilingOfMoneyIsScoredByTargetAndActualNotTakenAsPrinted(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t6");
        Samples.copyTreeEditingIndicators(Samples.realTable("t6-lijiang-2020"), project, root -> {
            ObjectNode row = (ObjectNode) root.at("/indicators/0");
            row.put("comparator", "≤");
            row.put("actual", "80000");
        });
        EngineResult r = run(project, Messages.ZH);
        CriterionScore ceiling = row(r, "卫片执法补助经费");
        assertEquals("9.11", ceiling.score().toPlainString(), ceiling.explanation());
        assertTrue(!ceiling.explanation().contains("暂计"), ceiling.explanation());
        // and its deduction is not called one of money not scored by its result (indicator-score-unexplained money)
        assertTrue(!at(r, "/indicators/0/score").contains("indicator-score-unexplained money"), at(r, "/indicators/0/score").toString());
    }

    /**
     * t11 with its 得分 left blank and indicator-input-as-output turned off: the row counted 0 with only the list of points
     * not scored saying why. Since session 52 the scorer's score-input-missing money-output says it at the target; beside
     * indicator-input-as-output's unscored, which says it with the fix, it is left out (one defect, one finding).
     */
    @Test
    void anUnscoredMoneyRowHasTheScorersFindingWhereTheLintRuleIsOff() throws Exception {
        Path project = Path.of(MoneyOutputScoreTest.class.getResource("/money-output/t11-langfang-unscored").toURI());
        io.github.jixiao.lint.RuleConfig off = io.github.jixiao.lint.RuleConfig.of(
                List.of(new io.github.jixiao.lint.RuleConfig.Entry("indicator-input-as-output", "OFF", null)));
        EngineResult r = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, Samples.wholeFramework(project), off));
        assertEquals(List.of("score-input-missing money-output"), at(r, "/indicators/0/target"));
        Finding f = r.findings().stream().filter(x -> x.key().equals("money-output")).findFirst().orElseThrow();
        assertEquals("绩效指标“指标1工程资金金额”的指标值“43.2”是资金数额，是投入而非产出：资金的使用由预算执行率计分，不按指标值与实际完成值再计一次；"
                + "这一行又没有自评得分可暂计，10 分未计分，按 0 分计（属“产出指标（数量、质量、时效、成本）”）。请改为该笔资金要完成的工作量、质量或时限，并按完成情况自评计分。",
                new Messages(Messages.ZH).forResult(r).message(f));
        assertTrue(new Messages(Locale.ENGLISH).forResult(r).message(f).contains("so its 10 points are not scored and count as 0"));
        // with the rule on, its finding alone
        assertEquals(List.of("indicator-input-as-output unscored"), at(run(project, Messages.ZH), "/indicators/0/target"));
    }
}
