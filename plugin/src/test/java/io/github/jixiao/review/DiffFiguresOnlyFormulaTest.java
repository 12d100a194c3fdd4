package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English diff.md against a base written in Chinese said "Before: (the base's reports are in the other language: its
 * formula is in diff.json)" even of a formula of figures only, {@code 10 + 5 + 5 + 4 + 3 + 3 = 30.00}, which reads the same
 * in both (session 38, trial E). On real table t1 (银川 2021, 产出指标 the sum of its rows' scores): 保障人数 achieved at half
 * its target, the base in Chinese, the run in English: the base's formula is stated; a formula with words still is not.
 */
class DiffFiguresOnlyFormulaTest {
    @TempDir
    Path tmp;

    @Test
    void aFormulaOfFiguresOnlyIsStatedAcrossLanguages() throws Exception {
        Path t1 = Path.of(getClass().getResource("/real-tables/t1-yinchuan-2021").toURI());
        Path base = tmp.resolve("base");
        io.github.jixiao.testing.Samples.copyTree(t1, base);
        Path current = tmp.resolve("current");
        io.github.jixiao.testing.Samples.copyTree(t1, current);
        Path ind = current.resolve("submission/indicators.json");
        String text = Files.readString(ind, StandardCharsets.UTF_8);
        String cut = text.replace("\"actual\": \"2370人\"", "\"actual\": \"1185人\"");
        assertTrue(!cut.equals(text), text);
        Files.writeString(ind, cut, StandardCharsets.UTF_8);

        DiffLanguageTest.report(base, Messages.ZH, tmp.resolve("base-out"));
        EngineResult r = DiffLanguageTest.report(current, Locale.ENGLISH, tmp.resolve("cur-out"));
        ScoreDiff.Result d = DiffLanguageTest.compare(tmp.resolve("base-out"), tmp.resolve("cur-out"));
        ScoreDiff.Moved output = d.moved().stream().filter(mv -> mv.id().equals("output-indicators")).findFirst().orElseThrow();
        assertEquals("10 + 5 + 5 + 4 + 3 + 3 = 30.00", output.explanationBefore());
        Messages m = new Messages(Locale.ENGLISH).forSheet(r.sheet());
        String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(r.sheet(), m));
        assertTrue(md.contains("  - Before: 10 + 5 + 5 + 4 + 3 + 3 = 30.00\n  - After: 5 + 5 + 5 + 4 + 3 + 3 = 25.00\n"), md);
        assertTrue(!md.contains("other language"), md);
        // a formula with a word in it is not restated: still said to be in diff.json
        assertTrue(ScoreDiff.figuresOnly("88.32 / 95 = 0.9297 × 10 = 9.3"));
        assertTrue(!ScoreDiff.figuresOnly("执行率 448.01/657.77 = 68.11% × 1 + 政策功能 1"));
        assertTrue(!ScoreDiff.figuresOnly("Q1 97.92% / 25% → 1"));
        assertTrue(!ScoreDiff.figuresOnly(" "));
    }
}
