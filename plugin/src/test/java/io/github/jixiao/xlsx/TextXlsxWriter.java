package io.github.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The oracle for {@link XlsxWriter}: the SpreadsheetML writer as it was before issue 17's byte writer (each part's
 * XML built from strings and encoded char by char, the zip written by {@link ZipOutputStream}), kept verbatim so
 * that {@code XlsxWriterBytesTest} can hold the new writer to the very same bytes.
 */
final class TextXlsxWriter {
    private TextXlsxWriter() {
    }

    /** The date written into the package (docProps/core.xml) and onto every zip entry: never the clock. */
    public static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** Excel's limit on the characters of a cell. */
    static final int MAX_CELL = 32_767;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Cell style indexes into styles.xml's cellXfs. */
    private static final int TITLE = 1;
    private static final int HEADER = 2;
    private static final int TEXT = 3;
    private static final int NUMBER = 4;
    private static final int WHOLE = 5;

    public static byte[] write(List<Table> tables) throws IOException {
        return workbook(tables).toByteArray();
    }

    /** The workbook in memory, to be handed to a file in one write ({@code writeTo}) without another copy. */
    public static ByteArrayOutputStream workbook(List<Table> tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(320 * 1024);
        write(tables, out);
        return out;
    }

    /** Writes the workbook to {@code out} (not closed). */
    public static void write(List<Table> tables, OutputStream out) throws IOException {
        List<String> names = sheetNames(tables);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Part w = new Part(zip);
        // the parts are stored, not deflated: deflating (zlib at its fastest level) cost four times the rest of the
        // workbook (benchmark/README.md); the file is about six times larger (270 KB for 600 indicators)
        Strings strings = new Strings();

        w.part("[Content_Types].xml");
        w.write(HEAD);
        w.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        for (int i = 1; i <= tables.size(); i++) {
            w.write("<Override PartName=\"/xl/worksheets/sheet" + i
                    + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        w.write("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>");

        w.part("_rels/.rels");
        w.write(HEAD);
        w.write("<Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + PKG_REL + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>");

        w.part("docProps/core.xml");
        w.write(HEAD);
        String date = FIXED + ":00Z";
        w.write("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>jixiao</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>"
                + "</cp:coreProperties>");

        w.part("docProps/app.xml");
        w.write(HEAD);
        w.write("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>jixiao</Application></Properties>");

        w.part("xl/workbook.xml");
        w.write(HEAD);
        w.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><workbookPr/>"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < tables.size(); i++) {
            w.write("<sheet name=\"");
            xml(w, names.get(i));
            w.write("\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + (i + 1) + "\"/>");
        }
        w.write("</sheets>");
        if (!tables.isEmpty()) {
            // the title and header rows printed at the top of every page
            w.write("<definedNames>");
            for (int i = 0; i < tables.size(); i++) {
                w.write("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + i + "\">'");
                xml(w, names.get(i).replace("'", "''"));
                w.write("'!$1:$2</definedName>");
            }
            w.write("</definedNames>");
        }
        w.write("</workbook>");

        w.part("xl/_rels/workbook.xml.rels");
        w.write(HEAD);
        w.write("<Relationships xmlns=\"" + PKG_REL + "\">");
        for (int i = 1; i <= tables.size(); i++) {
            w.write("<Relationship Id=\"rId" + i + "\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet" + i + ".xml\"/>");
        }
        int n = tables.size();
        w.write("<Relationship Id=\"rId" + (n + 1) + "\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId" + (n + 2) + "\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");

        w.part("xl/styles.xml");
        w.write(HEAD);
        // fonts: 0 the default, 1 bold, 2 bold 14 pt; fills: 0 none, 1 gray125 (both required), 2 grey 25 %;
        // borders: 0 none, 1 thin on four sides; number format 2 is the built-in "0.00"
        w.write("<styleSheet xmlns=\"" + MAIN + "\">"
                + "<fonts count=\"3\">"
                + "<font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "</fonts>"
                + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"6\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"center\"/></xf>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
                + "<alignment vertical=\"center\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"right\" vertical=\"center\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"right\" vertical=\"center\" wrapText=\"1\"/></xf>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");

        for (int i = 0; i < tables.size(); i++) {
            w.part("xl/worksheets/sheet" + (i + 1) + ".xml");
            sheet(w, tables.get(i), i == 0, strings);
        }

        w.part("xl/sharedStrings.xml");
        w.write(HEAD);
        w.write("<sst xmlns=\"" + MAIN + "\" count=\"" + strings.count + "\" uniqueCount=\"" + strings.index.size() + "\">");
        for (String s : strings.index.keySet()) {
            w.write("<si><t");
            if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                w.write(" xml:space=\"preserve\"");
            }
            w.write('>');
            // an underscore that starts what reads as an ST_Xstring escape (_x0041_) escaped itself, as _x005F_
            xml(w, s.replaceAll("_(?=x[0-9A-Fa-f]{4}_)", "_x005F_"));
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush();
        zip.finish();
    }

    private static void sheet(Writer w, Table t, boolean first, Strings strings) throws IOException {
        int cols = t.header().size();
        int lastRow = t.rows().size() + 2;
        w.write(HEAD);
        w.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<dimension ref=\"A1:" + column(Math.max(cols, 1) - 1) + lastRow + "\"/>"
                + "<sheetViews><sheetView " + (first ? "tabSelected=\"1\" " : "") + "workbookViewId=\"0\">"
                + "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (cols > 0) {
            w.write("<cols>");
            for (int c = 0; c < cols; c++) {
                int width = Math.min(255, c < t.widths().size() ? t.widths().get(c) : 12);
                w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width + "\" customWidth=\"1\"/>");
            }
            w.write("</cols>");
        }
        w.write("<sheetData>");
        w.write("<row r=\"1\">");
        text(w, 0, 1, t.title(), TITLE, strings);
        w.write("</row><row r=\"2\">");
        for (int c = 0; c < cols; c++) {
            text(w, c, 2, t.header().get(c), HEADER, strings);
        }
        w.write("</row>");
        int r = 3;
        for (List<Object> row : t.rows()) {
            w.write("<row r=\"" + r + "\">");
            for (int c = 0; c < cols; c++) {
                Object v = c < row.size() ? row.get(c) : null;
                if (v instanceof BigDecimal num) {
                    w.write("<c r=\"" + column(c) + r + "\" s=\"" + NUMBER + "\"><v>");
                    w.write(num.setScale(2, RoundingMode.HALF_UP).toPlainString());
                    w.write("</v></c>");
                } else if (v instanceof Integer || v instanceof Long) {
                    w.write("<c r=\"" + column(c) + r + "\" s=\"" + WHOLE + "\"><v>" + v + "</v></c>");
                } else if (v == null) {
                    w.write("<c r=\"" + column(c) + r + "\" s=\"" + TEXT + "\"/>");
                } else {
                    text(w, c, r, v.toString(), TEXT, strings);
                }
            }
            w.write("</row>");
            r++;
        }
        w.write("</sheetData>");
        List<String> merges = new ArrayList<>();
        if (cols > 1) {
            merges.add("A1:" + column(cols - 1) + "1");
        }
        for (int[] run : mergedRuns(t)) { // body row k is sheet row k + 3
            merges.add(column(run[0]) + (run[1] + 3) + ":" + column(run[0]) + (run[2] + 3));
        }
        if (!merges.isEmpty()) {
            w.write("<mergeCells count=\"" + merges.size() + "\">");
            for (String m : merges) {
                w.write("<mergeCell ref=\"" + m + "\"/>");
            }
            w.write("</mergeCells>");
        }
        w.write("<printOptions horizontalCentered=\"1\"/>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>"
                + "</worksheet>");
    }

    private static void text(Writer w, int c, int r, String s, int style, Strings strings) throws IOException {
        w.write("<c r=\"");
        w.write(column(c));
        w.write(Integer.toString(r));
        w.write("\" s=\"");
        w.write('0' + style);
        w.write("\" t=\"s\"><v>");
        w.write(Integer.toString(strings.of(clean(s))));
        w.write("</v></c>");
    }

    /** The shared strings, numbered in the order the sheets first use them. */
    private static final class Strings {
        final Map<String, Integer> index = new LinkedHashMap<>();
        int count;

        int of(String s) {
            count++;
            Integer i = index.get(s);
            if (i == null) {
                i = index.size();
                index.put(s, i);
            }
            return i;
        }
    }

    private static final String[] LETTERS = new String[64];

    static {
        for (int c = 0; c < LETTERS.length; c++) {
            LETTERS[c] = letters(c);
        }
    }

    /** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
    static String column(int c) {
        return c < LETTERS.length ? LETTERS[c] : letters(c);
    }

    private static String letters(int c) {
        StringBuilder sb = new StringBuilder(3);
        int n = c + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /**
     * A part's XML, encoded to UTF-8 as it is written (markup is ASCII: one byte a character, no intermediate
     * string) and handed to the zip in one piece when the part is complete ({@link #flush}). A writer over the zip
     * stream encoded every small write on its own, and a string builder copied the text twice: two thirds of the
     * workbook's time.
     */
    private static final class Part extends Writer {
        private byte[] buf = new byte[256 * 1024];
        private int n;
        private final ZipOutputStream zip;
        private String name;

        Part(ZipOutputStream zip) {
            this.zip = zip;
        }

        /** Ends the part being written (if any) and starts the part {@code name}. */
        void part(String name) throws IOException {
            flush();
            this.name = name;
        }

        private void room(int more) {
            if (n + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            write(new String(cbuf, off, len));
        }

        @Override
        public void write(int c) {
            room(3);
            put((char) c, (char) 0);
        }

        @Override
        public void write(String str) {
            write(str, 0, str.length());
        }

        @Override
        public void write(String str, int off, int len) {
            room(len * 3);
            byte[] b = buf;
            int k = n;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = str.charAt(i);
                if (c < 0x80) {
                    b[k++] = (byte) c;
                } else {
                    n = k;
                    if (put(c, i + 1 < end ? str.charAt(i + 1) : 0)) {
                        i++;
                    }
                    k = n;
                }
            }
            n = k;
        }

        /** Encodes {@code c} (with {@code next} when they make a surrogate pair); returns whether next was used. */
        private boolean put(char c, char next) {
            byte[] b = buf;
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                int cp = Character.toCodePoint(c, next);
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
                return true;
            } else {
                char ch = Character.isSurrogate(c) ? '\uFFFD' : c; // a lone surrogate cannot be encoded
                b[n++] = (byte) (0xE0 | ch >> 12);
                b[n++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | ch & 0x3F);
            }
            return false;
        }

        /** Writes the part as a stored (uncompressed) zip entry dated {@link #FIXED}. */
        @Override
        public void flush() throws IOException {
            if (name == null) {
                return;
            }
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(FIXED);
            e.setMethod(ZipEntry.STORED);
            e.setSize(n);
            e.setCompressedSize(n);
            CRC32 crc = new CRC32();
            crc.update(buf, 0, n);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(buf, 0, n);
            zip.closeEntry();
            n = 0;
            name = null;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }


    /** XML text or attribute content: the five characters XML reserves, escaped. */
    private static void xml(Writer w, String s) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = io.github.jixiao.text.Strings.hidden(c) ? "\uFFFD" : switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (rep != null) {
                w.write(s, from, i - from);
                w.write(rep);
                from = i + 1;
            }
        }
        w.write(s, from, s.length() - from);
    }

    /** Whether {@code s} from {@code from} on holds only characters a cell keeps as they are. */
    private static boolean clean(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch < 0xD800 && !io.github.jixiao.text.Strings.hidden(ch)) {
                continue;
            }
            if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0xE000 && ch != 0xFFFE && ch != 0xFFFF && !io.github.jixiao.text.Strings.hidden(ch))) {
                continue;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * The runs of equal categories to merge, as {column, first body row, last body row} (0-based): in the first
     * {@link Table#mergeColumns()} columns, two or more rows with the same non-blank value and the same values in
     * every column to its left.
     */
    static List<int[]> mergedRuns(Table t) {
        List<int[]> out = new ArrayList<>();
        int cols = t.header().size();
        for (int c = 0; c < Math.min(t.mergeColumns(), cols); c++) {
            int start = 0;
            for (int i = 1; i <= t.rows().size(); i++) {
                boolean same = i < t.rows().size() && sameRun(t.rows(), start, i, c);
                if (!same) {
                    if (i - start > 1 && value(t.rows().get(start), c) != null) {
                        out.add(new int[] {c, start, i - 1});
                    }
                    start = i;
                }
            }
        }
        return out;
    }

    private static boolean sameRun(List<List<Object>> rows, int start, int i, int col) {
        for (int c = 0; c <= col; c++) {
            if (!Objects.equals(value(rows.get(start), c), value(rows.get(i), c))) {
                return false;
            }
        }
        return true;
    }

    private static Object value(List<Object> row, int c) {
        return c < row.size() ? row.get(c) : null;
    }

    private static List<String> sheetNames(List<Table> tables) {
        List<String> names = new ArrayList<>(tables.size());
        for (Table t : tables) {
            names.add(safeSheetName(t.name()));
        }
        return names;
    }

    /** A sheet name Excel accepts: no []:*?/\', at most 31 characters, not blank. */
    static String safeSheetName(String name) {
        String s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\']", "_");
        s = s.length() > 31 ? s.substring(0, 31) : s;
        return s.isBlank() ? "Sheet" : s;
    }

    /**
     * Text a cell can hold: no control characters XML 1.0 refuses (a submission's text may carry any), no lone
     * surrogate, at most 32,767 chars.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (s.length() <= MAX_CELL && clean(s, 0)) {
            return s; // the common case: nothing to replace, no copy
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_CELL));
        for (int i = 0; i < s.length() && sb.length() < MAX_CELL; i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(ch).append(s.charAt(++i));
            } else if (Character.isSurrogate(ch)) {
                sb.append('\uFFFD');
            } else if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF && !io.github.jixiao.text.Strings.hidden(ch))) {
                sb.append(ch);
            } else {
                sb.append('\uFFFD');
            }
        }
        if (sb.length() > MAX_CELL) {
            sb.setLength(MAX_CELL);
        }
        if (sb.length() == MAX_CELL && Character.isHighSurrogate(sb.charAt(MAX_CELL - 1))) {
            sb.setLength(MAX_CELL - 1);
        }
        return sb.toString();
    }
}
