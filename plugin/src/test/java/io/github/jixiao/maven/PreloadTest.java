package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of classes check loads ahead ({@code preload.txt}) stays a list of classes there are. */
class PreloadTest {

    private static List<String> names() throws IOException {
        try (InputStream in = Preload.class.getResourceAsStream("preload.txt")) {
            assertNotNull(in, "preload.txt is packaged beside Preload");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isEmpty() && l.charAt(0) != '#').toList();
        }
    }

    @Test
    void listsNamedClassesOnceEach() throws IOException {
        List<String> names = names();
        assertTrue(names.size() > 300, "the list holds the check's classes: " + names.size());
        assertEquals(names.size(), new HashSet<>(names).size(), "no class twice");
        for (String n : names) {
            // hidden classes (lambdas, method-handle forms) have no name to load by
            assertTrue(!n.contains("/") && !n.contains("$$Lambda") && !n.contains(" "), n);
        }
    }

    /**
     * Nearly every entry is a class of this build (a class renamed since the list was made is passed over, costing
     * nothing; when many are, the list is stale and should be made again as its header says).
     */
    @Test
    void loadsNearlyEveryEntry() throws IOException {
        List<String> names = names();
        int loaded = Preload.run();
        assertTrue(loaded >= names.size() * 9 / 10, "loaded " + loaded + " of " + names.size()
                + ": make preload.txt again (its header says how)");
    }

    /**
     * A check builds no Jackson databind mapper: the list (the classes a check of the sample loads, benchmark/preload-list.sh)
     * holds the tree's node classes and none of a mapper's serializers, deserializers or introspection (issue 17's cold
     * start; in session 56 a mapper made when FrameworkLoader was loaded, for the import's values, added some 380 such classes
     * to every check; the list made again then would have kept them: FrameworkLoader.Values now builds it on first use).
     */
    @Test
    void aCheckBuildsNoDatabindMapper() throws IOException {
        for (String n : names()) {
            assertTrue(!n.equals("tools.jackson.databind.json.JsonMapper") && !n.equals("tools.jackson.databind.ObjectMapper")
                    && !n.startsWith("tools.jackson.databind.ser.") && !n.startsWith("tools.jackson.databind.deser.")
                    && !n.startsWith("tools.jackson.databind.introspect."), n);
        }
    }

    /** A loader that refuses one name with a RuntimeException does not end the list: every other entry is still loaded. */
    @Test
    void oneRefusedClassDoesNotStopTheRest() throws IOException {
        List<String> names = names();
        String refused = names.get(0);
        ClassLoader parent = Preload.class.getClassLoader();
        ClassLoader refusing = new ClassLoader(parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(refused)) {
                    throw new IllegalStateException("refused: " + name);
                }
                return super.loadClass(name, resolve);
            }
        };
        assertEquals(Preload.run(parent) - 1, Preload.run(refusing), "only the refused class is passed over");
    }
}
