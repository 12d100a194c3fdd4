package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator's 得分 above its 分值 is said as such (helper E, session 38): 罗湖 南湖街道 2022 (t71) with its 质量 row's
 * 得分 typed 8 on its 5 points read "自评 8 分，按指标值与实际完成值计算为 5.00 分", which does not say what is wrong with
 * the cell; a criterion's says "超过该指标的分值" (above-weight-computed). The finding is the one it was (same
 * fingerprint: the points are a detail), and a score within the points keeps the plain message.
 */
class IndicatorAbovePointsTest {

    private static List<Finding> claims(Path tmp, String score) throws Exception {
        Path p = tmp.resolve(score);
        Samples.copyTree(Samples.realTable("t71-luohu-nanhu-pinggaiguan-2022"), p);
        Path f = p.resolve("submission/indicators.json");
        String json = Files.readString(f, StandardCharsets.UTF_8);
        String typed = json.replace("\"points\": 5, \"score\": 5 }\n  ]", "\"points\": 5, \"score\": " + score + " }\n  ]");
        assertEquals(false, typed.equals(json), "score typed");
        Files.writeString(f, typed, StandardCharsets.UTF_8);
        return new Engine().run(EngineOptions.of(p, p.resolve("submission"))).findings().stream()
                .filter(x -> x.ruleId().equals("score-claim-mismatch")).toList();
    }

    @Test
    void aScoreAboveItsPointsIsSaidSo(@TempDir Path tmp) throws Exception {
        List<Finding> f = claims(tmp, "8");
        assertEquals(1, f.size(), f.toString());
        assertEquals("绩效指标“管道天然气年度改造任务完成率”自评 8 分，超过该指标的分值 5 分；按指标值与实际完成值计算为 5.00 分（100% 达到 ≥ 100% → 5）。以计算值为准。",
                new Messages(Messages.ZH).message(f.get(0)));
        assertEquals("Indicator \"管道天然气年度改造任务完成率\" is stated as 8, more than its 5 points; its target and actual give 5.00 "
                + "(100% meets ≥ 100% → 5). The computed figure stands.", new Messages(Locale.ENGLISH).message(f.get(0)));
        assertEquals(Fingerprints.of("score-claim-mismatch", f.get(0).file(), "indicator", f.get(0).args().subList(0, 4)),
                Fingerprints.of(f.get(0)), "the finding it was");
    }

    @Test
    void aScoreWithinItsPointsKeepsThePlainMessage(@TempDir Path tmp) throws Exception {
        List<Finding> f = claims(tmp, "4");
        assertEquals(List.of("indicator-below-part"), f.stream().map(Finding::key).toList());
    }
}
