package io.github.jixiao.engine;

import io.github.jixiao.lint.UnreadableCell;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.validate.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The cells jixiao:import could not read, from the {@code unreadable} list of the submission folder's sidecar
 * ({@code .jixiao-cells}, written by {@code workbook.WorkbookImport}). The sidecar is the submitter's file like any
 * other: read inside the project only and bounded in size ({@link Imported#read}, the one reading of it), bounded in
 * count here, each reference checked, each text cut short; an unreadable sidecar gives nothing.
 */
final class ImportedCells {
    private ImportedCells() {
    }

    /** The sidecar's name (report.Cells.SIDECAR; the engine does not depend on the report package). */
    static final String SIDECAR = ".jixiao-cells";
    private static final int MAX_CELLS = 10_000;
    /** role#/field/0/field: the pointers the import writes (no escapes, nothing a pointer parser could refuse). */
    private static final Pattern REF = Pattern.compile("([a-z-]+)#((/[A-Za-z0-9_]{1,40}){1,6})");

    /** The rule of a sheet whose header names no department (lint.rules.WorkbookDepartmentMissing). */
    static final String DEPARTMENT_MISSING = "workbook-department-missing";

    /**
     * A {@code workbook-department-missing} finding when the import noted that the sheet's header names no 主管部门 /
     * 部门名称 and department.json still has no name (once a name is added by hand, the note is history): at
     * department.json where the name belongs, naming the header rows to fill in.
     */
    static List<io.github.jixiao.finding.Finding> departmentMissing(io.github.jixiao.model.Submission submission,
                                                                    List<UnreadableCell> unreadable) {
        if (submission.document("department").isEmpty()) {
            return List.of();
        }
        JsonNode name = submission.node("department#/name");
        if (name != null && name.isString() && !name.asString().isBlank()) {
            return List.of();
        }
        for (UnreadableCell u : unreadable) {
            boolean word = UnreadableCell.NO_DEPARTMENT_WORD.equals(u.key());
            if ((word || UnreadableCell.NO_DEPARTMENT.equals(u.key())) && u.cell() != null && !u.cell().isBlank()) {
                io.github.jixiao.load.Src s = submission.src("department#/name");
                // the message names the kind of document the header is in: a workbook's, or a Word document's ("word")
                return List.of(new io.github.jixiao.finding.Finding(DEPARTMENT_MISSING, io.github.jixiao.finding.Severity.ERROR,
                        word ? "word" : "", List.of(u.cell()), s.file(), s.pointer(), s.line(), s.column(), null));
            }
        }
        return List.of();
    }

    /**
     * What the sidecar says of the cells the import could not read ({@code unreadable}), and of the table ({@code table}:
     * the workbook, which table the criteria's scores came from, the refs of the figures whose column the table prints
     * and whose cell it left empty — the JSON cannot tell them from a column not printed — and of the unreadable cells).
     * Nothing for a submission written by hand (no sidecar) or an unreadable sidecar.
     */
    record Sidecar(List<UnreadableCell> unreadable, io.github.jixiao.model.ImportedTable table) {
        static final Sidecar NONE = new Sidecar(List.of(), io.github.jixiao.model.ImportedTable.NONE);
    }

    /**
     * What the submission folder's own sidecar says of its cells, from the tree {@link Imported#read} read (the
     * one reading of the file, which the reports' cells come from too); {@link Sidecar#NONE} without one.
     */
    static Sidecar of(JsonNode root) {
        if (root == null) {
            return Sidecar.NONE;
        }
        try {
            List<UnreadableCell> unreadable = unreadable(root);
            java.util.Set<String> blank = blank(root);
            JsonNode wb = root.get("workbook");
            JsonNode criteria = root.get("criteria");
            java.util.Set<String> unread = new java.util.LinkedHashSet<>();
            for (UnreadableCell u : unreadable) {
                unread.add(u.ref());
            }
            return new Sidecar(unreadable, new io.github.jixiao.model.ImportedTable(true,
                    wb != null && wb.isString() ? SubmissionLoader.excerpt(wb.asString(), 80) : null,
                    criteria != null && criteria.isString() && (criteria.asString().equals(io.github.jixiao.model.ImportedTable.SCORE_SHEET)
                            || criteria.asString().equals(io.github.jixiao.model.ImportedTable.INDICATOR_TABLE)) ? criteria.asString() : null,
                    blank, unread, cells(root)));
        } catch (RuntimeException e) {
            return Sidecar.NONE;
        }
    }

    /**
     * The cells the import read values from, by ref: the criteria's own scores
     * ({@code submission/self-assessment.json#/criteria/4/score} → {@code 附件2!G9}, as {@code self-assessment#/criteria/4/score})
     * and the figures of budget.json and tasks.json ({@code budget#/funds/total/fullYear} → {@code 自评表!E6}), which a
     * finding on another file quotes (adjustment-after-mismatch: the full-year budget an adjustment is held to); at most
     * {@link #MAX_CELLS}.
     */
    private static java.util.Map<String, String> cells(JsonNode root) {
        JsonNode cells = root.get("cells");
        if (cells == null || !cells.isObject()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (var e : cells.properties()) {
            if (out.size() >= MAX_CELLS) {
                break;
            }
            String key = e.getKey();
            int hash = key.indexOf('#');
            if (hash < 0 || !e.getValue().isString()) {
                continue;
            }
            String file = key.substring(0, hash);
            String name = file.substring(file.lastIndexOf('/') + 1);
            String pointer = key.substring(hash + 1);
            String role = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : "";
            boolean score = role.equals("self-assessment") && SCORE.matcher(pointer).matches();
            boolean figure = (role.equals("budget") || role.equals("tasks")) && REF.matcher(role + "#" + pointer).matches();
            if (score || figure) {
                out.put(role + "#" + pointer, SubmissionLoader.excerpt(e.getValue().asString(), 80));
            }
        }
        return out;
    }

    private static final Pattern SCORE = Pattern.compile("/criteria/[0-9]{1,6}/score");

    /** The sidecar's {@code blank} refs the import writes (role#/pointer), each checked; at most {@link #MAX_CELLS}. */
    private static java.util.Set<String> blank(JsonNode root) {
        JsonNode list = root.get("blank");
        if (list == null || !list.isArray()) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (JsonNode u : list) {
            if (out.size() >= MAX_CELLS) {
                break;
            }
            String ref = u.path("ref").isString() ? u.path("ref").asString() : "";
            var m = REF.matcher(ref);
            if (m.matches() && SchemaCatalog.ROLES.contains(m.group(1))) {
                out.add(ref);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static List<UnreadableCell> unreadable(JsonNode root) {
        List<UnreadableCell> out = new ArrayList<>();
        try {
            JsonNode list = root.get("unreadable");
            if (list == null || !list.isArray()) {
                return List.of();
            }
            // a Word document's sidecar (report.Cells.WORD): its type, or, written before the type was, its file's extension
            JsonNode type = root.get("type");
            JsonNode workbook = root.get("workbook");
            boolean word = type != null && type.isString() ? type.asString().equals("docx")
                    : workbook != null && workbook.isString() && workbook.asString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
            for (JsonNode u : list) {
                if (out.size() >= MAX_CELLS) {
                    break;
                }
                String ref = u.path("ref").isString() ? u.path("ref").asString() : "";
                var m = REF.matcher(ref);
                if (!m.matches() || !SchemaCatalog.ROLES.contains(m.group(1)) || !u.path("cell").isString()) {
                    continue;
                }
                String text = u.path("text").isString() ? u.path("text").asString() : "";
                String key = u.path("key").isString() ? u.path("key").asString() : "";
                if (!key.isEmpty() && !key.equals(UnreadableCell.NO_DEPARTMENT)) {
                    continue; // a kind this version does not know
                }
                out.add(new UnreadableCell(ref, SubmissionLoader.excerpt(u.path("cell").asString(), 80),
                        SubmissionLoader.excerpt(text, 60), u.path("merged").asBoolean(false),
                        word && !key.isEmpty() ? UnreadableCell.NO_DEPARTMENT_WORD : key));
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
