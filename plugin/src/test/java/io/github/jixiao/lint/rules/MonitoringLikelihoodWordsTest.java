package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The four likelihoods a monitoring table prints (确定能, 有可能, 不可能, 完全不可能) have one English each, the same in the
 * rule's message and rationale as on the page's monitoring table: 不可能 is unlikely, 完全不可能 impossible.
 */
class MonitoringLikelihoodWordsTest {
    @Test
    void theScaleGlossesEachLikelihoodAsThePageDoes() {
        Finding f = new Finding("monitoring-deviation-unexplained", Severity.WARNING, "", List.of("指标", "不可能"),
                "indicators.json", "/indicators/0/likelihood", 1, 1, null);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("不可能 (unlikely), 完全不可能 (impossible)"), en);
        String rationale = new Messages(Locale.ENGLISH).rule("monitoring-deviation-unexplained").rationale(Locale.ENGLISH);
        assertTrue(rationale.contains("不可能 (unlikely), 完全不可能 (impossible)") && !java.util.regex.Pattern.compile("(?<!完全)不可能 \\(impossible\\)").matcher(rationale).find(), rationale);
    }
}
