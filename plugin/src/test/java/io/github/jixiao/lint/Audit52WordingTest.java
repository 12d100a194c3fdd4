package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The wrong words and the duplicates audit s52 (A7) found on real tables t60–t114, each on the table it was found on:
 * advice that did not fit the row (B4–B7), English left in Chinese or with two renderings of 万元 (B8, B9), and one
 * defect said twice or ten times (C1, C2). Each finding keeps its fingerprint where it is the same finding.
 */
class Audit52WordingTest {

    private static Finding one(EngineResult r, String rule, String pointer) {
        List<Finding> found = r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.pointer().equals(pointer)).toList();
        assertEquals(1, found.size(), rule + " " + pointer + ": " + found);
        return found.get(0);
    }

    private static void sameFinding(Finding f, String asKey) {
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), asKey, f.args()), Fingerprints.of(f), f.key() + " is " + asKey);
    }

    /** B4: 阜源 2022's main output written as a sentence in the name, "石头卧子村新建水房1座、铺设输水管线;…", no target. */
    @Test
    void outputsWrittenIntoTheNameAreAskedToBeSplitNotDeleted() throws Exception {
        Finding f = one(RealTableRuns.asFiled("t99-fuyuan-yinshui-2022"), "indicator-incomplete", "/indicators/0");
        assertEquals("empty-category-target-counts", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("要完成的产出写在了名称里（1座）") && zh.contains("“= 1 座”"), zh);
        assertFalse(zh.contains("不适用"), zh);
        sameFinding(f, "empty-category-target");
    }

    /** B4: 同心 2023's 生态效益 row "生态修复功能提高": an aim, the category applying; not "删去这些空行…不适用". */
    @Test
    void anAimWithoutTargetIsAskedForWhatIsMeasured() throws Exception {
        Finding f = one(RealTableRuns.asFiled("t64-tongxin-xiamaguan-2023"), "indicator-incomplete", "/indicators/7");
        assertEquals("empty-category-target-aim", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("名称写的是要达到的目的") && !zh.contains("不适用"), zh);
        sameFinding(f, "empty-category-target");
    }

    /** B5: 原州 2022's "经济效益 指标 (选填)": optional by the form's own words, so no 不适用 row is asked, and a warning. */
    @Test
    void anOptionalCategoryIsFilledInOrDeleted() throws Exception {
        Finding f = one(RealTableRuns.asFiled("t100-yuanzhou-shuiyuan-2022"), "indicator-incomplete", "/indicators/7");
        assertEquals("empty-category-target-optional", f.key());
        assertEquals(Severity.WARNING, f.severity());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("表中注明该类为选填") && !zh.contains("不适用"), zh);
        sameFinding(f, "empty-category-target");
    }

    /** B6: 蚕茶 2021's 门诊住院人次 "增加" → "增372人次": the reading as met can be checked; the amount is what is missing. */
    @Test
    void aDirectionMetByASignedActualAsksForTheAmount() throws Exception {
        Finding f = one(RealTableRuns.asFiled("t81-nanchang-cancha-2021"), "indicator-target-unmeasurable", "/indicators/0/target");
        assertEquals("read-as-direction", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("只写了方向") && zh.contains("“增372人次”读作“达成”") && !zh.contains("同样无从核对"), zh);
        sameFinding(f, "");
    }

    /** B7: 甘孜's 召开食品安委会全体会议 "2": a meeting is counted in 次, not "个", "天" or "%". */
    @Test
    void anActivityIsCountedInTimes() throws Exception {
        Finding f = one(RealTableRuns.asFiled("t105-ganzi-shianwei"), "indicator-target-no-comparator", "/indicators/3/target");
        assertEquals("no-unit-activity", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("“≥ 2 次”") && !zh.contains("≥ 2%"), zh);
        sameFinding(f, "");
    }

    /** B8, B9: 新洲 2020 in English: the second template row's category in English, and 万元 written one way. */
    @Test
    void englishNamesTheSecondCategoryAndItsAmountsAlike() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t62-xinzhou-chujutuan-2020");
        Messages en = new Messages(Locale.ENGLISH).forResult(r);
        String rows = en.message(one(r, "indicator-template-row", "/indicators/5"));
        assertTrue(rows.contains("\"Benefit indicators/Economic benefit indicators\", \"Benefit indicators/Social benefit indicators\""), rows);
        String below = en.message(one(r, "score-claim-mismatch", "/indicators/4/score"));
        assertTrue(below.contains("(2 × 10,000 yuan meets ≤ 2 × 10,000 yuan → 20)"), below);
    }

    /** C1: 零陵 2021's printed 执行率 100% (80.45% computed) and its 得分 10 = 100% × 10: one wrong cell, said once. */
    @Test
    void aScoreFromAWrongRateIsSaidWithTheRate() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t90-lingling-linye-2021");
        Finding f = one(r, "rate-mismatch", "/funds/total/executionRatePercent");
        assertEquals("score", f.key());
        assertTrue(new Messages(Messages.ZH).message(f).contains("依此所写的得分 10 分，按计算值为 8.04 分"), new Messages(Messages.ZH).message(f));
        assertTrue(r.findings().stream().noneMatch(g -> g.ruleId().equals("score-claim-mismatch") && g.pointer().equals("/funds/total/score")));
        sameFinding(f, "");
    }

    /** C2: 岳阳科技局's budget.json holds no figure (only $schema): one finding, not one error per figure (ten). */
    @Test
    void anEmptyFileIsSaidOnce() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t94-yueyang-kejiju");
        List<Finding> budget = r.findings().stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && f.file().endsWith("budget.json")).toList();
        assertEquals(List.of("file-empty"), budget.stream().map(Finding::key).toList());
        String zh = new Messages(Messages.ZH).message(budget.get(0));
        assertTrue(zh.startsWith("submission/budget.json 中没有评分所需的任何数据") || zh.contains("budget.json 中没有评分所需的任何数据"), zh);
    }
}
