package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void anEligibilityRangeAsksForTheShareMeetingIt() throws Exception {
        List<Finding> row = RealTableRuns.asFiled("t58-lvliang-hugong-2021").findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/2/")).sorted().toList();
        assertEquals(List.of("indicator-actual-incommensurable quantitative-target-range error"),
                row.stream().map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id()).toList());
        Finding f = row.get(0);
        assertEquals("指标“培训对象符合吕梁山护工培训招生计划规定”的指标值是区间“18—54周岁”，实际完成值却是文字“存在18岁以下、54周岁以上”，无法比较。"
                + "区间是每个对象须符合的条件的（如年龄），请写明符合条件的人数或所占比例（如“符合条件的占 98%”，指标值相应写作“= 100%”），"
                + "不符合的在偏差原因中说明；区间是一个数值应落入的范围的，请填写实际达到的数值。", new Messages(Messages.ZH).message(f));
        assertEquals("Indicator \"培训对象符合吕梁山护工培训招生计划规定\": the target is the range \"18—54周岁\" but the actual is the word "
                + "\"存在18岁以下、54周岁以上\"; they cannot be compared. Where the range is a condition each one must meet (an age, say), "
                + "state how many meet it or what share does (e.g. \"98% meet it\", the target then written as \"= 100%\") and explain "
                + "those who do not in the explanation of the deviation; where it is the range a figure should fall in, state the figure reached.",
                new Messages(Locale.ENGLISH).message(f));
    }
}
