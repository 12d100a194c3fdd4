package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 自评 row whose deadline is a month and 前 alone (6月前) is read as by that month's end (TargetParser.monthBefore), as
 * the monitoring deadline messages read it; where that reading decides that the target is met (the work done within the
 * month: 2022年6月20日 against 6月前), the scorer says so in a score-assumption (month-before), with what to write if the
 * unit meant before 1 June. Before (session 44, M3's left-alone 1) the row scored full points and nothing was said. On
 * 棠溪 2022 (t25), its 提交报告及时性 row (8 of 8 points).
 */
class MonthBeforeReadingTest {

    @Test
    void doneWithinTheMonthIsMetByTheReadingAndSaidSo(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "6月前完成", "2022年6月20日");
        assertEquals(List.of("score-assumption month-before [提交报告及时性, 6月前完成, 6, 2022年6月20日, 5月底前]"), onRow(r));
        assertEquals(new BigDecimal("90.00"), r.sheet().total(), "met: the row's 8 points, as the table gives them");
        Finding f = r.findings().stream().filter(x -> x.key().equals("month-before")).findFirst().orElseThrow();
        assertEquals("指标“提交报告及时性”的指标值“6月前完成”只写了月份加“前”，按 6 月底读：实际完成“2022年6月20日”在 6 月内，计为达成。"
                + "指 6 月 1 日之前的，请写作“5月底前”，此项则未达成。", new Messages(Messages.ZH).message(f));
        assertEquals("The target \"6月前完成\" of indicator \"提交报告及时性\" gives a month and 前 (before) only and is read as by the "
                + "end of month 6: the actual \"2022年6月20日\" falls within month 6 and counts as met. If it means before month 6 "
                + "begins, write \"5月底前\"; the target is then missed.", new Messages(Locale.ENGLISH).forResult(r).message(f));
    }

    /** The reading decides nothing: done before the month (met either way), after it (missed either way), 6月底前 (no 前 alone). */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"6月前完成; 2022年5月20日", "6月底前完成; 2022年6月20日", "2022年6月前; 2022年4月"})
    void nothingSaidWhereTheReadingDecidesNothing(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual);
        assertEquals(List.of(), onRow(r));
        assertEquals(new BigDecimal("90.00"), r.sheet().total());
    }

    @Test
    void doneAfterTheMonthIsMissedAndNoReadingIsSaid(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "6月前完成", "2022年7月5日");
        assertEquals(List.of(), onRow(r).stream().filter(l -> l.contains("month-before")).toList());
    }

    /** t25 with its 时效 row 3's target and actual as given (YearBeforeReadingTest runs the same). */
    static EngineResult run(Path tmp, String target, String actual) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTreeEditingIndicators(Samples.realTable("t25-tangxi-weituo-2022"), project, root -> {
            ObjectNode row = (ObjectNode) root.at("/indicators/3");
            row.put("target", target);
            row.put("actual", actual);
        });
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    /** The score findings on the edited row. */
    static List<String> onRow(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/3") && f.ruleId().startsWith("score-"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.args()).toList();
    }
}
