package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare number where the format has an amount with its unit ({@code "actualExpenditure": 912} in a project's budget.json,
 * trial E4, session 41) is the schema's finding to fix, and the criterion computed from it is not scored for a figure
 * written but unreadable. Before, the scorer read the bare number as a plain figure, and mof-project-2020's 预算执行率
 * divided it by an amount: framework-invalid units, "金额与非金额…", which in a built-in framework calls itself a jixiao
 * defect to report — a false alarm pointing at the framework, not at the cell to correct.
 */
class BareAmountTest {

    private static EngineResult run(Path dir, String spent) throws Exception {
        io.github.jixiao.init.ProjectAtSelfEvaluation.write(dir, ",\n  \"actualExpenditure\" : " + spent);
        return new Engine().run(EngineOptions.of(dir, dir.resolve("submission")));
    }

    private static List<String> about(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("framework-invalid") || f.ruleId().equals("schema")
                        || f.ruleId().equals("score-input-missing") && f.file().endsWith("budget.json"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.file() + " " + f.pointer()).toList();
    }

    @Test
    void aBareNumberForAnAmountIsTheCellsFaultNotTheFrameworks(@TempDir Path tmp) throws Exception {
        EngineResult bare = run(tmp.resolve("bare"), "912");
        // (the scorer's score-input-missing at the same cell is left out beside the schema's: Engine.unreadableOnce)
        assertEquals(List.of("schema type-money submission/budget.json /actualExpenditure"), about(bare));
        String reason = bare.sheet().unscored().stream().filter(u -> u.name().equals("预算执行率")).findFirst().orElseThrow().reason();
        assertEquals("“全年执行数”已填写但无法读取（budget.json 的 \"actualExpenditure\": {\"value\": …, \"unit\": \"万元\"}），见该处的问题说明", reason);
        // written as the schema's finding says: scored
        EngineResult amount = run(tmp.resolve("amount"), "{\"value\": 912, \"unit\": \"万元\"}");
        assertEquals(List.of(), about(amount));
    }

    /** The skeleton at 自评 with every amount of budget.json written bare, as the schema's type-money finds them. */
    private static EngineResult runBare(Path dir, String spent, String... bare) throws Exception {
        io.github.jixiao.init.ProjectAtSelfEvaluation.write(dir, ",\n  \"actualExpenditure\" : " + spent);
        Path budget = dir.resolve("submission/budget.json");
        String text = java.nio.file.Files.readString(budget, java.nio.charset.StandardCharsets.UTF_8);
        for (String field : bare) {
            text = text.replaceAll("(\"" + field + "\" : )\\{\\s*\"value\" : (\\d+),\\s*\"unit\" : \"万元\"\\s*\\}", "$1$2");
        }
        java.nio.file.Files.writeString(budget, text, java.nio.charset.StandardCharsets.UTF_8);
        return new Engine().run(EngineOptions.of(dir, dir.resolve("submission")));
    }

    private static String unscored(EngineResult r) {
        return r.sheet().unscored().stream().filter(u -> u.name().equals("预算执行率")).findFirst()
                .map(io.github.jixiao.score.ScoreSheet.Unscored::reason).orElse("scored: " + r.sheet().criteria().stream()
                        .filter(c -> "预算执行率".equals(c.name())).map(c -> c.explanation()).findFirst().orElse("?"));
    }

    /**
     * Two bare amounts divided ("fullYearBudget": 960 and "actualExpenditure": 912, both where the format has an amount
     * with its unit): not 912 / 960 computed as plain numbers beside the schema's two type-money findings, but the same
     * as one bare amount beside an amount (above): the figure is written and unreadable, the criterion not scored until it
     * is written with its unit (trial E5, session 42).
     */
    @Test
    void twoBareAmountsAreNotDividedAsPlainNumbers(@TempDir Path tmp) throws Exception {
        EngineResult bare = runBare(tmp.resolve("two"), "912", "initialBudget", "fullYearBudget");
        assertEquals(List.of("schema type-money submission/budget.json /actualExpenditure",
                "schema type-money submission/budget.json /fullYearBudget",
                "schema type-money submission/budget.json /initialBudget"), about(bare).stream().sorted().toList());
        // each written and unreadable, named with the object to write
        assertEquals("“全年执行数”已填写但无法读取（budget.json 的 \"actualExpenditure\": {\"value\": …, \"unit\": \"万元\"}），见该处的问题说明；"
                + "“全年预算数”已填写但无法读取（budget.json 的 \"fullYearBudget\": {\"value\": …, \"unit\": \"万元\"}），见该处的问题说明",
                unscored(bare));
    }

    /**
     * A bare 全年预算数 beside an executed amount with its unit: the figure is written, so 年初预算数 does not stand in for it
     * (score-assumption initial-as-full-year, "the table prints no 全年预算数", would be false); it is unreadable until
     * written with its unit, as a bare 全年执行数 is.
     */
    @Test
    void aBareFullYearBudgetIsNotStoodInFor(@TempDir Path tmp) throws Exception {
        EngineResult bare = runBare(tmp.resolve("full"), "{\"value\": 912, \"unit\": \"万元\"}", "fullYearBudget");
        assertEquals(List.of("schema type-money submission/budget.json /fullYearBudget"), about(bare));
        assertEquals(List.of(), bare.findings().stream().filter(f -> f.ruleId().equals("score-assumption"))
                .map(f -> f.key() + " " + f.pointer()).toList());
        assertEquals("“全年预算数”已填写但无法读取（budget.json 的 \"fullYearBudget\": {\"value\": …, \"unit\": \"万元\"}），见该处的问题说明",
                unscored(bare));
    }
}
