package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A 项目支出绩效目标表 whose indicator table prints a 长期 set beside the 年度 set, one heading row: 一级指标 | 二级指标(长期) |
 * 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度) (real table t50, 武汉 青山区教育局 2020; docs/forms.md:
 * only the 年度 indicators are read). Before session 29 the bracket was dropped from every heading, so the 长期 columns, first,
 * took 二级 / 三级 / 指标值 and the 年度 ones were said unknown and left out: the year's targets were the long-term ones (blank
 * in t50, the rows then template rows). And 主管部门及编码 (t50's label, without 其) named no owner.
 */
class LongTermColumnsImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private List<String> run(XSSFWorkbook wb) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        return FormWorkbooks.importSaying(tmp, false);
    }

    private JsonNode doc(String file) throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/" + file)));
    }

    private static XSSFWorkbook table(String[] heading, String[]... rows) {
        return FormWorkbooks.table("目标表", "项目支出绩效目标表（2020年度）",
                new String[] {"项目名称", "教育系统基础设施建设和设备购置", "主管部门及编码", "[015001]武汉市青山区教育局"}, heading, rows);
    }

    /** t50 as printed: the 长期 set holds its 二级 only; the 年度 set is read, the 长期 set left out without a word. */
    @Test
    void qingshan2020() throws Exception {
        List<String> said = run(table(
                new String[] {"一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"},
                new String[] {"产出指标", "数量指标", "", "", "数量指标", "重点建设工程安排数量", "2"},
                new String[] {"效益指标", "社会效益指标", "", "", "社会效益指标", "基础教育学校办学条件", "持续改善"}));
        JsonNode r = doc("indicators.json").path("indicators");
        assertEquals(2, r.size());
        assertEquals("产出指标", r.get(0).path("level1").asString());
        assertEquals("数量指标", r.get(0).path("level2").asString());
        assertEquals("重点建设工程安排数量", r.get(0).path("name").asString());
        assertEquals("2", r.get(0).path("target").asString());
        assertEquals("持续改善", r.get(1).path("target").asString());
        assertEquals(List.of(), said.stream().filter(l -> l.contains("表头") && l.contains("未识别")).toList());
        assertEquals("[015001]武汉市青山区教育局", doc("department.json").path("project").path("owner").asString());
    }

    /** A filled 长期 set (full-width brackets, 中期 as 东莞 names its rolling set) is still not the year's. */
    @Test
    void longTermFilled() throws Exception {
        run(table(
                new String[] {"一级指标", "二级指标（中期）", "三级指标（中期）", "指标值（中期）", "二级指标（年度）", "三级指标（年度）", "指标值（年度）"},
                new String[] {"产出指标", "数量指标", "重点建设工程总数", "10", "数量指标", "重点建设工程安排数量", "2"}));
        JsonNode r = doc("indicators.json").path("indicators");
        assertEquals("重点建设工程安排数量", r.get(0).path("name").asString());
        assertEquals("2", r.get(0).path("target").asString());
        assertFalse(r.toString().contains("重点建设工程总数"));
    }

    /** A table of one set whose headings carry a bracket that is not a period (指标值(单位)) reads as before. */
    @Test
    void otherBracketsUnchanged() throws Exception {
        run(table(
                new String[] {"一级指标", "二级指标", "三级指标", "指标值（年度）", "实际完成值（全年）"},
                new String[] {"产出指标", "数量指标", "重点建设工程安排数量", "2", "2"}));
        JsonNode r = doc("indicators.json").path("indicators");
        assertEquals("2", r.get(0).path("target").asString());
        assertEquals("2", r.get(0).path("actual").asString());
    }
}
