package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stated total against a partial framework: t42 (a 2017 部门整体 得分表 cut after six criteria, 26 of the table's 100
 * points held, 22 scored) with its stated total changed. The 74 points the framework does not hold may explain a
 * total above the 26 held (total-partial), up to 22 + 74 = 96; beyond that no missing point can (total-partial-over);
 * a total no higher than the 26 held may be the fragment's own, and is held to the 22 computed (total).
 */
class PartialFrameworkTotalTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "stated {0}")
    @CsvSource(delimiter = '|', value = {
        "90    | total-partial      | 90, 22.00, 74",       // the narrative's 自评得分 as printed
        "96    | total-partial      | 96, 22.00, 74",       // the most the table can reach
        "97    | total-partial-over | 97, 22.00, 74, 96",
        "96.01 | total-partial-over | 96.01, 22.00, 74, 96",
        "24    | total              | 24, 22.00",           // within the 26 held: the fragment's own total, two points off
        "20    | total              | 20, 22.00"})          // below the computed
    void theStatedTotalIsReadAgainstWhatThePartialFrameworkHolds(String stated, String key, String args) throws IOException {
        Path project = tmp.resolve("t42");
        Samples.copyTree(Path.of("src/test/resources/real-tables/t42-bumen-defen-2017"), project);
        Path sa = project.resolve("submission/self-assessment.json");
        Files.writeString(sa, Files.readString(sa).replace("\"total\": 90", "\"total\": " + stated));
        List<Finding> totals = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("score-claim-mismatch") && f.pointer().equals("/stated/total")).toList();
        assertEquals(1, totals.size(), totals.toString());
        assertEquals(key, totals.get(0).key());
        assertEquals(List.of(args.split(", ")), totals.get(0).args());
    }
}
