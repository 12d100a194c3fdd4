package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code funds-block-not-read} and {@code funds-rows-not-read} over every real workbook the tests hold (the committed
 * real-table workbooks and the published ones): where each says a funds block, or rows of one, went unread. Since session 39
 * the note looks at every block, and at blocks where funds were read (a total read, its parts dropped); a note on a real
 * workbook whose funds are read as the hand reads them would be a false one, and this list would show it.
 */
class FundsBlockNotReadTest extends RealTableImport {

    private static final List<String> KEYS = List.of("funds-block-not-read", "funds-rows-not-read");

    /** The funds notes the import of {@code file} (copied from {@code in}) gives, as "file key cell text". */
    private List<String> notes(String file, InputStream in) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "p");
        Path to = dir.resolve("forms/" + file);
        Files.createDirectories(to.getParent());
        try (in) {
            Files.copy(in, to);
        }
        List<String> out = new ArrayList<>();
        try {
            WorkbookImport.Result r = WorkbookImport.run(dir, "forms/" + file, dir.resolve("submission"), false);
            r.problems().stream().filter(p -> KEYS.contains(p.key())).forEach(p -> out.add(file + " " + p.key() + " " + p.cell() + " " + p.text()));
        } catch (WorkbookImport.ImportException refused) {
            // a workbook the import refuses (no indicator table) says no funds note
        }
        return out;
    }

    @Test
    void onTheRealWorkbooks() throws Exception {
        List<String> all = new ArrayList<>();
        for (String f : RealTableWorkbooks.FILES) {
            all.addAll(notes(f, RealTableWorkbooksImportTest.class.getResourceAsStream("/real-table-workbooks/" + f)));
        }
        for (String f : new String[] {"t31-jishan-2020.xlsx", "t31b-jishan-2020.xlsx", "t36-jiayuguan-2023.xls", "xiangtan-wupaoche-2024.xlsx",
                "ezhou-binhu-2022.docx"}) {
            all.addAll(notes(f, FundsBlockNotReadTest.class.getResourceAsStream("/published-workbooks/" + f)));
        }
        // 鄂州 2022's 项目预算成本构成 (a cost breakdown, no field), said since session 38; nothing more since session 39
        assertEquals(List.of("ezhou-binhu-2022.docx funds-block-not-read 表1!A4:F8 项目预算成本构成"), all);
    }

    /**
     * t32 (乌海 2021) with its part printed 其中: 财政拨款金额, a label the funds reading does not know: the total 资金总额 3 is
     * read, the block ends there, and its parts (3 and 0) are left out. Before session 39 that was said nowhere (the note
     * looked only where no funds were read): t32's parts were lost so, without a word, until a794c329 read 财政拨款数.
     */
    @Test
    void partsDroppedBesideTheTotal() throws Exception {
        imported("t32-wuhai-zaisheng-2021", RealTableWorkbooks.T32, null,
                RealTableWorkbooks.edited(RealTableWorkbooks.T32, s -> s.text(6, 1, "其中: 财政拨款金额")));
        assertEquals(3, importedFile("budget.json").path("funds").path("total").path("initial").asInt());
        assertEquals(false, importedFile("budget.json").path("funds").has("components"));
        assertEquals(List.of("x: 资金块“投入目标 (万元)”中 Sheet1!A7:F8 的金额未导入，budget.json 中没有这些金额（同一资金块的其他金额已导入）："
                + "jixiao 不能确定这几行的读法（可识别的资金行见 docs/forms.md）。请核对 budget.json 的 funds，按需手工补上这些金额，"
                + "或按可识别的行名（如 其中：财政拨款、其他资金）填写后再导入"), said);
        assertEquals(List.of("x: in the funds block \"投入目标 (万元)\", the amounts at Sheet1!A7:F8 were not imported, and budget.json has "
                + "none of them (the block's other amounts were): jixiao cannot be sure how to read those rows (docs/forms.md lists the "
                + "funds rows it knows). Check budget.json's funds and add those amounts by hand where needed, or label the rows as it "
                + "knows them (of which: fiscal appropriation; other funds: docs/forms.md) and import again"), saidEn);
    }

    /**
     * t76 (忠县 2022) with its total printed 年度安排(万元): (no total the reading knows) and a line 上年结转资金(万元) | 12 in
     * place of 中央主管部门: two funds blocks nothing read, each said at its cells. Before session 39 only the first was.
     */
    @Test
    void everyBlockIsSaid() throws Exception {
        imported("t76-zhongxian-shengzhu-2022", RealTableWorkbooks.T76, "zhongxian-transfer-2022.json",
                RealTableWorkbooks.edited(RealTableWorkbooks.T76, s -> {
                    s.text(8, 1, "年度安排(万元):");
                    s.text(3, 0, "上年结转资金(万元)");
                    s.cell(3, 1).setCellValue(12);
                }));
        assertEquals(List.of("Sheet1!A4:B4 上年结转资金(万元)", "Sheet1!A9:D10 资金情况"), said.stream()
                .filter(t -> t.contains("的资金块")).map(t -> t.replaceAll("^x: 表中 (\\S+) 的资金块“([^”]+)”.*$", "$1 $2")).toList());
    }
}
