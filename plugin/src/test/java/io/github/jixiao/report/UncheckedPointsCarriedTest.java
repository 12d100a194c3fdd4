package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 52 (audit s51 A6 §3, t37 /7): a qualitative target with a figure as its actual is one finding at its row,
 * indicator-actual-incommensurable's, and the scorer's achievement-self-score beside it is left out
 * (Engine.qualitativeSelfScoreOnce). That note's one fact the error did not say was dropped with it: the row is scored
 * the unit's own points, unchecked ("得分暂按单位自评的 5 分计，未经核对"). The error now carries it (its -self-score
 * variant, the points a detail: the same fingerprint).
 */
class UncheckedPointsCarriedTest {

    private static Finding at(String table, String pointer) {
        List<Finding> all = new Engine().run(EngineOptions.of(Samples.realTable(table),
                Samples.realTable(table).resolve("submission"))).findings();
        assertEquals(List.of(), all.stream().filter(f -> f.ruleId().equals("score-input-missing")
                && f.key().equals("achievement-self-score") && f.pointer().equals(pointer.replace("/actual", ""))).toList());
        return all.stream().filter(f -> f.ruleId().equals("indicator-actual-incommensurable") && f.pointer().equals(pointer))
                .findFirst().orElseThrow();
    }

    /** 元州 文物 2022 (t37 /7): 项目成本控制在预算内 "本着节约的原则,控制在预算中。" → "100%", scored the unit's 5. */
    @Test
    void theCostRowSaysItsPointsAreTheUnitsUnchecked() {
        Finding f = at("t37-yuan-wenwu-2022", "/indicators/7/actual");
        assertEquals("qualitative-target-cost-self-score", f.key());
        String zh = new Messages(Locale.SIMPLIFIED_CHINESE).message(f);
        assertTrue(zh.contains("两者无法比较；得分暂按单位自评的 5 分计，未经核对。请写明成本上限及单位"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("scored the unit's own 5 points for now, unchecked"), en);
    }
}
