package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
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
 * At 运行监控 the field {@code actual} holds the value to date (the workbook heads it 1-6月完成值, 黄石 2019 半年度指标执行情况):
 * indicator-incomplete's no-monitoring named it 实际完成值, the year-end column (until session 42), in both languages, so a
 * unit filling in a monitoring table was sent to look for a column its table does not print. On 黄石 2019 (t15), its 成本 row
 * given a target and nothing reported.
 */
class MonitoringValueToDateWordingTest {

    @Test
    void noMonitoringNamesTheValueToDate(@TempDir Path tmp) throws Exception {
        Samples.copyTreeEditingIndicators(Path.of(getClass().getResource("/real-tables/t15-huangshi-shenyi-2019").toURI()), tmp,
                root -> ((ObjectNode) root.get("indicators").get(2)).put("target", "≥4个").remove(List.of("actual", "likelihood")));
        List<Finding> said = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-incomplete") && f.pointer().equals("/indicators/2")).toList();
        assertEquals(1, said.size(), said.toString());
        Finding f = said.get(0);
        assertEquals("no-monitoring", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertEquals("指标“产出指标/成本”（指标值 ≥4个）没有运行监控的填报：截至目前的完成值（actual）、全年预计完成值（forecast）和完成目标可能性（likelihood）都空着。"
                + "请填写截至目前的完成值；尚无完成值的，至少填写全年预计完成值和完成目标可能性（确定能、有可能、不可能、完全不可能）。", zh);
        assertFalse(en.contains("实际完成值"), en);
        assertEquals("Indicator \"产出指标/成本\" (target ≥4个) has nothing reported for monitoring: the value to date (截至目前的完成值 (actual)), "
                + "the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) are all blank. Fill in the value to date; "
                + "where there is none yet, give at least the forecast and the likelihood (确定能 (certain), 有可能 (possible), 不可能 (unlikely), "
                + "完全不可能 (impossible)).", en);
    }
}
