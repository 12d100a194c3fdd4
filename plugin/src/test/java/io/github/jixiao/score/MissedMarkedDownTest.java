package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A missed target the unit marked down further than its completion ratio gives (零陵 林业 2021, t90: 木材销售收入 1093 of
 * ≥ 1100 万元, 5 of 6 where the ratio gives 5.96): indicator-target-missed's bare-deducted accepts the deduction and asks for
 * the miss's reason; the scorer's note beside it said "以计算值为准", which read as overruling it (helper A3's audit,
 * session 48). It now says the deduction goes beyond the ratio, that the total counts the ratio's figure and that the
 * further deduction's grounds are the reviewer's to weigh: the same finding (indicator-missed-below, sameAs indicator).
 */
class MissedMarkedDownTest {

    @Test
    void aDeductionBeyondTheRatioIsSaidAsOne() {
        Path t90 = Samples.realTable("t90-lingling-linye-2021");
        // the scorer's own note, as made (the miss's rule off: with it on, the miss carries it, below)
        EngineResult alone = new Engine().run(new EngineOptions(t90, t90.resolve("submission"), null, null, null,
                io.github.jixiao.lint.RuleConfig.of(List.of(new io.github.jixiao.lint.RuleConfig.Entry("indicator-target-missed", "OFF", null))),
                Locale.SIMPLIFIED_CHINESE));
        Finding f = alone.findings().stream().filter(x -> x.ruleId().equals("score-claim-mismatch") && x.pointer().equals("/indicators/7/score"))
                .findFirst().orElseThrow();
        assertEquals("indicator-missed-below-part info", f.key() + " " + f.severity().id());
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals("绩效指标“木材销售收入”未达到指标值，自评 5 分，比按完成比例计算的 5.96 分（1093万元 未达到 ≥ 1100 万元：1093 / 1100 = 0.9936 × 6 = 5.96）"
                + "扣得多。计分按 5.96 分计；多扣的分若另有依据，请在偏差原因分析及改进措施（explanation）中写明，由复核确定（可填复核分）。", zh);
        assertFalse(zh.contains("以计算值为准"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("Indicator \"木材销售收入\" missed its target and is stated as 5, below the 5.96 its completion ratio gives"), en);
        // one finding since session 49: the miss's bare-deducted carries the computed score, the note left out (Engine.missedClaimOnce)
        EngineResult r = new Engine().run(EngineOptions.of(t90, t90.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(r.findings().stream().noneMatch(x -> x.ruleId().equals("score-claim-mismatch") && x.pointer().equals("/indicators/7/score")));
        Finding m = r.findings().stream().filter(x -> x.ruleId().equals("indicator-target-missed") && x.pointer().equals("/indicators/7/target"))
                .findFirst().orElseThrow();
        assertEquals("bare-deducted-below-part", m.key());
        String mz = new Messages(Messages.ZH).message(m);
        assertTrue(mz.contains("比按完成比例计算的 5.96 分（1093万元 未达到 ≥ 1100 万元：1093 / 1100 = 0.9936 × 6 = 5.96）扣得多；计分按 5.96 分计"), mz);
        assertFalse(mz.contains("以计算值为准"), mz);
    }
}
