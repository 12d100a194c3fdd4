package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.MoneyOutput;
import io.github.jixiao.score.UnmeasurableTarget;
import java.math.BigDecimal;

@RuleInfo(
        id = "indicator-score-unexplained",
        severity = Severity.WARNING,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "得分与完成情况不符且未说明",
        titleEn = "Score does not follow the result, and no reason is given",
        rationaleZh = "完成了目标的指标应得满分；扣了分，就要在“偏差原因分析及改进措施”中说明扣分的理由。反过来，实际完成值空着的指标无从核对，不能给满分。"
                + "完成情况无法判断（定性、无单位）而扣了分又不说明的，只作提示。"
                + "定性指标已达成、评分框架按“达成”档（80%–100% 分值，SC-2）接受了所写得分的（15 分得 13 分），是档内的得分而不是扣分，不报告。"
                + "不报告：得分低于分值但已写明原因的；未完成指标的扣分（那是应当扣的，原因缺失由 indicator-target-missed、indicator-miss-unexplained 报告）；没有分值或得分列的表。"
                + "评分框架为已完成的指标算出满分、由 score-claim-mismatch 在同一得分单元格指出自评分与计算值不一致的，这里不再重复（一个缺陷一个问题；写明原因也不会改变计算值）。"
                + "产出指标的指标值是资金数额的（丽江 2020 的卫片执法补助经费 = 72890 元，indicator-input-as-output 报告），是投入，不按完成情况计分（得分按单位自评暂计、未核对），不说“已完成，请给满分”：扣了分又没写理由的，只要求写明理由（money，与已完成而扣分是同一条发现）。指标值是百分比、名称却没有写出计量的是什么的（稷山 2020 的“是否解决建档立卡人员看病难贵问题 95%”，indicator-target-unmeasurable 报告），指标值无法计量，评分按所印得分照录、未核对，同样不说“已完成，请给满分”，只要求写明扣分理由（unmeasurable，同一条发现）。"
                + "实际完成值空着（或指标值、实际完成值都空着）而得满分的一行，已由 indicator-incomplete 在该行指出缺什么的，由它一并说明得了满分（补填实际完成值后，得分再按完成情况核对），这里不再另报。",
        rationaleEn = "An indicator that met its target earns its full points; points taken off need their reason in the explanation column. Conversely, a row "
                + "whose actual is empty cannot be checked and cannot earn full marks. Where the result cannot be judged (qualitative, no unit), an unexplained deduction is only noted."
                + " A qualitative row that met its target, whose stated score the scoring framework takes within the 达成 (achieved) band (80–100 % of the points, SC-2; 13 of 15), is scored within its band, not marked down, and is not reported."
                + " Not flagged: a deduction with a reason given; points taken off a missed target (they should be; a missing reason is indicator-target-missed's or indicator-miss-unexplained's); tables without points or scores."
                + " Where the scoring framework gives a met row its full points and score-claim-mismatch reports the stated score against that figure at the same cell, this is not reported as well (one defect, one finding; a reason written would not change the computed figure)."
                + " An output row whose target is an amount of money (Lijiang 2020's 卫片执法补助经费 (subsidy for satellite-image enforcement) = 72,890 yuan, said by indicator-input-as-output) is an input, not scored by its result (its score is taken as stated, unchecked), so it is not told \"met: give full points\": a deduction without a reason is asked for its reason alone (money, the same finding as a met row marked down). So is a percentage target whose name says nothing measured (Jishan 2020's 是否解决建档立卡人员看病难贵问题 (whether the poor registered households' hard and costly access to care is solved) 95%, said by indicator-target-unmeasurable): it cannot be measured, its printed score is taken as printed, unchecked, and a deduction without a reason is asked for its reason alone (unmeasurable, the same finding)."
                + " A row at full marks whose actual (or target and actual) is blank, where indicator-incomplete reports at that row what is missing, is said by that finding with the full score (once the actual is filled in, the score is held to it) and not here as well.",
        source = "SC-1：财预〔2020〕10号 单位自评评分规则（完成的按分值计分，未完成的说明偏差原因）；云南 丽江 2020、宁夏 银川 2021、重庆 2021 实例",
        sourceEn = "SC-1: MOF Caiyu [2020] No. 10, self-evaluation scoring rules (targets met score their points; missed ones explain the gap); Lijiang (Yunnan) 2020, Yinchuan (Ningxia) 2021 and Chongqing 2021 examples",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”已完成（指标值 {1}，实际完成值 {2}），却只得 {3} 分（分值 {4}），也没有说明扣分原因。请给满分，或在{@偏差原因分析及改进措施|explanation}中写明扣分理由。",
                    en = "Indicator \"{0}\" met its target ({1}, actual {2}) yet scores {3} of {4} points, with no reason for the deduction. Give full points, or state the reason in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "deducted", zh = "指标“{0}”得 {3} 分（分值 {4}），扣了分却没有说明原因（指标值 {1}，实际完成值 {2}）。请在{@偏差原因分析及改进措施|explanation}中写明扣分理由。",
                    en = "Indicator \"{0}\" scores {3} of {4} points: points were taken off with no reason given (target {1}, actual {2}). State the reason in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "money", sameAs = "", details = {5}, zh = "指标“{0}”（指标值 {1}，实际完成值 {2}）是资金数额，是投入，不按完成情况计分；自评得 {3} 分（分值 {4}，扣 {5} 分），却没有写明扣分理由。请在{@偏差原因分析及改进措施|explanation}中写明理由。",
                    en = "Indicator \"{0}\" (target {1}, actual {2}) is an amount of money, an input, not scored by its result; the self-score is {3} of {4} points ({5} taken off), with no reason given. State the reason in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "unmeasurable", sameAs = "", details = {5}, zh = "指标“{0}”的指标值 {1} 是百分比，名称却没有写出计量的是什么，指标值无法计量，不按完成情况计分（实际完成值 {2}）；自评得 {3} 分（分值 {4}，扣 {5} 分），却没有写明扣分理由。请在{@偏差原因分析及改进措施|explanation}中写明理由。",
                    en = "Indicator \"{0}\" has the target {1}, a percentage whose name says nothing measured: it cannot be measured, and the row is not scored by its result (actual {2}); the self-score is {3} of {4} points ({5} taken off), with no reason given. State the reason in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "empty-actual", zh = "指标“{0}”的实际完成值为空，却得了满分 {3} 分。没有实际完成值就无从核对，请填写实际完成值，或按未完成计分。",
                    en = "Indicator \"{0}\" has no actual, yet scores full marks ({3}). Without an actual nothing can be checked: fill it in, or score the row as not achieved.")
        })
