package io.github.jixiao.engine;

import io.github.jixiao.load.Confinement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * What jixiao:import's sidecars ({@code .jixiao-cells}) in a submission folder say, read once by the engine for the
 * check and the reports alike: the folder's own sidecar and those of its folders (one per project of a workbook),
 * each as the import wrote it ({@link Sidecar}: the workbook, its type, the cell of each value, the columns'
 * headings). Nothing is made of it here for a reader (how a cell is shown, which workbook address a report may link):
 * that is the reports' ({@code report.Cells}). A submission typed by hand has none.
 *
 * <p>The sidecar is the submitter's file like any other (it comes with the pull request): a regular file, no link,
 * inside the project, at most 16 MB; a name longer than any the import writes is kept to {@link #MAX_TEXT} characters
 * (no report shows more), at most 64 lists of column headings a sidecar, 64 headings a list; one that cannot be read
 * gives nothing. At most {@link #MAX_SIDECARS} sidecars are read (the folder's own, then the others in the order of
 * their paths), so that what is kept of them is bounded however many folders a submission holds; the others are said
 * ({@link Over}: the engine's submission-structure {@code too-many-sidecars}).
 *
 * @param sidecars the sidecars read, in the order of their paths
 * @param over     the sidecars found beyond {@link #MAX_SIDECARS}, or null when none was left unread for the cap
 */
public record Imported(List<Sidecar> sidecars, Over over) {
    /** A submission typed by hand: no sidecar. */
    public static final Imported NONE = new Imported(List.of());

    /**
     * The most sidecars read of one submission folder and its folders: one a project of a workbook, and a department's
     * workbook that has more than a hundred projects in one submission folder is checked better one project a folder.
     */
    public static final int MAX_SIDECARS = 100;

    /**
     * More sidecars than {@link #MAX_SIDECARS} were found.
     *
     * @param found the number found
     * @param first the project-relative path of the first one not read (in the order of their paths)
     */
    public record Over(int found, String first) {
    }

    public Imported(List<Sidecar> sidecars) {
        this(sidecars, null);
    }

    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The longest text kept of a cell's name or a column's heading (in code points; no report shows as many). */
    static final int MAX_TEXT = 200;
    private static final int MAX_LISTS = 64;

    public Imported {
        sidecars = List.copyOf(sidecars);
    }

    /**
     * One sidecar, as written.
     *
     * @param folder   the project-relative folder it is in (the files it speaks of are there)
     * @param workbook the sidecar's {@code workbook} as written (the submitter's text), or null
     * @param type     its {@code type} ({@code xlsx}, {@code xls}, {@code docx}), or null (an older import's)
     * @param cells    {@code file#pointer} → the cell's name, as written
     * @param columns  {@code file#pointer} of a list → each field's column heading, as written
     * @param stage    the stage of the table it was written from ({@link #tableStage}), or null where it does not tell
     * @param earlier  whether that stage is before the submission's ({@link #atStage}: a 目标表's cells at 运行监控): the
     *                 fields the table has no column for are the JSON's, not columns to add to it
     */
    public record Sidecar(String folder, String workbook, String type, Map<String, String> cells,
                          Map<String, Map<String, String>> columns, io.github.jixiao.model.Stage stage, boolean earlier) {
        public Sidecar {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }
    }

    /**
     * The sidecar of the submission folder {@code folder} (project-relative), if read and written from a table of a stage
     * before {@code stage} (the submission's: a 目标表 imported, the stage moved on to 运行监控 by hand), or null.
     */
    public Sidecar earlierThan(String folder, io.github.jixiao.model.Stage stage) {
        for (Sidecar sc : sidecars) {
            if (sc.folder().equals(folder) && sc.stage() != null && stage != null && sc.stage().ordinal() < stage.ordinal()) {
                return sc;
            }
        }
        return null;
    }

    /**
     * These sidecars with the submission folder's own marked {@link Sidecar#earlier} where its table is of a stage before
     * {@code stage} ({@link #earlierThan}); the same otherwise.
     */
    public Imported atStage(String folder, io.github.jixiao.model.Stage stage) {
        Sidecar old = earlierThan(folder, stage);
        if (old == null) {
            return this;
        }
        List<Sidecar> out = new ArrayList<>(sidecars.size());
        for (Sidecar sc : sidecars) {
            out.add(sc != old ? sc : new Sidecar(sc.folder(), sc.workbook(), sc.type(), sc.cells(), sc.columns(), sc.stage(), true));
        }
        return new Imported(out, over);
    }

    /**
     * The stage of the table a sidecar was written from: its {@code stage} as the import wrote it (since session 31),
     * else as the import decides a table's stage from the columns of its indicator list ({@code workbook.FormReader}:
     * 完成目标可能性 or 全年预计完成值, a 监控表; an actual or a score, a 自评表; neither, a 目标表); null where neither
     * tells (no stage written and no indicator columns recorded: a 评分表 alone, an older import of one).
     *
     * @param written the sidecar's {@code stage} as written, or null
     * @param columns {@code file#pointer} of a list → each field's column heading
     */
    public static io.github.jixiao.model.Stage tableStage(String written, Map<String, ? extends Map<String, ?>> columns) {
        io.github.jixiao.model.Stage s = io.github.jixiao.model.Stage.fromLabel(written);
        if (s != null || columns == null) {
            return s;
        }
        for (Map.Entry<String, ? extends Map<String, ?>> e : columns.entrySet()) {
            if (!e.getKey().endsWith("indicators.json#/indicators") || e.getValue() == null) {
                continue;
            }
            Map<String, ?> c = e.getValue();
            return c.containsKey("likelihood") || c.containsKey("forecast") ? io.github.jixiao.model.Stage.MONITORING
                    : c.containsKey("actual") || c.containsKey("score") ? io.github.jixiao.model.Stage.SELF_EVALUATION
                    : io.github.jixiao.model.Stage.TARGETS;
        }
        return null;
    }

    /** Whether the submission was imported (any sidecar read). */
    public boolean any() {
        return !sidecars.isEmpty();
    }

    /** The sidecars of {@code submissionDir} and of its folders (one per project of a workbook). */
    public static Imported read(Path project, Path submissionDir) {
        return read(project, submissionDir, new JsonNode[1]);
    }

    /**
     * As {@link #read(Path, Path)}; the tree of {@code submissionDir}'s own sidecar (if read) is put in {@code own[0]}
     * for the engine's reading of it ({@link ImportedCells#of}), so that no file is read twice.
     */
    static Imported read(Path project, Path submissionDir, JsonNode[] own) {
        if (submissionDir == null || !Files.isDirectory(submissionDir)) {
            return NONE;
        }
        List<Path> found;
        try (Stream<Path> s = Files.walk(submissionDir, 2)) {
            found = s.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(ImportedCells.SIDECAR)).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        // the folder's own sidecar (what the engine reads of the blank and unreadable cells) always, then the others in
        // the order of their paths up to the cap; those read are kept in the order of their paths
        Path mine = submissionDir.resolve(ImportedCells.SIDECAR);
        java.util.Set<Path> read = new java.util.HashSet<>();
        if (found.contains(mine)) {
            read.add(mine);
        }
        Path first = null;
        for (Path p : found) {
            if (read.size() < MAX_SIDECARS) {
                read.add(p);
            } else if (!read.contains(p) && first == null) {
                first = p;
            }
        }
        Over over = first == null ? null : new Over(found.size(), Confinement.relative(project, first));
        List<Sidecar> out = new ArrayList<>();
        for (Path p : found) {
            if (!read.contains(p)) {
                continue;
            }
            JsonNode root = tree(project, p);
            if (root == null) {
                continue;
            }
            if (p.getParent().equals(submissionDir)) {
                own[0] = root;
            }
            out.add(sidecar(Confinement.relative(project, p.getParent()), root));
        }
        return out.isEmpty() && over == null ? NONE : new Imported(out, over);
    }

    /** The sidecar's tree: a regular file (no link), inside the project, at most {@link #MAX_BYTES}; else null. */
    private static JsonNode tree(Path project, Path p) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !Confinement.inside(project, p)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            byte[] b = in.readNBytes((int) MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                return null;
            }
            JsonNode root = io.github.jixiao.load.TreeReader.read(b);
            return root != null && root.isObject() ? root : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Sidecar sidecar(String folder, JsonNode root) {
        JsonNode wb = root.get("workbook");
        JsonNode type = root.get("type");
        Map<String, String> cells = new LinkedHashMap<>();
        JsonNode map = root.get("cells");
        if (map != null && map.isObject()) {
            for (Map.Entry<String, JsonNode> e : map.properties()) {
                if (e.getValue().isString()) {
                    cells.put(e.getKey(), cut(e.getValue().asString()));
                }
            }
        }
        // each list's column headings ({"submission/indicators.json#/indicators": {"target": "年度指标值", …}})
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        JsonNode cols = root.get("columns");
        if (cols != null && cols.isObject()) {
            java.util.Set<String> files = new java.util.HashSet<>();
            for (Map.Entry<String, JsonNode> e : cols.properties()) {
                int hash = e.getKey().indexOf('#');
                if (hash <= 0 || !e.getValue().isObject() || files.size() >= MAX_LISTS) {
                    continue;
                }
                files.add(e.getKey().substring(0, hash));
                Map<String, String> h = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> c : e.getValue().properties()) {
                    if (c.getValue().isString() && h.size() < MAX_LISTS && c.getKey().length() <= 40) {
                        h.put(c.getKey(), cut(c.getValue().asString()));
                    }
                }
                columns.put(e.getKey(), h);
            }
        }
        JsonNode stage = root.get("stage");
        return new Sidecar(folder, wb != null && wb.isString() ? wb.asString() : null,
                type != null && type.isString() ? type.asString() : null, cells, columns,
                tableStage(stage != null && stage.isString() ? stage.asString() : null, columns), false);
    }

    /** {@code s} to its first {@link #MAX_TEXT} code points. */
    private static String cut(String s) {
        return s.length() <= MAX_TEXT || s.codePointCount(0, s.length()) <= MAX_TEXT ? s
                : s.substring(0, s.offsetByCodePoints(0, MAX_TEXT));
    }
}
