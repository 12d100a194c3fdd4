package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 57 (audit s56 A11 row D3): a 实际完成情况 column copied whole from the 预期目标, line by line, is one defect:
 * overall-goal-not-a-goal says it once, at the first line ({@code achieved-copies-all}, {@code -figures} where the lines
 * carry quantities), the other lines listed in it as details, with the first line's fingerprint. Where only some lines
 * copy their goal (遂宁经开区 2021, t106: one of four), each copy is its own finding, as before.
 */
class AchievedCopiesFoldTest {

    private static List<Finding> copies(Path tmp, String table) throws Exception {
        Samples.copyTree(Samples.realTable(table), tmp);
        return new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("overall-goal-not-a-goal") && f.key().startsWith("achieved-copies")).toList();
    }

    /** The fingerprint the first line's own finding had (until session 57): the fold keeps it, so a baseline still holds it. */
    private static String firstLines(Finding f, String key) {
        return Fingerprints.of(f.ruleId(), f.file(), key, f.args().subList(0, 4));
    }

    @Test
    void linglingsThreeNumberedGoalsCopiedAreOneWarning(@TempDir Path tmp) throws Exception {
        List<Finding> found = copies(tmp, "t90-lingling-linye-2021");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("achieved-copies-all-figures", f.key());
        assertEquals("/overallGoals/achieved/0", f.pointer());
        assertEquals(firstLines(f, "achieved-copies-figures"), Fingerprints.of(f));
        assertEquals("年度总体目标实际完成情况逐条照抄了预期目标（共 3 条：“目标1:造林1.2万亩,”、“目标2森林经营16.3万亩”、“目标3:病虫害防治3.45万亩”），"
                + "与预期目标逐字相同，看不出是核实过的结果：数字是目标的数字。如已全部完成，请逐条写明实际完成的数量和验收情况（如“完成……，经验收……”），不要照抄目标。",
                new Messages(Messages.ZH).message(f));
        assertEquals("The overall goal's actual completion copies the expected goals line by line (3 lines: \"目标1:造林1.2万亩,\", "
                + "\"目标2森林经营16.3万亩\", \"目标3:病虫害防治3.45万亩\"), word for word, which shows no checked result: its figures are the "
                + "goals'. If it was all done, state for each line the quantities actually delivered and how they were accepted, rather "
                + "than copying the goals.", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void puhuisThreeGoalsCopiedWithoutTheirLabelAreOneWarning(@TempDir Path tmp) throws Exception {
        List<Finding> found = copies(tmp, "t83-sichuan-puhui-jinrong");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("achieved-copies-all", f.key());
        assertEquals("/overallGoals/achieved/0", f.pointer());
        assertEquals(firstLines(f, "achieved-copies"), Fingerprints.of(f));
        assertEquals("3", f.args().get(4));
        assertEquals("The overall goal's actual completion copies the expected goals line by line (3 lines: \"1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,\", "
                + "\"2:支持重点群体和符合条件的小微企业融资发展,\", \"3:支持地方因地制宜打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金…\") and "
                + "reports no result. Report, line by line, the outputs delivered and the effects reached, with figures.",
                new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void chengansTwoGoalsCopiedAreOneWarning(@TempDir Path tmp) throws Exception {
        List<Finding> found = copies(tmp, "t80-chengan-gaoling-2020");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("achieved-copies-all", f.key());
        assertEquals("/overallGoals/achieved/0", f.pointer());
        assertEquals("年度总体目标实际完成情况逐条照抄了预期目标（共 2 条：“为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。”、“为全县共享改革开放成果,促进社会稳定文明和谐”），"
                + "没有写实际结果。请逐条写明实际完成的产出和达到的效果（附数字）。", new Messages(Messages.ZH).message(f));
    }

    @Test
    void suiningsOneGoalCopiedOfFourStaysItsOwn(@TempDir Path tmp) throws Exception {
        List<Finding> found = copies(tmp, "t106-suining-jingkai-liangpin-2021");
        assertEquals(List.of("achieved-copies /overallGoals/achieved/1"), found.stream().map(f -> f.key() + " " + f.pointer()).toList());
    }
}
