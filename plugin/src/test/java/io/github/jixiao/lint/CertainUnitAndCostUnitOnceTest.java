package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two of audit s48's findings on real tables. 霍山 2024 (t85): a bare actual 110406 beside "≥50000人次" can only be
 * person-times, an info (item 10); a bare figure beside an amount in 万元 stays a warning (元 or 万元). 零陵 2021 (t90): the
 * cost standard "每亩300" is one finding at its target, cost-no-money-unit's "如“≤ 300 元/亩”", without the no-comparator
 * note beside it offering "≥ 300 /亩" (duplicates).
 */
class CertainUnitAndCostUnitOnceTest {
    @Test
    void aBareActualWithOneReadingIsAnInfo() throws Exception {
        List<Finding> cell = FullRateAdviceTest.at(FullRateAdviceTest.real("t85-huoshan-yiliaojiuzhu-2024"), "/indicators/0/actual");
        assertEquals(List.of("unit-assumed info"), cell.stream().filter(f -> f.ruleId().equals("indicator-actual-incommensurable"))
                .map(f -> f.key() + " " + f.severity().id()).toList());
    }

    @Test
    void aCostStandardWithoutItsYuanIsOneFinding() throws Exception {
        List<Finding> all = FullRateAdviceTest.real("t90-lingling-linye-2021");
        for (String p : List.of("/indicators/5/target", "/indicators/6/target")) {
            List<Finding> cell = FullRateAdviceTest.at(all, p);
            assertEquals(List.of("indicator-time-cost-unspecified cost-no-money-unit"),
                    cell.stream().map(f -> f.ruleId() + " " + f.key()).toList(), p);
            assertEquals(Severity.INFO, cell.get(0).severity());
        }
    }
}
