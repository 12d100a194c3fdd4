package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every fixture of every rule: flags give findings (exactly the sidecar's, when there is one), passes none. */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicTest> fixtures() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            if (rule instanceof InputRule) {
                continue;
            }
            String id = rule.descriptor().id();
            for (String kind : List.of(RuleFixtures.FLAGS, RuleFixtures.PASSES)) {
                for (Path file : RuleFixtures.files(id, kind)) {
                    tests.add(DynamicTest.dynamicTest(id + "/" + kind + "/" + file.getFileName(), file.toUri(),
                            () -> check(rule, RuleFixtures.load(id, kind, file))));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Rule rule, RuleFixtures.Fixture f) {
        assertTrue(f.schemaFindings().isEmpty(), () -> f.relative() + " is not a valid submission: " + f.schemaFindings());
        List<Finding> found = RuleFixtures.run(rule, f);
        String id = rule.descriptor().id();
        for (Finding x : found) {
            assertEquals(id, x.ruleId(), f.relative());
            assertTrue(x.line() > 0, () -> f.relative() + ": finding without a line: " + x);
        }
        if (RuleFixtures.PASSES.equals(f.kind())) {
            assertTrue(found.isEmpty(), () -> f.relative() + " should pass but gives " + found);
            return;
        }
        assertFalse(found.isEmpty(), () -> f.relative() + " should give a finding of " + id);
        if (f.expected() != null) {
            boolean withKey = f.expected().stream().anyMatch(e -> e.key() != null);
            List<String> want = f.expected().stream()
                    .map(e -> e.rule() + " " + e.pointer() + " " + e.severity() + (e.file() == null ? "" : " " + e.file())
                            + (withKey ? " key=" + (e.key() == null ? "" : e.key()) : ""))
                    .sorted().toList();
            boolean withFile = f.expected().stream().anyMatch(e -> e.file() != null);
            List<String> got = found.stream()
                    .map(x -> x.ruleId() + " " + x.pointer() + " " + x.severity().id() + (withFile ? " " + x.file() : "")
                            + (withKey ? " key=" + x.key() : ""))
                    .sorted(Comparator.naturalOrder()).toList();
            assertEquals(want, got, f.relative());
            for (RuleFixtures.Expected e : f.expected()) {
                if (e.args() != null) {
                    // the arguments the message prints (the amount quoted, …), where the sidecar gives them
                    assertTrue(found.stream().anyMatch(x -> x.pointer().equals(e.pointer())
                                    && (e.key() == null || e.key().equals(x.key())) && x.args().equals(e.args())),
                            () -> f.relative() + ": no finding at " + e.pointer() + " with the arguments " + e.args() + " in " + found);
                }
            }
        }
    }
}
