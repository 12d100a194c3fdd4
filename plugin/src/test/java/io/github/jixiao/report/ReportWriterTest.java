package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A submission with no score — a mid-year monitoring table (黄石 2019), which is scored only at the year end — still
     * gets the readable summary (the verdict, the stage, every finding) in Markdown and on the page; the score's own
     * files (score-summary.json, the workbook's 评分表) are not written, and an earlier run's are removed.
     */
    @Test
    void aSubmissionWithoutAScoreStillGetsItsPage() throws Exception {
        Path project = Path.of(ReportWriterTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(null, r.sheet());
        ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
        Path out = tmp.resolve("monitoring");
        Files.createDirectories(out);
        Files.writeString(out.resolve(ReportWriter.SUMMARY_JSON), "{}"); // an earlier run's score
        Files.writeString(out.resolve(ScoreSummaryXlsx.FILE), "");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), meta);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(ReportWriter.FINDINGS_JSON, ReportWriter.FINDINGS_SARIF, ReportWriter.SUMMARY_HTML, ReportWriter.SUMMARY_MD),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        assertTrue(md.startsWith("# 黄石市文物局(湖北水泥遗址博物馆) 2019"), md);
        assertTrue(md.contains("**运行监控阶段不评分：得分在年终自评时计算。** · 3 个错误，1 个警告，0 个提示"), md);
        assertTrue(md.contains("## 问题\n\n- 警告 [indicator-category-missing] submission/indicators.json:4 "), md);
        assertEquals(4, md.lines().filter(l -> l.startsWith("- 错误 [") || l.startsWith("- 警告 [")).count(), md);
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("<p class=\"score\">运行监控阶段不评分：得分在年终自评时计算。</p>"), html);
        assertTrue(html.contains("indicator-incomplete"), html);
        same(ScoreSummaryMarkdown.render(r, Map.of(), new Messages(Messages.ZH), meta), out.resolve(ReportWriter.SUMMARY_MD));

        ReportWriter.write(out, r, Map.of(), new Messages(Locale.ENGLISH), meta);
        String en = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        assertTrue(en.contains("**Not scored at this stage (Monitoring): the score is computed at the year-end self-evaluation.**"), en);
    }

    private static void same(String rendered, Path file) throws Exception {
        assertArrayEquals(rendered.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), file.toString());
    }
}
