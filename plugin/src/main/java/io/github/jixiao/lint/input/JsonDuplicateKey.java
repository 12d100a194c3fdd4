package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "json-duplicate-key",
        severity = Severity.ERROR,
        category = Category.INPUT,
        titleZh = "JSON 键重复",
        titleEn = "Duplicate JSON key",
        rationaleZh = "同一对象中出现两次的键只会保留一个值，另一个被静默丢弃，读者与程序看到的数字可能不同。",
        rationaleEn = "A key written twice in one object keeps only one value; the other is silently dropped.",
        source = "RFC 8259 §4",
        messages = {
            @RuleInfo.Message(zh = "键“{0}”在同一对象中出现了两次。请删除多余的一个，或改正键名。",
                    en = "Key \"{0}\" appears twice in the same object. Remove one or fix its name.")
        })
public final class JsonDuplicateKey implements InputRule {
}
