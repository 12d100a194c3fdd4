package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * indicator-target-missed on a bare target (劳务派遣人数 34 人 → 30 人, the rule's bare-target fixture) asks for ≥, ≤ or =
 * in the target: it is at the target, where that is written (it was at the actual, trial s30-G item 6), and says the
 * reading as indicator-target-no-comparator does (按正向指标（越高越好）理解, not 按指标名称理解), in its place: that note is
 * left out beside it (one defect, one finding). Its fingerprint is the one it had: the words of the reading are details.
 */
class BareTargetMissedTest {
    @TempDir
    Path tmp;

    @Test
    void aBareTargetMissedIsAtTheTargetAndReadAsTheNoComparatorNoteReadsIt() throws Exception {
        Path fixture = Path.of(BareTargetMissedTest.class.getResource("/rules/indicator-target-missed/flags/bare-target.json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        Path sub = tmp.resolve("submission");
        Files.createDirectories(sub);
        for (var e : bundle.properties()) {
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        List<Finding> all = new Engine().run(EngineOptions.of(tmp, sub)).findings();
        Finding missed = all.stream().filter(f -> f.ruleId().equals("indicator-target-missed")).findFirst().orElseThrow();
        assertEquals("bare", missed.key());
        assertEquals("/indicators/0/target", missed.pointer(), "where ≥, ≤ or = is to be written");
        // one defect, one finding (Engine.bareMissedOnce): the no-comparator note is not at the same target beside it
        assertTrue(all.stream().noneMatch(f -> f.ruleId().equals("indicator-target-no-comparator") && f.pointer().equals(missed.pointer())),
                all.toString());
        Messages zh = new Messages(Messages.ZH);
        assertTrue(zh.message(missed).contains("按正向指标（越高越好）理解为“≥ 34 人”"), zh.message(missed));
        assertFalse(zh.message(missed).contains("指标名称"), zh.message(missed));
        String en = new Messages(Locale.ENGLISH).message(missed);
        assertTrue(en.contains("(the higher the better)") && en.contains("in the target"), en);
        assertFalse(en.contains("by its name"), en);
        // the fingerprint of the four arguments it had before (all printed then: the legacy hash is that one)
        assertEquals(Fingerprints.legacy(missed.ruleId(), missed.file(), missed.key(), missed.args().subList(0, 4)), Fingerprints.of(missed));
    }
}
