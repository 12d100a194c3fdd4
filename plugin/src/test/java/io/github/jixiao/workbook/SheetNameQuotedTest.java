package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A cell the findings name is written as Excel writes a reference, so that a finance officer can paste it into Go To
 * (F5): a sheet name with a space or an apostrophe quoted ('2023 自评表'!E8, 'Wang''s'!E8), a plain one as it is
 * (自评表!E8). Before, 2023 自评表!E8 was given, which Excel's Go To refuses.
 */
class SheetNameQuotedTest {
    @TempDir
    Path tmp;

    private String cellOfFirstTarget(String sheetName) throws Exception {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        wb.setSheetName(0, sheetName);
        Path project = Files.createDirectories(tmp.resolve("p" + sheetName.hashCode()));
        FormWorkbooks.save(wb, project.resolve("表.xlsx"));
        WorkbookImport.run(project, "表.xlsx", project.resolve("submission"), false);
        JsonNode cells = new ObjectMapper().readTree(Files.readString(project.resolve("submission/" + WorkbookImport.CELLS)));
        return cells.path("cells").path("submission/indicators.json#/indicators/0/target").asString();
    }

    @Test
    void asExcelWritesTheSheetName() throws Exception {
        String plain = cellOfFirstTarget("自评表");
        String cell = plain.substring(plain.indexOf('!'));
        assertEquals("自评表" + cell, plain);
        assertEquals("'2023 自评表'" + cell, cellOfFirstTarget("2023 自评表"));
        assertEquals("'Wang''s'" + cell, cellOfFirstTarget("Wang's"));
        assertEquals("'2023'" + cell, cellOfFirstTarget("2023"), "a name that starts with a digit is quoted too");
    }

    @Test
    void aNameExcelWouldNotAllowIsQuotedWithoutFailing() {
        // POI's formatter throws on a line break or a tab; a crafted workbook may still name a sheet so
        assertEquals("'a b'", Grid.quotedSheet("a\nb"));
        assertEquals("'a b c'", Grid.quotedSheet("a\rb\nc"));
        assertEquals("'x''s'", Grid.quotedSheet("x's"));
        assertEquals("'a ''b'", Grid.quotedSheet("a\t'b"), "by hand: the apostrophe doubled, the tab a space");
        assertEquals("自评表", Grid.quotedSheet("自评表"));
    }
}
