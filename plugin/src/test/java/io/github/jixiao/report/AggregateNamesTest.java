package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregate page names each department's criteria and grade as its own reports do: in the English of the framework
 * its run scored against, a project's own framework file included, not the built-in framework looked up by id.
 */
class AggregateNamesTest {

    /** A module's reports as AggregateMojo reads them back: score-summary.json, findings.json and the framework's English. */
    static Aggregate.Input input(String module, Path project, String framework) {
        EngineResult r = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, framework, null,
                Locale.ENGLISH));
        Messages m = new Messages(Locale.ENGLISH);
        ReportMeta meta = ReportMeta.of("");
        ReportModel.SummaryDocument s = ScoreSummary.jsonTree(r, meta);
        return new Aggregate.Input(module, s, FindingsJson.tree(r.findings(), m, ReportWriter.head(r, m, meta), java.util.Map.of()),
                null, FrameworkNames.english(s.frameworkId(), s.frameworkFile(), project));
    }

    @Test
    void aProjectFrameworkFileGivesTheAggregateItsOwnEnglish(@TempDir Path tmp) throws IOException {
        // the sample scored against its own copy of the 深圳 framework, under an id of its own and with English of its own
        Path own = tmp.resolve("own");
        io.github.jixiao.testing.Samples.copyTree(ScoreSummaryTest.sample().resolve("submission"), own.resolve("submission"));
        String packaged;
        try (InputStream in = getClass().getResourceAsStream("/io/github/jixiao/frameworks/shenzhen-department-2024.json")) {
            packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String file = packaged.replace("\"id\": \"shenzhen-department-2024\"", "\"id\": \"futian-2024\"")
                .replace("\"nameEn\": \"Budget execution rate\"", "\"nameEn\": \"Spending on schedule\"")
                .replace("\"gradeEn\": \"Excellent\"", "\"gradeEn\": \"Outstanding\"");
        assertTrue(file.contains("futian-2024") && file.contains("Spending on schedule") && file.contains("Outstanding"));
        Files.createDirectories(own.resolve("frameworks"));
        Files.writeString(own.resolve("frameworks/own.json"), file, StandardCharsets.UTF_8);

        Aggregate.Input first = input("own", own, "frameworks/own.json");
        assertEquals("frameworks/own.json", first.summary().frameworkFile());
        assertEquals("Outstanding", first.english().get("优"));
        Aggregate.Input second = input("sample", ScoreSummaryTest.sample(), null);
        assertEquals("Excellent", second.english().get("优"), "a built-in framework: its English");

        Aggregate.Result r = Aggregate.of(List.of(first, second));
        Messages en = new Messages(Locale.ENGLISH);
        String md = Aggregate.markdown(r, en);
        String html = Aggregate.html(r, en, ReportMeta.of(""));
        for (String page : List.of(md, html)) {
            assertTrue(page.contains("Outstanding"), "the project framework's gradeEn for its department: " + page);
            assertTrue(page.contains("Excellent"), "the built-in framework's for the sample: " + page);
            assertTrue(page.contains("Spending on schedule"), "the criterion named as the first department losing points names it");
            assertFalse(page.contains("预算执行率"), page);
            assertFalse(page.contains("| 优 |") || page.contains(">优<"), page);
        }
        // in Chinese, the framework's Chinese
        String zh = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertTrue(zh.contains("预算执行率") && zh.contains("| 优 |"), zh);
    }

    @Test
    void aFrameworkFileThatCannotBeReadFallsBackToTheBuiltInOfItsId(@TempDir Path tmp) {
        assertEquals("Excellent", FrameworkNames.english("shenzhen-department-2024", "frameworks/gone.json", tmp).get("优"));
        assertEquals("Excellent", FrameworkNames.english("shenzhen-department-2024", "../outside.json", tmp).get("优"));
        assertNull(FrameworkNames.english("futian-2024", "frameworks/gone.json", tmp));
    }
}
