package io.github.jixiao.workbook;

import static io.github.jixiao.testing.Links.link;

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

    /** A workbook with two projects, on sheets {@code a} and {@code b}. */
    static Path twoSheets(Path file, String a, String b) throws IOException {
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            wb.cloneSheet(0, b);
            FormWorkbooks.anotherProject(wb, b);
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

    @Test
    void aFileWhereASheetsFolderIsToBeStopsTheImportBeforeAnythingIsWritten() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        twoSheets(project.resolve("forms/w.xlsx"), "A", "budget.json");
        Files.createDirectories(project.resolve("submission"));
        Files.writeString(project.resolve("submission/budget.json"), "{}", StandardCharsets.UTF_8);
        for (boolean overwrite : new boolean[] {false, true}) {
            WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                    () -> WorkbookImport.run(project, "forms/w.xlsx", project.resolve("submission"), overwrite));
            assertEquals("submission/budget.json: 已存在，但不是文件夹，而导入要把工作表“budget.json”写到文件夹 submission/budget.json；"
                    + "什么也没有写入。请移走或改名这个文件（或改工作表名）后再导入", e.getMessage());
            assertTrue(e.message(new Messages(java.util.Locale.ENGLISH)).startsWith(
                    "submission/budget.json: exists but is not a folder, and the import writes sheet \"budget.json\""),
                    e.message(new Messages(java.util.Locale.ENGLISH)));
            assertEquals(List.of("budget.json"), names(project.resolve("submission")), "sheet A's files are not written either");
            assertEquals("{}", Files.readString(project.resolve("submission/budget.json")));
        }
    }

    @Test
    void aFolderWhereAFileIsToBeStopsTheImportBeforeAnythingIsWritten() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        twoSheets(project.resolve("forms/w.xlsx"), "A", "B");
        Files.createDirectories(project.resolve("submission/B/indicators.json"));
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(project, "forms/w.xlsx", project.resolve("submission"), true));
        assertTrue(e.getMessage().startsWith("submission/B/indicators.json: 是文件夹，不是文件"), e.getMessage());
        assertEquals(List.of("B"), names(project.resolve("submission")));
        assertEquals(List.of("indicators.json"), names(project.resolve("submission/B")));
    }

    /** An {@link WorkbookImport.Io} that fails at the {@code n}th write or move (counted from 1). */
    static WorkbookImport.Io failing(int writeAt, int moveAt) {
        int[] count = new int[2];
        return new WorkbookImport.Io() {
            @Override
            public void write(Path file, byte[] content) throws IOException {
                if (++count[0] == writeAt) {
                    throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
                }
                WorkbookImport.Io.FILES.write(file, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (++count[1] == moveAt) {
                    throw new java.nio.file.AccessDeniedException(to.toString());
                }
                WorkbookImport.Io.FILES.move(from, to);
            }
        };
    }

    @Test
    void aWriteFailingMidwayLeavesEverythingAsItWas() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        twoSheets(project.resolve("forms/w.xlsx"), "A", "B");
        Files.createDirectories(project.resolve("submission/A"));
        Files.writeString(project.resolve("submission/A/budget.json"), "BEFORE", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("submission/A/tasks.json"), "{}", StandardCharsets.UTF_8);
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(project, "forms/w.xlsx", project.resolve("submission"), true, null, failing(6, 0)));
        assertTrue(e.getMessage().startsWith("submission/B/"), e.getMessage());
        assertTrue(e.getMessage().contains("写入失败（FileSystemException）；什么也没有写入，已有的文件保持原样"), e.getMessage());
        assertEquals(List.of("A"), names(project.resolve("submission")), "sheet B's folder, created by the run, is removed");
        assertEquals(List.of("budget.json", "tasks.json"), names(project.resolve("submission/A")), "no staged file is left");
        assertEquals("BEFORE", Files.readString(project.resolve("submission/A/budget.json")));
    }

    @Test
    void aMoveFailingMidwayRemovesWhatTheRunCreatedButNothingThatWasThere() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        twoSheets(project.resolve("forms/w.xlsx"), "A", "B");
        Files.createDirectories(project.resolve("submission/A"));
        Files.writeString(project.resolve("submission/A/tasks.json"), "{}", StandardCharsets.UTF_8);
        WorkbookImport.Result whole = WorkbookImport.run(project, "forms/w.xlsx", project.resolve("submission"), true);
        String a = whole.written().get(0);
        assertTrue(a.startsWith("submission/A/"), a);
        Files.delete(project.resolve(a)); // one of A's files not there before the next run: it creates it
        List<String> before = names(project.resolve("submission/A"));
        int moves = whole.written().size();
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(project, "forms/w.xlsx", project.resolve("submission/"), true, null, failing(0, moves)));
        assertTrue(e.getMessage().startsWith(whole.written().get(moves - 1) + ": 写入失败（AccessDeniedException）；这次导入新建的文件已删除"),
                e.getMessage());
        assertEquals(before, names(project.resolve("submission/A")), "the file the run created is removed, the others stay");
        assertFalse(names(project.resolve("submission/B")).stream().anyMatch(n -> n.endsWith(".import")), "no staged file left");
        // the same failure in a fresh folder: everything the run made is gone, folders too
        Path fresh = Files.createDirectories(tmp.resolve("fresh"));
        twoSheets(fresh.resolve("forms/w.xlsx"), "A", "B");
        assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(fresh, "forms/w.xlsx", fresh.resolve("submission"), false, null, failing(0, 3)));
        assertEquals(List.of("forms"), names(fresh));
    }

    static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
