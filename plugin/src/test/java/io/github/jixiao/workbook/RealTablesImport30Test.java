package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import path of real tables t51 (宁晋 2019), t52 (湖北科技学院 2021) and t54 (濉溪 2019), session 30: each table's cells as
 * RealTablesTest's SOURCE.md prints them, kept as a sheet and imported; the rows the import writes are held to the hand
 * transcription ({@code real-tables/<table>/submission/indicators.json}), field by field.
 */
class RealTablesImport30Test {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** The workbook imported: what the import said, and its indicators.json. */
    private JsonNode imported(XSSFWorkbook wb, List<String> said) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        said.addAll(FormWorkbooks.importSaying(tmp, false));
        return JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators");
    }

    private static JsonNode handMade(String table) throws Exception {
        Path p = Path.of(RealTablesImport30Test.class.getResource("/real-tables/" + table + "/submission/indicators.json").toURI());
        return JSON.readTree(Files.readString(p)).path("indicators");
    }

    /**
     * t52 as printed (一级 and 二级 on every row, a sixth column with no heading): every row as transcribed by hand, in
     * order, and nothing said.
     */
    @Test
    void hbust2021() throws Exception {
        List<String> said = new ArrayList<>();
        JsonNode got = imported(RealTableWorkbooks.committed(RealTableWorkbooks.T52), said);
        String[] fields = {"level1", "level2", "name", "target", "actual", "points", "score"};
        assertEquals(ImportedTables.rows(handMade("t52-hbust-zizhu-2021"), fields), ImportedTables.rows(got, fields));
        assertEquals(List.of(), said);
    }

    /**
     * t51 as printed: every row as transcribed by hand, its 评价内容 column (left of 指标名称) read as the categories, 产出数量指标
     * split into 产出指标 and 数量指标 and the 质量, 时效 and 成本 rows below it under the same 产出指标, 制度指标 (no category of
     * the framework's) the 二级 alone; 指标说明, 目标值 (the blank one left out, 95%以上 as written) and 分值. What check says of
     * the import is what it says of the hand transcription (RealTablesTest.ningjinZhuxuejin2019), but for the unit the
     * table does not name (the hand transcription takes the publishing bureau from the page). Before, the 评价内容 column
     * was dropped without a word, no row had a category and the table was read as a unit's whole (chongqing-department-2021):
     * the misfiled satisfaction row, 资金支出率 as spending, the missing 效益 and the time and cost rates went unsaid.
     */
    @Test
    void ningjin2019() throws Exception {
        List<String> said = new ArrayList<>();
        JsonNode got = imported(RealTableWorkbooks.committed(RealTableWorkbooks.T51), said);
        String[] fields = {"level1", "level2", "name", "definition", "target", "points"};
        assertEquals(ImportedTables.rows(handMade("t51-ningjin-zhuxuejin-2019"), fields), ImportedTables.rows(got, fields));
        // the table names no unit (the hand transcription takes the publishing bureau from the page: no cell says it)
        assertEquals(List.of("x: 表头 Sheet1!A1:G2 中没有 部门名称、填报单位、实施单位 或 主管部门，department.json 中没有单位名称（check 以 workbook-department-missing 报告）"),
                said);
        Path hand = Path.of(RealTablesImport30Test.class.getResource("/real-tables/t51-ningjin-zhuxuejin-2019").toURI());
        List<String> expected = new ArrayList<>(ImportedTables.findings(hand, true));
        expected.add("workbook-department-missing  /name error");
        assertEquals(expected.stream().sorted().toList(), ImportedTables.findings(tmp, true));
    }

    /**
     * t51 with its 评价内容 heading spelt 考核内容, a heading the import does not know: the column, left of 指标名称, is said by
     * its cell (before, a column left of the first one read was dropped without a word); the 评价指标 column left of it,
     * one label (项目年度绩效目标(定量指标)) over the rows, is no column and is not said.
     */
    @Test
    void ningjin2019UnknownCategoryHeading() throws Exception {
        List<String> said = new ArrayList<>();
        imported(RealTableWorkbooks.edited(RealTableWorkbooks.T51, t -> t.text(2, 1, "考核内容")), said);
        assertEquals(List.of("x: 表头 Sheet1!A1:G2 中没有 部门名称、填报单位、实施单位 或 主管部门，department.json 中没有单位名称（check 以 workbook-department-missing 报告）",
                "x: 表头 Sheet1!B3“考核内容”未识别，该列未导入"), said);
    }

    /**
     * t51's title names a project (2019年度宁晋县高中助学金项目绩效评价指标表): with no 一级 or 二级 column read (here its
     * cells less the 评价内容 column), the table is still a project's, on mof-project-2020, as transcribed by hand; before,
     * a table without categories was a unit's whole, on 重庆's chongqing-department-2021.
     */
    @Test
    void ningjin2019TitleNamesAProject() throws Exception {
        List<String> said = new ArrayList<>();
        imported(FormWorkbooks.table("Sheet1", "2019年度宁晋县高中助学金项目绩效评价指标表", new String[] {""},
                new String[] {"评价指标", "指标名称", "指标说明", "目标值", "分值", "备注"},
                new String[] {"项目年度绩效目标(定量指标)", "规章制度", "建立与否", "", "20", ""},
                new String[] {"", "享受资助人数", "达到预计值", "2100", "10", ""},
                new String[] {"", "资金支出率", "达到目标值", "95%", "10", ""},
                new String[] {"", "建档立卡学生", "全面覆盖", "100%", "10", ""},
                new String[] {"", "资助对象满意度", "达到目标值", "95%以上", "10", ""},
                new String[] {"", "及时发放率", "达到目标值", "100%", "20", ""},
                new String[] {"", "资助标准达标率", "", "100%", "20", ""},
                new String[] {"总分", "", "", "", "100", ""}), said);
        JsonNode dept = JSON.readTree(Files.readString(tmp.resolve("submission/department.json")));
        JsonNode hand = JSON.readTree(Files.readString(Path.of(RealTablesImport30Test.class
                .getResource("/real-tables/t51-ningjin-zhuxuejin-2019/submission/department.json").toURI())));
        // (project: the name the title gives, 宁晋县高中助学金项目, as transcribed by hand; session 31, before absent)
        for (String f : new String[] {"kind", "framework", "stage", "year", "title", "project"}) {
            assertEquals(hand.path(f), dept.path(f), f);
        }
    }

    /** A title's project only where it names one of its own: not the form's words (财政项目), nor 海南's bare 项目绩效目标表. */
    @Test
    void projectInTitle() {
        assertEquals("宁晋县高中助学金项目", FormReader.projectInTitle("2019年度宁晋县高中助学金项目绩效评价指标表"));
        assertEquals(java.util.Arrays.asList(null, null, null, null), java.util.Arrays.asList(FormReader.projectInTitle("项目绩效目标表"),
                FormReader.projectInTitle("财政项目绩效目标表"), FormReader.projectInTitle("稷山县项目支出绩效自评表"),
                FormReader.projectInTitle("部门预算项目绩效目标申报表")));
    }

    /**
     * t54 (濉溪 2019) as printed: the names with their ★ marks and template hints, >= and <=, 元/人*月, the 未完成原因 of one row,
     * and the satisfaction row cut with its target: every row as transcribed by hand, in order, and nothing said.
     */
    @Test
    void suixi2019() throws Exception {
        List<String> said = new ArrayList<>();
        JsonNode got = imported(RealTableWorkbooks.committed(RealTableWorkbooks.T54), said);
        String[] fields = {"level1", "level2", "name", "target", "actual", "points", "score", "explanation"};
        assertEquals(ImportedTables.rows(handMade("t54-suixi-linshijiuzhu-2019"), fields), ImportedTables.rows(got, fields));
        assertEquals(List.of(), said);
        // the unit without the code in brackets before it, as transcribed by hand (before: [155]濉溪县民政局, printed
        // \[155\]濉溪县民政局 in the markdown report); the 主管部门 as printed, code and all
        assertEquals(handDepartment("t54-suixi-linshijiuzhu-2019").path("name"), importedDepartment().path("name"));
        assertEquals("[155]濉溪县民政局", importedDepartment().path("project").path("owner").asString());
    }

    private JsonNode importedDepartment() throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/department.json")));
    }

    private static JsonNode handDepartment(String table) throws Exception {
        return JSON.readTree(Files.readString(Path.of(RealTablesImport30Test.class
                .getResource("/real-tables/" + table + "/submission/department.json").toURI())));
    }

    /**
     * t53 (稷山 2021, 翟店镇卫生院) as printed: 主管部门 稷山县卫生健康和体育局, 实施单位 稷山县翟店镇卫生院. The unit that submits is
     * the 实施单位, as transcribed by hand: a county's township health centres under one 卫健局 each have a name of their own
     * (before, each was named after the 卫健局, and the aggregate told them apart by project only); the 主管部门 is the
     * project's owner.
     */
    @Test
    void jishan2021() throws Exception {
        List<String> said = new ArrayList<>();
        JsonNode got = imported(RealTableWorkbooks.committed(RealTableWorkbooks.T53), said);
        String[] fields = {"level1", "level2", "name", "target", "actual", "points", "score"};
        assertEquals(ImportedTables.rows(handMade("t53-jishan-gongwei-2021"), fields).subList(0, 2), ImportedTables.rows(got, fields));
        JsonNode hand = handDepartment("t53-jishan-gongwei-2021");
        JsonNode dept = importedDepartment();
        assertEquals(hand.path("name"), dept.path("name"));
        assertEquals(hand.path("project"), dept.path("project"));
        assertEquals(List.of(), said);
    }
}
