package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import path of real tables as session 45 reads them ({@link RealTablesImport44Test} before): a committed workbook
 * changed as a finance officer changes her own copy before importing it, held to the hand transcription.
 */
class RealTablesImport45Test extends RealTableImport {
    private static final String T13 = "t13-xiangyang-zhongxin-2021";
    private static final String T13_FRAMEWORK = "xiangyang-project-2021.json";

    /** t13 with a row typed under its five indicators (Sheet1 row 16): {@code label} in B16, {@code score} in the 得分 column G16. */
    private void t13WithTotal(String label, String score) throws Exception {
        imported(T13, RealTableWorkbooks.T13, T13_FRAMEWORK, RealTableWorkbooks.edited(RealTableWorkbooks.T13, s -> {
            s.text(15, 1, label);
            s.num(15, 6, score);
        }));
    }

    /**
     * t13 (湖北 襄阳 2021, the 20 + 80 自评表) prints its funds' 得分(20分*执行率) in the funds block (F9, 20) and the rows'
     * 得分 under 年度绩效目标(80分) in G (five rows of 10). A unit adding 合计 under G writes 50: the rows' subtotal, right
     * as a sum. Before session 45 the import read it as the stated total, and check said, as a warning at G16, that the
     * stated 50 fell short of the scores' 70 (20 + 40 + 10) and asked to correct one of them: a false alarm on a correct
     * table. It is now no stated total, said at G16 with the total the table makes (70), and check says of the table what it
     * says of the hand transcription.
     */
    @Test
    void xiangyang2021RowsSubtotalIsNoStatedTotal() throws Exception {
        t13WithTotal("合计", "50");
        assertFalse(Files.exists(tmp.resolve("submission/self-assessment.json")), "no stated total written");
        assertEquals(handRows(), importedRows());
        assertEquals(List.of("note x: 单元格 Sheet1!G16 的“合计”50 正是上面 5 个绩效指标的得分之和，不含资金块的得分 20（单元格 Sheet1!F9）："
                + "读作绩效指标得分的小计，没有作为自评总分导入（全表得分为 50 + 20 = 70）。这不用改；如要写明总分，请在表中加一行“总分”，填 70，"
                + "再重新导入（-Djixiao.overwrite=true）"), said);
        assertEquals(List.of("note x: the total 50 in cell Sheet1!G16 is the sum of the scores of the 5 indicators above it, "
                + "without the funds block's score 20 (cell Sheet1!F9): it was read as the indicators' subtotal, not imported as the "
                + "stated total (the whole table scores 50 + 20 = 70). Nothing needs changing; to state the total, add a total-score "
                + "row with 70 to the table and import again (-Djixiao.overwrite=true)"), saidEn);
        findingsAsHand();
    }

    /**
     * The same row summing the rows and the funds (70) is the table's total, read as before; a 合计 that is neither (60) is
     * the stated total check holds to the scores, as is a 总分 of the rows alone (50): a 总分 says it is the total, so
     * leaving out the funds' 20 is the mismatch it reports, not a subtotal to pass over (since session 49 said by the rows'
     * -rows-stated, which adds the same scores, not also by score-claim-mismatch total-stated).
     */
    @Test
    void xiangyang2021TotalsStayStated() throws Exception {
        t13WithTotal("合计", "70");
        assertEquals("{\"total\":70}", importedFile("self-assessment.json").path("stated").toString());
        assertEquals(List.of(), said);
        // the rows' missing 分值 said with the total the table states (the copy is cut: its framework is partial); since
        // session 48 the rows' printed 50 and the execution's 20 are said to make it (-rows-match; by hand, no total: -rows;
        // -own since session 52, 襄阳's own framework: no citation of 财预〔2020〕10号)
        List<String> stated = new ArrayList<>(ImportedTables.findings(tmp, true));
        // (-unprinted, a note, since session 55: the 20 + 80 form prints no 分值 by design; UnprintedRowPointsTest)
        assertTrue(stated.remove("score-input-missing indicator-points-none-short-rows-match-own-unprinted /indicators info"), stated.toString());
        List<String> hand = new ArrayList<>(ImportedTables.findings(h, true));
        // (by hand since session 50 -rows-partial: the transcribed rows' sum, the copy being cut; with a stated total that
        // those rows make, the copy holds every scored row as far as the table says, and -rows-match stands as before)
        assertTrue(hand.remove("score-input-missing indicator-points-none-short-rows-partial-own-unprinted /indicators info"), hand.toString());
        // (and partial said as the cut only beside either, since session 52: partial-rows, Engine.partialRowsOnce)
        assertTrue(hand.contains("score-weights partial-rows /partial info"), hand.toString());
        assertEquals(hand, stated);

        t13WithTotal("合计", "60");
        assertEquals("{\"total\":60}", importedFile("self-assessment.json").path("stated").toString());
        assertEquals(List.of(), said);
        // since session 49 said by the rows' finding, which adds the same scores (50 + 20 = 70) and now quotes the stated
        // total (-rows-stated), not also by score-claim-mismatch total-stated (Engine.rowsOverStatedOnce)
        List<String> findings = new ArrayList<>(ImportedTables.findings(tmp, true));
        // (-unprinted since session 55, the 20 + 80 form's: a warning, the rows' 得分 and the stated total disagree)
        assertTrue(findings.contains("score-input-missing indicator-points-none-short-rows-partial-stated-own-unprinted /indicators warning"), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("score-claim-mismatch total-stated")), findings.toString());

