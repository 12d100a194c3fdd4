package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 黄石市图书馆 2022 (real table t82) prints its 效益 二级 as 经济效益 / 社会效益 / 环境效益: 环境效益 is the older name of
 * 生态效益. indicator-category-unknown offered the three names at the same edit distance ("经济效益指标”或“社会效益指标”或
 * “生态效益指标"), where the word 环境 (environment) says which one was meant, as 进度 says 时效.
 */
class EnvironmentBenefitHintTest {
    private static final Path FIXTURE = Path.of("src/test/resources/rules/indicator-category-unknown/flags/"
            + "environment-benefit-old-label-huangshi-2022.json");

    @Test
    void environmentBenefitSuggestsEcologicalBenefit(@TempDir Path dir) throws Exception {
        EngineResult r = io.github.jixiao.lint.RuleFixtures.runEngine(FIXTURE, dir);
        List<Finding> unknown = r.findings().stream().filter(f -> f.ruleId().equals("indicator-category-unknown")).toList();
        assertEquals(1, unknown.size(), r.findings().toString());
        Finding f = unknown.get(0);
        assertEquals("生态效益指标", f.args().get(2));
        assertEquals("二级指标“环境效益”（一级“效益指标”下）不在评价体系“项目支出绩效自评表（财预〔2020〕10号）”的分类中。"
                + "是否应为“生态效益指标”？", new Messages(Messages.ZH).forResult(r).message(f));
        assertEquals("The second-level category \"环境效益\" (under \"Benefit indicators\") is not in the taxonomy of framework "
                + "\"Project spending self-evaluation table (MOF Caiyu [2020] No. 10)\". Did you mean \"生态效益指标\" "
                + "(Ecological benefit indicators)?", new Messages(Locale.ENGLISH).forResult(r).message(f));
    }

    /** The hint is a word of the label, among the names of its own 一级: under 产出 there is no 生态效益 to suggest. */
    @Test
    void hintOnlyAmongTheLevelsNames() {
        assertEquals("生态效益指标", IndicatorCategoryUnknown.hint("环境效益", List.of("经济效益指标", "社会效益指标", "生态效益指标")));
        assertEquals(null, IndicatorCategoryUnknown.hint("环境指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")));
    }
}
