package io.github.jixiao.maven;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.review.Baseline;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.Suppressions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Parameters and steps the goals share. The mojos only adapt Maven to the engine. */
abstract class AbstractJixiaoMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Skip jixiao entirely. */
    @Parameter(property = "jixiao.skip", defaultValue = "false")
    protected boolean skip;

    /** The folder of the submission's JSON files. */
    @Parameter(property = "jixiao.submissionDirectory", defaultValue = "${project.basedir}/submission")
    protected File submissionDirectory;

    /** Language of messages and reports: {@code zh-CN} (default) or {@code en}. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh-CN")
    protected String locale;

    /** Where the reports are written. */
    @Parameter(property = "jixiao.outputDirectory", defaultValue = "${project.build.directory}/jixiao")
    protected File outputDirectory;

    /** A framework id, or a project-relative framework file, overriding the one the submission names. */
    @Parameter(property = "jixiao.framework")
    protected String framework;

    /** Files to check, as globs relative to the submission folder. */
    @Parameter(property = "jixiao.includes")
    protected List<String> includes;

    /** Files to leave out, as globs relative to the submission folder. */
    @Parameter(property = "jixiao.excludes")
    protected List<String> excludes;

    /** Suppressions file; each entry needs a reason. */
    @Parameter(property = "jixiao.suppressionsFile", defaultValue = "${project.basedir}/jixiao-suppressions.json")
    protected File suppressionsFile;

    /** Baseline file written by {@code jixiao:baseline}. */
    @Parameter(property = "jixiao.baselineFile", defaultValue = "${project.basedir}/jixiao-baseline.json")
    protected File baselineFile;

    /** The build's reproducible timestamp; reports print it instead of the clock. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /** The reports' language; an unsupported {@code jixiao.locale} is a configuration error naming zh-CN and en. */
    protected Messages messages() throws MojoExecutionException {
        return messages(locale);
    }

    static Messages messages(String locale) throws MojoExecutionException {
        try {
            return new Messages(Messages.parseLocale(locale));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    protected Path projectDir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    protected EngineResult runEngine() {
        return new Engine().run(new EngineOptions(projectDir(), submissionDirectory.toPath(), includes, excludes, framework));
    }

    protected Review review(EngineResult result, boolean withBaseline) {
        Path dir = projectDir();
        Suppressions sup = Suppressions.load(suppressionsFile == null ? null : suppressionsFile.toPath(),
                suppressionsFile == null ? "" : Engine.relative(dir, suppressionsFile.toPath()));
        Baseline base = withBaseline && baselineFile != null
                ? Baseline.load(baselineFile.toPath(), Engine.relative(dir, baselineFile.toPath())) : Baseline.none();
        return Review.of(result.findings(), sup, base);
    }

    /** Writes every report; an I/O failure is a processing error, reported apart from violations. */
    protected void writeReports(EngineResult result, Review review, Messages messages) throws MojoExecutionException {
        EngineResult reviewed = new EngineResult(review.findings(), result.sheet(), result.department(), result.year(),
                result.stage(), result.kind(), result.files());
        try {
            ReportWriter.write(outputDirectory.toPath(), reviewed, review.suppressed(), messages, ReportMeta.of(outputTimestamp),
                    io.github.jixiao.report.Snippets.of(projectDir()));
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label("console.processing", e.getMessage()), e);
        }
    }

    protected void logLines(List<ConsoleReport.Line> lines) {
        Log log = getLog();
        for (ConsoleReport.Line line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
    }
}
