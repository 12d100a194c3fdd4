package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 4: numbers and dates as JSON Schema means them. */
class NumbersAndDatesTest {
    @TempDir
    Path project;

    static Map<String, Integer> byRule(List<Finding> fs) {
        Map<String, Integer> m = new TreeMap<>();
        fs.forEach(f -> m.merge(f.ruleId(), 1, Integer::sum));
        return m;
    }

    void edit(Path sub, String file, String from, String to) throws IOException {
        Path p = sub.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String edited = text.replace(from, to);
        assertTrue(!edited.equals(text), from + " not in " + file);
        Files.writeString(p, edited, StandardCharsets.UTF_8);
    }

    @Test
    void integerValuedDecimalsBindAsIntegers() throws IOException {
        Path sub = Samples.copyTo(project);
        EngineResult before = new Engine().run(EngineOptions.of(project, sub));
        edit(sub, "department.json", "\"year\": 2024", "\"year\": 2024.0");
        for (int q = 1; q <= 4; q++) {
            edit(sub, "budget.json", "\"quarter\": " + q + ",", "\"quarter\": " + q + ".0,");
        }
        EngineResult after = new Engine().run(EngineOptions.of(project, sub));
        assertEquals("96.15", after.sheet().total().toPlainString(), "was 90.68: the quarters bound as missing");
        assertEquals(Integer.valueOf(2024), after.year());
        assertEquals(byRule(before.findings()), byRule(after.findings()));
    }

    @Test
    void anImpossibleDateIsALocatedFindingNamingIt() throws IOException {
        Path sub = Samples.copyTo(project);
        edit(sub, "adjustments.json", "\"date\": \"2024-07-15\"", "\"date\": \"2024-02-30\"");
        EngineResult r = new Engine().run(EngineOptions.of(project, sub));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("date-invalid")).findFirst().orElseThrow();
        assertEquals("submission/adjustments.json", f.file());
        assertEquals("/adjustments/1/date", f.pointer());
        assertEquals(List.of("2024-02-30"), f.args());
        assertTrue(f.line() > 0 && f.column() > 0);
    }

    @Test
    void aNegativeAmountAndAQ4ThatIsNotTheAnnualRateAreFindings() throws IOException {
        Path sub = Samples.copyTo(project);
        edit(sub, "budget.json", "\"cumulativePercent\": 92.23", "\"cumulativePercent\": 99.5");
        edit(sub, "tasks.json", "\"value\": 3", "\"value\": -3");
        EngineResult r = new Engine().run(EngineOptions.of(project, sub));
        Map<String, Integer> m = byRule(r.findings());
        assertEquals(1, m.get("quarterly-annual-mismatch"), r.findings().toString());
        assertTrue(m.getOrDefault("figure-out-of-range", 0) >= 1, m.toString());
    }
}
