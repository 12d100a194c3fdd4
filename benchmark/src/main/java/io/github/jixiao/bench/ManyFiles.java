package io.github.jixiao.bench;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportFormats;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
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
 * Many files in one submission folder: department 1 of the generator, its indicators.json cut to about 15 KB, and
 * {@code n} more files of that size, each declaring the indicators schema (a pull request can add any number; each is
 * a duplicate-role error). The check (Engine.run and every report) must hold its memory to what one file needs, not
 * to what all of them need: run with a small heap ({@code -Xmx256m} in many-files.sh), it must finish.
 *
 * <pre>
 * java -Xmx256m -cp … io.github.jixiao.bench.ManyFiles &lt;dir&gt; &lt;n&gt;
 * RESULT-MANYFILES files=N mb=… check_s=… peak_heap_mb=… findings=… duplicate_role=…
 * </pre>
 */
public final class ManyFiles {
    private ManyFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path project = dir.resolve("many-" + n);
        write(dir, n, project);
        Engine engine = new Engine();
        Messages messages = new Messages(Messages.ZH);
        ReportMeta meta = ReportMeta.of("2024-01-01T00:00:00Z");
        try (HeapMeter heap = new HeapMeter()) {
            System.gc();
            heap.reset();
            long t0 = System.nanoTime();
            EngineResult r = engine.run(EngineOptions.of(project, project.resolve("submission")));
            ReportWriter.write(project.resolve("target/jixiao"), r, Map.of(), messages, meta,
                    io.github.jixiao.report.Snippets.of(project, r.sources()), io.github.jixiao.report.Cells.none(),
                    ReportFormats.standard());
            double s = (System.nanoTime() - t0) / 1e9;
            Map<String, Integer> byRule = new TreeMap<>();
            int duplicates = 0;
            for (Finding f : r.findings()) {
                byRule.merge(f.ruleId(), 1, Integer::sum);
                if ("duplicate-role".equals(f.key())) {
                    duplicates++;
                }
            }
            if (byRule.containsKey("internal-error") || byRule.containsKey("json-limit")) {
                System.out.println("WARNING: " + byRule);
            }
            System.out.printf(Locale.ROOT, "RESULT-MANYFILES files=%d mb=%.1f check_s=%.3f peak_heap_mb=%.1f findings=%d duplicate_role=%d%n",
                    files(project), Minified.mib(project), s, heap.peakBytes() / (1024.0 * 1024.0), r.findings().size(), duplicates);
        }
    }

    /** The files in the project's submission folder: the department's own (7) and the copies. */
    private static long files(Path project) throws IOException {
        try (var s = Files.list(project.resolve("submission"))) {
            return s.count();
        }
    }

    /** Department 1, its indicators cut to about 15 KB, and {@code n} copies of that file under other names. */
    static void write(Path dir, int n, Path project) throws IOException {
        Path sub = project.resolve("submission");
        if (Files.isRegularFile(sub.resolve(String.format(Locale.ROOT, "indicators-%05d.json", n)))) {
            return;
        }
        Path base = dir.resolve("base");
        if (!Files.isDirectory(base.resolve(Generator.folder(1)))) {
            Generator.writeDepartment(base, 1, Generator.DEFAULT_SEED);
        }
        Path src = base.resolve(Generator.folder(1)).resolve("submission");
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.createDirectories(sub);
        String indicators = null;
        try (var s = Files.list(src)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                String name = f.getFileName().toString();
                if (name.equals("indicators.json")) {
                    JsonNode root = mapper.readTree(f.toFile());
                    ArrayNode given = (ArrayNode) root.get("indicators");
                    ArrayNode cut = mapper.createArrayNode();
                    String text;
                    int k = 0;
                    do {
                        cut.add(given.get(k++ % given.size()).deepCopy());
                        ((ObjectNode) root).set("indicators", cut);
                        text = mapper.writeValueAsString(root);
                    } while (text.length() < 15 * 1024 / 3 * 2 && k < 10_000); // about 15 KB of mostly Chinese text
                    indicators = text;
                    Files.writeString(sub.resolve(name), text);
                } else if (name.endsWith(".json")) {
                    Files.copy(f, sub.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (int i = 1; i <= n; i++) {
            Files.writeString(sub.resolve(String.format(Locale.ROOT, "indicators-%05d.json", i)), indicators);
        }
    }
}
