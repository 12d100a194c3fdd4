package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 东莞 2019 (real table t29) prints two 二级 the taxonomy does not know: 预算(或投资规模)控制指标, which edit distance matched to
 * “数量指标”或“质量指标”或“时效指标” (keeping to a budget is the cost category), and 社会、经济、生态效益 指标, three
 * categories in one, which it matched to 经济效益指标 beside a 社会 row (结算争议率). s47 audit item 10.
 */
class BudgetControlAndMergedBenefitsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/rules/indicator-category-unknown/flags/"
            + "budget-control-and-merged-benefits-dongguan-2019.json");

    @Test
    void budgetControlIsCostAndAMergedLabelIsToBeSplit(@TempDir Path dir) throws Exception {
        EngineResult r = io.github.jixiao.lint.RuleFixtures.runEngine(FIXTURE, dir);
        List<Finding> unknown = r.findings().stream().filter(f -> f.ruleId().equals("indicator-category-unknown")).toList();
        assertEquals(2, unknown.size(), r.findings().toString());
        Messages zh = new Messages(Messages.ZH).forResult(r);
        assertEquals("二级指标“预算(或投资规模)控制指标”（一级“产出指标”下）不在评价体系“项目支出绩效自评表（财预〔2020〕10号）”的分类中。"
                + "是否应为“成本指标”？", zh.message(unknown.get(0)));
        assertEquals("二级指标“社会、经济、生态效益 指标”（一级“效益指标”下）把几类合成了一类，不在评价体系“项目支出绩效自评表（财预〔2020〕10号）”"
                + "的分类中。请按社会效益/经济效益/生态效益分列：每个指标填在它所属的一类下（社会效益指标、经济效益指标、生态效益指标）。",
                zh.message(unknown.get(1)));
    }
}
