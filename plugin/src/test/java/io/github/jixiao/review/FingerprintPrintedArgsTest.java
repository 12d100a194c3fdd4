package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A finding is what its message says: an argument the message prints in neither language (indicator-input-as-output
 * passes the target text, which its "name" message does not show) is no part of its fingerprint. 商务 2020 (t18)'s
 * 资金拨付及时性 (target 98%以上) is flagged as money paid out; with its target written "≥ 98%" and its row moved to
 * the end, the same finding is neither new nor resolved in the diff, and stays in a baseline written before.
 */
class FingerprintPrintedArgsTest {
    @TempDir
    Path tmp;

    private static Path t18() throws Exception {
        return Path.of(FingerprintPrintedArgsTest.class.getResource("/real-tables/t18-shangwu-fuwumaoyi-2020").toURI());
    }

    /** t18 with 资金拨付及时性's target rewritten and its row moved to the end of indicators.json. */
    private Path edited() throws Exception {
        Path project = tmp.resolve("edited");
        Samples.copyTreeEditingIndicators(t18(), project, root -> {
            ArrayNode rows = (ArrayNode) root.get("indicators");
            ObjectNode row = (ObjectNode) rows.get(5);
            assertEquals("资金拨付及时性", row.get("name").asString());
            row.put("target", "≥ 98%");
            rows.remove(5);
            rows.add(row);
        });
        return project;
    }

    private static Finding paidOut(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("indicator-input-as-output") && f.args().get(0).equals("资金拨付及时性"))
                .findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
    }

    @Test
    void anArgumentTheMessageDoesNotPrintIsNoPartOfTheFingerprint() throws Exception {
        Finding before = paidOut(new Engine().run(EngineOptions.of(t18(), t18().resolve("submission"))).findings());
        Path e = edited();
        Finding after = paidOut(new Engine().run(EngineOptions.of(e, e.resolve("submission"))).findings());
        assertEquals("name", before.key());
        assertNotEquals(before.args().get(1), after.args().get(1), "the target (argument 1, not printed) changed");
        assertNotEquals(before.pointer(), after.pointer());
        Messages zh = new Messages(Messages.ZH);
        assertEquals(zh.message(before), zh.message(after), "the reader sees one finding");
        assertEquals(Fingerprints.of(before), Fingerprints.of(after));
        assertNotEquals(Fingerprints.legacy(before), Fingerprints.legacy(after), "as it was: the target hashed");
        // a printed argument still tells findings apart
        Finding renamed = new Finding(before.ruleId(), before.severity(), before.key(), List.of("资金拨付完成率", before.args().get(1),
                before.args().get(2)), before.file(), before.pointer(), before.line(), before.column(), before.criterion());
        assertNotEquals(Fingerprints.of(before), Fingerprints.of(renamed));
    }

    @Test
    void aFindingWhoseArgumentsAreAllPrintedKeepsItsFingerprint() throws Exception {
        Path sample = Samples.copyTo(tmp.resolve("sample"));
        List<Finding> all = new Engine().run(EngineOptions.of(tmp.resolve("sample"), sample)).findings();
        // most findings: every argument printed, the fingerprint as earlier versions gave it (baselines and alerts stay)
        // (a variant that is another with details added, sameAs, as the other's: indicator-target-no-comparator's rate-full,
        // session 48, is the plain note an earlier version gave, and its baseline entry holds)
        long same = all.stream().filter(f -> Fingerprints.of(f).equals(Fingerprints.legacy(f.ruleId(), f.file(),
                io.github.jixiao.lint.RuleRegistry.descriptor(f.ruleId()).map(d -> d.identityKey(f.key())).orElse(f.key()), f.args()))).count();
        assertTrue(same >= all.size() - 3, same + " of " + all.size());
    }

    @Test
    void theDiffNamesNeitherANewNorAResolvedFinding() throws Exception {
        Path base = tmp.resolve("out-base");
        Path current = tmp.resolve("out-current");
        DiffLanguageTest.report(t18(), Messages.ZH, base);
        DiffLanguageTest.report(edited(), Messages.ZH, current);
        ScoreDiff.Result d = DiffLanguageTest.compare(base, current);
        for (List<FindingRecord> list : Stream.of(d.newFindings(), d.resolvedFindings()).toList()) {
            assertTrue(list.stream().noneMatch(f -> f.rule().equals("indicator-input-as-output")), list.toString());
        }
        assertTrue(d.changedFindings() == null || d.changedFindings().stream().noneMatch(c -> c.toString().contains("资金拨付及时性")), String.valueOf(d.changedFindings()));
        // a base written by an earlier version (its fingerprint hashed the target too) is compared all the same
        Finding f = paidOut(new Engine().run(EngineOptions.of(t18(), t18().resolve("submission"))).findings());
        Path json = base.resolve("findings.json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(text.contains(Fingerprints.of(f)));
        Files.writeString(json, text.replace(Fingerprints.of(f), Fingerprints.legacy(f)), StandardCharsets.UTF_8);
        ScoreDiff.Result old = DiffLanguageTest.compare(base, current);
        assertEquals(d.newFindings().size(), old.newFindings().size(), String.valueOf(old.newFindings()));
        assertEquals(d.resolvedFindings().size(), old.resolvedFindings().size(), String.valueOf(old.resolvedFindings()));
    }

    @Test
    void aBaselineWrittenBeforeStillHoldsTheFinding() throws Exception {
        Path project = tmp.resolve("t18");
        Samples.copyTree(t18(), project);
        Finding f = paidOut(new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings());
        Path file = project.resolve("jixiao-baseline.json");
        // an entry as earlier versions wrote it: every argument hashed
        Files.writeString(file, "{\"findings\": [{\"fingerprint\": \"" + Fingerprints.legacy(f)
                + "\", \"rule\": \"indicator-input-as-output\", \"file\": \"submission/indicators.json\"}]}", StandardCharsets.UTF_8);
        assertEquals(Fingerprints.legacy(f), Baseline.load(project, file).match(f));
        // one written now: the current fingerprint, which holds the finding whatever its target says
        Files.writeString(file, Baseline.render(List.of(f)), StandardCharsets.UTF_8);
        assertEquals(Fingerprints.of(f), Baseline.load(project, file).match(f));
        Path e = edited();
        assertEquals(Fingerprints.of(f), Baseline.load(project, file).match(paidOut(new Engine().run(EngineOptions.of(e, e.resolve("submission"))).findings())));
    }
}
