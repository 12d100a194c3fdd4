package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.text.Strings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 34 (hostile round 3): the goals' own lines and failures name paths, and a pull request names the files and
 * folders. A folder or file named with an escape sequence (OSC 0 retitles the terminal's window, CSI 2J clears it), a
 * line break followed by a forged "[ERROR]" line, or a U+202E (the rest of the line reads backwards) reached the console
 * and the CI log raw through init.written, console.baseline, console.reports, console.failed, diff.missingBase and the
 * others. Each path is now shown as every data value is: those characters as U+FFFD, the line break as a space.
 */
@MojoTest
class PathEchoHostileTest {
    /** A folder or file name: legal on Linux, and every character of it but the letters is one a console must not print. */
    static final String HOSTILE = "报告\u001b]0;pwned\u0007\u001b[2J\u202e\n[ERROR] forged\uDB40\uDC41";

    @TempDir
    Path tmp;

    /** Every character a console line must not hold raw: below U+0020 and every hidden one, surrogate pairs included. */
    static void clean(String what, String line) {
        for (int i = 0; i < line.length(); i++) {
            int n = Strings.hiddenAt(line, i);
            assertFalse(line.charAt(i) < 0x20 || n > 0,
                    () -> what + " prints a raw control or hidden character: " + line.replace("\u001b", "<ESC>")
                            .replace("\u202e", "<RLO>").replace("\n", "<LF>").replace("\u0007", "<BEL>"));
        }
    }

    static void clean(String what, List<String> lines) {
        assertFalse(lines.isEmpty(), what);
        lines.forEach(l -> clean(what, l));
        assertTrue(lines.stream().anyMatch(l -> l.contains("报告\uFFFD]0;pwned\uFFFD\uFFFD[2J\uFFFD [ERROR] forged\uFFFD")),
                () -> what + ": the path is shown, its characters replaced: " + lines);
    }

    @Test
    void initSaysWhereItWroteWithThePathCleaned() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(HOSTILE));
        InitMojo mojo = new InitMojo();
        CheckMojoTest.set(mojo, "department", "示例局");
        CheckMojoTest.set(mojo, "year", "2025");
        CheckMojoTest.set(mojo, "initDirectory", dir.toFile());
        CheckMojoTest.set(mojo, "artifactId", "performance-submission");
        CheckMojoTest.set(mojo, "locale", "zh-CN");
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo.setLog(log);
        mojo.execute();
        clean("init.written", log.lines);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute, "a second run: init.exists");
        clean("init.exists", List.of(e.getMessage()));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "baseline")
    void theBaselineLineNamesItsFileCleaned(BaselineMojo mojo) throws Exception {
        io.github.jixiao.testing.Samples.copyTo(tmp);
        Path file = Files.createDirectories(tmp.resolve(HOSTILE)).resolve("jixiao-baseline.json");
        CheckMojoTest.set(mojo, "submissionDirectory", tmp.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "baselineFile", file.toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(Files.isRegularFile(file), "written");
        clean("console.baseline", log.lines);
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "html")
    void theChecksLinesAndFailureNameTheReportsCleaned(CheckMojo mojo) throws Exception {
        Path sub = io.github.jixiao.testing.Samples.copyTo(tmp);
        CheckMojoTest.set(mojo, "submissionDirectory", sub.toFile());
        CheckMojoTest.set(mojo, "outputDirectory", tmp.resolve("target").resolve(HOSTILE).toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        project.setArtifact(new org.apache.maven.artifact.DefaultArtifact("io.github.jixiao.test", "mojo-sample", "1.0",
                "compile", "pom", null, new org.apache.maven.artifact.handler.DefaultArtifactHandler("pom")));
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo.setLog(log);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute, "the sample has errors");
        List<String> reports = new ArrayList<>(log.lines.stream().filter(l -> l.contains("forged")).toList());
        clean("console.reports", reports);
        log.lines.forEach(l -> clean("check", l));
        clean("console.failed", List.of(e.getMessage()));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "formats", value = "none")
    void aMissingBaseIsNamedCleaned(DiffMojo mojo) throws Exception {
        Path sub = io.github.jixiao.testing.Samples.copyTo(tmp);
        CheckMojoTest.set(mojo, "submissionDirectory", sub.toFile());
        CheckMojoTest.set(mojo, "outputDirectory", tmp.resolve("target/jixiao").toFile());
        CheckMojoTest.set(mojo, "baseSummary", tmp.resolve(HOSTILE).resolve("score-summary.json").toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        clean("diff.missingBase", List.of(e.getMessage()));
    }
}
