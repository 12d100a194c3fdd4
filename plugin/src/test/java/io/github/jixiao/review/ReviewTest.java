package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Fingerprints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTest {
    @TempDir
    Path tmp;

    private static Finding f(String rule, Severity s, String file, String pointer, String arg) {
        return new Finding(rule, s, "", List.of(arg), file, pointer, 3, 5, null);
    }

    private final Finding missed = f("indicator-target-missed", Severity.ERROR, "submission/indicators.json", "/indicators/14", "招引人才数量");
    private final Finding zero = f("zero-execution", Severity.ERROR, "submission/tasks.json", "/tasks/2", "科技创新分项");

    private Suppressions sup(String json) throws Exception {
        Path p = tmp.resolve("jixiao-suppressions.json");
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return Suppressions.load(tmp, p);
    }

    @Test
    void suppressionWithAReasonTakesTheFindingOutOfTheFailingCount() throws Exception {
        Review r = Review.of(List.of(missed, zero), sup("""
                {"suppressions": [{"rule": "indicator-target-missed", "file": "submission/indicators.json",
                  "pointer": "/indicators/14", "reason": "经财政局同意"}]}"""), Baseline.none());
        assertEquals("经财政局同意", r.suppressed().get(missed));
        assertEquals(1, r.violations(Severity.ERROR));
        assertEquals(2, r.findings().size());
    }

    @Test
    void pointerIsOptionalAndCoversEverythingBelowIt() throws Exception {
        Review r = Review.of(List.of(missed), sup("""
                {"suppressions": [{"rule": "indicator-target-missed", "file": "submission/indicators.json", "reason": "整份文件"}]}"""),
                Baseline.none());
        assertEquals(0, r.violations(Severity.ERROR));
        Review below = Review.of(List.of(missed), sup("""
                {"suppressions": [{"rule": "indicator-target-missed", "file": "submission/indicators.json", "pointer": "/indicators/1",
                  "reason": "另一个指标"}]}"""), Baseline.none());
        assertEquals(1, below.violations(Severity.ERROR), "/indicators/1 does not cover /indicators/14");
    }

    @Test
    void suppressionWithoutAReasonIsAnErrorAndDoesNotApply() throws Exception {
        Review r = Review.of(List.of(missed), sup("""
                {"suppressions": [
                  {"rule": "indicator-target-missed", "file": "submission/indicators.json", "reason": "  "}
                ]}"""), Baseline.none());
        assertTrue(r.suppressed().isEmpty());
        Finding bad = r.findings().stream().filter(x -> x.ruleId().equals("suppression-invalid")).findFirst().orElseThrow();
        assertEquals(2, bad.line());
        assertEquals(2, r.violations(Severity.ERROR));
    }

    /** An unknown rule: the id it misspells, where one is near; none where the name is like no id at all. */
    @Test
    void anUnknownRuleIsNamedWithTheIdItMisspellsIfAny() throws Exception {
        Review r = Review.of(List.of(missed), sup("""
                {"suppressions": [
                  {"rule": "indicator-target-mised", "file": "submission/indicators.json", "reason": "拼错"},
                  {"rule": "no-such-rule", "file": "submission/indicators.json", "reason": "没有这条规则"}
                ]}"""), Baseline.none());
        List<Finding> bad = r.findings().stream().filter(x -> x.ruleId().equals("suppression-invalid")).toList();
        assertEquals(List.of("unknown-rule", "unknown-rule-far"), bad.stream().map(Finding::key).toList());
        assertEquals("indicator-target-missed", bad.get(0).args().get(2));
        assertEquals(List.of("2", "no-such-rule"), bad.get(1).args());
    }

    @Test
    void unusedSuppressionIsAWarning() throws Exception {
        Review r = Review.of(List.of(zero), sup("""
                {"suppressions": [{"rule": "indicator-target-missed", "file": "submission/indicators.json", "reason": "已处理"}]}"""),
                Baseline.none());
        assertEquals(1, r.findings().stream().filter(x -> x.ruleId().equals("suppression-unused") && x.severity() == Severity.WARNING).count());
    }

    @Test
    void malformedSuppressionsFileIsAFindingNotACrash() throws Exception {
        Review r = Review.of(List.of(zero), sup("{\"suppressions\": 3"), Baseline.none());
        assertTrue(r.findings().stream().anyMatch(x -> x.ruleId().equals("json-syntax") && x.file().equals("jixiao-suppressions.json")));
    }

    @Test
    void baselineAcceptsTodaysFindingsAndNamesStaleOnes() throws Exception {
        Path p = tmp.resolve("jixiao-baseline.json");
        Files.writeString(p, Baseline.render(List.of(missed, zero)), StandardCharsets.UTF_8);
        Baseline base = Baseline.load(tmp, p);
        Review same = Review.of(List.of(missed, zero), Suppressions.none(), base);
        assertEquals(0, same.violations(Severity.ERROR));
        assertEquals(2, same.baselined().size());

        Finding sum = f("sum-mismatch", Severity.ERROR, "submission/budget.json", "/procurement/actual", "448.01");
        Review changed = Review.of(List.of(missed, sum), Suppressions.none(), base);
        assertEquals(1, changed.violations(Severity.ERROR));
        List<Finding> stale = changed.findings().stream().filter(x -> x.ruleId().equals("baseline-stale")).toList();
        assertEquals(1, stale.size());
        // at its entry in the baseline file (r24 item 8: SARIF had uri "." and no region), its arguments as before, and
        // since session 36 the entry's fingerprint, which the message does not print (jixiao:diff matches the note by it)
        Finding s = stale.get(0);
        assertEquals("jixiao-baseline.json", s.file());
        assertEquals("/findings/1", s.pointer());
        int line = Files.readAllLines(p).indexOf(Files.readAllLines(p).stream().filter(l -> l.contains(Fingerprints.of(zero)))
                .findFirst().orElseThrow());
        assertTrue(s.line() > 1 && s.line() <= line + 1, s.line() + " vs the fingerprint's line " + (line + 1));
        assertEquals(List.of(zero.ruleId(), zero.file(), zero.pointer(), Fingerprints.of(zero)), s.args());
    }

    @Test
    void baselineSurvivesLinesMoving() throws Exception {
        Path p = tmp.resolve("jixiao-baseline.json");
        Files.writeString(p, Baseline.render(List.of(missed)), StandardCharsets.UTF_8);
        Finding moved = new Finding(missed.ruleId(), missed.severity(), missed.key(), missed.args(), missed.file(),
                missed.pointer(), 40, 1, null);
        assertEquals(0, Review.of(List.of(moved), Suppressions.none(), Baseline.load(tmp, p)).violations(Severity.ERROR));
    }
}
