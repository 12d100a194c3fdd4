package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A framework file with criteria broken (a method type the schema does not know): each broken criterion is scored 0
 * and counted once in the summary's "incomplete" line, and each framework-invalid finding that costs it names it. Until
 * session 23 those findings named no criterion: one broken criterion counted twice on the page (its unscored row and
 * the findings' ""), two counted once in score-summary's incomplete count.
 */
class BrokenCriteriaCountTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** The first criteria of 深圳's framework (预算编制 …), 5 points each. */
    private static final List<String> FIRST = List.of("budget-preparation-compliance", "budget-preparation-reasonableness");

    @TempDir
    Path dir;

    private EngineResult run(int broken) throws IOException {
        return run(broken, false);
    }

    /** With {@code sameId}, the second criterion also takes the first one's id (broken or not). */
    private EngineResult run(int broken, boolean sameId) throws IOException {
        Path project = dir.resolve("p" + broken + sameId);
        Path submission = Samples.copyTo(project);
        ObjectNode framework;
        try (InputStream in = getClass().getResourceAsStream("/io/github/jixiao/frameworks/shenzhen-department-2024.json")) {
            framework = (ObjectNode) MAPPER.readTree(in);
        }
        framework.put("id", "custom");
        for (int b = 0; b < broken; b++) {
            ObjectNode criterion = (ObjectNode) framework.get("criteria").get(0).get("children").get(0).get("children").get(b);
            assertEquals(FIRST.get(b), criterion.get("id").asString());
            ((ObjectNode) criterion.get("method")).put("type", "no-such-method");
        }
        if (sameId) {
            ((ObjectNode) framework.get("criteria").get(0).get("children").get(0).get("children").get(1)).put("id", FIRST.get(0));
        }
        Files.writeString(project.resolve("custom.json"), MAPPER.writeValueAsString(framework), StandardCharsets.UTF_8);
        Path dept = submission.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"framework\": \"shenzhen-department-2024\"", "\"framework\": \"custom.json\""));
        return new Engine().run(EngineOptions.of(project, submission));
    }

    @ParameterizedTest(name = "{0} broken")
    @ValueSource(ints = {0, 1, 2})
    void eachBrokenCriterionCountsOnce(int broken) throws IOException {
        EngineResult r = run(broken);
        List<Finding> invalid = r.findings().stream().filter(f -> f.ruleId().equals("framework-invalid")).toList();
        assertEquals(2 * broken, invalid.size(), invalid.toString()); // the enum fault and the criterion's own
        for (Finding f : invalid) {
            assertTrue(f.criterion() != null && FIRST.subList(0, broken).contains(f.criterion()), f.toString());
        }
        assertEquals(FIRST.subList(0, broken), r.sheet().unscored().stream().map(u -> u.criterion()).toList());
        assertEquals(broken, ScoreSummary.incomplete(r));
        assertEquals(broken, ScoreSummary.withoutData(r));
        // the sample's 96.15 less the broken criteria's points
        BigDecimal lost = r.sheet().unscored().stream().map(u -> u.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("96.15").subtract(lost).compareTo(r.sheet().total()), r.sheet().total() + " with " + lost + " lost");
        String md = ScoreSummaryMarkdown.render(r, new Messages(Locale.ENGLISH), ReportMeta.of("2024-01-01T00:00:00Z"));
        assertEquals(broken > 0, md.contains("Incomplete: " + broken + " item(s) had no data"), md);
        // each finding is still listed (the criterion is on the sheet, scored 0), under its criterion's name
        assertEquals(invalid.size(), md.split("\\[framework-invalid\\]", -1).length - 1, md);
        String html = ScoreSummaryHtml.render(r, new Messages(Locale.ENGLISH), ReportMeta.of("2024-01-01T00:00:00Z"));
        for (Finding f : invalid) {
            assertTrue(html.contains(f.pointer()), f + " on the page");
        }
    }

    /**
     * A broken criterion whose id another criterion uses too (duplicate-id): its faults name no criterion, so that they
     * are neither shown at the other, healthy criterion nor counted for it; each is listed once.
     */
    @ParameterizedTest(name = "broken: {0}")
    @ValueSource(ints = {0, 1, 2})
    void aBrokenCriterionSharingItsIdNamesNone(int broken) throws IOException {
        EngineResult r = run(broken, true);
        List<Finding> invalid = r.findings().stream().filter(f -> f.ruleId().equals("framework-invalid")).toList();
        assertTrue(invalid.stream().anyMatch(f -> f.key().equals("duplicate-id")), invalid.toString());
        for (Finding f : invalid) {
            assertEquals(null, f.criterion(), f.toString());
        }
        String md = ScoreSummaryMarkdown.render(r, new Messages(Locale.ENGLISH), ReportMeta.of("2024-01-01T00:00:00Z"));
        assertEquals(invalid.size(), md.split("\\[framework-invalid\\]", -1).length - 1, md);
        // the criteria scored 0, each once (the id used twice is an error of its own, but no data missing)
        assertEquals(broken, ScoreSummary.withoutData(r));
        // score-summary.json's count goes by id: two broken criteria under one id are one there
        assertEquals(Math.min(broken, 1), ScoreSummary.incomplete(r));
    }
}
