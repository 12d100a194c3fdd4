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
        Path fixture = Path.of(ChangedVariantDiffTest.class.getResource(
                "/rules/indicator-target-missed/flags/at-least-missed.json").toURI());
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
        for (Path[] pair : new Path[][] {{bare, said}, {said, bare}}) {
            ScoreDiff.Result d = DiffLanguageTest.compare(pair[0], pair[1]);
            assertEquals(List.of(), missed(d.newFindings()), pair[0] + " → " + pair[1]);
            assertEquals(List.of(), missed(d.resolvedFindings()), pair[0] + " → " + pair[1]);
            List<ScoreDiff.Changed> ch = d.changedFindings().stream().filter(c -> c.after().rule().equals("indicator-target-missed")).toList();
            assertEquals(1, ch.size(), d.changedFindings().toString());
            assertEquals("/indicators/0/actual", ch.get(0).after().pointer());
            Messages m = new Messages(Messages.ZH);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            assertTrue(md.contains("### 改变的问题（1）"), md);
            assertFalse(md.substring(md.indexOf("### 新出现的问题")).startsWith("### 新出现的问题（1）"), md);
        }
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
