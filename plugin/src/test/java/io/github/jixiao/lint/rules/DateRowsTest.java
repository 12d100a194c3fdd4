package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A date row done on its deadline day is a date, not a figure copied from the target (actual-equals-target-pattern). */
class DateRowsTest {
    private static Indicator row(String target, String actual) {
        String json = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", \"schemaVersion\": \"1.0\","
                + " \"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"时效指标\", \"name\": \"完成时间\", \"target\": \"" + target
                + "\", \"actual\": \"" + actual + "\"}]}";
        return new Submission(Map.of("indicators", new SubmissionLoader().parse(json.getBytes(StandardCharsets.UTF_8), "i.json")
                .document())).indicators().get(0);
    }

    @Test
    void doneOnTheDeadlineDayIsNoCopy() {
        Indicator onTheDay = row("2022年底前", "2022年12月31日");
        assertFalse(ActualEqualsTargetPattern.equalsTarget(onTheDay));
        // the bit the rule reads (IndicatorFacts works it out once per run): the same
        Submission s = new Submission(Map.of("indicators", new SubmissionLoader().parse(("{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"时效指标\", \"name\": \"完成时间\","
                + " \"target\": \"2022年底前\", \"actual\": \"2022年12月31日\"}]}").getBytes(StandardCharsets.UTF_8), "i.json").document()));
        IndicatorFacts facts = IndicatorFacts.of(s);
        assertFalse(facts.all(0, IndicatorFacts.EQUALS_TARGET));
        assertTrue(ActualEqualsTargetPattern.equalsTarget(row("≥ 60 个", "60 个")), "a figure equal to its target still counts");
    }
}
