package io.github.jixiao.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The SpreadsheetML writer against the POI writer it replaced ({@link PoiXlsxWriter}, kept here as the oracle):
 * read back through POI, both workbooks hold the same sheets, cells (type, value, number format, font, fill,
 * border, alignment), merged regions, frozen rows, print titles and page set-up.
 */
class XlsxWriterOracleTest {

    @Test
    void scoreSheetShapedTablesReadBackAsThePoiWriterWroteThem() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("决策", "目标设定", "绩效目标合理性", new BigDecimal("4"), new BigDecimal("3.5"), "标准", "公式"));
        rows.add(Arrays.asList("决策", "目标设定", "绩效指标明确性", new BigDecimal("4"), new BigDecimal("4.00"), "", null));
        rows.add(Arrays.asList("决策", "资金投入", "预算编制科学性", new BigDecimal("0.125"), new BigDecimal("-1.005"), "a\nb", "x"));
        rows.add(Arrays.asList("过程", "资金管理", "资金到位率", new BigDecimal("12345678.995"), BigDecimal.ZERO, " 前后空格 ", "&<>\"'"));
        rows.add(Arrays.asList("过程", null, null, null, null, null, null));
        rows.add(Arrays.asList("合计", null, null, new BigDecimal("100"), new BigDecimal("96.15"), null, "等级：优"));
        Table score = new Table("评分表", "深圳市某局 2024 评分表（部门整体）", List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "评分标准", "计算过程"),
                List.of(14, 14, 22, 9, 9, 48, 48), rows, 2);
        Table issues = new Table("问题", "问题", List.of("文件", "行"), List.of(30), List.of(List.of("indicators.json", "12"),
                List.of("a.json")), 0);
        Table hostile = new Table("a[b]:c'd", "=cmd|' /C calc'!A0\u0001\r\n", List.of("h", "<b>"), List.of(300, 5),
                List.of(List.of("=1+1", "\u0000\u001f\uFFFE"), Arrays.asList(null, "x")), 1);
        Table empty = new Table("空", "", List.of("一"), List.of(), List.of(), 1);
        assertSame(List.of(score, issues, hostile, empty));
    }

    @Test
    void randomTablesReadBackAsThePoiWriterWroteThem() throws IOException {
        Random rnd = new Random(17);
        String[] words = {"决策", "过程", "产出", "效益", "a", "", " x ", "1,000", "=SUM(A1)", "<&>"};
        for (int n = 0; n < 20; n++) {
            int cols = 1 + rnd.nextInt(8);
            List<String> header = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                header.add("列" + c);
                if (rnd.nextBoolean()) {
                    widths.add(1 + rnd.nextInt(60));
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            for (int r = rnd.nextInt(30); r > 0; r--) {
                List<Object> row = new ArrayList<>();
                for (int c = rnd.nextInt(cols + 2); c > 0; c--) {
                    int k = rnd.nextInt(13);
                    row.add(k < 10 ? words[k] : k == 10 ? null : k == 12 ? (Object) (long) rnd.nextInt(1_000_000)
                            : BigDecimal.valueOf(rnd.nextInt(100_000), rnd.nextInt(4)));
                }
                rows.add(row);
            }
            assertSame(List.of(new Table("表" + n, "题" + n, header, widths, rows, rnd.nextInt(4))));
        }
    }

    static void assertSame(List<Table> tables) throws IOException {
        try (XSSFWorkbook want = new XSSFWorkbook(new ByteArrayInputStream(PoiXlsxWriter.write(tables)));
             XSSFWorkbook got = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(tables)))) {
            assertEquals(want.getNumberOfSheets(), got.getNumberOfSheets());
            for (int i = 0; i < want.getNumberOfSheets(); i++) {
                XSSFSheet w = want.getSheetAt(i);
                XSSFSheet g = got.getSheetAt(i);
                String where = "sheet " + w.getSheetName();
                assertEquals(w.getSheetName(), g.getSheetName());
                assertEquals(w.getLastRowNum(), g.getLastRowNum(), where);
                for (int r = 0; r <= w.getLastRowNum(); r++) {
                    Row wr = w.getRow(r);
                    Row gr = g.getRow(r);
                    assertEquals(wr == null, gr == null, where + " row " + r);
                    if (wr == null) {
                        continue;
                    }
                    assertEquals(wr.getLastCellNum(), gr.getLastCellNum(), where + " row " + r);
                    for (int c = 0; c < wr.getLastCellNum(); c++) {
                        assertCell(wr.getCell(c), gr.getCell(c), where + " " + r + "/" + c);
                    }
                }
                assertEquals(regions(w), regions(g), where);
                assertEquals(w.getPaneInformation().isFreezePane(), g.getPaneInformation().isFreezePane(), where);
                assertEquals(w.getPaneInformation().getHorizontalSplitPosition(), g.getPaneInformation().getHorizontalSplitPosition());
                assertEquals(w.getPaneInformation().getVerticalSplitPosition(), g.getPaneInformation().getVerticalSplitPosition());
                assertEquals(String.valueOf(w.getRepeatingRows()), String.valueOf(g.getRepeatingRows()), where);
                assertEquals(w.getPrintSetup().getPaperSize(), g.getPrintSetup().getPaperSize(), where);
                assertEquals(w.getPrintSetup().getLandscape(), g.getPrintSetup().getLandscape(), where);
                assertEquals(w.getPrintSetup().getFitWidth(), g.getPrintSetup().getFitWidth(), where);
                assertEquals(w.getPrintSetup().getFitHeight(), g.getPrintSetup().getFitHeight(), where);
                assertEquals(w.getFitToPage(), g.getFitToPage(), where);
                assertEquals(w.getHorizontallyCenter(), g.getHorizontallyCenter(), where);
                for (int c = 0; c < 10; c++) {
                    assertEquals(w.getColumnWidth(c), g.getColumnWidth(c), where + " width of column " + c);
                }
            }
            assertEquals("jixiao", got.getProperties().getCoreProperties().getCreator());
            assertEquals(want.getProperties().getCoreProperties().getCreated(), got.getProperties().getCoreProperties().getCreated());
        }
    }

    private static void assertCell(Cell w, Cell g, String where) {
        assertEquals(w == null, g == null, where);
        if (w == null) {
            return;
        }
        assertEquals(w.getCellType(), g.getCellType(), where);
        switch (w.getCellType()) {
            case NUMERIC -> assertEquals(w.getNumericCellValue(), g.getNumericCellValue(), 0.0, where);
            case STRING -> assertEquals(w.getStringCellValue(), g.getStringCellValue(), where);
            default -> {
            }
        }
        XSSFCellStyle ws = (XSSFCellStyle) w.getCellStyle();
        XSSFCellStyle gs = (XSSFCellStyle) g.getCellStyle();
        assertEquals(ws.getDataFormatString(), gs.getDataFormatString(), where);
        assertEquals(ws.getFont().getBold(), gs.getFont().getBold(), where);
        assertEquals(ws.getFont().getFontHeightInPoints(), gs.getFont().getFontHeightInPoints(), where);
        assertEquals(ws.getAlignment(), gs.getAlignment(), where);
        assertEquals(ws.getVerticalAlignment(), gs.getVerticalAlignment(), where);
        assertEquals(ws.getWrapText(), gs.getWrapText(), where);
        assertEquals(ws.getBorderTop(), gs.getBorderTop(), where);
        assertEquals(ws.getBorderBottom(), gs.getBorderBottom(), where);
        assertEquals(ws.getBorderLeft(), gs.getBorderLeft(), where);
        assertEquals(ws.getBorderRight(), gs.getBorderRight(), where);
        assertEquals(ws.getFillPattern(), gs.getFillPattern(), where);
        assertEquals(ws.getFillForegroundColor(), gs.getFillForegroundColor(), where);
    }

    private static TreeSet<String> regions(XSSFSheet s) {
        TreeSet<String> set = new TreeSet<>();
        for (CellRangeAddress r : s.getMergedRegions()) {
            set.add(r.formatAsString());
        }
        return set;
    }

    @Test
    void columnLetters() {
        assertEquals("A", XlsxWriter.column(0));
        assertEquals("Z", XlsxWriter.column(25));
        assertEquals("AA", XlsxWriter.column(26));
        assertEquals("AZ", XlsxWriter.column(51));
        assertEquals("BA", XlsxWriter.column(52));
        assertEquals("XFD", XlsxWriter.column(16_383));
    }

    @Test
    void loneSurrogatesAndOverlongTextAreMadeSafe() {
        assertEquals("a\uFFFDb", XlsxWriter.clean("a\uD800b"));
        assertEquals("\uD83D\uDE00", XlsxWriter.clean("\uD83D\uDE00"));
        String longText = "字".repeat(40_000);
        assertEquals(XlsxWriter.MAX_CELL, XlsxWriter.clean(longText).length());
        assertTrue(XlsxWriter.clean("😀".repeat(20_000)).length() <= XlsxWriter.MAX_CELL);
    }
}
