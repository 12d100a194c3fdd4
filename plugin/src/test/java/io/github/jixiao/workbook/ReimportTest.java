package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Importing again with {@code -Djixiao.overwrite=true} over files the user typed into (a user trial, session 30: the
 * 年中预算调整的理由 typed into budget.json, for which the national form has no cell, was dropped without a word, and
 * adjustment-missing-reason came back). What the table has no cell or column for is carried into the files written and
 * said; what cannot be (its row is gone) is said as lost, with its old value; what the table has a column for is the
 * table's (a blank cell clears it). On the 棠溪镇 2022 自评表 (t25), as its stored copy holds it.
 */
class ReimportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Messages ZH = new Messages(Messages.ZH);
    private static final Messages EN = new Messages(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;

    private ObjectNode read(String file) throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(tmp.resolve("submission/" + file)));
    }

    private void write(String file, JsonNode tree) throws Exception {
        Files.writeString(tmp.resolve("submission/" + file), JSON.writeValueAsString(tree), StandardCharsets.UTF_8);
    }

    @Test
    void whatWasTypedWhereTheTableHasNoColumnIsKeptAndSaid() throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("forms/表.xlsx"));
        WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        // typed by hand after the first import
        ObjectNode dept = read("department.json");
        dept.put("notes", "按县财政局口径填报");
        write("department.json", dept);
        ObjectNode budget = read("budget.json");
        ((ObjectNode) budget.get("funds")).put("adjustmentReason", "年中按实际业务量调减 0.026 万元");
        write("budget.json", budget);
        ObjectNode ind = read("indicators.json");
        ObjectNode first = (ObjectNode) ind.get("indicators").get(0);
        first.put("reviewedScore", 7);
        first.put("reviewedReason", "数量按合同计");
        ((ObjectNode) ind.get("indicators").get(1)).put("explanation", "表中此格为空"); // the table's column: cleared
        ((ObjectNode) ind.get("indicators").get(4)).put("reviewedScore", 6);
        write("indicators.json", ind);
        // the table corrected: 项目总成本 renamed, the first row's actual changed
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            wb.getSheetAt(0).getRow(16).getCell(3).setCellValue("项目总成本（万元）");
            wb.getSheetAt(0).getRow(12).getCell(5).setCellValue(49);
            FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        }
        byte[] workbook = Files.readAllBytes(tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), true);

        assertEquals("按县财政局口径填报", read("department.json").path("notes").asString());
        assertEquals("年中按实际业务量调减 0.026 万元", read("budget.json").path("funds").path("adjustmentReason").asString());
        JsonNode rows = read("indicators.json").path("indicators");
        assertEquals("49", rows.get(0).path("actual").asString(), "the table's value");
        assertEquals(7, rows.get(0).path("reviewedScore").asInt());
        assertEquals("数量按合同计", rows.get(0).path("reviewedReason").asString());
        assertFalse(rows.get(1).has("explanation"), "the table has the column, its cell blank: cleared");
        assertEquals("项目总成本（万元）", rows.get(4).path("name").asString());
        assertFalse(rows.get(4).has("reviewedScore"), "its row renamed: not matched");
        assertEquals(List.of(
                "submission/department.json#/notes: 表中没有这一栏，保留了此前在 JSON 中填写的内容",
                "submission/budget.json#/funds/adjustmentReason: 表中没有这一栏，保留了此前在 JSON 中填写的内容",
                "submission/indicators.json#/indicators/0/reviewedScore（“基建工程委托业务项目数量”一行）: 表中没有这一栏，保留了此前在 JSON 中填写的内容",
                "submission/indicators.json#/indicators/0/reviewedReason（“基建工程委托业务项目数量”一行）: 表中没有这一栏，保留了此前在 JSON 中填写的内容",
                "submission/indicators.json#/indicators/4/reviewedScore（“项目总成本”一行）: 此前在 JSON 中填写（表中没有这一栏），"
                        + "但表中已没有这一行（行名改了或删去了），未能保留；原值：6。如仍需要，请在新文件的相应一行重新填写"),
                r.carried().stream().map(c -> c.message(ZH)).toList());
        assertEquals("submission/indicators.json#/indicators/4/reviewedScore (the row \"项目总成本\"): typed in the JSON before "
                        + "(the table has no column for it), but the table no longer has this row (renamed or removed), so it is "
                        + "not kept; it was: 6. If it still holds, type it again in the row of the new file",
                r.carried().get(4).message(EN));
        assertEquals(List.of(true, true, true, true, false), r.carried().stream().map(Reimport.Carried::kept).toList());
        // the workbook, an input, as it was
        assertEquals(java.util.Arrays.hashCode(workbook), java.util.Arrays.hashCode(Files.readAllBytes(tmp.resolve("forms/表.xlsx"))));

        // imported again as it stands: everything carried is carried again, nothing lost, the files the same
        String before = Files.readString(tmp.resolve("submission/indicators.json"));
        WorkbookImport.Result again = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), true);
        assertEquals(List.of(true, true, true, true), again.carried().stream().map(Reimport.Carried::kept).toList());
        assertEquals(before, Files.readString(tmp.resolve("submission/indicators.json")));
    }

    /**
     * department.json's header fields over the same table's files: before session 33 one the table no longer gives went
     * without a word; round 1 of session 33 said it and dropped it, the one typed by hand as well. Now a field typed by hand
     * that no cell of the table gives (a 填报日期 where the 自评表 prints none) is kept and said at info level
     * (import.header-kept), while one read from a cell before that the table now clears (the 实施单位) is dropped and said
     * with its old value and cell (the table wins, as before).
     */
    @Test
    void headerFieldsTheTableNoLongerGivesAreSaid() throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("forms/表.xlsx"));
        WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        assertEquals("219001-池州市贵池区棠溪镇人民政府", read("department.json").path("project").path("implementer").asString());
        ObjectNode dept = read("department.json");
        dept.put("reportDate", "2023-03-10"); // typed by hand: the 自评表 prints no 填报日期
        write("department.json", dept);
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            for (int c = 6; c <= 9; c++) {
                wb.getSheetAt(0).getRow(3).getCell(c).setBlank(); // the 实施单位 cleared (its value copied across G4:J4)
            }
            FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), true);
        assertEquals("2023-03-10", read("department.json").path("reportDate").asString());
        assertFalse(read("department.json").path("project").has("implementer"), read("department.json").toString());
        assertEquals(List.of(true, false), r.carried().stream().map(Reimport.Carried::kept).toList()); // info, then warn
        assertEquals(List.of("submission/department.json#/reportDate: 此前在 JSON 中填写，这张表（forms/表.xlsx 自评表）没有给出这一项的单元格，"
                        + "保留了此前填写的内容；表中日后写明这一项时，以表为准",
                "submission/department.json#/project/implementer: 此前从单元格 自评表!G4 导入，表中现已没有（该格空了或改了）；表头各项以表为准，"
                        + "新文件中没有这一项；原值：219001-池州市贵池区棠溪镇人民政府。如仍需要，请在表中填写后重新导入"),
                r.carried().stream().map(c -> c.message(ZH)).toList());
        assertEquals(List.of("submission/department.json#/reportDate: typed in the JSON before, and no cell of this table "
                        + "(forms/表.xlsx 自评表) gives it, so what was typed is kept; once the table prints it, the table's value stands",
                "submission/department.json#/project/implementer: imported before from cell 自评表!G4, which the table no longer fills "
                        + "(the cell is blank or changed); the header's fields are the table's, so the new file has none; it was: "
                        + "219001-池州市贵池区棠溪镇人民政府. If it still holds, fill it in in the table and import again"),
                r.carried().stream().map(c -> c.message(EN)).toList());
        // imported again as it stands: the typed date kept again, and said again; nothing else
        assertEquals(List.of("submission/department.json#/reportDate"),
                WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), true).carried().stream()
                        .map(c -> c.file() + "#" + c.pointer()).toList());
        assertEquals("2023-03-10", read("department.json").path("reportDate").asString());
    }

    /** A file replaced that is no JSON: written from the table, and the log says nothing of it could be kept. */
    /**
     * Helper M's trial (d3): a 目标表 imported, the stage moved on to 运行监控 by hand, the 目标表 imported again to correct a
     * target: the stage went back to 目标申报 unsaid, turning the monitoring checks off. It stays, and the log says so; a
     * table of a later stage than the one written (a 自评表 over a 目标申报 file) still gives its own.
     */
    @Test
    void aStageMovedOnByHandDoesNotGoBack() throws Exception {
        FormWorkbooks.save(FormWorkbooks.target(), tmp.resolve("forms/目标表.xlsx"));
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertEquals("目标申报", read("department.json").path("stage").asString());
        ObjectNode dept = read("department.json");
        dept.put("stage", "运行监控");
        write("department.json", dept);
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), true);
        assertEquals("运行监控", read("department.json").path("stage").asString());
        assertEquals(List.of("submission/department.json#/stage: 这张表是“目标申报”阶段的表，此前写的阶段“运行监控”在其后，保留为“运行监控”"
                + "（阶段不会倒退；如确要改回，请在 department.json 中修改 stage）"), r.carried().stream().map(c -> c.message(ZH)).toList());
        assertEquals(List.of("submission/department.json#/stage: this table is of the stage 目标申报 (Target filing), and the stage written "
                + "before, 运行监控 (Monitoring), comes after it: it stays 运行监控 (Monitoring) (a submission does not go back a stage; to change "
                + "it back after all, edit stage in department.json)"), r.carried().stream().map(c -> c.message(EN)).toList());
        // written back by hand to 目标申报: the table's stage, nothing to say
        dept = read("department.json");
        dept.put("stage", "目标申报");
        write("department.json", dept);
        assertEquals(List.of(), WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), true).carried().stream()
                .map(c -> c.message(ZH)).toList());
    }

    @Test
    void aFileThatIsNoJsonIsSaid() throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("forms/表.xlsx"));
        WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        Files.writeString(tmp.resolve("submission/budget.json"), "{\"funds\": {\"adjustmentReason\": \"…\",");
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), true);
        assertEquals(List.of("submission/budget.json: 原文件无法按 JSON 读取，其中手工填写的内容（表中没有的栏目）未能保留"),
                r.carried().stream().map(c -> c.message(ZH)).toList());
        assertFalse(read("budget.json").path("funds").has("adjustmentReason"));
    }

    /**
     * Another table imported over the files of a first (here the same form saved under another name): nothing of them is
     * carried (another table's department.json project is no other's: FourTablesImportTest imports four tables in turn
     * into one folder), and each field that would have been is said, with the table the files came from.
     */
    @Test
    void overAnotherTablesFilesNothingIsCarriedAndItIsSaid() throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("forms/表.xlsx"));
        WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        ObjectNode budget = read("budget.json");
        ((ObjectNode) budget.get("funds")).put("adjustmentReason", "上级追加");
        write("budget.json", budget);
        ObjectNode dept = read("department.json");
        dept.put("reportDate", "2023-03-10"); // a header field, typed by hand (session 33: said too, as the others)
        write("department.json", dept);
        Files.copy(tmp.resolve("forms/表.xlsx"), tmp.resolve("forms/表2.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表2.xlsx", tmp.resolve("submission"), true);
        assertFalse(read("budget.json").path("funds").has("adjustmentReason"));
        assertFalse(read("department.json").has("reportDate"));
        assertEquals(List.of("submission/department.json#/reportDate: 此前在 JSON 中填写，但原文件来自另一张表（forms/表.xlsx 自评表），"
                        + "不是这张表，其中的内容不带入新文件；原值：2023-03-10。如仍需要，请在新文件中重新填写",
                "submission/budget.json#/funds/adjustmentReason: 此前在 JSON 中填写，但原文件来自另一张表（forms/表.xlsx 自评表），"
                        + "不是这张表，其中的内容不带入新文件；原值：上级追加。如仍需要，请在新文件中重新填写"),
                r.carried().stream().map(c -> c.message(ZH)).toList());
    }

    /**
     * What the old files hold is echoed in the import's log: a row name, a key or a sidecar's workbook with a line break
     * (a file a pull request wrote) forged a line of its own ("[ERROR] …") in the build log. Each line is one line.
     */
    @Test
    void whatTheOldFilesHoldIsEchoedOnOneLine() throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("forms/表.xlsx"));
        WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        ObjectNode ind = read("indicators.json");
        ((ObjectNode) ind.get("indicators").get(0)).put("name", "行\n[ERROR] 伪造").put("reviewedScore", 1);
        write("indicators.json", ind);
        ObjectNode dept = read("department.json");
        dept.put("备注\n[ERROR] 键", "v");
        write("department.json", dept);
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), true);
        List<String> lines = r.carried().stream().map(c -> c.message(ZH)).toList();
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            assertFalse(line.contains("\n"), line);
        }
        Path side = tmp.resolve("submission/" + WorkbookImport.CELLS);
        ObjectNode cells = (ObjectNode) JSON.readTree(Files.readString(side));
        cells.put("workbook", "别的表.xlsx\n[ERROR] 伪造");
        Files.writeString(side, JSON.writeValueAsString(cells), StandardCharsets.UTF_8);
        lines = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), true).carried().stream()
                .map(c -> c.message(EN)).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertFalse(line.contains("\n"), line);
        }
    }
}
