package io.github.jixiao.bench;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the engine's reports for the first N generated departments into OUT/&lt;dept&gt;/ and keeps them, in both
 * languages (OUT/zh/…, OUT/en/…), so that two engines' outputs can be compared byte for byte ({@code diff -r}):
 * a speed-up must not change a report. findings.sarif is written with its snippets, as a build writes it.
 *
 * <pre>
 * java -cp ENGINE_CLASSES:benchmark/target/classes:$(cat benchmark/target/classpath.txt) \
 *     io.github.jixiao.bench.DumpReports benchmark/target/data 50 /tmp/reports-after
 * </pre>
 */
public final class DumpReports {
    private DumpReports() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<Path> depts = Harness.departments(data, n);
        Engine engine = new Engine();
        ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
        for (Locale locale : List.of(Messages.ZH, Locale.ENGLISH)) {
            String lang = locale == Messages.ZH ? "zh" : "en";
            Messages messages = new Messages(locale);
            for (Path d : depts) {
                EngineOptions o = EngineOptions.of(d, d.resolve("submission"));
                o = new EngineOptions(o.projectDir(), o.submissionDir(), o.includes(), o.excludes(), o.framework(),
                        o.rules(), locale);
                EngineResult r = engine.run(o);
                Path dir = out.resolve(lang).resolve(d.getFileName().toString());
                Files.createDirectories(dir);
                // findings.sarif with its snippets and context, as a build writes it (since session 21: the lines
                // the results quote are then held too)
                io.github.jixiao.report.ReportWriter.write(dir, r, Map.of(), messages, meta,
                        io.github.jixiao.report.Snippets.of(d, r.sources()));
            }
        }
        System.out.println("DumpReports: " + depts.size() + " departments × 2 languages under " + out);
    }
}
