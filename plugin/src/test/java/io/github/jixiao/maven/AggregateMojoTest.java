package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.testing.CpuBound;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao:aggregate on a reactor of one department (session 25, items 3 and 4): a module's build directory is its
 * submitter's, so its reports are read only inside the module and never through a link, and what it says is bounded.
 */
@MojoTest
class AggregateMojoTest {
    @TempDir
    Path root;
    @TempDir
    Path outside;
    Path dept;

    /** A findings.json as check writes it, but for a department named {@code name}. */
    static String findings(String name) {
        return "{\n  \"tool\" : \"jixiao\",\n  \"department\" : \"" + name + "\",\n  \"year\" : 2024,\n  \"stage\" : \"自评\",\n"
                + "  \"files\" : [ ],\n  \"findings\" : [ ]\n}\n";
    }

    @BeforeEach
    void reactor() throws Exception {
        dept = root.resolve("dept-a");
        Files.createDirectories(dept.resolve("submission"));
        Files.writeString(outside.resolve("outside-secret.txt"), "AKIAOUTSIDESECRET42 and more\n", StandardCharsets.UTF_8);
    }

    /** The mojo at {@link #root} with its one module {@link #dept}. */
    private AggregateMojo point(AggregateMojo mojo) throws Exception {
        MavenProject parent = (MavenProject) CheckMojoTest.get(mojo, "project");
        parent.setFile(root.resolve("pom.xml").toFile());
        parent.getBuild().setDirectory(root.resolve("target").toString());
        CheckMojoTest.set(mojo, "outputDirectory", root.resolve("target/jixiao").toFile());
        MavenProject module = new MavenProject();
        module.setArtifactId("dept-a");
        module.setFile(dept.resolve("pom.xml").toFile());
        module.getBuild().setDirectory(dept.resolve("target").toString());
        CheckMojoTest.set(mojo, "reactorProjects", List.of(module));
        return mojo;
    }

