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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All the year's money said arrived while the report's problems say some of it was sent down after the budget year: 雅安
 * 名山区 林业局 2024 (t127), 全年到位资金 52.8 of 52.8 万元, beside "2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件,
 * 下达滞后" (audit s56 A11 E3; session 57). Arrival counted at the evaluation, not by the year's end: a note.
 */
@RuleInfo(
        id = "funds-arrival-after-year",
        severity = Severity.INFO,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "资金全部到位，但说明中资金在预算年度之后才下达",
        titleEn = "All the funds said arrived while the report says some came down after the budget year",
        rationaleZh = "资金到位率 = 实际到位资金 / 计划投入资金（财预〔2020〕10号 附件2），按预算年度计。表中实际到位资金等于（或超过）全年预算数、即到位 100%，"
                + "存在的问题或执行情况说明中却写明一笔资金在预算年度之后的日期才下达、拨付或到位的（雅安 名山区 林业局 2024：全年到位资金 52.8 万元、到位 100%，"
                + "问题栏“2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件,下达滞后”），当年实际到位的资金不足预算数：到位数是按自评时点而非年底计的，作提示：请核对，"
                + "写明截至年底实际到位的数额，或说明到位数的计算时点。只读同一分句中既有资金或预算、又有下达、拨付、到位、到账之类的词，且写了某年某月、年份在预算年度之后的；"
                + "预计、计划、拟、将于之类说今后安排的不报告。",
        rationaleEn = "Funds arrival = money actually received / money planned (MOF Caiyu [2020] No. 10, annex 2), counted over the budget year. Where the table gives the money that arrived "
                + "as the full-year budget or more (100 % arrived) while its problems or execution note say a batch of money was sent down, paid or arrived on a date after the budget year "
                + "(Mingshan district forestry bureau, Ya'an 2024: 52.8 × 10,000 yuan arrived of 52.8, 100 %, beside the problem 2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件,下达滞后 "
                + "(the province's document for 2024's third batch of central forestry funds came down on 26 February 2025, late)), less had arrived within the year: the arrival was counted "
                + "at the evaluation, not by the year's end. A note: check it, and state what had arrived by the year's end or when the arrival was counted. Only a clause holding both "
                + "资金 (funds) or 预算 (budget) and 下达 (sent down), 拨付 (paid), 到位 (arrived) or 到账 (received), with a year and month after the budget year, is read; "
                + "one saying what is expected or planned (预计, 计划, 拟, 将于) is not.",
        source = "财预〔2020〕10号 附件2 项目支出绩效评价指标体系框架（资金到位率）；雅安市名山区林业局 2024年度林业草原改革发展资金绩效评价表（第三批资金 2025年2月26日下达）实例",
        sourceEn = "MOF Caiyu [2020] No. 10, annex 2, the project evaluation framework (funds arrival rate); Mingshan district forestry bureau, Ya'an, 2024 forestry and grassland "
                + "reform funds evaluation table (the third batch sent down on 26 February 2025) example",
        messages = {
            @RuleInfo.Message(zh = "实际到位资金 {0} 不少于全年预算数 {1}（到位 100%），但{2}写明“{3}”，日期在预算年度 {4} 年之后：年内实际到位的资金不足预算数。请核对：写明截至 {4} 年底实际到位的数额，或说明到位数是按哪个时点计的。",
                    en = "The money that arrived, {0}, is no less than the full-year budget, {1} (100 % arrived), yet the {5} says \"{3}\", a date after the budget year {4}: less had arrived "
                            + "within the year. Check it: state what had arrived by the end of {4}, or say when the arrival was counted.")
        })
public final class FundsArrivalAfterYear implements Rule {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*\\d{1,2}\\s*月");
    private static final Pattern MONEY = Pattern.compile("资金|预算|经费|款");
    private static final Pattern ARRIVAL = Pattern.compile("下达|拨付|下拨|到位|到账|拨款");
    private static final Pattern PLAN = Pattern.compile("预计|计划|拟|将于|争取");

    @Override
    public void check(Submission s, RuleContext ctx) {
        Integer year = s.year();
        Funds f = s.funds();
        Money budget = f == null || f.total() == null ? null : f.total().fullYear();
        if (year == null || budget == null || budget.value().signum() <= 0) {
            return;
        }
        Money arrived = Figures.of(s, ctx).money("budget#/fundsAvailable").orElse(null);
        if (arrived == null || arrived.src() == null || arrived.yuan().compareTo(budget.yuan()) < 0) {
            return;
        }
        String[][] texts = {
            {s.text("department", "/problems"), "存在的问题", "problems section"},
            {f.executionExplanation(), "执行情况说明", "execution note"}};
        for (String[] t : texts) {
            String clause = after(t[0], year);
            if (clause != null) {
                ctx.report(arrived.src(), Checks.money(arrived), Checks.money(budget), t[1], clause, String.valueOf(year), t[2]);
                return;
            }
        }
    }

    /** The first clause of {@code text} saying money came (下达, 拨付, 到位 …) on a year and month after {@code year}; null when none. */
    static String after(String text, int year) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (String clause : text.split("[，。；,;\\n]")) {
            if (!MONEY.matcher(clause).find() || !ARRIVAL.matcher(clause).find() || PLAN.matcher(clause).find()) {
                continue;
            }
            Matcher d = DATE.matcher(clause);
            while (d.find()) {
                if (Integer.parseInt(d.group(1)) > year) {
                    return clause.strip();
                }
            }
        }
        return null;
    }
}
