package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import path of real tables as session 43 reads them, as {@link RealTablesImport42Test} holds t84 and t82: each
 * table's workbook built from its SOURCE.md, imported and held to the hand transcription, with what the import says.
 */
class RealTablesImport43Test extends RealTableImport {
    private static final String T84 = "t84-baoshan-tuiyijunren-2022";
    private static final String T82 = "t82-huangshi-tushuguan-2022";

    /**
     * t84 prints no 分值 column and its 一级 labels carry the points, 产出指标(60分), 效益指标(10分), 满意度指标(10分): indicators.json's
     * categories without a 二级, each from its 一级's cell (B11, B15, B17), as transcribed by hand, so that check scores the rows
     * on them as it does the hand's. Before session 43 the points were dropped with the label's "(60分)" and no row could be
     * scored.
     */
    @Test
    void baoshan2022Level1Points() throws Exception {
        imported(T84, "t84-baoshan-2022.xlsx", "baoshan-project-2022.json", RealTableWorkbooks42.baoshan2022());
        assertEquals(handFile("indicators.json").path("categories"), importedFile("indicators.json").path("categories"));
        assertEquals(3, importedFile("indicators.json").path("categories").size());
        assertEquals(List.of("Sheet1!B11", "Sheet1!B15", "Sheet1!B17"), List.of(
                sidecar().path("submission/indicators.json#/categories/0/points").asString(),
                sidecar().path("submission/indicators.json#/categories/1/points").asString(),
                sidecar().path("submission/indicators.json#/categories/2/points").asString()));
        assertEquals(List.of(), said);
        findingsAsHand();
    }

    /**
     * t82 prints its 一级 points too (产出指标(40分), 效益指标(30分)), but its 得分 once per 二级 over two rows: an even share of
     * each row would contradict the printed scores (10 per 二级), so the points are not written, as the hand has none.
     */
    @Test
    void huangshi2022GroupScoresKeepNoLevel1Points() throws Exception {
        imported(T82, "t82-huangshi-2022.xlsx", "huangshi-library-2022.json", RealTableWorkbooks42.huangshi2022());
        assertTrue(importedFile("indicators.json").path("categories").isMissingNode(), importedFile("indicators.json").toString());
        findingsAsHand();
    }
}
