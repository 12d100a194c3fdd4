package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A category's points that jixiao shares evenly (the table prints no 分值, the framework states no split) add up to the
 * category's printed points exactly: the cents an even share leaves over go one each to the first rows (largest
 * remainder), so rounding adds no points. 昌宁 昌龙 2022 (t116): 产出指标(40分) over 19 rows, 40 ÷ 19 = 2.1053; until
 * session 55 each row took 2.11, 19 × 2.11 = 40.09, and the score line read "44.09 / 60.09" where the form prints 60
 * (s53 A8 C1, s55 A10 C2). A framework that states its split (广水's whole points, 15 ÷ 2 → 8 + 8) is held to it as before.
 */
class EvenShareAddsUpTest {

    @Test
    void apportionAddsUpToThePointsInRowOrder() {
        assertEquals(List.of(new BigDecimal("3.34"), new BigDecimal("3.33"), new BigDecimal("3.33")), CategoryPoints.apportion(BigDecimal.TEN, 3, 2));
        List<BigDecimal> seven = CategoryPoints.apportion(BigDecimal.valueOf(100), 7, 2);
        assertEquals(List.of("14.29", "14.29", "14.29", "14.29", "14.28", "14.28", "14.28"), seven.stream().map(BigDecimal::toPlainString).toList());
        List<BigDecimal> nineteen = CategoryPoints.apportion(BigDecimal.valueOf(40), 19, 2);
        assertEquals(10, nineteen.stream().filter(p -> p.compareTo(new BigDecimal("2.11")) == 0).count());
        assertEquals(9, nineteen.stream().filter(p -> p.compareTo(new BigDecimal("2.10")) == 0).count());
        for (List<BigDecimal> parts : List.of(nineteen, seven, CategoryPoints.apportion(BigDecimal.TEN, 3, 2),
                CategoryPoints.apportion(new BigDecimal("60"), 3, 2), CategoryPoints.apportion(new BigDecimal("12.5"), 4, 2),
                CategoryPoints.apportion(new BigDecimal("0.05"), 7, 2))) {
            BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertTrue(sum.compareTo(new BigDecimal("40")) == 0 || sum.compareTo(new BigDecimal("100")) == 0
                    || sum.compareTo(BigDecimal.TEN) == 0 || sum.compareTo(new BigDecimal("60")) == 0
                    || sum.compareTo(new BigDecimal("12.5")) == 0 || sum.compareTo(new BigDecimal("0.05")) == 0, parts.toString());
        }
        assertEquals(List.of("20.00", "20.00", "20.00"), CategoryPoints.apportion(new BigDecimal("60"), 3, 2).stream().map(BigDecimal::toPlainString).toList());
        // whole points (scale 0): 15 ÷ 2 → 8 + 7 (what an apportioning framework would give; a stated split is not apportioned)
        assertEquals(List.of("8", "7"), CategoryPoints.apportion(BigDecimal.valueOf(15), 2, 0).stream().map(BigDecimal::toPlainString).toList());
        // points finer than the scale cannot be apportioned to it
        assertNull(CategoryPoints.apportion(new BigDecimal("10.005"), 3, 2));
    }

    @Test
    void changningsFortyPointsAddUpToFortyAndTheLineReadsSixty() {
        Path p = Samples.realTable("t116-changning-changlong-2022");
        var r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        CriterionScore outputs = r.sheet().criteria().stream().filter(c -> !c.items().isEmpty()).findFirst().orElseThrow();
        BigDecimal sum = outputs.items().stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(BigDecimal.valueOf(40)), outputs.toString());
        assertEquals(0, r.sheet().weight().compareTo(BigDecimal.valueOf(60)), r.sheet().toString());
        String console = ConsoleReport.render(r.findings(), r.sheet(), new Messages(Messages.ZH), r.files().size()).stream()
                .map(ConsoleReport.Line::text).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(console.contains("得分：44.00 / 60.00"), console);
        // the note says how the cents went, a detail: the same finding as before (its fingerprint unchanged)
        Finding note = r.findings().stream().filter(f -> f.ruleId().equals("score-assumption")).findFirst().orElseThrow();
        assertEquals("category-even-level1-scored-cents", note.key());
        assertEquals("40 ÷ 19 = 2.1053 → 2.11", note.args().get(3));
        assertEquals("10 × 2.11 + 9 × 2.10 = 40", note.args().get(7));
        assertEquals(Fingerprints.of(new Finding(note.ruleId(), note.severity(), "category-even-level1-scored", note.args().subList(0, 7),
                note.file(), note.pointer(), note.line(), note.column(), note.criterion())), Fingerprints.of(note));
        assertTrue(new Messages(Messages.ZH).message(note).contains("使各行分值合计恰为所印分值：10 × 2.11 + 9 × 2.10 = 40"));
        assertTrue(new Messages(Locale.ENGLISH).message(note).contains("add up to the printed points exactly: 10 × 2.11 + 9 × 2.10 = 40"));
    }
}
