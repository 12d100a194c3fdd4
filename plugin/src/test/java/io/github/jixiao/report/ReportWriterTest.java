package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files are the renderers' text, byte for byte, however they are streamed to disk. */
class ReportWriterTest {
    @TempDir
    Path tmp;

    @Test
    void filesAreTheRenderedTextInUtf8AndNoTemporaryFileIsLeft() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
            Map<Finding, String> suppressed = Map.of(r.findings().get(0), "经财政局同意");
            Path out = tmp.resolve("out-" + l);
            ReportWriter.write(out, r, suppressed, m, meta);
            ReportWriter.write(out, r, suppressed, m, meta); // over the first: replaced whole

            ReportModel.FindingsDocument head = ReportWriter.head(r, m, meta);
            // findings name the framework's criteria in its English (ReportWriter reads them with the score sheet)
            Messages withNames = m.forSheet(r.sheet());
            same(FindingsJson.render(r.findings(), withNames, head, suppressed), out.resolve(ReportWriter.FINDINGS_JSON));
            List<Sarif.Entry> entries = new ArrayList<>();
            r.findings().forEach(f -> entries.add(new Sarif.Entry(f, suppressed.get(f))));
            same(Sarif.render(entries, withNames, meta.pluginVersion()), out.resolve(ReportWriter.FINDINGS_SARIF));
            same(ScoreSummary.json(r, meta), out.resolve(ReportWriter.SUMMARY_JSON));
            same(ScoreSummaryMarkdown.render(r, suppressed, m, meta), out.resolve(ReportWriter.SUMMARY_MD));
            same(ScoreSummaryHtml.render(r, suppressed, m, meta), out.resolve(ReportWriter.SUMMARY_HTML));
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(ReportWriter.FINDINGS_JSON, ReportWriter.FINDINGS_SARIF, ReportWriter.SUMMARY_HTML,
                        ReportWriter.SUMMARY_JSON, ReportWriter.SUMMARY_MD, ScoreSummaryXlsx.FILE),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    private static void same(String rendered, Path file) throws Exception {
        assertArrayEquals(rendered.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), file.toString());
    }
}
