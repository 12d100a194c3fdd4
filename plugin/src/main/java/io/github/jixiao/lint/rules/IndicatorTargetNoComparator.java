package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetValue;

@RuleInfo(
        id = "indicator-target-no-comparator",
        severity = Severity.INFO,
        category = Category.MEASURABILITY,
        titleZh = "指标值没有写比较符",
        titleEn = "Target has no comparator",
        rationaleZh = "指标值应写明指标性质（≥、≤、= 或定性）。只写一个数（“10 家”“100%”）时只能按“等于”理解，读者要猜方向："
                + "同是“100%”，财政供养人员控制率是“≤”，政府采购执行率却是“≥”。",
        rationaleEn = "A target states its nature (≥, ≤, = or qualitative). A bare number (\"10 家\", \"100%\") can only be read as \"equal to\" and leaves the reader "
                + "guessing the direction: \"100%\" means ≤ for a staff control rate but ≥ for a procurement execution rate.",
        source = "VAL-1：四川 部门预算项目支出绩效自评表（2023年度）栏目“指标性质/指标值/度量单位”；财预〔2021〕101号 附件2 模板；重庆 2021 实例",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的指标值“{1}”没有比较符，只能按“= {2}”理解。请写明方向，如“≥ {2}”“≤ {2}”或“= {2}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no comparator and can only be read as \"= {2}\". State the direction, e.g. \"≥ {2}\", \"≤ {2}\" or \"= {2}\".")
        })
public final class IndicatorTargetNoComparator implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (Indicator i : submission.applicableIndicators()) {
            TargetValue t = i.targetValue();
            if (t.isQuantitative() && !t.explicitComparator()) {
                String value = t.low().toPlainString() + (t.unit().isEmpty() ? "" : t.isPercent() ? "%" : " " + t.unit());
                ctx.report("", i.targetSrc(), Checks.name(i), Checks.quote(t.text()), value);
            }
        }
    }
}
