package io.github.jixiao.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link Table}s as an .xlsx workbook: title and header rows frozen and repeated on every printed page,
 * the category columns' runs merged, numbers as numbers with two decimals, A4 landscape fitted to the page
 * width. Deterministic: the package's dates are fixed and every zip entry gets the same timestamp, so the same
 * tables give the same bytes.
 *
 * <p>The POI writer main used before {@link XlsxWriter} wrote SpreadsheetML itself, kept as its oracle: which cells,
 * texts ({@link XlsxWriter#clean}, {@link XlsxWriter#safeSheetName}) and runs ({@link XlsxWriter#mergedRuns}) go
 * into the workbook is decided once, by XlsxWriter; how they are written is POI's here, XlsxWriter's own there, and
 * {@code XlsxWriterOracleTest} reads both back through POI.
 */
final class PoiXlsxWriter {
    private PoiXlsxWriter() {
    }

    /** The date written into the package (docProps/core.xml) and onto every zip entry: never the clock. */
    public static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    public static byte[] write(List<Table> tables) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var core = wb.getProperties().getCoreProperties();
            Date fixed = Date.from(FIXED.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("jixiao");
            Styles st = new Styles(wb);
            for (Table t : tables) {
                sheet(wb, st, t);
            }
            wb.write(raw);
        }
        return normalise(raw.toByteArray());
    }

    private static void sheet(XSSFWorkbook wb, Styles st, Table t) {
        XSSFSheet sh = wb.createSheet(XlsxWriter.safeSheetName(t.name()));
        int cols = t.header().size();
        XSSFRow title = sh.createRow(0);
        XSSFCell tc = title.createCell(0);
        tc.setCellValue(XlsxWriter.clean(t.title()));
        tc.setCellStyle(st.title);
        if (cols > 1) {
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, cols - 1));
        }
        XSSFRow head = sh.createRow(1);
        for (int c = 0; c < cols; c++) {
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(XlsxWriter.clean(t.header().get(c)));
            cell.setCellStyle(st.header);
            sh.setColumnWidth(c, Math.min(255, c < t.widths().size() ? t.widths().get(c) : 12) * 256);
        }
        int r = 2;
        for (List<Object> row : t.rows()) {
            XSSFRow xr = sh.createRow(r++);
            for (int c = 0; c < cols; c++) {
                Object v = c < row.size() ? row.get(c) : null;
                XSSFCell cell = xr.createCell(c);
                if (v instanceof BigDecimal n) {
                    // a cell holds a double: the value is already rounded to 2 decimals, its display fixed to 2
                    cell.setCellValue(n.setScale(2, RoundingMode.HALF_UP).doubleValue());
                    cell.setCellStyle(st.number);
                } else if (v instanceof Integer || v instanceof Long) {
                    cell.setCellValue(((Number) v).doubleValue());
                    cell.setCellStyle(st.whole);
                } else {
                    if (v != null) {
                        cell.setCellValue(XlsxWriter.clean(v.toString()));
                    }
                    cell.setCellStyle(st.text);
                }
            }
        }
        for (int[] run : XlsxWriter.mergedRuns(t)) { // which runs merge is XlsxWriter's; how they are written, POI's
            sh.addMergedRegion(new CellRangeAddress(run[1] + 2, run[2] + 2, run[0], run[0]));
        }
        sh.createFreezePane(0, 2);
        sh.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
    }

    /** Rewrites the package with every entry dated {@link #FIXED}, in the order POI wrote them. */
    static byte[] normalise(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(FIXED);
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Writes to {@code out}; for callers that stream (AtomicFiles). */
    public static void write(List<Table> tables, OutputStream out) throws IOException {
        out.write(write(tables));
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle whole;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            number = bordered(wb);
            number.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            number.setAlignment(HorizontalAlignment.RIGHT);
            whole = bordered(wb);
            whole.setDataFormat(wb.createDataFormat().getFormat("0"));
            whole.setAlignment(HorizontalAlignment.RIGHT);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        }
    }
}
