package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A target above 100 % on a rate that cannot exceed it (合格率 ≥ 120%) is scored against the ceiling it can only mean,
 * 100 % (session 52, N5's left-alone 4): 棠溪 2022's 委托业务报告合格率 (t25 row 1, 8 of 8, "≥100百分比" beside 100) with its
 * target written "≥120%". Until then it was scored as printed: 100 / 120 × 8 = 6.67 beside a 100 % actual, and the
 * full-points error asked for that share of a target no rate reaches. indicator-target-at-ceiling's above-hundred still asks
 * for the target corrected; the explanation says the reading.
 */
class RateCeilingScoringTest {

    private static EngineResult run(Path tmp, String target, String actual) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTreeEditingIndicators(Samples.realTable("t25-tangxi-weituo-2022"), project, root -> {
            ObjectNode row = (ObjectNode) root.at("/indicators/1");
            row.put("target", target);
            row.put("actual", actual);
        });
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static CriterionScore item(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.name().equals("委托业务报告合格率")).findFirst().orElseThrow();
    }

    private static List<String> onRow(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/1/"))
                .map(f -> f.pointer() + " " + f.ruleId() + " " + f.key() + " " + f.severity().id()).toList();
    }

    @Test
    void aHundredPercentMeetsTheCeiling(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "≥120%", "100%");
        assertEquals(new BigDecimal("8"), item(r).score().stripTrailingZeros());
        assertEquals("100% 达到 ≥ 120%（该比率不会超过 100%，按 ≥ 100% 读） → 8", item(r).explanation());
        assertEquals(List.of("/indicators/1/target indicator-target-at-ceiling above-hundred warning"), onRow(r));
    }

    @Test
    void aShortfallIsScoredAgainstTheCeiling(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "≥120%", "90%");
        assertEquals(new BigDecimal("7.2"), item(r).score().stripTrailingZeros());
        assertTrue(item(r).explanation().startsWith("90% 未达到 ≥ 120%（该比率不会超过 100%，按 ≥ 100% 读）：90 / 100 = 0.9 × 8 = 7.2"), item(r).explanation());
        assertTrue(item(r).explanation().contains("90 / 100"), item(r).explanation());
        Finding full = r.findings().stream().filter(f -> f.ruleId().equals("score-ignores-missed-target")).findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        String zh = new Messages(Messages.ZH).message(full);
        assertTrue(zh.contains("7.2") && !zh.contains("6.67") && !zh.contains("/ 120"), zh);
        // a ceiling written as one is met by any rate, and read as written
        EngineResult le = run(tmp.resolve("le"), "≤120%", "90%");
        assertEquals(new BigDecimal("8"), item(le).score().stripTrailingZeros());
    }

    /**
     * The miss of such a target says the reading it is scored by beside the figure written (session 53, C1's left-alone:
     * it quoted "≥120%" alone where 90 / 100 is scored): t25's row 1 as ≥120% | 90% with no printed score, so that the miss
     * is not folded into score-ignores-missed-target's error (whose formula says 90 / 100), and with a reason written. The
     * same findings as the plain keys (sameAs, the reading a detail).
     */
    @Test
    void theMissSaysTheCeilingItIsScoredBy(@TempDir Path tmp) throws Exception {
        for (String explanation : new String[] {null, "部分报告退回修改"}) {
            Path project = tmp.resolve(explanation == null ? "plain" : "explained");
            Samples.copyTreeEditingIndicators(Samples.realTable("t25-tangxi-weituo-2022"), project, root -> {
                ObjectNode row = (ObjectNode) root.at("/indicators/1");
                row.put("target", "≥120%");
                row.put("actual", "90%");
                row.remove("score");
                if (explanation != null) {
                    row.put("explanation", explanation);
                }
            });
            EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
            Finding f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-target-missed")).findFirst()
                    .orElseThrow(() -> new AssertionError(r.findings().toString()));
            assertEquals(explanation == null ? "ceiling" : "explained-ceiling", f.key());
            String zh = new Messages(Messages.ZH).message(f);
            assertTrue(zh.contains("指标值 ≥120%（该比率不会超过 100%，计分按 ≥ 100% 读），实际完成值 90%"), zh);
            String en = new Messages(Locale.ENGLISH).message(f);
            assertTrue(en.contains("(no such rate exceeds 100%: scored as ≥ 100%)"), en);
            assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", explanation == null ? "" : "explained", f.args()),
                    io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", f.key(), f.args()));
        }
    }

    /**
     * Marked down by its ratio with no reason (t25's row 1 as ≥120% | 90%, 7.2 of 8 printed: 90 / 100 × 8), the miss said
     * the deduction against "≥120%" alone (session 53 W1's left-alone): deducted-ceiling says the reading too, the same
     * finding as deducted (sameAs "", the points and the reading details). Marked down further (6 of 8), it is
     * deducted-below(-part) as before, its formula the reading's (Engine.missedClaimOnce folds deducted-ceiling as deducted).
     */
    @Test
    void aDeductionSaysTheCeilingItIsHeldTo(@TempDir Path tmp) throws Exception {
        for (String score : new String[] {"7.2", "6"}) {
            Path project = tmp.resolve("s" + score);
            Samples.copyTreeEditingIndicators(Samples.realTable("t25-tangxi-weituo-2022"), project, root -> {
                ObjectNode row = (ObjectNode) root.at("/indicators/1");
                row.put("target", "≥120%");
                row.put("actual", "90%");
                row.put("score", new BigDecimal(score));
            });
            EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
            Finding f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-target-missed")).findFirst()
                    .orElseThrow(() -> new AssertionError(r.findings().toString()));
            String zh = new Messages(Messages.ZH).message(f);
            if (score.equals("6")) {
                assertTrue(f.key().startsWith("deducted-below"), f.key()); // -part: t25's framework is partial
                assertTrue(zh.contains("（该比率不会超过 100%，按 ≥ 100% 读）：90 / 100 = 0.9 × 8 = 7.2"), zh);
                continue;
            }
            assertEquals("deducted-ceiling", f.key());
            assertTrue(zh.contains("指标值 ≥120%（该比率不会超过 100%，计分按 ≥ 100% 读），实际完成值 90%。得分已扣减（8 分中得 7.2 分）"), zh);
            String en = new Messages(Locale.ENGLISH).message(f);
            assertTrue(en.contains("(no such rate exceeds 100%: scored as ≥ 100%), actual 90%. The score is reduced (7.2 of 8 points)"), en);
            assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", "deducted", f.args().subList(0, 5)),
                    io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", f.key(), f.args()));
        }
    }
}
