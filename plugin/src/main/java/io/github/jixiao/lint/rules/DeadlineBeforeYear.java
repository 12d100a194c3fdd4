package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline in the year's goal or in a target that lies before the budget year the submission declares: 阜康市统计局 2023
 * (t124, 新疆), 项目支出绩效自评表 (2023年度), 总体目标 "…在2022年12月31日前至少给120人发放…记账户补贴费" (helper F21's
 * left-alone, session 54); 原州区农技中心 2022 (t23, 宁夏), 时效 row "2021年11月30日前完成资金支付" in a table whose 专项实施期
 * is 2022年3月-2022年11月. Last year's text carried into this year's table: the mirror of indicator-deadline-after-year, which
 * reads a later deadline as the whole project's.
 */
@RuleInfo(
        id = "deadline-before-year",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.TARGETS, Stage.SELF_EVALUATION},
        titleZh = "年度目标或指标的时限在预算年度之前",
        titleEn = "A deadline in the year's goal or a target falls before the budget year",
        rationaleZh = "年度绩效目标是本预算年度内用这一年的预算资金要达到的产出和效果，绩效指标要与年度任务数、年度预算资金量相对应（ST-9 相应匹配）。"
                + "年度总体目标、指标值或指标名称中写的时限落在预算年度之前（2023 年度的表写“在2022年12月31日前至少给120人发放……”，阜康 2023；"
                + "2022 年度、专项实施期 2022年3月至11月的表写“2021年11月30日前完成资金支付”，原州区 2022），按所写，这一年开始前就该完成：多半是照抄了上一年度的表，"
                + "年终无从按它自评本年度的完成情况。请改为本年度的时限。只读写成期限的日期（年份后接月、日或“底”“末”，再接“前”“之前”“以前”，"
                + "或指标值本身读作日期的）；“同比2022年”“较2022年”“2022年度……的检查验收”之类说的是比较的基期或所做的事，不是时限，不报告；“2020年底前建成的设施”之类"
                + "（时限之后紧接“……的”）说的是范围，“2022年底前已完成一期工程”（时限之后紧接“已”）说的是已经做成的事，也不报告。",
        rationaleEn = "A year's performance target is what the year's budget is to achieve within the budget year, and its indicators are to match the year's tasks and "
                + "money (ST-9, matching). A deadline written in the year's overall goal, a target or an indicator's name that falls before the budget year (a 2023 table's "
                + "\"在2022年12月31日前至少给120人发放……\" (pay at least 120 people … by 31 December 2022), Fukang 2023; a 2022 table, its special fund run from March to November 2022, "
                + "with \"2021年11月30日前完成资金支付\" (funds paid by 30 November 2021), Yuanzhou 2022) was, as written, due before the year began: most likely last year's table copied, "
                + "and the year end has nothing to assess the year against. Write this year's deadline. Only dates written as a deadline are read (a year followed by a month, "
                + "a day or 底/末 (end), then 前, 之前 or 以前 (before), or a target that reads as a date); a base year (同比2022年, 较2022年: on 2022) or the work done "
                + "(2022年度……的检查验收: the inspection of 2022's work) is no deadline, and a scope (2020年底前建成的设施: facilities built before the end of 2020, the deadline "
                + "followed by …的) is not one either, nor a fact told of the years before (2022年底前已完成一期工程: phase one already done by the end of 2022, 已 (already) after the date): none is reported.",
        source = "ST-9：财预〔2018〕88号 绩效目标“相应匹配”（与年度任务数、预算资金量相对应）；新疆 阜康市统计局 2023 项目支出绩效自评表（总体目标“在2022年12月31日前……”）；宁夏 原州区 2022 绩效目标自评表（“2021年11月30日前完成资金支付”）",
        sourceEn = "ST-9: MOF Caiyu [2018] No. 88, targets matching the year's tasks and money; Fukang (Xinjiang) 2023 project self-evaluation table (an overall goal dated "
                + "by 31 December 2022); Yuanzhou (Ningxia) 2022 self-evaluation table (a timeliness row due by 30 November 2021)",
        messages = {
            @RuleInfo.Message(zh = "年度总体目标写的时限“{0}”（即 {1}）在 {2} 年之前：按所写，这一目标在本预算年度开始前就该完成，多半是照抄了上一年度的表。请改为本年度要达到的目标和时限（如“{2}年12月31日前……”）。",
                    en = "The year's overall goal gives the deadline \"{0}\" ({1}), before {2}: as written, it was due before the budget year began, most likely copied from last year's table. Write the goal and deadline due this year (e.g. \"by {2}-12-31, …\")."),
            @RuleInfo.Message(key = "target", zh = "指标“{0}”的指标值“{1}”写的时限 {2} 在 {3} 年之前：按所写，这一指标在本预算年度开始前就该完成，多半是照抄了上一年度的表。请改为本年度的时限（如“{3}年12月31日前”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" gives the deadline {2}, before {3}: as written, it was due before the budget year began, most likely copied from last year's table. Write this year's deadline (e.g. \"by {3}-12-31\")."),
            @RuleInfo.Message(key = "name", zh = "指标“{0}”的名称写的时限“{1}”（即 {2}）在 {3} 年之前：按所写，这一指标在本预算年度开始前就该完成，多半是照抄了上一年度的表。请改为本年度的时限（如“{3}年12月31日前”）。",
                    en = "The name of indicator \"{0}\" gives the deadline \"{1}\" ({2}), before {3}: as written, it was due before the budget year began, most likely copied from last year's table. Write this year's deadline (e.g. \"by {3}-12-31\").")
        })
