package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.report.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * placeholder-left quotes a template's hint left in an indicator's name as the template printed it: 濉溪 2019's
 * 建档立卡…人次数(≥**人次) was quoted “≥**人”, its unit cut after the first character (trial s30-G item 8). The hint
 * in its brackets is quoted whole (≥**人次, ≥**元/户·年), one of a single unit as before (≥**人).
 */
class TemplateHintQuotedWholeTest {
    @TempDir
    Path tmp;

    @Test
    void theHintInItsBracketsIsQuotedWhole() throws Exception {
        Path fixture = Path.of(TemplateHintQuotedWholeTest.class.getResource("/rules/placeholder-left/flags/template-mark-whole-hint.json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        // each name on its own (a table's names are said once, at the first: session 47)
        List<String> quoted = new java.util.ArrayList<>();
        for (int k = 0; k < bundle.at("/indicators/indicators").size(); k++) {
            Path sub = Files.createDirectories(tmp.resolve("row" + k).resolve("submission"));
            for (var e : bundle.properties()) {
                JsonNode doc = e.getValue();
                if (e.getKey().equals("indicators")) {
                    tools.jackson.databind.node.ObjectNode one = ((tools.jackson.databind.node.ObjectNode) doc).deepCopy();
                    tools.jackson.databind.node.ArrayNode rows = one.putArray("indicators");
                    rows.add(doc.at("/indicators").get(k).deepCopy());
                    doc = one;
                }
                Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            }
            new Engine().run(EngineOptions.of(sub.getParent(), sub)).findings().stream()
                    .filter(f -> f.ruleId().equals("placeholder-left") && f.key().equals("template-mark-name"))
                    .forEach(f -> quoted.add(f.args().get(1)));
        }
        assertEquals(List.of("≥**人次", "≥**元/户·年", "≥**人"), quoted);
    }

    /** The table's three names are one note, at the first, with their count (session 47; 同心 下马关 2023, t64, had seven). */
    @Test
    void aTablesNamesAreSaidOnce() throws Exception {
        Path fixture = Path.of(TemplateHintQuotedWholeTest.class.getResource("/rules/placeholder-left/flags/template-mark-whole-hint.json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        Path sub = Files.createDirectories(tmp.resolve("all").resolve("submission"));
        for (var e : bundle.properties()) {
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        List<io.github.jixiao.finding.Finding> said = new Engine().run(EngineOptions.of(sub.getParent(), sub)).findings().stream()
                .filter(f -> f.ruleId().equals("placeholder-left") && f.key().equals("template-mark-name")).toList();
        assertEquals(List.of("/indicators/0/name ≥**人次 3"), said.stream().map(f -> f.pointer() + " " + f.args().get(1) + " " + f.args().get(2)).toList());
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(said.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(zh.contains("里留着模板的填写提示“≥**人次”（共 3 个指标名称如此）。"), zh);
        // the fingerprint is the one a baseline held for the first name's note (the count a detail)
        io.github.jixiao.finding.Finding before = new io.github.jixiao.finding.Finding(said.get(0).ruleId(), said.get(0).severity(),
                said.get(0).key(), said.get(0).args().subList(0, 2), said.get(0).file(), said.get(0).pointer(), said.get(0).line(),
                said.get(0).column(), null);
        assertEquals(io.github.jixiao.report.Fingerprints.of(before), io.github.jixiao.report.Fingerprints.of(said.get(0)));
    }
}
