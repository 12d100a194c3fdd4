package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Quarter;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

@RuleInfo(
        id = "quarterly-annual-mismatch",
        severity = Severity.ERROR,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "第四季度累计执行进度与全年执行率不符",
        titleEn = "Fourth-quarter cumulative execution differs from the annual rate",
        rationaleZh = "12 月末的累计执行进度就是全年预算执行率：两处所写必须一致（相差不超过末位舍入）。"
                + "评分既用季度进度，又用全年执行率，两者不一致时总有一处得分有误。",
        rationaleEn = "The cumulative execution at the end of December is the annual execution rate: the two must agree within the rounding of "
                + "the last printed decimal. Scoring uses both the quarterly progress and the annual rate, so when they differ one of the scores is wrong.",
        source = "财预〔2013〕53号 附件2（预算执行率）；参考报告附件2 预算执行率",
        sourceEn = "MOF Caiyu [2013] No. 53, Annex 2 (budget execution rate); the reference report, Annex 2, budget execution rate",
        messages = {
            @RuleInfo.Message(zh = "第四季度末累计执行进度写为 {0}%，而全年预算执行率为 {1}%（{2}）。两者应一致，请核对。",
                    en = "The cumulative execution at the end of Q4 is stated as {0}%, but the annual execution rate is {1}% ({3}). They must agree; check both.")
        })
public final class QuarterlyAnnualMismatch implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Quarter q4 = submission.quarters().stream().filter(q -> q.quarter() == 4).findFirst().orElse(null);
        if (q4 == null) {
            return;
        }
        BigDecimal annual;
        String zh;
        String en;
        Figures figures = Figures.of(submission, ctx);
        Optional<Figure> stated = figures.figure("budget#/stated/executionRatePercent").filter(f -> !f.isMoney());
        Optional<Money> actual = figures.money("budget#/actualExpenditure");
        Optional<Money> budget = figures.money("budget#/fullYearBudget");
        if (stated.isPresent()) {
            annual = stated.get().value();
            zh = "所写的预算执行率";
            en = "the stated budget execution rate";
        } else if (actual.isPresent() && budget.isPresent() && budget.get().yuan().signum() > 0) {
            annual = actual.get().yuan().multiply(Checks.HUNDRED).divide(budget.get().yuan(), MathContext.DECIMAL128)
                    .setScale(Math.max(2, q4.cumulativePercent().scale()), RoundingMode.HALF_UP);
            zh = "实际支出 " + Checks.money(actual.get()) + " / 全年预算 " + Checks.money(budget.get());
            en = "actual expenditure " + Checks.money(actual.get()) + " / full-year budget " + Checks.money(budget.get());
        } else {
            return;
        }
        BigDecimal tolerance = Checks.printedHalfUnit(q4.cumulativePercent()).max(Checks.printedHalfUnit(annual)).add(Checks.EPSILON);
        if (q4.cumulativePercent().subtract(annual).abs().compareTo(tolerance) > 0) {
            ctx.report(q4.src(), Checks.num(q4.cumulativePercent()), Checks.num(annual), zh, en);
        }
    }
}
