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
     * t70's funds as a whole workbook gives them: 年度资金总额 (861.10 / 2030.12 / 2030.12 / 10 / 100% / 10) is the total, as
     * transcribed by hand. Under it the table prints two breakdowns that do not agree (按收入性质分 2030.12, 按支出性质分
     * 1925.67), each line a label and its amount in one cell: the hand chose the 支出 one as the components (SOURCE.md), a
     * choice the import cannot make surely, so it reads none and says so at the rows naming a source of money
     * (政府性基金拨款:118.82, 其他资金:585.62). Before session 40 nothing was said: the block's label 年度预算申请(万元) holds
     * 年度 (read as a year's label, no amount), and an amount inside a label's cell was no amount.
     */
    @Test
    void guantang2023Funds() throws Exception {
        imported("t70-hengshan-guantang-2023", RealTableWorkbooks.T70, null, guantangWithIndicators(null));
        JsonNode funds = importedFile("budget.json").path("funds");
        assertEquals(handFile("budget.json").path("funds").path("total"), funds.path("total"));
        assertEquals(true, funds.path("components").isMissingNode(), funds.toString());
        assertEquals("附件二!C4", sidecar().path("submission/budget.json#/funds/total/initial").asString());
        assertEquals(List.of("x: 资金块“年度预算申请 (万元)”中 附件二!A7:B9 的金额未导入，budget.json 中没有这些金额（同一资金块的其他金额已导入）："
                + "jixiao 不能确定这几行的读法（可识别的资金行见 docs/forms.md）。请核对 budget.json 的 funds，按需手工补上这些金额，"
                + "或按可识别的行名（如 其中：财政拨款、其他资金）填写后再导入"),
                said.stream().filter(t -> t.contains("资金块")).toList());
        deptAsHand("kind", "name", "year", "stage", "title");
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
    /**
     * t79 (兵团 六团 2021, 绩效目标申报表): its 项目绩效目标 prints two headings side by side, 项目总目标 | 年度总体目标, each text
     * under its heading. The year's is the expected goal, as transcribed by hand, from its cell; the project's total goal has
     * no field, so its cell is said (before session 40 both were dropped without a word: no overallGoals, nothing said). Its
     * 资金情况's project column (项目资金总额: | 1500, 其中:财政资金 | 1500) is said as one block's rows left out, named by
     * 资金情况 (万元): not by 项目属性's value 兵团推进乡村振兴补助资金 right above it, a label's value that holds a funds word.
     */
    @Test
    void liutuan2021Goals() throws Exception {
        imported("t79-bingtuan-liutuan-2021", "t79-liutuan-2021.xlsx", "liutuan-xianjie-2021.json", RealTableWorkbooks39.liutuan2021());
        deptAsHand("overallGoals");
        assertEquals("Sheet1!D10", sidecar().path("submission/department.json#/overallGoals/expected/0").asString());
        assertEquals(List.of("x: 单元格 Sheet1!B10 的项目总目标“建设完成保鲜库1座,3550平方米;建设完成消防水池1座,419平方米。”未导入："
                + "department.json 只有年度总体目标（overallGoals，已从旁边的 年度总体目标 一栏读入），没有项目总目标的字段。如需随申报保留，请写入 department.json 的 notes",
                "x: 资金块“资金情况 (万元)”中 Sheet1!A5:C6 的金额未导入，budget.json 中没有这些金额（同一资金块的其他金额已导入）："
                + "jixiao 不能确定这几行的读法（可识别的资金行见 docs/forms.md）。请核对 budget.json 的 funds，按需手工补上这些金额，"
                + "或按可识别的行名（如 其中：财政拨款、其他资金）填写后再导入"),
                said.stream().filter(t -> t.contains("项目总目标") || t.contains("资金块")).toList());
        assertEquals(true, saidEn.stream().anyMatch(t -> t.startsWith("x: the project's total goal (its goal over the whole term "
                + "of the project) at Sheet1!B10")), saidEn.toString());
    }
    /**
     * t77 (重庆 巴南区一品街道 2022, 部门(单位)整体绩效目标表): 区级支出预算总量 | 3724.39, beside the unit's name under the table's
     * 单位:万元 line, is the year's spending budget of a target table: funds.total.initial in 万元, labelled as printed, as
     * transcribed by hand, from its cell; nothing said of it, and check says of the import what it says of the hand
     * transcription. Before session 40 it was said as a funds block not read (资金块“区级支出预算总量”未导入), and budget.json had
     * no funds.
     */
    @Test
    void yipin2022Funds() throws Exception {
        imported("t77-banan-yipin-2022", "t77-yipin-2022.xlsx", null, RealTableWorkbooks39.yipin2022());
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals("Sheet1!F3", sidecar().path("submission/budget.json#/funds/total/initial").asString());
        assertEquals(List.of(), said.stream().filter(t -> t.contains("资金")).toList());
        findingsAsHand();
    }
    /**
     * t72 (重庆 忠县 科协 2024)'s 资金情况 is a heading merged across the table over its column headings (年初预算数 | 全年(调整)预算数
     * | 全年执行数 | 执行率 …), the lines under them: with a total's label the import does not know (收支总计 for 年度总金额, and an
     * indicator table under it), the block is said once, named 资金情况, from its heading to its last amount (Sheet1!A4:G8).
     * Before session 40 the detector took the line under the heading for the block: it said a block named by the column
     * heading 年初预算数 (Sheet1!B5:D6) and another by 一般公共预算 (Sheet1!A8:E8), and neither named the block the form prints.
     */
    @Test
    void kexie2024BlockUnderItsHeading() throws Exception {
        imported("t72-zhongxian-kexie-2024", RealTableWorkbooks.T72, null, RealTableWorkbooks.edited(RealTableWorkbooks.T72, s -> {
            s.text(5, 0, "收支总计");
            s.row(12, "一级指标", "二级指标", "三级指标", "指标值");
            s.row(13, "产出指标", "数量指标", "科普活动场次", "≥10场");
        }));
        assertEquals(true, importedFile("budget.json").path("funds").isMissingNode(), importedFile("budget.json").toString());
        assertEquals(List.of("x: 表中 Sheet1!A4:G8 的资金块“资金情况”未导入，budget.json 中没有这些金额：jixiao 不能确定它的读法（可识别的资金表头见 "
                + "docs/forms.md）。请按这些表头填写（如 全年预算数、全年执行数、执行率，并写明单位 万元或元）后再导入，或在 budget.json 的 funds 中手工填写金额"),
                said.stream().filter(t -> t.contains("资金块")).toList());
    }
    /**
     * t75 (潼南 五桂镇 2023) as its page prints it: the town's roll-up (专项资金名称 | 潼南区五桂镇汇总项目库 | 业务主管部门 | … |
     * 当年预算 | 229.66 on one line, 项目概况 … 当年绩效目标 on the next, then 绩效指标 | 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值
     * and its five rows, SOURCE.md's "first table") above the fund's table transcribed by hand. The roll-up is no project: it is
     * not imported, and the import says so at its name's cell; the fund's table is read as the hand transcribes it. Before
     * session 40 the two were read as one table: the roll-up's rows, 表十二 (a target) and the 编制单位 line (a row) before
     * the fund's five, no funds, no year.
     */
    @Test
    void wugui2023WithItsRollUp() throws Exception {
        XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T75);
        org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheetAt(0);
        sheet.shiftRows(0, sheet.getLastRowNum(), 10);
        FormWorkbooks.S s = new FormWorkbooks.S(sheet);
        s.row(0, "专项资金名称", "潼南区五桂镇汇总项目库", "业务主管部门", "813-潼南区五桂镇", "当年预算", "229.66");
        s.row(1, "项目概况", "潼南区五桂镇项目汇总", "立项依据", "潼南区五桂镇项目汇总", "当年绩效目标", "按时足额发放,保障权益");
        s.row(2, "绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值");
        s.row(3, "", "发放人数", "20", "人数", "≥", "80");
        s.row(4, "", "是否按时足额发放", "10", "%", "≥", "95");
        s.row(5, "", "促进社会和谐", "20", "", "定性");
        s.row(6, "", "保障收入", "20", "", "定性");
        s.row(7, "", "保障权益", "20", "", "定性");
        imported("t75-tongnan-wugui-2023", RealTableWorkbooks.T75, "tongnan-project-2023.json", wb);
        assertEquals(handRows(), importedRows());
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        deptAsHand("kind", "year", "stage", "framework", "title", "overallGoals");
        assertEquals(List.of("x: 名称为“潼南区五桂镇汇总项目库”（Sheet1!B1）的表是本单位各项目的汇总表，不是一个项目，未导入（其中各行不是某个项目的绩效指标）；"
                + "其余的项目表照常导入"), said);
    }
}
