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
        "\u202E", "—", "\\", "]]>", "&amp;", "x".repeat(40), "_x0041_", "_x005F_", "_x12_", "_"};

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
        rows.add(Arrays.asList("a_x0041_b", "_x005F_x000D_", "__x0041__", "_xabcd_"));
        List<Table> tables = List.of(new Table("", "", List.of("a", "b", "c", "d"), List.of(), rows, 2),
                new Table("a".repeat(40), null, List.of(), List.of(), List.of(), 0));
        assertArrayEquals(TextXlsxWriter.write(tables), XlsxWriter.write(tables));
        assertArrayEquals(TextXlsxWriter.write(List.of()), XlsxWriter.write(List.of()));
    }

    /**
     * The workbook streamed in chunks gives the bytes built in memory: written to a file through its channel (after
     * bytes already there, as the package's offsets count from where it starts), and to a sink that records each write,
     * none larger than a chunk, with the headers of parts that went out before they ended written back.
     */
    @Test
    void streamedInChunksGivesTheBytesBuiltInMemory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        Random rnd = new Random(20);
        for (int r = 0; r < 30_000; r++) { // about 4 MB: eight chunks and more, the sheet's header long gone when it ends
            rows.add(Arrays.asList("产出指标", text(rnd), "指标" + r, r % 3 == 0 ? null : BigDecimal.valueOf(r, 2), text(rnd) + r));
        }
        rows.add(Arrays.asList("字".repeat(40_000), "😀".repeat(20_000), "a\uD800".repeat(20_000), null)); // cells cleaned, cut
        List<Table> big = List.of(new Table("评分表", "标题", List.of("a", "b", "c", "d", "e"), List.of(), rows.subList(0, 10), 2),
                new Table("绩效指标", "标题", List.of("a", "b", "c", "d", "e"), List.of(), rows, 2),
                new Table("问题", null, List.of("a"), List.of(), List.of(), 0));
        List<List<Table>> cases = List.of(big, List.of(), List.of(new Table("t", "t", List.of("x"), List.of(),
                List.<List<Object>>of(Arrays.asList("一", BigDecimal.ONE)), 0)));
        for (List<Table> tables : cases) {
            byte[] memory = XlsxWriter.write(tables);
            assertArrayEquals(TextXlsxWriter.write(tables), memory);

            java.nio.file.Path file = tmp.resolve("w.xlsx");
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}));
                XlsxWriter.write(tables, ch);
            }
            byte[] onDisk = java.nio.file.Files.readAllBytes(file);
            assertArrayEquals(memory, Arrays.copyOfRange(onDisk, 3, onDisk.length));

            java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
            int[] largest = {0};
            int[] patches = {0};
            byte[][] patched = {null};
            XlsxWriter.write(tables, new XlsxWriter.Sink() {
                @Override
                public void write(byte[] b, int off, int len) {
                    largest[0] = Math.max(largest[0], len);
                    seen.write(b, off, len);
                }

                @Override
                public void patch(long position, byte[] b, int off, int len) {
                    patches[0]++;
                    byte[] now = seen.toByteArray();
                    System.arraycopy(b, off, now, (int) position, len);
                    seen.reset();
                    seen.write(now, 0, now.length);
                }
            });
            assertArrayEquals(memory, seen.toByteArray());
            org.junit.jupiter.api.Assertions.assertTrue(largest[0] <= XlsxWriter.CHUNK, "a write of " + largest[0] + " bytes");
            if (tables == big) {
                org.junit.jupiter.api.Assertions.assertTrue(memory.length > 8 * XlsxWriter.CHUNK, "the big case is " + memory.length);
                // the headers of the big sheet and of the shared strings (larger than a chunk too) written back, the
                // others' in the chunk they started in
                org.junit.jupiter.api.Assertions.assertEquals(2, patches[0]);
            } else {
                org.junit.jupiter.api.Assertions.assertEquals(0, patches[0]);
            }
        }
    }

    /**
     * Texts that share one String hash (every string of n pieces "Aa" or "BB" has the same), as a pull request can
     * write them into labels and names: the shared-string table gives way to a map past {@code MAX_PROBE} probes, and
     * the bytes are the oracle's (repeats among them, and texts of other hashes before and after).
     */
    @Test
    void textsSharingAHashGiveTheOldWritersBytes() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 11; b >= 0; b--) {
                sb.append((i >> b & 1) == 0 ? "Aa" : "BB");
            }
            String same = sb.toString();
            rows.add(Arrays.asList("产出指标", same, "指标" + i, i % 7 == 0 ? "AaAaAaAaAaAaAaAaAaAaAaAa" : same, BigDecimal.valueOf(i)));
        }
        List<Table> tables = List.of(new Table("t", "t", List.of("a", "b", "c", "d", "e"), List.of(), rows, 1));
        assertArrayEquals(TextXlsxWriter.write(tables), XlsxWriter.write(tables));
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
