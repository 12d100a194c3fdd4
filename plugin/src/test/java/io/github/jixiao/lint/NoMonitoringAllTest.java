package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Session 50 (M8's left-alone 6): a 运行监控 table in which no row reports anything is one warning at the table, the
 * indicators array (it was at its first row), and its fingerprint does not depend on how many rows there are or which: the
 * count and the names are details. On 新田镇 2022 (t103: 11 rows, none reported), and the same with a row taken away.
 */
class NoMonitoringAllTest {

    private static Finding all(Path tmp, boolean dropOne) throws Exception {
        Samples.copyTreeEditingIndicators(Samples.realTable("t103-xintian-wuchonglu-2022"), tmp, (JsonNode root) -> {
            if (dropOne) {
                ((ArrayNode) root.get("indicators")).remove(2);
            }
        });
        // on the bare mof-project-2020: the table's own framework says its results are past the copy's cut (partialCut.actuals,
        // session 54), where nothing is asked for; filed without it, a table without its monitoring
        return new Engine().run(new EngineOptions(tmp, tmp.resolve("submission"), null, null, "mof-project-2020")).findings().stream()
                // (at 1-12月 the -year variant, W2 session 50: the year's actuals asked for; the same finding)
                .filter(f -> f.ruleId().equals("indicator-incomplete") && f.key().equals("no-monitoring-month-all-year"))
                .findFirst().orElseThrow();
    }

    @Test
    void theTableIsPointedAtAndTheCountIsNoPartOfTheFingerprint(@TempDir Path tmp) throws Exception {
        Finding eleven = all(tmp.resolve("a"), false);
        Finding ten = all(tmp.resolve("b"), true);
        assertEquals("/indicators", eleven.pointer());
        assertEquals("11", eleven.args().get(0));
        assertEquals("10", ten.args().get(0));
        assertEquals(Fingerprints.of(eleven), Fingerprints.of(ten), "a row taken away leaves the same finding");
    }
}
