package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * An actual that states no result — only a unit, a comparator or a placeholder ("%", "≥", "**", "xx", "—") — is no
 * result under any target: the row is not scored (score-input-missing no-result), its points are held. Before (session
 * 44, M3's left-alone 5) "%" beside a "%" target, "**" beside "**", "—" beside "—" were equal texts, which Grade.read takes
 * as the target's own words: 达成 at full points. On 棠溪 2022 (t25), whose 提交报告及时性 row carries 8 of 8 points: the
 * table's 90.00 falls to 82.00. An actual in words ("无" beside "无": no accident) stays the target met. The lint rules that
 * say the same at the cell (placeholder-left, indicator-actual-incommensurable: Engine.noResultOnce keeps theirs, session
 * 45, NoResultOnceTest) are turned off here, so that the scorer's own finding is what is seen. "—" beside "—", "/" beside
 * "/" and "-" beside "-" read as the row marked not applicable since session 45 (MarkedNotApplicableTest).
 */
class NoResultActualTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {
        "%; %", "％; %", "≥; ≥", "≥; ≥ %", "**; **", "xx; xx", "XX; XX", "……; ……", "？; ？", "达标; —", "达标; /",
        "≥**%; **%", "达标; %", "达标; **", "按期完工; —", "≥95%; %", "100%; %"
    })
    void noResultIsNotScored(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual);
        List<String> onRow = r.findings().stream()
                .filter(f -> f.pointer().startsWith("/indicators/3") && f.ruleId().startsWith("score-"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.args()).toList();
        assertEquals(List.of("score-input-missing no-result [提交报告及时性, " + actual + ", " + target
                + ", 产出指标（数量、质量、时效、成本）]"), onRow);
        assertEquals(new BigDecimal("82.00"), r.sheet().total(), "the row's 8 points are held");
    }

    @org.junit.jupiter.api.Test
    void theMessageSaysWhatIsMissing(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, "%", "%");
        String message = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(
                r.findings().stream().filter(f -> f.key().equals("no-result")).findFirst().orElseThrow());
        assertTrue(message.contains("实际完成值“%”只有单位、比较符号或占位符") && message.contains("按 0 分计"), message);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"无; 无", "按期完工; 按期完工", "达标; 达标"})
    void wordsStillMeetTheTarget(String target, String actual, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual);
        assertEquals(new BigDecimal("90.00"), r.sheet().total(), "the target's own words: 达成, as the table scores it");
    }

    private static EngineResult run(Path tmp, String target, String actual) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTreeEditingIndicators(Path.of(NoResultActualTest.class.getResource("/real-tables/t25-tangxi-weituo-2022").toURI()),
                project, root -> {
                    ObjectNode row = (ObjectNode) root.at("/indicators/3");
                    row.put("target", target);
                    row.put("actual", actual);
                });
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                io.github.jixiao.lint.RuleConfig.of(List.of(
                        new io.github.jixiao.lint.RuleConfig.Entry("placeholder-left", "OFF", null),
                        new io.github.jixiao.lint.RuleConfig.Entry("indicator-actual-incommensurable", "OFF", null))),
                java.util.Locale.SIMPLIFIED_CHINESE));
    }
}
