package io.github.jixiao.bench;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Two (or more) builds of the engine compared in one JVM, round by round (benchmark/ab.sh): each build's classes in a
 * class loader of its own, the rounds alternated (A B, B A, …), each round the whole check (Engine.run and every
 * report, in Chinese) of departments 1..N on this thread, timed in thread CPU. On a host whose other tenants move
 * separate runs by a third, the builds then share whatever the host does to both; the first three rounds warm the JIT
 * and are left out. Prints, per build, ms a department: Engine.run and the reports at their best round, and the
 * whole at its best, median and mean.
 *
 * <pre>java -cp benchmark/target/classes io.github.jixiao.bench.AbBuilds DATA N ROUNDS CLASSPATH_FILE BUILD_A BUILD_B …</pre>
 * where CLASSPATH_FILE is benchmark/target/classpath.txt (the libraries; the plugin's own jar in it is left out) and
 * each BUILD a folder of classes (plugin/target/classes) or a jar.
 */
public final class AbBuilds {
    public static void main(String[] a) throws Exception {
        if (a.length < 6) {
            System.err.println("usage: AbBuilds DATA N ROUNDS CLASSPATH_FILE BUILD_A BUILD_B [BUILD…]");
            System.exit(2);
        }
        String data = a[0];
        int n = Integer.parseInt(a[1]);
        int rounds = Integer.parseInt(a[2]);
        List<String> builds = Arrays.asList(a).subList(4, a.length);
        List<URL> libs = new ArrayList<>();
        for (String p : Files.readString(Path.of(a[3])).trim().split(":")) {
            if (!p.contains("jixiao-maven-plugin")) {
                libs.add(Path.of(p).toUri().toURL());
            }
        }
        ClassLoader parent = new URLClassLoader(libs.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        URL self = AbBuilds.class.getProtectionDomain().getCodeSource().getLocation();
        List<Object> jobs = new ArrayList<>();
        List<Method> round = new ArrayList<>();
        for (String b : builds) {
            ClassLoader l = new URLClassLoader(new URL[] {Path.of(b).toAbsolutePath().toUri().toURL(), self}, parent);
            Class<?> c = l.loadClass(Whole.class.getName());
            jobs.add(c.getConstructor(String.class, int.class).newInstance(data, n));
            round.add(c.getMethod("round"));
        }
        List<List<long[]>> res = new ArrayList<>();
        builds.forEach(b -> res.add(new ArrayList<>()));
        // the reports' folders go when the run ends, however it ends (on tmpfs they were left behind: gigabytes of the
        // VM's memory after a few runs)
        Thread cleanup = new Thread(() -> jobs.forEach(j -> {
            try {
                j.getClass().getMethod("delete").invoke(j);
            } catch (ReflectiveOperationException e) {
                System.err.println("AbBuilds: reports not deleted: " + e.getCause());
            }
        }));
        Runtime.getRuntime().addShutdownHook(cleanup);
        // every round on the one thread of a pool of one: Engine.run loads a department's files with a parallel
        // stream, which then runs on that pool's worker too, so the thread CPU a round reads is the whole check's
        // (on the caller's thread the stream used the common pool, whose threads' time went uncounted)
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < builds.size(); k++) {
                int b = r % 2 == 0 ? k : builds.size() - 1 - k;
                Object job = jobs.get(b);
                java.lang.reflect.Method m = round.get(b);
                long[] t = one.submit(() -> (long[]) m.invoke(job)).get();
                if (r >= 3) {
                    res.get(b).add(t);
                }
            }
        }
        one.shutdown();
        System.out.printf("%-44s %9s %9s %9s %9s %9s %9s%n", "build (ms a department, thread cpu)", "run best", "rep best",
                "rep med", "best", "median", "mean");
        for (int b = 0; b < builds.size(); b++) {
            List<long[]> r = res.get(b);
            long[] sums = r.stream().mapToLong(x -> x[0] + x[1]).sorted().toArray();
            long[] reps = r.stream().mapToLong(x -> x[1]).sorted().toArray();
            String name = builds.get(b);
            System.out.printf("%-44s %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f%n",
                    name.length() > 44 ? "…" + name.substring(name.length() - 43) : name,
                    r.stream().mapToLong(x -> x[0]).min().orElse(0) / 1e6 / n,
                    reps[0] / 1e6 / n, reps[reps.length / 2] / 1e6 / n,
                    sums[0] / 1e6 / n, sums[sums.length / 2] / 1e6 / n,
                    Arrays.stream(sums).average().orElse(0) / 1e6 / n);
        }
    }

    /** One build's whole check; loaded in that build's class loader (public for reflection). */
    public static final class Whole {
        private final List<Path> depts = new ArrayList<>();
        private final Engine engine = new Engine();
        private final Messages messages = new Messages(Messages.ZH);
        private final ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Path out;
        /** BENCH_AB_SNIPPETS=1: the SARIF's results with their snippets, as a build writes them (default: without). */
        private static final boolean SNIPPETS = "1".equals(System.getenv("BENCH_AB_SNIPPETS"));
        /**
         * BENCH_AB_REPEAT=k: each department's reports written k times after its Engine.run (the reports' figure is a
         * write's, the mean of the k): a change to the reports alone then weighs k times as much in each round against
         * the host's noise. The later writes find the result in the caches, so the figure is below a build's.
         */
        private static final int REPEAT = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("BENCH_AB_REPEAT", "1")));

        public Whole(String data, int n) throws Exception {
            for (int i = 1; i <= n; i++) {
                depts.add(Path.of(data).resolve(String.format("dept-%04d", i)));
            }
            Path shm = Path.of("/dev/shm");
            out = Files.isDirectory(shm) ? Files.createTempDirectory(shm, "jixiao-ab") : Files.createTempDirectory("jixiao-ab");
        }

        /** Deletes the folder the reports were written to (public for reflection). */
        public void delete() throws java.io.IOException {
            if (!Files.exists(out)) {
                return;
            }
            try (var walk = Files.walk(out)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }

        /** One round: thread CPU ns of Engine.run and of the reports, summed over the departments. */
        public long[] round() throws Exception {
            long run = 0;
            long rep = 0;
            for (Path d : depts) {
                long c0 = threads.getCurrentThreadCpuTime();
                EngineResult r = engine.run(EngineOptions.of(d, d.resolve("submission")));
                long c1 = threads.getCurrentThreadCpuTime();
                for (int k = 0; k < REPEAT; k++) {
                    // with SNIPPETS, findings.sarif as the mojo writes it, each result with its lines
                    ReportWriter.write(out.resolve(d.getFileName().toString()), r, Map.of(), messages, meta,
                            SNIPPETS ? io.github.jixiao.report.Snippets.of(d, r.sources()) : io.github.jixiao.report.Snippets.none());
                }
                run += c1 - c0;
                rep += (threads.getCurrentThreadCpuTime() - c1) / REPEAT;
            }
            return new long[] {run, rep};
        }
    }
}
