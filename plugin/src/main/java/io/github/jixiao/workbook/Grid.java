package io.github.jixiao.workbook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet as text: every cell's value as the sheet shows it (a formula's cached value, a date as ISO, a number
 * without a trailing .0), a merged block's value in each of its cells, and whether a cell was part of a merged
 * block (a number read from a merged block is suspect).
 */
final class Grid {
    final String sheet;
    final List<String[]> rows = new ArrayList<>();
    final List<boolean[]> merged = new ArrayList<>();
    int width;
    /** The sheet row of this grid's row 0 (a project table below another on the same sheet starts further down). */
    private int rowOffset;

    private Grid(String sheet) {
        this.sheet = sheet;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a grid of their own; cells keep their sheet addresses. */
    Grid slice(int from, int to) {
        Grid s = new Grid(sheet);
        s.rows.addAll(rows.subList(from, to));
        s.merged.addAll(merged.subList(from, to));
        s.width = width;
        s.rowOffset = rowOffset + from;
        return s;
    }

    static Grid of(Sheet sh, int maxRows, int maxCols) {
        Grid g = new Grid(sh.getSheetName());
        int last = Math.min(sh.getLastRowNum(), maxRows - 1);
        for (int r = 0; r <= last; r++) {
            Row row = sh.getRow(r);
            int n = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), maxCols);
            String[] cells = new String[n];
            for (int c = 0; c < n; c++) {
                cells[c] = text(row.getCell(c));
            }
            g.rows.add(cells);
            g.merged.add(new boolean[n]);
            g.width = Math.max(g.width, n);
        }
        for (CellRangeAddress m : sh.getMergedRegions()) {
            if (m.getFirstRow() > last) {
                continue;
            }
            String v = g.raw(m.getFirstRow(), m.getFirstColumn());
            for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), last); r++) {
                for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), maxCols - 1); c++) {
                    g.set(r, c, v, !(r == m.getFirstRow() && c == m.getFirstColumn()));
                }
            }
        }
        return g;
    }

    private void set(int r, int c, String v, boolean inMerge) {
        if (c >= rows.get(r).length) {
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

    int height() {
        return rows.size();
    }

    /** {@code 自评表!F12}. */
    String address(int r, int c) {
        return sheet + "!" + new CellReference(r + rowOffset, c).formatAsString(false);
    }

    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType t = cell.getCellType();
        if (t == CellType.FORMULA) {
            t = cell.getCachedFormulaResultType();
        }
        switch (t) {
            case STRING:
                return cell.getRichStringCellValue().getString();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
                    return d.toString();
                }
                return shown(plain(cell.getNumericCellValue()), cell.getCellStyle() == null ? null
                        : cell.getCellStyle().getDataFormatString());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "是" : "否";
            default:
                return null;
        }
    }

    /**
     * A number with the decimals its cell format prints ("0.00" shows 10 as 10.00): the table's "20.00" beside "20"
     * is what it prints, and what rules such as column-format-mixed read, as they do in the hand-written JSON.
     */
    static String shown(String plain, String format) {
        if (plain == null || format == null) {
            return plain;
        }
        int dot = format.indexOf('.');
        if (dot < 0 || format.indexOf('%') >= 0 || format.indexOf('E') >= 0 || format.indexOf('e') >= 0) {
            return plain;
        }
        int decimals = 0;
        for (int i = dot + 1; i < format.length() && (format.charAt(i) == '0' || format.charAt(i) == '#'); i++) {
            if (format.charAt(i) == '0') {
                decimals++;
            }
        }
        int have = plain.indexOf('.') < 0 ? 0 : plain.length() - plain.indexOf('.') - 1;
        if (decimals <= have) {
            return plain;
        }
        return (have == 0 ? plain + "." : plain) + "0".repeat(decimals - have);
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

    /** Full-width forms folded (ＡＢ１２％ → AB12%), white space removed: for matching headings and parsing numbers. */
    static String fold(String s) {
        if (s == null) {
            return "";
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
     * A number as printed: full-width digits, thousand separators (1,234.5 / 1，234.5), a trailing % or 分 / 万元 / 元
     * are accepted; null when the text is not a number.
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
        if (!f.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
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
