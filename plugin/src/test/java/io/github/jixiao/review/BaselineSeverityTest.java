package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportFormats;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Snippets;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The sample's baseline written with its findings as they were; then the project's {@code <rules>} raises one of its
 * warning rules to error. Before, the baseline matched the fingerprint whatever the severity: the errors stayed held
 * back and check passed, while jixiao:diff listed the same findings as raised (警告 → 错误). A baseline holds a finding
 * back only at the severity it was accepted at: the raised ones count, and every report says so.
 */
class BaselineSeverityTest {
    @TempDir
    Path tmp;

    private static final ReportMeta META = ReportMeta.of("2026-01-01T00:00:00Z");

    @Test
    void aFindingRaisedSinceTheBaselineCounts() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult before = new Engine().run(EngineOptions.of(tmp, sub));
        Messages zh = new Messages(Messages.ZH);
        Finding warning = before.findings().stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow();
        String rule = warning.ruleId();
        long raisedCount = before.findings().stream().filter(f -> f.ruleId().equals(rule)).count();
        Path baseFile = tmp.resolve("jixiao-baseline.json");
        Files.writeString(baseFile, Baseline.render(before.findings(), zh.forResult(before), Baseline.namesIn(tmp)), StandardCharsets.UTF_8);
        Baseline base = Baseline.load(tmp, baseFile);
        Review accepted = Review.of(before.findings(), Suppressions.none(), base, before.rules());
        assertEquals(0, accepted.violations(Severity.INFO), "the baseline holds every finding at its own severity");
        assertTrue(accepted.raised().isEmpty());

        EngineResult after = new Engine().run(new EngineOptions(tmp, sub, null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry(rule, "error", Map.of())))));
        Review review = Review.of(after.findings(), Suppressions.none(), base, after.rules());
        assertEquals(raisedCount, review.violations(Severity.ERROR), rule + " raised to error: its findings count");
        assertEquals(raisedCount, review.raised().size());
        assertTrue(review.raised().values().stream().allMatch(s -> s == Severity.WARNING), review.raised().toString());
        assertTrue(review.findings().stream().noneMatch(f -> f.ruleId().equals("baseline-stale")), "their entries are not stale");

        // the console: each tagged where it is, at error level, and a line after the totals
        List<ConsoleReport.Line> lines = ConsoleReport.findingLines(review.findings(), after.sheet(), zh, after.files().size(),
                review.suppressed(), review.baselined(), review.raised(), Cells.none(), null, Path.of("target/jixiao/findings.json"));
        String console = lines.stream().map(ConsoleReport.Line::text).collect(Collectors.joining("\n"));
        assertTrue(lines.stream().anyMatch(l -> l.level() == Severity.ERROR && l.text().contains("错误 （自基线以来升级：警告 → 错误） [" + rule + "]")), console);
        ConsoleReport.Line up = lines.get(lines.size() - 1);
        assertEquals(Severity.ERROR, up.level());
        assertTrue(up.text().startsWith("jixiao：基线中的 " + raisedCount + " 个问题自基线生成以来严重程度提高") && up.text().contains("（警告 → 错误 " + raisedCount + " 个）"),
                up.text());
        String en = ConsoleReport.raisedLine(review.findings(), review.suppressed(), review.raised(), new Messages(Locale.ENGLISH)).text();
        assertTrue(en.contains(raisedCount + " finding(s) of the baseline raised since it was written (the project's <rules>")
                && en.contains("(warning → error: " + raisedCount + ")"), en);
        assertTrue(lines.get(lines.size() - 2).text().contains("发现 " + raisedCount + " 个错误"), console);

        // findings.json, SARIF and the workbook
        Path out = tmp.resolve("out");
        ReportWriter.write(out, after.withFindings(review.findings()), review.suppressed(), review.baselined(), review.raised(), zh, META,
                Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        FindingsDocument doc = ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), FindingsDocument.class);
        List<ReportModel.FindingRecord> ofRule = doc.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(raisedCount, ofRule.size());
        assertTrue(ofRule.stream().allMatch(f -> !f.inBaseline() && "warning".equals(f.baselineSeverity()) && "error".equals(f.severity())), ofRule.toString());
        assertTrue(doc.findings().stream().filter(f -> !f.rule().equals(rule)).allMatch(f -> f.inBaseline() && f.baselineSeverity() == null));
        JsonNode sarif = Json.mapper().readTree(Files.readAllBytes(out.resolve(ReportWriter.FINDINGS_SARIF)));
        List<String> states = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(res -> states.add(res.path("ruleId").asString() + " " + res.path("baselineState").asString("")));
        assertEquals(raisedCount, states.stream().filter((rule + " updated")::equals).count(), states.toString());
        assertEquals(states.size() - raisedCount, states.stream().filter(s -> s.endsWith(" unchanged")).count(), states.toString());
        // the page and the Markdown count them in their verdict and tag them where they are listed
        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        assertTrue(md.contains("· " + raisedCount + " 个错误，0 个警告，0 个提示 · " + (states.size() - raisedCount) + " 个在基线中"), md);
        assertTrue(md.lines().filter(l -> l.contains("[" + rule + "]")).allMatch(l -> l.endsWith(" （自基线以来升级：警告 → 错误）")), md);
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("<span class=\"tag\">（自基线以来升级：警告 → 错误）</span>"), "the page tags them");
        assertTrue(html.contains("<section class=\"verdict err\""), "the page's verdict fails on them");

        // the diff of the base's reports (everything baselined) against these: the same findings raised, and no longer
        // held by the baseline, as the check now counts them
        Path baseOut = tmp.resolve("base-out");
        ReportWriter.write(baseOut, before.withFindings(accepted.findings()), accepted.suppressed(), accepted.baselined(), accepted.raised(),
                zh, META, Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        ScoreDiff.Result d = ScoreDiff.compare(ReportModel.read(baseOut.resolve(ReportWriter.SUMMARY_JSON), SummaryDocument.class),
                ReportModel.read(out.resolve(ReportWriter.SUMMARY_JSON), SummaryDocument.class),
                ReportModel.read(baseOut.resolve(ReportWriter.FINDINGS_JSON), FindingsDocument.class), doc);
        assertEquals(raisedCount, d.raisedFindings().size());
        assertTrue(d.raisedFindings().stream().allMatch(ScoreDiff::leftBaseline), "the diff says the baseline no longer holds them");
        assertTrue(ScoreDiff.markdown(d, zh).contains("严重程度提高：警告 → 错误"));
    }

    /** A baseline written before its entries were read for their severity, or edited without one: held at any severity, as before. */
    @Test
    void aBaselineWithoutSeveritiesHoldsAsBefore() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult before = new Engine().run(EngineOptions.of(tmp, sub));
        String rule = before.findings().stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow().ruleId();
        Path baseFile = tmp.resolve("jixiao-baseline.json");
        String text = Baseline.render(before.findings());
        String old = text.lines().filter(l -> !l.contains("\"severity\"")).collect(Collectors.joining("\n"));
        assertFalse(old.contains("severity"));
        Files.writeString(baseFile, old, StandardCharsets.UTF_8);
        EngineResult after = new Engine().run(new EngineOptions(tmp, sub, null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry(rule, "error", Map.of())))));
        Review review = Review.of(after.findings(), Suppressions.none(), Baseline.load(tmp, baseFile), after.rules());
        assertEquals(0, review.violations(Severity.INFO));
        assertTrue(review.raised().isEmpty());
        assertNull(ConsoleReport.raisedLine(review.findings(), review.suppressed(), review.raised(), new Messages(Messages.ZH)));
    }
}
