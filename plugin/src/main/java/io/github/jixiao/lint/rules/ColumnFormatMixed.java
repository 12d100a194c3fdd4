package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "column-format-mixed",
        severity = Severity.INFO,
        category = Category.CONSISTENCY,
        titleZh = "同一列的数字格式不一致",
        titleEn = "Mixed number formats within a column",
        rationaleZh = "同一列的数字应统一格式：有的带千分位、有的不带，有的写“20.00”、有的写“20”，或百分号有的写“%”、有的写“百分比”，"
                + "金额有的以元、有的以万元计，说明表格是拼凑或手工改过的，核对时容易看错。只作提示。"
                + "不报告：不同列之间的格式差异；四位数（常为年份）不带千分位；非整数的小数位差异（72.74% 与 100%）；单位成本（元/人）与总额的单位差异。",
        rationaleEn = "Numbers in one column share one format. Thousand separators on some and not others, \"20.00\" next to \"20\", \"%\" next to \"百分比\" (percent), or amounts in yuan (元) beside amounts in 10,000 yuan (万元) "
                + "suggest a table pieced together or edited by hand, and invite misreading. A note only."
                + " Not flagged: differences between columns; four-digit numbers (often years) without separators; different decimals on non-integers (72.74% and 100%); unit costs (元/人) beside totals.",
        source = "丽江 2020 实例（分值“10.00”与“20”混写）；棠溪 2022 实例（“百分比”）",
        sourceEn = "Lijiang 2020 example (points written \"10.00\" beside \"20\"); Tangxi 2022 example (the unit written as the word \"percent\")",
        messages = {
            @RuleInfo.Message(key = "decimals", zh = "“{0}”一列的小数位不统一：“{1}”与“{2}”。请统一格式（如都写两位小数）。",
                    en = "The column \"{3}\" mixes decimal places: \"{1}\" and \"{2}\". Use one format (e.g. two decimals throughout)."),
            @RuleInfo.Message(key = "separators", zh = "“{0}”一列有的数字带千分位、有的不带：“{1}”与“{2}”。请统一格式。",
                    en = "The column \"{3}\" uses thousand separators in some numbers and not in others: \"{1}\" and \"{2}\". Use one format."),
            @RuleInfo.Message(key = "money-units", zh = "“{0}”一列的金额有的以元、有的以万元计：“{1}”与“{2}”。请统一金额单位（单位成本如“元/人”不在此列）。",
                    en = "The column \"{3}\" gives amounts in yuan (元) in some rows and in 10,000 yuan (万元) in others: \"{1}\" and \"{2}\". Use one unit for amounts (unit costs such as yuan per person aside)."),
            @RuleInfo.Message(key = "percent", zh = "“{0}”一列的百分号写法不统一：“{1}”与“{2}”。请统一写作“%”。",
                    en = "The column \"{3}\" writes percent in different ways: \"{1}\" and \"{2}\". Write \"%\" throughout.")
        })
public final class ColumnFormatMixed implements Rule {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern PERCENT_WORD = Pattern.compile("\\d\\s*(百分比|％)");
    private static final Pattern PERCENT_SIGN = Pattern.compile("\\d\\s*%");

    private record Col(String field, String zh, String en) {
    }

    private static final List<Col> TEXT_COLUMNS = List.of(
            new Col("target", "指标值", "target"), new Col("actual", "实际完成值", "actual"));
    private static final List<Col> NUMBER_COLUMNS = List.of(
            new Col("points", "分值", "points"), new Col("score", "得分", "score"));

    @Override
    public void check(Submission s, RuleContext ctx) {
        JsonNode arr = s.node("indicators", "/indicators");
        if (arr == null || !arr.isArray()) {
            return;
        }
        for (Col c : NUMBER_COLUMNS) {
            numbers(s, ctx, arr, c);
        }
        for (Col c : TEXT_COLUMNS) {
            texts(s, ctx, arr, c);
        }
    }

    /** JSON numbers keep their printed decimals (20.00 arrives as 20.00): integers written with and without ".00". */
    private static void numbers(Submission s, RuleContext ctx, JsonNode arr, Col c) {
        String plain = null;
        String padded = null;
        String paddedAt = null;
        for (int k = 0; k < arr.size(); k++) {
            JsonNode v = arr.get(k).get(c.field());
            if (v == null || !v.isNumber()) {
                continue;
            }
            BigDecimal d = v.decimalValue();
            boolean integer = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
            if (!integer) {
                continue;
            }
            if (d.scale() > 0) {
                if (padded == null) {
                    padded = d.toPlainString();
                    paddedAt = "/indicators/" + k + "/" + c.field();
                }
            } else if (plain == null) {
                plain = d.toPlainString();
            }
        }
        if (plain != null && padded != null) {
            ctx.report("decimals", s.src("indicators#" + paddedAt), c.zh(), padded, plain, c.en());
        }
    }

