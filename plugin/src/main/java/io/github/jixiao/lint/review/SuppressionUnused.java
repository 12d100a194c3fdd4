package io.github.jixiao.lint.review;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "suppression-unused",
        severity = Severity.WARNING,
        category = Category.CONFIGURATION,
        titleZh = "豁免条目没有匹配任何问题",
        titleEn = "Suppression matches nothing",
        rationaleZh = "问题已修正或文件已改动时，旧的豁免应删除，以免将来掩盖新问题。",
        rationaleEn = "Once a finding is fixed or its file changes, the old suppression should go, lest it hide a new finding later.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "第 {0} 条豁免（规则 {1}，文件 {2}）没有匹配任何问题。请删除它。",
                    en = "Suppression {0} (rule {1}, file {2}) matches no finding. Remove it.")
        })
public final class SuppressionUnused implements InputRule {
}
