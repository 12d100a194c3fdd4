package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 时效 row whose target is a period ("1-6月", "2022.1.1-6.30", across years "2021.10-2022.3") scored by the day its actual
 * says the work was done, read by the one reader of periods and days ({@link io.github.jixiao.target.Period}, session 50)
 * as indicator-actual-incommensurable reads it: within the period its full points, outside it none (a day missed keeps
 * no share, as against a deadline). Until then the scorer read the period as a range of months (1~6 月) beside a date,
 * incomparable (0 points and an error), or as words with the unit's score taken unchecked (achievement-self-score). On
 * 棠溪 2022 (t25), a pointed table: its 时效 row 3, 提交报告及时性, 8 of 8 points, with the period and the actual changed
 * ({@link MonthBeforeReadingTest#run}); the table's total with the row met is 90.00.
 */
class PeriodScoringTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {
        "2022.1.1-6.30; 2022年6月20日",
        // a month without its day is read in the unit's favour, as against a deadline (TargetParser.actualDay): it may be 1 June
        "2022.1.1-6.15; 2022年6月",
        "1-6月; 6月20日完成",
        // across years, ending within the budget year
        "2021.10-2022.3; 2022年3月20日",
        "2021年10月至2022年6月; 2022.6"})
    void doneWithinThePeriodIsMet(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, target, actual);
        assertEquals(new BigDecimal("90.00"), r.sheet().total());
        CriterionScore row = item(r);
        assertEquals(new BigDecimal("8"), row.score().stripTrailingZeros());
        assertEquals(actual + " 达到 " + target + " → 8", row.explanation());
        assertEquals(List.of(), onRow(r));
    }

    @Test
    void doneAfterThePeriodIsMissedWithNoShare(@TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, "1-6月", "2022年7月5日");
        assertEquals(new BigDecimal("82.00"), r.sheet().total());
        CriterionScore row = item(r);
        assertEquals(0, row.score().signum());
        assertEquals("2022年7月5日 未达到 1-6月：0 × 8 = 0（自评 8）", row.explanation());
        assertEquals(List.of(
                "indicator-actual-incommensurable period-outside warning [提交报告及时性, 1-6月, 2022年7月5日, 2022-07-05]",
                "score-claim-mismatch indicator warning [提交报告及时性, 8, 0.00, 2022年7月5日 未达到 1-6月：0 × 8 = 0]"), onRow(r));
    }

    /** A month after the period: said at the precision written ("2022-09", not a day the table never gave). */
    @Test
    void aMonthAfterThePeriodIsSaidAsAMonth(@TempDir Path tmp) throws Exception {
        EngineResult r = MonthBeforeReadingTest.run(tmp, "2021.10-2022.6", "2022年9月完成");
        assertEquals(0, item(r).score().signum());
        assertEquals("indicator-actual-incommensurable period-outside warning [提交报告及时性, 2021.10-2022.6, 2022年9月完成, 2022-09]",
                onRow(r).get(0));
    }

    private static CriterionScore item(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.name().equals("提交报告及时性")).findFirst().orElseThrow();
    }

    /** The findings on the edited row, score and lint alike. */
    private static List<String> onRow(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/3"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id() + " " + f.args()).toList();
    }
}