public final class DeadlineBeforeYear implements Rule {

    /**
     * A deadline in free text: a year, then a month (and a day) or 底 / 末, then 前, 之前 or 以前 (在2022年12月31日前,
     * 2021年11月30日前, 2022年底前, 2022年6月前). A year alone before 前 (2022年前) is read too; 2022年度 is not (度 stops it).
     */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<![0-9.])((?:19|20)[0-9]{2})\\s*年\\s*(?:([0-9]{1,2})\\s*月\\s*(?:([0-9]{1,2})\\s*[日号])?)?\\s*(?:底|末)?\\s*(?:之前|以前|前)");

    /** How far after the deadline a 的 makes it a scope (2020年底前建成的设施), or an 已 a fact (2022年底前已完成), not a day to meet. */
    private static final int SCOPE_REACH = 4;

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Integer year = submission.year();
        if (year == null) {
            return;
        }
        List<String[]> goals = new java.util.ArrayList<>(Checks.texts(submission, "/overallGoals/expected"));
        goals.addAll(Checks.texts(submission, "/overallGoals/adjusted"));
        for (String[] g : goals) {
            String[] d = earlier(g[1], year);
            if (d != null) {
                ctx.report("", submission.src("department#" + g[0]), d[0], d[1], Integer.toString(year));
            }
        }
        for (Indicator i : submission.indicators()) {
            if (i.notApplicable()) {
                continue;
            }
            String t = i.effectiveTarget();
            if (t != null && earlierYear(t, year)) {
                TargetValue v = TargetParser.deadline(year, t);
                if (v != null && v.isDate() && v.low().longValue() / 10000 < year) {
                    ctx.report("target", i.targetSrc(), Checks.name(i), Checks.quote(t), TargetValue.isoDate(v.low().longValue()),
                            Integer.toString(year));
                    continue;
                }
            }
            String[] d = Checks.blank(i.name()) ? null : earlier(i.name(), year);
            if (d != null) {
                ctx.report("name", submission.src("indicators#" + i.pointer() + "/name"), Checks.name(i), d[0], d[1], Integer.toString(year));
            }
        }
    }

    /**
     * The first deadline in {@code text} before {@code year} as {words, ISO day} (the day: the date written, else the
     * month's or the year's last), or null: {@link #DEADLINE}, not followed within {@link #SCOPE_REACH} characters by 的 or 已.
     */
    static String[] earlier(String text, int year) {
        if (!earlierYear(text, year)) {
            return null;
        }
        Matcher m = DEADLINE.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= year || scope(text, m.end())) {
                continue;
            }
            int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                continue;
            }
            int day = m.group(3) == null ? java.time.YearMonth.of(y, month).lengthOfMonth() : Integer.parseInt(m.group(3));
            if (day < 1 || day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            return new String[] {m.group().strip(), TargetValue.isoDate(y * 10000L + month * 100L + day)};
        }
        return null;
    }

    /**
     * Whether a 的 follows the deadline closely, before any punctuation: a scope (2020年底前建成的设施); or an 已: a fact told
     * of the years before (2022年底前已完成一期工程), not a deadline set.
     */
    private static boolean scope(String text, int from) {
        for (int k = from; k < text.length() && k < from + SCOPE_REACH; k++) {
            char c = text.charAt(k);
            if ("，。；,;、：:（）()".indexOf(c) >= 0) {
                return false;
            }
            if (c == '的' || c == '已') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds a four-digit year (19xx or 20xx) before {@code year}: one pass, no expression. */
    static boolean earlierYear(String text, int year) {
        int n = text.length();
        for (int k = 0; k + 4 <= n; k++) {
            char a = text.charAt(k);
            char b = text.charAt(k + 1);
            if ((a == '2' && b == '0' || a == '1' && b == '9') && Character.isDigit(text.charAt(k + 2))
                    && Character.isDigit(text.charAt(k + 3)) && (k + 4 == n || !Character.isDigit(text.charAt(k + 4)))
                    && (k == 0 || !Character.isDigit(text.charAt(k - 1)))) {
                int y = (a - '0') * 1000 + (b - '0') * 100 + (text.charAt(k + 2) - '0') * 10 + (text.charAt(k + 3) - '0');
                if (y < year) {
                    return true;
                }
            }
        }
        return false;
    }
}
