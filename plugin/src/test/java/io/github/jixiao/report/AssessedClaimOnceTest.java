package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A criterion scored on the department's own score (method assessed) already says that score in its formula
 * ("自评 50，超过分值 5，按 5 计"); the summary's "（自评 50）" after it said it a second time (trial E6, session 43: the
 * reference report's 5-point 预算编制规范性 typed as 50). The console left it out already; the Markdown, page and workbook
 * now do the same. A criterion computed from data keeps the department's differing score after its formula.
 */
class AssessedClaimOnceTest {

    @TempDir
    Path tmp;

    @Test
    void anAssessedScoreAboveItsPointsIsSaidOnce() throws Exception {
        Path from = ScoreSummaryTest.sample();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = tmp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path sa = tmp.resolve("submission/self-assessment.json");
        Files.writeString(sa, Files.readString(sa).replaceFirst("\"score\": 5,", "\"score\": 50,"));
        EngineResult r = ScoreSummaryTest.run(tmp);
        EngineResult e = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions
                .of(tmp, tmp.resolve("submission")).withLocale(Locale.ENGLISH));
        String en = ScoreSummaryMarkdown.render(e, Map.of(), new Messages(Locale.ENGLISH), ScoreSummaryTest.META);
        String line = en.lines().filter(x -> x.contains("self-assessed 50")).findFirst().orElseThrow(() -> new AssertionError(en));
        assertTrue(line.contains("self-assessed 50, above the weight 5: counted as 5"), line);
        assertEquals(1, line.split("self-assessed 50", -1).length - 1, line);
        String zh = ScoreSummaryMarkdown.render(r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META);
        String zl = zh.lines().filter(x -> x.contains("自评 50")).findFirst().orElseThrow(() -> new AssertionError(zh));
        assertEquals(1, zl.split("自评 50", -1).length - 1, zl);
        // a criterion computed from data keeps the department's differing score after its formula
        io.github.jixiao.score.CriterionScore computed = new io.github.jixiao.score.CriterionScore("c", "预算执行率", "过程",
                "预算执行", new java.math.BigDecimal("10"), new java.math.BigDecimal("8.50"), "ratio", java.util.List.of(), "",
                new java.math.BigDecimal("10"), null, java.util.List.of(), false, null, null);
        assertEquals("（自评 10）", ScoreSummary.claimed(computed, new Messages(Messages.ZH)));
    }
}
