package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The page of {@code mvn site} ({@code jixiao.html}): the reviewer's page, or the findings when nothing was scored. */
public final class SiteReport {
    private SiteReport() {
    }

    public static void write(Path file, EngineResult result, Map<Finding, String> suppressed, Messages m, ReportMeta meta)
            throws IOException {
        AtomicFiles.write(file, render(result, suppressed, m, meta));
    }

    /** As above; findings in the baseline are marked and left out of the verdict's counts. */
    public static void write(Path file, EngineResult result, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                             Messages m, ReportMeta meta) throws IOException {
        write(file, result, suppressed, baselined, Map.of(), m, meta);
    }

    /** As above; findings the baseline holds at a lower severity ({@code raised}) count, and are tagged so. */
    public static void write(Path file, EngineResult result, Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                             Map<Finding, io.github.jixiao.finding.Severity> raised, Messages m, ReportMeta meta) throws IOException {
        StringBuilder sb = new StringBuilder(64 * 1024);
        ScoreSummaryHtml.render(sb, result, suppressed, baselined, raised, m, meta, Cells.none());
        AtomicFiles.write(file, sb.toString());
    }

    static String render(EngineResult result, Map<Finding, String> suppressed, Messages m, ReportMeta meta) {
        return ScoreSummaryHtml.render(result, suppressed, m, meta);
    }
}
