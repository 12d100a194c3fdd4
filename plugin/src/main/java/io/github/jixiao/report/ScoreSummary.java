package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** score-summary.json, .md and .html. */
public final class ScoreSummary {
    private ScoreSummary() {
    }

    public static List<Path> write(Path outDir, EngineResult result, Messages messages, ReportMeta meta) throws IOException {
        return List.of();
    }
}
