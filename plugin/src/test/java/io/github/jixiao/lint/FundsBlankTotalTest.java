package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 新洲区楚剧团 2020 (real-tables/t62): the funds total row 年度资金总额 leaves its 年初预算数 blank while 当年财政拨款 carries 30.
 * The finding read "年初预算数为 空白 … 合计行不能留作 0" (in English "states the initial budget as 空白"): a blank cell said
 * as a figure, and a 0 that is not there. A blank cell is said as not filled in ({@code funds-blank}); a 0 is said as
 * before ({@code funds-zero}: UnfilledTotalOnceTest, the fixture funds-total-one-cell-zero).
 */
class FundsBlankTotalTest {

    /**
     * The blank cell is the 年初预算数, which neither the execution rate nor its score reads: they come from the row's own 全年预算数
     * and 全年执行数 (30 | 30). The message ended "执行率和得分已按各项之和计算", false for this column (audit s52 A5); since session
     * 52 it is {@code funds-blank-initial}, without that sentence, a warning, and the same finding as {@code funds-blank}.
     */
    @Test
    void aBlankCellOfTheTotalRowIsSaidAsNotFilledIn() throws Exception {
        List<Finding> found = RealTableRuns.asFiled("t62-xinzhou-chujutuan-2020").findings().stream()
                .filter(f -> "sum-mismatch".equals(f.ruleId())).toList();
        assertEquals(List.of("funds-blank-initial /funds/total WARNING"),
                found.stream().map(f -> f.key() + " " + f.pointer() + " " + f.severity()).toList());
        assertEquals("资金块合计行“年度资金总额”的年初预算数没有填写（空白），而其中各项合计 30 万元。请在合计行填写年初预算数（各项之和）。",
                new Messages(Messages.ZH).message(found.get(0)));
        assertEquals("The total row \"年度资金总额\" of the funds block leaves the initial budget blank while its components carry "
                + "30 × 10,000 yuan. Fill it in with the components' sum.",
                new Messages(Locale.ENGLISH).message(found.get(0)));
        Finding f = found.get(0);
        assertEquals(Fingerprints.of("sum-mismatch", f.file(), "funds-blank", f.args()), Fingerprints.of(f),
                "the same finding as funds-blank");
    }

    /**
     * 陈仓区 2020 (real-tables/t86), a target table (目标申报): its one amount column is 资金总额, and it has no 执行率 or 得分.
     * The finding read "资金总额的年初预算数没有填写（空白）… 执行率和得分已按各项之和计算" (audit s46 item 11): a column the
     * form does not have and figures it does not print.
     */
    @Test
    void aTargetTableNamesItsAmountColumnAndNoExecution(@TempDir Path tmp) throws Exception {
        // since session 52 t86's budget.json holds no total (the form prints none: 资金总额 is the column's heading, audit s52
        // A7 row A1); a copy with a 资金总额 total row left blank, as a form that prints one
        Path project = tmp.resolve("t86");
        io.github.jixiao.testing.Samples.copyTree(io.github.jixiao.testing.Samples.realTable("t86-chencang-yinshui-2020"), project);
        Path budget = project.resolve("submission/budget.json");
        String json = java.nio.file.Files.readString(budget);
        String edited = json.replace("\"components\"", "\"total\": { \"label\": \"资金总额\" },\n    \"components\"");
        assertNotEquals(json, edited);
        java.nio.file.Files.writeString(budget, edited);
        List<Finding> found = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(project,
                        project.resolve("submission"))).findings().stream()
                .filter(f -> "sum-mismatch".equals(f.ruleId())).toList();
        assertEquals(List.of("funds-blank-declared /funds/total"), found.stream().map(f -> f.key() + " " + f.pointer()).toList());
        assertEquals("资金块合计“资金总额”没有填写金额（空白），而其中各项合计 500 万元。请填写资金总额（各项之和）。",
                new Messages(Messages.ZH).message(found.get(0)));
        assertEquals("The funds block's total \"资金总额\" has no amount (blank) while its components carry 500 × 10,000 yuan. "
                + "Fill in the total funds (the components' sum).", new Messages(Locale.ENGLISH).message(found.get(0)));
    }
}
