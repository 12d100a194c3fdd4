package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A cut copy whose funds block is not in it (its framework's {@code partialCut.copyStart} with no funds block, or
 * {@code partialCut.funds}): the execution criterion is no part of what is scored, as the rows of a copy cut before its
 * indicators are none (t114), and a form that prints no points by design says so ({@code unpointed}), not an error asking
 * for a 分值 column (audit s54 A9 rows A1 and C1; until then t96 read "0.00 / 65.00" with a 预算执行率 loss line asking for
 * the figures the lint side does not ask for, and t98 and t44 an error calling a completion table a 10号 自评表 with
 * "计得 0.00 分" for an execution the copy never held).
 */
class CutFundsScoreTest {

    private static EngineResult run(String table) {
        Path p = Samples.realTable(table);
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
    }

    private static CriterionScore execution(EngineResult r) {
        return r.sheet().criteria().stream().filter(c -> c.name().contains("预算执行率")).findFirst().orElseThrow();
    }

    /** 大英 医保 2023 (t96): its rows' 55 points are the part scored, not 65 with the execution's 10 at 0. */
    @Test
    void aCopyStartingAfterItsFundsBlockScoresTheRowsAlone() {
        EngineResult r = run("t96-daying-yibao-2023");
        assertEquals(0, new BigDecimal("55").compareTo(r.sheet().weight()), r.sheet().criteria().toString());
        assertEquals(0, execution(r).weight().signum());
        assertTrue(r.sheet().unscored().stream().noneMatch(u -> u.name() != null && u.name().contains("预算执行率")),
                r.sheet().unscored().toString());
        Messages zh = new Messages(Messages.ZH);
        String line = ConsoleReport.scoreLines(r.sheet(), zh).get(0).text();
        assertTrue(line.contains("0.00 / 55.00") && line.contains("评分框架只含部分评分项"), line);
        String console = String.join("\n", ConsoleReport.scoreLines(r.sheet(), zh).stream().map(l -> l.text()).toList());
        assertFalse(console.contains("全年执行数"), console);
    }

    /**
     * 大英 民政 2020 (t98, copyStart) and 大英 双心 2020 (t44, funds): completion tables that print no 分值 by design
     * ({@code unpointed} in their frameworks), the funds block not in the copy: nothing scorable, said once by the
     * unpointed note, no score-input-missing error, and no "0.00" of an execution never read.
     */
    @Test
    void aPointlessFormWithItsFundsCutHasNothingScored() {
        for (String t : List.of("t98-daying-minzheng-2020", "t44-daying-shuangxin-2020")) {
            EngineResult r = run(t);
            assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("score-input-missing")), t + r.findings());
            assertEquals(List.of("partial-unpointed-none", "unpointed-none"), r.findings().stream()
                    .filter(f -> f.ruleId().equals("score-weights")).map(Finding::key).toList(), t);
            assertEquals(0, r.sheet().weight().signum(), t);
            for (Messages m : List.of(new Messages(Messages.ZH), new Messages(Locale.ENGLISH))) {
                for (Finding f : r.findings().stream().filter(f -> f.ruleId().startsWith("score-")).toList()) {
                    String text = m.message(f);
                    assertFalse(text.contains("0.00") || text.contains("10号") || text.contains("No. 10"), t + ": " + text);
                }
            }
            // the score line and the grade the reports give say so too, not "得分只是预算执行等其余各项的" (review s54 R4 M3)
            Messages zh = new Messages(Messages.ZH);
            String line = ConsoleReport.scoreLines(r.sheet(), zh).get(0).text();
            assertTrue(line.contains("存稿中也没有可计分的其余各项") && !line.contains("预算执行等其余各项的"), t + ": " + line);
            // no "0.00 / 0.00" beside it since session 56 (NothingScorableTest)
            assertTrue(line.startsWith("得分：不计分（"), t + ": " + line);
            assertEquals("unpointedNone", ScoreSummary.ungraded(r.sheet()), t);
            String en = ConsoleReport.scoreLines(r.sheet(), new Messages(Locale.ENGLISH)).get(0).text();
            assertTrue(en.startsWith("Score: not scored ("), t + ": " + en);
        }
    }

    /**
     * A cut region form that prints no points (田家庵 2024, t68; 霍山 2024, t85; 四川 药监, t106; 蓟州 2020, t118): the partial
     * note beside the unpointed one says the points of what is scored (the execution's 10), not "框架各项共 100 分" beside a
     * score line "9.39 / 10.00" (audit s54 A9 row C3).
     */
    @Test
    void theCutNoteOfAPointlessFormSaysThePointsScored() {
        for (String t : List.of("t68-tianjiaan-jiuye-2024", "t85-huoshan-yiliaojiuzhu-2024", "t106-suining-jingkai-liangpin-2021",
                "t118-jizhou-xueliang-2020")) {
            EngineResult r = run(t);
            Finding partial = r.findings().stream().filter(f -> f.key().equals("partial-unpointed")).findFirst().orElseThrow();
            String zh = new Messages(Messages.ZH).message(partial);
            String en = new Messages(Locale.ENGLISH).message(partial);
            String points = r.sheet().weight().stripTrailingZeros().toPlainString();
            assertTrue(zh.contains("计分项共 " + points + " 分") && !zh.contains("100 分"), t + ": " + zh);
            assertTrue(en.contains("weigh " + points + " points") && !en.contains("100 points"), t + ": " + en);
            // the same finding as the partial note it was until session 54 (framework weight, cut text): a baseline holds it
            // (review s54 R4 M2: the points scored printed in the framework weight's place changed the fingerprint)
            Finding before = new Finding(partial.ruleId(), partial.severity(), "partial",
                    List.of(partial.args().get(0), "100", partial.args().get(2)), partial.file(), partial.pointer(),
                    partial.line(), partial.column(), null);
            assertEquals(Fingerprints.of(before), Fingerprints.of(partial), t);
        }
    }
}
