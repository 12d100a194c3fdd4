package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.RealTableRuns;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A target written with the words naming what is measured beside its comparator (合格率≥95%, ≥95%（度汛安全率）) is read as
 * its one quantity where the actual is a number in the same unit: the reviewer trial of session 29 (defect 6, /tmp/ur29/r5:
 * 天长 2022 (t5) with five such rows) scored each 0 as 定性 (qualitative) and asked for a 完成档次 (achievement), 49.09 in
 * all. Now each met row keeps its 10 points, and a score-assumption on its target says how it was read.
 */
class LabelledTargetScoringTest {

    /** The trial's five rows (and its 成本 row ≤880万元 / 800万元), on 天长 2022. */
    private static final String[][] TRIAL = {
        {"2", "合格率≥95%", "98%"},
        {"3", "支付率≥90%", "90.9%"},
        {"4", "≤880万元", "800万元"},
        {"5", "≥95%（度汛安全率）", "100%"},
        {"6", "因灾损失≤10万元", "6万元"},
        {"8", "工程完好率 ≥ 90%", "95%"},
    };

    @Test
    void theTrialsFiveRowsAreReadAndMet(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t5-tianchang-2022", root -> {
            for (String[] row : TRIAL) {
                edit(root, row[0], row[1], row[2]);
            }
        });
        assertEquals(List.of(
                "/indicators/2/target score-assumption labelled-target [工程质量合格, 合格率≥95%, 合格率, ≥ 95%, 98%]",
                "/indicators/3 indicator-input-as-output name [年度资金支付完成率100%, 支付率≥90%, 资金支付完成]",
                "/indicators/3/target score-assumption labelled-target [年度资金支付完成率100%, 支付率≥90%, 支付率, ≥ 90%, 90.9%]",
                // ≤880万元 is 天长 2022's whole budget (880 万元): a ceiling that shows no cost control, a note since session 47
                "/indicators/4/target indicator-input-as-output budget-ceiling [资金执行在预算范围内, ≤880万元, 880 万元]",
                "/indicators/5/target score-assumption labelled-target [全市安全度汛, ≥95%（度汛安全率）, 度汛安全率, ≥ 95%, 100%]",
                "/indicators/6/target score-assumption labelled-target [保护全市人口财产不受损失, 因灾损失≤10万元, 因灾损失, ≤ 10 万元, 6万元]",
                "/indicators/8/target score-assumption labelled-target [已建工程良性运行, 工程完好率 ≥ 90%, 工程完好率, ≥ 90%, 95%]"),
                onRows(r, "2", "3", "4", "5", "6", "8"),
                "each read row said once, and no other finding on the six rows but the trial's one on row 3's name (no score-input-missing, "
                        + "incommensurable, no-comparator, no-unit, missed)");
        assertEquals(new BigDecimal("100.00"), r.sheet().total(), "every row met: 100 (the trial had 49.09 with 800 of 880 executed)");
    }

    /** Where the actual does not let the target be read (words, another unit), the fix asked for is a figure, not a 完成档次. */
    @Test
    void anActualInOtherTermsAsksForAFigure(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t5-tianchang-2022", root -> {
            edit(root, "2", "合格率≥95%", "98分");
            edit(root, "6", "因灾损失≤10万元", "损失较小");
        });
        List<String> found = onRows(r, "2", "6");
        assertEquals(List.of(
                "/indicators/2/actual indicator-actual-incommensurable labelled-target [工程质量合格, 合格率≥95%, 98分, ≥ 95%]",
                "/indicators/2/target score-input-missing labelled-target [工程质量合格, 合格率≥95%, 产出指标（数量、质量、时效、成本）, ≥ 95%]",
                "/indicators/6/target score-input-missing labelled-target [保护全市人口财产不受损失, 因灾损失≤10万元, 效益指标（经济、社会、生态效益及可持续影响）, ≤ 10 万元]"),
                found);
    }

    private static void edit(ObjectNode root, String index, String target, String actual) {
        ObjectNode row = (ObjectNode) root.at("/indicators/" + index);
        row.put("target", target);
        row.put("actual", actual);
    }

    /** The findings on the given rows, each as pointer, rule, key and arguments. */
    private static List<String> onRows(EngineResult r, String... rows) {
        return r.findings().stream()
                .filter(f -> java.util.Arrays.stream(rows).anyMatch(k -> f.pointer().equals("/indicators/" + k)
                        || f.pointer().startsWith("/indicators/" + k + "/")))
                .map(LabelledTargetScoringTest::line)
                .sorted()
                .toList();
    }

    private static String line(Finding f) {
        return f.pointer() + " " + f.ruleId() + " " + f.key() + " " + f.args();
    }
}
