package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "json-limit",
        severity = Severity.ERROR,
        category = Category.INPUT,
        titleZh = "文件超出读取限制",
        titleEn = "File exceeds a read limit",
        rationaleZh = "过深的嵌套、过长的字符串或数字、过大的文件不是正常的申报数据，读取它们会耗尽内存；jixiao 在限制处停止并报告。",
        rationaleEn = "Deep nesting, huge strings or numbers and huge files are not submission data; reading them would exhaust memory, so jixiao stops at a limit and says so.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "文件超出读取限制（{0}）。", en = "The file exceeds a read limit ({0})."),
            @RuleInfo.Message(key = "depth", zh = "嵌套层数超过 {0} 层。申报文件不需要这么深的结构，请检查文件是否损坏。",
                    en = "Nesting deeper than {0} levels. A submission needs no such depth; check whether the file is damaged."),
            @RuleInfo.Message(key = "string", zh = "字符串长度超过 {0} 个字符。请缩短此处文字，或把长篇材料作为附件另行提交。",
                    en = "A string longer than {0} characters. Shorten it or submit long material as an attachment."),
            @RuleInfo.Message(key = "number", zh = "数字超过 {0} 位。请检查此处数字。",
                    en = "A number longer than {0} digits. Check this number."),
            @RuleInfo.Message(key = "name", zh = "键名长度超过 {0} 个字符。申报文件的键名都很短，请检查此处是否把文字误写成了键名，或文件是否损坏。",
                    en = "A property name longer than {0} characters. A submission's names are short; check whether text was written as a name here, or whether the file is damaged."),
            @RuleInfo.Message(key = "file-size", zh = "文件大小 {0} MB，超过 {1} MB 的上限。",
                    en = "The file is {0} MB, above the {1} MB limit."),
            @RuleInfo.Message(key = "tokens", zh = "文件中的 JSON 值、键名和括号超过 {0} 个，超出读取上限。请把数据拆分到合理的规模，或检查文件是否损坏。",
                    en = "The file holds more than {0} JSON values, names and brackets, beyond the read limit. Split the data to a sensible size or check whether the file is damaged.")
        })
public final class JsonLimit implements InputRule {
}
