package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the import makes of the four tables a finance officer imported in session 27 ({@link FourTables27}: 寿县 2023,
 * 宁德 2019 .xls, 广水 2021 .docx, 东丽 2020), each test a finding of that report: the table that was misread, and one read
 * right beside it where the fix could have gone too far.
 */
class FourTablesImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** A framework file of the test resources copied into the project as {@code frameworks/<name>}. */
    private String framework(String resource) throws Exception {
        Path to = tmp.resolve("frameworks").resolve(Path.of(resource).getFileName().toString());
        Files.createDirectories(to.getParent());
        try (InputStream in = FourTablesImportTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp.relativize(to).toString();
    }

    private WorkbookImport.Result run(Path file, String framework) throws Exception {
        return WorkbookImport.run(tmp, tmp.relativize(file).toString(), tmp.resolve("submission"), true, framework);
    }

    private JsonNode read(String file) throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission").resolve(file)));
    }

    private String sidecar() throws Exception {
        return Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS));
    }

    private static String log(WorkbookImport.Result r, java.util.Locale locale) {
        Messages m = new Messages(locale);
        StringBuilder sb = new StringBuilder();
        for (WorkbookImport.Problem p : r.problems()) {
            sb.append(p.message(m, "forms/x")).append('\n');
        }
        return sb.toString();
    }

    private static final String GUANGSHUI = "/p26/f2-guangshui-xiangcun-2021/guangshui-project-2021.json";

    /**
     * 广水's Word table with 质量指标's 自评分 merged down its two rows (vMerge, 表1!G13 over G14), the second row's own 5 left
     * in the continuing cell (Word hides it, showing the 6 above): the block is read by its first cell, as an Excel block is
     * (the second row gets no score), and the hidden 5 is said at its cell with the block's first cell and what to do
     * (merged-own), as the xlsx path has since session 43. Before session 44 a Word continuation cell's own text was dropped
     * without a word.
     */
    @Test
    void aFigureHiddenUnderAWordMergedCellIsSaid() throws Exception {
        Path f = FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null);
        try (InputStream in = Files.newInputStream(f); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var t = doc.getTables().get(0);
            for (int r = 12; r <= 13; r++) {
                var tc = t.getRow(r).getCell(6).getCTTc();
                var vm = (tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr()).addNewVMerge();
                if (r == 12) {
                    vm.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
                }
            }
            try (var out = Files.newOutputStream(f)) {
                doc.write(out);
            }
        }
        WorkbookImport.Result r = run(f, framework(GUANGSHUI));
        assertEquals("6", indicator("农村公路建设验收合格率").path("score").asString());
        assertTrue(indicator("农村公路养护验收合格率").path("score").isMissingNode(), indicator("农村公路养护验收合格率").toString());
        assertEquals(List.of("x: 单元格 表1!G14 在合并单元格中，合并单元格只读其第一格 表1!G13（“6”，属 表1!G13 所在的行）；表1!G14 自己填的“5”"
                + "被合并单元格遮住，未导入。如 表1!G14 所在的行有自己的数字，请取消合并，保留 表1!G14 中的“5”后重新导入（-Djixiao.overwrite=true）；"
                + "如没有，请清除 表1!G14"), FormWorkbooks.said(r, java.util.Locale.CHINA).stream().filter(x -> x.contains("合并")).toList());
    }

    /** The indicator with this name in indicators.json, or a missing node. */
    private JsonNode indicator(String name) throws Exception {
        for (JsonNode i : read("indicators.json").path("indicators")) {
            if (name.equals(i.path("name").asString())) {
                return i;
            }
        }
        return JSON.missingNode();
    }

    /** C1: 自评分 and 自评得分 (寿县 prints the latter) head the score column of an indicator table as 得分 does. */
    @Test
    void selfScoreHeadingsAreTheScoreColumn() throws Exception {
        for (String heading : List.of("自评分", "自评得分", "得分")) {
            WorkbookImport.Result r = run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), heading, null), framework(GUANGSHUI));
            // before: 表头 表1!G6“自评分”未识别，该列未导入, and every score lost
            assertFalse(log(r, Messages.ZH).contains(heading + "”未识别"), log(r, Messages.ZH));
            assertEquals(5, indicator("农村公路养护验收合格率").path("score").asInt(), heading);
            assertEquals(15, indicator("乡村道路建设养护里程").path("score").asInt(), heading);
            Files.delete(tmp.resolve("frameworks/guangshui-project-2021.json"));
        }
    }

    private static final String SHOUXIAN = "/real-tables/t43-shouxian-2023/shouxian-department-2023.json";

    /**
     * A1: 寿县's 填报说明 merged across the 评分表 under its 合计 row is a note, no criterion (it was reported as a row not in
     * the framework, at D12, with advice in JSON terms); the five criteria are read as before.
     */
    @Test
    void aNoteMergedAcrossTheScoreSheetIsNoCriterion() throws Exception {
        WorkbookImport.Result r = run(FourTables27.shouxian(tmp.resolve("forms/整体支出自评表.xlsx")), framework(SHOUXIAN));
        assertFalse(log(r, Messages.ZH).contains("填报说明"), log(r, Messages.ZH));
        assertEquals(List.of(), r.problems().stream().filter(p -> p.key().equals("no-criterion")).toList());
        JsonNode criteria = read("self-assessment.json").path("criteria");
        assertEquals(5, criteria.size(), criteria.toString());
        assertEquals(15, read("self-assessment.json").path("stated").path("total").asInt());
        assertEquals("李某", read("department.json").path("preparer").asString());
    }

    /** C4: 广水 prints each 二级 with its points (数量指标（15分）): the name is the category's, without them, as the 一级's. */
    @Test
    void aLevel2IsNamedWithoutItsPoints() throws Exception {
        run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null), framework(GUANGSHUI));
        assertEquals("产出指标 数量指标", indicator("乡村道路建设养护里程").path("level1").asString() + " "
                + indicator("乡村道路建设养护里程").path("level2").asString());
        assertEquals("质量指标", indicator("农村公路养护验收合格率").path("level2").asString());
        Files.delete(tmp.resolve("frameworks/guangshui-project-2021.json"));
        // 东丽 prints its 二级 without points: as printed
        run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        assertEquals("社会效益指标", indicator("方便周边居民出行").path("level2").asString());
    }

    /**
     * 广水's 二级 print their points (数量指标（15分）, 质量指标（12分）): they are indicators.json's categories, once per 二级 with
     * its cell (they were stripped from the name and dropped, review v27b item 6), so a row printing no 分值 of its own takes
     * the category's 15 and is scored 15 of 15 when met; a row printing its own keeps them. 东丽's 二级 print none: no 二级
     * categories. Since session 44 the 一级's points printed over rows that have theirs (广水's 产出指标（40分）, 东丽's 50/30/10)
     * are written too, from the 一级's cell.
     */
    @Test
    void aLevel2sPrintedPointsAreItsCategorys() throws Exception {
        run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null, ""), framework(GUANGSHUI));
        JsonNode cats = read("indicators.json").path("categories");
        assertEquals("[{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"points\":15},"
                + "{\"level1\":\"产出指标\",\"level2\":\"质量指标\",\"points\":12},{\"level1\":\"产出指标\",\"points\":40}]", cats.toString());
        assertTrue(indicator("乡村道路建设养护里程").path("points").isMissingNode());
        assertEquals(6, indicator("农村公路养护验收合格率").path("points").asInt());
        assertTrue(sidecar().contains("\"submission/indicators.json#/categories/0/points\" : \"表1!B12\""), sidecar());
        assertTrue(sidecar().contains("\"submission/indicators.json#/categories/1/points\" : \"表1!B13\""), sidecar());
        assertTrue(sidecar().contains("\"submission/indicators.json#/categories/2/points\" : \"表1!A12\""), sidecar());

        io.github.jixiao.engine.EngineResult e = new io.github.jixiao.engine.Engine().run(
                io.github.jixiao.engine.EngineOptions.of(tmp, tmp.resolve("submission")));
        assertEquals(List.of(), e.findings().stream().filter(f -> f.ruleId().equals("schema-violation")).toList());
        io.github.jixiao.score.CriterionScore row = e.sheet().criterion("performance-indicators").orElseThrow().items().stream()
                .filter(i -> i.name().equals("乡村道路建设养护里程")).findFirst().orElseThrow();
        assertEquals("15 15", row.weight().stripTrailingZeros().toPlainString() + " " + row.score().stripTrailingZeros().toPlainString());
        Files.delete(tmp.resolve("frameworks/guangshui-project-2021.json"));

        run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        // (its 一级 print theirs, 产出指标（50分）…, over rows that print their own 分值: written, so the rows are held to them
        // (score-weights category-rows-level1); 20 + 15 + 15, 15 + 15 and 10 add up, and nothing is said; session 44)
        assertEquals("[{\"level1\":\"产出指标\",\"points\":50},{\"level1\":\"效益指标\",\"points\":30},"
                + "{\"level1\":\"满意度指标\",\"points\":10}]", read("indicators.json").path("categories").toString());
        assertEquals(List.of(), new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(tmp, tmp.resolve("submission")))
                .findings().stream().filter(f -> f.key().startsWith("category")).toList());
    }

    /**
     * C3: 广水's table is 2021's (its report's heading paragraph says 2021年度); the line above the table that says
     * 填报日期：2022年8月10日 gives the date it was filed, not the year (it gave 2022). 东丽's year is its title line's, as before;
     * a period line above 宁德's table (（2019年1月1日至2019年12月31日）) gives its year when its dates' years agree.
     */
    @Test
    void theYearIsNotTheFilingDates() throws Exception {
        run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null), framework(GUANGSHUI));
        assertEquals(2021, read("department.json").path("year").asInt());
        assertEquals("2022-08-10", read("department.json").path("reportDate").asString());
        run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        assertEquals(2020, read("department.json").path("year").asInt());
        // 宁德's year line printed as the period the table covers: the period's year (they gave none, in silence)
        String xls = "forms/部门整体支出绩效目标表.xls";
        run(FourTables27.ningde(tmp.resolve(xls), "（2019年1月1日至2019年12月31日）", false), framework(NINGDE));
        assertEquals(2019, read("department.json").path("year").asInt());
        run(FourTables27.ningde(tmp.resolve(xls), "自评期间：2021年1月1日-2021年12月31日", false), framework(NINGDE));
        assertEquals(2021, read("department.json").path("year").asInt());
        // a period over two years, or a filing date there, gives none
        run(FourTables27.ningde(tmp.resolve(xls), "（2019年7月1日至2020年6月30日）", false), framework(NINGDE));
        assertTrue(read("department.json").path("year").isMissingNode(), read("department.json").toString());
        run(FourTables27.ningde(tmp.resolve(xls), "单位：万元　填报日期：2020年3月1日", false), framework(NINGDE));
        assertTrue(read("department.json").path("year").isMissingNode(), read("department.json").toString());
    }

    /**
     * A3: 寿县 breaks its names over lines inside the cell (基础信息\n完整性): the name written is one line, as printed
     * without the break; 东丽's names, on one line, as printed.
     */
    @Test
    void namesBrokenOverLinesInTheirCellAreOneLine() throws Exception {
        run(FourTables27.shouxian(tmp.resolve("forms/整体支出自评表.xlsx")), framework(SHOUXIAN));
        JsonNode criteria = read("self-assessment.json").path("criteria");
        assertEquals("基础信息完整性", criteria.get(0).path("name").asString());
        assertEquals("年度绩效目标明确性", criteria.get(4).path("name").asString());
        run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        assertEquals("道路建设长度", indicator("道路建设长度").path("name").asString());
        assertEquals("产出指标", indicator("道路建设长度").path("level1").asString());
    }

    /**
     * A4 / D1: 东丽 prints 填报单位（盖章）and 填报日期 in a line under its table (A22): the unit that files it wins over the
     * 主管部门 (天津市东丽区财政局, which it was), as above the table, and the log says which cell the name came from;
     * 寿县's 填报日期 in its 填表人 line under the 评分表 is its reportDate. 广水 prints neither under its table: its name is the
     * 主管部门's, as before.
     */
    @Test
    void theFilerAndTheDateUnderTheTable() throws Exception {
        WorkbookImport.Result r = run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        JsonNode d = read("department.json");
        assertEquals("天津市东丽区建设管理委员会", d.path("name").asString());
        assertEquals("2021-05-10", d.path("reportDate").asString());
        assertEquals("天津市东丽区财政局", d.path("project").path("owner").asString());
        assertTrue(sidecar().contains("\"submission/department.json#/name\" : \"项目自评表!A22\""), sidecar());
        assertTrue(log(r, Messages.ZH).contains("项目自评表!A22"), log(r, Messages.ZH));
        assertTrue(log(r, java.util.Locale.ENGLISH).contains("项目自评表!A22"), log(r, java.util.Locale.ENGLISH));

        run(FourTables27.shouxian(tmp.resolve("forms/整体支出自评表.xlsx")), framework(SHOUXIAN));
        assertEquals("2024-03-28", read("department.json").path("reportDate").asString());
        assertEquals("寿县农业农村局", read("department.json").path("name").asString());

        run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null), framework(GUANGSHUI));
        assertEquals("广水市交通运输局", read("department.json").path("name").asString());
    }

    private static final String NINGDE = "/real-tables/t38-ningde-fangzhi-2019/ningde-department-2019.json";

    /**
     * B1: 宁德's 年度预算安排（万元） 资金总额 171.41 / 项目支出 60.8 / 基本支出 (=C4-C5) of a 部门整体 目标表 are the total and its
     * two parts, and the total is the initialBudget (real-tables/t38's budget.json); they were cut at 项目支出.
     */
    @Test
    void aDepartmentsBudgetPartsAndInitialBudget() throws Exception {
        WorkbookImport.Result r = run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls")), framework(NINGDE));
        JsonNode funds = read("budget.json").path("funds");
        assertEquals("万元 171.41", funds.path("unit").asString() + " " + funds.path("total").path("initial").asString());
        assertEquals("项目支出 60.8", funds.path("components").get(0).path("label").asString() + " "
                + funds.path("components").get(0).path("initial").asString());
        assertEquals("基本支出 110.61", funds.path("components").get(1).path("label").asString() + " "
                + funds.path("components").get(1).path("initial").asString());
        assertEquals("171.41 万元", read("budget.json").path("initialBudget").path("value").asString() + " "
                + read("budget.json").path("initialBudget").path("unit").asString());
        assertTrue(sidecar().contains("\"submission/budget.json#/initialBudget\" : \"附件4!C4\""), sidecar());
    }

    /**
     * B2 / C6: 年度总体目标 printed beside its goals: 宁德's label merged over four rows, a goal on each (目标1–4), or all four in
     * one cell merged down beside it, and 广水's one row; both were dropped. 东丽's 年度总体目标 over 预期目标 / 实际完成情况 is read as before.
     */
    @Test
    void overallGoalsBesideTheirLabel() throws Exception {
        run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls")), framework(NINGDE));
        JsonNode expected = read("department.json").path("overallGoals").path("expected");
        assertEquals(4, expected.size(), expected.toString());
        assertEquals("目标1:确保本室各人员工资及福利的发放;", expected.get(0).asString());
        assertEquals("目标4:保障志鉴地情相关工作开展所需资金,确保完成2019年度任务。", expected.get(3).asString());
        assertTrue(sidecar().contains("\"submission/department.json#/overallGoals/expected/3\" : \"附件4!B10\""), sidecar());

        // the four goals in one cell merged down beside the label (B7:F10): one goal, read once (it was read 4 times, B7…B10)
        run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls"), "（ 2019 年度）", true), framework(NINGDE));
        expected = read("department.json").path("overallGoals").path("expected");
        assertEquals(1, expected.size(), expected.toString());
        assertTrue(expected.get(0).asString().startsWith("目标1:") && expected.get(0).asString().contains("目标4:"), expected.toString());
        assertTrue(sidecar().contains("\"submission/department.json#/overallGoals/expected/0\" : \"附件4!B7\""), sidecar());
        assertFalse(sidecar().contains("overallGoals/expected/1"), sidecar());

        run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null), framework(GUANGSHUI));
        assertEquals("1.完成乡村道路建设养护里程 300 公里; 2. 3.",
                read("department.json").path("overallGoals").path("expected").get(0).asString());

        run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        JsonNode goals = read("department.json").path("overallGoals");
        assertEquals(1, goals.path("expected").size());
        assertTrue(goals.path("expected").get(0).asString().startsWith("1.保质保量"), goals.toString());
        assertEquals("总体绩效目标基本完成。", goals.path("achieved").get(0).asString());
    }

    /**
     * B3: 宁德's 年度履职目标 (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额（万元）) is tasks.json as real-tables/t38 has it:
     * 年度目标任务 the name, 部门职能 the content, 支出项目名称 the subItem, 预算金额 budget.total; it was dropped without a word.
     */
    @Test
    void dutyTargetsAreTasks() throws Exception {
        run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls")), framework(NINGDE));
        JsonNode tasks = read("tasks.json").path("tasks");
        assertEquals(3, tasks.size(), tasks.toString());
        JsonNode t = tasks.get(0);
        assertEquals("保障志鉴地情相关工作开展所需资金,确保完成2019年度任务", t.path("name").asString());
        assertEquals("组织、指导、编纂、督促和检查地方志、年鉴、地情工作", t.path("content").asString());
        assertEquals("地情、市志编纂与年鉴出版经费", t.path("subItem").asString());
        assertEquals("49.8 万元", t.path("budget").path("total").path("value").asString() + " "
                + t.path("budget").path("total").path("unit").asString());
        assertEquals("基本支出", tasks.get(2).path("subItem").asString());
        assertTrue(sidecar().contains("\"submission/tasks.json#/tasks/2/subItem\" : \"附件4!D14\""), sidecar());
        assertEquals(7, read("indicators.json").path("indicators").size());
    }

    /**
     * B4: 宁德's 目标表 imported without -Djixiao.framework is put under a built-in framework by its layout; the log says which
     * and how to change it. With the framework named, nothing is said.
     */
    @Test
    void aFrameworkChosenIsSaid() throws Exception {
        WorkbookImport.Result r = run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls")), null);
        String chosen = read("department.json").path("framework").asString();
        assertEquals(1, r.notes().size(), r.notes().toString());
        String zh = r.notes().get(0).message(new Messages(Messages.ZH), "forms/x");
        assertTrue(zh.contains(chosen) && zh.contains("-Djixiao.framework") && zh.contains("附件4"), zh);
        String en = r.notes().get(0).message(new Messages(java.util.Locale.ENGLISH), "forms/x");
        assertTrue(en.contains(chosen) && en.contains("-Djixiao.framework"), en);
        r = run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls")), framework(NINGDE));
        assertEquals(List.of(), r.notes());
    }

    /**
     * C5: 广水's funds block prints one row of amounts under 年初预算数 … 执行率 with no label of its own (项目资金（万元）
     * merged down over it): that row is the total, labelled by the block (budget.json was empty). A block
     * labelling its rows reads as printed (东丽).
     */
    @Test
    void aFundsBlocksOnlyRowWithoutALabelIsItsTotal() throws Exception {
        run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null), framework(GUANGSHUI));
        JsonNode funds = read("budget.json").path("funds");
        assertEquals("万元", funds.path("unit").asString(), funds.toString());
        JsonNode total = funds.path("total");
        assertEquals("项目资金（万元）", total.path("label").asString());
        assertEquals(309, total.path("initial").asDouble());
        assertEquals(309, total.path("executed").asDouble());
        assertEquals(100, total.path("executionRatePercent").asDouble());
        assertTrue(sidecar().contains("\"submission/budget.json#/funds/total/initial\" : \"表1!B4\""), sidecar());
        Files.delete(tmp.resolve("frameworks/guangshui-project-2021.json"));

        // 东丽's block labels each row (年度资金总额, 其中：财政拨款…, 其他资金): as printed
        run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        funds = read("budget.json").path("funds");
        assertEquals("年度资金总额", funds.path("total").path("label").asString());
        assertEquals(2, funds.path("components").size(), funds.toString());
    }

    /**
     * B5: 宁德's row 20 (（旧）年鉴出版册数) is hidden on the sheet and imported as any other: the log says so, naming its cell,
     * once for the sheet. 东丽's hidden column J (an internal number, no heading the import reads) and 寿县's hidden 指标解释
     * (a 评分表's criterion text) are not imported, and not said.
     */
    @Test
    void hiddenRowsImportedAreSaid() throws Exception {
        WorkbookImport.Result r = run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls")), framework(NINGDE));
        List<WorkbookImport.Problem> hidden = r.problems().stream().filter(p -> p.key().equals("hidden-imported")).toList();
        assertEquals(1, hidden.size(), r.problems().toString());
        assertEquals("附件4!D20", hidden.get(0).text());
        assertTrue(log(r, Messages.ZH).contains("附件4!D20"), log(r, Messages.ZH));

        r = run(FourTables27.dongli(tmp.resolve("forms/自评表.xlsx")), null);
        assertFalse(r.problems().stream().anyMatch(p -> p.key().equals("hidden-imported")), r.problems().toString());
        r = run(FourTables27.shouxian(tmp.resolve("forms/整体支出自评表.xlsx")), framework(SHOUXIAN));
        assertFalse(r.problems().stream().anyMatch(p -> p.key().equals("hidden-imported")), r.problems().toString());

        // 宁德's 指标解释 (E) hidden: an indicator table's 指标解释 is read (definition), so it is said (docs/forms.md)
        Path xls = FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls"));
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(xls))) {
            wb.getSheetAt(0).setColumnHidden(4, true);
            try (java.io.OutputStream o = Files.newOutputStream(xls)) {
                wb.write(o);
            }
        }
        r = run(xls, framework(NINGDE));
        hidden = r.problems().stream().filter(p -> p.key().equals("hidden-imported")).toList();
        assertEquals(1, hidden.size(), r.problems().toString());
        assertTrue(hidden.get(0).text().contains("E"), hidden.get(0).text());
        assertEquals("100%(历史标准)", indicator("志鉴地情相关工作开展所需资金的供应时效").path("definition").asString());
    }

    /**
     * C2: with 广水's framework named, its rows 项目决策 | 决策依据 … 项目管理 | 目标申报 (a 一级 its taxonomy has not, a name
     * that is one of its assessed criteria) are the criteria's claims in self-assessment.json, each score with its cell;
     * they were written as five indicators that check then refused. Without a framework named they stay as printed.
     */
    @Test
    void criterionRowsOfTheFrameworkNamedAreClaims() throws Exception {
        run(FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null), framework(GUANGSHUI));
        JsonNode criteria = read("self-assessment.json").path("criteria");
        assertEquals(5, criteria.size(), criteria.toString());
        assertEquals("decision-basis 决策依据 2", criteria.get(0).path("criterion").asString() + " "
                + criteria.get(0).path("name").asString() + " " + criteria.get(0).path("score").asString());
        assertTrue(sidecar().contains("\"submission/self-assessment.json#/criteria/0/score\" : \"表1!G7\""), sidecar());
        assertEquals(95, read("self-assessment.json").path("stated").path("total").asInt());
        JsonNode indicators = read("indicators.json").path("indicators");
        assertEquals(3, indicators.size(), indicators.toString());
        assertEquals("产出指标", indicators.get(0).path("level1").asString());
        // check scores them as the framework's criteria: no schema refusal of 项目决策 as a level1, none missing
        List<String> outcome = WorkbookImportTest.outcome(WorkbookImportTest.check(tmp));
        assertTrue(outcome.contains("decision-basis 2 2") && outcome.contains("target-declaration 4 4"), outcome.toString());
        assertFalse(outcome.stream().anyMatch(o -> o.startsWith("schema") || o.startsWith("score-input-missing")
                || o.startsWith("indicator-incomplete")), outcome.toString());

        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/自评报告.docx", tmp.resolve("other"), true, null);
        assertEquals(8, JSON.readTree(Files.readString(tmp.resolve("other/indicators.json"))).path("indicators").size());
    }

    /**
     * B3 (at least): a block of a 部门整体 table labelled in its first column and merged down its rows, of which nothing is
     * read, is said, naming the label's cell: 宁德's 年度履职目标 with its headings in words the import does not know (重点工作
     * for 年度目标任务) was dropped without a word. As printed, every block of 宁德's table is read and nothing is said.
     */
    @Test
    void aLabelledBlockNotReadIsSaid() throws Exception {
        WorkbookImport.Result r = run(FourTables27.ningde(tmp.resolve("forms/部门整体支出绩效目标表.xls")), framework(NINGDE));
        assertFalse(r.problems().stream().anyMatch(p -> p.key().equals("block-not-read")), r.problems().toString());

        Path file = FourTables27.ningde(tmp.resolve("forms/改.xls"));
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheet("附件4").getRow(10).getCell(2).setCellValue("重点工作");
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        r = run(file, framework(NINGDE));
        List<WorkbookImport.Problem> said = r.problems().stream().filter(p -> p.key().equals("block-not-read")).toList();
        assertEquals(1, said.size(), r.problems().toString());
        assertEquals("附件4!A11 年度履职目标", said.get(0).cell() + " " + said.get(0).text());
        assertTrue(log(r, Messages.ZH).contains("附件4!A11"), log(r, Messages.ZH));
    }

    /**
     * A2 / C7 (the 复核分 beside the unit's score, "dropped silently" when session 27 imported these tables): since main's
     * reviewedScore import, 寿县's 评分表 gives each criterion its 复核分 (3, 3, 2, 4, 2 in I4:I8) and says nothing of the
     * column; 广水's 复核分 column, blank as printed, gives no reviewedScore and is not said either; where a criterion row of
     * the framework named prints one (决策依据's 1), the criterion's claim carries it, with its cell.
     */
    @Test
    void reviewedScoresBesideTheSelfScores() throws Exception {
        WorkbookImport.Result r = run(FourTables27.shouxian(tmp.resolve("forms/整体支出自评表.xlsx")), framework(SHOUXIAN));
        assertFalse(log(r, Messages.ZH).contains("复核分"), log(r, Messages.ZH));
        List<Integer> reviewed = new java.util.ArrayList<>();
        for (JsonNode c : read("self-assessment.json").path("criteria")) {
            reviewed.add(c.path("reviewedScore").asInt(-1));
        }
        assertEquals(List.of(3, 3, 2, 4, 2), reviewed);
        assertTrue(sidecar().contains("\"submission/self-assessment.json#/criteria/2/reviewedScore\" : \"整体支出自评表!I6\""), sidecar());

        Path file = FourTables27.guangshui(tmp.resolve("forms/自评报告.docx"), "自评分", null);
        r = run(file, framework(GUANGSHUI));
        assertFalse(log(r, Messages.ZH).contains("复核分"), log(r, Messages.ZH));
        assertFalse(Files.readString(tmp.resolve("submission/indicators.json")).contains("reviewedScore"));
        assertFalse(Files.readString(tmp.resolve("submission/self-assessment.json")).contains("reviewedScore"));
        Files.delete(tmp.resolve("frameworks/guangshui-project-2021.json"));

        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(file))) {
            for (org.apache.poi.xwpf.usermodel.XWPFTableRow row : doc.getTables().get(0).getRows()) {
                if (row.getTableCells().size() > 7 && "决策依据".equals(row.getCell(1).getText())) {
                    row.getCell(7).setText("1");
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        run(file, framework(GUANGSHUI));
        JsonNode claim = read("self-assessment.json").path("criteria").get(0);
        assertEquals("decision-basis 2 1", claim.path("criterion").asString() + " " + claim.path("score").asString() + " "
                + claim.path("reviewedScore").asString());
        assertTrue(sidecar().contains("\"submission/self-assessment.json#/criteria/0/reviewedScore\" : \"表1!H7\""), sidecar());
    }
}
