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
                    en = "{0} is a link (or a path) leading outside the project, so it was not read. Commit the file itself, not a link."),
            @RuleInfo.Message(key = "outside-folder", zh = "申报目录“{0}”（或它上面的目录）是指向项目目录之外的链接，其中的文件都未读取。请提交目录和文件本身，不要提交链接。",
                    en = "The submission folder {0} (or a folder above it) is a link leading outside the project, so none of its files was read. Commit the folder and its files, not a link."),
            @RuleInfo.Message(key = "not-regular", zh = "“{0}”不是普通文件（而是命名管道、套接字或设备），未读取。请提交文件本身。",
                    en = "{0} is not a regular file (a FIFO, a socket or a device), so it was not read. Commit the file itself."),
            @RuleInfo.Message(key = "listing", zh = "无法列出申报目录中的文件：{0}。请检查目录的权限。",
                    en = "The files of the submission folder cannot be listed: {0}. Check the folder's permissions.")
        })
public final class FileUnreadable implements InputRule {
}
