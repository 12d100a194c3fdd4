package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "json-encoding",
        severity = Severity.ERROR,
        category = Category.INPUT,
        titleZh = "文件编码不是 UTF-8",
        titleEn = "File is not UTF-8",
        rationaleZh = "JSON 文件必须以 UTF-8 保存（RFC 8259 第 8.1 节）；以 GBK 等编码保存的中文会变成乱码，数字和名称都不可信。",
        rationaleEn = "JSON must be UTF-8 (RFC 8259 §8.1); Chinese saved as GBK turns into garbage and no figure can be trusted.",
        source = "RFC 8259 §8.1",
        messages = {
            @RuleInfo.Message(zh = "此处的字节不是合法的 UTF-8。请用文本编辑器以“UTF-8”编码重新保存此文件。",
                    en = "The bytes here are not valid UTF-8. Save the file again with the UTF-8 encoding."),
            @RuleInfo.Message(key = "gbk", zh = "文件似乎是以 GBK/GB18030 编码保存的，不是 UTF-8。请在编辑器中选择“另存为 → 编码：UTF-8”后重新保存。",
                    en = "The file looks like it was saved as GBK/GB18030, not UTF-8. Use \"Save as → Encoding: UTF-8\" in your editor."),
            @RuleInfo.Message(key = "utf16", zh = "文件以 UTF-16 编码保存。请以 UTF-8 编码重新保存（记事本：另存为 → 编码 UTF-8）。",
                    en = "The file is saved as UTF-16. Save it again as UTF-8."),
            @RuleInfo.Message(key = "binary", zh = "文件含有二进制内容（NUL 字节），不是 JSON 文本。请确认是否放错了文件。",
                    en = "The file holds binary content (NUL bytes), not JSON text. Check that the right file is here.")
        })
public final class JsonEncoding implements InputRule {
}
