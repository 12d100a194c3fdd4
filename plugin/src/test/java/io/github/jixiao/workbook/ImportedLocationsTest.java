package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding on imported data about the list as a whole, or about something missing from a table, names the table
 * (its heading row to its last row), not the JSON's first line or the array's line the officer never wrote (x27 B6, C2).
 */
class ImportedLocationsTest {

    @Test
    void aFindingOnTheListNamesTheIndicatorTable(@TempDir Path tmp) throws Exception {
        // 棠溪 2022's indicators carry 90 points, not 100: score-weights is about the indicator list (/indicators)
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        Finding missing = only(r, "score-weights", "/indicators");
        // the heading row (row 12: 一级指标 in B … 偏差原因分析及改进措施 in I) to the last indicator row (22)
        assertEquals("自评表!B12:I22", cells.of(missing));
        List<ConsoleReport.Line> lines = ConsoleReport.render(r.findings(), null, new Messages(Messages.ZH), 3, Map.of(),
                java.util.Set.of(), cells);
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("（单元格 自评表!B12:I22）")
                && l.text().contains("score-weights")), lines.toString());
        // a row's own cell is still the row's
        Finding row = r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/")).findFirst().orElseThrow();
        assertTrue(cells.of(row).matches("自评表![A-I](1[3-9]|2[0-2])"), cells.of(row));

        // the same files typed by hand (no sidecar): no cell, the JSON's line as before
        Path hand = tmp.resolve("hand");
        Files.createDirectories(hand.resolve("submission"));
        try (var s = Files.list(tmp.resolve("submission"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(p, hand.resolve("submission").resolve(p.getFileName()));
            }
        }
        EngineResult h = WorkbookImportTest.check(hand);
        Finding typed = only(h, "score-weights", "/indicators");
        assertNull(Cells.of(io.github.jixiao.engine.Imported.read(hand, hand.resolve("submission"))).of(typed));
        assertEquals(missing.line(), typed.line());
    }

    @Test
    void aCriterionWithNoRowNamesTheScoreTable(@TempDir Path tmp) throws Exception {
        // 附件2 without its first criterion's row (决策依据's name and score cleared): score-input-missing has no claim to
        // point at, and named self-assessment.json 1:1; now the 评分表, heading row to last criterion row
        XSSFWorkbook wb = FormWorkbooks.futianWithScores(FutianImportTest.SAMPLE);
        Row first = wb.getSheet("附件2").getRow(4);
        for (int c = 2; c <= 6; c++) {
            first.removeCell(first.getCell(c));
        }
        Files.createDirectories(tmp.resolve("forms"));
        FormWorkbooks.save(wb, tmp.resolve("forms/附件.xlsx"));
        WorkbookImport.run(tmp, "forms/附件.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        // (key assessed-no-row since the message says to add the row to the 评分表, not to self-assessment.json)
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("score-input-missing") && x.key().equals("assessed-no-row")
                && x.file().endsWith("self-assessment.json")).findFirst().orElseThrow(() -> new AssertionError(r.findings()));
        assertEquals("", f.pointer());
        assertEquals("附件2!A4:G25", cells.of(f));
        // a claim's own cell is still its row's
        Finding claim = r.findings().stream().filter(x -> x.file().endsWith("self-assessment.json") && x.pointer().startsWith("/criteria/"))
                .findFirst().orElse(null);
        if (claim != null) {
            assertTrue(cells.of(claim).matches("附件2![A-G]\\d+"), cells.of(claim));
        }
    }

    private static Finding only(EngineResult r, String rule, String pointer) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " at " + pointer + ": " + r.findings()));
    }
}
