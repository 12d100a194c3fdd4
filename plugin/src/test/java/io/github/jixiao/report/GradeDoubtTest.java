package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A grade grade-unsupported doubts is 暂定 in every output, with the reason beside it (audit s54 A9 C6, s56 A11 C11):
 * 四川 普惠金融 (t83) scores 100.00 / 100.00, 优 on a framework that scores nothing for execution, beside the warning that
 * 52.79 % executed hardly bears out 优; until session 57 the score line said "（优）" and the warning the opposite. 普陀
 * 2022 (t10): 98.62, 优, on 86.18 % executed, the same. 保山 退役军人 2022 (t84): 暂定 for want of data, as before, and
 * no doubt in score-summary.json. A table whose grade-unsupported doubts a grade it does not give (t24 融媒体, no grade on
 * 80 points) marks nothing.
 */
class GradeDoubtTest {

    @TempDir
    Path tmp;

    private static Finding doubt(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("grade-unsupported")).findFirst().orElseThrow();
    }

    @Test
    void t83sGradeIsProvisionalWithTheReasonInEveryOutput() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t83-sichuan-puhui-jinrong");
        assertEquals(doubt(r), r.sheet().gradeDoubt());
        assertEquals("得分：100.00 / 100.00（优（暂定）），评分框架 puhui-transfer-sichuan 1；"
                        + "等级暂定：预算执行率只有 52.79%，低于 90%，难以评为“优”（grade-unsupported）",
                ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text());
        String en = ConsoleReport.scoreLines(r.sheet(), new Messages(Locale.ENGLISH)).get(0).text();
        assertTrue(en.contains(" (provisional)), framework puhui-transfer-sichuan 1; grade provisional: budget execution is only 52.79%,"
                + " below 90%, which hardly bears out "), en);
        assertTrue(en.endsWith(" (grade-unsupported)"), en);

        Path out = tmp.resolve("t83");
        Messages m = new Messages(Messages.ZH);
        ReportWriter.write(out, r, Map.of(), m, ScoreSummaryTest.META);
        String reason = "等级暂定：预算执行率只有 52.79%，低于 90%，难以评为“优”（grade-unsupported）";
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        assertEquals("优", s.path("grade").asString());
        assertFalse(s.path("provisional").asBoolean(), "provisional stays the want of data's (the aggregate's note says that)");
        assertEquals("grade-unsupported", s.path("gradeProvisional").path("rule").asString());
        assertEquals(reason, s.path("gradeProvisional").path("reason").asString());
        String fp = s.path("gradeProvisional").path("fingerprint").asString();
        boolean listed = false;
        for (JsonNode f : s.path("findings")) {
            listed |= f.path("rule").asString().equals("grade-unsupported") && f.path("fingerprint").asString().equals(fp);
        }
        assertTrue(listed, "the fingerprint is the finding's, listed under findings: " + s.path("findings"));
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains(" · 评分等级 优（暂定）**"), md);
        assertTrue(md.contains("- **" + reason + "**\n"), md);
        assertTrue(md.contains("| **评分等级** | | | | **优（暂定）** |"), md);
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains("<span class=\"grade\">优（暂定）</span>"), html);
        assertTrue(html.contains("<p><strong>" + Escape.html(reason) + "</strong></p>"), html);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            var sheet = wb.getSheetAt(0);
            var last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("等级：优（暂定）；" + reason, last.getCell(6).getStringCellValue());
        }
    }

    @Test
    void t10sGradeIsProvisionalToo() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t10-putuo-tiyu-2022");
        assertEquals("得分：98.62 / 100.00（优（暂定）），评分框架 mof-project-2020 2020.8；"
                        + "等级暂定：预算执行率只有 86.18%，低于 90%，难以评为“优”（grade-unsupported）",
                ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text());
    }

    @Test
    void aGradeNotGivenOrNotDoubtedIsNotMarked() throws Exception {
        // t24: grade-unsupported doubts the department's 97.6 (优); jixiao gives no grade on 80 points
        EngineResult t24 = RealTableRuns.asFiled("t24-cq-rongmeiti-2021");
        doubt(t24);
        assertNull(t24.sheet().gradeDoubt());
        assertFalse(ConsoleReport.scoreLines(t24.sheet(), new Messages(Messages.ZH)).get(0).text().contains("暂定"));
        // t84: 暂定 for want of data, no finding doubting it
        EngineResult t84 = RealTableRuns.asFiled("t84-baoshan-tuiyijunren-2022");
        assertNull(t84.sheet().gradeDoubt());
        assertTrue(ConsoleReport.scoreLines(t84.sheet(), new Messages(Messages.ZH)).get(0).text().contains("（暂定）"));
        Path out = tmp.resolve("t84");
        ReportWriter.write(out, t84, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        assertTrue(s.path("provisional").asBoolean());
        assertFalse(s.has("gradeProvisional"));
    }
}
