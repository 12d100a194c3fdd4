package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A category's printed points shared evenly by jixiao (the table prints no 分值 and the framework no split) are an
 * assumption, and a 得分 its rows print is the table's own figure on points it does not print: not held row by row to the
 * assumed share. 昌宁 昌龙 2022 (t116): 产出指标(40分) over 19 rows, 40 ÷ 19 → 2.11 each; 18 rows print 1, 2 or 3 (the 19th's
 * past the copy's cut). Until session 53, 18 score-claim-mismatch warnings (three "above its points", fifteen "met, yet
 * stated below") and 15 indicator-score-unexplained behind them, all consequences of the share; now score-assumption's
 * note says once that the printed scores are not checked on it ({@code category-even-level1-scored}, the same finding).
 */
class AssumedShareScoresTest {

    @Test
    void printedScoresOnAnAssumedShareAreSaidOnceNotHeldRowByRow() {
        Path p = Samples.realTable("t116-changning-changlong-2022");
        var r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        List<Finding> all = r.findings();
        assertTrue(all.stream().noneMatch(f -> f.pointer().startsWith("/indicators/") && f.pointer().endsWith("/score")
                && (f.ruleId().equals("score-claim-mismatch") || f.ruleId().equals("indicator-score-unexplained"))), all.toString());
        List<Finding> notes = all.stream().filter(f -> f.ruleId().equals("score-assumption")).toList();
        // (-cents since session 55: 40 ÷ 19 does not divide to the cent, the parts add up to 40: EvenShareAddsUpTest)
        assertEquals(List.of("category-even-level1-scored-cents"), notes.stream().map(Finding::key).toList());
        Finding note = notes.get(0);
        assertEquals("18", note.args().get(5));
        String zh = new Messages(Messages.ZH).message(note);
        assertTrue(zh.contains("其中 18 行印有得分（合计 " + note.args().get(6) + " 分），有的高于平均分值，可见各行分值不等：各行得分不按这一假设的平均分值逐行核对"), zh);
        assertTrue(new BigDecimal(note.args().get(6)).compareTo(BigDecimal.valueOf(18)) >= 0
                && new BigDecimal(note.args().get(6)).compareTo(BigDecimal.valueOf(54)) <= 0, "1 to 3 on each of 18 rows");
        String en = new Messages(Locale.ENGLISH).message(note);
        assertTrue(en.contains("18 of its rows print a score") && en.contains("some above that share") && en.contains("not checked row by row"), en);
        assertEquals(Fingerprints.of(new Finding(note.ruleId(), note.severity(), "category-even-level1", note.args().subList(0, 7), note.file(),
                note.pointer(), note.line(), note.column(), note.criterion())), Fingerprints.of(note));
        // the rows still score their share where met: the block's computed figure is jixiao's, as before
        CriterionScore outputs = r.sheet().criteria().stream().filter(c -> !c.items().isEmpty()).findFirst().orElseThrow();
        // (2.11 on the first ten, 2.10 on the other nine since session 55: 40 in all, not 40.09)
        assertTrue(outputs.items().stream().allMatch(it -> it.weight().compareTo(new BigDecimal("2.11")) == 0
                || it.weight().compareTo(new BigDecimal("2.10")) == 0), outputs.toString());
    }
}
