package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.IndicatorActualIncommensurable;
import io.github.jixiao.lint.rules.IndicatorTargetNoUnit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target with its comparator and no unit, read in the unit its actual names ("≥ 200" beside "210人次"), is one defect:
 * indicator-actual-incommensurable says it (target-unit-assumed, a warning, with the target it should be), and
 * indicator-target-no-unit says it (as-actual) only where that rule does not run. Before, every such cell had both.
 */
class TargetNoUnitOnceTest {
    private static final String RULE = "indicator-target-no-unit";

    private static RuleFixtures.Fixture fixture() {
        Path file = RuleFixtures.root().resolve(RULE).resolve(RuleFixtures.PASSES).resolve("read-in-actuals-unit.json");
        return RuleFixtures.load(RULE, RuleFixtures.PASSES, file);
    }

    private static List<String> lines(List<Finding> found) {
        return found.stream().map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.args()).toList();
    }

    @Test
    void theAssumedUnitIsSaidOnce() {
        RuleFixtures.Fixture f = fixture();
        assertEquals(List.of(
                "indicator-actual-incommensurable target-unit-assumed /indicators/0/target [培训人次, ≥ 200, 210人次, 人次]",
                "indicator-actual-incommensurable target-unit-assumed /indicators/1/target [验收合格率, ≥ 95, 98%, %]"),
                lines(RuleFixtures.run(new IndicatorActualIncommensurable(), f)));
        assertEquals(List.of(), lines(RuleFixtures.run(new IndicatorTargetNoUnit(), f)));
    }

    @Test
    void withThatRuleOffThisOneSaysIt() {
        RuleFixtures.Fixture f = fixture();
        IndicatorTargetNoUnit rule = new IndicatorTargetNoUnit();
        RuleContext off = new RuleContext(rule.descriptor(), f.sheet(),
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-actual-incommensurable", "OFF", null))));
        rule.check(f.submission(), off);
        assertEquals(List.of(
                "indicator-target-no-unit as-actual /indicators/0/target [培训人次, ≥ 200, 210人次, ≥ 200 人次]",
                "indicator-target-no-unit as-actual /indicators/1/target [验收合格率, ≥ 95, 98%, ≥ 95%]"),
                lines(off.findings()));
    }
}
