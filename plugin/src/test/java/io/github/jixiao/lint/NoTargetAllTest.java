package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Session 50 (G1, F17's left-alone): a self-evaluation that gives results and (almost) no targets, 云南's prose 自评报告
 * ("名称:完成情况" a line), is one error at the table, the indicators array, and its fingerprint does not depend on how
 * many rows there are or which: the count and the names are details. On 牟定 2020 (t110: 9 of 11 rows without a target),
 * the same with a row taken away, and 红河州第二人民医院 2023 (t109) with points printed on every row.
 */
class NoTargetAllTest {

    private static List<Finding> run(Path tmp, String table, Consumer<JsonNode> edit) throws Exception {
        Samples.copyTreeEditingIndicators(Samples.realTable(table), tmp, edit);
        return new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings();
    }

    private static Finding all(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("indicator-incomplete") && f.key().equals("no-target-all"))
                .findFirst().orElseThrow();
    }

    @Test
    void theTableIsPointedAtAndTheCountIsNoPartOfTheFingerprint(@TempDir Path tmp) throws Exception {
        Finding nine = all(run(tmp.resolve("a"), "t110-mouding-shengming-fanghu-2020", root -> { }));
        Finding eight = all(run(tmp.resolve("b"), "t110-mouding-shengming-fanghu-2020",
                root -> ((ArrayNode) root.get("indicators")).remove(2)));
        assertEquals("/indicators", nine.pointer());
        assertEquals("9", nine.args().get(0));
        assertEquals("8", eight.args().get(0));
        assertEquals(Fingerprints.of(nine), Fingerprints.of(eight), "a row taken away leaves the same finding");
    }

    /** With points on each row the scorer's "缺少指标值，无法计分" is left out beside it, as beside each row's no-target. */
    @Test
    void theScorersRowFindingsAreNotSaidBesideIt(@TempDir Path tmp) throws Exception {
        List<Finding> findings = run(tmp, "t109-honghe-erbao-gongwei-2023", root -> {
            for (JsonNode row : root.get("indicators")) {
                ((ObjectNode) row).put("points", 10).put("score", 10);
            }
        });
        assertEquals("6", all(findings).args().get(0));
        assertEquals(List.of(), findings.stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && f.pointer().startsWith("/indicators/"))
                .map(f -> f.key() + " " + f.pointer() + " " + f.args()).toList());
    }

    /**
     * A category left empty (neither target nor actual on its rows, two of them) beside a table of results only: its
     * rows' scorer findings ("缺少指标值，无法计分") are said by empty-category, not by no-target-all, which counts only the rows
     * with an actual and no target (G1's left-alone, session 50: all of the file's were left out). Until session 53 they
     * stood beside empty-category; since then a category of several rows is one finding, as a category of one row is
     * (Engine.emptyCategoryRowsOnce, audit s53 A8 row D2), its rows' full marks (10 + 10) said by it (-scored).
     */
    @Test
    void theScorersFindingsAtAnEmptyCategoryAreItsOwn(@TempDir Path tmp) throws Exception {
        List<Finding> findings = run(tmp, "t109-honghe-erbao-gongwei-2023", root -> {
            for (JsonNode row : root.get("indicators")) {
                ((ObjectNode) row).put("points", 10).put("score", 10);
            }
            for (String name : List.of("减少污染物排放", "改善人居环境")) {
                ((ArrayNode) root.get("indicators")).addObject().put("level1", "效益指标").put("level2", "生态效益指标")
                        .put("name", name).put("points", 10).put("score", 10);
            }
        });
        assertEquals("6", all(findings).args().get(0));
        assertEquals(List.of(), findings.stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && f.pointer().startsWith("/indicators/"))
                .map(f -> f.key() + " " + f.pointer() + " " + f.args().get(1)).toList());
        assertEquals(List.of("empty-category-scored /indicators/6 20"), findings.stream()
                .filter(f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("empty-category"))
                .map(f -> f.key() + " " + f.pointer() + " " + f.args().get(f.args().size() - 1)).toList());
        assertEquals(List.of(), findings.stream().filter(f -> f.key().equals("empty-actual")).toList());
    }

    /**
     * The target key misspelt on every row ("traget"): the schema's finding at each row says which field was meant, and
     * no-target-all is not said beside them (the targets are there, under a wrong key), as no row's "no target" is
     * (Engine.misspeltOnce). With one row truly without a target, it stays (G1's left-alone, session 50), and since
     * session 52 counts and names that row alone, the five misspelt ones apart (no-target-all-misspelt, the same
     * fingerprint): it said "6 个指标只填了实际完成值，没有指标值" and that the table had almost no targets before.
     */
    @Test
    void aTargetKeyMisspeltOnEveryRowIsTheSchemasFindingAlone(@TempDir Path tmp) throws Exception {
        List<Finding> every = run(tmp.resolve("a"), "t109-honghe-erbao-gongwei-2023", root -> {
            for (JsonNode row : root.get("indicators")) {
                ((ObjectNode) row).put("traget", "≥ 4 次");
            }
        });
        assertEquals(List.of(), every.stream().filter(f -> f.ruleId().equals("indicator-incomplete")).toList());
        assertEquals(6, every.stream().filter(f -> f.ruleId().equals("schema") && f.key().equals("additionalProperties-near")).count());
        List<Finding> some = run(tmp.resolve("b"), "t109-honghe-erbao-gongwei-2023", root -> {
            JsonNode rows = root.get("indicators");
            for (int k = 1; k < rows.size(); k++) {
                ((ObjectNode) rows.get(k)).put("traget", "≥ 4 次");
            }
        });
        Finding one = some.stream().filter(f -> f.ruleId().equals("indicator-incomplete")).findFirst().orElseThrow();
        assertEquals(List.of("no-target-all-misspelt", "/indicators"), List.of(one.key(), one.pointer()));
        assertEquals(List.of("1", "“开展工作督导”", "5", "“开展绩效考核”、“开展技术指导”、“开展考核评价”…"), one.args());
        assertEquals(1, some.stream().filter(f -> f.ruleId().equals("indicator-incomplete")).count());
        Finding six = all(run(tmp.resolve("c"), "t109-honghe-erbao-gongwei-2023", root -> { }));
        assertEquals(io.github.jixiao.report.Fingerprints.of(six), io.github.jixiao.report.Fingerprints.of(one));
    }
}
