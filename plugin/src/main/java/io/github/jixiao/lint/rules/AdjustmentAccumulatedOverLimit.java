package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Adjustment;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Expr;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.Method;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

@RuleInfo(
        id = "adjustment-accumulated-over-limit",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "调整、调剂资金累计超出限额，而按净变动计分未扣分",
        titleEn = "Adjustments and reallocations together over the limit, while the net change keeps the points",
        rationaleZh = "深圳部门整体绩效评价的“资金调整、调剂规范性”要求“调整、调剂资金累计在本单位部门预算总规模10%以内”，超出的每个百分点扣 0.1 分。"
                + "评分框架按决算报表的口径计算调整调剂率：|全年预算 − 年初预算| ÷ 年初预算（参考报告：调减 888.3 万元，3.43%）。"
                + "调剂是在任务（项目）之间调动资金，预算总额不变，这一净变动率反映不出；调增与调减相抵时也一样。"
                + "adjustments.json 逐条记录了调整、调剂时，本规则按评分标准的“累计”另算一次：调整取各条金额绝对值之和（部门一级的记录与任务一级的记录可能是同一笔钱，取两者中较大的，且不少于净变动），"
                + "调剂取调出合计与调入合计中较大的（一笔调剂两边都记录时不重复计算），二者相加后除以年初预算。"
                + "按累计算出的得分低于按净变动算出的得分时提示复核：得分仍按框架的口径计算（与部门公开的调整调剂率一致），由复核人判断是否扣分。"
                + "只对评分标准写明“累计”、且按净变动计算的框架分项（线性扣分）检查。",
        rationaleEn = "Shenzhen's department evaluation scores 资金调整、调剂规范性 (compliance of budget adjustments): \"adjustments and reallocations within 10% of the department's "
                + "total budget, accumulated\", 0.1 point off per percentage point over. The framework computes the rate as the final accounts state it: |full-year budget − initial budget| "
                + "÷ initial budget (the reference report: 8.883 million cut, 3.43 %). A 调剂 (reallocation) moves money between tasks and leaves the total unchanged, so that net rate "
                + "cannot show it; nor can increases and cuts that offset each other. Where adjustments.json records them one by one, this rule computes the accumulated rate the standard "
                + "names: 调整 (adjustments) as the sum of their amounts' absolute values (a department-level record and task-level records may be the same money: the larger of the two, "
                + "and no less than the net change), reallocations as the larger of the money moved out and the money moved in (a reallocation recorded on both sides counts once), "
                + "together over the initial budget. When the accumulated rate would score lower than the net one it asks for a review: the score stays as the framework computes it "
                + "(the rate the department publishes) and the reviewer decides. Only framework items whose standard says 累计 (accumulated) and that score the net change "
                + "(linear deduction) are checked.",
        source = "ADJ-7：深圳市部门整体绩效评价指标体系 财务合规性 第 2 项（调整、调剂资金累计在本单位部门预算总规模10%以内）",
        sourceEn = "ADJ-7: Shenzhen department evaluation framework, financial compliance, item 2 (adjustments and reallocations within 10% of the department's total budget, accumulated)",
        messages = {
            @RuleInfo.Message(zh = "“{0}”按全年预算与年初预算之差计分：{1}，得 {2} 分；而评分标准为“{3}”。adjustments.json 记录调整 {4}、调剂 {5}（调出与调入取其大者；调剂不改变预算总额，净差额反映不出），累计 {6}，为年初预算的 {7}，超出标准，按此应得 {8} 分。请复核该分项得分（可在复核分中扣减），或核对 adjustments.json 中各条记录的金额。",
                    en = "\"{9}\" is scored on the net change of the budget: {1}, scoring {2}; but its standard limits 调整 (adjustments) and 调剂 (reallocations) 累计 (accumulated). adjustments.json records 调整 (adjustments) of {4} and 调剂 (reallocations) of {5} (the larger of the money moved out and in; a reallocation leaves the total unchanged, so the net change cannot show it): {6} together, {7} of the initial budget, over the limit, which would score {8}. Review this item's score (复核分 (the reviewer's score) may take the points off), or check the amounts in adjustments.json.")
        })
public final class AdjustmentAccumulatedOverLimit implements Rule {

    private static final String FULL_YEAR = "budget#/fullYearBudget";
    private static final String INITIAL = "budget#/initialBudget";

