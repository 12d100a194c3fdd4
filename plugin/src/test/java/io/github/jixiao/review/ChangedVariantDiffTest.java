package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel.FindingRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * jixiao:diff pairs a finding whose message variant changed at its place (the same rule, file and pointer) as one
 * changed finding: indicator-target-missed's warning on a row without a reason becomes its "explained" note once the
 * reason is written (trial s30-G item 12, 濉溪 扶贫临时救助标准), which was one new and one resolved finding. Two
 * findings of one rule at two rows stay two; the fixture is the rule's own (at-least-missed: 招引人才数量 ≥ 200 人, 150 人).
 */
class ChangedVariantDiffTest {

    @TempDir
    Path tmp;

    private Path round(String name, Consumer<JsonNode> edit) throws Exception {
        return round(name, "at-least-missed", edit);
    }

    private Path round(String name, String flag, Consumer<JsonNode> edit) throws Exception {
        Path fixture = Path.of(ChangedVariantDiffTest.class.getResource(
                "/rules/indicator-target-missed/flags/" + flag + ".json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        Path project = tmp.resolve(name);
        Path sub = project.resolve("submission");
        Files.createDirectories(sub);
        for (var e : bundle.properties()) {
            if (e.getKey().equals("indicators")) {
                edit.accept(e.getValue().path("indicators"));
            }
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        Path out = tmp.resolve("out-" + name);
        DiffLanguageTest.report(project, Messages.ZH, out);
        return out;
    }

    private static List<FindingRecord> missed(List<FindingRecord> list) {
        return list.stream().filter(f -> f.rule().equals("indicator-target-missed")).toList();
    }

    @Test
    void aWarningThatBecomesItsExplainedNoteIsOneChangedFinding() throws Exception {
        Path bare = round("bare", ind -> { });
        Path said = round("said", ind -> ((ObjectNode) ind.get(0)).put("explanation", "人才引进政策年中才出台，下半年加大宣传力度"));
        ScoreDiff.Result d = DiffLanguageTest.compare(bare, said);
        assertEquals(List.of(), missed(d.newFindings()));
        assertEquals(List.of(), missed(d.resolvedFindings()));
        assertEquals(List.of(), d.raisedFindings(), "a warning lowered to a note is no new problem");
        List<ScoreDiff.Changed> ch = d.changedFindings().stream().filter(c -> c.after().rule().equals("indicator-target-missed")).toList();
        assertEquals(1, ch.size(), d.changedFindings().toString());
        assertEquals("/indicators/0/actual", ch.get(0).after().pointer());
        Messages m = new Messages(Messages.ZH);
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
        assertTrue(md.contains("### 改变的问题（1）"), md);
        // both severities said where the change lowered it
        assertTrue(md.contains("indicators.json:") && md.contains(" — 严重程度降低：警告 → 提示\n  - 之前："), md);
        assertTrue(md.contains("### 新出现的问题（0）"), md);
        String en = ScoreDiff.markdown(d, new Messages(java.util.Locale.ENGLISH), ScoreDiff.Links.none(),
                FrameworkNames.of(d.frameworkId(), new Messages(java.util.Locale.ENGLISH)));
        assertTrue(en.contains(" — severity lowered: warning → info"), en);
    }

    /**
     * A bare target (劳务派遣人数 34 人, no comparator; 30 人 done): the warning is at the row's target, where the comparator
     * is to be written; once the reason is written it is the "explained" note at the row's actual. Another pointer, so it
     * was one resolved and one new finding (s32 item 4); the same rule on the same row, one on each side: one changed
     * finding, its severity lowered. Another row's finding is not taken for it.
     */
    @Test
    void aWarningThatMovesWithinItsRowIsOneChangedFinding() throws Exception {
        Path bare = round("bare-t", "bare-target", ind -> { });
        Path said = round("said-t", "bare-target", ind -> ((ObjectNode) ind.get(0)).put("explanation", "部分派遣人员合同到期未续签"));
        ScoreDiff.Result d = DiffLanguageTest.compare(bare, said);
        assertEquals(List.of(), missed(d.newFindings()), d.newFindings().toString());
        assertEquals(List.of(), missed(d.resolvedFindings()), d.resolvedFindings().toString());
        List<ScoreDiff.Changed> ch = d.changedFindings().stream().filter(c -> c.after().rule().equals("indicator-target-missed")).toList();
        assertEquals(1, ch.size(), d.changedFindings().toString());
        assertEquals("/indicators/0/target", ch.get(0).before().pointer());
        assertEquals("/indicators/0/actual", ch.get(0).after().pointer());
        Messages m = new Messages(Messages.ZH);
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
        assertTrue(md.contains(" — 严重程度降低：警告 → 提示\n  - 之前：指标“劳务派遣人数”的指标值"), md);
        // the note on another row (a second indicator, explained) while the first's warning is resolved: two rows, not paired
        Path other = round("other-t", "bare-target", ind -> {
            ObjectNode second = ((ObjectNode) ind.get(0)).deepCopy();
            second.put("name", "外聘人员人数").put("target", "≥ 34 人").put("explanation", "部分人员合同到期未续签");
            ((tools.jackson.databind.node.ArrayNode) ind).add(second);
            ((ObjectNode) ind.get(0)).put("actual", "34 人");
        });
        ScoreDiff.Result apart = DiffLanguageTest.compare(bare, other);
        assertEquals(List.of("/indicators/0/target"), missed(apart.resolvedFindings()).stream().map(FindingRecord::pointer).toList());
        assertEquals(List.of("/indicators/1/actual"), missed(apart.newFindings()).stream().map(FindingRecord::pointer).toList());
        assertEquals("/indicators/3", ScoreDiff.row("/indicators/3/target"));
        assertEquals("/tasks/2/indicators/1", ScoreDiff.row("/tasks/2/indicators/1"));
        assertEquals(null, ScoreDiff.row("/procurement/actual"));
    }

    /**
     * The reverse, the reason deleted: the note becomes a warning again. That is a new warning to the reviewer (the
     * check fails on it as on any new one: its fingerprint is not the note's), so diff.md counts and lists it among
     * the new findings with its severity before → after, diff.json gives it under raisedFindings, and the console's
     * line counts it as a new warning.
     */
    @Test
    void aNoteThatBecomesAWarningIsANewProblem() throws Exception {
        Path bare = round("bare2", ind -> { });
        Path said = round("said2", ind -> ((ObjectNode) ind.get(0)).put("explanation", "人才引进政策年中才出台，下半年加大宣传力度"));
        ScoreDiff.Result d = DiffLanguageTest.compare(said, bare);
        assertEquals(List.of(), missed(d.newFindings()));
        assertEquals(List.of(), missed(d.resolvedFindings()));
        assertTrue(d.changedFindings().stream().noneMatch(c -> c.after().rule().equals("indicator-target-missed")), d.changedFindings().toString());
        assertEquals(1, d.raisedFindings().size(), d.raisedFindings().toString());
        ScoreDiff.Changed up = d.raisedFindings().get(0);
        assertEquals("info", up.before().severity());
        assertEquals("warning", up.after().severity());
        assertEquals("/indicators/0/actual", up.after().pointer());
        // fingerprints are as the check writes them: the warning's is not the note's (so a baseline of the note does not hold it)
        assertTrue(!up.before().fingerprint().equals(up.after().fingerprint()));
        Messages m = new Messages(Messages.ZH);
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
        int n = d.newFindings().size() + 1;
        assertTrue(md.contains("### 新出现的问题（" + n + "）"), md);
        String section = md.substring(md.indexOf("### 新出现的问题"), md.indexOf("### 改变的问题"));
        assertTrue(section.contains("`indicator-target-missed`") && section.contains(" — 严重程度提高：提示 → 警告\n  - 之前："), section);
        assertTrue(section.startsWith("### 新出现的问题（" + n + "）\n\n- 警告"), section); // no "无。" before it
        tools.jackson.databind.JsonNode json = Json.mapper().readTree(ScoreDiff.json(d));
        assertEquals("warning", json.at("/raisedFindings/0/after/severity").asString(), json.toString());
        io.github.jixiao.report.ConsoleReport.Line line = ScoreDiff.findingsLine(d, m, Path.of("target/jixiao/diff.md"));
        assertEquals(io.github.jixiao.finding.Severity.WARNING, line.level());
        assertTrue(line.text().startsWith("jixiao：新出现的问题 " + n + " 个（") && line.text().contains("其中 1 个是原有问题的严重程度提高"), line.text());
        String en = ScoreDiff.findingsLine(d, new Messages(java.util.Locale.ENGLISH), Path.of("target/jixiao/diff.md")).text();
        assertTrue(en.contains("1 of them earlier findings whose severity was raised"), en);
    }

    /**
     * The same finding (one fingerprint: the text did not change) at a higher severity, the rule configured so
     * (pom.xml's {@code <rules>}: indicator-target-missed at error): listed as a new problem, warning → error, where it
     * was not listed at all; and back, error → warning, a changed finding.
     */
    @Test
    void theSameFindingAtAHigherSeverityIsANewProblem() throws Exception {
        Path plain = round("plain", ind -> { });
        Path project = tmp.resolve("plain");
        Path strict = tmp.resolve("out-strict");
        io.github.jixiao.engine.EngineResult r = new io.github.jixiao.engine.Engine().run(new io.github.jixiao.engine.EngineOptions(
                project, project.resolve("submission"), null, null, null,
                io.github.jixiao.lint.RuleConfig.of(List.of(new io.github.jixiao.lint.RuleConfig.Entry("indicator-target-missed", "error", java.util.Map.of())))));
        io.github.jixiao.report.ReportWriter.write(Files.createDirectories(strict), r, java.util.Map.of(), new Messages(Messages.ZH), DiffLanguageTest.META);
        ScoreDiff.Result up = DiffLanguageTest.compare(plain, strict);
        assertEquals(List.of(), missed(up.newFindings()));
        assertEquals(1, up.raisedFindings().size(), up.toString());
        assertEquals(up.raisedFindings().get(0).before().fingerprint(), up.raisedFindings().get(0).after().fingerprint());
        Messages m = new Messages(Messages.ZH);
        assertTrue(ScoreDiff.markdown(up, m).contains(" — 严重程度提高：警告 → 错误"), ScoreDiff.markdown(up, m));
        ScoreDiff.Result down = DiffLanguageTest.compare(strict, plain);
        assertEquals(List.of(), down.raisedFindings());
        assertEquals(1, down.changedFindings().stream().filter(c -> c.after().rule().equals("indicator-target-missed")).count());
        assertTrue(ScoreDiff.markdown(down, m).contains(" — 严重程度降低：错误 → 警告"), ScoreDiff.markdown(down, m));
    }

    @Test
    void findingsAtTwoRowsStayApart() throws Exception {
        // round 1: row 0 missed; round 2: row 0 met, row 1 missed with a reason — another row, not the same finding
        Path one = round("one", ind -> { });
        Path two = round("two", ind -> {
            ((ObjectNode) ind.get(0)).put("actual", "210 人");
            ((ObjectNode) ind.get(1)).put("actual", "50 个").put("explanation", "项目储备不足");
        });
        ScoreDiff.Result d = DiffLanguageTest.compare(one, two);
        assertEquals(1, missed(d.newFindings()).size(), d.newFindings().toString());
        assertEquals(1, missed(d.resolvedFindings()).size(), d.resolvedFindings().toString());
        assertTrue(d.changedFindings().stream().noneMatch(c -> c.after().rule().equals("indicator-target-missed")), d.changedFindings().toString());
    }
}
