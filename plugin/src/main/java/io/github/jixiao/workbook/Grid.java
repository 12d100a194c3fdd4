package io.github.jixiao.workbook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A sheet as text: every cell's value as the sheet shows it (a formula's cached value, a date as ISO, a number
 * without a trailing .0), a merged block's value in each of its cells, and whether a cell was part of a merged
 * block (a number read from a merged block is suspect).
 */
final class Grid {
    final String sheet;
    /** {@link #sheet} as Excel writes it in a reference, made at the first address. */
    private String quoted;
    /** What the grid was read from, as the sidecar's {@code type} says it: {@code xlsx}, {@code xls} or {@code docx}. */
    final String type;
    final List<String[]> rows = new ArrayList<>();
    final List<boolean[]> merged = new ArrayList<>();
    /**
     * The text a cell below or right of a merged block's first cell holds of its own (hidden: Excel shows the first cell's;
     * a workbook may keep it, as LibreOffice's "keep the contents of the hidden cells" or a program writing the cell does),
     * by the cell's sheet row and column ({@link #key}), with the block's first cell: {own text, first row, first column}
     * (sheet rows). Only where it differs from the first cell's; shared with the grid's slices.
     */
    private java.util.Map<Long, Object[]> ownBelow = new java.util.HashMap<>();
    int width;
    /** The sheet row of this grid's row 0 (a project table below another on the same sheet starts further down). */
    private int rowOffset;
    /**
     * A Word document's rows: for each row of the grid (from the document's first), the table it is in (1, 2 …) and its
     * row in that table (0-based), so that a cell is named as in its table, {@code 表2!C3}; null for a workbook.
     */
    private int[] table;
    private int[] rowInTable;
    /** What the grids of one workbook or document may still hold, shared by all of them. */
    private final Budget budget;
    /**
     * A Word document's heading paragraphs (styled Heading N, Title or 标题 N) before its first table, in the document's
     * order, at most {@value #HEADINGS_MAX}: the report's title lines (广水 2021: 广水市交通运输局2021年度…绩效自评报告), which
     * may stand far above the table; empty for a workbook.
     */
    final List<String> headings = new ArrayList<>();
    /**
     * The sheet's hidden rows and columns (0-based, as the sheet numbers them: a hidden row's zero height, a column's
     * hidden flag), within the rows and columns read; a Word document has none. Their cells are read as any other's:
     * the form says which it imported ({@link #hiddenRow}, {@link #hiddenCol}).
     */
    private final java.util.BitSet hiddenRows = new java.util.BitSet();
    private final java.util.BitSet hiddenCols = new java.util.BitSet();

    /** Whether grid row {@code r} is hidden on its sheet. */
    boolean hiddenRow(int r) {
        return r >= 0 && hiddenRows.get(r + rowOffset);
    }

    /** Whether column {@code c} is hidden on its sheet. */
    boolean hiddenCol(int c) {
        return c >= 0 && hiddenCols.get(c);
    }

    /** How many heading paragraphs of a Word document are kept ({@link #headings}). */
    static final int HEADINGS_MAX = 20;

    private Grid(String sheet, String type, Budget budget) {
        this.sheet = DOCX.equals(type) ? sheet : sheetName(sheet);
        this.type = type;
        this.budget = budget;
    }

    /** The longest sheet name Excel (and WPS) allows. */
    static final int MAX_SHEET_NAME = 31;

