package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 52 (audit s51 A6 §3): 红河州第二人民医院 2023 (t109) files two counts of visits as 成本指标 ("开展技术指导 |
 * 一个季度开展技术指导一次,共4次", "开展考核评价 | …共4次"), with no target and no money. No rule read them (the cost
 * checks read a row's target, and it has none): indicator-time-cost-unspecified now says the cost row gives a count of
 * times, not a cost (cost-count-actual, an info at the actual).
 */
class CostRowCountsTimesTest {

    @Test
    void theCostRowsOfVisitsAreSaidToCountTimes() {
        List<Finding> all = new Engine().run(EngineOptions.of(Samples.realTable("t109-honghe-erbao-gongwei-2023"),
                Samples.realTable("t109-honghe-erbao-gongwei-2023").resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-time-cost-unspecified")).toList();
        assertEquals(List.of("cost-count-actual /indicators/2/actual", "cost-count-actual /indicators/3/actual"),
                all.stream().map(f -> f.key() + " " + f.pointer()).sorted().toList());
        String zh = new Messages(Locale.SIMPLIFIED_CHINESE).message(all.get(0));
        assertTrue(zh.startsWith("成本指标“开展技术指导”写的是次数，不是成本：实际完成值“一个季度开展技术指导一次,共4次”数的是次数（4次）"), zh);
        String en = new Messages(Locale.ENGLISH).message(all.get(0));
        assertTrue(en.startsWith("Cost indicator \"开展技术指导"), en);
    }
}
