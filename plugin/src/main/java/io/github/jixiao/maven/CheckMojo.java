package io.github.jixiao.maven;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Validates, lints and scores the submission, writes the reports to {@code target/jixiao/}, attaches the
 * score summary, and fails the build on violations. A thin adapter over {@link Engine}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    /** Skip jixiao entirely. */
    @Parameter(property = "jixiao.skip", defaultValue = "false")
    private boolean skip;

    /** The folder of the submission's JSON files. */
    @Parameter(property = "jixiao.submissionDirectory", defaultValue = "${project.basedir}/submission")
    private File submissionDirectory;

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

    /** Language of messages and reports: {@code zh-CN} (default) or {@code en}. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh-CN")
    private String locale;

    /** Where the reports are written. */
    @Parameter(property = "jixiao.outputDirectory", defaultValue = "${project.build.directory}/jixiao")
    private File outputDirectory;

    /** A framework id, or a project-relative framework file, overriding the one the submission names. */
    @Parameter(property = "jixiao.framework")
    private String framework;

    /** Files to check, as globs relative to the submission folder. */
    @Parameter(property = "jixiao.includes")
    private List<String> includes;

    /** Files to leave out, as globs relative to the submission folder. */
    @Parameter(property = "jixiao.excludes")
    private List<String> excludes;

    /** Suppressions file; each entry needs a reason. */
    @Parameter(property = "jixiao.suppressionsFile", defaultValue = "${project.basedir}/jixiao-suppressions.json")
    private File suppressionsFile;

    /** Baseline file written by {@code jixiao:baseline}. */
    @Parameter(property = "jixiao.baselineFile", defaultValue = "${project.basedir}/jixiao-baseline.json")
    private File baselineFile;

    /** The build's reproducible timestamp; reports print it instead of the clock. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        Messages messages = new Messages(Messages.parseLocale(locale));
        if (skip) {
            log.info(messages.label("console.skip"));
            return;
        }
        Severity threshold = Severity.parse(violationSeverity);
        if (threshold == null) {
            throw new MojoExecutionException("jixiao.violationSeverity must be error, warning or info, not '" + violationSeverity + "'");
        }
        Path projectDir = project.getBasedir().toPath();
        EngineResult result = new Engine().run(new EngineOptions(projectDir, submissionDirectory.toPath(), includes, excludes, framework));
        Map<Finding, String> suppressed = Map.of();

        Path out = outputDirectory.toPath();
        try {
            ReportWriter.write(out, result, suppressed, messages, ReportMeta.of(outputTimestamp));
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label("console.processing", e.getMessage()), e);
        }
        Path summary = out.resolve(ReportWriter.SUMMARY_JSON);
        if (result.sheet() != null && summary.toFile().isFile()) {
            projectHelper.attachArtifact(project, "json", "score-summary", summary.toFile());
        }

        if (logViolationsToConsole) {
            for (ConsoleReport.Line line : ConsoleReport.render(result.findings(), result.sheet(), messages, result.files().size())) {
                switch (line.level()) {
                    case ERROR -> log.error(line.text());
                    case WARNING -> log.warn(line.text());
                    default -> log.info(line.text());
                }
            }
        } else if (result.sheet() != null) {
            ConsoleReport.scoreLines(result.sheet(), messages).forEach(l -> log.info(l.text()));
        }
        log.info(messages.label("console.reports", out));

        long violations = result.findings().stream()
                .filter(f -> !suppressed.containsKey(f))
                .filter(f -> f.severity().atLeast(threshold)).count();
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException(messages.label("console.failed", violations,
                    messages.label("severity." + threshold.id()), maxAllowedViolations, out.resolve(ReportWriter.FINDINGS_JSON)));
        }
    }
}
