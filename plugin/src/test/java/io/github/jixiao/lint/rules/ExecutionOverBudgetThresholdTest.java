package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A part over its budget while a reason is given for the funds block: whether the whole falls short is read at
 * execution-rate-unexplained's {@code rate} as the pom sets it, so the two rules never disagree about what the reason
 * explains. The fixture's whole is 110 of 150 (73.33 %).
 */
class ExecutionOverBudgetThresholdTest {

    @ParameterizedTest(name = "rate {0} {3}: {1}")
    @CsvSource({
        "'',  shortfall-explained, WARNING, ''", // the default 90: the reason explains the shortfall
        "80,  shortfall-explained, WARNING, ''",
        "73,  explained,           INFO,    ''", // 73.33 % is no shortfall at 73: the reason may be the part's
        "70,  explained,           INFO,    ''",
        "'',  explained,           INFO,    off"}) // nothing asks the reason for the shortfall: a note as before
    void theWholesShortfallIsReadAtExecutionRateUnexplainedsThreshold(String rate, String key, Severity severity, String off) {
        RuleFixtures.Fixture f = RuleFixtures.load("execution-over-budget", "flags",
                Path.of("src/test/resources/rules/execution-over-budget/flags/component-over-shortfall-explained.json"));
        RuleConfig config = rate.isEmpty() && off.isEmpty() ? RuleConfig.none()
                : RuleConfig.of(List.of(new RuleConfig.Entry("execution-rate-unexplained", off.isEmpty() ? null : off,
                        rate.isEmpty() ? Map.of() : Map.of("rate", rate))));
        ExecutionOverBudget rule = new ExecutionOverBudget();
        RuleContext ctx = new RuleContext(rule.descriptor(), f.sheet(), null, config);
        rule.check(f.submission(), ctx);
        List<Finding> found = ctx.findings();
        assertEquals(1, found.size(), found.toString());
        assertEquals(key, found.get(0).key());
        assertEquals(severity, found.get(0).severity());
        if (key.equals("shortfall-explained")) {
            assertEquals("73.33%", found.get(0).args().get(5), "the whole's rate, quoted");
            String zh = new Messages(Messages.ZH).message(found.get(0));
            assertEquals(List.of("73.33%", "110 万元", "150 万元"), found.get(0).args().subList(5, 8), "the whole's rate and amounts, quoted");
            assertEquals(true, zh.contains("看作整体执行率 73.33%（110 万元 / 150 万元）偏低的说明") && zh.endsWith("所写原因：其他资金安排的项目推迟到下年实施，资金未支出。"), zh);
            String en = new Messages(Locale.ENGLISH).message(found.get(0));
            assertEquals(true, en.contains("(execution rate 110%)") && en.contains("whole's low execution (73.33%: 110 × 10,000 yuan / 150 × 10,000 yuan)"), en);
        }
    }

    /**
     * Where the whole's rate comes from, said in the message: budget.json's own figures (the funds block's total says
     * 150 of 150), a rate filled in without amounts behind it, or the table's stated rate where its amounts give none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "component-over-shortfall-budget        | shortfall-explained-budget         | 8 | 看作整体执行率 73.33%（budget.json 的全年实际支出 1100000 元 / 全年预算 1500000 元）偏低的说明 | whole's low execution (73.33%: budget.json's actual expenditure 1100000 yuan / full-year budget 1500000 yuan)",
        "parts-over-shortfall-stated            | shortfall-explained-stated         | 6 | 看作所填整体执行率 70%（不是由金额算出的）偏低的说明 | whole's low execution as filled in (70%, not computed from amounts)",
        "component-over-shortfall-stated-amounts | shortfall-explained-stated-amounts | 6 | 看作表中所列整体执行率 70%（表中的金额算不出执行率，如没有全年预算数）偏低的说明 | whole's low execution stated in the table (70%; its amounts give no rate: no full-year budget, for one)"})
    void theMessageSaysWhereTheWholesRateComesFrom(String fixture, String key, int args, String zhPart, String enPart) {
        RuleFixtures.Fixture f = RuleFixtures.load("execution-over-budget", "flags",
                Path.of("src/test/resources/rules/execution-over-budget/flags/" + fixture + ".json"));
        List<Finding> found = RuleFixtures.run(new ExecutionOverBudget(), f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(key, found.get(0).key());
        assertEquals(args, found.get(0).args().size(), found.get(0).args().toString());
        String zh = new Messages(Messages.ZH).message(found.get(0));
        assertEquals(true, zh.contains(zhPart), zh);
        String en = new Messages(Locale.ENGLISH).message(found.get(0));
        assertEquals(true, en.contains(enPart), en);
    }
}
