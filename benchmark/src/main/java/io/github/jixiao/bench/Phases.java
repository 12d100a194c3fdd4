package io.github.jixiao.bench;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Findings;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import io.github.jixiao.report.FindingsJson;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Sarif;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.score.Scorer;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import io.github.jixiao.validate.SchemaCatalog;
import io.github.jixiao.validate.SchemaValidator;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the engine's time goes: the steps of {@link Engine#run} done one by one with the engine's own
 * public classes (the private number walk through reflection), each timed, single-threaded, after warm-up.
 * Also splits loading into its parts and times the target parser on every target and actual (the rules
 * that compare them are not in the engine yet; this is what they will at least cost).
 */
final class Phases {
    private Phases() {
    }

    private static final JsonMapper BARE = JsonMapper.builder().build();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The loader's parser settings without the location-aware node factory. */
    private static final JsonMapper CONFIGURED = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final String[] NAMES = {
        "read", "load (loader.parse)", "validate (pre-check; networknt on doubt)", "numbers (checkNumbers)", "bind (Submission)",
        "rules", "score", "sort findings", "report: findings.json render", "report: SARIF render",
        "report: ReportWriter.write", "", "load: utf-8 check", "load: bare readTree", "load: configured readTree",
        "targets: parse+compare (future rules)", "engine.run + report (whole)",
        "rules again, each timed (the list below)",
        "report: write, findings.json + summary json", "report: write, that + SARIF", "report: write, that + md",
        "report: write, that + html", "report: write, that + xlsx"};
    private static final int READ = 0;
    private static final int LOAD = 1;
    private static final int VALIDATE = 2;
    private static final int NUMBERS = 3;
    private static final int BIND = 4;
    private static final int RULES = 5;
    private static final int SCORE = 6;
    private static final int SORT = 7;
    private static final int FJSON = 8;
    private static final int SARIF = 9;
    private static final int WRITE = 10;
    private static final int UTF8 = 12;
    private static final int BARE_PARSE = 13;
    private static final int CONF_PARSE = 14;
    private static final int TARGETS = 15;
    private static final int WHOLE = 16;
    private static final int RULES_EACH = 17;
    /** ReportWriter.write with formats "none", then one more format at a time (the marginal cost of each). */
    private static final int WRITE_NONE = 18;
    private static final String[] WRITE_STEPS = {"none", "sarif", "sarif,md", "sarif,md,html", "sarif,md,html,xlsx"};

    static void run(List<Path> depts, int warmup, Path reportsRoot) throws Exception {
        System.out.println(Harness.engineIdentity());
        Path reports = Files.createTempDirectory(reportsRoot, "jixiao-bench-phases-");
        System.out.println("reports: written under " + reports + " (" + Files.getFileStore(reports).type() + ")");
        // one thread, as the harness's default: the engine's parallel stream runs inside this pool
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(1);
        try {
            pool.submit(() -> {
                Runner r = new Runner(reports);
                List<Path> warm = depts.subList(0, Math.min(warmup, depts.size()));
                for (int w = 0; w < 2; w++) {
                    r.pass(warm);
                }
                r.clear();
                r.pass(depts);
                r.print(depts.size());
                return null;
            }).get();
        } finally {
            pool.shutdown();
            Generator.deleteTree(reports);
        }
    }

    private static final class Runner {
        private final long[] t = new long[NAMES.length];
        private final SubmissionLoader loader = new SubmissionLoader();
        private final SchemaValidator validator = new SchemaValidator();
        private final Scorer scorer = new Scorer();
        private final Engine engine = new Engine();
        private final Messages messages = new Messages(Messages.ZH);
        private final ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
        private final Method checkNumbers;
        private final Path reports;
        private long sink;

        Runner(Path reports) {
            this.reports = reports;
            Method m;
            try {
                m = Engine.class.getDeclaredMethod("checkNumbers", JsonDocument.class, JsonNode.class, List.class);
            } catch (ReflectiveOperationException | RuntimeException e) {
                try { // before the walk built pointers lazily
                    m = Engine.class.getDeclaredMethod("checkNumbers", JsonDocument.class, JsonNode.class, String.class, List.class);
                } catch (ReflectiveOperationException | RuntimeException e2) {
                    m = null;
                    System.out.println("phases: Engine.checkNumbers not found; the number walk is not timed");
                }
            }
            if (m != null) {
                m.setAccessible(true);
            }
            this.checkNumbers = m;
            java.lang.reflect.Constructor<?> rr = null;
            Method walk = null;
            Method size = null;
            Method check = null;
            Method descriptor = null;
            Method found = null;
            Method run = null;
            try { // lint's RuleRunner, where the engine has one (it compiles against the installed plugin)
                Class<?> c = Class.forName("io.github.jixiao.lint.RuleRunner");
                rr = c.getConstructor(Submission.class, ScoreSheet.class, io.github.jixiao.score.Framework.class,
                        io.github.jixiao.lint.RuleConfig.class, List.class);
                walk = c.getMethod("walk");
                size = c.getMethod("size");
                check = c.getMethod("check", int.class);
                descriptor = c.getMethod("descriptor", int.class);
                found = c.getMethod("findings", java.util.function.BiFunction.class);
                run = c.getMethod("run", java.util.function.BiFunction.class);
            } catch (ReflectiveOperationException | RuntimeException e) {
                rr = null;
            }
            this.runner = rr;
            this.runnerWalk = walk;
            this.runnerSize = size;
            this.runnerCheck = check;
            this.runnerDescriptor = descriptor;
            this.runnerFindings = found;
            this.runnerRun = run;
        }

