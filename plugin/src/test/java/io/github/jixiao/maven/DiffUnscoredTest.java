package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao:diff on either side of a build without a score (s31 trial, a project from 运行监控 to 自评): with this run at 运行监控
 * it failed "jixiao 无法处理此申报：…/score-summary.json", as if the submission were broken; with the base a 运行监控 build's
 * reports it said "未设置 jixiao.baseSummary，或无法读取", though the property was set and the folder there. Each now says that
 * side has no score and why, and that diff compares the scores of self-evaluations.
 */
@MojoTest
class DiffUnscoredTest {
    @TempDir
    Path tmp;

    private static final ReportMeta META = new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z");

    private Path reports(Path project, String folder) throws Exception {
        Path out = Files.createDirectories(tmp.resolve(folder));
        ReportWriter.write(out, new Engine().run(EngineOptions.of(project, project.resolve("submission"))), Map.of(),
                new Messages(Messages.ZH), META);
        return out;
    }

    private static void point(DiffMojo mojo, Path dept, Path base) throws Exception {
        CheckMojoTest.set(mojo, "submissionDirectory", dept.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "outputDirectory", dept.resolve("target/jixiao").toFile());
        CheckMojoTest.set(mojo, "baseSummary", base.toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(dept.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dept.resolve("target").toString());
        mojo.setLog(new CheckMojoTest.Console());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "formats", value = "none")
    void thisRunAtMonitoringSaysItHasNoScore(DiffMojo mojo) throws Exception {
        Path dept = Files.createDirectories(tmp.resolve("futian"));
        io.github.jixiao.testing.Samples.copyTo(dept);
        Path base = reports(dept, "base").resolve(ReportWriter.SUMMARY_JSON);
        Path department = dept.resolve("submission/department.json");
        Files.writeString(department, Files.readString(department).replace("\"stage\": \"自评\"", "\"stage\": \"运行监控\""));
        point(mojo, dept, base);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("本次构建没有得分。运行监控阶段不评分：得分在年终自评时计算。jixiao:diff 比较两次构建的得分，"
                + "请在两次自评的构建之间使用。", e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "formats", value = "none")
    @MojoParameter(name = "locale", value = "en")
    void aBaseAtMonitoringSaysItHasNoScore(DiffMojo mojo) throws Exception {
        Path dept = Files.createDirectories(tmp.resolve("futian"));
        io.github.jixiao.testing.Samples.copyTo(dept);
        Path monitoring = Path.of(DiffUnscoredTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        Path base = reports(monitoring, "base").resolve(ReportWriter.SUMMARY_JSON);
        point(mojo, dept, base);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(base + " does not exist: the base build has no score (at 目标申报 (target filing) and 运行监控 (monitoring) "
                + "nothing is scored, and a submission that could not be scored has none; its score-summary.md says which). "
                + "jixiao:diff compares the scores of two builds: give the score-summary.json of a self-evaluation's build.",
                e.getMessage());
    }
}
