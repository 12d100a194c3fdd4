package io.github.jixiao.load;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything in a submission repository may be hostile (the check runs on pull requests): a file of the project is
 * read only when its real path, every link resolved, lies inside the project's real path. A link that leads out is a
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
     * True when {@code file} may be read (or written): a path inside the project must stay inside it, every link
     * resolved; a path the build configuration names outside the project (a baseline shared by the modules of a
     * repository, {@code ../jixiao-baseline.json}) is taken as named only when no link lies on its way (below the
     * folders that hold the project itself), so a link planted there cannot lead elsewhere either.
     */
    public static boolean mayRead(Path project, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        if (abs.startsWith(base)) {
            return inside(project, file);
        }
        for (Path p = abs; p != null; p = p.getParent()) {
            if (base.startsWith(p)) {
                return true; // a folder holding the project: not the submitter's
            }
            if (Files.isSymbolicLink(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Null when {@code file} may be read ({@link #mayRead}); else the finding that says it was not: a link leading
     * out of the project, named by its project-relative path.
     */
    public static Finding refuse(Path project, Path file) {
        if (mayRead(project, file)) {
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
