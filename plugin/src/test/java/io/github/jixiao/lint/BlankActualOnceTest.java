package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A row with no actual at full marks (南华, real table t49: 配套电力设施 "3" read as the target, no actual, 9.3 of 9.3) is
 * one defect at its row: indicator-incomplete says to fill in the actual and, as its -scored variant, that the row is at
 * full marks all the same; indicator-score-unexplained's empty-actual at the same row ("请填写实际完成值，或按未完成计分")
 * is left out. The same for a blank row alone in its category (天长 2022, t5: empty-category, 10 of 10). The variant
 * keeps the plain finding's fingerprint. A project that turned indicator-incomplete off keeps empty-actual.
 */
class BlankActualOnceTest {

    private static Path table(String name) throws Exception {
        return Path.of(BlankActualOnceTest.class.getResource("/real-tables/" + name).toURI());
    }

    private static List<Finding> row(EngineResult r, String row) {
        return r.findings().stream().filter(f -> f.pointer().equals(row) || f.pointer().startsWith(row + "/"))
                .filter(f -> f.ruleId().equals("indicator-incomplete") || f.ruleId().equals("indicator-score-unexplained")).toList();
    }

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + " " + f.key()).sorted().toList();
    }

    @Test
    void aBlankActualAtFullMarksIsOneFindingNamingTheScore() throws Exception {
        Path project = table("t49-nanhua-yejun");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<Finding> at = row(r, "/indicators/2");
        assertEquals(List.of("indicator-incomplete no-actual-scored"), ids(at));
        Finding f = at.get(0);
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("没有实际完成值") && zh.contains("却自评满分 9.3 分") && zh.contains("按未完成计分"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("has no actual") && en.contains("full marks (9.3)"), en);
        // the same finding as the plain no-actual: the score is a detail
        Finding plain = new Finding(f.ruleId(), f.severity(), "no-actual", f.args().subList(0, 2), f.file(), f.pointer(),
                f.line(), f.column(), f.criterion());
        assertEquals(Fingerprints.of(plain), Fingerprints.of(f));
    }

    @Test
    void aBlankRowAloneInItsCategoryIsOneFinding() throws Exception {
        Path project = table("t5-tianchang-2022");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<Finding> at = row(r, "/indicators/2");
        assertEquals(List.of("indicator-incomplete empty-category-scored"), ids(at));
        String zh = new Messages(Messages.ZH).message(at.get(0));
        assertTrue(zh.contains("没有指标值和实际完成值") && zh.contains("却自评满分 10 分"), zh);
    }

    @Test
    void withIndicatorIncompleteOffEmptyActualTells() throws Exception {
        Path project = table("t49-nanhua-yejun");
        EngineResult off = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-incomplete", "OFF", null))), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("indicator-score-unexplained empty-actual"), ids(row(off, "/indicators/2")));
    }
}
