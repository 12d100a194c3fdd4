package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published forms transcribed in src/it/form-* score as their tables print them where the data is there, and
 * the weights, grades and unscored points say what is not: the unit-level twin of the ITs' verify.groovy.
 */
class RealFormsTest {

    static Path form(String name) {
        return Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it").resolve(name).toAbsolutePath().normalize();
    }

    private static List<String> scores(ScoreSheet s, String criterion) {
        return s.criterion(criterion).orElseThrow().items().stream().map(c -> c.score().toPlainString()).toList();
    }

    @Test
    void tangxi2022() {
        EngineResult r = SampleScoreTest.run(form("form-tangxi-2022"));
        ScoreSheet s = r.sheet();
        assertNotNull(s, () -> r.findings().toString());
        assertEquals(List.of("10.00", "50.00", "30.00", "0.00"), s.criteria().stream().map(c -> c.score().toPlainString()).toList());
        assertEquals(List.of("8.00", "8.00", "8.00", "8.00", "8.00", "10.00"), scores(s, "output-indicators"));
        assertEquals("90.00", s.total().toPlainString());
        assertEquals(0, BigDecimal.valueOf(90).compareTo(s.weight()));
        assertEquals("", s.grade());
        assertTrue(s.provisional());
        assertFalse(s.fullBase());
    }

    @Test
    void chongqing2021() {
        EngineResult r = SampleScoreTest.run(form("form-cq-rongmeiti-2021"));
        ScoreSheet s = r.sheet();
        assertNotNull(s, () -> r.findings().toString());
        assertEquals("7.60", s.criterion("budget-execution-rate").orElseThrow().score().toPlainString());
        assertEquals("45.45", s.criterion("performance-indicators").orElseThrow().score().toPlainString());
        assertEquals("53.05", s.total().toPlainString());
        // rows 2 and 8 (blank) and 15–17 (target lost in OCR): 2 + 2 + 5 + 10 + 5 points could not be scored
        assertEquals(0, BigDecimal.valueOf(24).compareTo(s.unscoredPoints()));
        assertEquals(5, s.unscored().size());
        assertEquals("", s.grade());
    }

    @Test
    void dayingFragmentB() {
        EngineResult r = SampleScoreTest.run(form("form-daying-2023-b"));
        assertEquals("10.00", r.sheet().criterion("budget-execution-rate").orElseThrow().score().toPlainString());
        List<String> rules = r.findings().stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("adjustment-missing-reason"), rules::toString);
        assertFalse(rules.contains("sum-mismatch"), rules::toString);
    }

    /** On a full 100-point base, an indicator that cannot be scored makes the grade provisional, not absent. */
    @Test
    void unscoredPointsOnAFullBaseMakeTheGradeProvisional(@TempDir Path tmp) throws IOException {
        Path from = form("project-self-evaluation");
        Files.createDirectories(tmp.resolve("submission"));
        try (var files = Files.list(from.resolve("submission"))) {
            for (Path p : files.toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (p.getFileName().toString().equals("indicators.json")) {
                    text = text.replace("\"actual\": \"97%\",", ""); // 培训考核合格率 loses its actual
                }
                Files.writeString(tmp.resolve("submission").resolve(p.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        ScoreSheet s = SampleScoreTest.run(tmp).sheet();
        assertTrue(s.fullBase());
        assertEquals(0, BigDecimal.TEN.compareTo(s.unscoredPoints()));
        assertTrue(s.provisional());
        assertEquals("中", s.grade()); // 84 − 10 = 74.00 → 中, provisional
        assertEquals("74.00", s.total().toPlainString());
    }

    /** The sample (a complete 100-point table) is final. */
    @Test
    void theSampleIsFinal() {
        ScoreSheet s = SampleScoreTest.run(Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission")
                .toAbsolutePath().normalize()).sheet();
        assertEquals("96.15", s.total().toPlainString());
        assertEquals("优", s.grade());
        assertFalse(s.provisional());
    }
}
