package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/**
 * Random hostile text (HTML, Markdown, workflow commands, control and bidi characters, random Unicode) through the
 * engine, every report writer, the console and diff: no output carries markup, a line break, a control or bidi
 * character from the data, and the console never starts a workflow command.
 */
class HostileTextProperties {

    static final List<String> FRAGMENTS = List.of("<script>alert(1)</script>", "</style>", "<img src=x onerror=alert(1)>", "|", "\n",
            "\r\n", "\r", "`", "```", "[x](javascript:alert(1))", "![](http://evil.invalid/p.png)", "@admin", "@org/team", "\u001b[31m",
            "\n::notice::forged", "::error::x", "\u202e", "\u2066", "\u0000", "\u0007", "\t", "&lt;", "&amp;", "<!--", "-->", "# heading",
            "- item", "1. item", "*", "_", "~~", "$x$", "\\", "<details>", "\"", "'", "\u2028", "\uFEFF", "预算", "💰", "\n[INFO] BUILD SUCCESS",
            "\uD800", "\uDFFF", "\uDBFF\uD800");

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().all().ofMaxLength(6));
        return fragment.list().ofMinSize(1).ofMaxSize(10).map(l -> String.join("", l));
    }

    /** The tags our pages write (div: a table's or a chart's scrolling box, session 45); anything else in a page came from data. */
    static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "p", "h1", "h2", "h3", "h4",
            "section", "ul", "li", "b", "span", "nav", "a", "code", "table", "colgroup", "col", "thead", "tr", "th", "tbody", "td",
            "figure", "figcaption", "svg", "desc", "g", "text", "rect", "footer", "strong", "div");
    static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)");

    static void safeHtml(String html) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            assertTrue(TAGS.contains(m.group(2)), () -> "a tag from data: " + m.group());
        }
        assertEquals(1, count(html, "</style"), "one stylesheet, closed once");
        assertFalse(html.contains("<!--"));
        noRawControls(html, true);
    }

    /** Markdown: no unescaped markup start, no mention, no control or bidi character. */
    static void safeMarkdown(String written) {
        // the one piece of HTML the Markdown writes: a finding's anchor, its id from the fingerprint (ASCII, no data)
        String md = written.replaceAll("<a name=\"f-[0-9a-f]{12}(?:-\\d+)?\"></a>", "");
        assertFalse(Pattern.compile("(?<!\\\\)<[A-Za-z/!]").matcher(md).find(), () -> "raw HTML: " + md);
        assertFalse(Pattern.compile("(?<!\\\\)!(?<!\\\\)\\[").matcher(md).find() && md.contains("!["), () -> "an image: " + md);
        assertFalse(Pattern.compile("@[A-Za-z0-9]").matcher(md).find(), () -> "a mention: " + md);
        noRawControls(md, true);
    }

    /** By code point: a lone surrogate is one too (a U+D800 in the data shows as U+FFFD since session 35). */
    static void noRawControls(String s, boolean newlinesAllowed) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (c == '\n' && newlinesAllowed) {
                continue;
            }
            if (escapersOwnJoiner(s, i)) {
                continue;
            }
            int fc = c;
            assertFalse(Escape.unsafe(c), () -> "a raw control, bidi character or lone surrogate U+" + Integer.toHexString(fc));
        }
    }

    /**
     * The word joiner Escape.md puts after '@' (no mention) and Escape.console between the colons of a leading "::": the
     * escaper's own, where a U+2060 in the data is U+FFFD since session 33 (Strings.hidden holds it).
     */
    static boolean escapersOwnJoiner(String s, int i) {
        return s.charAt(i) == '\u2060' && i > 0 && (s.charAt(i - 1) == '@' || s.charAt(i - 1) == ':' && i + 1 < s.length()
                && s.charAt(i + 1) == ':');
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static EngineResult synthetic(String h) {
        CriterionScore item = new CriterionScore("c-item", h, null, null, BigDecimal.ONE, BigDecimal.ZERO, "ratio", List.of(), h, null,
                null, List.of(), false);
        CriterionScore c = new CriterionScore("c-" + Math.abs(h.hashCode()), h, h, h, new BigDecimal("10"), new BigDecimal("5"), "sub-items",
                List.of(new ScoreInput(h, h, h)), h, new BigDecimal("6"), null, List.of(item), false);
        ScoreSheet sheet = new ScoreSheet(h, h, h, List.of(c), new BigDecimal("5"), h, false);
        List<Finding> findings = List.of(
                new Finding("indicator-target-missed", Severity.WARNING, "", List.of(h, h, h), h, h, 3, 4, c.id()),
                new Finding("score-claim-mismatch", Severity.ERROR, "", List.of(h, h, h, h), h, "/" + h, 0, 0, null),
                new Finding("json-syntax", Severity.INFO, "", List.of(h), "submission/" + h, "", 1, 1, null));
        return new EngineResult(findings, sheet, h, 2024, h, "department", List.of(h));
    }

    @Property(tries = 150)
    void everyWriterKeepsHostileTextInert(@ForAll("hostile") String h) throws Exception {
        EngineResult r = synthetic(h);
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            ReportMeta meta = new ReportMeta("t", "1.0", "");
            Map<Finding, String> sup = Map.of(r.findings().get(0), h);
            safeHtml(ScoreSummaryHtml.render(r, sup, m, meta));
            String md = ScoreSummaryMarkdown.render(r, sup, m, meta);
            safeMarkdown(md);
            // the data adds no line: the same page for a plain name has as many
            assertEquals(ScoreSummaryMarkdown.render(synthetic("x"), Map.of(r.findings().get(0), "x"), m, meta).lines().count(),
                    md.lines().count(), md);

            List<Sarif.Entry> entries = r.findings().stream().map(f -> new Sarif.Entry(f, h)).toList();
            JsonNode sarif = Json.mapper().readTree(Sarif.render(entries, m, "t"));
            for (JsonNode res : sarif.at("/runs/0/results")) {
                noRawControls(res.at("/message/text").asString(), false);
                String uri = res.at("/locations/0/physicalLocation/artifactLocation/uri").asString();
                assertTrue(uri.matches("[A-Za-z0-9._~/%-]*"), uri);
            }
            JsonNode findings = Json.mapper().readTree(FindingsJson.render(r.findings(), m, ReportWriter.head(r, m, meta), sup));
            findings.get("findings").forEach(f -> noRawControls(f.get("message").asString(), false));

            for (ConsoleReport.Line line : ConsoleReport.render(r.findings(), r.sheet(), m, 1)) {
                noRawControls(line.text(), false);
                assertFalse(line.text().stripLeading().startsWith("::"), line.text());
                assertTrue(line.text().length() <= Escape.MAX_MESSAGE + 200, "cut");
            }

            Aggregate.Result agg = Aggregate.of(List.of(new Aggregate.Input(h, ScoreSummary.jsonTree(r, meta),
                    FindingsJson.tree(r.findings(), m, ReportWriter.head(r, m, meta), Map.of()), null)));
            safeHtml(Aggregate.html(agg, m, meta));
            safeMarkdown(Aggregate.markdown(agg, m));

            ScoreDiff.Result diff = ScoreDiff.compare(ScoreSummary.jsonTree(synthetic("x"), meta), ScoreSummary.jsonTree(r, meta),
                    FindingsJson.tree(List.of(), m, ReportWriter.head(r, m, meta), Map.of()),
                    FindingsJson.tree(r.findings(), m, ReportWriter.head(r, m, meta), Map.of()));
            String dmd = ScoreDiff.markdown(diff, m, ScoreDiff.Links.of("https://github.com/o/r", "abc", Map.of()));
            safeMarkdown(dmd);
        }
    }

    /**
     * A 目标申报 submission's indicator table as filed (session 43, R9: the page and the Markdown show its rows): a row's
     * 一级, 二级, name and target hostile (t87, 金安 2025). The page and the Markdown keep it inert, and the table has as many
     * lines as for a plain text.
     */
    @Property(tries = 12)
    void aTargetTableKeepsHostileRowsInert(@ForAll("hostile") String h) throws Exception {
        Path dir = Files.createTempDirectory("jixiao-hostile-targets");
        Path src = Path.of(HostileTextProperties.class.getResource("/real-tables/t87-jinan-wangqiu-2025/submission").toURI());
        String[] md = new String[2];
        for (int k = 0; k < 2; k++) {
            String text = k == 0 ? h : "x";
            Path project = dir.resolve("p" + k);
            Path sub = Files.createDirectories(project.resolve("submission"));
            for (String f : new String[]{"budget.json", "department.json"}) {
                Files.copy(src.resolve(f), sub.resolve(f));
            }
            String inner = Json.write(text).trim();
            inner = Matcher.quoteReplacement(inner.substring(1, inner.length() - 1));
            Files.writeString(sub.resolve("indicators.json"), Files.readString(src.resolve("indicators.json"))
                    .replaceFirst("开展运动种类", inner).replaceFirst("\"1种\"", "\"" + inner + "\"")
                    .replaceFirst("\"时效指标\"", "\"" + inner + "\"").replaceFirst("\"满意度指标\", \"level2\"", "\"" + inner + "\", \"level2\""));
            EngineResult r = new Engine().run(EngineOptions.of(project, sub));
            for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
                Path out = project.resolve("out-" + l);
                ReportWriter.write(out, r, Map.of(), new Messages(l), new ReportMeta("t", "1.0", ""), Snippets.of(project), Cells.of(r));
                String page = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
                String m = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
                assertTrue(page.contains("<section id=\"targets\">"), page);
                if (k == 0) {
                    safeHtml(page);
                    safeMarkdown(m);
                }
                if (l == Messages.ZH) {
                    int at = m.indexOf("## 绩效指标（按申报）");
                    md[k] = m.substring(at, m.indexOf("\n## ", at));
                }
            }
        }
        assertEquals(11 + 2, md[1].lines().filter(l -> l.startsWith("|")).count(), md[1]);
        assertEquals(md[1].lines().count(), md[0].lines().count(), md[0]);
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A 运行监控 submission's indicator table with its reading, place and findings (session 44): a row's name (its 二级),
     * target, value to date and explanation hostile (t15, 黄石 2019). The page and the Markdown keep it inert, in both
     * languages, and the table has as many lines as for a plain text.
     */
    @Property(tries = 12)
    void aMonitoringTableKeepsHostileRowsInert(@ForAll("hostile") String h) throws Exception {
        Path dir = Files.createTempDirectory("jixiao-hostile-monitoring");
        Path src = Path.of(HostileTextProperties.class.getResource("/real-tables/t15-huangshi-shenyi-2019/submission").toURI());
        String[] md = new String[2];
        for (int k = 0; k < 2; k++) {
            String text = k == 0 ? h : "x";
            Path project = dir.resolve("p" + k);
            Path sub = Files.createDirectories(project.resolve("submission"));
            for (String f : new String[]{"budget.json", "department.json"}) {
                Files.copy(src.resolve(f), sub.resolve(f));
            }
            String inner = Json.write(text).trim();
            inner = Matcher.quoteReplacement(inner.substring(1, inner.length() - 1));
            Files.writeString(sub.resolve("indicators.json"), Files.readString(src.resolve("indicators.json"))
                    .replaceFirst("\"成本\"", "\"" + inner + "\"").replaceFirst("年度预算220万元", inner)
                    .replaceFirst("按进度执行,已使用约40%", inner)
                    .replaceFirst("\"likelihood\": \"确定能\"", "\"likelihood\": \"确定能\", \"explanation\": \"" + inner + "\""));
            EngineResult r = new Engine().run(EngineOptions.of(project, sub));
            for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
                Path out = project.resolve("out-" + l);
                ReportWriter.write(out, r, Map.of(), new Messages(l), new ReportMeta("t", "1.0", ""), Snippets.of(project), Cells.of(r));
                String page = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
                String m = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
                assertTrue(page.contains("<section id=\"monitoring\">"), page);
                if (k == 0) {
                    safeHtml(page);
                    safeMarkdown(m);
                }
                if (l == Messages.ZH) {
                    int at = m.indexOf("| 指标 | 年度指标值 | jixiao 读作 |");
                    md[k] = m.substring(at, m.indexOf("\n## ", at));
                }
            }
        }
        assertEquals(4 + 2, md[1].lines().filter(l -> l.startsWith("|")).count(), md[1]);
        assertEquals(md[1].lines().count(), md[0].lines().count(), md[0]);
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Through the engine itself: the department's name and an indicator's name are hostile. */
    @Property(tries = 12)
    void theEngineAndEveryReportKeepAHostileDepartmentInert(@ForAll("hostile") String h) throws Exception {
        Path dir = Files.createTempDirectory("jixiao-hostile");
        Path sub = Samples.copyTo(dir);
        Path dept = sub.resolve("department.json");
        String json = Files.readString(dept);
        String quoted = Json.write(h).trim();
        Files.writeString(dept, json.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", Matcher.quoteReplacement("\"name\": " + quoted)));
        Path ind = sub.resolve("indicators.json");
        String quotedInner = quoted.substring(1, quoted.length() - 1);
        Files.writeString(ind, Files.readString(ind).replace("招引人才数量", Matcher.quoteReplacement(quotedInner)));
        EngineResult r = new Engine().run(EngineOptions.of(dir, sub));
        Path out = dir.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), new ReportMeta("t", "1.0", ""), Snippets.of(dir));
        if (r.sheet() != null) {
            safeHtml(Files.readString(out.resolve(ReportWriter.SUMMARY_HTML)));
            safeMarkdown(Files.readString(out.resolve(ReportWriter.SUMMARY_MD)));
        }
        JsonNode sarif = Json.mapper().readTree(Files.readString(out.resolve(ReportWriter.FINDINGS_SARIF)));
        for (JsonNode res : sarif.at("/runs/0/results")) {
            noRawControls(res.at("/message/text").asString(), false);
            noRawControls(res.at("/locations/0/physicalLocation/region/snippet/text").asString(""), false);
        }
        for (ConsoleReport.Line line : ConsoleReport.render(r.findings(), r.sheet(), new Messages(Locale.ENGLISH), r.files().size())) {
            noRawControls(line.text(), false);
            assertFalse(line.text().stripLeading().startsWith("::"), line.text());
        }
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
