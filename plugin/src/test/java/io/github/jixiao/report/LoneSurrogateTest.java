package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.testing.Samples;
import io.github.jixiao.text.Strings;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 35 (hostile round 4, item 1): a lone surrogate (a JSON {@code "\uD800"} escape in a submission file, an .xlsx
 * cell's {@code _xD800_}) is no character and no UTF-8 can carry it. The escapers let it through, so the files written
 * with String.getBytes showed '?' (as if the department had typed one), findings.json and every other JSON output wrote
 * the backslash-u escape (which strict readers refuse), and the console wrote whatever the terminal's encoder made of it.
 * Every other hidden or invalid code point has shown as U+FFFD since session 34; now a lone surrogate does in every output.
 */
class LoneSurrogateTest {
    @TempDir
    Path tmp;

    /** A high half alone, a low half alone, two highs then a pair (the pair is text), a high at the end. */
    private static final String NAME = "财政\uD800局\uDC00（本级\uDBFF\uD83D\uDE00）\uDB40";
    private static final String SHOWN = "财政\uFFFD局\uFFFD（本级\uFFFD\uD83D\uDE00）\uFFFD";
    /** As a JSON file holds it: ASCII escapes, valid UTF-8 bytes. */
    private static final String FILED = "财政\\uD800局\\uDC00（本级\\uDBFF\\uD83D\\uDE00）\\uDB40";

    @Test
    void everyEscaperShowsEachLoneHalfAsOneReplacement() {
        assertEquals(SHOWN, Escape.clean(NAME));
        assertEquals(SHOWN, Escape.console(NAME));
        assertEquals(SHOWN, Escape.html(NAME));
        assertEquals(SHOWN, Escape.htmlValue(NAME));
        assertEquals(SHOWN, Escape.md(NAME));
        assertEquals(SHOWN, Escape.mdValue(NAME));
        assertEquals(SHOWN, Escape.value(NAME));
        assertEquals(SHOWN, Snippets.cleanLine(NAME), "one U+FFFD a lone half: the columns hold");
        assertTrue(Escape.hasUnsafe("\uD800"));
        assertTrue(Escape.hasUnsafe("a\uDC00"));
        assertFalse(Escape.hasUnsafe("a\uD83D\uDE00b"), "a pair is text");
        assertFalse(Cells.projectPath("forms/" + NAME + ".xlsx"));
        assertTrue(Strings.hiddenCodePoint(0xD800));
        assertTrue(Strings.hiddenCodePoint(0xDFFF));
        assertFalse(Strings.hiddenCodePoint(0x1F600));
        assertEquals("\uFFFD", Escape.clean("\uDC00"));
        assertEquals("\uD83D\uDE00", Escape.clean("\uD83D\uDE00"));
        assertEquals("a\uFFFD\uD83D\uDE00", Escape.clean("a\uD83D\uD83D\uDE00"));
    }

    @Test
    void theByteWritersWriteAReplacementNotAQuestionMark() throws Exception {
        assertEquals("\"a\uFFFDb\uFFFD\"", Json.write("a\uD800b\uDFFF").trim(), "JSON: no backslash-u escape");
        assertEquals("a\uFFFDb", new String(TextBuffer.utf8("a\uDC00b"), StandardCharsets.UTF_8), "pages: no '?'");
        Path f = tmp.resolve("x.md");
        AtomicFiles.write(f, "a\uD800b");
        assertEquals("a\uFFFDb", strictUtf8(f));
    }

    /** {@code f} decoded as UTF-8, failing on any malformed byte. */
    private static String strictUtf8(Path f) throws CharacterCodingException, java.io.IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
    }

    /** No lone half, no '?' or escape where one was: each shown as U+FFFD. */
    private static void shownAsReplacement(String what, String text) {
        shownAsReplacement(what, text, "财政\uFFFD局");
    }

    /** As above, {@code shown} in it. */
    private static void shownAsReplacement(String what, String text, String shown) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            assertFalse(Character.isSurrogate(c), what + ": a lone surrogate at " + i);
        }
        assertFalse(text.contains("财政?局"), what + ": " + text);
        // a JSON escape of a surrogate (a SARIF snippet quotes the file as it is: its "\\uD800" is text there, escaped)
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\\\u[dD][89a-fA-F]").matcher(text).find(), what + ": " + text);
        assertTrue(text.contains(shown), what);
    }

    @Test
    void aDepartmentFiledWithLoneSurrogatesShowsThemAsReplacementsInEveryReport() throws Exception {
        Path sub = Samples.copyTo(tmp);
        Path dept = sub.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"name\": \"深圳市福田区科技和工业信息化局（本级）\"",
                "\"name\": \"" + FILED + "\""), StandardCharsets.UTF_8);
        Path ind = sub.resolve("indicators.json");
        Files.writeString(ind, Files.readString(ind).replace("招引人才数量", "招引\\uD800人才数量"), StandardCharsets.UTF_8);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        assertEquals(NAME, r.department(), "the name as read: the file's escapes");
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""), Snippets.of(tmp), Cells.none(),
                ReportFormats.all(), "");
        for (String file : List.of(ReportWriter.FINDINGS_JSON, ReportWriter.SUMMARY_MD,
                ReportWriter.SUMMARY_HTML, ReportWriter.SUMMARY_JSON)) {
            shownAsReplacement(file, strictUtf8(out.resolve(file)));
        }
        String cq = strictUtf8(out.resolve(CodeQuality.FILE));
        shownAsReplacement(CodeQuality.FILE, cq, "招引\uFFFD人才数量");
        shownAsReplacement(ReportWriter.FINDINGS_SARIF, strictUtf8(out.resolve(ReportWriter.FINDINGS_SARIF)), "招引\uFFFD人才数量");
        shownAsReplacement("score-summary.xlsx", BaselinedReportsTest.sharedStrings(out.resolve(ScoreSummaryXlsx.FILE)));
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            for (ConsoleReport.Line line : ConsoleReport.render(r.findings(), r.sheet(), new Messages(l), r.files().size())) {
                assertTrue(line.text().chars().noneMatch(c -> c == 0xD800 || c == 0xDC00 || c == 0xDB40 || c == 0xDBFF), line.text());
            }
        }
        shownAsReplacement("console", ConsoleReport.subjectLine(r.department(), r.year(), r.project(), new Messages(Messages.ZH)).text());

        // the reviewer's outputs, from the department's own: the aggregate and the diff
        Messages m = new Messages(Messages.ZH);
        ReportMeta meta = ReportMeta.of("");
        var summary = ScoreSummary.jsonTree(r, meta);
        var findings = FindingsJson.tree(r.findings(), m, ReportWriter.head(r, m, meta), Map.of());
        Aggregate.Result agg = Aggregate.of(List.of(new Aggregate.Input("dept-\uD800", summary, findings, null)));
        Path a = tmp.resolve("agg");
        Files.createDirectories(a);
        AtomicFiles.write(a.resolve("aggregate.json"), Aggregate.json(agg));
        AtomicFiles.write(a.resolve("aggregate.md"), Aggregate.markdown(agg, m));
        AtomicFiles.write(a.resolve("aggregate.html"), Aggregate.html(agg, m, meta));
        List<io.github.jixiao.xlsx.Table> tables = Aggregate.tables(agg, m);
        AtomicFiles.writeChannel(a.resolve(Aggregate.XLSX), ch -> io.github.jixiao.xlsx.XlsxWriter.write(tables, ch));
        for (String file : List.of("aggregate.json", "aggregate.md", "aggregate.html")) {
            shownAsReplacement(file, strictUtf8(a.resolve(file)));
        }
        shownAsReplacement(Aggregate.XLSX, BaselinedReportsTest.sharedStrings(a.resolve(Aggregate.XLSX)));

        ScoreDiff.Result diff = ScoreDiff.compare(summary, summary, FindingsJson.tree(List.of(), m, ReportWriter.head(r, m, meta), Map.of()),
                findings);
        AtomicFiles.write(a.resolve("diff.md"), ScoreDiff.markdown(diff, m));
        AtomicFiles.write(a.resolve("diff.json"), ScoreDiff.json(diff));
        String dmd = strictUtf8(a.resolve("diff.md"));
        assertTrue(dmd.contains("招引\uFFFD人才数量"), "diff.md lists the new finding: " + dmd);
        assertFalse(dmd.contains("招引?人才数量"), dmd);
        String dj = strictUtf8(a.resolve("diff.json"));
        shownAsReplacement("diff.json", dj, "招引\uFFFD人才数量");
    }
}
