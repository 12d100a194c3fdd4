package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.IndicatorActualIncommensurable;
import io.github.jixiao.lint.rules.IndicatorTimeCostUnspecified;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 时效 row's 按时完成 beside the date it was done (12月) is one defect, the target's missing deadline:
 * indicator-time-cost-unspecified says it, and indicator-actual-incommensurable only where that rule is off (review R,
 * session 32). Before, the row had both, this one an error advising a percentage target.
 */
class DatedTimelinessOnceTest {
    private static final String RULE = "indicator-actual-incommensurable";

    private static RuleFixtures.Fixture fixture() {
        Path file = RuleFixtures.root().resolve(RULE).resolve(RuleFixtures.PASSES).resolve("timeliness-words-dated-actual.json");
        return RuleFixtures.load(RULE, RuleFixtures.PASSES, file);
    }

    private static List<String> at(List<Finding> found, String pointer) {
        return found.stream().filter(f -> f.pointer().equals(pointer)).map(f -> f.ruleId() + " " + f.key()).toList();
    }

    @Test
    void theMissingDeadlineIsSaidOnce() {
        RuleFixtures.Fixture f = fixture();
        assertEquals(List.of("indicator-time-cost-unspecified time"),
                at(RuleFixtures.run(new IndicatorTimeCostUnspecified(), f), "/indicators/0/target"));
        assertEquals(List.of(), at(RuleFixtures.run(new IndicatorActualIncommensurable(), f), "/indicators/0/actual"));
    }

    @Test
    void withTheTimeRuleOffThisRuleSaysIt() {
        RuleFixtures.Fixture f = fixture();
        IndicatorActualIncommensurable rule = new IndicatorActualIncommensurable();
        RuleContext off = new RuleContext(rule.descriptor(), f.sheet(),
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-time-cost-unspecified", "OFF", null))));
        rule.check(f.submission(), off);
        assertEquals(List.of("indicator-actual-incommensurable qualitative-target"), at(off.findings(), "/indicators/0/actual"));
    }
}
