package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "sum-mismatch",
        severity = Severity.ERROR,
        category = Category.ARITHMETIC,
        titleZh = "合计数与各项之和不符",
        titleEn = "Total does not match the sum of its parts",
        rationaleZh = "合计数应等于各项之和。各项都是四舍五入后的数时，和与合计可以相差各项的舍入误差（两位小数的每项至多 0.005）加上合计本身的舍入误差；"
                + "超出这一范围的差额说明合计或某一项有误（如新增固定资产 35.61 = 17.17 + 18.45 = 35.62 可以接受，差 0.05 则不能）。"
                + "绩效目标表（目标申报）的年度履职目标按任务分配年初预算，各任务预算金额之和应等于年初预算（宁德 2019 部门整体支出绩效目标表：49.8 + 11 + 171.41，而资金总额 171.41）。"
                + "福建部门整体支出绩效自评表的资金行另印历年结余结转、年中调整金额和结余：小计 = 年初 + 历年结余结转 + 年中调整，结余 = 小计 − 拨付。"
                + "budget.json 同时写有全年预算数（fullYearBudget）和资金块合计行的全年预算数（funds.total.fullYear）的，两者是同一个数，超出舍入的差额同样指出；两者相差一万倍的，指出其中一个的单位有误（以元代万元或相反）。"
                + "资金块合计行有两栏以上留作 0 或空白、而其中各项有数的（棠溪 2022：年度资金总额 0 | 0 | 0，本年财政拨款 90 | 89.974 | 89.974），是这一行没有填写：在这一行报告一次，列出各栏与各项之和；得分也写作 0 的，一并给出按评分标准计算的得分，score-claim-mismatch 不再另报（得分写作其他数的照报）。只有一栏如此的，在该栏报告。目标申报的表只有一栏金额（资金总额），没有执行率和得分：合计空白或为 0 的，按资金总额称呼，不提执行率和得分（陈仓区 2020）。合计行只空着年初预算数的（新洲 2020：全年预算数和全年执行数都写了 30），执行率和得分不读这一栏，是这一行没有填完，报为警告，也不说“已按各项之和计算”。",
        rationaleEn = "A total equals the sum of its parts. When the parts are rounded, the sum may differ from the total by the parts' rounding (at most 0.005 per "
                + "two-decimal part) plus the total's own; a larger gap means the total or a part is wrong (35.61 against 17.17 + 18.45 = 35.62 is fine, 0.05 off is not). "
                + "A target table (目标申报) shares the initial budget out among its tasks (年度履职目标): their budgets add up to it (Ningde 2019 department target table: 49.8 + 11 + 171.41 against a total of 171.41). "
                + "Fujian's department self-evaluation table also prints each funds row's carryover (历年结余结转), mid-year adjustment (年中调整金额) and balance (结余): the subtotal (小计) = initial + carryover + adjustment, and the balance = subtotal − disbursed (拨付). "
                + "Where budget.json gives both the full-year budget (fullYearBudget) and the funds block's total row (funds.total.fullYear), they are one figure, and a gap beyond rounding is reported too; where they are 10,000 times apart, the finding says one of them is in the wrong unit (元 (yuan) for 万元 (10,000 yuan) or the reverse). "
                + "Where the funds block's total row is left at 0 or blank in two columns or more while its components carry figures (Tangxi 2022: 年度资金总额 (the year's total funds) 0 | 0 | 0 beside 本年财政拨款 (this year's appropriation) 90 | 89.974 | 89.974), the row was not filled in: that is reported once, at the row, with each column and the components' sum; where its score is written as 0 too, the finding gives the score the scoring standard computes, and score-claim-mismatch does not report it again (a score written as another figure still is). One such column alone is reported at its cell. A target table (目标申报) has one amount column (资金总额, the total funds) and no execution rate or score: a blank or 0 total is named so, with nothing said of execution or a score (Chencang 2020). A total row blank only in its 年初预算数 (initial budget; Xinzhou 2020, whose total row gives its own full-year budget and execution, 30 each) is a row not filled in whose blank no execution rate or score reads: a warning, which does not say the figures were computed from the components.",
        source = "AR-1、AR-2：算术；棠溪 2022 自评表实例；宁德 2019 部门整体支出绩效目标表实例；参考报告（福田区科技和工业信息化局 2024）正文与附件1",
        sourceEn = "AR-1, AR-2: arithmetic; Tangxi 2022 self-evaluation table; Ningde 2019 department target table; the reference report (Futian District Bureau of Science, Technology, Industry and Information Technology, 2024), body text and Annex 1",
        messages = {
            @RuleInfo.Message(zh = "{0}写为 {1}，而{2}为 {3}，相差 {4}，超出各数舍入所能解释的 {5}。请核对合计数或各项金额。",
                    en = "{6} is stated as {1}, but {7} gives {3}: a gap of {4}, more than the {5} rounding can explain. Check the total or its parts."),
            @RuleInfo.Message(key = "funds", zh = "资金块合计行“{0}”的{1}为 {2}，而其中各项之和为 {3}，相差 {4}，超出舍入所能解释的 {5}。请核对合计行或各项金额。",
                    en = "The total row \"{0}\" of the funds block states {6} as {2}, but its components add up to {3}: a gap of {4}, more than the {5} rounding can explain. Check the total row or the components."),
            @RuleInfo.Message(key = "funds-zero", zh = "资金块合计行“{0}”的{1}为 {2}，而其中各项合计 {3}。合计行不能留作 0：请填写合计数。执行率和得分按各项之和计算。",
                    en = "The total row \"{0}\" of the funds block states {5} as {2} while its components carry {3}. The total row cannot be left at 0: fill it in. Execution and its score are computed from the components."),
            @RuleInfo.Message(key = "funds-blank", zh = "资金块合计行“{0}”的{1}没有填写（空白），而其中各项合计 {2}。请在合计行填写{1}（各项之和）。执行率和得分已按各项之和计算。",
                    en = "The total row \"{0}\" of the funds block leaves {3} blank while its components carry {2}. Fill it in with the components' sum. Execution and its score are computed from the components."),
            @RuleInfo.Message(key = "funds-blank-initial", sameAs = "funds-blank", zh = "资金块合计行“{0}”的{1}没有填写（空白），而其中各项合计 {2}。请在合计行填写{1}（各项之和）。",
                    en = "The total row \"{0}\" of the funds block leaves {3} blank while its components carry {2}. Fill it in with the components' sum."),
            @RuleInfo.Message(key = "funds-zero-declared", zh = "资金块合计“{0}”写为 {1}，而其中各项合计 {2}。合计不能留作 0：请填写资金总额（各项之和）。",
                    en = "The funds block's total \"{0}\" is stated as {1} while its components carry {2}. The total cannot be left at 0: fill in the total funds (the components' sum)."),
            @RuleInfo.Message(key = "funds-blank-declared", zh = "资金块合计“{0}”没有填写金额（空白），而其中各项合计 {1}。请填写资金总额（各项之和）。",
                    en = "The funds block's total \"{0}\" has no amount (blank) while its components carry {1}. Fill in the total funds (the components' sum)."),
            @RuleInfo.Message(key = "funds-zero-row", zh = "资金块合计行“{0}”的{1}都为 0 或空白，而其中各项合计分别为 {2}：这一行没有填写。请按各项之和填写合计行的这几个数，并据此填写它的执行率和得分。检查和评分已按各项之和计算。",
                    en = "The total row \"{0}\" of the funds block leaves {3} at 0 or blank, while its components carry {4}: the row was not filled in. Fill in these figures of the total row from the components' sums, and its execution rate and score from them. The checks and the score already use the components' sums."),
            @RuleInfo.Message(key = "funds-zero-row-scored", details = {5, 6}, sameAs = "funds-zero-row",
                    zh = "资金块合计行“{0}”的{1}都为 0 或空白，而其中各项合计分别为 {2}：这一行没有填写，得分也写作 0。请按各项之和填写合计行的这几个数，并据此填写它的执行率和得分（按评分标准计算为 {5} 分：{6}）。检查和评分已按各项之和计算。",
                    en = "The total row \"{0}\" of the funds block leaves {3} at 0 or blank, while its components carry {4}: the row was not filled in, and its score is written as 0. Fill in these figures of the total row from the components' sums, and its execution rate and score from them (the scoring standard gives {5}: {6}). The checks and the score already use the components' sums.", formulas = {6}),
            @RuleInfo.Message(key = "funds-row", zh = "资金行“{0}”的{1}为 {2}，而{3}为 {4}，相差 {5}，超出舍入所能解释的 {6}。请核对该行的这几个数。",
                    en = "The funds row \"{0}\" states {7} as {2}, but {8} gives {4}: a gap of {5}, more than the {6} rounding can explain. Check these figures of the row."),
            @RuleInfo.Message(key = "full-year-twice", zh = "budget.json 的全年预算数（fullYearBudget）为 {0}，而资金块合计行“{1}”的全年预算数（fullYear）为 {2}，相差 {3}，超出舍入所能解释的 {4}。两处都是本年度的全年预算数，应为同一个数：请核对更正其中之一。",
                    en = "budget.json's full-year budget (fullYearBudget) is {0}, but the funds block's total row \"{1}\" gives a full-year budget (fullYear) of {2}: a gap of {3}, more than the {4} rounding can explain. Both are the year's full-year budget and must be the same figure: check them and correct the wrong one."),
            @RuleInfo.Message(key = "full-year-twice-unit", zh = "budget.json 的全年预算数（fullYearBudget）为 {0}，而资金块合计行“{1}”的全年预算数（fullYear）为 {2}，两者相差一万倍：看来其中一个是以元为单位的数写在了万元下，或者相反。两处都是本年度的全年预算数，应为同一个数：请核对两处的金额和单位（fullYearBudget 的 unit，资金块的 funds.unit）。",
                    en = "budget.json's full-year budget (fullYearBudget) is {0}, but the funds block's total row \"{1}\" gives a full-year budget (fullYear) of {2}: 10,000 times apart, one of them looks like a figure in 元 (yuan) written under 万元 (10,000 yuan), or the reverse. Both are the year's full-year budget and must be the same figure: check both amounts and their units (the unit of fullYearBudget, the funds block's funds.unit).")
        })
