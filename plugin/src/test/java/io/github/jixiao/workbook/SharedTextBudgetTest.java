package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.CpuBound;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One long text shown by many cells: a workbook's shared strings hold a text once however many cells show it, and every
 * reading above a table's heading reads each cell's text in full, so 10,000 cells showing one 30,000-character text
 * (a 104 KB file) took 82 s to import and the 2,000,000-cell limit allowed 200 times that (helper H2, session 38). The
 * grids now hold at most 32 million characters in all, each cell's counted: past it the file is refused as too large,
 * in a second, with the limit said.
 */
class SharedTextBudgetTest {

    @TempDir
    Path tmp;

    /** {@code rows} × {@code cols} cells above the table showing one text of {@code length} varied characters. */
    private Path workbook(int rows, int cols, int length) throws Exception {
        return workbook(rows, cols, length, false);
    }

    /** As {@link #workbook(int, int, int)}, the text CJK or (where {@code folding}) ﷺ and ﷻ, 18 and 8 characters folded. */
    private Path workbook(int rows, int cols, int length, boolean folding) throws Exception {
        Random random = new Random(38);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // varied: a repeated one packs like a zip bomb
            sb.append(folding ? random.nextBoolean() ? '\uFDFA' : '\uFDFB' : (char) (0x4E00 + random.nextInt(0x5000)));
        }
        String shared = sb.toString();
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("目标表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            for (int r = 0; r < rows; r++) {
                Row row = s.createRow(1 + r);
                for (int c = 0; c < cols; c++) {
                    row.createCell(c).setCellValue(shared);
                }
            }
            Row head = s.createRow(rows + 2);
            String[] h = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};
            for (int c = 0; c < h.length; c++) {
                head.createCell(c).setCellValue(h[c]);
            }
            Row first = s.createRow(rows + 3);
            String[] v = {"产出指标", "数量指标", "培训人数", "≥100人", "100人"};
            for (int c = 0; c < v.length; c++) {
                first.createCell(c).setCellValue(v[c]);
            }
            wb.write(out);
        }
        return file;
    }

    /** 10,000 cells of one 30,000-character text: refused as too large within seconds (before: 82 s, and on). */
    @Test
    void oneLongTextInManyCellsIsRefusedQuickly() throws Exception {
        workbook(100, 100, 30_000);
        assertTrue(Files.size(tmp.resolve("forms/目标表.xlsx")) < 1_000_000, "a small file");
        WorkbookImport.ImportException e = CpuBound.within(Duration.ofSeconds(40), () -> assertThrows(
                WorkbookImport.ImportException.class, () -> WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false)));
        assertEquals("forms/目标表.xlsx: 过大，无法读取：各工作表（或文档中的表格）合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字",
                e.getMessage());
        assertEquals("forms/目标表.xlsx: too large to read: its sheets (or the tables of the document) hold more than 1000000 rows, "
                + "2000000 cells or 32000000 characters of text in all", e.message(new Messages(Locale.ENGLISH)));
        assertEquals(false, Files.exists(tmp.resolve("submission/indicators.json")), "nothing written");
    }

    /**
     * 900 cells of one 32,000-character text of ﷺ and ﷻ: 28.8 million characters, within the budget as the file holds
     * them, but about 13 times that folded, as every reading above the heading folds them: 80 s of CPU (208 s under load)
     * where the same cells of CJK took 2 s (helper H4, session 40). Counted at their folded length, refused in a second.
     */
    @Test
    void aTextThatFoldsLongerIsCountedFolded() throws Exception {
        workbook(30, 30, 32_000, true);
        assertTrue(Files.size(tmp.resolve("forms/目标表.xlsx")) < 1_000_000, "a small file");
        WorkbookImport.ImportException e = CpuBound.within(Duration.ofSeconds(40), () -> assertThrows(
                WorkbookImport.ImportException.class, () -> WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false)));
        assertEquals("forms/目标表.xlsx: 过大，无法读取：各工作表（或文档中的表格）合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字",
                e.getMessage());
    }

    /** The same shape within the budget (100 cells of it: 3 million characters) imports as before. */
    @Test
    void aFewLongCellsStillImport() throws Exception {
        workbook(10, 10, 30_000);
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertTrue(Files.readString(tmp.resolve("submission/indicators.json")).contains("培训人数"));
    }
}
