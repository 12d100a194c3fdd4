package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.Direction;
import io.github.jixiao.target.Period;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;

/**
 * A year's performance target whose deadline falls in a later year: 原州区 2022 (t100, 宁夏), 项目支出绩效目标申报表 (2022年度),
 * 时效指标 项目完成时间 "2023年底", the 项目期 2022年3月–2023年11月, its 8万亩 and 30公里 the whole project's (helper A3's
 * audit, session 48: "the year's 指标值 are the whole project's"). Nothing said it before.
 */
@RuleInfo(
        id = "indicator-deadline-after-year",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        titleZh = "年度绩效指标的时限在预算年度之后",
        titleEn = "A year's indicator with a deadline after the budget year",
        rationaleZh = "年度绩效目标是本预算年度内用这一年的预算资金要达到的产出和效果，绩效指标要与年度任务数、年度预算资金量相对应（相应匹配）。"
                + "时效指标的时限落在预算年度之后（2022 年度的表写“2023年底”），说明所填的是跨年度项目全程的目标而不是本年度的：年终无从按它自评本年度完成情况，"
                + "其数量指标也多半是全程的数量。跨年度的项目应按年度分解，写本年度应完成的阶段目标和时限；项目全程的目标写在项目总体目标中。"
                + "只看读得出日期的时限（“2023年底”“2023年6月30日前”“2023.6”）；时效指标写成止于预算年度之后的一段期间的（湘潭 2023：2023 年度的表，“服务周期 | 2023.07-2024.01”，项目实施期相同，本年度绩效目标照抄实施期目标），同样是全程的指标，作提示（period）：期间的终点可能是经批准跨年度、由本年度预算全额支付的服务合同期限，由复核判断；止于预算年度之内或之前的期间，自评时按实际完成日期是否在期间内判断（indicator-actual-incommensurable）。"
                + "时限写在名称里、指标值只是比率的（秀屿区 2025：“截至2026年12月底,项目开展率(%) | ≥ 100%”），同样读名称中的时限，作提示（in-name）：名称中的“截至”可能是单位据以报告年度进度的远期节点，资金下达晚、经批准跨年使用的也有，由复核判断。",
        rationaleEn = "A year's performance target is what the year's budget is to achieve within the budget year, and its indicators are to match the year's "
                + "tasks and the year's money (matching). A timeliness indicator whose deadline falls after the budget year (\"2023年底\" (the end of 2023) "
                + "in a 2022 table) shows the whole multi-year project's target was filed, not the year's: the year end has nothing to assess the year against, "
                + "and its quantities are most likely the whole project's too. A project spanning years is to be broken down by year, with the stage and the "
                + "deadline due this year; the whole project's goal belongs in its overall goal. Only deadlines that read as a date are checked (the end of 2023, "
                + "by 30 June 2023, 2023.6); a timeliness target written as a period that ends after the budget year (Xiangtan 2023: a 2023 table's service term \"2023.07-2024.01\", the implementation period the same and the year's goal the whole term's word for word) is the whole term's indicator too, an info (period): the period's end may be the term of a service contract approved across the year end and paid whole from the year's budget, and the reviewer decides; a period that ends within or before the budget year is read at the self-evaluation by the actual's date (indicator-actual-incommensurable). "
                + "A deadline written in the name over a target that is only a rate (Xiuyu 2025: a 2025 table's timeliness row named for the share of the project under way by the end of December 2026, its target ≥ 100%) is read from the name, as an info (in-name): a later day in the name may be a horizon the year's progress is reported against, and late money may be approved for use into the next year; the reviewer decides.",
        source = "ST-9：财预〔2018〕88号 绩效目标“相应匹配”（与年度任务数、预算资金量相对应）；财预〔2015〕88号 附件年度绩效目标；宁夏 原州区 2022 项目支出绩效目标申报表（项目期 2022年3月-2023年11月，时效指标“2023年底”）",
        sourceEn = "ST-9: MOF Caiyu [2018] No. 88, targets matching the year's tasks and money; Yuanzhou (Ningxia) 2022 project target declaration (project period "
                + "March 2022 to November 2023, a timeliness target of the end of 2023)",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的时限“{1}”（即 {2}）在 {3} 年之后：年度绩效指标应是本预算年度内要完成的。跨年度的项目，请写本年度应完成的阶段目标和时限（如“{3}年12月31日前完成……”），并核对数量等指标是否也是全程的数；项目全程的目标写在总体目标中。",
                    en = "The deadline \"{1}\" ({2}) of indicator \"{0}\" falls after {3}: a year's indicators are what is to be done within the budget year. For a project spanning years, give the stage due this year and its deadline (e.g. \"by {3}-12-31, complete …\"), and check whether the quantities are the whole project's too; the whole project's goal belongs in the overall goal."),
            @RuleInfo.Message(key = "period", zh = "时效指标“{0}”的指标值是期间“{1}”，止于 {2}，在 {3} 年之后：按所写，这段期间有一部分不在本预算年度内，年度绩效指标写成了跨年度的全程。跨年度的服务或项目，请写本年度应完成的部分及其时限（如“{3}-12-31 前”），并核对数量、成本等指标是否也是全程的；全程的期间写在项目实施期和总体目标中。服务合同的期限经批准跨年度、本年度预算全额支付的，在说明中写明。",
                    en = "Timeliness indicator \"{0}\": the target is the period \"{1}\", ending {2}, after {3}: as written, part of the period lies outside the budget year, and the year's indicator is the whole term across years. For a service or project spanning years, give the part due this year and its deadline (e.g. \"by {3}-12-31\"), and check whether the quantities and costs are the whole term's too; the whole term belongs in the implementation period and the overall goal. Where a service contract's term was approved across the year end and the year's budget pays it whole, say so."),
            @RuleInfo.Message(key = "in-name", zh = "指标“{0}”的名称写明时限“{1}”（即 {2}），在 {3} 年之后，指标值“{4}”只是比率：按名称，这是到 {2} 才要达到的比率，不是本预算年度内要完成的。跨年度的项目，请写本年度应完成的阶段目标，并把时限写成指标值（如“{3}-12-31 前”）；资金下达较晚、经批准跨年使用的，在说明中写明。",
                    en = "The name of indicator \"{0}\" gives the deadline \"{1}\" ({2}), after {3}, and its target \"{4}\" is only a rate: by the name, it is a rate to be reached by {2}, not within the budget year. For a project spanning years, give the stage due this year and write the deadline as the target (e.g. \"by {3}-12-31\"); where the money came late and its use into the next year was approved, say so.")
        })
