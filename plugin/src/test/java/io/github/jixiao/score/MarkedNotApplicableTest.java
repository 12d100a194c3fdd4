package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A row whose target and actual are both "/" or "—" (or 不适用 beside "/") marks itself not applicable in the table's own
 * way (session 45). On 棠溪 2022 (t25), its 生态效益 row 对控制基建项目成本影响程度 (10 of the 90 points) so marked:
 * <ul>
 * <li>with its 10 points, it is not scored and its points are held, as before (80.00: the table did not give them to
 * another row, and which row should have them is the table's to say), but the scorer says why: the row reads as not
 * applicable, mark it so and move its points ({@code not-applicable-marked}); before it said the actual was a
 * placeholder ({@code no-result}), which asked to fill in a row that does not apply;</li>
 * <li>without points, it is not asked for them: before, {@code score-input-missing indicator-points} (an error) asked for the
 * points of a row the table marked as not applying; placeholder-left {@code not-applicable-marked} asks for the mark.</li>
 * </ul>
 */
class MarkedNotApplicableTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"/; /", "—; —", "不适用; /", "无此项; —"})
    void withPointsTheScorerSaysItReadsAsNotApplicable(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual, true, "placeholder-left");
        assertEquals(List.of("score-input-missing not-applicable-marked [对控制基建项目成本影响程度, " + actual + ", " + target
                + ", 效益指标（经济、社会、生态效益及可持续影响）, 10]"), scoreAt(r));
        assertEquals(new BigDecimal("80.00"), r.sheet().total(), "its 10 points held, as before");
        String message = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(
                r.findings().stream().filter(f -> f.key().equals("not-applicable-marked")).findFirst().orElseThrow());
        assertTrue(message.contains("这一行读作不适用，却带着 10 分") && message.contains("notApplicable: true"), message);
        // the row's own line in the 评分表 says the same, not that the actual is "only a unit, a comparator or a placeholder"
        assertEquals("无法计分：指标值“" + target + "”和完成值“" + actual + "”表明这一行不适用，却带着分值；请标为不适用（notApplicable），分值归入其他指标，按 0 分计（自评 10）",
                row(r).explanation());
    }

    @Test
    void theRowsLineSaysItInEnglishToo(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "/", "/", true, "placeholder-left", Locale.ENGLISH);
        assertTrue(row(r).explanation().contains("the target \"/\" and the actual \"/\" mark the row as not applicable, yet it carries points"),
                row(r).explanation());
    }

    private static io.github.jixiao.score.CriterionScore row(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.name().equals("对控制基建项目成本影响程度")).findFirst().orElseThrow();
    }

    @Test
    void withoutPointsItIsNotAskedForThem(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "/", "/", false, null);
        assertEquals(List.of(), scoreAt(r), "no score-input-missing indicator-points for a row marked not applicable");
        assertEquals(List.of("placeholder-left not-applicable-marked"), r.findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/7") && f.ruleId().equals("placeholder-left"))
                .map(f -> f.ruleId() + " " + f.key()).toList());
    }

    @Test
    void aRowInWordsWithoutPointsIsStillAskedForThem(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "效果明显", "达成预期指标", false, null);
        assertEquals(List.of("score-input-missing indicator-points [对控制基建项目成本影响程度, 效益指标（经济、社会、生态效益及可持续影响）]"),
                scoreAt(r));
    }

    private static List<String> scoreAt(EngineResult r) {
        return r.findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/7") && f.ruleId().startsWith("score-"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.args()).toList();
    }

    private static EngineResult run(Path tmp, String target, String actual, boolean points, String off) throws Exception {
        return run(tmp, target, actual, points, off, Locale.SIMPLIFIED_CHINESE);
    }

    private static EngineResult run(Path tmp, String target, String actual, boolean points, String off, Locale locale) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTreeEditingIndicators(Path.of(MarkedNotApplicableTest.class.getResource("/real-tables/t25-tangxi-weituo-2022").toURI()),
                project, root -> {
                    ObjectNode row = (ObjectNode) root.at("/indicators/7");
                    row.put("target", target);
                    row.put("actual", actual);
                    if (!points) {
                        row.remove("points");
                        row.remove("score");
                    }
                });
        return new Engine().run(off == null ? EngineOptions.of(project, project.resolve("submission"))
                : new EngineOptions(project, project.resolve("submission"), null, null, null,
                        RuleConfig.of(List.of(new RuleConfig.Entry(off, "OFF", null))), locale));
    }
}
