package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel writes a cell's carriage return (a line break pasted from Word) as {@code _x000D_} in the workbook's XML, and a
 * text of the cell's own that looks like such an escape with its underscore as {@code _x005F_} (ECMA-376 Part 1,
 * ST_Xstring); the import took both as written, so a name wrapped in its cell read 培训_x000D_人数 in every message
 * (noticed by s35-H3). POI writes the strings as given, so the cells below are exactly what Excel's XML holds.
 */
class XstringEscapeTest {
    @TempDir
    Path tmp;

    @Test
    void excelsEscapesAreDecodedAsExcelReadsThem() throws Exception {
        Path f = tmp.resolve("自评表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("自评表").createRow(0);
            row.createCell(0).setCellValue("培训_x000D_\n人数");      // a line break typed in Word, pasted into the cell
            row.createCell(1).setCellValue("a_x005F_x0041_b");        // the cell's own text a_x0041_b, escaped
            row.createCell(2).setCellValue("_x4E2D__x592E_补助");     // 中央补助, every character escaped but the last two
            row.createCell(3).setCellValue("_x12_ _xZZZZ_ _x0041");   // no escape: kept as written
            row.createCell(4).setCellValue("_xD83D__xDE00_ _xD800_"); // a pair escaped half by half; a half alone
            try (var o = Files.newOutputStream(f)) {
                wb.write(o);
            }
        }
        WorkbookImport.guard();
        Grid g;
        try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ)) {
            g = Grid.sheets(pkg, WorkbookImport.MAX_ROWS, WorkbookImport.MAX_COLS).get(0);
        }
        assertEquals("培训\r\n人数", g.raw(0, 0));
        assertEquals("培训人数", Grid.oneLine(g.raw(0, 0)), "the name as one line, as a line feed alone gives it");
        assertEquals("a_x0041_b", g.raw(0, 1));
        assertEquals("中央补助", g.raw(0, 2));
        assertEquals("_x12_ _xZZZZ_ _x0041", g.raw(0, 3));
        assertEquals("\uD83D\uDE00 \uFFFD", g.raw(0, 4), "a character, and U+FFFD for no character");
    }
}
