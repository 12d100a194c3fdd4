package io.github.jixiao.review;

import io.github.jixiao.report.ReportModel;
import java.nio.file.Files;
import java.nio.file.Path;

/** The diff tests' reports: a findings.json or score-summary.json written as given into a temporary folder and read back. */
final class ReportFiles {
    private ReportFiles() {
    }

    static <T> T read(Path dir, String json, Class<T> type) throws Exception {
        Path f = Files.createTempFile(dir, "r", ".json");
        Files.writeString(f, json);
        return ReportModel.read(f, type);
    }
}
