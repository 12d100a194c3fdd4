package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.util.Optional;

@RuleInfo(
        id = "execution-rate-unexplained",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "预算执行率低于 90% 未说明原因",
        titleEn = "Execution below 90 % without a reason",
        rationaleZh = "预算执行率 = 执行数 / 全年（调整后）预算数；低于 90% 的，须书面说明原因。表中只列执行率、没有金额的，或所列金额算不出执行率的（如没有全年预算数），按合计行所列执行率判断；"
                + "合计行为 0 而其中各行有金额的，按各行合计计算；表中只有年初预算数一栏（执行率(B/A)，如北京 2016、山东历城区 2019 的表式）的，按年初预算数计算。"
                + "不报告：执行率不低于 90% 的；写了原因的（不评判原因是否充分；只写“无”“-”“/”之类的不算原因），包括写在重述执行情况的指标行（指标值为全年预算数、实际完成值为全年执行数）的偏差原因中的，以及写在表末“偏差大或目标未完成原因分析”“存在的问题及原因分析”（department.json 的 problems）中、有一句讲到资金、预算、支出或结转而不只是改进打算的（只写“下年继续加快资金支付”“拨款应及时一点”之类打算、没有说明为什么的，不算原因；写了原因的打算照样算，如“因…未能支付，下年继续支付”；保山 2022 的表式只在总分之后印这一栏，执行情况旁没有原因栏；只写“暂无问题”“无”，或只讲指标的，不算原因：耒阳 2022 的“运转正常,暂无问题”）；既无金额也无所列执行率的；"
                + "表中写明实际到位资金（fundsAvailable）少于预算、而执行数不低于到位资金的 90% 的（差额是未到位的资金，表中的金额已说明；财预〔2020〕10号 附件2：预算执行率 = 实际支出 / 实际到位；海南 省商务厅 服务贸易项目：计划投资额 570、实际到位 398.88、实际使用 395.86 万元）；"
                + "部分转录的评分框架写明说明原因的一栏在截断处之后的（partialCut.executionReason：隆阳 2022 的表式把“偏差大或目标未完成原因分析”印在总分之后，存稿在效益指标处截断；原因无从读到，不是表的缺陷。只写 partial 说明、没有写这一项的照常报告）。",
        rationaleEn = "Budget execution = spending / full-year (adjusted) budget; below 90 % a written reason is required. Where a table prints only the rate "
                + "(the amounts are missing), or amounts that give no rate (no full-year budget, for one), the total row's stated rate is used; a total row left at 0 while its parts carry money is read from the parts; "
                + "a table whose only budget column is the initial budget (execution rate (B/A), as the Beijing 2016 and Licheng, Shandong 2019 forms) is read on it."
                + " Not flagged: execution at 90 % or more; any reason given (its merit is not judged; a mere placeholder, \"-\", \"/\" or \"none\" written in Chinese, is no reason), also in the explanation of the indicator row that restates the execution (its target the full-year budget, its actual the amount spent), and in the table's closing cell for its deviations, 偏差大或目标未完成原因分析 (reasons for large deviations or targets missed) or 存在的问题及原因分析 (problems and their causes) (department.json problems), where a clause speaks of the money, the budget, the spending or what was carried over and is not a plan alone (a plan with no why, such as \"下年继续加快资金支付\" (keep speeding up payment next year) or \"拨款应及时一点\" (allocations should come a little sooner), is no reason; a plan that says its cause still is; Baoshan 2022's form prints that cell only after the total, none beside the execution; \"no problem for now\" or \"none\" written in Chinese, or a cell about the indicators alone, is no reason: Leiyang 2022's \"ran normally, no problem for now\"); no amounts and no stated rate;"
                + " the table stating the money that arrived, 实际到位资金 (funds actually received; fundsAvailable), below the budget, and spending at least 90 % of what arrived (the shortfall is money not received, which the table's amounts say; MOF-10 annex 2: execution = actual spending / funds actually received; Hainan commerce department's trade-in-services project: planned 570, received 398.88, spent 395.86 × 10,000 yuan);"
                + " a partial framework whose file says, as data, that the cell the form gives the reason in is past the copy's cut (partialCut.executionReason: Longyang 2022's form prints 偏差大或目标未完成原因分析 (reasons for large deviations or targets missed) after the total, and the copy ends under the benefit indicators; the reason cannot be read, which is no defect of the form; a partial note alone, without it, is reported as usual).",
        source = "SC-4：四川 部门预算项目支出绩效自评表（2023年度）评分规则；重庆 2021 实例；廊坊 2019 实例（原因写在“工程资金金额 43.2 → 37.24”一行）；北京 海淀区学院路街道 2016 实例（年初预算数 310.2、全年执行数 154.74）",
        sourceEn = "SC-4: Sichuan self-evaluation table for department budget project spending (2023), scoring rules; Chongqing 2021 example; Langfang 2019 example (the reason given in the row \"project funds 43.2 → 37.24\"); Beijing, Haidian Xueyuanlu subdistrict 2016 example (initial budget 310.2, spent 154.74)",
        messages = {
            @RuleInfo.Message(zh = "预算执行率为 {0}（{1} / {2}），低于 {3}%，但没有说明原因。请在 budget.json 的 stated.executionRateExplanation 或资金块的“原因”栏（funds.executionExplanation）中写明原因（只写“无”“-”“/”之类的不算原因）。",
                    en = "Budget execution is {0} ({1} / {2}), below {3}%, and no reason is given. State it in budget.json's stated.executionRateExplanation or the funds block's 原因 (funds.executionExplanation); a mere placeholder such as \"none\" written in Chinese, \"-\" or \"/\" is no reason."),
            @RuleInfo.Message(key = "stated", zh = "所填预算执行率为 {0}（不是由金额算出的），低于 {1}%，但没有说明原因。请在资金块的“原因”栏（budget.json 的 funds.executionExplanation；或 stated.executionRateExplanation）中写明原因（只写“无”“-”“/”之类的不算原因）。",
                    en = "The budget execution filled in is {0} (not computed from amounts), below {1}%, and no reason is given. State it in the funds block's 原因 (budget.json's funds.executionExplanation, or stated.executionRateExplanation); a mere placeholder such as \"none\" written in Chinese, \"-\" or \"/\" is no reason."),
            @RuleInfo.Message(key = "stated-amounts", zh = "表中所列预算执行率为 {0}（表中的金额算不出执行率，如没有全年预算数），低于 {1}%，但没有说明原因。请在资金块的“原因”栏（budget.json 的 funds.executionExplanation；或 stated.executionRateExplanation）中写明原因（只写“无”“-”“/”之类的不算原因），并补上算出执行率所需的金额。",
                    en = "The table states a budget execution of {0} (its amounts give no rate: no full-year budget, for one), below {1}%, and no reason is given. State it in the funds block's 原因 (budget.json's funds.executionExplanation, or stated.executionRateExplanation); a mere placeholder such as \"none\" written in Chinese, \"-\" or \"/\" is no reason. Fill in the amounts the rate is computed from, too.")
        },
        thresholds = {
            @RuleInfo.Threshold(name = "rate", value = "90", unit = "%",
                    zh = "预算执行率低于此值须说明原因", en = "budget execution below this needs a written reason")
        })