public final class SumMismatch implements Rule {

    /**
     * A total and where its parts are; each part list resolves to money or to nothing (then no check). {@code only}
     * names the one stage the total is checked at, or is null for every stage.
     */
    private record Total(String nameZh, String partsZh, String nameEn, String partsEn, String total,
            Function<Figures, List<Money>> parts, Stage only) {
        Total(String nameZh, String partsZh, String nameEn, String partsEn, String total, Function<Figures, List<Money>> parts) {
            this(nameZh, partsZh, nameEn, partsEn, total, parts, null);
        }
    }

    private static Function<Figures, List<Money>> fields(String... refs) {
        return s -> {
            List<Money> out = new ArrayList<>();
            for (String r : refs) {
                Optional<Money> m = s.money(r);
                if (m.isEmpty()) {
                    return null;
                }
                out.add(m.get());
            }
            return out;
        };
    }

    private static Function<Figures, List<Money>> arrayOf(String role, String arrayPointer, String field) {
        return s -> {
            JsonNode arr = s.submission().node(role, arrayPointer);
            if (arr == null || !arr.isArray() || arr.isEmpty()) {
                return null;
            }
            List<Money> out = new ArrayList<>();
            for (int k = 0; k < arr.size(); k++) {
                Optional<Money> m = s.money(role + "#" + arrayPointer + "/" + k + field);
                if (m.isEmpty()) {
                    return null;
                }
                out.add(m.get());
            }
            return out;
        };
    }

