package io.github.jixiao.maven;

import io.github.jixiao.load.Confinement;
import io.github.jixiao.report.Aggregate;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.Escape;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Run at the parent of a reactor whose modules are departments' submissions
 * ({@code mvn -T 2 verify jixiao:aggregate}): writes {@code target/jixiao/aggregate.json}, {@code .md},
 * {@code .html} and {@code .xlsx}, one row per department (module, name, link to its page), sorted by total. A module whose
 * reports are not jixiao's (malformed) is a configuration error naming the file. A department (a module running
 * {@code check}) without reports is a warning naming it and saying to run {@code mvn -fae verify jixiao:aggregate} on the
 * whole reactor first (without {@code -fae} Maven skips the departments after the first that fails its check: those a
 * later aggregate finds without reports); with no department's reports at all the goal fails, saying the same, so that a
 * reviewer's CI does not pass on nothing.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public final class AggregateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    private List<MavenProject> reactorProjects;

    /** Where the aggregate reports are written. */
    @Parameter(property = "jixiao.outputDirectory", defaultValue = "${project.build.directory}/jixiao")
    private File outputDirectory;

    /** Language of the reports: {@code zh-CN} (default) or {@code en}. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh-CN")
    private String locale;

    /** The modules' report folder, relative to each module's build directory. */
    @Parameter(property = "jixiao.moduleReports", defaultValue = "jixiao")
    private String moduleReports;

    /** The build's reproducible timestamp; the page prints it instead of the clock. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /** Where the organisation publishes docs/rules.md: the common findings' rules link to their entries there (as check's page does). */
    @Parameter(property = "jixiao.rulesUrl")
    private String rulesUrl;

    @Override
    public void execute() throws MojoExecutionException {
        Messages m = AbstractJixiaoMojo.messages(locale);
        Path out = AbstractJixiaoMojo.confinedOutput(project, outputDirectory, m);
        List<Path> reports = new ArrayList<>(); // the files read, for the error when the heap runs out
        try {
            aggregate(out, m, reports);
        } catch (OutOfMemoryError e) {
            // as check says it: what ran out and how large the reports are, not Maven's bare "Java heap space"
            throw new MojoExecutionException(m.label("aggregate.memory", AbstractJixiaoMojo.heapMegabytes(),
                    AbstractJixiaoMojo.megabytes(reports)));
        }
    }

    private void aggregate(Path out, Messages m, List<Path> reports) throws MojoExecutionException {
        // one module's reports at a time: each added to the aggregate as it is read, none kept (bounded memory, session 36)
        Aggregate.Builder aggregate = new Aggregate.Builder();
        int added = 0;
        java.util.Map<String, Path> missing = new java.util.LinkedHashMap<>(); // departments without reports: module → its findings.json
        for (MavenProject p : reactorProjects) {
            if (!p.getModules().isEmpty() && (p.getBasedir() == null || !Files.isDirectory(p.getBasedir().toPath().resolve("submission")))) {
                continue; // a parent of modules (the reactor's root) is no department, whatever its build directory holds
            }
            Path dir = Path.of(p.getBuild().getDirectory()).resolve(moduleReports).toAbsolutePath().normalize();
            // a module's build directory is its submitter's: its report folder and files are read only inside the module,
            // every link resolved, and the files never through a link (as check writes them: regular files)
            Path base = p.getBasedir() == null ? null : p.getBasedir().toPath().toAbsolutePath().normalize();
            Confinement.Scope scope = base == null ? null : new Confinement.Scope(base);
            if (base != null && !Confinement.inside(base, dir)) {
                throw outside(dir, p, m);
            }
            Path summaryFile = dir.resolve(ReportWriter.SUMMARY_JSON);
            Path findingsFile = dir.resolve(ReportWriter.FINDINGS_JSON);
            boolean hasSummary = present(summaryFile, scope, p, m);
            boolean hasFindings = present(findingsFile, scope, p, m);
            if (!hasSummary && !hasFindings) {
                if (department(p)) { // not checked yet: after a clean, or built apart (-pl)
                    missing.put(p.getArtifactId(), findingsFile);
                }
                continue; // else not a submission (e.g. the parent itself)
            }
            ReportModel.SummaryDocument summary = null;
            if (hasSummary) {
                reports.add(summaryFile);
                summary = read(summaryFile, ReportModel.SummaryDocument.class, m);
            }
            ReportModel.FindingsDocument findings = null;
            if (hasFindings) {
                reports.add(findingsFile);
                findings = read(findingsFile, ReportModel.FindingsDocument.class, m);
            }
            Path html = dir.resolve(ReportWriter.SUMMARY_HTML);
            String page = Files.isRegularFile(html, LinkOption.NOFOLLOW_LINKS) && (scope == null || scope.mayRead(html))
                    ? Escape.uri(out.relativize(html).toString().replace(File.separatorChar, '/')) : null;
            // the names the module's own reports used: its framework file read again, else the built-in of its id; an
            // aggregate in Chinese shows the framework's own (Chinese) names and reads no framework
            java.util.Map<String, String> english = summary == null || !m.english() ? null
                    : FrameworkNames.english(summary.frameworkId(), summary.frameworkFile(), p.getBasedir() == null ? null : p.getBasedir().toPath());
            aggregate.add(new Aggregate.Input(p.getArtifactId(), summary, findings, page, english));
            added++;
        }
        if (added == 0) {
            // nothing to aggregate is a failure, as a malformed module is: a reviewer's CI must not pass on no departments
            throw new MojoExecutionException(missing.isEmpty() ? m.label("aggregate.noDepartments")
                    : m.label("aggregate.none", String.join(m.english() ? ", " : "、",
                            missing.keySet().stream().map(AbstractJixiaoMojo::shown).toList())));
        }
        missing.forEach((module, file) -> getLog().warn(m.label("aggregate.missing", AbstractJixiaoMojo.shown(module),
                AbstractJixiaoMojo.shown(file))));
        Aggregate.Result r = aggregate.result();
        try {
            AtomicFiles.write(out.resolve("aggregate.json"), Aggregate.json(r));
            ReportMeta meta = AbstractJixiaoMojo.reportMeta(outputTimestamp, rulesUrl, m, getLog());
            AtomicFiles.write(out.resolve("aggregate.md"), Aggregate.markdown(r, m, meta));
            AtomicFiles.write(out.resolve("aggregate.html"), Aggregate.html(r, m, meta));
            java.util.List<io.github.jixiao.xlsx.Table> tables = Aggregate.tables(r, m);
            AtomicFiles.writeChannel(out.resolve(Aggregate.XLSX), ch -> io.github.jixiao.xlsx.XlsxWriter.write(tables, ch));
        } catch (IOException e) {
            throw new MojoExecutionException(m.label("console.processing", Escape.value(e.getMessage())), e);
        }
        getLog().info(m.label("aggregate.written", r.rows().size(), AbstractJixiaoMojo.shown(out.resolve("aggregate.json"))));
    }

    /**
     * Whether a module's report file is there (as anything: a link, a FIFO), once it is known to lie inside the module;
     * a file leading out of the module is a configuration error naming it, and nothing of it is read.
     */
    private static boolean present(Path file, Confinement.Scope scope, MavenProject p, Messages m) throws MojoExecutionException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (scope != null && scope.refuse(file) != null) {
            throw outside(file, p, m);
        }
        return true;
    }

    private static MojoExecutionException outside(Path file, MavenProject p, Messages m) {
        // whole, as every goal's paths (AbstractJixiaoMojo.shown): a path cut at 200 characters hid which file of a deep
        // module led out of it, and a path is bounded by the file system anyway
        return new MojoExecutionException(m.label("aggregate.outside", AbstractJixiaoMojo.shown(file),
                AbstractJixiaoMojo.shown(p.getArtifactId()), AbstractJixiaoMojo.shown(p.getBasedir())));
    }

    /**
     * Whether a reactor project is a department's submission, whose reports belong in the aggregate: a module of its own
     * (not a parent of modules) that runs jixiao's {@code check} or has a {@code submission} folder.
     */
    private static boolean department(MavenProject p) {
        if (!p.getModules().isEmpty()) {
            return false;
        }
        boolean checks = p.getBuildPlugins().stream().anyMatch(pl -> "jixiao-maven-plugin".equals(pl.getArtifactId())
                && pl.getExecutions().stream().anyMatch(e -> e.getGoals().contains("check")));
        return checks || (p.getBasedir() != null && Files.isDirectory(p.getBasedir().toPath().resolve("submission")));
    }

    /** A module's report, read without following a link; a file that is not a jixiao report is an error naming it. */
    private static <T> T read(Path file, Class<T> type, Messages m) throws MojoExecutionException {
        try {
            return ReportModel.read(file, type, LinkOption.NOFOLLOW_LINKS);
        } catch (ReportModel.MalformedReportException e) {
            if (e.tooLarge()) { // check writes one that large for tens of thousands of rows: not another's file
                throw new MojoExecutionException(m.label("aggregate.too-large", AbstractJixiaoMojo.shown(file),
                        Long.toString(ReportModel.MAX_BYTES)));
            }
            throw new MojoExecutionException(m.label("aggregate.malformed", AbstractJixiaoMojo.shown(file), e.detail(m)));
        } catch (IOException e) {
            // an error of the system (no such file, permission): its class, not its message, which may quote a path
            throw new MojoExecutionException(m.label("aggregate.malformed", AbstractJixiaoMojo.shown(file), e.getClass().getSimpleName()));
        }
    }
}
