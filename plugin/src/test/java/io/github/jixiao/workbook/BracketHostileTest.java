package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.CpuBound;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell of opening brackets never closed (a cell holds up to 32,767 characters): the import drops a heading's bracketed
 * tail (指标值（年度）) and a unit's bracketed note (万元（保留两位小数）) by regular expressions that scanned from every
 * opening bracket to the end, quadratic in the cell's length (30,000 took seconds a call), and the row under a heading
 * row is compared with each known heading: a hundred such calls on one cell.
 */
class BracketHostileTest {
    @TempDir
    Path tmp;

    /** 湘潭 2024's 目标表 with its first indicator's name (the cell under the 三级指标 heading) 30,000 opening brackets. */
    @Test
    void aCellOfOpeningBracketsUnderAHeadingIsReadInLinearTime() throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = BracketHostileTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx");
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(file)) {
            var cell = wb.getSheetAt(0).getRow(16).getCell(3);
            assertEquals("雾炮车抑尘降尘服务配备车辆数", cell.getStringCellValue());
            cell.setCellValue("（".repeat(15_000) + "(".repeat(15_000));
            wb.write(out);
        }
        WorkbookImport.Result r = CpuBound.within(Duration.ofSeconds(30),
                () -> WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false));
        assertTrue(r.written().contains("submission/indicators.json"), r.written().toString());
    }

    /** The brackets dropped as before. */
    @Test
    void bracketsDroppedAsBefore() {
        assertTrue(FormReader.measure("万元（保留两位小数）"));
        assertTrue(FormReader.measure("人民币万元、%"));
        assertTrue(FormReader.measure("万元(单位)(注)"));
        assertFalse(FormReader.measure("某某局（盖章）"));
        assertFalse(FormReader.measure("(万元"));
        assertTrue(FormReader.measure("(((万元)"));
        assertFalse(FormReader.measure("(".repeat(30_000) + "某某局"));
        assertEquals("指标值", FormReader.headingKey("指标值（年度）"));
        assertEquals("指标值(年度", FormReader.headingKey("指标值(年度"));
        assertEquals("a", FormReader.headingKey("a((b)"));
        assertEquals("a(b)c", FormReader.headingKey("a(b)c"));
        assertEquals("a(b)", FormReader.headingKey("a(b)(c)"));
        assertEquals("(".repeat(30_000), FormReader.headingKey("(".repeat(30_000)));
    }
}
