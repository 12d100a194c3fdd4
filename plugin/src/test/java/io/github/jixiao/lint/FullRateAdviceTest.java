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

    /**
     * A bare 100 % on a rate that the actual misses (吕梁 2021's 参训学员结业考核通过率 100% → 98.79%, t58) was told "请在指标值中写明
     * ≥、≤ 或 =", and "≥ 100%" written so is at-ceiling's "= 100%" (audit s48, left alone by N2): "= 100%" is offered
     * alone, no lower target (at a self-evaluation it would make the miss vanish); the fingerprint is bare's.
     */
    @Test
    void aMissedBareHundredPercentIsOfferedEqualsAlone() throws Exception {
        String t58 = "t58-lvliang-hugong-2021";
        Finding f = at(real(t58), "/indicators/3/target").get(0);
        // -unscored since session 56 (the same finding): the completion table prints no 分值 or 得分, nothing to deduct
        assertEquals("indicator-target-missed bare-full-unscored", f.ruleId() + " " + f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("理解为“≥ 100%”，即“= 100%”") && zh.contains("请在指标值中写明“= 100%”；确属未完成的"), zh);
        assertTrue(!zh.contains("≥、≤ 或 =") && !zh.contains("≥ 95%"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("Write \"= 100%\" in the target;") && !en.contains("≥, ≤ or ="), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "bare", f.args()), Fingerprints.of(f), "bare's fingerprint");
        // the chain: "= 100%" written leaves the target's cell without a finding (the miss is said at the actual, with
        // its comparator now), while "≥ 100%" would be at-ceiling's
        String before = "\"name\": \"参训学员结业考核通过率\", \"target\": \"100%\"";
        List<Finding> eq = run(t58, before, "\"name\": \"参训学员结业考核通过率\", \"target\": \"= 100%\"");
        assertEquals(List.of(), at(eq, "/indicators/3/target"));
        assertEquals(List.of("indicator-target-missed"), at(eq, "/indicators/3/actual").stream().map(Finding::ruleId).toList());
        assertEquals(List.of("indicator-target-at-ceiling"), at(run(t58, before, "\"name\": \"参训学员结业考核通过率\", \"target\": \"≥ 100%\""),
                "/indicators/3/target").stream().map(Finding::ruleId).toList());
    }

    /**
     * A bare 100 % beside a piece of work, no rate (鄂州 2021's 大厅业务日常考核结果 "100%", t14; 14 of the 67 rate-full notes on
     * t1–t106): "该指标以百分比计", not "该比率"; "= 100%" still the one offer, and following it leaves no finding.
     */
    @Test
    void aHundredPercentOnANameThatIsNoRateIsNotCalledARate() throws Exception {
        String t14 = "t14-ezhou-shenpi-2021";
        Finding f = at(real(t14), "/indicators/3/target").get(0);
        assertEquals("percent-full", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("即“= 100%”（该指标以百分比计，不会超过 100%）") && !zh.contains("比率"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("this indicator is a percentage") && !en.contains("this rate"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args()), Fingerprints.of(f), "the plain note's fingerprint");
        String before = "\"name\": \"大厅业务日常考核结果\",\n      \"target\": \"100%\"";
        assertEquals(List.of(), at(run(t14, before, "\"name\": \"大厅业务日常考核结果\",\n      \"target\": \"= 100%\""), "/indicators/3/target"));
        Finding ceiling = at(run(t14, before, "\"name\": \"大厅业务日常考核结果\",\n      \"target\": \"≥ 100%\""), "/indicators/3/target").get(0);
        assertEquals("indicator-target-at-ceiling percent", ceiling.ruleId() + " " + ceiling.key());
        String czh = new Messages(Messages.ZH).message(ceiling);
        assertTrue(czh.contains("该指标以百分比计") && !czh.contains("比率"), czh);
        assertEquals(Fingerprints.of(ceiling.ruleId(), ceiling.file(), "", ceiling.args()), Fingerprints.of(ceiling));
        // a rate beside it keeps "该比率" (预算资金拨款率, row 1)
        assertEquals("rate-full", at(real(t14), "/indicators/1/target").get(0).key());
    }

    /**
     * A bare figure above 100 % on a rate that cannot exceed it (驻马店 2022's 验收通过率 written "120%") was offered "≥ 120%"
     * first (audit s48, left alone by N2): no direction reaches it. indicator-target-at-ceiling's above-hundred alone says
     * so at the cell and asks for the rate meant; a completion rate (the row renamed 工程项目完成率), which a count can
     * exceed, keeps its note.
     */
    @Test
    void aBareFigureAboveHundredOnABoundedRateIsNotOfferedAtLeast() throws Exception {
        List<Finding> row = at(run(T102, "\"name\": \"工程项目验收通过率\", \"target\": \"100%\"",
                "\"name\": \"工程项目验收通过率\", \"target\": \"120%\""), "/indicators/1/target");
        assertEquals(List.of("indicator-target-at-ceiling above-hundred"), row.stream().map(x -> x.ruleId() + " " + x.key()).toList());
        String zh = new Messages(Messages.ZH).message(row.get(0));
        assertTrue(zh.contains("不会超过 100%") && zh.contains("写明想要的比率和比较符") && !zh.contains("“≥ 120%”"), zh);
        List<Finding> done = at(run(T102, "\"name\": \"工程项目验收通过率\", \"target\": \"100%\"",
                "\"name\": \"工程项目完成率\", \"target\": \"120%\""), "/indicators/1/target");
        assertEquals(List.of("indicator-target-no-comparator "), done.stream().map(x -> x.ruleId() + " " + x.key()).toList());
    }
}
