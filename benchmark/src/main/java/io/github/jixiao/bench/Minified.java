package io.github.jixiao.bench;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Minified against pretty-printed: one department whose indicators.json holds N indicators, written twice —
 * pretty-printed (one value a line) and minified (every file on one line, as exporting systems write it) — and
 * {@code Engine.run} timed on each (best of the passes, after a warm-up). Locating a value must not scan its
 * line, so the two must take about the same time.
 *
 * <pre>
 * java -cp … io.github.jixiao.bench.Minified &lt;dir&gt; &lt;indicators&gt; [passes]
 * RESULT-MINIFIED indicators=N pretty_mb=… minified_mb=… pretty_s=… minified_s=… ratio=… findings=…
 * </pre>
 */
public final class Minified {
    private Minified() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path pretty = dir.resolve("pretty-" + n);
        Path minified = dir.resolve("minified-" + n);
        write(dir, n, pretty, minified);

        Engine engine = new Engine();
        // warm-up on the small case (the JIT), then best of the passes on each layout
        Path warm = dir.resolve("warm");
        write(dir, 2000, warm.resolve("p"), warm.resolve("m"));
        for (int i = 0; i < 3; i++) {
            time(engine, warm.resolve("p"));
            time(engine, warm.resolve("m"));
        }
        double bestPretty = Double.MAX_VALUE;
        double bestMin = Double.MAX_VALUE;
        int findingsPretty = 0;
        int findingsMin = 0;
        for (int p = 0; p < passes; p++) {
            double[] a = time(engine, pretty);
            double[] b = time(engine, minified);
            System.out.printf(Locale.ROOT, "pass %d: pretty %.3f s, minified %.3f s%n", p + 1, a[0], b[0]);
            bestPretty = Math.min(bestPretty, a[0]);
            bestMin = Math.min(bestMin, b[0]);
            findingsPretty = (int) a[1];
            findingsMin = (int) b[1];
        }
        if (findingsPretty != findingsMin) {
            System.out.println("WARNING: the two layouts gave different numbers of findings: " + findingsPretty + " / " + findingsMin);
        }
        System.out.printf(Locale.ROOT, "RESULT-MINIFIED indicators=%d pretty_mb=%.1f minified_mb=%.1f pretty_s=%.3f minified_s=%.3f ratio=%.2f findings=%d%n",
                n, mib(pretty), mib(minified), bestPretty, bestMin, bestMin / bestPretty, findingsMin);
    }

    /** Seconds of one Engine.run, and its number of findings; prints the findings by rule the first time. */
    private static double[] time(Engine engine, Path project) {
        long t0 = System.nanoTime();
        EngineResult r = engine.run(EngineOptions.of(project, project.resolve("submission")));
        double s = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : r.findings()) {
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
        if (byRule.containsKey("json-limit") || byRule.containsKey("internal-error") || byRule.containsKey("json-syntax")) {
            System.out.println("WARNING " + project + ": " + byRule);
        }
        return new double[] {s, r.findings().size()};
    }

    /** MiB of the files in a project's submission folder. */
    static double mib(Path project) throws IOException {
        long bytes = 0;
        try (var s = Files.list(project.resolve("submission"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                bytes += Files.size(p);
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** Department 1 of the generator, its indicators repeated (renamed) up to {@code n}, in both layouts. */
    static void write(Path dir, int n, Path pretty, Path minified) throws IOException {
        if (Files.isRegularFile(minified.resolve("submission/indicators.json"))
                && Files.isRegularFile(pretty.resolve("submission/indicators.json"))) {
            return;
        }
        Path base = dir.resolve("base");
        if (!Files.isDirectory(base.resolve(Generator.folder(1)))) {
            Generator.writeDepartment(base, 1, Generator.DEFAULT_SEED);
        }
        Path src = base.resolve(Generator.folder(1)).resolve("submission");
        JsonMapper mapper = JsonMapper.builder().build();
        JsonMapper prettyMapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.createDirectories(pretty.resolve("submission"));
        Files.createDirectories(minified.resolve("submission"));
        try (var s = Files.list(src)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                JsonNode root = mapper.readTree(f.toFile());
                if (f.getFileName().toString().equals("indicators.json")) {
                    ArrayNode given = (ArrayNode) root.get("indicators");
                    ArrayNode all = mapper.createArrayNode();
                    for (int i = 0; i < n; i++) {
                        ObjectNode copy = (ObjectNode) given.get(i % given.size()).deepCopy();
                        int round = i / given.size();
                        if (round > 0 && copy.get("name") != null) {
                            copy.put("name", copy.get("name").asString() + "（" + round + "）");
                        }
                        all.add(copy);
                    }
                    ((ObjectNode) root).set("indicators", all);
                }
                String name = f.getFileName().toString();
                Files.writeString(pretty.resolve("submission").resolve(name), prettyMapper.writeValueAsString(root));
                Files.writeString(minified.resolve("submission").resolve(name), mapper.writeValueAsString(root));
            }
        }
    }
}
