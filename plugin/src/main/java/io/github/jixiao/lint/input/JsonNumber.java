package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "json-number",
        severity = Severity.ERROR,
        category = Category.INPUT,
        titleZh = "数字超出范围或精度",
        titleEn = "Number out of range or precision",
        rationaleZh = "金额、比率和分数必须是有限的、精度合理的数字；1e400 这样的数或超过 6 位小数的金额不可能是真实数据。",
        rationaleEn = "Amounts, rates and scores must be finite numbers of sensible precision; 1e400 or an amount with more than 6 decimals cannot be real data.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "数字 {0} 超出合理范围（绝对值须小于 10^15）。请检查此处数字。",
                    en = "The number {0} is out of range (its magnitude must be below 10^15). Check this number."),
            @RuleInfo.Message(key = "precision", zh = "数字 {0} 的小数位超过 {1} 位，超出金额和比率的精度。请按报告所印的位数填写。",
                    en = "The number {0} has more than {1} decimals, beyond the precision of money and rates. Write it as printed.")
        })
public final class JsonNumber implements InputRule {
}
