package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.workbook.FormWorkbooks;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline goal in English on a submission imported from a Word document: the messages it keeps name the
 * document's cells as every other English output does (Table 1!H11), not as the import's sidecar does (表1!H11).
 */
@MojoTest
class BaselineMojoTest {
    @TempDir
    Path tmp;

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "locale", value = "en")
    void anEnglishBaselineNamesAWordDocumentsCellsInEnglish(BaselineMojo mojo) throws Exception {
        Files.createDirectories(tmp.resolve("forms"));
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            wb.getSheet("自评表").getRow(12).getCell(7).setCellValue("见附件"); // a 得分 the check cannot read
            try (XWPFDocument doc = FormWorkbooks.asDocx(wb); OutputStream out = Files.newOutputStream(tmp.resolve("forms/自评报告.docx"))) {
                doc.write(out);
            }
        }
        WorkbookImport.run(tmp, "forms/自评报告.docx", tmp.resolve("submission"), false);
        String baseline = baseline(mojo);
        assertTrue(baseline.contains("Table 1!H"), baseline);
        assertFalse(baseline.matches("(?s).*表\\d+!.*"), baseline);
    }

    /**
     * An English baseline of a scored submission names the framework's criteria in English, as the check's outputs do:
     * 九亭镇 2020's weights (产出 43 of the framework's 50) are those of "Output indicators …", not of 产出指标（数量、质量、
     * 时效、成本）.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "locale", value = "en")
    void anEnglishBaselineNamesTheFrameworksCriteriaInEnglish(BaselineMojo mojo) throws Exception {
        io.github.jixiao.testing.Samples.copyTree(Path.of(BaselineMojoTest.class.getResource("/real-tables/t16-jiuting-chengzhen-2020").toURI()), tmp);
        String baseline = baseline(mojo);
        // the 产出 43 of 50 in the total's finding since session 53 (total-unplaced-split), no longer a split warning of its own
        assertTrue(baseline.contains("Output indicators (quantity, quality, timeliness, cost)") && baseline.contains("weigh 43, 12 in turn"), baseline);
        assertFalse(baseline.contains("产出指标（数量、质量、时效、成本）"), baseline);
    }

    /**
     * `mvn jixiao:baseline` from a district's reactor root wrote the root a jixiao-baseline.json holding its one finding,
     * "申报目录 submission 不存在", and said "已把 1 个问题写入基线" for it (session 30 trial): the root lists the
     * departments as modules and is none of them. It is skipped and nothing is written.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "baseline")
    void aReactorRootWithoutASubmissionGetsNoBaseline(BaselineMojo mojo) throws Exception {
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.getModel().addModule("edu");
        CheckMojoTest.set(mojo, "submissionDirectory", tmp.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "baselineFile", tmp.resolve("jixiao-baseline.json").toFile());
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        mojo.execute();
        assertFalse(Files.exists(tmp.resolve("jixiao-baseline.json")));
    }

    /**
     * Session 33: an I/O failure's message names a path of the project, the submitter's, and reached the console raw
     * (a folder named with a U+202E, a right-to-left override, reads backwards; a line break forges a line). It is
     * cleaned as every data value is.
     */
    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "baseline")
    void anIoFailuresMessageIsCleaned(BaselineMojo mojo) throws Exception {
        io.github.jixiao.testing.Samples.copyTree(Path.of(BaselineMojoTest.class.getResource("/real-tables/t16-jiuting-chengzhen-2020").toURI()), tmp);
        Files.writeString(tmp.resolve("base\u202Efdp.exe\n[ERROR] forged"), "a file, not a folder", StandardCharsets.UTF_8);
        CheckMojoTest.set(mojo, "submissionDirectory", tmp.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "baselineFile", tmp.resolve("base\u202Efdp.exe\n[ERROR] forged/jixiao-baseline.json").toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        org.apache.maven.plugin.MojoExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("base\uFFFDfdp.exe [ERROR] forged"), e.getMessage());
        assertFalse(e.getMessage().contains("\u202E") || e.getMessage().contains("\n"), e.getMessage());
    }

    /** Runs {@code mojo} on tmp/submission as a project in tmp; the baseline file it writes. */
    private String baseline(BaselineMojo mojo) throws Exception {
        CheckMojoTest.set(mojo, "submissionDirectory", tmp.resolve("submission").toFile());
        CheckMojoTest.set(mojo, "baselineFile", tmp.resolve("jixiao-baseline.json").toFile());
        MavenProject project = (MavenProject) CheckMojoTest.get(mojo, "project");
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(tmp.resolve("target").toString());
        mojo.execute();
        return Files.readString(tmp.resolve("jixiao-baseline.json"), StandardCharsets.UTF_8);
    }
}
