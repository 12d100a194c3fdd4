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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A funds total row left unfilled (棠溪 2022, real table t25: 年度资金总额 0 | 0 | 0, 执行率 0, 得分 0, while 本年财政拨款
 * carries 90 | 89.974 | 89.974) is one defect of the form: one error at the row naming the columns left, the components'
 * sums and the score they give, where there were three sum-mismatch errors (one per cell) and a score-claim-mismatch at
 * the row's score. A score written otherwise than 0 beside the unfilled figures is a defect of its own and stays; a row
 * left blank with its 得分 blank is said once too (no indicator-incomplete note beside it); one column left at 0 is still
 * said at its cell; a project that turned sum-mismatch off keeps the scorer's claim mismatch.
 */
class UnfilledTotalOnceTest {

    @TempDir
    Path tmp;

    private static Path tangxi() throws Exception {
        return Path.of(UnfilledTotalOnceTest.class.getResource("/real-tables/t25-tangxi-weituo-2022").toURI());
    }

    /** t25 copied, its total row replaced by {@code total} (a JSON object). */
    private Path withTotal(String total) throws Exception {
        Path from = tangxi().resolve("submission");
        Path to = tmp.resolve("submission");
        Samples.copyTree(from, to);
        Path budget = to.resolve("budget.json");
        String json = Files.readString(budget, StandardCharsets.UTF_8);
        String row = "\"total\": { \"label\": \"年度资金总额\", \"initial\": 0, \"fullYear\": 0, \"executed\": 0, \"executionRatePercent\": 0, \"points\": 10, \"score\": 0 }";
        assertTrue(json.contains(row), json);
        Files.writeString(budget, json.replace(row, "\"total\": " + total), StandardCharsets.UTF_8);
        return tmp;
    }

    private static List<String> funds(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().startsWith("/funds/"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }

    @Test
    void aTotalRowLeftAtZeroIsOneFindingAtTheRow() throws Exception {
        Path project = tangxi();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(List.of("sum-mismatch funds-zero-row-scored /funds/total"), funds(r));
        Finding row = r.findings().stream().filter(f -> f.ruleId().equals("sum-mismatch")).findFirst().orElseThrow();
        assertEquals("budget-execution-rate", row.criterion());
        String zh = new Messages(Messages.ZH).message(row);
        assertTrue(zh.contains("“年度资金总额”的年初预算数、全年预算数、全年执行数都为 0 或空白") && zh.contains("90 万元、89.974 万元、89.974 万元")
                && zh.contains("按评分标准计算为 10.00 分") && zh.contains("89.974 / 89.974"), zh);
        String en = new Messages(Locale.ENGLISH).message(row);
        assertTrue(en.contains("the initial budget, the full-year budget and the execution at 0 or blank")
                && en.contains("the full-year budget 89.974 × 10,000 yuan") && en.contains("the scoring standard gives 10.00"), en);
        // the score carried is a detail: the finding is the one the row gives without it (a baseline keeps it)
        Finding plain = new Finding(row.ruleId(), row.severity(), "funds-zero-row", row.args().subList(0, 5), row.file(),
                row.pointer(), row.line(), row.column(), row.criterion());
        assertEquals(Fingerprints.of(plain), Fingerprints.of(row));
    }

    @Test
    void aScoreWrittenOtherwiseIsADefectOfItsOwn() throws Exception {
        Path project = withTotal("{ \"label\": \"年度资金总额\", \"initial\": 0, \"fullYear\": 0, \"executed\": 0, \"points\": 10, \"score\": 8 }");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(List.of("score-claim-mismatch below-part /funds/total/score", "sum-mismatch funds-zero-row /funds/total"), funds(r));   // -part: t25's weights are not 100 (audit s51 A6 row 1)
    }

    @Test
    void aRowLeftBlankWithItsScoreIsOneFinding() throws Exception {
        Path project = withTotal("{ \"label\": \"年度资金总额\", \"points\": 10 }");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(List.of("sum-mismatch funds-zero-row /funds/total"), funds(r));
    }

    @Test
    void oneColumnLeftAtZeroIsSaidAtItsCell() throws Exception {
        Path project = withTotal("{ \"label\": \"年度资金总额\", \"initial\": 90, \"fullYear\": 0, \"executed\": 89.974, \"points\": 10, \"score\": 10 }");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(List.of("sum-mismatch funds-zero /funds/total/fullYear"), funds(r));
    }

    @Test
    void withSumMismatchOffTheClaimMismatchTells() throws Exception {
        Path project = tangxi();
        EngineResult off = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("sum-mismatch", "OFF", null))), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("score-claim-mismatch below-part /funds/total/score"), funds(off));
    }
}
