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
}
