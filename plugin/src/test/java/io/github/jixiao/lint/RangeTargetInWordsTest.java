package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 吕梁 2021 (real table t58) asks 培训对象 to be "18—54周岁", an eligibility range, and reports "存在18岁以下、54周岁以上".
 * indicator-actual-incommensurable quantitative-target gave "54 周岁" as the example actual (helper N1, session 34), which
 * fits no actual of such a row. Since session 35 a range target beside words is quantitative-target-range, which asks for
 * the count or share meeting the condition, or the figure reached where the range is one a figure should fall in.
 */
class RangeTargetInWordsTest {

    @Test
    void anEligibilityRangeBreachedInWordsIsAStatedMiss() throws Exception {
        // since session 57 (audit s57 A12 row B1): "存在18岁以下、54周岁以上" says some trainees fall outside 18—54: a miss stated
        // in words (indicator-target-missed stated-range, -unscored on this unpointed form), still asking for the count or
        // share meeting the condition; no longer "无法比较" (indicator-actual-incommensurable quantitative-target-range)
        List<Finding> row = RealTableRuns.asFiled("t58-lvliang-hugong-2021").findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/2/")).sorted().toList();
        assertEquals(List.of("indicator-target-missed stated-range-unscored warning"),
                row.stream().map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id()).toList());
        Finding f = row.get(0);
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("指标“培训对象符合吕梁山护工培训招生计划规定”的实际完成值“存在18岁以下、54周岁以上”写明有对象不在指标值“18—54周岁”的范围内（“存在18岁以下”）：未达到。请写明符合条件的人数或所占比例")
                && !zh.contains("无法比较") && !zh.contains("扣分"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("says some fall outside the target's range") && en.contains("State how many meet the condition")
                && !en.contains("cannot be compared"), en);
    }
}
