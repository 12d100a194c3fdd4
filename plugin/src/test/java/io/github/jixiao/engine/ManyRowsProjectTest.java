package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportFormats;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Snippets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project submission (mof-project-2020, a built-in framework) with 40,000 indicator rows, the shape `jixiao:import`
 * writes from a 自评表 of that many rows (review S2, session 26). Each finding was compared with every score input, one
 * per row: 84 s of CPU at 40,000 rows, 311 s at 80,000. A guard against a findings × rows loop coming back (the bound is
 * well below the old time and well above the new), not a timing target.
 */
class ManyRowsProjectTest {
    static final int ROWS = 40_000;

    static Path project(Path dir, int rows) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("submission"));
        Files.writeString(sub.resolve("department.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/department.schema.json", "schemaVersion": "1.0",
                 "kind": "project", "name": "某镇人民政府", "year": 2022, "stage": "自评", "framework": "mof-project-2020",
                 "title": "项目支出绩效自评表", "project": {"name": "委托业务项目", "owner": "219-某镇人民政府"},
                 "overallGoals": {"expected": ["申请预算资金 90 万元，用于基建工程项目预算编制、审计和设计"],
                                  "achieved": ["完成预算资金 89.97 万元，完成预算编制、审计和设计"]}}
                """);
        Files.writeString(sub.resolve("budget.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/budget.schema.json", "schemaVersion": "1.0",
                 "funds": {"unit": "万元",
                  "total": {"label": "年度资金总额", "initial": 0, "fullYear": 0, "executed": 0, "points": 10,
                            "executionRatePercent": 0, "score": 0},
                  "components": [{"label": "其中：本年财政拨款", "initial": 90, "fullYear": 89.974, "executed": 89.974},
                                 {"label": "上年结转资金"}, {"label": "其他资金"}]}}
                """);
        StringBuilder b = new StringBuilder("{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"indicators\": [\n");
        for (int k = 0; k < rows; k++) {
            b.append(k == 0 ? "" : ",\n").append("{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"指标").append(k)
                    .append("\", \"target\": \"≥").append(k + 1).append("个\", \"actual\": \"").append(k + 1)
                    .append("\", \"points\": 1, \"score\": 1}");
        }
        Files.writeString(sub.resolve("indicators.json"), b.append("]}\n"));
        return sub;
    }

    /**
     * The guard is the CPU time the JVM spends on the check and its reports (about 13 s here, JIT and GC included, in a test JVM of its own; the old loop 84 s more), not a
     * wall clock: on a host loaded 20–30 deep on two cores (helpers' parallel builds, session 47) a 30 s timeout failed
     * every full run while the check's own work was unchanged. A runaway loop still fails it, once it has finished.
     */
    static final long CPU_BOUND_S = 45;

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // only so that a runaway loop cannot hold the build
    void fortyThousandRowsAreCheckedInLinearTime(@TempDir Path tmp) throws Exception {
        Path sub = project(tmp, ROWS);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        System.out.printf("ManyRowsProjectTest: %,d rows, %,d findings, %.1f s%n", ROWS, r.findings().size(),
                (System.nanoTime() - t0) / 1e9);
        assertTrue(r.sheet() != null, "scored");
        // each row's finding listed with its criterion, as before (the old loop's answer on this input); the total row
        // left at 0 | 0 | 0 with 得分 0 is one sum-mismatch at the row, carrying the execution score (since session 33:
        // three sum-mismatch and a score-claim-mismatch, UnfilledTotalOnceTest)
        assertEquals(new java.util.TreeMap<>(java.util.Map.of("sum-mismatch budget-execution-rate", 1L,
                "indicator-actual-incommensurable output-indicators", (long) ROWS, "actual-equals-target-pattern null", 1L,
                // the weights' total only: the 产出 split beside it is listed in it since session 53 (Engine.splitInTotalOnce)
                "score-weights null", 1L,
                "indicator-category-missing benefit-indicators", 1L,
                "indicator-category-missing output-indicators", 1L)),   // 质量 and 时效 one approved-several since session 58
                new java.util.TreeMap<>(r.findings().stream().collect(java.util.stream.Collectors.groupingBy(
                        f -> f.ruleId() + " " + f.criterion(), java.util.stream.Collectors.counting()))));
        // and every report of it, within the same bound (no findings × rows loop in the writers either)
        long t1 = System.nanoTime();
        List<Path> written = ReportWriter.write(tmp.resolve("out"), r, Map.of(), Set.of(), new Messages(Messages.ZH),
                ReportMeta.of("2026-01-01T00:00:00Z"), Snippets.of(tmp, r.sources()), Cells.none(), ReportFormats.all(), "");
        System.out.printf("ManyRowsProjectTest: %d reports, %.1f s%n", written.size(), (System.nanoTime() - t1) / 1e9);
        assertTrue(written.size() > 5, written.toString());
        long cpu = (processCpuNanos() - cpu0) / 1_000_000_000L;
        System.out.printf("ManyRowsProjectTest: %d s of CPU in all%n", cpu);
        assertTrue(cpu < CPU_BOUND_S, cpu + " s of CPU: a findings × rows loop is back (about 13 s expected, the old loop added 84 s)");
    }
}
