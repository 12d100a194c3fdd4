package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A row its 指标性质 column marks 定性 with its 指标值 blank (潼南区五桂镇 2023, t75: "促进经济发展 | 20 | | 定性 | "). Until session
 * 38 indicator-incomplete asked for "如“≥ 60 个”“≥ 90%”": a figure with a unit on a row the form marks qualitative, which the
 * officer following it would write under 定性. Now the note asks for a standard of achievement that can be checked; the
 * finding is the same (no-target's fingerprint), only its text changes.
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
}
