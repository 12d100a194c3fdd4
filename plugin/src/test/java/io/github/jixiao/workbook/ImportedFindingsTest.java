package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Snippets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings on imported data name the cell, in every report; import → check → export keeps every row. */
class ImportedFindingsTest {
    static final ReportMeta META = new ReportMeta("0.1.0-TEST", "1.0", "2026-01-01T00:00:00Z");

    @Test
    void everyReportNamesTheCell(@TempDir Path tmp) throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        // the cells the engine read for the check (the one reading of the sidecar)
        Cells cells = Cells.of(r);
        Path out = tmp.resolve("target/jixiao");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), META, Snippets.none(), cells);
        // the template row (10th indicator, row 22) and the total row left at 0 (row 6: one finding at the row, its label
        // cell C6, since session 33; before, one per cell, E6 its 全年预算数)
        String fj = Files.readString(out.resolve("findings.json"));
        assertTrue(fj.contains("\"cell\" : \"自评表!B22\""), fj);
        assertTrue(fj.contains("自评表!C6"), "sum-mismatch on /funds/total names C6");
        String sarif = Files.readString(out.resolve("findings.sarif"));
        assertTrue(sarif.contains("relatedLocations") && sarif.contains(".xlsx\"") && sarif.contains("自评表!C6"), sarif);
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains("（单元格 自评表!C6）"));
        // score-summary.md too, which init's README offers beside the page (it named the JSON line only: session 30 trial)
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.matches("(?s).*\\[sum-mismatch\\] submission/budget\\.json:\\d+（单元格 自评表\\\\!C6） .*"), md); // \\! shows as !
        List<ConsoleReport.Line> lines = ConsoleReport.render(r.findings(), null, new Messages(Messages.ZH), 3, Map.of(),
                java.util.Set.of(), cells);
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("（单元格 自评表!C6）")), lines.toString());
        // a submission typed by hand has no cells
        assertTrue(!Files.readString(out.resolve("findings.json")).isEmpty());
        assertEquals(null, Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("nothing"))).of(r.findings().get(0)));
    }

    /**
     * The reports name the cells the check read: the sidecar is read once, by the engine (before, each report read it
     * again, and a sidecar changed between the two readings named other cells than the check had used).
     */
    @Test
    void theReportsNameTheCellsTheCheckRead(@TempDir Path tmp) throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        Path sidecar = tmp.resolve("submission/" + WorkbookImport.CELLS);
        Files.writeString(sidecar, Files.readString(sidecar).replace("自评表!C6", "自评表!Z99"));
        Path out = tmp.resolve("target/jixiao");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), META, Snippets.none(), Cells.of(r));
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains("（单元格 自评表!C6）") && !html.contains("Z99"), html);
        Files.delete(sidecar);
        assertTrue(ConsoleReport.render(r.findings(), null, new Messages(Messages.ZH), 3, Map.of(), java.util.Set.of(), Cells.of(r))
                .stream().anyMatch(l -> l.text().contains("（单元格 自评表!C6）")));
    }

    @Test
    void roundTripKeepsEveryIndicatorRow(@TempDir Path tmp) throws Exception {
        Path book = FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        Path out = tmp.resolve("target/jixiao");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), META, Snippets.none(), Cells.of(r));
        DataFormatter fmt = new DataFormatter();
        try (InputStream a = Files.newInputStream(book); XSSFWorkbook in = new XSSFWorkbook(a);
             InputStream b = Files.newInputStream(out.resolve("score-summary.xlsx")); XSSFWorkbook exp = new XSSFWorkbook(b)) {
            Sheet src = in.getSheet("自评表");
            Sheet dst = exp.getSheet("绩效指标");
            int first = 12; // the first indicator row of the built sheet (0-based)
            for (int i = 0; i < FormWorkbooks.TANGXI.length; i++) {
                Row s = src.getRow(first + i);
                Row d = dst.getRow(2 + i);
                // 二级, 三级, 年度指标值, 实际完成值, 分值, 自评得分: the same values
                for (int[] pair : new int[][] {{2, 1}, {3, 2}, {4, 3}, {5, 4}}) {
                    assertEquals(fmt.formatCellValue(s.getCell(pair[0])), fmt.formatCellValue(d.getCell(pair[1])), "row " + i);
                }
                for (int[] pair : new int[][] {{6, 5}, {7, 6}}) {
                    String v = fmt.formatCellValue(s.getCell(pair[0]));
                    if (v.isEmpty()) {
                        assertEquals("", fmt.formatCellValue(d.getCell(pair[1])));
                    } else {
                        assertEquals(Double.parseDouble(v), d.getCell(pair[1]).getNumericCellValue(), 1e-9, "row " + i);
                    }
                }
            }
            assertEquals(FormWorkbooks.TANGXI.length, dst.getLastRowNum() - 1);
        }
    }
}
