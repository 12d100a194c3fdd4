package io.github.jixiao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The texts of every real table (test resources real-tables/) and of the sample submission, for tests that hold a faster
 * reading of a text to the one it replaced (session 56, issue 17): every string value of every JSON file, and every
 * indicator row's name, target, adjusted target and actual.
 */
public final class RealTableTexts {
    private RealTableTexts() {
    }

    private static List<JsonNode> trees;

    /** The JSON files of every real table's submission and of the sample's, parsed (once for the test run). */
    private static synchronized List<JsonNode> trees() {
        if (trees != null) {
            return trees;
        }
        List<Path> projects = new ArrayList<>();
        Path root = Samples.realTable("t1-yinchuan-2021").getParent();
        try (Stream<Path> s = Files.list(root)) {
            projects.addAll(s.filter(p -> Files.isDirectory(p.resolve("submission"))).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        projects.add(Samples.project());
        List<JsonNode> out = new ArrayList<>();
        for (Path p : projects) {
            try (Stream<Path> s = Files.list(p.resolve("submission"))) {
                for (Path f : s.filter(x -> x.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    try {
                        out.add(io.github.jixiao.report.Json.mapper().readTree(Files.readAllBytes(f)));
                    } catch (RuntimeException e) {
                        // a table kept for its syntax slip: no texts to read
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        trees = List.copyOf(out);
        return trees;
    }

    /** Every distinct string value of every file, in the order met. */
    public static List<String> strings() {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode t : trees()) {
            collect(t, out);
        }
        return List.copyOf(out);
    }

    private static void collect(JsonNode n, Set<String> out) {
        if (n.isString()) {
            out.add(n.asString());
        }
        for (JsonNode c : n) {
            collect(c, out);
        }
    }

    /** Every indicator row of every indicators file: {name, target, adjustedTarget, actual}, each null where absent or no text. */
    public static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (JsonNode t : trees()) {
            for (JsonNode row : t.path("indicators")) {
                out.add(new String[] {text(row, "name"), text(row, "target"), text(row, "adjustedTarget"), text(row, "actual")});
            }
        }
        return out;
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }
}
