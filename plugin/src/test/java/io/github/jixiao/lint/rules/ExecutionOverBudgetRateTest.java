package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.load.Src;
import io.github.jixiao.model.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * execution-over-budget's two judgements, figure by figure: whether spending is over its budget (beyond the rounding of
 * the coarser figure as printed; nothing spent never is), and the rate its message shows (never a rounded 100 % for
 * spending that is over).
 */
class ExecutionOverBudgetRateTest {

    private static Money m(String v, String unit) {
        return new Money(new BigDecimal(v), unit, Src.NONE);
    }

    @ParameterizedTest(name = "{0} {1} of {2} {3}: over {4}, rate {5}")
    @CsvSource(delimiter = '|', value = {
        "338.31   | 万元 | 329.77  | 万元 | true  | 102.59%",    // 金寨 2023 (t34)
        "329.78   | 万元 | 329.77  | 万元 | true  | 100.003%",   // a hair over: three places, not a rounded 100%
        "110      | 万元 | 100     | 万元 | true  | 110%",
        "12       | 万元 | 0       | 万元 | true  | —",          // spending with nothing budgeted
        "57001    | 元   | 5.7     | 万元 | true  | 100.001%",   // units apart: compared in 元
        "100.4    | 万元 | 100     | 万元 | true  | 100.4%",     // a budget that arrives as 100 was printed 100.00
        "132.91   | 万元 | 132.9   | 万元 | true  | 100.01%",    // likewise 132.90
        "132.912  | 万元 | 132.91  | 万元 | false |",            // printed to more places than the budget: the same money
        "329.7733 | 万元 | 329.77  | 万元 | false |",
        "329.77   | 万元 | 329.77  | 万元 | false |",
        "0        | 元   | -100    | 元   | false |",            // a 调减 written negative, nothing spent
        "-50      | 元   | -100    | 元   | false |"})           // a refund
    void overAndItsRate(String spent, String su, String budget, String bu, boolean over, String rate) {
        Money s = m(spent, su);
        Money b = m(budget, bu);
        assertEquals(over, ExecutionOverBudget.over(s, b));
        if (over) {
            assertEquals(rate, ExecutionOverBudget.rate(s, b));
        }
    }
}
