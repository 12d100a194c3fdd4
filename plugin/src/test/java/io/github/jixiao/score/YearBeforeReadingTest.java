package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 自评 row whose deadline is a year and 前 alone (2022年前完成) is read by the target parser as by that year's end; where
 * that reading decides that the target is met (the work done within the year: 2022年5月 against 2022年前), the scorer says
 * the reading in a score-assumption (year-before), with what to write if the unit meant before 2022, as month-before does
 * for 6月前. Before (session 45; G1's left-alone 6) the row scored full points and nothing was said. The parser's reading
 * is not changed here (another helper owns it): where it reads the year otherwise, this note is not given. On 棠溪 2022
 * (t25), its 提交报告及时性 row (8 of 8 points).
 */
class YearBeforeReadingTest {

    @Test
    void doneWithinTheYearIsMetByTheReadingAndSaidSo(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "2022年前完成", "2022年5月");
        assertEquals(List.of("score-assumption year-before [提交报告及时性, 2022年前完成, 2022, 2022年5月, 2021年底前]"), onRow(r));
        assertEquals(new BigDecimal("90.00"), r.sheet().total(), "met: the row's 8 points, as the table gives them");
        Finding f = r.findings().stream().filter(x -> x.key().equals("year-before")).findFirst().orElseThrow();
        assertEquals("指标“提交报告及时性”的指标值“2022年前完成”只写了年份加“前”，按 2022 年底读：实际完成“2022年5月”在 2022 年内，计为达成。"
                + "指 2022 年之前（2022 年 1 月 1 日以前）的，请写作“2021年底前”，此项则未达成。", new Messages(Messages.ZH).message(f));
        assertEquals("The target \"2022年前完成\" of indicator \"提交报告及时性\" gives a year and 前 (before) only and is read as by the "
                + "end of 2022: the actual \"2022年5月\" falls within 2022 and counts as met. If it means before 2022 begins, write "
                + "\"2021年底前\"; the target is then missed.", new Messages(Locale.ENGLISH).forResult(r).message(f));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"2022年前; 2022年10月20日", "2022年以前; 2022年12月"})
    void otherSpellingsWithinTheYear(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual);
        assertEquals(1, onRow(r).stream().filter(l -> l.startsWith("score-assumption year-before")).count(), onRow(r).toString());
    }

    /** The reading decides nothing: done before the year (met either way), 2022年底前 (no 前 alone), a month and 前. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"2022年前; 2021年5月", "2022年底前完成; 2022年5月", "2022年6月前; 2022年4月"})
    void nothingSaidWhereTheReadingDecidesNothing(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual);
        assertEquals(List.of(), onRow(r));
        assertEquals(new BigDecimal("90.00"), r.sheet().total());
    }

    @Test
    void doneAfterTheYearIsMissedAndNoReadingIsSaid(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "2022年前", "2023年1月");
        assertEquals(List.of(), onRow(r).stream().filter(l -> l.contains("year-before")).toList());
    }

    private static EngineResult run(Path tmp, String target, String actual) throws Exception {
        return MonthBeforeReadingTest.run(tmp, target, actual);
    }

    private static List<String> onRow(EngineResult r) {
        return MonthBeforeReadingTest.onRow(r);
    }
}
