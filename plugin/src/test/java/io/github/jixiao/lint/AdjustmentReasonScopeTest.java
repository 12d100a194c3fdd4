package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * adjustment-missing-reason says what a record adjusts as the officer reads it: 部门整体, the project by its name, the
 * task by its name, or a task left unnamed; not the schema's word (department, task), which it printed before (officer
 * trial s31). The kind is glossed in English.
 */
class AdjustmentReasonScopeTest {

    private static List<String> messages(String fixture, Locale locale) {
        Rule rule = RuleRegistry.all().stream().filter(r -> r.descriptor().id().equals("adjustment-missing-reason")).findFirst().orElseThrow();
        Path file = RuleFixtures.root().resolve("adjustment-missing-reason/flags/" + fixture + ".json");
        List<Finding> found = RuleFixtures.run(rule, RuleFixtures.load("adjustment-missing-reason", RuleFixtures.FLAGS, file));
        Messages m = new Messages(locale);
        return found.stream().map(m::message).toList();
    }

    @Test
    void aDepartmentsRecordsNameTheTaskOrTheDepartmentAsAWhole() {
        assertEquals(List.of(
                "2024-05-10 的调剂（任务“科普活动”，金额 -20000 元）没有说明理由。请在 reason 中写明调整原因和依据（如批复文号）。",
                "2024-08-01 的调整（部门整体，金额 3.36 万元）没有说明理由。请在 reason 中写明调整原因和依据（如批复文号）。"),
                messages("no-reason", Messages.ZH));
        assertEquals(List.of(
                "The 调剂 (reallocation) of 2024-05-10 (task \"科普活动\", amount -20000 yuan) gives no reason. State the reason and its basis (e.g. the approval reference) in reason.",
                "The 调整 (adjustment) of 2024-08-01 (the department as a whole, amount 3.36 × 10,000 yuan) gives no reason. State the reason and its basis (e.g. the approval reference) in reason."),
                messages("no-reason", Locale.ENGLISH));
    }

    @Test
    void aProjectsRecordsNameTheProjectOrAnUnnamedTask() {
        assertEquals(List.of(
                "2024-09-20 的调整（项目“农村道路提升改造”整体，金额 12.5 万元）没有说明理由。请在 reason 中写明调整原因和依据（如批复文号）。",
                "2024-10-08 的调剂（某一任务，未写明任务名称（task），金额 -2 万元）没有说明理由。请在 reason 中写明调整原因和依据（如批复文号）。"),
                messages("no-reason-project", Messages.ZH));
        assertEquals(List.of(
                "The 调整 (adjustment) of 2024-09-20 (the project \"农村道路提升改造\" as a whole, amount 12.5 × 10,000 yuan) gives no reason. State the reason and its basis (e.g. the approval reference) in reason.",
                "The 调剂 (reallocation) of 2024-10-08 (a task whose name (task) is not given, amount -2 × 10,000 yuan) gives no reason. State the reason and its basis (e.g. the approval reference) in reason."),
                messages("no-reason-project", Locale.ENGLISH));
    }
}
