package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rate-mismatch's 资金结余率 of a funds row (福建's 部门整体支出绩效自评表) names a row without a label by its place, as the
 * 执行率 of a funds row does since session 35 (b269d3d0): before, 资金行“”的资金结余率. 宁德 纺织 2018 (real-tables/t47)
 * with 8% written for its 7.44% (204743.84 / 2751417.82) on the total row and the 市级财政资金 row.
 */
class FundsRowBalanceRateTest {
    @TempDir
    Path tmp;

    private List<Finding> balanceRates(boolean labelled) throws Exception {
        Path p = tmp.resolve(labelled ? "labelled" : "unlabelled");
        Samples.copyTreeEditingIndicators(
                Path.of(FundsRowBalanceRateTest.class.getResource("/real-tables/t47-ningde-fangzhi-2018").toURI()), p, root -> { });
        Path budget = p.resolve("submission/budget.json");
        String text = Files.readString(budget).replace("\"balanceRatePercent\": 7", "\"balanceRatePercent\": 8");
        Files.writeString(budget, labelled ? text : text.replaceAll("\"label\": \"[^\"]*\",?", ""));
        return new Engine().run(EngineOptions.of(p, p.resolve("submission"))).findings().stream()
                .filter(f -> "rate-mismatch".equals(f.ruleId()) && f.pointer().endsWith("/balanceRatePercent")).toList();
    }

    @Test
    void unlabelledRowsAreNamedByTheirPlace() throws Exception {
        List<Finding> found = balanceRates(false);
        assertEquals(List.of("资金合计行的资金结余率写为 8%，按 204743.84 / 2751417.82 × 100 重新计算为 7.44%，相差超出末位舍入。请核对所写比率，或其分子、分母。",
                "第 2 个资金来源行的资金结余率写为 8%，按 204743.84 / 2751417.82 × 100 重新计算为 7.44%，相差超出末位舍入。请核对所写比率，或其分子、分母。"),
                found.stream().map(new Messages(Messages.ZH)::message).toList());
        assertEquals(List.of("The balance rate (资金结余率) of the funds total row is stated as 8%, but 204743.84 / 2751417.82 × 100 gives 7.44%: "
                        + "the gap exceeds the rounding of the last digit. Check the stated rate or the figures it is computed from.",
                "The balance rate (资金结余率) of funds source row 2 is stated as 8%, but 204743.84 / 2751417.82 × 100 gives 7.44%: "
                        + "the gap exceeds the rounding of the last digit. Check the stated rate or the figures it is computed from."),
                found.stream().map(new Messages(Locale.ENGLISH)::message).toList());
    }

    /** A labelled row is named by its label, as before (the same message, the same fingerprint). */
    @Test
    void labelledRowsAreNamedByTheirLabel() throws Exception {
        List<Finding> found = balanceRates(true);
        assertEquals(List.of("资金行“合 计”的资金结余率写为 8%，按 204743.84 / 2751417.82 × 100 重新计算为 7.44%，相差超出末位舍入。请核对所写比率，或其分子、分母。",
                "资金行“②市级财政资金”的资金结余率写为 8%，按 204743.84 / 2751417.82 × 100 重新计算为 7.44%，相差超出末位舍入。请核对所写比率，或其分子、分母。"),
                found.stream().map(new Messages(Messages.ZH)::message).toList());
        assertEquals("The balance rate (资金结余率) of the funds row \"合 计\" is stated as 8%, but 204743.84 / 2751417.82 × 100 gives 7.44%: "
                + "the gap exceeds the rounding of the last digit. Check the stated rate or the figures it is computed from.",
                new Messages(Locale.ENGLISH).message(found.get(0)));
    }
}
