package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What indicator-target-no-comparator says a bare target was read as, and why: a bare 0 is ≤ because it means none
 * (≥ 0 would be met by anything), also beside a 正向 column; a bare period of a 时效 row is a time limit, also beside
 * 正向; a bare date a deadline. Until session 27 each ≤ was "按反向指标（越低越好）", beside the 正向 the table printed
 * (flags/zero-and-time-limit.json).
 */
class IndicatorTargetNoComparatorMessageTest {

    @Test
    void aZeroAndATimeLimitSayWhyTheyAreReadAsAtMost() {
        RuleFixtures.Fixture f = RuleFixtures.load("indicator-target-no-comparator", "flags",
                Path.of("src/test/resources/rules/indicator-target-no-comparator/flags/zero-and-time-limit.json"));
        List<Finding> found = RuleFixtures.run(new IndicatorTargetNoComparator(), f);
        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(Locale.ENGLISH);
        List<String> zhs = found.stream().map(zh::message).toList();
        List<String> ens = found.stream().map(en::message).toList();
        assertEquals(List.of(
                "指标“补助款结算争议率”的指标值“0%”没有比较符，按“没有”（指标方向一栏虽写“正向”，但只写 0 若按“≥ 0”理解，任何结果都算完成）"
                        + "理解为“≤ 0%”。请写明方向，如“≥ 0%”“≤ 0%”或“= 0%”。",
                "指标“审批办结时限”的指标值“3个工作日”没有比较符，按时限类指标（不超过该期限；指标方向一栏的“正向”说不出期限的哪一边算完成）"
                        + "理解为“≤ 3 个工作日”。请写明方向，如“≥ 3 个工作日”“≤ 3 个工作日”或“= 3 个工作日”。",
                "指标“项目完成时间”的指标值“2024年12月”只写了日期，按截止日期理解为“≤ 2024-12-31”（不晚于该日完成）。"
                        + "请写明，如“2024-12-31前”或“≤ 2024-12-31”。",
                "指标“补助款结算争议率”的指标值“0%”没有比较符，按“没有”（只写 0 若按“≥ 0”理解，任何结果都算完成）理解为“≤ 0%”。"
                        + "请写明方向，如“≥ 0%”“≤ 0%”或“= 0%”。",
                "指标“审批办结时限”的指标值“3个工作日”没有比较符，按时限类指标（不超过该期限）理解为“≤ 3 个工作日”。"
                        + "请写明方向，如“≥ 3 个工作日”“≤ 3 个工作日”或“= 3 个工作日”。",
                "指标“安全事故发生数”的指标值“0起”没有比较符，按反向指标（越低越好）理解为“≤ 0 起”。"
                        + "请写明方向，如“≥ 0 起”“≤ 0 起”或“= 0 起”。"), zhs);
        assertEquals(true, ens.get(0).contains("is read as \"≤ 0%\" (none: the 指标方向 (direction) column says 正向 (higher is better), "
                + "but a bare 0 read as \"≥ 0\" would be met by anything)"), ens.get(0));
        assertEquals(true, ens.get(1).contains("(a time limit, no longer than that; the 指标方向 (direction) column's 正向 (higher is "
                + "better) cannot say which side of a period counts)"), ens.get(1));
        assertEquals(true, ens.get(3).contains("(none: a bare 0 read as \"≥ 0\" would be met by anything)"), ens.get(3));
        assertEquals(true, ens.get(4).contains("(a time limit, no longer than that)"), ens.get(4));
        assertEquals(true, ens.get(5).contains("(the lower the better)"), ens.get(5));
        for (String s : zhs) {
            assertEquals(false, s.contains("反向") && !s.contains("安全事故"), s);
        }
    }
}