    private static boolean link(Path link, Path target) throws Exception {
        Files.createDirectories(link.getParent());
        return io.github.jixiao.testing.Links.link(link, target);
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aModulesReportsAreAggregated(AggregateMojo mojo) throws Exception {
        Files.createDirectories(dept.resolve("target/jixiao"));
        Files.writeString(dept.resolve("target/jixiao/findings.json"), findings("甲局"), StandardCharsets.UTF_8);
        point(mojo).execute();
        assertTrue(Files.readString(root.resolve("target/jixiao/aggregate.md"), StandardCharsets.UTF_8).contains("甲局"));
    }

    /**
     * The reactor's root is no department, though a findings.json may lie in its target/jixiao, beside the aggregate's
     * own files (a `mvn jixiao:check` run from the root wrote one; session 30 trial, /tmp/g30/reactor): it was
     * aggregated as a fourth department, "county-review … not scored, 1 error". A project listing modules, without a
     * submission folder, is left out whatever its build directory holds.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void theReactorRootsOwnReportsAreNotADepartment(AggregateMojo mojo) throws Exception {
        Files.createDirectories(dept.resolve("target/jixiao"));
        Files.writeString(dept.resolve("target/jixiao/findings.json"), findings("甲局"), StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("target/jixiao"));
        Files.writeString(root.resolve("target/jixiao/findings.json"), findings("根项目"), StandardCharsets.UTF_8);
        point(mojo);
        MavenProject parent = (MavenProject) CheckMojoTest.get(mojo, "project");
        parent.setArtifactId("county-review");
        parent.getModel().addModule("dept-a");
        MavenProject module = ((List<MavenProject>) CheckMojoTest.get(mojo, "reactorProjects")).get(0);
        CheckMojoTest.set(mojo, "reactorProjects", List.of(module, parent));
        mojo.execute();
        String md = Files.readString(root.resolve("target/jixiao/aggregate.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("甲局"), md);
        assertFalse(md.contains("根项目") || md.contains("county-review"), md);
        assertTrue(md.contains("### Departments (1)"), md);
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aReportLinkedOutOfTheModuleIsRefusedAndNotQuoted(AggregateMojo mojo) throws Exception {
        assumeTrue(link(dept.resolve("target/jixiao/findings.json"), outside.resolve("outside-secret.txt")));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, point(mojo)::execute);
        assertTrue(e.getMessage().contains("only inside the module"), e.getMessage());
        assertTrue(e.getMessage().contains("findings.json"), e.getMessage());
        assertFalse(e.getMessage().contains("AKIA"), e.getMessage());
        assertFalse(Files.exists(root.resolve("target/jixiao/aggregate.md")));
    }

    /**
     * Session 35 (hostile round 4, item 4): the refusal named the file and the module's folder cut at 200 characters
     * (Escape.value), where every other goal shows a path whole (AbstractJixiaoMojo.shown): in a deep module the cut
     * hid which file led out. Whole now, its controls and bidi characters replaced as before.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aRefusalNamesTheFileAndTheModuleWhole(AggregateMojo mojo) throws Exception {
        dept = root.resolve("区县".repeat(40)).resolve("部门\u001b[2J\u202e" + "乙".repeat(60)).resolve("dept-a");
        Files.createDirectories(dept.resolve("submission"));
        assumeTrue(link(dept.resolve("target/jixiao/findings.json"), outside.resolve("outside-secret.txt")));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, point(mojo)::execute);
        String file = io.github.jixiao.report.Escape.console(dept.resolve("target/jixiao/findings.json").toString());
        assertTrue(file.length() > 200, "a path longer than the cut");
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertTrue(e.getMessage().contains(io.github.jixiao.report.Escape.console(dept.toString())), e.getMessage());
        assertFalse(e.getMessage().contains("\u001b") || e.getMessage().contains("\u202e"), e.getMessage());
        assertFalse(e.getMessage().contains("AKIA"), e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aReportFolderLinkedOutOfTheModuleIsRefused(AggregateMojo mojo) throws Exception {
        Files.writeString(outside.resolve("findings.json"), findings("外部门"), StandardCharsets.UTF_8);
        assumeTrue(link(dept.resolve("target/jixiao"), outside));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, point(mojo)::execute);
        assertTrue(e.getMessage().contains("only inside the module"), e.getMessage());
        assertFalse(Files.exists(root.resolve("target/jixiao/aggregate.md")), "the outside department aggregated");
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aBuildDirectoryLinkedOutOfTheModuleIsRefused(AggregateMojo mojo) throws Exception {
        Files.createDirectories(outside.resolve("jixiao"));
        Files.writeString(outside.resolve("jixiao/findings.json"), findings("外部门"), StandardCharsets.UTF_8);
        assumeTrue(link(dept.resolve("target"), outside));
        assertThrows(MojoExecutionException.class, point(mojo)::execute);
        assertFalse(Files.exists(root.resolve("target/jixiao/aggregate.md")), "the outside department aggregated");
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aLinkInsideTheModuleIsNotFollowedEither(AggregateMojo mojo) throws Exception {
        Files.writeString(dept.resolve("elsewhere.json"), findings("甲局"), StandardCharsets.UTF_8);
        assumeTrue(link(dept.resolve("target/jixiao/findings.json"), dept.resolve("elsewhere.json")));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, point(mojo)::execute);
        assertTrue(e.getMessage().contains("findings.json is not a jixiao report: a link, not a regular file"), e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aMalformedReportIsNamedWithLineAndColumnButNotQuoted(AggregateMojo mojo) throws Exception {
        Files.createDirectories(dept.resolve("target/jixiao"));
        Path file = dept.resolve("target/jixiao/findings.json");
        Files.writeString(file, "{\n  \"findings\" : AKIAINSIDESECRET42\n}\n", StandardCharsets.UTF_8);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, point(mojo)::execute);
        assertEquals(file + " is not a jixiao report: line 2, column 16: not valid JSON. Run mvn verify jixiao:aggregate again from the"
                + " root of the reactor, so that check writes it anew.", e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aFifoNamedFindingsJsonIsNotAReportAndDoesNotHang(AggregateMojo mojo) throws Exception {
        Files.createDirectories(dept.resolve("target/jixiao"));
        Path fifo = dept.resolve("target/jixiao/findings.json");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException noMkfifo) {
            assumeTrue(false, "no mkfifo");
            return;
        }
        assumeTrue(mk.waitFor() == 0);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, point(mojo)::execute);
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    /**
     * Review S2, session 26: check wrote a 93.5 MB score-summary.json for a project of 80,000 rows, and aggregate called
     * it "not a jixiao report" and asked to run check again, which writes it the same. Now it says the report is too
     * large for aggregate, why check wrote it so, and what to do; nothing is aggregated.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aReportOverTheLimitIsSaidToBeTooLargeNotAnothers(AggregateMojo mojo) throws Exception {
        Path file = checked().resolve("score-summary.json");
        String s = Files.readString(file, StandardCharsets.UTF_8);
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(" ".getBytes(StandardCharsets.UTF_8)),
                    64L * 1024 * 1024); // sparse: 64 MB + 1 byte, the report with blanks after it
        }
        assertTrue(Files.size(file) > s.length());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, point(mojo)::execute);
        assertEquals(file + " is larger than 67108864 bytes, the most jixiao:aggregate reads of one report. check writes a report"
                + " that large only for a submission of tens of thousands of indicator rows (score-summary.json takes about"
                + " 1.2 KB a row, findings.json about 0.7 KB a finding: 64 MB at about 57,000 rows), so running it again"
                + " writes the same. Nothing was aggregated: leave that module out (-pl '!module'), or split its submission.",
                e.getMessage());
        assertFalse(Files.exists(root.resolve("target/jixiao/aggregate.json")));
    }

    /** The sample checked as dept-a's build does: its reports in dept-a/target/jixiao. */
    private Path checked() throws Exception {
        io.github.jixiao.testing.Samples.copyTo(dept);
        io.github.jixiao.engine.EngineResult r = new io.github.jixiao.engine.Engine().run(
                io.github.jixiao.engine.EngineOptions.of(dept, dept.resolve("submission")));
        Path out = dept.resolve("target/jixiao");
        io.github.jixiao.report.ReportWriter.write(out, r, java.util.Map.of(), new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH),
                io.github.jixiao.report.ReportMeta.of(""));
        return out;
    }

