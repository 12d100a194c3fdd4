package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "rate-mismatch",
        severity = Severity.ERROR,
        category = Category.ARITHMETIC,
        titleZh = "所写比率与其分子分母不符",
        titleEn = "Stated rate does not match its own figures",
        rationaleZh = "执行率、调剂率、控制率、利用率等比率由报告中的金额或人数算出，评分又依这些比率给分。"
                + "所写比率与按其分子、分母重新计算的结果相差超过末位舍入（末位半个单位），说明比率或数字有误。福建部门整体支出绩效自评表各资金行的资金结余率 = 结余 ÷ 小计，同样核对；资金栏各行所写的执行率 = 全年执行数 ÷ 全年预算数，也同样核对，只是容许末位相差一个单位（各地系统对末位有四舍五入、截尾、进位之别）；金额都只印到整数（如整万元：宣城 2023 的 148、46）而比率印到小数的，比率是按未经舍入的金额算出的，分子、分母各在其半个单位之内所能得到的比率（46 / 148：30.64%～31.53%）都不算不符；执行率一栏填的恰是该行的全年执行数或全年预算数（罗湖 2022：1437 | 1437 | 1,437）的，说明填的是金额而不是比率（amount），不说“执行率写为 1437%”；部门整体表所写的预算执行率、政府采购执行率填的恰是实际支出数或全年预算数（政府采购实际金额或计划金额）的，同样如此（amount）；写了全年预算数和大于 0 的执行率、全年执行数却空白的（塘湖镇 2020），执行率和依它计算的得分无从核对，提示填写（警告）。",
        rationaleEn = "Execution, adjustment, control and utilisation rates are computed from amounts or head counts the report states, and scores rest on them. "
                + "A stated rate that differs from the one recomputed from its own figures by more than the rounding of its last printed decimal is wrong, or its figures are. "
                + "The balance rate (资金结余率) of each funds row of Fujian's department self-evaluation table, balance ÷ subtotal (小计), is checked the same way; so is the execution rate (执行率) each funds row states, full-year execution ÷ full-year budget (全年执行数 ÷ 全年预算数), within one unit of its last printed digit (forms round, cut off or round up that digit); where every amount is printed as a whole number (whole 万元, ten-thousand yuan: Xuancheng 2023's 148 and 46) and the rate to decimals, the rate was computed from the unrounded amounts, and any rate the numerator and denominator give within half a unit each (46 / 148: 30.64 % to 31.53 %) is no mismatch; a 执行率 cell holding the row's very full-year execution or budget (Luohu 2022: 1437 | 1437 | 1,437) is said to hold the amount, not a rate (amount), rather than \"stated as 1437%\", and so is a department's stated budget or procurement execution rate holding its actual expenditure or full-year budget (the procurement made or planned); a row stating its full-year budget and an execution rate above 0 but leaving its full-year execution (全年执行数) blank (Tanghu 2020) is asked to fill it in (a warning: neither the rate nor its score can be checked).",
        source = "AR-3：财预〔2013〕53号 附件2 共性指标计算公式（预算完成率、预算调整率、“三公经费”控制率、公用经费控制率、政府采购执行率、固定资产利用率、在职人员控制率）；参考报告附件2",
        sourceEn = "AR-3: MOF Caiyu [2013] No. 53, Annex 2, formulas of the common indicators (budget completion rate, budget adjustment rate, control rate of the \"three public expenses\", control rate of public expenses, government procurement execution rate, fixed-asset utilisation rate, control rate of staff in post); the reference report, Annex 2",
        messages = {
            @RuleInfo.Message(zh = "{0}写为 {1}%，按 {2} 重新计算为 {3}%，相差超出末位舍入。请核对所写比率，或其分子、分母。",
                    en = "{4} is stated as {1}%, but {2} gives {3}%: the gap exceeds the rounding of the last digit. Check the stated rate or the figures it is computed from."),
            @RuleInfo.Message(key = "score", sameAs = "", details = {5, 6},
                    zh = "{0}写为 {1}%，按 {2} 重新计算为 {3}%，相差超出末位舍入；依此所写的得分 {5} 分，按计算值为 {6} 分。请核对所写比率，或其分子、分母，并据此改正得分。",
                    en = "{4} is stated as {1}%, but {2} gives {3}%: the gap exceeds the rounding of the last digit; the score of {5} stated from it is {6} by the computed rate. Check the stated rate or the figures it is computed from, and correct the score with it."),
            @RuleInfo.Message(key = "amount", sameAs = "", details = {5, 6}, zh = "{0}一栏填的是金额 {1}（与{5}相同），不是比率：按 {2} 计算应为 {3}%。请在执行率一栏填写比率（{3}%）。",
                    en = "{4} holds the amount {1} (the same as the {6}), not a rate: {2} gives {3}%. Write the rate ({3}%) in the execution rate column."),
            @RuleInfo.Message(key = "executed-blank", zh = "{0}写为 {1}%，全年执行数却没有填写（空白）：这一执行率和依它计算的得分都无从核对。请填写全年执行数（执行率 = 全年执行数 ÷ 全年预算数 {2}）。",
                    en = "{3} is stated as {1}%, but the full-year execution (全年执行数) is left blank: neither the rate nor the score computed from it can be checked. Fill in the full-year execution (execution rate = full-year execution ÷ full-year budget, {2})."),
            @RuleInfo.Message(key = "key-tasks", zh = "重点工作完成率写为 {1}%，但有 {2} 项重点工作未完成，完成率不可能达到 100%。请更正完成率或未完成项数。",
                    en = "The key-task completion rate is stated as {1}%, yet {2} key task(s) were missed, so it cannot reach 100%. Correct the rate or the number missed.")
        })
