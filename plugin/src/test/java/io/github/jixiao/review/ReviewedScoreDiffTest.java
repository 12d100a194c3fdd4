package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * diff.md and diff.json say where a 复核分 (reviewer's score) changed between two rounds: a criterion's, a row's
 * (indicator rows, the funds row) and the 复核总分 (reviewedTotal), before and after, "—" on a side that states none.
 * The submission is the score-reviewed-differs fixture (湖北 广水 2021's layout: 分值 / 自评分 / 复核分), split into its
 * files, reported by the engine as check does; two submissions without a 复核分 (the sample) diff as before.
 */
class ReviewedScoreDiffTest {

    @TempDir
    Path tmp;

    /** The fixture under {@code tmp/<name>/submission}, its indicators.json changed by {@code edit}, reported. */
    private Path round(String name, Locale locale, Consumer<JsonNode> edit) throws Exception {
        Path fixture = Path.of(ReviewedScoreDiffTest.class.getResource(
                "/rules/score-reviewed-differs/flags/reviewed-lower-higher-absent.json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        Path project = tmp.resolve(name);
        Path sub = project.resolve("submission");
        Files.createDirectories(sub);
        for (var e : bundle.properties()) {
            if (e.getKey().equals("indicators")) {
                edit.accept(e.getValue().path("indicators"));
            }
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        Path out = tmp.resolve("out-" + name);
        DiffLanguageTest.report(project, locale, out);
        return out;
    }


    @Test
    void aChangedReviewedScoreIsSaidWithItsValuesAndTheReviewedTotal() throws Exception {
        for (Locale lang : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            String l = lang.getLanguage();
            // round 1: the benefit row has no 复核分 (no reviewedTotal); round 2: the reviewer gave it 30 and the
            // quality row 25 instead of 23.75 (a reviewedTotal of 98: 8 + 25 + 25 + 30 + 10)
            Path base = round("r1-" + l, lang, ind -> { });
            Path current = round("r2-" + l, lang, ind -> {
                ((ObjectNode) ind.get(1)).put("reviewedScore", 25);
                ((ObjectNode) ind.get(2)).put("reviewedScore", 30);
            });
            ScoreDiff.Result d = DiffLanguageTest.compare(base, current);
            assertTrue(d.moved().isEmpty(), "the 自评分 did not move: " + d.moved());
            ScoreDiff.Reviewed rv = d.reviewed();
            assertNull(rv.totalBefore());
            assertEquals(0, new java.math.BigDecimal("98").compareTo(rv.totalAfter()), rv.toString());
            Messages m = new Messages(lang);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            if (lang == Messages.ZH) {
                assertTrue(md.contains("  \n**复核总分**：— → 98.00\n\n"), md);
                assertTrue(md.contains("### 复核分变化的指标（"), md);
                assertTrue(md.contains(" · 工程验收合格率 | 23.75 | 25.00 | +1.25 |"), md);
                assertTrue(md.contains(" · 群众出行条件改善 | — | 30.00 | — |"), md);
            } else {
                assertTrue(md.contains("  \n**Reviewed total**: — → 98.00\n\n"), md);
                assertTrue(md.contains("### Reviewer's scores that changed ("), md);
                assertTrue(md.contains("| Criterion | Before | After | Change |"), md);
                assertTrue(md.contains(" · 工程验收合格率 | 23.75 | 25.00 | +1.25 |"), md);
                String words = md.substring(0, md.indexOf("### New findings")).replace("工程验收合格率", "").replace("群众出行条件改善", "");
                assertFalse(words.contains("复核"), "complete English (the findings' messages aside, which gloss 复核分): " + md);
            }
            // the console says it too, one line (session 29: only diff.md and diff.json did), with the diff.md to read
            Path diffMd = tmp.resolve("out-r2-" + l).resolve("diff.md");
            int n = rv.changes().size();
            assertEquals(List.of(lang == Messages.ZH
                    ? "jixiao：复核分有变化的指标或行 " + n + " 个（复核总分 — → 98.00），详见 " + diffMd
                    : "jixiao: the reviewer's score changed on " + n + " criteria or rows (reviewed total — → 98.00); see " + diffMd),
                    ScoreDiff.console(d, m, diffMd));
            // a path with a line break is one console line, cleaned as the rest
            String hostile = ScoreDiff.console(d, m, tmp.resolve("a\n::error::b").resolve("diff.md")).get(0);
            assertFalse(hostile.contains("\n"), hostile);
            JsonNode json = Json.mapper().readTree(ScoreDiff.json(d));
            assertTrue(json.path("reviewed").path("total").path("before").isNull(), json.toString());
            assertTrue(ScoreDiff.json(d).contains("\"after\" : 98.00"), "two decimals, as the totals: " + ScoreDiff.json(d));
            JsonNode rows = json.path("reviewed").path("criteria");
            assertTrue(rows.size() >= 2, rows.toString());
            boolean quality = false;
            for (JsonNode row : rows) {
                if ("工程验收合格率".equals(row.path("itemName").asString())) {
                    quality = true;
                    assertEquals(0, new java.math.BigDecimal("23.75").compareTo(row.path("before").decimalValue()), row.toString());
                    assertEquals(0, new java.math.BigDecimal("25.00").compareTo(row.path("after").decimalValue()), row.toString());
                    assertEquals(0, new java.math.BigDecimal("1.25").compareTo(row.path("delta").decimalValue()), row.toString());
                }
            }
            assertTrue(quality, rows.toString());
        }
    }

    /**
     * The reviewer's reason beside a changed 复核分 (reviewedReason, UR29 defect 2): diff.md's 复核分 table gains a 复核理由
     * column only then, and diff.json's change its {@code reason}; a pull request that changes a reviewedScore shows it.
     */
    @Test
    void aChangedReviewedScoreShowsItsReason() throws Exception {
        Path base = round("why1", Messages.ZH, ind -> { });
        Path current = round("why2", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedScore", 22.5)
                .put("reviewedReason", "验收资料缺少第三方检测报告|*"));
        ScoreDiff.Result d = DiffLanguageTest.compare(base, current);
        Messages m = new Messages(Messages.ZH);
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
        assertTrue(md.contains("| 指标 | 之前 | 之后 | 变化 | 复核理由 |\n|---|---:|---:|---:|---|\n"), md);
        assertTrue(md.contains(" · 工程验收合格率 | 23.75 | 22.50 | −1.25 | 验收资料缺少第三方检测报告\\|\\* |"), md);
        assertTrue(ScoreDiff.json(d).contains("\"reason\" : \"验收资料缺少第三方检测报告|*\""), ScoreDiff.json(d));
    }

    /**
     * The reviewer rewrites the reason for the same 复核分 (the row's 23.75 stays, the reason changes) and gives one where
     * there was none: before, diff.md said "no 复核分 changed" and nothing of it; now a section of its own lists both, before
     * and after ("—" for none), diff.json {@code reviewed.reasons}, and the console says it (zh and en).
     */
    @Test
    void aReasonThatChangesBesideTheSameReviewedScoreIsListed() throws Exception {
        for (Locale lang : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            String l = lang.getLanguage();
            Path base = round("r1" + l, lang, ind -> ((ObjectNode) ind.get(1)).put("reviewedReason", "验收资料不全"));
            Path current = round("r2" + l, lang, ind -> {
                ((ObjectNode) ind.get(1)).put("reviewedReason", "验收资料缺少第三方检测报告|*");
                ((ObjectNode) ind.get(0)).put("reviewedReason", "里程经抽查属实");
            });
            ScoreDiff.Result d = DiffLanguageTest.compare(base, current);
            Messages m = new Messages(lang);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            if (l.equals("zh")) {
                assertTrue(md.contains("### 复核分变化的指标（0）\n\n各指标和各行的复核分均无变化。\n\n### 复核理由变化而复核分未变的指标（2）\n\n"
                        + "| 指标 | 复核分 | 之前的复核理由 | 之后的复核理由 |\n|---|---:|---|---|\n"), md);
                assertTrue(md.contains(" · 工程验收合格率 | 23.75 | 验收资料不全 | 验收资料缺少第三方检测报告\\|\\* |"), md);
                assertTrue(md.contains(" | — | 里程经抽查属实 |"), md);
                assertEquals(List.of("jixiao：复核理由有变化而复核分未变的指标或行 2 个，详见 " + tmp.resolve("diff.md")),
                        ScoreDiff.console(d, m, tmp.resolve("diff.md")));
            } else {
                assertTrue(md.contains("### Reviewer's reasons that changed, the reviewer's score unchanged (2)\n\n"
                        + "| Criterion | Reviewer's score | Reason before | Reason after |\n"), md);
                assertEquals(List.of("jixiao: the reviewer's reason changed, the reviewer's score not, on 2 criteria or rows; see "
                        + tmp.resolve("diff.md")), ScoreDiff.console(d, m, tmp.resolve("diff.md")));
            }
            String json = ScoreDiff.json(d);
            assertTrue(json.contains("\"reasons\" : [\n      {\n        \"id\" : \"output-indicators\""), json);
            assertTrue(json.contains("\"reviewedScore\" : 23.75,\n        \"before\" : \"验收资料不全\",\n        \"after\" : \"验收资料缺少第三方检测报告|*\""), json);
            assertTrue(json.contains("\"before\" : null,\n        \"after\" : \"里程经抽查属实\""), json);
        }
    }

    /** score-reviewed-differs' finding on the row 工程验收合格率 among {@code list}. */
    private static List<ReportModel.FindingRecord> onQuality(List<ReportModel.FindingRecord> list) {
        return list == null ? List.of() : list.stream().filter(f -> "score-reviewed-differs".equals(f.rule())
                && "工程验收合格率".equals(f.args().get(0))).toList();
    }

    /**
     * The reviewer's reason reworded (and given where there was none) beside the same 复核分 is the same finding: it was one
     * new and one resolved finding in diff.md and diff.json (score-reviewed-differs quotes the reason, and the fingerprint
     * hashed every printed argument; a reason given changed the message variant). The reason is a detail of the message
     * now, so the finding is neither new nor resolved, also against a base whose findings.json an earlier version wrote;
     * and a 复核分 that changes with its reason is one changed finding. The reason itself is listed as before.
     */
    @Test
    void aReasonRewordedBesideTheSameReviewedScoreIsTheSameFinding() throws Exception {
        Path none = round("n", Messages.ZH, ind -> { });
        Path said = round("s", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedReason", "验收资料不全"));
        Path reworded = round("w", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedReason", "验收资料缺少第三方检测报告"));
        for (Path[] pair : new Path[][] {{said, reworded}, {none, said}, {said, none}}) {
            ScoreDiff.Result d = DiffLanguageTest.compare(pair[0], pair[1]);
            assertEquals(1, d.reviewed().reasons().size(), "the reason is listed: " + d.reviewed());
            assertEquals(List.of(), onQuality(d.newFindings()), pair[0] + " → " + pair[1]);
            assertEquals(List.of(), onQuality(d.resolvedFindings()), pair[0] + " → " + pair[1]);
            assertTrue(d.changedFindings().stream().noneMatch(c -> c.after().rule().equals("score-reviewed-differs")), d.changedFindings().toString());
            Messages m = new Messages(Messages.ZH);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            assertFalse(md.substring(md.indexOf("### 新出现的问题")).contains("工程验收合格率"), md);
        }
        // the finding quotes the reason all the same
        FindingsDocument w = ReportModel.read(reworded.resolve("findings.json"), FindingsDocument.class);
        assertTrue(onQuality(w.findings()).get(0).message().contains("复核理由：验收资料缺少第三方检测报告"), w.findings().toString());
        // a base written by an earlier version: its fingerprint hashed the reason and the "reason" variant
        FindingsDocument b = ReportModel.read(said.resolve("findings.json"), FindingsDocument.class);
        ReportModel.FindingRecord r = onQuality(b.findings()).get(0);
        String legacy = io.github.jixiao.report.Fingerprints.legacy(r.rule(), r.file(), r.key(), r.args());
        assertNotEquals(legacy, r.fingerprint(), "the premise: the reason is no part of the fingerprint now");
        Path json = said.resolve("findings.json");
        Files.writeString(json, Files.readString(json).replace(r.fingerprint(), legacy));
        ScoreDiff.Result old = DiffLanguageTest.compare(said, reworded);
        assertEquals(List.of(), onQuality(old.newFindings()));
        assertEquals(List.of(), onQuality(old.resolvedFindings()));
        // the 复核分 changed and its reason with it: one finding whose text changed, not a new and a resolved one
        Path lower = round("l", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedScore", 22.5).put("reviewedReason", "验收资料缺少第三方检测报告"));
        ScoreDiff.Result moved = DiffLanguageTest.compare(said, lower);
        assertEquals(List.of(), onQuality(moved.newFindings()));
        assertEquals(List.of(), onQuality(moved.resolvedFindings()));
        assertEquals(1, moved.changedFindings().stream().filter(c -> c.after().rule().equals("score-reviewed-differs")).count(),
                moved.changedFindings().toString());
    }

    /**
     * A baseline entry holds the finding whatever the reviewer's reason says (one written now), and an entry an earlier
     * version wrote (the reason hashed) still holds the finding it was written for.
     */
    @Test
    void aBaselineHoldsTheFindingWhateverItsReason() throws Exception {
        round("b1", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedReason", "验收资料不全"));
        round("b2", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedReason", "验收资料缺少第三方检测报告"));
        io.github.jixiao.finding.Finding said = quality(tmp.resolve("b1"));
        io.github.jixiao.finding.Finding reworded = quality(tmp.resolve("b2"));
        assertEquals("reason", said.key());
        Path file = tmp.resolve("b1").resolve("jixiao-baseline.json");
        Files.writeString(file, Baseline.render(List.of(said)));
        assertEquals(io.github.jixiao.report.Fingerprints.of(said), Baseline.load(tmp.resolve("b1"), file).match(reworded));
        Files.writeString(file, "{\"findings\": [{\"fingerprint\": \"" + io.github.jixiao.report.Fingerprints.legacy(said)
                + "\", \"rule\": \"score-reviewed-differs\", \"file\": \"submission/indicators.json\"}]}");
        assertEquals(io.github.jixiao.report.Fingerprints.legacy(said), Baseline.load(tmp.resolve("b1"), file).match(said));
        // another 复核分 is another finding
        round("b3", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedScore", 22.5).put("reviewedReason", "验收资料不全"));
        assertNotEquals(io.github.jixiao.report.Fingerprints.of(said), io.github.jixiao.report.Fingerprints.of(quality(tmp.resolve("b3"))));
    }

    /**
     * A baselined score-reviewed-differs whose 复核分 then changed (2.5 → 2.6 in the trial, here 23.75 → 22.5) is the
     * same problem with other figures: the new finding is reported, and the entry's baseline-stale note says the entry no
     * longer matches it (refresh the baseline), not that it no longer occurs; an entry whose place has no finding left is
     * still "no longer occurs". The note's fingerprint of the gone entry is the one it always was.
     */
    @Test
    void aBaselinedFindingWithOtherFiguresIsSaidChangedNotGone() throws Exception {
        round("c1", Messages.ZH, ind -> { });
        round("c2", Messages.ZH, ind -> ((ObjectNode) ind.get(1)).put("reviewedScore", 22.5));
        Path project = tmp.resolve("c2");
        io.github.jixiao.finding.Finding before = quality(tmp.resolve("c1"));
        io.github.jixiao.finding.Finding now = quality(project);
        // a second entry at a place this run has no finding of its rule: gone
        io.github.jixiao.finding.Finding elsewhere = new io.github.jixiao.finding.Finding("score-reviewed-differs",
                before.severity(), before.key(), List.of("已删去的指标", "1", "2", "1"), before.file(), "/indicators/7/reviewedScore", 0, 0, null);
        Path file = project.resolve("jixiao-baseline.json");
        Files.writeString(file, Baseline.render(List.of(before, elsewhere)));
        Baseline base = Baseline.load(project, file);
        Review r = Review.of(List.of(now), Suppressions.none(), base);
        assertFalse(r.baselined().contains(now), "another 复核分 is another finding: reported");
        List<io.github.jixiao.finding.Finding> stale = r.findings().stream().filter(f -> f.ruleId().equals("baseline-stale")).toList();
        assertEquals(2, stale.size(), stale.toString());
        io.github.jixiao.finding.Finding same = stale.stream().filter(f -> f.args().get(2).equals(before.pointer())).findFirst().orElseThrow();
        io.github.jixiao.finding.Finding gone = stale.stream().filter(f -> f.args().get(2).equals("/indicators/7/reviewedScore")).findFirst().orElseThrow();
        assertEquals("changed", same.key(), same.toString());
        assertEquals("", gone.key(), gone.toString());
        for (Locale lang : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            Messages m = new Messages(lang);
            String changed = m.message(same);
            String left = m.message(gone);
            if (lang == Messages.ZH) {
                assertFalse(changed.contains("已不再出现"), changed);
                assertTrue(changed.contains("仍然存在") && changed.contains("jixiao:baseline"), changed);
                assertTrue(left.contains("已不再出现"), left);
            } else {
                assertFalse(changed.contains("no longer occurs"), changed);
                assertTrue(changed.contains("still occurs") && changed.contains("jixiao:baseline"), changed);
                assertTrue(left.contains("no longer occurs"), left);
            }
        }
    }

    private static io.github.jixiao.finding.Finding quality(Path project) {
        return new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(project, project.resolve("submission")))
                .findings().stream().filter(f -> f.ruleId().equals("score-reviewed-differs") && f.args().get(0).equals("工程验收合格率"))
                .findFirst().orElseThrow();
    }

    @Test
    void theSameReviewedScoresAreSaidUnchanged() throws Exception {
        Path base = round("same1", Messages.ZH, ind -> { });
        Path current = round("same2", Messages.ZH, ind -> { });
        ScoreDiff.Result d = DiffLanguageTest.compare(base, current);
        Messages m = new Messages(Messages.ZH);
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
        assertTrue(md.contains("### 复核分变化的指标（0）\n\n各指标和各行的复核分均无变化。\n"), md);
        assertFalse(md.contains("复核总分"), "neither round has a reviewedTotal: " + md);
        assertEquals(List.of(), ScoreDiff.console(d, m, tmp.resolve("diff.md")), "nothing changed: the console as before");
        assertFalse(md.contains("复核理由") || ScoreDiff.json(d).contains("reasons"), "no reason changed: " + md);
    }

    @Test
    void submissionsWithoutAReviewedScoreDiffAsBefore() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        DiffLanguageTest.report(DiffLanguageTest.sample(), Messages.ZH, a);
        DiffLanguageTest.report(DiffLanguageTest.sample(), Messages.ZH, b);
        ScoreDiff.Result d = DiffLanguageTest.compare(a, b);
        assertNull(d.reviewed());
        Messages m = new Messages(Messages.ZH);
        assertFalse(ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m)).contains("复核"));
        assertFalse(ScoreDiff.json(d).contains("reviewed"));
        assertEquals(List.of(), ScoreDiff.console(d, m, tmp.resolve("diff.md")));
    }
}
