package io.github.jixiao.engine;

import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Submission;
import java.util.Map;

/**
 * Where the figures a score was computed from sit in the submission's files, for the reports' 所用数据: a reference
 * {@code role#/pointer} ({@code budget#/procurement/actual}) → its file, line and column. Looked up only when a
 * report renders the figure, from the location tables the loader already built (each node's line and byte column,
 * the file's {@link io.github.jixiao.load.Columns}): the check itself pays nothing for it (issue 17). Each reference is
 * looked up once per result and remembered ({@link #of}): the page, the Markdown, score-summary.json and the workbook
 * each name every figure's place, and before session 43 each looked it up again in the file's tree.
 */
public final class Places {
    public static final Places NONE = new Places(Map.of());

    private final Map<String, JsonDocument> byRole;

    /**
     * Each reference looked up, with its location ({@link Src#NONE} for none): shared by the reports of the result (and
     * of its copies with other findings, {@link EngineResult#withFindings}), which may be written on several threads.
     * Bounded by the figures of one score sheet (a few per criterion and indicator row).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Src> memo = new java.util.concurrent.ConcurrentHashMap<>();

    Places(Map<String, JsonDocument> byRole) {
        this.byRole = byRole == null ? Map.of() : byRole;
    }

    /**
     * The location of the value at {@code ref}, or null when it is not in a file read (a reference to a file not
     * submitted, a figure derived, no such value): a report then shows the reference as it is. Looked up in the file's
     * tree the first time a report asks for it, remembered after: the same {@link Src} for every report.
     */
    public Src of(String ref) {
        if (ref == null || ref.indexOf('#') <= 0 || byRole.isEmpty()) {
            return null;
        }
        Src s = memo.computeIfAbsent(ref, r -> {
            Src found = lookUp(r);
            return found == null ? Src.NONE : found;
        });
        return s == Src.NONE ? null : s;
    }

    private Src lookUp(String ref) {
        String[] rp = Submission.splitRef(ref);
        JsonDocument d = byRole.get(rp[0]);
        if (d == null || rp[1].isEmpty() || !rp[1].startsWith("/")) {
            return null;
        }
        try {
            tools.jackson.databind.JsonNode n = d.at(rp[1]);
            if (n == null || n.isMissingNode()) {
                return null;
            }
            Src s = d.src(n, rp[1]);
            return s.line() > 0 ? s : null;
        } catch (IllegalArgumentException e) { // a framework's pointer that is none
            return null;
        }
    }
}
