package io.github.jixiao.report;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark, not a test (issue 17): the thread CPU each report of {@link ReportWriter#write} costs per generated
 * department, on engine results held in memory (the first N departments in Chinese and in English), best of R rounds.
 * Each line is one piece, measured on its own: the whole write into a folder under /dev/shm, each document rendered
 * to nowhere, the workbook's tables and writer, and the file system's share (empty files, 410 KB of bytes).
 *
 * <pre>
 * ./mvnw -B -q -o -pl plugin test-compile
 * java -Xmx512m -cp plugin/target/test-classes:plugin/target/classes:$(cat benchmark/target/classpath.txt) \
 *     io.github.jixiao.report.ReportBenchmark benchmark/target/data 40 15 [job-prefix]
 * </pre>
 */
public final class ReportBenchmark {
    interface Job { void run(EngineResult r, Messages m) throws Exception; }

    static final OutputStream NULL = new OutputStream() {
        long n;
        @Override public void write(int b) { n++; }
        @Override public void write(byte[] b, int off, int len) { n += len; }
    };
    static final ReportMeta META = ReportMeta.of("2026-01-01T00:00:00Z");
    static long sink;
    static final byte[] BIG = new byte[287000], SMALL = new byte[25000];

    public static void main(String[] args) throws Exception {
        // a thread named as the harness's pool, so that benchmark's JfrTop counts its samples (-XX:StartFlightRecording)
        Thread t = new Thread(() -> { try { body(args); } catch (Exception e) { throw new RuntimeException(e); } }, "ForkJoinPool-bench");
        t.start();
        t.join();
    }

    static void body(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String only = args.length > 3 ? args[3] : "";
        Engine engine = new Engine();
        List<EngineResult> results = new ArrayList<>();
        List<Messages> msgs = new ArrayList<>();
        for (Locale locale : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (int i = 1; i <= n; i++) {
                Path d = data.resolve(String.format("dept-%04d", i));
                EngineOptions o = EngineOptions.of(d, d.resolve("submission"));
                o = new EngineOptions(o.projectDir(), o.submissionDir(), o.includes(), o.excludes(), o.framework(), o.rules(), locale);
                results.add(engine.run(o));
                msgs.add(messages);
            }
        }
        Path out = Files.createTempDirectory(Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir")), "jixiao-report-bench");
        Map<String, Job> jobs = new java.util.LinkedHashMap<>();
        jobs.put("write (whole)", (r, m) -> ReportWriter.write(out, r, Map.of(), m, META));
        jobs.put("findings.json", (r, m) -> Json.content(FindingsJson.tree(r.findings(), m.forSheet(r.sheet()), ReportWriter.head(r, m, META), Map.of(), Cells.none())).writeTo(NULL));
        jobs.put("sarif", (r, m) -> {
            List<Sarif.Entry> e = new ArrayList<>();
            for (Finding f : r.findings()) e.add(new Sarif.Entry(f, null));
            Json.content(Sarif.tree(e, m.forSheet(r.sheet()), META.pluginVersion(), Snippets.none(), Cells.none())).writeTo(NULL);
        });
        jobs.put("summary.json", (r, m) -> Json.content(ScoreSummary.jsonTree(r, META)).writeTo(NULL));
        jobs.put("summary.md", (r, m) -> sink += ScoreSummaryMarkdown.render(r, Map.of(), m, META).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        jobs.put("summary.html", (r, m) -> sink += ScoreSummaryHtml.render(r, Map.of(), m.forSheet(r.sheet()), META, Cells.none()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        jobs.put("xlsx tables", (r, m) -> sink += ScoreSummaryXlsx.tables(r, m.forSheet(r.sheet()), f -> null).size());
        jobs.put("xlsx (whole)", (r, m) -> sink += io.github.jixiao.xlsx.XlsxWriter.write(ScoreSummaryXlsx.tables(r, m.forSheet(r.sheet()), f -> null)).length);
        jobs.put("file xlsx", (r, m) -> ScoreSummaryXlsx.write(out, r, m.forSheet(r.sheet()), f -> null));
        jobs.put("file summaries", (r, m) -> ScoreSummary.write(out, r, Map.of(), m, META, Cells.none()));
        jobs.put("file bytes 410k", (r, m) -> { AtomicFiles.write(out.resolve("b1"), BIG); for (int i = 0; i < 5; i++) AtomicFiles.write(out.resolve("b" + i), SMALL); });
        Map<EngineResult, List<io.github.jixiao.xlsx.Table>> tabs = new java.util.IdentityHashMap<>();
        for (int i = 0; i < results.size(); i++) tabs.put(results.get(i), ScoreSummaryXlsx.tables(results.get(i), msgs.get(i).forSheet(results.get(i).sheet()), f -> null));
        jobs.put("xlsx writer only", (r, m) -> sink += io.github.jixiao.xlsx.XlsxWriter.write(tabs.get(r)).length);
        jobs.put("6 atomic files (empty)", (r, m) -> { for (int i = 0; i < 6; i++) AtomicFiles.write(out.resolve("e" + i), new byte[0]); });
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        Map<String, Double> best = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Job> j : jobs.entrySet()) {
                if (!only.isEmpty() && !j.getKey().startsWith(only) && !j.getKey().equals("write (whole)")) continue;
                long t0 = tmx.getCurrentThreadCpuTime();
                for (int i = 0; i < results.size(); i++) {
                    j.getValue().run(results.get(i), msgs.get(i));
                }
                double ms = (tmx.getCurrentThreadCpuTime() - t0) / 1e6 / results.size();
                best.merge(j.getKey(), ms, Math::min);
            }
        }
        try (java.util.stream.Stream<Path> files = Files.walk(out)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        best.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-26s %7.3f ms/dept (best of %d rounds)%n", k, v, rounds));
    }
}
