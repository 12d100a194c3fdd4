package io.github.jixiao.bench;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times, in one JVM and after warm-up, (a) the floor: read every file and parse it with a bare Jackson 3
 * {@code readTree(byte[])}, and (b) the whole engine ({@link Engine#run} — load, schema validation, every
 * rule, scoring — plus {@link ReportWriter#write} into a temporary folder per department) on the same files.
 * Threads: the floor runs on {@code --parse-threads} (1 by default: a plain parse, as an independent Jackson
 * program does it), the engine on {@code --check-threads} (by default every processor: departments in parallel,
 * as {@code mvn -T} builds a reactor of departments), each inside a {@link ForkJoinPool} of that size, which the
 * engine's own parallel stream over a department's files shares. {@code --threads=k} sets both. Whatever the
 * threads, the CPU time of every department (thread CPU, summed) is measured as well: the CPU ratio compares like
 * with like. Departments are processed one at a time (per thread) and released; only per-department counts are
 * kept. The last line printed is the RESULT line.
 * The last line printed is the RESULT line.
 */
public final class Harness {

    private static final JsonMapper BARE = JsonMapper.builder().build();
    private static final String TIMESTAMP = "2026-01-01T00:00:00Z";

    private final List<Path> depts;
    private final int parseThreads;
    private final int checkThreads;
    private final ForkJoinPool parsePool;
    private final ForkJoinPool checkPool;
    /** The engine on one thread: the like-with-like figure (RESULT ratio) against the one-thread floor. */
    private final ForkJoinPool onePool = new ForkJoinPool(1);
    private final Engine engine = new Engine();
    private final Messages messages = new Messages(Messages.ZH);
    private final ReportMeta meta = ReportMeta.of(TIMESTAMP);
    private final Path reports;
    /** --formats=…: the optional reports written (jixiao.formats; by default the default set, sarif, md, html, xlsx, as a build writes them). */
    private io.github.jixiao.report.ReportFormats formats = io.github.jixiao.report.ReportFormats.standard();

    /** Kept per department: the number of findings, and of errors. */
    private final int[] findingCount;
    private final int[] errorCount;
    private final Map<String, Long> byRule = new TreeMap<>();

    /** Which workloads this JVM runs (--only=floor|engine; both by default), and the floor measured elsewhere. */
    private boolean floorRuns = true;
    private boolean engineRuns = true;
    private double floorS;
    private double floorCpuS;

    private Harness(List<Path> depts, int parseThreads, int checkThreads, Path reports) {
        this.depts = depts;
        this.parseThreads = parseThreads;
        this.checkThreads = checkThreads;
        this.parsePool = new ForkJoinPool(parseThreads);
        this.checkPool = new ForkJoinPool(checkThreads);
        this.reports = reports;
        this.findingCount = new int[depts.size()];
        this.errorCount = new int[depts.size()];
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Path data = Path.of(req(o, "data"));
        int n = Integer.parseInt(req(o, "departments"));
        String both = o.get("threads");
        int parseThreads = Integer.parseInt(o.getOrDefault("parse-threads", both != null ? both : "1"));
        int checkThreads = Integer.parseInt(o.getOrDefault("check-threads",
                both != null ? both : String.valueOf(Runtime.getRuntime().availableProcessors())));
        List<Path> depts = departments(data, n);
        if (o.containsKey("selfcheck")) {
            System.exit(SelfCheck.run(depts.subList(0, Math.min(3, depts.size()))));
        }
        if (o.containsKey("phases")) {
            Phases.run(depts, Integer.parseInt(o.getOrDefault("warmup", "50")),
                    Path.of(o.getOrDefault("reports", System.getProperty("java.io.tmpdir"))));
            return;
        }
        int warmup = Math.min(n, Integer.parseInt(o.getOrDefault("warmup", "100")));
        int warmupRounds = Integer.parseInt(o.getOrDefault("warmup-rounds", "10"));
        int passes = Integer.parseInt(o.getOrDefault("passes", "5"));

        // --reports=DIR: where the reports go (run.sh: /dev/shm when there is one; see README.md, "Reports")
        Path reportsRoot = Path.of(o.getOrDefault("reports", System.getProperty("java.io.tmpdir")));
        Path reports = Files.createTempDirectory(reportsRoot, "jixiao-bench-reports-");
        System.out.println("reports: written under " + reports + " (" + Files.getFileStore(reports).type() + ")");
        try {
            Harness h = new Harness(depts, parseThreads, checkThreads, reports);
            // --keep-reports=true|false: keep every pass's reports until the end of the run. Default: keep them on a
            // disk (deleting thousands of files on this ext4 disk slowed the next pass's creations), recycle them on
            // tmpfs (see recycle())
            h.keepReports = Boolean.parseBoolean(o.getOrDefault("keep-reports",
                    Boolean.toString(!"tmpfs".equals(Files.getFileStore(reports).type()))));
            System.out.println("reports: " + (h.keepReports ? "every pass's kept until the end of the run"
                    : "the previous pass's deleted before each pass, outside the timing (--keep-reports=true keeps them)"));
            String only = o.getOrDefault("only", "both");
            h.floorRuns = !only.equals("engine");
            h.engineRuns = !only.equals("floor");
            h.formats = io.github.jixiao.report.ReportFormats.parse(o.get("formats"));
            if (!h.floorRuns) { // the floor's figures from its own JVM (run.sh passes them on)
                h.floorS = Double.parseDouble(req(o, "floor-s"));
                h.floorCpuS = Double.parseDouble(req(o, "floor-cpu-s"));
            }
            h.measure(warmup, warmupRounds, Integer.parseInt(o.getOrDefault("warmup-max", "0")),
                    Double.parseDouble(o.getOrDefault("warmup-jit", "1000")), passes);
        } finally {
            Generator.deleteTree(reports);
        }
    }

    private void measure(int warmup, int warmupRounds, int warmupMax, double warmupJit, int passes) throws Exception {
        long bytes = 0;
        for (Path d : depts) {
            for (Path f : files(d)) {
                bytes += Files.size(f);
            }
        }
        double mib = bytes / (1024.0 * 1024.0);
        int indicators = depts.size() * Generator.TASKS * Generator.INDICATORS_PER_TASK;
        System.out.printf(Locale.ROOT, "machine: %d cpus, %s %s, max heap %d MiB, gc %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList());
        System.out.println(engineIdentity());
        System.out.printf(Locale.ROOT, "data: %d departments, %d files, %.1f MiB, %d indicators; parse threads=%d, check threads=%d%n",
                depts.size(), depts.size() * 7, mib, indicators, parseThreads, checkThreads);

        // Warm-up: --warmup-rounds rounds over the first --warmup departments. In its own JVM each workload is
        // warmed on its own: run.sh warms the engine over all N departments, 3 times (a few rounds over the same
        // 100 left C2 compiling the paths new data takes through the timed passes: process cpu twice the
        // workers'), and the floor twice. The JIT's compiling time per round is printed.
        List<Path> warm = depts.subList(0, warmup);
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int w = 1; w <= Math.max(warmupRounds, warmupMax); w++) {
            pass = -w; // each round into new folders too
            recycle();
            long j0 = jit.getTotalCompilationTime();
            double pf = floorRuns ? timed(() -> floor(warm)) : 0;
            double pe = engineRuns ? timed(() -> check(warm, checkPool)) : 0;
            long compiling = jit.getTotalCompilationTime() - j0;
            System.out.printf(Locale.ROOT, "warm-up %d: %d departments: parse %.3f s, check %.3f s, JIT compiling %.3f s%n",
                    w, warmup, pf, pe, compiling / 1e3);
            // past --warmup-rounds, go on (up to --warmup-max) while the JIT compiled for more than --warmup-jit
            // of the round's wall time: on two cores its backlog of the engine's methods takes ~20 s to drain
            if (w >= warmupRounds && compiling / 1e3 <= warmupJit * (pf + pe)) {
                break;
            }
        }

        try (HeapMeter heap = new HeapMeter()) {
            System.gc();
            heap.reset();
            double[] parse = new double[passes];
            double[] check = new double[passes];
            double[] parseCpu = new double[passes];
            double[] checkCpu = new double[passes];
            double[] parallel = new double[passes];
            for (int p = 0; p < passes; p++) {
                long c0 = cpuNanos();
                long g0 = gcMillis();
                parse[p] = floorRuns ? timed(() -> floor(depts)) : floorS;
                long c1 = cpuNanos();
                long g1 = gcMillis();
                parseCpu[p] = floorRuns ? lastThreadCpu / 1e9 + (g1 - g0) / 1e3 : floorCpuS;
                if (!engineRuns) {
                    System.out.printf(Locale.ROOT, "pass %d: parse %.3f s (%.1f MiB/s; thread cpu+gc %.3f s, process cpu %.2f s)%n",
                            p + 1, parse[p], mib / parse[p], parseCpu[p], (c1 - c0) / 1e9);
                    continue;
                }
                byRule.clear();
                runCpu.reset();
                reportCpu.reset();
                pass = p + 1;
                recycle();
                check[p] = timed(() -> check(depts, onePool));
                long c2 = cpuNanos();
                long g2 = gcMillis();
                // worker threads' cpu + time in GC pauses: the wall time of one thread on an idle machine
                checkCpu[p] = lastThreadCpu / 1e9 + (g2 - g1) / 1e3;
                System.out.printf(Locale.ROOT, "pass %d: check = Engine.run %.3f s cpu + ReportWriter.write %.3f s cpu + %.3f s in GC pauses%n",
                        p + 1, runCpu.sum() / 1e9, reportCpu.sum() / 1e9, (g2 - g1) / 1e3);
                if (checkThreads > 1) {
                    pass = -100 - p; // new folders, as every pass
                    recycle();
                    parallel[p] = timed(() -> check(depts, checkPool));
                    System.out.printf(Locale.ROOT, "pass %d: check on %d threads %.3f s, parallel ratio %.2f%n",
                            p + 1, checkThreads, parallel[p], parallel[p] / parse[p]);
                } else {
                    parallel[p] = check[p];
                }
                System.out.printf(Locale.ROOT,
                        "pass %d: parse %.3f s (%.1f MiB/s; thread cpu+gc %.3f s%s), "
                                + "check %.3f s (%.1f MiB/s; thread cpu+gc %.3f s, process cpu %.2f s), ratio %.2f (cpu %.2f)%n",
                        p + 1, parse[p], mib / parse[p], parseCpu[p],
                        floorRuns ? String.format(Locale.ROOT, ", process cpu %.2f s", (c1 - c0) / 1e9) : ", its own JVM",
                        check[p], mib / check[p], checkCpu[p], (c2 - c1) / 1e9, check[p] / parse[p], checkCpu[p] / parseCpu[p]);
            }
            double parseS = min(parse);
            long peak = heap.peakBytes();
            if (!engineRuns) {
                System.out.printf(Locale.ROOT, "FLOOR departments=%d mb=%.1f parse_s=%.3f parse_cpu_s=%.3f median_s=%.3f%n",
                        depts.size(), mib, parseS, min(parseCpu), median(parse));
                return;
            }
            double checkS = min(check);

            long findings = Arrays.stream(findingCount).asLongStream().sum();
            long errors = Arrays.stream(errorCount).asLongStream().sum();
            System.out.printf(Locale.ROOT, "findings (last pass): %d in %d departments, %d errors; by rule: %s%n",
                    findings, depts.size(), errors, byRule);
            System.out.printf(Locale.ROOT,
                    "heap: peak used %.1f MiB (before-GC max / 5 ms sampler), max after GC %.1f MiB, pool-peak sum %.1f MiB, %d collections%n",
                    peak / 1048576.0, heap.maxAfterGcBytes() / 1048576.0, heap.poolPeakSumBytes() / 1048576.0, heap.collections());
            System.out.printf(Locale.ROOT, "median of %d passes: parse %.3f s, check %.3f s, ratio %.2f%n", passes,
                    median(parse), median(check), median(check) / median(parse));
            System.out.printf(Locale.ROOT, "best of %d passes in worker thread cpu + gc pauses (like with like): parse %.3f s, check %.3f s, cpu ratio %.2f%n",
                    passes, min(parseCpu), min(checkCpu), min(checkCpu) / min(parseCpu));
            System.out.printf(Locale.ROOT, "best of %d passes (wall): parse %.3f s, check %.3f s, ratio %.2f%n", passes,
                    parseS, checkS, checkS / parseS);
            // ratio: the engine on one thread against the parse on one thread, each in its own JVM after warm-up
            // (like with like); parallel_ratio: the engine on every processor (--check-threads) against the same
            System.out.printf(Locale.ROOT, "RESULT departments=%d indicators=%d mb=%.1f parse_s=%.3f check_s=%.3f ratio=%.2f "
                            + "cpu_ratio=%.2f parallel_check_s=%.3f parallel_ratio=%.2f peak_heap_mb=%.1f%s%n",
                    depts.size(), indicators, mib, parseS, checkS, checkS / parseS, min(checkCpu) / min(parseCpu),
                    min(parallel), min(parallel) / parseS, peak / 1048576.0,
                    // not the default build: the line says so, so that it is not taken for the like-with-like figure
                    formats == io.github.jixiao.report.ReportFormats.standard() ? "" : " formats=" + formats);
        }
    }

    // ---- the two workloads

    /** The floor: list, read and bare-parse every file. */
    private void floor(List<Path> ds) {
        forEach(parsePool, ds, i -> parseOne(ds.get(i)));
    }

    private static void parseOne(Path dept) {
        long sink = 0;
        for (Path f : files(dept)) {
            try {
                JsonNode n = BARE.readTree(Files.readAllBytes(f));
                sink += n.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
    }

    /** Thread CPU in Engine.run and in ReportWriter.write, summed over a pass. */
    private final java.util.concurrent.atomic.LongAdder runCpu = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder reportCpu = new java.util.concurrent.atomic.LongAdder();

    /**
     * The timed pass (0 in warm-up); each pass writes into new folders, as a clean build would. On a disk they are
     * deleted at the end of the run, not between passes: on an ext4 disk mounted with discard, deleting thousands of
     * files slowed the file creation of the next pass (reports 2.2, 3.4, 4.6 s in passes 1-3 at N=1000). On tmpfs
     * the previous pass's are deleted before each pass ({@link #recycle}).
     */
    private int pass;

    /** See {@link #recycle}. */
    private boolean keepReports;
    private Path lastOut;

    /**
     * Before a pass, outside its timing: deletes the previous pass's reports unless {@link #keepReports}. On tmpfs
     * the reports are memory: kept, they grew by 430 KB a department and pass (several GiB over the warm-up and
     * passes of N = 1000), and this VM provides each never-used page of its memory at a high kernel cost. Writing
     * the six reports of a department cost 1.4–1.7 ms of kernel and thread CPU so, against 0.33–0.45 ms when the
     * previous round's files are deleted first (the same files and calls, measured alone: README, "Reports"), a cost
     * of this VM's memory, not of the engine. A build writes its reports once, into memory the machine has in use.
     */
    private void recycle() throws IOException {
        if (!keepReports && lastOut != null) {
            Generator.deleteTree(lastOut);
        }
        lastOut = reports.resolve(pass < 0 ? "warm-up-" + -pass : "pass-" + pass);
    }

    /** The engine and its reports, as the mojo runs them: reports into a new temporary folder per department. */
    private void check(List<Path> ds, ForkJoinPool pool) {
        Path out = reports.resolve(pass < 0 ? "warm-up-" + -pass : "pass-" + pass);
        forEach(pool, ds, i -> {
            Path d = ds.get(i);
            long c0 = THREADS.getCurrentThreadCpuTime();
            EngineResult r = engine.run(EngineOptions.of(d, d.resolve("submission")));
            long c1 = THREADS.getCurrentThreadCpuTime();
            try {
                // the SARIF's snippets as the mojo makes them, from the bytes the loader read (since session 20: before,
                // the harness wrote the SARIF without them, which a build never does)
                ReportWriter.write(out.resolve(d.getFileName().toString()), r, Map.of(), messages, meta,
                        io.github.jixiao.report.Snippets.of(d, r.sources()), io.github.jixiao.report.Cells.none(), formats);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            runCpu.add(c1 - c0);
            reportCpu.add(THREADS.getCurrentThreadCpuTime() - c1);
            int errors = 0;
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.ERROR) {
                    errors++;
                }
            }
            if (ds == depts) {
                findingCount[i] = r.findings().size();
                errorCount[i] = errors;
                synchronized (byRule) {
                    for (Finding f : r.findings()) {
                        byRule.merge(f.ruleId(), 1L, Long::sum);
                    }
                }
            }
        });
    }

    private interface Body {
        void run(int i);
    }

    /** CPU time of the worker threads in the last pass (ns, summed over departments); GC threads not included. */
    private long lastThreadCpu;

    /** Runs {@code body} for every department inside {@code pool}: in order on one thread, else in parallel. */
    private void forEach(ForkJoinPool pool, List<Path> ds, Body body) {
        java.util.concurrent.atomic.LongAdder cpu = new java.util.concurrent.atomic.LongAdder();
        Body timedBody = i -> {
            long c0 = THREADS.getCurrentThreadCpuTime();
            body.run(i);
            cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
        };
        call(pool, () -> {
            if (pool.getParallelism() == 1) {
                for (int i = 0; i < ds.size(); i++) {
                    timedBody.run(i);
                }
            } else {
                IntStream.range(0, ds.size()).parallel().forEach(timedBody::run);
            }
            return null;
        });
        lastThreadCpu = cpu.sum();
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    private static <T> T call(ForkJoinPool pool, Callable<T> c) {
        try {
            return pool.submit(c).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    // ---- helpers

    /** Which engine is measured: ~/.m2's plugin jar is shared, and other builds may install over it. */
    static String engineIdentity() {
        String where = "?";
        String when = "";
        try {
            java.net.URL url = Engine.class.getProtectionDomain().getCodeSource().getLocation();
            Path p = Path.of(url.toURI());
            where = p.toString();
            when = ", modified " + Files.getLastModifiedTime(p);
        } catch (Exception e) {
            // unknown
        }
        return "engine: " + where + when + ", " + io.github.jixiao.lint.RuleRegistry.all().size() + " rules";
    }

    static List<Path> departments(Path data, int n) throws IOException {
        List<Path> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Path d = data.resolve(Generator.folder(i));
            if (!Files.isDirectory(d.resolve("submission"))) {
                throw new IllegalStateException("missing " + d + ": generate the data first (benchmark/run.sh does)");
            }
            out.add(d);
        }
        return out;
    }

    static List<Path> files(Path dept) {
        try (Stream<Path> s = Files.list(dept.resolve("submission"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double timed(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new TreeMap<>();
        for (String a : args) {
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + a);
            }
            int eq = a.indexOf('=');
            if (eq < 0) {
                m.put(a.substring(2), "true");
            } else {
                m.put(a.substring(2, eq), a.substring(eq + 1));
            }
        }
        return m;
    }

    private static String req(Map<String, String> o, String k) {
        String v = o.get(k);
        if (v == null) {
            throw new IllegalArgumentException("--" + k + "=... is required");
        }
        return v;
    }
}
