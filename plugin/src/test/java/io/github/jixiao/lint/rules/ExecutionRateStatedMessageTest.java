package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * execution-rate-unexplained's stated rate: "filled in, not computed from amounts", which holds both where the table
 * gives no amounts (stated-rate-only) and where its parts list amounts that give no rate for the whole
 * (parts-listed-stated-rate: no total row, one part without its spending). Until session 23 it said the amounts were
 * not given, untrue for the second.
 */
class ExecutionRateStatedMessageTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stated-rate-only", "parts-listed-stated-rate"})
    void aStatedRateIsSaidToBeFilledInNotComputed(String fixture) {
        RuleFixtures.Fixture f = RuleFixtures.load("execution-rate-unexplained", "flags",
                Path.of("src/test/resources/rules/execution-rate-unexplained/flags/" + fixture + ".json"));
        List<Finding> found = RuleFixtures.run(new ExecutionRateUnexplained(), f);
        assertEquals(1, found.size(), found.toString());
        assertEquals("stated", found.get(0).key());
        String zh = new Messages(Messages.ZH).message(found.get(0));
        assertEquals(true, zh.startsWith("所填预算执行率为 ") && zh.contains("（不是由金额算出的），低于 90%"), zh);
        String en = new Messages(Locale.ENGLISH).message(found.get(0));
        assertEquals(true, en.startsWith("The budget execution filled in is ") && en.contains("(not computed from amounts), below 90%"), en);
    }
}
