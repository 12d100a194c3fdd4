package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer trial (session 29, defect 9b): jixiao:diff run from a department's folder rewrote findings.sarif with
 * {@code submission/…} where the check, run from the reactor's root, had written {@code futian/submission/…}, without a
 * word. The diff now says so, naming both.
 */
@MojoTest
class DiffRootTest {
    @TempDir
    Path tmp;

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "formats", value = "sarif")
    void aDiffRunFromAnotherFolderThanTheCheckSaysTheSarifNamesMoved(DiffMojo mojo) throws Exception {
        Path dept = Files.createDirectories(tmp.resolve("futian"));
        CheckMojoTest.Console log = prepared(mojo, dept);

        // as from the reactor's root (mvn -pl futian jixiao:diff): futian/submission/…, twice, nothing said
        CheckMojoTest.set(mojo, "multiModuleProjectDirectory", tmp.toFile());
        mojo.execute();
        mojo.execute();
        Path sarif = dept.resolve("target/jixiao/findings.sarif");
        assertTrue(Files.readString(sarif).contains("\"uri\" : \"futian/submission/indicators.json\""), Files.readString(sarif));
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("findings.sarif now names")), String.join("\n", log.lines));

        // as from the department's folder: submission/…, said with both names
        CheckMojoTest.set(mojo, "multiModuleProjectDirectory", dept.toFile());
        mojo.execute();
        assertTrue(Files.readString(sarif).contains("\"uri\" : \"submission/indicators.json\""));
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("findings.sarif now names the files from another folder than the last check did (futian/submission/")
                && l.contains(" then, submission/") && l.contains("mvn -pl <department> jixiao:diff")), String.join("\n", log.lines));
    }

    /**
     * A department in folders of Chinese names (广东省/深圳市/福田区科技和工业信息化局): findings.sarif's URIs percent-encode them, and
     * the warning showed the URIs as written, cut at 200 characters (%E5%B9%BF%E4%B8%9C… and no file name): the folder to
     * run from unreadable. It now names the paths they encode, whole.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "formats", value = "sarif")
    void theFoldersTheWarningNamesAreReadable(DiffMojo mojo) throws Exception {
        Path dept = Files.createDirectories(tmp.resolve("广东省/深圳市/福田区科技和工业信息化局"));
        CheckMojoTest.Console log = prepared(mojo, dept);
        CheckMojoTest.set(mojo, "multiModuleProjectDirectory", tmp.toFile());
        mojo.execute();
        CheckMojoTest.set(mojo, "multiModuleProjectDirectory", dept.toFile());
        mojo.execute();
        String line = log.lines.stream().filter(l -> l.contains("findings.sarif now names")).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", log.lines)));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((广东省/深圳市/福田区科技和工业信息化局/(submission/[^ ]+\\.json)) then, (submission/[^ ]+\\.json) now\\)")
                .matcher(line);
        assertTrue(m.find(), line);
        assertEquals(m.group(2), m.group(3), "the same file, named whole: " + line);
        assertFalse(line.contains("%E") || line.contains("…"), line);
        assertEquals("a b/c", DiffMojo.path("a%20b/c"));
        assertEquals("100%/x", DiffMojo.path("100%/x"), "no escape: as written");
        assertEquals("%FF/x", DiffMojo.path("%FF/x"), "no UTF-8: as written");
    }

    /**
     * The reviewer trial of session 30: `mvn jixiao:diff -Djixiao.baseSummary=<one department's summary>` from the root of
     * a reactor of three compared every department with that one, "得分 88.93 → 95.30（+6.37）" for a department that had
     * not moved, without a word. The diff still runs (a department may rename itself), and now says that its base is
     * another submission's, naming both; a base of the same department says nothing.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "formats", value = "none")
    void aBaseOfAnotherDepartmentIsSaid(DiffMojo mojo) throws Exception {
        Path dept = Files.createDirectories(tmp.resolve("futian"));
        io.github.jixiao.testing.Samples.copyTo(dept);
        Path other = Path.of(DiffRootTest.class.getResource("/real-tables/t5-tianchang-2022").toURI());
        Path base = tmp.resolve("base");
        ReportWriter.write(Files.createDirectories(base), new Engine().run(EngineOptions.of(other, other.resolve("submission"))),
                Map.of(), new Messages(Messages.ZH), new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z"));
        Path same = tmp.resolve("same");
        ReportWriter.write(Files.createDirectories(same), new Engine().run(EngineOptions.of(dept, dept.resolve("submission"))),
                Map.of(), new Messages(Messages.ZH), new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z"));
        CheckMojoTest.set(mojo, "submissionDirectory", dept.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "outputDirectory", dept.resolve("target/jixiao").toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(dept.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dept.resolve("target").toString());
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo.setLog(log);

        CheckMojoTest.set(mojo, "baseSummary", same.resolve("score-summary.json").toFile());
        mojo.execute();
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("另一个申报")), String.join("\n", log.lines));

        CheckMojoTest.set(mojo, "baseSummary", base.resolve("score-summary.json").toFile());
        mojo.execute();
        assertTrue(Files.isRegularFile(dept.resolve("target/jixiao/diff.md")));
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("是另一个申报的")
                && l.contains("基准为 天长市水利局 · 水旱灾害防御经费") && l.contains("本次为 深圳市福田区科技和工业信息化局（本级）")
                && l.contains("mvn -pl <部门> jixiao:diff")), String.join("\n", log.lines));
    }

    /**
     * `mvn jixiao:diff -Djixiao.baseSummary=…` from a reactor's root ran on the root too, which is no department: it wrote
     * check's reports for "申报目录 submission 不存在" into the root's target/jixiao (where the aggregate writes) and then
     * failed the build, "jixiao 无法处理此申报：…/target/jixiao/score-summary.json" (session 30 trial), after every
     * department's diff had been written. The root is skipped, saying why, as check and baseline skip it.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    void aReactorRootIsSkipped(DiffMojo mojo) throws Exception {
        Path dept = Files.createDirectories(tmp.resolve("futian"));
        io.github.jixiao.testing.Samples.copyTo(dept);
        Path base = tmp.resolve("base");
        ReportWriter.write(Files.createDirectories(base), new Engine().run(EngineOptions.of(dept, dept.resolve("submission"))),
                Map.of(), new Messages(Messages.ZH), new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z"));
        CheckMojoTest.set(mojo, "submissionDirectory", tmp.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "outputDirectory", tmp.resolve("target/jixiao").toFile());
        CheckMojoTest.set(mojo, "baseSummary", base.resolve("score-summary.json").toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        project.getModel().addModule("futian");
        mojo.execute();
        assertFalse(Files.exists(tmp.resolve("target/jixiao/findings.json")));
        assertFalse(Files.exists(tmp.resolve("target/jixiao/diff.md")));
    }

    /**
     * A 财政局 reviewer's pre-merge check of a district's repository (session 41's trial, docs/ci.md): the pull request
     * moves money between two tasks of one department by 调剂 without revising their indicators, and the comment posts
     * each department's diff.md. Each said "jixiao score change" without naming its department, and named the finding's
     * file as {@code submission/tasks.json:133}, linked to {@code <repository>/blob/<sha>/submission/tasks.json}, a file the
     * repository does not have (the department's folder left off, where SARIF names it). The title now names the
     * submission and the file is named, and linked, from the repository's root.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "diff")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "formats", value = "none")
    @MojoParameter(name = "repositoryUrl", value = "https://github.com/district/submissions")
    @MojoParameter(name = "revision", value = "0123abcd")
    void aDistrictsDiffNamesItsDepartmentAndTheFileFromTheRepositorysRoot(DiffMojo mojo) throws Exception {
        Path dept = Files.createDirectories(tmp.resolve("kexie"));
        prepared(mojo, dept);
        CheckMojoTest.set(mojo, "multiModuleProjectDirectory", tmp.toFile());
        // the pull request: 4,540,000 元 moved by 调剂 from 人才政策经费 to 课题调研专项, the tasks' budgets updated, no indicator revised
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Path tasksFile = dept.resolve("submission/tasks.json");
        tools.jackson.databind.node.ObjectNode tasks = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(tasksFile));
        for (tools.jackson.databind.JsonNode t : tasks.path("tasks")) {
            long to = switch (t.path("name").asString()) {
                case "人才政策经费" -> 30_000_000L;
                case "课题调研专项" -> 8_346_300L;
                default -> -1;
            };
            if (to > 0) {
                ((tools.jackson.databind.node.ObjectNode) t.path("budget").path("total")).put("value", to);
                ((tools.jackson.databind.node.ObjectNode) t.path("budget").path("fiscal")).put("value", to);
            }
        }
        Files.writeString(tasksFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(tasks));
        Path adjFile = dept.resolve("submission/adjustments.json");
        tools.jackson.databind.node.ObjectNode adj = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(adjFile));
        tools.jackson.databind.node.ArrayNode list = (tools.jackson.databind.node.ArrayNode) adj.path("adjustments");
        list.add(json.readTree("{\"date\": \"2024-09-10\", \"kind\": \"调剂\", \"scope\": \"task\", \"task\": \"人才政策经费\", "
                + "\"amount\": {\"value\": -4540000, \"unit\": \"元\"}, \"before\": {\"value\": 34540000, \"unit\": \"元\"}, "
                + "\"after\": {\"value\": 30000000, \"unit\": \"元\"}, \"reason\": \"调剂至课题调研专项\"}"));
        list.add(json.readTree("{\"date\": \"2024-09-10\", \"kind\": \"调剂\", \"scope\": \"task\", \"task\": \"课题调研专项\", "
                + "\"amount\": {\"value\": 4540000, \"unit\": \"元\"}, \"before\": {\"value\": 3806300, \"unit\": \"元\"}, "
                + "\"after\": {\"value\": 8346300, \"unit\": \"元\"}, \"reason\": \"由人才政策经费调剂\"}"));
        Files.writeString(adjFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(adj));
        mojo.execute();

        String md = Files.readString(dept.resolve("target/jixiao/diff.md"));
        assertTrue(md.startsWith("## jixiao score change: 深圳市福田区科技和工业信息化局（本级）\n"), md);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("- error `indicators-stale-after-adjustment` \\[kexie/submission/tasks\\.json:(\\d+)\\]"
                + "\\(https://github\\.com/district/submissions/blob/0123abcd/kexie/submission/tasks\\.json#L(\\d+)\\) — [^\\n]*人才政策经费").matcher(md);
        assertTrue(m.find(), md);
        assertEquals(m.group(1), m.group(2));
        assertTrue(md.contains("[kexie/submission/tasks.json:") && !md.contains("/blob/0123abcd/submission/"), md);
        assertTrue(md.contains("课题调研专项"), "both tasks the money moved between: " + md);
    }

    /**
     * The sample copied into {@code dept}, a base run's reports written beside it, and {@code mojo} set to diff the
     * department against them (as a build in {@code dept} would); the console it logs to.
     */
    private CheckMojoTest.Console prepared(DiffMojo mojo, Path dept) throws Exception {
        io.github.jixiao.testing.Samples.copyTo(dept);
        Path base = tmp.resolve("base");
        ReportWriter.write(Files.createDirectories(base), new Engine().run(EngineOptions.of(dept, dept.resolve("submission"))),
                Map.of(), new Messages(Locale.ENGLISH), new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z"));
        CheckMojoTest.set(mojo, "submissionDirectory", dept.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "outputDirectory", dept.resolve("target/jixiao").toFile());
        CheckMojoTest.set(mojo, "baseSummary", base.resolve("score-summary.json").toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(dept.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dept.resolve("target").toString());
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo.setLog(log);
        return log;
    }
}
