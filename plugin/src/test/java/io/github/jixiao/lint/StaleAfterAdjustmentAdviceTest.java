package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.IndicatorsStaleAfterAdjustment;
import io.github.jixiao.report.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * indicators-stale-after-adjustment told a unit whose indicators stay after a 调剂 to "写明指标不变的理由" (state why they
 * stay) without saying where, and no reason written anywhere cleared it: the rule reads dates only (s31 trial, a project's
 * 调剂 at 运行监控). It now says to record the date of the review as the revision date and the reason in the task's
 * explanation; done so (passes/reviewed-and-kept.json, the flagged fixture with those two fields), nothing is reported.
 */
class StaleAfterAdjustmentAdviceTest {

    private static List<Finding> run(String kind, String name) {
        return RuleFixtures.run(new IndicatorsStaleAfterAdjustment(), RuleFixtures.load("indicators-stale-after-adjustment", kind,
                RuleFixtures.root().resolve("indicators-stale-after-adjustment/" + kind + "/" + name + ".json")));
    }

    @Test
    void theMessageSaysWhereTheReasonGoesAndDoingSoClearsIt() {
        List<Finding> flagged = run(RuleFixtures.FLAGS, "cut-without-revision-record");
        assertEquals(1, flagged.size(), flagged.toString());
        String zh = new Messages(Messages.ZH).message(flagged.get(0));
        String en = new Messages(Locale.ENGLISH).message(flagged.get(0));
        assertTrue(zh.contains("indicatorsRevisedOn") && zh.contains("该任务的说明（explanation）中写明理由"), zh);
        assertTrue(en.contains("indicatorsRevisedOn") && en.contains("the task's explanation"), en);
        assertEquals(List.of(), run(RuleFixtures.PASSES, "reviewed-and-kept"));
    }
}
