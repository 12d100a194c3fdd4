package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * workbook-cell-unreadable shows the JSON to type, as score-input-missing does ({@code "score": …}): E3's trial
 * (session 40) found "或在 JSON 中补上单元格 G11 的数" naming the cell and the row's line but not what to write there. The
 * finding stays the same one (the JSON is a detail: same fingerprint, so a baseline entry still holds it). On the
 * committed workbook of t13 (a real table) with its first indicator row's score cell holding 见附件.
 */
class UnreadableCellJsonTest {
    @TempDir
    Path tmp;

    @Test
    void theMessageSaysWhatToTypeWhereTheFindingIs() throws Exception {
        Path first = tmp.resolve("first");
        FormWorkbooks.save(RealTableWorkbooks.committed(RealTableWorkbooks.T13), first.resolve("forms/" + RealTableWorkbooks.T13));
        WorkbookImport.run(first, "forms/" + RealTableWorkbooks.T13, first.resolve("submission"), false);
        JsonNode side = JsonMapper.builder().build().readTree(Files.readString(first.resolve("submission/.jixiao-cells")));
        String address = side.path("cells").path("submission/indicators.json#/indicators/0/score").asString();
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address.substring(address.indexOf('!') + 1));
        XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T13);
        wb.getSheetAt(0).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue("见附件");
        FormWorkbooks.save(wb, tmp.resolve("forms/" + RealTableWorkbooks.T13));
        WorkbookImport.run(tmp, "forms/" + RealTableWorkbooks.T13, tmp.resolve("submission"), false);

        List<Finding> found = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("workbook-cell-unreadable")).toList();
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("/indicators/0/score", f.pointer());
        // the finding's line is the row's: the JSON shown goes into that object
        String line = Files.readAllLines(tmp.resolve("submission/indicators.json"), StandardCharsets.UTF_8).get(f.line() - 1);
        assertEquals('{', line.charAt(f.column() - 1), line); // the row's brace
        String zh = new Messages(Messages.ZH).message(f);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(zh.contains("或在 JSON 的这一处补上单元格 " + address + " 的数：\"score\": …（数字，不加引号）"), zh);
        assertTrue(en.contains("or add the number of " + address + " to the JSON here: \"score\": … (the number, without quotes)"), en);
        // the same finding as before the JSON was shown: a baseline entry written then still holds it
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), f.key(), f.args().subList(0, 3)), Fingerprints.of(f));
    }
}
