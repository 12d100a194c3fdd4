package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The three ceilings of a department's 基础数据表 (MOF-53 附件2's 在职人员控制率, 公用经费控制率, "三公经费"控制率): staff in
 * post above the establishment, 日常公用经费 or 三公经费 spent above their budget. 衡山县贯塘乡 2023 (t70): 在职 50 of 编制 46
 * (控制率 108.70 %), 公用经费 193.42 spent of 85.76 budgeted (225.54 %), neither said by anything before this rule.
 */
@RuleInfo(
        id = "control-limit-exceeded",
        severity = Severity.WARNING,
        category = Category.PLAUSIBILITY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "在职人数超编制，或公用经费、三公经费超预算",
        titleEn = "Staff above the establishment, or public or \"three public\" expenses above their budget",
        rationaleZh = "部门整体支出的基础数据中有三个控制数：在职人员控制率（在职人数 / 编制数）、日常公用经费控制率和“三公”经费控制率（决算数 / 预算数），"
                + "各地评分表都以不超过 100% 为满分，超出即扣分或不得分。在职人数超过核定编制，或公用经费、三公经费的决算数超过预算数，是财政部门审核时必问的问题："
                + "要么数字填错了（编制数写成了上年的、预算数写成了年初数而年中另有追加），要么确实超编、超支，须说明原因和依据。"
                + "有全年（调整后）预算数的与其比较，只有年初预算数的与年初数比较；只填了控制率、没有人数或金额的，控制率超过 100% 的同样报告。人数或金额缺一项、预算数为 0 而支出也为 0 的，不报告。",
        rationaleEn = "A department's basic data carry three ceilings: the staff control rate (staff in post / the establishment), the routine public expenses "
                + "control rate and the \"three public expenses\" control rate (spent / budgeted); every local scoring table gives full marks at no more "
                + "than 100 % and marks down or zeroes anything above. Staff in post above the approved establishment, or routine public or three public "
                + "expenses spent above their budget, is a question the finance bureau always asks: either a figure is wrong (last year's establishment, the "
                + "initial budget where a supplement came later), or the unit really is over its establishment or overspent, and must say why and on what "
                + "authority. Spending is held to the full-year (adjusted) budget where there is one, else to the initial budget; a stated control rate above "
                + "100 % with no counts or amounts beside it is reported too. Nothing is reported where a figure is missing, or where nothing was budgeted and nothing spent.",
        source = "MOF-53 附件2（在职人员控制率、公用经费控制率、“三公经费”控制率）；岳阳 部门整体支出评分表、53号衍生的省级指标表（≤ 100% 满分，超出每个百分点扣分）；"
                + "参考报告附件2（公用经费控制率 > 100% 不得分）；湖南 衡山县贯塘乡 2023 部门整体支出绩效评价基础数据表（编制 46、在职 50，控制率 108.70%；公用经费预算 85.76、决算 193.42）",
        sourceEn = "MOF-53 Annex 2 (staff control rate, public expenses control rate, three public expenses control rate); Yueyang's department scoring table and a "
                + "provincial table derived from No. 53 (full marks at ≤ 100 %, marked down per point above); the reference report's Annex 2 (public expenses "
                + "control rate above 100 % scores 0); Guantang township of Hengshan (Hunan) 2023 department basic data table (establishment 46, in post 50, "
                + "108.70 %; public expenses budgeted 85.76, spent 193.42)",
        messages = {
            @RuleInfo.Message(key = "staff", zh = "在职人数 {0} 超过核定编制数 {1}（在职人员控制率 {2}，超出 {3} 人）。请核对这两个数（编制数是否为本年核定的数，在职人数是否按年末实有在编人数、含工勤）；确已超编的，请在自评报告中说明超编的原因和依据。",
                    en = "Staff in post, {0}, exceed the approved establishment, {1} (staff control rate {2}, {3} over). Check both figures (the establishment approved for this year; staff in post at the year's end, support staff included); if the unit really is over its establishment, give the reason and the authority for it in the self-evaluation report."),
            @RuleInfo.Message(key = "staff-stated", zh = "所填在职人员（财政供养人员）控制率 {0} 超过 100%，即在职人数超过核定编制数，而没有填写编制数和在职人数可以核对。请填写核定编制数和年末在职人数并核对；确已超编的，请在自评报告中说明原因和依据。",
                    en = "The staff control rate filled in, {0}, is above 100 %: staff in post above the approved establishment, with no establishment and staff count given to check it. Fill in the approved establishment and the staff in post at the year's end and check them; if the unit really is over its establishment, give the reason and the authority for it in the self-evaluation report."),
            @RuleInfo.Message(key = "expense", zh = "{0}决算数 {1}，超过{2} {3}（控制率 {4}，超出 {5}）。请核对这两个数（预算年中有追加的，预算数应为调整后的数；决算数是否只含{0}）及其单位；确有超支的，请在自评报告中说明原因和资金来源。",
                    en = "{6}: {1} spent, above the {7}, {3} (control rate {4}, {5} over). Check both figures (where the budget was supplemented during the year, the budget is the adjusted one; whether the spending counts {6} alone) and their unit; if it really was overspent, give the reason and the source of the money in the self-evaluation report."),
            @RuleInfo.Message(key = "expense-initial", sameAs = "expense", unprinted = {2, 7},
                    zh = "{0}决算数 {1}，超过年初预算数 {3}（表中没有全年预算数，按年初数核对；控制率 {4}，超出 {5}）。请核对这两个数（预算年中有追加的，预算数应为调整后的数；决算数是否只含{0}）及其单位；确有超支的，请在自评报告中说明原因和资金来源。",
                    en = "{6}: {1} spent, above the initial budget, {3} (no full-year budget is given, so the initial one is used; control rate {4}, {5} over). Check both figures (where the budget was supplemented during the year, the budget is the adjusted one; whether the spending counts {6} alone) and their unit; if it really was overspent, give the reason and the source of the money in the self-evaluation report."),
            @RuleInfo.Message(key = "expense-stated", zh = "所填{0}控制率 {1} 超过 100%，即决算数超过预算数，而没有填写预算数和决算数可以核对。请填写预算数和决算数并核对；确有超支的，请在自评报告中说明原因和资金来源。",
                    en = "The {2} control rate filled in, {1}, is above 100 %: spending above the budget, with no budget and spending given to check it. Fill in the budget and the spending and check them; if it really was overspent, give the reason and the source of the money in the self-evaluation report.")
        })
