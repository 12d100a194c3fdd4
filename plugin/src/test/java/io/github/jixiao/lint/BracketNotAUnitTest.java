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
 * 天津 宝坻 2022 (t57): 建设项目个数(含续建) "1". The bracket says what is counted (continued projects included), yet it
 * was read as the row's unit, and the note on the bare target told the officer to write "≥ 1 含续建" (session 33 audit).
 * Since session 44 the note asks for the unit the target lacks as well (no-unit): the bracket names none.
 */
class BracketNotAUnitTest {

    @Test
    void aBracketSayingWhatIsCountedIsNotPrintedAsAUnit() throws Exception {
        Path p = Path.of(BracketNotAUnitTest.class.getResource("/real-tables/t57-baodi-fenwu-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        List<Finding> f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-no-comparator") && x.pointer().equals("/indicators/0/target")).toList();
        assertEquals(1, f.size());
        assertEquals("指标“建设项目个数(含续建)”的指标值“1”既没有比较符，也没有度量单位：按正向指标（越高越好）理解为“≥ 1”，但不知道计的是什么，"
                        + "实际完成值无从核对。请写明方向和单位，如“≥ 1 个”“≥ 1 天”或“≥ 1%”，或填写度量单位（unit）一栏。",
                new Messages(Messages.ZH).forResult(r).message(f.get(0)));
        assertEquals("The target \"1\" of indicator \"建设项目个数(含续建)\" has neither a comparator nor a unit: it is read as \"≥ 1\" (the higher "
                        + "the better), but what it counts is not said, and the actual cannot be checked against it. State the direction and the "
                        + "unit, e.g. \"≥ 1 个\" (items), \"≥ 1 天\" (days) or \"≥ 1%\", or fill in the 度量单位 (unit) column.",
                new Messages(Locale.ENGLISH).forResult(r).message(f.get(0)));
    }
}
