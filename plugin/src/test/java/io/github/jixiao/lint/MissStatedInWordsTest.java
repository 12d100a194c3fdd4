package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 吕梁 2021's 护工培训 table (real table t58) writes 考核任务完成及时 "1-6期培训结束后及时考核" and as its actual "1-2期未能及时培训":
 * the miss told in words. The parser read the actual as 1 to 2 of a unit "期未能及时培训", and indicator-actual-incommensurable
 * said the two "无法比较" (an error; helper N1, session 34). Since session 35 no unit holds 未 or 没有, and such an actual is
 * indicator-target-missed `stated`: the target was missed, give the reason, deduct points.
 */
class MissStatedInWordsTest {

    @Test
    void lvliangsMissIsAMiss() throws Exception {
        List<Finding> row = RealTableRuns.asFiled("t58-lvliang-hugong-2021").findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/6")).sorted().toList();
        // stated-unscored since session 56 (the same finding): the table prints no 分值 or 得分 (unpointed), nothing to deduct
        assertEquals(List.of("indicator-target-missed /indicators/6/actual stated-unscored warning"),
                row.stream().map(f -> f.ruleId() + " " + f.pointer() + " " + f.key() + " " + f.severity().id()).toList());
        Finding f = row.get(0);
        assertEquals("指标“考核任务完成及时”的实际完成值“1-2期未能及时培训”写明没有达到指标值“1-6期培训结束后及时考核”（“未能”）。"
                + "请在偏差原因分析及改进措施（explanation）中写明原因和改进措施。", new Messages(Messages.ZH).message(f));
        assertEquals("The actual \"1-2期未能及时培训\" of indicator \"考核任务完成及时\" says in words that the target \"1-6期培训结束后及时考核\" "
                + "was not met (未能 (could not)). Give the reason and the remedy in 偏差原因分析及改进措施 (explanation).",
                new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void noUnitHoldsANegation() {
        assertFalse(TargetParser.parse("1-2期未能及时培训").isQuantitative());
        assertFalse(TargetParser.parse("3个没有完成").isQuantitative());
        assertEquals("期", TargetParser.parse("1-6期").unit());
    }
}