public final class ControlLimitExceeded implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Figures figures = Figures.of(submission, ctx);
        staff(figures, ctx);
        expense(figures, ctx, "dailyPublic", "日常公用经费", "Routine public expenses", "routine public expenses");
        expense(figures, ctx, "threePublic", "“三公”经费", "\"Three public expenses\"", "three public expenses");
    }

    private static void staff(Figures figures, RuleContext ctx) {
        Optional<Figure> actual = figures.figure("management#/staffing/actual");
        Optional<Figure> authorized = figures.figure("management#/staffing/authorized");
        if (actual.isPresent() && authorized.isPresent()) {
            BigDecimal a = actual.get().value();
            BigDecimal e = authorized.get().value();
            if (e.signum() > 0 && a.compareTo(e) > 0) {
                ctx.report("staff", actual.get().src(), Checks.num(a), Checks.num(e), rate(a, e), Checks.num(a.subtract(e)));
            }
            return;
        }
        Optional<Figure> stated = figures.figure("management#/staffing/stated/fiscalStaffControlRatePercent");
        if (actual.isEmpty() && authorized.isEmpty() && stated.isPresent() && stated.get().value().compareTo(HUNDRED) > 0) {
            ctx.report("staff-stated", stated.get().src(), Checks.pct(stated.get().value()));
        }
    }

    private static void expense(Figures figures, RuleContext ctx, String block, String zh, String en, String enLower) {
        Optional<Money> actual = figures.money("budget#/" + block + "/actual");
        Optional<Money> full = figures.money("budget#/" + block + "/fullYearBudget");
        Optional<Money> initial = figures.money("budget#/" + block + "/initialBudget");
        Optional<Money> budget = full.isPresent() ? full : initial;
        if (actual.isPresent() && budget.isPresent()) {
            Money a = actual.get();
            Money b = budget.get();
            BigDecimal ay = a.in(Money.YUAN);
            BigDecimal by = b.in(Money.YUAN);
            // printed finer than the budget (193.421 of 85.76): compared at the budget's places, as execution-over-budget does
            BigDecimal over = ay.subtract(by);
            if (ay.signum() > 0 && over.compareTo(halfUnit(b)) > 0) {
                String budgetZh = full.isPresent() ? "全年（调整后）预算数" : "年初预算数（表中没有全年预算数）";
                String budgetEn = full.isPresent() ? "full-year (adjusted) budget" : "initial budget (no full-year budget is given)";
                String rate = by.signum() > 0 ? rate(ay, by) : "—";
                Money excess = new Money(a.in(a.unit()).subtract(b.in(a.unit())), a.unit(), a.src());
                // against the 年初预算数 where the table gives no 全年预算数: said as its own wording, the parenthesis after the
                // figure (衡山官塘 2023, t70, read "超过年初预算数（表中没有全年预算数） 85.76 万元", "exceeds by 85.76": audit s52
                // B3); the same finding, its arguments kept
                ctx.report(full.isPresent() ? "expense" : "expense-initial", a.src(), zh, Checks.money(a), budgetZh, Checks.money(b), rate, Checks.money(excess), en,
                        budgetEn);
            }
            return;
        }
        Optional<Figure> stated = figures.figure("budget#/" + block + "/stated/controlRatePercent");
        if (actual.isEmpty() && budget.isEmpty() && stated.isPresent() && stated.get().value().compareTo(HUNDRED) > 0) {
            ctx.report("expense-stated", stated.get().src(), zh, Checks.pct(stated.get().value()), enLower);
        }
    }

    /** Half a unit of the budget's last printed place, in yuan (85.76 万元: 0.005 万元, 50 元). */
    private static BigDecimal halfUnit(Money budget) {
        BigDecimal half = Checks.moneyHalfUnit(budget.value());
        return new Money(half, budget.unit(), budget.src()).in(Money.YUAN);
    }

    private static String rate(BigDecimal part, BigDecimal whole) {
        return Checks.pct(part.multiply(HUNDRED).divide(whole, 10, RoundingMode.HALF_UP));
    }
}