    private static Function<Figures, List<Money>> tasks(Function<Task, Money> field) {
        return s -> {
            if (s.submission().tasks().isEmpty()) {
                return null;
            }
            List<Money> out = new ArrayList<>();
            for (Task t : s.submission().tasks()) {
                Money m = field.apply(t);
                if (m == null) {
                    return null;
                }
                out.add(m);
            }
            return out;
        };
    }

    /** Negates the second of two amounts: fullYear − initial. */
    private static Function<Figures, List<Money>> difference(String minuend, String subtrahend) {
        return s -> {
            List<Money> two = fields(minuend, subtrahend).apply(s);
            if (two == null) {
                return null;
            }
            Money b = two.get(1);
            return List.of(two.get(0), new Money(b.value().negate(), b.unit(), b.src()));
        };
    }

    /** Every total a submission states, with its parts (AR-1). */
    static final List<Total> TOTALS = List.of(
            new Total("“三公”经费实际支出", "因公出国（境）费、公务用车费、公务接待费之和",
                    "The 三公 expenditure", "the sum of overseas travel, vehicle and reception expenses", "budget#/threePublic/actual",
                    fields("budget#/threePublic/parts/overseas", "budget#/threePublic/parts/vehicles", "budget#/threePublic/parts/reception")),
            new Total("政府采购实际金额", "货物、服务、工程类采购之和",
                    "The procurement actual", "the sum of goods, services and works", "budget#/procurement/actual",
                    fields("budget#/procurement/parts/goods", "budget#/procurement/parts/services", "budget#/procurement/parts/works")),
            new Total("本年新增固定资产合计", "各类新增固定资产之和",
                    "The fixed assets added", "the sum of the additions by category", "management#/assets/additions/total",
                    arrayOf("management", "/assets/additions/parts", "/value")),
            new Total("全年预算", "各任务预算数（tasks.json）之和",
                    "The full-year budget", "the sum of the task budgets (tasks.json)", "budget#/fullYearBudget", tasks(Task::budget)),
            // a target table (目标申报) budgets the year at its start: its 年度履职目标 share out the 年初预算 (宁德 2019 部门整体支出绩效目标表)
            new Total("年初预算", "各任务预算数（tasks.json）之和",
                    "The initial budget", "the sum of the task budgets (tasks.json)", "budget#/initialBudget", tasks(Task::budget),
                    Stage.TARGETS),
            new Total("全年实际支出", "各任务执行数（tasks.json）之和",
                    "The actual expenditure", "the sum of the task executions (tasks.json)", "budget#/actualExpenditure", tasks(Task::execution)),
            new Total("调整金额", "全年预算 − 年初预算",
                    "The adjustment amount", "full-year budget − initial budget", "budget#/stated/adjustmentAmount",
                    difference("budget#/fullYearBudget", "budget#/initialBudget")));

