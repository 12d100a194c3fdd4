package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals besides check keep to the project as check does (session 25, items 5 and 6): a build directory planted with
 * a link out of the project is neither deleted from nor written through.
 */
@MojoTest
class ConfinedGoalsTest {
    @TempDir
    Path tmp;
    @TempDir
    Path outside;

    /** tmp as the project (build directory tmp/target), its submission a copy of the sample; the project. */
    private MavenProject project(Object mojo) throws Exception {
        io.github.jixiao.testing.Samples.copyTo(tmp);
        CheckMojoTest.set(mojo, "submissionDirectory", tmp.resolve("submission").toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        return project;
    }

    private boolean plantLink(Path link) throws Exception {
        Files.createDirectories(link.getParent());
        return io.github.jixiao.testing.Links.link(link, outside);
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "locale", value = "en")
    void diffDeletesNothingThroughALinkOutOfTheProject(DiffMojo mojo) throws Exception {
        project(mojo);
        Files.writeString(outside.resolve("diff.md"), "someone else's", StandardCharsets.UTF_8);
        Files.writeString(outside.resolve("diff.json"), "{}", StandardCharsets.UTF_8);
        assumeTrue(plantLink(tmp.resolve("target/jixiao")));
        CheckMojoTest.set(mojo, "outputDirectory", tmp.resolve("target/jixiao").toFile());
        CheckMojoTest.set(mojo, "baseSummary", tmp.resolve("base/score-summary.json").toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("only below the build directory"), e.getMessage());
        assertEquals("someone else's", Files.readString(outside.resolve("diff.md"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(outside.resolve("diff.json")), "the outside folder's diff.json kept");
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "skip", value = "true")
    void aSkippedDiffDeletesNothingThroughALinkEither(DiffMojo mojo) throws Exception {
        project(mojo);
        Files.writeString(outside.resolve("diff.md"), "someone else's", StandardCharsets.UTF_8);
        assumeTrue(plantLink(tmp.resolve("target/jixiao")));
        CheckMojoTest.set(mojo, "outputDirectory", tmp.resolve("target/jixiao").toFile());
        assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(Files.exists(outside.resolve("diff.md")));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "report")
    @MojoParameter(name = "jixiaoLocale", value = "en")
    void reportWritesNothingThroughALinkOutOfTheProject(ReportMojo mojo) throws Exception {
        project(mojo);
        Files.writeString(outside.resolve("jixiao.html"), "someone else's", StandardCharsets.UTF_8);
        assumeTrue(plantLink(tmp.resolve("target/reports")));
        CheckMojoTest.set(mojo, "outputDirectory", tmp.resolve("target/reports").toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("only below the build directory"), e.getMessage());
        assertEquals("someone else's", Files.readString(outside.resolve("jixiao.html"), StandardCharsets.UTF_8));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "report")
    @MojoParameter(name = "jixiaoLocale", value = "en")
    void aSitesFolderOutsideTheBuildDirectoryIsRefused(ReportMojo mojo) throws Exception {
        project(mojo);
        mojo.setReportOutputDirectory(outside.toFile());
        assertThrows(org.apache.maven.reporting.MavenReportException.class, () -> mojo.generate(null, java.util.Locale.ENGLISH));
        assertEquals(0, outside.toFile().list().length, "nothing written outside");
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "report")
    @MojoParameter(name = "jixiaoLocale", value = "en")
    void reportStillWritesItsPageBelowTheBuildDirectory(ReportMojo mojo) throws Exception {
        project(mojo);
        CheckMojoTest.set(mojo, "outputDirectory", tmp.resolve("target/reports").toFile());
        mojo.execute();
        assertTrue(Files.isRegularFile(tmp.resolve("target/reports/jixiao.html")));
    }
}
