package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** English messages whose counts may be one read right at one as at many (a message key cannot follow the count). */
class EnglishNumberTest {
    private static String en(String rule, String key, String... args) {
        return new Messages(Locale.ENGLISH).message(new Finding(rule, Severity.WARNING, key, List.of(args), "indicators.json",
                "/indicators", 1, 1, null));
    }

    @Test
    void oneOfFourteenSatisfactionIndicators() {
        String s = en("satisfaction-evidence-mismatch", "", "85", "以上", "14", "1", "80%", "“受支持企业满意度”");
        assertTrue(s.contains("yet satisfaction indicators report less: 1 of the 14 (lowest 80%, e.g. \"受支持企业满意度\")"), s);
    }

    @Test
    void anEmptyCategoryOfOneRow() {
        for (String key : List.of("empty-category-target", "empty-category")) {
            String s = en("indicator-incomplete", key, "产出指标", "数量指标", "1");
            assertFalse(s.contains("their targets") || s.contains("empty rows") || s.contains("Fill them"), s);
        }
    }

    /** A funds figure among a criterion's inputs: the total row in English, the table's own label after it, then the column. */
    @Test
    void aFundsFigureIsLabelledInEnglish() throws Exception {
        java.nio.file.Path project = java.nio.file.Path.of(EnglishNumberTest.class.getResource("/real-tables/t1-yinchuan-2021").toURI());
        List<String> labels = EnglishPageTest.runEnglish(project).sheet().criteria().stream()
                .flatMap(c -> c.inputs().stream()).map(io.github.jixiao.score.ScoreInput::label).toList();
        assertTrue(labels.contains("Total funds for the year (年度资金总额), executed in the year"), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.startsWith("年度资金总额")), labels.toString());
        List<String> zh = ScoreSummaryTest.run(project).sheet().criteria().stream()
                .flatMap(c -> c.inputs().stream()).map(io.github.jixiao.score.ScoreInput::label).toList();
        assertTrue(zh.stream().anyMatch(l -> l.startsWith("年度资金总额 ")), zh.toString());
    }
}
