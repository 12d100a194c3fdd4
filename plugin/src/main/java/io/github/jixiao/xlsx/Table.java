package io.github.jixiao.xlsx;

import java.util.List;

/**
 * One sheet to write, as plain data (no POI type leaks out of this package): a title row, a header row and the
 * body rows. A cell is a {@link String}, a {@link java.math.BigDecimal} (written as a number with two decimals), an
 * {@link Integer} or {@link Long} (a whole number: a count) or null (blank).
 *
 * @param name         the sheet's name (as printed on its tab)
 * @param title        the title row above the header, merged across the table
 * @param header       the column headings
 * @param widths       each column's width in characters
 * @param rows         the body rows
 * @param mergeColumns the leading columns whose runs of equal values are merged (the 一级 / 二级 categories)
 */
public record Table(String name, String title, List<String> header, List<Integer> widths, List<List<Object>> rows,
                    int mergeColumns) {

    public Table {
        header = List.copyOf(header);
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
    }
}
