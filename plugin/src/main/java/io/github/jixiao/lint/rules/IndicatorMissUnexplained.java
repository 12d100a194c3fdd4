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
import java.math.BigDecimal;

@RuleInfo(
        id = "indicator-miss-unexplained",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "未完成或扣分的指标，偏差原因写“无”",
        titleEn = "Missed or marked-down indicator explained by \"none\"",
        rationaleZh = "未完成目标、或得分低于分值的指标，须在“偏差原因分析及改进措施”中写明原因和措施。“无”“0”“/”之类等于没写。"
                + "原因栏完全空白的未完成指标由 indicator-target-missed 报告，这里不重复。"
                + "不报告：原因栏有实质内容的（不论是否充分）；已完成的指标写“无”的；完成情况无法判断的行；产出指标的指标值是资金数额、实际支出少于它并已扣分的（不是产出未完成，由 indicator-score-unexplained 的 money 要求写明扣分理由）。"
                + "这样的资金数额行未扣分（满分或没有得分）而原因只写“无”的，不说“未完成”，而要求写明资金结余的原因或在预算执行率中说明（money，同一条发现；廊坊 2019 的工程资金金额 43.2 → 37.24）。",
        rationaleEn = "An indicator that missed its target, or scores below its points, needs the reason and the remedy in the explanation column; \"无\" (none), \"0\" or \"/\" "
                + "say nothing. A missed target with the column left blank is reported by indicator-target-missed and not repeated here."
                + " Not flagged: any explanation with content (however thin); \"无\" (none) on a row that met its target; rows whose result cannot be judged; an output row whose target is an amount of money, spent short of it and marked down (no output missed: indicator-score-unexplained's money note asks the deduction's reason)."
                + " Such a money row not marked down (at full points, or with no score) whose reason is only \"无\" (none) is not called a miss: the reason for the saving is asked, or the budget execution rate's (预算执行率) explanation (money, the same finding; Langfang 2019's 工程资金金额 (project funds amount) 43.2 → 37.24).",
        source = "SC-1：财预〔2020〕10号 附件（偏差原因分析及改进措施）；湖北 2020 长江禁捕项目、四川 大英 2023 实例（“无”）",
        sourceEn = "SC-1: MOF Caiyu [2020] No. 10, annex (analysis of the causes of gaps and remedies); Hubei 2020 Yangtze fishing ban project and Daying (Sichuan) 2023 examples (\"none\")",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”未完成（指标值 {1}，实际完成值 {2}），偏差原因却只写了“{3}”。请写明未完成的原因和改进措施。",
                    en = "Indicator \"{0}\" missed its target ({1}, actual {2}), yet its explanation only says \"{3}\". Give the reason and the remedy."),
            @RuleInfo.Message(key = "money", sameAs = "", zh = "指标“{0}”的指标值 {1} 是资金数额，实际支出 {2} 少于计划，偏差原因却只写了“{3}”。这不是产出未完成，而是资金没有用完：请写明结余的原因（如中标价低于预算、尾款未付），或在预算执行率的偏差原因中说明。",
                    en = "Indicator \"{0}\" has an amount of money as its target ({1}), and {2} was spent, less than planned, yet its explanation only says \"{3}\". That is money not spent, not an output missed: give the reason for the saving (a contract price below the budget, a final payment not yet made), or explain it with the budget execution rate (预算执行率)."),
            @RuleInfo.Message(key = "below-points", zh = "指标“{0}”得 {4} 分，低于分值 {5}（完成情况：{2}），偏差原因却只写了“{3}”。请写明扣分的原因和改进措施。",
                    en = "Indicator \"{0}\" scores {4}, below its {5} points (result: {2}), yet its explanation only says \"{3}\". Give the reason for the deduction and the remedy."),
            @RuleInfo.Message(key = "short", zh = "指标“{0}”的完成档次为“{4}”，偏差原因却只写了“{3}”。请写明未完全达成的原因和改进措施。",
                    en = "Indicator \"{0}\" is rated \"{4}\", yet its explanation only says \"{3}\". Give the reason it fell short and the remedy."),
            @RuleInfo.Message(key = "short-blank", zh = "指标“{0}”的完成档次为“{4}”，偏差原因却是空白。请写明未完全达成的原因和改进措施。",
                    en = "Indicator \"{0}\" is rated \"{4}\", yet its explanation is blank. Give the reason it fell short and the remedy.")
        })
public final class IndicatorMissUnexplained implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.EXPLANATION_PLACEHOLDER)) {
                continue;
            }
            Indicator i = facts.row(k);
            boolean blank = (b & IndicatorFacts.EXPLANATION_BLANK) != 0;
            String said = blank ? "" : i.explanation().strip();
            if ((b & IndicatorFacts.MISSED) != 0) {
                if (!blank && IndicatorTargetMissed.deducted(i) && MoneyOutput.spending(submission, i)) {
                    // an 产出 row whose target is money, spent short and marked down with "无" as the reason: no output
                    // missed but money not spent, and the row's score is taken as printed (MoneyOutput); the reason for the
                    // deduction is asked by indicator-score-unexplained's money note at the score (audit s51 A6 row 4)
                    continue;
                }
                if (!blank) {
                    // an 产出 row whose target is money, spent short and not marked down (t11's 工程资金金额 43.2 → 37.24 with
                    // "无" at full points, or with no 得分): no output missed but money not spent, so "请写明未完成的原因" asked
                    // of a saving; the reason for the saving is asked, or the 预算执行率's (session 52). The same finding
                    // (sameAs, the same arguments); a ceiling (≤ 800 元) broken keeps the plain words
                    String key = MoneyOutput.spending(submission, i) ? "money" : "";
                    ctx.report(key, i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(i.actual()), said);
                }
                continue;
            }
            if ((b & IndicatorFacts.ACHIEVEMENT_SHORT) != 0) {
                ctx.report(blank ? "short-blank" : "short", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(i.actual()),
                        said, i.achievement().strip());
                continue;
            }
            BigDecimal points = i.points();
            BigDecimal score = i.score();
            // a met row marked down, or one whose result cannot be judged, is indicator-score-unexplained's
            if (!blank && points != null && score != null && score.compareTo(points) < 0 && (b & IndicatorFacts.ACTUAL_BLANK) == 0
                    && !Checks.met(i)) {
                ctx.report("below-points", IndicatorScoreUnexplained.scoreSrc(submission, i), Checks.name(i), Checks.target(i),
                        Checks.quote(i.actual()), said, Checks.num(score), Checks.num(points));
            }
        }
    }
}
