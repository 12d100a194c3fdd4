package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 复核总分 (reviewed total) graded and carried through (UR29 defects 1 and 3): score-reviewed-differs says the 复核分
 * stands (以复核分为准), yet a reviewed 81.65 was graded 优 by the computed 97.29 alone, and a 复核分 of 30 on a 25-point
 * criterion went into a printed reviewed total. 湖北 广水 2021's layout (the score-reviewed-differs fixture, every row
 * reviewed: ReviewedScoreReportTest) with 群众出行条件改善 reviewed 15 of 30: 98.75 computed is 优, 81.75 reviewed is 良,
 * said in score-summary.json (reviewedGrade), the console's score line, the Markdown, the page and the workbook. With it
 * reviewed 31 of 30 (above its points): no reviewed total anywhere, "—" and the reason instead.
 */
class ReviewedGradeTest {

    @TempDir
    Path tmp;

    /** The fixture with every row reviewed, its benefit row's 复核分 set to {@code benefitReviewed}. */
    static Path project(Path tmp, String name, int benefitReviewed) throws Exception {
        Path p = ReviewedScoreReportTest.project(tmp, name, true);
        Path file = p.resolve("submission/indicators.json");
        JsonNode doc = Json.mapper().readTree(Files.readString(file));
        ((ObjectNode) doc.path("indicators").get(2)).put("reviewedScore", benefitReviewed);
        Files.writeString(file, Json.mapper().writeValueAsString(doc));
        return p;
    }

    private static String scoreLine(EngineResult r, Locale l) {
        return ConsoleReport.scoreLines(r.sheet(), new Messages(l)).get(0).text();
    }

    @Test
    void theReviewedTotalIsGradedInEveryOutput() throws Exception {
        EngineResult r = ScoreSummaryTest.run(project(tmp, "graded", 15));
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        assertEquals("优", s.path("grade").asString());
        assertEquals(0, new BigDecimal("81.75").compareTo(s.path("reviewedTotal").decimalValue()), "8 + 48.75 + 15 + 10");
        assertEquals("良", s.path("reviewedGrade").asString());
        assertFalse(s.has("reviewedTotalWithheld"));
        assertEquals("得分：98.75 / 100.00（优），评分框架 mof-project-2020 2020.8；复核总分 81.75（良）", scoreLine(r, Messages.ZH));
        assertTrue(scoreLine(r, Locale.ENGLISH).endsWith("; reviewed total 81.75 (Good)"), scoreLine(r, Locale.ENGLISH));
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains("**综合评分 98.75 / 100.00 · 复核总分 81.75（良） · 评分等级 优**"), md);
        assertTrue(md.contains("| **评分等级** | | | | **优** | **良** | | | |\n"), md);
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains(" · 复核总分 81.75（良） · "), html);
        assertTrue(html.contains("<td class=\"n\">优</td><td class=\"n\" data-label=\"复核分\">良</td>"), html);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            var sheet = wb.getSheetAt(0);
            var last = sheet.getRow(sheet.getLastRowNum());
            assertEquals(81.75, last.getCell(5).getNumericCellValue());
            assertEquals("等级：优；复核等级：良", last.getCell(7).getStringCellValue());
        }
    }

    @Test
    void noReviewedTotalWhileAReviewedScoreIsAboveItsPoints() throws Exception {
        EngineResult r = ScoreSummaryTest.run(project(tmp, "above", 31));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("score-claim-mismatch")
                && f.key().equals("indicator-reviewed-above-points")), "the 复核分 above its points is a finding");
        Path out = tmp.resolve("out-above");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        assertFalse(s.has("reviewedTotal"), "8 + 48.75 + 31 + 10 = 97.75 is no reviewed total");
        assertFalse(s.has("reviewedGrade"));
        String why = "“群众出行条件改善”的复核分 31 分超出其分值 30 分的范围，复核分与自评分一样不能超过分值，不计复核总分：请核对复核分（reviewedScore）";
        assertEquals(why, s.path("reviewedTotalWithheld").asString());
        assertTrue(scoreLine(r, Messages.ZH).endsWith("；复核总分 —（" + why + "）"), scoreLine(r, Messages.ZH));
        assertTrue(scoreLine(r, Locale.ENGLISH).contains("; reviewed total — (\"群众出行条件改善\": the reviewer's score 31 lies outside"),
                scoreLine(r, Locale.ENGLISH));
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains(" · 复核总分 —（“群众出行条件改善”的复核分 31 分"), md);
        assertTrue(md.contains("| **100.00** | **98.75** | — | | | |\n"), md);
        assertFalse(md.contains("97.75"), md);
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains(" · 复核总分 —（“群众出行条件改善”的复核分 31 分"), html);
        assertFalse(html.contains("97.75"), html);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            var sheet = wb.getSheetAt(0);
            var last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("—", last.getCell(5).getStringCellValue());
            assertEquals("等级：优；复核总分 —（" + why + "）", last.getCell(7).getStringCellValue());
        }
    }

    /** jixiao:aggregate's 复核总分 column: the reviewed total with its grade; "—" and why where the summary withholds it. */
    @Test
    void theAggregateGradesTheReviewedTotalOrSaysWhyThereIsNone() throws Exception {
        Aggregate.Result r = Aggregate.of(java.util.List.of(AggregateGradesTest.input("graded", project(tmp, "agg-graded", 15), Messages.ZH),
                AggregateGradesTest.input("above", project(tmp, "agg-above", 31), Messages.ZH)));
        String md = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.contains(" | 98.75 | 81.75（良） | 优 | "), md);
        assertTrue(md.contains(" | 98.75 | —（复核分超出分值） | 优 | "), "not \"未全部复核\": every criterion was reviewed; " + md);
        assertTrue(Aggregate.json(r).contains("\"reviewedGrade\" : \"良\""), Aggregate.json(r));
    }

    @Test
    void theSampleWithoutAReviewedScoreSaysNothingOfIt() throws Exception {
        EngineResult r = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        assertEquals("得分：96.15 / 100.00（优），评分框架 shenzhen-department-2024 2024", scoreLine(r, Messages.ZH).replaceAll(" 2024\\.\\d+$", " 2024"));
        assertFalse(ScoreSummary.json(r, ScoreSummaryTest.META).contains("reviewed"));
    }
}
