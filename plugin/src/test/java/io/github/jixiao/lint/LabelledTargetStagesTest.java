package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A target with words beside its comparator (合格率≥95%) is read as its one quantity at every stage, but until session 30
 * only 自评 said so (the scorer's score-assumption): at 目标申报 and 运行监控 the reading, or the words left unread, went
 * unsaid (s29-TP, left alone). Now a note sits at the target there too, on two real tables: 井研 马踏镇 2023 (t33, a
 * 目标申报 table printing 度量单位) and 黄石 2019 (t15, a 运行监控 table), their rows' targets rewritten with a label.
 */
class LabelledTargetStagesTest {

    @Test
    void atTargetSettingTheReadingOrItsAbsenceIsSaid(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t33-jingyan-mata-2023", root -> {
            // row 7 人民群众满意度 prints 度量单位 %: read as ≥ 95%; row 0 without its unit: no actual, no unit, words
            ((ObjectNode) root.at("/indicators/7")).put("target", "满意度≥95%");
            ObjectNode row0 = (ObjectNode) root.at("/indicators/0");
            row0.put("target", "稳定率≥95%");
            row0.remove("unit");
        });
        assertEquals(List.of(
                "/indicators/0/target score-assumption labelled-target-unread [维护社会稳定, 稳定率≥95%, 稳定率, ≥ 95%]",
                "/indicators/7/target score-assumption labelled-target-setting [人民群众满意度, 满意度≥95%, 满意度, ≥ 95%, %]"),
                RealTableRuns.onRows(r, "0", "7"), "one note on each row and nothing else (no no-comparator, no-unit, unmeasurable)");
        Finding read = r.findings().stream().filter(f -> f.key().equals("labelled-target-setting")).findFirst().orElseThrow();
        assertEquals("指标“人民群众满意度”的指标值“满意度≥95%”在比较符旁写了文字“满意度”，按本行的单位“%”读作“≥ 95%”。"
                + "自评时只有实际完成值是同一单位的数字才这样读，否则按文字处理、无法计分：请把指标值写作“≥ 95%”（文字写在指标名称中）。",
                new Messages(Messages.ZH).message(read));
        assertEquals("The target \"满意度≥95%\" of indicator \"人民群众满意度\" has the words \"满意度\" beside its comparator; in the row's "
                + "unit \"%\" it is read as \"≥ 95%\". At self-evaluation it is read so only where the actual is a figure in that unit, "
                + "otherwise as words that cannot be scored: write the target as \"≥ 95%\" (the words belong in the indicator's name).",
                new Messages(Locale.ENGLISH).message(read));
    }

    @Test
    void atMonitoringTheReadingAgainstTheActualToDateIsSaid(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t15-huangshi-shenyi-2019", root -> {
            // row 2 成本 (its actual 按进度执行,已使用约40%, words) and row 3 社会效益, given a labelled target and a rate
            ((ObjectNode) root.at("/indicators/2")).put("target", "执行率≥90%");
            ObjectNode row3 = (ObjectNode) root.at("/indicators/3");
            row3.put("target", "举办活动≥4场");
            row3.put("actual", "5场");
        });
        assertEquals(List.of(
                // a 成本 row (a cost row for every rule since session 43, E7) whose target is a rate and no cost
                "/indicators/2/target indicator-time-cost-unspecified cost [产出指标/成本, 执行率≥90%]",
                "/indicators/2/target score-assumption labelled-target-unread [产出指标/成本, 执行率≥90%, 执行率, ≥ 90%]",
                "/indicators/3/target score-assumption labelled-target-monitoring [效益指标/社会效益, 举办活动≥4场, 举办活动, ≥ 4 场, 5场]"),
                RealTableRuns.onRows(r, "2", "3"));
    }

    /** The findings on the given rows, each as pointer, rule, key and arguments. */
}
