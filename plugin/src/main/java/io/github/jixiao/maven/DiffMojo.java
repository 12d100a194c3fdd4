package io.github.jixiao.maven;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.Escape;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.ScoreDiff;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares this build's score summary with an earlier one ({@code -Djixiao.baseSummary=<score-summary.json>})
 * and writes {@code diff.md} (for a pull-request comment) and {@code diff.json}. Findings are compared too
 * when a {@code findings.json} sits beside the base summary. Fails safe: the old {@code diff.md} and
 * {@code diff.json} are deleted before anything else, so a failed run leaves none for a later step to post, and a
 * missing or malformed base is a configuration error naming the file. In a reactor it runs once per department
 * ({@code mvn -pl <department> jixiao:diff}, one {@code baseSummary} each), from the root: run from a department's
 * folder, the reports it writes again name the files from there, and it warns when findings.sarif's names moved so.
 */
@Mojo(name = "diff", threadSafe = true)
public final class DiffMojo extends AbstractJixiaoMojo {

    static final String DIFF_MD = "diff.md";
    static final String DIFF_JSON = "diff.json";

    /** The earlier build's score-summary.json. */
    @Parameter(property = "jixiao.baseSummary", required = true)
    private File baseSummary;

    /**
     * The repository's web address (e.g. {@code https://github.com/org/repo}): diff.md then links each finding to
     * its file and line. Default: from the CI (GitHub Actions' {@code GITHUB_SERVER_URL}/{@code GITHUB_REPOSITORY}).
     */
    @Parameter(property = "jixiao.repositoryUrl")
    private String repositoryUrl;

    /** The revision the links point at. Default: GitHub Actions' {@code GITHUB_SHA}. */
    @Parameter(property = "jixiao.revision")
    private String revision;

