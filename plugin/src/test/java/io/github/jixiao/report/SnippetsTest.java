package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {
    @TempDir
    Path dir;

    private Snippets.Region at(String line, int column) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\n" + line + "\n}\n", StandardCharsets.UTF_8);
        return Snippets.of(dir).region("a.json", 2, column);
    }

    /** A code review marks the value a finding is about, not the comma or the brace after it. */
    @Test
    void theRegionIsTheValueNotTheRestOfTheLine() throws Exception {
        assertEquals("\"≥ 60 个\"", at("  \"target\": \"≥ 60 个\",", 13).text());
        assertEquals("\"a \\\"quoted\\\" \\\\ 字\"", at("  \"name\": \"a \\\"quoted\\\" \\\\ 字\", \"x\": 1", 11).text());
        assertEquals("3200.5", at("  \"amount\": 3200.5, \"unit\": \"元\"", 13).text());
        assertEquals("-1e3", at("  \"amount\": -1e3}", 13).text());
        assertEquals("null", at("  \"actual\": null", 13).text());
        Snippets.Region r = at("  \"target\": \"≥ 60 个\",", 13);
        assertEquals(13, r.startColumn());
        assertEquals(13 + "\"≥ 60 个\"".length(), r.endColumn());
    }

    /** An object or array, a string not closed on its line: the rest of the line, as before. */
    @Test
    void otherwiseTheRestOfTheLine() throws Exception {
        assertEquals("{\"amount\": 1, \"unit\": \"元\"},", at("  \"total\": {\"amount\": 1, \"unit\": \"元\"},", 12).text());
        assertEquals("[1, 2],", at("  \"q\": [1, 2],", 8).text());
        assertEquals("\"open", at("  \"name\": \"open", 11).text());
    }
}
