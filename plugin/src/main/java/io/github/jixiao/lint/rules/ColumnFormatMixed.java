package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.List;

@RuleInfo(
        id = "column-format-mixed",
        severity = Severity.INFO,
        category = Category.CONSISTENCY,
        titleZh = "同一列的数字格式不一致",
        titleEn = "Mixed number formats within a column",
        rationaleZh = "同一列的数字应统一格式：有的带千分位、有的不带，有的写“20.00”、有的写“20”，或百分号有的写“%”、有的写“百分比”，"
                + "金额有的以元、有的以万元计，说明表格是拼凑或手工改过的，核对时容易看错。只作提示。"
                + "一列的百分号都写成“百分比”的，也提示一次（请写作 %）。不报告：不同列之间的格式差异；四位数（常为年份）不带千分位；非整数的小数位差异（72.74% 与 100%）；单位成本（元/人）与总额的单位差异。",
        rationaleEn = "Numbers in one column share one format. Thousand separators on some and not others, \"20.00\" next to \"20\", \"%\" next to \"百分比\" (percent), or amounts in yuan (元) beside amounts in 10,000 yuan (万元) "
                + "suggest a table pieced together or edited by hand, and invite misreading. A note only."
                + " A column that spells percent as the word 百分比 (percent) throughout is noted once too (write %)."
                + " Not flagged: differences between columns; four-digit numbers (often years) without separators; different decimals on non-integers (72.74% and 100%); unit costs (元/人) beside totals.",
        source = "丽江 2020 实例（分值“10.00”与“20”混写）；棠溪 2022 实例（“百分比”）",
        sourceEn = "Lijiang 2020 example (points written \"10.00\" beside \"20\"); Tangxi 2022 example (the unit written as the word \"percent\")",
        messages = {
            @RuleInfo.Message(key = "decimals", columns = {0, 3}, zh = "{0}的小数位不统一：“{1}”与“{2}”。请统一格式（如都写两位小数）。",
                    en = "The numbers in {3} mix decimal places: \"{1}\" and \"{2}\". Use one format (e.g. two decimals throughout)."),
            @RuleInfo.Message(key = "separators", columns = {0, 3}, zh = "{0}有的数字带千分位、有的不带：“{1}”与“{2}”。请统一格式。",
                    en = "The numbers in {3} use thousand separators in some rows and not in others: \"{1}\" and \"{2}\". Use one format."),
            @RuleInfo.Message(key = "money-units", columns = {0, 3}, zh = "{0}的金额有的以元、有的以万元计：“{1}”与“{2}”。请统一金额单位（单位成本如“元/人”不在此列）。",
                    en = "The amounts in {3} are in yuan (元) in some rows and in 10,000 yuan (万元) in others: \"{1}\" and \"{2}\". Use one unit for amounts (unit costs such as yuan per person aside)."),
            @RuleInfo.Message(key = "percent", columns = {0, 3}, zh = "{0}的百分号写法不统一：“{1}”与“{2}”。请统一写作“%”。",
                    en = "The numbers in {3} write percent in different ways: \"{1}\" and \"{2}\". Write \"%\" throughout."),
            @RuleInfo.Message(key = "percent-word", columns = {0, 3}, zh = "{0}中有 {1} 处把百分号写成了“百分比”（如“{2}”）。请写作 %（如“≥ 90%”）。",
                    en = "The numbers in {3} spell percent as the word 百分比 (percent) in {1} row(s) (e.g. \"{2}\"). Write % instead (e.g. \"≥ 90%\").")
        })
public final class ColumnFormatMixed implements Rule {


    /** A column as bound (the rows' own values, read once at binding, not looked up in the JSON again). */
    private record Col(String field, String zh, String en, java.util.function.Function<io.github.jixiao.model.Indicator, Object> value) {
    }

    private static final List<Col> TEXT_COLUMNS = List.of(
            new Col("target", "指标值", "target", io.github.jixiao.model.Indicator::target),
            new Col("actual", "实际完成值", "actual", io.github.jixiao.model.Indicator::actual));
    private static final List<Col> NUMBER_COLUMNS = List.of(
            new Col("points", "分值", "points", io.github.jixiao.model.Indicator::points),
            new Col("score", "得分", "score", io.github.jixiao.model.Indicator::score));

    @Override
    public void check(Submission s, RuleContext ctx) {
        List<io.github.jixiao.model.Indicator> rows = s.indicators();
        if (rows.isEmpty()) {
            return;
        }
        IndicatorFacts facts = IndicatorFacts.of(s, ctx);
        for (Col c : NUMBER_COLUMNS) {
            numbers(s, ctx, facts, c);
        }
        for (Col c : TEXT_COLUMNS) {
            texts(s, ctx, facts, c);
            moneyUnits(s, ctx, facts, c);
        }
    }

