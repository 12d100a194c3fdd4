package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A department's scoring reason is the evidence a reviewer weighs for an assessed criterion's points (UR29 defect 7: the
 * sample's 效果性 reason of 126 characters ended "…主题…）" in every output, cut at 80). The sample's copy with 效果性 at 20
 * and its reason made 260 characters long: score-summary.json, .md, .html and .xlsx quote it whole; only the console's
 * line cuts it at 200 characters with "…", as README says of long values.
 */
class AssessedReasonWholeTest {

    @TempDir
    Path tmp;

    /** The last words of the reason: past 80 and past 200 characters. */
    private static final String TAIL = "复核时请对照佐证材料第十二项逐条核验";

    @Test
    void theReasonIsWholeInTheReportsAndCutOnlyOnTheConsole() throws Exception {
        Path project = tmp.resolve("p");
        Samples.copyProject(project);
        Path file = project.resolve("submission/self-assessment.json");
        JsonNode root = Json.mapper().readTree(Files.readString(file));
        String reason = null;
        for (JsonNode c : root.path("criteria")) {
            if (c.path("criterion").asString().equals("effectiveness")) {
                StringBuilder r = new StringBuilder(c.path("reason").asString());
                while (r.length() < 260 - TAIL.length()) {
                    r.append("另有佐证材料附后");
                }
                reason = r.append(TAIL).toString();
                ((ObjectNode) c).put("score", 20).put("reason", reason);
            }
        }
        Files.writeString(file, Json.mapper().writeValueAsString(root));
        assertTrue(reason.length() > 200, "the reason is longer than the console's cut");

        EngineResult r = ScoreSummaryTest.run(project);
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META);
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("score-summary.json")));
        String explanation = null;
        for (JsonNode c : s.path("criteria")) {
            if (c.path("id").asString().equals("effectiveness")) {
                explanation = c.path("explanation").asString();
            }
        }
        assertEquals("自评 20（理由：" + reason + "）", explanation, "score-summary.json");
        assertTrue(Files.readString(out.resolve("score-summary.md")).contains(reason), "score-summary.md");
        assertTrue(Files.readString(out.resolve("score-summary.html")).contains(reason), "score-summary.html");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            boolean found = false;
            for (var row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().contains(reason);
                }
            }
            assertTrue(found, "the 评分表 sheet's 计算过程 cell");
        }

        String line = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).stream().map(ConsoleReport.Line::text)
                .filter(t -> t.contains("社会效益")).findFirst().orElseThrow();
        assertTrue(line.contains("（理由：" + reason.substring(0, 120)), line);
        assertFalse(line.contains(TAIL), "the console cuts the reason: " + line);
        assertTrue(line.contains("…"), line);
        String shown = line.substring(line.indexOf("自评 20"), line.lastIndexOf('…') + 1);
        assertEquals(200, shown.codePointCount(0, shown.length()), "cut at 200 characters: " + shown);
    }
}