        // (the cut copy's rows already make more than the stated total: -rows-partial-stated, since session 50, says so,
        // "已超过所写综合评分…未转录的各行只会使合计更大", a mismatch whatever the rows past the cut)
        t13WithTotal("总分", "50");
        assertEquals("{\"total\":50}", importedFile("self-assessment.json").path("stated").toString());
        assertEquals(List.of(), said);
        findings = new ArrayList<>(ImportedTables.findings(tmp, true));
        // (-unprinted since session 55, the 20 + 80 form's: a warning, the rows' 得分 and the stated total disagree)
        assertTrue(findings.contains("score-input-missing indicator-points-none-short-rows-partial-stated-own-unprinted /indicators warning"), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("score-claim-mismatch total-stated")), findings.toString());
    }

    /**
     * t54 (濉溪 2019) with a working column inserted after 三级指标 (D, 上年指标值, each row's 100) and hidden, as a unit keeps
     * last year's figures beside this year's: the rows are read as printed (the hidden column's figures in none of them), and
     * the one line said names the heading's cell as hidden, which the sheet does not show; before session 45 it was said as
     * any heading not recognised, Sheet1!D3, a cell she could not find on her screen.
     */
    @Test
    void suixi2019HiddenWorkingColumnIsSaidHidden() throws Exception {
        var wb = RealTableWorkbooks.committed(RealTableWorkbooks.T54);
        var sheet = wb.getSheetAt(0);
        sheet.shiftColumns(3, 7, 1);
        new FormWorkbooks.S(sheet).text(2, 3, "上年指标值");
        for (int r = 3; r <= 12; r++) {
            new FormWorkbooks.S(sheet).num(r, 3, "100");
        }
        sheet.setColumnHidden(3, true);
        imported("t54-suixi-linshijiuzhu-2019", RealTableWorkbooks.T54, null, wb);
        assertEquals(handRows(), importedRows());
        assertEquals(List.of("x: 表头 Sheet1!D3“上年指标值”未识别，该列未导入（这是一列隐藏列，在 Excel 或 WPS 中取消隐藏才看得到；"
                + "这一列不需要导入的，不用改）"), said);
        assertEquals(List.of("x: heading Sheet1!D3 \"上年指标值\" is not recognised; that column was not imported (it is a hidden "
                + "column: unhide it in Excel or WPS to see it; if it need not be imported, nothing needs changing)"), saidEn);
    }

    /**
     * t54's rows as the budget system exports them, a .csv (text, one row a line), given to the import as it stands: refused
     * naming the file, with what to do, open it and save it as .xlsx (or .docx) and import that; before session 45 the
     * message said only what the file was not, and she was left to guess.
     */
    @Test
    void suixi2019ExportedAsCsvSaysToSaveItAsAWorkbook() throws Exception {
        StringBuilder csv = new StringBuilder("绩效目标自评表 (2019年度)\n项目名称,临时救助,主管部门,[155]濉溪县民政局\n"
                + "一级指标,二级指标,三级指标,分值,年度指标值,全年实际值,得分,未完成原因及拟采取的改进措施\n");
        h = java.nio.file.Path.of(getClass().getResource("/real-tables/t54-suixi-linshijiuzhu-2019").toURI());
        for (var row : handFile("indicators.json").path("indicators")) {
            List<String> cells = new ArrayList<>();
            for (String f : new String[] {"level1", "level2", "name", "points", "target", "actual", "score", "explanation"}) {
                cells.add(row.path(f).isMissingNode() ? "" : row.path(f).asString());
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(tmp.resolve("自评表.csv"), csv.toString());
        WorkbookImport.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "自评表.csv", tmp.resolve("submission"), true));
        assertEquals("自评表.csv: 不是 Excel 工作簿或 Word 文档（.xlsx、.xls 或 .docx），jixiao 读不了：请在 Excel、WPS 或 Word 中打开它，"
                + "另存为 Excel 工作簿（.xlsx）或 Word 文档（.docx），再导入另存的文件", e.getMessage());
        assertEquals("自评表.csv: not an Excel workbook or a Word document (.xlsx, .xls or .docx), which jixiao cannot read; open it "
                + "in Excel, WPS or Word, save it as an Excel workbook (.xlsx) or a Word document (.docx), and import the file saved",
                e.message(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH)));
        assertFalse(Files.exists(tmp.resolve("submission")), "nothing written");
    }

    /**
     * t54 with its sheet copied as Excel copies it (Move or Copy: Sheet1 (2), the same cells): one table, imported once into
     * the submission folder itself, as t54 alone is, and the copy said (a note). Before session 45 each sheet was written to
     * a folder of its own (submission/Sheet1, submission/Sheet1 (2)) beside init's placeholder files, and check read three
     * submissions, every finding of the table twice and the console's score line init's 目标申报's.
     */
    @Test
    void suixi2019CopiedSheetIsImportedOnce() throws Exception {
        var wb = RealTableWorkbooks.committed(RealTableWorkbooks.T54);
        wb.cloneSheet(0);
        wb.setSheetName(1, "Sheet1 (2)");
        imported("t54-suixi-linshijiuzhu-2019", RealTableWorkbooks.T54, null, wb);
        assertEquals(handRows(), importedRows());
        assertFalse(Files.exists(tmp.resolve("submission/Sheet1 (2)")), "no folder for the copy");
        assertEquals(List.of("note x: 工作表“Sheet1 (2)”与工作表“Sheet1”中的表完全相同（复制出来的工作表），只按“Sheet1”导入了一次，"
                + "没有另写一份；多余的那张可以删除"), said);
        assertEquals(List.of("note x: sheet \"Sheet1 (2)\" holds the same table as sheet \"Sheet1\" (a copied sheet): it was "
                + "imported once, from \"Sheet1\", not written twice; the sheet not needed can be deleted"), saidEn);
    }

    /**
     * Over init's skeleton, t54 beside a copy since edited (Sheet1 (2), its 项目名称 typed 临时救助（修改稿）): two tables,
     * written to submission/Sheet1 and submission/Sheet1 (2) as before, and init's files left in submission itself, which
     * check reads as one more submission, are named, with what to do (a warning). Before session 45 nothing was said of them.
     */
    @Test
    void suixi2019TwoSheetsOverInitsFilesNameThem() throws Exception {
        for (var e : io.github.jixiao.init.Skeleton.files("濉溪县民政局", 2019, "0.1.0", "x").entrySet()) {
            java.nio.file.Path p = tmp.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        var wb = RealTableWorkbooks.committed(RealTableWorkbooks.T54);
        wb.cloneSheet(0);
        wb.setSheetName(1, "Sheet1 (2)");
        wb.getSheetAt(1).getRow(1).getCell(1).setCellValue("临时救助（修改稿）");
        imported("t54-suixi-linshijiuzhu-2019", RealTableWorkbooks.T54, null, wb);
        assertTrue(Files.exists(tmp.resolve("submission/Sheet1 (2)/indicators.json")));
        assertEquals(List.of("x: 工作簿中的 2 张表各写入了 submission 下的一个文件夹，而 submission 中原有的 adjustments.json, budget.json, "
                + "department.json, indicators.json, tasks.json 留在原处，check 会把它们当作另一份申报一起检查。它们若是 jixiao:init 写的占位文件"
                + "或以前导入的表，请删除；如工作簿中有一张表是另一张的旧副本，请删除或隐藏多余的工作表（隐藏的工作表不导入），再导入"
                + "（-Djixiao.overwrite=true）"), said);
        assertEquals(List.of("x: the workbook's 2 tables were each written to a folder of their own under submission, and submission "
                + "still holds adjustments.json, budget.json, department.json, indicators.json, tasks.json, which check reads too, as one "
                + "more submission. If they are jixiao:init's placeholder files or an earlier import, delete them; if one sheet of the "
                + "workbook is an old copy of another, delete or hide the sheet not needed (hidden sheets are not imported) and import "
                + "again (-Djixiao.overwrite=true)"), saidEn);
    }

    /**
     * t13 with a 总分 above what its transcribed rows and the execution make (90 against 50 + 20): the framework says the
     * copy is cut, so the 20 between may be the rows past the cut, and nothing can be held to it. Before session 50 the
     * rows' finding took the stated total as -rows-stated, "共 70 分，与所写综合评分 90 分不符，请核对各行得分和综合评分": a
     * mismatch asserted of a copy whose rows are not all there (audit s49 A4 row 9). Now -rows-partial-unheld.
     */
    @Test
    void xiangyang2021TotalAboveTheCopysRowsIsNotHeld() throws Exception {
        t13WithTotal("总分", "90");
        assertEquals("{\"total\":90}", importedFile("self-assessment.json").path("stated").toString());
        List<io.github.jixiao.finding.Finding> rows = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(tmp,
                tmp.resolve("submission"))).findings().stream().filter(f -> f.ruleId().equals("score-input-missing")
                        || f.ruleId().equals("score-claim-mismatch")).toList();
        assertEquals(List.of("score-input-missing indicator-points-none-short-rows-partial-unheld-own-unprinted"),
                rows.stream().map(f -> f.ruleId() + " " + f.key()).toList());
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(rows.get(0));
        assertTrue(zh.contains("本表所列各行所写得分合计 50 分，加上预算执行率计得的 20.00 分，共 70 分，少于所写综合评分 90 分；"
                + "评分框架标明表只转录了一部分，差额可能是未转录各行的得分，无从核对。"), zh);
        assertFalse(zh.contains("请核对各行得分"), zh);
        String en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(rows.get(0));
        assertTrue(en.contains("they make 70, less than the stated total 90; the framework says the copy is partial"), en);
    }
}
