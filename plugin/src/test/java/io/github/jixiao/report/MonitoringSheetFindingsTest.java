package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook's 运行监控情况 sheet gives each indicator row's findings in a column of its own, headed and worded as the
 * page's 本行问题 (severity and rule; the messages are on the 问题 sheet). Since R10 (session 44) the sheet lists a row
 * that files nothing when a finding is on it, as the page does: t15's (黄石 申遗经费 2019) 质量 and 时效 rows, each with its
 * indicator-incomplete error, stood there with blank cells and no word of why. Read back with POI, zh and en; each row's
 * cell is the Markdown table's 本行问题 cell (the page's words).
 */
class MonitoringSheetFindingsTest {
    @TempDir
    Path tmp;

    /** The 运行监控情况 sheet's rows, every cell up to the row's last (blanks as ""), and the Markdown. */
    private List<List<String>> sheet(EngineResult r, Locale locale, String dir, String[] md) throws Exception {
        Path out = tmp.resolve(dir);
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        md[0] = Files.readString(out.resolve("score-summary.md"));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            for (Row row : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void t15EachIndicatorRowSaysItsFindings() throws Exception {
        EngineResult r = TargetsTableTest.run(TargetsTableTest.realTable("t15-huangshi-shenyi-2019"), Messages.ZH);
        String[] md = new String[1];
        List<List<String>> zh = sheet(r, Messages.ZH, "zh", md);
        // the funds' heading is the sheet's header: blank above the new column
        assertEquals(List.of("资金（万元）", "年初预算数", "全年预算数", "1-6月执行数", "执行进度", "全年预计执行数", ""), zh.get(1));
        assertEquals(List.of("指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成目标可能性", "偏差原因及措施", "本行问题"), zh.get(6));
        assertEquals(List.of("质量", "", "", "", "", "", "错误 indicator-incomplete"), zh.get(7));
        assertEquals(List.of("时效", "", "", "", "", "", "错误 indicator-incomplete"), zh.get(8));
        assertEquals(List.of("成本", "年度预算220万元", "按进度执行,已使用约40%", "", "确定能", "", "警告 indicator-input-as-output"), zh.get(9));
        assertEquals("错误 indicator-incomplete", zh.get(10).get(6));
        assertEquals(11, zh.size());
        sameAsThePage(zh.subList(7, 11), md[0]);
        List<List<String>> en = sheet(r, Locale.ENGLISH, "en", md);
        assertEquals("Findings on the row", en.get(6).get(6));
        assertEquals(List.of("质量", "", "", "", "", "", "error indicator-incomplete"), en.get(7));
        assertEquals("warning indicator-input-as-output", en.get(9).get(6));
        sameAsThePage(en.subList(7, 11), md[0]);
        // the same bytes' worth twice
        assertEquals(zh, sheet(r, Messages.ZH, "zh2", md));
    }

    /** Each sheet row's findings cell is the Markdown's 本行问题 cell of the row with its name (the page's words). */
    private static void sameAsThePage(List<List<String>> rows, String md) {
        for (List<String> row : rows) {
            String line = md.lines().filter(l -> l.startsWith("| " + row.get(0) + " | ")).findFirst().orElseThrow(() -> new AssertionError(row + "\n" + md));
            String cell = FindingAnchorsTest.unlinked(line.substring(line.lastIndexOf(" | ", line.length() - 3) + 3, line.length() - 2));
            assertEquals(cell, row.get(6), line);
            assertTrue(!cell.isEmpty(), line);
        }
    }
}
