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
        // total-split since session 53 (the total's fingerprint): 产出 70 of 50 and 效益 20 of 30 listed in it
        assertTrue(all.stream().anyMatch(f -> f.ruleId().equals("score-weights") && f.key().equals("total-split")), all.toString());
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

    /**
     * A project's framework declaring {@code unpointed} over a table whose rows carry the whole base (t83 四川 普惠金融 with the
     * declaration added: 100 on its nine rows, score-weights unpointed-full) is graded as usual (优): its computed figure is a
     * 综合评分, and a met row marked down counts in it. Until session 52 the engine read the sheet's declared-unpointed flag
     * for itself and said "计分按 10 分计" (-part) beside the grade the scorer gave; since then both read the scorer's one
     * decision (ScoreSheet.NoTotal), which is null on a graded table. Row 4 (创业担保基金放大倍数 ≥2倍, 10倍, 10 of 10) is
     * made to print 8.
     */
    @Test
    void aGradedTableUnderAnUnpointedDeclarationKeepsTheTotal(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t83");
        Samples.copyTreeEditingIndicators(Samples.realTable("t83-sichuan-puhui-jinrong"), project,
                root -> ((tools.jackson.databind.node.ObjectNode) root.path("indicators").get(4)).put("score", 8));
        Path framework = project.resolve("puhui-transfer-sichuan.json");
        String text = java.nio.file.Files.readString(framework);
        java.nio.file.Files.writeString(framework, text.replaceFirst("\"id\": \"puhui-transfer-sichuan\",",
                "\"id\": \"puhui-transfer-sichuan\",\n  \"unpointed\": \"表式不设分值栏。\","));
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertTrue(r.findings().stream().anyMatch(f -> f.key().equals("unpointed-full")), r.findings().toString());
        assertEquals("优", r.sheet().grade());
        assertEquals(null, r.sheet().noTotal());
        List<Finding> fs = r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/4/"))
                .filter(f -> f.ruleId().equals("score-claim-mismatch")).toList();
        assertEquals(List.of("indicator-below"), fs.stream().map(Finding::key).toList());
        assertTrue(new Messages(Messages.ZH).message(fs.get(0)).contains("综合评分按 10.00 分计"), fs.toString());
    }

    /**
     * The reasons on the real tables that have them, each the one the scorer decided and both wordings read: t62 忻州 2020
     * (110 points: UNBASED, its met row indicator-below-unbased), t90 零陵 2021 (a cut copy: CUT, -part), t85 霍山 2024
     * (unpointed, the indicators unscored: UNPOINTED), t7 衡山 2020 (no 分值 column: POINTLESS), t65 桂平 2019 (no indicator
     * row: NO_INDICATORS), t112 莆田 2024 (cut, its stated total total-unbased: CUT is off its base too), t8 永德 2022 (none).
     */
    @Test
    void theReasonIsTheScorersOneDecision() {
        java.util.Map<String, io.github.jixiao.score.ScoreSheet.NoTotal> want = new java.util.LinkedHashMap<>();
        want.put("t62-xinzhou-chujutuan-2020", io.github.jixiao.score.ScoreSheet.NoTotal.UNBASED);
        want.put("t90-lingling-linye-2021", io.github.jixiao.score.ScoreSheet.NoTotal.CUT);
        want.put("t85-huoshan-yiliaojiuzhu-2024", io.github.jixiao.score.ScoreSheet.NoTotal.UNPOINTED);
        want.put("t7-hengshan-2020", io.github.jixiao.score.ScoreSheet.NoTotal.POINTLESS);
        want.put("t65-guiping-shenji-2019", io.github.jixiao.score.ScoreSheet.NoTotal.NO_INDICATORS);
        want.put("t112-putian-biaozhunhua-2024", io.github.jixiao.score.ScoreSheet.NoTotal.CUT);
        want.put("t8-yongde-mingliang-2022", null);
        java.util.Map<String, io.github.jixiao.score.ScoreSheet.NoTotal> got = new java.util.LinkedHashMap<>();
        for (String t : want.keySet()) {
            Path project = Samples.realTable(t);
            got.put(t, new Engine().run(EngineOptions.of(project, project.resolve("submission"))).sheet().noTotal());
        }
        assertEquals(want, got);
        assertTrue(io.github.jixiao.score.ScoreSheet.NoTotal.CUT.offBase() && !io.github.jixiao.score.ScoreSheet.NoTotal.PARTIAL.offBase()
                && !io.github.jixiao.score.ScoreSheet.NoTotal.NO_INDICATORS.offBase());
    }
}
