package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "indicator-target-unmeasurable",
        severity = Severity.WARNING,
        category = Category.MEASURABILITY,
        titleZh = "指标值是不分级的定性表述",
        titleEn = "Target is a qualitative word without grades",
        rationaleZh = "绩效目标应尽量量化；不能量化的，要用定性的分级分档形式表述。“明显”“显著”“有效提升”这类词不定义任何档次，"
                + "年底无法据以判断是否完成，自评时只能凭印象给分。",
        rationaleEn = "Targets should be quantified; what cannot be quantified must be stated as a graded scale. Words such as 明显 (marked), 显著 (significant) "
                + "or 有效提升 (effectively improved) define no grades, so at year end nobody can tell whether the target was met.",
        source = "VAL-2：地方财政支出绩效评价管理办法（仿财预〔2011〕285号）第十四、十七条（“不能以量化形式表述的，可以采用定性的分级分档形式表述”）；ST-9",
        sourceEn = "VAL-2: Measures for the Performance Evaluation of Local Fiscal Spending (after MOF Caiyu [2011] No. 285), Articles 14 and 17 (\"what cannot be stated in quantified form may be stated as qualitative graded levels\"); ST-9",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的指标值“{1}”是不分级的定性表述，无法判断是否完成。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”）；确实无法量化的，写明分级分档标准（如优、良、中、差各档的判定条件）。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a qualitative word without grades; nobody can tell whether it was met. Quantify it (e.g. \"≥ 90%\", \"≥ 10 organisations\"), or, if it cannot be quantified, define graded levels (e.g. what counts as excellent, good, fair or poor).")
        })
public final class IndicatorTargetUnmeasurable implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            // t.isQualitative() && t.vague() && !t.graded(), on the bits
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUALITATIVE | IndicatorFacts.T_VAGUE)) {
                continue;
            }
            Indicator i = facts.row(k);
            ctx.report("", i.targetSrc(), Checks.name(i), Checks.quote(i.targetValue().text()));
        }
    }
}
