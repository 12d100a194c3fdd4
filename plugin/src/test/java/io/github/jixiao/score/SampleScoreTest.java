package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole engine on the reference report (sample-submission): expected.md's 附件2, criterion by criterion. */
class SampleScoreTest {

    static Path sample() {
        return Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("sample-submission").toAbsolutePath().normalize();
    }

    /** expected.md: the 21 criteria of 附件2 and their scores. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("budget-preparation-compliance", "5.00");
        EXPECTED.put("budget-preparation-reasonableness", "5.00");
        EXPECTED.put("target-completeness", "3.00");
        EXPECTED.put("indicator-clarity", "5.00");
        EXPECTED.put("financial-compliance", "3.00");
        EXPECTED.put("procurement", "1.68");
        EXPECTED.put("disclosure", "3.00");
        EXPECTED.put("project-supervision", "2.00");
        EXPECTED.put("project-procedure", "2.00");
        EXPECTED.put("fixed-asset-utilization", "1.00");
        EXPECTED.put("asset-safety", "2.00");
        EXPECTED.put("fiscal-staff-control", "1.00");
        EXPECTED.put("non-establishment-control", "0.00");
        EXPECTED.put("management-systems", "3.00");
        EXPECTED.put("public-expense-control", "6.00");
        EXPECTED.put("project-timeliness", "6.00");
        EXPECTED.put("key-tasks", "8.00");
        EXPECTED.put("budget-execution", "5.47");
        EXPECTED.put("effectiveness", "25.00");
        EXPECTED.put("satisfaction", "6.00");
        EXPECTED.put("petitions", "3.00");
    }

    static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    @Test
    void theReferenceReportScoresAsPublished() {
        EngineResult r = run(sample());
        ScoreSheet sheet = r.sheet();
        assertNotNull(sheet, () -> "no score sheet; findings: " + r.findings());
        assertEquals("shenzhen-department-2024", sheet.frameworkId());
        assertEquals(21, sheet.criteria().size());
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            CriterionScore c = sheet.criterion(e.getKey()).orElseThrow(() -> new AssertionError("no criterion " + e.getKey()));
            assertEquals(e.getValue(), c.score().toPlainString(), () -> e.getKey() + ": " + c.explanation());
        }
        assertEquals(List.copyOf(EXPECTED.keySet()), sheet.criteria().stream().map(CriterionScore::id).toList());
        assertEquals("96.15", sheet.total().toPlainString());
        assertEquals("优", sheet.grade());
        assertEquals(0, new BigDecimal("100").compareTo(sheet.weight()));
        // the score reproduces the report: no claim differs, no input is missing
        List<Finding> scoring = r.findings().stream()
                .filter(f -> f.ruleId().startsWith("score-claim") || f.ruleId().startsWith("score-input")
                        || f.ruleId().equals("framework-invalid")).toList();
        assertEquals(List.of(), scoring);
        // and the one defect of the self-assessment is said, not silently corrected: 效果性 25/25 with a missed target
        List<Finding> ignored = r.findings().stream().filter(f -> f.ruleId().equals("score-ignores-missed-target")).toList();
        assertEquals(1, ignored.size());
        assertEquals("effectiveness", ignored.get(0).criterion());
        assertEquals("25.00", sheet.criterion("effectiveness").orElseThrow().score().toPlainString());
    }

    @Test
    void explanationsShowTheFormulaWithItsFigures() {
        ScoreSheet sheet = run(sample()).sheet();
        assertEquals("448.01 / 657.77 = 68.11% × 1 + 1 = 1.68", sheet.criterion("procurement").orElseThrow().explanation());
        String be = sheet.criterion("budget-execution").orElseThrow().explanation();
        assertTrue(be.contains("Q1 min(1, 24.48% / 25%) × 1 = 0.9792"), be);
        // the ratio the cap cut is shown, as the annual mean takes it uncapped (1.105 below; review R7, session 42)
        assertTrue(be.contains("Q2 min(1, 55.25% / 50% = 1.105) × 1 = 1；"), be);
        assertTrue(be.contains("Q3 min(1, 53.38% / 75%) × 1 = 0.7117"), be);
        assertTrue(be.contains("Q4 min(1, 92.23% / 100%) × 1 = 0.9223"), be);
        assertTrue(be.contains("全年平均 (0.9792 + 1.105 + 0.7117 + 0.9223) / 4 × 2 = 1.8591"), be);
        assertTrue(be.endsWith("0.9792 + 1 + 0.7117 + 0.9223 + 1.8591 = 5.47"), be);
        CriterionScore staff = sheet.criterion("non-establishment-control").orElseThrow();
        assertEquals("(6 + 34) / (38 + 6 + 34) = 51.28% > 10% → 0", staff.explanation());
        assertTrue(staff.inputs().stream().anyMatch(i -> i.ref().equals("management#/staffing/dispatched") && i.value().equals("34 人")),
                staff.inputs().toString());
        CriterionScore proc = sheet.criterion("procurement").orElseThrow();
        assertTrue(proc.inputs().contains(new ScoreInput("实际采购金额", "448.01 万元", "budget#/procurement/actual")), proc.inputs().toString());
        assertEquals(new BigDecimal("1.68"), proc.claimed());
    }

    @Test
    void q2At45point25GivesBudgetExecution5point28AndAClaimMismatch(@TempDir Path tmp) throws IOException {
        Path copy = io.github.jixiao.testing.Samples.copyProject(tmp.resolve("sample"));
        Path budget = copy.resolve("submission/budget.json");
        String json = Files.readString(budget);
        assertTrue(json.contains("\"cumulativePercent\": 55.25"));
        Files.writeString(budget, json.replace("\"cumulativePercent\": 55.25", "\"cumulativePercent\": 45.25"));

        EngineResult r = run(copy);
        ScoreSheet sheet = r.sheet();
        assertEquals("5.28", sheet.criterion("budget-execution").orElseThrow().score().toPlainString());
        assertEquals("95.96", sheet.total().toPlainString());
        assertEquals("优", sheet.grade());
        List<Finding> mismatches = r.findings().stream().filter(f -> f.ruleId().equals("score-claim-mismatch")).toList();
        Finding onClaim = mismatches.stream().filter(f -> "budget-execution".equals(f.criterion())).findFirst()
                .orElseThrow(() -> new AssertionError("no mismatch on budget-execution: " + mismatches));
        assertEquals("submission/self-assessment.json", onClaim.file());
        assertTrue(onClaim.pointer().matches("/criteria/\\d+/score"), onClaim.pointer());
        assertTrue(onClaim.line() > 0);
        assertEquals(List.of("预算执行率", "5.47", "5.28"), onClaim.args().subList(0, 3));
        assertTrue(mismatches.stream().anyMatch(f -> f.key().equals("total-rows") && f.args().subList(0, 2).equals(List.of("96.15", "95.96"))),
                mismatches.toString());
    }

}
