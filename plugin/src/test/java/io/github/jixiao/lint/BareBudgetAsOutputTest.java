package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 廊坊市食品工程学校 2019 files 工程资金金额 43.2 → 37.24 as an 产出/数量指标: its budget, 43.2 万元, written without a unit
 * under a name of money (ST-7: an input is no output). indicator-input-as-output said nothing, as the bare 43.2 was no
 * amount to it (session 33 audit).
 */
class BareBudgetAsOutputTest {

    @Test
    void theBudgetWrittenBareUnderAMoneyNameIsAnInput() throws Exception {
        Path p = Path.of(BareBudgetAsOutputTest.class.getResource("/real-tables/t11-langfang-shipin-2019").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        List<Finding> f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-input-as-output")).toList();
        assertEquals(List.of(" /indicators/0/target warning"), f.stream().map(x -> x.key() + " " + x.pointer() + " " + x.severity().id()).toList());
        assertEquals("产出指标“指标1工程资金金额”的指标值“43.2”是一笔金额，衡量的是投入而不是产出。请改为该笔资金要完成的工作量、质量或时限；金额放在成本指标中。",
                new Messages(Messages.ZH).forResult(r).message(f.get(0)));
        assertEquals("The output indicator \"指标1工程资金金额\" has the amount \"43.2\" as its target: that measures input, not output. "
                        + "Target the work, quality or timing the money buys; amounts go under cost indicators.",
                new Messages(Locale.ENGLISH).forResult(r).message(f.get(0)));
    }
}
