package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.method;
import static io.github.jixiao.score.Fixtures.submission;
import static io.github.jixiao.score.Fixtures.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.model.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code linear-deduction} (调剂率) and {@code deduct-per-item} (重点工作). */
class DeductionMethodsTest {
    static final String SZ = "shenzhen-department-2024";

    static Fixtures.Scored adjustment(String initial, String fullYear) {
        Submission s = submission("budget", "{'initialBudget': " + wan(initial) + ", 'fullYearBudget': " + wan(fullYear) + "}");
        return method("financial-compliance-adjustment", Fixtures.item(SZ, "financial-compliance", "adjustment"), "1", s);
    }

    @Test
    void referenceReport() {
        Fixtures.Scored r = adjustment("25895.98", "25007.68");
        assertEquals("1.00", r.score());
        assertEquals("|25007.68 − 25895.98| / 25895.98 = 3.43% ≤ 10% → 1", r.criterion().explanation());
    }

    /** ≤ 10% keeps the point; −0.1 per percentage point beyond; floor 0; cuts count like increases. */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "100, 110, 1.00",
        "100, 90, 1.00",
        "100, 110.01, 1.00",     // 10.01%: 1 − 0.001 = 0.999
        "100, 110.1, 0.99",
        "100, 115, 0.50",
        "100, 85, 0.50",
        "100, 120, 0.00",
        "100, 135, 0.00",         // floor 0
        "100, 100, 1.00"
    })
    void adjustmentRate(String initial, String fullYear, String expected) {
        assertEquals(expected, adjustment(initial, fullYear).score());
    }

    @Test
    void deductionShowsItsArithmetic() {
        assertEquals("|115 − 100| / 100 = 15.00% > 10% → 1 − 0.1 × (15.00 − 10) = 0.5",
                adjustment("100", "115").criterion().explanation());
        assertEquals("|135 − 100| / 100 = 35.00% > 10% → max(0, 1 − 0.1 × (35.00 − 10)) = 0",
                adjustment("100", "135").criterion().explanation());
    }

    @Test
    void noInitialBudget() {
        Fixtures.Scored r = adjustment("0", "10");
        assertEquals("0.00", r.score());
        assertEquals("zero", r.findings("score-input-missing").get(0).key());
    }

    @ParameterizedTest(name = "{0} missed → {1}")
    @CsvSource({"0, 8.00", "1, 4.00", "2, 0.00", "3, 0.00"})
    void keyTasks(String missed, String expected) {
        Fixtures.Scored r = leaf(SZ, "key-tasks", submission("management", "{'keyTasks': {'missed': " + missed + "}}"));
        assertEquals(expected, r.score());
    }

    @Test
    void keyTasksExplains() {
        assertEquals("8 − 4 × 1 = 4", leaf(SZ, "key-tasks", submission("management", "{'keyTasks': {'missed': 1}}"))
                .criterion().explanation());
        assertEquals("max(0, 8 − 4 × 3) = 0", leaf(SZ, "key-tasks", submission("management", "{'keyTasks': {'missed': 3}}"))
                .criterion().explanation());
    }

    @Test
    void keyTasksMissing() {
        Fixtures.Scored r = leaf(SZ, "key-tasks", submission("management", "{'keyTasks': {}}"));
        assertEquals("0.00", r.score());
        assertEquals("key-tasks", r.findings("score-input-missing").get(0).criterion());
        assertEquals("management#/keyTasks/missed", r.findings("score-input-missing").get(0).args().get(2));
    }
}
