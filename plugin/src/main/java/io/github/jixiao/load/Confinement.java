package io.github.jixiao.load;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        return mayRead(project, file) ? null : outside(project, file);
    }

    /** The finding for {@code file}, which leads out of {@code project}: named by its project-relative path. */
    private static Finding outside(Path project, Path file) {
        String rel = relative(project, file);
        return new Finding("file-unreadable", Severity.ERROR, "outside", List.of(SubmissionLoader.excerpt(rel, 200)),
                rel, "", 0, 0, null);
    }

    /**
     * The same answers as {@link #refuse(Path, Path)} for the files of one run, with the file system asked less: the
     * project's real path is resolved once, and so is each folder's; a file that is not itself a link lies where its
     * folder really is ({@code real(folder/name) = real(folder)/name}), which one {@code lstat} tells. A link, a path
     * that does not exist, or one outside the project's folder takes the full way of {@link #mayRead}. Resolving a
     * real path asks the system for every component of the path (a {@code readlink} each): per file and twice (the
     * file's and the project's), it was most of a department's system calls (benchmark/README.md). Safe to share
     * between the threads of one run.
     */
    public static final class Scope {
        private final Path project;
        private final Path base;
        private final Path realProject;
        private final Map<Path, Path> realFolders = new ConcurrentHashMap<>();
        /** A folder that cannot be resolved (a dangling or looping link on its way). */
        private static final Path UNRESOLVED = Path.of("");

        public Scope(Path project) {
            this.project = project;
            this.base = project.toAbsolutePath().normalize();
            this.realProject = realProject(project);
        }

        /** {@link Confinement#refuse(Path, Path)} for {@code file}. */
        public Finding refuse(Path file) {
            return mayRead(file) ? null : outside(project, file);
        }

        /** {@link Confinement#mayRead(Path, Path)} for {@code file}. */
        public boolean mayRead(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            Path folder = abs.getParent();
            Path name = abs.getFileName();
            if (folder == null || name == null || !abs.startsWith(base)) {
                return Confinement.mayRead(project, file);
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | SecurityException e) {
                return Confinement.mayRead(project, file); // not there (or not to be looked at): the nearest ancestor's way
            }
            if (a.isSymbolicLink()) {
                return Confinement.mayRead(project, file);
            }
            Path real = realFolder(folder);
            return real != UNRESOLVED && real.resolve(name).startsWith(realProject);
        }

        /**
         * The real path of {@code folder} (absolute, normalized, inside the project's folder), or {@link #UNRESOLVED}:
         * the project's own is known; a folder that is not a link is where its parent really is; anything else (a
         * link, a folder that is not there) is resolved whole.
         */
        private Path realFolder(Path folder) {
            if (folder.equals(base)) {
                return realProject;
            }
            Path known = realFolders.get(folder);
            if (known != null) {
                return known;
            }
            Path parent = folder.getParent();
            Path real = null;
            if (parent != null && parent.startsWith(base) && folder.getFileName() != null) {
                try {
                    BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (!a.isSymbolicLink()) {
                        Path p = realFolder(parent);
                        real = p == UNRESOLVED ? UNRESOLVED : p.resolve(folder.getFileName());
                    }
                } catch (IOException | SecurityException e) {
                    real = null; // not there: resolved whole, from its nearest existing ancestor
                }
            }
            if (real == null) {
                Path r = resolved(folder);
                real = r == null ? UNRESOLVED : r;
            }
            realFolders.put(folder, real);
            return real;
        }
    }

    /**
     * The first symbolic link on the way from {@code top} down to {@code path} (each folder below {@code top}, then
     * {@code path} itself), looked at without following links, or null: all of them are real folders (or files), or not
     * there yet. A path that is there but cannot be looked at counts as a link (nothing is written through it). A
     * {@code path} not below {@code top} is returned itself: it can only be reached another way. For the goals that write
     * into a folder a pull request may have planted a link at ({@code init}'s {@code .github} or {@code submission},
     * {@code import}'s {@code submission/<sheet>}: review S2, session 26).
     */
    public static Path firstLink(Path top, Path path) {
        Path base = top.toAbsolutePath().normalize();
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return abs;
        }
        if (abs.equals(base)) {
            return null; // top itself is not on the way (a relativized empty path still has one name, "")
        }
        Path p = base;
        for (Path name : base.relativize(abs)) {
            p = p.resolve(name);
            try {
                if (Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isSymbolicLink()) {
                    return p;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                return null; // not there yet, nor anything below it: made by the goal, real folders
            } catch (IOException | SecurityException e) {
                return p;
            }
        }
        return null;
    }

    /** Project-relative path with '/' separators (the absolute path when it is not below the project). */
    public static String relative(Path project, Path p) {
        Path base = project.toAbsolutePath().normalize();
        Path a = p.toAbsolutePath().normalize();
        String r = a.startsWith(base) ? base.relativize(a).toString() : a.toString();
        return r.replace('\\', '/');
    }
}
