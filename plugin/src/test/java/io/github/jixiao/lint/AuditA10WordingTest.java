package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Three wordings of audit s55 A10 (session 56), each the same finding as before (its fingerprint unchanged):
 * C1, a missed target on a row with no 分值 and no 得分 on a form that prints neither (unpointed) is not told to "deduct
 * points accordingly", and where the report's reasons lie past the copy's cut it is not asked for the reason either;
 * C4, the blank-column error does not ask the transcriber to write {@code partial} in a framework that declares it; C6, a
 * far decrease of the budget prints one minus sign for its amount and its share.
 */
class AuditA10WordingTest {

    private static List<Finding> findings(String table) {
        Path p = Samples.realTable(table);
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null)).findings();
    }

    private static Finding at(String table, String rule, String pointer) {
        return findings(table).stream().filter(f -> f.ruleId().equals(rule) && f.pointer().equals(pointer)).findFirst().orElseThrow();
    }

    private static final Messages ZH = new Messages(Messages.ZH);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    /** The same finding under the key {@code key} (the variant it stands for, with its own arguments). */
    private static void sameFinding(Finding f, String key, int args) {
        Finding before = new Finding(f.ruleId(), f.severity(), key, f.args().subList(0, args), f.file(), f.pointer(), f.line(),
                f.column(), null);
        assertEquals(Fingerprints.of(before), Fingerprints.of(f), f.key());
    }

    /** 宁德 人才驿站 2023 (t59, unpointed): 人才驿站数量 >=2个 → 0个, no reason; nothing to deduct on a row the form gives no score. */
    @Test
    void aMissOnAnUnpointedFormIsNotToldToDeduct() {
        Finding f = at("t59-ningde-rencaiyizhan-2023", "indicator-target-missed", "/indicators/0/actual");
        assertEquals("unscored", f.key());
        String zh = ZH.message(f);
        assertTrue(zh.contains("写明偏差原因和改进措施") && !zh.contains("扣分"), zh);
        String en = EN.message(f);
        assertTrue(en.contains("Give the reason and the remedy") && !en.contains("deduct"), en);
        sameFinding(f, "", 3);
        // 吕梁 护工 2021 (t58, unpointed): every miss without the clause, its key's -unscored variant
        for (Finding m : findings("t58-lvliang-hugong-2021").stream().filter(x -> x.ruleId().equals("indicator-target-missed")).toList()) {
            assertTrue(m.key().endsWith("unscored"), m.key());
            assertFalse(ZH.message(m).contains("扣分") || EN.message(m).contains("deduct"), ZH.message(m));
        }
        // a form that prints points keeps the clause (稷山 2021, t53: its rows carry 分值 and 得分)
        assertTrue(findings("t53-jishan-gongwei-2021").stream().filter(x -> x.ruleId().equals("indicator-target-missed"))
                .noneMatch(x -> x.key().contains("unscored")));
    }

    /**
     * 云南 航消 2022 (t122) and 镜湖 残联 2023 (t125): the report's section on the reasons is past the cut (partialCut.executionReason):
     * the miss says a reason written there cannot be checked, and asks neither the reason nor a deduction.
     */
    @Test
    void aMissWhoseReasonsArePastTheCutDoesNotAskForThem() {
        for (String[] t : List.of(new String[] {"t122-yunnan-hangxiao-2022", "/indicators/1/actual"},
                new String[] {"t125-jinghu-canlian-2023", "/indicators/2/actual"})) {
            Finding f = at(t[0], "indicator-target-missed", t[1]);
            assertEquals("unscored-cut", f.key(), t[0]);
            String zh = ZH.message(f);
            assertTrue(zh.contains("在存稿截断之后") && zh.contains("无从核对") && !zh.contains("请在") && !zh.contains("扣分"), zh);
            String en = EN.message(f);
            assertTrue(en.contains("past the copy's cut") && !en.contains("Give the reason") && !en.contains("deduct"), en);
            sameFinding(f, "", 3);
        }
    }

    /** 四川 fragment (t45) and 大英 医保 2023 (t96) declare partial: no advice to write it; 青神 2023 (t12) does not: kept. */
    @Test
    void theBlankColumnErrorDoesNotAskForAPartialThatIsThere() {
        for (String t : List.of("t45-sichuan-zixuan-fragment", "t96-daying-yibao-2023")) {
            Finding f = at(t, "indicator-incomplete", "/indicators/0");
            assertEquals("no-actual-all-no-score-partial", f.key(), t);
            assertFalse(ZH.message(f).contains("partial") || EN.message(f).contains("partial"), ZH.message(f));
            sameFinding(f, "no-actual-all", 2);
        }
        Finding t12 = at("t12-qingshen-fagai-2023", "indicator-incomplete", "/indicators/0");
        assertEquals("no-actual-all-no-score", t12.key());
        assertTrue(ZH.message(t12).contains("请在评分框架的 partial 中写明截断之处"));
    }

    /** 阜康 统计 2023 (t124): 5.28 → 1.96 万元, "（−3.32 万元，−62.88%）" (was "-3.32 万元，−62.88%"); t46's increase as before. */
    @Test
    void aFarDecreasePrintsOneMinusSign() {
        Finding f = at("t124-fukang-tongji-2023", "adjustment-missing-reason", "/funds/total/fullYear");
        assertEquals("changed-far-down", f.key());
        assertTrue(ZH.message(f).contains("（−3.32 万元，−62.88%）"), ZH.message(f));
        assertFalse(ZH.message(f).contains("-"), ZH.message(f));
        assertTrue(EN.message(f).contains("(−3.32 × 10,000 yuan, −62.88%)"), EN.message(f));
        // the fingerprint as before: changed-far with the amount as it was printed ("-3.32 万元")
        assertEquals("-3.32 万元", f.args().get(3));
        sameFinding(f, "changed-far", 6);
        Finding up = at("t46-ningde-dizhen-2020", "adjustment-missing-reason", "/funds/total/fullYear");
        assertEquals("changed-far", up.key());
        assertTrue(ZH.message(up).contains("（+58.07 万元，+44.48%）"), ZH.message(up));
    }
}