    @Override
    public void check(Submission submission, RuleContext ctx) {
        checkFunds(submission.funds(), submission.stage() == Stage.TARGETS, ctx);
        Figures figures = Figures.of(submission, ctx);
        checkFundsRows(figures, ctx);
        checkFullYearTwice(submission.funds(), figures, ctx);
        for (Total t : TOTALS) {
            if (t.only() != null && t.only() != submission.stage()) {
                continue;
            }
            Optional<Money> total = figures.money(t.total());
            if (total.isEmpty()) {
                continue;
            }
            List<Money> parts = t.parts().apply(figures);
            if (parts == null || parts.isEmpty()) {
                continue;
            }
            String unit = total.get().unit();
            BigDecimal sum = BigDecimal.ZERO;
            for (Money p : parts) {
                sum = sum.add(p.in(unit));
            }
            BigDecimal gap = sum.subtract(total.get().value()).abs();
            if (gap.signum() == 0) {
                continue; // the parts add up exactly: within any tolerance (the sum of half-units, never negative)
            }
            BigDecimal tolerance = Checks.moneyHalfUnit(total.get().value());
            for (Money p : parts) {
                tolerance = tolerance.add(new Money(Checks.moneyHalfUnit(p.value()), p.unit(), p.src()).in(unit));
            }
            if (gap.compareTo(tolerance.add(Checks.EPSILON)) > 0) {
                ctx.report("", total.get().src(), t.nameZh(), Checks.money(total.get()), t.partsZh(),
                        Checks.num(sum) + " " + unit, Checks.num(gap) + " " + unit, Checks.num(tolerance) + " " + unit, t.nameEn(), t.partsEn());
            }
        }
    }

