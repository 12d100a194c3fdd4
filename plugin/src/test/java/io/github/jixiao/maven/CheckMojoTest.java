package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal as Maven configures it (maven-plugin-testing-harness), on copies of the sample. */
@MojoTest
class CheckMojoTest {

    @TempDir
    Path tmp;

    private Path sampleCopy() throws IOException {
        return io.github.jixiao.testing.Samples.copyTo(tmp);
    }

    private void point(CheckMojo mojo, Path submission) throws Exception {
        set(mojo, "submissionDirectory", submission.toFile());
        set(mojo, "outputDirectory", tmp.resolve("out").toFile());
        MavenProject project = (MavenProject) get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.toString()); // reports go only below the build directory: tmp/out is
        project.setArtifact(new org.apache.maven.artifact.DefaultArtifact("io.github.jixiao.test", "mojo-sample", "1.0",
                "compile", "pom", null, new org.apache.maven.artifact.handler.DefaultArtifactHandler("pom")));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void sampleWritesReports(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        mojo.execute();
        Path out = tmp.resolve("out");
        assertTrue(Files.isRegularFile(out.resolve("findings.json")));
        assertTrue(Files.isRegularFile(out.resolve("findings.sarif")));
        String json = Files.readString(out.resolve("findings.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"department\" : \"深圳市福田区科技和工业信息化局（本级）\""), json.substring(0, 300));
        // the score summary is attached to the build, so install and deploy publish it
        MavenProject project = (MavenProject) get(mojo, "project");
        assertEquals(1, project.getAttachedArtifacts().size());
        assertEquals("score-summary", project.getAttachedArtifacts().get(0).getClassifier());
        assertEquals("json", project.getAttachedArtifacts().get(0).getType());
        assertEquals(out.resolve("score-summary.json").toFile(), project.getAttachedArtifacts().get(0).getFile());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    void brokenFileFailsTheBuildNamingIt(CheckMojo mojo) throws Exception {
        Path sub = sampleCopy();
        Files.writeString(sub.resolve("budget.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\",\n  \"x\": ");
        point(mojo, sub);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("findings.json"), e.getMessage());
        // a finance user is sent to the page first (the machine-readable files after it)
        assertTrue(e.getMessage().contains("每个问题及其改法见 " + tmp.resolve("out/score-summary.html")), e.getMessage());
        set(mojo, "formats", "none"); // no page written: none named, and how to get it
        e = assertThrows(MojoFailureException.class, mojo::execute);
        assertFalse(e.getMessage().contains("score-summary.html 中") || e.getMessage().contains("见 " + tmp.resolve("out/score-summary.html")), e.getMessage());
        assertTrue(e.getMessage().contains("在 jixiao.formats 中加上 html"), e.getMessage());
        String json = Files.readString(tmp.resolve("out/findings.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"file\" : \"submission/budget.json\""));
        assertTrue(json.contains("\"rule\" : \"json-syntax\""));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    void violationsUpToTheAllowanceDoNotFail(CheckMojo mojo) throws Exception {
        Path sub = sampleCopy();
        point(mojo, sub);
        long errors = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(tmp, sub)).findings()
                .stream().filter(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR).count();
        assertTrue(errors > 0, "the sample has errors");
        set(mojo, "maxAllowedViolations", (int) errors - 1);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("有 " + errors + " 个"), e.getMessage());
        set(mojo, "maxAllowedViolations", (int) errors);
        mojo.execute();
        set(mojo, "violationSeverity", "warning");
        assertThrows(MojoFailureException.class, mojo::execute, "warnings count once the threshold is warning");
    }

