package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 衡山官塘 2023 (real-tables/t70): 日常公用经费 193.42 万元 spent against a 年初预算数 of 85.76 万元, no 全年预算数 printed. The
 * message read "日常公用经费决算数 193.42 万元 超过年初预算数（表中没有全年预算数） 85.76 万元": the parenthesis between the
 * noun and its figure, so that "超过 … 85.76 万元" read as "exceeds by 85.76" (audit s52 B3). The figure follows its noun, the
 * parenthesis says that the initial budget is used, and the finding is the one it was.
 */
class ControlLimitInitialWordingTest {

    @Test
    void theInitialBudgetIsNamedBeforeItsFigure() throws Exception {
        List<Finding> found = RealTableRuns.asFiled("t70-hengshan-guantang-2023").findings().stream()
                .filter(f -> "control-limit-exceeded".equals(f.ruleId()) && f.pointer().startsWith("/dailyPublic")).toList();
        assertEquals(List.of("expense-initial"), found.stream().map(Finding::key).toList());
        Finding f = found.get(0);
        assertEquals("日常公用经费决算数 193.42 万元，超过年初预算数 85.76 万元（表中没有全年预算数，按年初数核对；控制率 225.54%，超出 107.66 万元）。"
                + "请核对这两个数（预算年中有追加的，预算数应为调整后的数；决算数是否只含日常公用经费）及其单位；确有超支的，请在自评报告中说明原因和资金来源。",
                new Messages(Messages.ZH).message(f));
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("above the initial budget, 85.76") && en.contains("(no full-year budget is given, so the initial one is used; control rate 225.54%"), en);
        assertEquals(Fingerprints.of("control-limit-exceeded", f.file(), "expense", f.args()), Fingerprints.of(f), "the same finding as expense");
    }
}
