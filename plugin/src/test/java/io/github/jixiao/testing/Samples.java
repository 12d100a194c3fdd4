package io.github.jixiao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample submission, for tests that need it or a copy of it to change. */
public final class Samples {
    private Samples() {
    }

    /** sample-submission/ of the repository (surefire sets jixiao.repoRoot). */
    public static Path project() {
        return Path.of(System.getProperty("jixiao.repoRoot"), "sample-submission");
    }

    /** Copies the sample's submission folder to {@code dir}/submission and returns that folder. */
    public static Path copyTo(Path dir) throws IOException {
        Path from = project().resolve("submission");
        Path to = dir.resolve("submission");
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    /** Copies the whole sample project (pom, submission, README; not target/) to {@code to} and returns it. */
    public static Path copyProject(Path to) throws IOException {
        Path from = project();
        copyTree(from, to, p -> !from.relativize(p).toString().startsWith("target"));
        return to;
    }

    /** Copies the folder {@code from} with everything below it to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, p -> true);
    }

    /**
     * {@link #copyTree} of a submission project, then {@code edit} applied to the copy's submission/indicators.json (its
     * tree, written back compact): a real table with a few cells changed.
     */
    public static void copyTreeEditingIndicators(Path from, Path to, java.util.function.Consumer<tools.jackson.databind.JsonNode> edit)
            throws IOException {
        copyTree(from, to);
        Path file = to.resolve("submission/indicators.json");
        tools.jackson.databind.JsonNode root = io.github.jixiao.report.Json.mapper().readTree(Files.readAllBytes(file));
        edit.accept(root);
        Files.write(file, io.github.jixiao.report.Json.mapper().writeValueAsBytes(root));
    }

    /**
     * The cut real tables a test reads as whole tables of their form: each is on a partial framework file that extends a
     * built-in (its copy's cut said as data since session 53), and a test that adds the rows the copy lacks, or checks
     * what is said of a whole table, scores it on that built-in instead ({@link #wholeFramework}), so that marking the
     * real table's cut leaves the test's table whole: 丽江 2020 (t6), 大英 2020 (t44) and the 四川 fragment (t45) on
     * mof-project-2020, 忠县科协 2024 (t72, cut before its indicators) on chongqing-department-2021 (the scoring tests'
     * trial table, {@code ZhongxianRows}). One list for every such test (until session 55 t72 was a second copy of its
     * submission under whole-tables/ and t6, t44 and t45 a list of directory names in MetMarkedDownTest).
     */
    public static final List<String> WHOLE_TABLES = List.of("t6-lijiang-2020", "t44-daying-shuangxin-2020", "t45-sichuan-zixuan-fragment",
            "t72-zhongxian-kexie-2024");

    /**
     * The framework a test scores {@code project} on as a whole table (EngineOptions' {@code framework}): where it is one of
     * {@link #WHOLE_TABLES} or a copy of one (wherever copied: its department.json names a framework file of the same id as
     * the real table's), the built-in that file extends; otherwise null, the project's own framework as department.json
     * names it.
     */
    public static String wholeFramework(Path project) {
        tools.jackson.databind.JsonNode own = frameworkFile(project);
        if (own == null || !own.path("extends").isString() || !own.has("partial")) {
            return null;
        }
        for (String table : WHOLE_TABLES) {
            tools.jackson.databind.JsonNode real = frameworkFile(realTable(table));
            if (real == null) {
                throw new IllegalStateException(table + " names no framework file");
            }
            if (real.path("id").asString().equals(own.path("id").asString())) {
                return own.path("extends").asString().split("@", 2)[0];
            }
        }
        return null;
    }

    /** The framework file {@code project}'s department.json names (a path ending in .json), read; null where it names none. */
    private static tools.jackson.databind.JsonNode frameworkFile(Path project) {
        try {
            Path dept = project.resolve("submission/department.json");
            if (!Files.isRegularFile(dept)) {
                return null;
            }
            String name = io.github.jixiao.report.Json.mapper().readTree(Files.readAllBytes(dept)).path("framework").asString("");
            Path f = project.resolve(name);
            return name.endsWith(".json") && Files.isRegularFile(f) ? io.github.jixiao.report.Json.mapper().readTree(Files.readAllBytes(f)) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A real published table's project under test resources real-tables/ ({@code t46-ningde-dizhen-2020}). */
    public static Path realTable(String name) {
        try {
            return Path.of(Samples.class.getResource("/real-tables/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The real table {@code table} copied to {@code tmp}/{@code table} with its framework file {@code framework} (a cut
     * copy's, marked partial) made whole: its {@code "partial"} taken out, the same rows read as a whole table.
     */
    public static Path withoutPartial(Path tmp, String table, String framework) throws IOException {
        Path project = tmp.resolve(table);
        copyTree(realTable(table), project);
        Path f = project.resolve(framework);
        String json = Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
        String cut = json.replaceFirst("\"partial\"\\s*:\\s*\"[^\"]*\"\\s*,", "");
        if (cut.equals(json)) {
            throw new IllegalStateException(framework + " has no partial");
        }
        Files.writeString(f, cut, java.nio.charset.StandardCharsets.UTF_8);
        return project;
    }

    private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> which) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(which).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
