package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.CpuBound;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stale baseline entry is "changed" where this run has an unheld finding of its rule at its place on a row that may be
 * its own (session 37: of its name, or of none). Session 37 read the name of every finding at the place for each entry:
 * a row of 20,000 unknown keys (20,000 schema findings at /indicators/0) against a baseline of their 20,000 entries,
 * stale and naming another row, took 181 s (entries × findings at one place). The names at a place are read once.
 */
class StaleEntriesAtOnePlaceTest {
    @TempDir
    Path tmp;

    private static final int KEYS = 20_000;

    @Test
    void manyStaleEntriesAtThePlaceOfManyFindingsAreReadInLinearTime() throws Exception {
        Path sub = Samples.copyTo(tmp);
        Path ind = sub.resolve("indicators.json");
        JsonNode root = Json.mapper().readTree(Files.readAllBytes(ind));
        ObjectNode row = (ObjectNode) root.get("indicators").get(0);
        String name = row.get("name").asString();
        for (int k = 0; k < KEYS; k++) {
            row.put("unknown" + k, k);
        }
        Files.write(ind, Json.mapper().writeValueAsBytes(root));
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        long atRow = r.findings().stream().filter(f -> f.ruleId().equals("schema") && f.pointer().equals("/indicators/0")).count();
        assertEquals(KEYS, atRow, "one schema finding a key, all at the row");

        // every finding's entry as jixiao:baseline writes it, its fingerprint another (stale), and moved to the row's
        // place: named another row (three in four), the row's own name, or none
        Messages zh = new Messages(Messages.ZH);
        JsonNode base = Json.mapper().readTree(Baseline.render(r.findings(), zh.forResult(r), Baseline.namesIn(tmp)));
        ArrayNode entries = (ArrayNode) base.get("findings");
        int k = 0;
        for (JsonNode n : entries) {
            ObjectNode e = (ObjectNode) n;
            e.put("fingerprint", "stale-" + k).put("rule", "schema").put("file", "submission/indicators.json")
                    .put("pointer", "/indicators/0").put("name", k % 4 == 1 ? name : k % 4 == 2 ? "" : "另一个指标");
            k++;
        }
        Path baseFile = tmp.resolve("jixiao-baseline.json");
        Files.write(baseFile, Json.mapper().writeValueAsBytes(base));

        Review review = CpuBound.within(Duration.ofSeconds(60),
                () -> Review.of(r.findings(), Suppressions.none(), Baseline.load(tmp, baseFile), r.rules()));
        Map<String, Integer> notes = new TreeMap<>();
        for (Finding f : review.findings()) {
            if (f.ruleId().equals("baseline-stale")) {
                notes.merge(f.key().isEmpty() ? "gone" : f.key(), 1, Integer::sum);
            }
        }
        int n = entries.size();
        int ofTheRow = (n + 2) / 4 + (n + 1) / 4; // k % 4 == 1 (the row's name) or 2 (no name)
        assertEquals(Map.of("changed", ofTheRow, "gone", n - ofTheRow), notes,
                "another row's entries are gone; the row's own, and those naming none, changed");
    }
}
