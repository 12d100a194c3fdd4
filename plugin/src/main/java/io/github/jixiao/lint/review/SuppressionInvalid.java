package io.github.jixiao.lint.review;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "suppression-invalid",
        severity = Severity.ERROR,
        category = Category.CONFIGURATION,
        titleZh = "豁免条目无效（缺少理由或格式错误）",
        titleEn = "Invalid suppression (no reason, or malformed)",
        rationaleZh = "豁免一个问题必须写明理由，供审核人判断；没有理由（或理由只有空白、零宽字符等看不见的字符）的豁免不生效。字段类型错误的豁免也不生效，而不是放宽到更多问题。",
        rationaleEn = "Suppressing a finding needs a written reason a reviewer can judge; a suppression without one (or with only blanks, zero-width or other invisible characters) does not apply. A suppression with a field of the wrong type does not apply either, rather than growing wider.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "第 {0} 条豁免（规则 {1}）没有写理由（reason），因此不生效。请写明为什么接受这个问题。",
                    en = "Suppression {0} (rule {1}) has no reason, so it does not apply. Say why the finding is accepted."),
            @RuleInfo.Message(key = "malformed", zh = "豁免文件格式错误：{0}。", en = "The suppressions file is malformed: {0}."),
            @RuleInfo.Message(key = "field", zh = "第 {0} 条豁免的字段“{1}”不是文字或不是可用的字段（rule、file、pointer、name、reason），此条豁免不生效（不会因此放宽到更多问题）。",
                    en = "Suppression {0}: the field \"{1}\" is not a string or not a known field (rule, file, pointer, name, reason), so the suppression does not apply (it is never widened instead)."),
            @RuleInfo.Message(key = "field-near", zh = "第 {0} 条豁免的字段“{1}”不是可用的字段（rule、file、pointer、name、reason）。是否应为“{2}”？请改正拼写；改正前此条豁免不生效（不会因此放宽到更多问题）。",
                    en = "Suppression {0}: \"{1}\" is not a known field (rule, file, pointer, name, reason). Did you mean \"{2}\"? Correct its spelling; until then the suppression does not apply (it is never widened instead)."),
            @RuleInfo.Message(key = "unknown-rule", zh = "第 {0} 条豁免的规则“{1}”不存在，因此不生效。是否应为“{2}”？全部规则见 jixiao:rules。",
                    en = "Suppression {0} names rule \"{1}\", which does not exist, so it does not apply. Did you mean \"{2}\"? Every rule is listed by jixiao:rules."),
            @RuleInfo.Message(key = "unknown-rule-far", zh = "第 {0} 条豁免的规则“{1}”不存在，因此不生效。请按 jixiao:rules 所列的规则编号填写。",
                    en = "Suppression {0} names rule \"{1}\", which does not exist, so it does not apply. Write a rule id as jixiao:rules lists them.")
        })
public final class SuppressionInvalid implements InputRule {
}
