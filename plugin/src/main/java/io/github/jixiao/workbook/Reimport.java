package io.github.jixiao.workbook;

import io.github.jixiao.report.Escape;
import io.github.jixiao.report.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import over files that are there ({@code -Djixiao.overwrite=true}): what was typed into the JSON where the table
 * has no column for it (budget.json's {@code funds.adjustmentReason}, which the national form has no cell for; a 复核分
 * or 复核理由 where the table has no such column) is carried into the file written, and said; what cannot be carried
 * (its row is no longer in the table) is said as lost, with its old value. docs/forms.md, "Importing again".
 *
 * <p>The scope: a field of an object (at any depth, outside lists) that the file had and the import does not write, and
 * that no cell of the table was read for (the sidecar's cells, blank figures and unreadable cells); and a field of an
 * indicator row whose column the table does not print (the sidecar's {@code columns}), the row matched by its name (the
 * k-th row of a name with the k-th). A list is the table's (funds components, criteria, goals): never merged. Where the
 * table prints a column, a blank cell clears the field: the table wins; so does a field the folder's sidecar says was
 * read from a cell before (a year its title no longer gives is not the old one). Only over files the same table gave (the
 * folder's sidecar names the same workbook and sheet): files typed by hand or left by init (no sidecar) are replaced as
 * they were, but department.json's name and year where the table prints none ({@link #unsidecared}), and over another
 * table's files nothing is carried (its department.json's project is no department's), each
 * field that would have been said as not carried.
 */
public final class Reimport {
    private Reimport() {
    }

    /** Files larger than this are not read for fields to carry (said: nothing of them kept). */
    static final long MAX_OLD = 16L * 1024 * 1024;

    private static final JsonMapper READ = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /**
     * A field typed into a file the import rewrote: {@code kept} in the new file at {@code pointer}, or lost (its row is
     * gone: {@code pointer} is where it was, {@code value} what it held); {@code pointer} null: the old file could not be
     * read, and nothing of it was kept.
     */
    public record Carried(String file, String pointer, String row, String value, boolean kept, String otherTable,
                          String earlierTable, Header header, WorkbookImport.Problem unread) {
        Carried(String file, String pointer, String row, String value, boolean kept, String otherTable,
                String earlierTable, Header header) {
            this(file, pointer, row, value, kept, otherTable, earlierTable, header, null);
        }

        Carried(String file, String pointer, String row, String value, boolean kept) {
            this(file, pointer, row, value, kept, null, null, null);
        }

        Carried(String file, String pointer, String row, String value, boolean kept, String otherTable) {
            this(file, pointer, row, value, kept, otherTable, null, null);
        }

        Carried(String file, String pointer, String row, String value, boolean kept, String otherTable, String earlierTable) {
            this(file, pointer, row, value, kept, otherTable, earlierTable, null);
        }

        /** The line the import's log prints, in {@code messages}' language. */
        public String message(Messages messages) {
            // a row name, a key, a sidecar's workbook: what a file holds, echoed on one line (no line of the log forged)
            if (pointer == null) {
                return messages.label("import.old-unreadable", Escape.value(file));
            }
            String where = row == null ? "" : messages.label("import.carried-row", Escape.value(row));
            String at = Escape.value(file + "#" + pointer);
            if (unread != null && !kept) { // typed into the JSON for a lower cell of a merged block, now read by its first
                String cell = unread.word() && messages.english() && unread.cell() != null
                        ? io.github.jixiao.report.Cells.english(unread.cell()) : unread.cell();
                return messages.label("import.merged-typed-dropped", at, where, value, Escape.value(cell));
            }
            if (unread != null) { // typed into the JSON for a cell the table still does not give as a number: kept
                String cell = unread.word() && messages.english() && unread.cell() != null
                        ? io.github.jixiao.report.Cells.english(unread.cell()) : unread.cell();
                return messages.label(unread.merged() ? "import.unreadable-kept-merged" : "import.unreadable-kept", at, where,
                        value, Escape.value(cell), Escape.value(unread.text()));
            }
            if (header != null && header.now() != null) { // typed by hand (or by init), the table now printing another value
                return messages.label(header.noSidecar() ? "import.header-replaced-init" : "import.header-replaced", at, "",
                        value, Escape.value(header.table()), Escape.value(excerpt(header.now())));
            }
            if (header != null && kept && header.noSidecar()) { // a file no table gave (init's): its value kept
                return messages.label("import.header-kept-init", at, "", value, Escape.value(header.table()));
            }
            if (header != null && kept) { // typed by hand where the table has no cell that gives it: kept
                return messages.label("import.header-kept", at, "", "", Escape.value(header.table()));
            }
            if (header != null && header.given()) { // the table gave it before (a title's year, its project), gives none now
                return messages.label("import.header-gone", at, "", value, Escape.value(header.table()));
            }
            if (header != null) { // a header field of the same table's files that the table no longer gives
                return header.cell() != null
                        ? messages.label("import.header-cleared", at, "", value, Escape.value(header.cell()))
                        : messages.label("import.header-dropped", at, "", value, Escape.value(header.table()));
            }
            if (kept && value != null && pointer.equals("/stage")) {
                return messages.label("import.stage-kept", at, stage(messages, value), stage(messages, otherTable));
            }
            if (!kept && otherTable != null && earlierTable != null) { // read from a cell of the other table the files came from
                return messages.label("import.dropped-other", at, where, value, Escape.value(otherTable));
            }
            if (earlierTable != null) { // read from a cell of the earlier stage's table the files came from
                String from = Escape.value(earlierTable);
                return kept ? messages.label("import.carried-earlier", at, where, from)
                        : messages.label("import.carried-earlier-lost", at, where, value, from);
            }
            return kept ? messages.label("import.carried", at, where)
                    : otherTable != null ? messages.label("import.carried-other", at, where, value, Escape.value(otherTable))
                    : messages.label("import.carried-lost", at, where, value);
        }
    }

    /**
     * Where a header field of department.json dropped on a re-import of the same table came from: the cell it was read from
     * before ({@code cell}, as the old sidecar names it), or, typed by hand, null; {@code table} the table imported
     * ("forms/表.xlsx 自评表"); {@code now}, where the field was typed by hand and the table now prints another value, that
     * value (the table's wins, and the log says what it replaced), else null; {@code noSidecar}, the field of a file no
     * table gave (init's department.json, or one typed before any import: {@link #unsidecared}), or init's value kept by an
     * import before (the sidecar's {@value #INIT}); {@code given}, a value the table gave before without a cell of its own
     * (a year or a project's name read from the title: the sidecar's {@value #GIVEN}), which it no longer gives.
     */
    public record Header(String cell, String table, Object now, boolean noSidecar, boolean given) {
        Header(String cell, String table) {
            this(cell, table, null, false, false);
        }

        Header(String cell, String table, Object now, boolean noSidecar) {
            this(cell, table, now, noSidecar, false);
        }
    }

    /** A stage ({@link io.github.jixiao.model.Stage}'s name) as the log shows it: its word, glossed in English. */
    private static String stage(Messages messages, String name) {
        io.github.jixiao.model.Stage s = io.github.jixiao.model.Stage.valueOf(name);
        return messages.english() ? s.label() + " (" + messages.label("stage." + name) + ")" : s.label();
    }

    /** The document the import wrote, as a mutable copy (the form's maps are shared). */
    @SuppressWarnings("unchecked")
    static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), copy(e.getValue()));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(copy(o));
            }
            return out;
        }
        return v;
    }

    /**
     * Carries into {@code fresh} (the document the import writes to {@code target}, changed in place) what {@code target}
     * holds that the table has no cell or column for.
     *
     * @param shown   the file as named in the log (project-relative)
     * @param covered the pointers a cell of the table, or of the table the old file came from, was read for (and their
     *                ancestors; an indicator row's by the old row's index)
     * @param rowColumns the fields an indicator row has a column for in the table, or null (no indicator list)
     * @param otherTable null where the folder's sidecar says its files came from this table (workbook and sheet);
     *                   else the table they came from: nothing is carried, each field that would be is said as lost
     * @param said    where each field carried or lost is added
     */
    static void carry(Path target, String shown, Map<String, Object> fresh, Set<String> covered, Set<String> rowColumns,
                      String otherTable, List<Carried> said) {
        carry(target, shown, fresh, covered, rowColumns, otherTable, null, said);
    }

    /**
     * As {@link #carry(Path, String, Map, Set, Set, String, List)}, over the files of an earlier stage's table of the same
     * submission ({@code earlier}: {@link #earlierStage}): a field read from one of its cells ({@link Earlier#cells})
     * that the new table has no cell or column for is carried too, and said as that table's (年度总体目标 of a 目标表 the
     * 监控表 does not print); {@code covered} then holds the new table's cells only.
     */
    @SuppressWarnings("unchecked")
    static void carry(Path target, String shown, Map<String, Object> fresh, Set<String> covered, Set<String> rowColumns,
                      String otherTable, Earlier earlier, List<Carried> said) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return; // nothing there, or a link (replaced itself, never read through)
        }
        Map<?, ?> o = object(target, MAX_OLD);
        if (o == null) {
            said.add(new Carried(shown, null, null, null, false));
            return;
        }
        laterStage((Map<String, Object>) o, fresh, shown, said);
        object((Map<String, Object>) o, fresh, "", shown, covered, rowColumns, otherTable, earlier, said);
    }

    /**
     * The table of an earlier stage the files came from ("forms/目标表.xlsx 目标表") and the pointers of the file carried
     * that its cells were read for (with their ancestors); over another table's files ({@code otherTable} given to
     * {@link #carry}), that table and its cells: what they gave and the new table does not is said as dropped.
     */
    record Earlier(String table, Set<String> cells) {
        /** The table's name where {@code pointer} was read from one of its cells, else null (typed by hand). */
        String from(String pointer) {
            return cells.contains(pointer) ? table : null;
        }
    }

    /** A document's maximum size read to compare two tables' submissions (department.json is a few hundred bytes). */
    private static final long MAX_DEPARTMENT = 1024L * 1024;

    /**
     * Whether the files in a folder came from a table of an earlier stage than the one imported, of the same submission
     * (a 目标表 imported in spring, the 监控表 now): the old table's stage ({@link Old#stage}) is before the new table's
     * ({@code fresh}, the department.json the import writes), and the old department.json ({@code dept}, a regular
     * file) names the same kind, year, unit (a department's) and project as {@code fresh} where both name them. Another
     * project's or year's table, or a table of the same or a later stage, is another table's, as before.
     */
    static boolean earlierStage(Old was, Path dept, Map<String, Object> fresh) {
        io.github.jixiao.model.Stage now = fresh == null || !(fresh.get("stage") instanceof String st) ? null
                : io.github.jixiao.model.Stage.fromLabel(st.strip());
        if (was.stage() == null || now == null || was.stage().ordinal() >= now.ordinal()) {
            return false;
        }
        Map<?, ?> o = object(dept, MAX_DEPARTMENT);
        if (o == null) {
            return false;
        }
        if (!same(o.get("kind"), fresh.get("kind")) || !same(o.get("year"), fresh.get("year"))) {
            return false;
        }
        Object oldProject = o.get("project") instanceof Map<?, ?> p ? p.get("name") : null;
        Object newProject = fresh.get("project") instanceof Map<?, ?> p ? p.get("name") : null;
        Object oldCode = o.get("project") instanceof Map<?, ?> p ? p.get("code") : null;
        Object newCode = fresh.get("project") instanceof Map<?, ?> p ? p.get("code") : null;
        if (oldCode != null && newCode != null && !nameKey(String.valueOf(oldCode)).equalsIgnoreCase(nameKey(String.valueOf(newCode)))) {
            return false; // two project codes (split off "code-name" by the import): two projects, however alike their names
        }
        if (oldProject != null || newProject != null) {
            return oldProject != null && newProject != null && sameName(oldProject, newProject);
        }
        // a department's whole spending: its unit
        return o.get("name") != null && fresh.get("name") != null && sameName(o.get("name"), fresh.get("name"));
    }

    /**
     * Whether two names (a project's, a unit's) name the same, as two tables of one submission print it: full-width and
     * half-width forms alike (（2024年） and (2024年)), white space anywhere aside, and a project code before the name
     * aside (51092324T000010263357-2023年全县安可替代补助资金项目, or the code and a space): {@link #nameKey}.
     */
    static boolean sameName(Object a, Object b) {
        Name x = Name.of(String.valueOf(a));
        Name y = Name.of(String.valueOf(b));
        // two codes that differ are two projects, however alike their names (4303022400001 道路维修 beside
        // 4303022400002 道路维修: a code is set aside only where one table prints it and the other does not, or both
        // print the same; review s32)
        return (x.code() == null || y.code() == null || x.code().equalsIgnoreCase(y.code())) && x.key().equals(y.key());
    }

    /**
     * A name read once for {@link #sameName}: the code before it ({@link #CODED}), or null without one, and its
     * {@link #nameKey}.
     */
    private record Name(String code, String key) {
        static Name of(String name) {
            String f = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).strip();
            java.util.regex.Matcher m = CODED.matcher(f);
            boolean coded = m.matches();
            return new Name(coded ? m.group(1) : null, (coded ? m.group(2) : f).replaceAll("[\\s\u3000\u00A0]+", ""));
        }
    }

    /**
     * A code before a name: six letters or digits at least, one a digit, then a dash or white space. Possessive: the
     * spaces around the dash are taken once (a greedy {@code \\s*[-\\s]\\s*(.+)$} tried every split of a run of spaces
     * before a line break, cubic in its length: a name of a code, 5,000 spaces and a line break in a department.json a
     * pull request wrote held an import for hours; ReimportHostileTest).
     */
    private static final java.util.regex.Pattern CODED = java.util.regex.Pattern.compile(
            "^((?=[0-9A-Za-z]*[0-9])[0-9A-Za-z]{6,}+)(?:\\s*+[-\u2010-\u2015]|\\s++)\\s*+(.+)$");

    /** A name as {@link #sameName} compares it: NFKC, its code prefix taken off, white space removed. */
    static String nameKey(String name) {
        return Name.of(name).key();
    }

    /**
     * The JSON object a file the import finds in the folder holds (an old submission file, its sidecar), or null where it is
     * no regular file (a link is never read through), is above {@code max} bytes, cannot be read as JSON or is no object.
     */
    static Map<?, ?> object(Path file, long max) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > max) {
                return null;
            }
            return READ.readValue(Files.readAllBytes(file), Object.class) instanceof Map<?, ?> m ? m : null;
        } catch (IOException | RuntimeException e) { // JacksonException among them
            return null;
        }
    }

    /** Whether two values of department.json agree (as written, spaces at the ends aside), or either is missing. */
    private static boolean same(Object a, Object b) {
        return a == null || b == null || String.valueOf(a).strip().equals(String.valueOf(b).strip());
    }

    /**
     * A department.json whose stage was moved on by hand past the table's (运行监控 typed after a 目标表 was imported, and
     * the 目标表 imported again to correct a target): the stage stays where it was — a submission does not go back a stage,
     * and a 目标申报 would turn the monitoring checks off unsaid (helper M's trial, d3) — and the log says so. The table's
     * stage stands where it is the later (a 自评表 imported over a 监控表's files).
     */
    private static void laterStage(Map<String, Object> old, Map<String, Object> fresh, String shown, List<Carried> said) {
        if (!(old.get("stage") instanceof String was) || !(fresh.get("stage") instanceof String now)) {
            return;
        }
        io.github.jixiao.model.Stage before = io.github.jixiao.model.Stage.fromLabel(was.strip());
        io.github.jixiao.model.Stage table = io.github.jixiao.model.Stage.fromLabel(now.strip());
        if (before != null && table != null && before.ordinal() > table.ordinal()) {
            fresh.put("stage", was.strip());
            said.add(new Carried(shown, "/stage", null, before.name(), true, table.name()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void object(Map<String, Object> old, Map<String, Object> fresh, String at, String shown, Set<String> covered,
                               Set<String> rowColumns, String other, Earlier earlier, List<Carried> said) {
        for (Map.Entry<String, Object> e : old.entrySet()) {
            String k = e.getKey();
            String p = at + "/" + escape(k);
            Object now = fresh.get(k);
            if (!fresh.containsKey(k)) {
                if (!covered.contains(p) && !k.equals("$schema") && !k.equals("schemaVersion")) {
                    if (other == null) {
                        fresh.put(k, e.getValue());
                        said.add(new Carried(shown, p, null, null, true, null, earlier == null ? null : earlier.from(p)));
                    } else {
                        // typed by hand, or read from a cell of the other table (earlier: its cells): not carried, said
                        said.add(new Carried(shown, p, null, excerpt(e.getValue()), false, other, earlier == null ? null : earlier.from(p)));
                    }
                }
            } else if (now instanceof Map<?, ?> n && e.getValue() instanceof Map<?, ?> was) {
                // a field typed by hand under one the table gave (a note beside 年度资金总额): looked for there too
                object((Map<String, Object>) was, (Map<String, Object>) n, p, shown, covered, rowColumns, other, earlier, said);
            } else if (at.isEmpty() && k.equals("indicators") && rowColumns != null && now instanceof List<?> n
                    && e.getValue() instanceof List<?> was) {
                rows((List<Object>) was, (List<Object>) n, p, shown, rowColumns, covered, other, earlier, said);
            }
        }
    }

    /** Each old row's fields without a column, into the new row of the same name (the k-th of a name to the k-th). */
    @SuppressWarnings("unchecked")
    private static void rows(List<Object> old, List<Object> fresh, String at, String shown, Set<String> columns,
                             Set<String> covered, String other, Earlier earlier, List<Carried> said) {
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i) instanceof Map<?, ?> m && m.get("name") instanceof String n) {
                int k = seen.merge(n, 1, Integer::sum);
                byName.put(k + "\u0000" + n, i);
            }
        }
        seen.clear();
        for (int i = 0; i < old.size(); i++) {
            if (!(old.get(i) instanceof Map<?, ?> was)) {
                continue;
            }
            String name = was.get("name") instanceof String n ? n : null;
            Integer match = name == null ? null : byName.get(seen.merge(name, 1, Integer::sum) + "\u0000" + name);
            Map<String, Object> now = match == null ? null : (Map<String, Object>) fresh.get(match);
            for (Map.Entry<?, ?> e : was.entrySet()) {
                String f = String.valueOf(e.getKey());
                if (columns.contains(f) || f.equals("name") || (now != null && now.containsKey(f))
                        || covered.contains(at + "/" + i + "/" + escape(f))) {
                    continue; // the table's column (a blank cell clears it), written by the import, or read from a cell before
                }
                if (other != null) {
                    String p = at + "/" + i + "/" + escape(f);
                    said.add(new Carried(shown, p, name, excerpt(e.getValue()), false, other, earlier == null ? null : earlier.from(p)));
                } else {
                    // a field of the earlier stage's table (its row's 指标解释, read from its cell), or typed by hand
                    String from = earlier == null ? null : earlier.from(at + "/" + i + "/" + escape(f));
                    if (now != null) {
                        now.put(f, e.getValue());
                        said.add(new Carried(shown, at + "/" + match + "/" + escape(f), name, null, true, null, from));
                    } else {
                        said.add(new Carried(shown, at + "/" + i + "/" + escape(f), name, excerpt(e.getValue()), false, null, from));
                    }
                }
            }
        }
    }

    /**
     * The table the files in {@code dir} came from, as its sidecar names it ("forms/自评表.xlsx 自评表"), or null where there
     * is no sidecar (typed by hand, or init's placeholders) or it cannot be read.
     */
    static Old table(Path dir) {
        Path side = dir.resolve(WorkbookImport.CELLS);
        try {
            Map<?, ?> m = object(side, MAX_OLD);
            if (m != null && m.get("workbook") instanceof String w && m.get("sheet") instanceof String sh) {
                Map<String, List<String>> cells = new HashMap<>();
                Map<String, String> addresses = new HashMap<>();
                // what the table printed no value for (no name in its header, no year): the header range named there is
                // where it was looked for, no cell it was read from (session 38, trial E: a name typed by hand was
                // dropped as "imported before from cell Sheet1!A1:I1")
                Set<String> absent = new HashSet<>();
                Set<String> problems = new HashSet<>();
                Set<String> unread = new HashSet<>();
                Map<String, String> unreadMerged = new HashMap<>(); // ref → cell, of those in a merged block
                if (m.get("unreadable") instanceof List<?> us) {
                    for (Object u : us) {
                        if (u instanceof Map<?, ?> um && um.get("ref") instanceof String ref) {
                            problems.add(ref);
                            // an unreadable number's entry has no key: Set.of's contains(null) threw, and the whole
                            // sidecar was taken for none (nothing typed was carried over files with an unreadable cell)
                            if (um.get("key") instanceof String key && ABSENT.contains(key)) {
                                absent.add(ref);
                            }
                            if (um.get("key") == null) { // a cell where a number belongs that held no number
                                unread.add(ref);
                                if (Boolean.TRUE.equals(um.get("merged")) && um.get("cell") instanceof String cell) {
                                    unreadMerged.put(ref, cell);
                                }
                            }
                        }
                    }
                }
                if (m.get("cells") instanceof Map<?, ?> c) {
                    for (Map.Entry<?, ?> e : c.entrySet()) {
                        String[] fp = String.valueOf(e.getKey()).split("#", 2);
                        if (fp.length == 2 && absent.contains(role(fp[0]) + "#" + fp[1])) {
                            continue; // no value's cell
                        }
                        if (fp.length == 2) {
                            cells.computeIfAbsent(fp[0], x -> new ArrayList<>()).add(fp[1]);
                            if (e.getValue() instanceof String a && !problems.contains(role(fp[0]) + "#" + fp[1])) {
                                addresses.put(String.valueOf(e.getKey()), a);
                            }
                        }
                    }
                }
                Map<String, Map<String, ?>> columns = new HashMap<>();
                if (m.get("columns") instanceof Map<?, ?> cs) {
                    for (Map.Entry<?, ?> e : cs.entrySet()) {
                        if (e.getValue() instanceof Map<?, ?> h) {
                            @SuppressWarnings("unchecked")
                            Map<String, ?> hs = (Map<String, ?>) h;
                            columns.put(String.valueOf(e.getKey()), hs);
                        }
                    }
                }
                return new Old(w + " " + sh, cells, addresses, io.github.jixiao.engine.Imported.tableStage(
                        m.get("stage") instanceof String st ? st : null, columns), absent, values(m.get(GIVEN)),
                        values(m.get(INIT)), unread, unreadMerged);
            }
        } catch (RuntimeException e) {
            // no table to tell
        }
        return null;
    }

    /**
     * The table a folder's files came from ("forms/自评表.xlsx 自评表") and, by file (project-relative), the pointers its
     * cells were read for: a field one of them names was the table's, not typed by hand, and is never carried (but over
     * the files of an earlier stage's table of the same submission, {@link #earlierStage}); and the stage of that table
     * ({@code engine.Imported#tableStage}), or null. {@code unreadMerged}: the cells (by ref, role#/pointer) that lay in a
     * merged block where a number belongs when these files were written, then said as unreadable ("在合并单元格中", before
     * session 42), the message asking for the row's own number.
     */
    record Old(String table, Map<String, List<String>> cells, Map<String, String> addresses, io.github.jixiao.model.Stage stage,
               Set<String> absent, Map<String, String> given, Map<String, String> init, Set<String> unread,
               Map<String, String> unreadMerged) {
        Set<String> covered(String file) {
            return Reimport.covered(cells.getOrDefault(file, List.of()));
        }

        /**
         * Whether the table printed no value for {@code pointer} of {@code file} (project-relative) when these files were
         * written (the sidecar's {@code unreadable} entry of a {@link #ABSENT} key): a value the file has there was typed
         * by hand since (or kept from init's file).
         */
        boolean absent(String file, String pointer) {
            return absent.contains(role(file) + "#" + pointer);
        }

        /** The cell {@code pointer} of {@code file} was read from (Sheet1!B3), or null. */
        String address(String file, String pointer) {
            return addresses.get(file + "#" + pointer);
        }

        /**
         * Whether the table gave {@code value} at {@code pointer} of {@code file} when these files were written, without a
         * cell of its own (the sidecar's {@value #GIVEN}: a year or a project's name read from the title): the table's
         * value, not one typed by hand, where the file still has it.
         */
        boolean given(String file, String pointer, Object value) {
            return holds(given, file, pointer, value);
        }

        /**
         * Whether {@code value} at {@code pointer} of {@code file} is the one jixiao:init wrote, kept by the import that
         * wrote these files (the sidecar's {@value #INIT}): init's value, not one typed by hand, where the file still has it.
         */
        boolean init(String file, String pointer, Object value) {
            return holds(init, file, pointer, value);
        }

        /** Whether {@code values} records {@code value} at {@code file}'s {@code pointer}. */
        private static boolean holds(Map<String, String> values, String file, String pointer, Object value) {
            String v = values.get(role(file) + "#" + pointer);
            return v != null && value != null && sameValue(v, value);
        }

        /** Whether the cell of {@code ref} (role#/pointer) held no number when these files were written. */
        boolean unread(String ref) {
            return unread.contains(ref);
        }
    }

    /**
     * The sidecar's object of department.json's header values the table gave without a cell of its own (a year, a title, a
     * project's name read from the title), by ref ({@code department#/year}): what a re-import tells from a value typed by
     * hand (session 40: a project's name read from t51's title, the title changed, was called "typed in the JSON before").
     */
    static final String GIVEN = "given";

    /**
     * The sidecar's object of department.json's values kept from jixiao:init's file where the table prints none, by ref
     * ({@code department#/name}): the next re-import says them as init's, not as typed (session 40).
     */
    static final String INIT = "init";

    /** Bounded: a sidecar's header objects hold a handful of fields. */
    private static final int MAX_VALUES = 64;

    /** A sidecar's {@link #GIVEN} or {@link #INIT} object: department.json's refs, each to its value as written. */
    private static Map<String, String> values(Object o) {
        Map<String, String> out = new HashMap<>();
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (out.size() < MAX_VALUES && e.getKey() instanceof String k && k.startsWith("department#/")
                        && (e.getValue() instanceof String || e.getValue() instanceof Number)) {
                    out.put(k, String.valueOf(e.getValue()));
                }
            }
        }
        return out;
    }

    /**
     * department.json's header values of {@code doc} (the document the import writes, before anything is carried into it)
     * that the table gave without a cell ({@code cells}: the pointers read from a cell), by ref: the sidecar's
     * {@value #GIVEN}.
     */
    static Map<String, Object> given(Map<String, Object> doc, Set<String> cells) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String p : HEADER_SAID) {
            Object v = at(doc, p);
            if ((v instanceof String || v instanceof Number) && !cells.contains(p)) {
                out.put("department#" + p, v);
            }
        }
        return out;
    }

    /**
     * The pointers of department.json's {@link #HEADER_CARRIED} fields whose value in the old file {@code target} is the
     * one the table gave there without a cell ({@link Old#given}): the table's, never carried (a project's name the title
     * no longer gives is not kept as if typed), and said as the table's ({@code import.header-gone}).
     */
    static Set<String> givenBefore(Path target, String shown, Old was) {
        Set<String> out = new HashSet<>();
        Map<?, ?> o = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? object(target, MAX_DEPARTMENT) : null;
        if (o != null) {
            for (String p : HEADER_CARRIED) {
                if (was.given(shown, p, at(o, p))) {
                    out.add(p);
                }
            }
            // the project's object, where every field of it was the table's (else its fields typed by hand are carried)
            if (o.get("project") instanceof Map<?, ?> project && !project.isEmpty()
                    && project.keySet().stream().allMatch(k -> out.contains("/project/" + escape(String.valueOf(k))))) {
                out.add("/project");
            }
        }
        return out;
    }

    /**
     * Keeps in {@code fresh} (the document the import writes to {@code target}) the number typed into the old file at
     * {@code problem}'s pointer, where that cell held no number when the old file was written ({@link Old#unread}) and holds
     * none now: the value typed as {@code workbook-cell-unreadable} advises ("或在 JSON 中补上") was dropped by each
     * re-import while the cell stayed unreadable (session 40). An indicator row's value only into the row of the same name;
     * the parent object must be there. Said ({@code import.unreadable-kept}); true where kept. {@code o} is the old file as
     * {@link #oldFile} reads it, once for all of its cells: read again for each cell, a table of 4,000 rows whose 分值 and
     * 得分 held no number took 23 s of CPU to import again, and 8,000 rows some 90 s (helper H5, session 41).
     */
    @SuppressWarnings("unchecked")
    static boolean unreadableKept(Map<?, ?> o, String shown, Map<String, Object> fresh, WorkbookImport.Problem problem,
                                  List<Carried> said) {
        String pointer = problem.ref().substring(problem.ref().indexOf('#') + 1);
        if (o == null) {
            return false;
        }
        String[] keys = pointer.substring(1).split("/");
        Object[] parents = parents(o, fresh, keys);
        Object old = parents[0];
        Object now = parents[1];
        String k = keys[keys.length - 1];
        Object v = old instanceof Map<?, ?> om ? om.get(k) : null;
        if (!(v instanceof Number) || !(now instanceof Map<?, ?> nm) || nm.get(k) != null) {
            return false; // nothing typed there (or no number), or nowhere to put it
        }
        String row = null;
        if (keys.length == 3 && keys[0].equals("indicators") && old instanceof Map<?, ?> om && now instanceof Map<?, ?> nr) {
            if (!(om.get("name") instanceof String n) || !n.equals(nr.get("name"))) {
                return false; // another row at that place now
            }
            row = n;
        }
        ((Map<String, Object>) now).put(k, v);
        said.add(new Carried(shown, pointer, row, excerpt(v), true, null, null, null, problem));
        return true;
    }

    /**
     * Says the number typed into the old file at {@code ref}'s pointer for a cell that lay in a merged block when the old
     * file was written ({@link Old#unreadMerged}: "在合并单元格中", the message then asking for the row's own number, "或在
     * JSON 的这一处补上") where the import now reads that block by its first cell (since session 42, t82) and writes nothing
     * there: the number is not kept (the block's figure is its first row's; kept, it would count twice), and is said with
     * its cell and old value ({@code import.merged-typed-dropped}). Before session 43 it was dropped without a word. An
     * indicator row's only where the row of that place has the same name.
     */
    static void mergedTypedDropped(Map<?, ?> o, String shown, Map<String, Object> fresh, String ref, String cell, boolean word,
                                   List<Carried> said) {
        String pointer = ref.substring(ref.indexOf('#') + 1);
        if (o == null || !pointer.startsWith("/")) {
            return;
        }
        String[] keys = pointer.substring(1).split("/");
        Object[] parents = parents(o, fresh, keys);
        Object old = parents[0];
        Object now = parents[1];
        String k = keys[keys.length - 1];
        Object v = old instanceof Map<?, ?> om ? om.get(k) : null;
        if (!(v instanceof Number) || now instanceof Map<?, ?> nm && nm.get(k) != null) {
            return; // nothing typed there, or the table gives a figure there now
        }
        String row = null;
        if (keys.length == 3 && keys[0].equals("indicators") && old instanceof Map<?, ?> om) {
            if (!(om.get("name") instanceof String n) || !(now instanceof Map<?, ?> nr) || !n.equals(nr.get("name"))) {
                return; // another row at that place now: said, if at all, as any other field of a row gone
            }
            row = n;
        }
        said.add(new Carried(shown, pointer, row, excerpt(v), false, null, null, null,
                new WorkbookImport.Problem("not-a-number", ref, cell, null, true, word)));
    }

    /** The old file {@code target} as {@link #unreadableKept} reads it: its JSON object, or null. */
    static Map<?, ?> oldFile(Path target) {
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? object(target, MAX_OLD) : null;
    }

    /**
     * The objects holding a pointer's last key ({@code keys}' last) in the old file {@code o} and the fresh document
     * {@code fresh}, walked side by side ({@link #step}; either null where its document has no such place).
     */
    private static Object[] parents(Map<?, ?> o, Map<String, Object> fresh, String[] keys) {
        Object old = o;
        Object now = fresh;
        for (int i = 0; i < keys.length - 1; i++) {
            old = step(old, keys[i]);
            now = step(now, keys[i]);
        }
        return new Object[] {old, now};
    }

    /** One step of a pointer into a document: a field of an object, an index of a list; else null. */
    private static Object step(Object v, String key) {
        if (v instanceof Map<?, ?> m) {
            return m.get(key);
        }
        if (v instanceof List<?> l && key.matches("[0-9]{1,9}")) {
            int i = Integer.parseInt(key);
            return i < l.size() ? l.get(i) : null;
        }
        return null;
    }

    /**
     * The keys of the sidecar's {@code unreadable} entries that say the table printed no value at all for a field (no unit
     * named in its header, no year): the range they name is where it was looked for, not a cell a value came from.
     */
    static final Set<String> ABSENT = Set.of(io.github.jixiao.lint.UnreadableCell.NO_DEPARTMENT, Reimport.NO_YEAR);

    /** The key of the sidecar's {@code unreadable} entry of a table that prints no year (department#/year). */
    static final String NO_YEAR = "no-year";

    /** The role of a file named in a sidecar (submission/department.json, department.json: department). */
    private static String role(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /**
     * department.json's header fields ({@link #HEADER}) that are never carried, being the table's, but said where the old
     * file had one and the table no longer gives it (a 填报日期 typed into department.json where the table prints none; a
     * title or a filing date cleared in the table; a 部门预算编码 cleared, department.json {@code code}, said since session
     * 33's round 2): always the table's stands.
     */
    static final List<String> HEADER_SAID = List.of("/name", "/code", "/year", "/title", "/reportDate", "/preparer", "/project/name",
            "/project/code", "/project/owner", "/project/implementer");

    /**
     * Says each of department.json's header fields ({@link #HEADER_SAID}) that the old file {@code target} has and the
     * document the import writes ({@code fresh}) has not: the table's header wins, and what it drops is said with its old
     * value (before session 33 it went without a word, where every other field dropped was said). Over the same table's
     * files ({@code otherTable} null): where the old sidecar names the cell it was read from, that cell; else as typed by
     * hand, naming the table ({@code table}). Over another table's files: as every other field of them
     * ({@code import.carried-other}, {@code import.dropped-other}).
     */
    @SuppressWarnings("unchecked")
    static void header(Path target, String shown, Map<String, Object> fresh, Old was, String otherTable, String table,
                       List<Carried> said) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Map<?, ?> o = object(target, MAX_DEPARTMENT);
        if (o == null) {
            return; // said by carry (import.old-unreadable)
        }
        for (String p : HEADER_SAID) {
            Object before = at(o, p);
            Object now = at(fresh, p);
            if (before != null && now != null && otherTable == null && !sameValue(before, now) && was.address(shown, p) == null
                    && !was.given(shown, p, before) && (HEADER_CARRIED.contains(p) || was.absent(shown, p))) {
                // typed by hand (or init's, kept before) where the table printed nothing before (the name check asked
                // for), the table printing one now: the table's stands, and the log says what it replaced; a value the
                // table gave before without a cell (a project's name in the title) is the table's, changed as a cell's
                said.add(new Carried(shown, p, null, excerpt(before), true, null, null,
                        new Header(null, table, now, was.init(shown, p, before))));
            }
            if (before == null || now != null) {
                continue;
            }
            String cell = was.address(shown, p);
            if (otherTable != null) {
                said.add(new Carried(shown, p, null, excerpt(before), false, otherTable, cell == null ? null : otherTable));
            } else {
                said.add(new Carried(shown, p, null, excerpt(before), false, null, null,
                        new Header(cell, table, null, false, cell == null && was.given(shown, p, before))));
            }
        }
    }

    /** Whether two values of a header field are the same (as written, spaces at the ends aside: 2021 and "2021" alike). */
    private static boolean sameValue(Object a, Object b) {
        return String.valueOf(a).strip().equals(String.valueOf(b).strip());
    }

    /** department.json's fields kept from a file no table gave where the table prints none: {@link #unsidecared}. */
    static final List<String> UNSIDECARED = List.of("/name", "/year");

    /**
     * Over a department.json no table gave (no sidecar: init's, written with {@code -Djixiao.department} and
     * {@code -Djixiao.year}, or one typed before any import): its {@code name} and {@code year} are kept where the table
     * prints none (t58 prints neither, t69 no year: before, the first import over init's files dropped them, and check
     * then asked for them), said at info level ({@code import.header-kept-init}); where the table prints another value, the
     * table's stands and the log says what it replaced ({@code import.header-replaced-init}). Nothing else of the file is
     * carried (init's placeholders are placeholders).
     */
    @SuppressWarnings("unchecked")
    static void unsidecared(Path target, String shown, Map<String, Object> fresh, String table, List<Carried> said) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Map<?, ?> o = object(target, MAX_DEPARTMENT);
        if (o == null) {
            return; // replaced, as any file no table gave
        }
        for (String p : UNSIDECARED) {
            String k = p.substring(1);
            Object before = o.get(k);
            if (before == null || before instanceof Map || before instanceof List || String.valueOf(before).isBlank()) {
                continue;
            }
            Object now = fresh.get(k);
            if (now == null) {
                fresh.put(k, before);
                said.add(new Carried(shown, p, null, excerpt(before), true, null, null, new Header(null, table, null, true)));
            } else if (!sameValue(before, now)) {
                said.add(new Carried(shown, p, null, excerpt(before), true, null, null, new Header(null, table, now, true)));
            }
        }
    }

    /** The value at {@code pointer} (/project/name) in a document, or null. */
    static Object at(Map<?, ?> doc, String pointer) {
        Object v = doc;
        for (String k : pointer.substring(1).split("/")) {
            v = v instanceof Map<?, ?> m ? m.get(k) : null;
        }
        return v;
    }

    /**
     * department.json's fields the import takes from the header, the title or the form itself, some without a cell of
     * their own (the year of a title or a period line, the stage of the form's name): always the table's, never carried
     * (a year the title no longer gives is not the old one).
     */
    static final List<String> HEADER = List.of("/kind", "/name", "/year", "/stage", "/framework", "/title", "/reportDate",
            "/preparer", "/project/name", "/project/code", "/project/owner", "/project/implementer");

    /**
     * department.json's header fields that are carried over the same table's files where they were typed by hand (the old
     * sidecar names no cell they were read from) and the table now has no cell that gives them: a 项目名称 typed into the
     * department.json of a table that prints none (t57, t41) is kept by a re-import, and said at info level
     * ({@code import.header-kept}); one read from a cell before that the table now clears or changes is the table's, as
     * every header field. The kind, the stage and the framework are always the import's; the year and the title are the
     * title's (a year the title no longer gives is not the old one), never carried.
     */
    static final List<String> HEADER_CARRIED = List.of("/name", "/reportDate", "/preparer", "/project", "/project/name",
            "/project/code", "/project/owner", "/project/implementer");

    /** The pointers of {@link #HEADER} not in {@link #HEADER_CARRIED}: never carried, being the table's. */
    static final List<String> HEADER_NEVER_CARRIED = HEADER.stream().filter(p -> !HEADER_CARRIED.contains(p)).toList();

    /**
     * Marks the header fields {@code carry} kept in {@code said} from index {@code from} on (department.json over the same
     * table's files: {@link #HEADER_CARRIED}) as header fields, so that the log says them as such.
     */
    static void headerKept(List<Carried> said, int from, String table, Map<String, Object> fresh, Old was) {
        for (int i = from; i < said.size(); i++) {
            Carried c = said.get(i);
            if (c.kept() && c.header() == null && c.pointer() != null
                    && (HEADER_CARRIED.contains(c.pointer()) || c.pointer().equals("/year"))) {
                Object v = at(fresh, c.pointer());
                // init's value, kept by the import before (the sidecar's init): said as init's again, not as typed
                boolean init = was.init(c.file(), c.pointer(), v);
                said.set(i, new Carried(c.file(), c.pointer(), c.row(), init ? excerpt(v) : c.value(), true, c.otherTable(),
                        c.earlierTable(), new Header(null, table, null, init)));
            }
        }
    }

    /**
     * department.json's fields that name the table itself, never carried from an earlier stage's table (its title and
     * filing date are not the new table's; its stage, {@link #laterStage}); the rest of its header (the unit, the year,
     * the project's code and owner) is the same submission's and kept where the new table does not print it.
     */
    static final List<String> HEADER_OF_TABLE = List.of("/kind", "/stage", "/title", "/reportDate");

    /**
     * The deepest (in segments) and the longest pointer {@link #covered} takes: the import names none deeper than six
     * (/criteria/0/items/1/score) nor longer than some sixty characters. A longer one, which only a forged sidecar holds,
     * is no field of the files: its ancestors, each a copy, would take memory quadratic in its length (607 MB for one
     * key of 50,000 characters, the longest a JSON name may be; helper H4, session 40).
     */
    static final int MAX_POINTER_DEPTH = 8;
    static final int MAX_POINTER = 300;

    /** Every pointer a cell was read for, with its ancestors ({@code /funds/total/executed}: also /funds/total, /funds). */
    static Set<String> covered(java.util.Collection<String> pointers) {
        Set<String> out = new HashSet<>();
        for (String p : pointers) {
            if (p.length() > MAX_POINTER || p.chars().filter(ch -> ch == '/').count() > MAX_POINTER_DEPTH) {
                continue; // no pointer the import writes (see MAX_POINTER)
            }
            for (String q = p; !q.isEmpty() && out.add(q); q = q.substring(0, Math.max(q.lastIndexOf('/'), 0))) {
                // added
            }
        }
        return out;
    }

    private static String escape(String k) {
        return k.replace("~", "~0").replace("/", "~1");
    }

    /** An old value as quoted in the log: its JSON, on one line, cut at 60 characters. */
    private static String excerpt(Object v) {
        String s = v instanceof String t ? t : READ.writeValueAsString(v);
        s = Grid.oneLine(s);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
