package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The import path of real tables t64–t66 and t71–t74 (session 38), as {@link RealTablesImport37Test} holds t58–t70: each
 * table's cells as its SOURCE.md prints them, in the committed workbooks {@code real-table-workbooks/} (built by {@link
 * RealTableWorkbooks38}), imported and held to the hand transcription ({@code real-tables/<table>/submission}): the rows field
 * by field, the header fields the sheet prints, the funds, and what check then says (RealTablesTest pins the hand
 * transcription's findings). Where the import and the hand differ by what the cells print (a unit or a year the hand reads
 * from the text around the table), the test names the cell and what each wrote.
 */
class RealTablesImport38Test extends RealTableImport {

    /**
     * t74 (清涧县 绩效目标申报表 2021, 陕西): the five rows, the header and the goal as transcribed by hand, and check says of it
     * what it says of the hand transcription. Its 资金情况 prints no unit (年度资金总额: | 500): the hand reads 万元 from the
     * allocation notice around the table; the import does not guess one and says so at the block's cell, which check then
     * does not miss (no finding reads the funds of a target table without an execution).
     */
    @Test
    void guoyuanlu2021() throws Exception {
        imported("t74-qingjian-guoyuanlu-2021", RealTableWorkbooks.T74, "qingjian-project-2021.json");
        assertEquals(handRows(), importedRows());
        deptAsHand("kind", "name", "year", "stage", "framework", "title", "project", "overallGoals");
        assertEquals(List.of("x: 资金块 Sheet1!B4“年度资金总额:”没有写明单位（万元或元），金额未导入，budget.json 中没有资金；"
                + "请在表中写明单位（资金块的标题如 项目资金申请（万元），或表头的 单位：万元）后再导入"), said);
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }

    /**
     * t71 (罗湖 南湖街道 2022, a 专项债券 project's 自评表): the bond row at the head of 当年绩效指标, 债券资金管理指标(10分) |
     * 总体支出进度 (当年实际支出金额/项目当年下达额度) over 1,437 | 1,437 | 1,437 | 10 | 10, prints no unit: the import does not
     * guess one (the hand reads 万元 from the amounts' size) and says so at the row's label, where before session 38 the row
     * was lost without a word. With the unit written in its heading (实际支出金额(万元), as the message asks) the row is
     * budget.json's funds as transcribed by hand, each figure with its cell, and check says of it what it says of the hand
     * transcription, the table's one error included (rate-mismatch: the 实际完成值 repeats the amount, 1437 for 100 %), but
     * for the year, which the table prints nowhere (the hand reads 2022 from the goals' text; the import says so). The four
     * rows, the header and the goals as transcribed by hand (the import writes 项目单位 as the implementer too, which the hand
     * leaves out).
     */
    @Test
    void nanhu2022() throws Exception {
        imported("t71-luohu-nanhu-pinggaiguan-2022", RealTableWorkbooks.T71, "nanhu-bond-project-2022.json");
        assertEquals(handRows(), importedRows());
        deptAsHand("kind", "name", "stage", "framework", "overallGoals", "implementation");
        // 项目单位 is also the project's implementer to the import (docs/forms.md), which the hand leaves out
        assertEquals(handFile("department.json").path("project").path("name"), importedFile("department.json").path("project").path("name"));
        assertEquals(handFile("department.json").path("project").path("owner"), importedFile("department.json").path("project").path("owner"));
        assertEquals("罗湖区南湖街道办事处", importedFile("department.json").path("project").path("implementer").asString());
        assertEquals(List.of("x: 表头 Sheet1!A1:I7（年度一栏、标题、表上方的短行）中没有年度，department.json 中没有 year（check 以 schema 的 required 报告）。"
                        + "请在 department.json 中填写本表的年度（\"year\": YYYY，YYYY 换成本表的四位年份，不加引号），或在表上方加一行“年度：YYYY”（写上年份）后再导入",
                "x: 资金块 Sheet1!C6“总体支出进度 (当年实际支出金额/项目当年下达额度)”没有写明单位（万元或元），金额未导入，"
                + "budget.json 中没有资金；请在表中写明单位（资金块的标题如 项目资金申请（万元），或表头的 单位：万元）后再导入"), said);
        tmp = Files.createTempDirectory(tmp, "t");
        imported("t71-luohu-nanhu-pinggaiguan-2022", RealTableWorkbooks.T71, "nanhu-bond-project-2022.json",
                RealTableWorkbooks.edited(RealTableWorkbooks.T71, s -> s.text(5, 3, "实际支出\n金额(万元)")));
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals("Sheet1!E7", sidecar().path("submission/budget.json#/funds/total/fullYear").asString());
        assertEquals("Sheet1!F7", sidecar().path("submission/budget.json#/funds/total/executionRatePercent").asString());
        List<String> findings = new ArrayList<>(ImportedTables.findings(tmp, true));
        assertEquals(true, findings.remove("schema required-titled  error"));
        // the copy's 产出指标 (50分) is written since session 44 (its rows printing their 分值); the 25 points the cut copy
        // holds under it are short of 50 by the copy's cut, which the partial framework says: not said
        // (CategoryPoints.check, Framework.cutShort), as a block short of the framework's is not
        assertEquals(false, findings.contains("score-weights category-rows-level1 /categories/0/points warning"), findings.toString());
        assertEquals(ImportedTables.findings(h, true), findings);
    }

