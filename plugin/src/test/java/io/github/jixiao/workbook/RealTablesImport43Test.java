package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
     * t82 prints its 一级 points too (产出指标(40分), 效益指标(30分)) and its 得分 once per 二级 over two rows: since session 56
     * the points are written as the hand has them (the workbook ends before the 满意度 row, the hand's third category), the
     * printed 得分 filling each category's points and the rows printing none read as under the merged cells
     * (CategoryPoints.underMerged, MergedScoreCellTest). Until then they were left out, as the hand had none: an even share
     * of each row contradicted the printed 10 a 二级.
     */
    @Test
    void huangshi2022GroupScoresBesideLevel1Points() throws Exception {
        imported(T82, "t82-huangshi-2022.xlsx", "huangshi-library-2022.json", RealTableWorkbooks42.huangshi2022());
        tools.jackson.databind.JsonNode got = importedFile("indicators.json").path("categories");
        assertEquals(2, got.size(), importedFile("indicators.json").toString());
        assertEquals(handFile("indicators.json").path("categories").get(0), got.get(0));
        assertEquals(handFile("indicators.json").path("categories").get(1), got.get(1));
        findingsAsHand();
    }

    /**
     * t82's 得分 of 数量指标 is printed once over its two rows, merged G12:G13; a number typed into G13 itself (the lower cell
     * of the block, as the merged-cell message advised before session 42: "在 G13 填入该行自己的数字", without unmerging;
     * LibreOffice keeps such a cell's content hidden) is not imported, the block being read by its first cell, and is said
     * at its cell with the block's first cell and what to do. Before, it was dropped without a word.
     */
    @Test
    void huangshi2022NumberUnderAMergedBlockIsSaid() throws Exception {
        var wb = RealTableWorkbooks42.huangshi2022();
        var row = wb.getSheetAt(0).getRow(12);
        (row.getCell(6) == null ? row.createCell(6) : row.getCell(6)).setCellValue(5);
        imported(T82, "t82-huangshi-2022.xlsx", "huangshi-library-2022.json", wb);
        assertEquals(handRows(), importedRows());
        assertEquals(List.of("x: 单元格 Sheet1!G13 在合并单元格中，合并单元格只读其第一格 Sheet1!G12（“10”，属 Sheet1!G12 所在的行）；"
                + "Sheet1!G13 自己填的“5”被合并单元格遮住，未导入。如 Sheet1!G13 所在的行有自己的数字，请取消合并，保留 Sheet1!G13 中的“5”后重新导入"
                + "（-Djixiao.overwrite=true）；如没有，请清除 Sheet1!G13"), said);
        assertEquals(List.of("x: cell Sheet1!G13 lies in a merged block whose first cell is Sheet1!G12 (\"10\"): the block "
                + "is read by its first cell, for the row of Sheet1!G12, and the \"5\" typed in Sheet1!G13 itself, hidden under the block, was not "
                + "imported. If the row of Sheet1!G13 has a figure of its own, unmerge the block, leave \"5\" in Sheet1!G13 and import again "
                + "(-Djixiao.overwrite=true); if not, clear Sheet1!G13"), saidEn);
        findingsAsHand();
    }

    /**
     * t68's 资金投入情况 with the 年度资金总额 line's figures (808.1 | 692.98 | 86%) each merged down over the 其中:中央财政资金
     * line (the central money being the whole, printed once): a merged block's figure is its first cell's, as an indicator
     * row's is (t82), so the 其中 line prints none of its own. Before session 43 the line took the block's figures as its own
     * too (funds() read each cell of the block). The lower cells hold the same figures (as a workbook merged over typed
     * cells may): nothing to say.
     */
    @Test
    void jiuye2024FundsMergedDown() throws Exception {
        var wb = RealTableWorkbooks37.jiuye2024();
        var sheet = wb.getSheetAt(0);
        for (int c = 2; c <= 4; c++) {
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(6, 7, c, c));
        }
        imported("t68-tianjiaan-jiuye-2024", "t68-merged.xlsx", null, wb);
        var funds = importedFile("budget.json").path("funds");
        assertEquals("808.1 692.98 86", funds.path("total").path("fullYear").asString() + " "
                + funds.path("total").path("executed").asString() + " " + funds.path("total").path("executionRatePercent").asString());
        assertEquals("{\"label\":\"其中:中央财政资金\"}", funds.path("components").path(0).toString());
        assertTrue(sidecar().path("submission/budget.json#/funds/components/0/fullYear").isMissingNode());
        assertEquals(List.of(), said.stream().filter(t -> t.contains("合并")).toList());
    }

    /**
     * t63's 项目资金 printed as label | amount lines (当年年度预算 | 65, 其中:财政资金 | 65, 金额单位:万元), the 65 of 当年年度预算
     * merged down over 其中:财政资金's line (C10:C11): the part has no amount of its own (initialAmount reads a merged block by
     * its first cell); a different figure typed in C11 itself (40), hidden under the block, is said at its cell. Before
     * session 43 the part took 65 as its own, and the hidden 40 was dropped without a word.
     */
    @Test
    void yunwu2023AmountMergedDown() throws Exception {
        var wb = RealTableWorkbooks37.yunwu2023();
        var sheet = wb.getSheetAt(0);
        sheet.getRow(10).getCell(2).setCellValue(40);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(9, 10, 2, 2));
        imported("t63-fengjie-yunwu-2023", "t63-merged.xlsx", null, wb);
        var funds = importedFile("budget.json").path("funds");
        assertEquals("65", funds.path("total").path("initial").asString(), funds.toString());
        assertEquals("其中:财政资金", funds.path("components").path(0).path("label").asString(), funds.toString());
        assertTrue(funds.path("components").path(0).path("initial").isMissingNode(), funds.toString());
        assertEquals(List.of("x: 单元格 Sheet1!C11 在合并单元格中，合并单元格只读其第一格 Sheet1!C10（“65”，属 Sheet1!C10 所在的行）；"
                + "Sheet1!C11 自己填的“40”被合并单元格遮住，未导入。如 Sheet1!C11 所在的行有自己的数字，请取消合并，保留 Sheet1!C11 中的“40”后重新导入"
                + "（-Djixiao.overwrite=true）；如没有，请清除 Sheet1!C11"), said.stream().filter(t -> t.contains("合并")).toList());
    }

    /**
     * t71's bond row (its unit printed in the heading, 实际支出金额(万元)) with its 实际支出金额 merged across 下达额度 (D7:E7,
     * 1,437 printed once; E7 holding no figure of its own):
     * bondFunds reads a merged block by its first cell, so 1,437 is the executed amount and 下达额度 prints none (before
     * session 43 E7 gave the full year's 1,437 too, a figure the table does not print there).
     */
    @Test
    void nanhu2022BondFiguresMergedAcross() throws Exception {
        var wb = RealTableWorkbooks38.nanhu2022();
        var sheet = wb.getSheetAt(0);
        sheet.getRow(5).getCell(3).setCellValue("实际支出\n金额(万元)"); // the unit, as RealTablesImport38Test's variant prints it
        sheet.getRow(6).getCell(4).setBlank();
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(6, 6, 3, 4));
        imported("t71-luohu-nanhu-pinggaiguan-2022", "t71-merged.xlsx", "nanhu-bond-project-2022.json", wb);
        var total = importedFile("budget.json").path("funds").path("total");
        assertEquals("1437", total.path("executed").asString(), importedFile("budget.json").toString() + said);
        assertTrue(total.path("fullYear").isMissingNode(), total.toString());
        assertEquals(List.of(), said.stream().filter(t -> t.contains("合并")).toList());
    }

    /**
     * Re-import over files written before session 42 from t82's workbook: G13, the lower cell of 数量指标's merged 得分, was
     * then "在合并单元格中" (the sidecar's unreadable entry, merged), and the message asked for the row's own number "或在 JSON
     * 的这一处补上"; the officer typed 10 into /indicators/1/score. The import now reads the block by its first cell (G12, the
     * first row's) and writes nothing for G13: the typed 10 is not kept (it would count the 二级's 10 twice) and is said,
     * with the cell and what to do. Before session 43 it was dropped without a word.
     */
    @Test
    void huangshi2022NumberTypedForAMergedCellIsSaid() throws Exception {
        imported(T82, "t82-huangshi-2022.xlsx", "huangshi-library-2022.json", RealTableWorkbooks42.huangshi2022());
        // the files as the import before session 42 left them, the number typed as its message asked
        Path side = tmp.resolve("submission").resolve(WorkbookImport.CELLS);
        var sidecar = (tools.jackson.databind.node.ObjectNode) read(side);
        var u = sidecar.putArray("unreadable").addObject();
        u.put("ref", "indicators#/indicators/1/score");
        u.put("cell", "Sheet1!G13");
        u.put("text", "10");
        u.put("merged", true);
        Files.writeString(side, sidecar.toString());
        Path ind = tmp.resolve("submission/indicators.json");
        var doc = (tools.jackson.databind.node.ObjectNode) read(ind);
        ((tools.jackson.databind.node.ObjectNode) doc.path("indicators").path(1)).put("score", 10);
        Files.writeString(ind, doc.toString());

        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/t82-huangshi-2022.xlsx", tmp.resolve("submission"), true,
                "huangshi-library-2022.json");
        assertTrue(read(ind).path("indicators").path(1).path("score").isMissingNode(), read(ind).toString());
        var zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH);
        var en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH);
        assertEquals(List.of("submission/indicators.json#/indicators/1/score（“WIFI布点全覆盖”一行）: 此前在 JSON 中为表中单元格 Sheet1!G13 补上的数 10 "
                + "未保留：Sheet1!G13 在合并单元格中，当时无法导入；现在合并单元格按其第一格读取，属其中第一行，Sheet1!G13 不是本行自己的数。如 Sheet1!G13 "
                + "所在的行有自己的数字，请取消合并，在 Sheet1!G13 填入后重新导入"), r.carried().stream().map(c -> c.message(zh)).toList());
        assertEquals(List.of(false), r.carried().stream().map(Reimport.Carried::kept).toList());
        assertTrue(r.carried().get(0).message(en).contains("the number added to the JSON before, 10, for cell Sheet1!G13 of the table"),
                r.carried().get(0).message(en));
        // re-imported once more (the sidecar now without the entry): nothing more to say
        WorkbookImport.Result again = WorkbookImport.run(tmp, "forms/t82-huangshi-2022.xlsx", tmp.resolve("submission"), true,
                "huangshi-library-2022.json");
        assertEquals(List.of(), again.carried());
    }
}
