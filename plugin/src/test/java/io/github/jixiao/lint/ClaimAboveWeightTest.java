package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 鄂州 2021 (real table t14) prints 分值 100 and 得分 98 in its 年度资金总额 row: the table's total in the 预算执行率 row. The
 * score takes the execution's 10 (a printed 分值 of the whole's points is no part of it), and the claim's finding said only
 * "自评 98 分，按评分标准计算为 8.35 分", which does not show that 98 cannot be a score of a 10-point criterion at all. It now
 * says the claim is above the criterion's points, beside the formula, and (s47 audit item 16) that a 98 there, at least
 * half the form's 100 in a row of 10, looks like the table's total written in the row (above-weight-total, the same
 * fingerprint as above-weight-computed).
 */
class ClaimAboveWeightTest {

    @Test
    void aComputedCriterionStatedAboveItsPointsSaysSo() throws Exception {
        Path project = Path.of(ClaimAboveWeightTest.class.getResource("/real-tables/t14-ezhou-shenpi-2021").toURI());
        List<Finding> all = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
        List<Finding> at = all.stream().filter(f -> f.pointer().equals("/funds/total/score")).toList();
        assertEquals(1, at.size(), all.toString());
        Finding f = at.get(0);
        assertEquals("score-claim-mismatch above-weight-total", f.ruleId() + " " + f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("“预算执行率”自评 98 分，超过该指标的分值 10 分：得分栏写的 98 分像是整张表的综合评分")
                && zh.contains("这一项为 8.35 分") && zh.contains("83.50% × 10"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("is stated as 98, more than its 10 points: the 98 in its score cell looks like the table's total"), en);
        assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), f.file(), "above-weight-computed", f.args()),
                io.github.jixiao.report.Fingerprints.of(f), "the finding it was");
    }
}