    /**
     * Each funds row's own arithmetic where 福建's 部门整体支出绩效自评表 prints its columns (宁德 2018 / 2020): 小计 = 年初 + 历年结余结转
     * + 年中调整 (the parts that are printed, at least one of the last two), and 结余 = 小计 − 拨付. The figures of a row share the
     * block's unit; each is rounded, so the tolerance is their half-units.
     */
    private static void checkFundsRows(Figures figures, RuleContext ctx) {
        JsonNode funds = figures.submission().node("budget", "/funds");
        if (funds == null || !funds.isObject() || !funds.path("unit").isString()) {
            return;
        }
        String unit = funds.get("unit").asString();
        JsonNode components = funds.get("components");
        int count = components != null && components.isArray() ? components.size() : 0;
        for (int k = -1; k < count; k++) {
            // the row's node as the funds object holds it; its figures are read by reference only where it can add up
            JsonNode n = k < 0 ? funds.get("total") : components.get(k);
            if (n == null || !n.has("fullYear") && !n.has("balance")) {
                continue; // no row, or neither sum has its total: every figure below would be empty (none read)
            }
            String row = k < 0 ? "/funds/total" : "/funds/components/" + k;
            String label = n.path("label").asString("");
            Optional<Figure> fullYear = figures.figure("budget#" + row + "/fullYear");
            // the carryover and the adjustment read only where the row holds one of them (most rows print neither)
            boolean added = n.has("carryover") || n.has("adjustment");
            Optional<Figure> initial = added ? figures.figure("budget#" + row + "/initial") : Optional.empty();
            Optional<Figure> carryover = added ? figures.figure("budget#" + row + "/carryover") : Optional.empty();
            Optional<Figure> adjustment = added ? figures.figure("budget#" + row + "/adjustment") : Optional.empty();
            if (fullYear.isPresent() && initial.isPresent() && (carryover.isPresent() || adjustment.isPresent())) {
                List<Figure> parts = new ArrayList<>(List.of(initial.get()));
                carryover.ifPresent(parts::add);
                adjustment.ifPresent(parts::add);
                rowTotal(ctx, label, unit, fullYear.get(), parts, false, carryover.isPresent()
                        ? (adjustment.isPresent() ? "年初预算 + 历年结余结转 + 年中调整金额" : "年初预算 + 历年结余结转")
                        : "年初预算 + 年中调整金额", carryover.isPresent()
                        ? (adjustment.isPresent() ? "initial budget + carryover (历年结余结转) + mid-year adjustment (年中调整金额)"
                                : "initial budget + carryover (历年结余结转)")
                        : "initial budget + mid-year adjustment (年中调整金额)");
            }
            if (!n.has("balance")) {
                continue;
            }
            Optional<Figure> balance = figures.figure("budget#" + row + "/balance");
            Optional<Figure> executed = figures.figure("budget#" + row + "/executed");
            if (balance.isPresent() && fullYear.isPresent() && executed.isPresent()) {
                rowTotal(ctx, label, unit, balance.get(), List.of(fullYear.get(), executed.get()), true,
                        "全年预算（小计）− 执行数（拨付）", "full-year budget (小计, subtotal) − executed (拨付)");
            }
        }
    }

    /** One row's {@code total} against the sum of {@code parts} (or, {@code difference}, the first less the second). */
    private static void rowTotal(RuleContext ctx, String label, String unit, Figure total, List<Figure> parts, boolean difference,
                                 String partsZh, String partsEn) {
        if (total.isMoney() || parts.stream().anyMatch(Figure::isMoney)) {
            return;
        }
        BigDecimal sum = difference ? parts.get(0).value().subtract(parts.get(1).value())
                : parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gap = sum.subtract(total.value()).abs();
        BigDecimal tolerance = Checks.moneyHalfUnit(total.value());
        for (Figure p : parts) {
            tolerance = tolerance.add(Checks.moneyHalfUnit(p.value()));
        }
        if (gap.compareTo(tolerance.add(Checks.EPSILON)) > 0) {
            boolean balance = difference;
            ctx.report("funds-row", total.src(), Checks.quote(label), balance ? "本年度结余金额" : "小计（全年预算数）",
                    Checks.num(total.value()) + " " + unit, partsZh, Checks.num(sum) + " " + unit, Checks.num(gap) + " " + unit,
                    Checks.num(tolerance) + " " + unit, balance ? "the balance (结余)" : "the subtotal (小计, full-year budget)", partsEn);
        }
    }

