package io.github.jixiao.lint;

import static io.github.jixiao.testing.RealTableRuns.run;
import static io.github.jixiao.testing.RealTableRuns.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 产出 rows whose target is a sum of money (MoneyOutput: 廊坊 2019's 工程资金金额 43.2, the budget written bare, t11) in
 * the rules that session 51 left to speak of them as of work done (session 52, R2): the shortfall is money not spent,
 * the 预算执行率's to score, not an output missed.
 */
class MoneyRowsTest {

    @TempDir
    Path tmp;

    private Path t11(String name, Consumer<JsonNode> edit) throws Exception {
        Path project = tmp.resolve(name);
        Samples.copyTreeEditingIndicators(Samples.realTable("t11-langfang-shipin-2019"), project, edit);
        return project;
    }

    /**
     * t11's 工程资金金额 43.2 → 37.24 at its full 10 with "无" as its reason (and with no 得分 at all): before session 52
     * indicator-miss-unexplained said "未完成…请写明未完成的原因和改进措施", a miss of work where the money was not spent;
     * now its money variant asks the saving's reason, or the 预算执行率's, with the plain finding's fingerprint.
     */
    @Test
    void aMoneyRowSpentShortWithNoneAsItsReasonIsAskedForTheSaving() throws Exception {
        for (boolean scored : new boolean[] {true, false}) {
            Path p = t11(scored ? "full" : "unscored", root -> {
                ObjectNode row = (ObjectNode) root.at("/indicators/0");
                if (scored) {
                    row.put("score", 10);
                } else {
                    row.remove("score");
                }
                row.put("explanation", "无");
            });
            EngineResult r = run(p, Messages.ZH);
            List<Finding> fs = of(r, "indicator-miss-unexplained");
            assertEquals(1, fs.size(), fs.toString());
            Finding f = fs.get(0);
            assertEquals("money", f.key());
            assertEquals("/indicators/0/actual", f.pointer());
            assertEquals("指标“指标1工程资金金额”的指标值 43.2 是资金数额，实际支出 37.24 少于计划，偏差原因却只写了“无”。这不是产出未完成，"
                    + "而是资金没有用完：请写明结余的原因（如中标价低于预算、尾款未付），或在预算执行率的偏差原因中说明。",
                    new Messages(Messages.ZH).forResult(r).message(f));
            String en = new Messages(Locale.ENGLISH).forResult(r).message(f);
            assertTrue(en.startsWith("Indicator \"指标1工程资金金额\" has an amount of money as its target (43.2), and 37.24 was spent, less than planned"), en);
            assertTrue(en.contains("or explain it with the budget execution rate (预算执行率)"), en);
            // a baseline entry of the plain finding holds it
            assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args()), Fingerprints.of(f));
        }
    }

    /**
     * grade-unsupported took t11's money row's shortfall off the total as a missed target: with the funds spent to 39 of
     * 43.2 (90.3 %, so the execution test passes) and the row likewise, a stated 90.5 优 less 10 × (1 − 39 / 43.2) = 0.97
     * fell below 90 and "1 个指标未完成" was said. The money not spent is the 预算执行率's, scored there (session 52).
     */
    @Test
    void gradeUnsupportedDoesNotTakeTheMoneyShortfallOffTheTotal() throws Exception {
        Path p = t11("grade", root -> ((ObjectNode) root.at("/indicators/0")).put("actual", "39"));
        Path budget = p.resolve("submission/budget.json");
        Files.writeString(budget, Files.readString(budget).replace("\"executed\": 37.24", "\"executed\": 39")
                .replace("\"executionRatePercent\": 86", "\"executionRatePercent\": 90.3"));
        Files.writeString(p.resolve("submission/self-assessment.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/"
                + "self-assessment.schema.json\", \"schemaVersion\": \"1.0\", \"stated\": {\"total\": 90.5, \"grade\": \"优\"}}\n");
        EngineResult r = run(p, Messages.ZH);
        assertEquals(List.of(), of(r, "grade-unsupported"));
        // an output of work missed still counts: 工程完工率 100 → 90 loses 10 × (1 − 90 / 100) = 1, and 90.5 − 1 falls below 90
        Path q = t11("grade-work", root -> {
            ((ObjectNode) root.at("/indicators/0")).put("actual", "39");
            ((ObjectNode) root.at("/indicators/1")).put("actual", "90");
        });
        Files.copy(budget, q.resolve("submission/budget.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(p.resolve("submission/self-assessment.json"), q.resolve("submission/self-assessment.json"));
        List<Finding> work = of(run(q, Messages.ZH), "grade-unsupported");
        assertEquals(1, work.size(), work.toString());
        assertEquals("missed", work.get(0).key());
        assertEquals(List.of("优", "90.5", "1", "“指标1工程完工率”", "10", "90", "1"), work.get(0).args());
    }
}
