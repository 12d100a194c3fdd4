package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 隆阳 2022 (t111) prints no 分值 and scores its numbered parts on top of their parents (15 = 5 + 5 + 5): the rows' 得分
 * add to 95 over the 80 of their part (score-claim-mismatch indicators-above-weight), and score-input-missing beside it
 * said "本表所列各行所写得分合计 95 分，加上预算执行率计得的 2.15 分，共 97.15 分", a sum that counts the parts twice
 * (audit s51 A6 row 7). It is said without the sum, the same finding.
 */
class RowsSumOverTest {

    @Test
    void theRowsSumIsLeftOutWhereItCountsPartsTwice() {
        Path project = Samples.realTable("t111-longyang-huafei-2022");
        List<Finding> fs = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && f.pointer().equals("/indicators")).toList();
        // (-own since session 52: t111 is on its own framework, not 财预〔2020〕10号's form, which the finding no longer cites)
        assertEquals(List.of("indicator-points-none-short-own"), fs.stream().map(Finding::key).toList());
        String zh = new Messages(Messages.ZH).message(fs.get(0));
        assertTrue(!zh.contains("97.15") && !zh.contains("合计 95 分") && zh.contains("计得 2.15 分"), zh);
        List<String> withSum = new ArrayList<>(fs.get(0).args());
        withSum.add("95");
        withSum.add("97.15");
        Finding before = new Finding(fs.get(0).ruleId(), fs.get(0).severity(), "indicator-points-none-short-rows-partial", withSum,
                fs.get(0).file(), fs.get(0).pointer(), fs.get(0).line(), fs.get(0).column(), fs.get(0).criterion());
        assertEquals(Fingerprints.of(before), Fingerprints.of(fs.get(0)));
    }
}
