package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 山东 临邑县师范附属小学's 项目支出目标申报表 (2025) on the import path (session 36): real table t67 as SOURCE.md prints it,
 * kept as a sheet and imported. Its headings are 一级 / 二级 / 三级 / 年度数值 / 备注, which the import did not know ("没有找到可识别的
 * 表", nothing imported), its owner label 项目主管部门 (not read: no unit named), and its 一级 and 二级 are spelt with 值 for 指标
 * (产出值 / 数量值, 效益值 / 经济效益值 …): a 一级 as printed is no 一级 of the schema. Now the rows are the hand transcription's,
 * the 一级 under the national names, each spelling said at its first cell (info), and check says of them what
 * RealTablesTest.linyiFuxiao2025 says of the hand transcription.
 */
class LinyiImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void linyi2025() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.table("Sheet1", "项目支出目标申报表 (2025年度)",
                new String[] {"项目名称", "小学教育公用经费", "项目主管部门", "临邑县师范附属小学"},
                new String[] {"一级", "二级", "三级", "年度数值", "备注"},
                new String[] {"产出值", "数量值", "小学就读人数", "<=6962人", ""},
                new String[] {"", "质量值", "教学条件改善、办学水平提高", "=100%", ""},
                new String[] {"", "时效值", "教育均衡化发展", "有效", ""},
                new String[] {"", "成本值", "义务教育小学生均公用经费", "780元/生/年", ""},
                new String[] {"效益值", "经济效益值", "经费有效使用情况", "=100%", ""},
                new String[] {"", "社会效益值", "教学质量提高、办学条件改善", "=100%", ""},
                new String[] {"", "生态效益值", "安全情况", "有效", ""},
                new String[] {"", "可持续影响值", "学生受益情况", "=100%", ""});
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        assertEquals(List.of(), r.problems());
        Messages zh = new Messages(java.util.Locale.CHINA);
        assertEquals(List.of(
                "x: 单元格 Sheet1!A4 的一级指标“产出值”以“值”代“指标”，按国家分类写作“产出指标”（level1）。如不是，请在 indicators.json 中改写其一级指标",
                "x: 单元格 Sheet1!A8 的一级指标“效益值”以“值”代“指标”，按国家分类写作“效益指标”（level1）。如不是，请在 indicators.json 中改写其一级指标"),
                r.notes().stream().map(p -> p.message(zh, "x")).toList());
        assertEquals("x: the first-level category \"效益值\" in Sheet1!A8, spelt with the word for \"value\" where the national "
                + "form has the word for \"indicator\", was written as \"效益指标\" (level1). If that is wrong, write the level1 in indicators.json",
                r.notes().get(1).message(new Messages(java.util.Locale.ENGLISH), "x"));
        String[] fields = {"level1", "level2", "name", "target"};
        Path hand = Path.of(LinyiImportTest.class.getResource("/real-tables/t67-linyi-fuxiao-2025").toURI());
        assertEquals(ImportedTables.rows(indicators(hand), fields), ImportedTables.rows(indicators(tmp), fields));
        assertEquals(ImportedTables.findings(hand, false), ImportedTables.findings(tmp, false));
    }

    private static JsonNode indicators(Path project) throws Exception {
        return JSON.readTree(Files.readString(project.resolve("submission/indicators.json"))).path("indicators");
    }
}
