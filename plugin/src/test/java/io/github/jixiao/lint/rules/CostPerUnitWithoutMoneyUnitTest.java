package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 同心县下马关镇 2023 (real-tables/t64) writes its cost target "≤28.40/株": a cost per plant whose 元 is missing. Until
 * session 35 indicator-time-cost-unspecified called it "只是一个比率" (a rate) and asked for a ceiling in 万元, as for
 * "成本控制率 90%—100%"; it now asks for the money unit of the unit cost (key cost-no-money-unit), and since session 51
 * for the one its name's template hint states (cost-no-money-unit-hint).
 */
class CostPerUnitWithoutMoneyUnitTest {

    @Test
    void tongxinCostPerPlantAsksForTheMoneyUnit() throws Exception {
        List<Finding> cost = RealTableRuns.asFiled("t64-tongxin-xiamaguan-2023").findings().stream()
                .filter(f -> "indicator-time-cost-unspecified".equals(f.ruleId()) && f.pointer().equals("/indicators/3/target"))
                .toList();
        assertEquals(1, cost.size());
        Finding f = cost.get(0);
        // since session 51 the 元 of the name's hint "(≤**元/株)" is read: not "是元还是万元，无从判断" (audit s50 A5 row 8)
        assertEquals("cost-no-money-unit-hint", f.key());
        assertEquals("成本指标“黄金蜜(葡萄)补助成本(≤**元/株)”的指标值“≤28.40/株”是每株的成本，却没有金额单位：单位“元/株”只写在名称的模板提示里，"
                + "提示删去后，指标值就看不出是元还是万元。请把单位写在指标值中，如“≤ 28.40 元/株”。", new Messages(Messages.ZH).message(f));
        assertEquals("The cost target \"≤28.40/株\" of indicator \"黄金蜜(葡萄)补助成本(≤**元/株)\" is a cost per unit (\"/株\") with no money unit: "
                + "the unit \"元/株\" is only in the template's hint in the name, and once the hint is removed the target no longer says "
                + "whether it is yuan or 10,000 yuan. Write the unit in the target, e.g. \"≤ 28.40 元/株\".", new Messages(Locale.ENGLISH).message(f));
    }
}
