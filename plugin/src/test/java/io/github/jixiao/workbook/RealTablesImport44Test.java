package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import path of real tables as session 44 reads them ({@link RealTablesImport43Test} before): each table's workbook,
 * built from its SOURCE.md, imported and held to the hand transcription, with what the import says.
 */
class RealTablesImport44Test extends RealTableImport {
    private static final String T54 = "t54-suixi-linshijiuzhu-2019";

    /**
     * t54 (濉溪 2019) prints a 分值 column and the 一级's points on its label: 产出指标(50分) over eight rows of 5 and 10,
     * 效益指标(30分) over one of 30, 满意度指标(10分) over one of 10. The 一级's points are written as indicators.json's
     * categories without a 二级, each from its 一级's cell (A4, A12, A13), so the score step holds the rows to them; here
     * they add up (5 + 5 + 5 + 5 + 10 + 5 + 5 + 10 = 50, 30, 10): the findings are the hand transcription's, but for
     * the funds, which the committed workbook (the indicator table) does not hold. Before session
     * 44 they were left out (the rows printing their own points).
     */
    @Test
    void suixi2019Level1PointsBesideAPointsColumn() throws Exception {
        imported(T54, RealTableWorkbooks.T54, null);
        assertEquals("[{\"level1\":\"产出指标\",\"points\":50},{\"level1\":\"效益指标\",\"points\":30},{\"level1\":\"满意度指标\",\"points\":10}]",
                importedFile("indicators.json").path("categories").toString());
        assertEquals(List.of("Sheet1!A4", "Sheet1!A12", "Sheet1!A13"), List.of(
                sidecar().path("submission/indicators.json#/categories/0/points").asString(),
                sidecar().path("submission/indicators.json#/categories/1/points").asString(),
                sidecar().path("submission/indicators.json#/categories/2/points").asString()));
        assertEquals(handRows(), importedRows());
        assertEquals(List.of(), said);
        // the committed workbook is the indicator table alone: the funds the hand's budget.json holds are not in it
        List<String> findings = new ArrayList<>(ImportedTables.findings(tmp, true));
        assertTrue(findings.remove("score-input-missing  /funds/total/executed error"), findings.toString());
        assertTrue(findings.remove("score-input-missing  /funds/total/fullYear error"), findings.toString());
        assertEquals(ImportedTables.findings(h, true), findings);
    }

    /**
     * t54 with the 分值 of 扶贫临时救助标准 typed 8 (and its 得分 8) where the form prints 10: the eight rows under 产出指标(50分)
     * add up to 48, which score-weights says at the 一级's points (category-rows-level1, at Sheet1!A4's 50). Before session 44
     * the 一级's 50 was not written and nothing held the rows to it.
     */
    @Test
    void suixi2019RowPointsShortOfTheirLevel1() throws Exception {
        imported(T54, RealTableWorkbooks.T54, null, RealTableWorkbooks.edited(RealTableWorkbooks.T54, s -> {
            s.num(10, 3, "8");
            s.num(10, 6, "8");
        }));
        List<String> findings = new ArrayList<>(ImportedTables.findings(tmp, true));
        assertTrue(findings.remove("score-weights category-rows-level1 /categories/0/points warning"), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("score-weights category")), findings.toString());
    }
}
