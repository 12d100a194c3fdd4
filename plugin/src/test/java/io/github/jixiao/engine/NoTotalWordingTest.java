package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a partial framework the computed figure is no 综合评分 (score-weights partial says so beside it), and a finding
 * that counts a row's computed points says "计分按 X 分计", not "综合评分按 X 分计" (零陵 2021, t90 /7 and /8; 银川 2021, t1
 * /funds/total and /2; audit s50 A5 row 3). A full framework keeps 综合评分 (永德 2022, t8); weights that are not its base give none either (中江 2022, t4, edited). The same fingerprint.
 */
class NoTotalWordingTest {

    private static List<Finding> at(String table, String pointer) {
        Path project = Samples.realTable(table);
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.pointer().startsWith(pointer))
                .filter(f -> f.ruleId().equals("indicator-target-missed") || f.ruleId().equals("score-claim-mismatch")).toList();
    }

    private static Finding rekeyed(Finding f, String key) {
        return new Finding(f.ruleId(), f.severity(), key, f.args(), f.file(), f.pointer(), f.line(), f.column(), f.criterion());
    }

    @Test
    void aMissOnAPartialTableIsNotSaidToCountInTheTotal() {
        List<Finding> fs = at("t90-lingling-linye-2021", "/indicators/7/");
        assertEquals(List.of("bare-deducted-below-part"), fs.stream().map(Finding::key).toList());
        String zh = new Messages(Messages.ZH).message(fs.get(0));
        assertTrue(zh.contains("比按完成比例计算的 5.96 分") && zh.contains("扣得多；计分按 5.96 分计）"), zh);
        assertTrue(!zh.contains("综合评分"), zh);
        String en = new Messages(Locale.ENGLISH).message(fs.get(0));
        assertTrue(en.contains("the figure scored counts 5.96") && !en.contains("the total"), en);
        assertEquals(Fingerprints.of(rekeyed(fs.get(0), "bare-deducted-below")), Fingerprints.of(fs.get(0)));
    }

    @Test
    void aClaimOnAPartialTableIsNotSaidToCountInTheTotal() {
        List<Finding> funds = at("t1-yinchuan-2021", "/funds/total/score");
        assertEquals(List.of("below-part"), funds.stream().map(Finding::key).toList());
        String zh = new Messages(Messages.ZH).message(funds.get(0));
        assertTrue(zh.contains("计分按计算值计") && !zh.contains("综合评分"), zh);
        List<Finding> row = at("t1-yinchuan-2021", "/indicators/2/");
        assertEquals(List.of("indicator-below-part"), row.stream().map(Finding::key).toList());
        String rowZh = new Messages(Messages.ZH).message(row.get(0));
        assertTrue(rowZh.contains("计分按 5") && !rowZh.contains("综合评分"), rowZh);
        assertEquals(Fingerprints.of(rekeyed(row.get(0), "indicator-below")), Fingerprints.of(row.get(0)));
    }

    @Test
    void aFullFrameworkKeepsTheTotal() {
        // 永德 2022 (t8): its weights are the framework's 100, and the total is graded (99.80, 优)
        List<Finding> fs = at("t8-yongde-mingliang-2022", "/indicators/5/");
        assertEquals(List.of("deducted-below"), fs.stream().map(Finding::key).toList());
        assertTrue(new Messages(Messages.ZH).message(fs.get(0)).contains("综合评分按 9.80 分计"));
    }

    /**
     * Weights that are not the framework's base (中江 2022, t4: 110 points, score-weights total "这不是综合评分，不评定等级")
     * give no 综合评分 either: a miss there counts in "计分", as on a partial table (audit s51 A6 row 1; t53's 53 points
     * said "综合评分按 1.69 分计" ×10). t4 misses nothing as printed, so two of its rows are made to miss: 200 of 266 米
     * scored 7 (the ratio gives 7.52), 40 of 50 厘米 scored 9 (the ratio gives 8).
     */
    @Test
    void aMissOnATableWhoseWeightsAreNotTheBaseIsNotSaidToCountInTheTotal(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t4");
        Samples.copyTreeEditingIndicators(Samples.realTable("t4-zhongjiang-2022"), project, root -> {
            tools.jackson.databind.node.ObjectNode first = (tools.jackson.databind.node.ObjectNode) root.path("indicators").get(0);
            first.put("actual", "200米");
            first.put("score", 7);
            tools.jackson.databind.node.ObjectNode second = (tools.jackson.databind.node.ObjectNode) root.path("indicators").get(1);
            second.put("actual", "40厘米");
            second.put("score", 9);
        });
        List<Finding> all = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
        assertTrue(all.stream().anyMatch(f -> f.ruleId().equals("score-weights") && f.key().equals("total")), all.toString());
        List<Finding> fs = all.stream().filter(f -> f.pointer().startsWith("/indicators/0/") || f.pointer().startsWith("/indicators/1/"))
                .filter(f -> f.ruleId().equals("indicator-target-missed") || f.ruleId().equals("score-claim-mismatch")).toList();
        assertEquals(List.of("deducted-below-part", "deducted-above-part"), fs.stream().map(Finding::key).toList());
        String below = new Messages(Messages.ZH).message(fs.get(0));
        assertTrue(below.contains("计分按 7.52 分计") && !below.contains("综合评分"), below);
        String above = new Messages(Messages.ZH).message(fs.get(1));
        assertTrue(above.contains("计分按 8.00 分计") && !above.contains("综合评分"), above);
        assertTrue(!new Messages(Locale.ENGLISH).message(fs.get(0)).contains("the total"));
        assertEquals(Fingerprints.of(rekeyed(fs.get(0), "deducted-below")), Fingerprints.of(fs.get(0)));
    }
}
