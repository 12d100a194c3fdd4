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
import io.github.jixiao.report.Json;
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
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The baseline's own reading (check's console, findings.json, SARIF, score-summary) of an entry after a department moved
 * rows: the sample's baseline written, then a row inserted at the top of indicators.json (every later indicator's pointer
 * shifts by one) and a baselined figure changed (招引人才数量 150 人 → 160 人, still short of ≥ 200 人). The entry's
 * pointer is where its row was when the baseline was written, so matched by place alone it was "已不再出现" (no longer
 * occurs) while the same problem was reported, outside the baseline, one row down: a reviewer told a problem was fixed
 * that was not. The entry's name, which the baseline file records, finds its row: "changed". Paired only where that is
 * unique (two rows of one name are not guessed between), and never for a problem genuinely fixed.
 */
class BaselineRowsMovedReviewTest {
    @TempDir
    Path tmp;

    private static final ReportMeta META = ReportMeta.of("2026-01-01T00:00:00Z");
    private static final String MISSED = "indicator-target-missed";
    private static final String NAME = "招引人才数量";
    private static final String GONE = "gone";

    private final Messages zh = new Messages(Messages.ZH);

    private Path sub;
    private Path baseFile;

    /** The sample copied, {@code before} applied to its indicators, and its baseline written as jixiao:baseline writes it. */
    private void baselined(Consumer<ArrayNode> before) throws Exception {
        sub = Samples.copyTo(tmp);
        edit(before);
        EngineResult first = new Engine().run(EngineOptions.of(tmp, sub));
        baseFile = tmp.resolve("jixiao-baseline.json");
        Files.writeString(baseFile, Baseline.render(first.findings(), zh.forResult(first), Baseline.namesIn(tmp)), StandardCharsets.UTF_8);
        String written = Files.readString(baseFile, StandardCharsets.UTF_8);
        assertTrue(written.contains("\"name\" : \"" + NAME + "\""), written.substring(0, Math.min(3000, written.length())));
    }

    private void edit(Consumer<ArrayNode> change) throws Exception {
        Path ind = sub.resolve("indicators.json");
        JsonNode root = Json.mapper().readTree(Files.readAllBytes(ind));
        change.accept((ArrayNode) root.get("indicators"));
        Files.write(ind, Json.mapper().writeValueAsBytes(root));
    }

    /** A row inserted at the top: every indicator below moves down one. */
    private static void insertAtTop(ArrayNode rows) {
        ObjectNode row = rows.insertObject(0);
        row.put("level1", "产出指标").put("level2", "数量指标").put("name", "新增的指标").put("target", "≥ 5 个").put("actual", "6 个");
    }

    /** The actual of every row named {@code name} whose actual is {@code from}, set to {@code to}. */
    private static Consumer<ArrayNode> actual(String name, String from, String to) {
        return rows -> {
            int n = 0;
            for (JsonNode r : rows) {
                if (name.equals(r.path("name").asString("")) && from.equals(r.path("actual").asString(""))) {
                    ((ObjectNode) r).put("actual", to);
                    n++;
                }
            }
            assertEquals(1, n, name + " " + from);
        };
    }

    private Review run(Path out) throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Review review = Review.of(r.findings(), Suppressions.none(), Baseline.load(tmp, baseFile), r.rules());
        ReportWriter.write(out, r.withFindings(review.findings()), review.suppressed(), review.baselined(), review.raised(),
                zh, META, Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        return review;
    }

