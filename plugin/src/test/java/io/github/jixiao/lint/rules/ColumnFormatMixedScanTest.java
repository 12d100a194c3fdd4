package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** column-format-mixed's scanners against the regular expressions they replaced (kept here as the oracle). */
class ColumnFormatMixedScanTest {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern PERCENT_WORD = Pattern.compile("\\d\\s*(百分比|％)");
    private static final Pattern PERCENT_SIGN = Pattern.compile("\\d\\s*%");

    static List<String> scanned(String t) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < t.length(); p++) {
            if (t.charAt(p) >= '0' && t.charAt(p) <= '9') {
                int e = ColumnFormatMixed.numberEnd(t, p);
                out.add(t.substring(p, e));
                p = e - 1;
            }
        }
        return out;
    }

    static List<String> matched(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void numbersAsTheRegularExpressionFindsThem() {
        assertEquals(List.of("1,234,567.89", "12"), scanned("共1,234,567.89元，12个"));
        assertEquals(List.of("1234", "567"), scanned("1234,567"));
        assertEquals(List.of("1,234", "5"), scanned("1,2345"));
        assertEquals(List.of("20.00", "3"), scanned("20.00%、3."));
        String alphabet = "0123456789,.,.%％ 百分比x\t";
        Random rnd = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(14); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertEquals(matched(t), scanned(t), t);
            assertEquals(PERCENT_WORD.matcher(t).find(), ColumnFormatMixed.digitThen(t, "百分比") || ColumnFormatMixed.digitThen(t, "％"), t);
            assertEquals(PERCENT_SIGN.matcher(t).find(), ColumnFormatMixed.digitThen(t, "%"), t);
        }
    }

    /** The first row of each format, as the rule's loop over the texts found them before the formats were facts. */
    static int[] firstRowsAsBefore(List<String> rows) {
        int plain = -1;
        int padded = -1;
        int grouped = -1;
        int ungrouped = -1;
        int word = -1;
        int sign = -1;
        for (int k = 0; k < rows.size(); k++) {
            String t = rows.get(k);
            if (t == null || !io.github.jixiao.text.Chars.hasAsciiDigit(t)) {
                continue;
            }
            boolean percent = t.indexOf('%') >= 0;
            int p = 0;
            while ((p = nextDigit(t, p)) >= 0) {
                int end = ColumnFormatMixed.numberEnd(t, p);
                boolean comma = false;
                int dot = -1;
                for (int q = p; q < end; q++) {
                    if (t.charAt(q) == ',') {
                        comma = true;
                    } else if (t.charAt(q) == '.') {
                        dot = q;
                    }
                }
                if (comma) {
                    grouped = grouped < 0 ? k : grouped;
                } else if ((dot < 0 ? end : dot) - p >= 5) {
                    ungrouped = ungrouped < 0 ? k : ungrouped;
                }
                boolean zeros = dot > p && dot + 1 < end && t.substring(dot + 1, end).chars().allMatch(ch -> ch == '0');
                if (!comma && zeros) {
                    padded = padded < 0 ? k : padded;
                } else if (dot < 0 && !comma && percent) {
                    plain = plain < 0 ? k : plain;
                }
                p = end;
            }
            if (ColumnFormatMixed.digitThen(t, "百分比") || ColumnFormatMixed.digitThen(t, "％")) {
                word = word < 0 ? k : word;
            } else if (ColumnFormatMixed.digitThen(t, "%")) {
                sign = sign < 0 ? k : sign;
            }
        }
        return new int[] {plain, padded, grouped, ungrouped, word, sign};
    }

    private static int nextDigit(String t, int from) {
        for (int q = from; q < t.length(); q++) {
            if (t.charAt(q) >= '0' && t.charAt(q) <= '9') {
                return q;
            }
        }
        return -1;
    }

    static int[] firstRowsByFormats(List<String> rows) {
        int[] first = {-1, -1, -1, -1, -1, -1};
        int[] bits = {ColumnFormatMixed.PLAIN, ColumnFormatMixed.PADDED, ColumnFormatMixed.GROUPED, ColumnFormatMixed.UNGROUPED,
            ColumnFormatMixed.WORD, ColumnFormatMixed.SIGN};
        for (int k = 0; k < rows.size(); k++) {
            int f = ColumnFormatMixed.formats(rows.get(k));
            for (int b = 0; b < 6; b++) {
                if (first[b] < 0 && (f & bits[b]) != 0) {
                    first[b] = k;
                }
            }
        }
        return first;
    }

    @Test
    void formatsGiveTheFirstRowsTheLoopFound() {
        String alphabet = "0123456789,.,.%％ 百分比x\t";
        Random rnd = new Random(23);
        for (int n = 0; n < 20_000; n++) {
            List<String> rows = new ArrayList<>();
            for (int r = rnd.nextInt(8); r > 0; r--) {
                if (rnd.nextInt(10) == 0) {
                    rows.add(null);
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int k = rnd.nextInt(12); k > 0; k--) {
                    sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                rows.add(sb.toString());
            }
            assertEquals(java.util.Arrays.toString(firstRowsAsBefore(rows)), java.util.Arrays.toString(firstRowsByFormats(rows)),
                    rows.toString());
        }
    }
}
