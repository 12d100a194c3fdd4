package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jixiao.testing.CpuBound;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number cell of 32,000 digits (a cell holds up to 32,767 characters; the workbook's shared string table holds it once
 * however many cells show it): the import read each with new BigDecimal, time quadratic in the digits (about 50 ms a
 * cell), so 1,500 rows whose 分值 and 得分 cells all showed it took 150 s (session 37; 3 s after). Since session 38 the
 * grids hold at most 32 million characters (SharedTextBudgetTest), which 3,000 such cells pass: the table below has 450
 * rows (28.8 million characters; 45 s before, about 1 s now). A figure
 * longer than check reads (SubmissionLoader.MAX_NUMBER_LENGTH characters) is not a number: said at its cell, as any
 * other text in a number cell.
 */
class NumberCellHostileTest {
    @TempDir
    Path tmp;

    static final String DIGITS = "9".repeat(32_000);

    /** 稷山 2020's 自评表 with 450 indicator rows more, their 分值 and 得分 cells the 32,000 digits. */
    @Test
    void thousandsOfHugeNumberCellsAreReadInLinearTime() throws Exception {
        Path file = tmp.resolve("forms/自评表.xlsx");
        Files.createDirectories(file.getParent());
        int added = 450;
        try (InputStream in = NumberCellHostileTest.class.getResourceAsStream("/published-workbooks/t31-jishan-2020.xlsx");
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("指标1:全县参合人数", s.getRow(14).getCell(3).getStringCellValue());
            s.shiftRows(20, s.getLastRowNum(), added);
            for (int k = 0; k < added; k++) {
                XSSFRow row = s.createRow(20 + k);
                row.createCell(2).setCellValue("数量指标");
                row.createCell(3).setCellValue("指标" + k);
                row.createCell(4).setCellValue("100人");
                row.createCell(5).setCellValue("100人");
                row.createCell(6).setCellValue(DIGITS);
                row.createCell(7).setCellValue(DIGITS);
            }
            wb.write(out);
        }
        WorkbookImport.Result r = CpuBound.within(Duration.ofSeconds(30),
                () -> WorkbookImport.run(tmp, "forms/自评表.xlsx", tmp.resolve("submission"), false));
        // each such cell said at its place, as text in a number cell is
        assertEquals(2 * added, r.problems().stream().filter(p -> p.key().equals("not-a-number")).count());
    }

    /** Numbers as printed read as before, up to the length check reads. */
    @Test
    void numbersReadAsBefore() {
        assertEquals(new BigDecimal("1234.50"), Grid.number("1,234.50"));
        assertEquals(new BigDecimal("95"), Grid.number("９５％"));
        assertEquals(new BigDecimal("12.5"), Grid.number(" 12.5 分"));
        assertEquals(new BigDecimal("9".repeat(100)), Grid.number("9".repeat(100)));
        assertEquals(new BigDecimal("9".repeat(98) + ".5"), Grid.number("9".repeat(98) + ".5元"));
        assertNull(Grid.number("9".repeat(101)));
        assertNull(Grid.number(DIGITS));
        assertNull(Grid.number("12 个"));
    }
}
