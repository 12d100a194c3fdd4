package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportFormats;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Snippets;
import io.github.jixiao.text.Strings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What sessions 31–32 added to the review files, as a pull request would write them (session 33, H), on 稷山 2021
 * (t53): a suppression's reason that the change removes (diff's unsuppressedFindings, in diff.md and on the console),
 * and a baseline whose entries give severities of every kind (one it does not know, one in the wrong case, one that is no
 * text, one lower than the finding's now).
 */
class ReviewHostileTest {
    static final String HOSTILE = "理由<script>alert(1)</script>|x|\n## 标题 [链接](javascript:alert(1)) ![i](http://e/x.png) @admin "
            + "`code` \u001b[2J\u202e\u2066 *强调* ~~删~~ $x$";

    @TempDir
    Path tmp;

    private Path project;

    @BeforeEach
    void copy() throws Exception {
        Path table = Path.of(ReviewHostileTest.class.getResource("/real-tables/t53-jishan-gongwei-2021").toURI());
        project = tmp.resolve("dept");
        Files.createDirectories(project.resolve("submission"));
        try (var files = Files.list(table.resolve("submission"))) {
            for (Path f : files.toList()) {
                Files.copy(f, project.resolve("submission").resolve(f.getFileName()));
            }
        }
        Files.copy(table.resolve("mof-project-2020-jishan-gongwei-2021.json"), project.resolve("mof-project-2020-jishan-gongwei-2021.json"));   // the framework beside the table (partial: the copy is cut)
    }

    private record Run(EngineResult result, Review review, Path out) {
    }

    private Run check(String out) throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Review review = Review.of(r.findings(), Suppressions.load(project, project.resolve("jixiao-suppressions.json")),
                Baseline.load(project, project.resolve("jixiao-baseline.json")), r.rules());
        Path dir = Files.createDirectories(tmp.resolve(out));
        ReportWriter.write(dir, r.withFindings(review.findings()), review.suppressed(), review.baselined(), review.raised(),
                new Messages(Messages.ZH), DiffLanguageTest.META, Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        return new Run(r, review, dir);
    }

    static void noRawControls(String what, String s, boolean newlines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && newlines) {
                continue;
            }
            if (c == '\u2060' && i > 0 && (s.charAt(i - 1) == '@' || s.charAt(i - 1) == ':' && i + 1 < s.length()
                    && s.charAt(i + 1) == ':')) {
                continue; // the word joiner Escape.md and Escape.console put after '@' and inside a leading "::": their own
            }
            int at = i;
            assertFalse(c < 0x20 || Strings.hidden(c), () -> what + ": a raw U+" + Integer.toHexString(c) + " at " + at);
        }
    }

    /** Markdown: no raw HTML, link, image, mention or heading from data; no control or bidi character. */
    static void safeMarkdown(String md) {
        noRawControls("diff.md", md, true);
        assertFalse(Pattern.compile("(?<!\\\\)<[A-Za-z/!]").matcher(md).find(), "raw HTML");
        assertFalse(Pattern.compile("(?<!\\\\)\\]\\(javascript:").matcher(md).find(), "a link");
        assertFalse(Pattern.compile("(?<!\\\\)!(?<!\\\\)\\[").matcher(md).find(), "an image");
        assertFalse(Pattern.compile("@[A-Za-z0-9]").matcher(md).find(), "a mention");
        assertFalse(md.contains("\n## 标题"), "a heading");
    }

    /** A reason the pull request removes: diff.md's section, diff.json and the console's lines. */
    @Test
    void aHostileReasonRemovedStaysText() throws Exception {
        ObjectNode sup = Json.mapper().createObjectNode();
        ObjectNode e = sup.putArray("suppressions").addObject();
        e.put("rule", "score-ignores-missed-target").put("file", "submission/indicators.json").put("name", "指标1:居民健康档案")
                .put("reason", HOSTILE);
        Files.writeString(project.resolve("jixiao-suppressions.json"), Json.mapper().writeValueAsString(sup), StandardCharsets.UTF_8);
        Path base = check("base").out();
        Files.delete(project.resolve("jixiao-suppressions.json"));
        Path now = check("now").out();
        ScoreDiff.Result d = DiffLanguageTest.compare(base, now);
        assertEquals(List.of("score-ignores-missed-target"), d.unsuppressedFindings().stream().map(c -> c.after().rule()).toList());
        for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            Messages m = new Messages(l);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            assertTrue(md.contains("理由\\<script\\>"), md);
            safeMarkdown(md);
            List<ConsoleReport.Line> lines = new java.util.ArrayList<>();
            lines.add(ScoreDiff.unsuppressedLine(d, m, Path.of("diff.md")));
            lines.add(ScoreDiff.findingsLine(d, m, Path.of("diff.md")));
            for (ConsoleReport.Line line : lines) {
                if (line != null) {
                    noRawControls("console", line.text(), false);
                }
            }
            for (String line : ScoreDiff.console(d, m, Path.of("diff.md"))) {
                noRawControls("console", line, false);
            }
        }
        // diff.json holds the reason as written, for programs
        JsonNode json = Json.mapper().readTree(ScoreDiff.json(d));
        assertEquals(HOSTILE, json.at("/unsuppressedFindings/0/before/suppressed").asString());
    }

    /**
     * Severities in the baseline of every kind: an unknown one (bidi characters after it) and one in capitals hold the
     * finding at any severity, as an entry without one does; a number is an invalid entry (an error naming it); a lower
     * one raises the finding out of the baseline, tagged. Nothing is thrown, and the console, the page and the Markdown
     * show none of the entry's characters raw.
     */
    @Test
    void baselineSeveritiesOfEveryKind() throws Exception {
        EngineResult first = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        JsonNode root = Json.mapper().readTree(Baseline.render(first.findings()));
        ArrayNode entries = (ArrayNode) root.get("findings");
        int errors = 0;
        for (int i = 0; i < entries.size(); i++) {
            ObjectNode e = (ObjectNode) entries.get(i);
            switch (i % 4) {
                case 0 -> e.put("severity", "error" + "\u202e\u001b[31m");
                case 1 -> e.put("severity", e.get("severity").asString().toUpperCase(Locale.ROOT));
                case 2 -> e.put("severity", "info");
                default -> e.put("severity", 7);
            }
            if (i % 4 == 3) {
                errors++;
            }
        }
        Files.writeString(project.resolve("jixiao-baseline.json"), Json.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
        Run run = check("out");
        long invalid = run.review().findings().stream().filter(f -> f.ruleId().equals("baseline-invalid")).count();
        assertEquals(errors, invalid);
        // the entries given "info" under a warning or an error now: out of the baseline, tagged
        assertFalse(run.review().raised().isEmpty());
        Messages m = new Messages(Messages.ZH);
        for (ConsoleReport.Line line : ConsoleReport.findingLines(run.review().findings(), run.result().sheet(), m, 7,
                run.review().suppressed(), run.review().baselined(), run.review().raised(), Cells.none(), null, null)) {
            noRawControls("console", line.text(), false);
        }
        for (String f : List.of("findings.md", "score-summary.md")) {
            Path p = run.out().resolve(f);
            if (Files.exists(p)) {
                noRawControls(f, Files.readString(p), true);
            }
        }
        JsonNode findings = Json.mapper().readTree(Files.readString(run.out().resolve(ReportWriter.FINDINGS_JSON)));
        for (JsonNode f : findings.path("findings")) {
            JsonNode b = f.get("baselineSeverity");
            assertTrue(b == null || List.of("error", "warning", "info").contains(b.asString()), f.toString());
        }
    }

    /**
     * The aggregate's 不计入 (set aside) column from a department's findings.json as a pull request could leave it: a
     * suppressed finding whose reason is hostile, severities the aggregate does not know (capitals, a bidi character
     * after "error"). The column counts (baselined, suppressed, their errors and warnings) and no text of the file reaches
     * the Markdown, the page or the workbook raw.
     */
    @Test
    void theAggregatesSetAsideCountsReadNoTextOfTheFile() throws Exception {
        ObjectNode sup = Json.mapper().createObjectNode();
        sup.putArray("suppressions").addObject().put("rule", "score-ignores-missed-target").put("file", "submission/indicators.json")
                .put("name", "指标1:居民健康档案").put("reason", HOSTILE);
        Files.writeString(project.resolve("jixiao-suppressions.json"), Json.mapper().writeValueAsString(sup), StandardCharsets.UTF_8);
        Path out = check("agg").out();
        Path fj = out.resolve(ReportWriter.FINDINGS_JSON);
        JsonNode root = Json.mapper().readTree(Files.readString(fj));
        int k = 0;
        for (JsonNode f : root.get("findings")) {
            ObjectNode o = (ObjectNode) f;
            if (o.has("suppressed")) {
                continue;
            }
            switch (k++ % 3) {
                case 0 -> o.put("severity", "ERROR");
                case 1 -> o.put("severity", "error\u202e" + HOSTILE);
                default -> o.put("suppressed", HOSTILE);
            }
        }
        Files.writeString(fj, Json.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
        io.github.jixiao.report.Aggregate.Result r = io.github.jixiao.report.Aggregate.of(List.of(new io.github.jixiao.report.Aggregate.Input(
                "dept", io.github.jixiao.report.ReportModel.read(out.resolve(ReportWriter.SUMMARY_JSON),
                        io.github.jixiao.report.ReportModel.SummaryDocument.class),
                io.github.jixiao.report.ReportModel.read(fj, io.github.jixiao.report.ReportModel.FindingsDocument.class), null)));
        io.github.jixiao.report.Aggregate.Row row = r.rows().get(0);
        assertTrue(row.setAside() && row.suppressed() > 1, row.toString());
        for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            Messages m = new Messages(l);
            String md = io.github.jixiao.report.Aggregate.markdown(r, m);
            safeMarkdown(md);
            assertFalse(md.contains("标题"), md);
            String html = io.github.jixiao.report.Aggregate.html(r, m);
            noRawControls("aggregate.html", html, true);
            assertFalse(html.contains("<script>") || html.contains("标题"), "no reason on the page");
            for (io.github.jixiao.xlsx.Table t : io.github.jixiao.report.Aggregate.tables(r, m)) {
                assertFalse(t.toString().contains("标题"), t.toString());
            }
        }
    }
}
