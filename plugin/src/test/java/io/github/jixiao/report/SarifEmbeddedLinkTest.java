package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session 34 (hostile round 3): SARIF's message text is plain text with embedded links (SARIF 2.1.0 §3.11.6):
 * {@code [text](target)} is a link to a related location (a number) or to any address, which SARIF viewers show as a
 * link, and literal brackets are to be escaped with a backslash. A finding's message quotes the submission's values (an
 * indicator's name), so a name {@code [点此查看](https://evil.example)} put a link to that address into the alert. Every
 * bracket of a message is escaped now (a backslash before one too).
 */
class SarifEmbeddedLinkTest {
    private static final String LINK = "[点此查看](https://evil.example/x)";

    @TempDir
    Path tmp;

    @Test
    void bracketsAreEscapedAndABackslashBeforeOne() {
        assertEquals("\\[点此查看\\](https://evil.example/x)", Sarif.plain(LINK));
        assertEquals("a\\\\\\[b\\](1)", Sarif.plain("a\\[b](1)"), "a backslash of the data cannot undo the escape");
        assertEquals("C:\\dir 无括号", Sarif.plain("C:\\dir 无括号"), "other backslashes as they are");
        assertEquals("没有方括号的消息", Sarif.plain("没有方括号的消息"));
    }

    @Test
    void noFindingsMessageHoldsAnEmbeddedLinkFromTheData() throws Exception {
        Path sub = Samples.copyTo(tmp);
        Path ind = sub.resolve("indicators.json");
        // every indicator named with a link before its name (a name a finding quotes)
        Files.writeString(ind, Files.readString(ind, StandardCharsets.UTF_8).replaceAll("\"name\": \"", "\"name\": \""
                + LINK.replace("\\", "\\\\")), StandardCharsets.UTF_8);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));
        JsonNode sarif = JsonMapper.builder().build().readTree(Files.readString(out.resolve("findings.sarif"), StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        for (JsonNode res : sarif.get("runs").get(0).get("results")) {
            texts.add(res.get("message").get("text").asString());
            for (JsonNode rel : res.path("relatedLocations")) {
                texts.add(rel.get("message").get("text").asString());
            }
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("\\[点此查看\\](https://evil.example/x)")),
                "a message quotes a name: " + texts);
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '[' || t.charAt(i) == ']') {
                    int slashes = 0;
                    for (int j = i - 1; j >= 0 && t.charAt(j) == '\\'; j--) {
                        slashes++;
                    }
                    assertEquals(1, slashes % 2, "an unescaped bracket: " + t);
                }
            }
        }
        assertFalse(texts.isEmpty());
    }
}
