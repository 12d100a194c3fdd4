package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two stage rules name each field of the other stage the submission holds, and how many rows hold it. */
class StageContentTest {

    private static Finding one(io.github.jixiao.lint.Rule rule, String fixture) {
        RuleFixtures.Fixture f = RuleFixtures.load(rule.descriptor().id(), RuleFixtures.FLAGS,
                RuleFixtures.root().resolve(rule.descriptor().id() + "/flags/" + fixture));
        List<Finding> found = RuleFixtures.run(rule, f);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aSelfEvaluationLeftAtTargetSettingNamesItsYearEndFields() {
        Finding f = one(new StageYearEndContent(), "self-evaluation-left-at-targets.json");
        assertEquals(List.of("目标申报", "indicators.json score × 3; indicators.json achievement × 1; budget.json funds score × 1; "
                + "budget.json funds executed × 1"), f.args());
        assertEquals("申报的阶段是“目标申报”，却已填写了年终自评的内容（indicators.json score × 3; indicators.json achievement × 1; "
                + "budget.json funds score × 1; budget.json funds executed × 1）：这一阶段不计分，这些内容都不会被核对。如已到年终，请把 department.json "
                + "的阶段（stage）改为“自评”；否则请删去这些内容。", new Messages(Messages.ZH).message(f));
        // the stage as written, glossed in English as every Chinese term is (review R2: before, "The submission's stage is
        // "目标申报"" left an English reader to guess it)
        assertEquals("The submission's stage is 目标申报 (Target filing), yet it holds year-end content (indicators.json score × 3; "
                + "indicators.json achievement × 1; budget.json funds score × 1; budget.json funds executed × 1): nothing is scored at this "
                + "stage, so none of it is checked. If the year has ended, change the stage in department.json to \"自评\" (self-evaluation); "
                + "otherwise delete that content.", new Messages(java.util.Locale.ENGLISH).message(f));
    }

    @Test
    void atMonitoringTheStageIsGlossedToo() {
        Finding f = one(new StageYearEndContent(), "score-sheet-at-monitoring.json");
        assertEquals("运行监控", f.args().get(0));
        assertEquals(true, new Messages(java.util.Locale.ENGLISH).message(f).startsWith("The submission's stage is 运行监控 (Monitoring), yet"));
    }

    @Test
    void aSelfEvaluationWithMidYearFieldsNamesThem() {
        Finding f = one(new StageMonitoringContent(), "stage-changed-mid-year-values-left.json");
        assertEquals(List.of("indicators.json forecast × 2; indicators.json likelihood × 2; budget.json funds executedToDate × 1; "
                + "budget.json funds forecast × 1"), f.args());
    }
}
