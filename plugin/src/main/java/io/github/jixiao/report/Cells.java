package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.Confinement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Where each value of an imported submission came from: the sidecar {@code .jixiao-cells} jixiao:import writes
 * beside the JSON files ({@code file#pointer} → {@code sheet!A1}, and the workbook). A finding on imported data
 * names the cell of its pointer, or of the nearest enclosing pointer that has one. A submission typed by hand has
 * no sidecar and no cells. The sidecar is the submitter's file like any other: read inside the project only,
 * bounded, and each cell name is cut short.
 */
public final class Cells {
    public static final String SIDECAR = ".jixiao-cells";
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Cells NONE = new Cells(Map.of(), Map.of());

    private final Map<String, String> cells;
    /** Project-relative folder of a sidecar → the workbook it was imported from. */
    private final Map<String, String> workbooks;

    private Cells(Map<String, String> cells, Map<String, String> workbooks) {
        this.cells = cells;
        this.workbooks = workbooks;
    }

    public static Cells none() {
        return NONE;
    }

    /** The sidecars in {@code submissionDir} and its folders (one per project of a workbook). */
    public static Cells load(Path project, Path submissionDir) {
        Map<String, String> cells = new HashMap<>();
        Map<String, String> workbooks = new HashMap<>();
        if (submissionDir == null || !Files.isDirectory(submissionDir)) {
            return NONE;
        }
        try (Stream<Path> s = Files.walk(submissionDir, 2)) {
            for (Path p : s.filter(p -> p.getFileName().toString().equals(SIDECAR)).sorted().toList()) {
                read(project, p, cells, workbooks);
            }
        } catch (IOException | RuntimeException e) {
            return cells.isEmpty() ? NONE : new Cells(cells, workbooks);
        }
        return cells.isEmpty() ? NONE : new Cells(cells, workbooks);
    }

    private static void read(Path project, Path p, Map<String, String> cells, Map<String, String> workbooks) {
        if (!Confinement.inside(project, p) || !Files.isRegularFile(p)) {
            return;
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes((int) MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                return;
            }
            JsonNode root = io.github.jixiao.load.TreeReader.read(b);
            if (root == null) {
                return;
            }
            String folder = Confinement.relative(project, p.getParent());
            JsonNode wb = root.get("workbook");
            if (wb != null && wb.isString()) {
                workbooks.put(folder, Escape.cut(wb.asString(), 300));
            }
            JsonNode map = root.get("cells");
            if (map != null && map.isObject()) {
                for (Map.Entry<String, JsonNode> e : map.properties()) {
                    if (e.getValue().isString()) {
                        cells.put(e.getKey(), Escape.cut(e.getValue().asString(), 80));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable sidecar names no cells; the findings keep their file and line
        }
    }

    /** The cell a finding's value came from ({@code 自评表!F12}), or null. */
    public String of(Finding f) {
        if (cells.isEmpty() || f.file().isEmpty()) {
            return null;
        }
        String ptr = f.pointer();
        while (true) {
            String c = cells.get(f.file() + "#" + ptr);
            if (c != null) {
                return c;
            }
            if (ptr.isEmpty()) {
                return null;
            }
            int slash = ptr.lastIndexOf('/');
            ptr = slash <= 0 ? "" : ptr.substring(0, slash);
        }
    }

    /** The workbook (project-relative) a finding's file was imported from, or null. */
    public String workbook(Finding f) {
        int slash = f.file().lastIndexOf('/');
        return workbooks.get(slash < 0 ? "" : f.file().substring(0, slash));
    }
}