public final class ExecutionRateUnexplained implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Optional<Checks.ExecutionRate> rate = Checks.executionRate(Figures.of(submission, ctx));
        // the reason beside the execution or in the cell for the table's deviations (Checks.reasonInProblems: a clause
        // about the money that is no plan alone), read as execution-over-budget reads it
        if (rate.isEmpty() || Checks.executionReasonAnywhere(submission) != null || explainedInRow(submission) || reasonPastCut(ctx)) {
            return;
        }
        Checks.ExecutionRate r = rate.get();
        BigDecimal threshold = ctx.threshold("rate");
        String t = threshold.stripTrailingZeros().toPlainString();
        if (r.percent().compareTo(threshold) < 0 && !spentWhatArrived(submission, ctx, r, threshold)) {
            if (r.how().startsWith("stated")) {
                ctx.report(r.how(), r.src(), Checks.pct(r.percent()), t);
            } else {
                ctx.report("", r.src(), Checks.pct(r.percent()), r.executed(), r.budget(), t);
            }
        }
    }

    /**
     * Whether the table states the money that arrived (实际到位资金, {@code fundsAvailable}) below the budget the rate is
     * on, and the spending is at least {@code threshold} of what arrived: the shortfall is money not received, which the
     * table says in its figures, not spending left undone (MOF-10 附件2: 预算执行率 = 实际支出 / 实际到位). 海南 省商务厅's
     * 服务贸易项目 (t120): 计划投资额 570, 实际到位 398.88, 实际使用 395.86 万元, 69.45 % of the plan, 99.24 % of what came;
     * the form scores 到位率 and 资金使用 in full. Only a rate computed from amounts: a stated rate says nothing of them.
     */
    private static boolean spentWhatArrived(Submission submission, RuleContext ctx, Checks.ExecutionRate r, BigDecimal threshold) {
        if (r.percent().signum() <= 0) {
            return false;
        }
        Money spent = switch (r.how()) {
            case "amounts" -> submission.funds() == null || submission.funds().total() == null ? null : submission.funds().total().executed();
            case "budget-amounts" -> Figures.of(submission, ctx).money("budget#/actualExpenditure").orElse(null);
            default -> null;
        };
        Money available = Figures.of(submission, ctx).money("budget#/fundsAvailable").orElse(null);
        if (spent == null || available == null || available.value().signum() <= 0) {
            return false;
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal budget = spent.yuan().multiply(hundred).divide(r.percent(), java.math.MathContext.DECIMAL64);
        BigDecimal ofAvailable = spent.yuan().multiply(hundred).divide(available.yuan(), java.math.MathContext.DECIMAL64);
        return available.yuan().compareTo(budget) < 0 && ofAvailable.compareTo(threshold) >= 0;
    }

    /**
     * Whether the framework is partial and says, as data, that the cell where the form gives the execution's reason is
     * past the copy's cut ({@code partialCut.executionReason}): the reason cannot be read, so its absence is the copy's,
     * not the form's (隆阳 2022, t111: t84's 20 + 80 form prints 偏差大或目标未完成原因分析 after the total, and the copy ends
     * under 效益指标; F17's left-alone, session 50). The partial note's words are not read, nor is a partial framework
     * without the flag held (零陵 2021, t90, is cut too, but the national form it uses has no reason cell to be cut).
     */
    private static boolean reasonPastCut(RuleContext ctx) {
        return ctx.framework().map(io.github.jixiao.score.Framework::partialCut).map(c -> c.executionReason()).orElse(false);
    }

    /**
     * A reason written in the indicator row that restates the execution: a row whose target is the funds block's
     * full-year budget and whose actual is its executed amount, with its 偏差原因 filled in. The national form has no
     * reason column for the execution; 廊坊 2019 explains 43.2 → 37.24 万元 in its 工程资金金额 row ("已完工，剩余3%尾款未付…").
     */
    private static boolean explainedInRow(Submission s) {
        Funds f = s.funds();
        if (f == null || f.total() == null || f.total().fullYear() == null || f.total().executed() == null) {
            return false;
        }
        for (Indicator i : s.indicators()) {
            if (!Checks.placeholder(i.explanation()) && same(i.targetValue(), f.total().fullYear())
                    && same(i.actualValue(), f.total().executed())) {
                return true;
            }
        }
        return false;
    }

    /** {@code v} a single amount equal to {@code m}: in the funds block's unit when it has none, else converted. */
    private static boolean same(TargetValue v, Money m) {
        if (v == null || !v.isQuantitative() || v.isRange() || m.value() == null) {
            return false;
        }
        if (v.unit() == null || v.unit().isEmpty()) {
            return v.low().compareTo(m.value()) == 0;
        }
        return TargetParser.isMoneyUnit(v.unit()) && new Money(v.low(), v.unit(), m.src()).yuan().compareTo(m.yuan()) == 0;
    }
}