        private final java.lang.reflect.Constructor<?> runner;
        private final Method runnerWalk;
        private final Method runnerSize;
        private final Method runnerCheck;
        private final Method runnerDescriptor;
        private final Method runnerFindings;
        private final Method runnerRun;

        /** Thread cpu per rule id, to find the rule worth making faster. */
        private final Map<String, Long> perRule = new java.util.HashMap<>();

        void clear() {
            perRule.clear();
            java.util.Arrays.fill(t, 0);
            java.util.Arrays.fill(tc, 0);
        }

        void pass(List<Path> depts) throws Exception {
            for (Path d : depts) {
                one(d);
            }
        }

        private final long[] tc = new long[NAMES.length];
        private long w0;
        private long c0;
        private long a0;
        /** Bytes allocated by this thread in each phase (drives the collector's work and the memory traffic). */
        private final long[] alloc = new long[NAMES.length];

        private static long allocated() {
            return ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes();
        }

        private void start() {
            w0 = System.nanoTime();
            c0 = THREADS.getCurrentThreadCpuTime();
            a0 = allocated();
        }

        /** Adds the time since the last start/stop to {@code phase}, and starts again. */
        private void stop(int phase) {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            long a = allocated();
            t[phase] += w - w0;
            tc[phase] += c - c0;
            alloc[phase] += a - a0;
            w0 = w;
            c0 = c;
            a0 = a;
        }

        private void one(Path dept) throws Exception {
            Path project = dept.toAbsolutePath().normalize();
            List<Finding> findings = new ArrayList<>();
            Map<String, JsonDocument> byRole = new LinkedHashMap<>();
            for (Path f : Harness.files(dept)) {
                String rel = Engine.relative(project, f.toAbsolutePath());
                start();
                byte[] bytes = Files.readAllBytes(f);
                stop(READ);
                SubmissionLoader.Loaded loaded = loader.parse(bytes, rel);
                stop(LOAD);
                findings.addAll(loaded.findings());
                JsonDocument doc = loaded.document();
                if (doc == null) {
                    continue;
                }
                findings.addAll(validator.validate(doc));
                stop(VALIDATE);
                if (checkNumbers != null) {
                    if (checkNumbers.getParameterCount() == 3) {
                        checkNumbers.invoke(null, doc, doc.root(), findings);
                    } else {
                        checkNumbers.invoke(null, doc, doc.root(), "", findings);
                    }
                }
                stop(NUMBERS);
                String role = SchemaCatalog.roleOf(doc.schemaId());
                if (role != null) {
                    byRole.putIfAbsent(role, doc);
                }
                // the parts of loading
                start();
                sink += utf8(bytes);
                stop(UTF8);
                sink += BARE.readTree(bytes).size();
                stop(BARE_PARSE);
                sink += CONFIGURED.readTree(bytes).size();
                stop(CONF_PARSE);
            }
            start();
            Submission bound = new Submission(byRole);
            stop(BIND);
            // as Engine.run: the framework is loaded at every stage (the rules follow its taxonomy), rows' 一级 inferred
            // from their 二级 where it tells them, scored at 自评 only
            io.github.jixiao.score.FrameworkLoader.Loaded fw = scorer.framework(bound, null, project);
            Submission s = io.github.jixiao.score.InferredLevel1.apply(bound, fw.framework());
            ScoreSheet sheet = scorer.score(s, fw).sheet();
            stop(SCORE);
            if (runner != null) {
                java.util.function.BiFunction<String, Throwable, Finding> failed = (id, e) -> {
                    throw new IllegalStateException(id, e);
                };
                // as Engine.run: the rules through lint's RuleRunner (the tree rules share one walk), timed as one step:
                // reading the thread's clock costs ~1.5 us a call here (a system call) and disturbs the caches, so the
                // rule-by-rule timing below runs the rules a second time, outside the sum
                @SuppressWarnings("unchecked")
                List<Finding> ruleFindings = (List<Finding>) runnerRun.invoke(runner.newInstance(s, sheet, fw.framework(), null, List.of()), failed);
                findings.addAll(ruleFindings);
                stop(RULES);
                Object rr = runner.newInstance(s, sheet, fw.framework(), null, List.of());
                long rc = THREADS.getCurrentThreadCpuTime();
                runnerWalk.invoke(rr);
                perRule.merge("(shared tree walk)", THREADS.getCurrentThreadCpuTime() - rc, Long::sum);
                int n = (Integer) runnerSize.invoke(rr);
                for (int k = 0; k < n; k++) {
                    rc = THREADS.getCurrentThreadCpuTime();
                    runnerCheck.invoke(rr, k);
                    String id = ((io.github.jixiao.lint.RuleDescriptor) runnerDescriptor.invoke(rr, k)).id();
                    perRule.merge(id, THREADS.getCurrentThreadCpuTime() - rc, Long::sum);
                }
                runnerFindings.invoke(rr, failed);
                stop(RULES_EACH);
            } else {
                for (Rule rule : RuleRegistry.all()) {
                    if (rule.descriptor().stages().contains(s.stage())) {
                        long rc = THREADS.getCurrentThreadCpuTime();
                        RuleContext ctx = new RuleContext(rule.descriptor(), sheet, fw.framework());
                        rule.check(s, ctx);
                        findings.addAll(ctx.findings());
                        perRule.merge(rule.descriptor().id(), THREADS.getCurrentThreadCpuTime() - rc, Long::sum);
                    }
                }
                stop(RULES);
            }
            List<Finding> sorted = Findings.sorted(findings);
            stop(SORT);

            // target parsing, as the indicator rules will do it
            JsonDocument ind = byRole.get("indicators");
            if (ind != null) {
                for (JsonNode i : ind.root().path("indicators")) {
                    TargetValue tv = TargetParser.parse(i.path("target").asString(null));
                    TargetValue av = TargetParser.parse(i.path("actual").asString(null));
                    sink += TargetParser.compare(tv, av).ordinal();
                }
            }
            stop(TARGETS);

            // reports, on the real engine's result
            EngineResult r = engine.run(EngineOptions.of(dept, dept.resolve("submission")));
            Path out = reports.resolve(dept.getFileName().toString());
            ReportWriter.write(out, r, Map.of(), messages, meta, io.github.jixiao.report.Snippets.of(dept, r.sources()));
            stop(WHOLE);
            io.github.jixiao.report.ReportModel.FindingsDocument head = new io.github.jixiao.report.ReportModel.FindingsDocument(
                    "jixiao", meta.pluginVersion(), meta.schemaVersion(), "zh-CN", r.department(), r.project(), r.year(), r.stage(),
                    r.files(), List.of(), List.of());
            start();
            sink += FindingsJson.render(r.findings(), messages, head, Map.of()).length();
            stop(FJSON);
            List<Sarif.Entry> entries = r.findings().stream().map(f -> new Sarif.Entry(f, null)).toList();
            sink += Sarif.render(entries, messages, meta.pluginVersion()).length();
            stop(SARIF);
            // with the SARIF's snippets, as the mojo writes it (since session 20)
            ReportWriter.write(out, r, Map.of(), messages, meta, io.github.jixiao.report.Snippets.of(dept, r.sources()));
            stop(WRITE);
            for (int k = 0; k < WRITE_STEPS.length; k++) {
                ReportWriter.write(out, r, Map.of(), messages, meta, io.github.jixiao.report.Snippets.none(),
                        io.github.jixiao.report.Cells.none(), io.github.jixiao.report.ReportFormats.parse(WRITE_STEPS[k]));
                stop(WRITE_NONE + k);
            }
            sink += sorted.size();
        }

