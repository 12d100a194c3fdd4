package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table whose 实际完成值 column is blank on every row is one defect, said once at its first row with the count
 * (indicator-incomplete no-actual-all, or -no-score where the 得分 column is blank too; Engine.noActualAllOnce, session
 * 54): 施甸 2021, t115, 11 no-actual errors until then; 大英 医保 2023, t96, 7 no-actual-no-score; 四川's fragment, t45, 4.
 * Where some rows have their actuals, each blank row keeps its own finding.
 */
class NoActualAllTest {

    private static List<Finding> incomplete(List<Finding> all) {
        return all.stream().filter(f -> f.ruleId().equals("indicator-incomplete") && f.pointer().startsWith("/indicators/")).toList();
    }

    private static List<Finding> realTable(String table, RuleConfig rules) {
        Path project = Samples.realTable(table);
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, rules)).findings();
    }

    @Test
    void aBlankActualColumnIsOneFindingAtTheFirstRow() {
        List<Finding> rows = incomplete(realTable("t115-shidian-baozhongchang-2021", null));
        assertEquals(1, rows.size(), rows.toString());
        Finding f = rows.get(0);
        assertEquals("no-actual-all /indicators/0 error", f.key() + " " + f.pointer() + " " + f.severity().id());
        assertEquals(List.of("11", "标准化圈舍面积(平方米)"), f.args());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("实际完成值一栏整列空着：11 个指标（自“标准化圈舍面积(平方米)”起）都没有实际完成值"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("The 实际完成值 (actual) column is blank throughout: none of the 11 indicators (from "
                + "\"标准化圈舍面积(平方米)\" on) has an actual"), en);
        // a key of its own, not a row's no-actual: a baseline holding the 11 rows does not hold it
        Finding asRow = new Finding(f.ruleId(), f.severity(), "no-actual", List.of(f.args().get(1), "5000"), f.file(), f.pointer(),
                f.line(), f.column(), null);
        assertNotEquals(Fingerprints.of(asRow), Fingerprints.of(f));
        // the count and the name are details: a row added or renamed leaves the same finding
        Finding other = new Finding(f.ruleId(), f.severity(), f.key(), List.of("12", "别的指标"), f.file(), f.pointer(), f.line(),
                f.column(), null);
        assertEquals(Fingerprints.of(f), Fingerprints.of(other));
    }

    @Test
    void blankActualAndScoreColumnsSayThePoints() {
        // t96: 7 rows published unfilled; t45: 4 rows of 22.5
        for (String[] t : new String[][] {{"t96-daying-yibao-2023", "7"}, {"t45-sichuan-zixuan-fragment", "4", "90"}}) {
            List<Finding> rows = incomplete(realTable(t[0], null));
            assertEquals(1, rows.size(), t[0] + ": " + rows);
            Finding f = rows.get(0);
            // -partial since session 56 (the same finding): both frameworks declare partial, so the advice to write it is left out
            assertEquals("no-actual-all-no-score-partial /indicators/0", f.key() + " " + f.pointer(), t[0]);
            assertEquals(t[1], f.args().get(0), t[0]);
            if (t.length > 2) {
                assertEquals(t[2], f.args().get(2), t[0]);
            }
            String zh = new Messages(Messages.ZH).message(f);
            assertTrue(zh.startsWith("实际完成值和得分两栏整列空着：" + t[1] + " 个指标（自“" + f.args().get(1) + "”起，分值共 "
                    + f.args().get(2) + " 分）"), zh);
            // the same finding as no-actual-all (sameAs): its points a detail
            Finding base = new Finding(f.ruleId(), f.severity(), "no-actual-all", f.args().subList(0, 2), f.file(), f.pointer(),
                    f.line(), f.column(), null);
            assertEquals(Fingerprints.of(base), Fingerprints.of(f), t[0]);
        }
    }

    private static List<Finding> copyWithoutTarget(Path dir, String table, int row) throws Exception {
        Path t = dir.resolve(table);
        Samples.copyTreeEditingIndicators(Samples.realTable(table), t, root ->
                ((tools.jackson.databind.node.ObjectNode) root.path("indicators").get(row)).remove("target"));
        return new Engine().run(new EngineOptions(t, t.resolve("submission"), null, null, null, null)).findings();
    }

    /**
     * A blank column with a row that has no target either (t115 with its first row's 5000 taken out): that row keeps its own
     * finding (there indicator-template-row's, a row with its name only; no-target-no-actual elsewhere, t96 below), and the table's counts the whole column, 11, saying that one of
     * them is said at its row (review s54 R4 D3: until session 55 "整列空着：10 个指标" beside an 11-row blank column).
     */
    @Test
    void aBlankColumnWithARowWithoutATargetCountsTheWholeColumn(@TempDir Path dir) throws Exception {
        List<Finding> all = copyWithoutTarget(dir, "t115-shidian-baozhongchang-2021", 0);
        List<Finding> rows = incomplete(all);
        assertEquals(List.of("no-actual-all-untargeted /indicators/1"), rows.stream().map(f -> f.key() + " " + f.pointer()).toList());
        // the row with its name only is said at its row, as the template's row left unfilled
        assertTrue(all.stream().anyMatch(f -> f.ruleId().equals("indicator-template-row") && f.pointer().equals("/indicators/0")),
                all.toString());
        Finding f = rows.get(0);
        assertEquals(List.of("11", "办公用房面积(平方米)", "1"), f.args());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("实际完成值一栏整列空着：11 个指标都没有实际完成值，当年的完成情况一项也没有填报（其中 1 个连指标值也没有，"
                + "已在各自之处另行报告；有指标值的自“办公用房面积(平方米)”起）。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("The 实际完成值 (actual) column is blank throughout: none of the 11 indicators has an actual, so "
                + "nothing of the year's results is reported (with no target either: 1 of them, reported where they are; those with "
                + "a target from \"办公用房面积(平方米)\" on)."), en);
        // the table's finding all the same (the counts and the name are details)
        Finding plain = new Finding(f.ruleId(), f.severity(), "no-actual-all", List.of("10", "办公用房面积(平方米)"), f.file(),
                f.pointer(), f.line(), f.column(), null);
        assertEquals(Fingerprints.of(plain), Fingerprints.of(f));
    }

    /** The same with the 得分 column blank too (t96 with 城乡居民参保网络宣传成本预算's target taken out): 50 of the 55 points. */
    @Test
    void blankActualAndScoreColumnsWithARowWithoutATargetCountTheWholeColumn(@TempDir Path dir) throws Exception {
        List<Finding> rows = incomplete(copyWithoutTarget(dir, "t96-daying-yibao-2023", 1));
        Finding f = rows.stream().filter(x -> x.key().startsWith("no-actual-all")).findFirst().orElseThrow();
        assertEquals("no-actual-all-no-score-untargeted-partial /indicators/0 [7, 城乡居民医保参保工作经费发放及时率, 50, 1]",
                f.key() + " " + f.pointer() + " " + f.args(), rows.toString());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("实际完成值和得分两栏整列空着：7 个指标都没有实际完成值，也没有自评得分，当年的完成情况一项也没有填报（其中 1 个"
                + "连指标值也没有，已在各自之处另行报告；有指标值的自“城乡居民医保参保工作经费发放及时率”起，分值共 50 分）。"), zh);
        Finding base = new Finding(f.ruleId(), f.severity(), "no-actual-all", List.of("6", f.args().get(1)), f.file(), f.pointer(),
                f.line(), f.column(), null);
        assertEquals(Fingerprints.of(base), Fingerprints.of(f));
    }

    @Test
    void withTheRuleOffTheScorerTellsRowByRow() {
        // indicator-incomplete off: nothing to fold, the scorer's per-row "缺少实际完成值" stand (blankOnce keeps them)
        List<Finding> all = realTable("t45-sichuan-zixuan-fragment",
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-incomplete", "OFF", null))));
        assertEquals(List.of("/indicators/0", "/indicators/1", "/indicators/2", "/indicators/3"), all.stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && f.key().equals("indicator")).map(Finding::pointer)
                .sorted().toList());
    }

    @Test
    void someRowsWithTheirActualsKeepEachBlankRow(@TempDir Path dir) throws Exception {
        Path flags = RuleFixtures.root().resolve("indicator-incomplete/flags");
        assertEquals(List.of("no-actual /indicators/1", "no-actual /indicators/2"),
                incomplete(RuleFixtures.runEngine(flags.resolve("no-actual-some-rows.json"), dir.resolve("some")).findings())
                        .stream().map(f -> f.key() + " " + f.pointer()).toList());
        // the same rows with none of the actuals: one finding, at the first
        assertEquals(List.of("no-actual-all /indicators/0 [3, 受理项目数量]"),
                incomplete(RuleFixtures.runEngine(flags.resolve("no-actual-every-row.json"), dir.resolve("every")).findings())
                        .stream().map(f -> f.key() + " " + f.pointer() + " " + f.args()).toList());
    }
}
