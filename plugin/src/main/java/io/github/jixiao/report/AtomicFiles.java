package io.github.jixiao.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a report whole or not at all: a temporary file beside the target, then a move. An interrupted
 * build leaves the previous report or none, never half of one.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    private static final long PID = ProcessHandle.current().pid();

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        // a name unique to this process and thread (no SecureRandom, as Files.createTempFile uses), created
        // with the ordinary permissions (rw-r--r-- under the usual umask), then moved over the target
        Path tmp = dir.resolve("." + target.getFileName() + "." + PID + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
