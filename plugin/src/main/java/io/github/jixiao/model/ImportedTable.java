package io.github.jixiao.model;

import java.util.Set;

/**
 * What the sidecar of jixiao:import says of the table a submission was imported from, as far as the check's own
 * findings need it (the reports' cells are report.Cells'). {@link #NONE} for a submission written by hand.
 *
 * @param imported   whether the submission folder has the import's sidecar
 * @param workbook   the workbook or document it was imported from as the sidecar names it (an excerpt), or null
 * @param criteria   which table the criteria's own scores were read from: {@link #SCORE_SHEET} (a 评分表),
 *                   {@link #INDICATOR_TABLE} (criterion rows of the indicator table), or null (none, or an older import)
 * @param blank      the refs of figures whose column the table prints and whose cell it left blank
 *                   ({@code budget#/funds/total/fullYear}, {@code self-assessment#/criteria/0/score})
 * @param unreadable the refs of values whose cell the import could not read (text where a number belongs)
 * @param cells      the cell each criterion's own score was read from, by its ref
 *                   ({@code self-assessment#/criteria/4/score} → {@code 附件2!G9}): what a finding on the score names; and
 *                   the cell each figure of budget.json and tasks.json was read from ({@code budget#/funds/total/fullYear}
 *                   → {@code 自评表!E6}): what a finding on another file that quotes the figure names
 */
public record ImportedTable(boolean imported, String workbook, String criteria, Set<String> blank, Set<String> unreadable,
                            java.util.Map<String, String> cells) {
    public static final ImportedTable NONE = new ImportedTable(false, null, null, Set.of(), Set.of());
    public static final String SCORE_SHEET = "score-sheet";
    public static final String INDICATOR_TABLE = "indicator-table";

    public ImportedTable {
        blank = Set.copyOf(blank);
        unreadable = Set.copyOf(unreadable);
        cells = java.util.Map.copyOf(cells);
    }

    /** Without the cells of the criteria's scores. */
    public ImportedTable(boolean imported, String workbook, String criteria, Set<String> blank, Set<String> unreadable) {
        this(imported, workbook, criteria, blank, unreadable, java.util.Map.of());
    }

    /** The cell the value at {@code ref} (a criterion's score) was read from, or null. */
    public String scoreCell(String ref) {
        return cell(ref);
    }

    /** The cell the value at {@code ref} (a criterion's score, a figure of budget.json or tasks.json) was read from, or null. */
    public String cell(String ref) {
        return cells.get(ref);
    }

    /** Whether the criteria's own scores were read from rows of the indicator table (the 自评表), not from a 评分表. */
    public boolean criteriaInIndicatorTable() {
        return INDICATOR_TABLE.equals(criteria);
    }
}