    @Override
    public void execute() throws MojoExecutionException {
        Messages messages = messages();
        // confined before anything is deleted: a build directory planted with a link out of the project (target/jixiao
        // → a folder elsewhere) must not have this goal delete that folder's diff.md and diff.json
        Path out = confinedOutput(project, outputDirectory, messages);
        try {
            // a stale or planted diff must not survive this run, whatever happens next
            Files.deleteIfExists(out.resolve(DIFF_MD));
            Files.deleteIfExists(out.resolve(DIFF_JSON));
        } catch (IOException e) {
            throw new MojoExecutionException("jixiao: " + Escape.value(e.getMessage()), e);
        }
        if (skip) {
            getLog().info(messages.label("console.skip"));
            return;
        }
        if (skippedAsReactorRoot("jixiao:diff", messages)) {
            return;
        }
        if (baseSummary == null || !baseSummary.isFile()) {
            // a build's reports without a score (目标申报, 运行监控, or not scorable): not a missing property
            boolean unscored = baseSummary != null
                    && Files.isRegularFile(baseSummary.toPath().resolveSibling(ReportWriter.FINDINGS_JSON), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            throw new MojoExecutionException(messages.label(unscored ? "diff.baseUnscored" : "diff.missingBase", shown(baseSummary)));
        }
        SummaryDocument base = readSummary(baseSummary.toPath(), messages, "diff.malformedBase");
        Path baseFindingsFile = baseSummary.toPath().resolveSibling(ReportWriter.FINDINGS_JSON);
        FindingsDocument baseFindings = Files.isRegularFile(baseFindingsFile) ? readFindings(baseFindingsFile, messages) : null;

        EngineResult result = runEngine();
        Review review = review(result, true);
        Path sarif = out.resolve(ReportWriter.FINDINGS_SARIF);
        java.util.Set<String> urisBefore = sarifUris(sarif);
        writeReports(result, review, messages);
        String[] moved = movedUri(urisBefore, sarifUris(sarif));
        if (moved != null) { // run from another folder than the check (a department's, not the reactor's): say so
            getLog().warn(Escape.console(messages.label("diff.sarifRoot", path(moved[0]), path(moved[1]))));
        }
        Path currentFile = out.resolve(ReportWriter.SUMMARY_JSON);
        if (!Files.isRegularFile(currentFile)) {
            if (result.sheet() == null) { // nothing scored: said as the check says it, with what diff is for
                throw new MojoExecutionException(messages.label("diff.currentUnscored",
                        io.github.jixiao.report.ConsoleReport.notScored(result, messages.forResult(result))));
            }
            throw new MojoExecutionException(messages.label("console.processing", shown(currentFile)));
        }
        SummaryDocument current = readSummary(currentFile, messages, "diff.malformedBase");
        FindingsDocument currentFindings = readFindings(out.resolve(ReportWriter.FINDINGS_JSON), messages);
        ScoreDiff.Result diff = ScoreDiff.compare(base, current, baseFindings, currentFindings);
        String baseWho = who(base);
        String currentWho = who(current);
        if (baseWho != null && currentWho != null && !baseWho.equals(currentWho)) {
            // compared all the same (a department may rename itself), but a reviewer must not read it as this one's change
            getLog().warn(Escape.console(messages.label("diff.otherSubmission", baseSummary,
                    Escape.value(baseWho), Escape.value(currentWho))));
        }
        // files named from the repository's root, as SARIF names them: a department of a reactor gets its folder first
        ScoreDiff.Links links = ScoreDiff.Links.of(repositoryUrl, revision, System.getenv()).withPrefix(repositoryFolder());
        // the names the framework this run scored against gives in the report's language (its own English, a project
        // file's included); the built-in framework of the summary's id when the run could not score
        Messages m = messages.forResult(result).withCells(cells(result)); // a Word document's cells in English too
        FrameworkNames names = result.sheet() != null ? FrameworkNames.of(result.sheet(), m) : FrameworkNames.of(current.frameworkId(), m);
        try {
            AtomicFiles.write(out.resolve(DIFF_MD), ScoreDiff.markdown(diff, m, links, names, currentWho));
            AtomicFiles.write(out.resolve(DIFF_JSON), ScoreDiff.json(diff));
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label("console.processing", Escape.value(e.getMessage())), e);
        }
        for (String line : ScoreDiff.movedLines(diff, m, names)) {
            getLog().info(line);
        }
        for (String line : ScoreDiff.console(diff, messages, out.resolve(DIFF_MD))) { // 复核分 and 指标方向 changes, if any
            getLog().info(line);
        }
        // the findings new (a severity raised among them) and resolved, where the base's findings.json was there
        io.github.jixiao.report.ConsoleReport.Line found = ScoreDiff.findingsLine(diff, messages, out.resolve(DIFF_MD));
        if (found != null) {
            logLines(java.util.List.of(found));
        }
        io.github.jixiao.report.ConsoleReport.Line waived = ScoreDiff.suppressedLine(diff, messages, out.resolve(DIFF_MD));
        if (waived != null) { // suppressed now, open before: the pull request's suppressions, with their reasons in diff.md
            logLines(java.util.List.of(waived));
        }
        io.github.jixiao.report.ConsoleReport.Line unwaived = ScoreDiff.unsuppressedLine(diff, messages, out.resolve(DIFF_MD));
        if (unwaived != null) { // suppressed before, open now: a suppression the change removed, the finding counts again
            logLines(java.util.List.of(unwaived));
        }
        io.github.jixiao.report.ConsoleReport.Line left = ScoreDiff.leftBaselineLine(diff, messages, out.resolve(DIFF_MD));
        if (left != null) { // changed, not new, but counted by the check now: the baseline no longer holds them
            logLines(java.util.List.of(left));
        }
        // a side with nothing scorable (its criteria weigh 0 points: t44, t98) said "不计分", and no change (since session 56)
        String notScorable = messages.label("summary.notScorable");
        boolean none = ScoreDiff.nothingScorableBefore(diff) || ScoreDiff.nothingScorableAfter(diff);
        getLog().info(messages.label("diff.written", ScoreDiff.nothingScorableBefore(diff) ? notScorable : diff.totalBefore().toPlainString(),
                ScoreDiff.nothingScorableAfter(diff) ? notScorable : diff.totalAfter().toPlainString(),
                none ? "—" : ScoreDiff.signed(diff.delta()), shown(out.resolve(DIFF_MD))));
    }

