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
        Path sub = Files.createDirectories(tmp.resolve("submission"));
        for (var e : bundle.properties()) {
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        List<String> quoted = new Engine().run(EngineOptions.of(tmp, sub)).findings().stream()
                .filter(f -> f.ruleId().equals("placeholder-left") && f.key().equals("template-mark-name"))
                .map(f -> f.args().get(1)).toList();
        assertEquals(List.of("≥**人次", "≥**元/户·年", "≥**人"), quoted);
    }
}
