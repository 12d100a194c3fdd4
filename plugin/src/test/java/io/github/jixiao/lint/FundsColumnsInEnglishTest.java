package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The funds columns have one English name ({@code Funds.Column.labelEn}): {@code sum-mismatch} and
 * {@code figure-out-of-range} call 截至监控时点执行数 and 全年预计执行数 alike ("the execution to date", as sum-mismatch
 * has said since the monitoring columns came, keeping its findings' fingerprints).
 */
class FundsColumnsInEnglishTest {

    /** 运行监控 funds block whose total row disagrees with its components in the to-date and forecast columns. */
    @Test
    void sumMismatchNamesTheMonitoringColumnsAsFigureOutOfRangeDoes() {
        List<String> said = FigureOutOfRangeTest.english("sum-mismatch", "funds-to-date.json");
        assertEquals(2, said.size(), said.toString());
        assertEquals(List.of(true, true), List.of(
                said.stream().anyMatch(s -> s.startsWith("funds: The total row \"年度资金总额\" of the funds block states the execution to date as ")),
                said.stream().anyMatch(s -> s.startsWith("funds: The total row \"年度资金总额\" of the funds block states the forecast for the year as "))),
                said.toString());
    }
}
