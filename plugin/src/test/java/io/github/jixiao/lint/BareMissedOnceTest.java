package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A bare target the actual misses (稷山 2021, real table t53: 居民健康档案 38508 → 37442 人) is one defect at the target's
 * cell: indicator-target-missed's "bare" warning says the reading, the shortfall and to write ≥, ≤ or =, and the
 * indicator-target-no-comparator note at the same target is left out (helper I, session 30: a note and a warning at one
 * cell). A met bare target keeps its note; a project that turned indicator-target-missed off keeps the note.
 */
class BareMissedOnceTest {

    private static Path jishan() throws Exception {
        return Path.of(BareMissedOnceTest.class.getResource("/real-tables/t53-jishan-gongwei-2021").toURI());
    }

    private static List<String> at(EngineResult r, String pointer) {
        return r.findings().stream().filter(f -> f.pointer().equals(pointer)).map(f -> f.ruleId() + " " + f.key()).sorted().toList();
    }

    @Test
    void aMissedBareTargetIsOneFinding() throws Exception {
        Path project = jishan();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        // 适龄儿童疫苗接种率 100.00% → 97.30%, marked down (bare-deducted; -full since session 49: "= 100%" offered alone); row 0 (38508 → 37442 人) is at full points, where
        // score-ignores-missed-target's one error says the reading since session 48 (Engine.missedAtFullOnce)
        assertEquals(List.of("indicator-target-missed bare-deducted-full"), at(r, "/indicators/4/target"));
        EngineResult off = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-target-missed", "OFF", null))), Locale.SIMPLIFIED_CHINESE));
        // a bare 100 % on a rate: offered "= 100%" alone (rate-full, session 48)
        assertEquals(List.of("indicator-target-no-comparator rate-full"), at(off, "/indicators/4/target"));
    }
}