    /**
     * t32 (乌海 2021, 内蒙古's 项目绩效目标表): its 投入目标(万元) block under 资金来源 | 年初安排金额(万元), 资金总额 3 over 其中:
     * 财政拨款数 3 and 其他资金 0: budget.json's funds as transcribed by hand, each amount with its cell. Before session 38 the
     * parts were left out without a word (财政拨款数, with its 数, was no part the import knew, and the block ended there).
     */
    @Test
    void zaisheng2021Funds() throws Exception {
        imported("t32-wuhai-zaisheng-2021", RealTableWorkbooks.T32, null);
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals("Sheet1!F7", sidecar().path("submission/budget.json#/funds/components/0/initial").asString());
    }

    /**
     * t32's header and rows: the eleven 产出 rows as transcribed by hand (指标性质's 正向 / 反向 as the direction, 指标方向's
     * "=" as the comparator), but for the two 时效 dates, cells holding 44561 shown with a thousands separator (their date
     * format lost): the import takes the cell's value, 44561, the hand the copy's text, 44,561; check names the same day
     * of both (date-serial). The unit is the 实施单位 without its code, (433001)乌海市供销合作社联合社 → 乌海市供销合作社联合社, as
     * transcribed by hand; the owner is kept as printed (docs/forms.md), code and all. Check says of the import what it says of
     * the hand transcription.
     */
    @Test
    void zaisheng2021() throws Exception {
        // on the framework beside the table (partial since session 53: the copy ends at the first character of 效益)
        imported("t32-wuhai-zaisheng-2021", RealTableWorkbooks.T32, "mof-project-2020-wuhai-zaisheng-2021.json");
        assertEquals(handRows().stream().map(r -> r.replace("44,561", "44561")).toList(),
                ImportedTables.rows(importedFile("indicators.json").path("indicators"), FIELDS));
        assertEquals(handFile("indicators.json").path("indicators").findValuesAsString("direction"),
                importedFile("indicators.json").path("indicators").findValuesAsString("direction"));
        deptAsHand("kind", "name", "year", "stage", "framework", "title", "overallGoals");
        assertEquals("(433)乌海市供销合作社联合社(部门)", importedFile("department.json").path("project").path("owner").asString());
        assertEquals(List.of(), said);
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }

    /**
     * t33 (井研 马踏镇 2023, 四川's 部门预算项目绩效目标申报表): 单位名称 | 项目名称 | 预算数 | 年度目标 printed as columns left of
     * the indicators, the project's values merged down its eight rows, the department's line (820-马踏镇部门 | 8,827,620.53)
     * above them: the unit (without its code), the project, its 预算数 (funds.total.initial, in 金额单位:元) and its goal as
     * transcribed by hand, each with its cell; the owner is the department's line as printed (the hand drops its code 820-,
     * as t32's owner is kept as printed). The eight rows and check's findings as the hand's. Before session 38 none of the
     * four columns was read, without a word: the import said the header named no unit (a false error in check,
     * workbook-department-missing) and wrote no project, funds or goal.
     */
    @Test
    void mata2023() throws Exception {
        imported("t33-jingyan-mata-2023", RealTableWorkbooks.T33, null);
        assertEquals(handRows(), importedRows());
        deptAsHand("kind", "name", "year", "stage", "framework", "overallGoals");
        assertEquals(handFile("department.json").path("project").path("name"), importedFile("department.json").path("project").path("name"));
        assertEquals("820-马踏镇部门", importedFile("department.json").path("project").path("owner").asString());
        assertEquals(handFile("budget.json").path("funds"), importedFile("budget.json").path("funds"));
        assertEquals("Sheet1!C5", sidecar().path("submission/budget.json#/funds/total/initial").asString());
        assertEquals("Sheet1!A5", sidecar().path("submission/department.json#/name").asString());
        assertEquals(List.of(), said);
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }

