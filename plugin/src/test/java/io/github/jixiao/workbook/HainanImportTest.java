package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 海南's 项目绩效目标表 on the import path (session 31): real tables t40 (海口 美兰区 2016: 指标类型 | 指标名称 | 绩效目标 |
 * 绩效标准 优 / 良 / 中 / 差) and t41 (海南省人民政府研究室 2012, the 2013 form: 指标类型 | 绩效指标 | 年初绩效目标 |
 * 调整后绩效目标(如有) | 绩效标准), their cells as SOURCE.md prints them, kept as a sheet (a two-row heading, 绩效标准 merged
 * over its four grades, the type merged down over its rows) and imported. The rows the import writes are held to the hand
 * transcription field by field, and what check says of the import to what it says of the hand transcription
 * (RealTablesTest.meilan2016, hainanHongguan2012). Before, neither table was read at all: no row has 三级指标 or 指标名称
 * with two more fields beside it, so the import found no indicator table.
 */
class HainanImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private WorkbookImport.Result result;

    /** The workbook imported: what the import said (problems, then notes, as the Chinese log gives them), and its indicators. */
    private JsonNode imported(XSSFWorkbook wb, List<String> said) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        result = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        Messages zh = new Messages(java.util.Locale.CHINA);
        result.problems().forEach(p -> said.add(p.message(zh, "x")));
        result.notes().forEach(p -> said.add("note " + p.message(zh, "x")));
        return JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators");
    }

    private static Path table(String name) throws Exception {
        return Path.of(HainanImportTest.class.getResource("/real-tables/" + name).toURI());
    }

    private static JsonNode handMade(String name) throws Exception {
        return JSON.readTree(Files.readString(table(name).resolve("submission/indicators.json"))).path("indicators");
    }

    /**
     * t40 as printed: 指标类型 read as the category column (产出指标 as printed, 成效指标 as 效益指标, said at its cell), 指标名称
     * the name, 绩效目标 the target, 绩效标准's four grades no field; the "……" row under each type (the form's room for more
     * rows, left as printed) no indicator. Every row as transcribed by hand, and check says of it what it says of the hand
     * transcription, but for the unit and the year the sheet does not print (the hand transcription takes them from the page).
     */
    @Test
    void meilan2016() throws Exception {
        List<String> said = new ArrayList<>();
        XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T40);
        JsonNode got = imported(wb, said);
        String[] fields = {"level1", "level2", "name", "target", "adjustedTarget"};
        assertEquals(ImportedTables.rows(handMade("t40-meilan-wentiguangchang-2016"), fields), ImportedTables.rows(got, fields));
        assertEquals(List.of(NO_UNIT + "A1:G2" + NO_UNIT_TAIL, NO_YEAR + "A1:G2" + NO_YEAR_TAIL,
                "note x: 单元格 Sheet1!A7 的指标类型“成效指标”在国家分类中没有同名的一级指标，按表式说明（反映项目产出或活动带来的结果）读作“效益指标”"
                        + "（level1）。其下衡量满意度的指标（如社会公众满意度）在国家分类中属“满意度指标”：如是，请在 indicators.json 中改写其一级指标"), said);
        assertEquals(expected("t40-meilan-wentiguangchang-2016"), ImportedTables.findings(tmp, false));
    }

    private static final String NO_UNIT = "x: 表头 Sheet1!";
    /**
     * The year neither copy prints (no 年度, none in the title 项目绩效目标表 nor above the table): said at the header rows,
     * with what to type where. Before session 32 the import wrote no year without a word, and only check's schema error
     * (required) followed.
     */
    private static final String NO_YEAR = "x: 表头 Sheet1!";
    private static final String NO_YEAR_TAIL = "（年度一栏、标题、表上方的短行）中没有年度，department.json 中没有 year（check 以 schema 的 required 报告）。"
            + "请在 department.json 中填写本表的年度（\"year\": YYYY，YYYY 换成本表的四位年份，不加引号），或在表上方加一行“年度：YYYY”（写上年份）后再导入";
    private static final String NO_UNIT_TAIL = " 中没有 部门名称、填报单位、实施单位 或 主管部门，department.json 中没有单位名称（check 以 workbook-department-missing 报告）";

    /**
     * What check says of the hand transcription of {@code name}, and of the import also: the unit (workbook-department-missing)
     * and the year (the schema's required) that the sheet does not print, the hand transcription taking them from the page.
     */
    private static List<String> expected(String name) throws Exception {
        List<String> out = new ArrayList<>(ImportedTables.findings(table(name), false));
        out.add("workbook-department-missing  /name error");
        out.add("schema required-titled  error");
        return out.stream().sorted().toList();
    }

    /**
     * t40 with its 指标类型 cells another sorting (定性指标 / 定量指标, as other forms use the heading), no category: the column is not
     * read as the categories, and is said as a heading not recognised, as before.
     */
    @Test
    void meilan2016TypesNoCategories() throws Exception {
        List<String> said = new ArrayList<>();
        JsonNode got = imported(RealTableWorkbooks.hainan(new String[] {"指标类型", "指标名称", "绩效目标", "绩效标准", "", "", ""},
                new String[] {"", "", "", "优", "良", "中", "差"},
                new String[] {"定性指标", "7个社区(乡镇)文体广场改建或新建工作", "完成区政府为民办实事", "满意率98%以上", "满意率80%以上",
                        "满意率50%以上", "满意率30%以下"},
                new String[] {"定量指标", "社会效益", "得到领导的充分肯定,极大的丰富和活跃了人民群众的文体生活", "满意率98%以上", "满意率80%以上",
                        "满意率50%以上", "满意率30%以下"}), said);
        assertEquals(List.of("name=7个社区(乡镇)文体广场改建或新建工作 target=完成区政府为民办实事",
                "name=社会效益 target=得到领导的充分肯定,极大的丰富和活跃了人民群众的文体生活"), ImportedTables.rows(got, "level1", "level2", "name", "target"));
        assertEquals(List.of(NO_UNIT + "A1:G2" + NO_UNIT_TAIL, NO_YEAR + "A1:G2" + NO_YEAR_TAIL, "x: 表头 Sheet1!A3“指标类型”未识别，该列未导入"), said);
    }

    /**
     * t41 as printed (the 2013 form): 绩效指标 the name, 年初绩效目标 the target, 调整后绩效目标(如有) "无" (there was none) no
     * adjusted target, the empty "指标2:" row no indicator; 产出指标 as printed, 成效指标 as 效益指标, 效率指标 (no category of the
     * national taxonomy) neither 一级 nor 二级, each said at its cell: as transcribed by hand, and check says what it says of the
     * hand transcription (效率 a row without a 一级), but for the unit and year.
     */
    @Test
    void hainanHongguan2012() throws Exception {
        List<String> said = new ArrayList<>();
        XSSFWorkbook wb = hongguan();
        JsonNode got = imported(wb, said);
        hongguanChecked(got, said, false);
    }

    /** t41's 项目绩效目标表 as printed (SOURCE.md): the committed workbook (RealTableWorkbooks.hongguan2012). */
    private static XSSFWorkbook hongguan() throws Exception {
        return RealTableWorkbooks.committed(RealTableWorkbooks.T41);
    }

    /**
     * What t41's import must give and say, as transcribed by hand (the rows, the notes, check's findings); with its
     * 项目基本信息 block ({@code basicInfo}), the unit named there, said at its cell, in place of the header naming none.
     */
    private void hongguanChecked(JsonNode got, List<String> said, boolean basicInfo) throws Exception {
        String[] fields = {"level1", "level2", "name", "target", "adjustedTarget"};
        assertEquals(ImportedTables.rows(handMade("t41-hainan-hongguan-2012"), fields), ImportedTables.rows(got, fields));
        List<String> unit = basicInfo ? List.of() : List.of(NO_UNIT + "A1:H2" + NO_UNIT_TAIL);
        List<String> unitNote = !basicInfo ? List.of() : List.of("note x: 表头没有部门名称、填报单位、实施单位或主管部门，单位名称“海南省人民政府研究室”"
                + "取自表下方项目基本信息中的 Sheet1!B11（项目实施单位），已写入 department.json 的 name。如报送本表的是另一单位，请在 department.json 中改写 name");
        List<String> all = new ArrayList<>(unit);
        all.add(NO_YEAR + "A1:H2" + NO_YEAR_TAIL);
        all.addAll(List.of("note x: 单元格 Sheet1!A7 的指标类型“成效指标”在国家分类中没有同名的一级指标，按表式说明（反映项目产出或活动带来的结果）读作“效益指标”"
                        + "（level1）。其下衡量满意度的指标（如社会公众满意度）在国家分类中属“满意度指标”：如是，请在 indicators.json 中改写其一级指标",
                "note x: 单元格 Sheet1!A8 的指标类型“效率指标”不是国家分类中的类别（产出、效益、满意度、成本），其下的指标导入时没有一级指标（level1），"
                        + "不按任何一类计分（check 以 indicator-category-unknown 逐行报告）。请按各行实际衡量的内容在 indicators.json 中填写一级指标"
                        + "（如工作的时限、进度为产出指标下的时效指标，单位成本为成本指标，工作带来的结果为效益指标）"));
        all.addAll(unitNote);
        assertEquals(all, said);
        List<String> findings = new ArrayList<>(expected("t41-hainan-hongguan-2012"));
        if (basicInfo) {
            findings.remove("workbook-department-missing  /name error");
        }
        assertEquals(findings, ImportedTables.findings(tmp, false));
        // the notes are complete in English too
        Messages en = new Messages(java.util.Locale.ENGLISH);
        List<String> en2 = result.notes().stream().map(p -> p.message(en, "x")).toList();
        assertEquals(List.of("x: the type of indicator \"成效指标\" in Sheet1!A7 is no first-level category of the national taxonomy; it "
                        + "was read as benefit indicators (level1), the results the outputs bring, as the form's own note defines its outcome "
                        + "indicators. A row under it that measures satisfaction (public satisfaction, for instance) is a satisfaction indicator "
                        + "in the national taxonomy: if so, write that level1 in indicators.json",
                "x: the type of indicator \"效率指标\" in Sheet1!A8 is no category of the national taxonomy (outputs, benefits, "
                        + "satisfaction, cost), so the rows under it were imported with no first-level category (level1) and are not scored "
                        + "under any category (check reports each as indicator-category-unknown). Write the level1 of what each row measures "
                        + "in indicators.json: the time or pace of the work, for instance, is a timeliness indicator under output indicators, "
                        + "a unit cost a cost indicator, what the work brings about a benefit indicator"), en2.subList(0, 2));
        assertEquals(basicInfo ? List.of("x: the header above the table names no 部门名称 (department name), 填报单位 (filing unit), "
                + "实施单位 (implementing unit) or 主管部门 (department in charge), so the unit's name \"海南省人民政府研究室\" was taken from "
                + "Sheet1!B11, the implementing unit in the basic project information under the table, and written as department.json "
                + "name. If another unit files this table, write its name there") : List.of(), en2.subList(2, en2.size()));
    }

    /**
     * t41 with the start of its 项目基本信息 under the table, as SOURCE.md prints it: 计划投资额(万元) 144, 实际到位资金(万元) 144,
     * 实际使用情况(万元) 142, each label | amount with its own 其中:中央财政 / 省财政 / 市县财政 / 其他 rows (省财政 144 | 144 | 142,
     * the others blank). 计划投资额 is funds.total.initial and its 其中 rows the components, as transcribed by hand (budget.json),
     * each cell recorded; 实际到位 and 实际使用 (the evaluation's) are not read; the rows, the notes and check's findings are
     * t41's as before, the block's rows no indicator. Before session 32 the block was not read (no budget.json funds).
     */
    @Test
    void hainanHongguan2012Funds() throws Exception {
        XSSFWorkbook wb = hongguan();
        withBasicInfo(wb);
        List<String> said = new ArrayList<>();
        JsonNode got = imported(wb, said);
        hongguanChecked(got, said, true);
        // the block's 项目实施单位 is the unit (the hand transcription's name); the sheet names no project (the hand
        // transcription's is the report's cover), so there is no project to hold it as implementer
        JsonNode dept = JSON.readTree(Files.readString(tmp.resolve("submission/department.json")));
        JsonNode handDept = JSON.readTree(Files.readString(table("t41-hainan-hongguan-2012").resolve("submission/department.json")));
        assertEquals(handDept.path("name"), dept.path("name"));
        assertEquals(false, dept.has("project"), dept.toString());
        JsonNode funds = JSON.readTree(Files.readString(tmp.resolve("submission/budget.json"))).path("funds");
        JsonNode hand = JSON.readTree(Files.readString(table("t41-hainan-hongguan-2012").resolve("submission/budget.json"))).path("funds");
        assertEquals(hand.toString(), funds.toString());
        JsonNode cells = JSON.readTree(Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS))).path("cells");
        assertEquals("Sheet1!B14", cells.path("submission/budget.json#/funds/total/initial").asString());
        assertEquals("Sheet1!A16", cells.path("submission/budget.json#/funds/components/1").asString());
        assertEquals("Sheet1!B16", cells.path("submission/budget.json#/funds/components/1/initial").asString());
        assertEquals("Sheet1!B11", cells.path("submission/department.json#/name").asString());
        assertEquals(false, cells.has("submission/department.json#/project/implementer"));
    }

    /**
     * t41's 项目基本信息 with 计划投资额's 144 merged down over 其中:中央财政's line (B14:B15, the central line printing no
     * amount of its own): investment() reads the block by its first cell (its lines go through initialAmount, as funds()
     * lines do since session 43): the total's 144, the 中央财政 line its label alone, 省财政 its own 144; nothing said, the
     * lower cell holding nothing of its own. (The test of session 44's item on investment(): it holds, since W7's
     * initialAmount change of session 43, what that change did for this reader too.)
     */
    @Test
    void hainanHongguan2012InvestmentMergedDown() throws Exception {
        XSSFWorkbook wb = hongguan();
        withBasicInfo(wb);
        wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(13, 14, 1, 1));
        List<String> said = new ArrayList<>();
        imported(wb, said);
        JsonNode funds = JSON.readTree(Files.readString(tmp.resolve("submission/budget.json"))).path("funds");
        JsonNode hand = JSON.readTree(Files.readString(table("t41-hainan-hongguan-2012").resolve("submission/budget.json"))).path("funds");
        assertEquals(hand.toString(), funds.toString());
        assertEquals(List.of(), said.stream().filter(t -> t.contains("合并")).toList());
    }

    /** t41's 项目基本信息 as SOURCE.md prints its start, under the table (rows 10 to 18). */
    private static void withBasicInfo(XSSFWorkbook wb) {
        XSSFSheet sh = wb.getSheetAt(0);
        String[][] block = {
                {"项目基本信息"},
                {"项目实施单位", "海南省人民政府研究室", "主管部门", ""},
                {"项目负责人", "张焕南", "联系电话", ""},
                {"项目类型", "经常性项目( ) 一次性项目( )"},
                {"计划投资额(万元)", "144", "实际到位资金(万元)", "144", "实际使用情况(万元)", "142"},
                {"其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""},
                {"省财政", "144", "省财政", "144", "省财政", "142"},
                {"市县财政", "", "市县财政", "", "市县财政", ""},
                {"其他", "", "其他", "", "其他", ""}};
        for (int k = 0; k < block.length; k++) {
            org.apache.poi.xssf.usermodel.XSSFRow row = sh.createRow(9 + k);
            for (int c = 0; c < block[k].length; c++) {
                if (block[k][c].matches("\\d+")) {
                    row.createCell(c).setCellValue(Double.parseDouble(block[k][c]));
                } else if (!block[k][c].isEmpty()) {
                    row.createCell(c).setCellValue(block[k][c]);
                }
            }
        }
        sh.addMergedRegion(new CellRangeAddress(9, 9, 0, 7));
    }

    /**
     * t41 with its 项目基本信息 and, in the line above the table, the project's name as the report's cover prints it
     * (项目名称：海南宏观经济形势分析预测与经济动态监测预警项目): the block's 项目实施单位 is the unit's name and the project's
     * implementer, both with its cell, as transcribed by hand; its blank 主管部门 gives no owner.
     */
    @Test
    void hainanHongguan2012BasicInfoOfANamedProject() throws Exception {
        XSSFWorkbook wb = hongguan();
        wb.getSheetAt(0).getRow(1).createCell(0).setCellValue("项目名称：海南宏观经济形势分析预测与经济动态监测预警项目");
        withBasicInfo(wb);
        imported(wb, new ArrayList<>());
        JsonNode dept = JSON.readTree(Files.readString(tmp.resolve("submission/department.json")));
        JsonNode hand = JSON.readTree(Files.readString(table("t41-hainan-hongguan-2012").resolve("submission/department.json")));
        assertEquals(hand.path("name"), dept.path("name"));
        assertEquals(hand.path("project").path("name"), dept.path("project").path("name"));
        assertEquals(hand.path("project").path("implementer"), dept.path("project").path("implementer"));
        assertEquals(false, dept.path("project").has("owner"), dept.toString());
        JsonNode cells = JSON.readTree(Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS))).path("cells");
        assertEquals("Sheet1!B11", cells.path("submission/department.json#/project/implementer").asString());
        assertEquals("Sheet1!B11", cells.path("submission/department.json#/name").asString());
    }

    /** The 项目基本信息 heading ends a table, numbered or not; an indicator named with its words does not. */
    @Test
    void basicInformationEndsTheTable() {
        assertEquals(true, FormReader.footer("项目基本信息"));
        assertEquals(true, FormReader.footer("一、项目基本信息"));
        assertEquals(false, FormReader.footer("项目基本信息完整性"));
        assertEquals(false, FormReader.footer("项目基本信息录入准确率"));
    }
}
