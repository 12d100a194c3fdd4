package io.github.jixiao.lint;

import static io.github.jixiao.testing.RealTableRuns.en;
import static io.github.jixiao.testing.RealTableRuns.one;
import static io.github.jixiao.testing.RealTableRuns.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.target.StatedMiss;
import io.github.jixiao.target.WorkLeft;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * work-left-unexplained on the two tables session 54's audit (s54 A9, rows E1 and E2) found nothing reading: 天津 东丽区 2020
 * (t119), a row with no target whose actual follows the project's progress and a report whose 偏差 section is blank; 天津
 * 蓟州区 2020 (t118), a goal said met and not met in one sentence. Both gave no finding before session 55.
 */
class WorkLeftUnexplainedTest {

    /** t119's 时效 row: named, its words quoted, both places to write the reason offered; a warning. */
    @Test
    void dongliRowFollowingTheProjectsProgressAsksForItsReason() {
        Finding f = one("t119-dongli-guanghuilu-2020", "work-left-unexplained", "/indicators/2/actual");
        assertEquals(Severity.WARNING, f.severity());
        // deferred since session 56 (audit A11 C3): "随项目进度把控" defers to the project's pace; it does not say the work is
        // unfinished, only not that it was done (the default's "说明工作尚未完成" asserted what the text does not state)
        assertEquals("deferred", f.key());
        assertTrue(zh(f).startsWith("指标“按时完成建设”的实际完成值“随项目进度把控”没有说明年底是否完成（“随项目进度”只说随进度进行），"
                + "该行没有写偏差原因，报告的存在问题和改进措施也都空着。"), zh(f));
        assertTrue(zh(f).contains("在该行的偏差原因分析及改进措施（explanation）或报告的存在问题（problems）、改进措施（improvements）中写明"), zh(f));
        assertTrue(en(f).startsWith("The actual \"随项目进度把控\" of indicator \"按时完成建设\" does not say whether the work was finished "
                + "by the end of the year (随项目进度 (as the project proceeds): it only defers to the work's pace), yet the row gives no reason"), en(f));
    }

    /** The same row with a reason in its own column is said nothing of (nor any other row of t119). */
    @Test
    void dongliRowWithItsReasonIsQuiet(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t119-dongli-guanghuilu-2020",
                root -> ((ObjectNode) root.get("indicators").get(2)).put("explanation", "受征地拆迁影响，工期顺延至2021年。"));
        assertEquals(List.of(), RealTableRuns.of(r, "work-left-unexplained"));
    }

    /** t118's (二): the two clauses quoted, as a note; the goal gives its cause (因疫情影响) and so is no warning. */
    @Test
    void jizhouGoalMetAndNotMetIsANote() {
        Finding f = one("t118-jizhou-xueliang-2020", "work-left-unexplained", "/overallGoals/achieved/0");
        assertEquals(Severity.INFO, f.severity());
        assertEquals("goal-both", f.key());
        assertEquals("年度总体目标的实际完成情况既说完成了目标（“雪亮工程绩效目标完成了年内完成项目总体30%投入的目标”），"
                + "又说没有完成（“未能完成绩效任务目标”），看不出年度目标是否完成。请写明年度目标中哪些已完成、哪些没有完成，未完成的写明原因。", zh(f));
        assertTrue(en(f).startsWith("The overall goal's actual completion says both that the goal was met"), en(f));
    }

    /**
     * t118's goal without its cause: on its partial framework (the copy ends before 三、, the reasons) still no warning, the
     * report's blank problems saying nothing; on the whole form's built-in (the copy taken as whole) the warning, quoting 未能.
     */
    @Test
    void aGoalWithoutItsCauseIsAWarningOnlyWhereTheReportsEndIsInTheCopy(@TempDir Path tmp) throws Exception {
        Path from = Path.of(WorkLeftUnexplainedTest.class.getResource("/real-tables/t118-jizhou-xueliang-2020").toURI());
        for (boolean whole : new boolean[] {false, true}) {
            Path project = tmp.resolve(whole ? "whole" : "cut");
            io.github.jixiao.testing.Samples.copyTree(from, project);
            Path dept = project.resolve("submission/department.json");
            String text = java.nio.file.Files.readString(dept).replace("但因疫情影响,", "");
            if (whole) {
                text = text.replace("\"framework\": \"jizhou-xueliang-2020.json\"", "\"framework\": \"mof-transfer-region\"");
            }
            java.nio.file.Files.writeString(dept, text);
            List<String> got = RealTableRuns.of(RealTableRuns.run(project, java.util.Locale.CHINA), "work-left-unexplained").stream()
                    .map(f -> f.key() + " " + f.pointer() + " " + f.severity().id() + " " + f.args().get(1)).toList();
            assertEquals(whole ? List.of("goal /overallGoals/achieved/0 warning 未能") : List.of(
                    "goal-both /overallGoals/achieved/0 info 未能完成绩效任务目标"), got, whole ? "whole" : "cut");
        }
    }

    /** The shared readings: what a text with no target says is left, and the goal both ways; the quiet ones stay quiet. */
    @Test
    void readings() {
        assertEquals("随项目进度", WorkLeft.leftUntargeted("按时完成建设", "随项目进度把控")[0]);
        assertEquals("尚未完工", WorkLeft.leftUntargeted("完成道路建设", "二期尚未完工")[0]);
        assertEquals("未能", WorkLeft.leftUntargeted("", "培训未能开展")[0]);
        assertEquals("未到位", WorkLeft.leftUntargeted("资金到位", "资金未到位")[0]);
        for (String quiet : List.of("已完成", "完成率100%", "未发生安全事故", "无未完成事项", "基本完成", "正在发挥作用",
                "在项目实施中未发生安全事故", "未完成率0%", "严格把控工程质量")) {
            assertNull(WorkLeft.leftUntargeted("某指标", quiet), quiet);
        }
        assertNull(WorkLeft.leftUntargeted("按进度推进", "正在推进"));
        assertNull(StatedMiss.bothWays("完成了道路建设目标，绿化工程未能完成。"));
        assertNull(StatedMiss.bothWays("完成年度目标任务的95%，未完成目标的原因是资金未到位。"));
        assertNull(StatedMiss.bothWays("基本完成年度目标，未能完成绩效任务目标。"));
        assertNull(StatedMiss.bothWays("完成了年度目标，其他指标未能完成目标。"));
        assertNull(StatedMiss.bothWays("已完成年度目标，不存在未完成目标。"));
    }
}
