package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.IndicatorTargetUnmeasurable;
import io.github.jixiao.lint.rules.IndicatorTimeCostUnspecified;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 时效 target that names a purpose and no time (确保工程进度) is one defect: indicator-time-cost-unspecified says it
 * (time), and indicator-target-unmeasurable's goal-verb only where that rule is off (review v27, item 4). Before, the cell
 * had both.
 */
class GoalVerbTimeOnceTest {
    private static final String RULE = "indicator-target-unmeasurable";
    private static final String ROW = "/indicators/18/target"; // 工程进度 | 时效指标 | 确保工程进度

    private static RuleFixtures.Fixture fixture() {
        Path file = RuleFixtures.root().resolve(RULE).resolve(RuleFixtures.PASSES).resolve("goal-verb-with-measure.json");
        return RuleFixtures.load(RULE, RuleFixtures.PASSES, file);
    }

    private static List<String> at(List<Finding> found) {
        return found.stream().filter(f -> f.pointer().equals(ROW)).map(f -> f.ruleId() + " " + f.key()).toList();
    }

    @Test
    void theMissingTimeIsSaidOnce() {
        RuleFixtures.Fixture f = fixture();
        assertEquals(List.of("indicator-time-cost-unspecified time"), at(RuleFixtures.run(new IndicatorTimeCostUnspecified(), f)));
        assertEquals(List.of(), at(RuleFixtures.run(new IndicatorTargetUnmeasurable(), f)));
    }

    @Test
    void withTheTimeRuleOffTheGoalVerbIsSaid() {
        RuleFixtures.Fixture f = fixture();
        IndicatorTargetUnmeasurable rule = new IndicatorTargetUnmeasurable();
        RuleContext off = new RuleContext(rule.descriptor(), f.sheet(),
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-time-cost-unspecified", "OFF", null))));
        rule.check(f.submission(), off);
        assertEquals(List.of("indicator-target-unmeasurable goal-verb"), at(off.findings()));
    }
}
