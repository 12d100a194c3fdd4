package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stated score 0.01 above the computed one that is the exact figure rounded up (隆阳 2022, t111: 预算执行率 30.00 /
 * 278.4449 = 10.774 % × 20 = 2.1548, stated 2.16 beside 2.15) is a rounding, not a score to send back: an info saying
 * so (score-claim-mismatch rounded-up, the same finding as the plain mismatch; audit s51 A6 row 8). A larger gap stays
 * the warning (廊坊 2019, t11: 9 stated for 8.62).
 */
class RoundedUpScoreTest {

    private static List<Finding> funds(String table) {
        Path project = Samples.realTable(table);
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("score-claim-mismatch") && f.pointer().equals("/funds/total/score")).toList();
    }

    @Test
    void aScoreRoundedUpByACentIsANote() {
        List<Finding> fs = funds("t111-longyang-huafei-2022");
        assertEquals(List.of("rounded-up info"), fs.stream().map(f -> f.key() + " " + f.severity().id()).toList());
        String zh = new Messages(Messages.ZH).message(fs.get(0));
        assertTrue(zh.contains("自评 2.16 分，按评分标准计算为 2.15 分") && zh.contains("把 2.1548 向上进位所致"), zh);
        assertTrue(!zh.contains("以计算值为准"), zh);
        Finding plain = new Finding(fs.get(0).ruleId(), fs.get(0).severity(), "", fs.get(0).args().subList(0, 4), fs.get(0).file(),
                fs.get(0).pointer(), fs.get(0).line(), fs.get(0).column(), fs.get(0).criterion());
        assertEquals(Fingerprints.of(plain), Fingerprints.of(fs.get(0)));
    }

    @Test
    void aLargerGapStaysTheWarning() {
        assertEquals(List.of(" warning"), funds("t11-langfang-shipin-2019").stream().map(f -> f.key() + " " + f.severity().id()).toList());
    }
}
