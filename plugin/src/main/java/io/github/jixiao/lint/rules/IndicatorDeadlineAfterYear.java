package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
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
                + "只看读得出日期的时限（“2023年底”“2023年6月30日前”“2023.6”），起止写成一段期间的（“2023.07-2024.01”）不报告。",
        rationaleEn = "A year's performance target is what the year's budget is to achieve within the budget year, and its indicators are to match the year's "
                + "tasks and the year's money (matching). A timeliness indicator whose deadline falls after the budget year (\"2023年底\" (the end of 2023) "
                + "in a 2022 table) shows the whole multi-year project's target was filed, not the year's: the year end has nothing to assess the year against, "
                + "and its quantities are most likely the whole project's too. A project spanning years is to be broken down by year, with the stage and the "
                + "deadline due this year; the whole project's goal belongs in its overall goal. Only deadlines that read as a date are checked (the end of 2023, "
                + "by 30 June 2023, 2023.6); a period written from and to (\"2023.07-2024.01\") is not reported.",
        source = "ST-9：财预〔2018〕88号 绩效目标“相应匹配”（与年度任务数、预算资金量相对应）；财预〔2015〕88号 附件年度绩效目标；宁夏 原州区 2022 项目支出绩效目标申报表（项目期 2022年3月-2023年11月，时效指标“2023年底”）",
        sourceEn = "ST-9: MOF Caiyu [2018] No. 88, targets matching the year's tasks and money; Yuanzhou (Ningxia) 2022 project target declaration (project period "
                + "March 2022 to November 2023, a timeliness target of the end of 2023)",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的时限“{1}”（即 {2}）在 {3} 年之后：年度绩效指标应是本预算年度内要完成的。跨年度的项目，请写本年度应完成的阶段目标和时限（如“{3}年12月31日前完成……”），并核对数量等指标是否也是全程的数；项目全程的目标写在总体目标中。",
                    en = "The deadline \"{1}\" ({2}) of indicator \"{0}\" falls after {3}: a year's indicators are what is to be done within the budget year. For a project spanning years, give the stage due this year and its deadline (e.g. \"by {3}-12-31, complete …\"), and check whether the quantities are the whole project's too; the whole project's goal belongs in the overall goal.")
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
            if (i.notApplicable() || t == null || !laterYear(t, year)) {
                continue; // no year after the budget year written in it: nothing to read (most rows)
            }
            TargetValue d = TargetParser.deadline(year, t);
            if (d != null && d.isDate() && d.low().longValue() / 10000 > year) {
                ctx.report("", i.targetSrc(), Checks.name(i), Checks.quote(t), TargetValue.isoDate(d.low().longValue()),
                        Integer.toString(year));
            }
        }
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
