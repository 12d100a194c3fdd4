package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.workbook.FormWorkbooks;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * column-format-mixed names the column as the sheet printed it where the data came from a workbook (稷山 2021 prints
 * 年度指标值: the message said “指标值”一列 in Chinese and 'The column "target"' in English, the JSON field; trial s30-G
 * item 7), as other messages naming a column do; typed as JSON, by the printed forms' heading and the field.
 * 棠溪 2022 (FormWorkbooks.tangxi) with its target column headed 年度指标值 and two targets of mixed decimals, imported.
 */
class ColumnHeadingMessageTest {

    @Test
    void columnFormatMixedNamesTheHeadingTheSheetPrinted(@TempDir Path tmp) throws Exception {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        var sh = wb.getSheet("自评表");
        sh.getRow(11).getCell(4).setCellValue("年度指标值");
        sh.getRow(12).getCell(4).setCellValue("≥100.00%");
        sh.getRow(13).getCell(4).setCellValue("≥90%");
        try (OutputStream out = Files.newOutputStream(tmp.resolve("自评表.xlsx"))) {
            wb.write(out);
        }
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("column-format-mixed") && x.key().equals("decimals"))
                .findFirst().orElseThrow(() -> new AssertionError(r.findings().toString()));
        Cells cells = Cells.of(r);
        String zh = new Messages(Messages.ZH).withCells(cells).message(f);
        String en = new Messages(Locale.ENGLISH).withCells(cells).message(f);
        assertTrue(zh.startsWith("“年度指标值”列（target）的小数位不统一"), zh);
        assertTrue(en.startsWith("The numbers in column 年度指标值 (target) mix decimal places"), en);
        assertFalse(en.contains("\"target\""), en);
        // typed as JSON (no sidecar): the printed forms' heading and the field
        assertTrue(new Messages(Messages.ZH).message(f).startsWith("指标值（target）的小数位不统一"), new Messages(Messages.ZH).message(f));
        assertTrue(new Messages(Locale.ENGLISH).message(f).startsWith("The numbers in 指标值 (target) mix"), new Messages(Locale.ENGLISH).message(f));
        // the fingerprint is the one it had: its arguments are as they were, each printed in one language
        assertEquals(Fingerprints.legacy(f), Fingerprints.of(f));
    }
}
