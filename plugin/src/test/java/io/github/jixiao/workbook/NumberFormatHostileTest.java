package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.CpuBound;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number format a pull request's workbook gives its number cells (Excel's own formats are at most 255 characters, with
 * at most 30 decimals): the import prints each number as its format does (Grid.shown), and a format of thousands of
 * decimal places cost, per cell, time quadratic in its length (a percentage format's optional digits, 0.###…%, taken off
 * one at a time from a number of that many digits: 8,000 took 0.24 s a cell) or a text of that many zeros (0.000…).
 */
class NumberFormatHostileTest {
    @TempDir
    Path tmp;

    /** 湘潭 2024's 目标表 with 400 number cells below its table, each in {@code format}. */
    private Path workbook(String format) throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = NumberFormatHostileTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx");
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(file)) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            XSSFSheet s = wb.getSheetAt(0);
            for (int r = 40; r < 50; r++) {
                XSSFRow row = s.createRow(r);
                for (int c = 0; c < 40; c++) {
                    row.createCell(c).setCellValue(0.5);
                    row.getCell(c).setCellStyle(style);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aPercentFormatOfThousandsOfOptionalDecimalsIsReadInLinearTime() throws Exception {
        workbook("0." + "#".repeat(20_000) + "%");
        WorkbookImport.Result r = CpuBound.within(Duration.ofSeconds(30),
                () -> WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false));
        assertTrue(r.written().contains("submission/department.json"), r.written().toString());
    }

    /** At most Excel's 30 decimals, a percentage's optional ones dropped as before; a format past Excel's length is General. */
    @Test
    void decimalsAsExcelPrintsThem() {
        assertEquals("50%", Grid.shown("0.5", "0.##%"));
        assertEquals("50.0%", Grid.shown("0.5", "0.0%"));
        assertEquals("1.00", Grid.shown("1", "0.00"));
        assertEquals("1." + "0".repeat(30), Grid.shown("1", "0." + "0".repeat(40)));
        assertEquals("1", Grid.shown("1", "0." + "0".repeat(300)), "longer than Excel allows: printed as General");
        assertEquals("50%", Grid.shown("0.5", "0." + "#".repeat(200) + "%"));
    }
}