    /** Session 25, item 4: 1e999999999 crashed without a file named, 1e9999999 took 40 s and wrote 10 MB files. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e999999999", "1e9999999", "1e99999999"})
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aHostileTotalIsAMalformedReportNamingTheFile(String total, AggregateMojo mojo) throws Exception {
        Path file = checked().resolve("score-summary.json");
        String s = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, s.replaceFirst("\"total\" : [0-9.]+", "\"total\" : " + total), StandardCharsets.UTF_8);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(total));
        point(mojo);
        MojoExecutionException e = CpuBound.within(java.time.Duration.ofSeconds(20),
                () -> assertThrows(MojoExecutionException.class, mojo::execute));
        assertTrue(e.getMessage().startsWith(file + " is not a jixiao report: at /total: a number beyond what jixiao writes"), e.getMessage());
        assertFalse(Files.exists(root.resolve("target/jixiao/aggregate.json")));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void runningOutOfMemoryIsSaidAsCheckSaysIt(AggregateMojo mojo) throws Exception {
        checked();
        point(mojo);
        MavenProject module = ((List<MavenProject>) CheckMojoTest.get(mojo, "reactorProjects")).get(0);
        // a module whose build directory the heap runs out on, as on 60 MB of {} in findings.json on a small heap
        MavenProject hungry = new MavenProject(module) {
            @Override
            public org.apache.maven.model.Build getBuild() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        CheckMojoTest.set(mojo, "reactorProjects", List.of(module, hungry));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("jixiao ran out of memory: reading the departments' reports ("), e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx2g"), e.getMessage());
    }

    /**
     * A department without results is said with the command to run, and that command checks every department: with
     * {@code -fae} (--fail-at-end), so that one department failing its check does not leave the others unchecked (Maven
     * stops a reactor at the first module that fails, skipping the departments after it: those a later aggregate finds
     * without results). Before, the messages said {@code mvn verify jixiao:aggregate}, which stops there again.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "aggregate")
    @MojoParameter(name = "locale", value = "en")
    void aDepartmentWithoutResultsIsToldToRunWithFailAtEnd(AggregateMojo mojo) throws Exception {
        point(mojo);
        MavenProject skipped = new MavenProject();
        skipped.setArtifactId("dept-b");
        Path b = root.resolve("dept-b");
        Files.createDirectories(b.resolve("submission"));
        skipped.setFile(b.resolve("pom.xml").toFile());
        skipped.getBuild().setDirectory(b.resolve("target").toString());
        List<MavenProject> modules = List.of(((List<MavenProject>) CheckMojoTest.get(mojo, "reactorProjects")).get(0), skipped);
        CheckMojoTest.set(mojo, "reactorProjects", modules);
        // none has results: the goal fails, saying how to check each department first
        MojoExecutionException none = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(none.getMessage().contains("Run mvn -fae verify jixiao:aggregate from the root") && none.getMessage().contains("-fae (--fail-at-end)"),
                none.getMessage());
        // one has: the other is a warning, with the same command
        Files.createDirectories(dept.resolve("target/jixiao"));
        Files.writeString(dept.resolve("target/jixiao/findings.json"), findings("甲局"), StandardCharsets.UTF_8);
        for (String locale : List.of("en", "zh-CN")) {
            CheckMojoTest.set(mojo, "locale", locale);
            CheckMojoTest.Console log = new CheckMojoTest.Console();
            mojo.setLog(log);
            mojo.execute();
            String warning = log.lines.stream().filter(l -> l.contains("dept-b")).findFirst().orElseThrow(() -> new AssertionError(log.lines));
            assertTrue(warning.contains("mvn -fae verify jixiao:aggregate"), warning);
            assertTrue(warning.contains(locale.startsWith("zh") ? "-fae（--fail-at-end）" : "-fae (--fail-at-end)"), warning);
            assertTrue(warning.contains(locale.startsWith("zh") ? "Maven 跳过第一个失败部门之后的部门" : "Maven skips the departments after the first that fails"),
                    warning);
        }
    }
}
