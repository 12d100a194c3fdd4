package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.text.Strings;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * jixiao:import's log prints what the workbook and the folder's old files hold (a heading it does not know, an old value
 * it drops, a sheet's name), all of which a pull request may have written: each line as the check's console prints a
 * finding, its control and bidirectional characters replaced (U+202E makes the rest of a line read right to left, an
 * escape sequence recolours or clears the terminal or retitles its window). 湘潭 2024's published 目标表, edited.
 */
class ImportLogHostileTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u202e\u2066";

    @TempDir
    Path tmp;

    private ImportMojo mojo(String workbook, boolean overwrite, CheckMojoTest.Console log) throws Exception {
        ImportMojo m = new ImportMojo();
        set(m, "basedir", tmp.toFile());
        set(m, "workbook", workbook);
        set(m, "submissionDirectory", tmp.resolve("submission").toFile());
        set(m, "locale", "zh-CN");
        set(m, "overwrite", overwrite);
        m.setLog(log);
        return m;
    }

    private static void set(Object o, String field, Object v) throws Exception {
        java.lang.reflect.Field f = ImportMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, v);
    }

    /**
     * 湘潭's 目标表 at {@code name}, cell (row, col) of its sheet set to {@code text} when given (row −1: the cell of
     * its project's name).
     */
    private void targets(String name, int row, int col, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = ImportLogHostileTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx");
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(file)) {
            if (text != null && row >= 0) {
                wb.getSheetAt(0).getRow(row).getCell(col).setCellValue(text);
            } else if (text != null) { // the project's name
                for (var r : wb.getSheetAt(0)) {
                    for (var c : r) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().strip().equals("雾炮车抑尘降尘服务")) {
                            c.setCellValue(text);
                        }
                    }
                }
            }
            wb.write(out);
        }
    }

    private static void clean(List<String> lines) {
        assertFalse(lines.isEmpty());
        for (String l : lines) {
            assertFalse(l.chars().anyMatch(c -> c < 0x20 || Strings.hidden((char) c)),
                    () -> "a raw control or bidi character in the import's log: " + l.replace("\u001b", "<ESC>").replace("\u202e", "<RLO>"));
        }
    }

    /** A heading it does not know, said with its text (its U+202E printed raw before). */
    @Test
    void aHeadingsTextIsPrintedWithoutItsControls() throws Exception {
        targets("forms/目标表.xlsx", 15, 5, "奇怪栏目" + HOSTILE);
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo("forms/目标表.xlsx", false, log).execute();
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("奇怪栏目")), log.lines.toString());
        clean(log.lines);
    }

    /** An old value the import drops (another project's files), said with that value (printed raw before). */
    @Test
    void anOldValueDroppedIsPrintedWithoutItsControls() throws Exception {
        targets("forms/目标表.xlsx", 0, 0, null);
        mojo("forms/目标表.xlsx", false, new CheckMojoTest.Console()).execute();
        Path budget = tmp.resolve("submission/budget.json");
        ObjectNode b = (ObjectNode) JSON.readTree(Files.readString(budget));
        ((ObjectNode) b.get("funds")).put("adjustmentReason", "按合同" + HOSTILE + "分期支付");
        Files.writeString(budget, JSON.writeValueAsString(b), StandardCharsets.UTF_8);
        targets("forms/另一表.xlsx", -1, 0, "道路洒水服务"); // another project's 目标表 over those files
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo("forms/另一表.xlsx", true, log).execute();
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("按合同")), log.lines.toString());
        clean(log.lines);
    }

    /** A sheet with no table, named by its name and its nearest row's text in the error (raw before). */
    @Test
    void aSheetWithoutATableIsNamedWithoutItsControls() throws Exception {
        Path file = tmp.resolve("forms/x.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("表" + "\u202e\u2066").createRow(0);
            row.createCell(0).setCellValue("三级指标" + HOSTILE);
            row.createCell(1).setCellValue("指标值");
            wb.write(out);
        }
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("forms/x.xlsx", false, log).execute());
        assertTrue(e.getMessage().contains("三级指标"), e.getMessage());
        clean(List.of(e.getMessage()));
        clean(log.lines.isEmpty() ? List.of("-") : log.lines);
    }

    /**
     * Session 35 (hostile round 4, item 1): a cell whose shared string holds {@code _xD800_} (the OOXML escape of a lone
     * surrogate; hostile-workbooks/, 湘潭's 目标表 with one in its project's name). The import decodes Excel's escapes since
     * session 35 (text.Xstring, XstringEscapeTest) and reads a half alone as U+FFFD, and raw surrogate bytes are no UTF-8
     * to the XML parser (the workbook is refused as unreadable): no lone surrogate reaches the files or the reports from a
     * workbook (and the reports show U+FFFD for one that came otherwise: report/LoneSurrogateTest).
     */
    @Test
    void aCellsLoneSurrogateEscapeReachesNoFileAsALoneSurrogate() throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = ImportLogHostileTest.class.getResourceAsStream("/hostile-workbooks/lone-surrogate-xiangtan-2024.xlsx")) {
            Files.copy(in, file);
        }
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo("forms/目标表.xlsx", false, log).execute();
        for (String l : log.lines) {
            assertTrue(l.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "a lone surrogate in the import's log: " + l);
        }
        io.github.jixiao.engine.EngineResult r = new io.github.jixiao.engine.Engine().run(
                io.github.jixiao.engine.EngineOptions.of(tmp, tmp.resolve("submission")));
        assertTrue(r.project().contains("雾炮车\uFFFD抑尘"), r.project());
        Path out = tmp.resolve("target/jixiao");
        io.github.jixiao.report.ReportWriter.write(out, r, java.util.Map.of(), new io.github.jixiao.report.Messages(
                io.github.jixiao.report.Messages.ZH), io.github.jixiao.report.ReportMeta.of(""));
        try (java.util.stream.Stream<Path> files = Stream.concat(Files.list(out), Files.list(tmp.resolve("submission")))) {
            for (Path f : files.toList()) {
                String text = f.toString().endsWith(".xlsx") ? sharedStrings(f) : strictUtf8(Files.readAllBytes(f));
                assertTrue(text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), f + ": a lone surrogate");
                assertFalse(text.contains("\\uD800"), f + ": " + text);
            }
        }
    }

    private static String strictUtf8(byte[] b) throws java.nio.charset.CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(b)).toString();
    }

    private static String sharedStrings(Path xlsx) throws java.io.IOException {
        try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx))) {
            for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