    /** A framework item that scores the net adjustment rate against a standard that says 累计. */
    private record Target(Framework.Leaf leaf, String name, String standard, Method.LinearDeduction method) {
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        if (submission.adjustments().isEmpty() || ctx.framework().isEmpty()) {
            return;
        }
        Optional<Target> target = target(ctx.framework().get());
        if (target.isEmpty()) {
            return;
        }
        Figures figures = Figures.of(submission, ctx);
        Optional<Money> initial = figures.money(INITIAL);
        Optional<Money> full = figures.money(FULL_YEAR);
        if (initial.isEmpty() || full.isEmpty() || initial.get().value().signum() <= 0) {
            return;
        }
        String unit = initial.get().unit();
        BigDecimal base = initial.get().value();
        BigDecimal net = full.get().in(unit).subtract(base).abs();
        BigDecimal department = BigDecimal.ZERO;
        BigDecimal tasks = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;
        for (Adjustment a : submission.adjustments()) {
            if (a.amount() == null) {
                continue;
            }
            BigDecimal v = a.amount().in(unit);
            if ("调剂".equals(a.kind())) {
                if (v.signum() < 0) {
                    out = out.add(v.negate());
                } else {
                    in = in.add(v);
                }
            } else if ("department".equals(a.scope()) || Checks.blank(a.task())) {
                department = department.add(v.abs());
            } else {
                tasks = tasks.add(v.abs());
            }
        }
        BigDecimal adjusted = net.max(department).max(tasks);
        BigDecimal moved = out.max(in);
        BigDecimal accumulated = adjusted.add(moved);
        Method.LinearDeduction m = target.get().method();
        BigDecimal netRate = rate(net, base);
        BigDecimal accRate = rate(accumulated, base);
        BigDecimal netScore = score(m, netRate);
        BigDecimal accScore = score(m, accRate);
        if (accScore.compareTo(netScore) >= 0) {
            return; // within the limit either way, or the accumulated figure costs no more than the net one
        }
        Framework f = ctx.framework().get();
        String name = target.get().name();
        String formula = "|" + Checks.money(full.get()) + " − " + Checks.money(initial.get()) + "| ÷ " + Checks.money(initial.get())
                + " = " + Checks.pct(netRate);
        ctx.report(ctx.descriptor().severity(), "", submission.src("adjustments#/adjustments"), target.get().leaf().id(),
                name, formula, Checks.num(netScore), strip(target.get().standard()), amount(adjusted, unit), amount(moved, unit),
                amount(accumulated, unit), Checks.pct(accRate), Checks.num(accScore),
                f.english(name));
    }

    /** An amount in the initial budget's unit, to the 分 (four decimals of 万元), for the message. */
    private static String amount(BigDecimal v, String unit) {
        return Checks.num(v.setScale(Money.WAN.equals(unit) ? 6 : 2, RoundingMode.HALF_UP)) + " " + unit;
    }

    /** The standard without its closing 。 (the message quotes it inside its own sentence). */
    private static String strip(String standard) {
        String t = standard.strip();
        return t.endsWith("。") ? t.substring(0, t.length() - 1) : t;
    }

    private static BigDecimal rate(BigDecimal amount, BigDecimal base) {
        return amount.multiply(Checks.HUNDRED).divide(base, MathContext.DECIMAL64);
    }

    /** The item's score at {@code rate} (%), as the framework's linear deduction gives it (the scorer's own), to 2 decimals. */
    private static BigDecimal score(Method.LinearDeduction m, BigDecimal rate) {
        return m.at(rate).setScale(2, RoundingMode.HALF_UP);
    }

    /** The framework's item, criterion or sub-item, that scores the net rate where its standard says 累计. */
    private static Optional<Target> target(Framework f) {
        for (Framework.Leaf leaf : f.leaves()) {
            if (leaf.method() instanceof Method.LinearDeduction m && netRate(m) && accumulated(leaf.standard())) {
                return Optional.of(new Target(leaf, leaf.name(), leaf.standard(), m));
            }
            if (leaf.method() instanceof Method.SubItems s) {
                for (Method.Item it : s.items()) {
                    if (it.method() instanceof Method.LinearDeduction m && netRate(m) && accumulated(it.standard())) {
                        return Optional.of(new Target(leaf, it.name(), it.standard(), m));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean accumulated(String standard) {
        return standard != null && standard.contains("累计");
    }

    /** percent(|fullYearBudget − initialBudget| ÷ initialBudget): the net adjustment rate. */
    private static boolean netRate(Method.LinearDeduction m) {
        return m.value() instanceof Expr.Percent p && p.of() instanceof Expr.Ratio r
                && r.numerator() instanceof Expr.Abs a && a.of() instanceof Expr.Difference d
                && d.minuend() instanceof Expr.Ref x && FULL_YEAR.equals(x.ref())
                && d.subtrahend() instanceof Expr.Ref y && INITIAL.equals(y.ref())
                && r.denominator() instanceof Expr.Ref z && INITIAL.equals(z.ref());
    }
}
