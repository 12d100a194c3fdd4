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
        // t15's figures run to June (1-6月执行数): the month is named, as the table heads the column (session 43)
        assertEquals("no-monitoring-month", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertEquals("指标“产出指标/成本”（指标值 ≥4个）没有运行监控的填报：截至 6 月末的完成值（actual，监控表上的“1-6月完成值”）、全年预计完成值（forecast）和完成目标可能性（likelihood）都空着。"
                + "请填写截至 6 月末的完成值；尚无完成值的，至少填写全年预计完成值和完成目标可能性（确定能、有可能、不可能、完全不可能）。", zh);
        assertFalse(en.contains("实际完成值"), en);
        assertEquals("Indicator \"产出指标/成本\" (target ≥4个) has nothing reported for monitoring: the value to the end of month 6 (actual; 1-6月完成值 "
                + "(value to date, January–month 6) on a monitoring table), the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) "
                + "are all blank. Fill in the value to the end of month 6; where there is none yet, give at least the forecast and the likelihood (确定能 (certain), "
                + "有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible)).", en);
    }

    /**
     * A hand-typed submission without funds.toDateMonth: the message named no month and did not say where it goes (until
     * session 43); now it says to give it in budget.json funds.toDateMonth. The same finding (fingerprint) either way.
     */
    @Test
    void noMonitoringWithoutTheMonthSaysWhereToGiveIt(@TempDir Path tmp) throws Exception {
        Samples.copyTreeEditingIndicators(Path.of(getClass().getResource("/real-tables/t15-huangshi-shenyi-2019").toURI()), tmp,
                root -> ((ObjectNode) root.get("indicators").get(2)).put("target", "≥4个").remove(List.of("actual", "likelihood")));
        Path budget = tmp.resolve("submission/budget.json");
        java.nio.file.Files.writeString(budget, java.nio.file.Files.readString(budget).replace("\"toDateMonth\": 6,", ""));
        List<Finding> said = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-incomplete") && f.pointer().equals("/indicators/2")).toList();
        assertEquals(1, said.size(), said.toString());
        Finding f = said.get(0);
        assertEquals("no-monitoring", f.key());
        assertEquals("指标“产出指标/成本”（指标值 ≥4个）没有运行监控的填报：截至目前的完成值（actual）、全年预计完成值（forecast）和完成目标可能性（likelihood）都空着。"
                + "请填写截至目前的完成值，并在 budget.json 的 funds.toDateMonth 中写明截至几月（如“1-6月完成值”为 6）；"
                + "尚无完成值的，至少填写全年预计完成值和完成目标可能性（确定能、有可能、不可能、完全不可能）。", new Messages(Messages.ZH).message(f));
        assertEquals("Indicator \"产出指标/成本\" (target ≥4个) has nothing reported for monitoring: the value to date (截至目前的完成值 (actual)), "
                + "the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) are all blank. Fill in the value to date, "
                + "and the month it runs to in budget.json funds.toDateMonth (6 for 1-6月完成值 (value to date, January–June)); where there is none yet, "
                + "give at least the forecast and the likelihood (确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible)).",
                new Messages(Locale.ENGLISH).message(f));
        assertEquals(io.github.jixiao.report.Fingerprints.of("indicator-incomplete", "submission/indicators.json", "no-monitoring", f.args()),
                io.github.jixiao.report.Fingerprints.of("indicator-incomplete", "submission/indicators.json", "no-monitoring-month",
                        java.util.stream.Stream.concat(f.args().stream(), java.util.stream.Stream.of("6")).toList()),
                "the month is a detail: a baseline entry holds the finding with or without it");
    }
}
