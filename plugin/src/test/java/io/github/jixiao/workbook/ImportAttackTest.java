package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forged .xls and .docx files (a workbook or document in a pull request may be written by an attacker): each ends in
 * a clear error naming the file, or a correct import, with the work bounded by the limits (rows, columns, cells).
 */
class ImportAttackTest {

    @TempDir
    Path tmp;

    // ---- BIFF8 records, written by hand ------------------------------------------------------------------------

    static final class Biff {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Biff rec(int sid, byte[] body) {
            ByteBuffer b = ByteBuffer.allocate(4 + body.length).order(ByteOrder.LITTLE_ENDIAN);
            b.putShort((short) sid).putShort((short) body.length).put(body);
            out.writeBytes(b.array());
            return this;
        }

        static ByteBuffer le(int n) {
            return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        }

        Biff bof(int type) {
            return rec(0x0809, le(16).putShort((short) 0x0600).putShort((short) type).putShort((short) 0x0DBB)
                    .putShort((short) 0x07CC).putInt(0).putInt(6).array());
        }

        Biff xf() {
            return rec(0x00E0, new byte[20]);
        }

        Biff boundSheet(String name) {
            byte[] n = name.getBytes(StandardCharsets.ISO_8859_1);
            return rec(0x0085, le(8 + n.length).putInt(0).put((byte) 0).put((byte) 0).put((byte) n.length).put((byte) 0).put(n).array());
        }

        Biff sst(int total, int unique, String... strings) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(le(8).putInt(total).putInt(unique).array());
            for (String s : strings) {
                byte[] n = s.getBytes(StandardCharsets.UTF_16LE);
                b.writeBytes(le(3).putShort((short) s.length()).put((byte) 1).array());
                b.writeBytes(n);
            }
            return rec(0x00FC, b.toByteArray());
        }

        Biff labelSst(int row, int col, int index) {
            return rec(0x00FD, le(10).putShort((short) row).putShort((short) col).putShort((short) 0).putInt(index).array());
        }

        Biff number(int row, int col, double v) {
            return rec(0x0203, le(14).putShort((short) row).putShort((short) col).putShort((short) 0).putDouble(v).array());
        }

