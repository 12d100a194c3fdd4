package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 复核分 in the reports: score-summary.json gives each criterion's and row's reviewedScore and, where every criterion
 * with points has one, the reviewedTotal; the Markdown, the page and the workbook gain a 复核分 column only then (the
 * sample, which prints none, has none: its reports are as they were). The submission is the score-reviewed-differs
 * fixture (湖北 广水 2021's layout: 分值 / 自评分 / 复核分), split into its files.
 */
class ReviewedScoreReportTest {

    @TempDir
    Path tmp;

    /**
     * The fixture's files under {@code tmp/<name>/submission} (the project folder returned); {@code allRows}: the one row
     * without a 复核分 given 30. Shared with AggregateReviewedTest.
     */
    static Path project(Path tmp, String name, boolean allRows) throws Exception {
        Path fixture = Path.of(ReviewedScoreReportTest.class.getResource(
                "/rules/score-reviewed-differs/flags/reviewed-lower-higher-absent.json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        Path sub = tmp.resolve(name).resolve("submission");
        Files.createDirectories(sub);
        for (var e : bundle.properties()) {
            JsonNode doc = e.getValue();
            if (allRows && e.getKey().equals("indicators")) {
                ((ObjectNode) doc.path("indicators").get(2)).put("reviewedScore", 30);
            }
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        }
        return tmp.resolve(name);
    }

    private Path reports(Path project, Locale locale) throws Exception {
        EngineResult r = ScoreSummaryTest.run(project);
        Path out = tmp.resolve("out-" + project.getFileName() + "-" + locale.getLanguage());
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META);
        return out;
    }

    @Test
    void eachRowsReviewedScoreAndNoTotalWhereARowLacksOne() throws Exception {
        Path out = reports(project(tmp, "some", false), Locale.CHINA);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        assertFalse(s.has("reviewedTotal"), "the benefit row has no 复核分: no reviewed total");
        JsonNode c = s.path("criteria");
        assertEquals("8", c.get(0).path("reviewedScore").asString(), "the criterion's own 复核分, not the funds row's");
        assertEquals("48.75", c.get(1).path("reviewedScore").decimalValue().stripTrailingZeros().toPlainString(), "25 + 23.75");
        assertEquals("23.75", c.get(1).path("items").get(1).path("reviewedScore").asString());
        assertFalse(c.get(2).has("reviewedScore"));
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains("| 得分 | 复核分 | 评分标准 |"), md);
        assertTrue(md.contains("|---|---|---|---:|---:|---:|---|---|---|"), md);
        assertFalse(md.contains("复核总分"));
        for (String line : md.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| ·")) {
                assertEquals(10, line.chars().filter(ch -> ch == '|').count(), "9 columns: " + line);
            }
        }
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains("<th scope=\"col\" class=\"n\">复核分</th>"), "the page's column");
        assertTrue(html.contains("<td class=\"n\" data-label=\"复核分\">48.75</td>"), "the block's reviewed sum");
    }

    @Test
    void aReviewedTotalWhereEveryRowHasOne() throws Exception {
        Path out = reports(project(tmp, "all", true), Locale.CHINA);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        assertEquals(0, new BigDecimal("96.75").compareTo(s.path("reviewedTotal").decimalValue()), "8 + 48.75 + 30 + 10");
        assertTrue(Files.readString(out.resolve("score-summary.md")).contains("复核总分 96.75"));
        assertTrue(Files.readString(out.resolve("score-summary.html")).contains("复核总分 96.75"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            Row head = wb.getSheetAt(0).getRow(1);
            assertEquals("复核分", head.getCell(5).getStringCellValue(), "the 评分表's column after 得分");
            Row ind = wb.getSheetAt(1).getRow(1);
            assertEquals("复核分", ind.getCell(7).getStringCellValue(), "the 绩效指标's column after 自评得分");
            assertEquals(23.75, wb.getSheetAt(1).getRow(3).getCell(7).getNumericCellValue());
        }
        Path en = reports(project(tmp, "all-en", true), Locale.ENGLISH);
        assertTrue(Files.readString(en.resolve("score-summary.md")).contains("| Score | Reviewer's score |"));
    }

    @Test
    void theSampleHasNoReviewedColumn() throws Exception {
        Path out = reports(ScoreSummaryTest.sample(), Locale.CHINA);
        assertFalse(Files.readString(out.resolve("score-summary.md")).contains("复核"));
        assertFalse(Files.readString(out.resolve("score-summary.html")).contains("复核"));
        assertFalse(Files.readString(out.resolve("score-summary.json")).contains("reviewed"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "评分标准", "计算过程"),
                    java.util.stream.StreamSupport.stream(wb.getSheetAt(0).getRow(1).spliterator(), false)
                            .map(c -> c.getStringCellValue()).toList());
        }
    }
}
