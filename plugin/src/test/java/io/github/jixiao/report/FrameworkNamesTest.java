package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English names come from the framework a submission was scored against: a project's own framework file with its
 * own nameEn / labelEn / gradeEn is shown as it writes them, even when it reuses a packaged framework's id.
 */
class FrameworkNamesTest {

    @Test
    void aProjectFrameworkFileGivesItsOwnEnglish(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("p");
        io.github.jixiao.testing.Samples.copyTree(ScoreSummaryTest.sample().resolve("submission"), project.resolve("submission"));
        String packaged;
        try (InputStream in = getClass().getResourceAsStream("/io/github/jixiao/frameworks/shenzhen-department-2024.json")) {
            packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String own = packaged.replace("\"nameEn\": \"Budget execution rate\"", "\"nameEn\": \"Spending on schedule\"")
                .replace("\"labelEn\": \"Fixed assets actually in use\"", "\"labelEn\": \"Assets in service\"")
                .replace("\"gradeEn\": \"Excellent\"", "\"gradeEn\": \"Outstanding\"");
        assertTrue(own.contains("Spending on schedule") && own.contains("Assets in service") && own.contains("Outstanding"));
        Files.createDirectories(project.resolve("frameworks"));
        Files.writeString(project.resolve("frameworks/own.json"), own, StandardCharsets.UTF_8);

        EngineResult r = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null,
                "frameworks/own.json", null, Locale.ENGLISH));
        assertEquals("frameworks/own.json", r.sheet().frameworkFile());
        assertEquals("shenzhen-department-2024", r.sheet().frameworkId(), "the packaged framework's id, reused");
        String html = ScoreSummaryHtml.render(r, new Messages(Locale.ENGLISH), ScoreSummaryTest.META);
        assertTrue(html.contains("Spending on schedule"), "the criterion's nameEn from the file used");
        assertTrue(html.contains("Assets in service"), "the figure's labelEn from the file used");
        assertTrue(html.contains("Outstanding"), "the grade's gradeEn from the file used");
        assertFalse(html.contains("Budget execution rate"), "not the packaged file's name");

        // the same sheet in Chinese shows the framework's Chinese names
        EngineResult zh = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null,
                "frameworks/own.json", null, null));
        String page = ScoreSummaryHtml.render(zh, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertTrue(page.contains("预算执行率") && page.contains("实际在用固定资产总额"));
        assertFalse(page.contains("Spending on schedule"));
    }
}
