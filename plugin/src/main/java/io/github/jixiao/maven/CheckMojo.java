package io.github.jixiao.maven;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.review.Review;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Validates, lints and scores the submission, writes the reports to {@code target/jixiao/}, attaches the
 * score summary (classifier {@code score-summary}), and fails the build on violations.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractJixiaoMojo {

    @Component
    private MavenProjectHelper projectHelper;

    /** Fail the build when there are more violations than {@link #maxAllowedViolations}. */
    @Parameter(property = "jixiao.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The lowest severity that counts as a violation: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "jixiao.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "jixiao.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Print every finding on the console. */
    @Parameter(property = "jixiao.logViolationsToConsole", defaultValue = "true")
    private boolean logViolationsToConsole;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!skip) {
            Preload.start(); // the run's classes loaded on a second thread while this one works (a cold JVM's build)
        }
        GoalTime time = GoalTime.start(getLog().isDebugEnabled());
        Messages messages = messages();
        if (skip) {
            getLog().info(messages.label("console.skip"));
            return;
        }
        if (skippedAsReactorRoot("jixiao:check", messages)) {
            return;
        }
        Severity threshold = Severity.parse(violationSeverity);
        if (threshold == null) {
            throw new MojoExecutionException(messages.label("console.config.severity",
                    io.github.jixiao.load.SubmissionLoader.excerpt(String.valueOf(violationSeverity), 200)));
        }
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException(messages.label("console.config.maxAllowed", Integer.toString(maxAllowedViolations)));
        }
        reportFormats(messages); // a misspelt format fails before the work, as the settings above do
        EngineResult result = runEngine();
        nameLinesAfter(result);
        Review review = review(result, true);
        writeReports(result, review, messages);

        Path out = outputDirectory.toPath();
        Path summary = out.resolve(ReportWriter.SUMMARY_JSON);
        if (result.sheet() != null && summary.toFile().isFile()) {
            projectHelper.attachArtifact(project, "json", "score-summary", summary.toFile());
        }
        // findings first; the console ends with the total, the grade and the largest point losses
        // the page a person reads first, where it was written; the machine files after it
        boolean page = reportFormats(messages).has(io.github.jixiao.report.ReportFormats.Format.HTML);
        if (logViolationsToConsole) {
            logLines(ConsoleReport.findingLines(review.findings(), result.sheet(), messages.forResult(result), result.files().size(),
                    review.suppressed(), review.baselined(), review.raised(), cells(result), page ? out.resolve(ReportWriter.SUMMARY_HTML) : null,
                    out.resolve(ReportWriter.FINDINGS_JSON)));
        } else {
            // the findings are in the reports; the totals are still said
            logLines(java.util.List.of(ConsoleReport.summary(review.findings(), messages, result.files().size(),
                    review.suppressed(), review.baselined())));
            ConsoleReport.Line raised = ConsoleReport.raisedLine(review.findings(), review.suppressed(), review.raised(), messages);
            if (raised != null) {
                logLines(java.util.List.of(raised));
            }
        }
        // how many the suppressions and the baseline hold back, and of which severity, is said in the totals line itself
        info(messages.label("console.reports", shown(out)));
        if (result.department() != null) {
            logLines(java.util.List.of(ConsoleReport.subjectLine(result.department(), result.year(), result.project(), messages)));
        }
        if (result.sheet() != null) {
            // the sheet as the reports show it: a grade doubt a suppression explains is no longer 暂定 (session 58)
            logLines(ConsoleReport.scoreLines(review.applyTo(result).sheet(), messages));
        } else {
            logLines(ConsoleReport.unscoredLines(result, messages.forResult(result)));
        }

        time.log(getLog(), "jixiao:check");
        long violations = review.violations(threshold);
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException(messages.label(page ? "console.failed" : "console.failedNoPage", violations,
                    messages.label("severity." + threshold.id()), maxAllowedViolations, shown(out.resolve(ReportWriter.FINDINGS_JSON)),
                    shown(out.resolve(ReportWriter.SUMMARY_HTML))));
        }
    }
}
