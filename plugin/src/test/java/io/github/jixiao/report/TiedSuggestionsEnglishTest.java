package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * indicator-category-unknown's "did you mean" with names tied at the same distance comes as one argument joined by ”或“
 * (数量指标”或“质量指标). The English message printed it as the Chinese wrote it, marks and 或 (or) inside straight
 * quotes, with no English of the names: 'Did you mean "数量指标”或“质量指标”或“时效指标"?'. The fixture is helper F2's,
 * built from 山东 临邑 2025 (real table t67), whose 二级 年度数值 is a column heading typed into the category.
 */
class TiedSuggestionsEnglishTest {
    private static final Path FIXTURE = Path.of("src/test/resources/rules/indicator-category-unknown/flags/"
            + "value-spelling-not-a-category.json");

    @Test
    void tiedNamesReadAsAnEnglishChoice(@TempDir Path dir) throws Exception {
        EngineResult r = io.github.jixiao.lint.RuleFixtures.runEngine(FIXTURE, dir);
        List<Finding> tied = r.findings().stream()
                .filter(f -> f.ruleId().equals("indicator-category-unknown") && f.args().get(1).equals("年度数值")).toList();
        assertEquals(1, tied.size(), r.findings().toString());
        Finding f = tied.get(0);
        assertEquals("二级指标“年度数值”（一级“产出指标”下）不在评价体系“项目支出绩效自评表（财预〔2020〕10号）”的分类中。"
                + "是否应为“数量指标”或“质量指标”或“时效指标”？", new Messages(Messages.ZH).forResult(r).message(f));
        assertEquals("The second-level category \"年度数值\" (under \"Output indicators\") is not in the taxonomy of framework "
                + "\"Project spending self-evaluation table (MOF Caiyu [2020] No. 10)\". Did you mean \"数量指标\", \"质量指标\" or "
                + "\"时效指标\" (Quantity indicators, Quality indicators or Timeliness indicators)?",
                new Messages(Locale.ENGLISH).forResult(r).message(f));
    }
}
