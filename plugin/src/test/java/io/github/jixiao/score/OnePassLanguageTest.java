package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import io.github.jixiao.validate.SchemaCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scoring pass gives both what a finding quoting a formula keeps as its argument (the Chinese, so that its
 * fingerprint is the same in every language) and what an English report shows for it ({@link ScoreSheet#quoted}): an
 * English run scores once. One call of {@link Scorer#score} in English is compared with one in Chinese.
 */
class OnePassLanguageTest {
    static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]+");

    @TempDir
    Path tmp;

    /** The sample with its Q2 execution at 45.25: 预算执行率 scores 5.28 against the stated 5.47. */
    @Test
    void aStatedCriterionScoreKeepsTheChineseFormulaAndCarriesItsEnglish() throws IOException {
        Path project = io.github.jixiao.testing.Samples.copyProject(tmp.resolve("sample"));
        Path budget = project.resolve("submission/budget.json");
        String json = Files.readString(budget, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"cumulativePercent\": 55.25"));
        Files.writeString(budget, json.replace("\"cumulativePercent\": 55.25", "\"cumulativePercent\": 45.25"), StandardCharsets.UTF_8);

        Finding f = bothOnce(project, "");
        assertEquals(List.of("预算执行率", "5.47", "5.28"), f.args().subList(0, 3));
        assertTrue(f.args().get(3).contains("全年平均"), f.args().get(3));
    }

    /** 丽江: stated indicator scores the targets and actuals do not give; each quotes how its points were computed. */
    @Test
    void aStatedIndicatorScoreKeepsTheChineseHowAndCarriesItsEnglish() throws IOException {
        Path project = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it/form-lijiang-2020")
                .toAbsolutePath().normalize();
        Finding f = bothOnce(project, "indicator-below");
        assertTrue(f.args().get(3).contains("达到"), f.args().get(3));
    }

    /**
     * Scores {@code project} once in Chinese and once in English: the findings are the same, arguments and all; the
     * English sheet gives each Chinese formula argument of a {@code score-claim-mismatch/key} finding its English,
     * with no Chinese of ours in it. The first such finding.
     */
    private static Finding bothOnce(Path project, String key) throws IOException {
        Submission s = submission(project.resolve("submission"));
        Scorer scorer = new Scorer();
        FrameworkLoader.Loaded fw = scorer.framework(s, null, project);
        Scorer.Result zh = scorer.score(s, fw, Locale.SIMPLIFIED_CHINESE);
        Scorer.Result en = scorer.score(s, fw, Locale.ENGLISH);
        assertEquals(zh.findings(), en.findings(), "the same findings, with the same (Chinese) arguments");
        assertEquals(Map.of(), zh.sheet().quoted());
        List<Finding> quoting = en.findings().stream()
                .filter(f -> f.ruleId().equals("score-claim-mismatch") && f.key().equals(key)).toList();
        assertFalse(quoting.isEmpty());
        String data = data(project);
        for (Finding f : quoting) {
            String arg = f.args().get(3); // the formula, in each of these variants
            String english = en.sheet().quoted().get(arg);
            assertTrue(english != null, () -> "no English for " + arg);
            assertNotEquals(arg, english);
            java.util.regex.Matcher m = CJK.matcher(english);
            while (m.find()) {
                assertTrue(data.contains(m.group()), () -> m.group() + " is not the department's: " + english);
            }
        }
        return quoting.get(0);
    }

    private static String data(Path project) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(project.resolve("submission"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    /** The submission of {@code dir}'s JSON files, each in the role its {@code $schema} names. */
    private static Submission submission(Path dir) throws IOException {
        Map<String, JsonDocument> docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                SubmissionLoader.Loaded l = new SubmissionLoader().parse(Files.readAllBytes(p), "submission/" + p.getFileName());
                String role = l.document() == null ? null : SchemaCatalog.roleOf(l.document().schemaId());
                if (role != null) {
                    docs.putIfAbsent(role, l.document());
                }
            }
        }
        return new Submission(docs);
    }
}
