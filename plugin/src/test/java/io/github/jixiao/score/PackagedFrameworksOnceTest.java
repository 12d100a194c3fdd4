package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The frameworks packaged in the plugin are read from the class path once, in one place ({@link FrameworkLoader}), for the
 * engine (the bound framework, the base of a file that {@code extends} one) and for {@code jixiao:import}
 * ({@code PrintedFramework.builtIn}, which {@code WorkbookImport} and {@code PrintedFramework.layoutOf} ask for each of the
 * six) alike. Until session 56 the import read and parsed the packaged JSON on every call, and the engine read a base's
 * tree apart from its bound framework: each built-in twice at least. The cache holds packaged ids only, and a project's
 * own framework file is never kept.
 */
class PackagedFrameworksOnceTest {

    private static final String FRAMEWORKS = FrameworkLoader.RESOURCE_DIR;

    /**
     * jixiao's own classes loaded afresh (their static caches empty), each read of a packaged framework counted: the
     * classes ask their own class loader for the resource.
     */
    private static final class Counting extends URLClassLoader {
        final Map<String, Integer> reads = new TreeMap<>();

        Counting(URL classes) {
            super(new URL[] {classes}, PackagedFrameworksOnceTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.github.jixiao.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.startsWith(FRAMEWORKS)) {
                synchronized (reads) {
                    reads.merge(name.substring(FRAMEWORKS.length()), 1, Integer::sum);
                }
            }
            return super.getResourceAsStream(name);
        }
    }

    private static Object call(ClassLoader l, String cls, String method, Class<?>[] types, Object... args) throws Exception {
        Method m = Class.forName(cls, true, l).getDeclaredMethod(method, types);
        m.setAccessible(true);
        return m.invoke(null, args);
    }

    @Test
    void eachPackagedFrameworkIsReadOnceForTheEngineAndTheImportAlike() throws Exception {
        URL classes = FrameworkLoader.class.getProtectionDomain().getCodeSource().getLocation();
        byte[] extending = Files.readAllBytes(Path.of(PackagedFrameworksOnceTest.class
                .getResource("/real-tables/t14-ezhou-shenpi-2021/mof-project-2020-ezhou-shenpi-2021.json").toURI()));
        try (Counting l = new Counting(classes)) {
            assertTrue(Class.forName(FrameworkLoader.class.getName(), false, l).getClassLoader() == l, "loaded afresh");
            for (int round = 0; round < 2; round++) {
                for (String id : FrameworkLoader.BUILT_IN) {
                    call(l, FrameworkLoader.class.getName(), "builtIn", new Class<?>[] {String.class}, id);
                    call(l, "io.github.jixiao.workbook.PrintedFramework", "builtIn", new Class<?>[] {String.class}, id);
                }
                // 鄂州 2021's file extends mof-project-2020: the base's tree
                Object loaded = call(l, FrameworkLoader.class.getName(), "parse", new Class<?>[] {byte[].class, String.class},
                        extending, "mof-project-2020-ezhou-shenpi-2021.json");
                assertTrue(loaded.toString().contains("mof-project-2020-ezhou-shenpi-2021"), String.valueOf(loaded));
            }
            Map<String, Integer> once = new TreeMap<>();
            FrameworkLoader.BUILT_IN.forEach(id -> once.put(id + ".json", 1));
            assertEquals(once, l.reads);
        }
    }

    /** The import's copy is its own to change, and is what an untyped read of the packaged file gives, as before. */
    @Test
    void theImportsValuesAreAFreshCopyOfThePackagedFile() throws Exception {
        for (String id : FrameworkLoader.BUILT_IN) {
            Map<String, Object> a = FrameworkLoader.builtInValues(id);
            Map<String, Object> b = FrameworkLoader.builtInValues(id);
            assertNotSame(a, b);
            assertNotSame(a.get("criteria"), b.get("criteria"));
            try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(FRAMEWORKS + id + ".json")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> read = tools.jackson.databind.json.JsonMapper.builder().build().readValue(in, LinkedHashMap.class);
                assertEquals(read, a);
                assertEquals(List.copyOf(read.keySet()), List.copyOf(a.keySet()), "in the file's order");
            }
            a.clear();
            ((List<?>) b.get("criteria")).clear();
            assertEquals(FrameworkLoader.builtInValues(id).get("id"), id);
            assertTrue(!((List<?>) FrameworkLoader.builtInValues(id).get("criteria")).isEmpty());
        }
    }

    /** Ids no framework is packaged under (a submission's slip, a path) are refused and not kept. */
    @Test
    void theCacheHoldsPackagedIdsOnly() {
        for (int i = 0; i < 200; i++) {
            String id = "no-such-framework-" + i;
            assertEquals("not-found", FrameworkLoader.load(id, Path.of("."), io.github.jixiao.load.Src.NONE).findings().get(0).key());
            assertThrows(IllegalStateException.class, () -> FrameworkLoader.builtIn(id));
            assertThrows(IllegalStateException.class, () -> FrameworkLoader.builtInValues(id));
        }
        assertThrows(IllegalStateException.class, () -> FrameworkLoader.builtInValues("../schemas/framework.schema"));
        assertTrue(FrameworkLoader.BUILT_IN.containsAll(FrameworkLoader.packagedRead()), FrameworkLoader.packagedRead().toString());
    }
}
