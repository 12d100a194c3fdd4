package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * score-ignores-missed-target reads a stated full score with the one-decimal rounding score-claim-mismatch allows
 * (commit 314b96f9): in a table that writes its scores to one decimal, a missed row whose proportion rounds to its full
 * points at that decimal (38000 / 38508 × 3 = 2.96, written 3.0) loses nothing at the table's precision. Before, it was
 * reported as full marks on a missed target. On 稷山 2021 (t53, one decimal: 1.9, 1.4 …) and 濉溪 2019 (t54, whole
 * points), a row's actual rewritten, as no real table prints the case.
 */
class MissedRoundedToFullTest {

    @Test
    void aMissThatRoundsToFullAtTheTablesOneDecimalIsNotReported(@TempDir Path tmp) throws Exception {
        // 居民健康档案 38508人 at 3 of 3: 37442 keeps 2.92 → 2.9, reported (RealTablesTest); 38000 keeps 2.96 → 3.0
        EngineResult as = run(tmp.resolve("a"), "t53-jishan-gongwei-2021", root -> { });
        // (its bare 38508人 read as ≥ in the one error since session 48: indicator-bare, Engine.missedAtFullOnce)
        assertEquals(List.of("/indicators/0/score score-ignores-missed-target indicator-bare"), onRow(as, "0"), "the real row, as printed");
        EngineResult r = run(tmp.resolve("b"), "t53-jishan-gongwei-2021", root -> row(root, "0").put("actual", "38000人"));
        assertEquals(List.of(), onRow(r, "0"), "2.96 is 3.0 at the table's one decimal: no full-marks finding, no claim mismatch");
        // with a reason given, indicator-target-missed's hint (check the score) is no longer left to the other rule
        EngineResult e = run(tmp.resolve("c"), "t53-jishan-gongwei-2021", root -> row(root, "0").put("actual", "38000人")
                .put("explanation", "部分居民外出务工"));
        assertEquals(List.of("/indicators/0/actual indicator-target-missed explained"), onRow(e, "0"));
        // 37000 keeps 2.88 → 2.9: still reported
        EngineResult f = run(tmp.resolve("d"), "t53-jishan-gongwei-2021", root -> row(root, "0").put("actual", "37000人"));
        assertEquals(List.of("/indicators/0/score score-ignores-missed-target indicator-bare"), onRow(f, "0"));
    }

    @Test
    void aTableOfWholePointsIsComparedToTheCent(@TempDir Path tmp) throws Exception {
        // 濉溪 2019 特困人员 ≥4754人 at 5 of 5, whole points throughout: 4740 keeps 4.985, still reported (a whole table may
        // give a whole score on purpose), as 4604 (4.84) is
        EngineResult r = run(tmp, "t54-suixi-linshijiuzhu-2019", root -> row(root, "3").put("actual", "4740人"));
        assertEquals(List.of("/indicators/3/score score-ignores-missed-target indicator"), onRow(r, "3"));
    }

    /** The findings on a row's score; and indicator-target-missed's hint, which leaves a row at full points to the rule. */
    private static final java.util.Set<String> SCORE_RULES = java.util.Set.of("score-ignores-missed-target", "score-claim-mismatch");

    private static ObjectNode row(ObjectNode root, String index) {
        return (ObjectNode) root.at("/indicators/" + index);
    }

    private static EngineResult run(Path project, String table, Consumer<ObjectNode> edit) throws Exception {
        Samples.copyTreeEditingIndicators(Path.of(MissedRoundedToFullTest.class.getResource("/real-tables/" + table).toURI()),
                project, root -> edit.accept((ObjectNode) root));
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    private static List<String> onRow(EngineResult r, String row) {
        return r.findings().stream()
                .filter(f -> f.pointer().equals("/indicators/" + row) || f.pointer().startsWith("/indicators/" + row + "/"))
                .filter(f -> SCORE_RULES.contains(f.ruleId()) || "indicator-target-missed explained".equals(f.ruleId() + " " + f.key()))
                .map(f -> f.pointer() + " " + f.ruleId() + " " + f.key())
                .sorted()
                .toList();
    }
}
