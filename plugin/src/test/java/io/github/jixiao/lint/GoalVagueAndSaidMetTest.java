package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.target.StatedMiss;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 56 (E4): the two defects of the year's goal audit s55 A10 found missed (E1, E2), as said on the real tables that
 * show them. overall-goal-not-a-goal expected-vague on 秀英 水务 2022 (t121: "…绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作",
 * an activity, no output, figure or effect); overall-goal-said-met on 云南 航消 2022 (t122: "较好实现了年度目标" beside 飞机飞行时长
 * ≥ 928 小时 flown 909.93). Each message is read in zh and en.
 */
class GoalVagueAndSaidMetTest {

    private static Finding only(Path tmp, String table, String rule) throws Exception {
        Samples.copyTree(Samples.realTable(table), tmp);
        List<Finding> found = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void xiuyingsGoalOnlyNamesWorkToDoWell(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t121-xiuying-shuiwu-2022", "overall-goal-not-a-goal");
        assertEquals("expected-vague", f.key());
        assertEquals("年度总体目标“海口市秀英区水务局2022年衔接资金项目绩效目标为做好西秀镇龙头田洋产业农业灌溉…”只说要做好、加强、推进或开展某项工作，"
                + "没有数量、没有要做成的产出，也没有要达到的效果，无从考核。请写明本年度资金要完成的产出（数量、质量、时效）和达到的效果。",
                new Messages(Messages.ZH).message(f));
        assertEquals("The overall goal \"海口市秀英区水务局2022年衔接资金项目绩效目标为做好西秀镇龙头田洋产业农业灌溉…\" only says some work is to be done "
                + "well, strengthened, pushed forward or carried out: no figure, no output to deliver, no effect to reach, so nothing can be checked "
                + "against it. State the outputs (quantity, quality, timing) and the effects the year's money is to achieve.",
                new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void yunnansGoalSaidMetBesideHoursShort(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t122-yunnan-hangxiao-2022", "overall-goal-said-met");
        assertEquals("", f.key());
        assertEquals("/overallGoals/achieved/0", f.pointer());
        assertEquals("年度总体目标的实际完成情况说“较好实现了年度目标”，但指标“飞机飞行时长”未完成（指标值 ≥928小时，实际完成值 实际飞行时长909.93小时）。"
                + "请核实：确已完成的，核对该行；未完成的，在实际完成情况中写明哪些目标没有完成及原因，不要笼统地说“较好实现了年度目标”。",
                new Messages(Messages.ZH).message(f));
        assertEquals("The overall goal's actual completion says \"较好实现了年度目标\", yet indicator \"飞机飞行时长\" was missed (target ≥928小时, "
                + "actual 实际飞行时长909.93小时). Check it: if it was met, check that row; if not, say in the actual completion which goals were not "
                + "met and why, rather than only \"较好实现了年度目标\".", new Messages(Locale.ENGLISH).message(f));
    }

    /**
     * The claims the real tables' 实际完成情况 make, and the texts that make none: a graded claim (基本完成) admits the
     * shortfall, 较好 (well) does not; a named task, an aim, a text saying a miss itself, a quality said of the year
     * (完成情况较好) are no claim of the year's goal met.
     */
    @Test
    void claimsOfTheRealTablesGoals() {
        assertEquals("较好实现了年度目标", StatedMiss.claimedMet("…受害率为0.0046‰,有效遏制了重特大森林火灾发生,全面提升了森林草原火灾综合防控能力,较好实现了年度目标。"));   // t122
        assertEquals("完成年度目标", StatedMiss.claimedMet("完成年度目标。"));   // t5, t46
        assertEquals("完成目标任务", StatedMiss.claimedMet("全年救助建档立卡扶贫户临时救助87人次,救助资金30万元,完成目标任务。"));   // t54
        assertEquals("该资金项目已按照计划完成目标", StatedMiss.claimedMet("对照总体绩效目标,该资金项目已按照计划完成目标,完成质量较好,达到预期效果。"));   // t125
        assertEquals("年度绩效目标已全部完成", StatedMiss.claimedMet("年度绩效目标已全部完成,具体为:完成了市直养护里程1180.5公里"));   // t114
        assertEquals("各项就业创业工作指标均按要求完成", StatedMiss.claimedMet("各项就业创业工作指标均按要求完成,基层特岗人员工资社保及时发放"));   // t68
        assertEquals("年内已完成项目产出指标", StatedMiss.claimedMet("年内已完成项目产出指标,产出质量、数量指标、成本指标等均能按时按量完成。"));   // t123
        assertEquals("完成了预期目标", StatedMiss.claimedMet("2024年度医疗救助惠及11万人次,完成了预期目标,强化了基本医疗保险"));   // t85
        assertEquals("已完成", StatedMiss.claimedMet("已完成"));   // t62
        assertEquals(null, StatedMiss.claimedMet("基本完成年度目标。"));   // t37: graded
        assertEquals(null, StatedMiss.claimedMet("总体绩效目标基本完成。"));   // t119: graded
        assertEquals(null, StatedMiss.claimedMet("全年完成情况较好"));   // t16: how it went, no goal said met
        assertEquals(null, StatedMiss.claimedMet("中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理"));   // t24: a named task
        assertEquals(null, StatedMiss.claimedMet("4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收"));   // t34: a part
        assertEquals(null, StatedMiss.claimedMet("雪亮工程绩效目标完成了年内完成项目总体30%投入的目标,但因疫情影响,项目未能全部完工,"
                + "其他指标均无法评估,未能完成绩效任务目标。"));   // t118: the text says the miss itself
        assertEquals(null, StatedMiss.claimedMet("力争完成年度目标"));   // an aim
    }
}
