package io.github.jixiao.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A name holding what reads as an ECMA-376 ST_Xstring escape ({@code a_x0041_b}) shows in score-summary.xlsx as it is:
 * Excel (and POI, read here) decode {@code _x0041_} in a cell's XML as "A", so the writer escapes the underscore that
 * starts one as {@code _x005F_} (session 35, beside the import's decoding of Excel's escapes, text.Xstring).
 */
class XstringRoundTripTest {
    @Test
    void textThatLooksLikeAnEscapeReadsBackAsWritten() throws Exception {
        List<String> texts = List.of("a_x0041_b", "培训_x000D_人数", "_x005F_x000D_", "__x0041__", "_xabcd_", "_x12_", "a_b");
        Table t = new Table("评分表", null, List.of("a", "b", "c", "d", "e", "f", "g"), List.of(),
                List.of(Arrays.asList((Object[]) texts.toArray(new String[0]))), 0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(List.of(t))))) {
            var sheet = wb.getSheetAt(0);
            var row = sheet.getRow(sheet.getLastRowNum()); // the one data row, under the title and the header
            for (int c = 0; c < texts.size(); c++) {
                assertEquals(texts.get(c), row.getCell(c).getStringCellValue(), "cell " + c);
            }
        }
    }
}
