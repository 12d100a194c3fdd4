package io.github.jixiao.xlsx;

import io.github.jixiao.text.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Writes {@link Table}s as an .xlsx workbook (SpreadsheetML, ECMA-376): title and header rows frozen and repeated
 * on every printed page, the category columns' runs merged, numbers as numbers shown with two decimals, A4
 * landscape fitted to the page width. Deterministic: the package's dates are fixed and every zip entry gets the
 * same timestamp, so the same tables give the same bytes.
 *
 * <p>The parts are written directly, as XML encoded to UTF-8 as it is written, each a stored (uncompressed) zip
 * entry, and streamed to the file in chunks of {@link #CHUNK} bytes, each part's CRC and sizes written back into its
 * header when it ends: what a workbook holds in memory is a chunk and its shared strings, not the whole package (a 34 MB
 * submission's workbook was 141 MB in one growing array). The layout is fixed (three small sheets, four cell styles)
 * and Apache POI's object model cost about 65 ms a workbook, a hundred times the parse of the submission it summarises, and deflating the parts four times the
 * rest of the writing (benchmark/README.md, issue 17). OOXML packages may store or deflate their parts; every
 * spreadsheet program reads both. POI still reads workbooks (the import), and the
 * tests read every workbook written here back through POI and hold it to the POI writer this class replaced
 * ({@code PoiXlsxWriter} in the test sources). Since issue 17's second round the package is written as bytes into one
 * buffer ({@link Zip}); {@code XlsxWriterBytesTest} holds it byte for byte to the string writer it replaced
 * ({@code TextXlsxWriter} in the test sources), built in memory and streamed in chunks.
 */
public final class XlsxWriter {
    private XlsxWriter() {
    }

    /** The date written into the package (docProps/core.xml) and onto every zip entry: never the clock. */
    public static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** Excel's limit on the characters of a cell. */
    static final int MAX_CELL = 32_767;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Cell style indexes into styles.xml's cellXfs. */
    private static final int TITLE = 1;
    private static final int HEADER = 2;
    private static final int TEXT = 3;
    private static final int NUMBER = 4;
    private static final int WHOLE = 5;

    /** The workbook's bytes, built in memory (tests, and callers that want the bytes themselves). */
    public static byte[] write(List<Table> tables) {
        Zip w = new Zip(new byte[64 * 1024], null, new Strings(new byte[16 * 1024]));
        package_(w, tables);
        return java.util.Arrays.copyOf(w.b, w.n);
    }

    /**
     * Writes the workbook to {@code out} from its current position (not closed), in chunks of at most {@link #CHUNK}
     * bytes: each part's header is written back with its CRC and sizes when the part ends.
     */
    public static void write(List<Table> tables, SeekableByteChannel out) throws IOException {
        write(tables, new ChannelSink(out));
    }

    /** Writes the workbook to {@code sink} in chunks of at most {@link #CHUNK} bytes. */
    static void write(List<Table> tables, Sink sink) throws IOException {
        byte[][] kept = BUFFERS.get();
        Zip w = new Zip(take(kept, 0, CHUNK), sink, new Strings(take(kept, 1, 64 * 1024)));
        try {
            package_(w, tables);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (w.b.length == CHUNK) {
                kept[0] = w.b;
            }
            if (w.strings.sst.length <= KEEP) {
                kept[1] = w.strings.sst;
            }
        }
    }

    /**
     * The bytes written to the channel in one call, and the most a workbook holds in memory: a department's workbook
     * (about 290 KB for 600 indicators) fits in one, larger ones go out a chunk at a time.
     */
    static final int CHUNK = 512 * 1024;

    /**
     * Each thread's chunk ([0]) and shared-string buffer ([1]), reused from workbook to workbook (a department's are
     * about 290 KB and 90 KB, allocated and zeroed for each workbook before). Every byte up to the package's end is
     * written before it is read, so what a buffer held before does not matter. One workbook at a time on a thread: a
     * buffer is taken for a workbook and handed back when its bytes are written out. Plain arrays, so that a thread that
     * outlives the build (a Maven daemon's) holds nothing of the plugin's class loader.
     */
    private static final ThreadLocal<byte[][]> BUFFERS = ThreadLocal.withInitial(() -> new byte[2][]);

    /** A shared-string buffer grown beyond this (a workbook of tens of thousands of rows) is not kept by the thread. */
    private static final int KEEP = 4 * 1024 * 1024;

    /** Takes the thread's buffer {@code i} when it holds {@code capacity} bytes, or a new one. */
    private static byte[] take(byte[][] kept, int i, int capacity) {
        byte[] b = kept[i];
        kept[i] = null;
        return b != null && b.length >= capacity ? b : new byte[capacity];
    }

    /** Where a package's bytes go once the buffer is full, and where its part headers are written back. */
    interface Sink {
        void write(byte[] b, int off, int len) throws IOException;

        /** Writes {@code len} bytes of {@code b} at {@code position} of what was written, leaving the end where it is. */
        void patch(long position, byte[] b, int off, int len) throws IOException;
    }

    /** A channel from its position at the start: the package's offsets are counted from there. */
    static final class ChannelSink implements Sink {
        private final SeekableByteChannel ch;
        private final long base;

        ChannelSink(SeekableByteChannel ch) throws IOException {
            this.ch = ch;
            this.base = ch.position();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }

        @Override
        public void patch(long position, byte[] b, int off, int len) throws IOException {
            long end = ch.position();
            ch.position(base + position);
            write(b, off, len);
            ch.position(end);
        }
    }

    private static void package_(Zip w, List<Table> tables) {
        List<String> names = sheetNames(tables);
        Strings strings = w.strings;

        w.part("[Content_Types].xml");
        w.ascii(HEAD);
        w.ascii(TYPES);
        for (int i = 1; i <= tables.size(); i++) {
            w.ascii("<Override PartName=\"/xl/worksheets/sheet" + i
                    + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        w.ascii(TYPES_END);

        w.part("_rels/.rels");
        w.ascii(HEAD);
        w.ascii(RELS);

        w.part("docProps/core.xml");
        w.ascii(HEAD);
        w.ascii(CORE);

        w.part("docProps/app.xml");
        w.ascii(HEAD);
        w.ascii(APP);

        w.part("xl/workbook.xml");
        w.ascii(HEAD);
        w.ascii("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><workbookPr/>"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < tables.size(); i++) {
            w.ascii("<sheet name=\"");
            w.xml(names.get(i));
            w.ascii("\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + (i + 1) + "\"/>");
        }
        w.ascii("</sheets>");
        if (!tables.isEmpty()) {
            // the title and header rows printed at the top of every page
            w.ascii("<definedNames>");
            for (int i = 0; i < tables.size(); i++) {
                w.ascii("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + i + "\">'");
                w.xml(names.get(i).replace("'", "''"));
                w.ascii("'!$1:$2</definedName>");
            }
            w.ascii("</definedNames>");
        }
        w.ascii("</workbook>");

        w.part("xl/_rels/workbook.xml.rels");
        w.ascii(HEAD);
        w.ascii("<Relationships xmlns=\"" + PKG_REL + "\">");
        for (int i = 1; i <= tables.size(); i++) {
            w.ascii("<Relationship Id=\"rId" + i + "\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet" + i + ".xml\"/>");
        }
        int n = tables.size();
        w.ascii("<Relationship Id=\"rId" + (n + 1) + "\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId" + (n + 2) + "\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");

        w.part("xl/styles.xml");
        w.ascii(HEAD);
        w.ascii(STYLES);

        for (int i = 0; i < tables.size(); i++) {
            w.part("xl/worksheets/sheet" + (i + 1) + ".xml");
            sheet(w, tables.get(i), i == 0, strings);
        }

        w.part("xl/sharedStrings.xml");
        w.ascii(HEAD);
        w.ascii("<sst xmlns=\"" + MAIN + "\" count=\"" + strings.count + "\" uniqueCount=\"" + strings.unique + "\">");
        // each <si> encoded when its text was first met; copied a chunk at a time (it may be larger than one)
        for (int off = 0; off < strings.n; off += CHUNK) {
            w.ascii(strings.sst, off, Math.min(CHUNK, strings.n - off));
        }
        w.ascii("</sst>");
        w.finish();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static final byte[] HEAD = ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    private static final byte[] TYPES = ascii("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    private static final byte[] TYPES_END = ascii(
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>");
    private static final byte[] RELS = ascii("<Relationships xmlns=\"" + PKG_REL + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + PKG_REL + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>");
    private static final byte[] CORE = ascii(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:creator>jixiao</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + FIXED + ":00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + FIXED + ":00Z</dcterms:modified>"
            + "</cp:coreProperties>");
    private static final byte[] APP = ascii(
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>jixiao</Application></Properties>");
    // fonts: 0 the default, 1 bold, 2 bold 14 pt; fills: 0 none, 1 gray125 (both required), 2 grey 25 %;
    // borders: 0 none, 1 thin on four sides; number format 2 is the built-in "0.00", 1 the built-in "0"
    private static final byte[] STYLES = ascii("<styleSheet xmlns=\"" + MAIN + "\">"
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
    private static final byte[] SI = ascii("<si><t>");
    private static final byte[] SI_PRESERVE = ascii("<si><t xml:space=\"preserve\">");
    private static final byte[] SI_END = ascii("</t></si>");
    /**
     * An underscore as ECMA-376's ST_Xstring escapes it, written where the text goes on as an escape would
     * ({@link io.github.jixiao.text.Xstring#escapeAt}): Excel reads {@code _x0041_} in a cell's XML as "A", so a name
     * holding those seven characters would show otherwise than it is.
     */
    private static final byte[] UNDERSCORE = ascii("_x005F_");
    private static final byte[] ROW = ascii("<row r=\"");
    private static final byte[] ROW_END = ascii("</row>");
    /** What follows a cell's reference: a shared string of each style, a number, a blank. */
    private static final byte[][] SHARED = new byte[5][];
    private static final byte[] NUMBER_OPEN = ascii("\" s=\"" + NUMBER + "\"><v>");
    private static final byte[] WHOLE_OPEN = ascii("\" s=\"" + WHOLE + "\"><v>");
    private static final byte[] NUMBER_CLOSE = ascii("</v></c>");
    private static final byte[] BLANK = ascii("\" s=\"" + TEXT + "\"/>");
    /** {@code <c r="} and a column's letters, for the first columns. */
    private static final byte[][] CELL = new byte[64][];

    static {
        for (int s = 0; s < SHARED.length; s++) {
            SHARED[s] = ascii("\" s=\"" + s + "\" t=\"s\"><v>");
        }
        for (int c = 0; c < CELL.length; c++) {
            CELL[c] = ascii("<c r=\"" + letters(c)); // LETTERS is not set yet
        }
    }

    private static void sheet(Zip w, Table t, boolean first, Strings strings) {
        int cols = t.header().size();
        int lastRow = t.rows().size() + 2;
        w.ascii(HEAD);
        w.ascii("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<dimension ref=\"A1:" + column(Math.max(cols, 1) - 1) + lastRow + "\"/>"
                + "<sheetViews><sheetView " + (first ? "tabSelected=\"1\" " : "") + "workbookViewId=\"0\">"
                + "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (cols > 0) {
            w.ascii("<cols>");
            for (int c = 0; c < cols; c++) {
                int width = Math.min(255, c < t.widths().size() ? t.widths().get(c) : 12);
                w.ascii("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width + "\" customWidth=\"1\"/>");
            }
            w.ascii("</cols>");
        }
        w.ascii("<sheetData>");
        w.ascii("<row r=\"1\">");
        text(w, 0, 1, t.title(), TITLE, strings);
        w.ascii("</row><row r=\"2\">");
        for (int c = 0; c < cols; c++) {
            text(w, c, 2, t.header().get(c), HEADER, strings);
        }
        w.ascii(ROW_END);
        body(w, t, cols, strings);
        w.ascii("</sheetData>");
        // the title across the columns, then each run of equal categories (body row k is sheet row k + 3), written as
        // digits and letters rather than a String per merge
        List<int[]> runs = mergedRuns(t);
        int merges = (cols > 1 ? 1 : 0) + runs.size();
        if (merges > 0) {
            w.ascii(MERGE_CELLS);
            w.digits(merges);
            w.ascii('"', '>');
            if (cols > 1) {
                merge(w, 0, 1, cols - 1, 1);
            }
            for (int[] run : runs) {
                merge(w, run[0], run[1] + 3, run[0], run[2] + 3);
            }
            w.ascii(MERGE_CELLS_END);
        }
        w.ascii("<printOptions horizontalCentered=\"1\"/>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>"
                + "</worksheet>");
    }

    /**
     * Eight bytes at a time into a byte array (little-endian: the first byte lowest). The body's cells are short runs of
     * fixed markup around a reference and a number; written a byte at a time in loops of unknown length they were
     * half of the workbook's time (issue 17), as a few 8-byte stores each they are not. A store may write past what
     * it advances over: the next store overwrites that, and {@link #body} makes room for it.
     */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** {@code </v></c>}: exactly eight bytes. */
    private static final long CLOSE = pack(NUMBER_CLOSE, 0, 8);
    /** {@link #CELL} of each column as a long, its length in {@link #CELL_LEN} (at most eight bytes: two letters). */
    private static final long[] CELL_LONG = new long[CELL.length];
    private static final int[] CELL_LEN = new int[CELL.length];

    static {
        for (int c = 0; c < CELL.length; c++) {
            CELL_LONG[c] = pack(CELL[c], 0, CELL[c].length);
            CELL_LEN[c] = CELL[c].length;
        }
    }

    /** Up to eight bytes of {@code a} from {@code from} as a long, the first byte lowest. */
    private static long pack(byte[] a, int from, int len) {
        long v = 0;
        for (int i = Math.min(len, 8) - 1; i >= 0; i--) {
            v = v << 8 | (a[from + i] & 0xFF);
        }
        return v;
    }

    private static final byte[] MERGE_CELLS = ascii("<mergeCells count=\"");
    private static final byte[] MERGE_CELL = ascii("<mergeCell ref=\"");
    private static final byte[] MERGE_CELL_END = ascii("\"/>");
    private static final byte[] MERGE_CELLS_END = ascii("</mergeCells>");

    /** {@code <mergeCell ref="A3:A9"/>}: from column c1, row r1 to column c2, row r2. */
    private static void merge(Zip w, int c1, int r1, int c2, int r2) {
        w.ascii(MERGE_CELL);
        w.ascii(column(c1));
        w.digits(r1);
        w.ascii(':');
        w.ascii(column(c2));
        w.digits(r2);
        w.ascii(MERGE_CELL_END);
    }

    /**
     * A piece of fixed markup of at most 24 bytes as three longs, for three stores (those past its length are
     * overwritten by what follows it).
     */
    private static final class Piece {
        final long l0;
        final long l1;
        final long l2;
        final int len;

        Piece(byte[] bytes) {
            if (bytes.length > 24) {
                throw new IllegalArgumentException("longer than three longs");
            }
            byte[] t = java.util.Arrays.copyOf(bytes, 24);
            l0 = pack(t, 0, 8);
            l1 = pack(t, 8, 8);
            l2 = pack(t, 16, 8);
            len = bytes.length;
        }

        /** Writes the piece at {@code a[k]} (24 bytes stored); returns the offset after it. */
        int put(byte[] a, int k) {
            LONGS.set(a, k, l0);
            LONGS.set(a, k + 8, l1);
            LONGS.set(a, k + 16, l2);
            return k + len;
        }
    }

    /** What follows a body cell's reference: a shared string, a number, a blank (all of style {@link #TEXT} or {@link #NUMBER}). */
    private static final Piece SHARED_TEXT = new Piece(SHARED[TEXT]);
    private static final Piece NUMBER_PIECE = new Piece(NUMBER_OPEN);
    private static final Piece BLANK_PIECE = new Piece(BLANK);

    /**
     * The most bytes a body cell's markup takes with the stores' overshoot, its text's index or number aside: the
     * column (8), the row's number (8), the piece after it (24), the end (8).
     */
    private static final int CELL_ROOM = 8 + 8 + 24 + 8;

    /**
     * The body rows (sheet rows 3 on): their own method, so that the JIT compiles the loop on its own. A cell is a few
     * 8-byte stores: its column's {@code <c r="} and letters, the row's number (its digits as one long, made once a
     * row), the markup of its kind, then its shared string's index or its number and {@code </v></c>}. (The row's
     * number and each kind's markup were joined into 32 bytes per row and kind before, byte by byte: a seventh of the
     * writer's time.)
     */
    private static void body(Zip w, Table t, int cols, Strings strings) {
        int r = 3;
        // the last string of each column: a category repeats row after row, and equals() is cheaper than a lookup
        String[] lastText = new String[cols];
        int[] lastIndex = new int[cols];
        byte[] rowNumber = new byte[16];
        for (List<Object> row : t.rows()) {
            int rowLen = digits(rowNumber, 0, r);
            long rowLong = (long) LONGS.get(rowNumber, 0); // the digits first; the bytes after them are overwritten
            w.ascii(ROW);
            w.ascii(rowNumber, rowLen);
            w.ascii('"', '>');
            int size = row.size();
            for (int c = 0; c < cols; c++) {
                Object v = c < size ? row.get(c) : null;
                if (c >= CELL.length || rowLen > 8) { // beyond 64 columns or 99,999,999 rows: not the reports' tables
                    w.ascii("<c r=\"" + column(c));
                    w.ascii(rowNumber, rowLen);
                    if (v instanceof BigDecimal num) {
                        w.ascii(NUMBER_OPEN);
                        w.ascii(num.setScale(2, RoundingMode.HALF_UP).toPlainString());
                        w.ascii(NUMBER_CLOSE);
                    } else if (v instanceof Integer || v instanceof Long) {
                        w.ascii(WHOLE_OPEN);
                        w.ascii(v.toString());
                        w.ascii(NUMBER_CLOSE);
                    } else if (v == null) {
                        w.ascii(BLANK);
                    } else {
                        w.ascii(SHARED[TEXT]);
                        w.digits(index(strings, v.toString(), c, lastText, lastIndex));
                        w.ascii(NUMBER_CLOSE);
                    }
                    continue;
                }
                if (v instanceof Integer || v instanceof Long) { // a count (the aggregate's): rare, written plainly
                    w.ascii(CELL[c]);
                    w.ascii(rowNumber, rowLen);
                    w.ascii(WHOLE_OPEN);
                    w.ascii(v.toString());
                    w.ascii(NUMBER_CLOSE);
                    continue;
                }
                int i = v instanceof BigDecimal || v == null ? 0 : index(strings, v.toString(), c, lastText, lastIndex);
                w.room(CELL_ROOM + 16);
                byte[] a = w.b;
                int k = w.n;
                LONGS.set(a, k, CELL_LONG[c]);
                k += CELL_LEN[c];
                LONGS.set(a, k, rowLong);
                k += rowLen;
                if (v instanceof BigDecimal num) {
                    w.n = NUMBER_PIECE.put(a, k);
                    w.fixed2(num);
                    w.room(8);
                    a = w.b;
                    k = w.n;
                    LONGS.set(a, k, CLOSE);
                    k += 8;
                } else if (v == null) {
                    k = BLANK_PIECE.put(a, k);
                } else {
                    k = SHARED_TEXT.put(a, k);
                    k = digits(a, k, i);
                    LONGS.set(a, k, CLOSE);
                    k += 8;
                }
                w.n = k;
            }
            w.ascii(ROW_END);
            r++;
        }
    }

    /** The shared string index of a body cell's text: the column's last one again without a lookup. */
    private static int index(Strings strings, String s, int c, String[] lastText, int[] lastIndex) {
        if (s.equals(lastText[c])) {
            strings.count++;
            return lastIndex[c];
        }
        int i = strings.of(s);
        lastText[c] = s;
        lastIndex[c] = i;
        return i;
    }

    private static void text(Zip w, int c, int r, String s, int style, Strings strings) {
        int i = strings.of(s);
        w.ref(c, r);
        w.ascii(SHARED[style]);
        w.digits(i);
        w.ascii(NUMBER_CLOSE);
    }

    /**
     * The shared strings, numbered in the order the sheets first use them: an open-addressing table of the texts and
     * their numbers (no node or boxed number per text, as a HashMap made), each new text encoded into its
     * {@code <si>} element at once, the check that a cell can keep it as it is made in the same pass (the text was
     * scanned twice, once to clean and once to encode, and the list of texts walked again at the end).
     */
    private static final class Strings {
        private String[] keys = new String[4096];
        private int[] values = new int[4096];
        int count;
        int unique;
        /** The {@code <si>} elements so far, UTF-8. */
        byte[] sst;
        int n;
        private char[] chars = new char[256];

        Strings(byte[] sst) {
            this.sst = sst;
        }

        /** The index of {@link #clean clean(s)}. */
        int of(String s) {
            count++;
            if (s == null) {
                s = "";
            }
            // every key is clean, so a text found as it is needs no cleaning: only a new one is scanned
            int i = find(s);
            if (i >= 0) {
                return i;
            }
            if (s.length() <= MAX_CELL && si(s)) {
                return add(s);
            }
            String c = clean(s);
            i = find(c);
            if (i >= 0) {
                return i;
            }
            si(c); // clean: always kept
            return add(c);
        }

        private int add(String c) {
            int i = unique++;
            if (map != null) {
                map.put(c, i);
                return i;
            }
            if (unique * 2 > keys.length) {
                grow();
            }
            put(c, i);
            return i;
        }

        /**
         * Appends {@code <si><t>s</t></si>} (with {@code xml:space="preserve"} when s starts or ends with white space)
         * as UTF-8, the five characters XML reserves escaped and {@code \r} as a reference; or, when s holds a
         * character a cell cannot keep as it is ({@link #clean(String, int)} false), appends nothing and returns false.
         */
        private boolean si(String s) {
            int len = s.length();
            if (chars.length < len) {
                chars = new char[Math.max(len, chars.length * 2)];
            }
            char[] cs = chars;
            s.getChars(0, len, cs, 0); // one copy, then no bounds or coder check per character
            boolean preserve = len > 0 && (Character.isWhitespace(cs[0]) || Character.isWhitespace(cs[len - 1]));
            byte[] open = preserve ? SI_PRESERVE : SI;
            if (n + len * 6 + open.length + SI_END.length > sst.length) {
                sst = java.util.Arrays.copyOf(sst, Math.max(sst.length * 2, n + len * 6 + open.length + SI_END.length));
            }
            byte[] a = sst;
            int k = n;
            System.arraycopy(open, 0, a, k, open.length);
            k += open.length;
            for (int i = 0; i < len; i++) {
                char c = cs[i];
                if (c >= 0x800 && c < 0xD800) { // CJK, most of a Chinese text: three bytes, tested first
                    if ((c <= 0x206F || c == 0x3164) && hidden(c)) { // a bidi control, a separator, a filler: cleaned
                        return false;
                    }
                    a[k] = (byte) (0xE0 | c >> 12);
                    a[k + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                    a[k + 2] = (byte) (0x80 | c & 0x3F);
                    k += 3;
                } else if (c < 0x80) {
                    if (c > '>' || (c >= 0x20 && ESCAPES[c] == null)) {
                        if (c == 0x7F) { // DEL: cleaned
                            return false;
                        }
                        if (c == '_' && io.github.jixiao.text.Xstring.escapeAt(s, i)) { // a_x0041_b: Excel would show aAb (ST_Xstring)
                            System.arraycopy(UNDERSCORE, 0, a, k, UNDERSCORE.length);
                            k += UNDERSCORE.length;
                            continue;
                        }
                        a[k++] = (byte) c;
                    } else if (c >= 0x20 || c == '\r') {
                        for (byte x : ESCAPES[c]) {
                            a[k++] = x;
                        }
                    } else if (c == '\t' || c == '\n') {
                        a[k++] = (byte) c;
                    } else {
                        return false;
                    }
                } else if (c < 0xD800) {
                    if (c <= 0x9F) { // a C1 control: cleaned
                        return false;
                    }
                    k = Utf8.put(a, k, c);
                } else if (c >= 0xE000) {
                    if (hidden(c)) { // a BOM or a noncharacter (U+FDD0–U+FDEF, U+FFFE, U+FFFF): cleaned
                        return false;
                    }
                    k = Utf8.put(a, k, c);
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(cs[i + 1])) {
                    int cp = Character.toCodePoint(c, cs[++i]);
                    if (hidden(cp)) { // a variation selector or a tag character: cleaned
                        return false;
                    }
                    k = Utf8.put(a, k, cp);
                } else {
                    return false;
                }
            }
            System.arraycopy(SI_END, 0, a, k, SI_END.length);
            n = k + SI_END.length;
            return true;
        }

        private int find(String s) {
            if (map != null) {
                Integer v = map.get(s);
                return v == null ? -1 : v;
            }
            int mask = keys.length - 1;
            int steps = 0;
            for (int k = mix(s.hashCode()) & mask; ; k = (k + 1) & mask) {
                String key = keys[k];
                if (key == null) {
                    return -1;
                }
                if (key.equals(s)) {
                    return values[k];
                }
                if (++steps > MAX_PROBE) { // texts made to share a hash (a pull request's): a HashMap from here on
                    toMap();
                    return find(s);
                }
            }
        }

        /**
         * The probes a lookup makes before the table gives way to a {@link java.util.HashMap}, which keeps texts of one
         * hash in a tree ordered by compareTo: at most half full, a table of texts with spread hashes never comes near;
         * texts chosen to share one (65,000 cells of "Aa"/"BB" labels) made the workbook 56.7 s against 2 s without it.
         * Which texts get which number does not change, so neither do the bytes.
         */
        static final int MAX_PROBE = 64;

        /** The texts and their numbers, once {@link #MAX_PROBE} was passed; null before. */
        private java.util.HashMap<String, Integer> map;

        private void toMap() {
            map = new java.util.HashMap<>(keys.length);
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] != null) {
                    map.put(keys[k], values[k]);
                }
            }
            keys = null;
            values = null;
        }

        private void put(String s, int value) {
            int mask = keys.length - 1;
            int k = mix(s.hashCode()) & mask;
            while (keys[k] != null) {
                k = (k + 1) & mask;
            }
            keys[k] = s;
            values[k] = value;
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != null) {
                    put(oldKeys[k], oldValues[k]);
                }
            }
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
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
     * The package, XML encoded to UTF-8 as it is written into a byte array: markup from precomputed bytes, cell
     * references and numbers as digits (no string built per cell), each part stored (not deflated) right after its
     * local header, whose CRC and sizes are filled in when the part ends, then the central directory. With a
     * {@link Sink} the array is a chunk: when it is full it goes to the sink, and a part's header already sent is written
     * back there ({@link Sink#patch}); without one the array grows to hold the whole package. The bytes are the ones
     * {@link java.util.zip.ZipOutputStream} writes for such entries (version 10, the UTF-8 flag, the date of
     * {@link #FIXED}, no extra field), held to it by a test; going through it copied every part twice and computed
     * every CRC twice, and encoding per string cell was most of the workbook's time (benchmark/README.md, issue 17).
     */
    static final class Zip {
        byte[] b;
        int n;
        private final Sink sink;
        /** Bytes of the package already given to the sink: {@code b[0]} is the package's byte {@code flushed}. */
        private long flushed;
        private final List<long[]> entries = new ArrayList<>(); // header offset, crc, size
        private final List<byte[]> entryNames = new ArrayList<>();
        /** The part being written: its header's offset in the package (-1: none), its data's, and the CRC so far. */
        private long header = -1;
        private long data;
        private final CRC32 crc = new CRC32();
        /** Where in {@link #b} the bytes of the part not yet in {@link #crc} start. */
        private int crcFrom;
        /** The shared strings, written into this package's last part. */
        final Strings strings;

        Zip(byte[] buffer, Sink sink, Strings strings) {
            b = buffer;
            this.sink = sink;
            this.strings = strings;
        }

        /** Makes sure {@code more} bytes fit after {@link #n}: the chunk goes to the sink first, or the array grows. */
        void room(int more) {
            if (n + more > b.length) {
                if (sink != null && n > 0) {
                    flush();
                }
                if (n + more > b.length) { // in memory; or one cell larger than a chunk (a chunk holds the largest)
                    b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + more));
                }
            }
        }

        private void flush() {
            if (header >= 0) {
                crc.update(b, crcFrom, n - crcFrom);
            }
            try {
                sink.write(b, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            flushed += n;
            n = 0;
            crcFrom = 0;
        }

        /** Ends the part being written (if any) and starts the part {@code name}. */
        void part(String name) {
            end();
            byte[] nm = name.getBytes(StandardCharsets.UTF_8);
            room(30 + nm.length);
            header = flushed + n;
            int4(0x04034b50);
            short2(10); // version needed: stored
            short2(0x0800); // names in UTF-8
            short2(0); // stored
            int4(DOS_TIME);
            n += 12; // crc, sizes: in end()
            short2(nm.length);
            short2(0); // no extra field
            ascii(nm);
            entryNames.add(nm);
            data = flushed + n;
            crc.reset();
            crcFrom = n;
        }

        private void end() {
            if (header < 0) {
                return;
            }
            crc.update(b, crcFrom, n - crcFrom);
            long size = flushed + n - data;
            int c = (int) crc.getValue();
            if (size > 0xFFFF_FFFFL || data > 0xFFFF_FFFFL) {
                throw new IllegalStateException("workbook part over 4 GB: not written without ZIP64");
            }
            int at = (int) (header - flushed);
            if (at >= 0) { // the header is still in the chunk
                put4(at + 14, c);
                put4(at + 18, (int) size);
                put4(at + 22, (int) size);
            } else {
                byte[] h = new byte[12];
                put4(h, 0, c);
                put4(h, 4, (int) size);
                put4(h, 8, (int) size);
                try {
                    sink.patch(header + 14, h, 0, h.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            entries.add(new long[] {header, c, size});
            header = -1;
        }

        /** Ends the last part, writes the central directory and gives what is left to the sink. */
        void finish() {
            end();
            long cen = flushed + n;
            for (int i = 0; i < entries.size(); i++) {
                long[] e = entries.get(i);
                byte[] nm = entryNames.get(i);
                room(46 + nm.length);
                int4(0x02014b50);
                short2(10); // made by
                short2(10); // needed
                short2(0x0800);
                short2(0);
                int4(DOS_TIME);
                int4((int) e[1]);
                int4((int) e[2]);
                int4((int) e[2]);
                short2(nm.length);
                short2(0); // extra
                short2(0); // comment
                short2(0); // disk
                short2(0); // internal attributes
                int4(0); // external attributes
                int4((int) e[0]);
                ascii(nm);
            }
            long cenSize = flushed + n - cen;
            if (cen > 0xFFFF_FFFFL || entries.size() > 0xFFFF) {
                throw new IllegalStateException("workbook over 4 GB: not written without ZIP64");
            }
            room(22);
            int4(0x06054b50);
            short2(0);
            short2(0);
            short2(entries.size());
            short2(entries.size());
            int4((int) cenSize);
            int4((int) cen);
            short2(0); // no comment
            if (sink != null && n > 0) {
                flush();
            }
        }

        private void short2(int v) {
            b[n++] = (byte) v;
            b[n++] = (byte) (v >>> 8);
        }

        private void int4(int v) {
            put4(n, v);
            n += 4;
        }

        private void put4(int at, int v) {
            put4(b, at, v);
        }

        private static void put4(byte[] b, int at, int v) {
            b[at] = (byte) v;
            b[at + 1] = (byte) (v >>> 8);
            b[at + 2] = (byte) (v >>> 16);
            b[at + 3] = (byte) (v >>> 24);
        }

        void ascii(byte[] a) {
            room(a.length);
            System.arraycopy(a, 0, b, n, a.length);
            n += a.length;
        }

        void ascii(char c) {
            room(1);
            b[n++] = (byte) c;
        }

        void ascii(char c1, char c2) {
            room(2);
            b[n++] = (byte) c1;
            b[n++] = (byte) c2;
        }

        /** Text known to be ASCII (markup, numbers). */
        void ascii(String s) {
            int len = s.length();
            room(len);
            byte[] a = b;
            int k = n;
            for (int i = 0; i < len; i++) {
                a[k++] = (byte) s.charAt(i);
            }
            n = k;
        }

        /** A non-negative number's digits. */
        void digits(int v) {
            room(10);
            n = XlsxWriter.digits(b, n, v);
        }

        /**
         * A number with exactly two decimals, as {@code v.setScale(2, HALF_UP).toPlainString()} writes it, from its
         * unscaled value when that fits a long (the string and its builder made per number cell were a tenth of the
         * workbook's time). The unscaled value is read as {@code scaleByPowerOfTen(2).longValueExact()}, which a
         * BigDecimal held as a long answers without a BigInteger: {@code unscaledValue()} made one per cell and stored
         * it into the number (a third of the writer's time in a profile of {@code ReportBenchmark}).
         */
        void fixed2(BigDecimal v) {
            BigDecimal r = v.scale() == 2 ? v : v.setScale(2, RoundingMode.HALF_UP);
            if (r.precision() > 18) { // not below 10^18 hundredths: beyond a long's easy reach, and never a score
                ascii(r.toPlainString());
                return;
            }
            long x = r.scaleByPowerOfTen(2).longValueExact();
            room(24);
            byte[] a = b;
            int k = n;
            if (x < 0) {
                a[k++] = '-';
                x = -x;
            }
            long whole = x / 100;
            int cents = (int) (x - whole * 100);
            if (whole <= Integer.MAX_VALUE) {
                k = XlsxWriter.digits(a, k, (int) whole);
            } else {
                byte[] d = Long.toString(whole).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(d, 0, a, k, d.length);
                k += d.length;
            }
            a[k++] = '.';
            a[k++] = (byte) ('0' + cents / 10);
            a[k++] = (byte) ('0' + cents % 10);
            n = k;
        }

        void ascii(byte[] a, int len) {
            ascii(a, 0, len);
        }

        void ascii(byte[] a, int off, int len) {
            room(len);
            System.arraycopy(a, off, b, n, len);
            n += len;
        }

        /** {@code <c r="} and the cell's reference (column letters, row number). */
        void ref(int c, int r) {
            if (c < CELL.length) {
                ascii(CELL[c]);
            } else {
                ascii("<c r=\"" + column(c));
            }
            digits(r);
        }

        /**
         * XML text or attribute content, UTF-8: the five characters XML reserves escaped (and {@code \r}, kept as a
         * character reference), a lone surrogate written as U+FFFD.
         */
        void xml(String s) {
            int len = s.length();
            room(len * 6);
            byte[] a = b;
            int k = n;
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (hidden(c)) { // a bidi control, a C1 control, DEL, a separator, a BOM (the callers' names are data)
                    c = '\uFFFD';
                }
                if (c < 0x80) {
                    byte[] rep = c <= '>' ? ESCAPES[c] : null;
                    if (rep == null) {
                        a[k++] = (byte) c;
                    } else {
                        for (byte x : rep) {
                            a[k++] = x;
                        }
                    }
                } else if (!Character.isSurrogate(c)) {
                    k = Utf8.put(a, k, c);
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    k = Utf8.put(a, k, hidden(cp) ? '\uFFFD' : cp); // a variation selector, a tag character: U+FFFD
                } else { // a lone surrogate cannot be encoded: U+FFFD
                    a[k++] = (byte) 0xEF;
                    a[k++] = (byte) 0xBF;
                    a[k++] = (byte) 0xBD;
                }
            }
            n = k;
        }
    }

    /** Writes the digits of {@code v} (not negative) at {@code at}; returns the offset after them. */
    private static int digits(byte[] b, int at, int v) {
        int len = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : v < 100_000 ? 5 : Integer.toString(v).length();
        int k = at + len;
        do {
            b[--k] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        return at + len;
    }

    /** The replacement of each ASCII character up to '>' that XML text must escape ({@code \r} kept as a reference). */
    private static final byte[][] ESCAPES = new byte['>' + 1][];

    static {
        ESCAPES['<'] = ascii("&lt;");
        ESCAPES['>'] = ascii("&gt;");
        ESCAPES['&'] = ascii("&amp;");
        ESCAPES['"'] = ascii("&quot;");
        ESCAPES['\r'] = ascii("&#13;");
    }

    /** {@link #FIXED} as an MS-DOS date and time (the zip headers'): date in the high half, time 00:00 in the low. */
    private static final int DOS_TIME = ((FIXED.getYear() - 1980) << 25 | FIXED.getMonthValue() << 21 | FIXED.getDayOfMonth() << 16)
            | (FIXED.getHour() << 11 | FIXED.getMinute() << 5 | FIXED.getSecond() >> 1);

    /**
     * A character a cell does not keep as it is, though XML would: {@link io.github.jixiao.text.Strings#hidden} (written
     * as U+FFFD).
     */
    private static boolean hidden(char c) {
        return io.github.jixiao.text.Strings.hidden(c);
    }

    /** {@link #hidden(char)} for a code point outside the basic plane (a variation selector, a tag character). */
    private static boolean hidden(int cp) {
        return io.github.jixiao.text.Strings.hiddenCodePoint(cp);
    }

    /** Whether {@code s} from {@code from} on holds only characters a cell keeps as they are. */
    private static boolean clean(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch < 0xD800 && !hidden(ch)) {
                continue;
            }
            if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0xE000 && ch != 0xFFFE && ch != 0xFFFF && !hidden(ch))) {
                continue;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    && !hidden(Character.toCodePoint(ch, s.charAt(i + 1)))) {
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
        String s = name == null ? "" : replaceUnsafe(name);
        s = s.length() > 31 ? s.substring(0, 31) : s;
        return s.isBlank() ? "Sheet" : s;
    }

    /** Each of []:*?/\\' replaced by '_', as {@code replaceAll("[\\[\\]:*?/\\\\']", "_")} did without compiling the pattern per call. */
    private static String replaceUnsafe(String name) {
        char[] cs = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\' || c == '\'') {
                if (cs == null) {
                    cs = name.toCharArray();
                }
                cs[i] = '_';
            }
        }
        return cs == null ? name : new String(cs);
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
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                if (hidden(cp)) {
                    sb.append('\uFFFD'); // a variation selector, a tag character
                } else {
                    sb.appendCodePoint(cp);
                }
            } else if (Character.isSurrogate(ch)) {
                sb.append('\uFFFD');
            } else if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF && !hidden(ch))) {
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
