package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A table with no 分值 column whose points are printed on its categories only (区商务局 2020, t18: 产出指标(60分) and
 * 效益指标(40分) under 年度绩效目标(80分), 20 + 100 = 120): score-weights says the total once, asking to check the
 * categories' printed points (total-categories), not the rows' 分值 the table lacks, and the block's split beside it is
 * not said again (session 47, W10's session-46 left-alone item). The fingerprint is total's. Only above 100: short of it
 * (a copy without some categories), the old wording stands (WeightsSuggestionTest's 广水 2021).
 */
class CategoriesTotalTest {
    @Test
    void theCategoriesPointsAreWhatToCheck() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t18-shangwu-fuwumaoyi-2020");
        List<Finding> w = r.findings().stream().filter(f -> f.ruleId().equals("score-weights")).toList();
        // its stated 总分 100 below the printed 120 carried in since session 48 (total-categories-stated; D2)
        assertEquals(List.of("total-categories-stated"), w.stream().map(Finding::key).toList(), w.toString());
        Finding f = w.get(0);
        assertEquals("120", f.args().get(0));
        assertEquals("产出指标 60、效益指标 40", f.args().get(3));
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("各指标的分值来自表中印在指标类别上的分值（产出指标 60、效益指标 40 分），表中没有“分值”栏：请核对这些类别分值"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("prints on their categories (产出指标 60、效益指标 40 points)"), en);
        Finding asTotal = new Finding(f.ruleId(), f.severity(), "total", f.args().subList(0, 3), f.file(), f.pointer(), f.line(),
                f.column(), f.criterion());
        assertEquals(Fingerprints.of(asTotal), Fingerprints.of(f), "a baseline's total entry still holds it");
    }
}
