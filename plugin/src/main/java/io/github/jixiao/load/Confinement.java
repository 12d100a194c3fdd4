package io.github.jixiao.load;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything in a submission repository may be hostile (the check runs on pull requests): a file is read only
 * when its real path, every link resolved, lies inside the project's real path. A link that leads out is a
 * {@code file-unreadable} finding naming the link (its project-relative path), and nothing of its target is read
 * or echoed — not even where it points.
 */
public final class Confinement {
    private Confinement() {
    }

    /** The real path of {@code project} (its normalized absolute path when it cannot be resolved). */
    public static Path realProject(Path project) {
        Path r = resolved(project);
        return r != null ? r : project.toAbsolutePath().normalize();
    }

    /**
     * True when {@code file} (which may not exist yet) stays inside {@code project}: the real path of its nearest
     * existing ancestor, with the rest of the path appended, lies inside the project's.
     */
    public static boolean inside(Path project, Path file) {
        Path r = resolved(file);
        return r != null && r.startsWith(realProject(project));
    }

    /**
     * The real path of {@code p}'s nearest existing ancestor (every link resolved) with the rest of {@code p}
     * appended; null for a dangling or looping link, or one that cannot be resolved (no telling where it leads).
     */
    private static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            if (name == null) {
                break;
            }
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path r = existing.toRealPath();
            return rest == null ? r : r.resolve(rest).normalize();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Null when {@code file} may be read; else the finding that says it was not: a link (or a path) leading out of
     * the project.
     */
    public static Finding refuse(Path project, Path file) {
        if (inside(project, file)) {
            return null;
        }
        String rel = relative(project, file);
        return new Finding("file-unreadable", Severity.ERROR, "outside", List.of(SubmissionLoader.excerpt(rel, 200)),
                rel, "", 0, 0, null);
    }

    /** Project-relative path with '/' separators (the absolute path when it is not below the project). */
    public static String relative(Path project, Path p) {
        Path base = project.toAbsolutePath().normalize();
        Path a = p.toAbsolutePath().normalize();
        String r = a.startsWith(base) ? base.relativize(a).toString() : a.toString();
        return r.replace('\\', '/');
    }
}
