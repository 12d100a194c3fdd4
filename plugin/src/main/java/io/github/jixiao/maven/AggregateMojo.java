package io.github.jixiao.maven;

import io.github.jixiao.report.Aggregate;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.review.ScoreDiff;
import java.io.File;
import java.io.IOException;
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
 * ({@code mvn -T 2 verify jixiao:aggregate}): writes {@code target/jixiao/aggregate.json}, {@code .md} and
 * {@code .html}, one row per department, sorted by total.
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

    @Override
    public void execute() throws MojoExecutionException {
        Messages m = AbstractJixiaoMojo.messages(locale);
        List<Object[]> inputs = new ArrayList<>();
        for (MavenProject p : reactorProjects) {
            Path dir = Path.of(p.getBuild().getDirectory()).resolve(moduleReports);
            var summary = ScoreDiff.read(dir.resolve(ReportWriter.SUMMARY_JSON)).orElse(null);
            var findings = ScoreDiff.read(dir.resolve(ReportWriter.FINDINGS_JSON)).orElse(null);
            if (summary == null && findings == null) {
                continue; // not a submission (e.g. the parent itself)
            }
            inputs.add(new Object[] {p.getArtifactId(), summary, findings});
        }
        Aggregate.Result r = Aggregate.of(inputs);
        Path out = AbstractJixiaoMojo.confinedOutput(project, outputDirectory, m);
        try {
            AtomicFiles.write(out.resolve("aggregate.json"), Aggregate.json(r));
            AtomicFiles.write(out.resolve("aggregate.md"), Aggregate.markdown(r, m));
            AtomicFiles.write(out.resolve("aggregate.html"), Aggregate.html(r, m));
        } catch (IOException e) {
            throw new MojoExecutionException(m.label("console.processing", e.getMessage()), e);
        }
        getLog().info(m.label("aggregate.written", r.rows().size(), out.resolve("aggregate.json")));
    }
}
