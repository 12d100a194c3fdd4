package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.AdjustmentAfterMismatch;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * adjustment-after-mismatch names where the budget figure it holds the last adjustment to stands, by its line in
 * tasks.json or budget.json (and its cell, when imported). A finding's fingerprint is never the line (docs/ci.md: a
 * baseline follows a finding wherever its row goes), yet that line was an argument the message prints, so a line
 * added above the figure made the finding a new one and its baseline entry stale (before session 33). The line and
 * the cell are now details: the message still says them, the fingerprint does not depend on them.
 */
class AdjustmentLineMovesTest {

    @TempDir
    Path tmp;

    private Finding finding(String fixture, String insertBefore, String key) throws Exception {
        Path file = RuleFixtures.root().resolve("adjustment-after-mismatch/flags/" + fixture + ".json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (insertBefore != null) {
            assertTrue(json.contains(insertBefore), insertBefore);
            // three lines more above the figure (blank here; a field or a task added above it moves it alike)
            json = json.replace(insertBefore, "\n\n\n    " + insertBefore);
        }
        Path copy = tmp.resolve((insertBefore == null ? "a-" : "b-") + fixture + ".json");
        Files.writeString(copy, json, StandardCharsets.UTF_8);
        List<Finding> fs = RuleFixtures.run(new AdjustmentAfterMismatch(),
                RuleFixtures.load("adjustment-after-mismatch", RuleFixtures.FLAGS, copy)).stream()
                .filter(f -> f.key().equals(key)).toList();
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    @Test
    void aLineAddedAboveTheTasksBudgetLeavesTheFinding() throws Exception {
        Finding before = finding("last-of-two-differs", null, "");
        Finding after = finding("last-of-two-differs", "\"tasks\": [", "");
        Messages zh = new Messages(Messages.ZH);
        assertNotEquals(zh.message(before), zh.message(after), "the message names the figure's line, which moved");
        assertTrue(zh.message(after).contains("tasks.json 第 "), zh.message(after));
        assertEquals(Fingerprints.of(before), Fingerprints.of(after));
    }

    @Test
    void aLineAddedAboveTheFullYearBudgetLeavesTheFinding() throws Exception {
        String fixture = "department-total-differs";
        String json = Files.readString(RuleFixtures.root().resolve("adjustment-after-mismatch/flags/" + fixture + ".json"), StandardCharsets.UTF_8);
        String anchor = json.contains("\"fullYearBudget\"") ? "\"fullYearBudget\"" : "\"funds\"";
        Finding before = finding(fixture, null, "department");
        Finding after = finding(fixture, anchor, "department");
        Messages zh = new Messages(Messages.ZH);
        assertNotEquals(zh.message(before), zh.message(after), "the message names the figure's line, which moved");
        assertEquals(Fingerprints.of(before), Fingerprints.of(after));
    }
}
