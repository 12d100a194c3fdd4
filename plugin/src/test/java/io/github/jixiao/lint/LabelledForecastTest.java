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
 * A monitoring table's 全年预计完成值 (full-year forecast) is read as the actual is (Indicator.readAsActual), and since
 * b964baa5 the actual reads words beside its one figure ("培训人次 520") as that figure; the forecast did not, so "举办活动
 * 3场" beside ≥ 4 场 with 确定能 was not compared and its contradiction went unsaid. Now the forecast gets the same
 * reading, with the same exclusions, and score-assumption labelled-forecast says so at the forecast. On 黄石 2019 (t15,
 * the one 运行监控 table of the corpus, which prints no forecast column), rows given a target and a forecast.
 */
class LabelledForecastTest {

    @Test
    void aForecastWithWordsBesideItsFigureIsReadAsTheActualIs(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t15-huangshi-shenyi-2019", root -> {
            // row 2 成本 (确定能): on course; row 3 社会效益 (确定能): its forecast short of the target
            row(root, "2").put("target", "≤220万元").put("forecast", "全年支出 210万元");
            row(root, "3").put("target", "≥4场").put("actual", "3场").put("forecast", "举办活动 3场");
        });
        assertEquals(List.of(
                // the row's value to date as printed (按进度执行,已使用约40%) is words beside a figure target: at 运行监控 a warning
                // asking for the progress as a figure (session 31)
                "/indicators/2/actual indicator-actual-incommensurable quantitative-target-monitoring [产出指标/成本, ≤220万元, 按进度执行,已使用约40%, 0万元]",
                "/indicators/2/forecast score-assumption labelled-forecast [产出指标/成本, 全年支出 210万元, 全年支出, 210 万元, ≤220万元]",
                // ≤220万元 is t15's whole budget (年初 220 万元): a ceiling that shows no cost control, a note since session 47
                "/indicators/2/target indicator-input-as-output budget-ceiling [产出指标/成本, ≤220万元, 220 万元]",
                "/indicators/3/forecast score-assumption labelled-forecast [效益指标/社会效益, 举办活动 3场, 举办活动, 3 场, ≥4场]",
                "/indicators/3/likelihood monitoring-deviation-unexplained contradiction [效益指标/社会效益, 举办活动 3场, ≥4场]"),
                RealTableRuns.onRows(r, "2", "3"), "each forecast said as read; the short one contradicts 确定能 (before: words, not compared, nothing)");
        Finding f = r.findings().stream().filter(x -> x.pointer().equals("/indicators/3/forecast")).findFirst().orElseThrow();
        assertEquals("指标“效益指标/社会效益”的全年预计完成值“举办活动 3场”在数字旁写了文字“举办活动”，按“3 场”读作数值，与指标值“≥4场”比较。"
                + "如不是，请只填写预计的数值（如“3 场”），文字写在指标名称或偏差原因分析中。", new Messages(Messages.ZH).message(f));
        assertEquals("The full-year forecast \"举办活动 3场\" of indicator \"效益指标/社会效益\" has the words \"举办活动\" beside its figure; "
                + "it is read as \"3 场\" and compared with the target \"≥4场\". If that is wrong, write the forecast as a figure alone, such as "
                + "\"3 场\" (the words belong in the indicator's name or the explanation of the deviation).",
                new Messages(Locale.ENGLISH).message(f));
    }

    /**
     * 预计 (expected) before a forecast's figure is the column's own meaning, not a plan as it is beside an actual (F's
     * note, session 30): "预计举办活动3场" and "预计3场" beside ≥ 4 场 with 确定能 are read and contradict it; the other
     * exclusions still hold after it ("预计其中线上3场").
     */
    @Test
    void expectedBeforeAForecastIsTheColumnsOwnWord(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t15-huangshi-shenyi-2019", root -> {
            row(root, "2").put("target", "≥4场").put("actual", "3场").put("forecast", "预计举办活动3场");
            row(root, "3").put("target", "≥4场").put("actual", "3场").put("forecast", "预计3场");
        });
        assertEquals(List.of(
                "/indicators/2/forecast score-assumption labelled-forecast [产出指标/成本, 预计举办活动3场, 预计举办活动, 3 场, ≥4场]",
                "/indicators/2/likelihood monitoring-deviation-unexplained contradiction [产出指标/成本, 预计举办活动3场, ≥4场]",
                // row 2 is t15's 成本 row, a cost row for every rule since session 43 (E7): a count where a cost belongs (cost-count: a count, not a rate)
                "/indicators/2/target indicator-time-cost-unspecified cost-count [产出指标/成本, ≥4场, 场]",
                "/indicators/3/forecast score-assumption labelled-forecast [效益指标/社会效益, 预计3场, 预计, 3 场, ≥4场]",
                "/indicators/3/likelihood monitoring-deviation-unexplained contradiction [效益指标/社会效益, 预计3场, ≥4场]"),
                RealTableRuns.onRows(r, "2", "3"));
        EngineResult part = RealTableRuns.run(tmp.resolve("part"), "t15-huangshi-shenyi-2019", root -> row(root, "2").put("target", "≥4场").put("actual", "3场")
                .put("forecast", "预计其中线上3场"));
        assertEquals(List.of("/indicators/2/target indicator-time-cost-unspecified cost-count [产出指标/成本, ≥4场, 场]"),
                RealTableRuns.onRows(part, "2"), "a part stays words after 预计 too (the 成本 row's count said as above)");
    }

    /**
     * A forecast date with words beside it ("完成时间 2020年3月", "完成时间 11月") beside a date target is read as the date, as
     * the actual is (labelled-date), the one without its year in the target's (2019): the late one contradicts 确定能, and
     * each is said (labelled-forecast-date) as written, the month. Row 1's actual to date is words (按进度推进), which makes
     * its target words beside it, not beside the forecast (Indicator.forecastTarget). Before (session 30), words beside a
     * date: neither was compared, and the late forecast's contradiction went unsaid. A plan stays words.
     */
    @Test
    void aForecastDateWithWordsBesideItIsReadAsTheDate(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t15-huangshi-shenyi-2019", root -> {
            row(root, "0").put("target", "≤2019年12月").put("forecast", "完成时间 11月").put("likelihood", "确定能");
            row(root, "1").put("target", "≤2019年12月").put("actual", "按进度推进").put("forecast", "完成时间 2020年3月")
                    .put("likelihood", "确定能");
            row(root, "3").put("target", "≤2019年12月").put("forecast", "计划完成时间 2020年3月");
        });
        assertEquals(List.of(
                "/indicators/0/forecast score-assumption labelled-forecast-date [产出指标/质量, 完成时间 11月, 完成时间, 2019-11, ≤2019年12月]",
                "/indicators/1/forecast score-assumption labelled-forecast-date [产出指标/时效, 完成时间 2020年3月, 完成时间, 2020-03, ≤2019年12月]",
                "/indicators/1/likelihood monitoring-deviation-unexplained contradiction [产出指标/时效, 完成时间 2020年3月, ≤2019年12月]"),
                RealTableRuns.onRows(r, "0", "1", "3").stream().filter(x -> x.contains("forecast") || x.contains("likelihood")).toList());
        Finding f = r.findings().stream().filter(x -> x.pointer().equals("/indicators/1/forecast")).findFirst().orElseThrow();
        assertEquals("指标“产出指标/时效”的全年预计完成值“完成时间 2020年3月”在日期旁写了文字“完成时间”，按其中的日期读作 2020-03，与指标值“≤2019年12月”比较。"
                + "如不是，请只填写预计完成的日期，文字写在指标名称或偏差原因分析中。", new Messages(Messages.ZH).message(f));
        assertEquals("The full-year forecast \"完成时间 2020年3月\" of indicator \"产出指标/时效\" has the words \"完成时间\" beside its date; the "
                + "date is read as 2020-03 and compared with the target \"≤2019年12月\". If that is wrong, write the forecast as the date alone "
                + "(the words belong in the indicator's name or the explanation of the deviation).", new Messages(Locale.ENGLISH).message(f));
    }

    /**
     * 预计 (expected) before a forecast date is the column's own word, as before a figure: "预计11月完成" (in the target's
     * year), "预计2020年3月完成" and "预计完成时间 2020年3月" are read as the date and said with their words; the late ones
     * contradict 确定能. Before, words: not compared, nothing said. A plan after it ("预计计划2020年3月") stays words.
     */
    @Test
    void expectedBeforeAForecastDateIsTheColumnsOwnWord(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t15-huangshi-shenyi-2019", root -> {
            row(root, "0").put("target", "≤2019年12月").put("forecast", "预计11月完成").put("likelihood", "确定能");
            row(root, "1").put("target", "≤2019年12月").put("actual", "按进度推进").put("forecast", "预计2020年3月完成")
                    .put("likelihood", "确定能");
            row(root, "2").put("target", "≤2019年12月").put("forecast", "预计计划2020年3月").put("likelihood", "确定能");
            row(root, "3").put("target", "≤2019年12月").put("forecast", "预计完成时间 2020年3月").put("likelihood", "确定能");
        });
        assertEquals(List.of(
                "/indicators/0/forecast score-assumption labelled-forecast-date [产出指标/质量, 预计11月完成, 预计, 2019-11, ≤2019年12月]",
                "/indicators/1/forecast score-assumption labelled-forecast-date [产出指标/时效, 预计2020年3月完成, 预计, 2020-03, ≤2019年12月]",
                "/indicators/1/likelihood monitoring-deviation-unexplained contradiction [产出指标/时效, 预计2020年3月完成, ≤2019年12月]",
                "/indicators/3/forecast score-assumption labelled-forecast-date [效益指标/社会效益, 预计完成时间 2020年3月, 预计完成时间, 2020-03, ≤2019年12月]",
                "/indicators/3/likelihood monitoring-deviation-unexplained contradiction [效益指标/社会效益, 预计完成时间 2020年3月, ≤2019年12月]"),
                RealTableRuns.onRows(r, "0", "1", "2", "3").stream().filter(x -> x.contains("forecast") || x.contains("likelihood")).toList());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().equals("internal-error")).toList());
    }

    /** The actual's exclusions hold for the forecast: a part, a rate per period, words of work left stay words, unsaid. */
    @Test
    void aForecastThatMayBeAnotherMeasureStaysWords(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t15-huangshi-shenyi-2019", root -> {
            row(root, "2").put("target", "≥4场").put("actual", "3场").put("forecast", "其中线上3场");
            row(root, "3").put("target", "≥4场").put("actual", "3场").put("forecast", "每月举办3场");
        });
        // (row 2 is t15's 成本 row, a cost row for every rule since session 43, E7: its count where a cost belongs is said)
        assertEquals(List.of("/indicators/2/target indicator-time-cost-unspecified cost-count [产出指标/成本, ≥4场, 场]"),
                RealTableRuns.onRows(r, "2", "3"), "neither read, so neither compared nor said");
    }

    private static ObjectNode row(ObjectNode root, String index) {
        return (ObjectNode) root.at("/indicators/" + index);
    }
}
