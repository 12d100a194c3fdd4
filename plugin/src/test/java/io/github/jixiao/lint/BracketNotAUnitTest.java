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
 */
class BracketNotAUnitTest {

    @Test
    void aBracketSayingWhatIsCountedIsNotPrintedAsAUnit() throws Exception {
        Path p = Path.of(BracketNotAUnitTest.class.getResource("/real-tables/t57-baodi-fenwu-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        List<Finding> f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-no-comparator") && x.pointer().equals("/indicators/0/target")).toList();
        assertEquals(1, f.size());
        assertEquals("指标“建设项目个数(含续建)”的指标值“1”没有比较符，按正向指标（越高越好）理解为“≥ 1”。请写明方向，如“≥ 1”“≤ 1”或“= 1”。",
                new Messages(Messages.ZH).forResult(r).message(f.get(0)));
        assertEquals("The target \"1\" of indicator \"建设项目个数(含续建)\" has no comparator and is read as \"≥ 1\" (the higher the better). "
                        + "State the direction, e.g. \"≥ 1\", \"≤ 1\" or \"= 1\".",
                new Messages(Locale.ENGLISH).forResult(r).message(f.get(0)));
    }
}
