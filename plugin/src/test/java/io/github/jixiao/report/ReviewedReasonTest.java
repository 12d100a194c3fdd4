package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer's reason for a 复核分 (reviewedReason, UR29 defect 2: a 2.5-point deduction had no reason anywhere, and
 * its finding sat in no criterion's row). The score-reviewed-differs fixture with a reviewedReason beside each 复核分
 * (a criterion, its sub-item, the funds row, two indicator rows): the finding quotes the reason and names its criterion
 * (findings.json, the page's row); score-summary.json gives each reviewedReason; the Markdown, the page and the
 * workbook show it beside the 复核分.
 */
class ReviewedReasonTest {

    @TempDir
    Path tmp;

    private Path project() throws Exception {
        Path fixture = Path.of(ReviewedReasonTest.class.getResource("/rules/score-reviewed-differs/flags/reviewed-with-reason.json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        Path sub = tmp.resolve("p/submission");
        Files.createDirectories(sub);
        for (var e : bundle.properties()) {
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        return tmp.resolve("p");
    }

    @Test
    void theFindingQuotesTheReasonInItsCriterionsRow() throws Exception {
        EngineResult r = ScoreSummaryTest.run(project());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().startsWith("schema")).map(Finding::toString).toList(),
                "reviewedReason is in the schemas (criterion, sub-item, funds row, indicator row)");
        List<Finding> found = r.findings().stream().filter(f -> f.ruleId().equals("score-reviewed-differs")).toList();
        Messages zh = new Messages(Messages.ZH);
        Finding row = found.stream().filter(f -> f.pointer().equals("/indicators/1/reviewedScore")).findFirst().orElseThrow();
        assertEquals("绩效指标“工程验收合格率”：复核分 23.75 与自评分 25 不同（复核扣 1.25 分；复核理由：验收资料缺少第三方检测报告，扣 1.25 分）。"
                + "请在评分理由或整改措施中回应复核理由；以复核分为准。", zh.message(row));
        assertEquals("Indicator \"工程验收合格率\": the 复核分 (reviewer's score) 23.75 differs from the 自评分 (self score) 25 (the review takes off 1.25; "
                + "the reviewer's reason: 验收资料缺少第三方检测报告，扣 1.25 分). Answer the reviewer's reason in the reasons or the corrective measures; "
                + "the reviewer's score stands.", new Messages(Locale.ENGLISH).message(row));
        String block = r.sheet().criteria().stream().filter(c -> c.items().stream().anyMatch(i -> i.name().equals("工程验收合格率")))
                .findFirst().orElseThrow().id();
        assertEquals(block, row.criterion(), "the indicator block the row is scored in");
        Finding crit = found.stream().filter(f -> f.pointer().equals("/criteria/0/reviewedScore")).findFirst().orElseThrow();
        assertEquals("budget-execution-rate", crit.criterion());
        assertTrue(zh.message(crit).contains("复核理由：执行进度滞后于序时进度"), zh.message(crit));
        Finding item = found.stream().filter(f -> f.pointer().equals("/criteria/0/items/0/reviewedScore")).findFirst().orElseThrow();
        assertEquals("budget-execution-rate", item.criterion());
        assertTrue(zh.message(item).contains("分项“执行进度”：复核分 4 与自评分 5 不同（复核扣 1 分；复核理由：第三季度执行率 60.5%，低于 75%）"), zh.message(item));
        Finding funds = found.stream().filter(f -> f.pointer().equals("/funds/total/reviewedScore")).findFirst().orElseThrow();
        assertEquals("budget-execution-rate", funds.criterion(), "the funds row is scored in 预算执行率");

        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), zh, ScoreSummaryTest.META);
        JsonNode findings = Json.mapper().readTree(Files.readString(out.resolve("findings.json")));
        boolean withCriterion = false;
        for (JsonNode f : findings.path("findings").isArray() ? findings.path("findings") : findings) {
            if (f.path("pointer").asString().equals("/indicators/1/reviewedScore")) {
                withCriterion = f.path("criterion").asString().equals(block);
            }
        }
        assertTrue(withCriterion, "findings.json criterion: " + findings);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        JsonNode exec = s.path("criteria").get(0);
        assertEquals("执行进度滞后于序时进度", exec.path("reviewedReason").asString());
        assertEquals("验收资料缺少第三方检测报告，扣 1.25 分", s.path("criteria").get(1).path("items").get(1).path("reviewedReason").asString(),
                "an indicator row's");
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains("| 8.00（复核理由：执行进度滞后于序时进度） |"), md);
        assertTrue(md.contains("| 23.75（复核理由：验收资料缺少第三方检测报告，扣 1.25 分） |"), md.lines().filter(l -> l.contains("工程验收")).toList().toString());
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains("<p class=\"reviewed\"><b>复核理由</b>：执行进度滞后于序时进度</p>"), html);
        assertTrue(html.contains("复核分 23.75（复核理由：验收资料缺少第三方检测报告，扣 1.25 分）"), html);
        assertTrue(html.replace("\n", "").matches(".*<tr[^>]*>(?:(?!</tr>).)*预算执行率(?:(?!</tr>).)*<ul class=\"f\">(?:(?!</tr>).)*复核理由：执行进度滞后于序时进度）(?:(?!</tr>).)*</tr>.*"),
                "the finding listed in its criterion's row");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            String text = wb.getSheetAt(0).getRow(2).getCell(7).getStringCellValue();
            assertTrue(text.endsWith("；复核理由：执行进度滞后于序时进度"), text);
            String rows = wb.getSheetAt(0).getRow(3).getCell(7).getStringCellValue();
            assertTrue(rows.endsWith("；复核理由：工程验收合格率：验收资料缺少第三方检测报告，扣 1.25 分"), "the block's rows' reasons: " + rows);
        }
    }

    /**
     * A reason longer than a Markdown value's 200 characters is whole in score-summary.md's 复核分 cell, as on the page and in
     * the workbook (review s29-V L1: the cell cut it at 200), with its pipe escaped and its line break gone.
     */
    @Test
    void aLongReasonIsWholeInTheMarkdown() throws Exception {
        Path p = project();
        Path file = p.resolve("submission/self-assessment.json");
        String longReason = "复核认为执行进度滞后于序时进度，" + "第三季度执行率低于序时进度要求".repeat(15) + "|见附件\n说明";
        String json = Files.readString(file).replace("\"执行进度滞后于序时进度\"", Json.mapper().writeValueAsString(longReason));
        Files.writeString(file, json);
        EngineResult r = ScoreSummaryTest.run(p);
        Path out = tmp.resolve("out-long");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META);
        String md = Files.readString(out.resolve("score-summary.md"));
        String whole = longReason.replace("|", "\\|").replace("\n", " ");
        assertTrue(longReason.length() > 200 && md.contains("（复核理由：" + whole.substring(0, 16)), md);
        assertTrue(md.contains("第三季度执行率低于序时进度要求".repeat(15)), "not cut at 200: " + md.lines().filter(l -> l.contains("复核理由")).toList());
        assertTrue(md.lines().filter(l -> l.contains("（复核理由：复核认为")).allMatch(l -> l.startsWith("|") && l.endsWith("|")), "one table row");
    }
}