public final class IndicatorScoreUnexplained implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & (IndicatorFacts.APPLICABLE | IndicatorFacts.POINTS | IndicatorFacts.SCORE))
                    != (IndicatorFacts.APPLICABLE | IndicatorFacts.POINTS | IndicatorFacts.SCORE)
                    || (b & (IndicatorFacts.ACTUAL_BLANK | IndicatorFacts.EXPLANATION_PLACEHOLDER)) == 0) {
                continue; // no points or score; or an actual and an explanation: nothing below reports such a row
            }
            Indicator i = facts.row(k);
            BigDecimal points = i.points();
            BigDecimal score = i.score();
            if (points == null || score == null || points.signum() <= 0
                    || submission.shareUnheld(i)) {
                // (points that are an even share jixiao assumed, which a row's printed 得分 above it refutes: the printed score is the table's own figure, not a deduction
                // from them; score-assumption's category-even…-scored says so once: 昌宁 2022, t116, session 53)
                continue;
            }
            if ((b & IndicatorFacts.ACTUAL_BLANK) != 0) {
                if (score.compareTo(points) >= 0) {
                    ctx.report("empty-actual", i.actualSrc(), Checks.name(i), Checks.target(i), "", Checks.num(score), Checks.num(points));
                }
                continue;
            }
            if (score.compareTo(points) >= 0) { // (the explanation is a placeholder: the bits above)
                continue;
            }
            Object[] args = {Checks.name(i), Checks.target(i), Checks.quote(i.actual()), Checks.num(score), Checks.num(points)};
            if (Checks.met(i) && (b & IndicatorFacts.T_QUALITATIVE) != 0 && heldInItsBand(ctx, i)) {
                continue; // a words target met, scored within the framework's 达成 band (SC-2: 80–100 %): no deduction to explain
            }
            if (MoneyOutput.spending(submission, i) && (Checks.met(i) || (b & IndicatorFacts.ACHIEVEMENT_SHORT) == 0)) {
                // an 产出 row whose target is money (丽江 2020's 卫片执法补助经费 = 72890 元, 9 of 10, t6): the scorer takes its
                // printed score unchecked, not by target and actual (MoneyOutput), so "已完成…请给满分" is no advice there; the
                // deduction's reason is still asked (audit s51 A6 row 4). Met or short alike: a shortfall of money is the
                // 预算执行率's, and indicator-target-missed holds its "deducted" on such a row, indicator-miss-unexplained its
                // "未完成…只写了“无”" (a reason blank or a placeholder alike). The same finding (the points taken off are a detail).
                // Not a ceiling (≤ 800 元): the scorer scores it by target / actual since session 52 (MoneyOutput.spending)
                ctx.report("money", scoreSrc(submission, i), Checks.name(i), Checks.target(i), Checks.quote(i.actual()),
                        Checks.num(score), Checks.num(points), Checks.num(points.subtract(score)));
                continue;
            }
            if (UnmeasurableTarget.takenAsPrinted(i)) {
                // a percentage of no measured thing (稷山 2020's 是否解决建档立卡人员看病难贵问题 95 % → 95 %, 27 of 30, t31 /4):
                // indicator-target-unmeasurable says it cannot be measured, and the scorer takes the printed score as printed
                // (UnmeasurableTarget), so "已完成…请给满分" is no advice there, nor is the miss of a target that measures
                // nothing; the deduction's reason is still asked, as beside a money row. The same finding (session 52)
                ctx.report("unmeasurable", scoreSrc(submission, i), Checks.name(i), Checks.target(i), Checks.quote(i.actual()),
                        Checks.num(score), Checks.num(points), Checks.num(points.subtract(score)));
                continue;
            }
            if (Checks.met(i)) {
                ctx.report("", scoreSrc(submission, i), args);
            } else if ((b & (IndicatorFacts.EXPLANATION_BLANK | IndicatorFacts.MISSED | IndicatorFacts.ACHIEVEMENT_SHORT))
                    == IndicatorFacts.EXPLANATION_BLANK) {
                // a miss, or a "无" as the reason, is indicator-miss-unexplained's; here the result cannot be judged
                ctx.report(Severity.INFO, "deducted", scoreSrc(submission, i), null, args);
            }
        }
    }

    /**
     * Whether the scorer took the row's stated score as it stands: a qualitative row scored within the band of its grade
     * (SC-2: 达成 is 80–100 % of the points, so 13 of 15 on a met words target is a score, not a deduction; 南漳 2021, t1:
     * 改善学校的办学条件 → 改善学校的办学条件 at 13 of 15 and 8 of 10, where the summary's own line read "达成：12–15 分，自评 13
     * → 13" while this rule asked for full marks, helper A2's audit). Not without a framework that scores the row, nor
     * where it counted another figure (below the band's floor: score-claim-mismatch band says so).
     */
    private static boolean heldInItsBand(RuleContext ctx, Indicator i) {
        io.github.jixiao.score.ScoreSheet sheet = ctx.scores().orElse(null);
        if (sheet == null) {
            return false;
        }
        String id = "indicator-" + i.index();
        for (io.github.jixiao.score.CriterionScore c : sheet.criteria()) {
            if ("indicator-points".equals(c.method())) {
                for (io.github.jixiao.score.CriterionScore it : c.items()) {
                    if (id.equals(it.id())) {
                        return it.score() != null && it.claimed() != null && it.score().compareTo(it.claimed()) == 0;
                    }
                }
            }
        }
        return false;
    }

    static io.github.jixiao.load.Src scoreSrc(Submission s, Indicator i) {
        return s.src("indicators#" + i.pointer() + "/score");
    }
}
