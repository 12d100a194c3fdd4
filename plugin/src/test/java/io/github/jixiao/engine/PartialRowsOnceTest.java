package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cut copy whose rows print 得分 but no 分值 (襄阳 中心医院 2021, t13: five rows scored 10 each, no 分值 column, the copy
 * breaking off in the 可持续性 row) says its figures' limits once: score-input-missing's {@code -rows-partial} says the
 * execution's 20 is no 综合评分, no grade is given and the rows' 50 is the transcribed rows' sum; score-weights' partial
 * beside it says the cut only ({@code partial-rows}); and a stated total compared on a framework short of 100 is said by the
 * rows' finding ({@code -rows-partial-unheld}), not also by score-claim-mismatch's {@code total-partial}. Session 52 (P4's
 * item 4 of session 51).
 */
class PartialRowsOnceTest {

    private static List<Finding> run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
    }

    private static List<String> scoring(List<Finding> all) {
        return all.stream().filter(f -> f.ruleId().startsWith("score-")).map(f -> f.ruleId() + " " + f.key()).sorted().toList();
    }

    @Test
    void partialSaysTheCutOnlyBesideTheRows() {
        List<Finding> all = run(Samples.realTable("t13-xiangyang-zhongxin-2021"));
        // -own since G3 (audit s52 B2): 襄阳 2021 is on its own 20 + 80 framework, not 财预〔2020〕10号's form
        // (-unprinted since session 55: the 20 + 80 form prints no 分值 by design; UnprintedRowPointsTest)
        assertEquals(List.of("score-input-missing indicator-points-none-short-rows-partial-own-unprinted", "score-weights partial-rows"), scoring(all));
        Finding partial = all.stream().filter(f -> f.key().equals("partial-rows")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(partial);
        assertTrue(zh.startsWith("评分框架 xiangyang-project-2021 标明所评的表只转录了一部分（框架各项共 100 分）："), zh);
        assertFalse(zh.contains("不评定等级") || zh.contains("不是综合评分"), zh);
        Finding rows = all.stream().filter(f -> f.ruleId().equals("score-input-missing")).findFirst().orElseThrow();
        String rowsZh = new Messages(Messages.ZH).message(rows);
        assertTrue(rowsZh.contains("不是综合评分") && rowsZh.contains("不评定等级"), rowsZh);
        String en = new Messages(Locale.ENGLISH).message(partial);
        assertFalse(en.contains("no grade"), en);
        assertEquals(Fingerprints.of(new Finding(partial.ruleId(), partial.severity(), "partial", partial.args(), partial.file(),
                partial.pointer(), partial.line(), partial.column(), partial.criterion())), Fingerprints.of(partial));
    }

    /**
     * A cut copy with no 分值 column whose rows print no 得分 either (隆阳 2022, t111: {@code indicator-points-none-short-own};
     * 黄石 图书馆 2022, t82, until session 56, when its 一级 points were transcribed as printed and its rows are scored on
     * them, MergedScoreCellTest; 大英 民政局 2020, t98, until session 54, when its framework said its
     * completion table unpointed and its execution cut: CutFundsScoreTest): the -short
     * finding says the figure is no 综合评分 and no grade is given, and partial beside it the cut only ({@code partial-rows},
     * the same fingerprint). Until session 53 only the -short-rows family did this, and these three tables said "不评定等级"
     * twice (P5's left-alone of session 52).
     */
    @Test
    void partialSaysTheCutOnlyBesideEveryShortFinding() {
        for (String table : List.of("t111-longyang-huafei-2022")) {
            List<Finding> all = run(Samples.realTable(table));
            Finding partial = all.stream().filter(f -> f.ruleId().equals("score-weights") && f.key().startsWith("partial"))
                    .findFirst().orElseThrow();
            assertEquals("partial-rows", partial.key(), table);
            assertEquals(Fingerprints.of(new Finding(partial.ruleId(), partial.severity(), "partial", partial.args(), partial.file(),
                    partial.pointer(), partial.line(), partial.column(), partial.criterion())), Fingerprints.of(partial), table);
            Messages zh = new Messages(Messages.ZH);
            long saying = all.stream().filter(f -> zh.message(f).contains("不评定等级")).count();
            assertEquals(1, saying, table + ": " + all.stream().filter(f -> zh.message(f).contains("不评定等级")).map(Finding::key).toList());
            Finding shortOne = all.stream().filter(f -> f.ruleId().equals("score-input-missing") && f.key().contains("-short"))
                    .findFirst().orElseThrow();
            assertTrue(zh.message(shortOne).contains("不评定等级"), table);
            assertFalse(new Messages(Locale.ENGLISH).message(partial).contains("no grade"), table);
        }
    }

    /**
     * t13 with its framework holding 90 points (the indicator block at 70: a copy held short of 100) and a 总分 95: the
     * claim was total-partial ("差额不超过框架未收录或未能计分的 80 分…补全评分框架后再核对") beside -rows-partial, two findings
     * of one gap; now -rows-partial-unheld carries the 95 ("少于所写综合评分 95 分；…差额可能是未转录各行的得分，无从核对").
     */
    @Test
    void aStatedTotalOnAFrameworkShortOf100IsSaidByTheRows(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t13");
        Samples.copyTree(Samples.realTable("t13-xiangyang-zhongxin-2021"), t);
        Path framework = t.resolve("xiangyang-project-2021.json");
        String text = Files.readString(framework);
        // t13 extends project-20-80 (since session 54): its indicator block re-pointed to 70
        String cut = text.replace("\n  \"partial\":", "\n  \"repoint\": { \"performance-indicators\": 70 },\n  \"partial\":");
        assertTrue(!cut.equals(text), "the block's 80 re-pointed");
        Files.writeString(framework, cut);
        Files.writeString(t.resolve("submission/self-assessment.json"), """
                {
                  "$schema": "https://jixiao.github.io/schemas/v1/self-assessment.schema.json",
                  "schemaVersion": "1.0",
                  "stated": {"total": 95}
                }
                """);
        List<Finding> all = run(t);
        assertEquals(List.of("score-input-missing indicator-points-none-short-rows-partial-unheld-own-unprinted", "score-weights partial-rows"),
                scoring(all));
        Finding rows = all.stream().filter(f -> f.ruleId().equals("score-input-missing")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(rows);
        assertTrue(zh.contains("少于所写综合评分 95 分"), zh);
    }
}
