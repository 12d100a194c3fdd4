package io.github.jixiao.lint.review;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "baseline-invalid",
        severity = Severity.ERROR,
        category = Category.CONFIGURATION,
        titleZh = "基线文件或条目格式错误",
        titleEn = "Malformed baseline file or entry",
        rationaleZh = "基线让已记录的问题不再使构建失败；格式错误的基线或条目不能被悄悄忽略或放宽，否则审核人不知道哪些问题被接受了。",
        rationaleEn = "A baseline keeps recorded findings from failing the build; a malformed baseline or entry must not be silently ignored or read wider, or the reviewer cannot tell which findings were accepted.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "基线文件格式错误：应为 {0}。请重新运行 jixiao:baseline 生成。",
                    en = "The baseline file is malformed: it must be {0}. Run jixiao:baseline to write it again."),
            @RuleInfo.Message(key = "entry", zh = "基线第 {0} 条格式错误：字段“{1}”缺失或不是文字（fingerprint 必须有，rule、file、pointer、severity 须为文字）。此条不生效。",
                    en = "Baseline entry {0} is malformed: the field \"{1}\" is missing or not a string (fingerprint is required; rule, file, pointer and severity must be strings). The entry does not apply.")
        })
public final class BaselineInvalid implements InputRule {
}
