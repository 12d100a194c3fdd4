package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.lint.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * An amount the engine quotes with its unit ("4610686.27 元", "30.77 万元") reads in English with the unit in English
 * ("× 10,000 yuan", as the formulas write it); the argument, and so the fingerprint, stays as the engine wrote it, and
 * the Chinese message is unchanged. A department's own text holding an amount is left as written.
 */
class AmountsInEnglishTest {

    /** Each rule that quotes amounts, on its own flags fixtures: every amount of every English message in English. */
    @ParameterizedTest
    @ValueSource(strings = {"sum-mismatch", "zero-execution", "quarterly-annual-mismatch", "adjustment-missing-reason"})
    void amountsReadInEnglish(String ruleId) throws Exception {
        Rule rule = RuleRegistry.all().stream().filter(r -> r.descriptor().id().equals(ruleId)).findFirst().orElseThrow();
        int amounts = 0;
        for (Path p : RuleFixtures.files(ruleId, RuleFixtures.FLAGS)) {
            for (Finding f : RuleFixtures.run(rule, RuleFixtures.load(ruleId, RuleFixtures.FLAGS, p))) {
                boolean quoted = f.args().stream().anyMatch(a -> a.matches("(?s).*\\d (亿元|万元|元).*"));
                if (!quoted) {
                    continue;
                }
                amounts++;
                String en = new Messages(Locale.ENGLISH).message(f);
                String zh = new Messages(Messages.ZH).message(f);
                assertFalse(en.matches("(?s).*\\d (亿元|万元|元).*"), p + ": " + en);
                assertTrue(en.contains("yuan"), p + ": " + en);
                assertTrue(zh.matches("(?s).*\\d (亿元|万元|元).*"), p + ": " + zh);
            }
        }
        assertTrue(amounts > 0, ruleId + ": no fixture quotes an amount");
    }

    @Test
    void unitsAsTheFormulasWriteThem() {
        Finding f = new Finding("zero-execution", Severity.ERROR, "", List.of("办公设备购置", "4610686.27 元"),
                "tasks.json", "/tasks/3/execution", 12, 20, null);
        assertEquals("4610686.27 元", f.args().get(1));
        assertTrue(new Messages(Locale.ENGLISH).message(f).contains("a budget of 4610686.27 yuan"),
                new Messages(Locale.ENGLISH).message(f));
        assertEquals("30.77 × 10,000 yuan", Messages.amounts("30.77 万元"));
        assertEquals("actual expenditure 30 × 10,000 yuan / full-year budget 1.2 × 100 million yuan",
                Messages.amounts("actual expenditure 30 万元 / full-year budget 1.2 亿元"));
    }

    /**
     * A target written "150万" (元 left off, 鄂州 2021, 历城 2019) is quoted as the engine read it, "≤ 150 万": in English its
     * 万 is the multiplier it is ("≤ 150 × 10,000"), in the reading and in the examples of the direction to write.
     */
    @Test
    void aFigureWithTenThousandAloneReadsInEnglish() throws Exception {
        assertEquals("≤ 150 × 10,000", Messages.amounts("≤ 150 万"));
        assertEquals("≥ 1.2 × 100 million", Messages.amounts("≥ 1.2 亿"));
        assertEquals("3 万人次", Messages.amounts("3 万人次"));
        Path project = Path.of(AmountsInEnglishTest.class.getResource("/real-tables/t17-licheng-wenhuaguan-2019").toURI());
        // with indicator-input-as-output off: its budget-restated says this cell otherwise (Engine.budgetRestatedOnce, session 33)
        Finding f = new io.github.jixiao.engine.Engine().run(new io.github.jixiao.engine.EngineOptions(project, project.resolve("submission"), null, null, null,
                        io.github.jixiao.lint.RuleConfig.of(List.of(new io.github.jixiao.lint.RuleConfig.Entry("indicator-input-as-output", "OFF", null))),
                        Locale.SIMPLIFIED_CHINESE))
                .findings().stream().filter(x -> x.ruleId().equals("indicator-target-no-comparator") && x.args().contains("45万"))
                .findFirst().orElseThrow();
        assertTrue(f.args().contains("45 万"), f.args().toString()); // the argument, and so the fingerprint, as before
        String en = new Messages(Locale.ENGLISH).message(f);
        // a cost read as its ceiling is said as one since session 50 (cost-ceiling; "the lower the better" until then)
        assertTrue(en.contains("is read as \"≤ 45 × 10,000\" (a cost ceiling: no more than that). State the direction, e.g. "
                + "\"≤ 45 × 10,000\" or \"= 45 × 10,000\"."), en);
        assertTrue(new Messages(Messages.ZH).message(f).contains("理解为“≤ 45 万”"), new Messages(Messages.ZH).message(f));
    }

    /** Chinese beside the unit is the department's own text: an amount in a task's name stays as written. */
    @Test
    void theDepartmentsOwnTextIsLeftAsWritten() {
        assertEquals("购置 30 万元", Messages.amounts("购置 30 万元"));
        assertEquals("30 万元设备", Messages.amounts("30 万元设备"));
        assertEquals("no amount", Messages.amounts("no amount"));
    }
}