public final class RateMismatch implements Rule {

    /** A figure of the formula: the sum of some figures, or the absolute difference of two. */
    private sealed interface Term permits Sum, AbsDiff {
    }

    private record Sum(List<String> refs) implements Term {
    }

    private record AbsDiff(String minuend, String subtrahend) implements Term {
    }

    /** A stated rate (in percent) and the formula it must equal: numerator / denominator × 100. */
    private record Rate(String nameZh, String nameEn, String stated, Term numerator, Term denominator) {
    }

    private static Sum sum(String... refs) {
        return new Sum(List.of(refs));
    }

    /** Every rate a submission states, with its formula (AR-3; 53号 附件2; the reference report's 附件2). */
    static final List<Rate> RATES = List.of(
            new Rate("预算执行率", "The budget execution rate", "budget#/stated/executionRatePercent",
                    sum("budget#/actualExpenditure"), sum("budget#/fullYearBudget")),
            new Rate("预算调整调剂率", "The budget adjustment rate", "budget#/stated/adjustmentRatePercent",
                    new AbsDiff("budget#/fullYearBudget", "budget#/initialBudget"), sum("budget#/initialBudget")),
            new Rate("“三公”经费控制率", "The 三公 expense control rate", "budget#/threePublic/stated/controlRatePercent",
                    sum("budget#/threePublic/actual"), sum("budget#/threePublic/fullYearBudget")),
            new Rate("日常公用经费控制率", "The daily public expense control rate", "budget#/dailyPublic/stated/controlRatePercent",
                    sum("budget#/dailyPublic/actual"), sum("budget#/dailyPublic/fullYearBudget")),
            new Rate("政府采购执行率", "The procurement execution rate", "budget#/procurement/stated/executionRatePercent",
                    sum("budget#/procurement/actual"), sum("budget#/procurement/plan")),
            new Rate("固定资产利用率", "The fixed-asset utilisation rate", "management#/assets/stated/utilizationRatePercent",
                    sum("management#/assets/inUse"), sum("management#/assets/originalValue")),
            new Rate("财政供养人员控制率", "The fiscal staff control rate", "management#/staffing/stated/fiscalStaffControlRatePercent",
                    sum("management#/staffing/actual"), sum("management#/staffing/authorized")),
            new Rate("编外人员控制率", "The non-establishment staff rate", "management#/staffing/stated/nonEstablishmentRatePercent",
                    sum("management#/staffing/otherStaff", "management#/staffing/dispatched"),
                    sum("management#/staffing/actual", "management#/staffing/otherStaff", "management#/staffing/dispatched")),
            new Rate("项目完成及时率", "The project timeliness rate", "management#/projects/stated/completionRatePercent",
                    sum("management#/projects/completedOnTime"), sum("management#/projects/planned")));

