package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 58 (L5; s57 L3's left-alone 3): 塘湖镇 2020 (t69) prints its execution rate, 100 %, with the 执行数 blank, and its
 * 20 + 80 form no 分值 on the rows: score-input-missing's {@code -unprinted} note said "计分的只有预算执行率（共 20 分，计得 20.00 分）"
 * as if the 20 were checked, while the criterion's own formula says since session 57 "（按所写执行率 100% 计，执行数空白，未经核对）".
 * The note now says it too ({@code -unprinted-rate}, the same finding). 金步 2020 (t56), its amounts there, as before.
 */
class UnprintedStatedRateTest {

    private static Finding pointsNone(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("indicator-points-none"))
                .findFirst().orElseThrow();
    }

    @Test
    void t69sNoteSaysTheScoreRestsOnTheRateAsWritten() throws Exception {
        Finding f = pointsNone(RealTableRuns.asFiled("t69-tianchang-tanghu-2020"));
        assertEquals("indicator-points-none-short-rows-match-own-unprinted-rate", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("计分的只有预算执行率（共 20 分，计得 20.00 分，按所写执行率计，未经核对），这只是它的得分"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("Only Budget execution rate is scored (20 points, 20.00 scored, on the execution rate as written, unchecked)")
                || en.contains("20.00 scored, on the execution rate as written, unchecked)"), en);
        // the same finding: a baseline entry of the -unprinted note keeps matching
        assertEquals(Fingerprints.of("score-input-missing", f.file(), "indicator-points-none", f.args().subList(0, 2)),
                Fingerprints.of("score-input-missing", f.file(), f.key(), f.args()));
    }

    @Test
    void t56sAmountsAreThereAndItsNoteIsAsBefore() throws Exception {
        Finding f = pointsNone(RealTableRuns.asFiled("t56-jinbu-yuye-2020"));
        assertEquals("indicator-points-none-short-rows-match-own-unprinted", f.key());
        assertFalse(new Messages(Messages.ZH).message(f).contains("未经核对"));
    }
}
