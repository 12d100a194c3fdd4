package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "indicator-template-row",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "表中留有模板空行",
        titleEn = "Template row left in the table",
        rationaleZh = "自评表模板的每一类都印有空行（如“经济效益指标”后不填任何指标）。年终自评时仍只有类别或名称、没有指标值、实际完成值、分值和得分的行，是留下的模板行："
                + "它不是一个绩效指标，不参与计分，也不计入各种比例；请删去它，或该类确不适用时注明不适用。",
        rationaleEn = "Self-evaluation templates print empty rows under each category (e.g. 经济效益指标 (economic benefit) with nothing filled in). At the year end, a row with only a category "
                + "or a name and no target, actual, points or score is a template row left behind: it is not an indicator, is not scored and is left out of every share; "
                + "delete it, or mark the category not applicable.",
        source = "ST-1：财预〔2020〕10号 附件1 单位自评表；棠溪 2022 自评表实例（经济效益指标一行空白）",
        sourceEn = "ST-1: MOF Caiyu [2020] No. 10, Annex 1, unit self-evaluation table; Tangxi 2022 self-evaluation table (an empty economic benefit row)",
        messages = {
            @RuleInfo.Message(zh = "第 {0} 行指标“{1}”只有类别或名称，没有指标值、实际完成值、分值和得分，是留下的模板行，未参与计分。请删去该行，或在该类确不适用时把该行标为不适用（notApplicable: true）。",
                    en = "Row {0}, \"{1}\", has only a category or a name and no target, actual, points or score: a template row left behind, not scored. Delete it, or mark it 不适用 (notApplicable: true) if the category does not apply.")
        })
public final class IndicatorTemplateRow implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.TEMPLATE)) {
                Indicator i = facts.row(k);
                ctx.report("", i.src(), i.index() + 1, Checks.name(i));
            }
        }
    }
}
