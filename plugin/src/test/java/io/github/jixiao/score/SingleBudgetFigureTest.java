package io.github.jixiao.score;

import static io.github.jixiao.testing.RealTableRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table that prints one budget figure (年初预算数, or 安排资金 read as it) and the amount executed, with no 全年预算数 and
 * no stated rate (P3, session 26, form 1: 天津 东丽区 2020's 自评报告, 安排 700 万元 and 已拨付 700 万元). mof-project-2020's
 * 预算执行率 scored 0 with score-input-missing (fullYear); its firstOf now ends in 全年执行数 ÷ 年初预算数, used only when
 * neither the full-year figures nor a stated rate compute, and a score-assumption (initial-as-full-year) tells the
 * department so.
 */
class SingleBudgetFigureTest {
    private static final String EXECUTION = "budget-execution-rate";

    @TempDir
    Path dir;

    private static Path resource(String path) throws Exception {
        return Path.of(SingleBudgetFigureTest.class.getResource(path).toURI());
    }

    private static List<Finding> of(EngineResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId) && EXECUTION.equals(f.criterion())).toList();
    }

    /** 东丽区 2020 as transcribed: 700 / 700 = 100 %, 10 of 10, with the info at the 年初预算数 it rests on. */
    @Test
    void dongliScoresTheExecutionOnItsOneBudgetFigure() throws Exception {
        EngineResult r = run(resource("/p26/f1-tianjin-dongli-2020"), Locale.SIMPLIFIED_CHINESE);
        CriterionScore c = r.sheet().criterion(EXECUTION).orElseThrow();
        assertEquals("10.00", c.score().toPlainString());
        assertEquals("10", c.weight().stripTrailingZeros().toPlainString());
        assertEquals("700 / 700 = 100.00% × 10 = 10.00", c.explanation());
        assertEquals(List.of("区财政通过抗疫特别国债安排资金 全年执行数", "区财政通过抗疫特别国债安排资金 年初预算数（未列全年预算数）"),
                c.inputs().stream().map(ScoreInput::label).toList());
        assertEquals(List.of(), of(r, "score-input-missing"), "nothing missing for the execution");
        List<Finding> assumed = of(r, "score-assumption");
        assertEquals(1, assumed.size(), r.findings().toString());
        Finding f = assumed.get(0);
        assertEquals("initial-as-full-year", f.key());
        assertEquals(Severity.INFO, f.severity());
        assertEquals("/funds/total/initial", f.pointer());
        assertEquals(List.of("预算执行率"), f.args());
        assertEquals("表中没有全年预算数，“预算执行率”按 全年执行数 ÷ 年初预算数 计算（视为年内未调整预算）；如年内调整了预算，或表中印有全年预算数一栏而未填写，请填写全年预算数（fullYear）。",
                new Messages(Messages.ZH).message(f));
        assertTrue(r.sheet().unscored().isEmpty(), r.sheet().unscored().toString());

        EngineResult en = run(resource("/p26/f1-tianjin-dongli-2020"), Locale.ENGLISH);
        Finding fe = of(en, "score-assumption").get(0);
        assertEquals("The table has no full-year budget: \"Budget execution rate\" is computed as executed in the year ÷ initial budget "
                + "(taken as a budget not adjusted in the year). If the budget was adjusted in the year, or the table prints a full-year budget column left blank, fill in the full-year budget (fullYear).",
                new Messages(Locale.ENGLISH).forSheet(en.sheet()).message(fe));
        assertTrue(en.sheet().criterion(EXECUTION).orElseThrow().inputs().stream()
                .anyMatch(i -> i.label().endsWith("initial budget (no full-year budget printed)")), en.sheet().criterion(EXECUTION).toString());
    }

    private Path withFunds(String total) throws Exception {
        Path project = dir.resolve("p" + Integer.toHexString(total.hashCode()));
        Samples.copyTree(resource("/p26/f1-tianjin-dongli-2020"), project);
        Path b = project.resolve("submission/budget.json");
        String json = Files.readString(b, StandardCharsets.UTF_8);
        String old = "{ \"label\": \"区财政通过抗疫特别国债安排资金\", \"initial\": 700, \"executed\": 700 }";
        assertTrue(json.contains(old), json);
        Files.writeString(b, json.replace(old, total), StandardCharsets.UTF_8);
        return project;
    }

    /** Initial 100, executed 80: 80 %, 8 of 10. */
    @Test
    void initialHundredExecutedEightyScoresEight() throws Exception {
        EngineResult r = run(withFunds("{ \"initial\": 100, \"executed\": 80 }"), Locale.SIMPLIFIED_CHINESE);
        CriterionScore c = r.sheet().criterion(EXECUTION).orElseThrow();
        assertEquals("8.00", c.score().toPlainString());
        assertEquals("80 / 100 = 80.00% × 10 = 8.00", c.explanation());
        assertEquals(1, of(r, "score-assumption").size());
    }

    /** A full-year budget printed: scored on it as before (80 / 90), no assumption, whatever the initial budget. */
    @Test
    void aFullYearBudgetKeepsTodaysResult() throws Exception {
        EngineResult r = run(withFunds("{ \"initial\": 100, \"fullYear\": 90, \"executed\": 80 }"), Locale.SIMPLIFIED_CHINESE);
        CriterionScore c = r.sheet().criterion(EXECUTION).orElseThrow();
        assertEquals("8.89", c.score().toPlainString());
        assertEquals("80 / 90 = 88.89% × 10 = 8.89", c.explanation());
        assertEquals(List.of(), of(r, "score-assumption"));
        // a stated rate comes before the initial budget too
        EngineResult stated = run(withFunds("{ \"initial\": 100, \"executed\": 80, \"executionRatePercent\": 95 }"), Locale.SIMPLIFIED_CHINESE);
        assertEquals("9.50", stated.sheet().criterion(EXECUTION).orElseThrow().score().toPlainString());
        assertEquals(List.of(), of(stated, "score-assumption"));
    }

    /**
     * Nothing computes (no budget figure at all): the finding still asks for the full-year budget first, as it did. A
     * full-year budget printed as 0 is a figure to correct, not one the initial budget stands in for.
     */
    @Test
    void withoutAnyBudgetFigureTheFullYearIsAskedFor() throws Exception {
        EngineResult r = run(withFunds("{ \"executed\": 80 }"), Locale.SIMPLIFIED_CHINESE);
        assertEquals("0.00", r.sheet().criterion(EXECUTION).orElseThrow().score().toPlainString());
        List<Finding> missing = of(r, "score-input-missing");
        assertEquals("budget#/funds/total/fullYear", missing.get(0).args().get(2), missing.toString());
        assertEquals(List.of(), of(r, "score-assumption"));

        EngineResult zero = run(withFunds("{ \"initial\": 100, \"fullYear\": 0, \"executed\": 80 }"), Locale.SIMPLIFIED_CHINESE);
        assertEquals("0.00", zero.sheet().criterion(EXECUTION).orElseThrow().score().toPlainString());
        assertEquals(List.of("zero"), of(zero, "score-input-missing").stream().map(Finding::key).toList());
        assertEquals(List.of(), of(zero, "score-assumption"));
    }

    /** The console's line for the lost points names the figures used. */
    @Test
    void theConsoleShowsTheFormulaOnTheInitialBudget() throws Exception {
        EngineResult r = run(withFunds("{ \"initial\": 100, \"executed\": 80 }"), Locale.SIMPLIFIED_CHINESE);
        String lines = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).toString();
        assertTrue(lines.contains("80 / 100 = 80.00% × 10 = 8.00"), lines);
    }
}
