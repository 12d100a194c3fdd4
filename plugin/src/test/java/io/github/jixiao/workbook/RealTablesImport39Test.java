package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The import path of real tables t75 and t76 (session 39), as {@link RealTablesImport38Test} holds t64–t74: each table's cells
 * as its SOURCE.md prints them, in the committed workbooks {@code real-table-workbooks/} (built by {@link RealTableWorkbooks39}),
 * imported and held to the hand transcription: the rows field by field, the header fields the sheet prints, the funds, and
 * what check then says (RealTablesTest pins the hand transcription's findings).
 */
class RealTablesImport39Test extends RealTableImport {

    /**
     * t75 (重庆 潼南区五桂镇 2023, 一般性项目绩效目标表(一级项目)): its names are headed a bare 指标 (绩效指标 | 指标 | 指标权重 |
     * 计量单位 | 指标性质 | 指标值, no 一级 or 二级 column), which before session 39 the import did not take for the name column:
     * the workbook was refused (没有找到可识别的绩效指标表 … 缺少 三级指标（或 指标名称）列). Now the five rows as transcribed by hand
     * (指标权重 the points, 计量单位 the unit, 指标性质's = and ≥ the comparator), the title (not 表十二 above it), 编制单位 the unit
     * without its code 813, 专项资金名称 the project, 当年绩效目标 the goal, 当年预算 9.31 the funds in the 单位:万元 of the line
     * above, each with its cell; nothing said; and check says of it what it says of the hand transcription, the table's
     * 发放金额 ≥ 9.31 万元 = 当年预算 included (indicator-input-as-output, which needs the funds). Two differences, by the import's
     * documented readings: the owner (业务主管部门) is kept as printed, 813-潼南区五桂镇 (the hand drops the code, as t32's and
     * t33's owners are kept); the 定性 under 指标性质 is the row's nature (定性指标), where the hand writes it as the comparator.
     */
    @Test
    void wugui2023() throws Exception {
        imported("t75-tongnan-wugui-2023", RealTableWorkbooks.T75, "tongnan-project-2023.json");
        assertEquals(handRows(), importedRows());
        JsonNode hand = handFile("indicators.json").path("indicators");
        JsonNode rows = importedFile("indicators.json").path("indicators");
        assertEquals(hand.findValuesAsString("unit"), rows.findValuesAsString("unit"));
        assertEquals(List.of("=", "≥", "≥", "≥", "定性"), hand.findValuesAsString("comparator"));
        assertEquals(List.of("=", "≥", "≥", "≥"), rows.findValuesAsString("comparator"));
        assertEquals("定性指标", rows.path(4).path("nature").asString());
        deptAsHand("kind", "name", "year", "stage", "framework", "title", "overallGoals");
        assertEquals(handFile("department.json").path("project").path("name"), importedFile("department.json").path("project").path("name"));
        assertEquals("813-潼南区五桂镇", importedFile("department.json").path("project").path("owner").asString());
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals("Sheet1!B3", sidecar().path("submission/department.json#/name").asString());
        assertEquals("Sheet1!B4", sidecar().path("submission/department.json#/project/name").asString());
        assertEquals("Sheet1!B6", sidecar().path("submission/budget.json#/funds/total/initial").asString());
        assertEquals("Sheet1!B11", sidecar().path("submission/indicators.json#/indicators/0/name").asString());
        assertEquals(List.of(), said);
        findingsAsHand();
    }

    /**
     * A bare 指标 heading is the names' only beside the indicator table's other headings: over a 分值 | 得分 score sheet
     * (指标 | 分值 | 得分, no target) it heads no table, and the workbook is refused as before.
     */
    @Test
    void bareNameNeedsTheTablesHeadings() throws Exception {
        WorkbookImport.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> imported("t75-tongnan-wugui-2023", RealTableWorkbooks.T75, "tongnan-project-2023.json",
                        RealTableWorkbooks.edited(RealTableWorkbooks.T75, s -> {
                            s.text(9, 3, "分值");
                            s.text(9, 4, "得分");
                            s.text(9, 5, "备注");
                        })));
        assertEquals(false, Files.exists(tmp.resolve("submission/indicators.json")));
        assertEquals(true, e.getMessage().contains("没有找到可识别的"), e.getMessage());
    }
    /**
     * t76 (重庆 忠县 2022, the 中央 transfer's 区域绩效目标表 as the county passes it on): before session 39 its rows came in with
     * 绩效指标 as their 一级 (the heading 一级指标 spans 绩效指标, merged down the rows, and the 一级 right of it: a schema error
     * on each row), its 资金情况 block (年度金额(万元): | 397 over 其中:中央补助(万元) | 397 and a blank 地方资金(万元)) was not read
     * (said only as a block not read), nor 资金名称, nor 区县主管部门 (the import said the header named no unit, and check gave
     * workbook-department-missing). Now the two rows, the header, the goal and the funds are the hand's, each with its cell
     * (the total's label without its colon, as every label | amount block's), and check says what it says of the hand
     * transcription, but for the year: the table prints none (the hand reads 2022 from the allocation notice around it), which
     * the import says at the header's rows, and check's schema error follows.
     */
    @Test
    void shengzhu2022() throws Exception {
        imported("t76-zhongxian-shengzhu-2022", RealTableWorkbooks.T76, "zhongxian-transfer-2022.json");
        assertEquals(handRows(), importedRows());
        assertEquals(handFile("indicators.json").path("indicators").findValuesAsString("unit"),
                importedFile("indicators.json").path("indicators").findValuesAsString("unit"));
        deptAsHand("kind", "name", "stage", "framework", "title", "project", "overallGoals");
        JsonNode funds = handFile("budget.json").path("funds").deepCopy();
        ((tools.jackson.databind.node.ObjectNode) funds.path("total")).put("label", "年度金额(万元)"); // hand: as printed, 年度金额(万元):
        assertEquals(funds, importedFile("budget.json").path("funds"));
        assertEquals("Sheet1!D9", sidecar().path("submission/budget.json#/funds/total/initial").asString());
        assertEquals("Sheet1!D10", sidecar().path("submission/budget.json#/funds/components/0/initial").asString());
        assertEquals("Sheet1!B3", sidecar().path("submission/department.json#/project/name").asString());
        assertEquals("Sheet1!B8", sidecar().path("submission/department.json#/name").asString());
        assertEquals("Sheet1!B14", sidecar().path("submission/indicators.json#/indicators/0/level1").asString());
        assertEquals(1, said.size(), said.toString());
        assertEquals(true, said.get(0).startsWith("x: 表头 Sheet1!A1:F12（年度一栏、标题、表上方的短行）中没有年度"), said.get(0));
        List<String> findings = new java.util.ArrayList<>(ImportedTables.findings(tmp, true));
        assertEquals(true, findings.remove("schema required-titled  error"));
        assertEquals(ImportedTables.findings(h, true), findings);
    }

    /**
     * t72 (重庆 忠县 科学技术协会 2024, 部门整体绩效自评表) as a whole workbook would hold it: the committed copy (cut before its
     * indicators) with an indicator heading and one row under it. Its 资金情况 is read as the hand transcribes it: 年度总金额 the
     * total (before session 39 no total the reading knew: the block was not read, only 一般公共预算 said as a block left
     * out), 其中:财政拨款 the component with its 执行率 / 执行率权重 / 执行率得分, in 元; 一般公共预算, a part of 财政拨款, left
     * out (the hand's notes) and not said, beside the funds read.
     */
    @Test
    void kexie2024Funds() throws Exception {
        imported("t72-zhongxian-kexie-2024", RealTableWorkbooks.T72, null, RealTableWorkbooks.edited(RealTableWorkbooks.T72, s -> {
            s.row(12, "一级指标", "二级指标", "三级指标", "指标值");
            s.row(13, "产出指标", "数量指标", "科普活动场次", "≥10场");
        }));
        JsonNode funds = importedFile("budget.json").path("funds");
        assertEquals(handFile("budget.json").path("funds"), funds);
        assertEquals("Sheet1!A6", sidecar().path("submission/budget.json#/funds/total").asString());
        assertEquals(List.of(), said.stream().filter(t -> t.contains("资金块")).toList());
    }

    /**
     * t79 (兵团 六团 2021, 绩效目标申报表): its 资金情况 prints the project's funds and the year's side by side (项目资金总额: |
     * 1500 | 年度资金申请总额 | 1500, and their parts below). The year's column is what budget.json's funds are (a 目标申报 of the
     * year): before session 39 the import took the project's, left of it (helper F6: the same 1500 here, but a multi-year
     * project would have had its whole cost filed as the year's budget without a word). Now the year's total and parts as the
     * hand transcribes them, each with its cell.
     */
    @Test
    void liutuan2021YearsFunds() throws Exception {
        imported("t79-bingtuan-liutuan-2021", "t79-liutuan-2021.xlsx", "liutuan-xianjie-2021.json", RealTableWorkbooks39.liutuan2021());
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals("Sheet1!E5", sidecar().path("submission/budget.json#/funds/total/initial").asString());
        assertEquals(handRows(), importedRows());
    }

    /**
     * t77 (重庆 巴南区一品街道 2022, 部门(单位)整体绩效目标表): its goal is labelled 当年整体绩效目标, which before session 39 the
     * import did not know: the goal was dropped without a word (helper F6). Now it is the expected goal, from its cell, and the
     * eleven rows are the hand's.
     */
    @Test
    void yipin2022Goal() throws Exception {
        imported("t77-banan-yipin-2022", "t77-yipin-2022.xlsx", null, RealTableWorkbooks39.yipin2022());
        deptAsHand("overallGoals");
        assertEquals("Sheet1!B4", sidecar().path("submission/department.json#/overallGoals/expected/0").asString());
        assertEquals(handRows(), importedRows());
    }
}
