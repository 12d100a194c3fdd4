package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * placeholder-left {@code no-numeral}'s example is built from the verb and measure word found (东丽 光辉路 2020, t119:
 * "建设座" → "建设 N 座"), not the fixed "完成 491 米", which is t119's own 数量 figure (完成道路建设491米) and read there as a
 * length proposed for a count of 座 (audit s54 A9 row C2).
 */
class NoNumeralExampleTest {

    @Test
    void theExampleIsTheFoundWordsWithNoFigureOfAnyTable() {
        Path p = Samples.realTable("t119-dongli-guanghuilu-2020");
        EngineResult r = new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
        Finding f = r.findings().stream().filter(x -> x.key().equals("no-numeral")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(zh.contains("如“建设 N 座”") && !zh.contains("491"), zh);
        assertTrue(en.contains("\"建设 N 座\"") && !en.contains("491"), en);
        // the example is a detail: the finding is the one a baseline holds from before it was added (review s54 R4 M1)
        Finding before = new Finding(f.ruleId(), f.severity(), f.key(), f.args().subList(0, 5), f.file(), f.pointer(),
                f.line(), f.column(), null);
        assertEquals(Fingerprints.of(before), Fingerprints.of(f));
    }

    /**
     * indicator-incomplete {@code no-target-all} on a report in prose (t119: one line an indicator, no target beside any
     * result) and on a table (t109, t110) alike: "整份申报", not "整表" (audit s54 A9 row C5, the same fingerprint).
     */
    @Test
    void noTargetAllSpeaksOfTheSubmissionNotATable() {
        Path p = Samples.realTable("t119-dongli-guanghuilu-2020");
        EngineResult r = new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
        Finding f = r.findings().stream().filter(x -> x.key().equals("no-target-all")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(zh.contains("整份申报没有或几乎没有") && !zh.contains("整表"), zh);
        assertTrue(en.contains("in the submission sets") && !en.contains("in the table sets"), en);
    }
}
