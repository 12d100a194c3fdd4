package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Session 58 (L5; s57 L3's left-alone 2): a grade grade-unsupported doubts is 暂定 (since session 57), unless the department
 * explains the doubt in jixiao-suppressions: a suppression carries a written reason, which a reviewer reads as the
 * department's answer, so the mark is lifted and every report says the doubt was explained and why. A baseline holds old
 * findings without a word of why: the grade stays 暂定. On 四川 普惠金融 (t83: 100.00, 优 at 52.79 % executed). The review
 * decides it ({@link Review#applyTo}): the engine sees no suppressions.
 */
class SuppressedGradeDoubtTest {

    private static final String REASON = "资金于年底拨付，执行率按次年 3 月计为 98%，已经财政局确认";

    private static final ReportMeta META = new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z");

    @TempDir
    Path tmp;

    private static Finding doubt(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("grade-unsupported")).findFirst().orElseThrow();
    }

    private Suppressions suppressing(Finding f, String reason) throws Exception {
        Path file = tmp.resolve("jixiao-suppressions.json");
        Files.writeString(file, "{\"suppressions\": [{\"rule\": \"grade-unsupported\", \"file\": \"" + f.file() + "\", \"pointer\": \""
                + f.pointer() + "\", \"reason\": \"" + reason + "\"}]}", StandardCharsets.UTF_8);
        return Suppressions.load(file, "jixiao-suppressions.json");
    }

    @Test
    void aSuppressionWithItsReasonLiftsTheMark() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t83-sichuan-puhui-jinrong");
        Review review = Review.of(r.findings(), suppressing(doubt(r), REASON), Baseline.none());
        assertEquals(REASON, review.suppressed().get(doubt(r)));
        EngineResult shown = review.applyTo(r);
        assertFalse(shown.sheet().gradeProvisional());
        assertEquals(REASON, shown.sheet().gradeDoubtSuppressed());
        String said = "等级存疑（grade-unsupported）已在 jixiao-suppressions 中说明，等级不再暂定（抑制理由：" + REASON + "）";
        assertEquals("得分：100.00 / 100.00（优），评分框架 puhui-transfer-sichuan 1；" + said,
                ConsoleReport.scoreLines(shown.sheet(), new Messages(Messages.ZH)).get(0).text());
        assertTrue(ConsoleReport.scoreLines(shown.sheet(), new Messages(Locale.ENGLISH)).get(0).text()
                .endsWith("; the doubt of the grade (grade-unsupported) is explained in jixiao-suppressions, so the grade is not provisional"
                        + " (the reason given: " + REASON + ")"));

        Path out = tmp.resolve("out");
        ReportWriter.write(out, shown, review.suppressed(), new Messages(Messages.ZH), META);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        assertFalse(s.has("gradeProvisional"), "the grade is not 暂定");
        assertEquals("grade-unsupported", s.path("gradeDoubtSuppressed").path("rule").asString());
        assertEquals(REASON, s.path("gradeDoubtSuppressed").path("reason").asString());
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains(" · 评分等级 优**"), md);
        assertTrue(md.contains("- **" + said + "**\n"), md);
        assertTrue(Files.readString(out.resolve("score-summary.html")).contains("<span class=\"grade\">优</span>"));
        // the aggregate reads it so: no 暂定
        ReportModelReader.assertUnmarkedInTheAggregate(out);
    }

    @Test
    void aBaselinedDoubtKeepsTheMark() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t83-sichuan-puhui-jinrong");
        Path file = tmp.resolve("jixiao-baseline.json");
        Files.writeString(file, Baseline.render(r.findings()), StandardCharsets.UTF_8);
        Review review = Review.of(r.findings(), Suppressions.none(), Baseline.load(tmp, file));
        assertTrue(review.baselined().contains(doubt(r)));
        EngineResult shown = review.applyTo(r);
        assertSame(r.sheet(), shown.sheet());
        assertTrue(shown.sheet().gradeProvisional());
        assertTrue(ConsoleReport.scoreLines(shown.sheet(), new Messages(Messages.ZH)).get(0).text()
                .contains("（优（暂定）），评分框架 puhui-transfer-sichuan 1；等级暂定：预算执行率只有 52.79%"));
    }

    @Test
    void aSuppressionOfAnotherFindingLeavesTheMark() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t83-sichuan-puhui-jinrong");
        Finding other = r.findings().stream().filter(f -> f.ruleId().equals("satisfaction-without-survey")).findFirst().orElseThrow();
        Path file = tmp.resolve("jixiao-suppressions.json");
        Files.writeString(file, "{\"suppressions\": [{\"rule\": \"satisfaction-without-survey\", \"file\": \"" + other.file()
                + "\", \"reason\": \"问卷另附\"}]}", StandardCharsets.UTF_8);
        EngineResult shown = Review.of(r.findings(), Suppressions.load(file, "jixiao-suppressions.json"), Baseline.none()).applyTo(r);
        assertTrue(shown.sheet().gradeProvisional());
        assertNull(shown.sheet().gradeDoubtSuppressed());
    }

    /** The aggregate of one department's reports, as jixiao:aggregate reads them from its folder. */
    private static final class ReportModelReader {
        static void assertUnmarkedInTheAggregate(Path out) throws Exception {
            var summary = Json.mapper().readValue(Files.readString(out.resolve("score-summary.json")),
                    io.github.jixiao.report.ReportModel.SummaryDocument.class);
            var a = io.github.jixiao.report.Aggregate.of(java.util.List.of(new io.github.jixiao.report.Aggregate.Input("puhui", summary, null, null)));
            String md = io.github.jixiao.report.Aggregate.markdown(a, new Messages(Messages.ZH));
            assertTrue(md.contains(" | 100.00 | 优 | "), md);
            assertFalse(md.contains("暂定"), md);
        }
    }
}
