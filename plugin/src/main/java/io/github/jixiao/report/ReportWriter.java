package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes every report of a run into one folder, each file atomically. */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static final String FINDINGS_JSON = "findings.json";
    public static final String FINDINGS_SARIF = "findings.sarif";
    public static final String SUMMARY_JSON = "score-summary.json";
    public static final String SUMMARY_MD = "score-summary.md";
    public static final String SUMMARY_HTML = "score-summary.html";

    /**
     * @param suppressions for each suppressed finding, its reason (kept in SARIF, left out of findings.json's
     *                     failing list but listed with {@code suppressed})
     */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressions,
                                   Messages messages, ReportMeta meta) throws IOException {
        return write(outDir, result, suppressions, messages, meta, Snippets.none());
    }

    /** As above; {@code snippets} gives SARIF results the lines they point at (from the project's files). */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressions,
                                   Messages messages, ReportMeta meta, Snippets snippets) throws IOException {
        return write(outDir, result, suppressions, messages, meta, snippets, Cells.none());
    }

    /** As above; {@code cells} names the workbook cell of each finding on imported data (jixiao:import's sidecar). */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressions,
                                   Messages messages, ReportMeta meta, Snippets snippets, Cells cells) throws IOException {
        return write(outDir, result, suppressions, messages, meta, snippets, cells, ReportFormats.standard());
    }

    /**
     * As above, the optional reports only as {@code formats} asks ({@code findings.json} always, and
     * {@code score-summary.json} whenever there is a score). A report this run does not write is deleted from {@code outDir}, so that an
     * earlier run's file cannot pass for this run's (diff, aggregate, install read the folder).
     */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressions,
                                   Messages messages, ReportMeta meta, Snippets snippets, Cells cells,
                                   ReportFormats formats) throws IOException {
        return write(outDir, result, suppressions, messages, meta, snippets, cells, formats, "");
    }

    /**
     * As above; {@code repositoryPrefix} is the project's folder in its repository ({@code "dept-a/"}, or {@code ""} at
     * the root), which SARIF and GitLab's Code Quality report put before each file ({@link CodeQuality#prefix}).
     */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressions,
                                   Messages messages, ReportMeta meta, Snippets snippets, Cells cells,
                                   ReportFormats formats, String repositoryPrefix) throws IOException {
        return write(outDir, result, suppressions, java.util.Set.of(), messages, meta, snippets, cells, formats, repositoryPrefix);
    }

    /**
     * As above; {@code baselined} are the findings jixiao-baseline.json holds (the review's, by identity). They stay in
     * every report, marked: findings.json {@code "baselined": true}, SARIF {@code baselineState: "unchanged"} (and
     * {@code "new"} on every other result of a run compared to a baseline), a tag on the page, the Markdown and the
     * workbook; and, as suppressed ones, they are left out of the verdict's counts and of GitLab's Code Quality report.
     */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressions,
                                   java.util.Set<Finding> baselined, Messages messages, ReportMeta meta, Snippets snippets,
                                   Cells cells, ReportFormats formats, String repositoryPrefix) throws IOException {
        return write(outDir, result, suppressions, baselined, Map.of(), messages, meta, snippets, cells, formats, repositoryPrefix);
    }

    /**
     * As above; {@code raised} are the findings the baseline holds at a lower severity than this run's (with that
     * severity): not baselined, they count; findings.json says {@code "baselineSeverity"}, SARIF
     * {@code baselineState: "updated"}, the workbook tags them.
     */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressions,
                                   java.util.Set<Finding> baselined, Map<Finding, io.github.jixiao.finding.Severity> raised,
                                   Messages messages, ReportMeta meta, Snippets snippets,
                                   Cells cells, ReportFormats formats, String repositoryPrefix) throws IOException {
        // each finding's text made once for the six files; a Word document's cells named in the report's language
        messages = messages.forResult(result).withCells(cells).remembering();
        Messages shown = messages;
        List<Path> written = new ArrayList<>();
        ReportModel.FindingsDocument head = head(result, messages, meta);
        Path fj = outDir.resolve(FINDINGS_JSON);
        AtomicFiles.write(fj, Json.content(FindingsJson.tree(result.findings(), messages, head, suppressions, baselined, raised, cells)));
        written.add(fj);

        if (formats.has(ReportFormats.Format.SARIF)) {
            List<Sarif.Entry> entries = new ArrayList<>();
            // a run compared to a baseline: some finding matched it, or an entry of it matched none (baseline-stale)
            boolean compared = !baselined.isEmpty() || !raised.isEmpty()
                    || result.findings().stream().anyMatch(f -> f.ruleId().equals("baseline-stale"));
            for (Finding f : result.findings()) {
                entries.add(new Sarif.Entry(f, suppressions.get(f), !compared ? null
                        : baselined.contains(f) ? Sarif.UNCHANGED : raised.containsKey(f) ? Sarif.UPDATED : Sarif.NEW));
            }
            Path sarif = outDir.resolve(FINDINGS_SARIF);
            AtomicFiles.write(sarif, Json.content(Sarif.tree(entries, messages, meta.pluginVersion(), snippets, cells, repositoryPrefix, meta)));
            written.add(sarif);
        }

        if (formats.has(ReportFormats.Format.CODEQUALITY)) {
            Path cq = outDir.resolve(CodeQuality.FILE);
            AtomicFiles.write(cq, Json.content(CodeQuality.tree(result.findings(), suppressions, baselined, messages, cells, repositoryPrefix)));
            written.add(cq);
        }

        written.addAll(ScoreSummary.write(outDir, result, suppressions, baselined, raised, messages, meta, cells, formats));
        if (formats.has(ReportFormats.Format.XLSX)) { // without a score: the indicators and the findings (ScoreSummaryXlsx)
            written.add(ScoreSummaryXlsx.write(outDir, result, messages, f -> cells.of(f, shown),
                    f -> raised.containsKey(f) && !suppressions.containsKey(f) ? ConsoleReport.raisedTag(f, raised.get(f), shown)
                            : ConsoleReport.tag(f, suppressions, baselined, shown, "", null), cells));
        }
        // a format not asked for, or no score this run: an earlier run's file must not pass for this one's (diff,
        // aggregate, install)
        for (ReportFormats.Format f : ReportFormats.Format.values()) {
            if (!formats.has(f)) {
                java.nio.file.Files.deleteIfExists(outDir.resolve(f.file()));
            }
        }
        if (result.sheet() == null) {
            java.nio.file.Files.deleteIfExists(outDir.resolve(SUMMARY_JSON));
        }
        return written;
    }

    /**
     * findings.json's head: the tool, the run, the department (and project), a monitoring submission's execution to
     * date, the rule configuration (no findings yet).
     */
    static ReportModel.FindingsDocument head(EngineResult result, Messages messages, ReportMeta meta) {
        return new ReportModel.FindingsDocument("jixiao", meta.pluginVersion(), meta.schemaVersion(),
                messages.english() ? "en" : "zh-CN", result.department(), result.project(), result.year(), result.stage(),
                Monitoring.record(result), result.files(), result.rules().describe(), List.of());
    }
}
