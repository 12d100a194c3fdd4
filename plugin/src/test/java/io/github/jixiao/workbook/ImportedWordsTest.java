package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding on imported data names a field as the workbook does: its column, under the table's own heading, or the
 * column to add where the table has none (x27 D2: "请填写完成档次（achievement）" told a finance officer of a JSON field);
 * the JSON's name stays in the brackets. The same files typed as JSON read as before.
 */
class ImportedWordsTest {
    private static final Messages ZH = new Messages(Messages.ZH);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @Test
    void aColumnTheTableLacksIsOneToAdd(@TempDir Path tmp) throws Exception {
        // 棠溪 2022 prints no 完成档次: 经费支出合规性's "达成预期指标" is read as 达成, and the officer is told to say so
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        Finding f = find(r, "score-assumption", "/indicators/2/actual");
        assertEquals("定性指标“经费支出合规性”没有写完成档次，实际完成值“达成预期指标”按“达成”理解并据此核对得分。"
                + "如不是，请填写“完成档次”列（表中尚无此列，请加上；achievement）。", ZH.withCells(cells).message(f));
        assertEquals("Qualitative indicator \"经费支出合规性\" states no achievement; its actual \"达成预期指标\" is read as \"achieved\" and "
                + "the score checked on that band. If that is wrong, fill in column 完成档次 (achievement; the table has no such "
                + "column yet: add it).", EN.withCells(cells).message(f));

        // a sidecar of an older import (no columns recorded): the words as before
        Path side = tmp.resolve("submission").resolve(WorkbookImport.CELLS);
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode)
                new tools.jackson.databind.ObjectMapper().readTree(side.toFile());
        tree.remove("columns");
        Files.writeString(side, tree.toString());
        assertEquals("定性指标“经费支出合规性”没有写完成档次，实际完成值“达成预期指标”按“达成”理解并据此核对得分。"
                + "如不是，请填写完成档次（achievement）。", ZH.withCells(Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")))).message(f));

        // typed by hand (the same JSON, no sidecar): the words as before, byte for byte
        Path hand = typedByHand(tmp);
        EngineResult h = WorkbookImportTest.check(hand);
        Finding typed = find(h, "score-assumption", "/indicators/2/actual");
        Cells none = Cells.of(io.github.jixiao.engine.Imported.read(hand, hand.resolve("submission")));
        assertEquals("定性指标“经费支出合规性”没有写完成档次，实际完成值“达成预期指标”按“达成”理解并据此核对得分。"
                + "如不是，请填写完成档次（achievement）。", ZH.withCells(none).message(typed));
        assertEquals("Qualitative indicator \"经费支出合规性\" states no achievement; its actual \"达成预期指标\" is read as \"achieved\" and "
                + "the score checked on that band. If that is wrong, fill in 完成档次 (achievement).", EN.withCells(none).message(typed));
    }

    @Test
    void theColumnToAddIsOneTheImportReads(@TempDir Path tmp) throws Exception {
        // the advice followed: a 完成档次 column (J) added, 达成 in each row; imported again, nothing is assumed any more
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        var sh = wb.getSheet("自评表");
        sh.getRow(11).createCell(9).setCellValue("完成档次");
        for (int r = 12; r < 12 + FormWorkbooks.TANGXI.length - 1; r++) {
            sh.getRow(r).createCell(9).setCellValue("达成");
        }
        FormWorkbooks.save(wb, tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().equals("score-assumption")).toList());
    }

    @Test
    void aColumnTheTableHasIsNamedByItsHeading(@TempDir Path tmp) throws Exception {
        // 委托业务报告合格率's 得分 (H14) left blank: fill in the table's 得分 column
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        Row row = wb.getSheet("自评表").getRow(13);
        row.removeCell(row.getCell(7));
        wb.getSheet("自评表").getRow(11).getCell(7).setCellValue("指标\n得分"); // a heading with a line break in its cell
        FormWorkbooks.save(wb, tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        Finding f = find(r, "indicator-incomplete", "/indicators/1");
        assertEquals("指标“委托业务报告合格率”分值 8 分，但没有自评得分。请填写“指标得分”列（score）。", ZH.withCells(cells).message(f));
        assertEquals("Indicator \"委托业务报告合格率\" carries 8 points but has no score. Fill in column 指标得分 (score).",
                EN.withCells(cells).message(f));
        assertEquals("自评表!D14", cells.of(f));
        Finding typed = find(WorkbookImportTest.check(typedByHand(tmp)), "indicator-incomplete", "/indicators/1");
        assertEquals("指标“委托业务报告合格率”分值 8 分，但没有自评得分。请填写得分（score）。", ZH.message(typed));
    }

    private static Path typedByHand(Path tmp) throws Exception {
        Path hand = tmp.resolve("hand");
        Files.createDirectories(hand.resolve("submission"));
        try (var s = Files.list(tmp.resolve("submission"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(p, hand.resolve("submission").resolve(p.getFileName()));
            }
        }
        return hand;
    }

    private static Finding find(EngineResult r, String rule, String pointer) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " at " + pointer + ": " + r.findings()));
    }
}
