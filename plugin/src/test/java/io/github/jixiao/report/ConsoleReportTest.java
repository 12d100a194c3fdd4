package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    private static Finding f(String rule, Severity s, String file, int line, String name) {
        return new Finding(rule, s, "", List.of(name, "≥ 200 人", "150 人"), file, "/x", line, 17, null);
    }

    @Test
    void groupedByFileSortedByLineWithManyOfOneRuleSummarised() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 10; i > 0; i--) {
            fs.add(f("indicator-target-missed", Severity.WARNING, "submission/indicators.json", i * 7, "指标" + i));
        }
        fs.add(f("zero-execution", Severity.ERROR, "submission/tasks.json", 72, "科技创新分项"));
        List<ConsoleReport.Line> lines = ConsoleReport.render(fs, null, new Messages(Messages.ZH), 7);
        List<String> text = lines.stream().map(ConsoleReport.Line::text).toList();
        assertEquals("文件 submission/indicators.json", text.get(0));
        assertTrue(text.get(1).startsWith("  7:17 警告 [indicator-target-missed]"), text.get(1));
        assertTrue(text.get(5).startsWith("  35:17 "), text.get(5));
        assertTrue(text.get(6).contains("还有 5 个“indicator-target-missed”"), text.get(6));
        assertEquals("文件 submission/tasks.json", text.get(7));
        assertEquals(Severity.ERROR, lines.get(8).level());
        assertEquals("jixiao：7 个文件中发现 1 个错误、10 个警告、0 个提示。", text.get(9));
    }

    @Test
    void suppressedAndBaselinedAreMarkedAndNotCounted() {
        Finding a = f("indicator-target-missed", Severity.ERROR, "submission/indicators.json", 108, "招引人才数量");
        Finding b = f("zero-execution", Severity.ERROR, "submission/tasks.json", 72, "科技创新分项");
        Finding c = f("sum-mismatch", Severity.ERROR, "submission/budget.json", 80, "448.01");
        List<ConsoleReport.Line> lines = ConsoleReport.render(List.of(a, b, c), null, new Messages(Messages.ZH), 7,
                Map.of(a, "经财政局同意"), Set.of(b));
        String all = String.join("\n", lines.stream().map(ConsoleReport.Line::text).toList());
        assertTrue(all.contains("108:17 错误 （已豁免） [indicator-target-missed]"), all);
        assertTrue(all.contains("72:17 错误 （基线） [zero-execution]"), all);
        assertTrue(all.contains("发现 1 个错误"), all);
        assertEquals(Severity.INFO, lines.stream().filter(l -> l.text().contains("已豁免")).findFirst().orElseThrow().level());
        // a file whose findings are all suppressed or baselined is no longer headed in red; one with an open error is
        assertEquals(Severity.INFO, header(lines, "submission/indicators.json").level());
        assertEquals(Severity.INFO, header(lines, "submission/tasks.json").level());
        assertEquals(Severity.ERROR, header(lines, "submission/budget.json").level());
        Finding w = f("indicator-target-unmeasurable", Severity.WARNING, "submission/indicators.json", 120, "明显");
        List<ConsoleReport.Line> mixed = ConsoleReport.render(List.of(a, w), null, new Messages(Messages.ZH), 7,
                Map.of(a, "经财政局同意"), Set.of());
        assertEquals(Severity.WARNING, header(mixed, "submission/indicators.json").level());
        // the totals line on its own (logViolationsToConsole=false) says the same as the full report's last line
        assertEquals(lines.get(lines.size() - 1), ConsoleReport.summary(List.of(a, b, c), new Messages(Messages.ZH), 7,
                Map.of(a, "经财政局同意"), Set.of(b)));
    }

    private static ConsoleReport.Line header(List<ConsoleReport.Line> lines, String file) {
        return lines.stream().filter(l -> l.text().equals("文件 " + file)).findFirst().orElseThrow();
    }
}
