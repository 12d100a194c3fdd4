package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetValue;

@RuleInfo(
        id = "indicator-target-missed",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "指标未完成",
        titleEn = "Target missed",
        rationaleZh = "实际完成值未达到指标值（按 ≥、≤、区间和单位比较）。未完成的指标须说明偏差原因和改进措施，并在自评得分中体现（按完成比例扣分）。"
                + "这是关于绩效的事实，不是评分缺陷，因此在 score-ignores-missed-target 报告满分的行上照报；只有已写明原因的提示（只提醒核对得分）"
                + "在该规则报告满分的行上不再重复，因为那条已说明得分未扣减及应得分数。",
        rationaleEn = "The actual falls short of the target (compared by ≥, ≤, ranges and units). A missed target needs the reason for the gap and the remedy, "
                + "and must show in the score (points in proportion to what was achieved). It is a fact about performance, not a scoring defect, so it is "
                + "reported on rows where score-ignores-missed-target reports full points too; only the hint on a miss whose reason is given (which just "
                + "asks to check the score) is left out there, as that finding says the score was not reduced and what it should be.",
        source = "SC-1：财预〔2020〕10号 单位自评评分规则（未完成按实际完成值 / 指标值计分）；SC-3",
        sourceEn = "SC-1: MOF Caiyu [2020] No. 10, self-evaluation scoring rules (a missed target scores actual / target); SC-3",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。请在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施，并在得分中相应扣分。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}, and deduct points accordingly."),
            @RuleInfo.Message(key = "explained", zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}（已说明原因）。请确认得分已相应扣减。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2} (a reason is given). Make sure the score reflects it."),
            @RuleInfo.Message(key = "bare", zh = "指标“{0}”的指标值 {1} 没有写比较符，按指标名称理解为“{3}”，实际完成值 {2} 未达到。请写明 ≥、≤ 或 =；确属未完成的，说明原因并扣分。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read by its name as \"{3}\"; the actual {2} falls short. Write ≥, ≤ or =; if the target was missed, give the reason and deduct points.")
        })
public final class IndicatorTargetMissed implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.COMPARED_MISSED)) {
                continue;
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            TargetValue a = i.actualValue();
            String name = Checks.name(i);
            String tq = Checks.target(i);
            String aq = Checks.quote(a.text());
            if (!Checks.blank(i.explanation())) {
                // a reason is given, so this hint only asks to check the score: on a row at full points
                // score-ignores-missed-target says that, with the figures (one defect, one finding)
                if (!facts.all(k, IndicatorFacts.MISSED) || !Checks.fullPoints(i)) {
                    ctx.report(Severity.INFO, "explained", i.actualSrc(), null, name, tq, aq);
                }
            } else if (!t.explicitComparator()) {
                ctx.report("bare", i.actualSrc(), name, tq, aq, t.format().startsWith(t.comparator().symbol()) ? t.format()
                        : t.comparator().symbol() + " " + t.format());
            } else {
                ctx.report("", i.actualSrc(), name, tq, aq);
            }
        }
    }
}
