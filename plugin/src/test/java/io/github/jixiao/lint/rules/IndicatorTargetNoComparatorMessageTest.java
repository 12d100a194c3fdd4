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

    /**
     * A bare number that names no unit anywhere (湘潭 2024's 配备车辆数 "10", 服务周期 "180": not in the target, the 度量单位
     * column or a bracket at the end of the name) is asked for its unit with the direction (no-unit), one finding; one
     * with its unit in the name (in brackets at its end, or after the target's own number: 南华's "…变压器3台" beside "3"), the
     * column or the target, a zero, and a 时效 year are said as before. Until session 44
     * the message asked for the direction alone, and the officer who wrote "≥ 10" was then told of the unit
     * (indicator-target-no-unit) on the next run (flags/bare-without-unit.json).
     */
    @Test
    void aBareNumberWithNoUnitAnywhereIsAskedForItsUnitToo() {
        RuleFixtures.Fixture f = RuleFixtures.load("indicator-target-no-comparator", "flags",
                Path.of("src/test/resources/rules/indicator-target-no-comparator/flags/bare-without-unit.json"));
        List<Finding> found = RuleFixtures.run(new IndicatorTargetNoComparator(), f);
        assertEquals(List.of("/indicators/0/target no-unit-named", "/indicators/1/target no-unit-period", "/indicators/2/target ",
                "/indicators/3/target ", "/indicators/4/target ", "/indicators/5/target ", "/indicators/6/target ",
                "/indicators/7/target ", "/indicators/8/target no-unit-named"),
                found.stream().map(x -> x.pointer() + " " + x.key()).toList());
        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(Locale.ENGLISH);
        // the number of trucks names what it counts (车辆数: 辆): only the unit left out is said (session 44, mine; it was
        // "不知道计的是什么", which the name answers); the service period is a period by its name, and is asked its unit of
        // time (since session 48, no-unit-period: it was asked what it counts, "如“≥ 180 个”“≥ 180 天”或“≥ 180%”", audit s48 item 4)
        assertEquals("指标“雾炮车抑尘降尘服务配备车辆数”按名称计的是“辆”，指标值“10”却既没有比较符，也没有单位：按正向指标（越高越好）理解为“≥ 10 辆”。"
                + "请写作“≥ 10 辆”，或在度量单位（unit）一栏填写“辆”。", zh.message(found.get(0)));
        assertEquals("指标“服务周期”按名称是一段时间，指标值“180”却既没有比较符，也没有单位：按正向指标（越高越好）理解为“≥ 180”，"
                + "但不知道以什么时间单位计，实际完成值无从核对。请写明单位，如“≥ 180 天”，或在度量单位（unit）一栏填写时间单位（如“天”）。",
                zh.message(found.get(1)));
        // 巴南 一品街道 2022's 开展各种文艺活动场次 "20" (t77): the name ends in its unit, 场次; until session 46 it was asked what it counts
        assertEquals("指标“开展各种文艺活动场次”按名称计的是“场次”，指标值“20”却既没有比较符，也没有单位：按正向指标（越高越好）理解为“≥ 20 场次”。"
                + "请写作“≥ 20 场次”，或在度量单位（unit）一栏填写“场次”。", zh.message(found.get(8)));
        assertEquals("Indicator \"雾炮车抑尘降尘服务配备车辆数\" counts in \"辆\" by its name, but its target \"10\" has neither a comparator "
                + "nor a unit: it is read as \"≥ 10 辆\" (the higher the better). Write \"≥ 10 辆\", or fill in \"辆\" in the 度量单位 (unit) column.",
                en.message(found.get(0)));
        assertEquals(io.github.jixiao.report.Fingerprints.of(found.get(0).ruleId(), found.get(0).file(), "",
                found.get(0).args().subList(0, 6)), io.github.jixiao.report.Fingerprints.of(found.get(0)));
        assertEquals("Indicator \"服务周期\" is a period by its name, but its target \"180\" has neither a comparator nor a unit: it is "
                + "read as \"≥ 180\" (the higher the better), but its unit of time is not said, and the actual cannot be checked against it. "
                + "Write the unit, e.g. \"≥ 180 天\" (days), or fill in a unit of time (such as \"天\") in the 度量单位 (unit) column.",
                en.message(found.get(1)));
        assertEquals("指标“培训人数”的指标值“20 人次”没有比较符，按正向指标（越高越好）理解为“≥ 20 人次”。请写明方向，如“≥ 20 人次”“≤ 20 人次”或“= 20 人次”。",
                zh.message(found.get(3)));
    }

    /**
     * A rate written as a bare number (廊坊 2019's 工程完工率 "100", t11): since F11's no-unit it was told "不知道计的是什么",
     * which the name answers (a rate, in %): it now says the % was left out and what to write. 学生满意度（%） names its
     * unit in the bracket (the direction alone is asked for, as before); a rate's "1" (宁德 2019's 覆盖率) may be the whole written as a fraction and is
     * asked (since session 47, no-unit-rate-one) whether 1 means 100%; a name that is no rate (学校发展能力 "100") is asked for its unit.
     */
    @Test
    void aRateWrittenAsABareNumberIsToldItsPercentWasLeftOut() {
        RuleFixtures.Fixture f = RuleFixtures.load("indicator-target-no-comparator", "flags",
                Path.of("src/test/resources/rules/indicator-target-no-comparator/flags/rate-without-percent.json"));
        List<Finding> found = RuleFixtures.run(new IndicatorTargetNoComparator(), f);
        // 工程完工率 "100": no-unit-rate-full since session 48, "= 100%" alone ("≥ 100%" is at-ceiling's "= 100%"); 学生满意度 95 no-unit-rate
        assertEquals(List.of("no-unit-rate-full", "", "no-unit-rate-one", "no-unit"), found.stream().map(Finding::key).toList());
        assertEquals("指标“工程完工率”是比率（名称以“率”或“满意度”结尾），指标值“100”却既没有比较符，也没有“%”：按正向指标（越高越好）理解为“≥ 100%”，"
                + "即“= 100%”（该比率不会超过 100%）。请写作“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。", new Messages(Messages.ZH).message(found.get(0)));
        assertEquals("Indicator \"工程完工率\" is a rate (its name ends in 率 (rate) or 满意度 (satisfaction)), but its target \"100\" has "
                + "neither a comparator nor the \"%\": it is read as \"≥ 100%\" (the higher the better), that is \"= 100%\" (this rate "
                + "cannot exceed 100%). Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\").", new Messages(Locale.ENGLISH).message(found.get(0)));
        // the plain note's fingerprint (sameAs): a baseline made before session 44 still knows these rows
        // (the same figures as the plain note's, "100" with the % only in the message, and identified as that note)
        Finding one = found.get(2);
        assertEquals(io.github.jixiao.report.Fingerprints.of(one.ruleId(), one.file(), "", one.args()),
                io.github.jixiao.report.Fingerprints.of(one), "覆盖率 \"1\" is the note it was");
        Finding rate = found.get(0);
        assertEquals("100", rate.args().get(2));
        assertEquals(io.github.jixiao.report.Fingerprints.of(rate.ruleId(), rate.file(), "", rate.args()),
                io.github.jixiao.report.Fingerprints.of(rate));
    }
}
