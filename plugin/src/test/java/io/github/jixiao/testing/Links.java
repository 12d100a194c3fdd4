package io.github.jixiao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Symbolic links for the tests of a hostile project (a pull request may plant one wherever the check reads or writes). */
public final class Links {
    private Links() {
    }

    /**
     * Makes {@code link} a symbolic link to {@code target}: false where this file system or user cannot make one, so that
     * the test is skipped there (assumeTrue), not failed.
     */
    public static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
