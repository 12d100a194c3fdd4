package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * indicator-actual-incommensurable's quantitative-target-monitoring (session 31) asked, for nothing done yet, "尚未开始的写
 * 0": a bare 0 beside ≥ 4 个 is then unit-assumed's warning (the same rule: "实际完成值“0”没有单位…请写明单位（如“0个”）"),
 * so the advice followed gave another warning. The advice now gives the figure with the target's unit, and that passes.
 * On 黄石 2019 (t15, the corpus's one 运行监控 table), its row 2 given a target.
 */
class MonitoringNothingDoneAdviceTest {

    @Test
    void theAdviceForNothingDoneYetIsAValueThatPasses(@TempDir Path tmp) throws Exception {
        EngineResult words = run(tmp.resolve("words"), "尚未开始");
        List<Finding> said = onRow(words);
        assertEquals(1, said.size(), said.toString());
        Finding f = said.get(0);
        assertEquals("quantitative-target-monitoring", f.key());
        assertEquals("指标“产出指标/成本”的指标值是“≥4个”，截至目前的完成值却是文字“尚未开始”，看不出进度。请按指标值的单位填写截至目前完成的数值"
                + "（尚未开始的写“0个”），文字写在偏差原因分析及改进措施中；到年终自评，实际完成值须是数值。", new Messages(Messages.ZH).message(f));
        assertEquals("Indicator \"产出指标/成本\": the target is \"≥4个\" but the value to date is the word \"尚未开始\", which shows no progress. "
                + "State what is done so far as a figure in the target's unit (\"0个\" where the work has not started) and put the words in the "
                + "explanation of the deviation; at the year-end self-evaluation the actual must be a figure.", new Messages(Locale.ENGLISH).message(f));
        assertEquals(List.of(), onRow(run(tmp.resolve("advised"), "0个")), "the advice followed: nothing more to say");
    }

    private static EngineResult run(Path project, String actual) throws Exception {
        Samples.copyTreeEditingIndicators(Path.of(MonitoringNothingDoneAdviceTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI()),
                project, root -> ((ObjectNode) root.get("indicators").get(2)).put("target", "≥4个").put("actual", actual));
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    private static List<Finding> onRow(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/2/actual")).toList();
    }
}