    /** JSON numbers keep their printed decimals (20.00 arrives as 20.00): integers written with and without ".00". */
    private static void numbers(Submission s, RuleContext ctx, IndicatorFacts facts, Col c) {
        String plain = null;
        String padded = null;
        String paddedAt = null;
        boolean points = c.field().equals("points");
        long has = points ? IndicatorFacts.POINTS : IndicatorFacts.SCORE;
        for (int r = 0; r < facts.size(); r++) {
            if ((facts.bits(r) & has) == 0) {
                continue;
            }
            io.github.jixiao.model.Indicator i = facts.row(r);
            BigDecimal d = points ? i.points() : i.score();
            int k = i.index();
            // a scale of 0 or less is an integer as it stands: stripTrailingZeros (a new BigDecimal) only for decimals
            boolean integer = d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
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

    /** The number formats a text shows ({@link #formats}): one bit each. */
    static final int PLAIN = 1;
    static final int PADDED = 2;
    static final int GROUPED = 4;
    static final int UNGROUPED = 8;
    static final int WORD = 16;
    static final int SIGN = 32;

    /**
     * The formats {@code t} shows: a grouped number ("5,000"), an ungrouped one of five digits and more, an integer
     * padded with zero decimals ("20.00"), a plain integer in a text with "%", and percent written as a word or "％"
     * after a digit, else as "%". 0 for null or a text without an ASCII digit. Worked out once per row and column
     * ({@link IndicatorFacts#formats}), where the row's texts are at hand for the other facts.
     */
    static int formats(String t) {
        if (t == null || !io.github.jixiao.text.Chars.hasAsciiDigit(t)) {
            return 0; // nothing any of the checks below looks at
        }
        int f = 0;
        boolean percent = t.indexOf('%') >= 0;
        int p = 0;
        while ((p = nextNumber(t, p)) >= 0) {
            int end = numberEnd(t, p);
            boolean comma = false;
            int dot = -1;
            for (int q = p; q < end; q++) {
                char ch = t.charAt(q);
                if (ch == ',') {
                    comma = true;
                } else if (ch == '.') {
                    dot = q;
                }
            }
            if (comma) {
                f |= GROUPED;
            } else if ((dot < 0 ? end : dot) - p >= 5) {
                // 4-digit numbers are often years (2024): only 5 digits and more count as ungrouped
                f |= UNGROUPED;
            }
            if (!comma && dot > p && zeros(t, dot + 1, end)) {
                f |= PADDED;
            } else if (dot < 0 && !comma && percent) {
                f |= PLAIN;
            }
            p = end;
        }
        if (digitThen(t, "百分比") || digitThen(t, "％")) {
            f |= WORD;
        } else if (digitThen(t, "%")) {
            f |= SIGN;
        }
        return f;
    }

    private static void texts(Submission s, RuleContext ctx, IndicatorFacts facts, Col c) {
        // the first row (its index) showing each format; -1 while none has
        int plain = -1;
        int padded = -1;
        int grouped = -1;
        int ungrouped = -1;
        int word = -1;
        int sign = -1;
        boolean target = c.field().equals("target");
        for (int k = 0; k < facts.size(); k++) {
            int f = facts.formats(k, target);
            if (f == 0) {
                continue;
            }
            plain = plain < 0 && (f & PLAIN) != 0 ? k : plain;
            padded = padded < 0 && (f & PADDED) != 0 ? k : padded;
            grouped = grouped < 0 && (f & GROUPED) != 0 ? k : grouped;
            ungrouped = ungrouped < 0 && (f & UNGROUPED) != 0 ? k : ungrouped;
            word = word < 0 && (f & WORD) != 0 ? k : word;
            sign = sign < 0 && (f & SIGN) != 0 ? k : sign;
        }
        report(s, ctx, c, "separators", at(facts, grouped, c), at(facts, ungrouped, c));
        if (padded >= 0 && plain >= 0 && ((String) c.value().apply(facts.row(padded))).contains("%")) {
            report(s, ctx, c, "decimals", at(facts, padded, c), at(facts, plain, c));
        }
        report(s, ctx, c, "percent", at(facts, word, c), at(facts, sign, c));
        if (sign < 0) {
            spelt(s, ctx, facts, c);
        }
    }

    /**
     * A column whose percent is written as the word 百分比 ("≥100百分比": 棠溪 2022, 嘉峪关 2023) and never as "%" (mixed,
     * {@code percent} says so): once for the column, at its first such row, with how many rows and one of them. The
     * target's reading is unaffected (the parser reads 百分比 as %). indicator-target-at-ceiling said this of each
     * target, in place of whether the target is at its ceiling (棠溪's ≥100百分比 was told its spelling only): the
     * spelling is this rule's business, the ceiling that one's (officer trial s31).
     */
    private static void spelt(Submission s, RuleContext ctx, IndicatorFacts facts, Col c) {
        int first = -1;
        int rows = 0;
        for (int k = 0; k < facts.size(); k++) {
            Object v = c.value().apply(facts.row(k));
            if (v instanceof String t && t.indexOf('百') >= 0 && digitThen(t, "百分比")) {
                first = first < 0 ? k : first;
                rows++;
            }
        }
        if (first >= 0) {
            String[] a = at(facts, first, c);
            ctx.report("percent-word", s.src("indicators#" + a[1]), c.zh(), Integer.toString(rows), Checks.quote(a[0]), c.en());
        }
    }

    private static String[] at(IndicatorFacts facts, int k, Col c) {
        return k < 0 ? null : new String[] {(String) c.value().apply(facts.row(k)), facts.row(k).pointer() + "/" + c.field()};
    }

    private static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** The next ASCII digit at or after {@code from}, or -1. */
    private static int nextNumber(String t, int from) {
        for (int q = from; q < t.length(); q++) {
            if (digit(t.charAt(q))) {
                return q;
            }
        }
        return -1;
    }

    /**
     * Where the number starting at {@code p} (a digit) ends, as {@code \d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?}
     * matches there: a run of at most three digits followed by ",ddd" groups is a grouped number, else the whole run
     * of digits; either may have a decimal part.
     */
    static int numberEnd(String t, int p) {
        int n = t.length();
        int q = p;
        while (q < n && digit(t.charAt(q))) {
            q++;
        }
        int e = q;
        if (q - p <= 3) {
            int g = q;
            while (g + 3 < n && t.charAt(g) == ',' && digit(t.charAt(g + 1)) && digit(t.charAt(g + 2)) && digit(t.charAt(g + 3))) {
                g += 4;
            }
            if (g > q) {
                e = g;
            }
        }
        if (e + 1 < n && t.charAt(e) == '.' && digit(t.charAt(e + 1))) {
            e += 2;
            while (e < n && digit(t.charAt(e))) {
                e++;
            }
        }
        return e;
    }

    private static boolean zeros(String t, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int q = from; q < to; q++) {
            if (t.charAt(q) != '0') {
                return false;
            }
        }
        return true;
    }

    /** A digit, optional spaces ({@code \s}), then {@code what}: as {@code \d\s*what} finds. */
    static boolean digitThen(String t, String what) {
        int from = 0;
        int i;
        while ((i = t.indexOf(what, from)) >= 0) {
            int q = i - 1;
            while (q >= 0 && io.github.jixiao.text.Chars.space(t.charAt(q))) {
                q--;
            }
            if (q >= 0 && digit(t.charAt(q))) {
                return true;
            }
            from = i + 1;
        }
        return false;
    }

    /** Totals in 元 beside totals in 万元 within the target or actual column (as parsed, with the row's unit). */
    private static void moneyUnits(Submission s, RuleContext ctx, IndicatorFacts facts, Col c) {
        String[] yuan = null;
        String[] wan = null;
        boolean target = c.field().equals("target");
        long money = target ? IndicatorFacts.T_MONEY : IndicatorFacts.A_MONEY;
        for (int k = 0; k < facts.size(); k++) {
            if ((facts.bits(k) & money) == 0) {
                continue;
            }
            io.github.jixiao.model.Indicator i = facts.row(k);
            io.github.jixiao.target.TargetValue v = target ? i.targetValue() : i.actualValue();
            String written = target ? i.effectiveTarget() : i.actual();
            if (written == null) {
                continue;
            }
            // only the first amount of each unit is shown: the texts are made for it alone
            boolean isYuan = io.github.jixiao.model.Money.YUAN.equals(v.unit());
            boolean isWan = !isYuan && io.github.jixiao.model.Money.WAN.equals(v.unit());
            if (isYuan && yuan == null || isWan && wan == null) {
                String at = i.pointer() + "/" + (target && !Checks.blank(i.adjustedTarget()) ? "adjustedTarget" : c.field());
                String shown = written.strip() + (written.contains("元") ? "" : " " + v.unit());
                if (isYuan) {
                    yuan = new String[] {shown, at};
                } else {
                    wan = new String[] {shown, at};
                }
                if (yuan != null && wan != null) {
                    break;
                }
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
