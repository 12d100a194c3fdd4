package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A row with no actual at full marks (南华, real table t49: 配套电力设施 "3" read as the target, no actual, 9.3 of 9.3) is
 * one defect at its row: indicator-incomplete says to fill in the actual and, as its -scored variant, that the row is at
 * full marks all the same; indicator-score-unexplained's empty-actual at the same row ("请填写实际完成值，或按未完成计分")
 * is left out. The same for a blank row alone in its category (天长 2022, t5: empty-category, 10 of 10). The variant
 * keeps the plain finding's fingerprint. A project that turned indicator-incomplete off keeps empty-actual.
 */
class BlankActualOnceTest {

    private static Path table(String name) throws Exception {
        return Path.of(BlankActualOnceTest.class.getResource("/real-tables/" + name).toURI());
    }

    private static List<Finding> row(EngineResult r, String row) {
        return r.findings().stream().filter(f -> f.pointer().equals(row) || f.pointer().startsWith(row + "/"))
                .filter(f -> f.ruleId().equals("indicator-incomplete") || f.ruleId().equals("indicator-score-unexplained")).toList();
    }

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + " " + f.key()).sorted().toList();
    }

    @Test
    void aBlankActualAtFullMarksIsOneFindingNamingTheScore() throws Exception {
        Path project = table("t49-nanhua-yejun");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<Finding> at = row(r, "/indicators/2");
        assertEquals(List.of("indicator-incomplete no-actual-scored"), ids(at));
        Finding f = at.get(0);
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("没有实际完成值") && zh.contains("却自评满分 9.3 分") && zh.contains("按未完成计分"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("has no actual") && en.contains("full marks (9.3)"), en);
        // the same finding as the plain no-actual: the score is a detail
        Finding plain = new Finding(f.ruleId(), f.severity(), "no-actual", f.args().subList(0, 2), f.file(), f.pointer(),
                f.line(), f.column(), f.criterion());
        assertEquals(Fingerprints.of(plain), Fingerprints.of(f));
    }

    @Test
    void aBlankRowAloneInItsCategoryIsOneFinding() throws Exception {
        Path project = table("t5-tianchang-2022");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<Finding> at = row(r, "/indicators/2");
        assertEquals(List.of("indicator-incomplete empty-category-scored"), ids(at));
        String zh = new Messages(Messages.ZH).message(at.get(0));
        assertTrue(zh.contains("没有指标值和实际完成值") && zh.contains("却自评满分 10 分"), zh);
    }

    @Test
    void withIndicatorIncompleteOffEmptyActualTells() throws Exception {
        Path project = table("t49-nanhua-yejun");
        EngineResult off = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-incomplete", "OFF", null))), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("indicator-score-unexplained empty-actual"), ids(row(off, "/indicators/2")));
    }

    /** t5 as its archived copy printed it: the 一级 names lost (department.json's notes), and {@code also} applied. */
    private static EngineResult tianchangAsArchived(Path tmp, java.util.function.Consumer<ObjectNode> also) throws Exception {
        return RealTableRuns.run(tmp, "t5-tianchang-2022", root -> {
            for (JsonNode row : root.get("indicators")) {
                ((ObjectNode) row).remove("level1");
            }
            also.accept(root);
        });
    }

    /**
     * The same blank row filed under no 一级 (天长's archived copy lost them, t5 as printed; its 二级 one the taxonomy does not
     * place, 宁晋 2019's 制度指标 of t51), under no 二级, or under neither: indicator-incomplete's empty-category-no-level1, -no-level2 and -unfiled had no -scored variant, so the
     * row gave two findings (empty-category-no-level1 and indicator-score-unexplained empty-actual) where the filed row
     * gives one naming the 10 points at stake. Each variant keeps its plain key's fingerprint.
     */
    @Test
    void aBlankRowAloneInACategoryWithoutItsLevelsIsOneFinding(@TempDir Path tmp) throws Exception {
        // a 二级 of the national taxonomy gives its 一级 back (质量指标 → 产出指标: empty-category-scored, as filed);
        // one outside it does not: 宁晋 2019's 制度指标 (t51), printed under no 一级
        EngineResult noLevel1 = tianchangAsArchived(tmp.resolve("a"), root -> ((ObjectNode) root.at("/indicators/2")).put("level2", "制度指标"));
        List<Finding> at = row(noLevel1, "/indicators/2");
        assertEquals(List.of("indicator-incomplete empty-category-no-level1-scored"), ids(at));
        Finding f = at.get(0);
        assertEquals(List.of("制度指标", "1", "“工程质量合格”", "10"), f.args());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("二级指标“制度指标”类下的指标（共 1 行：“工程质量合格”）没有指标值和实际完成值，却自评满分 10 分。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("(1 in all: \"工程质量合格\") has a target or an actual, yet it is scored full marks (10)."), en);
        // the rows' names and the score are details: the fingerprint is the category's and the count's, as before
        assertEquals(Fingerprints.of(new Finding(f.ruleId(), f.severity(), "empty-category-no-level1", f.args().subList(0, 2),
                f.file(), f.pointer(), f.line(), f.column(), f.criterion())), Fingerprints.of(f));

        EngineResult unfiled = tianchangAsArchived(tmp.resolve("b"), root -> ((ObjectNode) root.at("/indicators/2")).remove("level2"));
        List<Finding> u = row(unfiled, "/indicators/2");
        assertEquals(List.of("indicator-incomplete empty-category-unfiled-scored"), ids(u));
        assertEquals(List.of("1", "“工程质量合格”", "10"), u.get(0).args());
        assertTrue(new Messages(Messages.ZH).message(u.get(0)).startsWith("未填一级、二级指标的指标（共 1 行：“工程质量合格”）没有指标值和实际完成值，却自评满分 10 分。"));

        EngineResult noLevel2 = RealTableRuns.run(tmp.resolve("c"), "t5-tianchang-2022",
                root -> ((ObjectNode) root.at("/indicators/2")).remove("level2"));
        List<Finding> n = row(noLevel2, "/indicators/2");
        assertEquals(List.of("indicator-incomplete empty-category-no-level2-scored"), ids(n));
        assertEquals(List.of("产出指标", "1", "“工程质量合格”", "10"), n.get(0).args());
        assertTrue(new Messages(Locale.ENGLISH).message(n.get(0)).contains("yet it is scored full marks (10)"));
    }
}
