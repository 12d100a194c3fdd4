package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.CpuBound;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A framework file in the project is written by whoever opened the pull request: it gets the number checks, the size
 * limit and the read limits of a submission file, and may not pass itself off as a built-in framework (issue 13).
 */
class HostileFrameworkTest {
    @TempDir
    Path project;

    static String builtInText() throws IOException {
        try (InputStream in = FrameworkLoader.class.getClassLoader()
                .getResourceAsStream(FrameworkLoader.RESOURCE_DIR + FrameworkLoader.SHENZHEN_DEPARTMENT + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sample project scored against {@code frameworks/f.json} holding {@code text}. */
    EngineResult run(String text) throws IOException {
        Path sub = Samples.copyTo(project);
        Files.createDirectories(project.resolve("frameworks"));
        Files.writeString(project.resolve("frameworks/f.json"), text, StandardCharsets.UTF_8);
        return new Engine().run(new EngineOptions(project, sub, null, null, "frameworks/f.json"));
    }

    /** The built-in framework with another id (a project file may not use a built-in's id). */
    static String custom() throws IOException {
        return builtInText().replaceFirst("\"id\": \"shenzhen-department-2024\"", "\"id\": \"custom-2024\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e10000000", "1e999999999", "-1e999999999", "1e-999999999"})
    void aHugeNumberIsAFindingNotAHangNorAnInternalError(String number) throws IOException {
        String text = custom().replaceFirst("\"weight\": 5,", "\"weight\": " + number + ",");
        EngineResult r = CpuBound.within(Duration.ofSeconds(20), () -> run(text));
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("internal-error")), r.findings().toString());
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("framework-invalid")).findFirst().orElseThrow();
        assertEquals("frameworks/f.json", f.file());
        // a criterion's weight: that criterion is left out, never computed with, and the rest is scored
        assertEquals("number", f.key());
        assertTrue(f.args().get(2).startsWith("json-number"), f.args().toString());
        assertTrue(f.line() > 0);
        assertNotNull(r.sheet());
        assertEquals(1, r.sheet().unscored().size());
        assertEquals("", r.sheet().grade());
        // everything else is still checked: the lint findings of the sample are all there
        assertTrue(r.findings().stream().anyMatch(x -> x.ruleId().equals("indicator-target-missed")));
    }

    @Test
    void aFrameworkAboveTheSizeLimitIsRefusedUnread() throws IOException {
        String pad = " ".repeat(4 * 1024 * 1024);
        EngineResult r = run(custom().replaceFirst("\\{", "{" + pad));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("framework-invalid")).findFirst().orElseThrow();
        assertTrue(f.args().get(1).startsWith("json-limit"), f.args().toString());
        assertNull(r.sheet());
    }

    @Test
    void aProjectFileUsingABuiltInIdIsReported() throws IOException {
        EngineResult r = run(builtInText());
        Finding f = r.findings().stream().filter(x -> x.key().equals("builtin-id")).findFirst().orElseThrow();
        assertEquals("framework-invalid", f.ruleId());
        assertEquals("frameworks/f.json", f.file());
        assertEquals("/id", f.pointer());
        assertEquals(List.of("frameworks/f.json", "shenzhen-department-2024"), f.args());
        assertTrue(f.line() > 0);
    }

    @Test
    void aProjectFileOfItsOwnIdScoresAsTheBuiltInDoes() throws IOException {
        EngineResult r = run(custom());
        assertNotNull(r.sheet(), r.findings().toString());
        assertEquals("custom-2024", r.sheet().frameworkId());
        assertEquals("96.15", r.sheet().total().toPlainString());
    }

    @Test
    void aFrameworkOf38000CriteriaLoadsAndScoresInSeconds() throws IOException {
        StringBuilder leaves = new StringBuilder();
        int n = 38_000;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                leaves.append(',');
            }
            // 100 points on the last of 38,000 criteria (the smallest file that holds them, under the size limit)
            leaves.append("{\"id\":\"c").append(i).append("\",\"name\":\"n\",\"weight\":")
                    .append(i == n - 1 ? "100" : "0")
                    .append(",\"standard\":\"s\",\"restsOnIndicators\":false,\"method\":{\"type\":\"assessed\"}}");
        }
        String text = "{\"$schema\":\"" + FrameworkLoader.SCHEMA_ID + "\",\"id\":\"big\",\"version\":\"1\",\"name\":\"big\","
                + "\"kind\":\"department\",\"source\":\"s\",\"grades\":[{\"grade\":\"优\",\"min\":90,\"max\":100,"
                + "\"minInclusive\":true,\"maxInclusive\":true},{\"grade\":\"差\",\"min\":0,\"max\":90,\"minInclusive\":true,"
                + "\"maxInclusive\":false}],\"taxonomy\":[{\"level1\":\"产出指标\",\"level2\":[{\"name\":\"数量指标\"}]}],\"criteria\":[{\"name\":\"a\",\"weight\":100,\"children\":[{\"name\":\"b\","
                + "\"weight\":100,\"children\":[" + leaves + "]}]}]}";
        assertTrue(text.length() < 4 * 1024 * 1024, "under the size limit: " + text.length());
        EngineResult r = CpuBound.within(Duration.ofSeconds(60), () -> run(text));
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("internal-error")), r.findings().toString());
        assertNotNull(r.sheet(), () -> r.findings().stream().filter(f -> f.ruleId().equals("framework-invalid")).limit(5).toList().toString());
        assertEquals(n, r.sheet().criteria().size());
    }
}
