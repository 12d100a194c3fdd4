package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Session 57 (E5): the defects session 56 left alone, as said on the real tables that show them. overall-goal-said-met on
 * 濉溪 2019 (t54: "完成目标任务" beside two rows missed, one with its reason: rows-explained); funds-unit-slip on 保山 卫健委
 * 2022 (t130: "市级资金配套3.6元" beside 120 people at 300 each); funds-arrival-after-year on 名山 林业 2024 (t127: 100 % arrived,
 * the third batch sent down on 2025-02-26); overall-goal-not-a-goal's 加强…力度 (t106's goals, a list: read vague, not
 * reported beside a task). Each message in zh and en.
 */
class GoalAndFundsSlipsTest {

    private static Finding only(Path tmp, String table, String rule) throws Exception {
        Samples.copyTree(Samples.realTable(table), tmp);
        List<Finding> found = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void suixisGoalSaidMetBesideAnExplainedMiss(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t54-suixi-linshijiuzhu-2019", "overall-goal-said-met");
        assertEquals("rows-explained", f.key());
        assertEquals("年度总体目标的实际完成情况说“完成目标任务”，但指标“★★★特困人员救助供养人数(按月平均)(≥**人)”未完成（指标值 >=4754人，实际完成值 4604人），另有 1 项指标也未完成；"
                + "未完成的 2 项中有 1 项写了偏差原因，但写明原因的未完成仍是没有完成目标。请核实：确已完成的，核对这些行；未完成的，在实际完成情况中写明哪些目标没有完成，不要笼统地说“完成目标任务”。", new Messages(Messages.ZH).message(f));
        assertEquals("The overall goal's actual completion says \"完成目标任务\", yet indicator \"★★★特困人员救助供养人数(按月平均)(≥**人)\" was missed (target >=4754人, actual 4604人), "
                + "and other indicators were missed too (1 more); of the 2 missed, 1 with a reason given for the deviation, but a miss explained is still a goal not met. Check it: if they were met, "
                + "check those rows; if not, say in the actual completion which goals were not met, rather than only \"完成目标任务\".", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void baoshansYuanForWan(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t130-baoshan-weijian-weiwen-2022", "funds-unit-slip");
        assertEquals("资金“春节慰问经费项目市级资金配套”为 3.6 元，但年度总体目标的实际完成情况写明“120人”“300/人”，按此约需 36000 元（3.6 万元），是所写金额的约 1 万倍："
                + "金额的单位像是把“万元”写成了“元”。请核对金额及其单位。", new Messages(Messages.ZH).message(f));
        assertEquals("The funds \"春节慰问经费项目市级资金配套\" are 3.6 yuan, yet the overall goal's actual completion states \"120人\" and \"300/人\", which come to about 36000 yuan "
                + "(3.6 × 10,000 yuan), some ten thousand times the amount written: the unit looks like 万元 (10,000 yuan) written as 元 (yuan). Check the amount and its unit.", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void mingshansThirdBatchAfterTheYear(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t127-mingshan-linye-2024", "funds-arrival-after-year");
        assertEquals("实际到位资金 52.8 万元 不少于全年预算数 52.8 万元（到位 100%），但存在的问题写明“2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件”，"
                + "日期在预算年度 2024 年之后：年内实际到位的资金不足预算数。请核对：写明截至 2024 年底实际到位的数额，或说明到位数是按哪个时点计的。", new Messages(Messages.ZH).message(f));
        assertEquals("The money that arrived, 52.8 × 10,000 yuan, is no less than the full-year budget, 52.8 × 10,000 yuan (100 % arrived), yet the problems section says "
                + "\"2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件\", a date after the budget year 2024: less had arrived within the year. "
                + "Check it: state what had arrived by the end of 2024, or say when the arrival was counted.", new Messages(Locale.ENGLISH).message(f));
    }

    /** t106's 加强…力度 goals read as vague (a list beside 完成…抽检工作, so not reported); 加大…力度 (t37) and a result are not. */
    @Test
    void strengtheningTheForceIsVague() {
        assertTrue(OverallGoalNotAGoal.workOnly("目标2:加强两品一械企业监管力度"));   // t106
        assertTrue(OverallGoalNotAGoal.workOnly("目标4:加强两品一械科普宣传力度"));   // t106
        assertTrue(OverallGoalNotAGoal.workOnly("进一步加强安全生产监管力度"));
        assertFalse(OverallGoalNotAGoal.workOnly("加强执法检查力度，减少违法案件发生"));   // a result
        assertFalse(OverallGoalNotAGoal.workOnly("加大文物保护力度,发挥文物的宣传教育价值"));   // t37's clause: 加大, and another clause
        assertFalse(OverallGoalNotAGoal.workOnly("目标3:加强培训,提高监管人员专业水平"));   // t106: no 工作 / 力度 end
    }
}