    /** This run's baseline-stale notes about indicator-target-missed entries: "changed", or "gone" (no longer occurs). */
    private static List<String> notes(Review r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("baseline-stale") && f.args().get(0).equals(MISSED))
                .map(f -> f.key().isEmpty() ? GONE : f.key()).toList();
    }

    private static List<Finding> missed(Review r, String name) {
        return r.findings().stream().filter(f -> f.ruleId().equals(MISSED) && f.args().get(0).equals(name)).toList();
    }

    @Test
    void aChangedFigureBehindRowsMovedIsChangedInEveryOutputNotGone() throws Exception {
        baselined(rows -> { });
        edit(BaselineRowsMovedReviewTest::insertAtTop);
        Path baseOut = tmp.resolve("base-out");
        Review moved = run(baseOut);
        assertEquals(List.of(), notes(moved), "rows moved only: every entry still holds its finding");
        assertTrue(moved.baselined().contains(missed(moved, NAME).get(0)), "held wherever its row went, as before");
        edit(actual(NAME, "150 人", "160 人"));
        Path out = tmp.resolve("out");
        Review now = run(out);

        Finding f = missed(now, NAME).get(0);
        assertFalse(now.baselined().contains(f), "its figures changed: no longer held, it counts");
        assertEquals(List.of("changed"), notes(now), "the entry's problem is still there, not gone");
        Finding note = now.findings().stream().filter(x -> x.ruleId().equals("baseline-stale")).findFirst().orElseThrow();
        String text = zh.message(note);
        assertTrue(text.contains("仍然存在") && !text.contains("已不再出现"), text);

        // the console line, findings.json, SARIF and score-summary.md say the same
        List<String> console = ConsoleReport.findingLines(now.findings(), null, zh, 1, now.suppressed(), now.baselined(), Cells.none())
                .stream().map(ConsoleReport.Line::text).toList();
        assertTrue(console.stream().anyMatch(l -> l.contains(text)), String.join("\n", console));
        assertTrue(console.stream().noneMatch(l -> l.contains("已不再出现")), String.join("\n", console));
        FindingsDocument fj = ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), FindingsDocument.class);
        FindingRecord rec = fj.findings().stream().filter(x -> x.rule().equals("baseline-stale")).findFirst().orElseThrow();
        assertEquals("changed", rec.key());
        assertEquals(text, rec.message());
        FindingRecord missedRec = fj.findings().stream().filter(x -> x.rule().equals(MISSED) && x.args().get(0).equals(NAME)).findFirst().orElseThrow();
        assertFalse(missedRec.inBaseline(), "findings.json: not baselined");
        JsonNode sarif = Json.mapper().readTree(Files.readAllBytes(out.resolve(ReportWriter.FINDINGS_SARIF)));
        Map<String, String> states = new java.util.HashMap<>();
        for (JsonNode res : sarif.get("runs").get(0).get("results")) {
            String msg = res.get("message").get("text").asString();
            if (res.get("ruleId").asString().equals("baseline-stale")) {
                states.put("note", msg);
            } else if (res.get("ruleId").asString().equals(MISSED) && msg.contains(NAME)) {
                states.put(MISSED, res.get("baselineState").asString());
            }
        }
        assertEquals("new", states.get(MISSED), "SARIF: reported as new, as the note says");
        assertTrue(states.get("note").contains("仍然存在"), states.get("note"));
        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD), StandardCharsets.UTF_8);
        // score-summary lists the findings on its criteria (neither of these); its verdict counts the changed one open
        long[] open = new long[3];
        now.findings().stream().filter(x -> !now.baselined().contains(x) && !now.suppressed().containsKey(x))
                .forEach(x -> open[x.severity().ordinal()]++);
        assertTrue(f.severity().ordinal() < 2 && open[f.severity().ordinal()] > 0);
        String verdict = " · " + open[0] + " 个错误，" + open[1] + " 个警告，" + open[2] + " 个提示 · " + now.baselined().size() + " 个在基线中";
        assertTrue(md.contains(verdict), verdict + "\n" + md.lines().filter(l -> l.contains("个在基线中")).toList());
        assertEquals(moved.baselined().size() - 1, now.baselined().size(), "one finding fewer held than with the rows moved only");

        // and jixiao:diff of the rows moved against this run: one changed finding, no entry resolved
        ScoreDiff.Result d = diff(baseOut, out);
        assertEquals(List.of(MISSED), d.changedFindings().stream().map(c -> c.after().rule()).toList());
        assertEquals(List.of(), d.baselineResolved());
        assertEquals(List.of(), d.resolvedFindings());
    }

    @Test
    void aProblemFixedBehindRowsMovedIsStillNoLongerFound() throws Exception {
        baselined(rows -> { });
        edit(BaselineRowsMovedReviewTest::insertAtTop);
        Path baseOut = tmp.resolve("base-out");
        run(baseOut);
        edit(actual(NAME, "150 人", "200 人"));
        Path out = tmp.resolve("out");
        Review now = run(out);
        assertEquals(List.of(), missed(now, NAME), "≥ 200 人 reached: the problem is fixed");
        assertEquals(List.of(GONE), notes(now), "its entry no longer occurs");
        ScoreDiff.Result d = diff(baseOut, out);
        assertTrue(d.resolvedFindings().stream().anyMatch(r -> r.rule().equals(MISSED)), d.resolvedFindings().toString());
        assertEquals(1, d.baselineResolved().stream().filter(r -> r.args().get(0).equals(MISSED)).count(), "listed as resolved");
    }

    /**
     * jixiao:diff of one pull request that inserts a row above 招引人才数量 and changes its figure (150 人 → 160 人)
     * against the base that wrote the baseline: the finding's row moved (/indicators/14 → /indicators/15) and its
     * figures changed, so neither its fingerprint nor its place pairs it. Before, diff.md listed it resolved (问题已解决)
     * and again as new, and its entry, which check now says changed, under 基线中不再出现的条目: a reviewer told the
     * problem was fixed. Now one changed finding: the same rule, file, message and names, on a row moved, at the same
     * field, where each side has only the one.
     */
    @Test
    void aPullRequestMovingTheRowAndChangingTheFigureShowsOneChangedFinding() throws Exception {
        baselined(rows -> { });
        Path baseOut = tmp.resolve("base-out");
        run(baseOut);
        edit(BaselineRowsMovedReviewTest::insertAtTop);
        edit(actual(NAME, "150 人", "160 人"));
        Path out = tmp.resolve("out");
        Review now = run(out);
        assertEquals(List.of("changed"), notes(now));
        ScoreDiff.Result d = diff(baseOut, out);
        assertEquals(List.of(), d.resolvedFindings().stream().filter(r -> r.rule().equals(MISSED)).map(FindingRecord::message).toList(),
                "not resolved");
        assertEquals(List.of(), d.newFindings().stream().filter(r -> r.rule().equals(MISSED)).map(FindingRecord::message).toList(),
                "not new");
        List<ScoreDiff.Changed> ch = d.changedFindings().stream().filter(c -> c.after().rule().equals(MISSED)).toList();
        assertEquals(1, ch.size(), d.changedFindings().toString());
        assertTrue(ch.get(0).before().message().contains("150") && ch.get(0).after().message().contains("160"));
        assertEquals(List.of(), d.baselineResolved().stream().filter(r -> r.args().get(0).equals(MISSED)).toList(),
                "its entry is no resolution");
        String md = ScoreDiff.markdown(d, zh);
        assertFalse(md.contains("基线中不再出现的条目"), md);
    }

    /**
     * Two rows of one name, both moved and both changed in one pull request: the first now stands where the second
     * stood, and is paired with it by place, as before; the one left on each side is the same rule, message and name on
     * a row moved, and paired too: both problems still there, none resolved. Before, the second was one resolved and
     * one new.
     */
    @Test
    void aPullRequestMovingTwoRowsOfOneNameResolvesNeither() throws Exception {
        baselined(twin());
        Path baseOut = tmp.resolve("base-out");
        run(baseOut);
        edit(BaselineRowsMovedReviewTest::insertAtTop);
        edit(actual(NAME, "150 人", "160 人"));
        edit(actual(NAME, "100 人", "110 人"));
        Path out = tmp.resolve("out");
        run(out);
        ScoreDiff.Result d = diff(baseOut, out);
        assertEquals(2, d.changedFindings().stream().filter(c -> c.after().rule().equals(MISSED)).count());
        assertEquals(0, d.resolvedFindings().stream().filter(r -> r.rule().equals(MISSED)).count());
        assertEquals(0, d.newFindings().stream().filter(r -> r.rule().equals(MISSED)).count());
    }

    /** A second 招引人才数量 row (≥ 200 人, 100 人: short too) just below the first. */
    private static Consumer<ArrayNode> twin() {
        return rows -> {
            for (int i = 0; i < rows.size(); i++) {
                if (NAME.equals(rows.get(i).path("name").asString(""))) {
                    ObjectNode row = rows.insertObject(i + 1);
                    row.put("level1", "产出指标").put("level2", "数量指标").put("name", NAME).put("target", "≥ 200 人").put("actual", "100 人");
                    return;
                }
            }
            throw new AssertionError("no " + NAME);
        };
    }

    /**
     * The problem fixed (150 人 → 200 人) and a row inserted just above its row with a problem of the same rule: the
     * entry's pointer (where its row was) now holds the new row's finding. Read by place alone, the entry was "changed",
     * a fixed problem said to be still there (and jixiao:diff listed it resolved: the two disagreed). The entry names
     * its row: a finding on a row of another name is another problem, so the entry no longer occurs.
     */
    @Test
    void aFindingOfAnotherRowAtTheEntrysOldPlaceIsNotItsProblem() throws Exception {
        baselined(rows -> { });
        Path baseOut = tmp.resolve("base-out");
        run(baseOut);
        edit(rows -> {
            for (int i = 0; i < rows.size(); i++) {
                if (NAME.equals(rows.get(i).path("name").asString(""))) {
                    ObjectNode row = rows.insertObject(i);
                    row.put("level1", "产出指标").put("level2", "数量指标").put("name", "新增的指标").put("target", "≥ 5 个").put("actual", "3 个");
                    return;
                }
            }
            throw new AssertionError("no " + NAME);
        });
        edit(actual(NAME, "150 人", "200 人"));
        Path out = tmp.resolve("out");
        Review now = run(out);
        assertEquals(List.of(), missed(now, NAME), "fixed");
        Finding other = missed(now, "新增的指标").get(0);
        String entryPointer = now.findings().stream().filter(f -> f.ruleId().equals("baseline-stale") && f.args().get(0).equals(MISSED))
                .findFirst().orElseThrow().args().get(2);
        assertEquals(entryPointer, other.pointer(), "the new row's finding is at the entry's place");
        assertEquals(List.of(GONE), notes(now), "the entry's problem is fixed; the other row's is another");
        ScoreDiff.Result d = diff(baseOut, out);
        assertEquals(1, d.baselineResolved().stream().filter(r -> r.args().get(0).equals(MISSED)).count(), "as jixiao:diff says");
    }

    /**
     * A row renamed where it stands (招引人才数量 → 引进人才数量) is read as jixiao:diff reads it, whose finding names the
     * row: the entry's problem, on a row of that name, no longer occurs, and the renamed row's finding is new.
     */
    @Test
    void aRowRenamedInPlaceIsReadAsTheDiffReadsIt() throws Exception {
        baselined(rows -> { });
        Path baseOut = tmp.resolve("base-out");
        run(baseOut);
        edit(rows -> {
            for (JsonNode r : rows) {
                if (NAME.equals(r.path("name").asString(""))) {
                    ((ObjectNode) r).put("name", "引进人才数量");
                }
            }
        });
        Path out = tmp.resolve("out");
        Review now = run(out);
        assertEquals(1, missed(now, "引进人才数量").size());
        assertEquals(List.of(GONE), notes(now));
        ScoreDiff.Result d = diff(baseOut, out);
        assertTrue(d.newFindings().stream().anyMatch(r -> r.rule().equals(MISSED)), d.newFindings().toString());
        assertEquals(1, d.baselineResolved().stream().filter(r -> r.args().get(0).equals(MISSED)).count());
    }

    /**
     * Two rows of one name, each with its own finding (招引人才数量 150 人 and a second 招引人才数量 100 人, both short of
     * ≥ 200 人): one changed and the other held is paired (the one stale entry of the name, the one finding no entry
     * holds); both changed, or one fixed and the other changed, is not guessed between: each entry is said changed only
     * by its place, which the moved rows no longer give, as before.
     */
    @Test
    void twoRowsOfOneNameArePairedOnlyWhereThePairingIsUnique() throws Exception {
        baselined(twin());
        edit(BaselineRowsMovedReviewTest::insertAtTop);
        edit(actual(NAME, "150 人", "160 人"));
        Review one = run(tmp.resolve("one"));
        assertEquals(2, missed(one, NAME).size());
        assertEquals(1, missed(one, NAME).stream().filter(one.baselined()::contains).count(), "the 100 人 row still held");
        assertEquals(List.of("changed"), notes(one), "the one stale entry of the name, the one finding of it no entry holds");

        edit(actual(NAME, "100 人", "110 人"));
        Review both = run(tmp.resolve("both"));
        assertEquals(0, missed(both, NAME).stream().filter(both.baselined()::contains).count());
        // not guessed between: each entry by its place, as before: the first's (where its row was) now holds the row
        // above it, without the finding; the second's the first row, whose finding it is said changed by
        assertEquals(List.of(GONE, "changed"), notes(both), "two entries, two findings of one name: by place");

        edit(actual(NAME, "160 人", "200 人"));
        Review fixedAndChanged = run(tmp.resolve("fixed-and-changed"));
        assertEquals(1, missed(fixedAndChanged, NAME).size(), "one fixed, the other changed");
        assertEquals(List.of(GONE, GONE), notes(fixedAndChanged), "which entry is the fixed one is not guessed: neither is said changed");
    }

    /** An entry without a name (a baseline written before entries recorded names) is matched by its place, as before. */
    @Test
    void anEntryWithoutANameIsMatchedByItsPlaceOnly() throws Exception {
        baselined(rows -> { });
        Files.writeString(baseFile, Files.readString(baseFile, StandardCharsets.UTF_8).replaceAll("\"name\"\\s*:\\s*\"[^\"]*\",\\s*", ""),
                StandardCharsets.UTF_8);
        assertFalse(Files.readString(baseFile, StandardCharsets.UTF_8).contains("\"name\""));
        edit(actual(NAME, "150 人", "160 人"));
        assertEquals(List.of("changed"), notes(run(tmp.resolve("in-place"))), "at its place: changed, as before");
        edit(BaselineRowsMovedReviewTest::insertAtTop);
        assertEquals(List.of(GONE), notes(run(tmp.resolve("moved"))), "moved, and no name to find it by: as before");
    }

    private static ScoreDiff.Result diff(Path baseOut, Path out) throws Exception {
        return ScoreDiff.compare(ReportModel.read(baseOut.resolve(ReportWriter.SUMMARY_JSON), SummaryDocument.class),
                ReportModel.read(out.resolve(ReportWriter.SUMMARY_JSON), SummaryDocument.class),
                ReportModel.read(baseOut.resolve(ReportWriter.FINDINGS_JSON), FindingsDocument.class),
                ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), FindingsDocument.class));
    }
}
