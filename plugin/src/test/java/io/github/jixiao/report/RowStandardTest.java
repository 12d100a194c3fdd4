package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row's own 评分标准 (福建 2020's 自评表: "达9个得6分,少检查一个扣1分,扣完为止", real-tables t46) is shown beside the row in the
 * page's 评分表, in the Markdown's 评分标准 column and in the workbook's 绩效指标 sheet, which has 评分标准 and 指标解释 columns
 * only when a row prints one. It is never scored by.
 */
class RowStandardTest {
    private static final String STANDARD = "本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。";

    private static List<String> header(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> out = new ArrayList<>();
            Row h = wb.getSheetAt(1).getRow(1);
            for (int c = 0; c < h.getLastCellNum(); c++) {
                out.add(h.getCell(c).getStringCellValue());
            }
            return out;
        }
    }

    @Test
    void shownWhereARowPrintsOne(@TempDir Path tmp) throws Exception {
        EngineResult r = ScoreSummaryTest.run(ScoreSummaryXlsxTest.realTable("t46-ningde-dizhen-2020"));
        Messages m = new Messages(Messages.ZH);
        String html = ScoreSummaryHtml.render(r, m, ScoreSummaryTest.META);
        assertTrue(html.contains("<br><span class=\"standard\"><b>评分标准</b>：" + STANDARD + "</span></li>"), html);
        assertFalse(html.contains("<b>指标解释</b>"), "no row of t46 prints one");
        String md = ScoreSummaryMarkdown.render(r, m, ScoreSummaryTest.META);
        String row = md.lines().filter(l -> l.contains("· 抽查全市地震监测台站运维情况个数")).findFirst().orElseThrow();
        assertEquals(STANDARD, ScoringStandardTest.cells(row).get(5), row);
        Path p = ScoreSummaryXlsx.write(tmp, r, m, f -> null);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分标准", "指标解释", "分值", "自评得分", "得分",
                "问题"), header(p));
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row first = wb.getSheetAt(1).getRow(2);
            assertEquals(STANDARD, first.getCell(5).getStringCellValue());
            assertEquals("", first.getCell(6).getStringCellValue());
            assertEquals(6, first.getCell(7).getNumericCellValue(), 1e-9);
        }
        assertEquals(new java.math.BigDecimal("21.99"), r.sheet().total(), "the standard is shown, not scored by");
        // score-summary.json: the indicator item carries it (a reviewer's tools read the rule the row was scored by)
        String json = ScoreSummary.json(r, ScoreSummaryTest.META);
        assertTrue(json.contains("\"standard\" : \"" + STANDARD + "\""), json);
        assertFalse(json.contains("\"definition\""), "no row of t46 prints a 指标解释");
    }

    @Test
    void noColumnsWhereNoRowPrintsOne(@TempDir Path tmp) throws Exception {
        EngineResult r = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        Messages m = new Messages(Messages.ZH);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评得分", "得分", "问题"),
                header(ScoreSummaryXlsx.write(tmp, r, m, f -> null)));
        assertFalse(ScoreSummaryHtml.render(r, m, ScoreSummaryTest.META).contains("<br><span class=\"standard\">"));
        String json = ScoreSummary.json(r, ScoreSummaryTest.META);
        assertFalse(json.contains("\"standard\"") || json.contains("\"definition\""), json);
    }
}
