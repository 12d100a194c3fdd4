package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The import path of real tables as session 46 reads them ({@link RealTablesImport45Test} before): E9's left-alone on a
 * unit's own copy of its table, held to the hand transcription.
 */
class RealTablesImport46Test extends RealTableImport {
    private static final String T13 = "t13-xiangyang-zhongxin-2021";
    private static final String T13_FRAMEWORK = "xiangyang-project-2021.json";
    private static final String T54 = "t54-suixi-linshijiuzhu-2019";

    /** The committed workbook {@code file} with {@code lines} typed above its table, one a row (its rows moved down). */
    private static XSSFWorkbook linesAbove(String file, String... lines) throws Exception {
        XSSFWorkbook wb = RealTableWorkbooks.committed(file);
        var sheet = wb.getSheetAt(0);
        sheet.shiftRows(0, sheet.getLastRowNum(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            new FormWorkbooks.S(sheet).text(i, 0, lines[i]);
        }
        return wb;
    }

    /**
     * t13 (湖北 襄阳 2021) as a unit's copy prints it for the 财政局: 附件2, then the form's generic name 项目支出绩效自评表 on
     * a line of its own, above the table's own title 2021年度财政项目绩效自评表 (E9's first day, 湖北's 附件 of the notice).
     * Before session 46 department.title was the generic line (项目支出绩效自评表); it is the table's own title, as the hand
     * transcription has it, and check says what it says of the hand transcription.
     */
    @Test
    void xiangyang2021GenericLineAboveTheTitleIsNoTitle() throws Exception {
        imported(T13, RealTableWorkbooks.T13, T13_FRAMEWORK, linesAbove(RealTableWorkbooks.T13, "附件2", "项目支出绩效自评表"));
        deptAsHand("title", "year", "name");
        assertEquals(handRows(), importedRows());
        findingsAsHand();
    }

    /**
     * The same table under 附表 (a table's number without its number) and 单位：万元: before, 附表 was the title; the title is
     * the table's own.
     */
    @Test
    void xiangyang2021AttachedTableLineIsNoTitle() throws Exception {
        imported(T13, RealTableWorkbooks.T13, T13_FRAMEWORK, linesAbove(RealTableWorkbooks.T13, "附表", "单位：万元"));
        deptAsHand("title", "year", "name");
        assertEquals(handRows(), importedRows());
    }

    /**
     * t54 (濉溪 2019) with its 全年实际值 typed in full-width digits, as the input method in Chinese mode types them
     * (２１９８０人, ５８３元/人*月): before session 46 indicators.json held them as typed (check read them alike,
     * but the file and the reviewer's page showed ２１９８０人). They are written in ASCII digits, as the hand transcription
     * has them, and each cell is said in a note with what was written.
     */
    @Test
    void suixi2019FullWidthDigitsInActualsAreWrittenAsAsciiDigitsAndSaid() throws Exception {
        imported(T54, RealTableWorkbooks.T54, null);
        List<String> plain = ImportedTables.findings(tmp, true);
        XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T54);
        var sheet = wb.getSheetAt(0);
        FormWorkbooks.S s = new FormWorkbooks.S(sheet);
        s.text(3, 5, "２１９８０人");
        s.text(8, 5, "５８３元/人*月");
        s.text(10, 5, "５８３０元/户");
        imported(T54, RealTableWorkbooks.T54, null, wb);
        assertEquals(handRows(), importedRows());
        // check says what it says of the table typed in ASCII digits (the copy has no funds block: not the hand's findings)
        assertEquals(plain, ImportedTables.findings(tmp, true));
        assertEquals(List.of(
                "note x: 单元格 Sheet1!F4 的实际完成值“２１９８０人”中有全角数字，已改为半角数字写入 indicators.json：“21980人”。"
                        + "这不用改（check 读两种写法的结果相同）；以后在表中填数字时，可切换到英文输入法",
                "note x: 单元格 Sheet1!F9 的实际完成值“５８３元/人*月”中有全角数字，已改为半角数字写入 indicators.json：“583元/人*月”。"
                        + "这不用改（check 读两种写法的结果相同）；以后在表中填数字时，可切换到英文输入法",
                "note x: 单元格 Sheet1!F11 的实际完成值“５８３０元/户”中有全角数字，已改为半角数字写入 indicators.json：“5830元/户”。"
                        + "这不用改（check 读两种写法的结果相同）；以后在表中填数字时，可切换到英文输入法"), said);
        assertEquals("note x: the actual \"２１９８０人\" in cell Sheet1!F4 has full-width digits (typed with the input method in Chinese "
                + "mode): it was written to indicators.json in ASCII digits, \"21980人\". Nothing needs changing (check reads both alike); "
                + "type figures with the input method set to English to keep them as written", saidEn.get(0));
        assertEquals("21980人", importedFile("indicators.json").path("indicators").get(0).path("actual").asString());
    }

    /** A full-width point between digits is a point (９８．５％ is 98.5％); one elsewhere, and other text, stay as typed. */
    @Test
    void fullWidthDigitsAndPointsAreWrittenAsAscii() {
        assertEquals("98.5％", FormReader.asciiDigits("９８．５％"));
        assertEquals("完成．", FormReader.asciiDigits("完成．"));
        assertEquals("1．", FormReader.asciiDigits("１．"));
        String same = "已完成";
        assertEquals(same, FormReader.asciiDigits(same));
    }
}
