package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
