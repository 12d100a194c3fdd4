package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The import path of real tables as session 41 reads them (t80, t81), as {@link RealTablesImport40Test} holds t70, t77 and
 * t79: each table's workbook as {@link RealTableWorkbooks41} builds it from its SOURCE.md, imported and held to the hand
 * transcription field by field, with what the import says.
 */
class RealTablesImport41Test extends RealTableImport {
    private static final String T80 = "t80-chengan-gaoling-2020";
    private static final String T81 = "t81-nanchang-cancha-2021";

    private void chengan() throws Exception {
        imported(T80, "t80-chengan-2020.xlsx", null, RealTableWorkbooks41.chengan2020());
    }

    /** {@code fields} of each indicator row, as "field=value" joined by " | ", of {@code doc}'s indicators (numbers by value). */
    private static List<String> rows(JsonNode doc, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : doc.path("indicators")) {
            StringBuilder sb = new StringBuilder();
            for (String f : fields) {
                JsonNode v = row.path(f);
                // a number as its value (the table's 25.00 is the hand's 25)
                String text = v.isMissingNode() ? "" : v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asString();
                sb.append(sb.length() > 0 ? " | " : "").append(f).append('=').append(text);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * t80's 预期指标值 is merged across three columns over 符号 | (a blank sub-heading) | 单位(文字描述), each row printing
     * ">= | 98 | %(百分比)": the comparator, the figure and the unit, as transcribed by hand, each from its cell. Before session
     * 41 the target was the 符号 column's ">=" and the figure (98, 99, 75, 95) was dropped without a word.
     */
    @Test
    void chengan2020Target() throws Exception {
        chengan();
        List<String> hand = rows(handFile("indicators.json"), "name", "comparator", "target", "unit");
        assertEquals(hand, rows(importedFile("indicators.json"), "name", "comparator", "target", "unit").subList(0, hand.size()));
        assertEquals("Sheet1!E16", sidecar().path("submission/indicators.json#/indicators/0/comparator").asString());
        assertEquals("Sheet1!F16", sidecar().path("submission/indicators.json#/indicators/0/target").asString());
        assertEquals("Sheet1!G16", sidecar().path("submission/indicators.json#/indicators/0/unit").asString());
    }

    /**
     * t80's 自评得分 prints three columns, 单项指标得分 | 权重占比(%) | 单项指标折算得分, and its 指标分值 heading stands over the
     * column each row fills with its 指标解释 (SOURCE.md): the explanation is the row's definition, 权重占比 its points,
     * 单项指标得分 its score and 单项指标实际完成值 its actual, as transcribed by hand; the 折算得分 (6.25 = 25 × 25 %) has no
     * field and is said so, and the 指标分值 column read as text is said at its heading. Before session 41 the four
     * explanations were "应为数字" (workbook-cell-unreadable ×4), and 单项指标实际完成值, 权重占比(%) and 单项指标折算得分 were
     * "未识别": no actual, no points.
     */
    @Test
    void chengan2020Scores() throws Exception {
        chengan();
        List<String> hand = rows(handFile("indicators.json"), "name", "definition", "actual", "points", "score");
        assertEquals(hand, rows(importedFile("indicators.json"), "name", "definition", "actual", "points", "score").subList(0, hand.size()));
        assertEquals("Sheet1!K16", sidecar().path("submission/indicators.json#/indicators/0/points").asString());
        assertEquals("Sheet1!D16", sidecar().path("submission/indicators.json#/indicators/0/definition").asString());
        // 总体完成率 and 单项指标完成情况 since session 42 said as having no field (RealTablesImport42Test.chengan2020NoFieldSaid), not as unknown
        assertEquals(List.of("x: 表头 Sheet1!K10“总体完成率(%)”（年度目标的总体完成率：100.00）没有对应字段，未导入：check 不读取也不据此计分。"
                        + "如需保留，请写在 department.json 的 notes 中",
                "x: 表头 Sheet1!I14“单项指标完成情况”（各行是否完成，如“完成”）没有对应字段，该列未导入：check 按各行的指标值与实际完成值"
                        + "（target、actual）判断是否完成",
                "x: 表头 Sheet1!L15“单项指标折算得分”（各行得分按其权重折算）没有对应字段，该列未导入：各行的得分与分值已从旁边的栏目读入（score、points），check 据此计分",
                "note x: 表头 Sheet1!D14“指标分值”一栏各行印的是文字而不是数字：按各指标的指标解释读入 definition；分值从 Sheet1!K15“权重占比(%)”一栏读入。"
                        + "如表中的分值确应在“指标分值”一栏，请填入后重新导入"),
                said.stream().filter(t -> t.matches(".*表头 Sheet1![A-Z]+[0-9]+“.*") || t.contains("应为数字")).toList());
    }

    /**
     * t80's copy ends on the row 预算执行率 | 预算执行率 (its 一级 and 二级 cells, no 三级): the funds block's rate, which
     * mof-project-2020 scores from the funds, no indicator: the import writes the four indicators the hand transcribes and
     * says the row at its cell. Before session 41 it was a fifth indicator with 一级 预算执行率 (schema enum, template row).
     */
    @Test
    void chengan2020ExecutionRow() throws Exception {
        chengan();
        assertEquals(handFile("indicators.json").path("indicators").size(), importedFile("indicators.json").path("indicators").size());
        assertEquals(List.of("note x: Sheet1!A20“预算执行率”一行不是绩效指标，未导入 indicators.json：框架按 budget.json 的资金（执行数与预算数）"
                + "计算预算执行率的得分，请核对资金是否已导入"), said.stream().filter(t -> t.contains("一行不是绩效指标")).toList());
        assertEquals("Sheet1!A14:K19", sidecar().path("submission/indicators.json#/indicators").asString());
    }

    /**
     * t80's 三、目标完成情况 heads 年度预期目标 | 具体完成情况 side by side, two goals a column, one a line: overallGoals.expected
     * and achieved, as transcribed by hand, each from its cell. Before session 41 both were dropped without a word.
     */
    @Test
    void chengan2020Goals() throws Exception {
        chengan();
        deptAsHand("overallGoals");
        assertEquals("Sheet1!A12", sidecar().path("submission/department.json#/overallGoals/expected/1").asString());
        assertEquals("Sheet1!F11", sidecar().path("submission/department.json#/overallGoals/achieved/0").asString());
    }

    private void cancha(String framework) throws Exception {
        imported(T81, "t81-cancha-2021.xlsx", framework, RealTableWorkbooks41.cancha2021());
    }

    /**
     * t81's 年度总体目标 heads 年初设定目标 | 全年完成情况 side by side over one line each: overallGoals.expected and achieved, as
     * transcribed by hand. Before session 41 the expected goal was the heading 年初设定目标, and the achieved one was dropped.
     */
    @Test
    void cancha2021Goals() throws Exception {
        cancha("cancha-department-2021.json");
        deptAsHand("overallGoals");
        assertEquals("Sheet1!B8", sidecar().path("submission/department.json#/overallGoals/expected/0").asString());
        assertEquals("Sheet1!F8", sidecar().path("submission/department.json#/overallGoals/achieved/0").asString());
    }

    /**
     * t80's unit is 实施(主管)单位 | 314002-成安县民政局机关: the name (and the project's implementer) without its code, the code
     * the unit's, as transcribed by hand, from its cell; nothing said of a missing unit. Before session 41 the label was not
     * read: no unit (workbook-department-missing).
     */
    @Test
    void chengan2020Unit() throws Exception {
        chengan();
        deptAsHand("name", "code", "project", "kind", "year", "stage", "framework", "title");
        assertEquals("Sheet1!H3", sidecar().path("submission/department.json#/name").asString());
        assertEquals(List.of(), said.stream().filter(t -> t.contains("单位名称")).toList());
    }

    /**
     * t81's unit is 评价部门名称 | 南昌县黄马乡蚕茶卫生院: the name, as transcribed by hand, from its cell. Before session 41 the
     * label was not read: no unit (workbook-department-missing).
     */
    @Test
    void cancha2021Unit() throws Exception {
        cancha("cancha-department-2021.json");
        deptAsHand("name", "kind", "year", "stage", "framework");
        assertEquals("Sheet1!B2", sidecar().path("submission/department.json#/name").asString());
    }

    /**
     * t81's indicator heading is 分解目标 | 自评权重 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 | 偏差及原因分析:
     * 分解目标 is each row's 一级 (效果指标 written 效益指标, said), 自评权重 the 分解目标's weight (the framework's, no row's
     * field: not said), 偏差及原因分析 the explanation. With the table's framework named (cancha-department-2021.json), the
     * seven 管理指标 rows are its assessed criteria, each a claim with the row's 得分 (self-assessment.json), and the 产出 and
     * 效果 rows the indicators, as transcribed by hand. Before session 41 分解目标, 自评权重 and 偏差及原因分析 were "未识别": no
     * row had a 一级, the 管理指标 rows were indicators and the explanations were lost.
     */
    @Test
    void cancha2021Rows() throws Exception {
        cancha("cancha-department-2021.json");
        assertEquals(handRows(), importedRows());
        assertEquals(handFile("self-assessment.json").path("criteria").valueStream().map(c -> c.path("criterion").asString() + " "
                        + c.path("score").asString()).toList(),
                importedFile("self-assessment.json").path("criteria").valueStream().map(c -> c.path("criterion").asString() + " "
                        + c.path("score").asString()).toList());
        assertEquals("Sheet1!H10", sidecar().path("submission/self-assessment.json#/criteria/0/score").asString());
        assertEquals("Sheet1!I21", sidecar().path("submission/indicators.json#/indicators/4/explanation").asString());
        assertEquals(List.of(), said.stream().filter(t -> t.contains("表头")).toList());
    }

    /**
     * t81 imported with no framework named: the 管理指标 rows (budget and asset management the unit assesses) come in as
     * indicators under a 一级 the national taxonomy has not, and the import says so once at its cell, with how a framework
     * file reads them as claims (the hand transcription's own frame beside the table). Before session 41 nothing was said
     * (and no row had a 一级).
     */
    @Test
    void cancha2021ManagementWithoutFramework() throws Exception {
        cancha(null);
        assertEquals(List.of("x: 单元格 Sheet1!A10 的一级指标“管理指标”不属于国家分类（产出指标、效益指标、满意度指标、成本指标）：其下各行已按绩效指标导入 "
                + "indicators.json，check 会报告其一级指标。如本表把这些行作为由单位自评的评分项目（如预算、资产管理），请把评分框架写成文件、将其列为自评项"
                + "（assessed），再用 -Djixiao.framework=<框架文件> 重新导入：框架中有其名称的行将读作 self-assessment.json 的自评项"),
                said.stream().filter(t -> t.contains("国家分类（")).toList());
        assertEquals(16, importedFile("indicators.json").path("indicators").size());
    }

    /**
     * t81's 整体支出规模 prints 全年预算数 | 全年执行数 | 执行率 by 资金来源 (one line, (1)财政拨款) and by 资金结构 ((1)基本支出,
     * (2)项目支出), no 合计 line and no amount, the rate 103.21% on two lines: the one source is the total and the structure
     * its components, as transcribed by hand, each from its cell; check then says what it says of the hand transcription
     * (execution-over-budget stated at the total's rate among them). Before session 41 the block had no total line and was
     * dropped without a word: budget.json had no funds. (The form prints no unit: the import's 元 is left; the hand writes 万元.)
     */
    @Test
    void cancha2021Funds() throws Exception {
        cancha("cancha-department-2021.json");
        JsonNode funds = importedFile("budget.json").path("funds");
        assertEquals(handFile("budget.json").path("funds").path("total"), funds.path("total"));
        assertEquals(handFile("budget.json").path("funds").path("components"), funds.path("components"));
        assertEquals("Sheet1!F4", sidecar().path("submission/budget.json#/funds/total/executionRatePercent").asString());
        findingsAsHand();
    }

    /**
     * t80's 二、预算执行情况 heads 预算安排情况(调整后) | 资金到位情况 | 资金执行情况 | 预算执行进度(%), the first three each over a
     * label and its amount (预算数 | 6.84 …), then 其中:财政资金 and 其他 the same way: funds.total (预算数 → fullYear, 执行数 →
     * executed, the rate), 到位数 → fundsAvailable and the two lines its components, in 万元 (the header's 金额单位), as
     * transcribed by hand, each from its cell, and check says of the import what it says of
     * the hand transcription. Before session 41 the block was said as two funds blocks not read, and budget.json had no funds.
     */
    @Test
    void chengan2020Funds() throws Exception {
        chengan();
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals(handFile("budget.json").path("fundsAvailable"), importedFile("budget.json").path("fundsAvailable"));
        assertEquals("Sheet1!F6", sidecar().path("submission/budget.json#/funds/total/executed").asString());
        assertEquals("Sheet1!D6", sidecar().path("submission/budget.json#/fundsAvailable").asString());
        // the 到位数 column's own 其中:财政资金 (D7) has no field (fundsAvailable is one amount), and the hand leaves it out too:
        // said, as any amount of a block read that is not imported
        assertEquals(List.of("x: 资金块“预算数”中 Sheet1!A7:D7 的金额未导入，budget.json 中没有这些金额（同一资金块的其他金额已导入）："
                + "jixiao 不能确定这几行的读法（可识别的资金行见 docs/forms.md）。请核对 budget.json 的 funds，按需手工补上这些金额，"
                + "或按可识别的行名（如 其中：财政拨款、其他资金）填写后再导入"), said.stream().filter(t -> t.contains("资金块")).toList());
        findingsAsHand();
    }

    /**
     * t70 (衡山 贯塘乡 2023) as a whole workbook would hold it (its 附件二 with an indicator heading and a row, as
     * RealTablesImport40Test builds it): 附件一, the 部门整体支出绩效评价基础数据表 (staffing, 三公经费, 公用经费, transcribed by hand
     * into management.json), has no reader: the import says the sheet was not imported, with what it saw there and its cells.
     * Before session 41 it was dropped without a word.
     */
    @Test
    void guantang2023SheetNotRead() throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T70);
        FormWorkbooks.S s = new FormWorkbooks.S(wb.getSheet("附件二"));
        s.row(12, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        s.row(13, "产出指标", "数量指标", "辖区道路保洁面积", "≥10万平方米", "10万平方米", "10", "10");
        imported("t70-hengshan-guantang-2023", RealTableWorkbooks.T70, null, wb);
        // since session 42 said as the 基础数据表 it is, at its title's cell (before: its lines one by one, as funds blocks)
        assertEquals(List.of("x: 工作表 附件一 未导入：它是基础数据表（“2023年度部门整体支出绩效评价基础数据表” 附件一!A1：人员编制、三公经费、公用经费等"
                + "支出控制情况），jixiao 不导入这种表。其中需随申报核对的数字（编制数与实有人数、三公经费、公用经费）请手工写入 management.json"
                + "（各项写在哪里见 docs/forms.md）"),
                said.stream().filter(t -> t.contains("工作表")).toList());
    }
}
