package io.github.jixiao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A real published table's project under test resources real-tables/ ({@code t46-ningde-dizhen-2020}). */
    /**
     * A real table's submission as a test uses it whole, on its form's built-in framework ({@code whole-tables/}): the
     * real table's own directory marks its copy's cut with a partial framework.
     */
    public static Path wholeTable(String name) {
        try {
            return Path.of(Samples.class.getResource("/whole-tables/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

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
