package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * score-input-missing {@code file-missing} / {@code -one} come at 自评 only (the scorer runs there), where "jixiao:init 在目标
 * 申报阶段不写出它" read as an aside about another stage (部门整体 自评 t66, t94: audit s54 A9 row C7): the aside now says why
 * the file is missing at 自评, init writing the 目标申报 files only, and that it is created by hand.
 */
class FileMissingInitAsideTest {

    @Test
    void theInitAsideSpeaksOfTheSelfEvaluation() {
        for (String t : List.of("t66-bumen-zhibiao-13", "t94-yueyang-kejiju")) {
            Path p = Samples.realTable(t);
            EngineResult r = new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
            List<Finding> missing = r.findings().stream().filter(f -> f.key().startsWith("file-missing")).toList();
            assertFalse(missing.isEmpty(), t + r.findings());
            for (Finding f : missing) {
                String zh = new Messages(Messages.ZH).message(f);
                String en = new Messages(Locale.ENGLISH).message(f);
                assertTrue(zh.contains("自评时须另建它") && !zh.contains("在目标申报阶段不写出它"), t + ": " + zh);
                assertTrue(en.contains("at the self-evaluation it is created by hand"), t + ": " + en);
            }
        }
    }
}
