package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare "100%" on a rate (驻马店 2022's 工程项目验收通过率, t102; 34 such notes on 11 tables of t60–t104, audit s48 item 1) was
 * told to write "≥ 100%" first; written so, indicator-target-at-ceiling said "“≥ 100%”实际就是“= 100%”". The advice
 * offers "= 100%" alone (or a target with room), and following it leaves the row without a finding. The fingerprint is
 * the plain note's: the same finding, reworded.
 */
class FullRateAdviceTest {
    @TempDir
    Path tmp;

    private static final String T102 = "t102-zhumadian-lingbujian-2022";

    private List<Finding> run(String table, String from, String to) throws Exception {
        Path src = Path.of(FullRateAdviceTest.class.getResource("/real-tables/" + table + "/submission").toURI());
        Path sub = tmp.resolve(table + "-" + Math.abs(to.hashCode())).resolve("submission");
        Files.createDirectories(sub);
        try (var files = Files.list(src)) {
            for (Path p : files.toList()) {
                String text = Files.readString(p);
                Files.writeString(sub.resolve(p.getFileName()), p.getFileName().toString().equals("indicators.json") ? text.replace(from, to) : text);
            }
        }
        return new Engine().run(EngineOptions.of(sub.getParent(), sub)).findings();
    }

    static List<Finding> real(String table) throws Exception {
        Path project = Path.of(FullRateAdviceTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
    }

    static List<Finding> at(List<Finding> all, String pointer) {
        return all.stream().filter(f -> f.pointer().equals(pointer)).toList();
    }

    @Test
    void aBareHundredPercentOnARateIsOfferedEqualsAlone() throws Exception {
        List<Finding> row = at(real(T102), "/indicators/1/target");
        assertEquals(1, row.size(), row.toString());
        Finding f = row.get(0);
        assertEquals("rate-full", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("理解为“≥ 100%”，即“= 100%”") && zh.contains("请写明“= 100%”，或设一个留有余地的目标（如“≥ 95%”）"), zh);
        assertTrue(!zh.contains("“≤ 100%”") && !zh.contains("如“≥ 100%”"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("Write \"= 100%\", or set a target with room") && !en.contains("\"≤ 100%\""), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args()), Fingerprints.of(f), "the plain note's fingerprint");
    }

    @Test
    void followingTheAdviceLeavesTheRowWithoutAFinding() throws Exception {
        String before = "\"name\": \"工程项目验收通过率\", \"target\": \"100%\"";
        assertEquals(List.of(), at(run(T102, before, "\"name\": \"工程项目验收通过率\", \"target\": \"= 100%\""), "/indicators/1/target"));
        // what the old advice's first offer did: at-ceiling's "= 100%"
        assertEquals(List.of("indicator-target-at-ceiling"), at(run(T102, before, "\"name\": \"工程项目验收通过率\", \"target\": \"≥ 100%\""),
                "/indicators/1/target").stream().map(Finding::ruleId).toList());
    }

    /** 宁德 2019's 覆盖率 "1" (t38): asked whether 1 is 100 %, and then told "= 100%" alone, not "或“≥ 100%”". */
    @Test
    void aRatesOneIsNotOfferedAtLeastHundred() throws Exception {
        Finding f = at(real("t38-ningde-fangzhi-2019"), "/indicators/3/target").get(0);
        assertEquals("no-unit-rate-one", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("是的，请写作“= 100%”；") && !zh.contains("≥ 100%"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("If so, write \"= 100%\";") && !en.contains("≥ 100%"), en);
    }
}