    /**
     * A district's reactor root (a pom listing the departments as modules, no submission folder of its own) is no
     * department: `mvn jixiao:check` from the root skipped nothing there and failed the build on "申报目录 submission
     * 不存在" (session 30 trial, /tmp/g30/reactor), writing a findings.json beside the aggregate's reports. It is skipped,
     * saying why; a root that has a submission folder is still checked.
     */
    /**
     * A pom with modules whose submissionDirectory is mistyped (submision), its submission folder beside the pom: a
     * department with modules of its own, not a reactor root. It was skipped as a root (info level), so the check
     * passed without reading anything; it fails on the missing folder as before the reactor-root skip.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    void aMistypedSubmissionFolderBesideModulesStillFails(CheckMojo mojo) throws Exception {
        sampleCopy(); // tmp/submission: the department's folder
        point(mojo, tmp.resolve("submision"));
        MavenProject project = (MavenProject) get(mojo, "project");
        project.getModel().addModule("projects");
        assertThrows(Exception.class, mojo::execute, "a missing submission folder still fails beside a real one");
        // a root whose one folder with a department.json is a module (its files beside its pom): a root, skipped
        project.getModel().getModules().clear();
        project.getModel().addModule("submission");
        Files.deleteIfExists(tmp.resolve("out/findings.json")); // (the failed run above wrote its own)
        mojo.execute();
        assertFalse(Files.exists(tmp.resolve("out/findings.json")));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    void aReactorRootWithoutASubmissionIsSkipped(CheckMojo mojo) throws Exception {
        point(mojo, tmp.resolve("submission"));
        MavenProject project = (MavenProject) get(mojo, "project");
        project.getModel().addModule("edu");
        mojo.execute();
        assertFalse(Files.exists(tmp.resolve("out")));
        point(mojo, sampleCopy()); // with a submission folder, the same pom is a department with modules: checked
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(Files.isRegularFile(tmp.resolve("out/findings.json")));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipWritesNothing(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        mojo.execute();
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "failOnViolation", value = "false")
    void englishMessages(CheckMojo mojo) throws Exception {
        Path sub = sampleCopy();
        Files.writeString(sub.resolve("extra.json"), "{}");
        point(mojo, sub);
        mojo.execute();
        String json = Files.readString(tmp.resolve("out/findings.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("The file names no $schema"), json);
        assertEquals(-1, json.indexOf("文件没有声明"));
    }

    /** A log that keeps every line said, at any level. */
    static class Console extends org.apache.maven.plugin.logging.SystemStreamLog {
        final java.util.List<String> lines = new java.util.ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            lines.add(content.toString());
        }