    /** How large a findings.sarif this goal reads back to compare its file names (one a check wrote: far smaller). */
    static final long SARIF_MAX = 64L << 20;

    /**
     * The file names (artifactLocation uri) of findings.sarif's results, at most 10,000; none when there is no such
     * file, it is larger than {@link #SARIF_MAX} or cannot be read.
     */
    static java.util.Set<String> sarifUris(Path file) {
        java.util.Set<String> uris = new java.util.LinkedHashSet<>();
        try {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(file) > SARIF_MAX) {
                return uris;
            }
            tools.jackson.databind.JsonNode root = io.github.jixiao.report.Json.mapper().readTree(Files.readAllBytes(file));
            for (tools.jackson.databind.JsonNode run : root.path("runs")) {
                for (tools.jackson.databind.JsonNode r : run.path("results")) {
                    String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asString("");
                    if (!uri.isEmpty() && uris.size() < 10_000) {
                        uris.add(uri);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            uris.clear(); // not one this plugin can read back: nothing to compare
        }
        return uris;
    }

    /**
     * A file named one way in the earlier findings.sarif and another now, the one name ending with "/" and the other
     * ({@code futian/submission/indicators.json} then, {@code submission/indicators.json} now): {before, after}, or
     * null when no name moved so.
     */
    static String[] movedUri(java.util.Set<String> before, java.util.Set<String> after) {
        java.util.Map<String, String> bySuffix = new java.util.HashMap<>();
        for (String b : before) {
            if (!after.contains(b)) {
                bySuffix.putIfAbsent(b, b);
            }
        }
        for (String a : after) {
            if (before.contains(a)) {
                continue;
            }
            for (String b : bySuffix.keySet()) {
                if (b.endsWith("/" + a) || a.endsWith("/" + b)) {
                    return new String[] {b, a};
                }
            }
        }
        return null;
    }

    /**
     * A findings.sarif URI as the warning shows it: the path it encodes (深圳/福田区/submission/…, where the URI has
     * %E6%B7%B1…) and whole, the folder it starts with being what the reviewer must see (before session 36: the URI as
     * written, cut at 200 characters, a Chinese folder's name unreadable and the file's cut off). Cut only beyond 4,096
     * characters, longer than any path a file system gives (the earlier file may have been written by anything); a URI
     * that is no percent-encoded UTF-8 is shown as written.
     */
    static String path(String uri) {
        return Escape.cut(Escape.uriPath(uri), 4096);
    }

    /** The department (and project) a summary is of, as the console names it: 某局 · 某项目; null when it names none. */
    private static String who(SummaryDocument d) {
        if (d.department() == null || d.department().isBlank()) {
            return null;
        }
        return d.project() == null || d.project().isBlank() ? d.department() : d.department() + " · " + d.project();
    }

    private static SummaryDocument readSummary(Path file, Messages messages, String key) throws MojoExecutionException {
        try {
            SummaryDocument d = ReportModel.read(file, SummaryDocument.class);
            if (d.total() == null || d.criteria().isEmpty()) {
                throw new MojoExecutionException(messages.label(key, shown(file),
                        messages.label("diff.noField", d.total() == null ? "total" : "criteria")));
            }
            return d;
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label(key, shown(file), detail(e, messages)));
        }
    }

    private static FindingsDocument readFindings(Path file, Messages messages) throws MojoExecutionException {
        try {
            return ReportModel.read(file, FindingsDocument.class);
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label("diff.malformedFindings", shown(file), detail(e, messages)));
        }
    }

    private static String detail(IOException e, Messages messages) {
        if (e instanceof ReportModel.MalformedReportException m) {
            return m.detail(messages); // line and column, never the text found there
        }
        return Escape.value(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
