package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain number typed as text where the format asks for a number (helper E, session 38: "4,764,453.11" in a 全年预算数,
 * "5" in a 分值) is one defect: the schema's type-number-text says to write it as a number, and every other finding and
 * the score are those of the number. Before, the same cell also read as blank: sum-mismatch "全年预算数没有填写（空白）"
 * and execution-over-budget asking to fill in a budget that was filled in; score-input-missing "没有分值" and two
 * score-weights findings (a total of 95, not 100, so no grade). A number with a word after it (85%, 5个) is not read:
 * a percent in a field of another scale would be off by a hundred.
 */
class NumberTypedAsTextTest {

    private static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    private static List<String> others(EngineResult r) {
        return r.findings().stream().filter(f -> !f.ruleId().equals("schema"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }

    private static List<String> schema(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("schema")).map(f -> f.key() + " " + f.pointer() + " "
                + f.args()).toList();
    }

    private static Path edited(Path tmp, Path from, String file, String number, String text) throws Exception {
        Path p = tmp.resolve("edited");
        Samples.copyTree(from, p);
        Path f = p.resolve("submission").resolve(file);
        String json = Files.readString(f, StandardCharsets.UTF_8);
        String typed = json.replaceFirst(java.util.regex.Pattern.quote(number), java.util.regex.Matcher.quoteReplacement(text));
        assertEquals(false, typed.equals(json), number + " found");
        Files.writeString(f, typed, StandardCharsets.UTF_8);
        return p;
    }

    /** The sample's 全年预算数 25007.68 万元 typed "25,007.68": the sample's findings and its 96.15, and the schema's one. */
    @Test
    void aBudgetTypedWithSeparatorsIsTheBudget(@TempDir Path tmp) throws Exception {
        EngineResult before = run(Samples.project());
        EngineResult after = run(edited(tmp, Samples.project(), "budget.json", "\"value\": 25007.68", "\"value\": \"25,007.68\""));
        assertEquals(others(before), others(after));
        assertEquals(0, before.sheet().total().compareTo(after.sheet().total()), after.sheet().total().toPlainString());
        assertEquals(List.of("type-number-text /fullYearBudget/value [/fullYearBudget/value, string, number, 25,007.68, 25007.68]"),
                schema(after));
    }

    /** 罗湖 南湖街道 2022 (t71): the 质量 row's 分值 5 typed "5" and a full-width "１０" for the first row's. */
    @Test
    void pointsTypedAsTextAreThePoints(@TempDir Path tmp) throws Exception {
        Path table = Samples.realTable("t71-luohu-nanhu-pinggaiguan-2022");
        Path p = edited(tmp, table, "indicators.json", "\"points\": 5, \"score\": 5 }\n  ]", "\"points\": \"5\", \"score\": 5 }\n  ]");
        String json = Files.readString(p.resolve("submission/indicators.json"), StandardCharsets.UTF_8);
        Files.writeString(p.resolve("submission/indicators.json"), json.replaceFirst("\"points\": 10", "\"points\": \"１０\""),
                StandardCharsets.UTF_8);
        EngineResult before = run(table);
        EngineResult after = run(p);
        assertEquals(others(before), others(after));
        assertEquals(0, before.sheet().total().compareTo(after.sheet().total()));
        assertEquals(2, schema(after).size(), schema(after).toString());
    }

    /**
     * "5个" in a 分值 is not read as 5 (as 85% would not be as 85 in a 得分系数): the figure stays missing until it is
     * written as a number.
     */
    @Test
    void aNumberWithAWordAfterItIsNotRead(@TempDir Path tmp) throws Exception {
        Path table = Samples.realTable("t71-luohu-nanhu-pinggaiguan-2022");
        EngineResult after = run(edited(tmp, table, "indicators.json", "\"points\": 5, \"score\": 5 }\n  ]",
                "\"points\": \"5个\", \"score\": 5 }\n  ]"));
        List<Finding> missing = after.findings().stream().filter(f -> f.ruleId().equals("score-input-missing")).toList();
        assertEquals(false, missing.isEmpty(), after.findings().toString());
    }
}
