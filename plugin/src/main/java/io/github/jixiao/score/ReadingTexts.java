package io.github.jixiao.score;

import io.github.jixiao.text.Texts;
import java.util.List;

/**
 * The words, in Chinese and English, of the readings the scorer says of a deadline's cell: each is one text, filled in
 * ({@link Texts#fill}) where it is said. score-assumption's {@code deadline-read} says a cell's readings in one note
 * ({@link IndicatorScoring}), each as a clause here; its {@code month-before} and {@code year-before} messages, which say
 * the reading of a cell read no other way, are made of the same words (lint.scoring.ScoreAssumption's annotations take
 * these constants: one text for a reading, session 49; before, the scorer wrote the clauses in its own Java strings).
 * A clause's arguments: as named at each; the month's and the year's are those of month-before's and year-before's
 * messages ({1} the cell's words read, {2} the month or year, {4} what to write instead), {0} and {3} unused.
 */
public final class ReadingTexts {
    private ReadingTexts() {
    }

    /** 6月前 read as by the end of June: {2} the month. */
    public static final String MONTH_READ_ZH = "只写了月份加“前”，按 {2} 月底读";
    /** The actual within that month: {2} the month. */
    public static final String MONTH_MET_ZH = "在 {2} 月内，计为达成";
    /** What to write if the unit meant before the month begins: {2} the month, {4} the text ({@link #monthBeforeAdvice}). */
    public static final String MONTH_ELSE_ZH = "指 {2} 月 1 日之前的，请写作“{4}”，此项则未达成";
    public static final String MONTH_READ_EN = "is read as by the end of month {2}";
    public static final String MONTH_ELSE_EN = "it means before month {2} begins, write \"{4}\"";

    /** 2023年前 read as by the end of 2023: {2} the year. */
    public static final String YEAR_READ_ZH = "只写了年份加“前”，按 {2} 年底读";
    public static final String YEAR_MET_ZH = "在 {2} 年内，计为达成";
    /** What to write if the unit meant before the year: {4} the text. */
    public static final String YEAR_ELSE_ZH = "请写作“{4}”，此项则未达成";
    public static final String YEAR_READ_EN = "is read as by the end of {2}";
    public static final String YEAR_ELSE_EN = "it means before {2} begins, write \"{4}\"";

    /** English, of either: the actual counts as met; read the other way, the target is missed. */
    public static final String MET_EN = "counts as met";
    public static final String MISSED_EN = "the target is then missed";

    /** deadline-read's clause of a month and 前 alone (力争6月前完成): {1} 6月前, {2} 6, {4} 5月底前. */
    static final String MONTH_ZH = "“{1}”" + MONTH_READ_ZH + "，实际完成" + MONTH_MET_ZH + "；" + MONTH_ELSE_ZH;
    static final String MONTH_EN = "\"{1}\" (before month {2}) " + MONTH_READ_EN + ", and the actual, within month {2}, " + MET_EN
            + "; if " + MONTH_ELSE_EN + ", and " + MISSED_EN;
    /** deadline-read's clause of a year and 前 alone: {1} 2023年前, {2} 2023, {4} 2022年底前. */
    static final String YEAR_ZH = "“{1}”" + YEAR_READ_ZH + "，实际完成" + YEAR_MET_ZH + "；指 {2} 年之前的，" + YEAR_ELSE_ZH;
    static final String YEAR_EN = "\"{1}\" (before {2}) " + YEAR_READ_EN + ", and the actual, within {2}, " + MET_EN + "; if "
            + YEAR_ELSE_EN + ", and " + MISSED_EN;
    /** The words before the deadline read past (力争): {0} the words. */
    static final String LEAD_ZH = "“{0}”后是期限，按期限读";
    static final String LEAD_EN = "\"{0}\" is followed by the deadline, which is read";
    /** A month's ten days read by their last day: {0} the month, {1} 上旬/中旬/下旬, {2} the day, {3} the part in English. */
    static final String TEN_DAYS_ZH = "“{0}月{1}”按 {0} 月 {2} 日读：上旬到 10 日，中旬到 20 日，下旬到月末";
    static final String TEN_DAYS_EN = "\"{0}月{1}\" ({3} of month {0}) is read as by day {2} (上旬 by the 10th, 中旬 by the 20th, 下旬 by the month's end)";
    /** The date read out of the actual's words: {0} the date. */
    static final String LABELLED_DATE_ZH = "实际完成值按其中的日期 {0} 读";
    static final String LABELLED_DATE_EN = "the actual is read as the date in it, {0}";
    /** Words of progress after a deadline, read past (6月底前完成，按进度推进: M8, session 49): {0} the words. */
    static final String PROGRESS_ZH = "“{0}”是对进度的说明，不是另一指标值，按其前的期限读";
    static final String PROGRESS_EN = "\"{0}\" says how the work goes on, not another target, and the deadline before it is read";
    /** The other target of a cell of two, left unchecked: {0} its clause. */
    static final String OTHER_ZH = "同一格中的另一指标值“{0}”未核对，请另列一行";
    static final String OTHER_EN = "the other target in the cell, \"{0}\", is not checked: give it a row of its own";

    /** What to write for "before month {@code month} begins" (month-before's {4}): 5月底前, or 上年12月31日前 for January. */
    static String monthBeforeAdvice(int month) {
        return month == 1 ? "上年12月31日前" : (month - 1) + "月底前";
    }

    /** What to write for "before {@code year} begins" (year-before's {4}): 2022年底前. */
    static String yearBeforeAdvice(int year) {
        return (year - 1) + "年底前";
    }

    /** A reading's clause in both languages, {@code zh} and {@code en} filled with {@code args}. */
    record Clause(String zh, String en) {
        static Clause of(String zh, String en, String... args) {
            List<String> a = List.of(args);
            return new Clause(Texts.fill(zh, a), Texts.fill(en, a));
        }
    }

    /** deadline-read's {4} (Chinese) of {@code clauses}: in brackets, one after another. */
    static String zh(List<Clause> clauses) {
        return "（" + String.join("；", clauses.stream().map(Clause::zh).toList()) + "）";
    }

    /** deadline-read's {5} (English) of {@code clauses}. */
    static String en(List<Clause> clauses) {
        return " (" + String.join("; ", clauses.stream().map(Clause::en).toList()) + ")";
    }
}