    /**
     * budget.json's two statements of the year's full-year budget: the top-level {@code fullYearBudget} (a department's
     * framework scores on it) and the funds block's total row ({@code funds.total.fullYear}, the table's 全年预算数, which
     * the project framework scores on), compared in the block's unit, each rounded as printed. Never checked against each
     * other before (officer trial s31). Not where the total row is left at 0 while its components carry the figure
     * ({@code funds-zero} says so). Where one is the other in 元 for 万元 or the reverse (a unit slip), the
     * {@code full-year-twice-unit} variant says so instead of a gap.
     */
    private static void checkFullYearTwice(Funds funds, Figures figures, RuleContext ctx) {
        if (funds == null || funds.total() == null || funds.total().fullYear() == null
                || funds.totalEmptyWhilePartsCarry(Funds.Column.FULL_YEAR)) {
            return;
        }
        Optional<Money> stated = figures.money("budget#/fullYearBudget");
        if (stated.isEmpty()) {
            return;
        }
        Money total = funds.total().fullYear();
        String unit = total.unit();
        BigDecimal other = stated.get().in(unit);
        BigDecimal gap = other.subtract(total.value()).abs();
        BigDecimal tolerance = Checks.moneyHalfUnit(total.value())
                .add(new Money(Checks.moneyHalfUnit(stated.get().value()), stated.get().unit(), stated.get().src()).in(unit));
        if (gap.compareTo(tolerance.add(Checks.EPSILON)) <= 0) {
            return;
        }
        BigDecimal tenThousand = BigDecimal.valueOf(10_000);
        for (BigDecimal scaled : List.of(other.multiply(tenThousand), other.divide(tenThousand))) {
            BigDecimal slip = scaled.subtract(total.value()).abs();
            if (scaled.signum() != 0 && slip.compareTo(tolerance.multiply(tenThousand).add(Checks.EPSILON)) <= 0) {
                // 元 for 万元 or the reverse: one figure in the wrong unit, said as such. figure-out-of-range adds its
                // note only where the block's figure reaches 100 亿元 beside it; a 5 万元 project's 50000 under (万元), or a
                // fullYearBudget 10,000 times the block's, it never sees (review s32: no finding at all before)
                ctx.report("full-year-twice-unit", total.src(), Checks.money(stated.get()), Checks.quote(funds.total().label()),
                        Checks.num(total.value()) + " " + unit);
                return;
            }
        }
        ctx.report("full-year-twice", total.src(), Checks.money(stated.get()), Checks.quote(funds.total().label()),
                Checks.num(total.value()) + " " + unit, Checks.num(gap) + " " + unit, Checks.num(tolerance) + " " + unit);
    }

