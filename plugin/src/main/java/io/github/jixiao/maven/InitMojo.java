package io.github.jixiao.maven;

import io.github.jixiao.init.Skeleton;
import io.github.jixiao.load.Confinement;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new, empty submission (a pom with the plugin and the files with their {@code $schema} and
 * placeholders) for a department and year, at stage 目标申报, with the Maven Wrapper, a {@code .gitignore}, CI
 * files for GitHub Actions and GitLab, and a README. Never overwrites a file, and never writes through a link or outside
 * the folder: a folder on the way that is a symbolic link stops the goal before anything is written.
 *
 * <pre>mvn io.github.jixiao:jixiao-maven-plugin:0.1.0:init -Djixiao.department=某某局 -Djixiao.year=2025</pre>
 *
 * <p>With {@code -Djixiao.kind=project}, one project's submission instead of a whole department's.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public final class InitMojo extends AbstractMojo {

    /**
     * The department's name. Needed; checked by the goal itself (not marked required), so that its absence is told in
     * the goal's words, naming {@code -Djixiao.department}.
     */
    @Parameter(property = "jixiao.department")
    private String department;

    /**
     * The budget year, four digits (2025). Needed; read as text and checked by the goal, so that a missing year or
     * one written "2025年" is told in the goal's words, naming {@code -Djixiao.year=2025}, not as Maven's conversion error.
     */
    @Parameter(property = "jixiao.year")
    private String year;

    /** The folder to create the submission in. */
    @Parameter(property = "jixiao.initDirectory", defaultValue = "${basedir}")
    private File initDirectory;

    /**
     * The artifactId of the generated pom; by default the folder's name where Maven accepts it as one, else
     * {@code performance-submission} ({@link Skeleton#artifactIdFor}): each department of a district's reactor needs its own.
     */
    @Parameter(property = "jixiao.artifactId")
    private String artifactId;

    /**
     * What the submission is of: {@code department} (default: a whole department's spending, its tasks in tasks.json,
     * scored on shenzhen-department-2024) or {@code project} (one project's: kind project with the project's name to fill
     * in, scored on mof-project-2020, no tasks.json). {@code department} names the department either way (for a project,
     * the department in charge of it).
     */
    @Parameter(property = "jixiao.kind", defaultValue = "department")
    private String kind;

    /** Language of the messages: {@code zh-CN} (default) or {@code en}. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh-CN")
    private String locale;

    @Override
    public void execute() throws MojoExecutionException {
        Messages m = AbstractJixiaoMojo.messages(locale);
        Path dir = initDirectory.toPath().toAbsolutePath().normalize();
        boolean noDepartment = department == null || department.isBlank();
        boolean noYear = year == null || year.isBlank();
        if (noDepartment || noYear) {
            throw new MojoExecutionException(m.label(noDepartment && noYear ? "init.missing" : noDepartment ? "init.department" : "init.year.missing"));
        }
        String y = year.strip();
        if (!y.matches("[0-9]{1,9}")) { // "2025年", "二〇二五", "2025.0"
            throw new MojoExecutionException(m.label("init.year", io.github.jixiao.report.Escape.clean(
                    io.github.jixiao.load.SubmissionLoader.excerpt(y, 50))));
        }
        int year = Integer.parseInt(y);
        String k = kind == null ? Skeleton.DEPARTMENT : kind.strip();
        String artifactId = this.artifactId == null || this.artifactId.isBlank() ? Skeleton.artifactIdFor(dir) : this.artifactId.strip();
        String problem = Skeleton.problem(department, year, artifactId, k);
        if (problem != null) {
            throw new MojoExecutionException(m.label(problem, problem.equals("init.year") ? Integer.toString(year)
                    : io.github.jixiao.report.Escape.value(problem.equals("init.artifactId") ? artifactId
                    : problem.equals("init.kind") ? io.github.jixiao.load.SubmissionLoader.excerpt(k, 50) : String.valueOf(department))));
        }
        Map<String, String> files = Skeleton.files(department, year, ReportMeta.currentPluginVersion(), artifactId, k);
        for (String name : files.keySet()) {
            Path link = throughLink(dir, dir.resolve(name));
            if (link != null) {
                throw new MojoExecutionException(m.label("init.outside", AbstractJixiaoMojo.shown(link), AbstractJixiaoMojo.shown(dir)));
            }
            if (Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new MojoExecutionException(m.label("init.exists", AbstractJixiaoMojo.shown(dir.resolve(name))));
            }
        }
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                AtomicFiles.write(target, e.getValue());
                if (Skeleton.EXECUTABLE.contains(e.getKey())) {
                    executable(target);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException(m.label("console.processing", AbstractJixiaoMojo.failure(e)), e);
        }
        getLog().info(m.label("init.written", io.github.jixiao.report.Escape.value(department), year, AbstractJixiaoMojo.shown(dir)));
        getLog().info(m.label(Skeleton.PROJECT.equals(k) ? "init.next.project" : "init.next"));
    }

    /**
     * The first folder between {@code dir} and {@code target} that is a symbolic link (asked without following links),
     * or {@code target} itself when, every link resolved, it does not lie inside {@code dir}; null when the file may be
     * written. A cloned or hostile folder may hold {@code .github} or {@code submission} as a link leading out of it
     * (review S2, session 26: the workflow and five JSON files were written where the links pointed). A link as the
     * file itself is an existing file ({@code init.exists}).
     */
    static Path throughLink(Path dir, Path target) {
        Path link = Confinement.firstLink(dir, target.getParent());
        return link != null ? link : Confinement.inside(dir, target) ? null : target;
    }

    /** rwxr-xr-x where the file system has POSIX permissions (Windows runs mvnw.cmd). */
    private static void executable(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
