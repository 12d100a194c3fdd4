package io.github.jixiao.maven;

import io.github.jixiao.report.Escape;
import io.github.jixiao.report.Messages;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads a 项目支出绩效自评表, 项目支出绩效目标表 or 部门整体 self-evaluation table kept as .xlsx, .xls or a Word table (.docx) and writes the
 * submission's JSON files (with the cells they came from, so findings name them), ready for {@code jixiao:check}.
 * Never overwrites a file unless {@code -Djixiao.overwrite=true}.
 *
 * <pre>mvn jixiao:import -Djixiao.workbook=forms/自评表.xlsx</pre>
 */
@Mojo(name = "import", threadSafe = true)
public final class ImportMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** The workbook, relative to the project (and inside it). */
    @Parameter(property = "jixiao.workbook")
    private String workbook;

    /** Where the JSON files go (one folder per project when the workbook holds several). */
    @Parameter(property = "jixiao.submissionDirectory", defaultValue = "${project.basedir}/submission")
    private File submissionDirectory;

    /** Language of the import's messages: {@code zh-CN} (default) or {@code en}, as for check. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh-CN")
    private String locale;

    /**
     * The framework the submission is scored on (a built-in's id or a project-relative file, as for check): written
     * into department.json, and a 评分表's rows are read as its criteria. Without it, a department 评分表 is read against
     * the built-in department frameworks.
     */
    @Parameter(property = "jixiao.framework")
    private String framework;

    /** Replace files that exist. */
    @Parameter(property = "jixiao.overwrite", defaultValue = "false")
    private boolean overwrite;

    /**
     * How many lines of each kind (the table's problems, its notes, the fields of the old files carried or not) the log
     * prints one by one; the rest are counted on one line. A re-import over an old file of a million tiny fields printed
     * a million lines (each problem is also check's finding, and the files hold what was carried).
     */
    static final int MAX_LINES = 200;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        // an unknown locale is a configuration error naming zh-CN and en, as for check
        Messages m = AbstractJixiaoMojo.messages(locale);
        // every line as the check's console prints a finding (Escape.console): a heading, an old value, a sheet's name
        // are the workbook's and the folder's, which a pull request may have written (a U+202E or an escape sequence
        // printed raw before; ImportLogHostileTest)
        String wrongFile = wrongFile(m);
        if (wrongFile != null) {
            throw new MojoFailureException(Escape.console(wrongFile));
        }
        try {
            WorkbookImport.Result r = WorkbookImport.run(basedir.toPath(), workbook, submissionDirectory.toPath(), overwrite, framework);
            capped(r.problems(), m, getLog()::warn);
            capped(r.notes(), m, getLog()::info);
            for (String w : r.written()) {
                getLog().info(Escape.console(m.label("import.wrote", w)));
            }
            int lost = 0;
            int kept = 0;
            int shown = 0;
            for (io.github.jixiao.workbook.Reimport.Carried c : r.carried()) {
                if (shown++ < MAX_LINES) {
                    if (c.kept()) {
                        getLog().info(Escape.console(c.message(m)));
                    } else {
                        getLog().warn(Escape.console(c.message(m)));
                    }
                } else if (c.kept()) {
                    kept++;
                } else {
                    lost++;
                }
            }
            if (lost + kept > 0) {
                String more = Escape.console(m.label("import.carried-more", lost + kept, lost, kept));
                if (lost > 0) {
                    getLog().warn(more);
                } else {
                    getLog().info(more);
                }
            }
            java.nio.file.Path project = io.github.jixiao.load.Confinement.realProject(basedir.toPath());
            for (String k : r.kept()) {
                getLog().warn(Escape.console(WorkbookImport.keptMessage(m, k, project)));
            }
        } catch (WorkbookImport.ImportException e) {
            throw new MojoFailureException(Escape.console(e.message(m)));
        }
    }

    /** What a workbook's name ends with that the import reads. */
    private static final java.util.List<String> TABLES = java.util.List.of(".xlsx", ".xls", ".docx");

    /**
     * The message for a {@code workbook} that names the wrong thing inside the project, or null: the lock file Excel or
     * Word keeps beside a file while it is open ({@code ~$自评表.xlsx}: tab completion offers it first, and the import said
     * only that it is no workbook), naming the workbook beside it; a folder (the import said "no such file", of a folder
     * that is there), naming a table inside it. Both read nothing (session 38, trial E). A path outside the project is
     * left to the import, which refuses it without looking.
     */
    String wrongFile(Messages m) {
        if (workbook == null || workbook.isBlank()) {
            return null;
        }
        java.nio.file.Path project = io.github.jixiao.load.Confinement.realProject(basedir.toPath());
        java.nio.file.Path file = project.resolve(workbook).normalize();
        if (!io.github.jixiao.load.Confinement.inside(project, file) || file.getFileName() == null) {
            return null;
        }
        String name = file.getFileName().toString();
        java.nio.file.Path dir = file.getParent();
        if (name.startsWith("~$")) {
            // Excel writes ~$ before the whole name; Word, for a long name, in place of its first two characters
            String rest = name.substring(2);
            java.util.List<java.nio.file.Path> near = tables(dir, n -> !n.startsWith("~$") && (n.equals(rest) || n.endsWith(rest)));
            java.util.List<java.nio.file.Path> same = near.stream().filter(q -> q.getFileName().toString().equals(rest)).toList();
            java.util.List<java.nio.file.Path> pick = same.isEmpty() ? near : same;
            return pick.size() == 1 ? m.label("import.lock-file-near", workbook, shown(project, pick.get(0)))
                    : m.label("import.lock-file", workbook);
        }
        if (java.nio.file.Files.isDirectory(file)) {
            java.util.List<java.nio.file.Path> in = tables(file, n -> !n.startsWith("~$"));
            return in.isEmpty() ? m.label("import.folder", workbook) : m.label("import.folder-near", workbook, shown(project, in.get(0)));
        }
        return null;
    }

    /** The workbooks and Word documents directly in {@code dir} whose names {@code ok} accepts, by name; none when unreadable. */
    private static java.util.List<java.nio.file.Path> tables(java.nio.file.Path dir, java.util.function.Predicate<String> ok) {
        if (dir == null) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir)) {
            return s.filter(q -> {
                String n = q.getFileName().toString();
                String lower = n.toLowerCase(java.util.Locale.ROOT);
                return ok.test(n) && TABLES.stream().anyMatch(lower::endsWith) && java.nio.file.Files.isRegularFile(q);
            }).sorted().limit(1000).toList();
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.List.of();
        }
    }

    /** A path as -Djixiao.workbook takes it: relative to the project, with forward slashes. */
    private static String shown(java.nio.file.Path project, java.nio.file.Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    /** The first {@link #MAX_LINES} of {@code problems} one a line to {@code log}, then how many more on one. */
    private void capped(java.util.List<WorkbookImport.Problem> problems, Messages m, java.util.function.Consumer<String> log) {
        Escape.consoleCapped(problems, MAX_LINES, p -> p.message(m, workbook), n -> m.label("import.more", n)).forEach(log);
    }
}
