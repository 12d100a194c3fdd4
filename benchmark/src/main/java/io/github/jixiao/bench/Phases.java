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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    /** The loader's parser settings without the location-aware node factory. */
    private static final JsonMapper CONFIGURED = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final String[] NAMES = {
        "read", "load (loader.parse)", "validate (networknt)", "numbers (checkNumbers)", "bind (Submission)",
        "rules", "score", "sort findings", "report: findings.json render", "report: SARIF render",
        "report: ReportWriter.write", "", "load: utf-8 check", "load: bare readTree", "load: configured readTree",
        "targets: parse+compare (future rules)", "engine.run + report (whole)"};
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

    static void run(List<Path> depts, int warmup) throws Exception {
        Path reports = Files.createTempDirectory("jixiao-bench-phases-");
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
                m = Engine.class.getDeclaredMethod("checkNumbers", JsonDocument.class, JsonNode.class, String.class, List.class);
                m.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                m = null;
                System.out.println("phases: Engine.checkNumbers not found; the number walk is not timed");
            }
            this.checkNumbers = m;
        }

        void clear() {
            java.util.Arrays.fill(t, 0);
        }

        void pass(List<Path> depts) throws Exception {
            for (Path d : depts) {
                one(d);
            }
        }

        private void one(Path dept) throws Exception {
            Path project = dept.toAbsolutePath().normalize();
            List<Finding> findings = new ArrayList<>();
            Map<String, JsonDocument> byRole = new LinkedHashMap<>();
            for (Path f : Harness.files(dept)) {
                String rel = Engine.relative(project, f.toAbsolutePath());
                long a = System.nanoTime();
                byte[] bytes = Files.readAllBytes(f);
                long b = System.nanoTime();
                SubmissionLoader.Loaded loaded = loader.parse(bytes, rel);
                long c = System.nanoTime();
                t[READ] += b - a;
                t[LOAD] += c - b;
                findings.addAll(loaded.findings());
                JsonDocument doc = loaded.document();
                if (doc == null) {
                    continue;
                }
                a = System.nanoTime();
                findings.addAll(validator.validate(doc));
                b = System.nanoTime();
                if (checkNumbers != null) {
                    checkNumbers.invoke(null, doc, doc.root(), "", findings);
                }
                c = System.nanoTime();
                t[VALIDATE] += b - a;
                t[NUMBERS] += c - b;
                String role = SchemaCatalog.roleOf(doc.schemaId());
                if (role != null) {
                    byRole.putIfAbsent(role, doc);
                }
                // the parts of loading
                a = System.nanoTime();
                sink += utf8(bytes);
                b = System.nanoTime();
                sink += BARE.readTree(bytes).size();
                c = System.nanoTime();
                sink += CONFIGURED.readTree(bytes).size();
                long e = System.nanoTime();
                t[UTF8] += b - a;
                t[BARE_PARSE] += c - b;
                t[CONF_PARSE] += e - c;
            }
            long a = System.nanoTime();
            Submission s = new Submission(byRole);
            long b = System.nanoTime();
            ScoreSheet sheet = scorer.score(s, null, project).sheet();
            long c = System.nanoTime();
            for (Rule rule : RuleRegistry.all()) {
                if (rule.descriptor().stages().contains(s.stage())) {
                    RuleContext ctx = new RuleContext(rule.descriptor(), sheet);
                    rule.check(s, ctx);
                    findings.addAll(ctx.findings());
                }
            }
            long d = System.nanoTime();
            List<Finding> sorted = Findings.sorted(findings);
            long e = System.nanoTime();
            t[BIND] += b - a;
            t[SCORE] += c - b;
            t[RULES] += d - c;
            t[SORT] += e - d;

            // target parsing, as the indicator rules will do it
            JsonDocument ind = byRole.get("indicators");
            a = System.nanoTime();
            if (ind != null) {
                for (JsonNode i : ind.root().path("indicators")) {
                    TargetValue tv = TargetParser.parse(i.path("target").asString(null));
                    TargetValue av = TargetParser.parse(i.path("actual").asString(null));
                    sink += TargetParser.compare(tv, av).ordinal();
                }
            }
            t[TARGETS] += System.nanoTime() - a;

            // reports, on the real engine's result
            a = System.nanoTime();
            EngineResult r = engine.run(EngineOptions.of(dept, dept.resolve("submission")));
            Path out = reports.resolve(dept.getFileName().toString());
            ReportWriter.write(out, r, Map.of(), messages, meta);
            b = System.nanoTime();
            t[WHOLE] += b - a;
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("files", r.files());
            a = System.nanoTime();
            sink += FindingsJson.render(r.findings(), messages, head, Map.of()).length();
            b = System.nanoTime();
            List<Sarif.Entry> entries = r.findings().stream().map(f -> new Sarif.Entry(f, null)).toList();
            sink += Sarif.render(entries, messages, meta.pluginVersion()).length();
            c = System.nanoTime();
            ReportWriter.write(out, r, Map.of(), messages, meta);
            d = System.nanoTime();
            t[FJSON] += b - a;
            t[SARIF] += c - b;
            t[WRITE] += d - c;
            sink += sorted.size();
        }

        void print(int n) {
            long engineSum = 0;
            for (int i = READ; i <= SORT; i++) {
                engineSum += t[i];
            }
            engineSum += t[WRITE];
            System.out.printf(Locale.ROOT, "phases over %d departments (single thread, after warm-up):%n", n);
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].isEmpty()) {
                    System.out.printf(Locale.ROOT, "  %-40s %9.3f s  (sum of the engine's steps above, report = write)%n",
                            "= sum", engineSum / 1e9);
                    System.out.println("  -- for comparison:");
                    continue;
                }
                double pct = i <= WRITE ? 100.0 * t[i] / engineSum : Double.NaN;
                System.out.printf(Locale.ROOT, "  %-40s %9.3f s  %6.1f ms/dept  %s%n", NAMES[i], t[i] / 1e9,
                        t[i] / 1e6 / n, Double.isNaN(pct) ? "" : String.format(Locale.ROOT, "%5.1f %%", pct));
            }
            if (sink == 42) {
                System.out.print("");
            }
        }
    }

    /** The loader's UTF-8 check, copied: decodes the whole file with a reporting decoder. */
    private static int utf8(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return -1;
        }
    }
}