    /**
     * The funds block's total row against its components (AR-1), column by column; blank cells count as nothing. A
     * total row left at 0 (or blank) in two columns or more while its components carry them is one defect, the row not
     * filled in (棠溪 2022 twice: 0 | 0 | 0 beside 90 | 89.974 | 89.974, three errors before, one per cell): said once, at
     * the row ({@code funds-zero-row}); one such column alone is said at its cell ({@code funds-zero}), or, left blank, at the
     * row ({@code funds-blank}: not filled in, where it read "为 空白 … 不能留作 0"). A target table's (目标申报) single
     * amount column is 资金总额, with no 执行率 or 得分 beside it: said as {@code funds-blank-declared} / {@code funds-zero-declared}
     * (陈仓区 2020 read "年初预算数没有填写 … 执行率和得分已按各项之和计算" on a table that has neither: audit s46 item 11).
     */
    private static void checkFunds(Funds funds, boolean declared, RuleContext ctx) {
        if (funds == null || funds.total() == null) {
            return;
        }
        String label = Checks.quote(funds.total().label());
        List<Funds.Column> unfilled = new ArrayList<>();
        for (Funds.Column c : Funds.Column.values()) {
            if (!funds.componentsWith(c).isEmpty() && funds.totalEmptyWhilePartsCarry(c)) {
                unfilled.add(c);
            }
        }
        if (unfilled.size() >= 2) {
            List<String> zh = new ArrayList<>();
            List<String> sums = new ArrayList<>();
            List<String> en = new ArrayList<>();
            List<String> sumsEn = new ArrayList<>();
            for (Funds.Column c : unfilled) {
                String sum = Checks.num(funds.componentSum(c)) + " " + funds.unit();
                zh.add(c.label);
                sums.add(sum);
                en.add(c.labelEn);
                sumsEn.add(c.labelEn + " " + sum);
            }
            ctx.report("funds-zero-row", funds.total().src(), label, String.join("、", zh), String.join("、", sums),
                    englishList(en), englishList(sumsEn));
        }
        for (Funds.Column c : Funds.Column.values()) {
            List<Funds.Row> parts = funds.componentsWith(c);
            Money total = funds.total().get(c);
            if (parts.isEmpty()) {
                continue;
            }
            BigDecimal sum = funds.componentSum(c);
            String en = c.labelEn;
            if (funds.totalEmptyWhilePartsCarry(c)) {
                if (unfilled.size() < 2 && declared && c == Funds.Column.INITIAL) {
                    // a target table (目标申报) has one amount column, 资金总额 (陈仓区 2020, t86), and neither 执行率 nor 得分:
                    // the total is named as the form names it, and nothing is said of execution or a score
                    if (total == null) {
                        ctx.report("funds-blank-declared", funds.total().src(), label, Checks.num(sum) + " " + funds.unit());
                    } else {
                        ctx.report("funds-zero-declared", total.src(), label, Checks.num(total.value()) + " " + funds.unit(),
                                Checks.num(sum) + " " + funds.unit());
                    }
                } else if (unfilled.size() < 2 && total == null && !readByExecution(c)) {
                    // a blank 年初预算数 (or 全年预计执行数) is read by neither the execution rate nor its score, which come from
                    // the 全年预算数 and 全年执行数 (t62 新洲 2020: 30 | 30 of its own beside a blank 年初预算数): said without
                    // "执行率和得分已按各项之和计算", which was false there, and as a warning, the row incomplete in a cell no
                    // check or score reads (audit s52 A5); the same finding as funds-blank
                    ctx.report(Severity.WARNING, "funds-blank-initial", funds.total().src(), null,
                            label, c.label, Checks.num(sum) + " " + funds.unit(), en);
                } else if (unfilled.size() < 2 && total == null) {
                    // a blank cell is not filled in, not a 0 (t62 read "年初预算数为 空白 … 合计行不能留作 0"): said at the row
                    ctx.report("funds-blank", funds.total().src(), label, c.label, Checks.num(sum) + " " + funds.unit(), en);
                } else if (unfilled.size() < 2) {
                    ctx.report("funds-zero", total.src(), label, c.label, Checks.num(total.value()),
                            Checks.num(sum) + " " + funds.unit(), "", en);
                }
                continue;
            }
            if (total == null) {
                continue;
            }
            BigDecimal tolerance = Checks.moneyHalfUnit(total.value());
            for (Funds.Row p : parts) {
                tolerance = tolerance.add(Checks.moneyHalfUnit(p.get(c).value()));
            }
            BigDecimal gap = sum.subtract(total.value()).abs();
            if (gap.compareTo(tolerance.add(Checks.EPSILON)) > 0) {
                ctx.report("funds", total.src(), label, c.label, Checks.num(total.value()) + " " + funds.unit(),
                        Checks.num(sum) + " " + funds.unit(), Checks.num(gap) + " " + funds.unit(),
                        Checks.num(tolerance) + " " + funds.unit(), en);
            }
        }
    }

    /**
     * Whether the execution rate and its score read column {@code c} of the funds block (全年预算数, 全年执行数, a
     * monitoring table's 截至监控时点执行数), so that a blank total there is filled from the components' sum.
     */
    private static boolean readByExecution(Funds.Column c) {
        return c == Funds.Column.FULL_YEAR || c == Funds.Column.EXECUTED || c == Funds.Column.EXECUTED_TO_DATE;
    }

    /** "a, b and c" (two: "a and b"). */
    private static String englishList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
