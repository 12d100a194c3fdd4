package io.github.jixiao.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte writer against the writer it replaced ({@link TextXlsxWriter}, kept here as the oracle): the same tables
 * give the very same bytes, zip headers and central directory included (reports are compared byte for byte
 * between runs and versions).
 */
class XlsxWriterBytesTest {

    /** Characters that test every branch of the encoder, the cleaner and the escaper. */
    private static final String[] PIECES = {"决策", "过程", "a", "", " ", " x ", "1,000", "=SUM(A1)", "<&>", "\"", "'", "\r\n",
        "\t", "\u0000", "\u001f", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "é", "\u07FF", "\u0800", "\uE000",
        "\u202E", "—", "\\", "]]>", "&amp;", "x".repeat(40)};

    private static String text(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(5); k > 0; k--) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void randomTablesGiveTheOldWritersBytes() throws IOException {
        Random rnd = new Random(1717);
        for (int n = 0; n < 300; n++) {
            List<Table> tables = new ArrayList<>();
            for (int t = rnd.nextInt(4); t >= 0; t--) {
                int cols = rnd.nextInt(n % 10 == 0 ? 80 : 10);
                List<String> header = new ArrayList<>();
                List<Integer> widths = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    header.add(text(rnd));
                    if (rnd.nextBoolean()) {
                        widths.add(rnd.nextInt(400));
                    }
                }
                List<List<Object>> rows = new ArrayList<>();
                for (int r = rnd.nextInt(n % 7 == 0 ? 1200 : 40); r > 0; r--) {
                    List<Object> row = new ArrayList<>();
                    for (int c = rnd.nextInt(cols + 2); c > 0; c--) {
                        int k = rnd.nextInt(15);
                        // repeated texts (as new instances, as a parser makes them), new ones, blanks, numbers and
                        // counts (whole numbers, any int or long)
                        row.add(k < 6 ? new String(PIECES[k]) : k < 11 ? text(rnd) : k == 11 ? null
                                : k == 14 ? (rnd.nextBoolean() ? (Object) rnd.nextInt() : (Object) rnd.nextLong())
                                : BigDecimal.valueOf(rnd.nextLong() % 10_000_000, rnd.nextInt(6) - 1));
                    }
                    rows.add(row);
                }
                tables.add(new Table(text(rnd) + (rnd.nextBoolean() ? "[]:*?/\\'" : ""), text(rnd), header, widths, rows,
                        rnd.nextInt(4)));
            }
            assertArrayEquals(TextXlsxWriter.write(tables), XlsxWriter.write(tables), "tables " + n);
        }
    }

    @Test
    void longAndHostileCellsGiveTheOldWritersBytes() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("字".repeat(40_000), "😀".repeat(20_000), "a\uD800".repeat(20_000), null));
        rows.add(Arrays.asList("字".repeat(40_000), "=cmd|' /C calc'!A0\u0001\r\n", new BigDecimal("-0.005"), new BigDecimal("1E+3")));
        List<Table> tables = List.of(new Table("", "", List.of("a", "b", "c", "d"), List.of(), rows, 2),
                new Table("a".repeat(40), null, List.of(), List.of(), List.of(), 0));
        assertArrayEquals(TextXlsxWriter.write(tables), XlsxWriter.write(tables));
        assertArrayEquals(TextXlsxWriter.write(List.of()), XlsxWriter.write(List.of()));
    }

    /** Numbers where the writer leaves its long arithmetic for {@code toPlainString()}, either side of the edge. */
    @Test
    void numbersAroundTheLongPathGiveTheOldWritersBytes() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (String s : List.of("0", "-0.004", "-0.005", "0.005", "1E+3", "-1E-7", "21474836.47", "21474836.48", "-21474836.48",
                "9999999999999999.99", "-9999999999999999.99", "9999999999999999.995", "99999999999999999.99",
                "-99999999999999999.99", "92233720368547758.07", "92233720368547758.08", "123456789012345678901234567890.125",
                "-123456789012345678901234567890.125", "1E+30", "-1E+17")) {
            BigDecimal v = new BigDecimal(s);
            rows.add(Arrays.asList(v, v.negate(), v.setScale(2, java.math.RoundingMode.HALF_UP), v.movePointLeft(1)));
        }
        List<Table> tables = List.of(new Table("n", "n", List.of("a", "b", "c", "d"), List.of(), rows, 0));
        assertArrayEquals(TextXlsxWriter.write(tables), XlsxWriter.write(tables));
    }
}