public final class IndicatorDeadlineAfterYear implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Integer year = submission.year();
        if (year == null) {
            return;
        }
        for (Indicator i : submission.indicators()) {
            String t = i.effectiveTarget();
            if (i.notApplicable() || t == null) {
                continue;
            }
            if (!laterYear(t, year)) {
                inName(i, year, ctx);
                continue; // no year after the budget year written in it: nothing to read (most rows)
            }
            TargetValue d = TargetParser.deadline(year, t);
            if (d == null) {
                d = boundDeadline(i);
            }
            if (d != null && d.isDate() && d.low().longValue() / 10000 > year) {
                ctx.report("", i.targetSrc(), Checks.name(i), Checks.quote(t), TargetValue.isoDate(d.low().longValue()),
                        Integer.toString(year));
            } else if (d == null) {
                period(i, t, year, ctx);
            }
        }
    }

    /**
     * The deadline the binding read from the row's name beside its target, where the target alone reads as none: 施甸 2021's
     * 项目竣工时间 "2023.12" (t115, a 2021 自评), the month December 2023 on a row named as the time the work is done by
     * ({@code TargetParser.yearMonthOfTimeRow}, session 52), which {@link TargetParser#deadline} reads as the number 2023.12.
     * Until session 53 nothing said that the year's 时效 target was the whole project's end (audit s52 F19). Null where the
     * row's target is not a single day (most rows).
     */
    private static TargetValue boundDeadline(Indicator i) {
        TargetValue v = i.targetValue();
        return v != null && v.isDate() && !v.isRange()
                && (v.comparator() == Comparator.LE || v.comparator() == Comparator.LT || v.comparator() == Comparator.EQ) ? v : null;
    }

    /**
     * A 时效 target that is a period ending after the budget year ({@link Period}: 湘潭 2023, t30: 服务周期 "2023.07-2024.01" on
     * the 2023 table, the 项目实施期 the same and the 本年度绩效目标 the 实施期's word for word): the year's indicator is the
     * whole project's, as a later deadline shows it (until session 50 a period was not read, and nothing was said). At info,
     * not the deadline's warning: a period's end is the term of a service or a contract the year's budget may pay for whole
     * (t30's 250万 is 2023's), not a day the work is put off to; the note says what to write, the reviewer decides. A period
     * that ends within or before the budget year is read at 自评 by the actual's date (indicator-actual-incommensurable).
     */
    private static void period(Indicator i, String t, int year, RuleContext ctx) {
        if (!Direction.isTimeCategory(i.level2())) {
            return;
        }
        Period p = Period.of(t.strip(), year);
        if (p != null && p.lastYear() > year) {
            ctx.report(Severity.INFO, "period", i.targetSrc(), null, Checks.name(i), Checks.quote(t), TargetValue.isoDate(p.to()),
                    Integer.toString(year));
        }
    }

    /**
     * The deadline written in the name over a bare rate (秀屿区 2025, t35: 时效 "截至2026年12月底,项目开展率(%)" | ≥ 100%; audit
     * s49 M1): the target alone has no date, the name's is read. At info, not the target's warning: a rate "by" a later day
     * may be a later horizon the unit reports the year's progress against, and late money (t35's came 2025-09-19, for 水毁
     * 修复) can be approved for use into the next year; the reviewer decides, the note says what to write either way.
     */
    private static void inName(Indicator i, int year, RuleContext ctx) {
        String name = i.name();
        TargetValue v = i.targetValue();
        if (Checks.blank(name) || !laterYear(name, year) || v == null || !v.isQuantitative() || v.isDate()
                || !(v.isPercent() || v.unit().isEmpty() && name.contains("率"))) {
            return;
        }
        TargetValue d = TargetParser.deadline(year, name);
        if (d != null && d.isDate() && d.low().longValue() / 10000 > year) {
            ctx.report(Severity.INFO, "in-name", i.targetSrc(), null, Checks.name(i), Checks.quote(deadlineWords(name, year)),
                    TargetValue.isoDate(d.low().longValue()), Integer.toString(year), Checks.target(i));
        }
    }

    /**
     * The words of {@code name} that give the later year's deadline ("截至2026年12月底" of "截至2026年12月底,项目开展率(%)"):
     * from the year, with a 截至, 截止, 到 or 于 just before it, to the first comma, semicolon, bracket or space after it.
     */
    static String deadlineWords(String name, int year) {
        int n = name.length();
        for (int k = 0; k + 4 <= n; k++) {
            if (laterYear(name.substring(k, k + 4), year) && (k == 0 || !Character.isDigit(name.charAt(k - 1)))) {
                int start = k >= 2 && (name.startsWith("截至", k - 2) || name.startsWith("截止", k - 2)) ? k - 2
                        : k >= 1 && (name.charAt(k - 1) == '到' || name.charAt(k - 1) == '于') ? k - 1 : k;
                int end = k + 4;
                while (end < n && ",，;；、(（ ".indexOf(name.charAt(end)) < 0) {
                    end++;
                }
                return name.substring(start, end);
            }
        }
        return name;
    }

    /** Whether {@code text} holds a four-digit year (20xx) after {@code year}: one pass, no expression. */
    static boolean laterYear(String text, int year) {
        int n = text.length();
        for (int k = 0; k + 4 <= n; k++) {
            if (text.charAt(k) == '2' && text.charAt(k + 1) == '0' && Character.isDigit(text.charAt(k + 2))
                    && Character.isDigit(text.charAt(k + 3)) && (k + 4 == n || !Character.isDigit(text.charAt(k + 4)))
                    && (k == 0 || !Character.isDigit(text.charAt(k - 1)))) {
                int y = 2000 + (text.charAt(k + 2) - '0') * 10 + (text.charAt(k + 3) - '0');
                if (y > year) {
                    return true;
                }
            }
        }
        return false;
    }
}
