package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "funds-to-date-implausible",
        severity = Severity.WARNING,
        category = Category.PLAUSIBILITY,
        stages = {Stage.MONITORING},
        titleZh = "运行监控的执行数不合常理",
        titleEn = "Monitoring figures that cannot be right",
        rationaleZh = "运行监控表的截至执行数与全年预算、全年预计执行数之间有必然的关系：截至目前已执行的不会超过全年预算，全年预计执行数不会少于已经执行的；"
                + "截至执行数还要写明截至几月，才能与序时进度比较。只写资金已拨付（到位、下达）、没有截至执行数的（新田镇 2022 的“项目资金共157万元,已全部拨付完成”），拨付到位不是支出，执行进度无从判断：作提示（paid-not-spent），请写明实际支出数。违反这些关系的，多半是填错了列、单位或月份，监控结论也就不可信。",
        rationaleEn = "A monitoring table's execution to date is bound to the year's budget and forecast: what is spent so far cannot exceed the year's budget, "
                + "and the forecast for the year cannot be below what is already spent; and the execution to date must say which month it runs to, or it cannot be "
                + "held against the time elapsed. A table that breaks these has a figure in the wrong column, unit or month, and its monitoring conclusion cannot be trusted. "
                + "A report that only says the money was paid over (拨付, arrived or allocated) and gives no execution to date (Xintian 2022: 项目资金共157万元,已全部拨付完成, all 1.57 million paid over) shows no spending: "
                + "paid over is not spent, so progress cannot be told (paid-not-spent, a note asking for the amount spent).",
        source = "湖北 黄石 2019 项目支出绩效监控表（申遗经费）：年初预算数、1-6月执行数、全年预计执行数栏；这三个数之间的算术关系；安徽 新田镇 2022 绩效运行监控报告（只写资金已全部拨付）",
        sourceEn = "Huangshi (Hubei) 2019 project spending monitoring table (heritage application fund): the columns initial budget, executed January–June, forecast for the year; the arithmetic between the three; Xintian (Anhui) 2022 monitoring report (funds paid over, none shown spent)",
        messages = {
            @RuleInfo.Message(key = "over-budget", zh = "资金块“{0}”截至执行数 {1} 超过全年预算数 {2}（执行进度 {3}）。截至目前已执行的不会超过全年预算：请核对这两个数、它们的列和单位；确有超预算支出的，请说明原因和资金来源。",
                    en = "Funds row \"{0}\": the execution to date, {1}, exceeds the year's budget, {2} ({3} executed). What is spent so far cannot exceed the year's budget: check both figures, their columns and unit; if the budget really was overspent, say why and where the money came from."),
            @RuleInfo.Message(key = "forecast-below", zh = "资金块“{0}”的全年预计执行数 {1} 少于截至目前已执行的 {2}。全年执行不会少于已经执行的：请核对这两个数。",
                    en = "Funds row \"{0}\": the forecast for the year, {1}, is below the {2} already executed. The year cannot end with less spent than is spent already: check both figures."),
            @RuleInfo.Message(key = "paid-not-spent", zh = "报告只写了资金拨付（到位、下达）{0}，没有截至执行数：资金拨付到位不等于已经支出，执行进度无从判断。请写明截至 {1}的实际支出数（执行数），以便与全年预算和序时进度比较。",
                    en = "The report gives only the funds paid over (arrived, allocated), {0}, and no execution to date: money paid over is not money spent, so how far spending has got cannot be told. Give the amount actually spent up to {2}, to hold it against the year's budget and the time elapsed."),
            @RuleInfo.Message(key = "paid-not-spent-no-month", sameAs = "paid-not-spent", unprinted = {1, 2}, zh = "报告只写了资金拨付（到位、下达）{0}，没有截至执行数：资金拨付到位不等于已经支出，执行进度无从判断。请写明截至监控时点的实际支出数（执行数），以便与全年预算和序时进度比较。",
                    en = "The report gives only the funds paid over (arrived, allocated), {0}, and no execution to date: money paid over is not money spent, so how far spending has got cannot be told. Give the amount actually spent up to the monitoring date, to hold it against the year's budget and the time elapsed."),
            @RuleInfo.Message(key = "no-month", zh = "资金块写了截至执行数，却没有写截至几月（toDateMonth，如“1-6月执行数”为 6），无法与序时进度比较。请补上月份。",
                    en = "The funds block gives the execution to date but not the month it runs to (toDateMonth: 6 for \"1-6月执行数\" (executed January–June)), so it cannot be held against the time elapsed. Add the month.")
        })
