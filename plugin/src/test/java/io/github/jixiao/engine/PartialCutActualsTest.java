package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.Framework;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partialCut.actuals}: the rows' results are past the copy's cut (新田 吴冲路 2022, t103, a 运行监控 report ending at
 * "三、1-", its section 三 the indicators' completion; audit s54 A9 row B1). No row's monitoring is asked for, nor at 自评 its
 * actual; the partial note says the cut, at 运行监控 too, where the scorer does not run. Until session 54 the table got
 * {@code no-monitoring-month-all-year}, a warning saying "整表都空着" of a form nobody saw.
 */
class PartialCutActualsTest {

    private static List<Finding> run(Path table) {
        return new Engine().run(new EngineOptions(table, table.resolve("submission"), null, null, null)).findings();
    }

    @Test
    void theFrameworkFileSaysTheCut() {
        Path p = Samples.realTable("t103-xintian-wuchonglu-2022");
        Framework f = io.github.jixiao.score.FrameworkLoader.load("mof-project-2020-xintian-wuchonglu-2022.json", p, null).framework();
        assertTrue(f.partialCut().actuals());
        assertTrue(!f.partialCut().funds() && !f.partialCut().indicators());
    }

    @Test
    void aMonitoringCopyCutBeforeItsResultsIsNotAskedForThem() {
        List<Finding> all = run(Samples.realTable("t103-xintian-wuchonglu-2022"));
        assertTrue(all.stream().noneMatch(f -> f.ruleId().equals("indicator-incomplete")), all.toString());
        assertEquals(List.of("partial-actuals"), all.stream().filter(f -> f.ruleId().equals("score-weights")).map(Finding::key).toList());
    }

    /** The same copy filed at 自评: no row asked for its actual (no-actual…), the cut said by the scorer's partial note. */
    @Test
    void atTheSelfEvaluationNoActualIsAskedFor(@TempDir Path tmp) throws IOException {
        Path src = Samples.realTable("t103-xintian-wuchonglu-2022");
        copy(src, tmp);
        Path dept = tmp.resolve("submission/department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"stage\": \"运行监控\"", "\"stage\": \"自评\""));
        List<Finding> all = run(tmp);
        assertTrue(all.stream().noneMatch(f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("no-actual")),
                all.toString());
        assertTrue(all.stream().anyMatch(f -> f.ruleId().equals("score-weights") && f.key().startsWith("partial")), all.toString());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