        Biff stringFormula(int row, int col) {
            return rec(0x0006, le(22).putShort((short) row).putShort((short) col).putShort((short) 0)
                    .put(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF}).putShort((short) 0).putInt(0).putShort((short) 0).array());
        }

        Biff string(String s) {
            byte[] n = s.getBytes(StandardCharsets.ISO_8859_1);
            return rec(0x0207, le(3 + n.length).putShort((short) n.length).put((byte) 0).put(n).array());
        }

        Biff merge(int... rowsAndCols) {
            ByteBuffer b = le(2 + rowsAndCols.length * 2).putShort((short) (rowsAndCols.length / 4));
            for (int v : rowsAndCols) {
                b.putShort((short) v);
            }
            return rec(0x00E5, b.array());
        }

        Biff eof() {
            return rec(0x000A, new byte[0]);
        }

        /** The workbook globals: BOF, one XF, the sheets' BoundSheet records, the given SST. */
        static Biff globals(int sheets) {
            Biff b = new Biff().bof(0x0005).xf();
            for (int i = 0; i < sheets; i++) {
                b.boundSheet("S" + i);
            }
            return b;
        }

        void save(Path file) throws Exception {
            try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(file)) {
                fs.createDocument(new ByteArrayInputStream(out.toByteArray()), "Workbook");
                fs.writeFilesystem(o);
            }
        }
    }

    private String fails(String file) {
        return BadWorkbookTest.fails(tmp, file);
    }

    /** A sheet with the 项目支出绩效自评表's headings and one indicator, in the given SST order. */
    private static Biff formSheet(Biff b) {
        String[] head = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值"};
        for (int c = 0; c < head.length; c++) {
            b.labelSst(0, c, c);
        }
        return b.labelSst(1, 0, 5).labelSst(1, 1, 6).labelSst(1, 2, 7).labelSst(1, 3, 8).labelSst(1, 4, 8);
    }

    private static String[] formStrings() {
        return new String[] {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "产出指标", "数量指标", "培训人数", "100"};
    }

    @Test
    void xlsBofAndEofOutOfBalance() throws Exception {
        // an EOF too many, a sheet without its EOF, more sheet BOFs than BoundSheet records
        Biff b = Biff.globals(1).sst(9, 9).eof().eof().bof(0x0010).number(0, 0, 1).bof(0x0010).number(0, 0, 2).eof();
        b.bof(0x0010).number(3, 3, 3).eof().eof().eof();
        b.save(tmp.resolve("bof.xls"));
        assertTrue(fails("bof.xls").contains("没有找到可识别的表"));
    }

    @Test
    void xlsSstIndexOutOfRangeAndAStringWithoutItsFormula() throws Exception {
        Biff b = Biff.globals(1).sst(9, 9, formStrings()).eof().bof(0x0010);
        formSheet(b).labelSst(2, 0, 9).labelSst(2, 1, -1).string("orphan").stringFormula(1, 5).string("ok").eof();
        b.save(tmp.resolve("sst.xls"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "sst.xls", tmp.resolve("submission"), false);
        assertTrue(Files.readString(tmp.resolve("submission/indicators.json")).contains("培训人数"));
        assertFalse(Files.readString(tmp.resolve("submission/indicators.json")).contains("orphan"));
        assertEquals(java.util.List.of("no-department", "no-year"), r.problems().stream().map(WorkbookImport.Problem::key).toList());
    }

    /** An SST that declares two billion strings and holds none: POI would make two billion empty ones. */
    @Test
    void xlsSstDeclaringMoreStringsThanItHolds() throws Exception {
        Biff b = Biff.globals(1).sst(Integer.MAX_VALUE, Integer.MAX_VALUE).eof().bof(0x0010).number(0, 0, 1).eof();
        b.save(tmp.resolve("sst.xls"));
        fails("sst.xls");
    }

    /** Two million one-letter strings (8 MB): more than any form holds, each an object of POI's (seven million filled 256 MB). */
    @Test
    void xlsHugeSst() throws Exception {
        int n = 2_100_000;
        Biff b = Biff.globals(1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(Biff.le(8).putInt(n).putInt(n).array());
        byte[] one = {1, 0, 0, 'a'};
        // the SST record and CONTINUE records of at most 8,224 bytes, each string whole in one
        int inRecord = 8;
        int sid = 0x00FC;
        for (int i = 0; i < n; i++) {
            if (inRecord + one.length > 8224) {
                b.rec(sid, body.toByteArray());
                body.reset();
                sid = 0x003C;
                inRecord = 0;
            }
            body.writeBytes(one);
            inRecord += one.length;
        }
        b.rec(sid, body.toByteArray());
        b.eof().bof(0x0010).labelSst(0, 0, n - 1).eof();
        b.save(tmp.resolve("strings.xls"));
        String m = fails("strings.xls");
        assertTrue(m.contains("合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字"), m);
    }

    /** Cells past row 100,000 (an .xls has 65,536) or column 200 are left out: the grid stays within the limits. */
    @Test
    void xlsCellsFarBeyondTheLimits() throws Exception {
        Biff b = Biff.globals(1).sst(9, 9, formStrings()).eof().bof(0x0010);
        formSheet(b).number(65535, 255, 1).number(3, 255, 2).labelSst(65535, 0, 0).eof();
        b.save(tmp.resolve("far.xls"));
        try (POIFSFileSystem fs = new POIFSFileSystem(tmp.resolve("far.xls").toFile(), true)) {
            Grid g = Grid.sheets(fs, 100, 10).get(0);
            assertTrue(g.height() <= 100 && g.width <= 10, g.height() + " " + g.width);
        }
    }

    /** Ten thousand sheets, each with a cell in its last row: 650 million rows from 700 KB. */
    @Test
    void xlsManySheetsWithFarCells() throws Exception {
        int n = 10_000;
        Biff b = Biff.globals(n).sst(0, 0).eof();
        for (int i = 0; i < n; i++) {
            b.bof(0x0010).number(65535, 0, i).eof();
        }
        b.save(tmp.resolve("sheets.xls"));
        String m = fails("sheets.xls");
        assertTrue(m.contains("合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字"), m);
    }

    /** Merged regions: inverted, past the limits, one covering the whole sheet, and a million repeated out-of-range ones. */
    @Test
    void xlsMergedRegionsInvertedOrHuge() throws Exception {
        Biff b = Biff.globals(1).sst(9, 9, formStrings()).eof().bof(0x0010);
        formSheet(b).merge(5, 2, 3, 1, 70000, 70001, 0, 1, 0, 65535, 300, 0);
        int[] area = new int[1020 * 4];
        for (int i = 0; i < area.length; i += 4) {
            area[i] = 9;
            area[i + 1] = 3; // inverted: covers nothing
            area[i + 2] = i % 200;
            area[i + 3] = i % 200;
        }
        for (int i = 0; i < 1000; i++) {
            b.merge(area);
        }
        b.eof();
        b.save(tmp.resolve("merge.xls"));
        WorkbookImport.run(tmp, "merge.xls", tmp.resolve("submission"), false);
        assertTrue(Files.readString(tmp.resolve("submission/indicators.json")).contains("培训人数"));
    }

    @Test
    void xlsOneRegionOverTheWholeSheetIsBounded() throws Exception {
        int n = 200;
        Biff b = Biff.globals(n).sst(9, 9, formStrings()).eof();
        for (int i = 0; i < n; i++) {
            b.bof(0x0010).number(65535, 0, 1).merge(0, 65535, 0, 255).eof();
        }
        b.save(tmp.resolve("merge.xls"));
        String m = fails("merge.xls");
        assertTrue(m.contains("合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字"), m);
    }

    // ---- the same attacks on an .xlsx, whose reader shares the budget ---------------------------------------------

    /** An .xlsx of the given parts, zipped by hand (content types and relationships for a workbook). */
    static void xlsx(Path file, java.util.Map<String, String> parts) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    static java.util.Map<String, String> workbook(int sheets, String sheetXml, String sharedStrings) {
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            wb.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"r").append(i).append("\"/>");
            rels.append("<Relationship Id=\"r").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + i + ".xml", sheetXml);
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        parts.put("xl/sharedStrings.xml", sharedStrings);
        return parts;
    }

    private static final String SHEET_NS = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    private static final String NO_STRINGS = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";

    /** Four hundred sheets (POI opens no more than 1,000 parts) with a cell in row 100,000: the sheets' rows in all are bounded as an .xls's are. */
    @Test
    void xlsxManySheetsWithFarCells() throws Exception {
        xlsx(tmp.resolve("sheets.xlsx"), workbook(400,
                SHEET_NS + "<sheetData><row r=\"100000\"><c r=\"A100000\"><v>1</v></c></row></sheetData></worksheet>", NO_STRINGS));
        String m = fails("sheets.xlsx");
        assertTrue(m.contains("合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字"), m);
    }

    /**
     * Not an attack: twelve sheets, each a form with its rows formatted down to row 100,000 (blank styled rows, as
     * some templates are saved): the blank rows at the end do not count against the workbook's rows; twelve forms read.
     */
    @Test
    void xlsxSheetsFormattedFarBelowTheirTables() throws Exception {
        StringBuilder sheet = new StringBuilder(SHEET_NS + "<sheetData>");
        String[][] rows = {{"一级指标", "二级指标", "三级指标", "指标值", "实际完成值"}, {"产出指标", "数量指标", "培训人数", "100", "100"}};
        for (int r = 0; r < rows.length; r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (String v : rows[r]) {
                sheet.append("<c t=\"inlineStr\"><is><t>").append(v).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("<row r=\"99999\" s=\"1\" customFormat=\"1\"><c r=\"A99999\" s=\"1\"/></row></sheetData></worksheet>");
        xlsx(tmp.resolve("formatted.xlsx"), workbook(12, sheet.toString(), NO_STRINGS));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "formatted.xlsx", tmp.resolve("submission"), false);
        // the twelve sheets hold the same table: each read, the first written and the eleven others said as its copies
        // (a copied sheet is imported once since session 45)
        assertEquals(1, r.written().stream().filter(f -> f.endsWith("indicators.json")).count(), r.written().toString());
        assertEquals(11, r.notes().stream().filter(n -> n.key().equals(WorkbookImport.SHEET_COPY)).count(), r.notes().toString());
    }

    /** 2.1 million shared strings (a few too many to be a form's), the part under its 32 MB and its inflate ratio. */
    @Test
    void xlsxHugeSharedStrings() throws Exception {
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 2_100_000; i++) {
            sst.append(random.nextBoolean() ? "<si/>" : "<si><t>" + (char) ('A' + random.nextInt(26)) + "</t></si>");
        }
        xlsx(tmp.resolve("strings.xlsx"), workbook(1, SHEET_NS + "<sheetData/></worksheet>", sst.append("</sst>").toString()));
        String m = fails("strings.xlsx");
        assertTrue(m.contains("合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字"), m);
    }

    // ---- .docx: word/document.xml written by hand ------------------------------------------------------------------

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** Writes a part's text piece by piece (a forged part of tens of megabytes is never one string). */
    interface Part {
        void write(java.io.Writer w) throws java.io.IOException;
    }

    /** A .docx whose word/document.xml is the body {@code inner} writes, zipped as it is written. */
    static void docxStreamed(Path file, Part inner) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            java.io.Writer w = new java.io.OutputStreamWriter(z, StandardCharsets.UTF_8);
            docx(tmp(file), null);
            try (java.util.zip.ZipFile skeleton = new java.util.zip.ZipFile(tmp(file).toFile())) {
                for (var e : java.util.Collections.list(skeleton.entries())) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(skeleton.getInputStream(e).readAllBytes());
                    z.closeEntry();
                }
            }
            z.putNextEntry(new ZipEntry("word/document.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>");
            inner.write(w);
            w.write("</w:body></w:document>");
            w.flush();
            z.closeEntry();
        }
    }

    private static Path tmp(Path file) {
        return file.resolveSibling(file.getFileName() + ".skeleton");
    }

    /** {@code s} {@code times} over, each followed by a comment of random digits: so it does not compress like a zip bomb. */
    static void repeat(java.io.Writer w, String s, int times) throws java.io.IOException {
        java.util.Random random = new java.util.Random(times);
        for (int i = 0; i < times; i++) {
            w.write(s);
            w.write("<!--" + Integer.toHexString(random.nextInt(1 << 24)) + "-->");
        }
    }

    /** A .docx whose word/document.xml is {@code document} (content types, relationships); extra parts as given. */
    static void docx(Path file, String document, String... extraParts) throws Exception {
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        if (document != null) {
            parts.put("word/document.xml", document);
        }
        for (int i = 0; i + 1 < extraParts.length; i += 2) {
            parts.put(extraParts[i], extraParts[i + 1]);
        }
        xlsx(file, parts);
    }

    static String body(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + inner + "</w:body></w:document>";
    }

    static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static String tc(String inner) {
        return "<w:tc>" + inner + "</w:tc>";
    }

    static String row(String... texts) {
        StringBuilder sb = new StringBuilder("<w:tr>");
        for (String t : texts) {
            sb.append(tc(p(t)));
        }
        return sb.append("</w:tr>").toString();
    }

    static final String HEADING = row("一级指标", "二级指标", "三级指标", "指标值", "实际完成值");
    static final String INDICATOR = row("产出指标", "数量指标", "培训人数", "100", "100");

    private String indicators(String file) throws Exception {
        WorkbookImport.run(tmp, file, tmp.resolve("submission"), false);
        return Files.readString(tmp.resolve("submission/indicators.json"));
    }

    private Grid grid(String file) throws Exception {
        WorkbookImport.guard();
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(tmp.resolve(file).toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            return Grid.document(pkg, "d", WorkbookImport.MAX_ROWS, WorkbookImport.MAX_COLS);
        }
    }

    /** A table nested 1,000 deep in a cell of the form: left out, the form read. */
    @Test
    void docxTablesNestedAThousandDeep() throws Exception {
        String nested = "<w:tbl><w:tr><w:tc>".repeat(1000) + p("三级指标") + "</w:tc></w:tr></w:tbl>".repeat(1000);
        docx(tmp.resolve("nested.docx"), body("<w:tbl>" + HEADING + INDICATOR
                + "<w:tr>" + tc(p("产出指标")) + tc(p("质量指标")) + tc(nested + p("合格率")) + tc(p("100%")) + tc(p("98%")) + "</w:tr></w:tbl>"));
        String json = indicators("nested.docx");
        assertTrue(json.contains("培训人数") && json.contains("合格率"), json);
    }

    /** gridSpan of 2^31 (not an int), 2^31-1, negative; gridBefore as huge; a vMerge continue in the first row. */
    @Test
    void docxHugeSpansAndAMergeContinuingNothing() throws Exception {
        String odd = "<w:tr><w:trPr><w:gridBefore w:val=\"2147483647\"/></w:trPr>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"2147483648\"/></w:tcPr>" + p("x") + "</w:tc>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/></w:tcPr>" + p("y") + "</w:tc>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"-5\"/></w:tcPr>" + p("z") + "</w:tc></w:tr>";
        String first = "<w:tr>" + "<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p("") + "</w:tc>".repeat(1) + "</w:tr>";
        docx(tmp.resolve("span.docx"), body("<w:tbl>" + first + odd + HEADING + INDICATOR + "</w:tbl>"));
        assertTrue(indicators("span.docx").contains("培训人数"));
        Grid g = grid("span.docx");
        assertTrue(g.width <= WorkbookImport.MAX_COLS, "width " + g.width);
    }

    /** 800,000 empty cells in a row, then 200,000 empty rows and as many empty tables: the grid stays within the limits. */
    @Test
    void docxMillionsOfEmptyCellsRowsAndTables() throws Exception {
        docxStreamed(tmp.resolve("empty.docx"), w -> {
            w.write("<w:tbl><w:tr>");
            repeat(w, "<w:tc/>", 800_000);
            w.write("</w:tr>");
            repeat(w, "<w:tr/>", 200_000);
            w.write("</w:tbl>");
            repeat(w, "<w:tbl/>", 200_000);
            w.write("<w:tbl>" + HEADING + INDICATOR + "</w:tbl>");
        });
        Grid g = grid("empty.docx");
        assertTrue(g.height() <= WorkbookImport.MAX_ROWS && g.width <= WorkbookImport.MAX_COLS, g.height() + " " + g.width);
    }

    /** 100,000 rows of one cell spanning 200 columns (20 million merged cells from 8 MB): refused as too large. */
    @Test
    void docxRowsOfCellsSpanningEveryColumn() throws Exception {
        docxStreamed(tmp.resolve("spans.docx"), w -> {
            w.write("<w:tbl>" + HEADING + INDICATOR);
            repeat(w, "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"200\"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>", 100_000);
            w.write("</w:tbl>");
        });
        String m = fails("spans.docx");
        assertTrue(m.contains("合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字"), m);
    }

    /** A cell of 400,000 paragraphs, each with a letter, a line break and a tab, holds no more than a cell's longest text. */
    @Test
    void docxACellOfMillionsOfParagraphs() throws Exception {
        docxStreamed(tmp.resolve("paras.docx"), w -> {
            w.write("<w:tbl>" + HEADING + "<w:tr><w:tc>");
            repeat(w, "<w:p><w:r><w:t>x</w:t><w:br/><w:tab/></w:r></w:p>", 400_000);
            w.write("</w:tc></w:tr></w:tbl>");
        });
        Grid g = grid("paras.docx");
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width; c++) {
                String v = g.raw(r, c);
                int cr = r;
                int cc = c;
                assertTrue(v == null || v.length() <= Grid.MAX_CELL, () -> "cell " + g.address(cr, cc) + ": " + v.length());
            }
        }
    }

    /** A cell of 30 MB of (incompressible) text is cut to a cell's longest text. */
    @Test
    void docxACellOf30MegabytesOfText() throws Exception {
        java.util.Random random = new java.util.Random(3);
        docxStreamed(tmp.resolve("long.docx"), w -> {
            w.write("<w:tbl>" + HEADING + "<w:tr><w:tc><w:p><w:r><w:t>");
            char[] chunk = new char[1 << 16];
            for (int k = 0; k < 30 * 16; k++) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (char) ('a' + random.nextInt(26));
                }
                w.write(chunk);
            }
            w.write("</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        });
        Grid g = grid("long.docx");
        assertTrue(g.raw(1, 0).length() <= Grid.MAX_CELL, "" + g.raw(1, 0).length());
    }

    /** A DTD with entities (a billion laughs), or an external one: refused as corrupt, nothing read from outside. */
    @Test
    void docxDtdAndEntities() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "产出指标");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"一级指标一级指标一级指标一级指标\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document " + W + "><w:body><w:tbl>" + row("&h;") + row("&x;") + "</w:tbl></w:body></w:document>";
        docx(tmp.resolve("laughs.docx"), laughs);
        String m = fails("laughs.docx");
        assertTrue(m.contains("损坏") && m.contains("DOCTYPE"), m);
    }

    /** Not XML; a package without its main part; a main part that is neither a workbook's nor a document's. */
    @Test
    void docxNotXmlOrWithoutItsMainPart() throws Exception {
        docx(tmp.resolve("garbage.docx"), "这不是 XML <w:tbl>");
        assertTrue(fails("garbage.docx").contains("损坏"));
        docx(tmp.resolve("none.docx"), null);
        assertTrue(fails("none.docx").contains("损坏"));
    }

    /** A main-document relationship pointing out of the package (external, or up the tree): nothing read from there. */
    @Test
    void docxMainPartOutsideThePackage() throws Exception {
        Path secret = tmp.resolve("secret.xml");
        Files.writeString(secret, body("<w:tbl>" + HEADING + INDICATOR + "</w:tbl>"));
        String[] targets = {secret.toUri().toString() + "\" TargetMode=\"External", "../secret.xml", "/../../secret.xml"};
        for (int i = 0; i < targets.length; i++) {
            String name = "out" + i + ".docx";
            xlsx(tmp.resolve(name), java.util.Map.of(
                    "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                    "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                            + targets[i] + "\"/></Relationships>"));
            String m = fails(name);
            assertTrue(m.contains("损坏") || m.contains("不是"), m);
        }
    }

    /**
     * Relationships of 20 MB (4 MB zipped; POI reads them into a DOM as it opens the package: 13 s to a full 256 MB
     * heap), or core properties of as much: refused before POI opens the package.
     */
    @Test
    void docxHugeRelationshipsOrCoreProperties() throws Exception {
        for (String big : new String[] {"_rels/.rels", "docProps/core.xml"}) {
            Path file = tmp.resolve("whole.docx");
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
                z.putNextEntry(new ZipEntry("[Content_Types].xml"));
                z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8));
                z.putNextEntry(new ZipEntry("_rels/.rels"));
                java.io.Writer w = new java.io.OutputStreamWriter(z, StandardCharsets.UTF_8);
                w.write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>");
                java.util.Random random = new java.util.Random(1);
                if (big.equals("_rels/.rels")) {
                    for (int i = 0; i < 400_000; i++) {
                        w.write("<Relationship Id=\"r" + Integer.toHexString(random.nextInt()) + i + "\" Type=\"t\" Target=\"x" + i + "\"/>");
                    }
                }
                w.write("</Relationships>");
                w.flush();
                z.putNextEntry(new ZipEntry("docProps/core.xml"));
                w.write("<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>t</dc:title>");
                if (big.equals("docProps/core.xml")) {
                    for (int i = 0; i < 400_000; i++) {
                        String tag = "x" + Integer.toHexString(random.nextInt());
                        w.write("<" + tag + ">" + i + "</" + tag + ">");
                        w.write("<!--" + Integer.toHexString(random.nextInt()) + "-->");
                    }
                }
                w.write("</cp:coreProperties>");
                w.flush();
                z.putNextEntry(new ZipEntry("word/document.xml"));
                z.write(body("<w:tbl>" + HEADING + INDICATOR + "</w:tbl>").getBytes(StandardCharsets.UTF_8));
            }
            String m = fails("whole.docx");
            assertTrue(m.contains("损坏") && m.contains("over 4 MB"), big + ": " + m);
        }
    }

    /** A package that holds both a document and a workbook: read by its main part (the document), the workbook ignored. */
    @Test
    void docxThatIsAlsoAnXlsx() throws Exception {
        var wb = workbook(1, SHEET_NS + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>三级指标</t></is></c></row></sheetData></worksheet>",
                NO_STRINGS);
        java.util.List<String> extra = new java.util.ArrayList<>();
        for (var e : wb.entrySet()) {
            if (!e.getKey().equals("[Content_Types].xml") && !e.getKey().equals("_rels/.rels")) {
                extra.add(e.getKey());
                extra.add(e.getValue());
            }
        }
        docx(tmp.resolve("both.docx"), body("<w:tbl>" + HEADING + INDICATOR + "</w:tbl>"), extra.toArray(new String[0]));
        assertTrue(indicators("both.docx").contains("培训人数"));
        String cells = Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS));
        assertTrue(cells.contains("表1!C2"), cells);
    }
}
