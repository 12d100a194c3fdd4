package io.github.jixiao.maven;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.load.Confinement;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportFormats;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.review.Baseline;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.Suppressions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The projects of the build: more than one is a reactor, whose console lines name their department. */
    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    protected List<MavenProject> reactorProjects;

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

    /**
     * The reports to write besides {@code findings.json} and {@code score-summary.json} (always written): any of
     * {@code sarif}, {@code md}, {@code html}, {@code xlsx}, {@code codequality} (GitLab's Code Quality report),
     * separated by commas; {@code default} (the first four: the default), {@code all} or {@code none}. A report left
     * out is deleted from the output folder, so an earlier run's cannot pass for this one's.
     */
    @Parameter(property = "jixiao.formats", defaultValue = "default")
    protected String formats;

    /**
     * The repository's root folder, for GitLab's Code Quality report: GitLab links each finding's file from the
     * repository root, so a department that is a module of a reactor has its folder put before its files. By default
     * GitLab's checkout ({@code CI_PROJECT_DIR}) in a GitLab job, else the folder Maven takes for the root (the one
     * with {@code .mvn/}, else where it was started).
     */
    @Parameter(property = "jixiao.repositoryRoot")
    protected File repositoryRoot;

    /** The folder Maven takes for the root; {@link #repositoryRoot}'s fallback. Unset in some embedded set-ups. */
    @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
    protected File multiModuleProjectDirectory;

    /** Baseline file written by {@code jixiao:baseline}. */
    @Parameter(property = "jixiao.baselineFile", defaultValue = "${project.basedir}/jixiao-baseline.json")
    protected File baselineFile;

    /**
     * Per-rule configuration, as in other linters: for a rule id (or alias), its severity ({@code off},
     * {@code info}, {@code warning}, {@code error}) and values for the thresholds it declares (listed in
     * {@code docs/rules.md} and by {@code jixiao:rules}):
     * <pre>
     * &lt;rules&gt;
     *   &lt;rule&gt;&lt;id&gt;actual-equals-target-pattern&lt;/id&gt;&lt;thresholds&gt;&lt;share&gt;40&lt;/share&gt;&lt;/thresholds&gt;&lt;/rule&gt;
     *   &lt;rule&gt;&lt;id&gt;indicator-target-at-ceiling&lt;/id&gt;&lt;severity&gt;off&lt;/severity&gt;&lt;/rule&gt;
     * &lt;/rules&gt;
     * </pre>
     * An unknown rule id, severity or threshold stops the build, naming it.
     */
    @Parameter
    protected List<Rule> rules;

    /**
     * Where the organisation publishes jixiao's docs/rules.md (e.g. {@code https://git.example.org/jixiao/blob/main/docs/rules.md}):
     * the page then links each finding's rule to its entry there, and SARIF gives each rule its {@code helpUri}. Unset
     * by default (jixiao is in no public repository): no report links a rule, and SARIF keeps each rule's help text.
     */
    @Parameter(property = "jixiao.rulesUrl")
    protected String rulesUrl;

    /** The reports' metadata: the build's timestamp and, when it is a web address, {@link #rulesUrl} (else a warning). */
    protected ReportMeta reportMeta(Messages messages) {
        return reportMeta(outputTimestamp, rulesUrl, messages, getLog());
    }

    /** {@link #reportMeta(Messages)} for a goal that is not one of these (the site report, {@code jixiao:report}). */
    static ReportMeta reportMeta(String outputTimestamp, String rulesUrl, Messages messages, org.apache.maven.plugin.logging.Log log) {
        ReportMeta meta = ReportMeta.of(outputTimestamp);
        if (rulesUrl == null || rulesUrl.isBlank()) {
            return meta;
        }
        if (!ReportMeta.validRulesUrl(rulesUrl)) {
            log.warn(messages.label("console.rulesUrl", io.github.jixiao.report.Escape.value(rulesUrl)));
            return meta;
        }
        return meta.withRulesUrl(rulesUrl);
    }

    /** The build's reproducible timestamp; reports print it instead of the clock. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /** The reports' language; an unsupported {@code jixiao.locale} is a configuration error naming zh-CN and en. */
    protected Messages messages() throws MojoExecutionException {
        return messages(locale);
    }

    /**
     * An exception's message as a failure echoes it: cleaned and cut as a data value ({@link
     * io.github.jixiao.report.Escape#value}), since an I/O error names a path of the project, which is the submitter's (a
     * file name with a U+202E or a line break reached the console raw before session 33); its kind where it has none.
     */
    static String failure(Exception e) {
        String m = e.getMessage();
        return io.github.jixiao.report.Escape.value(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    /**
     * A path, a file or module name or a configured value as a console line or a failure echoes it: its control, bidi
     * and hidden characters replaced ({@link io.github.jixiao.report.Escape#console}), whole (a reader needs all of a
     * path). A pull request names the files and folders, and a file name may hold an escape sequence that clears the
     * terminal, a line break that forges a line of the log, or a U+202E that makes the path read backwards: before
     * session 34, init, baseline, check, diff, aggregate and report printed them raw.
     */
    static String shown(Object path) {
        return io.github.jixiao.report.Escape.console(path == null ? "null" : path.toString());
    }

    static Messages messages(String locale) throws MojoExecutionException {
        try {
            return new Messages(Messages.parseLocale(locale));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(failure(e));
        }
    }

    protected Path projectDir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    protected EngineResult runEngine() throws MojoExecutionException {
        Messages m = messages();
        for (String[] param : new String[][] {{"includes"}, {"excludes"}}) {
            List<String> globs = param[0].equals("includes") ? includes : excludes;
            for (String g : globs == null ? List.<String>of() : globs) {
                String problem = EngineOptions.globProblem(g);
                if (problem != null) {
                    throw new MojoExecutionException(m.label("console.config.glob", param[0],
                            io.github.jixiao.report.Escape.value(String.valueOf(g)), io.github.jixiao.report.Escape.value(problem)));
                }
            }
        }
        try {
            return new Engine().run(new EngineOptions(projectDir(), submissionDirectory.toPath(), includes, excludes, framework,
                    ruleConfig(), m.locale()));
        } catch (OutOfMemoryError e) {
            throw outOfMemory(m);
        }
    }

    /**
     * The build's error when the heap runs out (a submission of tens of megabytes, its findings and reports, on Maven's
     * default heap): what ran out, how large the submission's files are and what to do, instead of Maven's bare "Java
     * heap space" and its stack trace. The engine's and the reports' objects are unreachable by the time it is built.
     */
    protected MojoExecutionException outOfMemory(Messages m) {
        String size;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(submissionDirectory.toPath())) {
            size = megabytes(files.toList());
        } catch (IOException | RuntimeException e) {
            size = "?";
        }
        return new MojoExecutionException(m.label("console.memory", heapMegabytes(), size));
    }

    /** The heap this JVM may use, in MB, for an out-of-memory error (check's, aggregate's). */
    static String heapMegabytes() {
        return Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * The size of the regular files among {@code files} together, in MB to one decimal (links not followed), for an
     * out-of-memory error (check's submission folder, aggregate's reports read); "?" when one cannot be looked at.
     */
    static String megabytes(java.util.Collection<Path> files) {
        long bytes = 0;
        try {
            for (Path f : files) {
                java.nio.file.attribute.BasicFileAttributes a = java.nio.file.Files.readAttributes(f,
                        java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                bytes += a.isRegularFile() ? a.size() : 0;
            }
        } catch (IOException | RuntimeException e) {
            return "?";
        }
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The {@code <rules>} parameter, checked; a mistake in it is a configuration error naming the entry. */
    protected RuleConfig ruleConfig() throws MojoExecutionException {
        return ruleConfig(rules, messages());
    }

    /** {@code rules} as the engine takes them; an unknown id, severity or threshold is a configuration error naming it. */
    static RuleConfig ruleConfig(List<Rule> rules, Messages messages) throws MojoExecutionException {
        List<RuleConfig.Entry> entries = new ArrayList<>();
        if (rules != null) {
            for (Rule r : rules) {
                if (r != null) {
                    entries.add(new RuleConfig.Entry(r.id, r.severity, r.thresholds));
                }
            }
        }
        try {
            return RuleConfig.of(entries);
        } catch (RuleConfig.Invalid e) {
            throw new MojoExecutionException(messages.label(e.key(),
                    e.args().stream().map(a -> io.github.jixiao.report.Escape.value(String.valueOf(a))).toArray()));
        }
    }

    protected Review review(EngineResult result, boolean withBaseline) {
        Path dir = projectDir();
        Suppressions sup = Suppressions.load(dir, suppressionsFile == null ? null : suppressionsFile.toPath());
        Baseline base = withBaseline && baselineFile != null ? Baseline.load(dir, baselineFile.toPath()) : Baseline.none();
        return Review.of(result.findings(), sup, base, result.rules());
    }

    /**
     * The output folder, when it lies below the build directory and that inside the project, every link resolved
     * (the build directory of a pull request may hold links its author planted); else a configuration error naming
     * it, and nothing is written.
     */
    static Path confinedOutput(MavenProject project, File outputDirectory, Messages messages) throws MojoExecutionException {
        Path out = outputDirectory.toPath().toAbsolutePath().normalize();
        String buildDir = project.getBuild() == null ? null : project.getBuild().getDirectory();
        if (buildDir == null || project.getBasedir() == null) {
            return out;
        }
        Path build = Path.of(buildDir).toAbsolutePath().normalize();
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        if (!out.startsWith(build) || !Confinement.inside(base, build) || !Confinement.inside(build, out)) {
            throw new MojoExecutionException(messages.label("console.output-outside", shown(out), shown(build)));
        }
        return out;
    }

    /** The workbook cells of an imported submission (jixiao:import's sidecar, as the engine read it for {@code result}), or none. */
    protected static io.github.jixiao.report.Cells cells(EngineResult result) {
        return io.github.jixiao.report.Cells.of(result);
    }

    /** {@link #formats} parsed; a name that is no format is a configuration error naming the formats there are. */
    protected ReportFormats reportFormats(Messages messages) throws MojoExecutionException {
        try {
            return ReportFormats.parse(formats);
        } catch (ReportFormats.Unknown e) {
            throw new MojoExecutionException(messages.label("console.config.formats",
                    io.github.jixiao.report.Escape.value(e.name()), ReportFormats.ids()));
        }
    }

    /** Writes the reports; an I/O failure is a processing error, reported apart from violations. */
    protected void writeReports(EngineResult result, Review review, Messages messages) throws MojoExecutionException {
        ReportFormats which = reportFormats(messages);
        EngineResult reviewed = review.applyTo(result); // its findings, and a grade doubt a suppression explains (session 58)
        Path out = confinedOutput(project, outputDirectory, messages);
        try {
            ReportWriter.write(out, reviewed, review.suppressed(), review.baselined(), review.raised(), messages, reportMeta(messages),
                    io.github.jixiao.report.Snippets.of(projectDir(), result.sources()), cells(result), which, repositoryPrefix(which, messages));
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label("console.processing", failure(e)), e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(messages);
        }
    }

    /**
     * The project's folder in its repository, for the reports that name files from the repository's root (SARIF, GitLab's
     * Code Quality report): {@code ""} when neither is asked for, at the root, or the root is unknown. A root the project
     * is not in is said as a warning: the reports then name the files from the project's folder, which code scanning or
     * GitLab may not find.
     */
    private String repositoryPrefix(ReportFormats which, Messages messages) {
        if (!which.has(ReportFormats.Format.CODEQUALITY) && !which.has(ReportFormats.Format.SARIF)) {
            return "";
        }
        Path root = repositoryRootFound();
        if (root != null && !io.github.jixiao.report.CodeQuality.contains(root, projectDir())) {
            getLog().warn(prefix + messages.label("console.codequality.outside", shown(root), shown(projectDir())));
        }
        return io.github.jixiao.report.CodeQuality.prefix(root, projectDir());
    }

    /**
     * The project's folder in its repository as {@link #repositoryPrefix} finds it, whichever reports are asked for
     * ({@code "kexie/"} for a department of a reactor, {@code ""} at the root or when the root is unknown or elsewhere):
     * how {@code jixiao:diff} names a finding's file, as SARIF does.
     */
    protected String repositoryFolder() {
        return io.github.jixiao.report.CodeQuality.prefix(repositoryRootFound(), projectDir());
    }

    /** The repository's root: {@code jixiao.repositoryRoot}, GitLab's CI_PROJECT_DIR, or the reactor's (CodeQuality.root). */
    private Path repositoryRootFound() {
        return io.github.jixiao.report.CodeQuality.root(repositoryRoot == null ? null : repositoryRoot.toPath(),
                System.getenv("CI_PROJECT_DIR"), multiModuleProjectDirectory == null ? null : multiModuleProjectDirectory.toPath(),
                projectDir());
    }

    /**
     * Whether this project is a reactor's root rather than a department: its pom lists modules and it has no submission
     * folder of its own (a district's parent of departments, where a reviewer runs `mvn jixiao:baseline` or
     * `mvn jixiao:check` for every module at once). When it is, says so and that {@code goal} is skipped here.
     */
    protected boolean skippedAsReactorRoot(String goal, Messages messages) {
        if (project == null || project.getModules().isEmpty() || submissionDirectory == null || submissionDirectory.exists()
                || holdsADepartment(project.getBasedir() == null ? null : projectDir(), project.getModules())) {
            return false; // a department.json beside the pom or in a folder of it: a mistyped folder, not a root
        }
        getLog().info(messages.label("console.reactor-root", shown(project.getArtifactId()), shown(submissionDirectory), goal));
        return true;
    }

    /**
     * Whether {@code dir} or one of its folders other than {@code modules} (not through links) holds a department.json: a department's folder
     * beside the pom, so a submissionDirectory that does not exist is mistyped there, not a reactor root's. Reads at
     * most 1000 entries.
     */
    private static boolean holdsADepartment(Path dir, List<String> modules) {
        if (dir == null) {
            return false;
        }
        if (java.nio.file.Files.isRegularFile(dir.resolve("department.json"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (java.nio.file.DirectoryStream<Path> s = java.nio.file.Files.newDirectoryStream(dir)) {
            int n = 0;
            for (Path p : s) {
                if (++n > 1000) {
                    return false;
                }
                if (java.nio.file.Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !modules.contains(p.getFileName().toString()) // a module: a department of its own
                        && java.nio.file.Files.isRegularFile(p.resolve("department.json"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** What starts every console line; in a reactor, the department (and project) the line is about. */
    private String prefix = "";

    /**
     * In a reactor (several submissions built at once, {@code mvn -T 2 verify}), lines of different departments
     * interleave: from now on every line names the department, and the project when there is one.
     */
    protected void nameLinesAfter(EngineResult result) {
        if (reactorProjects == null || reactorProjects.size() <= 1) {
            return;
        }
        String who = result.department() == null || result.department().isBlank() ? project.getArtifactId() : result.department();
        if (result.project() != null && !result.project().isBlank()) {
            who = who + " · " + result.project();
        }
        prefix = "[" + oneLine(who) + "] ";
    }

    /**
     * Printable on one console line: the characters every output shows as U+FFFD (text.Strings.hiddenCodePoint: a
     * zero-width space, a variation selector, a line separator) so shown here too, the other control and format
     * characters (line breaks, escape sequences) dropped, at most 60 characters.
     */
    static String oneLine(String s) {
        String t = s.codePoints().map(c -> !Character.isISOControl(c) && io.github.jixiao.text.Strings.hiddenCodePoint(c) ? 0xFFFD : c)
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return t.codePointCount(0, t.length()) > 60 ? t.substring(0, t.offsetByCodePoints(0, 59)) + "…" : t;
    }

    protected void info(String text) {
        getLog().info(prefix + text);
    }

    protected void logLines(List<ConsoleReport.Line> lines) {
        Log log = getLog();
        for (ConsoleReport.Line line : lines) {
            String text = prefix + line.text();
            switch (line.level()) {
                case ERROR -> log.error(text);
                case WARNING -> log.warn(text);
                default -> log.info(text);
            }
        }
    }
}
