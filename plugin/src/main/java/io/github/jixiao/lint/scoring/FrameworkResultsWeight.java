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
        titleZh = "评分框架中产出、效益类指标的分值占比不足",
        titleEn = "The framework's output and benefit criteria weigh less than their minimum share",
        rationaleZh = "财预〔2020〕10号《项目支出绩效评价管理办法》要求，部门评价和财政评价的指标权重原则上产出、效益指标不低于 60%。"
                + "评分框架用 \"results\": true 标出哪些一级或二级指标属于产出、效益类（如深圳部门整体框架的“部门绩效”60 分，财政部项目框架的“产出指标”50 分和“效益指标”30 分）；"
                + "标出的指标分值合计低于总分的 60% 时提示，正好 60% 不提示；标出的一级指标整体计入，但其下标为 false 的二级指标除外（其下标为 true 的只计一次）。"
                + "一个指标都没有标的框架不检查（文件没有说明哪些是产出、效益类），只转录了评分表一部分的框架（partial）、有无效分值的框架（framework-invalid 已报告）也不检查。"
                + "本地区的评价框架规定了别的比例（如部门整体评价产出、效果合计 50%）的，框架文件在 resultsMinimum 中写明比例和依据，按该比例检查"
                + "（写了 resultsMinimum 却没有标出任何指标组时提示；resultsMinimum 本身写错时由 framework-invalid 作为警告报告，不影响计分，也不作本检查）；"
                + "单位自评的框架由单位自定权重的，可以不改，并可在 pom 中把本规则设为 off。",
        rationaleEn = "MOF Caiyu [2020] No. 10 (Measures for the performance evaluation of project expenditure) asks that in department and finance evaluations "
                + "outputs and benefits weigh, as a rule, at least 60% of the points. A framework marks its first- or second-level groups of outputs and benefits "
                + "with \"results\": true (Shenzhen's department framework its Performance (部门绩效) block of 60 points, the MOF project framework its output indicators, 50, "
                + "and benefit indicators, 30); when the marked groups weigh less than 60% of the framework's total this is reported, exactly 60% is not, "
                + "and a marked first-level group counts whole, less any second-level group under it marked false (one marked true there counts once). "
                + "A framework that marks no group is not checked (the file does not say which criteria are outputs and benefits), nor is a partial one "
                + "(the points it holds are not its table's 100) or one with an invalid weight (framework-invalid reports it). "
                + "A region's framework that rules another share (outputs and effects together 50% in a department evaluation, say) states it with its source "
                + "in resultsMinimum and is checked against that share (a resultsMinimum with no group marked is reported; a resultsMinimum written wrongly "
                + "is a framework-invalid warning, costs no points and leaves this check unmade). A framework for a unit's self-evaluation, where the unit sets the weights, "
                + "may be left as it is, and the rule turned off in the pom.",
        source = "ST-5：财预〔2020〕10号《项目支出绩效评价管理办法》（部门评价和财政评价的指标权重……原则上产出、效益指标权重不低于60%）",
        sourceEn = "ST-5: MOF Caiyu [2020] No. 10, Measures for the performance evaluation of project expenditure (in department and finance evaluations, outputs and benefits weigh, as a rule, at least 60%)",
        messages = {
            @RuleInfo.Message(zh = "评分框架 {0} 中标为产出、效益类的指标（{1}）分值合计 {2} 分，只占总分 {3} 分的 {4}%，低于 60%。"
                    + "部门评价和财政评价的产出、效益指标原则上不低于 60%（财预〔2020〕10号）：请提高这些指标的分值，相应调低其他指标，合计不变；"
                    + "本地区的评价框架另有规定的，在框架文件中写明 resultsMinimum（比例和依据）；本框架用于单位自评、权重由单位自定的，可以不改（可在 pom 中把 framework-results-weight 设为 off）。",
                    en = "Framework {0}: the criteria marked as outputs and benefits ({1}) weigh {2} of its {3} points, {4}%, below 60%. "
                    + "In department and finance evaluations outputs and benefits weigh, as a rule, at least 60% (MOF Caiyu [2020] No. 10): "
                    + "raise their weights and lower the others by as much. If a regional framework rules another share, state it and its source in resultsMinimum; "
                    + "if the framework is for a unit's self-evaluation, where the unit sets the weights, it may be left as it is "
                    + "(framework-results-weight can be set to off in the pom).",
                    lists = {1}),
            @RuleInfo.Message(key = "stated", zh = "评分框架 {0} 中标为产出、效益类的指标（{1}）分值合计 {2} 分，只占总分 {3} 分的 {4}%，低于本框架 resultsMinimum 规定的 {5}%（依据：{6}）。"
                    + "请提高这些指标的分值，相应调低其他指标，合计不变；如果规定的比例或依据写错了，请改正 resultsMinimum。",
                    en = "Framework {0}: the criteria marked as outputs and benefits ({1}) weigh {2} of its {3} points, {4}%, below the {5}% its resultsMinimum "
                    + "states (source: {6}). Raise their weights and lower the others by as much; if the share or its source is wrong, correct resultsMinimum.",
                    lists = {1}),
            @RuleInfo.Message(key = "stated-unmarked", zh = "评分框架 {0} 在 resultsMinimum 中规定产出、效益类指标至少占 {1}%，但没有任何一级或二级指标标为 \"results\": true，因此无法检查。"
                    + "请在属于产出、效益类的指标组上加 \"results\": true；不需要检查的，删去 resultsMinimum。",
                    en = "Framework {0} states in resultsMinimum that outputs and benefits weigh at least {1}%, but marks no first- or second-level group "
                    + "\"results\": true, so nothing can be checked. Mark the groups of outputs and benefits \"results\": true, or remove resultsMinimum if no check is wanted.")
        })
public final class FrameworkResultsWeight implements InputRule {
}
