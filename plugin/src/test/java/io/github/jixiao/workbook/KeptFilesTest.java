package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.init.Skeleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into a folder that already holds files the table does not produce (init's tasks.json and adjustments.json,
 * another table's self-assessment.json) leaves them, and says so: before, they stayed silently and check read them with
 * the new table (init's placeholders as errors, another project's tasks as zero-execution), as a user review found.
 */
class KeptFilesTest {
    @TempDir
    Path tmp;

    /** check's findings on the project, as rule ids. */
    private static String check(Path project) {
        return new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(project, project.resolve("submission")))
                .findings().stream().map(io.github.jixiao.finding.Finding::ruleId).toList().toString();
    }

    @Test
    void theFilesAnImportLeavesAreNamed() throws Exception {
        for (Map.Entry<String, String> e : Skeleton.files("棠溪镇", 2022, "0.1.0", "x").entrySet()) {
            Path p = tmp.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        String tasksBefore = Files.readString(tmp.resolve("submission/tasks.json"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), true);
        assertTrue(r.written().containsAll(List.of("submission/department.json", "submission/indicators.json")), r.written().toString());
        assertEquals(List.of("submission/adjustments.json", "submission/tasks.json"), r.kept());
        // init's placeholders (no sidecar: no table gave them) are replaced, nothing of them carried into the files written
        // but init's name and year where the table prints none (here it prints both: its name stands, and the log says
        // what it replaced; session 39, ReimportTypedHeaderTest)
        assertEquals(List.of("/name"), r.carried().stream().map(Reimport.Carried::pointer).toList());
        assertEquals("池州市贵池区棠溪镇人民政府", r.carried().get(0).header().now());
        assertEquals(tasksBefore, Files.readString(tmp.resolve("submission/tasks.json")), "left as it was: never deleted");
        io.github.jixiao.report.Messages zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH);
        assertEquals("submission/tasks.json: 这次导入没有写这个文件（表中没有这部分内容），它保留原样，check 会一并检查它。"
                + "若它不属于这张表（如 jixiao:init 的占位文件、之前导入的另一张表），请删除它", zh.label("import.kept", "submission/tasks.json"));
        // init's adjustments.json is where adjustment-missing-reason asks for a mid-year adjustment's reason ("或
        // adjustments.json"): not named a file to delete as not belonging, as it was (session 30 trial, 濉溪)
        String adj = WorkbookImport.keptMessage(zh, "submission/adjustments.json");
        assertEquals("submission/adjustments.json: 这次导入没有写这个文件（表中没有年中预算调整的明细），它保留原样，check 会一并检查它。"
                + "年中预算调整的理由可写在这里，或写在 budget.json 的 funds.adjustmentReason（重新导入时保留），与 adjustment-missing-reason "
                + "的提示相同；没有预算调整、也不在这里填写时，可以删除它", adj);
        String rule = java.util.Arrays.stream(io.github.jixiao.lint.rules.AdjustmentMissingReason.class
                        .getAnnotation(io.github.jixiao.lint.RuleInfo.class).messages())
                .filter(mm -> mm.key().equals("created")).findFirst().orElseThrow().zh();
        assertTrue(rule.contains("budget.json 的 funds.adjustmentReason；或 adjustments.json"), rule);
        assertTrue(!adj.contains("不属于这张表"), adj);
        assertEquals(zh.label("import.kept", "submission/tasks.json"), WorkbookImport.keptMessage(zh, "submission/tasks.json"));
        // init's tasks.json, still its placeholder: said to be init's, and to be deleted (session 39; before, "若它不属于这张表
        // （如 jixiao:init 的占位文件…），请删除它", though the import can tell)
        Path project = io.github.jixiao.load.Confinement.realProject(tmp);
        assertEquals("submission/tasks.json: 这是 jixiao:init 写的占位文件（任务名称仍是“（请填写任务名称）”），不属于这张表，这次导入没有写它。"
                + "请删除它：它在，check 就会报告它（项目申报中为一条 submission-structure 警告，部门整体申报中为其中占位内容的 placeholder-left 错误）",
                WorkbookImport.keptMessage(zh, "submission/tasks.json", project));
        assertEquals("submission/tasks.json: this is the placeholder file jixiao:init wrote (its task still has init's placeholder "
                + "name), not part of this table, and this import did not write it. Delete it: while it is there, check reports it "
                + "(in one project's filing as one submission-structure warning, in a department's its placeholders as placeholder-left errors)",
                WorkbookImport.keptMessage(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH), "submission/tasks.json", project));
        assertEquals(adj, WorkbookImport.keptMessage(zh, "submission/adjustments.json", project));
        String said = check(tmp);
        assertTrue(said.contains("submission-structure") && !said.contains("placeholder-left"),
                "what the message says check does: t25 is one project's table (init-tasks-in-project) " + said);
        // a task filled in: no longer init's placeholder, the message as before (it may belong)
        Files.writeString(tmp.resolve("submission/tasks.json"), tasksBefore.replace("（请填写任务名称）", "基建工程委托"), StandardCharsets.UTF_8);
        assertEquals(zh.label("import.kept", "submission/tasks.json"), WorkbookImport.keptMessage(zh, "submission/tasks.json", project));
        // imported again into a folder holding only what the table gives: nothing to say
        Files.delete(tmp.resolve("submission/tasks.json"));
        Files.delete(tmp.resolve("submission/adjustments.json"));
        assertEquals(List.of(), WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), true).kept());
    }
}
