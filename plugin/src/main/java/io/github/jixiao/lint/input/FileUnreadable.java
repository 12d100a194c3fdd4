package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "file-unreadable",
        severity = Severity.ERROR,
        category = Category.INPUT,
        titleZh = "文件无法读取",
        titleEn = "File cannot be read",
        rationaleZh = "无法打开的文件无法检查。",
        rationaleEn = "A file that cannot be opened cannot be checked.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "文件无法读取：{0}。请检查文件权限。", en = "The file cannot be read: {0}. Check its permissions."),
            @RuleInfo.Message(key = "outside", zh = "“{0}”是指向项目目录之外的链接（或路径），未读取。请提交文件本身，不要提交链接。",
                    en = "{0} is a link (or a path) leading outside the project, so it was not read. Commit the file itself, not a link.")
        })
public final class FileUnreadable implements InputRule {
}
