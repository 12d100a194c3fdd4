package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Quarter;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import java.util.List;

@RuleInfo(
        id = "execution-regressed",
        severity = Severity.WARNING,
        category = Category.PLAUSIBILITY,
        stages = {Stage.MONITORING, Stage.SELF_EVALUATION},
        titleZh = "累计执行进度回落",
        titleEn = "Cumulative execution fell",
        rationaleZh = "季度末累计执行进度只增不减；回落说明分母（预算）中途变大或数字有误，须说明原因，否则按序时进度计分的结果不可信。",
        rationaleEn = "Cumulative execution at quarter ends can only grow; a fall means the budget grew mid-year or a figure is wrong. It needs an explanation, "
                + "or a score based on the quarterly schedule cannot be trusted.",
        source = "AR-4：参考报告（福田区科技和工业信息化局 2024）附件2 预算执行率（第二季度 55.25% → 第三季度 53.38%）",
        sourceEn = "AR-4: the reference report (Futian District Bureau of Science, Technology, Industry and Information Technology, 2024), Annex 2, budget execution rate (Q2 55.25% → Q3 53.38%)",
        messages = {
            @RuleInfo.Message(zh = "第 {1} 季度末累计执行进度 {3}% 低于第 {0} 季度末的 {2}%。累计进度不应回落：请核对数字，或在该季度的说明（budget.json 中 quarterlyExecution 的 explanation）中写明原因（如预算中途增加）。",
                    en = "Cumulative execution at the end of Q{1}, {3}%, is below Q{0}'s {2}%. Cumulative progress cannot fall: check the figures, or give the reason in that quarter's 说明 (explanation in budget.json's quarterlyExecution), e.g. the budget grew mid-year."),
            @RuleInfo.Message(key = "explained", zh = "第 {1} 季度末累计执行进度 {3}% 低于第 {0} 季度末的 {2}%（已说明：{4}）。",
                    en = "Cumulative execution at the end of Q{1}, {3}%, is below Q{0}'s {2}% (explained: {4}).")
        })
public final class ExecutionRegressed implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        List<Quarter> qs = submission.quarters();
        for (int k = 1; k < qs.size(); k++) {
            Quarter prev = qs.get(k - 1);
            Quarter q = qs.get(k);
            if (q.quarter() == prev.quarter() || q.cumulativePercent().compareTo(prev.cumulativePercent()) >= 0) {
                continue;
            }
            String p = Checks.num(prev.cumulativePercent());
            String c = Checks.num(q.cumulativePercent());
            if (Checks.blank(q.explanation())) {
                ctx.report("", q.src(), prev.quarter(), q.quarter(), p, c);
            } else {
                ctx.report(Severity.INFO, "explained", q.src(), null, prev.quarter(), q.quarter(), p, c, Checks.quote(q.explanation()));
            }
        }
    }
}
