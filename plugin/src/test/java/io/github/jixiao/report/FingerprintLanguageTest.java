package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.SubmissionLoader;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finding's fingerprint (baselines, suppressions by fingerprint, SARIF partialFingerprints) is the same whatever
 * language the reports are written in: a department running in Chinese and a reviewer running with
 * {@code -Djixiao.locale=en} match the same findings. The scoring findings that quote a formula (a stated score that
 * differs from the computed one, an expression mixing money and counts, a zero denominator) keep the Chinese formula
 * as their argument in both runs, and the English message still quotes it in English.
 */
class FingerprintLanguageTest {

    static Path it(String name) {
        return Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it").resolve(name).toAbsolutePath().normalize();
    }

    static EngineResult run(Path project, String framework, Locale locale) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, framework, null, locale));
    }

    /** Every finding's fingerprint, in order, of a Chinese and an English run; the English messages have no Chinese of ours. */
    static List<Finding> sameInBothLanguages(Path project, String framework, String ruleId, String key) throws Exception {
        EngineResult zh = run(project, framework, Messages.ZH);
        EngineResult en = run(project, framework, Locale.ENGLISH);
        assertEquals(zh.findings().stream().map(Fingerprints::of).toList(), en.findings().stream().map(Fingerprints::of).toList());
        List<Finding> quoting = zh.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.key().equals(key)).toList();
        assertFalse(quoting.isEmpty(), () -> "no " + ruleId + "/" + key + " in " + project);
        Messages m = new Messages(Locale.ENGLISH).forSheet(en.sheet());
        String allowed = EnglishPageTest.allowed(project);
        for (Finding f : en.findings()) {
            String text = m.message(f);
            assertEquals(java.util.Set.of(), EnglishPageTest.foreign(text, allowed), text);
        }
        return quoting;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "form-cq-rongmeiti-2021", "form-lijiang-2020", "form-tangxi-2022", "form-yueyang-glj",
        "form-daying-2023-a", "project-self-evaluation"})
    void everyFindingHasOneFingerprintInBothLanguages(String name) {
        Path project = name.equals("sample") ? ScoreSummaryTest.sample() : it(name);
        List<String> zh = run(project, null, Messages.ZH).findings().stream().map(Fingerprints::of).toList();
        List<String> en = run(project, null, Locale.ENGLISH).findings().stream().map(Fingerprints::of).toList();
        assertFalse(zh.isEmpty());
        assertEquals(zh, en);
    }

    /** 丽江: stated indicator scores that differ from the computed ones; each finding quotes how its points were computed. */
    @Test
    void aStatedIndicatorScoreQuotesHowInTheReportLanguage() throws Exception {
        Path project = it("form-lijiang-2020");
        List<Finding> quoting = sameInBothLanguages(project, null, "score-claim-mismatch", "indicator-below");
        EngineResult en = run(project, null, Locale.ENGLISH);
        Messages m = new Messages(Locale.ENGLISH).forSheet(en.sheet());
        for (Finding f : quoting) {
            assertTrue(f.args().get(3).contains("达到") || f.args().get(3).contains("未达到"), f.args().toString());
            Finding inEnglish = en.findings().stream().filter(g -> Fingerprints.of(g).equals(Fingerprints.of(f))).findFirst().orElseThrow();
            assertEquals(f.args(), inEnglish.args(), "the Chinese run's arguments");
            String text = m.message(inEnglish);
            assertTrue(text.contains(" meets ") || text.contains(" misses "), text);
        }
    }

    /** The sample with 预算执行率 stated as 6 rather than 5.47: the finding quotes the criterion's formula. */
    @Test
    void aStatedCriterionScoreQuotesTheFormulaInTheReportLanguage(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("p");
        io.github.jixiao.testing.Samples.copyTree(ScoreSummaryTest.sample().resolve("submission"), project.resolve("submission"));
        Path sa = project.resolve("submission/self-assessment.json");
        String s = Files.readString(sa, StandardCharsets.UTF_8);
        String was = "\"name\": \"预算执行率\",\n      \"score\": 5.47,";
        assertTrue(s.contains(was));
        Files.writeString(sa, s.replace(was, "\"name\": \"预算执行率\",\n      \"score\": 6,"), StandardCharsets.UTF_8);

        Finding f = sameInBothLanguages(project, null, "score-claim-mismatch", "").get(0);
        EngineResult zh = run(project, null, Messages.ZH);
        EngineResult en = run(project, null, Locale.ENGLISH);
        String zhFormula = io.github.jixiao.score.Scorer.formulaExcerpt(zh.sheet().criterion("budget-execution").orElseThrow().explanation());
        String enFormula = io.github.jixiao.score.Scorer.formulaExcerpt(en.sheet().criterion("budget-execution").orElseThrow().explanation());
        assertEquals(List.of("预算执行率", "6", "5.47", zhFormula), f.args(), "as the Chinese run makes it");
        assertTrue(zhFormula.endsWith("= 5.47"), "the whole formula, down to its result: " + zhFormula);
        assertTrue(new Messages(Messages.ZH).message(f).contains(zhFormula));
        Finding inEnglish = en.findings().stream().filter(g -> g.key().isEmpty() && g.ruleId().equals("score-claim-mismatch"))
                .findFirst().orElseThrow();
        assertEquals(f.args(), inEnglish.args());
        String text = new Messages(Locale.ENGLISH).forSheet(en.sheet()).message(inEnglish);
        assertTrue(text.contains(enFormula), text);
        assertFalse(zhFormula.equals(enFormula), zhFormula);
    }

    static final String IN_USE = "{ \"ref\": \"management#/assets/inUse\", \"label\": \"实际在用固定资产总额\", \"labelEn\": \"Fixed assets actually in use\" }";
    static final String TOTAL = "{ \"ref\": \"management#/assets/originalValue\", \"label\": \"固定资产总额\", \"labelEn\": \"Total fixed assets\" }";
    static final String STAFF = "{ \"ref\": \"management#/staffing/authorized\", \"label\": \"核定编制数（含工勤）\", \"unit\": \"人\" }";

    /**
     * A project framework whose fixed-asset ratio adds money in 元 and 万元 to a head count: framework-invalid (units)
     * quotes the expression, with its money units (元, 万元) in the report language.
     */
    @Test
    void anExpressionMixingUnitsIsQuotedInTheReportLanguage(@TempDir Path tmp) throws Exception {
        Path project = project(tmp, IN_USE, "{ \"sum\": [" + IN_USE + ", " + TOTAL + ", " + STAFF + "] }");
        List<Finding> quoting = sameInBothLanguages(project, "frameworks/own.json", "framework-invalid", "units");
        assertEquals("1422800元 + 142.28万元 + 46", quoting.get(0).args().get(1));
        EngineResult en = run(project, "frameworks/own.json", Locale.ENGLISH);
        Finding f = en.findings().stream().filter(g -> g.key().equals("units")).findFirst().orElseThrow();
        assertEquals(quoting.get(0).args(), f.args());
        String text = new Messages(Locale.ENGLISH).forSheet(en.sheet()).message(f);
        assertTrue(text.contains("1422800 yuan + 142.28"), text);
    }

    /** A zero denominator (score-input-missing, zero) quotes the denominator, with its money units in the report language. */
    @Test
    void aZeroDenominatorIsQuotedInTheReportLanguage(@TempDir Path tmp) throws Exception {
        Path project = project(tmp, TOTAL, "{ \"difference\": [" + IN_USE + ", " + TOTAL + "] }");
        List<Finding> quoting = sameInBothLanguages(project, "frameworks/own.json", "score-input-missing", "zero");
        assertEquals("1422800元 − 142.28万元", quoting.get(0).args().get(1));
    }

    /**
     * The sample with its own copy of the 深圳 framework, {@code from} (a figure of the fixed-asset ratio) replaced by
     * {@code to}, and its 实际在用固定资产总额 written in 元 (1422800 元 = 142.28 万元).
     */
    private static Path project(Path tmp, String from, String to) throws IOException {
        Path project = tmp.resolve("p");
        io.github.jixiao.testing.Samples.copyTree(ScoreSummaryTest.sample().resolve("submission"), project.resolve("submission"));
        String fw;
        try (InputStream in = FingerprintLanguageTest.class.getResourceAsStream("/io/github/jixiao/frameworks/shenzhen-department-2024.json")) {
            fw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(fw.contains(from));
        fw = fw.replace(from, to).replace("\"id\": \"shenzhen-department-2024\"", "\"id\": \"own-department-2024\"");
        Files.createDirectories(project.resolve("frameworks"));
        Files.writeString(project.resolve("frameworks/own.json"), fw, StandardCharsets.UTF_8);
        Path mgmt = project.resolve("submission/management.json");
        String s = Files.readString(mgmt, StandardCharsets.UTF_8);
        String was = "\"inUse\": {\n      \"value\": 142.28,\n      \"unit\": \"万元\"";
        assertTrue(s.contains(was));
        Files.writeString(mgmt, s.replace(was, "\"inUse\": {\n      \"value\": 1422800,\n      \"unit\": \"元\""), StandardCharsets.UTF_8);
        return project;
    }
}
