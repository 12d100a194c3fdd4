package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao:import reads a form saved as an Excel 97-2003 workbook (.xls, as many budget units' templates still are)
 * exactly as the same form saved as .xlsx: the same JSON files, byte for byte, and the same cells named in the sidecar.
 */
class XlsImportTest {

    @TempDir
    Path tmp;

    /**
     * Imports the form once as .xlsx and once as .xls ({@link FormWorkbooks#importBoth}): the same JSON, and the same
     * sidecar but for the file's name and type.
     */
    private void sameAsXlsx(String name, Supplier<XSSFWorkbook> form) throws Exception {
        Path s = FormWorkbooks.importBoth(tmp, name, form, "自评表.xls", (wb, out) -> {
            try (HSSFWorkbook xls = FormWorkbooks.asXls(wb)) {
                xls.write(out);
            }
        });
        assertEquals(Files.readString(tmp.resolve(name + "-xlsx/submission/" + WorkbookImport.CELLS)),
                Files.readString(s.resolve("submission/" + WorkbookImport.CELLS)).replace("forms/自评表.xls\"", "forms/自评表.xlsx\"")
                        .replace("\"type\" : \"xls\"", "\"type\" : \"xlsx\""), name);
    }

    /**
     * Every form workbook of the tests ({@link FormWorkbooks#forms}: the national 自评表 as printed and with merged cells,
     * blank rows and columns, numbers as text, full-width digits, thousand separators and formulas; 目标表, 监控表, 重庆).
     */
    @Test
    void everyFormAsXls() throws Exception {
        for (var form : FormWorkbooks.forms().entrySet()) {
            sameAsXlsx(form.getKey(), form.getValue());
        }
    }

    /** A date cell (a number in a date format) reads as ISO from an .xls as from an .xlsx. */
    @Test
    void aDateCellAsXls() throws Exception {
        sameAsXlsx("dated", () -> {
            XSSFWorkbook wb = FormWorkbooks.target();
            FormWorkbooks.dated(wb, wb.getSheetAt(0).getRow(1));
            return wb;
        });
        String dept = Files.readString(tmp.resolve("dated-other/submission/department.json"));
        assertTrue(dept.contains("\"reportDate\" : \"2023-03-15\""), dept);
    }

    /** A hidden sheet holding a copy of the table is left out of an .xls as of an .xlsx; the visible one is read. */
    @Test
    void aHiddenSheetIsLeftOut() throws Exception {
        sameAsXlsx("hidden", () -> {
            XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
            wb.cloneSheet(0, "旧表");
            wb.setSheetOrder("旧表", 0);
            wb.setSheetHidden(0, true);
            return wb;
        });
        String cells = Files.readString(tmp.resolve("hidden-other/submission/" + WorkbookImport.CELLS));
        assertTrue(cells.contains("\"sheet\" : \"自评表\""), cells);
        assertFalse(cells.contains("旧表"), cells);
    }

    private String fails(String file) {
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, file, tmp.resolve("submission"), false));
        assertFalse(Files.exists(tmp.resolve("submission")), "nothing written");
        return e.message(new Messages(Messages.ZH));
    }

    @Test
    void anXlsWithAPasswordSaysSo() throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE); HSSFWorkbook xls = FormWorkbooks.asXls(wb);
             OutputStream out = Files.newOutputStream(tmp.resolve("locked.xls"))) {
            xls.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        String m = fails("locked.xls");
        assertTrue(m.contains("加密") && m.contains("locked.xls"), m);
    }

    /** An Excel 5.0/95 workbook (a Book stream), a Word 97-2003 .doc and another OLE2 file: each said for what it is. */
    @Test
    void olderAndOtherOle2FilesSayWhatTheyAre() throws Exception {
        for (String[] c : List.of(new String[] {"Book", "old.xls", "Excel 5.0/95"}, new String[] {"WordDocument", "old.doc", "Word 97-2003"},
                new String[] {"PowerPoint Document", "slides.xls", "不是 Excel 工作簿"})) {
            try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(tmp.resolve(c[1]))) {
                fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), c[0]);
                fs.writeFilesystem(out);
            }
            String m = fails(c[1]);
            assertTrue(m.contains(c[2]), m);
        }
    }

    /**
     * A WPS 表格 file saved in WPS's own format (.et): the compound-file container an .xls is (its first bytes D0 CF 11 E0 A1
     * B1 1A E1, written here by POI's own container writer), without the Workbook stream an .xls holds (the stream in it
     * is a stand-in: no content of a real .et is needed). Before session 46 it was "not an Excel workbook or a Word
     * document", the advice the same for any file; it is said as WPS's own format, with the one step that reads it: save
     * it as .xlsx in WPS. An .et that holds a Workbook stream (WPS saving in the .xls format under the .et name) is read
     * as the .xls it is, as before (E9).
     */
    @Test
    void aWpsOwnFormatEtSaysToSaveItAsXlsx() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(tmp.resolve("自评表.et"))) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "Contents");
            fs.writeFilesystem(out);
        }
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(tmp.resolve("自评表.et")), 8);
        assertTrue(java.util.Arrays.equals(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, head),
                "the compound-file signature");
        String m = fails("自评表.et");
        assertTrue(m.contains("自评表.et") && m.contains("WPS 表格以自己的格式（.et）保存") && m.contains("另存为” Excel 工作簿（.xlsx）"), m);
        // the same container named .xls is no WPS file: said as before
        Files.copy(tmp.resolve("自评表.et"), tmp.resolve("other.xls"));
        assertTrue(fails("other.xls").contains("不是 Excel 工作簿"));
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "自评表.et", tmp.resolve("submission"), false));
        assertEquals("自评表.et: a WPS spreadsheet saved in WPS's own format (.et), which jixiao cannot read; open it in WPS, save it as "
                + "an Excel workbook (.xlsx) (\"Save As\"), and import the file saved", e.message(new Messages(java.util.Locale.ENGLISH)));
    }

    /**
     * Overlapping merged regions (no spreadsheet program saves them; a forged file can hold a million) are refused as
     * corrupt at once, in an .xls as in an .xlsx, instead of filling every region's cells a million times over.
     */
    @Test
    void overlappingMergedRegionsAreRefused() throws Exception {
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            var sheet = wb.getSheetAt(0);
            java.util.Random random = new java.util.Random(17); // distinct regions: repeated ones would compress as a zip bomb
            for (int i = 0; i < 5_000; i++) {
                int r = random.nextInt(20);
                int c = random.nextInt(20);
                sheet.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(r, r + 40 + random.nextInt(20), c, c + 100 + random.nextInt(90)));
            }
            try (OutputStream out = Files.newOutputStream(tmp.resolve("forged.xlsx"))) {
                wb.write(out);
            }
            try (HSSFWorkbook xls = FormWorkbooks.asXls(wb); OutputStream out = Files.newOutputStream(tmp.resolve("forged.xls"))) {
                xls.write(out);
            }
        }
        for (String f : List.of("forged.xlsx", "forged.xls")) {
            String m = fails(f);
            assertTrue(m.contains("损坏") && m.contains("merged regions overlap"), m);
        }
    }

    @Test
    void aCutXlsIsCorruptNotAStackTrace() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE); HSSFWorkbook xls = FormWorkbooks.asXls(wb)) {
            xls.write(b);
        }
        byte[] all = b.toByteArray();
        Files.write(tmp.resolve("cut.xls"), Arrays.copyOf(all, all.length / 2));
        String m = fails("cut.xls");
        assertTrue(m.contains("损坏"), m);
    }
}
