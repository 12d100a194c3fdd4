package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit s57 A12 row B2 (session 57): an 执行数 the report does not print is not scored 0 and shown as the table's biggest
 * loss on a form that prints no points on its rows, whose framework transcribes a report's copy (partial: 宁德 人才驿站 2023,
 * t59, against its own "预算执行率…得3分"; 秀英 水务 2022, t121) or says the form lists no funds (noFunds: 吕梁 护工 2021,
 * t58): the criterion is left unscored, out of the points scored, and the finding (the same one: its fingerprint kept)
 * is worded for the report's author. A whole submission without the 执行数 still scores 0 (the sample submission).
 */
class AuditA12ExecutionUnprintedTest {

    private static EngineResult run(String table) {
        Path p = Samples.realTable(table);
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
    }

    static Finding missing(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.pointer().startsWith("/funds"))
                .findFirst().orElseThrow();
    }

    static final Messages ZH = new Messages(Messages.ZH);
    static final Messages EN = new Messages(Locale.ENGLISH);

    static List<String> console(EngineResult r, Messages m) {
        return ConsoleReport.render(r.findings(), r.sheet(), m, r.files().size()).stream().map(ConsoleReport.Line::text).toList();
    }

    static void sameFinding(Finding f, String key, int args) {
        Finding before = new Finding(f.ruleId(), Severity.ERROR, key, f.args().subList(0, args), f.file(), f.pointer(), f.line(),
                f.column(), null);
        assertEquals(Fingerprints.of(before), Fingerprints.of(f), f.key());
    }

    @Test
    void anExecutionTheReportDoesNotPrintIsNotScoredZero() {
        for (String t : List.of("t59-ningde-rencaiyizhan-2023", "t121-xiuying-shuiwu-2022")) {
            EngineResult r = run(t);
            assertEquals(0, r.sheet().weight().signum(), t + ": the execution's 10 points are out of the points scored");
            assertEquals(0, r.sheet().unscoredPoints().compareTo(BigDecimal.TEN), t);
            Finding f = missing(r);
            assertEquals("not-in-report", f.key(), t);
            assertEquals(Severity.ERROR, f.severity(), t);
            sameFinding(f, "", 3);
            String zh = ZH.message(f);
            assertTrue(zh.startsWith("报告没有写出“全年执行数”（只写了“") && zh.contains("未计分") && zh.contains("请在自评报告中写明")
                    && !zh.contains("按 0 分计") && !zh.contains("budget.json"), zh);
            String en = EN.message(f);
            assertTrue(en.startsWith("The report does not state") && !en.contains("scores 0") && !en.contains("budget.json"), en);
            List<String> lines = console(r, ZH);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("得分：不计分（") && l.contains("报告也没有写出")), t + lines);
            assertTrue(lines.stream().noneMatch(l -> l.contains("失分最多") || l.contains("0.00 / 10.00")), t + lines);
            assertTrue(console(r, EN).stream().anyMatch(l -> l.startsWith("Score: not scored (") && l.contains("the report does not state")),
                    t);
        }
        // t59's copy: "累计安排资金" 10 万元 is what the report names instead
        assertTrue(ZH.message(missing(run("t59-ningde-rencaiyizhan-2023"))).contains("（只写了“累计安排资金”10 万元）"));
    }

    @Test
    void aFormThatListsNoFundsMakesItAWarning() {
        EngineResult r = run("t58-lvliang-hugong-2021");
        Finding f = missing(r);
        assertEquals("figures-no-funds", f.key());
        assertEquals(Severity.WARNING, f.severity());
        sameFinding(f, "figures", 4);
        String zh = ZH.message(f);
        assertTrue(zh.startsWith("报告所附的表式不列资金") && zh.contains("未计分") && !zh.contains("按 0 分计"), zh);
        assertEquals(0, r.sheet().weight().signum());
        assertTrue(console(r, ZH).stream().noneMatch(l -> l.contains("失分最多")));
    }

    @Test
    void aWholeSubmissionWithoutItsExecutionStillScoresZero(@TempDir Path tmp) throws java.io.IOException {
        // t59 made whole (its framework's partial taken out): a budget block with no 执行数 on a whole submission is a blank
        // to fill in, 0 of 10 and the error asking for it, as before
        Path p = Samples.withoutPartial(tmp, "t59-ningde-rencaiyizhan-2023", "mof-project-2020-ningde-rencaiyizhan-2023.json");
        EngineResult r = new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
        Finding f = missing(r);
        assertTrue(f.key().isEmpty() && f.severity() == Severity.ERROR && ZH.message(f).contains("按 0 分计"), f.toString());
        assertEquals(0, r.sheet().weight().compareTo(BigDecimal.TEN));
        assertTrue(console(r, ZH).stream().anyMatch(l -> l.startsWith("得分：0.00 / 10.00")), console(r, ZH).toString());
    }

    /**
     * Audit s57 A12 rows C1 and C2 (大英 双心 2020, t44: unpointed, actualIs progress): the rows with no 一级 are sorted, not
     * "计分"; the satisfaction row that gives only its progress reports no satisfaction result, not "填了实际完成值".
     */
    @Test
    void t44sRowsAreSortedNotScoredAndItsSatisfactionGivesOnlyProgress() {
        EngineResult r = run("t44-daying-shuangxin-2020");
        // since session 58 its printed 一级 is transcribed (level1Printed) and the four rows are one note (Level1PrintedTest),
        // its unpointed variant sorting, not scoring, them as the four infos did
        List<Finding> inferred = r.findings().stream().filter(f -> f.ruleId().equals("indicator-category-unknown")
                && f.key().startsWith("level1-")).toList();
        assertEquals(1, inferred.size());
        for (Finding f : inferred) {
            assertEquals("level1-printed-unscored", f.key());
            String zh = ZH.message(f);
            assertTrue(zh.contains("归入") && !zh.contains("计分、归类"), zh);
            assertTrue(!EN.message(f).contains("scored and sorted"), EN.message(f));
            Finding before = new Finding(f.ruleId(), f.severity(), "level1-printed", f.args(), f.file(), f.pointer(), f.line(),
                    f.column(), null);
            assertEquals(Fingerprints.of(before), Fingerprints.of(f));
        }
        Finding sat = r.findings().stream().filter(f -> f.ruleId().equals("satisfaction-without-survey")).findFirst().orElseThrow();
        assertEquals("progress", sat.key());
        String zh = ZH.message(sat);
        assertTrue(zh.contains("只写了实施进度（“已完成100%”）") && !zh.contains("填了实际完成值"), zh);
        assertEquals(Fingerprints.of(new Finding(sat.ruleId(), sat.severity(), "project", sat.args().subList(0, 2), sat.file(),
                sat.pointer(), sat.line(), sat.column(), null)), Fingerprints.of(sat));
    }
}
