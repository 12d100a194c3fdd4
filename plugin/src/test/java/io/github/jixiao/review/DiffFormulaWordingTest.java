package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an upgrade, jixiao:diff against reports an earlier version wrote (docs/ci.md, "After upgrading jixiao"): session
 * 42 writes 预算执行率's formula with the ratio its cap cut (Q2 min(1, 55.25% / 50% = 1.105)), where it wrote
 * {@code min(1, 55.25% / 50%)}; the score is the same (5.47). A criterion whose score did not move is never listed, whatever
 * its formula (diff.md: 各指标得分均无变化); a finding that quotes the formula (score-claim-mismatch where the department
 * states another score) is listed once as changed, its message before and after, not as new and not as a score change, and
 * the console counts it neither new nor resolved. The reviewer is told so in docs/ci.md.
 */
class DiffFormulaWordingTest {
    @TempDir
    Path tmp;

    private static final String NOW = "55.25% / 50% = 1.105)";
    private static final String BEFORE = "55.25% / 50%)";

    @Test
    void aFormulaWordedAnotherWayIsNoScoreChange() throws Exception {
        Path sub = io.github.jixiao.testing.Samples.copyTo(tmp.resolve("p"));
        Path sa = sub.resolve("self-assessment.json");
        // the department states 6 for 预算执行率 (computed 5.47): score-claim-mismatch quotes the formula
        String text = Files.readString(sa);
        assertTrue(text.contains("\"score\": 5.47,"));
        Files.writeString(sa, text.replace("\"score\": 5.47,", "\"score\": 6,"));
        EngineResult r = DiffLanguageTest.report(tmp.resolve("p"), Messages.ZH, tmp.resolve("cur"));
        // the base: the same reports as the earlier version wrote them (the formula without "= 1.105", each finding's
        // fingerprint of its arguments then)
        Path base = Files.createDirectories(tmp.resolve("base"));
        String summary = Files.readString(tmp.resolve("cur/score-summary.json"));
        assertTrue(summary.contains(NOW), "the formula as session 42 writes it");
        Files.writeString(base.resolve("score-summary.json"), summary.replace(NOW, BEFORE));
        ReportModel.FindingsDocument cur = ReportModel.read(tmp.resolve("cur/findings.json"), ReportModel.FindingsDocument.class);
        List<ReportModel.FindingRecord> old = cur.findings().stream().map(f -> {
            List<String> args = f.args().stream().map(a -> a.replace(NOW, BEFORE)).toList();
            return new ReportModel.FindingRecord(f.rule(), f.severity(), f.file(), f.line(), f.column(), f.pointer(),
                    f.message().replace(NOW, BEFORE), f.key(), args, f.criterion(), Fingerprints.of(f.rule(), f.file(), f.key(), args),
                    f.suppressed());
        }).toList();
        Files.writeString(base.resolve("findings.json"), io.github.jixiao.report.Json.write(new ReportModel.FindingsDocument(cur.tool(),
                cur.pluginVersion(), cur.schemaVersion(), cur.locale(), cur.department(), cur.project(), cur.year(), cur.stage(),
                cur.files(), cur.ruleConfiguration(), old)));

        ScoreDiff.Result d = DiffLanguageTest.compare(base, tmp.resolve("cur"));
        assertTrue(d.moved().isEmpty(), "no criterion moved: " + d.moved());
        assertEquals(0, d.totalBefore().compareTo(d.totalAfter()));
        assertTrue(d.newFindings().isEmpty(), "nothing new: " + d.newFindings());
        assertTrue(d.resolvedFindings().isEmpty(), "nothing resolved: " + d.resolvedFindings());
        assertEquals(1, d.changedFindings().size(), d.changedFindings().toString());
        ScoreDiff.Changed c = d.changedFindings().get(0);
        assertEquals("score-claim-mismatch", c.after().rule());
        // the stated and the computed score are the same on both sides: only the formula's wording differs
        assertEquals(c.before().args().subList(0, 3), c.after().args().subList(0, 3));
        Messages m = new Messages(Messages.ZH).forSheet(r.sheet());
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(r.sheet(), m));
        assertTrue(md.contains("各指标得分均无变化"), md);
        assertTrue(md.contains("### 改变的问题（1）"), md);
    }
}
