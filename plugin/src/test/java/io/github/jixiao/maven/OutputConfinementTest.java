package io.github.jixiao.maven;

import static io.github.jixiao.testing.Links.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.report.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 1: reports are written only below the build directory, whatever links a pull request plants. */
class OutputConfinementTest {
    @TempDir
    Path base;
    @TempDir
    Path outside;
    MavenProject project;
    final Messages en = new Messages(Locale.ENGLISH);

    @BeforeEach
    void setUp() {
        project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(base.resolve("target").toString());
    }

    @Test
    void theDefaultOutputIsAccepted() throws MojoExecutionException {
        File out = base.resolve("target/jixiao").toFile();
        assertEquals(out.toPath().toAbsolutePath().normalize(), AbstractJixiaoMojo.confinedOutput(project, out, en));
    }

    @Test
    void anOutputOutsideTheBuildDirectoryIsAConfigurationError() {
        File out = outside.resolve("reports").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> AbstractJixiaoMojo.confinedOutput(project, out, en));
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("only below the build directory"), e.getMessage());
    }

    @Test
    void aCommittedLinkInTheBuildDirectoryIsRefused() throws IOException {
        Files.createDirectories(base.resolve("target"));
        assumeTrue(link(base.resolve("target/jixiao"), outside));
        assertThrows(MojoExecutionException.class,
                () -> AbstractJixiaoMojo.confinedOutput(project, base.resolve("target/jixiao").toFile(), en));
        assertEquals(0, outside.toFile().list().length, "nothing written outside");
    }

    @Test
    void aBuildDirectoryThatIsALinkOutIsRefused() {
        assumeTrue(link(base.resolve("target"), outside));
        assertThrows(MojoExecutionException.class,
                () -> AbstractJixiaoMojo.confinedOutput(project, base.resolve("target/jixiao").toFile(), en));
    }
}
