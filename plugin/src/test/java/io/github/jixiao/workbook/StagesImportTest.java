package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A budget unit imports its tables of one year into one submission folder, each at its stage: the 目标表 in spring, the
 * 监控表 mid-year (helper M's trial, session 31). On 湘潭市环境卫生管理处's 2024 雾炮车抑尘降尘服务: its published 目标表
 * ({@code published-workbooks/xiangtan-wupaoche-2024.xlsx}) and the 监控表 of the same project
 * ({@link FormWorkbooks#xiangtanMonitor}).
 */
class StagesImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Messages ZH = new Messages(Messages.ZH);
    private static final Messages EN = new Messages(java.util.Locale.ENGLISH);
    private static final String TARGETS = "forms/目标表.xlsx 2024年项目绩效目标表";

    @TempDir
    Path tmp;

    private JsonNode read(String file) throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/" + file)));
    }

    private void write(String file, JsonNode tree) throws Exception {
        Files.writeString(tmp.resolve("submission/" + file), JSON.writeValueAsString(tree), StandardCharsets.UTF_8);
    }

    /** The published 目标表 imported into submission/ as a unit does in spring. */
    private void importTargets() throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = StagesImportTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx")) {
            Files.copy(in, file);
        }
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
    }

    /**
     * D3b: the 监控表 imported over the 目标表's files dropped the 年度总体目标 (the 监控表 prints none) and the 主管部门's code
     * without a word, since nothing of another table's files was carried and only hand-typed fields were named. What
     * the earlier stage's table printed and the later one has no cell for is kept, and said as that table's; what the
     * 监控表 prints is its own (the 主管部门 as it prints it, the stage, each row's value to date); what was typed by hand is
     * carried as over the table's own files, and said.
     */
    @Test
    void theMonitoringTableKeepsWhatOnlyTheTargetTablePrinted() throws Exception {
        importTargets();
        JsonNode goals = read("department.json").path("overallGoals");
        assertEquals("2024通过采购雾炮车抑尘降尘服务，持续改善我市空气质量", goals.path("expected").get(0).asString());
        ObjectNode budget = (ObjectNode) read("budget.json");
        ((ObjectNode) budget.get("funds")).put("adjustmentReason", "按合同分期支付");
        write("budget.json", budget);
        ObjectNode ind = (ObjectNode) read("indicators.json");
        ((ObjectNode) ind.get("indicators").get(1)).put("definition", "雾炮车风炮的有效射程");
        write("indicators.json", ind);
        FormWorkbooks.save(FormWorkbooks.xiangtanMonitor(), tmp.resolve("forms/监控表.xlsx"));

        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/监控表.xlsx", tmp.resolve("submission"), true);

        JsonNode dept = read("department.json");
        assertEquals(goals, dept.path("overallGoals"), "the 目标表's 年度总体目标 kept");
        assertEquals("运行监控", dept.path("stage").asString(), "the 监控表's stage");
        assertEquals("项目支出绩效监控表", dept.path("title").asString(), "the 监控表's title");
        assertEquals("湘潭市城市管理和综合执法局", dept.path("project").path("owner").asString(), "the 主管部门 as the 监控表 prints it");
        assertEquals("按合同分期支付", read("budget.json").path("funds").path("adjustmentReason").asString());
        JsonNode range = read("indicators.json").path("indicators").get(1);
        assertEquals("雾炮车风炮射程", range.path("name").asString());
        assertEquals("80米", range.path("actual").asString(), "the 监控表's value to date");
        assertEquals("雾炮车抑尘降尘服务配备车辆数", read("indicators.json").path("indicators").get(0).path("name").asString());
        assertEquals("雾炮车风炮的有效射程", range.path("definition").asString());
        List<String> zh = r.carried().stream().map(c -> c.message(ZH)).toList();
        assertTrue(zh.contains("submission/department.json#/overallGoals: 这张表没有这一栏，保留了此前从上一阶段的表（" + TARGETS
                + "）导入的内容"), zh.toString());
        assertTrue(zh.contains("submission/budget.json#/funds/adjustmentReason: 表中没有这一栏，保留了此前在 JSON 中填写的内容"), zh.toString());
        assertTrue(zh.contains("submission/indicators.json#/indicators/1/definition（“雾炮车风炮射程”一行）: 表中没有这一栏，保留了此前在 JSON 中填写的内容"),
                zh.toString());
        assertTrue(r.carried().stream().map(c -> c.message(EN)).toList().contains("submission/department.json#/overallGoals: this table has "
                + "no cell or column for it; what the table of an earlier stage (" + TARGETS + ") gave is kept"));
        assertTrue(r.carried().stream().allMatch(Reimport.Carried::kept), zh.toString());
        // every line names a pointer the new files hold, or said a field was lost: nothing dropped unsaid
        for (Reimport.Carried c : r.carried()) {
            String[] fp = c.pointer() == null ? null : new String[] {c.file().substring("submission/".length()), c.pointer()};
            assertFalse(read(fp[0]).at(fp[1]).isMissingNode(), c.message(ZH));
        }
    }

    /**
     * A row's field the 目标表 printed and the 监控表 has no column for (its 指标解释) is kept in the row of the same name,
     * said as the 目标表's; a row the 监控表 names otherwise cannot be matched, and its 指标解释 is said as lost, with its
     * old value (on the 棠溪镇 目标表 of FormWorkbooks#target, with a 指标解释 column).
     */
    @Test
    void aRowsFieldOfTheTargetTableIsKeptByItsName() throws Exception {
        try (var wb = FormWorkbooks.target()) {
            var sh = wb.getSheetAt(0);
            sh.getRow(5).createCell(4).setCellValue("指标解释");
            sh.getRow(6).createCell(4).setCellValue("全年完成委托的基建工程项目个数");
            sh.getRow(7).createCell(4).setCellValue("对基建市场公平竞争的影响");
            FormWorkbooks.save(wb, tmp.resolve("forms/目标表.xlsx"));
        }
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertEquals("全年完成委托的基建工程项目个数", read("indicators.json").path("indicators").get(0).path("definition").asString());
        FormWorkbooks.save(FormWorkbooks.table("监控表", "项目支出绩效监控表（2023年度）",
                new String[] {"项目名称", "委托业务项目", "主管部门", "219-池州市贵池区棠溪镇人民政府"},
                new String[] {"一级指标", "二级指标", "三级指标", "指标值", "半年度指标执行情况", "完成目标可能性"},
                new String[] {"产出指标", "数量指标", "基建工程委托业务项目数量", "≥50个", "20个", "确定能"},
                new String[] {"效益指标", "社会效益指标", "基建市场公平", "效果明显", "正在推进", "有可能"}),
                tmp.resolve("forms/监控表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/监控表.xlsx", tmp.resolve("submission"), true);
        JsonNode rows = read("indicators.json").path("indicators");
        assertEquals("20个", rows.get(0).path("actual").asString());
        assertEquals("全年完成委托的基建工程项目个数", rows.get(0).path("definition").asString());
        assertFalse(rows.get(1).has("definition"));
        String from = "forms/目标表.xlsx 目标表";
        assertEquals(List.of(
                "submission/department.json#/overallGoals: 这张表没有这一栏，保留了此前从上一阶段的表（" + from + "）导入的内容",
                "submission/indicators.json#/indicators/0/definition（“基建工程委托业务项目数量”一行）: 这张表没有这一栏，保留了此前从上一阶段的表（"
                        + from + "）导入的内容",
                "submission/indicators.json#/indicators/1/definition（“对维护基建市场公平的影响程度”一行）: 此前从上一阶段的表（" + from
                        + "）导入，这张表没有这一栏，但表中已没有这一行（行名改了或删去了），未能保留；原值：对基建市场公平竞争的影响。"
                        + "如仍需要，请在新文件的相应一行重新填写"),
                r.carried().stream().map(c -> c.message(ZH)).toList());
        assertEquals("submission/indicators.json#/indicators/1/definition (the row \"对维护基建市场公平的影响程度\"): given by the table of an "
                + "earlier stage (" + from + "), which this table has no column for, but this table no longer has the row (renamed or "
                + "removed), so it is not kept; it was: 对基建市场公平竞争的影响. If it still holds, type it again in the row of the new file",
                r.carried().get(2).message(EN));
    }

    /**
     * The same project printed otherwise by its two tables: the 目标表's 项目名称 with half-width brackets, the 监控表's with
     * full-width ones, a space inside and the project's code before it (a code and a space, which the import does not take
     * apart as it does 51092324T…-name). The same submission still: what only the 目标表 printed (its 年度总体目标) is kept,
     * said as that table's. Before session 32 the names had to be equal as written, and the 目标表's goals were dropped,
     * unsaid (said only as another table's files replaced). A 监控表 of another project stays another table's (below).
     */
    @Test
    void theSameProjectPrintedOtherwiseIsTheSameSubmission() throws Exception {
        targetTableNamed("雾炮车抑尘降尘服务(2024年)");
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertEquals("雾炮车抑尘降尘服务(2024年)", read("department.json").path("project").path("name").asString());
        JsonNode goals = read("department.json").path("overallGoals");
        assertFalse(goals.isMissingNode());
        try (var wb = FormWorkbooks.xiangtanMonitor()) {
            wb.getSheetAt(0).getRow(1).getCell(2).setCellValue("4303022400001 雾炮车抑尘降尘服务（2024 年）");
            FormWorkbooks.save(wb, tmp.resolve("forms/监控表.xlsx"));
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/监控表.xlsx", tmp.resolve("submission"), true);
        assertEquals(goals, read("department.json").path("overallGoals"), "the 目标表's 年度总体目标 kept");
        assertTrue(r.carried().stream().map(c -> c.message(ZH)).toList().contains("submission/department.json#/overallGoals: "
                + "这张表没有这一栏，保留了此前从上一阶段的表（forms/目标表.xlsx 2024年项目绩效目标表）导入的内容"), r.carried().toString());
    }

    /**
     * Two projects of one name told apart by their codes (the import splits "code-name" into project.code and
     * project.name): the 监控表 of 4303022400002 over the 目标表 files of 4303022400001 is another table's, its 年度总体目标
     * not carried (review s32: the names compared alike with their codes set aside, and the other project's goals kept).
     */
    @Test
    void aProjectOfTheSameNameWithAnotherCodeIsAnotherTables() throws Exception {
        targetTableNamed("4303022400001-雾炮车抑尘降尘服务");
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertEquals("4303022400001", read("department.json").path("project").path("code").asString());
        assertFalse(read("department.json").path("overallGoals").isMissingNode());
        try (var wb = FormWorkbooks.xiangtanMonitor()) {
            wb.getSheetAt(0).getRow(1).getCell(2).setCellValue("4303022400002-雾炮车抑尘降尘服务");
            FormWorkbooks.save(wb, tmp.resolve("forms/监控表.xlsx"));
        }
        WorkbookImport.run(tmp, "forms/监控表.xlsx", tmp.resolve("submission"), true);
        assertEquals("4303022400002", read("department.json").path("project").path("code").asString());
        assertTrue(read("department.json").path("overallGoals").isMissingNode(), "another project's goals are not carried");
    }

    /** Names as two tables of one submission print them are one name; another project's is not. */
    @Test
    void projectNamesComparedAsPrinted() {
        assertTrue(Reimport.sameName("51092324T000010263357-2023年全县安可替代补助资金项目", "2023年全县安可替代补助资金项目"));
        assertTrue(Reimport.sameName("雾炮车抑尘降尘服务（2024年）", " 雾炮车抑尘降尘服务 (2024年)"));
        assertFalse(Reimport.sameName("雾炮车抑尘降尘服务", "道路洒水服务"));
        assertFalse(Reimport.sameName("雾炮车抑尘降尘服务(2024年)", "雾炮车抑尘降尘服务(2023年)"));
        // one code on one side, or the same on both, is set aside; two codes that differ are two projects (review s32:
        // they were one submission, and what was typed by hand for the one carried into the other's files)
        assertTrue(Reimport.sameName("4303022400001 雾炮车抑尘降尘服务", "4303022400001-雾炮车抑尘降尘服务"));
        assertFalse(Reimport.sameName("4303022400001 道路维修", "4303022400002 道路维修"));
        assertFalse(Reimport.sameName("51092324T000010263357-道路维修", "51092324T000010263358-道路维修"));
    }

    /**
     * The 监控表 of another project (or year) over the 目标表's files is another table's, as before: nothing of them is
     * carried, and what was typed by hand is said as not carried.
     */
    @Test
    void anotherProjectsMonitoringTableCarriesNothing() throws Exception {
        importTargets();
        ObjectNode budget = (ObjectNode) read("budget.json");
        ((ObjectNode) budget.get("funds")).put("adjustmentReason", "按合同分期支付");
        write("budget.json", budget);
        try (var wb = FormWorkbooks.xiangtanMonitor()) {
            wb.getSheetAt(0).getRow(1).getCell(2).setCellValue("道路洒水服务");
            FormWorkbooks.save(wb, tmp.resolve("forms/监控表.xlsx"));
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/监控表.xlsx", tmp.resolve("submission"), true);
        assertTrue(read("department.json").path("overallGoals").isMissingNode());
        assertFalse(read("budget.json").path("funds").has("adjustmentReason"));
        assertEquals(List.of(false, false), r.carried().stream().map(Reimport.Carried::kept).toList());
        // the 目标表's 年度总体目标, read from its cells, is dropped with a line of its own (before session 32: unsaid);
        // the 调整原因 typed by hand is said as before
        List<String> zh = r.carried().stream().map(c -> c.message(ZH)).toList();
        assertTrue(zh.get(0).startsWith("submission/department.json#/overallGoals: 此前从另一张表（" + TARGETS + "）的单元格导入，"
                + "原文件来自那张表；这张表没有这一栏，其内容不带入新文件；原值：{\"expected\":[\"2024通过采购雾炮车抑尘降尘服务"), zh.get(0));
        assertTrue(zh.get(1).startsWith("submission/budget.json#/funds/adjustmentReason: 此前在 JSON 中填写，但原文件来自另一张表"), zh.get(1));
        assertTrue(r.carried().get(0).message(EN).startsWith("submission/department.json#/overallGoals: read before from a cell of "
                + "another table (" + TARGETS + "), which the files came from; this table has no cell or column for it, so it is not "
                + "carried over; it was: "), r.carried().get(0).message(EN));
    }

    /**
     * A table of an earlier stage imported over a later one's files (a 目标表 over the 监控表's) carries nothing of them
     * either: only the stage stays where it was (a submission does not go back a stage, ReimportTest).
     */
    @Test
    void anEarlierStagesTableOverALaterOnesCarriesNothingOfIt() throws Exception {
        FormWorkbooks.save(FormWorkbooks.xiangtanMonitor(), tmp.resolve("forms/监控表.xlsx"));
        WorkbookImport.run(tmp, "forms/监控表.xlsx", tmp.resolve("submission"), false);
        Path file = tmp.resolve("forms/目标表.xlsx");
        try (InputStream in = StagesImportTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx")) {
            Files.copy(in, file);
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), true);
        assertFalse(read("budget.json").path("funds").path("total").has("executedToDate"));
        assertEquals(List.of("/stage"), r.carried().stream().filter(Reimport.Carried::kept).map(Reimport.Carried::pointer).toList());
        // nothing kept as an earlier stage's; what the 监控表's cells gave (its values to date, its forecasts) is dropped, each
        // with a line saying so and its old value (before session 32: dropped unsaid)
        String monitor = "forms/监控表.xlsx 监控表";
        assertTrue(r.carried().stream().allMatch(c -> c.kept() || monitor.equals(c.otherTable())), r.carried().toString());
        List<String> zh = r.carried().stream().map(c -> c.message(ZH)).toList();
        assertTrue(zh.contains("submission/budget.json#/funds/total/executedToDate: 此前从另一张表（" + monitor + "）的单元格导入，原文件来自那张表；"
                + "这张表没有这一栏，其内容不带入新文件；原值：95。如仍需要，请在新文件中重新填写"), zh.toString());
        assertTrue(zh.contains("submission/indicators.json#/indicators/0/actual（“雾炮车抑尘降尘服务配备车辆数”一行）: 此前从另一张表（" + monitor
                + "）的单元格导入，原文件来自那张表；这张表没有这一栏，其内容不带入新文件；原值：6辆。如仍需要，请在新文件中重新填写"), zh.toString());
    }

    /** forms/目标表.xlsx: 湘潭 2024's 目标表 with its 项目名称 printed as {@code name}. */
    private void targetTableNamed(String name) throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = StagesImportTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx");
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            int renamed = 0;
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().strip().equals("雾炮车抑尘降尘服务")) {
                        c.setCellValue(name);
                        renamed++;
                    }
                }
            }
            assertEquals(1, renamed);
            FormWorkbooks.save(wb, file);
        }
    }
}
