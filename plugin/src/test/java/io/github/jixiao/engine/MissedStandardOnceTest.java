package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E1's left-alone 1b (session 49): whether missedAtFullOnce should take score-ignores-missed-target's
 * {@code indicator-standard} (a row scored by its own 评分标准) as it takes {@code indicator}. No real table has such a miss;
 * this is 宁德 地震局 2020 (t46) copied with one cell changed, row 0's 实际完成值 "9个" → "8个" (target "9个", 评分标准
 * "…达9个得6分,少检查一个扣1分…", 6 of 6). Decided (session 50): nothing to fold. indicator-target-missed says nothing on a row
 * its own standard scores, so indicator-standard is the one finding of the miss; beside it are score-assumption's
 * row-standard (how the standard was read, at the 评分标准 cell) and indicator-target-no-comparator's plain note (at the
 * target: "9个" read as ≥, which the standard's 达9个 bears out), each of its own cell. Pinned, so a missed warning
 * appearing there is seen and folded then.
 */
class MissedStandardOnceTest {

    @Test
    void aMissAtFullPointsByTheRowsOwnStandardHasNoMissedWarningToFold(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t46");
        Path source = Samples.realTable("t46-ningde-dizhen-2020");
        try (var s = Files.walk(source)) {
            for (Path p : s.toList()) {
                Path t = project.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path indicators = project.resolve("submission/indicators.json");
        String json = Files.readString(indicators);
        String changed = json.replaceFirst("\"actual\": \"9个\"", "\"actual\": \"8个\"");
        assertTrue(!changed.equals(json));
        Files.writeString(indicators, changed);
        List<Finding> all = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
        List<Finding> row = all.stream().filter(f -> f.pointer().startsWith("/indicators/0/")).toList();
        assertEquals(List.of("indicator-target-no-comparator  info", "score-assumption row-standard info",
                "score-ignores-missed-target indicator-standard error"),
                row.stream().map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id()).sorted().toList(), row.toString());
        Finding f = row.stream().filter(x -> x.key().equals("indicator-standard")).findFirst().orElseThrow();
        assertEquals(List.of("抽查全市地震监测台站运维情况个数", "9个", "8个", "6", "5.00", "6 − 1 × (9 − 8) = 5", "少检查一个扣1分"), f.args());
    }
}
