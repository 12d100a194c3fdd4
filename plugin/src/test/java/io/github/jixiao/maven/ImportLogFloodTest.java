package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Session 34 (hostile round 3): a re-import says each field of the old files it keeps or drops, one line each. An old
 * budget.json of tens of thousands of tiny fields (the old files are the pull request's, up to 16 MB: about a million
 * such fields) printed a line for every one of them into the CI log. The log now prints the first
 * {@link ImportMojo#MAX_LINES} and counts the rest on one line. 湘潭 2024's published 目标表, re-imported over its own
 * files with 30,000 fields typed into budget.json.
 */
class ImportLogFloodTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FIELDS = 30_000;

    @TempDir
    Path tmp;

    private ImportMojo mojo(CheckMojoTest.Console log) throws Exception {
        ImportMojo m = new ImportMojo();
        CheckMojoTest.set(m, "basedir", tmp.toFile());
        CheckMojoTest.set(m, "workbook", "forms/目标表.xlsx");
        CheckMojoTest.set(m, "submissionDirectory", tmp.resolve("submission").toFile());
        CheckMojoTest.set(m, "locale", "en");
        CheckMojoTest.set(m, "overwrite", true);
        m.setLog(log);
        return m;
    }

    @Test
    void thousandsOfOldFieldsAreCountedNotEachPrinted() throws Exception {
        Files.createDirectories(tmp.resolve("forms"));
        try (InputStream in = ImportLogFloodTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx")) {
            Files.copy(in, tmp.resolve("forms/目标表.xlsx"));
        }
        mojo(new CheckMojoTest.Console()).execute();
        Path budget = tmp.resolve("submission/budget.json");
        ObjectNode b = (ObjectNode) JSON.readTree(Files.readString(budget));
        for (int i = 0; i < FIELDS; i++) {
            b.put("x" + i, i);
        }
        Files.writeString(budget, JSON.writeValueAsString(b), StandardCharsets.UTF_8);
        CheckMojoTest.Console log = new CheckMojoTest.Console();
        mojo(log).execute();
        long each = log.lines.stream().filter(l -> l.contains("budget.json#/x")).count();
        assertEquals(ImportMojo.MAX_LINES, each, "the first fields one by one");
        assertTrue(log.lines.size() < ImportMojo.MAX_LINES + 50, () -> log.lines.size() + " lines");
        int rest = FIELDS - ImportMojo.MAX_LINES;
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("and " + String.format(java.util.Locale.ROOT, "%,d", rest)
                + " more field(s) of the old files") || l.contains("and " + rest + " more field(s) of the old files")),
                () -> String.join("\n", log.lines.subList(Math.max(0, log.lines.size() - 5), log.lines.size())));
        String kept = Files.readString(budget, StandardCharsets.UTF_8);
        assertTrue(kept.contains("\"x29999\""), "every field is still kept in the file: only the log is shorter");
    }
}
