package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Confinement.Scope} answers as {@link Confinement#mayRead} does, for every path of a project full of links: in
 * and out, to files and folders, dangling, looping, and chained, at several depths, plus paths that do not exist.
 */
class ConfinementScopeTest {
    @TempDir
    Path tmp;

    @Test
    void sameAnswerAsTheFullResolutionForEveryPath() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.json"), "{}");
        Path project = Files.createDirectories(tmp.resolve("repo"));
        Path sub = Files.createDirectories(project.resolve("dept/submission"));
        Files.writeString(sub.resolve("department.json"), "{}");
        Files.writeString(sub.resolve("indicators.json"), "{}");
        Path deep = Files.createDirectories(sub.resolve("a/b/c"));
        Files.writeString(deep.resolve("x.json"), "{}");
        Files.createSymbolicLink(sub.resolve("out-file.json"), outside.resolve("secret.json"));
        Files.createSymbolicLink(sub.resolve("in-file.json"), sub.resolve("department.json"));
        Files.createSymbolicLink(sub.resolve("out-dir"), outside);
        Files.createSymbolicLink(sub.resolve("in-dir"), deep);
        Files.createSymbolicLink(sub.resolve("dangling.json"), sub.resolve("nothing-here.json"));
        Files.createSymbolicLink(sub.resolve("loop-a"), sub.resolve("loop-b"));
        Files.createSymbolicLink(sub.resolve("loop-b"), sub.resolve("loop-a"));
        Files.createSymbolicLink(sub.resolve("chain.json"), sub.resolve("out-file.json"));
        Files.createSymbolicLink(project.resolve("dept/linked-submission"), sub);
        Files.createSymbolicLink(project.resolve("dept/escaped-submission"), outside);

        List<Path> paths = new ArrayList<>();
        try (Stream<Path> s = Files.walk(tmp)) {
            s.forEach(paths::add);
        }
        // through links (not listed by the walk) and paths that are not there
        for (String more : List.of("out-dir/secret.json", "in-dir/x.json", "out-dir/none/x.json", "in-dir/none.json",
                "none/x.json", "loop-a/x.json", "a/b/../../department.json", "../submission/indicators.json")) {
            paths.add(sub.resolve(more));
        }
        paths.add(project.resolve("dept/linked-submission/department.json"));
        paths.add(project.resolve("dept/escaped-submission/secret.json"));
        paths.add(project.resolve("dept/escaped-submission/none.json"));
        paths.add(project);

        for (Path project0 : List.of(project, project.resolve("dept"), sub)) {
            Confinement.Scope scope = new Confinement.Scope(project0);
            int refused = 0;
            for (Path p : paths) {
                boolean full = Confinement.mayRead(project0, p);
                assertEquals(full, scope.mayRead(p), () -> "project " + project0 + ", path " + p);
                assertEquals(Confinement.refuse(project0, p), scope.refuse(p), () -> "finding for " + p);
                refused += full ? 0 : 1;
            }
            assertTrue(refused >= 5, "the fixture must have links out: " + refused);
        }
        Confinement.Scope scope = new Confinement.Scope(project);
        assertFalse(scope.mayRead(sub.resolve("out-file.json")));
        assertFalse(scope.mayRead(sub.resolve("out-dir/secret.json")));
        assertFalse(scope.mayRead(project.resolve("dept/escaped-submission/secret.json")));
        assertTrue(scope.mayRead(sub.resolve("in-dir/x.json")));
        assertTrue(scope.mayRead(project.resolve("dept/linked-submission/department.json")));
        // asked again (the folders now known): the same answers
        assertFalse(scope.mayRead(project.resolve("dept/escaped-submission/secret.json")));
        assertTrue(scope.mayRead(sub.resolve("department.json")));
    }
}
