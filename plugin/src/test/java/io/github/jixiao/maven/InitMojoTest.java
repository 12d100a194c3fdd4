package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao:init without its department or year, or with a year written "2025年": the goal's own message, naming the
 * property to add ({@code -Djixiao.year=2025}), not Maven's "parameters … are missing or invalid" / "Cannot convert".
 */
class InitMojoTest {
    @TempDir
    Path tmp;

    private InitMojo mojo(String department, String year, String locale) throws Exception {
        InitMojo mojo = new InitMojo();
        CheckMojoTest.set(mojo, "department", department);
        CheckMojoTest.set(mojo, "year", year);
        CheckMojoTest.set(mojo, "initDirectory", tmp.toFile());
        CheckMojoTest.set(mojo, "artifactId", "performance-submission");
        CheckMojoTest.set(mojo, "locale", locale);
        return mojo;
    }

    private String fails(String department, String year, String locale) throws Exception {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo(department, year, locale)::execute);
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count(), "nothing written");
        }
        return e.getMessage();
    }

    @Test
    void aMissingOrMisspeltArgumentNamesThePropertyToAdd() throws Exception {
        assertEquals("jixiao:init 需要部门名称和预算年度：请加上 -Djixiao.department=某某局 -Djixiao.year=2025（年度只写数字）再运行。",
                fails(null, null, "zh-CN"));
        assertEquals("jixiao:init 需要预算年度：请加上 -Djixiao.year=2025（只写数字，不带“年”）再运行。", fails("示例局", null, "zh-CN"));
        assertTrue(fails(null, "2025", "zh-CN").contains("请加上 -Djixiao.department=某某局"));
        assertTrue(fails("  ", "2025", "zh-CN").contains("请加上 -Djixiao.department=某某局"));
        assertEquals("jixiao:init：预算年度须是 2000 到 2100 之间的年份，只写数字，不能是“2025年”。请写成 -Djixiao.year=2025。",
                fails("示例局", "2025年", "zh-CN"));
        assertTrue(fails("示例局", "二〇二五", "zh-CN").contains("不能是“二〇二五”"));
        assertTrue(fails("示例局", "1999", "zh-CN").contains("不能是“1999”。请写成 -Djixiao.year=2025"));
        assertTrue(fails("示例局", "99999999999", "zh-CN").contains("不能是“99999999999”"));
        String en = fails("示例局", "2025年", "en");
        assertTrue(en.contains("not \"2025年\". Write it as -Djixiao.year=2025."), en);
        assertTrue(fails(null, null, "en").contains("add -Djixiao.department=… -Djixiao.year=2025"));
    }

    @Test
    void aYearInDigitsWritesTheSubmission() throws Exception {
        mojo("示例局", " 2025 ", "zh-CN").execute();
        String dept = Files.readString(tmp.resolve("submission/department.json"), StandardCharsets.UTF_8);
        assertTrue(dept.contains("2025"), dept);
        assertFalse(Files.readString(tmp.resolve("pom.xml"), StandardCharsets.UTF_8).isEmpty());
    }

    /**
     * After writing the folder, init says what it wrote and what to do next (s31 trial: it named the folder only; a unit
     * filing one project's targets got a whole department's submission, kind department on shenzhen-department-2024,
     * and learnt it from a framework-invalid warning): the kind and framework written, that a project changes them as the
     * README says, and the command to run there.
     */
    @Test
    void initSaysWhatItWroteAndWhatToDoNext() throws Exception {
        for (String locale : List.of("zh-CN", "en")) {
            Path dir = Files.createDirectories(tmp.resolve(locale));
            InitMojo mojo = mojo("示例局", "2025", locale);
            CheckMojoTest.set(mojo, "initDirectory", dir.toFile());
            CheckMojoTest.Console log = new CheckMojoTest.Console();
            mojo.setLog(log);
            mojo.execute();
            assertEquals(2, log.lines.size(), log.lines.toString());
            String next = log.lines.get(1);
            assertTrue(locale.equals("en")
                    ? next.contains("a whole department's target filing (kind department, framework shenzhen-department-2024)") && next.contains("the folder's README.md")
                            && next.contains("kind project") && next.contains("./mvnw verify")
                    : next.contains("部门整体支出（kind department，评分框架 shenzhen-department-2024）") && next.contains("README.md")
                            && next.contains("kind 改为 project") && next.contains("./mvnw verify"), next);
            // what the line says is what was written, and what the README it names says
            String dept = Files.readString(dir.resolve("submission/department.json"), StandardCharsets.UTF_8);
            assertTrue(dept.contains("\"kind\" : \"department\"") && dept.contains("\"framework\" : \"shenzhen-department-2024\""), dept);
            assertTrue(Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8).contains("把 `kind` 改为 `project`"));
        }
    }

    /**
     * {@code -Djixiao.kind=project} (officer trial s31: a project's filing needed a hand edit of department.json): the
     * project's submission written, and the log says so; a kind that is neither is refused before anything is written.
     */
    @Test
    void kindProjectWritesAProjectsSubmission() throws Exception {
        InitMojo mojo = mojo("示例局", "2025", "zh-CN");
        CheckMojoTest.set(mojo, "kind", "project");
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo.setLog(log);
        mojo.execute();
        String dept = Files.readString(tmp.resolve("submission/department.json"), StandardCharsets.UTF_8);
        assertTrue(dept.contains("\"kind\" : \"project\"") && dept.contains("\"framework\" : \"mof-project-2020\""), dept);
        assertFalse(Files.exists(tmp.resolve("submission/tasks.json")));
        assertTrue(log.lines.get(1).contains("一个项目（kind project，评分框架 mof-project-2020）") && log.lines.get(1).contains("project.name"),
                log.lines.toString());
        Path other = Files.createDirectories(tmp.resolve("other"));
        InitMojo wrong = mojo("示例局", "2025", "zh-CN");
        CheckMojoTest.set(wrong, "initDirectory", other.toFile());
        CheckMojoTest.set(wrong, "kind", "项目");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, wrong::execute);
        assertEquals("jixiao:init：申报的类别（-Djixiao.kind）只能是 department（部门整体支出，默认）或 project（一个项目的支出），不能是“项目”。", e.getMessage());
        try (var files = Files.list(other)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    /**
     * Review S2, session 26: a folder whose .github or submission is a link leading out of it got the workflow and the
     * JSON files written where the link pointed. Now init refuses, naming the link, before anything is written.
     */
    @Test
    void aFolderOnTheWayThatIsALinkIsRefusedBeforeAnythingIsWritten(@TempDir Path outside) throws Exception {
        for (String linked : List.of(".github", "submission", ".mvn")) {
            for (String locale : List.of("zh-CN", "en")) {
                Path target = Files.createDirectories(outside.resolve(linked + locale));
                Path link = Files.createSymbolicLink(tmp.resolve(linked), target);
                MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo("示例局", "2025", locale)::execute);
                assertEquals(locale.equals("en")
                        ? "jixiao:init writes only inside the folder " + tmp + " and never through a link: " + link
                                + " is a symbolic link, or leads out of the folder. Remove the link (or run init in another"
                                + " folder) and run it again. Nothing was written."
                        : "jixiao:init 只在文件夹 " + tmp + " 内写入，不经由链接写入：" + link
                                + " 是符号链接，或指向该文件夹之外。请删除该链接（或换一个文件夹运行 init）后再运行。未写入任何文件。",
                        e.getMessage());
                try (var files = Files.list(tmp); var out = Files.walk(outside)) {
                    assertEquals(List.of(link), files.toList(), "nothing written in the folder");
                    assertTrue(out.allMatch(Files::isDirectory), "nothing written where the link points");
                }
                Files.delete(link);
            }
        }
        // a link deeper down (.github/workflows) and one pointing inside the folder: refused as well
        Files.createDirectories(tmp.resolve(".github"));
        Path workflows = Files.createSymbolicLink(tmp.resolve(".github/workflows"), outside);
        assertTrue(assertThrows(MojoExecutionException.class, mojo("示例局", "2025", "en")::execute).getMessage()
                .contains(": " + workflows + " is a symbolic link"));
        Files.delete(workflows);
        Files.createDirectories(tmp.resolve("elsewhere"));
        Path inward = Files.createSymbolicLink(tmp.resolve("submission"), tmp.resolve("elsewhere"));
        assertTrue(assertThrows(MojoExecutionException.class, mojo("示例局", "2025", "en")::execute).getMessage()
                .contains(": " + inward + " is a symbolic link"));
        try (var files = Files.walk(tmp)) {
            assertEquals(4, files.count(), "only the folders and the link made here: " + tmp);
        }
        // without links, the same folders (existing, empty) are written into as before
        Files.delete(inward);
        mojo("示例局", "2025", "zh-CN").execute();
        assertTrue(Files.isRegularFile(tmp.resolve(".github/workflows/jixiao.yml")));
        assertTrue(Files.isRegularFile(tmp.resolve("submission/department.json")));
    }

    /**
     * A link where a file would go: one leading out of the folder (here dangling) is refused as leading out, one to a
     * file inside is an existing file; either way before anything is written.
     */
    @Test
    void aLinkWhereAFileWouldGoIsAnExistingFile(@TempDir Path outside) throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("pom.xml"), outside.resolve("absent.xml"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo("示例局", "2025", "en")::execute);
        assertTrue(e.getMessage().contains(": " + link + " is a symbolic link, or leads out of the folder."), e.getMessage());
        try (var files = Files.list(tmp); var out = Files.list(outside)) {
            assertEquals(List.of(link), files.toList());
            assertEquals(0, out.count());
        }
        Files.delete(link);
        Files.writeString(tmp.resolve("notes.txt"), "");
        Path inward = Files.createSymbolicLink(tmp.resolve("pom.xml"), tmp.resolve("notes.txt"));
        assertEquals(inward + " already exists; jixiao:init never overwrites a file",
                assertThrows(MojoExecutionException.class, mojo("示例局", "2025", "en")::execute).getMessage());
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count());
        }
    }

    /**
     * Two departments of one year, each written by init into its own folder of a district (README, "A reactor of departments
     * for aggregate"), without -Djixiao.artifactId: each pom takes its folder's name as its artifactId. Before (session 38,
     * trial E) both were performance-submission, and Maven refused the district's reactor ("Project
     * 'local.submission:performance-submission:2025.1' is duplicated in the reactor"); aggregate's 模块 column named every
     * department alike. A folder whose name Maven does not accept (中文, a space) keeps performance-submission, and
     * -Djixiao.artifactId still decides.
     */
    @Test
    void eachDepartmentsFolderNamesItsArtifact() throws Exception {
        java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String folder : List.of("science", "education", "科协 绩效")) {
            Path dir = Files.createDirectories(tmp.resolve(folder));
            InitMojo mojo = mojo("示例局", "2025", "zh-CN");
            CheckMojoTest.set(mojo, "artifactId", null);
            CheckMojoTest.set(mojo, "initDirectory", dir.toFile());
            mojo.setLog(new CheckMojoTest.Console());
            mojo.execute();
            String pom = Files.readString(dir.resolve("pom.xml"), StandardCharsets.UTF_8);
            java.util.regex.Matcher a = java.util.regex.Pattern.compile("<artifactId>([^<]*)</artifactId>").matcher(pom);
            assertTrue(a.find(), pom);
            ids.put(folder, a.group(1));
        }
        assertEquals(java.util.Map.of("science", "science", "education", "education", "科协 绩效", "performance-submission"), ids);
        Path given = Files.createDirectories(tmp.resolve("given"));
        InitMojo mojo = mojo("示例局", "2025", "zh-CN");
        CheckMojoTest.set(mojo, "artifactId", "kexie-2025");
        CheckMojoTest.set(mojo, "initDirectory", given.toFile());
        mojo.setLog(new CheckMojoTest.Console());
        mojo.execute();
        assertTrue(Files.readString(given.resolve("pom.xml"), StandardCharsets.UTF_8).contains("<artifactId>kexie-2025</artifactId>"));
    }
}
