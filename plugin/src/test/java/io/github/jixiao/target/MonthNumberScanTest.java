package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TargetParser#monthNumber} (session 58, issue 17: read from the target's one or two characters, no matcher per
 * row) against the expression it replaced, kept here; and {@link TargetParser#monthOfTimeRow}, which now reads the name
 * only for a target that is a month's number, against its old body; and {@link TargetParser#yearMonthOfTimeRow}, which
 * makes its matcher only for a text with a dot or slash after four characters, against its old body.
 */
class MonthNumberScanTest {

    private static final Pattern MONTH_NUMBER = Pattern.compile("(0?[1-9]|1[0-2])");

    private static boolean monthNumberOracle(String t) {
        return MONTH_NUMBER.matcher(t).matches();
    }

    private static final Pattern TIME_NAME = Pattern.compile("(时间|日期|时限|时间节点|节点)$");
    private static final Pattern LENGTH_NAME = Pattern.compile("培训|服务|运行|开放|时长|工作时间|学时|用时|耗时");

    /** monthOfTimeRow before session 58. */
    private static String monthOfTimeRowOracle(String name, String target) {
        if (name == null || target == null) {
            return null;
        }
        String n = name.strip();
        String t = target.strip();
        if (!MONTH_NUMBER.matcher(t).matches() || !TIME_NAME.matcher(n).find() || LENGTH_NAME.matcher(n).find()) {
            return null;
        }
        return Integer.parseInt(t) + "月底前";
    }

    @Test
    void everyRealTextAndEveryShortText() {
        int months = 0;
        for (String s : RealTableTexts.strings()) {
            for (String t : new String[] {s, s.strip()}) {
                assertEquals(monthNumberOracle(t), TargetParser.monthNumber(t), t);
                months += monthNumberOracle(t) ? 1 : 0;
            }
        }
        assertTrue(months > 0, "some real text is a month's number");
        // every text of one or two characters of the digits, full-width digits, letters and marks, and every char alone
        String alphabet = "0123456789０１２３４５６７８９.-+ 月a\u3000\u0660\u0661";
        for (int i = 0; i < alphabet.length(); i++) {
            for (int j = 0; j < alphabet.length(); j++) {
                String two = "" + alphabet.charAt(i) + alphabet.charAt(j);
                assertEquals(monthNumberOracle(two), TargetParser.monthNumber(two), two);
                for (int k = 0; k < alphabet.length(); k++) {
                    String three = two + alphabet.charAt(k);
                    assertEquals(monthNumberOracle(three), TargetParser.monthNumber(three), three);
                }
            }
        }
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertEquals(monthNumberOracle(one), TargetParser.monthNumber(one), Integer.toHexString(c));
            assertEquals(monthNumberOracle("1" + one), TargetParser.monthNumber("1" + one), Integer.toHexString(c));
            assertEquals(monthNumberOracle("0" + one), TargetParser.monthNumber("0" + one), Integer.toHexString(c));
            assertEquals(monthNumberOracle(one + "1"), TargetParser.monthNumber(one + "1"), Integer.toHexString(c));
        }
        assertEquals(monthNumberOracle(""), TargetParser.monthNumber(""));
    }

    private static final Pattern YEAR_DOT_MONTH = Pattern.compile("^(\\d{4})[.．/](\\d{1,2})$");

    /** yearMonthOfTimeRow before session 58. */
    private static String yearMonthOfTimeRowOracle(String name, String target) {
        if (name == null || target == null) {
            return null;
        }
        String t = target.strip();
        java.util.regex.Matcher ym = t.length() > 7 || t.length() < 6 ? null : YEAR_DOT_MONTH.matcher(t);
        if (ym == null || !ym.matches()) {
            return null;
        }
        String n = name.strip();
        if (!TIME_NAME.matcher(n).find() || LENGTH_NAME.matcher(n).find()) {
            return null;
        }
        int y = Integer.parseInt(ym.group(1));
        int month = Integer.parseInt(ym.group(2));
        return Period.calendarYear(y) && month >= 1 && month <= 12 ? y + "年" + month + "月" : null;
    }

    @Test
    void yearMonthOfTimeRowAsBefore() {
        int read = 0;
        for (String[] row : RealTableTexts.rows()) {
            for (String target : new String[] {row[1], row[2], row[3]}) {
                String expected = yearMonthOfTimeRowOracle(row[0], target);
                assertEquals(expected, TargetParser.yearMonthOfTimeRow(row[0], target), row[0] + " | " + target);
                read += expected == null ? 0 : 1;
            }
        }
        for (String s : RealTableTexts.strings()) {
            assertEquals(yearMonthOfTimeRowOracle("完成时间", s), TargetParser.yearMonthOfTimeRow("完成时间", s), s);
            read += yearMonthOfTimeRowOracle("完成时间", s) == null ? 0 : 1;
        }
        assertTrue(read > 0, "some real text is a year and its month");
        // texts of 5 to 8 characters of digits, every mark, spaces; the mark at every place
        Random r = new Random(5802);
        String alphabet = "0123456789012345.．/-。 \u3000%年月a";
        String[] names = {"完成时间", "项目竣工时间", "培训时间", "覆盖率", null, " 时间节点 "};
        for (int k = 0; k < 60_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 5 + r.nextInt(5);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (r.nextBoolean() && sb.length() > 4) {
                sb.setCharAt(4, ".．/".charAt(r.nextInt(3)));
            }
            String t = sb.toString();
            String n = names[r.nextInt(names.length)];
            assertEquals(yearMonthOfTimeRowOracle(n, t), TargetParser.yearMonthOfTimeRow(n, t), n + " | " + t);
        }
        for (int c = 0; c <= 0xFFFF; c++) {
            String t = "2023" + (char) c + "12";
            assertEquals(yearMonthOfTimeRowOracle("完成时间", t), TargetParser.yearMonthOfTimeRow("完成时间", t), Integer.toHexString(c));
        }
    }

    @Test
    void monthOfTimeRowAsBefore() {
        int read = 0;
        for (String[] row : RealTableTexts.rows()) {
            for (String target : new String[] {row[1], row[2], row[3]}) {
                String expected = monthOfTimeRowOracle(row[0], target);
                assertEquals(expected, TargetParser.monthOfTimeRow(row[0], target), row[0] + " | " + target);
                read += expected == null ? 0 : 1;
            }
        }
        assertTrue(read > 0, "some real row is a month on a row of a time");
        Random r = new Random(58);
        String[] names = {"完成时间", "项目完成时限", "培训时间", "时间节点", "服务时长", "覆盖率", null, " 完成时间 ", "竣工日期", "节点"};
        String[] targets = {"12", " 6 ", "06", "13", "0", "12月", "１２", "1", "10", null, "", " ", "2023.12", "012"};
        for (int k = 0; k < 5_000; k++) {
            String n = names[r.nextInt(names.length)];
            String t = targets[r.nextInt(targets.length)];
            assertEquals(monthOfTimeRowOracle(n, t), TargetParser.monthOfTimeRow(n, t), n + " | " + t);
        }
    }
}
