package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "internal-error",
        severity = Severity.ERROR,
        category = Category.INPUT,
        titleZh = "jixiao 内部错误（某项检查未能完成）",
        titleEn = "jixiao internal error (a check could not finish)",
        rationaleZh = "某项检查或计分遇到意外情况而中止；其余检查照常完成，报告照常生成。这是 jixiao 的缺陷，请把此信息反馈给维护者。",
        rationaleEn = "A check or the scoring stopped on something unexpected; the other checks still ran and the reports were still written. This is a jixiao defect: please report it.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "检查“{0}”未能完成（{1}：{2}）。其余检查照常进行。这是 jixiao 的缺陷，请反馈给维护者，并附上此信息。",
                    en = "The check \"{0}\" could not finish ({1}: {2}). The other checks ran. This is a jixiao defect; please report it with this message.")
        })
public final class InternalError implements InputRule {
}