    /**
     * The amounts an execution rate of {@link #RATES} is computed from, as {@code amount} names them when the rate's cell
     * holds one of them (zh, en; numerator then denominator): 罗湖 2022's 1437 typed in the funds row's 执行率 cell (t71,
     * audit s48 item 9) on the department-level rates the 部门整体 forms state (session 49: no real table in t1–t106 shows it
     * there; the form class is t71's, the 执行率 cell beside the amounts it is computed from).
     */
    private static final java.util.Map<String, String[]> EXECUTION_AMOUNTS = java.util.Map.of(
            "budget#/stated/executionRatePercent", new String[] {"实际支出数", "actual expenditure (实际支出数)", "全年预算数", "full-year budget (全年预算数)"},
            "budget#/procurement/stated/executionRatePercent", new String[] {"政府采购实际金额", "procurement made (政府采购实际金额)",
                "政府采购计划金额", "procurement plan (政府采购计划金额)"});

    /**
     * Which amount an execution rate of {@link #RATES} repeats in its own cell (zh, en), or null: the rate equals, as
     * printed, its one-figure numerator or denominator, and is not 100 (the rate of a budget spent in full may be that).
     */
    private static String[] amountTyped(Rate r, BigDecimal s, Value num, Value den) {
        String[] names = EXECUTION_AMOUNTS.get(r.stated());
        if (names == null || s.compareTo(Checks.HUNDRED) == 0 || num.absDiff() || den.absDiff()) {
            return null;
        }
        if (num.figures().size() == 1 && s.compareTo(num.figures().get(0).value()) == 0) {
            return new String[] {names[0], names[1]};
        }
        if (den.figures().size() == 1 && s.compareTo(den.figures().get(0).value()) == 0) {
            return new String[] {names[2], names[3]};
        }
        return null;
    }

