package io.github.jixiao.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.security.SecureRandom;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What is written: bytes streamed to the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} as UTF-8, encoded in one piece and written in one call, a lone surrogate as U+FFFD
     * ({@link TextBuffer#utf8}; getBytes wrote '?').
     */
    public static void write(Path target, String content) throws IOException {
        write(target, TextBuffer.utf8(content));
    }

    /**
     * {@code content} as the bytes {@link #write(Path, String)} writes: UTF-8, a lone surrogate as U+FFFD (for a writer
     * that plans its files before writing them: workbook/WorkbookImport's JSON, where getBytes wrote '?').
     */
    public static byte[] utf8(String content) {
        return TextBuffer.utf8(content);
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        writeChannel(target, ch -> {
            OutputStream out = Channels.newOutputStream(ch);
            // unbuffered: every writer here buffers already (Jackson's generator, the UTF-8 encoder), and a
            // buffer per file was a tenth of the engine's allocation in the benchmark
            content.writeTo(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the writer (Jackson) may close what it was given; the file is closed here
                }
            });
        });
    }

    /** What is written through a channel that can go back (the workbook writes each part's header when the part ends). */
    @FunctionalInterface
    public interface ChannelContent {
        void writeTo(SeekableByteChannel ch) throws IOException;
    }

    /** Writes {@code content} to the temporary file's channel (not to be closed by it), then moves the file into place. */
    public static void writeChannel(Path target, ChannelContent content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // an unpredictable name, created exclusively and never through a link: a file or link planted beside the
        // target (the build directory of a pull request is the submitter's too) can be neither overwritten nor
        // followed; the move then replaces the target itself, a link there included, never what it points to
        Path tmp = null;
        FileChannel opened = null;
        boolean checked = false; // whether the folder was made sure of
        for (int attempt = 0; opened == null; attempt++) {
            tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                opened = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 16) {
                    throw e;
                }
            } catch (FileSystemException e) {
                // the folder is made sure of only when the file cannot be created: it is there for every report of a
                // run but the first, and a stat a file cost about 5 µs on the benchmark's VM (issue 17). Missing, it
                // is created and the file tried again; not a folder, createDirectories says so as it did before;
                // there, the failure was another one (a permission): that one is thrown.
                if (checked || Files.isDirectory(dir)) {
                    throw e;
                }
                Files.createDirectories(dir);
                checked = true;
            }
        }
        boolean moved = false;
        try {
            try (FileChannel ch = opened) {
                content.writeTo(ch);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
