package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13, item 5: suppressions and baselines fail safe — never wider than written, never silently ignored. */
class HostileReviewFilesTest {
    @TempDir
    Path tmp;

    private final Finding missed = new Finding("indicator-target-missed", Severity.ERROR, "", List.of("招引人才数量"),
            "submission/indicators.json", "/indicators/14", 3, 5, null);
    private final Finding other = new Finding("indicator-target-missed", Severity.ERROR, "", List.of("另一个指标"),
            "submission/indicators.json", "/indicators/20", 9, 5, null);

    private Review review(String suppressions) throws Exception {
        Path p = tmp.resolve("jixiao-suppressions.json");
        Files.writeString(p, suppressions, StandardCharsets.UTF_8);
        return Review.of(List.of(missed, other), Suppressions.load(tmp, p), Baseline.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u200b", "\\u200b\\u200c\\u200d\\u2060\\ufeff", "\\u3000 \\t", "\\u202e\\u202d", "\\u3164\\u2800",
            "\\u0000\\u0007"})
    void aReasonOfInvisibleCharactersIsNoReason(String reason) throws Exception {
        Review r = review("{\"suppressions\": [{\"rule\": \"indicator-target-missed\", \"file\": \"submission/indicators.json\","
                + " \"pointer\": \"/indicators/14\", \"reason\": \"" + reason + "\"}]}");
        assertTrue(r.suppressed().isEmpty());
        assertEquals(1, r.findings().stream().filter(f -> f.ruleId().equals("suppression-invalid")).count());
        assertEquals(3, r.violations(Severity.ERROR));
    }

    @Test
    void aVisibleReasonStillCounts() throws Exception {
        Review r = review("{\"suppressions\": [{\"rule\": \"indicator-target-missed\", \"file\": \"submission/indicators.json\","
                + " \"pointer\": \"/indicators/14\", \"reason\": \"\\u200b经财政局同意\\u200b\"}]}");
        assertEquals(1, r.suppressed().size());
        assertEquals(1, r.violations(Severity.ERROR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"pointer\": 14", "\"pointer\": [\"/indicators/14\"]", "\"pointer\": null", "\"name\": 5",
            "\"name\": {\"is\": \"招引人才数量\"}", "\"pointr\": \"/indicators/14\"", "\"reason\": \"ok\", \"reason2\": 1"})
    void aWrongTypedOrUnknownFieldMakesTheSuppressionInvalidNotWider(String field) throws Exception {
        Review r = review("{\"suppressions\": [{\"rule\": \"indicator-target-missed\", \"file\": \"submission/indicators.json\","
                + " \"reason\": \"经财政局同意\", " + field.replace("\"reason\": \"ok\", ", "") + "}]}");
        assertTrue(r.suppressed().isEmpty(), "the suppression must not cover the whole file: " + r.suppressed());
        Finding bad = r.findings().stream().filter(f -> f.ruleId().equals("suppression-invalid")).findFirst().orElseThrow();
        // a misspelt field (pointr, reason2) names the one it is nearest to; a field of the wrong type is "field"
        assertEquals(field.contains("pointr") || field.contains("reason2") ? "field-near" : "field", bad.key());
        assertTrue(bad.pointer().startsWith("/suppressions/0/"), "at the field itself: " + bad.pointer());
        assertEquals(3, r.violations(Severity.ERROR));
    }

    @Test
    void everyMisspeltFieldOfAnEntryIsSaidAtItsOwnPlaceWithTheFieldMeant() throws Exception {
        // review U (session 24): "flie" and "reasn" gave one finding, for flie, at the entry's opening brace, no suggestion
        Review r = review("{\"suppressions\": [{\n  \"rule\": \"indicator-target-missed\",\n  \"flie\": \"submission/indicators.json\",\n"
                + "  \"reasn\": \"经财政局同意\"\n}]}");
        List<Finding> bad = r.findings().stream().filter(f -> f.ruleId().equals("suppression-invalid")).toList();
        assertEquals(List.of("field-near field-near"), List.of(bad.get(0).key() + " " + bad.get(1).key()));
        assertEquals(List.of("file", "reason"), bad.stream().map(f -> f.args().get(2)).toList());
        assertEquals(List.of(3, 4), bad.stream().map(Finding::line).toList());
        assertEquals(List.of("/suppressions/0/flie", "/suppressions/0/reasn"), bad.stream().map(Finding::pointer).toList());
        assertTrue(r.suppressed().isEmpty());
    }

    private Baseline baseline(String json) throws Exception {
        Path p = tmp.resolve("jixiao-baseline.json");
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return Baseline.load(tmp, p);
    }

    @Test
    void malformedBaselineEntriesAreErrors() throws Exception {
        String good = Baseline.render(List.of(missed));
        Baseline b = baseline(good.replaceFirst("\"findings\" : \\[", "\"findings\" : [ 7, {\"rule\": \"x\"}, {\"fingerprint\": 5},"
                + " {\"fingerprint\": \"abc\", \"pointer\": 3},"));
        List<Finding> problems = b.problems();
        assertEquals(List.of("entry", "entry", "entry", "entry"), problems.stream().map(Finding::key).toList(), problems.toString());
        assertTrue(problems.stream().allMatch(f -> f.ruleId().equals("baseline-invalid") && f.severity() == Severity.ERROR
                && f.line() > 0 && f.file().equals("jixiao-baseline.json")));
        assertEquals(List.of("/findings/0", "/findings/1", "/findings/2", "/findings/3"), problems.stream().map(Finding::pointer).toList());
        assertEquals(1, b.entries().size(), "the well-formed entry still applies");
        Review r = Review.of(List.of(missed), Suppressions.none(), b);
        assertEquals(4, r.violations(Severity.ERROR), "each malformed entry counts; the baselined finding does not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"findings\": {}}", "[]", "{\"findings\": \"all\"}"})
    void aBaselineWithoutAFindingsArrayIsAnError(String json) throws Exception {
        Baseline b = baseline(json);
        assertTrue(b.isEmpty());
        assertEquals(List.of("baseline-invalid"), b.problems().stream().map(Finding::ruleId).toList());
    }
}
