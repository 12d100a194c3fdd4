package io.github.jixiao.target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 时效 target written as a period, from one day to another (大英 2020, t44: "1-12月"; 吕梁 2021, t58: "2021.1.1-12.31";
 * across years: "2024.10-2025.3", "2025年1月至2026年6月"), its first and last day as yyyymmdd; and whether an actual's
 * completion date falls within it. The one reader of periods and completion days: indicator-time-cost-unspecified
 * (time-whole-year), indicator-actual-incommensurable (period, period-outside), indicator-deadline-after-year (a period
 * ending after the budget year) and the scorer (a 时效 row scored by its period) ask it. Until session 50 the rule
 * IndicatorTimeCostUnspecified held a reader of its own (W1, session 49) beside {@link TargetParser}'s dates, which read a
 * bare "12月" as the month's last day where the parser reads a month in the unit's favour ({@link TargetParser#actualDay}),
 * and read no period across years.
 *
 * @param from the first day, yyyymmdd
 * @param to the last day, yyyymmdd
 */
public record Period(long from, long to) {
    /** A span of months in one year: "1-12月", "2020年1-12月", "1月至12月". Groups: year, first month, last month. */
    private static final Pattern MONTHS = Pattern.compile(
            "^\\s*(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月?\\s*[-—–~～至到]\\s*(\\d{1,2})\\s*月份?\\s*$");
    /**
     * A span of days: "2021.1.1-12.31", "2021年1月1日至2021年12月31日", "2024.10.1-2025.3.31". Groups: year, month, day; the
     * last day's year (or none: the first's), month, day.
     */
    private static final Pattern DAYS = Pattern.compile(
            "^\\s*(?:(\\d{4})\\s*[.．年/-]\\s*)?(\\d{1,2})\\s*[.．月/-]\\s*(\\d{1,2})\\s*[日号]?\\s*[-—–~～至到]\\s*"
                    + "(?:(\\d{4})\\s*[.．年/-]\\s*)?(\\d{1,2})\\s*[.．月/-]\\s*(\\d{1,2})\\s*[日号]?\\s*$");
    /**
     * A span of months each with its year, across years or not: "2024.10-2025.3", "2023.07-2024.01", "2025年1月至2026年6月",
     * "2025年10月-2026年3月底". Groups: first year, month; last year, month.
     */
    private static final Pattern YEAR_MONTHS = Pattern.compile(
            "^\\s*(\\d{4})\\s*[.．年/-]\\s*(\\d{1,2})\\s*月?\\s*[-—–~～至到]\\s*(\\d{4})\\s*[.．年/-]\\s*(\\d{1,2})\\s*月?(?:份|底|末)?\\s*$");

    /**
     * Whether {@code text} holds a digit and a dash, 至, 到 or a tilde, as every written period does ("2021.1.1-12.31",
     * "1-12月", "2021年1月至12月"): a scan before the expressions that read one, most texts holding no dash.
     */
    public static boolean mayBe(String text) {
        boolean digit = false;
        boolean dash = false;
        for (int k = 0; k < text.length() && !(digit && dash); k++) {
            char c = text.charAt(k);
            digit |= c >= '0' && c <= '9' || c >= '０' && c <= '９';
            dash |= c == '-' || c == '—' || c == '–' || c == '~' || c == '～' || c == '至' || c == '到';
        }
        return digit && dash;
    }

    /**
     * {@code text} read as a period, the year the text's or else {@code year} (the table's); null for anything else: no
     * such day or month, an end before its start, a text with no year where {@code year} is null, or more than a year's
     * span to the last day written without its year.
     */
    public static Period of(String text, Integer year) {
        if (text == null || !mayBe(text)) {
            return null;
        }
        Matcher m = MONTHS.matcher(text);
        if (m.matches()) {
            Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : year;
            int first = Integer.parseInt(m.group(2));
            int last = Integer.parseInt(m.group(3));
            if (y == null || first < 1 || last > 12 || first > last) {
                return null;
            }
            return new Period(y * 10_000L + first * 100 + 1, y * 10_000L + last * 100 + java.time.YearMonth.of(y, last).lengthOfMonth());
        }
        m = YEAR_MONTHS.matcher(text);
        if (m.matches()) {
            int y1 = Integer.parseInt(m.group(1));
            int y2 = Integer.parseInt(m.group(3));
            int first = Integer.parseInt(m.group(2));
            int last = Integer.parseInt(m.group(4));
            if (!calendarYear(y1) || !calendarYear(y2) || first < 1 || first > 12 || last < 1 || last > 12) {
                return null;
            }
            Period p = new Period(y1 * 10_000L + first * 100 + 1, y2 * 10_000L + last * 100 + java.time.YearMonth.of(y2, last).lengthOfMonth());
            return p.from < p.to ? p : null;
        }
        m = DAYS.matcher(text);
        if (m.matches()) {
            Integer y1 = m.group(1) != null ? Integer.valueOf(m.group(1)) : year;
            Integer y2 = m.group(4) != null ? Integer.valueOf(m.group(4)) : y1;
            if (y1 == null || !calendarYear(y1) || !calendarYear(y2)) {
                return null;
            }
            long first = day(y1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            long last = day(y2, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            return first < 0 || last < 0 || first > last ? null : new Period(first, last);
        }
        return null;
    }

    /** A year a table of ours can name (1990–2100): a four-figure number outside it is no year. */
    static boolean calendarYear(int y) {
        return y >= 1990 && y <= 2100;
    }

    /** yyyymmdd, or -1 for no such day. */
    private static long day(int y, int month, int d) {
        if (month < 1 || month > 12 || d < 1 || d > java.time.YearMonth.of(y, month).lengthOfMonth()) {
            return -1;
        }
        return y * 10_000L + month * 100 + d;
    }

    /** Whether this is a whole calendar year (1月1日 to 12月31日 of one year): it says "within the year", no deadline. */
    public boolean wholeYear() {
        return from / 10_000 == to / 10_000 && from % 10_000 == 101 && to % 10_000 == 1231;
    }

    /** The year of the first day. */
    public int firstYear() {
        return (int) (from / 10_000);
    }

    /** The year of the last day. */
    public int lastYear() {
        return (int) (to / 10_000);
    }

    /**
     * What an actual says of this period: done within it, outside it, or no day said; {@code written} the day that decides at
     * the precision written (a day "2020-09-20", a month "2020-09", a year "2020"), null where no day is said. Done within
     * a whole calendar year with no day said ({@code within} and not {@code dated}: "1-12月 | 已完成100%", session 51).
     */
    public record Done(boolean dated, boolean within, String written, boolean provisional) {
        Done(boolean dated, boolean within, String written) {
            this(dated, within, written, false);
        }

        /**
         * Whether the score reads the row as done within the period: a day within it, the whole year or an on-time claim
         * beside it ({@link #within}), or a claim of the work done with no day beside a shorter period, read so for now
         * ({@link #provisional}, as a deadline beside 已完成 is: indicator-actual-incommensurable period-done-undated asks
         * for the day).
         */
        public boolean scoredWithin() {
            return within || provisional;
        }
    }

    /**
     * Where the day an actual says the work was done ({@link TargetParser#doneSpan}, the parser's reading of a date) falls:
     * within this period where the day, or the month or year written without its day, meets it — read in the unit's
     * favour, as {@link TargetParser#actualDay} reads a month against a deadline (2022年6月 within "2022.1.1-6.15": it may
     * be 1 June); outside it; or no day said ("已完成100%", 预计6月完成: a forecast is no day done).
     */
    public Done done(String actual, Integer year) {
        long[] span = TargetParser.doneSpan(year, actual);
        if (span == null) {
            // a period as the actual: the span it names (the target's own period copied is within it, and
            // actual-equals-target-pattern's copied-period says it is no day done)
            Period p = actual == null ? null : of(actual.strip(), year);
            span = p == null ? null : new long[] {p.from, p.to};
        }
        if (span == null) {
            // the whole budget year beside "已完成" or "已完成100%" (大英 2020, t44 /2: 全年 | 1-12月): done, and within the
            // year, the only day it sets (its end); the day asked for is time-whole-year's, which asks for a deadline too.
            // A shorter period (session 52, T4's left-alone): an actual that says the period was kept (按期完成, 按时完成,
            // 如期完成) is read as done within it; one that says the work is done and not when (已完成, 已完成100%) is a
            // plausible claim the day of which is asked (period-done-undated, a warning), read as done within the period
            // for now as a deadline beside 已完成 is (deadline-done-undated); anything else is asked for its day (period)
            boolean done = saysDone(actual);
            boolean onTime = done && !wholeYear() && onTime(actual);
            return new Done(false, done && (wholeYear() || onTime), null, done && !wholeYear() && !onTime);
        }
        boolean within = span[0] <= to && span[1] >= from;
        return new Done(true, within, written(span));
    }

    /** Words saying the work was done on time, within the time set: 按期完成, 按时完成, 如期完成, 及时完成, 在规定时间内完成. */
    private static final Pattern ON_TIME = Pattern.compile("按期|按时|如期|及时|按时间节点|在规定时间内|在期限内|在规定期限内");

    /**
     * Whether an actual that says the work is done ({@link #saysDone}) says it was done on time too (按期完成, 已按时完成,
     * 如期完成): within the period, as the unit states it.
     */
    public static boolean onTime(String actual) {
        return actual != null && saysDone(actual) && ON_TIME.matcher(actual).find();
    }

    /** "已完成", "按时完成" ({@link TargetParser#doneWithoutDate}) or "已完成100%" (the whole of the work, {@link TargetParser#shareDone}). */
    public static boolean saysDone(String actual) {
        if (TargetParser.doneWithoutDate(actual)) {
            return true;
        }
        TargetParser.ShareDone share = TargetParser.shareDone(actual);
        return share != null && share.whole();
    }

    /** A span as written: one day, a whole month ("2020-09"), a whole year ("2020"), or its first and last day. */
    static String written(long[] span) {
        String first = TargetValue.isoDate(span[0]);
        if (span[0] == span[1]) {
            return first;
        }
        if (span[0] % 10_000 == 101 && span[1] % 10_000 == 1231 && span[0] / 10_000 == span[1] / 10_000) {
            return Long.toString(span[0] / 10_000);
        }
        if (span[0] % 100 == 1 && span[0] / 100 == span[1] / 100) {
            return first.substring(0, 7);
        }
        return first + "/" + TargetValue.isoDate(span[1]);
    }
}