    /**
     * A sheet's name as the import names it: as written, or, longer than Excel allows ({@value #MAX_SHEET_NAME}
     * characters; only a crafted file holds one), its first 30 and "…". Every cell read is named with it (the sidecar,
     * each message): a workbook.xml naming its sheet in 30,000 characters made each address 30,000 characters long, and
     * a 100 KB file with a 2,000-row table ran a 2 GB heap out of memory (helper H4, session 40).
     */
    static String sheetName(String name) {
        if (name == null || name.length() <= MAX_SHEET_NAME || name.codePointCount(0, name.length()) <= MAX_SHEET_NAME) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MAX_SHEET_NAME - 1)) + "…";
    }

    /** Rows the grids of one workbook (or document) may hold in all: each sheet's are capped too, by {@code maxRows}. */
    static final int MAX_ALL_ROWS = 1_000_000;
    /**
     * Cells the grids of one workbook may hold in all (a cell with a value, or in a merged block, or before such a
     * cell in its row): about 100 MB of a 256 MB heap at most, and 40 times a large 自评表 workbook.
     */
    static final int MAX_ALL_CELLS = 2_000_000;
    /**
     * Characters of text the grids of one workbook may hold in all, each cell's counted (a text shown by many cells,
     * shared strings or a merged block, counted at each): every reading above a table's heading reads a cell's text
     * in full, so 10,000 cells showing one 30,000-character text from a 104 KB file took 82 s (helper H2, session 38)
     * and the cell limit alone allowed 200 times that. 32 million: 40 times a large 自评表 workbook's cells at 400
     * characters each, as the cell limit is 40 times its cells. A text is counted at the length its {@link #fold} may
     * have where that is longer ({@link #foldBound}): the readings fold it, and 900 cells of a 32,000-character text of
     * ﷺ and ﷻ (18 and 8 characters folded) took 80 s of CPU to import where the same of CJK took 2 s (helper H4, session 40).
     */
    static final long MAX_ALL_CHARS = 32_000_000L;

    /**
     * The rows and cells the grids of one workbook may still take: a forged file can make each of thousands of sheets
     * 100,000 rows long from a few bytes (a cell in its last row) or fill them with one merged region, and the limits
     * per sheet alone would let that run out of memory and time. Past either, {@link TooLarge}.
     */
    static final class Budget {
        private long rows;
        private long cells;
        private long chars;

        Budget(long rows, long cells, long chars) {
            this.rows = rows;
            this.cells = cells;
            this.chars = chars;
        }

        static Budget standard() {
            return new Budget(MAX_ALL_ROWS, MAX_ALL_CELLS, MAX_ALL_CHARS);
        }

        void charge(long r, long c) {
            rows -= r;
            cells -= c;
            if (rows < 0 || cells < 0) {
                throw new TooLarge();
            }
        }

        /**
         * A cell's text kept: its length charged, or where its {@link #fold} may be longer (ﷺ is 18 characters folded),
         * that length ({@link #foldBound}); null: nothing.
         */
        void text(String v) {
            if (v != null) {
                chars -= Math.max(v.length(), foldBound(v));
                if (chars < 0) {
                    throw new TooLarge();
                }
            }
        }
    }

    /**
     * The workbook's (or document's) grids would hold more than {@link #MAX_ALL_ROWS} rows, {@link #MAX_ALL_CELLS} cells or
     * {@link #MAX_ALL_CHARS} characters.
     */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("more than " + MAX_ALL_ROWS + " rows, " + MAX_ALL_CELLS + " cells or " + MAX_ALL_CHARS + " characters", null, false, false);
        }
    }

    private static final String[] NO_CELLS = new String[0];
    private static final boolean[] NO_MERGED = new boolean[0];

    /** Appends a row holding {@code cells} (shared, for a blank row: {@link #NO_CELLS}), charged to the budget. */
    private void addRow(String[] cells) {
        budget.charge(1, cells.length);
        rows.add(cells);
        merged.add(cells.length == 0 ? NO_MERGED : new boolean[cells.length]);
    }

    /**
     * Drops the blank rows at the end (a sheet formatted far below its table: rows with a style and no value), given
     * back to the budget, so that only what a sheet holds counts against the workbook's rows.
     */
    private void trimBlankRows() {
        int n = rows.size();
        while (n > 0 && rows.get(n - 1).length == 0) {
            n--;
        }
        if (n < rows.size()) {
            budget.charge(n - rows.size(), 0);
            rows.subList(n, rows.size()).clear();
            merged.subList(n, merged.size()).clear();
        }
    }

    /** Blank rows up to (excluding) row {@code r}. */
    private void padTo(int r) {
        while (rows.size() < r) {
            addRow(NO_CELLS);
        }
    }

    /**
     * Adds a merged region unless it covers nothing of the grid (one cell, inverted, or starting past the limits),
     * charged to the budget as the two cells it covers at least: so a forged file's millions of regions cannot fill
     * the heap (overlapping ones are refused when applied, {@link #merge}; the cells they fill are charged then).
     */
    void addMerge(List<CellRangeAddress> merges, CellRangeAddress m, int maxRows, int maxCols) {
        int r1 = m.getFirstRow();
        int c1 = m.getFirstColumn();
        int r2 = Math.min(m.getLastRow(), maxRows - 1);
        int c2 = Math.min(m.getLastColumn(), maxCols - 1);
        if (r1 < 0 || c1 < 0 || r1 > r2 || c1 > c2 || (r1 == r2 && c1 == c2)) {
            return;
        }
        budget.charge(0, 2);
        merges.add(m);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a grid of their own; cells keep their sheet addresses. */
    Grid slice(int from, int to) {
        Grid s = new Grid(sheet, type, budget);
        s.rows.addAll(rows.subList(from, to));
        s.merged.addAll(merged.subList(from, to));
        s.ownBelow = ownBelow;
        s.width = width;
        s.rowOffset = rowOffset + from;
        s.table = table;
        s.rowInTable = rowInTable;
        s.headings.addAll(headings);
        s.hiddenRows.or(hiddenRows);
        s.hiddenCols.or(hiddenCols);
        return s;
    }

    /**
     * Every visible sheet of the workbook, read as a stream (POI's event API: the sheet XML through SAX, shared strings
     * read-only, styles for number and date formats), so the heap holds the cells' texts and no more. Merged regions
     * ({@code <mergeCells>} after {@code <sheetData>}) are collected in the same pass and applied at the end. Rows past
     * {@code maxRows} and columns past {@code maxCols} are left out.
     */
    static List<Grid> sheets(OPCPackage pkg, int maxRows, int maxCols) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        Budget budget = Budget.standard();
        List<String> strings = sharedStrings(reader, budget);
        Styles styles = Styles.read(reader, budget);
        List<String[]> sheets = new ArrayList<>(); // name, relationship id
        boolean[] date1904 = new boolean[1];
        try (InputStream wb = reader.getWorkbookData()) {
            XMLReader x = newReader();
            x.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if (local.equals("sheet")) {
                        String state = atts.getValue("state");
                        if (state == null || state.equals("visible")) {
                            sheets.add(new String[] {atts.getValue("name"), atts.getValue(RELATIONSHIPS, "id")});
                        }
                    } else if (local.equals("workbookPr")) {
                        String d = atts.getValue("date1904");
                        date1904[0] = "1".equals(d) || "true".equals(d);
                    }
                }
            });
            x.parse(new InputSource(wb));
        }
        List<Grid> out = new ArrayList<>();
        for (String[] sh : sheets) {
            if (sh[0] == null || sh[1] == null) {
                continue;
            }
            Grid g = new Grid(sh[0], XLSX, budget);
            SheetHandler h = new SheetHandler(g, strings, styles, date1904[0], maxRows, maxCols);
            try (InputStream in = reader.getSheet(sh[1])) {
                XMLReader x = newReader();
                x.setContentHandler(h);
                x.parse(new InputSource(in));
            }
            h.finish();
            out.add(g);
        }
        return out;
    }

    /**
     * The shared strings, read through SAX as plain text: each {@code <si>}'s {@code <t>} runs joined, phonetic guides
     * ({@code <rPh>}) left out. (POI's ReadOnlySharedStringsTable hands each out as a rich text built with XMLBeans.)
     * Each is charged to the budget as a cell.
     */
    private static List<String> sharedStrings(XSSFReader reader, Budget budget) throws IOException, SAXException {
        List<String> out = new ArrayList<>();
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return out; // no shared strings part
        }
        if (in == null) {
            return out;
        }
        try (InputStream s = in) {
            XMLReader x = newReader();
            x.setContentHandler(new DefaultHandler() {
                private final StringBuilder sb = new StringBuilder();
                private boolean inT;
                private boolean inPhonetic;

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    switch (local) {
                        case "si" -> sb.setLength(0);
                        case "rPh" -> inPhonetic = true;
                        case "t" -> inT = !inPhonetic;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    switch (local) {
                        case "si" -> {
                            budget.charge(0, 1);
                            out.add(io.github.jixiao.text.Xstring.decode(sb)); // Excel's _x000D_ and the like
                        }
                        case "rPh" -> inPhonetic = false;
                        case "t" -> inT = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT) {
                        sb.append(ch, start, length);
                    }
                }
            });
            x.parse(new InputSource(s));
        }
        return out;
    }

    /**
     * The number format of each cell style, from styles.xml read through SAX (POI's StylesTable would load the whole
     * XMLBeans schema for two attributes): {@code <numFmt numFmtId formatCode>} and {@code <cellXfs><xf numFmtId>},
     * each charged to the budget as a cell.
     */
    private static final class Styles {
        private final List<Integer> xfs = new ArrayList<>();
        private final java.util.Map<Integer, String> custom = new java.util.HashMap<>();

        static Styles read(XSSFReader reader, Budget budget) throws IOException, SAXException {
            Styles st = new Styles();
            InputStream in;
            try {
                in = reader.getStylesData();
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
                return st; // no styles part: every number in the General format
            }
            if (in == null) {
                return st;
            }
            try (InputStream s = in) {
                XMLReader x = newReader();
                x.setContentHandler(new DefaultHandler() {
                    private boolean inCellXfs;

                    @Override
                    public void startElement(String uri, String local, String qName, Attributes atts) {
                        switch (local) {
                            case "numFmt" -> {
                                budget.charge(0, 1);
                                Integer id = integer(atts.getValue("numFmtId"));
                                if (id != null && atts.getValue("formatCode") != null) {
                                    st.custom.put(id, atts.getValue("formatCode"));
                                }
                            }
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (inCellXfs) {
                                    budget.charge(0, 1);
                                    Integer id = integer(atts.getValue("numFmtId"));
                                    st.xfs.add(id == null ? 0 : id);
                                }
                            }
                            default -> {
                            }
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String qName) {
                        if (local.equals("cellXfs")) {
                            inCellXfs = false;
                        }
                    }
                });
                x.parse(new InputSource(s));
            }
            return st;
        }

        int formatId(int style) {
            return style >= 0 && style < xfs.size() ? xfs.get(style) : 0;
        }

        String format(int id) {
            String f = custom.get(id);
            return f != null ? f : BuiltinFormats.getBuiltinFormat(id);
        }

        private static Integer integer(String s) {
            try {
                return s == null ? null : Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static XMLReader newReader() throws SAXException {
        try {
            XMLReader x = XMLHelper.newXMLReader();
            x.setFeature("http://xml.org/sax/features/namespaces", true);
            return x;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e.getMessage());
        }
    }

    /** One sheet's XML: rows and cells as text (as {@link #text} reads them), then the merged regions. */
    private static final class SheetHandler extends DefaultHandler {
        private final Grid g;
        private final List<String> strings;
        private final Styles styles;
        private final boolean date1904;
        private final int maxRows;
        private final int maxCols;
        private final java.util.Map<Integer, Boolean> isDate = new java.util.HashMap<>(); // format id → a date format
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private final List<String> rowCells = new ArrayList<>();
        private int row = -1;
        private int col = -1;
        private int lastRow = -1;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private final StringBuilder value = new StringBuilder();
        private boolean hasValue;

        /** An XML boolean attribute that is set (1 or true). */
        private static boolean on(String v) {
            return "1".equals(v) || "true".equals(v);
        }

        SheetHandler(Grid g, List<String> strings, Styles styles, boolean date1904, int maxRows, int maxCols) {
            this.g = g;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.maxRows = maxRows;
            this.maxCols = maxCols;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    col = -1;
                    rowCells.clear();
                    if (row >= 0 && row < maxRows && on(atts.getValue("hidden"))) {
                        g.hiddenRows.set(row);
                    }
                }
                case "col" -> {
                    if (on(atts.getValue("hidden"))) {
                        try {
                            int min = Integer.parseInt(atts.getValue("min").trim());
                            int max = Integer.parseInt(atts.getValue("max").trim());
                            if (min >= 1 && min <= max && min - 1 < maxCols) {
                                g.hiddenCols.set(min - 1, Math.min(max, maxCols));
                            }
                        } catch (RuntimeException e) {
                            // a malformed column range hides nothing
                        }
                    }
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    col = ref == null ? col + 1 : column(ref, col + 1);
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "is" -> inInline = true;
                case "t" -> {
                    if (inInline) {
                        inValue = true;
                        hasValue = true;
                    }
                }
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && ref.indexOf(':') > 0) {
                        g.addMerge(merges, CellRangeAddress.valueOf(ref), maxRows, maxCols);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> {
                    if (row < maxRows && col >= 0 && col < maxCols) {
                        while (rowCells.size() <= col) {
                            rowCells.add(null);
                        }
                        String v = hasValue ? cell(value.toString()) : null;
                        g.budget.text(v);
                        rowCells.set(col, v);
                    }
                }
                case "row" -> {
                    if (row >= 0 && row < maxRows) {
                        g.padTo(row);
                        int width = rowCells.size();
                        while (!rowCells.isEmpty() && rowCells.get(rowCells.size() - 1) == null) {
                            rowCells.remove(rowCells.size() - 1); // blank (styled) cells at the end hold nothing
                        }
                        String[] cells = rowCells.isEmpty() ? NO_CELLS : rowCells.toArray(new String[0]);
                        if (row < g.rows.size()) {
                            // a row number given twice or out of order (never in a saved workbook): the later one stands
                            g.budget.charge(0, cells.length);
                            g.rows.set(row, cells);
                            g.merged.set(row, cells.length == 0 ? NO_MERGED : new boolean[cells.length]);
                        } else {
                            g.addRow(cells);
                        }
                        g.width = Math.max(g.width, width);
                        lastRow = Math.max(lastRow, row);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        /** The column of a cell reference ("AB12" → 27) without a regular expression; {@code otherwise} when it has none. */
        private static int column(String ref, int otherwise) {
            int c = 0;
            int i = 0;
            while (i < ref.length() && i < 4) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                } else if (ch >= 'a' && ch <= 'z') {
                    c = c * 26 + (ch - 'a' + 1);
                } else {
                    break;
                }
                i++;
            }
            return i == 0 ? otherwise : c - 1;
        }

        /** The text of a cell, as the sheet shows it (see {@link Grid}). */
        private String cell(String v) {
            if (type != null) {
                switch (type) {
                    case "s" -> {
                        try {
                            return strings.get(Integer.parseInt(v.trim()));
                        } catch (RuntimeException e) {
                            return null;
                        }
                    }
                    case "inlineStr", "str" -> {
                        return io.github.jixiao.text.Xstring.decode(v);
                    }
                    case "b" -> {
                        return v.trim().equals("1") ? "是" : "否";
                    }
                    case "e" -> {
                        return null;
                    }
                    default -> {
                        // "n" (and "d", an ISO date written as text)
                        if (type.equals("d")) {
                            return v.length() >= 10 ? v.substring(0, 10) : v;
                        }
                    }
                }
            }
            double d;
            try {
                d = Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return null;
            }
            int id = styles.formatId(style);
            return numberShown(d, id, styles.format(id), date1904, isDate);
        }

        void finish() {
            g.merge(merges, lastRow, maxCols);
            g.trimBlankRows();
        }
    }

    /**
     * A number cell's text: a date (a date format and a valid Excel date) as ISO, else the number with the decimals its
     * format prints. {@code isDate} remembers the answer per format id.
     */
    private static String numberShown(double d, int formatId, String written, boolean date1904, java.util.Map<Integer, Boolean> isDate) {
        // longer than any format Excel writes: General (and POI's date test never reads it)
        String format = written != null && written.length() > MAX_FORMAT ? null : written;
        if (format != null && isDate.computeIfAbsent(formatId, k -> DateUtil.isADateFormat(k, format)) && DateUtil.isValidExcelDate(d)) {
            return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
        }
        return shown(plain(d), format);
    }

    /**
     * The merged regions, each block's value in every cell of it (as the DOM reading did); rows up to {@code last}
     * exist afterwards. Regions of a saved workbook never overlap, so they cover each cell at most once: more cells than
     * the sheet has means overlapping regions (a forged file, which could make this loop run for hours), refused.
     *
     * @throws IllegalArgumentException when the regions cover more cells than the sheet has
     */
    private void merge(List<CellRangeAddress> merges, int last, int maxCols) {
        padTo(last + 1);
        long budget = (long) (last + 1) * maxCols;
        for (CellRangeAddress m : merges) {
            if (m.getFirstRow() > last || m.getFirstRow() < 0 || m.getFirstColumn() < 0) {
                continue;
            }
            int toRow = Math.min(m.getLastRow(), last);
            int toCol = Math.min(m.getLastColumn(), maxCols - 1);
            budget -= (long) Math.max(0, toRow - m.getFirstRow() + 1) * Math.max(0, toCol - m.getFirstColumn() + 1);
            if (budget < 0) {
                throw new IllegalArgumentException("merged regions overlap");
            }
            String v = raw(m.getFirstRow(), m.getFirstColumn());
            for (int r = m.getFirstRow(); r <= toRow; r++) {
                for (int c = m.getFirstColumn(); c <= toCol; c++) {
                    String own = raw(r, c);
                    if (own != null && !own.isBlank() && !(r == m.getFirstRow() && c == m.getFirstColumn())
                            && !own.strip().equals(v == null ? null : v.strip())) {
                        ownBelow.put(key(r + rowOffset, c), new Object[] {own, m.getFirstRow() + rowOffset, m.getFirstColumn()});
                    }
                    set(r, c, v, !(r == m.getFirstRow() && c == m.getFirstColumn()));
                }
            }
        }
    }

    /**
     * Every visible worksheet of an Excel 97-2003 workbook (.xls, BIFF8), read as a stream of records (POI's HSSF event
     * API: no HSSFWorkbook in memory), each cell's text as {@link #sheets(OPCPackage, int, int)} reads an .xlsx's: the
     * shared string, a number with the decimals its format prints or a date as ISO, a formula's cached value, 是/否 for
     * a boolean, nothing for an error; merged regions applied at the end. Rows past {@code maxRows} and columns past
     * {@code maxCols} are left out.
     *
     * @throws org.apache.poi.EncryptedDocumentException when the workbook is protected by a password
     */
    static List<Grid> sheets(POIFSFileSystem fs, int maxRows, int maxCols) throws IOException {
        XlsListener l = new XlsListener(maxRows, maxCols);
        l.budget.charge(0, globals(fs));
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(l.formats);
        new HSSFEventFactory().processWorkbookEvents(request, fs);
        return l.out;
    }

    /**
     * What POI will hold of the workbook's globals while it reads the sheets, counted from the record headers before
     * POI reads the records, so that a forged file is refused before it fills the heap: the shared strings (the SST's
     * count, at most one per 3 bytes of it and its CONTINUE records, where POI stops; in an encrypted workbook, whose
     * record bodies are unreadable here, one per 3 bytes), the cell formats (XF) and the sheets (BoundSheet).
     */
    private static long globals(POIFSFileSystem fs) throws IOException {
        String name = org.apache.poi.hssf.usermodel.HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot());
        try (InputStream raw = fs.getRoot().createDocumentInputStream(name);
             java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(raw))) {
            long count = 0;
            boolean encrypted = false;
            long declared = -1; // the SST being read: the strings it declares (-1: unreadable) and its bytes
            long bytes = -1;
            byte[] head = new byte[4];
            while (in.readNBytes(head, 0, 4) == 4) {
                int sid = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
                int len = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
                if (sid == 0x003C && bytes >= 0) { // CONTINUE of the SST
                    bytes += len;
                    in.skipNBytes(len);
                    continue;
                }
                if (bytes >= 0) {
                    count += strings(declared, bytes);
                    bytes = -1;
                }
                switch (sid) {
                    case SSTRecord.sid -> {
                        bytes = len;
                        declared = -1;
                        if (!encrypted && len >= 8) {
                            in.skipNBytes(4); // cstTotal
                            declared = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt())); // cstUnique
                            in.skipNBytes(len - 8);
                        } else {
                            in.skipNBytes(len);
                        }
                    }
                    case 0x002F -> { // FILEPASS: the records after it are encrypted
                        encrypted = true;
                        in.skipNBytes(len);
                    }
                    case 0x00E0, BoundSheetRecord.sid -> {
                        count++;
                        in.skipNBytes(len);
                    }
                    default -> in.skipNBytes(len);
                }
            }
            return bytes >= 0 ? count + strings(declared, bytes) : count;
        }
    }

    /** The strings POI makes of an SST of {@code bytes} declaring {@code declared} (-1: unknown): 3 bytes each at least. */
    private static long strings(long declared, long bytes) {
        long most = Math.max(0, bytes - 8) / 3;
        return declared < 0 ? most : Math.min(declared, most);
    }

    /** The records of an .xls, in stream order: the workbook's globals, then one substream per sheet (BOF … EOF). */
    private static final class XlsListener implements HSSFListener {
        final FormatTrackingHSSFListener formats =
                new FormatTrackingHSSFListener(this);
        final List<Grid> out = new ArrayList<>();
        private final int maxRows;
        private final int maxCols;
        private final java.util.Map<Integer, Boolean> isDate = new java.util.HashMap<>();
        private final List<BoundSheetRecord> bound = new ArrayList<>();
        private BoundSheetRecord[] ordered;
        private SSTRecord sst;
        private boolean date1904;
        private int depth; // substreams open: 1 in a sheet, 2 in a chart embedded in it
        private int sheet = -1; // the sheet substream's index, in the order of the file
        private Grid g; // the visible worksheet being read, or null
        private final List<CellRangeAddress> merges = new ArrayList<>();
        final Budget budget = Budget.standard();
        private int lastRow = -1;
        private int formulaRow = -1; // a formula whose cached result is a string: the STRING record after it holds it
        private int formulaCol = -1;

        XlsListener(int maxRows, int maxCols) {
            this.maxRows = maxRows;
            this.maxCols = maxCols;
        }

        @Override
        public void processRecord(Record r) {
            switch (r.getSid()) {
                case BOFRecord.sid -> {
                    BOFRecord bof = (BOFRecord) r;
                    if (bof.getType() == BOFRecord.TYPE_WORKBOOK) {
                        return;
                    }
                    if (depth++ == 0) { // a sheet's substream (worksheet, chart sheet, macro sheet), in BoundSheet order
                        sheet++;
                        if (ordered == null) {
                            ordered = BoundSheetRecord.orderByBofPosition(bound);
                        }
                        BoundSheetRecord b = sheet < ordered.length ? ordered[sheet] : null;
                        if (bof.getType() == BOFRecord.TYPE_WORKSHEET && b != null
                                && !b.isHidden() && !b.isVeryHidden()) {
                            g = new Grid(b.getSheetname(), XLS, budget);
                            merges.clear();
                            lastRow = -1;
                        }
                    }
                }
                case EOFRecord.sid -> {
                    if (depth > 0 && --depth == 0 && g != null) {
                        g.merge(merges, lastRow, maxCols);
                        out.add(g);
                        g = null;
                    }
                }
                case BoundSheetRecord.sid -> bound.add((BoundSheetRecord) r);
                case SSTRecord.sid -> sst = (SSTRecord) r;
                case DateWindow1904Record.sid ->
                        date1904 = ((DateWindow1904Record) r).getWindowing() == 1;
                default -> {
                    if (g != null && depth == 1) {
                        cell(r);
                    }
                }
            }
        }

        /** A worksheet's record: a cell's value, or its merged regions. */
        private void cell(Record r) {
            if (r instanceof LabelSSTRecord l) {
                int i = l.getSSTIndex();
                put(l.getRow(), l.getColumn(), sst != null && i >= 0 && i < sst.getNumUniqueStrings() ? sst.getString(i).getString() : null);
            } else if (r instanceof LabelRecord l) {
                put(l.getRow(), l.getColumn(), l.getValue());
            } else if (r instanceof NumberRecord n) {
                put(n.getRow(), n.getColumn(), number(n.getValue(), n));
            } else if (r instanceof FormulaRecord f) {
                int type = f.getCachedResultType();
                if (type == CellType.STRING.getCode()) {
                    formulaRow = f.getRow();
                    formulaCol = f.getColumn();
                } else if (type == CellType.BOOLEAN.getCode()) {
                    put(f.getRow(), f.getColumn(), f.getCachedBooleanValue() ? "是" : "否");
                } else if (type == CellType.NUMERIC.getCode()) {
                    put(f.getRow(), f.getColumn(), number(f.getValue(), f));
                }
            } else if (r instanceof StringRecord str) {
                if (formulaRow >= 0) {
                    put(formulaRow, formulaCol, str.getString());
                    formulaRow = -1;
                }
            } else if (r instanceof BoolErrRecord b) {
                if (b.isBoolean()) {
                    put(b.getRow(), b.getColumn(), b.getBooleanValue() ? "是" : "否");
                }
            } else if (r instanceof MergeCellsRecord m) {
                for (int i = 0; i < m.getNumAreas(); i++) {
                    g.addMerge(merges, m.getAreaAt(i), maxRows, maxCols);
                }
            } else if (r instanceof org.apache.poi.hssf.record.RowRecord row) {
                if (row.getZeroHeight() && row.getRowNumber() >= 0 && row.getRowNumber() < maxRows) {
                    g.hiddenRows.set(row.getRowNumber());
                }
            } else if (r instanceof org.apache.poi.hssf.record.ColumnInfoRecord ci) {
                if (ci.getHidden() && ci.getFirstColumn() >= 0 && ci.getFirstColumn() < maxCols && ci.getFirstColumn() <= ci.getLastColumn()) {
                    g.hiddenCols.set(ci.getFirstColumn(), Math.min(ci.getLastColumn() + 1, maxCols));
                }
            }
        }

        private String number(double d, CellValueRecordInterface cell) {
            return numberShown(d, formats.getFormatIndex(cell), formats.getFormatString(cell), date1904, isDate);
        }

        private void put(int row, int col, String v) {
            if (row < 0 || row >= maxRows || col < 0 || col >= maxCols || v == null) {
                return;
            }
            g.padTo(row + 1);
            g.set(row, col, v, false);
            lastRow = Math.max(lastRow, row);
        }
    }

    private void set(int r, int c, String v, boolean inMerge) {
        budget.text(v);
        if (c >= rows.get(r).length) {
            if (v == null && !inMerge) { // nothing to keep: a blank cell past the row's last
                width = Math.max(width, c + 1);
                return;
            }
            budget.charge(0, c + 1 - rows.get(r).length);
            String[] n = java.util.Arrays.copyOf(rows.get(r), c + 1);
            rows.set(r, n);
            merged.set(r, java.util.Arrays.copyOf(merged.get(r), c + 1));
            width = Math.max(width, c + 1);
        }
        rows.get(r)[c] = v;
        merged.get(r)[c] = inMerge;
    }

    String raw(int r, int c) {
        if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).length) {
            return null;
        }
        return rows.get(r)[c];
    }

    /** The cell's text, trimmed; null when blank. */
    String get(int r, int c) {
        String v = raw(r, c);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    boolean inMerge(int r, int c) {
        return r >= 0 && r < merged.size() && c >= 0 && c < merged.get(r).length && merged.get(r)[c];
    }

    private static long key(int sheetRow, int c) {
        return ((long) sheetRow << 32) | (c & 0xffffffffL);
    }

    /**
     * The text cell (r, c), below or right of a merged block's first cell, holds of its own where it differs from the
     * block's (hidden in Excel, which shows the first cell's), trimmed; else null.
     */
    String ownInMerge(int r, int c) {
        Object[] o = inMerge(r, c) ? ownBelow.get(key(r + rowOffset, c)) : null;
        return o == null ? null : ((String) o[0]).strip();
    }

    /** The address of the first cell of the merged block holding (r, c) where {@link #ownInMerge} gives a text; else null. */
    String mergeFirst(int r, int c) {
        Object[] o = inMerge(r, c) ? ownBelow.get(key(r + rowOffset, c)) : null;
        return o == null ? null : address((Integer) o[1] - rowOffset, (Integer) o[2]);
    }

    /**
     * Whether cell (r, c) lies in a merged block and repeats the text of the cell left of it: the block's copy, not a
     * cell of its own (a heading merged over two columns, a note across the table).
     */
    boolean copyOfLeft(int r, int c) {
        String v = inMerge(r, c) ? get(r, c) : null;
        return v != null && v.equals(get(r, c - 1));
    }

    /** Whether cell (r, c) lies in a merged block and repeats the text of the cell above it (a 一级 merged down its rows). */
    boolean copyOfAbove(int r, int c) {
        String v = inMerge(r, c) ? get(r, c) : null;
        return v != null && v.equals(get(r - 1, c));
    }

    int height() {
        return rows.size();
    }

    /** Whether this is a Word document's grid: its cells named by table and paragraph (表2!C3, 段落2), not by a sheet. */
    boolean document() {
        return DOCX.equals(type);
    }

    /** {@code 自评表!F12}. */
    String address(int r, int c) {
        int row = r + rowOffset;
        if (table != null && row < table.length) { // a Word table's cell: 表2!C3, as Excel would name it in that table
            return table[row] == 0 ? PARAGRAPH + rowInTable[row]
                    : TABLE + table[row] + "!" + new CellReference(rowInTable[row], c).formatAsString(false);
        }
        // as Excel writes it, so that it can be pasted into Go To (F5): 'Sheet 1'!E8, 'It''s'!A1, 附件1!E8
        if (quoted == null) {
            quoted = quotedSheet(sheet); // once per grid: a crafted name POI refuses costs its exception once
        }
        return quoted + "!" + new CellReference(row, c).formatAsString(false);
    }

    /**
     * The row and column in this grid of a sheet's cell as {@link #address} names it (Sheet1!B6), or null where it names
     * none (a range, a Word table's cell).
     */
    int[] rowCol(String address) {
        if (address == null || table != null) {
            return null;
        }
        String ref = address.substring(address.lastIndexOf('!') + 1);
        if (!A1.matcher(ref).matches()) {
            return null;
        }
        CellReference cr = new CellReference(ref);
        return new int[] {cr.getRow() - rowOffset, cr.getCol()};
    }

    /**
     * The sheet's name as Excel writes it in a reference; a name POI refuses to format (a line break or tab, which
     * Excel does not allow but a crafted file may hold) is quoted by hand, its control characters as spaces.
     */
    static String quotedSheet(String sheet) {
        try {
            return SheetNameFormatter.format(sheet);
        } catch (RuntimeException e) {
            StringBuilder sb = new StringBuilder("'");
            sheet.codePoints().forEach(ch -> {
                if (ch == '\'') {
                    sb.append("''");
                } else {
                    sb.appendCodePoint(Character.isISOControl(ch) ? ' ' : ch);
                }
            });
            return sb.append('\'').toString();
        }
    }

    /** {@code 自评表!A1:J11}: rows {@code r1}..{@code r2} and columns {@code c1}..{@code c2} (inclusive). */
    String range(int r1, int c1, int r2, int c2) {
        if (r1 == r2 && c1 == c2) {
            return address(r1, c1);
        }
        if (table != null) { // rows of two tables: each end named in its own
            String from = address(r1, c1);
            String to = address(r2, c2);
            int f = from.indexOf('!');
            int t = to.indexOf('!');
            return f > 0 && t > 0 && from.substring(0, f).equals(to.substring(0, t)) ? from + ":" + to.substring(t + 1) : from + ":" + to;
        }
        return address(r1, c1) + ":" + new CellReference(r2 + rowOffset, c2).formatAsString(false);
    }

    /**
     * How a Word document's tables are named in cell addresses: 表1, 表2 … in the document's order (in English reports
     * Table 1, Table 2: {@link io.github.jixiao.report.Cells#english}).
     */
    static final String TABLE = io.github.jixiao.report.Cells.TABLE;
    /** How a paragraph of a Word document's body is named: 段落3, the third paragraph with text (Paragraph 3). */
    static final String PARAGRAPH = io.github.jixiao.report.Cells.PARAGRAPH;
    /** The grid's {@link #type}: a workbook's, an Excel 97-2003 workbook's, a Word document's. */
    static final String XLSX = "xlsx";
    static final String XLS = "xls";
    static final String DOCX = io.github.jixiao.report.Cells.WORD;
    /** How many of the short paragraphs just above a table are read with it (附件2, its title, 年度, 填报单位, 单位：万元 lines). */
    static final int PARAGRAPHS_ABOVE = 6;
    /** A body paragraph longer than this is prose, not a table's title or header line. */
    static final int PARAGRAPH_MAX = 80;

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * The tables of a Word document (.docx) as one grid named {@code name}, one table below the other with a blank row
     * between (a 自评表 is often two tables, its header block and its indicators, or breaks across pages into more),
     * each after the short paragraphs just above it (up to {@value #PARAGRAPHS_ABOVE} of at most {@value #PARAGRAPH_MAX}
     * characters: a title such as 项目支出绩效自评表, a （2022年度） line, 填报单位：…; a row each, its text in column A),
     * read as a stream (word/document.xml through SAX; no XWPFDocument in memory). A cell's text is its paragraphs' text
     * joined by line breaks (deleted text of tracked changes left out); a cell spanning columns ({@code gridSpan}) gives
     * its text to each of them, a cell merged with the one above ({@code vMerge}) that one's text, both marked merged
     * (as an Excel workbook's merged blocks are); a table inside a cell is left out. Numbers are the text as printed.
     * Rows past {@code maxRows} and columns past {@code maxCols} are left out.
     */
    static Grid document(OPCPackage pkg, String name, int maxRows, int maxCols) throws IOException, OpenXML4JException, SAXException {
        org.apache.poi.openxml4j.opc.PackageRelationshipCollection rels =
                pkg.getRelationshipsByType(org.apache.poi.openxml4j.opc.PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            throw new OpenXML4JException("no main document part");
        }
        org.apache.poi.openxml4j.opc.PackagePart main = pkg.getPart(rels.getRelationship(0));
        if (main == null) {
            throw new OpenXML4JException("no main document part");
        }
        WordHandler h = new WordHandler(new Grid(name, DOCX, Budget.standard()), maxRows, maxCols);
        try (InputStream in = main.getInputStream()) {
            XMLReader x = newReader();
            x.setContentHandler(h);
            x.parse(new InputSource(in));
        }
        return h.finish();
    }

    /** word/document.xml: {@code <w:tbl>} → {@code <w:tr>} → {@code <w:tc>} → paragraphs of {@code <w:t>} runs. */
    private static final class WordHandler extends DefaultHandler {
        private final Grid g;
        private final int maxRows;
        private final int maxCols;
        private final List<Integer> tables = new ArrayList<>(); // per grid row: its table (1 …)
        private final List<Integer> rowsInTable = new ArrayList<>();
        private int depth; // tables open: 1 in a table, 2 in a table inside one of its cells
        /**
         * Elements open whose text is left out: a text box's content ({@code txbxContent}: a shape floating over the
         * page, such as a 盖章 note, written twice, as a drawing and as its VML fallback), a phonetic guide ({@code rt}:
         * the pinyin over a character) and text moved elsewhere with changes tracked ({@code moveFrom}).
         */
        private int skip;
        private int tableNo;
        private int row = -1; // the grid row being read, or -1
        private int rowInTable;
        private int col; // the grid column the next cell starts at
        private int span;
        private boolean vMerge; // this cell continues the merged cell above
        private boolean inText;
        private boolean paragraphs; // the cell has had a paragraph (the next one starts on a new line)
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder body = new StringBuilder(); // a body paragraph's text (outside any table)
        private int paragraphNo; // body paragraphs with text so far
        private boolean heading; // the body paragraph being read is styled as a heading (Heading 1, Title, 标题 1)
        private final java.util.ArrayDeque<Object[]> above = new java.util.ArrayDeque<>(); // {number, text} just above the next table

        WordHandler(Grid g, int maxRows, int maxCols) {
            this.g = g;
            this.maxRows = maxRows;
            this.maxCols = maxCols;
        }

        private static boolean word(String uri) {
            return WORD.equals(uri);
        }

        private static int intAttr(Attributes atts, int otherwise) {
            String v = atts.getValue(WORD, "val");
            try {
                return v == null ? otherwise : Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        /** Elements whose text is not the text around them (see {@link #skip}). */
        private static boolean aside(String local) {
            return local.equals("txbxContent") || local.equals("rt") || local.equals("moveFrom");
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (!word(uri)) {
                return;
            }
            if (aside(local)) {
                skip++;
            }
            if (skip > 0) {
                return;
            }
            switch (local) {
                case "tbl" -> {
                    if (++depth == 1) {
                        if (g.rows.size() > 0 && g.rows.size() < maxRows) { // a blank row between two tables
                            newRow(tableNo, rowInTable, NO_CELLS); // (named as one past the last row of the table above)
                        }
                        for (Object[] para : above) { // the title and header lines just above the table
                            if (g.rows.size() < maxRows) {
                                newRow(0, (Integer) para[0], new String[] {(String) para[1]}); // named by its paragraph
                                g.width = Math.max(g.width, 1);
                            }
                        }
                        above.clear();
                        tableNo++;
                        rowInTable = 0;
                    }
                }
                case "tr" -> {
                    if (depth == 1) {
                        row = g.rows.size() < maxRows ? newRow(tableNo, rowInTable, NO_CELLS) : -1;
                        rowInTable++;
                        col = 0;
                    }
                }
                case "gridBefore" -> {
                    if (depth == 1) {
                        col += Math.max(0, Math.min(intAttr(atts, 0), maxCols));
                    }
                }
                case "tc" -> {
                    if (depth == 1) {
                        span = 1;
                        vMerge = false;
                        text.setLength(0);
                        paragraphs = false;
                    }
                }
                case "gridSpan" -> {
                    if (depth == 1) {
                        span = Math.max(1, Math.min(intAttr(atts, 1), maxCols));
                    }
                }
                case "vMerge" -> {
                    if (depth == 1) {
                        String v = atts.getValue(WORD, "val");
                        vMerge = v == null || v.equals("continue");
                    }
                }
                case "p" -> {
                    if (depth == 1 && paragraphs) {
                        text.append('\n');
                    } else if (depth == 0) {
                        body.setLength(0);
                        heading = false;
                    }
                }
                case "pStyle" -> {
                    if (depth == 0) {
                        String v = atts.getValue(WORD, "val");
                        String l = v == null ? "" : v.toLowerCase(java.util.Locale.ROOT);
                        heading = l.startsWith("heading") || l.equals("title") || l.startsWith("标题");
                    }
                }
                case "t" -> inText = depth <= 1;
                case "tab" -> {
                    if (depth == 1) {
                        text.append(' ');
                    }
                }
                case "br", "cr" -> {
                    if (depth == 1) {
                        text.append('\n');
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!word(uri)) {
                return;
            }
            if (skip > 0) {
                if (aside(local)) {
                    skip--;
                }
                return;
            }
            switch (local) {
                case "tbl" -> depth--;
                case "t" -> inText = false;
                case "p" -> {
                    if (depth == 1) {
                        paragraphs = true;
                    } else if (depth == 0) {
                        paragraph();
                    }
                }
                case "tc" -> {
                    if (depth == 1) {
                        cell();
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skip > 0) {
                return;
            }
            StringBuilder to = depth == 0 ? body : text;
            int max = depth == 0 ? PARAGRAPH_MAX + 1 : MAX_CELL;
            if (inText && to.length() < max) {
                to.append(ch, start, Math.min(length, max - to.length()));
            }
        }

        /** Ends a body paragraph: one with text is kept as a line above the next table if it is short enough. */
        private void paragraph() {
            String t = body.toString().strip();
            if (t.isEmpty()) {
                return;
            }
            paragraphNo++;
            if (heading && tableNo == 0 && t.length() <= PARAGRAPH_MAX && g.headings.size() < HEADINGS_MAX) {
                g.headings.add(t);
            }
            if (t.length() > PARAGRAPH_MAX) {
                above.clear(); // prose: what was above it is not the table's title
                return;
            }
            above.addLast(new Object[] {paragraphNo, t});
            if (above.size() > PARAGRAPHS_ABOVE) {
                above.removeFirst();
            }
        }

        /** Ends a cell: its text in the columns it spans, or the text of the merged cell above it. */
        private void cell() {
            int from = col;
            col += span;
            if (row < 0) {
                return;
            }
            String v;
            if (vMerge) {
                int up = row - 1;
                boolean inTable = up >= 0 && tables.get(up).intValue() == tableNo;
                v = inTable ? g.raw(up, from) : null;
                // a text of the continuing cell's own (Word hides it under the merged cell above, showing the first's):
                // kept, as an Excel workbook's is (ownInMerge), so that a figure typed there is said, not lost (session 44)
                String own = text.toString().strip();
                if (inTable && !own.isEmpty() && !own.equals(v == null ? null : v.strip())) {
                    int first = up;
                    while (first > 0 && g.inMerge(first, from) && tables.get(first - 1).intValue() == tableNo) {
                        first--;
                    }
                    g.ownBelow.put(key(row + g.rowOffset, from), new Object[] {own, first + g.rowOffset, from});
                }
            } else {
                String t = text.toString().strip();
                v = t.isEmpty() ? null : t;
            }
            for (int c = from; c < Math.min(from + span, maxCols); c++) {
                g.set(row, c, v, vMerge || c > from);
            }
        }

        /**
         * Appends a row of {@code cells}, named as row {@code inTable} of table {@code table} (0: a paragraph, its number),
         * their text charged to the budget (a line above a table was not, before session 40: 12,000 tables under six lines
         * of 80 characters of ﷺ each, 1,440 folded, took 18 s of CPU to import with nothing counted).
         */
        private int newRow(int table, int inTable, String[] cells) {
            for (String c : cells) {
                g.budget.text(c);
            }
            g.addRow(cells);
            tables.add(table);
            rowsInTable.add(inTable);
            return g.rows.size() - 1;
        }

        Grid finish() {
            g.table = tables.stream().mapToInt(Integer::intValue).toArray();
            g.rowInTable = rowsInTable.stream().mapToInt(Integer::intValue).toArray();
            return g;
        }
    }

    /** The longest text kept of a Word table's cell (a 自评表's longest cells, its goals and explanations, are far shorter). */
    static final int MAX_CELL = 32 * 1024;

    /**
     * A number with the decimals its cell format prints ("0.00" shows 10 as 10.00): the table's "20.00" beside "20"
     * is what it prints, and what rules such as column-format-mixed read, as they do in the hand-written JSON. A
     * percentage format (an unquoted % in its first section: 0%, 0.0%, 0.00%) shows the number × 100 rounded to the
     * format's decimals with "%" after it (0.991 in 0% is "99%", 0.95 is "95%"), as Excel prints it; a % the format
     * quotes ("%" or \%) is a literal after the number, which is not multiplied.
     */
    static String shown(String plain, String format) {
        if (plain == null || format == null || format.length() > MAX_FORMAT) {
            return plain;
        }
        String section = firstSection(format);
        int percent = percentSign(section);
        if (percent == PERCENT) {
            try {
                // 0.##% prints up to two decimals, none it does not need; 0.00% always two
                int most = decimals(section, true);
                BigDecimal b = new BigDecimal(plain).movePointRight(2).setScale(most, java.math.RoundingMode.HALF_UP);
                int least = decimals(section);
                while (b.scale() > least && b.unscaledValue().mod(java.math.BigInteger.TEN).signum() == 0) {
                    b = b.setScale(b.scale() - 1);
                }
                return b.toPlainString() + "%";
            } catch (NumberFormatException e) {
                return plain;
            }
        }
        int dot = section.indexOf('.');
        if (percent == NONE && (dot < 0 || section.indexOf('E') >= 0 || section.indexOf('e') >= 0)) {
            return plain;
        }
        String padded = plain;
        if (dot >= 0 && section.indexOf('E') < 0 && section.indexOf('e') < 0) {
            int decimals = decimals(section);
            int have = plain.indexOf('.') < 0 ? 0 : plain.length() - plain.indexOf('.') - 1;
            padded = decimals <= have ? plain : (have == 0 ? plain + "." : plain) + "0".repeat(decimals - have);
        }
        if (percent == LITERAL) { // the literal where the format prints it: before the digits ("%"0.0) or after them
            int digit = firstDigit(section);
            return digit >= 0 && section.indexOf('%') > digit ? padded + "%" : "%" + padded;
        }
        return padded;
    }

    /** Where a format section's first digit placeholder (0 or #) outside quotes stands, or -1. */
    private static int firstDigit(String section) {
        return unquoted(section, ch -> ch == '0' || ch == '#');
    }

    /**
     * Where the first character of a number format (or section) that {@code wanted} accepts stands outside quotes and
     * not escaped by a backslash, or -1: what the format prints as itself is skipped ("%" in quotes, \%).
     */
    private static int unquoted(String format, java.util.function.IntPredicate wanted) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\\' && !quoted) {
                i++; // the escaped character is a literal
            } else if (!quoted && wanted.test(ch)) {
                return i;
            }
        }
        return -1;
    }

    /** What a format section's % is: none, a percentage (the number × 100), or a literal quoted or escaped. */
    private static final int NONE = 0;
    private static final int PERCENT = 1;
    private static final int LITERAL = 2;

    /** Whether {@code section} holds an unquoted % (a percentage), only a quoted or escaped one, or none. */
    private static int percentSign(String section) {
        if (unquoted(section, ch -> ch == '%') >= 0) {
            return PERCENT;
        }
        return section.indexOf('%') >= 0 ? LITERAL : NONE; // every % there is quoted or escaped
    }

    /** A format's first section (positive numbers): up to its first unquoted ';'. */
    private static String firstSection(String format) {
        int end = unquoted(format, ch -> ch == ';');
        return end < 0 ? format : format.substring(0, end);
    }

    /** The decimals a format section always prints: the 0s after its decimal point (a # prints none when it has nothing). */
    private static int decimals(String section) {
        return decimals(section, false);
    }

    /**
     * The longest number format Excel writes (its format box takes 255 characters); a longer one, which only a crafted
     * file holds, is read as General. Each number cell reads its format: a format of thousands of characters cost each
     * cell that many steps, and a percentage's optional decimals time quadratic in their number (NumberFormatHostileTest).
     */
    static final int MAX_FORMAT = 255;
    /** The most decimals Excel prints (30): a format asking for more prints 30, as Excel does. */
    static final int MAX_DECIMALS = 30;

    /** The decimals a format section prints: always (its 0s), or at most ({@code most}: its 0s and #s); at most {@link #MAX_DECIMALS}. */
    private static int decimals(String section, boolean most) {
        int dot = section.indexOf('.');
        int decimals = 0;
        for (int i = dot + 1; dot >= 0 && i < section.length() && decimals < MAX_DECIMALS
                && (section.charAt(i) == '0' || section.charAt(i) == '#'); i++) {
            if (most || section.charAt(i) == '0') {
                decimals++;
            }
        }
        return decimals;
    }

    /** A double as it is shown: 15 significant digits, no exponent, no trailing zeros (89.974, not 89.97399999). */
    static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        BigDecimal b = new BigDecimal(d, new java.math.MathContext(15)).stripTrailingZeros();
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        return b.toPlainString();
    }

    /**
     * A name as one line: a line break inside its cell (a heading or name wrapped by hand, 基础信息\n完整性, 寿县 2023) and
     * the white space around it left out between two Chinese characters, a space elsewhere (Wi-Fi\ncoverage); null stays
     * null.
     */
    static String oneLine(String v) {
        if (v == null || v.indexOf('\n') < 0 && v.indexOf('\r') < 0) { // cheap test first
            return v;
        }
        StringBuilder out = new StringBuilder(v.length());
        int i = 0;
        while (i < v.length()) {
            char ch = v.charAt(i);
            if (ch != '\n' && ch != '\r') {
                out.append(ch);
                i++;
                continue;
            }
            int j = i;
            while (j < v.length() && Character.isWhitespace(v.charAt(j))) {
                j++;
            }
            int k = out.length();
            while (k > 0 && Character.isWhitespace(out.charAt(k - 1))) {
                k--;
            }
            out.setLength(k);
            boolean join = k == 0 || j == v.length() || out.charAt(k - 1) > 0x2E7F && v.charAt(j) > 0x2E7F;
            if (!join) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString().strip();
    }

    /** Full-width forms folded (ＡＢ１２％ → AB12%), white space removed: for matching headings and parsing numbers. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        if (folded(s)) {
            return s;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u3000' && ch != '\u00A0') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * Whether {@link #fold} leaves {@code s} as it is: printable ASCII but the space, and CJK Unified Ideographs (U+4E00 to
     * U+9FFF), which NFKC keeps (none decomposes, none composes with another) and which are no white space. Most cells
     * above a heading are such labels, read by some thirty readings each (helper H3, session 39).
     */
    static boolean folded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch > ' ' && ch < 0x7F || ch >= 0x4E00 && ch <= 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An upper bound of {@link #fold}'s length for {@code s}: the sum of each code point's compatibility decomposition
     * (NFKD) length. NFKC decomposes each code point on its own, then reorders and composes (never longer), and fold
     * then only removes white space. A text {@link #folded} already is its own length. ﷺ (U+FDFA) is 18 characters
     * folded, the most of any character: the budget ({@link Budget#text}) counts that, not the 1 the file holds.
     */
    static long foldBound(String s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; ) {
            char ch = s.charAt(i);
            if (ch > ' ' && ch < 0x7F || ch >= 0x4E00 && ch <= 0x9FFF) {
                n++;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            n += decomposed(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Each code point's NFKD length as {@link #decomposed} found it (0: not asked yet); made on the first one asked. */
    private static volatile byte[] decomposedLengths;

    /** The length of {@code cp}'s compatibility decomposition (NFKD), from 1 (itself, or a lone surrogate) to 18. */
    private static int decomposed(int cp) {
        byte[] t = decomposedLengths;
        if (t == null) {
            t = new byte[Character.MAX_CODE_POINT + 1]; // 1.1 MB, once; two threads racing make two, each right
            decomposedLengths = t;
        }
        int d = t[cp];
        if (d == 0) {
            d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD).length();
            t[cp] = (byte) d; // the same value whichever thread writes it
        }
        return d;
    }

    /** A cell reference of one sheet, A1 style, as {@link #address} writes it. */
    private static final java.util.regex.Pattern A1 = java.util.regex.Pattern.compile("[A-Z]{1,3}[0-9]{1,7}");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /**
     * A number as printed: full-width digits, thousand separators (1,234.5 / 1，234.5), a trailing % or 分 / 万元 / 元
     * are accepted; null when the text is not a number, or a figure longer than check reads
     * ({@link io.github.jixiao.load.SubmissionLoader#MAX_NUMBER_LENGTH} characters): Java reads a number in time
     * quadratic in its digits, and a cell of 30,000 digits shown by thousands of cells took minutes (session 37).
     */
    static BigDecimal number(String s) {
        if (s == null) {
            return null;
        }
        String f = fold(s).replace(",", "").replace("，", "");
        for (String suffix : new String[] {"万元", "元", "分", "%"}) {
            if (f.endsWith(suffix)) {
                f = f.substring(0, f.length() - suffix.length());
                break;
            }
        }
        if (f.length() > io.github.jixiao.load.SubmissionLoader.MAX_NUMBER_LENGTH || !NUMBER.matcher(f).matches()) {
            return null;
        }
        try {
            // the decimals as printed ("20.00" stays 20.00: the JSON keeps what the table shows)
            BigDecimal b = new BigDecimal(f);
            return b.scale() < 0 ? b.setScale(0) : b;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
