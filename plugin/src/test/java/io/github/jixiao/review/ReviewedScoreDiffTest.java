package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
