package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.TreeRule;
import io.github.jixiao.lint.TreeWalk;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import java.util.Set;

@RuleInfo(
        id = "date-invalid",
        severity = Severity.ERROR,
        category = Category.SCHEMA,
        titleZh = "日期不存在",
        titleEn = "Date that does not exist",
        rationaleZh = "格式只要求 YYYY-MM-DD，2024-02-30、2024-13-01 这样的字符串符合格式，却不是日历上的日子。"
                + "调剂日期、指标修订日期决定“调剂后指标未修订”等检查：不存在的日期会让这些检查悄悄失效。",
        rationaleEn = "The format only asks for YYYY-MM-DD, so 2024-02-30 or 2024-13-01 pass it without naming a day of the calendar. "
                + "Adjustment and revision dates drive checks such as indicators-stale-after-adjustment: an impossible date would silently turn them off.",
        source = "jixiao；ISO 8601 日历日期",
        sourceEn = "jixiao; ISO 8601 calendar dates",
        messages = {
            @RuleInfo.Message(zh = "日期“{0}”在日历上不存在。请写实际的日期（YYYY-MM-DD）。",
                    en = "The date \"{0}\" does not exist in the calendar. Write the actual date (YYYY-MM-DD).")
        })
public final class DateInvalid implements TreeRule {

    /** The fields the format declares as dates (common.schema.json#/$defs/date). */
    static final Set<String> DATE_FIELDS = Set.of("date", "targetRevisedOn", "indicatorsRevisedOn", "publishedOn");

    @Override
    public int interests() {
        return STRINGS;
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        if (!ctx.treesWalked()) {
            TreeWalk.walk(submission, this, ctx);
        }
    }

    /**
     * {@code DATE_FIELDS.contains(key)}, by the key's length first: the set's lookup hashes the key, and a tree's keys
     * are strings of their own (their hash not yet worked out).
     */
    static boolean dateField(String key) {
        return switch (key.length()) {
            case 4 -> key.equals("date");
            case 11 -> key.equals("publishedOn");
            case 15 -> key.equals("targetRevisedOn");
            case 19 -> key.equals("indicatorsRevisedOn");
            default -> false;
        };
    }

    /** The string values of the date fields; a pointer is built only for a date reported. */
    @Override
    public void visitString(TreeWalk.Cursor at, String s, RuleContext ctx) {
        String key = at.key();
        // a string of another shape is the schema's finding; one of this shape must name a day
        // the shape has ten characters with a '-' at index 4: that is asked first, of every string of every tree
        if (s.length() == 10 && s.charAt(4) == '-' && key != null && dateField(key) && shaped(s)
                && Submission.parseDate(s) == null) { // parseDate reads this shape without its formatter
            ctx.report(at.document().src(at.node(), at.pointer()), SubmissionLoader.excerpt(s, 40));
        }
    }

    /** YYYY-MM-DD in ASCII digits: {@code ^[0-9]{4}-[0-9]{2}-[0-9]{2}$}. */
    static boolean shaped(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
