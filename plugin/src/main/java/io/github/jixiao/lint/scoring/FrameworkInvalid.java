package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "framework-invalid",
        severity = Severity.ERROR,
        category = Category.CONFIGURATION,
        titleZh = "评分框架无法使用",
        titleEn = "The scoring framework cannot be used",
        rationaleZh = "评分框架（内置的，或项目中按 framework.schema.json 编写的文件）决定每个指标的分值和计分方法；找不到、格式不对或分值不能相加时，得分没有依据。"
                + "只有某个指标的数值（分值、参数）无效时，只有该指标不计分，其余照常计分。",
        rationaleEn = "The framework (built in, or a project file written to framework.schema.json) fixes each criterion's points and method; when it cannot be found, is malformed or its points do not add up, no score can rest on it. "
                + "When only a number of one criterion (its weight or a parameter) is invalid, only that criterion is not scored; the others are.",
        source = "jixiao schemas/v1/framework.schema.json",
        messages = {
            @RuleInfo.Message(zh = "评分框架 {0} 不符合 framework.schema.json（位置 {1}）：{2}",
                    en = "Framework {0} does not conform to framework.schema.json (at {1}): {2}"),
            @RuleInfo.Message(key = "syntax", zh = "评分框架 {0} 无法读取：{1}",
                    en = "Framework {0} cannot be read: {1}"),
            @RuleInfo.Message(key = "not-found", zh = "找不到评分框架“{0}”：它不是内置框架（{1}），项目中也没有这个文件。",
                    en = "Framework \"{0}\" not found: it is no built-in framework ({1}) and no file of the project."),
            @RuleInfo.Message(key = "path-outside", zh = "评分框架“{0}”不在项目目录内。请写项目内的相对路径（不允许绝对路径、盘符或 ../）。",
                    en = "Framework \"{0}\" is outside the project. Name a file relative to the project (no absolute path, drive or ../)."),
            @RuleInfo.Message(key = "weights", zh = "评分框架 {0}：“{1}”的下级分值合计 {2}，与其分值 {3} 不符。",
                    en = "Framework {0}: the parts of \"{1}\" add up to {2}, not its {3} points."),
            @RuleInfo.Message(key = "total-weight", zh = "评分框架 {0} 的一级指标分值合计 {1}，不是 100。",
                    en = "Framework {0}: its first-level criteria add up to {1}, not 100."),
            @RuleInfo.Message(key = "duplicate-id", zh = "评分框架 {0}：指标 id“{1}”重复。",
                    en = "Framework {0}: criterion id \"{1}\" is used twice."),
            @RuleInfo.Message(key = "builtin-id", zh = "项目中的评分框架文件 {0} 使用了内置框架的 id“{1}”。项目文件不得冒用内置框架的名义；请另取一个 id。",
                    en = "The project framework file {0} uses the id \"{1}\" of a built-in framework. A project file must not pass itself off as a built-in one; give it an id of its own."),
            @RuleInfo.Message(key = "kind", zh = "评分框架 {0} 用于评价 {1}，而本申报的评价对象（department.json 的 kind）是 {2}。",
                    en = "Framework {0} is for kind {1}, but this submission's kind is {2}."),
            @RuleInfo.Message(key = "number", zh = "评分框架 {0} 在 {1} 的数值无效：{2}。指标“{3}”因此不计分（按 0 分计），其余指标照常计分。",
                    en = "Framework {0}: the number at {1} is invalid: {2}. Criterion \"{3}\" is therefore not scored (it counts 0); the other criteria are scored as usual."),
            @RuleInfo.Message(key = "number-weight", zh = "评分框架 {0} 在 {1} 的分值无效：{2}。“{3}”的分值按其下级分值之和 {4} 计，无法核对；各指标照常计分。",
                    en = "Framework {0}: the weight at {1} is invalid: {2}. \"{3}\" is taken to weigh what its parts add up to, {4}, which cannot be checked; every criterion is scored as usual."),
            @RuleInfo.Message(key = "units", zh = "评分框架中“{0}”的表达式 {1} 把金额与非金额相加或相除，此项按 0 分计。",
                    en = "In the framework, the expression of \"{0}\", {1}, adds or divides money and non-money; it scores 0.")
        })
public final class FrameworkInvalid implements InputRule {
}
