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
        assertEquals("所写综合评分 98 分与按评分标准计算的各项得分之和 110.00 分不一致。以计算值为准。",
                new Messages(Messages.ZH).message(total.get(0)));
        assertEquals("The stated total 98 is not the sum of the criteria as the scoring standard computes them, 110.00. The computed figure stands.",
                new Messages(Locale.ENGLISH).message(total.get(0)));
    }
}
