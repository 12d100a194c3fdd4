package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

/**
 * ST-5, checked where the framework is loaded ({@link io.github.jixiao.score.FrameworkLoader}), beside its other weight
 * checks: that is where the framework file's tree, with the line and column of each group, is at hand, and the check is
 * made once for each framework a run loads, at every stage, as framework-invalid's are.
 */
@RuleInfo(
        id = "framework-results-weight",
        severity = Severity.WARNING,
        category = Category.CONFIGURATION,
        titleZh = "评分框架中产出、效益类指标的分值不足 60%",
        titleEn = "The framework's output and benefit criteria weigh less than 60%",
        rationaleZh = "财预〔2020〕10号《项目支出绩效评价管理办法》要求，部门评价和财政评价的指标权重原则上产出、效益指标不低于 60%。"
                + "评分框架用 \"results\": true 标出哪些一级或二级指标属于产出、效益类（如深圳部门整体框架的“部门绩效”60 分，财政部项目框架的“产出指标”50 分和“效益指标”30 分）；"
                + "标出的指标分值合计低于总分的 60% 时提示，正好 60% 不提示；标在已标出的一级指标之下的二级指标只计一次。"
                + "一个指标都没有标的框架不检查（文件没有说明哪些是产出、效益类），只转录了评分表一部分的框架（partial）也不检查（其分值不是整张表的 100 分）。"
                + "单位自评的框架由单位自定权重的，可以不改。",
        rationaleEn = "MOF Caiyu [2020] No. 10 (Measures for the performance evaluation of project expenditure) asks that in department and finance evaluations "
                + "outputs and benefits weigh, as a rule, at least 60% of the points. A framework marks its first- or second-level groups of outputs and benefits "
                + "with \"results\": true (Shenzhen's department framework its 部门绩效 block of 60 points, the MOF project framework its output indicators, 50, "
                + "and benefit indicators, 30); when the marked groups weigh less than 60% of the framework's total this is reported, exactly 60% is not, "
                + "and a second-level group marked under a marked first-level one counts once. "
                + "A framework that marks no group is not checked (the file does not say which criteria are outputs and benefits), nor is a partial one "
                + "(the points it holds are not its table's 100). A framework for a unit's self-evaluation, where the unit sets the weights, may be left as it is.",
        source = "ST-5：财预〔2020〕10号《项目支出绩效评价管理办法》（部门评价和财政评价的指标权重……原则上产出、效益指标权重不低于60%）",
        sourceEn = "ST-5: MOF Caiyu [2020] No. 10, Measures for the performance evaluation of project expenditure (in department and finance evaluations, outputs and benefits weigh, as a rule, at least 60%)",
        messages = {
            @RuleInfo.Message(zh = "评分框架 {0} 中标为产出、效益类的指标（{1}）分值合计 {2} 分，只占总分 {3} 分的 {4}%，低于 60%。"
                    + "部门评价和财政评价的产出、效益指标原则上不低于 60%（财预〔2020〕10号）：请提高这些指标的分值（相应调低其他指标，使合计仍为 {3} 分）；"
                    + "如果本框架用于单位自评、权重由单位自定，可以不改。",
                    en = "Framework {0}: the criteria marked as outputs and benefits ({1}) weigh {2} of its {3} points, {4}%, below 60%. "
                    + "In department and finance evaluations outputs and benefits weigh, as a rule, at least 60% (MOF Caiyu [2020] No. 10): "
                    + "raise their weights (lowering the others so that the total stays {3}); if the framework is for a unit's self-evaluation, "
                    + "where the unit sets the weights, it may be left as it is.",
                    lists = {1})
        })
public final class FrameworkResultsWeight implements InputRule {
}