        @Override
        public void error(CharSequence content) {
            lines.add(content.toString());
        }
    }

    /**
     * In English, the console's findings name the framework's criteria in its English, as findings.json, the SARIF and
     * the page do: the findings are printed before the score, and were told without the score sheet's names.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "failOnViolation", value = "false")
    void englishConsoleNamesCriteriaInTheFrameworksEnglish(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        Console log = new Console();
        mojo.setLog(log);
        mojo.execute();
        String line = log.lines.stream().filter(l -> l.contains("[score-ignores-missed-target]")).findFirst().orElseThrow();
        assertTrue(line.contains("Criterion \"Social, economic, ecological and lasting effects\" is judged against the indicators"), line);
        String json = Files.readString(tmp.resolve("out/findings.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("Criterion \\\"Social, economic, ecological and lasting effects\\\" is judged"), "the same words as findings.json");
    }

    /** A log at debug level that keeps its debug lines. */
    static final class DebugConsole extends Console {
        final java.util.List<String> debug = new java.util.ArrayList<>();

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(CharSequence content) {
            debug.add(content.toString());
        }
    }

    /**
     * With the mojo's logger at debug ({@code -Dorg.slf4j.simpleLogger.log.io.github.jixiao=debug}), the goal says its wall
     * time and the CPU time of Maven's thread, which {@code benchmark/build-cost.sh} reads (issue 17's cold start); at
     * Maven's default level it says nothing of it.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void theGoalsTimeIsSaidAtDebugLevelOnly(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        DebugConsole debug = new DebugConsole();
        mojo.setLog(debug);
        mojo.execute();
        assertEquals(1, debug.debug.size(), debug.debug.toString());
        assertTrue(debug.debug.get(0).matches("jixiao:check: \\d+ ms wall, -?\\d+ ms CPU on Maven's thread"), debug.debug.get(0));
        Console quiet = new Console();
        mojo.setLog(quiet);
        mojo.execute();
        assertTrue(quiet.lines.stream().noneMatch(l -> l.contains("ms wall")), quiet.lines.toString());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "violationSeverity", value = "fatal")
    void badSeverityIsAConfigurationError(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "en")
    void anInvalidGlobIsAConfigurationErrorNamingIt(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        set(mojo, "includes", java.util.List.of("**/*.json", "submission/[abc.json"));
        org.apache.maven.plugin.MojoExecutionException e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("jixiao.includes: \"submission/[abc.json\" is not a valid glob pattern"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "en")
    void reportsOutsideTheBuildDirectoryAreAConfigurationError(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        Path elsewhere = Files.createTempDirectory("jixiao-elsewhere");
        try {
            set(mojo, "outputDirectory", elsewhere.resolve("out").toFile());
            org.apache.maven.plugin.MojoExecutionException e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("only below the build directory"), e.getMessage());
            assertFalse(Files.exists(elsewhere.resolve("out")));
        } finally {
            Files.deleteIfExists(elsewhere);
        }
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void formatsWriteOnlyTheReportsAskedForAndRemoveTheOthers(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        mojo.execute(); // every report (the default)
        Path out = tmp.resolve("out");
        assertEquals(java.util.List.of("findings.json", "findings.sarif", "score-summary.html", "score-summary.json",
                    "score-summary.md", "score-summary.xlsx"), names(out));
        byte[] sarif = Files.readAllBytes(out.resolve("findings.sarif"));
        set(mojo, "formats", " SARIF ");
        mojo.execute(); // the machine-readable reports only: the earlier run's page, Markdown and workbook go
        assertEquals(java.util.List.of("findings.json", "findings.sarif", "score-summary.json"), names(out));
        org.junit.jupiter.api.Assertions.assertArrayEquals(sarif, Files.readAllBytes(out.resolve("findings.sarif")));
        set(mojo, "formats", "none");
        mojo.execute();
        assertEquals(java.util.List.of("findings.json", "score-summary.json"), names(out));
        set(mojo, "formats", "md,xlsx");
        mojo.execute();
        assertEquals(java.util.List.of("findings.json", "score-summary.json", "score-summary.md", "score-summary.xlsx"), names(out));
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif,pdf")
    void anUnknownFormatIsAConfigurationErrorNamingItBeforeAnyWork(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        org.apache.maven.plugin.MojoExecutionException e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("jixiao.formats：“pdf”不是报告格式。请填写 sarif, md, html, xlsx, codequality"), e.getMessage());
        // every word the parameter takes, its default among them (-Djixiao.formats=default,codequality for GitLab)
        assertTrue(e.getMessage().contains("或 default（sarif、md、html 和 xlsx，即默认值）、all、none"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    /**
     * GitLab's report names each file from the repository's root: Maven's root (here the project's parent folder) puts
     * the project's folder first; a root the project is not in is a warning, and the files are named from the project.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "codequality")
    void codeQualityNamesFilesFromTheRepositoryRoot(CheckMojo mojo) throws Exception {
        point(mojo, sampleCopy());
        set(mojo, "multiModuleProjectDirectory", tmp.getParent().toFile());
        Console log = new Console();
        mojo.setLog(log);
        mojo.execute();
        Path report = tmp.resolve("out").resolve(io.github.jixiao.report.CodeQuality.FILE);
        tools.jackson.databind.JsonNode issues = io.github.jixiao.report.Json.mapper().readTree(Files.readAllBytes(report));
        assertTrue(issues.size() > 0);
        for (tools.jackson.databind.JsonNode i : issues) {
            assertTrue(i.at("/location/path").asString().startsWith(tmp.getFileName() + "/submission/"), i.toString());
        }
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("jixiao.repositoryRoot")), String.join("\n", log.lines));

        Path elsewhere = Files.createDirectories(tmp.resolve("out").resolve("elsewhere"));
        set(mojo, "repositoryRoot", elsewhere.toFile());
        log.lines.clear();
        mojo.execute();
        issues = io.github.jixiao.report.Json.mapper().readTree(Files.readAllBytes(report));
        for (tools.jackson.databind.JsonNode i : issues) {
            assertTrue(i.at("/location/path").asString().startsWith("submission/"), i.toString());
        }
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("The repository's root " + elsewhere + " (jixiao.repositoryRoot)")
                && l.contains("does not contain the project")), String.join("\n", log.lines));
    }

    /** The names of the files in {@code dir}, sorted. */
    private static java.util.List<String> names(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Field field(Object o, String name) throws NoSuchFieldException {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    static void set(Object o, String field, Object value) throws Exception {
        Field f = field(o, field);
        f.setAccessible(true);
        f.set(o, value);
    }

    static Object get(Object o, String field) throws Exception {
        Field f = field(o, field);
        f.setAccessible(true);
        return f.get(o);
    }

    static File file(Path p) {
        return p.toFile();
    }
}
