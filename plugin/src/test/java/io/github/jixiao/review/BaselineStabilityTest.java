package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline and a suppression by name follow their findings when rows are inserted above them. */
class BaselineStabilityTest {
    @TempDir
    Path tmp;

    @Test
    void insertingAnIndicatorAtTheTopKeepsTheBaselineAndSuppressions() throws Exception {
        Path sub = Samples.copyTo(tmp);
        List<Finding> before = new Engine().run(EngineOptions.of(tmp, sub)).findings();
        Path base = tmp.resolve("jixiao-baseline.json");
        Files.writeString(base, Baseline.render(before), StandardCharsets.UTF_8);
        Path sup = tmp.resolve("jixiao-suppressions.json");
        Files.writeString(sup, "{\"suppressions\": [{\"rule\": \"indicator-target-missed\", \"file\": \"submission/indicators.json\","
                + " \"name\": \"招引人才数量\", \"reason\": \"经财政局同意\"}]}", StandardCharsets.UTF_8);

        Path ind = sub.resolve("indicators.json");
        String text = Files.readString(ind, StandardCharsets.UTF_8);
        Files.writeString(ind, text.replaceFirst("\"indicators\": \\[", "\"indicators\": [\n    {\"level1\": \"产出指标\", \"level2\": \"数量指标\","
                + " \"name\": \"新增的指标\", \"target\": \"≥ 5 个\", \"actual\": \"6 个\"},"), StandardCharsets.UTF_8);
        List<Finding> after = new Engine().run(EngineOptions.of(tmp, sub)).findings();
        assertEquals(before.size(), after.size(), "the new indicator is clean");

        Review r = Review.of(after, Suppressions.load(tmp, sup), Baseline.load(tmp, base));
        // only the share of actual = target changed (36 of 81 → 36 of 82): a new finding in truth, the old one gone
        assertEquals(List.of("actual-equals-target-pattern"), r.findings().stream()
                .filter(f -> f.ruleId().equals("baseline-stale")).map(f -> f.args().get(0)).toList());
        assertEquals(0, r.findings().stream().filter(f -> f.ruleId().equals("suppression-unused")).count());
        assertEquals(0, r.violations(Severity.ERROR));
        assertEquals(1, r.violations(Severity.WARNING));
        assertEquals(1, r.suppressed().size());
    }
}
