package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row its 指标性质 column marks 定性 with its 指标值 blank (潼南区五桂镇 2023, t75: "促进经济发展 | 20 | | 定性 | "). Until session
 * 38 indicator-incomplete asked for "如“≥ 60 个”“≥ 90%”": a figure with a unit on a row the form marks qualitative, which the
 * officer following it would write under 定性. Now the note asks for a standard of achievement that can be checked; the
 * finding is the same (no-target's fingerprint), only its text changes. Since session 39 the same at the year end: a 定性 row
 * with neither 指标值 nor 实际完成值 (no-target-no-actual-qualitative) and one of them stated at full marks
 * (no-target-scored-qualitative) were still asked for "如“≥ 60 个”“≥ 90%”" (F5's left-alone item, session 38).
 */
class QualitativeNoTargetTest {

    private static Finding blankQualitativeRow() throws Exception {
        Path project = Path.of(QualitativeNoTargetTest.class.getResource("/real-tables/t75-tongnan-wugui-2023").toURI());
        List<Finding> at = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-incomplete")).toList();
        assertEquals(1, at.size(), at.toString());
        return at.get(0);
    }

    @Test
    void asksForAStandardNotAFigure() throws Exception {
        Finding f = blankQualitativeRow();
        assertEquals("no-target-qualitative", f.key());
        assertEquals("/indicators/4", f.pointer());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("指标“促进经济发展”标为定性指标，却没有指标值。"), zh);
        assertTrue(zh.contains("可以核对的达成标准"), zh);
        assertFalse(zh.contains("≥ 60 个"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("Indicator \"促进经济发展\" is marked qualitative but has no target."), en);
        assertFalse(en.contains("≥ 60 items"), en);
    }

    @Test
    void sameFindingAsBefore() throws Exception {
        Finding f = blankQualitativeRow();
        // a baseline entry made before session 38 still holds it
        assertEquals(Fingerprints.of("indicator-incomplete", f.file(), "no-target", f.args()), Fingerprints.of(f));
    }

    @TempDir
    Path dir;

    /** A year-end self-evaluation whose 定性 row 促进经济发展 has neither 指标值 nor 实际完成值, scored {@code score} of 10. */
    private List<Finding> yearEnd(String score) throws Exception {
        return yearEnd(score, null).stream().filter(f -> f.ruleId().equals("indicator-incomplete")).toList();
    }

    /** As {@link #yearEnd(String)}, the 定性 row's 实际完成值 {@code actual} (null: blank); every finding. */
    private List<Finding> yearEnd(String score, String actual) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("submission"));
        Files.writeString(sub.resolve("department.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/department.schema.json", "schemaVersion": "1.0",
                 "kind": "project", "name": "潼南区五桂镇", "year": 2023, "stage": "自评", "project": {"name": "在职村村干部补助"}}
                """);
        Files.writeString(sub.resolve("indicators.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/indicators.schema.json", "schemaVersion": "1.0", "indicators": [
                 {"level1": "产出指标", "level2": "数量指标", "name": "领取补助人数", "unit": "人", "target": "≥ 100", "actual": "100",
                  "points": 50, "score": 50},
                 {"level1": "效益指标", "level2": "社会效益指标", "name": "按月发放及时率", "unit": "%", "target": "= 100",
                  "actual": "100", "points": 10, "score": 10},
                 {"level1": "效益指标", "level2": "社会效益指标", "name": "促进经济发展", "nature": "定性", "points": 10, "score": SCORE ACTUAL}]}
                """.replace("SCORE", score).replace("ACTUAL", actual == null ? "" : ", \"actual\": \"" + actual + "\""));
        return new Engine().run(EngineOptions.of(dir, sub)).findings();
    }

    private static void asksForAStandard(Finding f) {
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("指标“促进经济发展”标为定性指标，却没有指标值，也没有实际完成值"), zh);
        assertTrue(zh.contains("可以核对的达成标准"), zh);
        assertFalse(zh.contains("≥ 60 个"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("Indicator \"促进经济发展\" is marked qualitative but has no target and no actual"), en);
        assertFalse(en.contains("≥ 60 items"), en);
        // a baseline entry made before session 39 (no-target-no-actual, no-target-scored: no-target's) still holds it
        assertEquals(Fingerprints.of("indicator-incomplete", f.file(), "no-target", f.args()), Fingerprints.of(f));
    }

    @Test
    void atTheYearEndToo() throws Exception {
        List<Finding> at = yearEnd("5");
        assertEquals(1, at.size(), at.toString());
        assertEquals("no-target-no-actual-qualitative", at.get(0).key());
        assertEquals("/indicators/2", at.get(0).pointer());
        asksForAStandard(at.get(0));
    }

    @Test
    void scoredFullMarksToo() throws Exception {
        List<Finding> at = yearEnd("10");
        assertEquals(1, at.size(), at.toString());
        assertEquals("no-target-scored-qualitative", at.get(0).key());
        asksForAStandard(at.get(0));
        String zh = new Messages(Messages.ZH).message(at.get(0));
        assertTrue(zh.contains("却自评满分 10 分"), zh);
    }

    /**
     * A 定性 row with its 实际完成值 and no 指标值 at the year end is one defect at its row, as a 定量 row's: indicator-incomplete
     * asks for the standard, and the scorer's "缺少指标值，无法计分" for that row is left out (Engine.blankOnce did not know the
     * -qualitative key of session 38, and said the blank target twice).
     */
    @Test
    void aBlankQualitativeTargetIsSaidOnce() throws Exception {
        List<Finding> all = yearEnd("10", "100%");
        List<String> at = all.stream().filter(f -> f.pointer().startsWith("/indicators/2"))
                .map(f -> f.ruleId() + " " + f.key()).toList();
        assertEquals(List.of("indicator-incomplete no-target-qualitative"), at, all.toString());
    }
}
