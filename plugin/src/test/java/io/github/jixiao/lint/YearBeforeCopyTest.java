package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.testing.RealTableRuns;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy that starts partway through its table ({@code partialCut.copyStart}: 四川 fragment, t45) has its year printed before
 * its start: the schema's missing {@code year} is an info saying so and what is not checked, not the error "缺少必填项…请补充"
 * (audit s57 A12 row A1, session 58). The same copy read as whole (its framework's partial taken away) keeps the error.
 */
class YearBeforeCopyTest {

    private static List<Finding> year(EngineResult r) {
        return RealTableRuns.of(r, "schema").stream().filter(f -> f.args().size() > 1 && "year".equals(f.args().get(1))).toList();
    }

    @Test
    void aYearBeforeTheCopysStartIsANote() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t45-sichuan-zixuan-fragment");
        List<Finding> found = year(r);
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("required-year-before-copy", f.key());
        assertEquals(Severity.INFO, f.severity());
        String zh = RealTableRuns.zh(f);
        assertTrue(zh.contains("缺少“year”（预算年度）：评分框架标明所录副本从表的中途开始（partialCut.copyStart），预算年度印在存稿开头之前，未转录。"), zh);
        assertTrue(!zh.contains("请补充"), zh);
        assertTrue(RealTableRuns.en(f).contains("the budget year, printed before the copy's start, is not in it"), RealTableRuns.en(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "required-titled", f.args()), Fingerprints.of(f));
    }

    @Test
    void aWholeCopyWithoutItsYearIsStillAnError(@TempDir Path tmp) throws Exception {
        // its framework without partial and partialCut: the same rows read as a whole table
        Path whole = tmp.resolve("t45");
        Samples.copyTree(Samples.realTable("t45-sichuan-zixuan-fragment"), whole);
        Path fw = whole.resolve("mof-project-2020-sichuan-zixuan-fragment.json");
        String json = java.nio.file.Files.readString(fw);
        String cut = json.replaceFirst("\"partial\"\\s*:\\s*\"[^\"]*\"\\s*,", "")
                .replaceFirst("\"partialEn\"\\s*:\\s*\"[^\"]*\"\\s*,", "")
                .replaceFirst(",\\s*\"partialCut\"\\s*:\\s*\\{[^}]*\\}", "");
        assertTrue(!cut.contains("\"partialCut\"") && !cut.contains("\"partial\""), cut);
        java.nio.file.Files.writeString(fw, cut);
        List<Finding> found = year(RealTableRuns.run(whole, Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, found.size(), found.toString());
        assertEquals("required-titled", found.get(0).key());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }
}
