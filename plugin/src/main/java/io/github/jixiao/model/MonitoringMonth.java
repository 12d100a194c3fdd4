package io.github.jixiao.model;

/**
 * The month a mid-year monitoring table's figures run to, and where it was read: {@code funds.toDateMonth} (1-6月执行数:
 * 6), else the month the table's title says ({@link #titleMonth}: 2019年1-6月项目支出绩效监控表, 上半年, 截至6月30日), as the
 * form prints it above the figures. One reading for the rules (monitoring-deviation-unexplained, indicator-incomplete) and
 * the reports (the 运行监控情况 section's 序时进度 and its 1-6月 headings, findings.json's {@code monitoring}), so that a
 * page never heads a column 截至监控时点完成值 beside a finding that says "by the end of June" (session 45; the rules
 * read it in lint's Checks before).
 *
 * @param month     1 to 12
 * @param fromTitle whether it was read from the title (budget.json gives no {@code funds.toDateMonth})
 * @param title     the title it was read from, or null when it came from {@code funds.toDateMonth}
 */
public record MonitoringMonth(int month, boolean fromTitle, String title) {

    /**
     * The month of {@code funds} (null: no block), or of {@code title} (department.json's, null: none) where the block
     * gives none; null where neither says one month (1 to 12). The import sets toDateMonth only from a funds column
     * headed with its months, so a table whose title alone names them (or one typed by hand) had no month.
     * A toDateMonth outside 1–12 is no month, and the title is not read then (the table's own figure is wrong).
     */
    public static MonitoringMonth of(Funds funds, String title, Integer year) {
        Integer month = funds == null ? null : funds.toDateMonth();
        if (month != null) {
            return month >= 1 && month <= 12 ? new MonitoringMonth(month, false, null) : null;
        }
        Integer t = titleMonth(title, year);
        return t == null ? null : new MonitoringMonth(t, true, title);
    }

    /** {@link #of} of {@code s}'s funds block, department.json's {@code title} and year. */
    public static MonitoringMonth of(Submission s) {
        return of(s.funds(), s.text("department", "/title"), s.year());
    }

    /** The month alone ({@link #of}), or null. */
    public static Integer monthToDate(Submission s) {
        MonitoringMonth m = of(s);
        return m == null ? null : m.month();
    }

    /** 1-6月, 1—6月, 1至6月, 1～6月: the months from January a title names (group 1: the last). */
    private static final java.util.regex.Pattern FROM_JANUARY =
            java.util.regex.Pattern.compile("(?<![0-9])1\\s*(?:-|－|—|–|~|～|至|到)\\s*([0-9]{1,2})\\s*月(?!\\s*[0-9]{1,2}\\s*日)");

    /** 截至6月, 截至2019年6月底, 截止6月30日: the month (group 2) and day (group 3) a title says its figures run to (year: group 1). */
    private static final java.util.regex.Pattern AS_OF = java.util.regex.Pattern.compile(
            "截[至止]\\s*(?:([0-9]{4})\\s*年\\s*)?([0-9]{1,2})\\s*月\\s*(?:([0-9]{1,2})\\s*[日号]|份|底|末)?");

    /**
     * The month a monitoring table's title says its figures run to, or null: 1-6月 (and 1—6月, 1至6月 …), 截至6月 (底, 末,
     * or its last day: 截至6月30日), 上半年 (6), 前三季度 (9). Null where it says none, where a day is not the month's last
     * (截至6月15日: the month not wholly in), where a year written beside 截至 is not the table's, and where two readings
     * differ: not sure, so no month (the rules that need one say nothing, as before).
     */
    public static Integer titleMonth(String title, Integer year) {
        if (title == null || title.isBlank()) {
            return null;
        }
        StringBuilder folded = new StringBuilder(title.length());
        for (int k = 0; k < title.length(); k++) {
            char c = title.charAt(k);
            folded.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c); // full-width digits, as tables type them
        }
        String t = folded.toString();
        java.util.Set<Integer> months = new java.util.TreeSet<>();
        java.util.regex.Matcher m = FROM_JANUARY.matcher(t);
        while (m.find()) {
            months.add(Integer.parseInt(m.group(1)));
        }
        m = AS_OF.matcher(t);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (m.group(1) != null && year != null && Integer.parseInt(m.group(1)) != year) {
                return null;
            }
            if (m.group(3) != null) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year != null ? year : 2001;
                if (month < 1 || month > 12 || Integer.parseInt(m.group(3)) != java.time.YearMonth.of(y, month).lengthOfMonth()) {
                    return null; // 截至6月15日: part of the month
                }
            }
            months.add(month);
        }
        if (t.contains("上半年")) {
            months.add(6);
        }
        if (t.contains("前三季度")) {
            months.add(9);
        }
        if (months.size() != 1) {
            return null;
        }
        int month = months.iterator().next();
        return month >= 1 && month <= 12 ? month : null;
    }
}
