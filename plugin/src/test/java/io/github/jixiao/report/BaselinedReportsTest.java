package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.review.Baseline;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.Suppressions;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The sample with a baseline of all its findings (r24 item 1): the build passes, and every report says so. Each finding
 * stays in findings.json ({@code "baselined": true}) and in SARIF ({@code baselineState: "unchanged"}), with the
 * fingerprint it had without a baseline; the page, the Markdown and the aggregate count none of them as open, and say
 * how many are in the baseline.
 */
class BaselinedReportsTest {
    @TempDir
    Path tmp;

    /**
     * One word for a suppressed finding in every report a reviewer reads: the console, the workbook and diff.md said
     * 已豁免 (from jixiao-suppressions.json's 豁免理由), the page and score-summary.md 已抑制 ("已抑制 1 个", "已抑制：reason").
     */
    @Test
    void aSuppressedFindingIsCalledTheSameEverywhere() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Messages m = new Messages(Messages.ZH);
        Map<io.github.jixiao.finding.Finding, String> suppressed = Map.of(r.findings().get(0), "经财政局同意");
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, suppressed, java.util.Set.of(), m, ReportMeta.of("2026-01-01T00:00:00Z"), Snippets.none(), Cells.none(),
                ReportFormats.standard(), "");
        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        String console = ConsoleReport.findingLines(r.findings(), r.sheet(), m, r.files().size(), suppressed, java.util.Set.of(), Cells.none())
                .stream().map(ConsoleReport.Line::text).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(console.contains("（已豁免）") && console.contains("已豁免的 1 个"), console);
        assertTrue(md.contains("已豁免 1 个"), md);
        assertTrue(html.contains("已豁免 1 个") && html.contains("已豁免：经财政局同意"), html);
        for (String text : List.of(md, html, console)) {
            assertFalse(text.contains("抑制"), text);
        }
    }

    /**
     * The console's totals line with a baseline: "发现 0 个错误、0 个警告、0 个提示" read as if the sample had no problem at all,
     * the baseline's 17 warnings and errors said only as a count on another line. The same line now says how many the
     * baseline (and the suppressions) hold back, of which severity, in both languages.
     */
    @Test
    void theTotalsLineSaysWhatTheBaselineHoldsBack() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Messages m = new Messages(Messages.ZH);
        long e = r.findings().stream().filter(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR).count();
        long w = r.findings().stream().filter(f -> f.severity() == io.github.jixiao.finding.Severity.WARNING).count();
        long i = r.findings().stream().filter(f -> f.severity() == io.github.jixiao.finding.Severity.INFO).count();
        assertTrue(e > 0 && w > 0, "the sample has errors and warnings");
        Path baseFile = tmp.resolve("jixiao-baseline.json");
        Files.writeString(baseFile, Baseline.render(r.findings(), m.forResult(r), Baseline.namesIn(tmp)), StandardCharsets.UTF_8);
        Review review = Review.of(r.findings(), Suppressions.none(), Baseline.load(tmp, baseFile), r.rules());
        String zh = ConsoleReport.summary(review.findings(), m, r.files().size(), review.suppressed(), review.baselined()).text();
        assertEquals("jixiao：检查了 " + r.files().size() + " 个文件，发现 0 个错误、0 个警告、0 个提示；另有基线中的 " + (e + w + i)
                + " 个（错误 " + e + " 个、警告 " + w + " 个、提示 " + i + " 个），不计入。", zh);
        String en = ConsoleReport.summary(review.findings(), new Messages(java.util.Locale.ENGLISH), r.files().size(),
                review.suppressed(), review.baselined()).text();
        assertEquals("jixiao: " + r.files().size() + " file(s) checked: 0 error(s), 0 warning(s), 0 info open; not counted: " + (e + w + i)
                + " in the baseline (" + e + " error(s), " + w + " warning(s), " + i + " info).", en);
        // one suppressed besides: said after the baseline's, in the same line
        io.github.jixiao.finding.Finding one = review.findings().stream().filter(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR)
                .findFirst().orElseThrow();
        String both = ConsoleReport.summary(review.findings(), m, r.files().size(), Map.of(one, "经财政局同意"), review.baselined()).text();
        assertTrue(both.endsWith("另有基线中的 " + (e + w + i - 1) + " 个（错误 " + (e - 1) + " 个、警告 " + w + " 个、提示 " + i
                + " 个）、已豁免的 1 个（错误 1 个、警告 0 个、提示 0 个），不计入。"), both);
        // without either, the line is as it was
        assertEquals("jixiao：检查了 " + r.files().size() + " 个文件，发现 " + e + " 个错误、" + w + " 个警告、" + i + " 个提示。",
                ConsoleReport.summary(r.findings(), m, r.files().size(), Map.of(), java.util.Set.of()).text());
    }

    @Test
    void aBaselineOfEveryFindingLeavesNoneOpenInAnyReport() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Messages m = new Messages(Messages.ZH);
        int n = r.findings().size();
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR), "the sample has errors");
        ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");

        // without a baseline: the fingerprints, and no baseline field or state anywhere
        Path plain = tmp.resolve("plain");
        ReportWriter.write(plain, r, Map.of(), m, meta);
        ReportModel.FindingsDocument before = ReportModel.read(plain.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class);
        assertTrue(before.findings().stream().noneMatch(ReportModel.FindingRecord::inBaseline));
        assertFalse(Files.readString(plain.resolve(ReportWriter.FINDINGS_SARIF)).contains("baselineState"));

        Path baseFile = tmp.resolve("jixiao-baseline.json");
        Files.writeString(baseFile, Baseline.render(r.findings(), m.forResult(r), Baseline.namesIn(tmp)), StandardCharsets.UTF_8);
        Review review = Review.of(r.findings(), Suppressions.none(), Baseline.load(tmp, baseFile), r.rules());
        assertEquals(n, review.baselined().size());
        EngineResult reviewed = r.withFindings(review.findings());
        Path out = tmp.resolve("out");
        ReportWriter.write(out, reviewed, review.suppressed(), review.baselined(), m, meta, Snippets.none(), Cells.none(),
                ReportFormats.standard(), "");

        ReportModel.FindingsDocument after = ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class);
        assertEquals(n, after.findings().size());
        assertTrue(after.findings().stream().allMatch(ReportModel.FindingRecord::inBaseline));
        assertEquals(before.findings().stream().map(ReportModel.FindingRecord::fingerprint).sorted().toList(),
                after.findings().stream().map(ReportModel.FindingRecord::fingerprint).sorted().toList(), "fingerprints unchanged");

        JsonNode sarif = Json.mapper().readTree(Files.readAllBytes(out.resolve(ReportWriter.FINDINGS_SARIF)));
        List<String> states = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(res -> states.add(res.path("baselineState").asString("")));
        assertEquals(n, states.size());
        assertTrue(states.stream().allMatch("unchanged"::equals), states.toString());

        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        assertTrue(md.contains("0 个错误，0 个警告，0 个提示 · " + n + " 个在基线中"), md);
        // the verdict's sentence says the baseline holds errors and warnings back, not only the count line
        long e = r.findings().stream().filter(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR).count();
        long w = r.findings().stream().filter(f -> f.severity() == io.github.jixiao.finding.Severity.WARNING).count();
        assertTrue(md.contains("没有错误和警告：申报可以通过。基线中或已豁免的 " + e + " 个错误、" + w + " 个警告不计入。"), md);
        assertTrue(md.contains("没有错误和警告：申报可以通过。"), md);
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("<section class=\"verdict ok\""), "the page's verdict is clean");
        assertTrue(html.contains(n + " 个在基线中"), "the page says how many are in the baseline");
        assertTrue(html.contains("申报可以通过。基线中或已豁免的 " + e + " 个错误、" + w + " 个警告不计入。"), "and of which severity, in its verdict");
        assertTrue(html.contains("<span class=\"tag\">在基线中</span>"), "each baselined finding is tagged");
        // and what a baseline is, in the verdict (session 40: the page said "在基线中" with no word of what that means)
        String what = "个警告不计入。基线（jixiao-baseline.json）记下的是采用 jixiao 时已有、经复核接受的问题：所指内容改动、问题有变之前不计入；"
                + "新出现的问题照常计入。";
        assertTrue(html.contains(what), "the verdict says what the baseline is");
        // each finding's JSON pointer labelled as such (a bare /funds/total/points said nothing to a finance officer)
        assertTrue(html.contains(" · JSON 中的位置 <code>/"), "the pointer is labelled");
        assertFalse(html.contains(" · <code>/"), "no pointer unlabelled");
        assertTrue(md.contains(what), md);
        assertFalse(md.contains("jixiao-suppressions.json"), "nothing suppressed: no word of suppressions");
        // one suppressed besides: what a suppression is, too
        io.github.jixiao.finding.Finding one = reviewed.findings().stream()
                .filter(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR).findFirst().orElseThrow();
        Path both = tmp.resolve("both");
        ReportWriter.write(both, reviewed, Map.of(one, "经财政局同意"), review.baselined(), m, meta, Snippets.none(), Cells.none(),
                ReportFormats.standard(), "");
        assertTrue(Files.readString(both.resolve(ReportWriter.SUMMARY_MD)).contains("新出现的问题照常计入。已豁免的问题在 "
                + "jixiao-suppressions.json 中逐条写明了理由。"), "the verdict says what a suppression is");
        Path en = tmp.resolve("en");
        ReportWriter.write(en, reviewed, review.suppressed(), review.baselined(), new Messages(java.util.Locale.ENGLISH), meta,
                Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        assertTrue(Files.readString(en.resolve(ReportWriter.SUMMARY_HTML)).contains(" · place in the JSON <code>/"));
        assertTrue(Files.readString(en.resolve(ReportWriter.SUMMARY_HTML)).contains("warning(s) in the baseline or suppressed are not "
                + "counted. The baseline (jixiao-baseline.json) records the findings that were there when jixiao was adopted and were "
                + "accepted on review: they do not count until what they point at changes; new findings count as usual."));
        // in the score table's lists under each criterion, and the Markdown's findings under the table, too (review V)
        int list = html.indexOf("<ul class=\"f\">");
        assertTrue(list > 0 && html.substring(list, html.indexOf("</ul>", list)).contains("<span class=\"tag\">在基线中</span>"),
                "the score table's findings are tagged");
        assertTrue(md.contains("：警告 [satisfaction-evidence-mismatch]") && md.lines().filter(l -> l.startsWith("- ") && l.contains("[satisfaction-evidence-mismatch]"))
                .allMatch(l -> l.endsWith("（基线）")), md);

        String strings = sharedStrings(out.resolve(ScoreSummaryXlsx.FILE));
        assertTrue(strings.contains("（基线）"), "the workbook's 问题 tags them");

        Aggregate.Result agg = Aggregate.of(List.of(new Aggregate.Input("dept", ReportModel.read(out.resolve(ReportWriter.SUMMARY_JSON),
                ReportModel.SummaryDocument.class), after, null)));
        Aggregate.Row row = agg.rows().get(0);
        assertEquals(List.of(0L, 0L, 0L), List.of(row.errors(), row.warnings(), row.infos()));
        assertTrue(agg.common().isEmpty(), "no shared problems from baselined findings");
    }

    /** One finding in the baseline: it is "unchanged", every other result of the run "new"; a run without a baseline has no state. */
    @Test
    void aPartialBaselineMarksTheOthersNew() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Messages m = new Messages(java.util.Locale.ENGLISH);
        Path baseFile = tmp.resolve("jixiao-baseline.json");
        Files.writeString(baseFile, Baseline.render(List.of(r.findings().get(0)), m.forResult(r), Baseline.namesIn(tmp)), StandardCharsets.UTF_8);
        Review review = Review.of(r.findings(), Suppressions.none(), Baseline.load(tmp, baseFile), r.rules());
        assertEquals(1, review.baselined().size());
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r.withFindings(review.findings()), review.suppressed(), review.baselined(), m,
                ReportMeta.of(""), Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        JsonNode sarif = Json.mapper().readTree(Files.readAllBytes(out.resolve(ReportWriter.FINDINGS_SARIF)));
        List<String> states = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(res -> states.add(res.path("baselineState").asString("")));
        assertEquals(1, states.stream().filter("unchanged"::equals).count(), states.toString());
        assertEquals(states.size() - 1, states.stream().filter("new"::equals).count(), states.toString());
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("1 in the baseline"), "the page says how many are in the baseline");
        ReportModel.FindingsDocument doc = ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class);
        assertEquals(1, doc.findings().stream().filter(ReportModel.FindingRecord::inBaseline).count());
        assertNull(doc.findings().stream().filter(f -> !f.inBaseline()).findFirst().orElseThrow().baselined(),
                "an open finding has no baselined field");
    }

    /** The workbook's shared strings (every text cell). */
    static String sharedStrings(Path xlsx) throws java.io.IOException {
        try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx))) {
            java.util.zip.ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
