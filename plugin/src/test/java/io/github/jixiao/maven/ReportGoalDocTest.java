package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's goal table says where {@code jixiao:report} writes its page as the plugin's descriptor has it: in
 * {@code mvn site}, the site's folder ({@code target/site/jixiao.html}); run directly, the report's own
 * {@code outputDirectory} (maven-reporting-impl's {@code ${project.build.directory}/reports}).
 */
class ReportGoalDocTest {
    static final Path README = Path.of(System.getProperty("jixiao.repoRoot", ".."), "README.md");

    @Test
    void theGoalTableNamesBothFoldersTheReportWritesTo() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"), StandardCharsets.UTF_8);
        int mojo = descriptor.indexOf("<goal>report</goal>");
        assertTrue(mojo >= 0, "the descriptor has the report goal");
        String report = descriptor.substring(mojo, descriptor.indexOf("</mojo>", mojo));
        Matcher m = Pattern.compile("<outputDirectory implementation=\"java.io.File\" default-value=\"\\$\\{project.build.directory}/([^\"]+)\"")
                .matcher(report);
        assertTrue(m.find(), report);
        assertEquals("reports", m.group(1), "the folder a report run on its own writes to");
        String row = reportRow(Files.readString(README, StandardCharsets.UTF_8));
        assertTrue(row.contains("`target/site/jixiao.html`"), row);
        assertTrue(row.contains("`target/" + m.group(1) + "/jixiao.html`"), "run directly: " + row);
        assertTrue(row.contains("jixiao:report`)"), row);
    }

    /** The goal table's row of jixiao:report. */
    private static String reportRow(String readme) {
        return readme.lines().filter(l -> l.startsWith("| `jixiao:report` |")).findFirst().orElseThrow();
    }
}
