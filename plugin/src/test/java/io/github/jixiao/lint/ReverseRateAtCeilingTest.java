package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 南岳 2023's 雨露计划绩效目标申报表 (real table t60) asks 逾期发放率, a rate of late payments, to be ">=100%": the direction of
 * 及时发放率 written on its opposite. indicator-target-at-ceiling said only that "≥ 100%" is "= 100%" and to write that or
 * "≥ 95%" (an info), advice that keeps the wrong direction (helper N1, session 34). Now a rate the name marks as one to keep
 * low (target.Direction's 反向 words) written ≥ 100% is the warning `reverse`, asking for a ceiling with ≤; the 及时发放率
 * beside it, with no date, is said by indicator-time-cost-unspecified's time-rate-ceiling since session 47 (Engine.timeRateOnce).
 */
class ReverseRateAtCeilingTest {

    @Test
    void aReverseRateWrittenAsAFloorIsTheWrongWayRound() throws Exception {
        List<Finding> at = RealTableRuns.asFiled("t60-nanyue-yulu-2023").findings().stream()
                .filter(f -> f.ruleId().equals("indicator-target-at-ceiling")).sorted().toList();
        assertEquals(List.of("/indicators/1/target reverse warning"),
                at.stream().map(f -> f.pointer() + " " + f.key() + " " + f.severity().id()).toList());
        Finding f = at.get(0);
        assertEquals("指标“逾期发放率”的指标值“>=100%”要求这一比率至少达到 100%，但它是越低越好的反向指标：照此写法，比率越高越算完成，"
                + "与指标本意相反。请改为“≤”的上限（如“≤ 0%”，或允许的最高比率）。", new Messages(Messages.ZH).message(f));
        assertEquals("The target \">=100%\" of indicator \"逾期发放率\" asks this rate to be at least 100%, but it is a rate to keep low: "
                + "as written, the higher it is the better it counts, the opposite of what it measures. Write a ceiling with ≤ "
                + "(e.g. \"≤ 0%\", or the highest rate allowed).", new Messages(Locale.ENGLISH).message(f));
    }
}
