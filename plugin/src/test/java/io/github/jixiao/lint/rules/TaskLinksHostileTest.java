package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.CpuBound;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that tie an adjustment or an indicator to its task (indicators-stale-after-adjustment,
 * adjustment-after-mismatch, indicator-target-revision-unrecorded) looked each one's task up by scanning every task, and
 * each adjustment's indicators (and each indicator's adjustments) by scanning every row: time adjustments × tasks and
 * adjustments × indicators. A pull request may write files of up to 64 MB each; tens of thousands of tasks, adjustments
 * and indicators in a few megabytes held the check for minutes (25,000 of each: over 120 s on main, about 13 s now, most of it
 * loading and the schema). Each look-up now goes through an index made once.
 */
class TaskLinksHostileTest {
    @TempDir
    Path tmp;

    static final int N = 25_000;

    @Test
    void manyTasksAdjustmentsAndLinkedIndicatorsAreCheckedInLinearTime() throws Exception {
        Path sub = Samples.copyTo(tmp.resolve("p"));
        StringBuilder tasks = new StringBuilder("{\"$schema\": \"https://jixiao.github.io/schemas/v1/tasks.schema.json\", \"schemaVersion\": \"1.0\", \"tasks\": [\n");
        StringBuilder adj = new StringBuilder("{\"$schema\": \"https://jixiao.github.io/schemas/v1/adjustments.schema.json\", \"schemaVersion\": \"1.0\", \"adjustments\": [\n");
        StringBuilder ind = new StringBuilder("{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", \"schemaVersion\": \"1.0\", \"indicators\": [\n");
        for (int i = 0; i < N; i++) {
            String sep = i + 1 < N ? ",\n" : "\n";
            tasks.append("{\"name\": \"任务").append(i).append("\", \"budget\": {\"total\": {\"value\": 1000, \"unit\": \"元\"}}}").append(sep);
            adj.append("{\"date\": \"2024-07-15\", \"kind\": \"调剂\", \"scope\": \"task\", \"task\": \"任务").append(i)
                    .append("\", \"before\": {\"value\": 1000, \"unit\": \"元\"}, \"after\": {\"value\": 10, \"unit\": \"元\"}}").append(sep);
            ind.append("{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"指标").append(i).append("\", \"task\": \"任务")
                    .append(N - 1 - i).append("\", \"target\": \"≥ 60 个\", \"adjustedTarget\": \"≥ 50 个\", \"targetRevisedOn\": \"2024-06-01\", \"actual\": \"67 个\"}")
                    .append(sep);
        }
        Files.writeString(sub.resolve("tasks.json"), tasks.append("]}\n"), StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("adjustments.json"), adj.append("]}\n"), StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("indicators.json"), ind.append("]}\n"), StandardCharsets.UTF_8);
        EngineResult r = CpuBound.within(Duration.ofSeconds(60),
                () -> new Engine().run(EngineOptions.of(tmp.resolve("p"), sub)));
        // every task's money moved 99% on 15 July, its indicators last revised on 1 June: each task is said once
        assertEquals(N, r.findings().stream().filter(f -> f.ruleId().equals("indicators-stale-after-adjustment")).count());
        // each indicator's revision has its task's adjustment: none is said to lack one
        assertEquals(0, r.findings().stream().filter(f -> f.ruleId().equals("indicator-target-revision-unrecorded")).count());
    }
}
