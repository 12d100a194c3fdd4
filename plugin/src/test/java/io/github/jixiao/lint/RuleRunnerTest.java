package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.rules.PlaceholderLeft;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runner's shared walk gives every tree rule exactly the findings its own walk gives (each rule checked alone on a
 * context of its own, as before the walk was shared), on every rule fixture; so do the indicator rules, which share one
 * run's per-indicator facts ({@code lint.rules.IndicatorFacts}) under the runner and build their own alone; and a tree
 * rule that throws in the shared walk costs only its own findings.
 */
class RuleRunnerTest {

    @Test
    void sharedWalkFindsWhatEachRuleFindsAlone() {
        int fixtures = 0;
        int treeFindings = 0;
        int indicatorFindings = 0;
        for (String id : RuleFixtures.ruleIdsWithFixtures()) {
            for (String kind : List.of(RuleFixtures.FLAGS, RuleFixtures.PASSES)) {
                for (Path file : RuleFixtures.files(id, kind)) {
                    RuleFixtures.Fixture f = RuleFixtures.load(id, kind, file);
                    Submission s = f.submission();
                    Framework framework = s.framework() != null && !s.framework().isBlank()
                            ? new Scorer().framework(s, null, f.path().getParent()).framework() : null;
                    List<Finding> alone = new ArrayList<>();
                    for (Rule rule : RuleRegistry.all()) {
                        RuleDescriptor d = rule.descriptor();
                        if (!d.stages().contains(s.stage())) {
                            continue;
                        }
                        RuleContext ctx = new RuleContext(d, f.sheet(), framework).withUnreadableCells(f.unreadable());
                        assertFalse(ctx.treesWalked());
                        rule.check(s, ctx);
                        alone.addAll(ctx.findings());
                        if (rule instanceof TreeRule) {
                            treeFindings += ctx.findings().size();
                        }
                    }
                    List<Finding> shared = new RuleRunner(s, f.sheet(), framework, null, f.unreadable())
                            .run((rule, e) -> {
                                throw new AssertionError(rule + " threw on " + f.relative(), e);
                            });
                    assertEquals(alone, shared, f.relative());
                    indicatorFindings += (int) shared.stream().filter(x -> x.ruleId().startsWith("indicator")).count();
                    fixtures++;
                }
            }
        }
        assertTrue(fixtures > 100, "fixtures run: " + fixtures);
        assertTrue(treeFindings > 5, "findings of the tree rules: " + treeFindings);
        assertTrue(indicatorFindings > 50, "findings of the indicator rules: " + indicatorFindings);
    }

    @Test
    void aTreeRuleThatThrowsLosesOnlyItsOwnFindings() {
        // a fixture whose placeholders the tree walk meets (the goals' empty-item and no-numeral are read in check())
        RuleFixtures.Fixture f = RuleFixtures.load("placeholder-left", RuleFixtures.FLAGS,
                RuleFixtures.files("placeholder-left", RuleFixtures.FLAGS).stream()
                        .filter(p -> p.getFileName().toString().equals("left-at-self-evaluation.json")).findFirst().orElseThrow());
        TreeRule placeholder = new PlaceholderLeft();
        TreeRule broken = new Broken();
        RuleContext ok = new RuleContext(placeholder.descriptor(), null);
        RuleContext bad = new RuleContext(placeholder.descriptor(), null);
        TreeWalk w = new TreeWalk(List.of(broken, placeholder), List.of(bad, ok));
        w.walk(f.submission());
        assertInstanceOf(IllegalStateException.class, w.failure(0));
        assertNull(w.failure(1));
        assertEquals(1, ((Broken) broken).visits, "not visited after it threw");
        assertTrue(ok.findings().stream().anyMatch(x -> x.ruleId().equals("placeholder-left") && x.severity() != Severity.INFO),
                ok.findings().toString());
    }

    /** A tree rule with a defect: throws at the first string. */
    private static final class Broken implements TreeRule {
        int visits;

        @Override
        public int interests() {
            return STRINGS | OBJECTS;
        }

        @Override
        public void visitString(TreeWalk.Cursor at, String value, RuleContext ctx) {
            visits++;
            throw new IllegalStateException("defect");
        }

        @Override
        public void check(Submission submission, RuleContext ctx) {
        }

        @Override
        public RuleDescriptor descriptor() {
            return new PlaceholderLeft().descriptor();
        }
    }
}
