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
        rationaleZh = "文件不是合法的 JSON，无法读取其中任何数字；其他文件照常检查。同一文件中的多处错误一次指出（最多 20 处）："
                + "每指出一处，就在副本中按所说的改法改好再往下读；遇到认不出的字符，或改法没有把握（如没加引号的文字到哪里结束、"
                + "中文引号里的中文引号不成对），则停在那里，不猜测其后的错误。",
        rationaleEn = "A file that is not valid JSON cannot be read at all; the other files are still checked. A file's slips are named "
                + "in one run (up to 20): each named, a copy is mended as the message says and read on; at a character it cannot make "
                + "out, or where the mending is not sure (where text without quotes ends, unpaired Chinese quotes inside Chinese quotes), it "
                + "stops rather than guess at what follows.",
        source = "RFC 8259",
        messages = {
            @RuleInfo.Message(zh = "JSON 语法错误：{0}。请检查此处附近是否缺少逗号、引号或括号（常见于文件被截断或手工编辑）。",
                    en = "JSON syntax error: {0}. Check for a missing comma, quote or bracket near here (a truncated or hand-edited file)."),
            @RuleInfo.Message(key = "empty", zh = "文件是空的。请填写内容，或删除此文件。",
                    en = "The file is empty. Fill it in or delete it."),
            @RuleInfo.Message(key = "truncated", zh = "文件在此处意外结束：可能被截断，或缺少右括号“}”“]”、右引号。请补全文件。",
                    en = "The file ends unexpectedly here: it may be cut short, or a closing }, ] or quote is missing. Complete it."),
            @RuleInfo.Message(key = "nan", zh = "此处的“{0}”不是数字（JSON 不允许 NaN、Infinity）。请填写实际数字，或删除此项。",
                    en = "\"{0}\" here is not a number (JSON has no NaN or Infinity). Write the actual figure or remove the entry."),
            @RuleInfo.Message(key = "unexpected-char", zh = "此处出现了意外的字符“{0}”。请检查附近是否多了或少了逗号、英文引号或括号（中文引号“”和全角逗号，不能用作 JSON 的标点）。",
                    en = "Unexpected character \"{0}\" here. Check for a missing or extra comma, quote or bracket nearby (Chinese quotes and full-width commas are not JSON punctuation)."),
            @RuleInfo.Message(key = "full-width", zh = "此处的“{0}”是中文（全角）标点，JSON 中应写作英文的“{1}”。请改为“{1}”（切换到英文输入法后输入）。",
                    en = "\"{0}\" here is Chinese (full-width) punctuation; JSON takes the ASCII \"{1}\". Write \"{1}\" instead (type it with the input method set to English)."),
            @RuleInfo.Message(key = "trailing-comma", zh = "最后一项之后多了一个逗号：JSON 中“}”或“]”之前不能有逗号。请删去这个逗号。",
                    en = "There is a comma after the last entry: JSON allows none before } or ]. Remove this comma."),
            @RuleInfo.Message(key = "comment", zh = "JSON 不允许注释（// 或 /* */）。请删去注释；要说明的内容写进相应的说明字段。",
                    en = "JSON allows no comments (// or /* */). Remove the comment; put what it says in the field meant for it."),
            @RuleInfo.Message(key = "thousands", zh = "数字“{0}”带有千位分隔符：JSON 中的数字不能有逗号。请写作 {1}。",
                    en = "The number \"{0}\" has a thousands separator: JSON numbers take no commas. Write {1}."),
            @RuleInfo.Message(key = "decimal-point", zh = "数字“{0}”中的小数点写成了中文句号：JSON 中的小数点是英文的“.”。请写作 {1}（切换到英文输入法后输入）。",
                    en = "The number \"{0}\" has a Chinese full stop (。) for its decimal point: JSON's is the ASCII \".\". Write {1} (type it with the input method set to English)."),
            @RuleInfo.Message(key = "full-width-digits", zh = "数字“{0}”是全角数字：JSON 中的数字只能用半角的 0-9。请写作 {1}（切换到英文输入法后输入）。",
                    en = "The number \"{0}\" is in full-width digits: JSON numbers take the ASCII 0-9 only. Write {1} (type it with the input method set to English)."),
            @RuleInfo.Message(key = "number-word", zh = "数字“{0}”后面写了“{1}”：JSON 中的数字只写数字，不带单位或文字。请写作 {2}；金额的单位写在同一处的 \"unit\" 中（\"万元\" 或 \"元\"），"
                    + "百分比写百分数（85% 写 85）。",
                    en = "The number \"{0}\" has \"{1}\" after it: a JSON number is the digits alone, with no unit or word. Write {2}; an amount's unit goes in its \"unit\" "
                            + "beside it (\"万元\" (10,000 yuan) or \"元\" (yuan)), and a rate in percent is the percentage (85% is 85)."),
            @RuleInfo.Message(key = "missing-comma", zh = "此处缺少逗号：JSON 中相邻的两项之间要用英文逗号“,”隔开。请在这一项之后、下一项之前加上“,”。",
                    en = "A comma is missing here: JSON parts two neighbouring entries with an ASCII comma. Add \",\" after this entry, before the next."),
            @RuleInfo.Message(key = "unquoted", zh = "此处的“{0}”不是合法的 JSON 值：文字要加英文双引号，数字不加引号，是/否写 true/false。",
                    en = "\"{0}\" here is not a JSON value: text takes double quotes, numbers take none, yes/no is true/false."),
            @RuleInfo.Message(key = "unquoted-quotes", zh = "此处的文字“{0}”没有加引号，文字中又有英文双引号：JSON 中的文字要用英文双引号括起来，"
                    + "文字中的英文双引号前要加 \\（或改用中文引号“”）。请写作 \"{1}\"。",
                    en = "\"{0}\" here is text without quotes that has ASCII double quotes in it: JSON text goes between double quotes, and "
                            + "a double quote inside it takes a backslash before it (or write Chinese quotes “” instead). Write \"{1}\"."),
            @RuleInfo.Message(key = "unquoted-text", zh = "此处的“{0}”不是 JSON 的数字，也没有加引号：日期、电话号码、编码、区间（1-6月）、分数和带“≥”“%”等符号的内容都是文字，"
                    + "要加英文双引号，请写作 \"{0}\"；如果这里应填一个数字，请只写数字（如 0.75、95）。",
                    en = "\"{0}\" here is not a JSON number and has no quotes: a date, phone number, code, range (1-6月), fraction, or anything with a sign "
                            + "such as ≥ or % is text and takes double quotes: write \"{0}\". Where a number belongs, write the number alone (0.75, 95)."),
            @RuleInfo.Message(key = "leading-zero", zh = "数字“{0}”以 0 开头：JSON 中的数字不能以 0 开头。是数字请写作 {1}；是编码、电话号码等文字请加英文双引号，写作 \"{0}\"。",
                    en = "The number \"{0}\" starts with 0, which a JSON number cannot. Write {1} if it is a number; a code or phone number is text: "
                            + "write \"{0}\" with double quotes."),
            @RuleInfo.Message(key = "number-form", zh = "数字“{0}”的写法 JSON 不接受：数字前不写“+”，小数点前要有 0。请写作 {1}。",
                    en = "JSON does not take the number \"{0}\" as written: no + before a number, and a 0 before a leading decimal point. Write {1}."),
            @RuleInfo.Message(key = "single-quote", zh = "此处用了单引号：JSON 中的文字和名称都要用英文双引号括起来。请写作 \"{0}\"。",
                    en = "Single quotes here: JSON puts text and names in double quotes. Write \"{0}\"."),
            @RuleInfo.Message(key = "unquoted-key", zh = "名称“{0}”没有加引号：JSON 中每一项的名称都要用英文双引号括起来。请写作 \"{0}\"。",
                    en = "The name \"{0}\" has no quotes: JSON puts every name in double quotes. Write \"{0}\"."),
            @RuleInfo.Message(key = "unclosed-quote", zh = "这一行的文字没有右边的英文双引号：JSON 中的文字要在同一行内用一对英文双引号括起来。请在文字末尾（逗号之前）加上 \"。",
                    en = "The text on this line has no closing double quote: JSON text goes between a pair of double quotes on one line. Add \" at the end of the text (before any comma)."),
            @RuleInfo.Message(key = "tab-in-text", zh = "文字中有一个制表符（Tab，多见于从表格中复制粘贴）：JSON 的文字中不能直接有制表符。请删去它，或改为空格。",
                    en = "The text has a tab character in it (often pasted from a spreadsheet): JSON text cannot hold a raw tab. Remove it or write a space instead."),
            @RuleInfo.Message(key = "trailing", zh = "JSON 内容结束后还有多余的内容。请删除多余部分（一个文件只能有一个 JSON 对象）。",
                    en = "There is more after the end of the JSON. Remove it (one file holds one JSON object).")
        })
public final class JsonSyntax implements InputRule {
}
