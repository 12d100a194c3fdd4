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
 * (Engine.shortfallOnce).
 */
class ShortfallOnceTest {

    private static List<String> weights(String table, RuleConfig rules) throws Exception {
        Path project = Path.of(ShortfallOnceTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, rules)).findings()
                .stream().filter(f -> f.ruleId().startsWith("score-weights") || f.ruleId().equals("score-input-missing"))
                .map(f -> f.ruleId() + "/" + f.key()).toList();
    }

    private static final RuleConfig INPUT_OFF = RuleConfig.of(List.of(new RuleConfig.Entry("score-input-missing", "OFF", null)));

    @Test
    void byDefaultTheShortFindingSaysItOnce() throws Exception {
        assertEquals(List.of("score-input-missing/indicator-points-none-short"), weights("t18-shangwu-fuwumaoyi-2020", null));
        assertEquals(List.of("score-input-missing/indicator-points-none-table-short"), weights("t7-hengshan-2020", null));
    }

    @Test
    void withScoreInputMissingOffTheWeightsTotalSaysIt() throws Exception {
        assertEquals(List.of("score-weights/total"), weights("t18-shangwu-fuwumaoyi-2020", INPUT_OFF));
        assertEquals(List.of("score-weights/total"), weights("t7-hengshan-2020", INPUT_OFF));
        Path project = Path.of(ShortfallOnceTest.class.getResource("/real-tables/t18-shangwu-fuwumaoyi-2020").toURI());
        Finding total = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, INPUT_OFF))
                .findings().stream().filter(f -> f.ruleId().equals("score-weights")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(total);
        assertTrue(zh.contains("不是 100 分") && zh.contains("不评定等级"), zh);
    }
}
