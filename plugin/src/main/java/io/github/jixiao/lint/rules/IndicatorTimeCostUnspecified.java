package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetValue;
import java.util.List;

@RuleInfo(
        id = "indicator-time-cost-unspecified",
        severity = Severity.WARNING,
        category = Category.MEASURABILITY,
        titleZh = "时效指标没有时限、成本指标没有金额",
        titleEn = "Timeliness target without a date, cost target without an amount",
        rationaleZh = "时效指标要写明完成时间或期限（如“2024 年 6 月 30 日前”“≤ 3 个工作日”），成本指标要写明金额和单位（如“≤ 30 万元”）。"
                + "“按时完成”“符合相关规定”之类无从核对；只写一个比率的成本指标（如“成本控制率 90%—100%”）也说不出花了多少钱。",
        rationaleEn = "A timeliness target names a date or a period (\"by 30 June 2024\", \"≤ 3 working days\"); a cost target names an amount and its unit (\"≤ 30 万元\"). "
                + "\"On time\" or \"as regulations require\" cannot be checked, and a cost target that is only a rate (\"cost control 90%—100%\") does not say what was spent.",
        source = "VAL-6：棠溪 2022 自评表实例；财预〔2021〕101号（成本指标写明成本上限）",
        messages = {
            @RuleInfo.Message(key = "time", zh = "时效指标“{0}”的指标值“{1}”没有写明完成时间或期限。请写明日期或期限（如“2024 年 6 月 30 日前”“≤ 3 个工作日”），或改为及时率（如“≥ 95%”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\" names no date or period. Give one (e.g. \"by 2024-06-30\", \"≤ 3 working days\"), or use a timeliness rate (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "cost", zh = "成本指标“{0}”的指标值“{1}”没有金额。请写明成本上限及单位（如“≤ 30 万元”“≤ 500 元/人”）。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" names no amount. State the cost ceiling and its unit (e.g. \"≤ 30 万元\", \"≤ 500 元/人\")."),
            @RuleInfo.Message(key = "cost-rate", zh = "成本指标“{0}”的指标值“{1}”只是一个比率，说不出成本是多少。建议写明成本上限及单位（如“≤ 30 万元”），比率可作补充。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is only a rate and says nothing about the cost itself. Consider stating the ceiling and its unit (e.g. \"≤ 30 万元\"), keeping the rate as a supplement.")
        })
public final class IndicatorTimeCostUnspecified implements Rule {

    /** Words that name a period without digits. */
    private static final List<String> PERIOD_WORDS = List.of(
            "年底", "年末", "年内", "年中", "月底", "月末", "季度", "季末", "上半年", "下半年", "当年", "年度内", "当月", "当日",
            "每月", "每季", "每周", "每年", "工作日", "日内", "天内", "周内", "月内");

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (Indicator i : submission.applicableIndicators()) {
            TargetValue t = i.targetValue();
            if (t.isEmpty()) {
                continue;
            }
            if ("时效指标".equals(i.level2())) {
                if (t.isQualitative() && !hasPeriod(t.text())) {
                    ctx.report("time", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
                }
            } else if (isCost(i) && !t.isMoney() && !moneyPerUnit(t)) {
                if (t.isQualitative()) {
                    ctx.report("cost", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
                } else {
                    ctx.report(Severity.INFO, "cost-rate", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()));
                }
            }
        }
    }

    private static boolean isCost(Indicator i) {
        return "成本指标".equals(i.level1()) || "成本指标".equals(i.level2());
    }

    /** "500 元/人", "3 万元/场": an amount per unit. */
    private static boolean moneyPerUnit(TargetValue t) {
        return t.isQuantitative() && (t.unit().startsWith("元/") || t.unit().startsWith("万元/") || t.unit().startsWith("亿元/"));
    }

    private static boolean hasPeriod(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return PERIOD_WORDS.stream().anyMatch(text::contains);
    }
}
