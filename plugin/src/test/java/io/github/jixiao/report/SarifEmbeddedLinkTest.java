package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * The workbook cell of a finding's message (session 40) is an embedded link whose text is the sidecar's cell name, which
     * a pull request may write: brackets in it are escaped, line breaks are spaces, and a backslash at its end no longer
     * escapes the link's closing bracket (表\ left the link unclosed).
     */
    @Test
    void theCellLinkIsClosedWhateverTheSidecarNamesTheCell() throws Exception {
        Finding finding = new Finding("indicator-target-missed", Severity.WARNING, "", List.of("x"),
                "submission/indicators.json", "/indicators/0/actual", 7, 3, null);
        for (String name : List.of("表\\\\", "表\\", "表](https://evil.example/x)[", "表\\](2)", "a\nb)(", "**表**!A1")) {
            Path project = Files.createDirectories(tmp.resolve("p" + Math.abs(name.hashCode())));
            Path sub = Files.createDirectories(project.resolve("submission"));
            Files.writeString(sub.resolve(Cells.SIDECAR), "{\"workbook\":\"forms/x.xlsx\",\"type\":\"xlsx\",\"cells\":{"
                    + "\"submission/indicators.json#/indicators/0\":" + JsonMapper.builder().build().writeValueAsString(name) + "}}",
                    StandardCharsets.UTF_8);
            Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(project, sub));
            JsonNode sarif = JsonMapper.builder().build().readTree(Json.write(Sarif.tree(List.of(new Sarif.Entry(finding, null)),
                    new Messages(Locale.ENGLISH), "0", Snippets.none(), cells)));
            String text = sarif.get("runs").get(0).get("results").get(0).get("message").get("text").asString();
            assertTrue(text.endsWith("](1))"), text);
            int open = text.lastIndexOf(" ([cell ");
            assertTrue(open > 0, text);
            String link = text.substring(open + 2, text.length() - 1); // [cell …](1)
            // the link's own brackets unescaped (an even run of backslashes before each), every other one escaped
            for (int i = 0; i < link.length(); i++) {
                if (link.charAt(i) == '[' || link.charAt(i) == ']') {
                    int slashes = 0;
                    for (int j = i - 1; j >= 0 && link.charAt(j) == '\\'; j--) {
                        slashes++;
                    }
                    boolean own = i == 0 || i == link.length() - 4;
                    assertEquals(own ? 0 : 1, slashes % 2, "bracket " + i + " of " + link);
                }
            }
            assertFalse(link.contains("\n"), link);
        }
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
