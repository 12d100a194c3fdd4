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
 * 东莞's 财政项目支出绩效目标批复表 on the import path (session 31): real table t29 (东莞市交通运输局 2019), its 年度 set of
 * indicator columns as SOURCE.md prints it (the 中期 set, the same rows, left out), kept as a sheet and imported. Its 一级
 * are 东莞's own, 预期产出指标 and 效果指标, which the hand transcription writes under the national names; the import wrote
 * them as printed, each row a schema error (level1 enum) and indicator-category-unknown level1, and did not know the
 * 年度 set's target heading 计划指标值(或计划水平) (said as unknown, every target dropped). Now the rows are the hand
 * transcription's, each renaming said at its first cell (info), and check says of them what RealTablesTest.dongguan2019
 * says of the hand transcription.
 */
class DongguanImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void dongguan2019() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.table("Sheet1", "东莞市财政项目支出绩效目标批复表 (2019 年度)",
                new String[] {"预算单位", "东莞市交通运输局", "项目名称", "镇际联网路升级改造工程一期"},
                new String[] {"一级指标", "二级指标", "三级指标", "计划指标值(或计划水平)"},
                new String[] {"预期产出指标", "数量指标(或建筑规模指标)", "镇街补助款完成结算项目数", "3"},
                new String[] {"", "质量指标", "补助款结算误差率", "±3%以内"},
                new String[] {"", "时效指标(工期指标、形象进度指标)", "结算款支付及时性", "及时"},
                new String[] {"", "预算(或投资规模)控制指标", "年度预算执行率", "≥90%"},
                new String[] {"效果指标", "社会、经济、生态效益 指标", "补助款结算争议率", "0%"});
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        assertEquals(List.of(), r.problems());
        Messages zh = new Messages(java.util.Locale.CHINA);
        assertEquals(List.of(
                "x: 单元格 Sheet1!A4 的一级指标“预期产出指标”（表中预期的产出）按国家分类的名称写作产出指标（level1；印作“目标”的写作产出目标）。"
                        + "如不是，请在 indicators.json 中改写其一级指标",
                "x: 单元格 Sheet1!A8 的一级指标“效果指标”（项目带来的效果）按国家分类的名称写作效益指标（level1；印作“目标”的写作效益目标）。"
                        + "其下衡量满意度的指标在国家分类中属满意度指标：如是，请在 indicators.json 中改写其一级指标"),
                r.notes().stream().map(p -> p.message(zh, "x")).toList());
        Messages en = new Messages(java.util.Locale.ENGLISH);
        assertEquals("x: the first-level category \"效果指标\" in Sheet1!A8, the effects the project brings, was written under the national "
                + "taxonomy's name, benefit indicators (level1; spelt with goals where the table prints it so). A row under it that measures "
                + "satisfaction is a satisfaction indicator in the national taxonomy: if so, write that level1 in indicators.json",
                r.notes().get(1).message(en, "x"));
        String[] fields = {"level1", "level2", "name", "target"};
        Path hand = Path.of(DongguanImportTest.class.getResource("/real-tables/t29-dongguan-zhenjilu-2019").toURI());
        assertEquals(ImportedTables.rows(indicators(hand), fields), ImportedTables.rows(indicators(tmp), fields));
        assertEquals(ImportedTables.findings(hand, false), ImportedTables.findings(tmp, false));
    }

    /**
     * t29 with both its sets as printed, under its two goals (中期滚动目标(2019年--2021年) left of 年度目标): the year's set, the
     * second, is read, as transcribed by hand, and the 中期 set's columns are said as a second set left out. Before, the
     * first (中期) set was read and the 年度 set's headings said as "not recognised", though the import knows them.
     */
    @Test
    void dongguan2019BothSets() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.table("Sheet1", "东莞市财政项目支出绩效目标批复表 (2019 年度)",
                new String[] {"预算单位", "东莞市交通运输局", "项目名称", "镇际联网路升级改造工程一期"},
                new String[] {"总体目标", "中期滚动目标(2019年--2021年)", "", "", "年度目标"},
                new String[] {"", "新建或改造道路，共29个项目，规划里程169公里。", "", "",
                        "督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元，以及茶山、常平镇街完成3个项目补助尾款结算387万元。"},
                new String[] {"一级指标", "二级指标", "三级指标", "指标值(或计划水平)", "二级指标", "三级指标", "计划指标值(或计划水平)"},
                set("预期产出指标", "数量指标(或建筑规模指标)", "镇街补助款完成结算项目数", "3"),
                set("", "质量指标", "补助款结算误差率", "±3%以内"),
                set("", "时效指标(工期指标、形象进度指标)", "结算款支付及时性", "及时"),
                set("", "预算(或投资规模)控制指标", "年度预算执行率", "≥90%"),
                new String[] {"效果指标", "社会、经济、生态效益 指标", "补助款结算争议率", "0%", "社会、经济、生态效益 指标", "补助款结算争议率", "0%"});
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        Messages zh = new Messages(java.util.Locale.CHINA);
        String tail = "与表中已导入的另一列是同一栏目（表中印有两组指标列，如中期与年度各一组），该列未导入；如应导入的是这一组，请删去另一组后重新导入";
        assertEquals(List.of("x: 表头 Sheet1!B5“二级指标”" + tail, "x: 表头 Sheet1!C5“三级指标”" + tail, "x: 表头 Sheet1!D5“指标值(或计划水平)”" + tail),
                r.problems().stream().map(p -> p.message(zh, "x")).toList());
        String[] fields = {"level1", "level2", "name", "target"};
        Path hand = Path.of(DongguanImportTest.class.getResource("/real-tables/t29-dongguan-zhenjilu-2019").toURI());
        assertEquals(ImportedTables.rows(indicators(hand), fields), ImportedTables.rows(indicators(tmp), fields));
        // the cells are the 年度 set's
        JsonNode cells = JSON.readTree(Files.readString(tmp.resolve("submission/.jixiao-cells"))).path("cells");
        assertEquals("Sheet1!G6", cells.path("submission/indicators.json#/indicators/0/target").asString());
        assertEquals(ImportedTables.findings(hand, false), ImportedTables.findings(tmp, false));
    }

    /** A row printing the same 二级, 三级 and value in both sets, as t29 does. */
    private static String[] set(String level1, String level2, String name, String value) {
        return new String[] {level1, level2, name, value, level2, name, value};
    }

    private static JsonNode indicators(Path project) throws Exception {
        return JSON.readTree(Files.readString(project.resolve("submission/indicators.json"))).path("indicators");
    }
}
