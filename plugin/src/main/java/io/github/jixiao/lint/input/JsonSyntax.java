package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "json-syntax",
        severity = Severity.ERROR,
        category = Category.INPUT,
        titleZh = "JSON 语法错误",
        titleEn = "JSON syntax error",
        rationaleZh = "文件不是合法的 JSON，无法读取其中任何数字；其他文件照常检查。",
        rationaleEn = "A file that is not valid JSON cannot be read at all; the other files are still checked.",
        source = "RFC 8259",
        messages = {
            @RuleInfo.Message(zh = "JSON 语法错误：{0}。请检查此处附近是否缺少逗号、引号或括号（常见于文件被截断或手工编辑）。",
                    en = "JSON syntax error: {0}. Check for a missing comma, quote or bracket near here (a truncated or hand-edited file)."),
            @RuleInfo.Message(key = "empty", zh = "文件是空的。请填写内容，或删除此文件。",
                    en = "The file is empty. Fill it in or delete it.")
        })
public final class JsonSyntax implements InputRule {
}
