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
        JsonNode got = imported(FormWorkbooks.table("Sheet1", "2021年度本专科生奖助学金项目自评结果",
                new String[] {"单位名称", "湖北科技学院"},
                new String[] {"一级指标", "二级指标", "指标名称", "目标值", "实际完成值", ""},
                new String[] {"产出指标", "质量指标", "奖助政策学生知晓率", "100%", "100%", ""},
                new String[] {"产出指标", "质量指标", "受资助本专科困难学生覆盖率", "99%", "99%", ""},
                new String[] {"产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", "100%", "100%", ""},
                new String[] {"产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", "100%", "100%", ""},
                new String[] {"产出指标", "数量指标", "受资助本专科学生人数", "14726", "15935", ""},
                new String[] {"产出指标", "质量指标", "国家奖学金按标准发放率", "100%", "100%", ""},
                new String[] {"效益指标", "社会效益指标", "评审程序是否客观公正", "是", "是", ""},
                new String[] {"效益指标", "社会效益指标", "家庭经济困难学生完成学业率", "100%", "100%", ""},
                new String[] {"效益指标", "服务对象满意度指标", "资助学生满意度", "95%", "95%", ""}), said);
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
        JsonNode got = imported(FormWorkbooks.table("Sheet1", "2019年度宁晋县高中助学金项目绩效评价指标表", new String[] {""},
                new String[] {"评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"},
                new String[] {"项目年度绩效目标(定量指标)", "制度指标", "规章制度", "建立与否", "", "20", ""},
                new String[] {"", "产出数量指标", "享受资助人数", "达到预计值", "2100", "10", ""},
                new String[] {"", "", "资金支出率", "达到目标值", "95%", "10", ""},
                new String[] {"", "质量指标", "建档立卡学生", "全面覆盖", "100%", "10", ""},
                new String[] {"", "", "资助对象满意度", "达到目标值", "95%以上", "10", ""},
                new String[] {"", "时效指标", "及时发放率", "达到目标值", "100%", "20", ""},
                new String[] {"", "成本指标", "资助标准达标率", "", "100%", "20", ""},
                new String[] {"总分", "", "", "", "", "100", ""}), said);
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
        imported(FormWorkbooks.table("Sheet1", "2019年度宁晋县高中助学金项目绩效评价指标表", new String[] {""},
                new String[] {"评价指标", "考核内容", "指标名称", "指标说明", "目标值", "分值", "备注"},
                new String[] {"项目年度绩效目标(定量指标)", "制度指标", "规章制度", "建立与否", "", "20", ""},
                new String[] {"", "产出数量指标", "享受资助人数", "达到预计值", "2100", "10", ""},
                new String[] {"", "", "资金支出率", "达到目标值", "95%", "10", ""},
                new String[] {"", "质量指标", "建档立卡学生", "全面覆盖", "100%", "10", ""},
                new String[] {"", "", "资助对象满意度", "达到目标值", "95%以上", "10", ""},
                new String[] {"", "时效指标", "及时发放率", "达到目标值", "100%", "20", ""},
                new String[] {"", "成本指标", "资助标准达标率", "", "100%", "20", ""},
                new String[] {"总分", "", "", "", "", "100", ""}), said);
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
        JsonNode got = imported(FormWorkbooks.table("Sheet1", "绩效目标自评表 (2019年度)",
                new String[] {"项目名称", "临时救助", "主管部门", "[155]濉溪县民政局"},
                new String[] {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"},
                new String[] {"产出指标(50分)", "数量指标", "★★★农村低保发放人数(按月平均)(≥**人)", "5", ">=21933人", "21980人", "5", ""},
                new String[] {"", "", "★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)", "5", ">=9431人", "9453人", "5", ""},
                new String[] {"", "", "★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)", "5", ">=59人次", "87人次", "5", ""},
                new String[] {"", "", "★★★特困人员救助供养人数(按月平均)(≥**人)", "5", ">=4754人", "4604人", "5", "特困人员实行动态管理"},
                new String[] {"", "", "扶贫临时救助人数(按月平均)(≥**人)", "10", ">=7人", "7人", "10", ""},
                new String[] {"", "质量指标", "★农村低保标准(≥**元/人·月)", "5", ">=530元/人*月", "583元/人*月", "5", ""},
                new String[] {"", "", "农村特困人员救助供养基本生活标准(≥**元/人·月)", "5", ">=570元/人*月", "758元/人*月", "5", ""},
                new String[] {"", "", "扶贫临时救助标准(<**元/户·年)——一户年最高5300元", "10", "<=5300元/户", "5830元/户", "10", ""},
                new String[] {"效益指标(30分)", "社会效益指标", "★★★受益建档立卡贫困人口数≥**人", "30", ">=80人", "87人", "30", ""},
                new String[] {"满意度指标(10分)", "服务对象满意度指标", "★受助对象满意度(≥**%)", "10", "", "", "", ""}), said);
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
        JsonNode got = imported(FormWorkbooks.table("Sheet1", "稷山县项目支出绩效自评表 (2021年度)",
                new String[] {"项目名称", "国家基本公共卫生服务"},
                new String[] {"主管部门", "稷山县卫生健康和体育局", "实施单位", "稷山县翟店镇卫生院"},
                new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
                new String[] {"产出指标", "数量指标", "指标1:居民健康档案", "38508人", "37442人", "3", "3"},
                new String[] {"", "", "指标2:发放健康教育资料", "不少于12 种", "14种", "1", "1"}), said);
        String[] fields = {"level1", "level2", "name", "target", "actual", "points", "score"};
        assertEquals(ImportedTables.rows(handMade("t53-jishan-gongwei-2021"), fields).subList(0, 2), ImportedTables.rows(got, fields));
        JsonNode hand = handDepartment("t53-jishan-gongwei-2021");
        JsonNode dept = importedDepartment();
        assertEquals(hand.path("name"), dept.path("name"));
        assertEquals(hand.path("project"), dept.path("project"));
        assertEquals(List.of(), said);
    }
}
