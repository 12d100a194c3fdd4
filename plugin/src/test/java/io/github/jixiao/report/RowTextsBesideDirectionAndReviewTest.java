package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A row's own 评分标准 (福建 2020, RowStandardTest) beside the 指标方向 (DirectionInReportsTest) and the 复核分
 * (ReviewedScoreReportTest) of the same row: each report shows all three. t46 (宁德市地震局 2020) with 正向 and a 复核分
 * of 5 written on its first row, which prints its 评分标准. The workbook's 绩效指标 sheet: 年度指标值, 指标方向, 实际完成值,
 * 评分标准, 指标解释, 分值, 自评得分, 复核分, 得分.
 */
class RowTextsBesideDirectionAndReviewTest {
    private static final String STANDARD = "本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。";

    @Test
    void allThreeShown(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t46");
        Samples.copyTreeEditingIndicators(ScoreSummaryXlsxTest.realTable("t46-ningde-dizhen-2020"), project, root -> {
            ((ObjectNode) root.at("/indicators/0")).put("direction", "正向");
            ((ObjectNode) root.at("/indicators/0")).put("reviewedScore", 5);
        });

        EngineResult r = ScoreSummaryTest.run(project);
        Messages m = new Messages(Messages.ZH);
        assertEquals(new BigDecimal("21.99"), r.sheet().total(), "neither the standard nor the 复核分 changes the score");

        String md = ScoreSummaryMarkdown.render(r, m, ScoreSummaryTest.META);
        String row = md.lines().filter(l -> l.contains("· 抽查全市地震监测台站运维情况个数")).findFirst().orElseThrow();
        List<String> cells = ScoringStandardTest.cells(row);
        assertEquals("· 抽查全市地震监测台站运维情况个数（正向，按 ≥）", cells.get(2), row);
        assertEquals(List.of("6.00", "6.00", "5.00"), cells.subList(3, 6), row);
        assertEquals(STANDARD, cells.get(6), row);

        String html = ScoreSummaryHtml.render(r, m, ScoreSummaryTest.META);
        assertTrue(html.contains("<li>抽查全市地震监测台站运维情况个数（正向，按 ≥）：6.00 / 6.00 · 复核分 5.00（"), html);
        assertTrue(html.contains("<br><span class=\"standard\"><b>评分标准</b>：" + STANDARD + "</span></li>"), html);

        Path x = ScoreSummaryXlsx.write(tmp, r, m, f -> null);
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row h = wb.getSheetAt(1).getRow(1);
            List<String> heads = new ArrayList<>();
            for (int c = 0; c < h.getLastCellNum(); c++) {
                heads.add(h.getCell(c).getStringCellValue());
            }
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "指标方向", "实际完成值", "评分标准", "指标解释", "分值",
                    "自评得分", "复核分", "得分", "问题"), heads);
            Row first = wb.getSheetAt(1).getRow(2);
            assertEquals("正向", first.getCell(4).getStringCellValue());
            assertEquals(STANDARD, first.getCell(6).getStringCellValue());
            assertEquals(6, first.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals(6, first.getCell(9).getNumericCellValue(), 1e-9);
            assertEquals(5, first.getCell(10).getNumericCellValue(), 1e-9);
        }
    }
}
