package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.engine.Imported;
import io.github.jixiao.finding.Finding;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of an imported submission came from: the sidecar {@code .jixiao-cells} jixiao:import writes
 * beside the JSON files ({@code file#pointer} → {@code sheet!A1}, the workbook and its {@code type}). A finding on
 * imported data names the cell of its pointer, or of the nearest enclosing pointer that has one. A submission typed
 * by hand has no sidecar and no cells. The sidecar is the submitter's file like any other: the engine reads it once,
 * inside the project only and bounded ({@link Imported}), and here each cell name is cut short.
 *
 * <p>A sheet's cell is named by its sheet ({@code 自评表!F12}): the sheet's name is the user's data, the same in every
 * language. A Word document's cell is named by the import ({@code 表2!C3}: table 2, cell C3; {@code 段落2}: the second
 * paragraph, a title line above a table) in Chinese in the sidecar, and shown in English in an English report
 * ({@code Table 2!C3}, {@code Paragraph 2}): which of the two a name is, is decided by the sidecar's {@code type}
 * ({@value #WORD}; a sidecar written before the type was recorded: by its workbook's extension), never by the text.
 */
public final class Cells {
    public static final String SIDECAR = ".jixiao-cells";
    /** The sidecar's {@code type} of a Word document (a workbook's is {@code xlsx} or {@code xls}). */
    public static final String WORD = "docx";
    /** How the import names a Word document's table in a cell's name ({@code 表2!C3}), and its English. */
    public static final String TABLE = "表";
    public static final String TABLE_EN = "Table ";
    /** How the import names a paragraph of a Word document ({@code 段落2}, a title line above a table), and its English. */
    public static final String PARAGRAPH = "段落";
    public static final String PARAGRAPH_EN = "Paragraph ";
    private static final Cells NONE = new Cells(Map.of(), Map.of(), java.util.Set.of(), Map.of(), java.util.Set.of());

    private final Map<String, String> cells;
    /** Project-relative folder of a sidecar → the workbook it was imported from. */
    private final Map<String, String> workbooks;
    /** Project-relative folders whose sidecar is a Word document's: their cells are named by table and paragraph. */
    private final java.util.Set<String> word;
    /**
     * Project-relative file of a list the import read from a table ({@code submission/indicators.json}) → each field's
     * column heading as the table prints it ({@code target} → 年度指标值), from the sidecar's {@code columns}.
     */
    private final Map<String, Map<String, String>> columns;
    /**
     * Project-relative folders whose sidecar is a table of an earlier stage than the submission's
     * ({@link Imported.Sidecar#earlier}: a 目标表's cells at 运行监控): a field that table has no column for is the JSON's.
     */
    private final java.util.Set<String> earlier;

    private Cells(Map<String, String> cells, Map<String, String> workbooks, java.util.Set<String> word,
                  Map<String, Map<String, String>> columns, java.util.Set<String> earlier) {
        this.cells = cells;
        this.workbooks = workbooks;
        this.word = word;
        this.columns = columns;
        this.earlier = earlier;
    }

    public static Cells none() {
        return NONE;
    }

    /** The cells of the submission {@code result} checked: the sidecars the engine read ({@link EngineResult#imported}). */
    public static Cells of(EngineResult result) {
        return of(result.imported());
    }

    /**
     * The cells the sidecars of a submission folder and its folders (one per project of a workbook) name, as the engine
     * read them ({@link Imported#read}: the reports never read the file again): each name cut short for the reports, the
     * workbook kept as an address only when it is a path inside the project ({@link #projectPath}).
     */
    public static Cells of(Imported imported) {
        Map<String, String> cells = new HashMap<>();
        Map<String, String> workbooks = new HashMap<>();
        java.util.Set<String> word = new java.util.HashSet<>();
        Map<String, Map<String, String>> columns = new HashMap<>();
        java.util.Set<String> earlier = new java.util.HashSet<>();
        for (Imported.Sidecar sc : imported.sidecars()) {
            String folder = sc.folder();
            if (sc.earlier()) {
                earlier.add(folder);
            }
            String wb = sc.workbook();
            if (wb != null && projectPath(wb)) {
                workbooks.put(folder, wb);
            }
            if (sc.type() != null ? sc.type().equals(WORD) : wb != null && wb.toLowerCase(java.util.Locale.ROOT).endsWith("." + WORD)) {
                word.add(folder); // (a sidecar without a type is an older import's: a .docx was always read as a document)
            }
            for (Map.Entry<String, String> e : sc.cells().entrySet()) {
                cells.put(e.getKey(), Escape.cut(e.getValue(), 80));
            }
            // each list's column headings ({"submission/indicators.json#/indicators": {"target": "年度指标值", …}}), by file
            for (Map.Entry<String, Map<String, String>> e : sc.columns().entrySet()) {
                if (columns.size() >= 64) {
                    continue;
                }
                Map<String, String> h = new HashMap<>();
                for (Map.Entry<String, String> c : e.getValue().entrySet()) {
                    if (h.size() < 64) {
                        h.put(c.getKey(), Escape.cut(c.getValue(), 40));
                    }
                }
                columns.put(e.getKey().substring(0, e.getKey().indexOf('#')), Map.copyOf(h));
            }
        }
        return cells.isEmpty() ? NONE : new Cells(cells, workbooks, word, columns, earlier);
    }

    /**
     * Whether the sidecar's {@code workbook} is what jixiao:import writes there, a path relative to the project inside
     * it ({@code forms/自评表.xlsx}), and so may be SARIF's {@code uri} of a finding's workbook cell: at most 300
     * characters, no scheme or drive ({@code https:}, {@code C:}), not absolute nor an authority ({@code /etc},
     * {@code //evil.example/…}), no backslash, and no empty, {@code .} or {@code ..} segment (none climbs out of the
     * project, {@code //} included). The sidecar is the submitter's file: any other address is left out of the
     * reports, and the cell is still named.
     */
    static boolean projectPath(String wb) {
        if (wb.isEmpty() || wb.length() > 300 || wb.indexOf(':') >= 0 || wb.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : wb.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || Escape.hasUnsafe(segment)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cell a finding's value came from as the import named it ({@code 自评表!F12}, {@code 表2!C3}), the same in every
     * language (findings.json's {@code cell}, as a finding's arguments), or null.
     */
    public String of(Finding f) {
        return at(f.file(), f.pointer());
    }

    /**
     * The cell the value at {@code pointer} of {@code file} (project-relative) came from, or of its nearest enclosing
     * pointer that has one, as {@link #of(Finding)}; or null. What a score's figure names in the reports' 所用数据.
     */
    public String at(String file, String pointer) {
        if (cells.isEmpty() || file == null || file.isEmpty()) {
            return null;
        }
        String ptr = pointer == null ? "" : pointer;
        while (true) {
            String c = cells.get(file + "#" + ptr);
            if (c != null) {
                return c;
            }
            if (ptr.isEmpty() || noColumn(file, ptr)) {
                return null;
            }
            int slash = ptr.lastIndexOf('/');
            ptr = slash <= 0 ? "" : ptr.substring(0, slash);
        }
    }

    /**
     * The cell a finding's value came from as a reader of {@code m}'s language reads it: a Word document's in English
     * in English ({@code Table 2!C3}), any other as {@link #of}; or null.
     */
    public String of(Finding f, Messages m) {
        return shown(f, of(f), m.english());
    }

    /**
     * {@code cell}, a cell name the import gave a value of {@code f}'s file (its {@link #of}, or an argument of its
     * message that names one), as shown in English when {@code english}: a Word document's cell by {@link #english},
     * a sheet's as written.
     */
    public String shown(Finding f, String cell, boolean english) {
        return shown(f.file(), cell, english);
    }

    /** As {@link #shown(Finding, String, boolean)}, for a cell of {@code file}'s values (project-relative). */
    public String shown(String file, String cell, boolean english) {
        if (cell == null || !english || word.isEmpty() || !word.contains(folder(file))) {
            return cell;
        }
        return english(cell);
    }

    /**
     * A Word document's cell name in English: {@code 表2!C3} → {@code Table 2!C3}, {@code 段落2} → {@code Paragraph 2},
     * a range of them part by part ({@code 段落1:表1!J10} → {@code Paragraph 1:Table 1!J10}). For a name of a
     * document's only: a sheet's name is never translated.
     */
    public static String english(String wordCell) {
        if (wordCell.indexOf(TABLE.charAt(0)) < 0 && !wordCell.contains(PARAGRAPH)) {
            return wordCell;
        }
        StringBuilder sb = new StringBuilder(wordCell.length() + 16);
        for (String part : wordCell.split(":", -1)) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(part.startsWith(TABLE) && numbered(part, TABLE.length()) ? TABLE_EN + part.substring(TABLE.length())
                    : part.startsWith(PARAGRAPH) && numbered(part, PARAGRAPH.length()) ? PARAGRAPH_EN + part.substring(PARAGRAPH.length())
                    : part);
        }
        return sb.toString();
    }

    /** Whether {@code s} has a digit at {@code at} (表2!C3, 段落2: the import's names, not a word that begins so). */
    private static boolean numbered(String s, int at) {
        return at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
    }

    private static String folder(Finding f) {
        return folder(f.file());
    }

    private static String folder(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /**
     * Whether {@code ptr} (a pointer of {@code f}'s file with no cell of its own) is a field that the table of an
     * earlier stage the file's cells came from has no column for ({@link #earlier}: a 目标表's likelihood, value to date,
     * funds executed to date at 运行监控): the value is the JSON's, and no cell of that table (its row's name, its funds
     * row) stands for it. A field of a list whose column the table prints, its cell blank, still takes its row's cell.
     */
    private boolean noColumn(String file, String ptr) {
        if (earlier.isEmpty() || !earlier.contains(folder(file))) {
            return false;
        }
        String field = ptr.substring(ptr.lastIndexOf('/') + 1);
        if (index(field)) {
            return false; // a row, an item of a list: its cell, or its list's
        }
        Map<String, String> h = columns.get(file);
        return h == null || !h.containsKey(field);
    }

    /** Whether a pointer's last token is an index of a list (or empty). */
    private static boolean index(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (token.charAt(k) < '0' || token.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The heading of the column {@code field} was read from in the table {@code f}'s file was imported from, as the
     * table prints it (年度指标值); "" when that table has no such column; null when {@code f}'s file was not read from a
     * table whose columns the import recorded (a file typed by hand, an older sidecar) or, where the table is of an
     * earlier stage than the submission's, that table has no such column.
     */
    public String heading(Finding f, String field) {
        Map<String, String> h = columns.get(f.file());
        if (h == null) {
            return null;
        }
        // a field an earlier stage's table has no column for is the JSON's (a 目标表's cells at 运行监控: no column
        // to add to that table, the JSON's field named as typed by hand)
        return h.containsKey(field) ? h.get(field) : earlier.contains(folder(f)) ? null : "";
    }

    /** Whether the import recorded any list's column headings (so that messages may say them). */
    boolean hasColumns() {
        return !columns.isEmpty();
    }

    /** The workbook (project-relative) a finding's file was imported from, or null. */
    public String workbook(Finding f) {
        return workbooks.get(folder(f));
    }
}
