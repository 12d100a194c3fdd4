package io.github.jixiao.bench;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the real engine on a few generated departments and fails when any finding says the files are not
 * in the format (json-*, schema, schema-unknown, file-unreadable, submission-structure). Also counts the
 * planted defects, read back from the files, so a generator change that loses one is noticed.
 */
final class SelfCheck {
    private SelfCheck() {
    }

    static int run(List<Path> depts) throws IOException {
        Engine engine = new Engine();
        int bad = 0;
        for (Path d : depts) {
            EngineResult r = engine.run(EngineOptions.of(d, d.resolve("submission")));
            Map<String, Integer> byRule = new TreeMap<>();
            for (Finding f : r.findings()) {
                byRule.merge(f.ruleId(), 1, Integer::sum);
                if (isFormatFinding(f)) {
                    bad++;
                    System.out.println("  FORMAT " + f.ruleId() + " " + f.file() + ":" + f.line() + ":" + f.column() + " "
                            + f.pointer() + " " + f.key() + " " + f.args());
                }
            }
            System.out.printf("selfcheck %s: %s %s, %d files, findings by rule %s; planted %s%n", d.getFileName(),
                    r.department(), r.stage(), r.files().size(), byRule, planted(d));
        }
        if (bad > 0) {
            System.out.println("selfcheck FAILED: " + bad + " format findings");
            return 1;
        }
        System.out.println("selfcheck passed: no json-*/schema/structure findings in " + depts.size() + " departments");
        return 0;
    }

    static boolean isFormatFinding(Finding f) {
        String id = f.ruleId();
        return id.startsWith("json-") || id.equals("schema") || id.equals("schema-unknown")
                || id.equals("file-unreadable") || id.equals("submission-structure");
    }

    /** The planted defects, read back: missed targets, vague targets with % actuals, zero-execution tasks, sums off. */
    private static Map<String, Integer> planted(Path dept) throws IOException {
        JsonMapper m = JsonMapper.builder().build();
        Path sub = dept.resolve("submission");
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode ind : m.readTree(sub.resolve("indicators.json").toFile()).get("indicators")) {
            if (!ind.has("target")) {
                continue;
            }
            String written = ind.get(ind.has("adjustedTarget") ? "adjustedTarget" : "target").asString();
            String unit = ind.path("unit").asString("");
            if (ind.has("comparator")) { // the national table's columns: "≥" | "60" | "个"
                written = ind.get("comparator").asString() + " " + written + " " + unit;
            }
            TargetValue t = TargetParser.parse(written);
            TargetValue a = TargetParser.parse(ind.get("actual").asString()).withDefaultUnit(unit);
            if (TargetParser.compare(t, a) == Outcome.MISSED) {
                out.merge("missed", 1, Integer::sum);
            }
            if (t.isQualitative() && a.isQuantitative() && a.isPercent()) {
                out.merge("vague-with-percent", 1, Integer::sum);
            }
        }
        for (JsonNode task : m.readTree(sub.resolve("tasks.json").toFile()).get("tasks")) {
            if (task.path("execution").path("total").path("value").decimalValue().signum() == 0) {
                out.merge("zero-execution", 1, Integer::sum);
            }
        }
        JsonNode tp = m.readTree(sub.resolve("budget.json").toFile()).get("threePublic");
        BigDecimal parts = BigDecimal.ZERO;
        for (JsonNode p : tp.get("parts")) {
            parts = parts.add(p.get("value").decimalValue());
        }
        if (parts.compareTo(tp.get("actual").get("value").decimalValue()) != 0) {
            out.merge("three-public-sum", 1, Integer::sum);
        }
        return out;
    }
}
