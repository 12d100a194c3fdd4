package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportFormats;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingRecord;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Snippets;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's baseline written; then a row inserted at the top of indicators.json (every row below moves down one, the
 * baseline still holds their findings by fingerprint); then 招引人才数量's actual changed (150 人 → 160 人: still short of
 * ≥ 200 人, the finding's figures changed, so its baseline entry is stale). jixiao:diff of the second run's reports against
 * the third's pairs the two indicator-target-missed findings as one changed finding, and the stale note is no
 * resolution. Before (session 35, H3's item 5), the note was matched by the entry's pointer, written before the row was
 * inserted (/indicators/k), against the base's finding's (/indicators/k+1): the note was listed as "no longer found" while
 * the same problem was shown as changed. The note carries the entry's fingerprint (an argument its message does not
 * print, so the note's own fingerprint is as before), and the diff matches it by that.
 */
class BaselineRowsMovedDiffTest {
    @TempDir
    Path tmp;

    private static final ReportMeta META = ReportMeta.of("2026-01-01T00:00:00Z");

    /** The run's findings with the baseline applied, written to {@code out}; the review. */
    private Review run(Path sub, Path baseFile, Path out) throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Review review = Review.of(r.findings(), Suppressions.none(), Baseline.load(tmp, baseFile), r.rules());
        ReportWriter.write(out, r.withFindings(review.findings()), review.suppressed(), review.baselined(), review.raised(),
                new Messages(Messages.ZH), META, Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        return review;
    }

    private static Finding missed(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("indicator-target-missed") && f.args().get(0).equals("招引人才数量"))
                .findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
    }

    @Test
    void aStaleNoteBehindRowsMovedSinceTheBaselineIsNoResolution() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult first = new Engine().run(EngineOptions.of(tmp, sub));
        Path baseFile = tmp.resolve("jixiao-baseline.json");
        Messages zh = new Messages(Messages.ZH);
        Files.writeString(baseFile, Baseline.render(first.findings(), zh.forResult(first), Baseline.namesIn(tmp)), StandardCharsets.UTF_8);
        Finding atFirst = missed(first.findings());

        Path ind = sub.resolve("indicators.json");
        String text = Files.readString(ind, StandardCharsets.UTF_8);
        Files.writeString(ind, text.replaceFirst("\"indicators\": \\[", "\"indicators\": [\n    {\"level1\": \"产出指标\", \"level2\": \"数量指标\","
                + " \"name\": \"新增的指标\", \"target\": \"≥ 5 个\", \"actual\": \"6 个\"},"), StandardCharsets.UTF_8);
        Path baseOut = tmp.resolve("base-out");
        Review base = run(sub, baseFile, baseOut);
        Finding moved = missed(base.findings());
        assertTrue(base.baselined().contains(moved), "held by the baseline wherever its row went");
        assertTrue(!moved.pointer().equals(atFirst.pointer()), moved.pointer());

        text = Files.readString(ind, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"actual\": \"150 人\""));
        Files.writeString(ind, text.replace("\"actual\": \"150 人\"", "\"actual\": \"160 人\""), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Review now = run(sub, baseFile, out);
        Finding note = now.findings().stream().filter(f -> f.ruleId().equals("baseline-stale")
                && f.args().get(0).equals("indicator-target-missed")).findFirst().orElseThrow(() -> new AssertionError(now.findings().toString()));
        assertEquals(atFirst.pointer(), note.args().get(2), "the note names the entry as the baseline file records it");
        assertEquals(Fingerprints.of(atFirst), note.args().get(3), "and carries its fingerprint");
        assertEquals(Fingerprints.of(note.ruleId(), note.file(), note.key(), note.args().subList(0, 3)), Fingerprints.of(note),
                "the note's own fingerprint is as it was without the entry's (its message prints three arguments)");

        ScoreDiff.Result d = ScoreDiff.compare(ReportModel.read(baseOut.resolve(ReportWriter.SUMMARY_JSON), SummaryDocument.class),
                ReportModel.read(out.resolve(ReportWriter.SUMMARY_JSON), SummaryDocument.class),
                ReportModel.read(baseOut.resolve(ReportWriter.FINDINGS_JSON), FindingsDocument.class),
                ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), FindingsDocument.class));
        assertEquals(List.of("indicator-target-missed " + moved.pointer()), d.changedFindings().stream()
                .map(c -> c.after().rule() + " " + c.after().pointer()).toList(), "the same problem, its figures changed");
        assertEquals(List.of(), d.baselineResolved().stream().map(FindingRecord::message).toList(),
                "its entry's note is no problem resolved");
        assertTrue(!ScoreDiff.markdown(d, zh).contains("基线中不再出现的条目"), ScoreDiff.markdown(d, zh));
    }
}
