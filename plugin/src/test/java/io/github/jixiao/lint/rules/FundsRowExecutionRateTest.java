package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * rate-mismatch holds the 执行率 a funds row states to its own 全年执行数 ÷ 全年预算数 (session 35, helper F): 宁夏 福彩中心 2023
 * (real-tables/t61) prints 95.00% on both rows for 47.68 / 50 = 95.36 %, which no rule checked. Real tables whose system
 * cuts off or rounds up the last digit are left alone: 临湘 2023's 97.80 for 97.809, 湖北科技学院 2021's 99 for 99.985,
 * 袁州 2022's 95.8 for 95.86, 普陀 2022's 86.19 for 86.183.
 */
class FundsRowExecutionRateTest {

    private static List<Finding> rateMismatches(String table) throws Exception {
        return RealTableRuns.asFiled(table).findings().stream()
                .filter(f -> "rate-mismatch".equals(f.ruleId())).toList();
    }

    @Test
    void ningxiaFucaiRateIsNotItsAmounts() throws Exception {
        List<Finding> found = rateMismatches("t61-ningxia-fucai-2023");
        // said at the total: its one source row states the same three figures (session 47; until then a second error there)
        assertEquals(List.of("/funds/total/executionRatePercent"), found.stream().map(Finding::pointer).toList());
        Finding total = found.get(0);
        assertEquals("资金行“年度资金总额”的执行率写为 95.00%，按 47.68 / 50 × 100 重新计算为 95.36%，相差超出末位舍入。请核对所写比率，或其分子、分母。",
                new Messages(Messages.ZH).message(total));
        assertEquals("The execution rate (执行率) of the funds row \"年度资金总额\" is stated as 95.00%, but 47.68 / 50 × 100 gives 95.36%: "
                + "the gap exceeds the rounding of the last digit. Check the stated rate or the figures it is computed from.",
                new Messages(Locale.ENGLISH).message(total));
    }

    /** A budget.json typed by hand may give its rows no label: the message names the row by its place, not “”. */
    @Test
    void unlabelledRowsAreNamedByTheirPlace(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("t61");
        io.github.jixiao.testing.Samples.copyTreeEditingIndicators(
                Path.of(FundsRowExecutionRateTest.class.getResource("/real-tables/t61-ningxia-fucai-2023").toURI()), p, root -> { });
        Path budget = p.resolve("submission/budget.json");
        // the labels taken out, and the total's amounts doubled (100 | 95.36 | 95.00%), so that the source row, no longer
        // the same as the total, is checked on its own
        java.nio.file.Files.writeString(budget, java.nio.file.Files.readString(budget).replaceAll("\"label\": \"[^\"]*\", ", "")
                .replaceFirst("\"fullYear\": 50, \"executed\": 47.68", "\"fullYear\": 100, \"executed\": 95.36"));
        List<Finding> found = new Engine().run(EngineOptions.of(p, p.resolve("submission"))).findings().stream()
                .filter(f -> "rate-mismatch".equals(f.ruleId())).toList();
        assertEquals(List.of("资金合计行的执行率写为 95.00%，按 95.36 / 100 × 100 重新计算为 95.36%，相差超出末位舍入。请核对所写比率，或其分子、分母。",
                "第 1 个资金来源行的执行率写为 95.00%，按 47.68 / 50 × 100 重新计算为 95.36%，相差超出末位舍入。请核对所写比率，或其分子、分母。"),
                found.stream().map(new Messages(Messages.ZH)::message).toList());
        assertEquals("The execution rate (执行率) of funds source row 1 is stated as 95.00%, but 47.68 / 50 × 100 gives 95.36%: "
                + "the gap exceeds the rounding of the last digit. Check the stated rate or the figures it is computed from.",
                new Messages(Locale.ENGLISH).message(found.get(1)));
    }

    @Test
    void lastDigitCutOffOrRoundedUpIsLeftAlone() throws Exception {
        for (String t : List.of("t48-linxiang-shourongsuo-2023", "t52-hbust-zizhu-2021", "t37-yuan-wenwu-2022", "t10-putuo-tiyu-2022")) {
            assertEquals(List.of(), rateMismatches(t), t);
        }
    }

    /**
     * 塘湖镇 2020 (real-tables/t69) prints 预算数 864.2, a blank 执行数 and 执行率 100%, 得分 20: the rate and its 20 points rest
     * on no figure. Helper F2 recorded it as missed (session 36); a warning now, asking for the amount.
     */
    @Test
    void aRateBesideABlankExecutionIsAskedForItsAmount() throws Exception {
        List<Finding> found = rateMismatches("t69-tianchang-tanghu-2020");
        assertEquals(List.of("executed-blank /funds/total/executionRatePercent WARNING"),
                found.stream().map(f -> f.key() + " " + f.pointer() + " " + f.severity()).toList());
        assertEquals("资金行“部门整体支出总额”的执行率写为 100%，全年执行数却没有填写（空白）：这一执行率和依它计算的得分都无从核对。"
                + "请填写全年执行数（执行率 = 全年执行数 ÷ 全年预算数 864.2 万元）。", new Messages(Messages.ZH).message(found.get(0)));
        assertEquals("The execution rate (执行率) of the funds row \"部门整体支出总额\" is stated as 100%, but the full-year execution "
                + "(全年执行数) is left blank: neither the rate nor the score computed from it can be checked. Fill in the full-year "
                + "execution (execution rate = full-year execution ÷ full-year budget, 864.2 × 10,000 yuan).",
                new Messages(Locale.ENGLISH).message(found.get(0)));
    }

    /**
     * Left alone: a rate of 0 beside a blank 执行数 (九亭镇 2020's 其他资金, a system's 0.0% for the blank cell: t16), a row
     * printing no amounts at all (重庆 融媒体中心 2021's total row, rate, weight and score only: t24).
     */
    @Test
    void aZeroRateOrARowWithoutAmountsIsLeftAlone() throws Exception {
        for (String t : List.of("t16-jiuting-chengzhen-2020", "t24-cq-rongmeiti-2021")) {
            assertEquals(List.of(), rateMismatches(t), t);
        }
    }
}