    /** 重点工作完成率: 100 when none was missed, below 100 otherwise (the number planned is not filed). */
    static final String KEY_TASKS_RATE = "management#/keyTasks/stated/completionRatePercent";
    static final String KEY_TASKS_MISSED = "management#/keyTasks/missed";

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Figures figures = Figures.of(submission, ctx);
        for (Rate r : RATES) {
            Optional<Figure> stated = figures.figure(r.stated()).filter(f -> !f.isMoney());
            if (stated.isEmpty()) {
                continue;
            }
            Value num = value(figures, r.numerator());
            Value den = value(figures, r.denominator());
            if (num == null || den == null || den.value().signum() == 0 || num.money() != den.money()) {
                continue;
            }
            BigDecimal s = stated.get().value();
            BigDecimal recomputed = num.value().multiply(Checks.HUNDRED).divide(den.value(), MathContext.DECIMAL128);
            if (recomputed.subtract(s).abs().compareTo(Checks.printedHalfUnit(s).add(Checks.EPSILON)) > 0
                    && !(num.money() && printedWithin(s, num, den))) {
                int scale = Math.max(2, s.scale());
                String formula = paren(num.text()) + " / " + paren(den.text()) + " × 100";
                String rate = recomputed.setScale(scale, RoundingMode.HALF_UP).toPlainString();
                String[] amount = amountTyped(r, s, num, den);
                if (amount != null) {
                    ctx.report("amount", stated.get().src(), r.nameZh(), Checks.num(s), formula, rate, r.nameEn(), amount[0], amount[1]);
                    continue;
                }
                ctx.report("", stated.get().src(), r.nameZh(), Checks.num(s), formula, rate, r.nameEn());
            }
        }
        fundsBalanceRates(figures, ctx);
        Optional<Figure> keyRate = figures.figure(KEY_TASKS_RATE).filter(f -> !f.isMoney());
        Optional<Figure> missed = figures.figure(KEY_TASKS_MISSED).filter(f -> !f.isMoney());
        if (keyRate.isPresent() && missed.isPresent()) {
            BigDecimal s = keyRate.get().value();
            BigDecimal m = missed.get().value();
            if (m.signum() == 0 && s.subtract(Checks.HUNDRED).abs().compareTo(Checks.printedHalfUnit(s).add(Checks.EPSILON)) > 0) {
                ctx.report("", keyRate.get().src(), "重点工作完成率", Checks.num(s), "missed = 0", "100",
                        "The key-task completion rate");
            } else if (m.signum() > 0 && s.compareTo(Checks.HUNDRED) >= 0) {
                ctx.report("key-tasks", keyRate.get().src(), "重点工作完成率", Checks.num(s), Checks.num(m));
            }
        }
    }

    /**
     * Each funds row's 资金结余率 (福建's 部门整体支出绩效自评表): 结余 ÷ 小计 × 100, the 结余 as printed or, where it is not, 小计 −
     * 拨付; within the rounding of the printed rate's last digit (7% for 7.44%, as the 2018 form prints whole percentages).
     */
    private static void fundsBalanceRates(Figures figures, RuleContext ctx) {
        tools.jackson.databind.JsonNode funds = figures.submission().node("budget", "/funds");
        if (funds == null || !funds.isObject()) {
            return;
        }
        tools.jackson.databind.JsonNode components = funds.get("components");
        int count = components != null && components.isArray() ? components.size() : 0;
        boolean totalSaid = false; // the total row's 执行率 reported as not matching its figures
        for (int k = -1; k < count; k++) {
            // the row's node as the funds object holds it (its figures are read by reference only where it states a rate)
            tools.jackson.databind.JsonNode n = k < 0 ? funds.get("total") : components.get(k);
            String row = k < 0 ? "/funds/total" : "/funds/components/" + k;
            if (n != null && n.has("executionRatePercent") && !(k >= 0 && totalSaid && sameRate(funds.get("total"), n))) {
                boolean said = executionRate(figures, funds, n, row, k, ctx);
                totalSaid = k < 0 && said;
            }
            if (n == null || !n.has("balanceRatePercent")) {
                continue; // no rate stated (most rows): its figure would be empty, the row's others unread
            }
            Optional<Figure> stated = figures.figure("budget#" + row + "/balanceRatePercent").filter(f -> !f.isMoney());
            Optional<Figure> fullYear = figures.figure("budget#" + row + "/fullYear").filter(f -> !f.isMoney());
            if (stated.isEmpty() || fullYear.isEmpty() || fullYear.get().value().signum() == 0) {
                continue;
            }
            Optional<Figure> balance = figures.figure("budget#" + row + "/balance").filter(f -> !f.isMoney());
            Optional<Figure> executed = figures.figure("budget#" + row + "/executed").filter(f -> !f.isMoney());
            BigDecimal num;
            String numText;
            if (balance.isPresent()) {
                num = balance.get().value();
                numText = Checks.num(num);
            } else if (executed.isPresent()) {
                num = fullYear.get().value().subtract(executed.get().value());
                numText = "(" + Checks.num(fullYear.get().value()) + " − " + Checks.num(executed.get().value()) + ")";
            } else {
                continue;
            }
            BigDecimal s = stated.get().value();
            BigDecimal recomputed = num.multiply(Checks.HUNDRED).divide(fullYear.get().value(), MathContext.DECIMAL128);
            BigDecimal half = wholeAmountsHalfUnit(funds);
            if (recomputed.subtract(s).abs().compareTo(Checks.printedHalfUnit(s).add(Checks.EPSILON)) > 0
                    && !(half != null && within(s, Checks.printedHalfUnit(s), num, balance.isPresent() ? half : half.add(half),
                            fullYear.get().value(), half))) {
                String label = Checks.quote(n.path("label").asString(""));
                ctx.report("", stated.get().src(), rowRateZh(label, k, "资金结余率"), Checks.num(s),
                        numText + " / " + Checks.num(fullYear.get().value()) + " × 100",
                        recomputed.setScale(Math.max(2, s.scale()), RoundingMode.HALF_UP).toPlainString(),
                        rowRateEn(label, k, "The balance rate (资金结余率)"));
            }
        }
    }

    /**
     * A funds row's 执行率 against its own 全年执行数 ÷ 全年预算数 × 100, within one unit of the printed rate's last digit
     * (宁夏 福彩中心 2023, t61: 47.68 / 50 printed 95.00% on both rows, 95.36 %). Only a row that states both amounts is
     * held to them; a rate alone (the total row of a table that gives only its components' amounts) is left to the score.
     */
    private static boolean executionRate(Figures figures, tools.jackson.databind.JsonNode funds, tools.jackson.databind.JsonNode n,
                                         String row, int k, RuleContext ctx) {
        Optional<Figure> stated = figures.figure("budget#" + row + "/executionRatePercent").filter(f -> !f.isMoney());
        Optional<Figure> fullYear = figures.figure("budget#" + row + "/fullYear").filter(f -> !f.isMoney());
        Optional<Figure> executed = figures.figure("budget#" + row + "/executed").filter(f -> !f.isMoney());
        if (stated.isEmpty() || fullYear.isEmpty() || fullYear.get().value().signum() == 0) {
            return false;
        }
        if (executed.isEmpty()) {
            executedBlank(funds, n, k, stated.get(), fullYear.get(), ctx);
            return false;
        }
        BigDecimal s = stated.get().value();
        BigDecimal recomputed = executed.get().value().multiply(Checks.HUNDRED).divide(fullYear.get().value(), MathContext.DECIMAL128);
        // a whole unit of the last printed digit: the forms' systems round, cut off (湖北 2021's 99 for 99.985, 临湘 2023's
        // 97.80 for 97.809, 袁州 2022's 95.8 for 95.86) or round up (普陀 2022's 86.19 for 86.183) their last digit
        BigDecimal unit = Checks.printedHalfUnit(s).multiply(BigDecimal.valueOf(2));
        if (recomputed.subtract(s).abs().compareTo(unit.add(Checks.EPSILON)) > 0
                && !withinPrintedAmounts(s, unit, executed.get().value(), fullYear.get().value(), wholeAmountsHalfUnit(funds))) {
            String label = Checks.quote(n.path("label").asString("")).strip();
            String formula = Checks.num(executed.get().value()) + " / " + Checks.num(fullYear.get().value()) + " × 100";
            String rate = recomputed.setScale(Math.max(2, s.scale()), RoundingMode.HALF_UP).toPlainString();
            // 罗湖 2022 (t71): 1437 | 1437 | 1,437, the amount printed again in the 执行率 cell; "写为 1437%" put a % on it the
            // table never printed (audit s48 item 9). Not a rate of 100, the one a row of 100 spent may well state
            boolean asExecuted = s.compareTo(executed.get().value()) == 0;
            if ((asExecuted || s.compareTo(fullYear.get().value()) == 0) && s.compareTo(Checks.HUNDRED) != 0) {
                ctx.report("amount", stated.get().src(), rowRateZh(label, k, "执行率"), s.toPlainString(), formula, rate,
                        rowRateEn(label, k, "The execution rate (执行率)"), asExecuted ? "全年执行数" : "全年预算数",
                        asExecuted ? "full-year execution (全年执行数)" : "full-year budget (全年预算数)");
                return true;
            }
            ctx.report("", stated.get().src(), rowRateZh(label, k, "执行率"), s.toPlainString(), formula, rate,
                    rowRateEn(label, k, "The execution rate (执行率)"));
            return true;
        }
        return false;
    }

    /**
     * 0.5 (half of the unit the amounts are printed in) where every amount of the funds block is a whole number, as
     * 宣城 2023's 148 / 46 / 102 / 0 in 万元 (t134): the block's rates, printed to 0.01 %, were computed from amounts
     * finer than the print (audit s58 A13 A1, session 58); null where any amount has decimals, as 宁夏 2023's 47.68
     * (t61), which makes its 50 a 50.00 (JSON drops trailing zeros, so one amount with decimals sets the scale of all):
     * a rate is then held to the amounts as printed.
     */
    private static BigDecimal wholeAmountsHalfUnit(tools.jackson.databind.JsonNode funds) {
        for (tools.jackson.databind.JsonNode row : rows(funds)) {
            for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> e : row.properties()) {
                if (e.getValue().isNumber() && !e.getKey().endsWith("Percent") && e.getValue().decimalValue().scale() > 0) {
                    return null;
                }
            }
        }
        return halfUnit(0);
    }

    private static BigDecimal halfUnit(int scale) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, scale)).divide(BigDecimal.valueOf(2));
    }

    /** The total row and the source rows of a funds block, those that are objects. */
    private static List<tools.jackson.databind.JsonNode> rows(tools.jackson.databind.JsonNode funds) {
        List<tools.jackson.databind.JsonNode> rows = new ArrayList<>();
        if (funds.get("total") != null && funds.get("total").isObject()) {
            rows.add(funds.get("total"));
        }
        tools.jackson.databind.JsonNode components = funds.get("components");
        if (components != null && components.isArray()) {
            for (tools.jackson.databind.JsonNode c : components) {
                if (c.isObject()) {
                    rows.add(c);
                }
            }
        }
        return rows;
    }

    /**
     * Whether the stated rate {@code s} (within {@code tolerance}) could be {@code num / den × 100} for some unrounded
     * amounts that print as {@code num} and {@code den}: each within its half unit, the quotient anywhere in [(num − ½u) /
     * (den + ½u), (num + ½u) / (den − ½u)] (宣城 2023, t134: 46 / 148 printed in whole 万元 is 30.64 … 31.53 %, so 31.00 %
     * is consistent with the print; 宁夏 2023's 47.68 / 50.00 is 95.34 … 95.38 %, 95.00 % is not).
     */
    static boolean within(BigDecimal s, BigDecimal tolerance, BigDecimal num, BigDecimal numHalf, BigDecimal den, BigDecimal denHalf) {
        BigDecimal denLow = den.subtract(denHalf);
        if (denLow.signum() <= 0 || num.signum() < 0) {
            return false;
        }
        BigDecimal numLow = num.subtract(numHalf).max(BigDecimal.ZERO);
        BigDecimal low = numLow.multiply(Checks.HUNDRED).divide(den.add(denHalf), MathContext.DECIMAL128);
        BigDecimal high = num.add(numHalf).multiply(Checks.HUNDRED).divide(denLow, MathContext.DECIMAL128);
        BigDecimal t = tolerance.add(Checks.EPSILON);
        return s.compareTo(low.subtract(t)) >= 0 && s.compareTo(high.add(t)) <= 0;
    }

    /**
     * {@link #within} for a rate of {@link #RATES} computed from money whose amounts are all whole numbers (of 万元 or
     * 元): each amount within half its unit (in 元, the unit they are compared in), a sum or difference of n amounts n
     * halves. Amounts with decimals, and head counts (exact), keep the last-digit tolerance alone.
     */
    private static boolean printedWithin(BigDecimal s, Value num, Value den) {
        BigDecimal half = null;
        for (Figure f : concat(num.figures(), den.figures())) {
            if (f.value().scale() > 0) {
                return false;
            }
            half = finer(half, f);
        }
        return within(s, Checks.printedHalfUnit(s), num.value(), half.multiply(BigDecimal.valueOf(num.figures().size())),
                den.value(), half.multiply(BigDecimal.valueOf(den.figures().size())));
    }

    /** The smaller of {@code half} and half the unit of {@code f}'s last printed digit, in 元. */
    private static BigDecimal finer(BigDecimal half, Figure f) {
        BigDecimal h = new io.github.jixiao.model.Money(halfUnit(f.value().scale()), f.unit(), f.src()).yuan();
        return half == null || h.compareTo(half) < 0 ? h : half;
    }

    private static List<Figure> concat(List<Figure> a, List<Figure> b) {
        List<Figure> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean withinPrintedAmounts(BigDecimal s, BigDecimal tolerance, BigDecimal num, BigDecimal den, BigDecimal half) {
        return half != null && within(s, tolerance, num, half, den, half);
    }

    /**
     * Whether a source row states the very 全年预算数, 全年执行数 and 执行率 of the total row: the total's only source (宁夏
     * 福彩中心 2023, t61: 50 | 47.68 | 95.00% on 年度资金总额 and on 其中:中央财政补助, the rest blank). Its 执行率 is the
     * total's, and one correction mends both, so a mismatch is said once, at the total (session 47; it was two errors).
     * Compared as numbers ("95" and "95.00" are one rate); a source row differing in any of the three is checked on its own.
     */
    private static boolean sameRate(tools.jackson.databind.JsonNode total, tools.jackson.databind.JsonNode component) {
        if (total == null) {
            return false;
        }
        for (String field : List.of("fullYear", "executed", "executionRatePercent")) {
            tools.jackson.databind.JsonNode a = total.get(field);
            tools.jackson.databind.JsonNode b = component.get(field);
            if (a == null || b == null || !a.isNumber() || !b.isNumber() || a.decimalValue().compareTo(b.decimalValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A funds row that states its 全年预算数 and a 执行率 above 0 but leaves its 全年执行数 blank (塘湖镇 2020, t69: 864.2 |
     * blank | 100% | 得分 20): the rate, and the score the form computes from it, rest on no figure (a warning: the rate may
     * be right). Not a rate of 0 (a system's 0.0% for the blank cell, 九亭镇 2020's 其他资金), not a row printing no amounts
     * at all (重庆 2021's total row: the rate, weight and score only), and not a total row whose components carry their
     * 执行数 (sum-mismatch {@code funds-blank} says that the total row was left blank).
     */
    private static void executedBlank(tools.jackson.databind.JsonNode funds, tools.jackson.databind.JsonNode rowNode, int k,
                                      Figure stated, Figure fullYear, RuleContext ctx) {
        if (stated.value().signum() <= 0 || rowNode.has("executed")) {
            return; // (a row holding executed that is no figure: another rule's finding)
        }
        tools.jackson.databind.JsonNode components = funds.get("components");
        if (k < 0 && components != null && components.isArray()) {
            for (tools.jackson.databind.JsonNode c : components) {
                if (c.has("executed")) {
                    return;
                }
            }
        }
        String label = Checks.quote(rowNode.path("label").asString("")).strip();
        String unit = funds.path("unit").asString("");
        String budget = Checks.num(fullYear.value()) + (unit.isBlank() ? "" : " " + unit);
        ctx.report(Severity.WARNING, "executed-blank", stated.src(), null, rowRateZh(label, k, "执行率"),
                stated.value().toPlainString(), budget, rowRateEn(label, k, "The execution rate (执行率)"));
    }

    /**
     * A funds row's rate as the message names it: by the row's label; a row with no label (budget.json typed by hand) by
     * its place, the total row (k -1) or the n-th source row (session 35 for the 执行率; since session 36 the 资金结余率 too,
     * which read 资金行“”的资金结余率).
     */
    private static String rowRateZh(String label, int k, String rate) {
        return !label.isBlank() ? "资金行“" + label + "”的" + rate : k < 0 ? "资金合计行的" + rate : "第 " + (k + 1) + " 个资金来源行的" + rate;
    }

    /** As above, in English: {@code rate} is the rate's English name with its gloss ("The execution rate (执行率)"). */
    private static String rowRateEn(String label, int k, String rate) {
        return !label.isBlank() ? rate + " of the funds row \"" + label + "\"" : k < 0 ? rate + " of the funds total row"
                : rate + " of funds source row " + (k + 1);
    }

    private static String paren(String text) {
        return text.contains(" + ") ? "(" + text + ")" : text;
    }

    /** A term's value (money in 元) and its figures; null when a figure is missing. */
    private record Value(BigDecimal value, boolean money, List<Figure> figures, boolean absDiff) {
        /** How the term reads ("6 + 34", "|60 − 50|"): made for a rate reported only. */
        String text() {
            List<String> texts = figures.stream().map(f -> Checks.num(f.value())).toList();
            return absDiff ? "|" + texts.get(0) + " − " + texts.get(1) + "|" : String.join(" + ", texts);
        }
    }

    private static Value value(Figures s, Term t) {
        List<Figure> figs = new ArrayList<>();
        List<String> refs = t instanceof Sum sum ? sum.refs() : List.of(((AbsDiff) t).minuend(), ((AbsDiff) t).subtrahend());
        for (String ref : refs) {
            Optional<Figure> f = s.figure(ref);
            if (f.isEmpty()) {
                return null;
            }
            figs.add(f.get());
        }
        boolean money = figs.get(0).isMoney();
        BigDecimal sum = BigDecimal.ZERO;
        for (Figure f : figs) {
            if (f.isMoney() != money) {
                return null;
            }
        }
        if (t instanceof AbsDiff) {
            return new Value(yuanOrValue(figs.get(0)).subtract(yuanOrValue(figs.get(1))).abs(), money, figs, true);
        }
        for (Figure f : figs) {
            sum = sum.add(yuanOrValue(f));
        }
        return new Value(sum, money, figs, false);
    }

    private static BigDecimal yuanOrValue(Figure f) {
        return f.isMoney() ? f.money().yuan() : f.value();
    }
}
