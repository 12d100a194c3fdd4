package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.report.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an import writes: only into real folders inside the project (a pull request may plant a link at
 * submission/&lt;sheet&gt; leading anywhere the build user can write), and all of it or nothing.
 */
class ImportFoldersTest {
    @TempDir
    Path tmp;

    static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** A workbook with two projects, on sheets {@code a} and {@code b}. */
    static Path twoSheets(Path file, String a, String b) throws IOException {
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            wb.cloneSheet(0, b);
            wb.setSheetName(0, a);
            return FormWorkbooks.save(wb, file);
        }
    }

    @Test
    void aSheetsFolderLinkedOutOfTheProjectIsRefused() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("budget.json"), "VICTIM DATA", StandardCharsets.UTF_8);
        Files.writeString(outside.resolve("secret-name.json"), "{}", StandardCharsets.UTF_8);
        twoSheets(project.resolve("forms/two.xlsx"), "A", "B");
        Files.createDirectories(project.resolve("submission"));
        assumeTrue(link(project.resolve("submission/B"), outside), "this file system cannot make links");
        for (boolean overwrite : new boolean[] {true, false}) {
            WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                    () -> WorkbookImport.run(project, "forms/two.xlsx", project.resolve("submission"), overwrite));
            assertEquals("submission/B: 是符号链接（或在符号链接之下），导入只写入项目内真实的文件夹；请删除这个链接后再导入", e.getMessage());
            assertEquals("submission/B: is a symbolic link (or below one); the import writes only into real folders inside the "
                    + "project: remove the link and import again", e.message(new Messages(java.util.Locale.ENGLISH)));
            assertEquals("VICTIM DATA", Files.readString(outside.resolve("budget.json")), "nothing written through the link");
            assertEquals(List.of("budget.json", "secret-name.json"), names(outside));
            assertFalse(Files.exists(project.resolve("submission/A")), "nothing written at all");
        }
    }

    @Test
    void aLinkAboveTheSheetsFolderIsRefusedEvenWhenItLeadsInside() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        twoSheets(project.resolve("forms/two.xlsx"), "A", "B");
        Files.createDirectories(project.resolve("real"));
        assumeTrue(link(project.resolve("sub"), project.resolve("real")), "this file system cannot make links");
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(project, "forms/two.xlsx", project.resolve("sub"), false));
        assertTrue(e.getMessage().startsWith("sub: 是符号链接"), e.getMessage());
        assertEquals(List.of(), names(project.resolve("real")));
    }

    @Test
    void aDanglingLinkIsRefusedToo() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        twoSheets(project.resolve("forms/two.xlsx"), "A", "B");
        Files.createDirectories(project.resolve("submission"));
        assumeTrue(link(project.resolve("submission/A"), tmp.resolve("nowhere")), "this file system cannot make links");
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(project, "forms/two.xlsx", project.resolve("submission"), true));
        assertTrue(e.getMessage().startsWith("submission/A: 是符号链接"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("nowhere")));
    }

    @Test
    void realFoldersAreWrittenAndTheirOtherFilesListed() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        twoSheets(project.resolve("forms/two.xlsx"), "A", "B");
        Files.createDirectories(project.resolve("submission/B"));
        Files.writeString(project.resolve("submission/B/tasks.json"), "{}", StandardCharsets.UTF_8);
        WorkbookImport.Result r = WorkbookImport.run(project, "forms/two.xlsx", project.resolve("submission"), false);
        assertTrue(r.written().contains("submission/A/indicators.json"), r.written().toString());
        assertTrue(r.written().contains("submission/B/indicators.json"), r.written().toString());
        assertEquals(List.of("submission/B/tasks.json"), r.kept());
    }

    static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
