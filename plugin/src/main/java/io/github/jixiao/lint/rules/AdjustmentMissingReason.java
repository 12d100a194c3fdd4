package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Adjustment;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "adjustment-missing-reason",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        titleZh = "预算调整没有说明理由",
        titleEn = "Budget adjustment without a reason",
        rationaleZh = "年中发生预算调整（追加或调减）的，应单独说明理由。没有理由的调整无法判断是否合规，也无法判断绩效目标是否需要随之修订。",
        rationaleEn = "A mid-year budget adjustment (increase or cut) needs its own stated reason; without one nobody can judge whether it was proper or whether the targets should have changed with it.",
        source = "ADJ-4：四川 部门预算项目支出绩效自评表（2023年度）填表说明；大英 2023、青神 2023 实例",
        messages = {
            @RuleInfo.Message(zh = "{0} 的{1}（{2}，金额 {3}）没有说明理由。请在 reason 中写明调整原因和依据（如批复文号）。",
                    en = "The {1} of {0} ({2}, amount {3}) gives no reason. State the reason and its basis (e.g. the approval reference) in reason.")
        })
public final class AdjustmentMissingReason implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (Adjustment a : submission.adjustments()) {
            if (!Checks.blank(a.reason())) {
                continue;
            }
            String scope = !Checks.blank(a.task()) ? Checks.quote(a.task()) : "task".equals(a.scope()) ? "task" : "department";
            ctx.report("", a.src(), a.date() == null ? "—" : a.date().toString(), a.kind() == null ? "调整" : a.kind(), scope,
                    a.amount() == null ? "—" : Checks.money(a.amount()));
        }
    }
}
