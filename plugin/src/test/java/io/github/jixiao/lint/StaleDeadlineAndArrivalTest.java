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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 55 (V2): what the two new rules say on the real tables that showed them missing. deadline-before-year on 阜康 2023
 * (t124: the 2023 table's 总体目标 "…在2022年12月31日前…", F21's left-alone) and 原州区 2022 (t23: 时效 "2021年11月30日前完成资金支付"
 * in a 2022 table); funds-arrival-scored-full on 海南 服务贸易项目 (t120: 到位率 3 of 3, 398.88 of 570 万元 arrived; audit s54 A9
 * E3). Each message is read in zh and en: the deadline's words and day, the year; the score, the two amounts and the share.
 */
class StaleDeadlineAndArrivalTest {

    private static Finding only(Path tmp, String table, String rule) throws Exception {
        Samples.copyTree(Samples.realTable(table), tmp);
        List<Finding> found = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void fukangsGoalIsDatedTheYearBefore(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t124-fukang-tongji-2023", "deadline-before-year");
        assertEquals(List.of("2022年12月31日前", "2022-12-31", "2023"), f.args());
        assertEquals("年度总体目标写的时限“2022年12月31日前”（即 2022-12-31）在 2023 年之前：按所写，这一目标在本预算年度开始前就该完成，"
                + "多半是照抄了上一年度的表。请改为本年度要达到的目标和时限（如“2023年12月31日前……”）。", new Messages(Messages.ZH).message(f));
        assertEquals("The year's overall goal gives the deadline \"2022年12月31日前\" (2022-12-31), before 2023: as written, it was due before "
                + "the budget year began, most likely copied from last year's table. Write the goal and deadline due this year "
                + "(e.g. \"by 2023-12-31, …\").", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void yuanzhousTimelinessRowNamesLastYearsDay(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t23-yuanzhou-mashu-2022", "deadline-before-year");
        assertEquals("name", f.key());
        assertEquals(List.of("2021年11月30日前完成资金支付", "2021年11月30日前", "2021-11-30", "2022"), f.args());
    }

    @Test
    void hainansArrivalRateAtFullMarksWithSeventyPercentArrived(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t120-hainan-fuwumaoyi", "funds-arrival-scored-full");
        assertEquals("funds-in-place-rate", f.criterion());
        // since session 58 the form's label of the funds total, 计划投资额, is said (labelled; audit s58 A13 C6)
        assertEquals(List.of("到位率", "3", "398.88 万元", "570 万元", "69.98", "计划投资额"), f.args());
        assertEquals("Criterion \"到位率\" has its full 3 points, yet the money that arrived, 398.88 × 10,000 yuan, is below the "
                + "\"计划投资额\" (the full-year budget) the table prints, 570 × 10,000 yuan (69.98% arrived). Check the score: by the table's amounts, arrival is short of 100 %; where the score rests on "
                + "another plan (only the money due by the evaluation, say) or the standard gives full marks from a band, say so in the "
                + "score's reason.", new Messages(Locale.ENGLISH).message(f));
    }
}
