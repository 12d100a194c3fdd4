package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.init.Skeleton;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's table imported over init's department skeleton (E9's first day, session 45): jixiao:import names the
 * tasks.json init wrote as not the table's, to delete; the check then said "请填写实际内容" at its three placeholders,
 * errors at 自评, asking a project to fill in a task list its table does not have. Now one warning at the file says what
 * it is and to delete it. On 棠溪 2022 (t25, kind project, 自评) with init's tasks.json beside its files.
 */
class InitTasksInProjectTest {

    @Test
    void initsTaskListInAProjectIsOneWarningToDeleteIt(@TempDir Path tmp) throws Exception {
        Path project = t25WithInitsTasks(tmp, null);
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        List<Finding> onTasks = r.findings().stream().filter(f -> f.file().endsWith("tasks.json")).toList();
        assertEquals(List.of("submission-structure init-tasks-in-project WARNING"),
                onTasks.stream().map(f -> f.ruleId() + " " + f.key() + " " + f.severity()).toList());
        assertEquals("submission/tasks.json 是 jixiao:init 为部门整体申报写下的年度主要任务清单，仍是占位内容；本申报是一个项目（department.json 的 kind 为 project），"
                + "项目的绩效表没有任务清单，检查不需要它。请删除 submission/tasks.json。", new Messages(Messages.ZH).message(onTasks.get(0)));
        assertTrue(new Messages(Locale.ENGLISH).message(onTasks.get(0)).endsWith("Delete submission/tasks.json."));
        // the rest of the check as without the file: its score, and no error from it
        assertEquals(new java.math.BigDecimal("90.00"), r.sheet().total());
        assertTrue(onTasks.stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void aProjectListingTasksOfItsOwnKeepsItsFindings(@TempDir Path tmp) throws Exception {
        Path project = t25WithInitsTasks(tmp, "设备采购");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<String> onTasks = r.findings().stream().filter(f -> f.file().endsWith("tasks.json")).map(f -> f.ruleId() + " " + f.key()).toList();
        assertTrue(onTasks.stream().noneMatch(s -> s.contains("init-tasks-in-project")), onTasks.toString());
        assertTrue(onTasks.stream().anyMatch(s -> s.startsWith("placeholder-left")), "its content still init's placeholder: " + onTasks);
    }

    @Test
    void aDepartmentsOwnTaskListIsNotSaidToBeDeleted(@TempDir Path tmp) throws Exception {
        Path project = t25WithInitsTasks(tmp, null);
        Path dept = project.resolve("submission/department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"kind\": \"project\"", "\"kind\": \"department\""));
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<String> onTasks = r.findings().stream().filter(f -> f.file().endsWith("tasks.json")).map(f -> f.ruleId() + " " + f.key()).toList();
        assertTrue(onTasks.stream().noneMatch(s -> s.contains("init-tasks-in-project")), onTasks.toString());
        assertTrue(onTasks.stream().anyMatch(s -> s.startsWith("placeholder-left")), onTasks.toString());
    }

    /** t25 with the tasks.json init writes for a department beside its files; {@code renamed}: its task so named. */
    private static Path t25WithInitsTasks(Path tmp, String renamed) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTree(Samples.realTable("t25-tangxi-weituo-2022"), project);
        assertTrue(Files.readString(project.resolve("submission/department.json")).contains("\"kind\": \"project\""));
        String tasks = Skeleton.files("某县财政局", 2022, "0.1.0", "x").get("submission/tasks.json");
        if (renamed != null) {
            tasks = tasks.replace(Skeleton.TASK_PLACEHOLDER, renamed);
        }
        Files.writeString(project.resolve("submission/tasks.json"), tasks);
        return project;
    }
}
