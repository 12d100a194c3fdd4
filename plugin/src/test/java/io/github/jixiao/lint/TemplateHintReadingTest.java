package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One reading of the template's hint left in a name, stars or none (audit s53 A8 rows C3, E1; session 53): a bracket of a
 * comparator and a unit with no figure ("排污沟(≥米)") is the hint "(≥**米)" without its stars. placeholder-left counts it
 * where no-unit-hint already read it, so the two agree on how many names keep the hint.
 */
class TemplateHintReadingTest {

    private static List<Finding> run(String table) throws Exception {
        Path dir = Path.of(TemplateHintReadingTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(dir, dir.resolve("submission"))).findings();
    }

    /** 昌宁 2022 (t116): 19 names keep the hint, 11 with stars ("(≥**平方米)") and 8 without ("(≥米)", "(≥台)", "(≥头)"). */
    @Test
    void everyNameKeepingTheHintIsCounted() throws Exception {
        List<Finding> all = run("t116-changning-changlong-2022");
        Finding f = all.stream().filter(x -> x.ruleId().equals("placeholder-left") && x.key().equals("template-mark-name"))
                .findFirst().orElseThrow();
        assertEquals("19", String.valueOf(f.args().get(2)), f.toString());
        // and every name no-unit-hint reads the unit in is one of them
        long hinted = all.stream().filter(x -> x.key().equals("no-unit-hint")).count();
        assertEquals(true, hinted <= 19, all.toString());
    }
}