    /**
     * t66 (附件1 部门整体支出绩效评价指标表, two criteria of a province's template) imported with its framework: the two
     * 得分 as the hand's claims, and check says what it says of the hand transcription, and one finding more: the table
     * names no unit, which the import says at the header's cells (workbook-department-missing), where the hand writes a
     * placeholder name.
     */
    @Test
    void zhibiao13() throws Exception {
        imported("t66-bumen-zhibiao-13", RealTableWorkbooks.T66, "t66-department-indicators.json");
        assertEquals(handFile("self-assessment.json").path("criteria"), importedFile("self-assessment.json").path("criteria"));
        deptAsHand("kind", "year", "stage", "framework");
        assertEquals("Sheet1!I5", sidecar().path("submission/self-assessment.json#/criteria/1/score").asString());
        List<String> findings = new ArrayList<>(ImportedTables.findings(tmp, true));
        assertEquals(true, findings.remove("workbook-department-missing  /name error"));
        assertEquals(ImportedTables.findings(h, true), findings);
    }

    /**
     * t64 (a 公示's prose pasted into a sheet), t65 and t73 (a report's 收支概况 and 支出明细, the copy cut before the
     * indicators) and t72 (重庆's 部门整体 自评表 cut before its indicators): no indicator table, so nothing is written (the
     * hand transcriptions fill the funds from these cells and an empty indicator list, of which check says
     * score-weights total-no-indicators: the submission cannot be scored without its indicators; a table without indicators
     * has no import path). t70 (衡山 贯塘乡 2023, 部门整体 自评表 cut before its indicators) since session 40: before, it was
     * refused naming its funds heading 附件二!F3:H3 (分值｜执行率｜自评得分) as the nearest indicator table. Since session 39 the refusal says what the sheet holds, each with its cells: the header
     * fields (the unit, the project, the owner) and the funds blocks (t72's 资金情况 by its total's label, read with 年度总金额
     * as its total), and what to add; before, only "没有找到可识别的表", as if the file held nothing the import knew. t64's prose
     * prints neither a label nor a funds block: refused as before.
     */
    @Test
    void noIndicatorTable() throws Exception {
        String[][] tables = {
                {"t64-tongxin-xiamaguan-2023", RealTableWorkbooks.T64, null, null},
                {"t65-guiping-shenji-2019", RealTableWorkbooks.T65, "部门(单位)名称“桂平市审计局” Sheet1!B2", "“计划安排资金(万元)” Sheet1!A9:D9"},
                {"t72-zhongxian-kexie-2024", RealTableWorkbooks.T72,
                        "项目名称“重庆市忠县科学技术协会整体监控” Sheet1!B2; 项目主管部门“705-重庆市忠县科学技术协会” Sheet1!B3", "“年度总金额” Sheet1!A6:G7"},
                {"t73-wuyi-fangchen-2019", RealTableWorkbooks.T73,
                        "项目名称“防尘洗护费” Sheet1!B2; 项目单位“武义县环境卫生管理所” Sheet1!D2; 主管部门“武义县综合行政执法局” Sheet1!F2",
                        "“计划安排资金(万元)” Sheet1!A9:E9"}};
        // t70 (its 附件一 a 基础数据表, said as such since session 42) is RealTablesImport42Test.guantang2023NoIndicatorTable
        for (String[] t : tables) {
            WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                    () -> imported(t[0], t[1], null));
            assertEquals(t[2] == null ? "forms/" + t[1] + ": 没有找到可识别的表（需要 一级指标/三级指标 或 指标名称 等表头）"
                    : "forms/" + t[1] + ": 没有找到可识别的绩效指标表（需要 一级指标/三级指标 或 指标名称 等表头），未写入任何文件。表中看到的表头项："
                            + t[2] + "；资金块：" + t[3] + "。这些要与绩效指标表一同导入：请把绩效指标表（一级指标、二级指标、三级指标、指标值 等列）"
                            + "加到这张表中或同一工作簿的另一张表中，再导入；如果选错了文件，请改选含绩效指标表的工作簿", e.getMessage());
            assertEquals(false, Files.exists(tmp.resolve("submission/indicators.json")), t[0]);
            if (t[2] != null) {
                assertEquals("forms/" + t[1] + ": no indicator table found (it needs headings such as 一级指标 (level-1 indicator) / "
                        + "三级指标 (level-3 indicator) or 指标名称 (indicator name)); nothing was written. Header fields seen: " + t[2]
                        + "; funds blocks: " + t[3] + ". These are imported only together with an indicator table: add the indicator "
                        + "table (its columns headed 一级指标, 三级指标 or 指标名称 and the target values) to this sheet or to another sheet "
                        + "of the workbook and import again; if this is the wrong file, choose the workbook that holds the indicator table",
                        e.message(new io.github.jixiao.report.Messages(Locale.ENGLISH)));
            }
        }
    }
}
