package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 新洲区楚剧团 2020 (real-tables/t62) prints 总分 98, which is what its 得分 column adds up to (20 + 20 + 20 + 18 + 20, the
 * execution row unscored); the 110 beside it is computed (the 18 of a met cost is 20, the blank execution score 10). Until
 * session 35 score-claim-mismatch called 110 "各指标得分之和" (the sum of the scores), which a reader adding up the column
 * finds false; it now says the sum as the scoring standard computes it.
 */
class StatedTotalComputedWordingTest {

    @Test
    void xinzhouTotalNamesTheComputedSum() throws Exception {
        List<Finding> total = RealTableRuns.asFiled("t62-xinzhou-chujutuan-2020").findings().stream()
                .filter(f -> "score-claim-mismatch".equals(f.ruleId()) && "/stated/total".equals(f.pointer())).toList();
        assertEquals(1, total.size());
        // weights of 110 on a base of 100: the computed 110 is no score to correct 98 by (total-unbased, session 47)
        assertEquals("所写综合评分 98 分与按评分标准计算的各项得分之和 110.00 分不一致；但本表计分的分值合计与满分不符（见 score-weights），计算值没有可比的基准，不能据此改正所写综合评分。请先核对各指标的分值，再核对综合评分。",
                new Messages(Messages.ZH).message(total.get(0)));
        assertEquals("The stated total 98 is not the sum of the criteria as the scoring standard computes them, 110.00; but the points scored here do not add up to the full base (see score-weights), so the computed figure has no base to compare with and cannot correct the stated total. Check the indicators' points first, then the total.",
                new Messages(Locale.ENGLISH).message(total.get(0)));
    }
}
