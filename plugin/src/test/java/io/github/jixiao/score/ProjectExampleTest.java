package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The illustrative project self-evaluation in src/it/project-self-evaluation scores what its verify.groovy says. */
class ProjectExampleTest {

    @Test
    void scores84() {
        Path project = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it/project-self-evaluation")
                .toAbsolutePath().normalize();
        EngineResult r = SampleScoreTest.run(project);
        ScoreSheet sheet = r.sheet();
        assertNotNull(sheet, () -> r.findings().toString());
        assertEquals("mof-project-2020", sheet.frameworkId());
        assertEquals(List.of("8.50", "45.50", "20.00", "10.00"), sheet.criteria().stream().map(c -> c.score().toPlainString()).toList());
        assertEquals(List.of("13.50", "10.00", "10.00", "12.00"),
                sheet.criterion("output-indicators").orElseThrow().items().stream().map(c -> c.score().toPlainString()).toList());
        assertEquals("84.00", sheet.total().toPlainString());
        assertEquals("良", sheet.grade());
        assertEquals(0, new java.math.BigDecimal("100").compareTo(sheet.weight()));
        List<Finding> scoring = r.findings().stream().filter(f -> f.ruleId().startsWith("score-") || f.ruleId().equals("framework-invalid"))
                .toList();
        assertEquals(List.of(), scoring);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().startsWith("schema")).toList());
    }

    @Test
    void theMarkdownListsEachIndicator(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path project = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it/project-self-evaluation")
                .toAbsolutePath().normalize();
        io.github.jixiao.report.ScoreSummary.write(tmp, SampleScoreTest.run(project),
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH), io.github.jixiao.report.ReportMeta.of(""));
        String md = java.nio.file.Files.readString(tmp.resolve("score-summary.md"));
        org.junit.jupiter.api.Assertions.assertTrue(md.contains(
                "|  |  | · 人均培训成本 | 15.00 | 12.00 | | 2500 元 未达到 ≤ 2000 元：2000 / 2500 = 0.8 × 15 = 12 |"), md);
        org.junit.jupiter.api.Assertions.assertTrue(md.contains(
                "|  |  | · 参训人员就业技能提升 | 30.00 | 20.00 | | 定性，部分达成：15–24 分，自评 20 → 20 |"), md);
    }
}
