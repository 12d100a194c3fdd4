package io.github.jixiao.lint;

/**
 * A value jixiao:import could not read from a workbook (its sidecar's {@code unreadable} list), so the value at
 * {@code ref} ({@code role#/pointer}) is missing from the JSON. {@code key} "": a cell where a number belongs held
 * {@code text} (cut short) or, {@code merged}, lay in a merged block; {@code key} {@code no-department}: the sheet's
 * header rows ({@code cell}, e.g. 自评表!A1:J11) name no 主管部门 / 部门名称, so department.json has no name;
 * {@code no-department-word}: the same of a Word document's header (段落1:表1!J9), as the engine reads a sidecar whose
 * {@code type} is docx (never a key of the sidecar itself).
 */
public record UnreadableCell(String ref, String cell, String text, boolean merged, String key) {
    /** The import's known kinds besides an unreadable number. */
    public static final String NO_DEPARTMENT = "no-department";
    /** {@link #NO_DEPARTMENT} in a Word document's sidecar: its header is a document's, not a workbook's. */
    public static final String NO_DEPARTMENT_WORD = "no-department-word";

    public UnreadableCell {
        key = key == null ? "" : key;
    }

    /** A cell where a number belongs that could not be read. */
    public UnreadableCell(String ref, String cell, String text, boolean merged) {
        this(ref, cell, text, merged, "");
    }
}
