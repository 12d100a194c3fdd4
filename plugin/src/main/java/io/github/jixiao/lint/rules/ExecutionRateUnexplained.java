package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

@RuleInfo(
        id = "execution-rate-unexplained",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "预算执行率低于 90% 未说明原因",
        titleEn = "Execution below 90 % without a reason",
        rationaleZh = "预算执行率 = 执行数 / 全年（调整后）预算数；低于 90% 的，须书面说明原因。",
        rationaleEn = "Budget execution = spending / full-year (adjusted) budget; below 90 % a written reason is required.",
        source = "SC-4：四川 部门预算项目支出绩效自评表（2023年度）评分规则；重庆 2021 实例",
        messages = {
            @RuleInfo.Message(zh = "预算执行率为 {0}（{1} / {2}），低于 {3}%，但没有说明原因。请在 budget.json 的 stated.executionRateExplanation 中写明原因。",
                    en = "Budget execution is {0} ({1} / {2}), below {3} %, and no reason is given. State it in budget.json's stated.executionRateExplanation.")
        },
        thresholds = {
            @RuleInfo.Threshold(name = "rate", value = "90", unit = "%",
                    zh = "预算执行率低于此值须说明原因", en = "budget execution below this needs a written reason")
        })
public final class ExecutionRateUnexplained implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Optional<Money> actual = submission.money("budget#/actualExpenditure");
        Optional<Money> full = submission.money("budget#/fullYearBudget");
        if (actual.isEmpty() || full.isEmpty() || full.get().value().signum() <= 0
                || !Checks.blank(submission.text("budget", "/stated/executionRateExplanation"))) {
            return;
        }
        BigDecimal rate = actual.get().yuan().multiply(Checks.HUNDRED).divide(full.get().yuan(), MathContext.DECIMAL64);
        BigDecimal threshold = ctx.threshold("rate");
        if (rate.compareTo(threshold) < 0) {
            ctx.report("", actual.get().src(), Checks.pct(rate), Checks.money(actual.get()), Checks.money(full.get()),
                    threshold.stripTrailingZeros().toPlainString());
        }
    }
}
