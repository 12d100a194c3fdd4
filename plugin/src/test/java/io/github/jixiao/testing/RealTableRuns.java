package io.github.jixiao.testing;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/** A real table (src/test/resources/real-tables) checked with its indicators edited, and its findings on some rows. */
public final class RealTableRuns {
    private RealTableRuns() {
    }

    /** Checks real table {@code table} as committed, read in place (the engine writes nothing). */
    public static EngineResult asFiled(String table) throws Exception {
        Path project = Path.of(RealTableRuns.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    /** Checks real table {@code table}, copied into {@code tmp} with {@code edit} applied to its indicators.json. */
    public static EngineResult run(Path tmp, String table, Consumer<ObjectNode> edit) throws Exception {
        Path project = tmp.resolve(table);
        Samples.copyTreeEditingIndicators(Path.of(RealTableRuns.class.getResource("/real-tables/" + table).toURI()),
                project, root -> edit.accept((ObjectNode) root));
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    /** The findings on indicator rows {@code rows} (by index): "pointer rule key [args]", sorted. */
    public static List<String> onRows(EngineResult r, String... rows) {
        return r.findings().stream()
                .filter(f -> Arrays.stream(rows).anyMatch(k -> f.pointer().equals("/indicators/" + k)
                        || f.pointer().startsWith("/indicators/" + k + "/")))
                .map(f -> f.pointer() + " " + f.ruleId() + " " + f.key() + " " + f.args())
                .sorted()
                .toList();
    }
}
