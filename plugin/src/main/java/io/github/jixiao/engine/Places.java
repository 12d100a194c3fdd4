package io.github.jixiao.engine;

import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Submission;
import java.util.Map;

/**
 * Where the figures a score was computed from sit in the submission's files, for the reports' 所用数据: a reference
 * {@code role#/pointer} ({@code budget#/procurement/actual}) → its file, line and column. Looked up only when a
 * report renders the figure, from the location tables the loader already built (each node's line and byte column,
 * the file's {@link io.github.jixiao.load.Columns}): the check itself pays nothing for it (issue 17).
 */
public final class Places {
    public static final Places NONE = new Places(Map.of());

    private final Map<String, JsonDocument> byRole;

    Places(Map<String, JsonDocument> byRole) {
        this.byRole = byRole == null ? Map.of() : byRole;
    }

    /**
     * The location of the value at {@code ref}, or null when it is not in a file read (a reference to a file not
     * submitted, a figure derived, no such value): a report then shows the reference as it is.
     */
    public Src of(String ref) {
        if (ref == null || ref.indexOf('#') <= 0 || byRole.isEmpty()) {
            return null;
        }
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
