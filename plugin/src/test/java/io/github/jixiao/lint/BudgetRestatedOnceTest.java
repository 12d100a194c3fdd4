package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A cost target that restates the budget and has no comparator (中江 2022, real table t4: 成本 项目计划总投资 "20万元",
 * budget 20 万元) is one defect at the target's cell: indicator-input-as-output's budget-restated says it is the budget
 * again and asks for a cost ceiling with its comparator; indicator-target-no-comparator's note at the same cell
 * (session 33's audit: both on six tables) is left out. A project that turned indicator-input-as-output off keeps the note.
 */
class BudgetRestatedOnceTest {

    private static Path zhongjiang() throws Exception {
        return Path.of(BudgetRestatedOnceTest.class.getResource("/real-tables/t4-zhongjiang-2022").toURI());
    }

    private static List<Finding> at(EngineResult r, String pointer) {
        return r.findings().stream().filter(f -> f.pointer().equals(pointer)).toList();
    }

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + " " + f.key()).sorted().toList();
    }

    @Test
    void aRestatedBudgetWithoutComparatorIsOneFindingAtItsTarget() throws Exception {
        Path project = zhongjiang();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<Finding> cell = at(r, "/indicators/5/target");
        assertEquals(List.of("indicator-input-as-output budget-restated"), ids(cell));
        String zh = new Messages(Messages.ZH).message(cell.get(0));
        assertTrue(zh.contains("项目计划总投资") && zh.contains("20万元") && zh.contains("预算总额") && zh.contains("并写比较符"), zh);
        String en = new Messages(Locale.ENGLISH).message(cell.get(0));
        assertTrue(en.contains("budget total") && en.contains("with its comparator"), en);
        // a bare target elsewhere keeps its note: only the restated budget's cell is handed off (验收合格率 100%: "= 100%"
        // alone since session 48, rate-full)
        assertEquals(List.of("indicator-target-no-comparator rate-full"), ids(at(r, "/indicators/2/target")));
    }

    @Test
    void withBudgetRestatedOffTheNoteTells() throws Exception {
        Path project = zhongjiang();
        EngineResult off = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-input-as-output", "OFF", null))), Locale.SIMPLIFIED_CHINESE));
        List<Finding> cell = at(off, "/indicators/5/target");
        // said as a cost ceiling since session 50 (cost-ceiling, the plain note's fingerprint)
        assertEquals(List.of("indicator-target-no-comparator cost-ceiling"), ids(cell));
        assertEquals("≤", cell.get(0).args().get(3));
    }
}
