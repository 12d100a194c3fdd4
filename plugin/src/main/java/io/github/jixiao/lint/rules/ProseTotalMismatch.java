package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@RuleInfo(
        id = "prose-total-mismatch",
        severity = Severity.WARNING,
        category = Category.ARITHMETIC,
        titleZh = "文字中的合计与分项对不上",
        titleEn = "Amounts in the text do not add up to their total",
        rationaleZh = "年度总体目标、实际完成情况中写“共 X 万元：a 万元用于……；b 万元用于……”时，分项之和应等于合计。容差与 sum-mismatch 相同："
                + "每个数按其末位的半个单位（金额至少按两位小数）计，差额达到或超过各数半个单位之和的，四舍五入解释不了。"
                + "不报告：差额在四舍五入范围内的；文字中少于三个金额，或第一个金额后没有“：”“其中”“包括”引出分项的（无法确定哪个是合计）；有金额超过 40 位数字的（没有哪项预算有这么大的数）。",
        rationaleEn = "Where the overall goal or its actual completion says \"X × 10,000 yuan in all: a for …; b for …\", the parts add up to the total. The tolerance is "
                + "sum-mismatch's: half a unit of each figure's last decimal (money at least to two decimals); a gap of that sum or more cannot come from rounding half up."
                + " Not flagged: gaps within rounding; texts with fewer than three amounts, or whose first amount is not followed by \"：\" (colon), \"其中\" (of which) or \"包括\" (including) introducing the parts (which figure is the total cannot be told); texts with an amount of more than 40 digits (no budget has such a figure).",
        source = "棠溪 2022 实例（“完成预算资金 89.97 万元：30 万元……；30 万元……；29.99 万元……”）；sum-mismatch 的容差",
        sourceEn = "Tangxi 2022 example (\"budget funds of 899,700 yuan completed: 300,000 yuan …; 300,000 yuan …; 299,900 yuan …\"); sum-mismatch's tolerance",
        messages = {
            @RuleInfo.Message(zh = "{0}中的分项 {1} 合计 {2}，与所写总数 {3} 相差 {4}，而四舍五入只能解释小于 {5} 的差额。请核对总数和各分项。",
                    en = "In the {6}, the parts {1} add up to {2}, not the stated total {3}: a gap of {4}, while rounding can only explain a gap smaller than {5}. Check the total and its parts.")
        })
public final class ProseTotalMismatch implements Rule {

    /** What may follow a total before its parts: "：", "，其中", "（其中", "包括", "用于". */
    private static final Pattern LEAD = Pattern.compile("^\\s*[（(]?\\s*(：|:|，其中|,其中|其中|，包括|包括|，分别|分别)");

    @Override
    public void check(Submission s, RuleContext ctx) {
        for (String part : List.of("expected", "adjusted", "achieved")) {
            String zh = part.equals("achieved") ? "年度总体目标实际完成情况" : "年度总体目标";
            String en = part.equals("achieved") ? "overall goal's actual completion" : "overall goal";
            for (String[] e : Checks.texts(s, "/overallGoals/" + part)) {
                check(s, ctx, e, zh, en);
            }
        }
    }

    private static void check(Submission s, RuleContext ctx, String[] e, String zh, String en) {
        String text = e[1];
        if (text.indexOf('元') < 0) {
            return; // every amount ends in 元: none here, and three are needed
        }
        List<Checks.ProseAmount> a = Checks.amounts(text);
        if (a.size() < 3 || a.stream().anyMatch(p -> p.value() == null)) {
            return; // an amount of more digits than any budget has (Checks.MAX_AMOUNT_DIGITS) is no figure to add up
        }
        Checks.ProseAmount total = a.get(0);
        if (!LEAD.matcher(text.substring(total.end())).find()) {
            return;
        }
        List<Checks.ProseAmount> parts = new ArrayList<>(a.subList(1, a.size()));
        String unit = total.unit();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = Checks.moneyHalfUnit(total.value());
        StringBuilder shown = new StringBuilder();
        for (Checks.ProseAmount p : parts) {
            Money m = p.money();
            sum = sum.add(m.in(unit));
            tolerance = tolerance.add(new Money(Checks.moneyHalfUnit(p.value()), p.unit(), null).in(unit));
            if (shown.length() > 0) {
                shown.append(" + ");
            }
            shown.append(Checks.num(p.value()));
        }
        BigDecimal gap = sum.subtract(total.money().in(unit)).abs();
        // rounding half up, a gap of exactly the summed half-units cannot arise: the intervals are half-open
        if (gap.compareTo(tolerance) >= 0) {
            ctx.report("", s.src("department#" + e[0]), zh, shown + " " + unit, Checks.num(sum) + " " + unit,
                    Checks.num(total.value()) + " " + unit, Checks.num(gap) + " " + unit, Checks.num(tolerance) + " " + unit, en);
        }
    }
}
