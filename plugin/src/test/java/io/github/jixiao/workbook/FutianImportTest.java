package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model case's own table: the reference report's 附件1 (深圳 部门整体支出绩效自评表: 年度主要任务 with 预算数 and 执行数,
 * 年度总体目标, 一级/二级/三级 indicators with 预期指标值 and 实际完成指标值, no points) imported gives the sample's tasks and
 * indicators back, under the 深圳 framework; with the figures the table does not carry (budget.json, management.json,
 * adjustments.json, self-assessment.json) taken from the sample, the check scores it as the sample: 96.15, 优.
 */
class FutianImportTest {
    static final Path SAMPLE = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission/submission")
            .toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path imported() throws Exception {
        FormWorkbooks.save(FormWorkbooks.futian(SAMPLE), tmp.resolve("forms/附件1.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/附件1.xlsx", tmp.resolve("submission"), false);
        assertEquals(List.of("submission/department.json", "submission/budget.json", "submission/indicators.json",
                "submission/tasks.json", "submission/" + WorkbookImport.CELLS), r.written());
        assertEquals(List.of(), r.problems());
        return tmp.resolve("submission");
    }

    private static JsonNode read(Path p) throws Exception {
        return JSON.readTree(Files.readString(p));
    }

    @Test
    void aDepartmentTableOfTieredIndicatorsWithoutPointsIsScoredByTheShenzhenFramework() throws Exception {
        JsonNode d = read(imported().resolve("department.json"));
        assertEquals("department", d.path("kind").asString());
        // before: a 部门整体 title sent every such table to 重庆's framework (执行率 10 + the indicators' 权重), which
        // this table, whose indicators carry no points, cannot be scored by
        assertEquals("shenzhen-department-2024", d.path("framework").asString());
        assertEquals("深圳市福田区科技和工业信息化局（本级）", d.path("name").asString());
        assertEquals(2024, d.path("year").asInt());
        // 实际完成指标值 is the actual: a 自评, not a 目标申报 (before: stage 目标申报, every actual lost)
        assertEquals("自评", d.path("stage").asString());
        JsonNode sample = read(SAMPLE.resolve("department.json"));
        assertTrue(d.path("overallGoals").path("expected").get(0).asString()
                .startsWith("1、" + sample.path("overallGoals").path("expected").get(0).asString() + "；2、"));
        assertTrue(d.path("overallGoals").path("achieved").get(0).asString()
                .startsWith("1、" + sample.path("overallGoals").path("achieved").get(0).asString()), "目标完成实际情况");
    }

    @Test
    void theTaskBlockGivesTheSamplesTasks() throws Exception {
        JsonNode got = read(imported().resolve("tasks.json"));
        ObjectNode want = (ObjectNode) read(SAMPLE.resolve("tasks.json"));
        for (JsonNode t : want.path("tasks")) {
            // what 附件1 does not print: the 分项 split out of the name, the 调剂's dates and the explanation
            ((ObjectNode) t).remove(List.of("subItem", "indicatorsRevisedOn", "explanation"));
        }
        assertEquals(13, got.path("tasks").size());
        assertEquals(want.toPrettyString(), got.toPrettyString());
        JsonNode cells = read(tmp.resolve("submission/" + WorkbookImport.CELLS)).path("cells");
        assertEquals("附件1!E8", cells.path("submission/tasks.json#/tasks/2/budget/total").asString(), "科技创新分项's 预算数 总数");
        assertEquals("附件1!H8", cells.path("submission/tasks.json#/tasks/2/execution/fiscal").asString());
    }

    @Test
    void theIndicatorsAreTheSamples() throws Exception {
        JsonNode got = read(imported().resolve("indicators.json")).path("indicators");
        JsonNode want = read(SAMPLE.resolve("indicators.json")).path("indicators");
        assertEquals(84, got.size());
        assertEquals(want.toPrettyString(), got.toPrettyString());
        // the three categories printed 不适用 | 不适用 | 不适用 (before: three indicators named 不适用)
        List<String> na = new ArrayList<>();
        for (JsonNode i : got) {
            if (i.path("notApplicable").asBoolean(false)) {
                na.add(i.path("level2").asString());
                assertFalse(i.has("name"));
            }
        }
        assertEquals(List.of("可持续影响指标", "生态效益指标", "其他满意度指标"), na);
    }

    @Test
    void importedAndCompletedItScoresAsTheSample() throws Exception {
        Path sub = imported();
        for (String f : List.of("budget.json", "management.json", "adjustments.json", "self-assessment.json")) {
            Files.copy(SAMPLE.resolve(f), sub.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        // the 科普活动 调剂 and its dates are the sample's (the adjustments file), as a unit would add them
        ObjectNode tasks = (ObjectNode) read(sub.resolve("tasks.json"));
        JsonNode sampleTasks = read(SAMPLE.resolve("tasks.json")).path("tasks");
        for (int k = 0; k < sampleTasks.size(); k++) {
            for (String f : List.of("subItem", "indicatorsRevisedOn", "explanation")) {
                if (sampleTasks.get(k).has(f)) {
                    ((ObjectNode) tasks.path("tasks").get(k)).set(f, sampleTasks.get(k).get(f));
                }
            }
        }
        Files.writeString(sub.resolve("tasks.json"), tasks.toPrettyString());
        EngineResult r = WorkbookImportTest.check(tmp);
        assertEquals("96.15", r.sheet().total().toPlainString());
        assertEquals("优", r.sheet().grade());
        EngineResult s = WorkbookImportTest.check(SAMPLE.getParent());
        List<String> got = findings(r);
        List<String> want = findings(s);
        assertEquals(want, got);
    }

    @Test
    void anAmountThatIsNoNumberIsNamedByItsCell() throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = FormWorkbooks.futian(SAMPLE);
        wb.getSheetAt(0).getRow(7).getCell(4).setCellValue("见附件"); // 科技创新分项's 预算数 总数
        FormWorkbooks.save(wb, tmp.resolve("forms/附件1.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/附件1.xlsx", tmp.resolve("submission"), false);
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("tasks#/tasks/2/budget/total", r.problems().get(0).ref());
        assertEquals("附件1!E8", r.problems().get(0).cell());
        JsonNode task = read(tmp.resolve("submission/tasks.json")).path("tasks").get(2);
        assertEquals("42074.64", task.path("budget").path("fiscal").path("value").asString(), "the 财政拨款 beside it is read");
        assertFalse(task.path("budget").has("total"));
        io.github.jixiao.report.Cells cells = io.github.jixiao.report.Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        List<String> cell = WorkbookImportTest.check(tmp).findings().stream()
                .filter(f -> f.ruleId().equals("workbook-cell-unreadable"))
                .map(f -> f.file().substring(f.file().lastIndexOf('/') + 1) + "#" + f.pointer() + " " + cells.of(f)).toList();
        assertEquals(List.of("tasks.json#/tasks/2/budget/total 附件1!E8"), cell);
    }

    @Test
    void theSameTableInTheWordReportImportsTheSame() throws Exception {
        // the 自评报告 as a Word document, 附件1 a table in it (its two title lines paragraphs above it): the same JSON
        // files, byte for byte
        Path d = FormWorkbooks.importBoth(tmp, "futian", () -> {
            try {
                return FormWorkbooks.futian(SAMPLE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "自评报告.docx", (wb, out) -> {
            try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = FormWorkbooks.asDocx(wb)) {
                doc.write(out);
            }
        });
        JsonNode cells = read(d.resolve("submission/" + WorkbookImport.CELLS)).path("cells");
        assertEquals("表1!E6", cells.path("submission/tasks.json#/tasks/2/budget/total").asString());
    }

    @Test
    void theScoreSheetBesideItIsTheSelfAssessment() throws Exception {
        // 附件2 in the same workbook: before, read as a second indicator table (21 "indicators" named after the criteria,
        // a second folder scored by 重庆's framework); now the unit's own scores, total, grade and preparer
        FormWorkbooks.save(FormWorkbooks.futianWithScores(SAMPLE), tmp.resolve("forms/附件.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/附件.xlsx", tmp.resolve("submission"), false);
        assertEquals(List.of("submission/department.json", "submission/budget.json", "submission/indicators.json",
                "submission/tasks.json", "submission/self-assessment.json", "submission/" + WorkbookImport.CELLS), r.written());
        assertEquals(List.of(), r.problems());
        Path sub = tmp.resolve("submission");
        JsonNode got = read(sub.resolve("self-assessment.json"));
        ObjectNode want = (ObjectNode) read(SAMPLE.resolve("self-assessment.json"));
        for (JsonNode c : want.path("criteria")) {
            ((ObjectNode) c).remove(List.of("reason", "items")); // the body text's, not the 评分表's
        }
        assertEquals(21, got.path("criteria").size());
        assertEquals(claims(want), claims(got));
        assertEquals("96.15 优", got.path("stated").path("total").decimalValue() + " " + got.path("stated").path("grade").asString());
        JsonNode d = read(sub.resolve("department.json"));
        assertEquals("李淑勤", d.path("preparer").asString(), "填表人");
        assertEquals("shenzhen-department-2024", d.path("framework").asString());
        JsonNode cells = read(sub.resolve(WorkbookImport.CELLS)).path("cells");
        assertEquals("附件2!G5", cells.path("submission/self-assessment.json#/criteria/0/score").asString());
        assertEquals("附件2!G26", cells.path("submission/self-assessment.json#/stated/total").asString());
        assertEquals("附件1!E8", cells.path("submission/tasks.json#/tasks/2/budget/total").asString(), "附件1's cells stay");

        // with the figures neither table carries: every criterion scored as the sample's. The 评分表 prints the totals
        // only of the criteria whose parts the unit assesses (财务合规性, 政府采购执行情况, 管理制度健全性); the total
        // stands for those parts (and no violation), beside the parts the figures compute, and it is said once for each
        // (before session 30: parts-from-total, the reading the total allowed as the only one; now the imported table's
        // total is taken whatever it is: SubItemsFromTotalTest)
        for (String f : List.of("budget.json", "management.json", "adjustments.json")) {
            Files.copy(SAMPLE.resolve(f), sub.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        EngineResult e = WorkbookImportTest.check(tmp);
        assertEquals(List.of(), e.findings().stream().filter(f -> f.ruleId().equals("score-input-missing")).toList());
        assertEquals(List.of("financial-compliance subitems-from-total-flag", "management-systems subitems-from-total",
                "procurement subitems-from-total"), e.findings().stream().filter(f -> f.ruleId().equals("score-assumption"))
                .map(f -> f.criterion() + " " + f.key()).sorted().toList());
        assertEquals("96.15", e.sheet().total().toPlainString());
        assertEquals("优", e.sheet().grade());
        EngineResult s = WorkbookImportTest.check(SAMPLE.getParent());
        for (int k = 0; k < s.sheet().criteria().size(); k++) {
            assertEquals(s.sheet().criteria().get(k).score(), e.sheet().criteria().get(k).score(), s.sheet().criteria().get(k).id());
        }
    }

    @Test
    void aScoreRowTheFrameworkDoesNotNameIsReportedNotGuessed() throws Exception {
        FormWorkbooks.save(FormWorkbooks.futianWithScores(SAMPLE, new String[] {"党建工作成效", "2.00"}),
                tmp.resolve("forms/附件.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/附件.xlsx", tmp.resolve("submission"), false);
        assertEquals(1, r.problems().size(), r.problems().toString());
        WorkbookImport.Problem p = r.problems().get(0);
        assertEquals("no-criterion", p.key());
        assertEquals("附件2!C26", p.cell());
        io.github.jixiao.report.Messages zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH);
        assertEquals("forms/附件.xlsx: 评分表 附件2!C26 行（“党建工作成效”）不是所用部门整体评分框架中的指标，其得分未导入。"
                + "请按框架中的指标 id 写入 self-assessment.json，或更正工作簿中的指标名称", p.message(zh, "forms/附件.xlsx"));
        assertEquals(21, read(tmp.resolve("submission/self-assessment.json")).path("criteria").size());
    }

    @Test
    void aScoreSheetAloneIsNoSubmission() throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = FormWorkbooks.futianWithScores(SAMPLE);
        wb.removeSheetAt(0);
        FormWorkbooks.save(wb, tmp.resolve("forms/附件2.xlsx"));
        WorkbookImport.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "forms/附件2.xlsx", tmp.resolve("submission"), false));
        assertEquals("forms/附件2.xlsx: 只有评分表（各评分指标的得分），没有绩效指标表（一级指标/三级指标）；请把自评表（含年度绩效指标）放在同一工作簿（或文档）中一起导入",
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("submission")));
    }

    /** Each claim's criterion, name and score (by value: a cell printed 5.00 is the sample's 5). */
    private static List<String> claims(JsonNode sa) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : sa.path("criteria")) {
            out.add(c.path("criterion").asString() + " " + c.path("name").asString() + " "
                    + c.path("score").decimalValue().stripTrailingZeros().toPlainString() + " " + c.size());
        }
        return out;
    }

    /** Each finding's rule, severity, file name and pointer. */
    private static List<String> findings(EngineResult r) {
        return r.findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.file().substring(f.file().lastIndexOf('/') + 1) + "#" + f.pointer())
                .sorted().toList();
    }
}
