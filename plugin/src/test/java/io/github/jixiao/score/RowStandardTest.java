package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.testing.RealTableRuns;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * 福建 2020's tables print each row's own 评分标准 ("达9个得6分,少检查一个扣1分,扣完为止"). A row that missed its target
 * was scored by 财预〔2020〕10号's ratio all the same (8 of 9 → 8/9 × 6 = 5.33), so a unit that scored 5 as its table
 * says got a score-claim-mismatch, a false alarm on the form's own rule. Now such a row is scored by its rule where it
 * states so much off one unit in the target's unit, and a score-assumption (row-standard) says so. On 宁德 地震局 2020
 * (real table t46), its first two rows given a miss.
 */
class RowStandardTest {

    @Test
    void aMissIsScoredByTheRowsOwnDeductionAsTheTableScoresIt(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t46-ningde-dizhen-2020", root -> {
            edit(root, "0", "8个", "5");
            edit(root, "1", "7场", "3");
        });
        assertEquals(List.of(
                "/indicators/0/actual indicator-target-missed explained-deducted [抽查全市地震监测台站运维情况个数, 9个, 8个, 6, 5]",
                "/indicators/0/standard score-assumption row-standard [抽查全市地震监测台站运维情况个数, 9个, 8个, 少检查一个扣1分, 6 − 1 × (9 − 8) = 5]",
                "/indicators/0/target indicator-target-no-comparator  [抽查全市地震监测台站运维情况个数, 9个, 9 个, ≥, 正向指标（越高越好）, the higher the better]",
                "/indicators/1/actual indicator-target-missed explained-deducted [开展防震减灾科普“进基层”宣传活动场数, 10场, 7场, 6, 3]",
                "/indicators/1/standard score-assumption row-standard [开展防震减灾科普“进基层”宣传活动场数, 10场, 7场, 少一场扣1分, 6 − 1 × (10 − 7) = 3]",
                "/indicators/1/target indicator-target-no-comparator  [开展防震减灾科普“进基层”宣传活动场数, 10场, 10 场, ≥, 正向指标（越高越好）, the higher the better]"),
                RealTableRuns.onRows(r, "0", "1"), "no score-claim-mismatch: 5 and 3 are what each row's rule gives (the ratio gave 5.33 and 4.2)");
        Finding f = r.findings().stream().filter(x -> x.key().equals("row-standard")).findFirst().orElseThrow();
        assertEquals("指标“抽查全市地震监测台站运维情况个数”的实际完成值“8个”未达到指标值“9个”，按本行评分标准中的“少检查一个扣1分”计分："
                + "6 − 1 × (9 − 8) = 5，不按实际完成值与指标值之比计分。如本行另有计分办法，请改正评分标准或得分。", new Messages(Messages.ZH).message(f));
        assertEquals("Indicator \"抽查全市地震监测台站运维情况个数\" misses its target \"9个\" with the actual \"8个\" and is scored by its own 评分标准 "
                + "(scoring standard), \"少检查一个扣1分\": 6 − 1 × (9 − 8) = 5, not by the ratio of actual to target. If the row is scored "
                + "otherwise, correct its standard or its score.", new Messages(Locale.ENGLISH).message(f));
        String explained = r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .filter(c -> c.name().contains("抽查全市地震监测台站")).findFirst().orElseThrow().explanation();
        assertTrue(explained.endsWith("按本行评分标准“少检查一个扣1分”：6 − 1 × (9 − 8) = 5"), explained);
    }

    /** Without the row's rule the ratio scores it as before, and the table's 5 is a claim that disagrees. */
    @Test
    void withoutTheRowsRuleTheRatioScores(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t46-ningde-dizhen-2020", root -> {
            edit(root, "0", "8个", "5");
            ((ObjectNode) root.at("/indicators/0")).remove("standard");
        });
        assertEquals(List.of(
                // the reason given: the note says it and leaves the further deduction to the reviewer, the miss's explained
                // beside it left out (session 49: Engine.missedClaimOnce)
                "/indicators/0/score score-claim-mismatch indicator-missed-below-reasoned-part [抽查全市地震监测台站运维情况个数, 5, 5.33, 8个 未达到 ≥ 9 个：8 / 9 = 0.8889 × 6 = 5.33]",
                "/indicators/0/target indicator-target-no-comparator  [抽查全市地震监测台站运维情况个数, 9个, 9 个, ≥, 正向指标（越高越好）, the higher the better]",
                "/indicators/1/target indicator-target-no-comparator  [开展防震减灾科普“进基层”宣传活动场数, 10场, 10 场, ≥, 正向指标（越高越好）, the higher the better]"),
                RealTableRuns.onRows(r, "0", "1"));
    }

    /**
     * A standard that counts from another figure than the target (江西 2017's "群众满意率90%以上得10分" beside a 98% target)
     * is not read as counting from the target: 95% keeps its 6 by the table's rule, and was told to keep 6 − 1 × (98 − 95)
     * = 3 by a rule the table does not have. The ratio's figures are given, as for any row without such a rule.
     */
    @Test
    void aStandardCountingFromAnotherFigureIsNotReadAsCountingFromTheTarget(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t46-ningde-dizhen-2020", root -> {
            edit(root, "0", "95%", "6");
            ((ObjectNode) root.at("/indicators/0")).put("target", "≥98%");
            ((ObjectNode) root.at("/indicators/0")).put("standard", "群众满意率90%以上得6分,每低于1个百分点扣1分,扣完为止");
        });
        assertTrue(r.findings().stream().noneMatch(x -> x.key().equals("row-standard")), RealTableRuns.onRows(r, "0", "1").toString());
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("score-ignores-missed-target")).findFirst().orElseThrow();
        assertEquals("/indicators/0/score", f.pointer());
        assertEquals("5.82", f.args().get(f.args().size() - 2), f.args().toString());
    }

    /**
     * "少检查一个扣1分,最多扣3分": 2 of 9 keeps 6 − 3 = 3 as the table scores it; the cap was not read, so the row was
     * computed at 0 and the table's 3 got score-claim-mismatch.
     */
    @Test
    void aCapOnTheDeductionIsKeptTo(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t46-ningde-dizhen-2020", root -> {
            edit(root, "0", "2个", "3");
            ((ObjectNode) root.at("/indicators/0")).put("standard", "本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,最多扣3分。");
        });
        assertEquals(List.of(
                "/indicators/0/actual indicator-target-missed explained-deducted [抽查全市地震监测台站运维情况个数, 9个, 2个, 6, 3]",
                "/indicators/0/standard score-assumption row-standard [抽查全市地震监测台站运维情况个数, 9个, 2个, 少检查一个扣1分，最多扣3分, 6 − min(3, 1 × (9 − 2)) = 3]",
                "/indicators/0/target indicator-target-no-comparator  [抽查全市地震监测台站运维情况个数, 9个, 9 个, ≥, 正向指标（越高越好）, the higher the better]",
                "/indicators/1/target indicator-target-no-comparator  [开展防震减灾科普“进基层”宣传活动场数, 10场, 10 场, ≥, 正向指标（越高越好）, the higher the better]"),
                RealTableRuns.onRows(r, "0", "1"), "no score-claim-mismatch: 3 is what the capped rule gives");
    }

    /**
     * 99.5% beside ≥100% under "每低于一个百分点扣0.5分" misses by half a step: the table may take nothing off a part step
     * (t20 keeps 8 at 99.27% under "每低于5%扣2分") or its share, so the rule is not read and the ratio scores it; it
     * was read as 6 − 0.5 × (100 − 99.5) = 5.75 and the table's 6 was told to be 5.75.
     */
    @Test
    void aMissByPartOfAUnitIsLeftToTheRatio(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t46-ningde-dizhen-2020", root -> {
            edit(root, "0", "99.5%", "6");
            ((ObjectNode) root.at("/indicators/0")).put("target", "≥100%");
            ((ObjectNode) root.at("/indicators/0")).put("standard", "完成率达100%得6分,每低于一个百分点扣0.5分,扣完为止");
        });
        assertTrue(r.findings().stream().noneMatch(x -> x.key().equals("row-standard")), RealTableRuns.onRows(r, "0", "1").toString());
        assertTrue(r.findings().stream().noneMatch(x -> x.args().contains("6 − 0.5 × (100 − 99.5) = 5.75")), RealTableRuns.onRows(r, "0", "1").toString());
        assertEquals("每低于一个百分点扣0.5分", RowStandard.read("完成率达100%得6分,每低于一个百分点扣0.5分", TargetParser.parse("≥100%"),
                new BigDecimal("98")).clause(), "a whole step is read");
        assertNull(RowStandard.read("完成率达100%得6分,每低于一个百分点扣0.5分", TargetParser.parse("≥100%"), new BigDecimal("98.5")));
    }

    /** A miss given full points: score-ignores-missed-target gives the row's own figures, not the ratio's. */
    @Test
    void fullPointsOnAMissAreReportedWithTheRowsFigures(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t46-ningde-dizhen-2020", root -> edit(root, "1", "8场", "6"));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("score-ignores-missed-target")).findFirst().orElseThrow();
        assertEquals("/indicators/1/score", f.pointer());
        assertEquals(List.of("4.00", "6 − 1 × (10 − 8) = 4", "少一场扣1分"), f.args().subList(f.args().size() - 3, f.args().size()));
        // said as the row's rule, not "in proportion" (which would be 8 / 10 × 6 = 4.8: a finance officer following it
        // would be told the 4.8 disagrees)
        assertEquals("指标“开展防震减灾科普‘进基层’宣传活动场数”未完成（指标值 10场，实际完成值 8场），却得满分 6 分；按本行评分标准“少一场扣1分”应得 4.00 分"
                + "（6 − 1 × (10 − 8) = 4）。请按本行评分标准计分，或说明不扣分的理由。", new Messages(Messages.ZH).message(f));
        assertEquals("Indicator \"开展防震减灾科普“进基层”宣传活动场数\" missed its target (target 10场, actual 8场) yet scores the full 6 points; by the row's "
                + "own 评分标准 (scoring standard), \"少一场扣1分\", it earns 4.00 (6 − 1 × (10 − 8) = 4). Score it so, or explain why no points are "
                + "lost.", new Messages(Locale.ENGLISH).message(f));
    }

    /** What is read, and what is left to the ratio: only one unit a step, in the target's own unit, on the side missed. */
    @Test
    void reading() {
        RowStandard one = RowStandard.read("本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。",
                TargetParser.parse("9个"), true);
        assertEquals("少检查一个扣1分", one.clause());
        assertEquals(0, BigDecimal.ONE.compareTo(one.perUnit()));
        RowStandard over = RowStandard.read("以100%为标准.在职人员控制率≤100%,计8分;每超过一个百分点扣0.5分,扣完为止.",
                TargetParser.parse("≤100%"), false);
        assertEquals("每超过一个百分点扣0.5分", over.clause());
        assertEquals("max(0, 8 − 0.5 × (120 − 100)) = 0",
                over.kept(TargetParser.parse("≤100%"), new BigDecimal("120"), new BigDecimal("8")).formula());
        assertEquals("8 − 0.5 × (103 − 100) = 6.5",
                over.kept(TargetParser.parse("≤100%"), new BigDecimal("103"), new BigDecimal("8")).formula());
        RowStandard most = RowStandard.read("达9个得6分，少一个扣1分，扣分不超过2.5分", TargetParser.parse("≥9个"), true);
        assertEquals("少一个扣1分，扣分不超过2.5分", most.clause());
        assertEquals("6 − min(2.5, 1 × (9 − 1)) = 3.5", most.kept(TargetParser.parse("≥9个"), BigDecimal.ONE, new BigDecimal("6")).formula());
        assertEquals("6 − min(2.5, 1 × (9 − 8)) = 5", most.kept(TargetParser.parse("≥9个"), new BigDecimal("8"), new BigDecimal("6")).formula());
        RowStandard least = RowStandard.read("少一个扣1分，最低得2分", TargetParser.parse("≥9个"), true);
        assertEquals("max(2, 6 − 1 × (9 − 1)) = 2", least.kept(TargetParser.parse("≥9个"), BigDecimal.ONE, new BigDecimal("6")).formula());
        assertEquals("max(0, 6 − 1 × (9 − 1)) = 0", RowStandard.read("每少一个扣1分，最低得0分", TargetParser.parse("≥9个"), true)
                .kept(TargetParser.parse("≥9个"), BigDecimal.ONE, new BigDecimal("6")).formula());
        // 每降低 / 每降 (the brief's 江西-style wording): below the target
        assertEquals("每降低一个百分点扣0.5分", RowStandard.read("满意度达到95%得10分，每降低一个百分点扣0.5分", TargetParser.parse("≥95%"), true).clause());
        assertEquals("每降1%扣1分", RowStandard.read("每降1%扣1分，扣完为止", TargetParser.parse("≥95%"), true).clause());
        assertNull(RowStandard.read("每降1%扣1分", TargetParser.parse("≤5%"), false), "a ≤ target is missed above it");
        assertEquals("缺一项扣0.5分", RowStandard.read("缺一项扣 0.5 分", TargetParser.parse("≥4项"), true).clause());
        assertEquals("每低于1%扣1分", RowStandard.read("100%计满分，每低于1%扣1分", TargetParser.parse("≥100%"), true).clause());
        // left to the ratio rule
        String[][] none = {
            {"100%计满分,每低于5%扣2分,扣完为止.", "≥100%", "below"},           // a step of 5 (t20 reads it by full steps)
            {"少一场扣1分", "≥9个", "below"},                                  // another unit
            {"少一个扣1分", "≥95%", "below"},                                  // a count beside a percentage
            {"每超过一个百分点扣0.5分", "≥100%", "below"},                      // the other side
            {"少一个扣1分", "≤9个", "above"},                                  // a ≤ target is missed above it
            {"少一个扣1分，少一个扣2分", "≥9个", "below"},                       // two figures for one step
            {"少一个扣1分", ">9个", "below"},                                  // a strict comparator
            {"达到9个得6分", "≥9个", "below"},                                 // no deduction
            {"少一个扣1分", "2022年12月前", "below"},                            // a date
            // another figure in the target's unit: the table counts from it, or stops at it, not from the target
            {"100%计满分，每低于1%扣1分", "≥95%", "below"},                      // full points at 100%, not at 95%
            {"群众满意率90%以上得10分,每低于1个百分点扣1分", "≥98%", "below"},     // 江西 2017's 90%以上 beside a 98% target
            {"达到90%得10分，每低于1个百分点扣1分，低于80%不得分", "≥90%", "below"}, // nothing below 80%
            {"每低于1个百分点扣1分，偏差超过5个百分点不得分", "≥90%", "below"},      // a second threshold in points
            {"达9个得6分，少一个扣1分，完成率低于60%不得分", "≥9个", "below"},       // a percentage beside a count
            {"达10个得6分，少一个扣1分", "≥9个", "below"},                        // full points at 10, not at 9
            {"少一个扣1分，最多扣3分，最多扣2分", "≥9个", "below"},                 // two caps that disagree
        };
        for (String[] c : none) {
            assertNull(RowStandard.read(c[0], TargetParser.parse(c[1]), c[2].equals("below")), c[0] + " / " + c[1]);
        }
        assertNull(RowStandard.read("少".repeat(100_000) + "一个扣1分", TargetParser.parse("≥9个"), true), "too long to be a row's rule");
        assertNull(RowStandard.read("少检查检查检查一个扣1分", TargetParser.parse("≥9个"), true), "at most four characters between");
    }

    /** Any text: a rule of one unit a step with a positive deduction, or null, never an exception. */
    @net.jqwik.api.Property(tries = 3000)
    void anyText(@net.jqwik.api.ForAll String s) {
        for (String target : new String[] {"≥9个", "≤100%", "9个"}) {
            for (boolean below : new boolean[] {true, false}) {
                RowStandard r = RowStandard.read(s, TargetParser.parse(target), below);
                if (r != null) {
                    assertTrue(r.perUnit().signum() > 0 && !r.clause().isEmpty(), s);
                }
            }
        }
    }

    private static void edit(ObjectNode root, String index, String actual, String score) {
        ObjectNode row = (ObjectNode) root.at("/indicators/" + index);
        row.put("actual", actual);
        row.put("score", new BigDecimal(score));
    }
}
