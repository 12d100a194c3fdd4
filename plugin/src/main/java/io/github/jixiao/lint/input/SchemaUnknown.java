package io.github.jixiao.lint.input;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "schema-unknown",
        severity = Severity.ERROR,
        category = Category.SCHEMA,
        titleZh = "文件未声明或声明了未知的 $schema",
        titleEn = "File names no $schema, or an unknown one",
        rationaleZh = "每个申报文件用 $schema 声明它是哪一类数据；jixiao 只从插件自带的格式中解析，从不访问网络。",
        rationaleEn = "Every file says what it holds with $schema; jixiao resolves only the schemas it ships and never goes to the network.",
        source = "jixiao schemas/v1",
        messages = {
            @RuleInfo.Message(zh = "不认识的 $schema“{0}”。可用的格式见 schemas/v1/，例如 https://jixiao.github.io/schemas/v1/indicators.schema.json。",
                    en = "Unknown $schema \"{0}\". The formats are in schemas/v1/, e.g. https://jixiao.github.io/schemas/v1/indicators.schema.json."),
            @RuleInfo.Message(key = "missing", zh = "文件没有声明 $schema，无法判断它是哪一类数据。请在第一行加上 \"$schema\"。",
                    en = "The file names no $schema, so it is not known what it holds. Add \"$schema\" first."),
            @RuleInfo.Message(key = "remote", zh = "$schema 指向外部地址“{0}”。jixiao 不访问网络，只接受 https://jixiao.github.io/schemas/ 下的格式。",
                    en = "$schema points to an outside address \"{0}\". jixiao never goes to the network and accepts only formats under https://jixiao.github.io/schemas/.")
        })
public final class SchemaUnknown implements InputRule {
}