public final class FundsToDateImplausible implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Funds funds = submission.funds();
        if (funds == null) {
            paidNotSpent(submission, null, ctx); // "已拨付 157 万元" with no funds block printed at all
            return;
        }
        boolean anyToDate = false;
        for (Funds.Row r : funds.rows()) {
            Money toDate = r.executedToDate();
            if (toDate == null) {
                continue;
            }
            anyToDate = true;
            String label = r.label() == null || r.label().isBlank() ? r.pointer() : r.label().strip();
            // the year's budget: the adjusted one where the table gives it, else the initial
            Money budget = r.fullYear() != null ? r.fullYear() : r.initial();
            if (budget != null && budget.value().signum() > 0 && toDate.value().compareTo(budget.value()) > 0) {
                ctx.report("over-budget", toDate.src(), label, Checks.money(toDate), Checks.money(budget),
                        Checks.pct(toDate.value().multiply(Checks.HUNDRED).divide(budget.value(), java.math.MathContext.DECIMAL64)));
                continue; // a forecast at the budget is then below the execution too: one defect, one finding
            }
            Money forecast = r.forecast();
            if (forecast != null && forecast.value().compareTo(toDate.value()) < 0) {
                ctx.report(Severity.ERROR, "forecast-below", forecast.src(), null, label, Checks.money(forecast), Checks.money(toDate));
            }
        }
        // the month to date where the table's title says it (1-6月, 截至6月30日: MonitoringMonth) is known, as the deadline
        // rules and the reports read it; asked for only where neither gives one (R13, session 45)
        if (anyToDate && funds.toDateMonth() == null && io.github.jixiao.model.MonitoringMonth.monthToDate(submission) == null) {
            ctx.report("no-month", funds.src());
        }
        if (!anyToDate) {
            paidNotSpent(submission, funds, ctx);
        }
    }

    /**
     * 新田镇 2022 (t103): "项目资金共157万元,已全部拨付完成", the report's only money figure after the budget: paid over
     * (拨付, to the implementing level) is not spent, and no execution to date is given (audit s48 §3). Of budget.json's
     * fields only {@code fundsAvailable} (实际到位资金: 到位, 拨付, 下达 to the unit) says money paid; every other says money
     * spent, or spending's progress, and answers the question: a row's {@code executedToDate} (read by the caller),
     * {@code executed} or {@code executionRatePercent} (福建's 年度拨付金额 is such an {@code executed}: that form defines
     * its 拨付 as execution), {@code actualExpenditure} (全年实际支出), {@code stated.executionRatePercent} and
     * {@code quarterlyExecution}. {@code lateAllocations} counts 专项 not 下达 on time: no money figure. With no funds block
     * at all, the 到位 figure alone is asked of all the same.
     */
    private static void paidNotSpent(Submission submission, Funds funds, RuleContext ctx) {
        Money available = Figures.of(submission, ctx).money("budget#/fundsAvailable").orElse(null);
        if (available == null || spendingGiven(submission, funds)) {
            return;
        }
        Integer month = funds != null && funds.toDateMonth() != null ? funds.toDateMonth()
                : io.github.jixiao.model.MonitoringMonth.monthToDate(submission);
        // with no month, "截至 监控时点的" had a stray space (W2's left-alone item 9): the no-month variant prints the words
        // itself, the month's arguments kept as they were (unprinted), so the fingerprint is the one before
        ctx.report(Severity.INFO, month == null ? "paid-not-spent-no-month" : "paid-not-spent", available.src(), null,
                Checks.money(available), month == null ? "监控时点" : month + " 月", month == null ? "the monitoring date" : "month " + month);
    }

    /** Whether budget.json gives any figure of money spent beside the executions to date (see {@link #paidNotSpent}). */
    private static boolean spendingGiven(Submission submission, Funds funds) {
        if (funds != null) {
            for (Funds.Row r : funds.rows()) {
                if (r.executed() != null || r.executionRatePercent() != null) {
                    return true;
                }
            }
        }
        // as written, a bare number among them too (schema-invalid's type-money says that): it answers the question
        return submission.node("budget", "/actualExpenditure") != null
                || submission.node("budget", "/stated/executionRatePercent") != null
                || submission.node("budget", "/quarterlyExecution/0") != null;
    }
}
