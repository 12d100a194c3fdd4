package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The execution rate's figures missing at one place are one finding (s47 audit, duplicates group 4: t44, t45, t58 gave
 * 全年执行数 and 全年预算数 as two errors at one place). With the 年初预算数 printed (大英 2020: 批复下达 10 万元) only the
 * 全年执行数 is asked for, the finding saying the 年初预算数 will stand in ({@code initial-as-full-year}); with no funds
 * block at all (四川 fragment) both, in one finding saying where each goes ({@code figures}). Each keeps the fingerprint
 * of the 全年执行数's finding it was.
 */
class FundsFiguresOnceTest {

    private static List<Finding> missing(String table) throws Exception {
        Path t = Path.of(FundsFiguresOnceTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(new EngineOptions(t, t.resolve("submission"), null, null, io.github.jixiao.testing.Samples.wholeFramework(t))).findings().stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && f.file().endsWith("budget.json")).toList();
    }

    @Test
    void theInitialBudgetPrintedOnlyTheAmountExecutedIsAskedFor() throws Exception {
        List<Finding> all = missing("t44-daying-shuangxin-2020");
        assertEquals(1, all.size(), all.toString());
        Finding f = all.get(0);
        assertEquals("initial-as-full-year /funds/total/executed", f.key() + " " + f.pointer());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("缺少评分所需的“全年执行数”") && zh.contains("\"executed\"")
                && zh.contains("按 全年执行数 ÷ 年初预算数 计算（视为年内未调整预算）") && zh.contains("fullYear"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("the budget at the start of the year"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args()), Fingerprints.of(f));
    }

    @Test
    void noFundsBlockBothFiguresInOneFinding() throws Exception {
        List<Finding> all = missing("t45-sichuan-zixuan-fragment");
        assertEquals(1, all.size(), all.toString());
        Finding f = all.get(0);
        assertEquals("figures", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("缺少评分所需的“全年执行数”和“全年预算数”") && zh.contains("\"executed\"") && zh.contains("\"fullYear\""), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("\"executed\"") && en.contains("\"fullYear\""), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args().subList(0, 3)), Fingerprints.of(f));
    }
}
