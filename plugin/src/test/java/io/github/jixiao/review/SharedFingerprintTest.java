package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel.FindingRecord;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Review s29-V3: since a fingerprint hashes only what a finding's message prints, two rows of one indicators.json with
 * the same name (two tasks each with 资金拨付及时性) but different targets give findings of one fingerprint. A pull
 * request adding the second row must still show its finding as new, and a baseline of the first row must not hold the
 * second: findings under one fingerprint are counted (diff: the ones beyond the base's number are new; baseline: each
 * entry holds one finding), not merged. From real table t18 (区商务局 2020), evidence by the session's reviewer.
 */
class SharedFingerprintTest {
    @TempDir
    Path tmp;

    private static Path t18() throws Exception {
        return Path.of(SharedFingerprintTest.class.getResource("/real-tables/t18-shangwu-fuwumaoyi-2020").toURI());
    }

    private Path withSecondRow() throws Exception {
        Path project = tmp.resolve("two");
        Samples.copyTreeEditingIndicators(t18(), project, root -> {
            ArrayNode rows = (ArrayNode) root.get("indicators");
            ObjectNode row = ((ObjectNode) rows.get(5)).deepCopy();
            row.put("target", "≥ 90%");
            row.put("actual", "95%");
            rows.add(row);
        });
        return project;
    }

    private static List<Finding> all(Path p) {
        return new Engine().run(EngineOptions.of(p, p.resolve("submission"))).findings();
    }

    private static List<Finding> paidOut(List<Finding> all) {
        return all.stream().filter(f -> f.ruleId().equals("indicator-input-as-output") && f.args().get(0).equals("资金拨付及时性")).toList();
    }

    @Test
    void theTwoRowsShareOneFingerprint() throws Exception {
        List<Finding> two = paidOut(all(withSecondRow()));
        assertEquals(2, two.size(), two.toString());
        assertEquals(Fingerprints.of(two.get(0)), Fingerprints.of(two.get(1)), "the premise: the message prints the name, not the target");
    }

    @Test
    void theDiffListsTheSecondRowsFindingAsNew() throws Exception {
        Path base = tmp.resolve("out-base");
        Path current = tmp.resolve("out-current");
        DiffLanguageTest.report(t18(), Messages.ZH, base);
        DiffLanguageTest.report(withSecondRow(), Messages.ZH, current);
        ScoreDiff.Result d = DiffLanguageTest.compare(base, current);
        List<FindingRecord> added = d.newFindings().stream().filter(f -> f.rule().equals("indicator-input-as-output")).toList();
        assertEquals(1, added.size(), String.valueOf(d.newFindings()));
        assertEquals(List.of(), d.resolvedFindings().stream().filter(f -> f.rule().equals("indicator-input-as-output")).toList());
        // and the other way round: the row taken out again is one resolved finding
        ScoreDiff.Result back = DiffLanguageTest.compare(current, base);
        assertEquals(1, back.resolvedFindings().stream().filter(f -> f.rule().equals("indicator-input-as-output")).count());
    }

    @Test
    void aBaselineOfTheFirstRowDoesNotHoldTheSecond() throws Exception {
        Path project = tmp.resolve("t18");
        Samples.copyTree(t18(), project);
        List<Finding> one = paidOut(all(project));
        assertEquals(1, one.size());
        Path file = project.resolve("jixiao-baseline.json");
        Files.writeString(file, Baseline.render(one), StandardCharsets.UTF_8);
        Path two = withSecondRow();
        Review r = Review.of(all(two), Suppressions.none(), Baseline.load(project, file));
        assertEquals(1, paidOut(r.findings()).stream().filter(f -> !r.baselined().contains(f)).count(),
                "one of the two is the baselined problem, the other is reported");
        // a baseline of both rows holds both
        Files.writeString(file, Baseline.render(paidOut(all(two))), StandardCharsets.UTF_8);
        Review both = Review.of(all(two), Suppressions.none(), Baseline.load(project, file));
        assertEquals(0, paidOut(both.findings()).stream().filter(f -> !both.baselined().contains(f)).count());
    }
}
