package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.TargetValue;

@RuleInfo(
        id = "indicator-target-at-ceiling",
        severity = Severity.INFO,
        category = Category.MEASURABILITY,
        titleZh = "比率目标“≥ 100%”无法超额",
        titleEn = "Rate target \"≥ 100%\" cannot be exceeded",
        rationaleZh = "完成率、合格率、及时率之类的比率不会超过 100%，“≥ 100%”实际就是“= 100%”，应照实写明；单位写成文字（如“百分比”）的，应统一写作 %。",
        rationaleEn = "Completion, pass and timeliness rates cannot exceed 100 %, so \"≥ 100%\" really means \"= 100%\" and should say so; a unit written as a word (百分比 (percent)) should be written %.",
        source = "VAL-4：棠溪 2022 自评表实例",
        sourceEn = "VAL-4: Tangxi 2022 self-evaluation table",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的指标值“{1}”：该比率不会超过 100%，“≥ 100%”实际就是“= 100%”。请写成“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\": this rate cannot exceed 100%, so \"≥ 100%\" means \"= 100%\". Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "unit-word", zh = "指标“{0}”的指标值“{1}”把单位写成了“百分比”。请写作 %（如“≥ 90%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" spells its unit as 百分比 (percent). Write % instead (e.g. \"≥ 90%\").")
        })
public final class IndicatorTargetAtCeiling implements Rule {

    /** Names of rates that can exceed 100 % (growth, change): left alone. */
    private static final WordList UNBOUNDED = WordList.of("增长", "增幅", "增速", "增加", "提升", "提高", "变动", "同比", "环比", "超额", "倍");

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE)) {
                continue;
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            if ((facts.bits(k) & IndicatorFacts.T_PERCENT_WORD) != 0) { // t.text().contains("百分比")
                ctx.report("unit-word", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
            } else if (t.explicitComparator() && t.isPercent() && (t.comparator() == Comparator.GE || t.comparator() == Comparator.GT)
                    && t.low().compareTo(Checks.HUNDRED) >= 0 && !unbounded(i.label())) {
                ctx.report("", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
            }
        }
    }

    private static boolean unbounded(String name) {
        return UNBOUNDED.anyIn(name);
    }
}
