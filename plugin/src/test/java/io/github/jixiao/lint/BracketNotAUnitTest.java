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
 * Since session 44 the note asks for the unit the target lacks as well: the bracket names none, the name's 个数 does (个,
 * no-unit-named), and the bracket is still no unit.
 */
class BracketNotAUnitTest {

    @Test
    void aBracketSayingWhatIsCountedIsNotPrintedAsAUnit() throws Exception {
        Path p = Path.of(BracketNotAUnitTest.class.getResource("/real-tables/t57-baodi-fenwu-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        List<Finding> f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-no-comparator") && x.pointer().equals("/indicators/0/target")).toList();
        assertEquals(1, f.size());
        assertEquals("指标“建设项目个数(含续建)”按名称计的是“个”，指标值“1”却既没有比较符，也没有单位：按正向指标（越高越好）理解为“≥ 1 个”。"
                        + "请写作“≥ 1 个”，或在度量单位（unit）一栏填写“个”。",
                new Messages(Messages.ZH).forResult(r).message(f.get(0)));
        assertEquals("Indicator \"建设项目个数(含续建)\" counts in \"个\" by its name, but its target \"1\" has neither a comparator nor a unit: "
                        + "it is read as \"≥ 1 个\" (the higher the better). Write \"≥ 1 个\", or fill in \"个\" in the 度量单位 (unit) column.",
                new Messages(Locale.ENGLISH).forResult(r).message(f.get(0)));
    }
}
