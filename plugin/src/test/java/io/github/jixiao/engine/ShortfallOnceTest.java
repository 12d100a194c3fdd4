package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form printing no 分值 column (湖北 商务局 2020, t18's 20 + 80 自评表; 大英 2020, t7) scores only its execution: the weights
 * fall short of the framework's 100 and no grade is given. score-input-missing's {@code -short} finding says so, once,
 * and score-weights' total is left out beside it (sessions 31, 33). Its error asks for a column the form does not have,
 * so a department filing that form may turn score-input-missing off: until session 36 the scorer had left score-weights
 * out itself, and then nothing said the total has no full base. The choice is now made after the project's rule settings
 * (Engine.shortfallOnce). t18 as transcribed before session 43, without its 一级's points (产出指标(60分), 效益指标(40分)),
 * which now score its rows (indicators.json categories without a 二级, Level1PointsTest): its rows then carry no points.
 */
class ShortfallOnceTest {

    private static final String T18 = "t18 without its categories";

    @org.junit.jupiter.api.io.TempDir
    static Path tmp;

    /** t18 without indicators.json's categories (its 一级's points), in {@link #tmp}. */
    private static Path withoutCategories() throws Exception {
        Path from = Path.of(ShortfallOnceTest.class.getResource("/real-tables/t18-shangwu-fuwumaoyi-2020").toURI());
        Path to = tmp.resolve("t18");
        if (!java.nio.file.Files.exists(to)) {
            try (var files = java.nio.file.Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path d = to.resolve(from.relativize(p).toString());
                    if (java.nio.file.Files.isDirectory(p)) {
                        java.nio.file.Files.createDirectories(d);
                    } else {
                        java.nio.file.Files.copy(p, d);
                    }
                }
            }
            Path ind = to.resolve("submission/indicators.json");
            var doc = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(java.nio.file.Files.readString(ind));
            doc.remove("categories");
            java.nio.file.Files.writeString(ind, doc.toString());
        }
        return to;
    }

    private static List<String> weights(String table, RuleConfig rules) throws Exception {
        Path project = table.equals(T18) ? withoutCategories()
                : Path.of(ShortfallOnceTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, rules)).findings()
                .stream().filter(f -> f.ruleId().startsWith("score-weights") || f.ruleId().equals("score-input-missing"))
                .map(f -> f.ruleId() + "/" + f.key()).toList();
    }

    private static final RuleConfig INPUT_OFF = RuleConfig.of(List.of(new RuleConfig.Entry("score-input-missing", "OFF", null)));

    @Test
    void byDefaultTheShortFindingSaysItOnce() throws Exception {
        // (-rows since session 48: every row prints its 得分, which the finding adds up; the same fingerprint. -rows-stated
        // since session 49: the 20 + 100 = 120 they make is above the 总分 100, which score-claim-mismatch total-stated said
        // beside it with the same sum; Engine.rowsOverStatedOnce. -own since session 52: t18 is on its own 20 + 80 framework,
        // and the finding no longer cites 财预〔2020〕10号; the same fingerprint, Engine.ownFrameworkWording)
        assertEquals(List.of("score-input-missing/indicator-points-none-short-rows-stated-own"), weights(T18, null));
        assertEquals(List.of("score-input-missing/indicator-points-none-table-short"), weights("t7-hengshan-2020", null));
    }

    @Test
    void withScoreInputMissingOffTheWeightsTotalSaysIt() throws Exception {
        assertEquals(List.of("score-weights/total"), weights(T18, INPUT_OFF));
        assertEquals(List.of("score-weights/total"), weights("t7-hengshan-2020", INPUT_OFF));
        Path project = withoutCategories();
        Finding total = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, INPUT_OFF))
                .findings().stream().filter(f -> f.ruleId().equals("score-weights")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(total);
        assertTrue(zh.contains("不是 100 分") && zh.contains("不评定等级"), zh);
    }
}
