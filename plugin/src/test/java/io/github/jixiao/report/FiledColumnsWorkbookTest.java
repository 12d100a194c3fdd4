package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.workbook.WorkbookImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * score-summary.xlsx's 绩效指标 sheet at 目标申报 and 运行监控 has the page's jixiao 读作 (after 年度指标值) and 位置 (before
 * 问题) columns, in the page's words (session 44): before, the page and the Markdown said how each target is read and
 * where it sits, and the workbook a finance officer opens did not. Read back with POI: t87 (金安 2025 项目支出绩效目标表),
 * t74 (清涧 2021) imported from its workbook, t15 (黄石 2019 绩效监控表).
 */
class FiledColumnsWorkbookTest {
    @TempDir
    Path tmp;

    /** The 绩效指标 sheet of {@code r}'s workbook, every cell of a row as Excel shows it (a blank as ""). */
    private List<List<String>> indicators(EngineResult r, Locale locale, String dir) throws Exception {
        Path out = tmp.resolve(dir);
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            DataFormatter fmt = new DataFormatter();
            for (Row row : wb.getSheet(locale == Messages.ZH ? "绩效指标" : "Indicators")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void t87TheReadingAndThePlaceAsThePageGivesThem() throws Exception {
        EngineResult r = TargetsTableTest.run(TargetsTableTest.realTable("t87-jinan-wangqiu-2025"), Messages.ZH);
        List<List<String>> zh = indicators(r, Messages.ZH, "zh");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "jixiao 读作", "实际完成值", "分值", "位置", "问题"), zh.get(1));
        assertEquals(List.of("产出指标", "数量指标", "开展运动种类", "1种", "≥ 1 种", "", "", "submission/indicators.json:5:71"),
                zh.get(2).subList(0, 8));
        assertTrue(zh.get(2).get(8).startsWith("[提示] indicator-target-no-comparator: "), zh.get(2).toString());
        assertEquals(List.of("完成时间", "2025年年底前", "≤ 2025-12-31"), zh.get(6).subList(2, 5));
        assertEquals(List.of("经济效益良好", "定性（文字）"), zh.get(8).subList(3, 5));
        assertEquals("submission/indicators.json:15:72", zh.get(12).get(7));
        assertEquals(11 + 2, zh.size());
        List<List<String>> en = indicators(r, Locale.ENGLISH, "en");
        assertEquals(List.of("Level 1", "Level 2", "Indicator", "Target", "Read by jixiao as", "Actual", "Points", "Where", "Findings"), en.get(1));
        assertEquals(List.of("1种", "≥ 1 种", "", "", "submission/indicators.json:5:71"), en.get(2).subList(3, 8));
        assertEquals("qualitative (words)", en.get(8).get(4));
    }

    @Test
    void t74ImportedThePlaceNamesTheCell() throws Exception {
        Path h = TargetsTableTest.realTable("t74-qingjian-guoyuanlu-2021");
        Path p = tmp.resolve("p");
        Files.createDirectories(p.resolve("forms"));
        Files.copy(Path.of(getClass().getResource("/real-table-workbooks/t74-qingjian-guoyuanlu-2021.xlsx").toURI()), p.resolve("forms/t74.xlsx"));
        Files.copy(h.resolve("qingjian-project-2021.json"), p.resolve("qingjian-project-2021.json"), StandardCopyOption.REPLACE_EXISTING);
        WorkbookImport.run(p, "forms/t74.xlsx", p.resolve("submission"), true, "qingjian-project-2021.json");
        EngineResult r = TargetsTableTest.run(p, Messages.ZH);
        List<List<String>> zh = indicators(r, Messages.ZH, "zh");
        int place = zh.get(1).indexOf("位置");
        assertEquals(zh.get(1).size() - 2, place, zh.get(1).toString());
        for (List<String> row : zh.subList(2, zh.size())) {
            assertTrue(row.get(place).matches("submission/indicators\\.json:\\d+:\\d+（单元格 Sheet1!E\\d+）"), row.toString());
        }
        List<List<String>> en = indicators(r, Locale.ENGLISH, "en");
        assertTrue(en.get(2).get(place).matches("submission/indicators\\.json:\\d+:\\d+ \\(cell Sheet1!E\\d+\\)"), en.get(2).toString());
    }

    @Test
    void t15AtMonitoringLikewise() throws Exception {
        EngineResult r = TargetsTableTest.run(TargetsTableTest.realTable("t15-huangshi-shenyi-2019"), Messages.ZH);
        List<List<String>> zh = indicators(r, Messages.ZH, "zh");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "jixiao 读作", "1-6月完成值", "分值", "位置", "问题"), zh.get(1));
        assertEquals(List.of("产出指标", "质量", "", "", "（未填）", "", "", "submission/indicators.json:5:5"), zh.get(2).subList(0, 8));
        // the 成本 target read as the budget total indicator-input-as-output's budget-restated names (session 45)
        assertEquals(List.of("年度预算220万元", "预算总额 220 万元（非指标值）", "按进度执行,已使用约40%", "", "submission/indicators.json:16:17"),
                zh.get(4).subList(3, 8));
        assertTrue(zh.get(4).get(8).startsWith("[警告] indicator-input-as-output: "), zh.get(4).toString());
    }
}
