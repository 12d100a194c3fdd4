package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "schema",
        severity = Severity.ERROR,
        category = Category.SCHEMA,
        titleZh = "不符合申报格式（JSON Schema）",
        titleEn = "Does not match the submission format (JSON Schema)",
        rationaleZh = "申报格式（schemas/ 中的 JSON Schema）是公开约定：字段名、类型、必填项和取值范围一致，数字才能被核对和计分。评分框架标明所录副本从表的中途开始（partialCut.copyStart）的，表中印在副本开头之前的预算年度无从转录：缺少 year 只作提示，说明与年度相关的检查未做（required-year-before-copy，自 session 58 起）；完整的副本缺少年度，照旧是错误。",
        rationaleEn = "The submission format (the JSON Schemas in schemas/) is the public contract: names, types, required fields and ranges must hold for figures to be checked and scored. Where the framework says the transcribed copy starts partway through its table (partialCut.copyStart), the budget year printed before the copy's start cannot be transcribed: a missing year is a note saying which checks are not made (required-year-before-copy, since session 58); a whole copy without its year is still an error.",
        source = "jixiao schemas/v1",
        messages = {
            @RuleInfo.Message(zh = "{0}：不符合格式要求（{1}）。", en = "{0}: does not match the format ({1}).", pointers = {0}),
            @RuleInfo.Message(key = "type", zh = "{0}：此处应为{2}，实际写的是{1}。数字不加引号，文字要加英文双引号。",
                    en = "{0}: expected {2} here, found {1}. Numbers take no quotes; text does.", types = {1, 2}, pointers = {0}),
            @RuleInfo.Message(key = "type-number-text", zh = "{0}：此处应为{2}，实际写的是文字“{3}”。请写作 {4}：不加引号，不用千位分隔符、全角数字或“年”“个”等文字。",
                    en = "{0}: expected {2} here, found the text \"{3}\". Write {4}: no quotes, no thousands separators, full-width digits or words such as 年 (year) or 个 (items).",
                    types = {1, 2}, pointers = {0}),
            @RuleInfo.Message(key = "type-number-unit",
                    zh = "{0}：此处应为{2}，实际写的是文字“{3}”。单位已写在 \"unit\" 中（\"{5}\"），这里只写数字：请写作 {4}，不加引号，不带“{5}”。",
                    en = "{0}: expected {2} here, found the text \"{3}\". The unit is written once, in \"unit\" (\"{5}\"); here the number alone: write {4}, without quotes or the unit.",
                    types = {1, 2}, pointers = {0}),
            @RuleInfo.Message(key = "type-number-unit-other",
                    zh = "{0}：此处应为{2}，实际写的是文字“{3}”，而 \"unit\" 写的是 \"{6}\"，单位不一致。请只写数字、不加引号：金额按 \"{6}\" 计的，写换算后的数；"
                            + "按{5}计的，把 \"unit\" 改为 \"{5}\"，这里写 {4}。",
                    en = "{0}: expected {2} here, found the text \"{3}\", while \"unit\" says \"{6}\": the units differ. Write the number alone, without quotes: "
                            + "the amount converted to \"{6}\", or {4} with \"unit\" changed to \"{5}\".",
                    types = {1, 2}, pointers = {0}),
            @RuleInfo.Message(key = "type-money", sameAs = "type", details = 3,
                    zh = "{0}：这里是带单位的金额，应为{2}，实际写的是{1} {3}。请写作 {\"value\": {3}, \"unit\": \"万元\"}（单位为元的写 \"元\"）。",
                    en = "{0}: an amount with its unit belongs here, {2}; found {1}, {3}. Write {\"value\": {3}, \"unit\": …} with the unit "
                            + "万元 (10,000 yuan) or 元 (yuan).",
                    types = {1, 2}, pointers = {0}),
            @RuleInfo.Message(key = "required", zh = "{0}：缺少必填项“{1}”。请补充。", en = "{0}: the required field \"{1}\" is missing. Add it.", pointers = {0}),
            @RuleInfo.Message(key = "required-titled", sameAs = "required", details = 2, zh = "{0}：缺少必填项“{1}”（{2}）。请补充。",
                    en = "{0}: the required field \"{1}\" is missing. Add it.", pointers = {0}),
            @RuleInfo.Message(key = "required-year-before-copy", sameAs = "required", details = 2,
                    zh = "{0}：缺少“{1}”（{2}）：评分框架标明所录副本从表的中途开始（partialCut.copyStart），预算年度印在存稿开头之前，未转录。与年度相关的检查（时限是否在本年度内等）未做；知道年度的，可补写 year。",
                    en = "{0}: \"{1}\" is missing: the framework says the transcribed copy starts partway through its table (partialCut.copyStart), so the budget year, printed before the copy's start, is not in it. The checks that need the year (whether deadlines fall within it, and the like) are not made; where the year is known, add year.",
                    pointers = {0}),
            @RuleInfo.Message(key = "required-const", sameAs = "required", details = 2, zh = "{0}：缺少必填项“{1}”。请补充，照格式写作 \"{1}\": {2}",
                    en = "{0}: the required field \"{1}\" is missing. Add it as the format has it: \"{1}\": {2}", pointers = {0}),
            @RuleInfo.Message(key = "additionalProperties", zh = "{0}：不认识的字段“{1}”。请检查拼写，或删除它。",
                    en = "{0}: unknown field \"{1}\". Check its spelling or remove it.", pointers = {0}),
            @RuleInfo.Message(key = "additionalProperties-near", zh = "{0}：不认识的字段“{1}”。是否应为“{2}”？请改正拼写，或删除它。",
                    en = "{0}: unknown field \"{1}\". Did you mean \"{2}\"? Correct its spelling or remove it.", pointers = {0}),
            @RuleInfo.Message(key = "enum", zh = "{0}：取值只能是以下之一：{1}。", en = "{0}: must be one of: {1}.", values = {1}, pointers = {0}),
            @RuleInfo.Message(key = "enum-near", sameAs = "enum", details = {2, 3}, zh = "{0}：“{2}”不是可用的取值，是否应为“{3}”？请改为“{3}”；取值只能是以下之一：{1}。",
                    en = "{0}: \"{2}\" is not a value this field takes; did you mean {3}? It must be one of: {1}.", values = {1, 3}, pointers = {0}),
            @RuleInfo.Message(key = "const", zh = "{0}：应为“{1}”。", en = "{0}: must be \"{1}\".", pointers = {0}),
            @RuleInfo.Message(key = "minimum", zh = "{0}：{2} 小于最小值 {1}。", en = "{0}: {2} is below the minimum {1}.", pointers = {0}),
            @RuleInfo.Message(key = "maximum", zh = "{0}：{2} 大于最大值 {1}。", en = "{0}: {2} is above the maximum {1}.", pointers = {0}),
            @RuleInfo.Message(key = "minLength", zh = "{0}：不能为空（至少 {1} 个字符）。", en = "{0}: must not be empty (minimum length: {1}).", pointers = {0}),
            @RuleInfo.Message(key = "maxLength", zh = "{0}：文字过长（最多 {1} 个字符）。", en = "{0}: text too long (at most {1} characters).", pointers = {0}),
            @RuleInfo.Message(key = "maxItems", zh = "{0}：条目过多（最多 {1} 条）。", en = "{0}: too many entries (at most {1}).", pointers = {0}),
            @RuleInfo.Message(key = "minItems", zh = "{0}：条目过少（至少 {1} 条）。", en = "{0}: too few entries (at least {1}).", pointers = {0}),
            @RuleInfo.Message(key = "pattern", zh = "{0}：“{2}”的格式不对（日期请写成 YYYY-MM-DD）。",
                    en = "{0}: \"{2}\" is not in the expected form (dates are YYYY-MM-DD).", pointers = {0}),
            @RuleInfo.Message(key = "pattern-date", sameAs = "pattern", details = {3}, zh = "{0}：“{2}”的格式不对：日期请写成 YYYY-MM-DD，即 \"{3}\"。",
                    en = "{0}: \"{2}\" is not in the expected form: dates are YYYY-MM-DD, here \"{3}\".", pointers = {0}),
            @RuleInfo.Message(key = "other", zh = "{0}：不符合格式要求：{1}", en = "{0}: does not match the format: {1}", pointers = {0}),
            @RuleInfo.Message(key = "unchecked", zh = "{0}：本文件有无法核对格式的值（多为超出范围的数字，另有报告），格式核对未完成。请改正后重新运行。",
                    en = "{0}: a value in this file could not be checked against the format (usually a number out of range, reported separately), so the format check did not finish. Fix it and run again.", pointers = {0})
        })
public final class SchemaViolation implements InputRule {
}
