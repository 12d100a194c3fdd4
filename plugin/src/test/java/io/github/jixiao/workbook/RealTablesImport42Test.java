package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import path of real tables as session 42 reads them (t84, t82 …), as {@link RealTablesImport41Test} holds t80 and t81:
 * each table's workbook as {@link RealTableWorkbooks42} builds it from its SOURCE.md, imported and held to the hand
 * transcription field by field, with what the import says.
 */
class RealTablesImport42Test extends RealTableImport {
    private static final String T84 = "t84-baoshan-tuiyijunren-2022";
    private static final String T82 = "t82-huangshi-tushuguan-2022";

    private void baoshan() throws Exception {
        imported(T84, "t84-baoshan-2022.xlsx", "baoshan-project-2022.json", RealTableWorkbooks42.baoshan2022());
    }

    private void huangshi() throws Exception {
        imported(T82, "t82-huangshi-2022.xlsx", "huangshi-library-2022.json", RealTableWorkbooks42.huangshi2022());
    }

    /**
     * t84 prints its total and grade on one row under the indicators, 总分(100分) | 100 | 自评等级 | 优: self-assessment.json's
     * stated total and grade, each from its cell (100 from B19, the first cell of its merged block; 优 from F19), as
     * transcribed by hand; the five indicators as the hand has them (the 数量 row's name, a list of counts, as printed; the
     * empty row closing each 一级's block, its merged 一级 alone, no row), nothing said, and check says of the import what it
     * says of the hand transcription. Before session 42 the label with its points, 总分(100分), was no total: the row was a
     * sixth indicator named 100 with target 自评等级 and its 优 "应为数字" (workbook-cell-unreadable merged, schema enum,
     * placeholder-left, indicator-category-unknown), and no stated total or grade.
     */
    @Test
    void baoshan2022TotalAndGrade() throws Exception {
        baoshan();
        assertEquals(handRows(), importedRows());
        assertEquals(handFile("self-assessment.json").path("stated"), importedFile("self-assessment.json").path("stated"));
        assertEquals("Sheet1!B19", sidecar().path("submission/self-assessment.json#/stated/total").asString());
        assertEquals("Sheet1!F19", sidecar().path("submission/self-assessment.json#/stated/grade").asString());
        deptAsHand("name", "kind", "year", "stage", "framework", "title", "reportDate", "project", "problems", "improvements");
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals(List.of(), said);
        findingsAsHand();
    }

    /**
     * t82 prints the 得分 once for a 二级's two rows (数量指标, 时效指标, 环境效益), the cell merged down them: the figure is the
     * merged block's first cell's, the first row's score, as transcribed by hand, and the second row prints none of its own,
     * which is nothing to say; check says of the import what it says of the hand transcription. Before session 42 each lower
     * cell (G13, G16, G22) was "在合并单元格中" (workbook-cell-unreadable merged): three errors on a correct print.
     */
    @Test
    void huangshi2022MergedScores() throws Exception {
        huangshi();
        assertEquals(handRows(), importedRows());
        assertEquals("Sheet1!G15", sidecar().path("submission/indicators.json#/indicators/3/score").asString());
        assertEquals(List.of(), said);
        assertEquals(List.of(), saidEn);
        deptAsHand("name", "kind", "year", "stage", "framework", "title", "reportDate", "project");
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        findingsAsHand();
    }
}
