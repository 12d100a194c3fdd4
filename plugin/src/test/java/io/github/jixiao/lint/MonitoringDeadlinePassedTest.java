package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * At 运行监控 a 时效 target whose deadline has passed by the month the table runs to, with the work not done, has missed it
 * whatever the likelihood says: monitoring-deviation-unexplained deadline-passed asks for the cause and the measures,
 * naming the deadline and the month (until session 43 nothing was said where the likelihood was 确定能). On 黄石 2019 (t15,
 * its figures to the end of June), its empty 时效 row given a target and a value to date.
 */
class MonitoringDeadlinePassedTest {

    private static List<Finding> timeliness(Path tmp, Consumer<ObjectNode> row) throws Exception {
        Samples.copyTreeEditingIndicators(Samples.realTable("t15-huangshi-shenyi-2019"), tmp,
                (JsonNode root) -> row.accept((ObjectNode) root.get("indicators").get(1)));
        return new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("monitoring-deviation-unexplained") && f.pointer().startsWith("/indicators/1"))
                .toList();
    }

    @Test
    void deadlineAtTheMonthNotDoneIsSaid(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp, r -> r.put("target", "6月底前完成").put("actual", "正在推进").put("likelihood", "确定能"));
        assertEquals(1, said.size(), said.toString());
        Finding f = said.get(0);
        assertEquals("deadline-passed", f.key());
        assertEquals("/indicators/1/actual", f.pointer());
        assertEquals("指标“产出指标/时效”的指标值是 6月底前完成（期限 2019-06-30），到监控截至的 6 月末已过期限，截至目前的完成值“正在推进”却说明尚未完成，"
                + "也没有分析偏差原因、提出纠偏措施。请在该指标的偏差或不能完成目标原因分析（explanation）中写明未按期完成的原因和措施（如调整后的完成时间）；"
                + "其实已经完成的，请把截至目前的完成值写作完成的日期。", new Messages(Messages.ZH).message(f));
        assertEquals("Indicator \"产出指标/时效\" has the target 6月底前完成 (deadline 2019-06-30), which has passed by the end of month 6, the month "
                + "the monitoring runs to, yet its value to date, \"正在推进\", says it is not done, and no cause of the deviation and no correction is given. "
                + "State why it was not done on time and the measures (e.g. the new completion date) in the indicator's 偏差或不能完成目标原因分析 (explanation); "
                + "if it is in fact done, give the date it was done as the value to date.", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void blankValueToDateIsSaid(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp, r -> r.put("target", "2019年5月31日前").put("likelihood", "有可能"));
        assertEquals(List.of("deadline-passed-blank"), said.stream().map(Finding::key).toList());
        assertEquals("指标“产出指标/时效”的指标值是 2019年5月31日前（期限 2019-05-31），到监控截至的 6 月末已过期限，截至目前的完成值却空着，看不出是否按期完成。"
                + "已经完成的，请把完成的日期填作截至目前的完成值；没有完成的，请在该指标的偏差或不能完成目标原因分析（explanation）中写明原因和措施（如调整后的完成时间）。",
                new Messages(Messages.ZH).message(said.get(0)));
    }

    @Test
    void notYetDueOrDoneIsNotSaid(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(), timeliness(tmp.resolve("a"), r -> r.put("target", "9月底前完成").put("actual", "正在推进").put("likelihood", "确定能")));
        assertEquals(List.of(), timeliness(tmp.resolve("b"), r -> r.put("target", "6月底前完成").put("actual", "已完成").put("likelihood", "确定能")));
        assertEquals(List.of(), timeliness(tmp.resolve("c"), r -> r.put("target", "6月底前完成").put("actual", "6月18日").put("likelihood", "确定能")));
    }
    /**
     * Done, but after the deadline (5月底前完成 | 6月10日 on t15's table to June): the 时效 target is missed whatever the
     * likelihood says, and the cause is asked for (deadline-passed-late, session 43, E7: nothing was said, a day done being
     * "left to its own reading" that no rule made at 运行监控). A month done in is read at its first day, in the target's
     * favour (6月: on time).
     */
    @Test
    void doneAfterTheDeadlineIsSaid(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp.resolve("a"), r -> r.put("target", "5月底前完成").put("actual", "6月10日").put("likelihood", "确定能"));
        assertEquals(List.of("deadline-passed-late"), said.stream().map(Finding::key).toList());
        assertEquals("/indicators/1/actual", said.get(0).pointer());
        assertEquals("指标“产出指标/时效”的指标值是 5月底前完成（期限 2019-05-31），截至目前的完成值却是“6月10日”（2019-06-10），晚于期限，时效指标未按期完成，"
                + "也没有分析偏差原因。请在该指标的偏差或不能完成目标原因分析（explanation）中写明延期的原因和今后按期完成的措施；完成值写的不是完成的日期的，请改正。",
                new Messages(Messages.ZH).message(said.get(0)));
        assertEquals("Indicator \"产出指标/时效\" has the target 5月底前完成 (deadline 2019-05-31), yet its value to date is \"6月10日\" (2019-06-10), "
                + "after the deadline: the timeliness target was not met on time, and no cause of the deviation is given. State why it was late and how "
                + "deadlines will be kept in the indicator's 偏差或不能完成目标原因分析 (explanation); if the value to date is not the day it was done, correct it.",
                new Messages(Locale.ENGLISH).message(said.get(0)));
        assertEquals(List.of(), timeliness(tmp.resolve("b"), r -> r.put("target", "5月底前完成").put("actual", "5月").put("likelihood", "确定能")));
        assertEquals(List.of(), timeliness(tmp.resolve("c"), r -> r.put("target", "5月底前完成").put("actual", "6月10日").put("likelihood", "确定能")
                .put("explanation", "专家意见返回较晚，延至6月10日完成")));
    }

    /**
     * A day after the month the table runs to (t15's figures to June, 7月5日) is no day the work was done by then: a day
     * planned, or the month given wrong. Until session 44 it was read as the day done and deadline-passed-late said the work
     * was done late (E7's left-alone item). With the deadline passed by the month's end it is deadline-passed-day-ahead; with
     * the deadline still to come nothing is said.
     */
    @Test
    void aDayAfterTheMonthTheTableRunsToIsNoDayDone(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp.resolve("a"), r -> r.put("target", "6月底前完成").put("actual", "7月5日").put("likelihood", "确定能"));
        assertEquals(List.of("deadline-passed-day-ahead"), said.stream().map(Finding::key).toList());
        assertEquals("/indicators/1/actual", said.get(0).pointer());
        assertEquals("指标“产出指标/时效”的指标值是 6月底前完成（期限 2019-06-30），到监控截至的 6 月末已过期限，截至目前的完成值“7月5日”（2019-07-05）却在 6 月之后，"
                + "不是截至 6 月末已经完成的日期：看来到期尚未完成，也没有分析偏差原因。请在该指标的偏差或不能完成目标原因分析（explanation）中写明未按期完成的原因和措施"
                + "（“7月5日”是预计完成时间的，也写在那里）；表中数字实际截至更晚月份的，请改正 budget.json 的 funds.toDateMonth。",
                new Messages(Messages.ZH).message(said.get(0)));
        assertEquals("Indicator \"产出指标/时效\" has the target 6月底前完成 (deadline 2019-06-30), which has passed by the end of month 6, the month the "
                + "monitoring runs to, yet its value to date, \"7月5日\" (2019-07-05), is after month 6, so it is no day the work was done by then: it looks "
                + "not done by its deadline, and no cause of the deviation is given. State why it was not done on time and the measures in the indicator's "
                + "偏差或不能完成目标原因分析 (explanation) (a planned completion day goes there too); if the table's figures run to a later month, correct "
                + "budget.json funds.toDateMonth.", new Messages(Locale.ENGLISH).message(said.get(0)));
        // the deadline still to come, the day before it: nothing said (a day after it: deadlineForecastMissedIsSaid)
        assertEquals(List.of(), timeliness(tmp.resolve("b"), r -> r.put("target", "9月底前完成").put("actual", "8月10日").put("likelihood", "确定能")),
                "the deadline is to come at the end of June");
        assertEquals(List.of(), timeliness(tmp.resolve("c"), r -> r.put("target", "6月底前完成").put("actual", "7月5日").put("likelihood", "确定能")
                .put("explanation", "专家意见返回较晚，预计7月5日完成")));
    }

    /**
     * A deadline written as a month and 前 (6月前: "before June") is read as by the end of that month, in the unit's favour
     * (as 6月底前 and 6月30日前 are; 12月前 means within the year), and the message says so and how to write the other
     * reading (5月底前), where a reviewer could read it as by 31 May (session 44, M3; before, the deadline was given as
     * 2019-06-30 with no word of how 6月前 was read). On a table to May it is not yet due.
     */
    @Test
    void aMonthAndBeforeIsReadAsByItsEndAndSaidSo(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp.resolve("a"), r -> r.put("target", "6月前完成").put("actual", "正在推进").put("likelihood", "确定能"));
        assertEquals(List.of("deadline-passed"), said.stream().map(Finding::key).toList());
        assertEquals("指标“产出指标/时效”的指标值是 6月前完成（期限 2019-06-30，“6月前”按 6 月底读；指 6 月 1 日之前的，请写作“5月底前”），到监控截至的 6 月末已过期限，"
                + "截至目前的完成值“正在推进”却说明尚未完成，也没有分析偏差原因、提出纠偏措施。请在该指标的偏差或不能完成目标原因分析（explanation）中写明未按期完成的原因和措施"
                + "（如调整后的完成时间）；其实已经完成的，请把截至目前的完成值写作完成的日期。", new Messages(Messages.ZH).message(said.get(0)));
        assertEquals("Indicator \"产出指标/时效\" has the target 6月前完成 (deadline 2019-06-30; \"6月前\" (before month 6) is read as by the end of month 6; "
                + "if it means by the end of month 5, write \"5月底前\"), which has passed by the end of month 6, the month the monitoring runs to, yet its value "
                + "to date, \"正在推进\", says it is not done, and no cause of the deviation and no correction is given. State why it was not done on time and the "
                + "measures (e.g. the new completion date) in the indicator's 偏差或不能完成目标原因分析 (explanation); if it is in fact done, give the date it was "
                + "done as the value to date.", new Messages(Locale.ENGLISH).message(said.get(0)));
        Finding plain = timeliness(tmp.resolve("b"), r -> r.put("target", "6月底前完成").put("actual", "正在推进").put("likelihood", "确定能")).get(0);
        assertEquals(io.github.jixiao.report.Fingerprints.of(plain.ruleId(), "f", plain.key(), List.of("产出指标/时效", "6月底前完成", "2019-06-30", "6", "正在推进")),
                io.github.jixiao.report.Fingerprints.of(plain.ruleId(), "f", plain.key(), plain.args()), "the reading is a detail");
        List<Finding> late = timeliness(tmp.resolve("c"), r -> r.put("target", "5月前完成").put("actual", "6月3日").put("likelihood", "确定能"));
        assertEquals(List.of("deadline-passed-late"), late.stream().map(Finding::key).toList());
        assertEquals(true, new Messages(Messages.ZH).message(late.get(0)).contains("（期限 2019-05-31，“5月前”按 5 月底读；指 5 月 1 日之前的，请写作“4月底前”）"));
    }

    /**
     * A year and 前 alone (2018年前完成) is read as by the end of that year, and the deadline findings say so (session 45,
     * M3's left-alone 2): on t15 (2019, to June) 2019年前完成 | 正在推进 is not yet due (it would be long past were 2019年前
     * read as before 2019), and a day planned in 2020 misses it.
     */
    @Test
    void aYearAndBeforeIsReadAsByItsEndAndSaidSo(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp.resolve("a"), r -> r.put("target", "2018年前完成").put("actual", "正在推进").put("likelihood", "确定能"));
        assertEquals(List.of("deadline-passed"), said.stream().map(Finding::key).toList());
        assertEquals(true, new Messages(Messages.ZH).message(said.get(0)).startsWith("指标“产出指标/时效”的指标值是 2018年前完成（期限 2018-12-31，"
                + "“2018年前”按 2018 年底读；指 2018 年 1 月 1 日之前的，请写作“2017年底前”），"), new Messages(Messages.ZH).message(said.get(0)));
        assertEquals(true, new Messages(Locale.ENGLISH).message(said.get(0)).startsWith("Indicator \"产出指标/时效\" has the target 2018年前完成 (deadline 2018-12-31; "
                + "\"2018年前\" (before 2018) is read as by the end of 2018; if it means by the end of 2017, write \"2017年底前\"), which has passed"),
                new Messages(Locale.ENGLISH).message(said.get(0)));
        assertEquals(io.github.jixiao.report.Fingerprints.of(said.get(0).ruleId(), "f", "deadline-passed", List.of("产出指标/时效", "2018年前完成", "2018-12-31", "6", "正在推进")),
                io.github.jixiao.report.Fingerprints.of(said.get(0).ruleId(), "f", "deadline-passed", said.get(0).args()), "the reading is a detail");
        assertEquals(List.of(), timeliness(tmp.resolve("b"), r -> r.put("target", "2019年前完成").put("actual", "正在推进").put("likelihood", "确定能")));
        List<Finding> ahead = timeliness(tmp.resolve("c"), r -> r.put("target", "2019年前完成").put("actual", "预计2020年3月完成").put("likelihood", "有可能"));
        assertEquals(List.of("deadline-forecast-late"), ahead.stream().map(Finding::key).toList());
        assertEquals(true, new Messages(Messages.ZH).message(ahead.get(0)).contains("（期限 2019-12-31，“2019年前”按 2019 年底读；指 2019 年 1 月 1 日之前的，请写作“2018年底前”）"));
    }

    /**
     * A day planned after a deadline still to come (t15's table to June, 7月底前完成 | 8月10日, or 预计8月10日完成): the target
     * is forecast to be missed, and the cause and the remedy are asked for (deadline-forecast-late, session 45; until then
     * nothing was said, M3's left-alone 3). Not said where the row explains it, nor for a day planned within the deadline.
     */
    @Test
    void deadlineForecastMissedIsSaid(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp.resolve("a"), r -> r.put("target", "7月底前完成").put("actual", "预计8月10日完成").put("likelihood", "有可能"));
        assertEquals(List.of("deadline-forecast-late"), said.stream().map(Finding::key).toList());
        assertEquals("/indicators/1/actual", said.get(0).pointer());
        assertEquals("指标“产出指标/时效”的指标值是 7月底前完成（期限 2019-07-31），截至目前的完成值“预计8月10日完成”（2019-08-10）不是已经完成的日期，而是预计完成的日期，晚于期限："
                + "预计不能按期完成，却没有分析偏差原因、提出纠偏措施。请在该指标的偏差或不能完成目标原因分析（explanation）中写明预计延期的原因和纠偏措施"
                + "（如何仍在期限内完成，或按程序申请调整目标），截至目前的完成值填写截至监控月末的实际进度。",
                new Messages(Messages.ZH).message(said.get(0)));
        assertEquals("Indicator \"产出指标/时效\" has the target 7月底前完成 (deadline 2019-07-31), yet its value to date, \"预计8月10日完成\" (2019-08-10), "
                + "is no day the work was done but the day it is expected to be, after the deadline: the target is forecast to be missed, and no cause of the "
                + "deviation and no correction is given. State why it is expected late and the remedy (how it can still be done by the deadline, or an "
                + "adjustment of the target applied for as the rules require) in the indicator's 偏差或不能完成目标原因分析 (explanation), and give as the "
                + "value to date the progress made by the end of the month the monitoring runs to.", new Messages(Locale.ENGLISH).message(said.get(0)));
        assertEquals(List.of("deadline-forecast-late"), timeliness(tmp.resolve("b"), r -> r.put("target", "7月底前完成").put("actual", "8月10日")
                .put("likelihood", "确定能")).stream().map(Finding::key).toList());
        assertEquals(List.of(), timeliness(tmp.resolve("c"), r -> r.put("target", "7月底前完成").put("actual", "预计8月10日完成").put("likelihood", "有可能")
                .put("explanation", "展品借展协议7月下旬才签订，布展顺延；已加派人员，争取8月上旬完成")));
        assertEquals(List.of(), timeliness(tmp.resolve("d"), r -> r.put("target", "7月底前完成").put("actual", "预计7月20日完成").put("likelihood", "确定能")));
    }

    /**
     * Under a deadline passed by the month the table runs to, 基本完成 is not done by it (the deadline asks for the whole), and
     * a closing-out word (待验收) is not done where the row sets that act itself (6月底前验收), each said with its reading;
     * beside a deadline for the work, 待验收 follows work done and nothing is said (session 45; M3's left-alone 4).
     */
    @Test
    void basicallyDoneOrTheActLeftIsSaidWithItsReading(@TempDir Path tmp) throws Exception {
        List<Finding> said = timeliness(tmp.resolve("a"), r -> r.put("target", "6月底前完成").put("actual", "基本完成").put("likelihood", "确定能"));
        assertEquals(List.of("deadline-passed"), said.stream().map(Finding::key).toList());
        assertEquals("指标“产出指标/时效”的指标值是 6月底前完成（期限 2019-06-30），到监控截至的 6 月末已过期限，截至目前的完成值“基本完成”却说明尚未完成"
                + "（“基本完成”按到期尚未全部完成读：期限要求的是全部完成），也没有分析偏差原因、提出纠偏措施。请在该指标的偏差或不能完成目标原因分析（explanation）中"
                + "写明未按期完成的原因和措施（如调整后的完成时间）；其实已经完成的，请把截至目前的完成值写作完成的日期。", new Messages(Messages.ZH).message(said.get(0)));
        assertEquals("Indicator \"产出指标/时效\" has the target 6月底前完成 (deadline 2019-06-30), which has passed by the end of month 6, the month "
                + "the monitoring runs to, yet its value to date, \"基本完成\", says it is not done (基本完成, basically done, read as not wholly done by the "
                + "deadline, which asks for the whole), and no cause of the deviation and no correction is given. State why it was not done on time and the "
                + "measures (e.g. the new completion date) in the indicator's 偏差或不能完成目标原因分析 (explanation); if it is in fact done, give the date it "
                + "was done as the value to date.", new Messages(Locale.ENGLISH).message(said.get(0)));
        assertEquals(io.github.jixiao.report.Fingerprints.of(said.get(0).ruleId(), "f", "deadline-passed", List.of("产出指标/时效", "6月底前完成", "2019-06-30", "6", "基本完成")),
                io.github.jixiao.report.Fingerprints.of(said.get(0).ruleId(), "f", "deadline-passed", said.get(0).args()), "the reading is a detail");
        List<Finding> act = timeliness(tmp.resolve("b"), r -> r.put("target", "6月底前验收").put("actual", "已完工，待验收").put("likelihood", "确定能"));
        assertEquals(List.of("deadline-passed"), act.stream().map(Finding::key).toList());
        assertEquals("指标“产出指标/时效”的指标值是 6月底前验收（期限 2019-06-30），到监控截至的 6 月末已过期限，截至目前的完成值“已完工，待验收”却说明尚未完成"
                + "（“待验收”：指标值要求期限内完成的验收尚未完成），也没有分析偏差原因、提出纠偏措施。请在该指标的偏差或不能完成目标原因分析（explanation）中"
                + "写明未按期完成的原因和措施（如调整后的完成时间）；其实已经完成的，请把截至目前的完成值写作完成的日期。", new Messages(Messages.ZH).message(act.get(0)));
        assertEquals(List.of(), timeliness(tmp.resolve("c"), r -> r.put("target", "6月底前完成").put("actual", "已完工，待验收").put("likelihood", "确定能")));
        assertEquals(List.of(), timeliness(tmp.resolve("d"), r -> r.put("target", "6月底前完成").put("actual", "基本完成").put("likelihood", "确定能")
                .put("explanation", "主体已完成，附属设施因雨季顺延，预计7月15日前完成")));
    }
}
