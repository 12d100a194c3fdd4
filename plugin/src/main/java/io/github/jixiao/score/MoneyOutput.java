package io.github.jixiao.score;

import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Direction;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.util.ArrayList;
import java.util.List;

/**
 * An 产出 row whose target is an amount of money: the money put in (卫片执法补助经费 "= 72890 元", 丽江 2020, t6) or the
 * budget written bare under a money name (工程资金金额 43.2 beside a funds block of 43.2 万元, 廊坊 2019, t11), not work
 * done (ST-7). One reading for the lint rule that says so (indicator-input-as-output, its plain variant) and for the
 * scorer, which does not score such a row by its target and actual: the money spent against the money planned is the
 * 预算执行率's to score, and a row that restates it would count the same shortfall twice (t11: 37.24 / 43.2 scored 8.62
 * beside the execution row) or raise the unit's own score of a row that measures nothing done (t6: 9 → 10). A printed
 * score is taken as stated, unchecked; a row without one is left unscored ({@link #leftOut}), and the rules that would
 * ask it to deduct for the money not spent (score-ignores-missed-target, indicator-target-missed) do not (session 51).
 */
public final class MoneyOutput {

    /** Names of money: a bare "150万" under them is an amount. */
    private static final String[] MONEY_NAMES = {
            "资金", "经费", "费用", "投资", "补助", "补贴", "奖励", "奖补", "金额", "支出", "预算", "成本", "拨款", "款项", "费"};

    private MoneyOutput() {
    }

    /**
     * Whether {@code i} is an 产出 row (a 二级 given, not a cost category) whose target is money: an amount with its 元, an
     * amount without it where the row says it is money, or a bare figure under a money name that is one of {@code s}'s
     * budget totals as printed.
     */
    public static boolean restated(Submission s, Indicator i) {
        TargetValue t = i.targetValue();
        // the target first: the scorer asks this of every row with a printed score, and few hold an amount or a bare figure
        // (the category's name is normalised only for those)
        if (!t.isAmount() && !(t.isQuantitative() && !t.isRange() && t.unit().isEmpty() && t.low() != null)) {
            return false;
        }
        if (!output(i.level1()) || i.level2() == null || i.level2().isBlank()
                || Direction.isCostCategory(i.level1(), i.level2())) {
            return false;
        }
        return t.isMoney() || amountWithoutYuan(i, t) || bareUnderMoneyName(i, t) && isBudgetAsPrinted(t, budgets(s));
    }

    /**
     * Whether {@code i} is a {@link #restated} row that carries points and prints no 得分: the scorer has neither a score
     * to take as stated nor an output to score it by (its ratio would count the spending's shortfall a second time beside
     * the 预算执行率), and leaves it unscored; indicator-input-as-output says so at its target ({@code unscored}).
     */
    public static boolean leftOut(Submission s, Indicator i) {
        return i.score() == null && i.points() != null && i.points().signum() > 0 && spending(s, i);
    }

    /**
     * Whether {@code i} is a {@link #restated} row whose shortfall is money not spent, the 预算执行率's: not a ceiling
     * ("≤ 800 元" on a 数量 row is a cost control misfiled, whose actual above it is a standard broken, which the
     * execution rate does not score; scored by target / actual as before, and over-cap still asked of it at full points).
     */
    public static boolean spending(Submission s, Indicator i) {
        io.github.jixiao.target.Comparator c = i.targetValue().comparator();
        return c != io.github.jixiao.target.Comparator.LE && c != io.github.jixiao.target.Comparator.LT && restated(s, i);
    }

    /** Whether a 一级 as printed is 产出 (产出指标, 产出目标, 产出 typed without its 指标). */
    static boolean output(String level1) {
        String n = level1 == null ? "" : Taxonomy.normalise(Taxonomy.goalAsIndicator(level1));
        return n.equals("产出指标") || n.equals("产出");
    }

    /**
     * "150万" (元 left off) read as the amount {@link TargetValue#amountUnit()} makes of it where the row says it is money:
     * a 度量单位 of money ("万元" beside "150"), or, with no unit or a bare 万 in the column, a name that names money
     * (专项资金, 补助经费, 投资额 …). A bare "3万" under 受益群众, 接待游客 or 新增就业 counts people, not yuan; a count
     * written with its unit ("1.5万人次", "1万份") is no amount to begin with.
     */
    public static boolean amountWithoutYuan(Indicator i, TargetValue t) {
        if (!t.isAmount()) {
            return false;
        }
        String column = i.columns() == null ? null : i.columns().unit();
        if (column != null && !column.isBlank()) {
            String u = TargetParser.unitOf(column);
            if (TargetParser.isMoneyUnit(u)) {
                return true;
            }
            if (!"万".equals(u) && !"亿".equals(u)) {
                return false;
            }
        }
        return moneyName(i.label());
    }

    /**
     * A bare number, no unit written with it or in a 度量单位 column, under a name that names money (廊坊 2019's 产出 row
     * 工程资金金额 43.2, the funds block's 43.2 万元): it is an amount only where it is a budget total as the funds block
     * prints it ({@link #isBudgetAsPrinted}), not under 补助人数 or the like.
     */
    public static boolean bareUnderMoneyName(Indicator i, TargetValue t) {
        if (!t.isQuantitative() || t.isRange() || !t.unit().isEmpty() || t.low() == null) {
            return false;
        }
        String column = i.columns() == null ? null : i.columns().unit();
        return (column == null || column.isBlank()) && moneyName(i.label());
    }

    /** Whether {@code t}'s number is one of the budget totals in the unit each is printed in (43.2 for 43.2 万元). */
    public static boolean isBudgetAsPrinted(TargetValue t, List<Money> budgets) {
        for (Money b : budgets) {
            if (b.value().signum() > 0 && b.value().compareTo(t.low()) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The budget totals of {@code s}: the funds block's full-year and initial, then budget.json's. */
    public static List<Money> budgets(Submission s) {
        List<Money> out = new ArrayList<>();
        Funds f = s.funds();
        if (f != null && f.total() != null) {
            for (Funds.Column c : List.of(Funds.Column.FULL_YEAR, Funds.Column.INITIAL)) {
                if (f.total().get(c) != null) {
                    out.add(f.total().get(c));
                }
            }
        }
        s.money("budget#/fullYearBudget").ifPresent(out::add);
        s.money("budget#/initialBudget").ifPresent(out::add);
        return out;
    }

    private static boolean moneyName(String label) {
        if (label == null) {
            return false;
        }
        for (String w : MONEY_NAMES) {
            if (label.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
