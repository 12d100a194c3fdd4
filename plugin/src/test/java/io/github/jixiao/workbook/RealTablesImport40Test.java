package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The import path of real tables as session 40 reads them (t70, t77, t79), as {@link RealTablesImport39Test} holds t75 and t76:
 * each table's committed workbook (or, for t79, {@link RealTableWorkbooks39#liutuan2021}), or a variant of it as a whole
 * workbook would hold it, imported and held to the hand transcription field by field, with what the import says.
 */
class RealTablesImport40Test extends RealTableImport {

    /**
     * t70 (衡山 贯塘乡 2023, 部门整体支出绩效自评表) as a whole workbook would hold it: the committed copy (cut inside the 预期目标
     * cell) with the 附件二 sheet's indicator heading and one row under it; {@code goal} the 预期目标 text under its heading,
     * or null where the cell is left blank.
     */
    private static XSSFWorkbook guantangWithIndicators(String goal) throws Exception {
        XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T70);
        FormWorkbooks.S s = new FormWorkbooks.S(wb.getSheet("附件二"));
        if (goal != null) {
            s.row(10, "", goal);
        }
        s.row(12, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        s.row(13, "产出指标", "数量指标", "辖区道路保洁面积", "≥10万平方米", "10万平方米", "10", "10");
        return wb;
    }

    /**
     * t70's goal block prints its two headings side by side over their texts (年度总体目标 | 预期目标 | 实际完成情况): a 预期目标
     * cell left blank gives no goal. Before session 40 the heading beside it was read as the goal (overallGoals.expected
     * ["实际完成情况"]: goal() took the first text right of 预期目标). The text under 预期目标 is the goal, from its cell.
     */
    @Test
    void guantang2023Goal() throws Exception {
        imported("t70-hengshan-guantang-2023", RealTableWorkbooks.T70, null, guantangWithIndicators(null));
        assertEquals(true, importedFile("department.json").path("overallGoals").isMissingNode(),
                importedFile("department.json").toString());
        String goal = "搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展";
        imported("t70-hengshan-guantang-2023", RealTableWorkbooks.T70, null, guantangWithIndicators(goal));
        assertEquals(List.of(goal), importedFile("department.json").path("overallGoals").path("expected").valueStream()
                .map(JsonNode::asString).toList());
        assertEquals("附件二!B11", sidecar().path("submission/department.json#/overallGoals/expected/0").asString());
    }
}