    private static void texts(Submission s, RuleContext ctx, JsonNode arr, Col c) {
        String[] plain = null;
        String[] padded = null;
        String[] grouped = null;
        String[] ungrouped = null;
        String[] word = null;
        String[] sign = null;
        for (int k = 0; k < arr.size(); k++) {
            JsonNode v = arr.get(k).get(c.field());
            if (v == null || !v.isString()) {
                continue;
            }
            String t = v.asString();
            if (!hasDigit(t)) {
                continue; // nothing any of the checks below looks at
            }
            String at = "/indicators/" + k + "/" + c.field();
            Matcher m = NUMBER.matcher(t);
            while (m.find()) {
                String n = m.group();
                if (n.indexOf(',') >= 0) {
                    grouped = grouped == null ? new String[] {t, at} : grouped;
                } else if (integerDigits(n) >= 5) {
                    // 4-digit numbers are often years (2024): only 5 digits and more count as ungrouped
                    ungrouped = ungrouped == null ? new String[] {t, at} : ungrouped;
                }
                if (paddedInteger(n)) {
                    padded = padded == null ? new String[] {t, at} : padded;
                } else if (n.indexOf('.') < 0 && n.indexOf(',') < 0 && t.indexOf('%') >= 0) {
                    plain = plain == null ? new String[] {t, at} : plain;
                }
            }
            if (PERCENT_WORD.matcher(t).find()) {
                word = word == null ? new String[] {t, at} : word;
            } else if (PERCENT_SIGN.matcher(t).find()) {
                sign = sign == null ? new String[] {t, at} : sign;
            }
        }
        report(s, ctx, c, "separators", grouped, ungrouped);
        if (padded != null && plain != null && padded[0].contains("%")) {
            report(s, ctx, c, "decimals", padded, plain);
        }
        report(s, ctx, c, "percent", word, sign);
        moneyUnits(s, ctx, c);
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The digits before the decimal point of a number NUMBER matched without separators. */
    private static int integerDigits(String n) {
        int dot = n.indexOf('.');
        return dot < 0 ? n.length() : dot;
    }

    /** "20.00", "3.0": an integer written with zero decimals (what {@code \d+\.0+} matches). */
    private static boolean paddedInteger(String n) {
        int dot = n.indexOf('.');
        if (dot <= 0 || dot == n.length() - 1 || n.indexOf(',') >= 0) {
            return false;
        }
        for (int i = dot + 1; i < n.length(); i++) {
            if (n.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Totals in 元 beside totals in 万元 within the target or actual column (as parsed, with the row's unit). */
    private static void moneyUnits(Submission s, RuleContext ctx, Col c) {
        String[] yuan = null;
        String[] wan = null;
        for (io.github.jixiao.model.Indicator i : s.indicators()) {
            io.github.jixiao.target.TargetValue v = c.field().equals("target") ? i.targetValue() : i.actualValue();
            String written = c.field().equals("target") ? i.effectiveTarget() : i.actual();
            if (written == null || !v.isMoney()) {
                continue;
            }
            String at = i.pointer() + "/" + (c.field().equals("target") && !Checks.blank(i.adjustedTarget()) ? "adjustedTarget" : c.field());
            String shown = written.strip() + (written.contains("元") ? "" : " " + v.unit());
            if (io.github.jixiao.model.Money.YUAN.equals(v.unit())) {
                yuan = yuan == null ? new String[] {shown, at} : yuan;
            } else if (io.github.jixiao.model.Money.WAN.equals(v.unit())) {
                wan = wan == null ? new String[] {shown, at} : wan;
            }
        }
        report(s, ctx, c, "money-units", yuan, wan);
    }

    private static void report(Submission s, RuleContext ctx, Col c, String key, String[] a, String[] b) {
        if (a != null && b != null) {
            ctx.report(key, s.src("indicators#" + a[1]), c.zh(), Checks.quote(a[0]), Checks.quote(b[0]), c.en());
        }
    }
}
