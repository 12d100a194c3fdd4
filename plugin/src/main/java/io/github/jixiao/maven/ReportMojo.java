package io.github.jixiao.maven;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.SiteReport;
import io.github.jixiao.review.Baseline;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.Suppressions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The jixiao page of a Maven site ({@code mvn site}, declared under {@code <reporting>}): {@code jixiao.html} in
 * the site folder, listed under "Project Reports" as maven-checkstyle-plugin and maven-pmd-plugin list theirs.
 * It is the reviewer's page ({@code score-summary.html}) of the submission: verdict, findings, 评分表 and charts,
 * self-contained (an external report: the page keeps its own stylesheet and prints on A4), or, when the submission
 * cannot be scored, its findings.
 *
 * <p>It implements maven-reporting-api's {@link MavenReport} itself rather than extending maven-reporting-impl's
 * {@code AbstractMavenReport}: an external report needs none of the site renderer that class brings, and that
 * library's dependencies (Doxia's site renderer and tools, Velocity, plexus-archiver) are components Maven binds in the
 * plugin's class realm whenever any jixiao goal runs, {@code check} in a department's build included (≈ 500 classes
 * loaded, about a second of CPU, for a page only {@code mvn site} writes; benchmark/README.md, issue 17).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class ReportMojo extends AbstractMojo implements MavenReport {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Where {@code jixiao:report} run on its own writes {@code jixiao.html} ({@code mvn site} sets its own folder). */
    @Parameter(defaultValue = "${project.build.directory}/reports", required = true)
    private File outputDirectory;

    /** The folder the site gives the report; null when the goal runs on its own. */
    private File reportOutputDirectory;

    /** Skip jixiao entirely. */
    @Parameter(property = "jixiao.skip", defaultValue = "false")
    private boolean skip;

    /** The folder of the submission's JSON files. */
    @Parameter(property = "jixiao.submissionDirectory", defaultValue = "${project.basedir}/submission")
    private File submissionDirectory;

    /** Language of the page: {@code zh-CN} (default) or {@code en}; the site's own locale does not change it. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh-CN")
    private String jixiaoLocale;

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

    /**
     * Per-rule severities and thresholds, as {@code check} takes them ({@code <rules><rule><id>…</id><severity>off</severity>
     * </rule></rules>}): the page shows the findings the build's check reports, not every rule at its default.
     */
    @Parameter
    private List<Rule> rules;

    /**
     * Where the organisation publishes jixiao's docs/rules.md, as {@code check} takes it: the page then links each
     * finding's rule to its entry there. Unset by default: the page names the rule without a link.
     */
    @Parameter(property = "jixiao.rulesUrl")
    private String rulesUrl;

    /** The build's reproducible timestamp; the page prints it instead of the clock. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /** {@code jixiao:report} on its own: the page, in {@link #outputDirectory}, as {@code mvn site} would write it. */
    @Override
    public void execute() throws MojoExecutionException {
        try {
            if (!canGenerateReport()) {
                getLog().info(AbstractJixiaoMojo.messages(jixiaoLocale).label("site.skipped", AbstractJixiaoMojo.shown(submissionDirectory)));
                return;
            }
            executeReport();
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Called by {@code mvn site}: an external report writes its page itself; the site's sink is left empty. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        executeReport();
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

    @Override
    public String getOutputName() {
        return "jixiao";
    }

    @Override
    public String getName(Locale locale) {
        return "jixiao";
    }

    /**
     * The line the site's Project Reports page gives the page: in the page's language ({@code jixiao.locale}), not the
     * site's, so that a Chinese site does not describe a Chinese page in English; the site's when jixiao.locale is not
     * one jixiao supports (the page itself then fails with the configuration error).
     */
    @Override
    public String getDescription(Locale locale) {
        Locale page;
        try {
            page = Messages.parseLocale(jixiaoLocale);
        } catch (IllegalArgumentException e) {
            page = locale;
        }
        return "zh".equals(page == null ? "" : page.getLanguage())
                ? "预算绩效申报的校验、问题与评分表（jixiao）"
                : "Validation, findings and score sheet of the budget-performance submission (jixiao)";
    }

    /** The page is written whole by jixiao, with its own stylesheet, not through the site's skin. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && submissionDirectory != null && submissionDirectory.isDirectory();
    }

    private void executeReport() throws MavenReportException {
        Messages messages;
        io.github.jixiao.lint.RuleConfig config;
        try {
            messages = AbstractJixiaoMojo.messages(jixiaoLocale);
            config = AbstractJixiaoMojo.ruleConfig(rules, messages);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage());
        }
        Path out;
        try {
            // the page's folder (this goal's, or the one the site gives it) confined as check's reports are, before any
            // work: a build directory planted with a link (target/reports → a folder elsewhere) is not written through
            out = AbstractJixiaoMojo.confinedOutput(project, getReportOutputDirectory(), messages).resolve(getOutputName() + ".html");
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage());
        }
        Path dir = project.getBasedir().toPath().toAbsolutePath().normalize();
        EngineResult result = new Engine().run(new EngineOptions(dir, submissionDirectory.toPath(), includes, excludes, framework,
                config, messages.locale()));
        Suppressions sup = Suppressions.load(dir, suppressionsFile == null ? null : suppressionsFile.toPath());
        Baseline base = baselineFile != null ? Baseline.load(dir, baselineFile.toPath()) : Baseline.none();
        Review review = Review.of(result.findings(), sup, base, result.rules());
        EngineResult reviewed = review.applyTo(result); // its findings, and a grade doubt a suppression explains (session 58)
        try {
            SiteReport.write(out, reviewed, review.suppressed(), review.baselined(), review.raised(), messages,
                    AbstractJixiaoMojo.reportMeta(outputTimestamp, rulesUrl, messages, getLog()));
        } catch (IOException e) {
            throw new MavenReportException(messages.label("console.processing", AbstractJixiaoMojo.failure(e)), e);
        }
        getLog().info(messages.label("site.written", AbstractJixiaoMojo.shown(out)));
    }
}
