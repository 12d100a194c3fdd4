package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A cost target written as words and the budget (黄石 2019, real table t15: 成本 "年度预算220万元", 年初预算数 220 万元) is
 * the budget restated, as "项目计划总投资 20万元" is (中江 2022): indicator-input-as-output's budget-restated says so. Parse
 * leaves such a target as words, so before session 34 the rule never read it (session 33's audit, A and B2).
 */
class BudgetRestatedInWordsTest {

    @Test
    void huangshisCostTargetIsTheBudgetRestated() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t15-huangshi-shenyi-2019");
        List<Finding> cell = r.findings().stream().filter(f -> f.pointer().equals("/indicators/2/target")).toList();
        // and not also indicator-time-cost-unspecified cost (a 成本 row is a cost row for every rule since session 43, E7):
        // its "没有金额" would be false beside 220万元, and the budget restated is one defect, said once
        assertEquals(List.of("indicator-input-as-output budget-restated"),
                cell.stream().map(f -> f.ruleId() + " " + f.key()).toList());
        String zh = new Messages(Messages.ZH).message(cell.get(0));
        assertTrue(zh.contains("“年度预算220万元”") && zh.contains("220 万元") && zh.contains("预算总额"), zh);
        String en = new Messages(Locale.ENGLISH).message(cell.get(0));
        assertTrue(en.contains("budget total") && en.contains("with its comparator"), en);
    }

    @Test
    void onlyWordsThenABareQuantityAreRead() {
        TargetParser.Labelled l = TargetParser.labelledBare("年度预算220万元");
        assertEquals("年度预算", l.label());
        assertEquals("= 220 万元", l.value().formatAsRead());
        assertEquals("总投资", TargetParser.labelledBare("总投资：20万元").label());
        // a ceiling, a comparator word in the words, or no number: no label and figure
        assertNull(TargetParser.labelledBare("人均成本不超过200元"));
        assertNull(TargetParser.labelledBare("单价≤5万元"));
        assertNull(TargetParser.labelledBare("控制在预算内"));
        assertNull(TargetParser.labelledBare("预算220万元以内"));
        assertNull(TargetParser.labelledBare("220万元"));
    }
}
