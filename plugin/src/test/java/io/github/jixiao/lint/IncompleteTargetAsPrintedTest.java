package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.IndicatorIncomplete;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * indicator-incomplete's no-actual (and, at 运行监控, no-monitoring) quotes the row's target as the row gives it: where
 * the table prints the comparator and the unit in columns of their own (青神 2023, real table t12: 指标性质 "=", 指标值
 * 100, 度量单位 %), the three together, "= 100%", as every other finding on the row quotes it (Checks.target); before
 * session 33 the bare 100, which is not what the form says. A target written whole is quoted as written.
 */
class IncompleteTargetAsPrintedTest {

    @Test
    void aTargetInColumnsIsQuotedWhole(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path project = Path.of(IncompleteTargetAsPrintedTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        // row 1's actual filled in: with both blank, the table's one finding says the column (Engine.noActualAllOnce, session 54)
        Path sub = java.nio.file.Files.createDirectories(tmp.resolve("submission"));
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(project.resolve("submission"))) {
            for (Path p : s.toList()) {
                java.nio.file.Files.copy(p, sub.resolve(p.getFileName().toString()));
            }
        }
        Path ind = sub.resolve("indicators.json");
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) new tools.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Files.readString(ind));
        ((tools.jackson.databind.node.ObjectNode) root.get("indicators").get(1)).put("actual", "100%");
        java.nio.file.Files.writeString(ind, root.toPrettyString());
        List<Finding> noActual = new Engine().run(EngineOptions.of(tmp, sub)).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-incomplete") && f.key().startsWith("no-actual")).toList(); // (no-actual-no-score: the 得分 blank too)
        assertEquals(1, noActual.size(), noActual.toString());
        for (Finding f : noActual) {
            assertEquals("= 100%", f.args().get(1), f.toString());
        }
        String zh = new Messages(Messages.ZH).message(noActual.get(0));
        assertTrue(zh.contains("指标“发放(缴纳)覆盖率”（指标值 = 100%）没有实际完成值"), zh);
        String en = new Messages(Locale.ENGLISH).message(noActual.get(0));
        assertTrue(en.contains("(target = 100%) has no actual"), en);
    }

    @Test
    void atMonitoringTooAndAsWrittenWhereWrittenWhole() {
        Rule rule = new IndicatorIncomplete();
        for (String[] c : new String[][] {{"monitoring-nothing-reported-target-in-columns", "≥ 60 个"}, {"monitoring-nothing-reported", "≥ 60 个"}}) {
            Path file = RuleFixtures.root().resolve("indicator-incomplete/flags/" + c[0] + ".json");
            List<Finding> fs = RuleFixtures.run(rule, RuleFixtures.load("indicator-incomplete", RuleFixtures.FLAGS, file));
            assertEquals(1, fs.size(), fs.toString());
            assertEquals("no-monitoring", fs.get(0).key());
            assertEquals(c[1], fs.get(0).args().get(1), c[0]);
        }
    }
}