        void print(int n) {
            long engineW = 0;
            long engineC = 0;
            for (int i = READ; i <= WRITE; i++) {
                if (i != FJSON && i != SARIF) { // inside WRITE
                    engineW += t[i];
                    engineC += tc[i];
                }
            }
            System.out.printf(Locale.ROOT, "phases over %d departments (single thread, after warm-up); wall and thread cpu:%n", n);
            System.out.printf(Locale.ROOT, "  %-40s %9s %9s %8s %7s %9s%n", "", "wall s", "cpu s", "cpu ms/d", "cpu %", "alloc KB/d");
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].isEmpty()) {
                    System.out.printf(Locale.ROOT, "  %-40s %9.3f %9.3f %8.2f%n", "= engine (sum of the steps; reports = write)",
                            engineW / 1e9, engineC / 1e9, engineC / 1e6 / n);
                    System.out.println("  -- for comparison:");
                    continue;
                }
                boolean part = i <= WRITE && i != FJSON && i != SARIF;
                System.out.printf(Locale.ROOT, "  %-40s %9.3f %9.3f %8.2f %7s %9.0f%n", NAMES[i], t[i] / 1e9, tc[i] / 1e9,
                        tc[i] / 1e6 / n, part ? String.format(Locale.ROOT, "%.1f", 100.0 * tc[i] / engineC) : "",
                        alloc[i] / 1024.0 / n);
            }
            System.out.println("  rules, thread cpu ms per department, costliest first:");
            perRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(60)
                    .forEach(e -> System.out.printf(Locale.ROOT, "    %-38s %8.3f%n", e.getKey(), e.getValue() / 1e6 / n));
            if (sink == 42) {
                System.out.print("");
            }
        }
    }

    /** The loader's UTF-8 check (a whole decoding pass with a reporting decoder). */
    private static int utf8(byte[] bytes) {
        return io.github.jixiao.load.SubmissionLoader.firstMalformedUtf8(bytes, 0);
    }
}
