package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder a report goes to is made sure of only when the file cannot be created there (issue 17). */
class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingFolderIsCreated() throws Exception {
        Path target = tmp.resolve("a/b/c/report.json");
        AtomicFiles.write(target, "{}");
        assertEquals("{}", Files.readString(target));
        AtomicFiles.write(target, "[]"); // replaced; nothing left beside it
        assertEquals("[]", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeFailsAsBefore() throws Exception {
        Path file = tmp.resolve("out");
        Files.writeString(file, "x");
        // as createDirectories says it: the file is there (not "not a directory" from the open)
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.write(file.resolve("report.json"), "{}"));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void bytesAsGiven() throws Exception {
        Path target = tmp.resolve("r.md");
        byte[] b = "评分 ok".getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, b);
        assertArrayEquals(b, Files.readAllBytes(target));
    }
}
