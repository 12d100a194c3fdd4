package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * An actual that states no result ("**", "xx", "—", "/", "%") is one defect at its cell (session 45). At 自评 the scorer
 * holds the row's points with score-input-missing no-result (session 44), and placeholder-left says what to fill in: before,
 * "%" gave both (two errors at one cell) and "**", "xx", "—", "/" only the scorer's, while at 运行监控, where no score runs,
 * nothing was said of them. On 棠溪 2022 (t25), whose 提交报告及时性 row carries 8 of 8 points: one finding at the actual, the
 * lint's, and 82.00 (the row's 8 points held as before); a target also only "/" or "—" reads as not applicable.
 */
class NoResultOnceTest {

    @ParameterizedTest(name = "{0} | {1} at {2}")
    @CsvSource(delimiter = ';', value = {
        "达标; %; 自评; placeholder-left unit-only-actual ERROR",
        "达标; **; 自评; placeholder-left placeholder-actual ERROR",
        "按期完工; xx; 自评; placeholder-left placeholder-actual ERROR",
        "按期完工; ……; 自评; placeholder-left placeholder-actual ERROR",
        "达标; ？; 自评; placeholder-left placeholder-actual ERROR",
        "达标; —; 自评; placeholder-left placeholder-actual ERROR",
        "/; /; 自评; placeholder-left not-applicable-marked ERROR",
        "—; —; 自评; placeholder-left not-applicable-marked ERROR",
        "不适用; /; 自评; placeholder-left not-applicable-marked ERROR",
        "≥95%; /; 自评; indicator-actual-incommensurable quantitative-target ERROR",
        "达标; **; 运行监控; placeholder-left placeholder-actual WARNING",
        "/; /; 运行监控; placeholder-left not-applicable-marked WARNING"
    })
    void oneFindingAtTheActual(String target, String actual, String stage, String expected, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual, stage, null);
        assertEquals(List.of(expected), atActual(r));
        if (stage.equals("自评")) {
            assertEquals(new BigDecimal("82.00"), r.sheet().total(), "the row's 8 points are held, as before");
        }
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"达标; **; no-result", "/; /; not-applicable-marked"})
    void theScorerSaysItWherePlaceholderLeftIsOff(String target, String actual, String key, @TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, target, actual, "自评", "placeholder-left");
        assertEquals(List.of("score-input-missing " + key + " ERROR"), atActual(r));
    }

    private static List<String> atActual(EngineResult r) {
        return r.findings().stream().filter(f -> f.pointer().equals("/indicators/3/actual"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity()).toList();
    }

    private static EngineResult run(Path tmp, String target, String actual, String stage, String off) throws Exception {
        Path project = tmp.resolve("t25");
        Samples.copyTreeEditingIndicators(Path.of(NoResultOnceTest.class.getResource("/real-tables/t25-tangxi-weituo-2022").toURI()),
                project, root -> {
                    ObjectNode row = (ObjectNode) root.at("/indicators/3");
                    row.put("target", target);
                    row.put("actual", actual);
                });
        Path dep = project.resolve("submission/department.json");
        Files.writeString(dep, Files.readString(dep).replace("\"stage\": \"自评\"", "\"stage\": \"" + stage + "\""));
        return new Engine().run(off == null ? EngineOptions.of(project, project.resolve("submission"))
                : new EngineOptions(project, project.resolve("submission"), null, null, null,
                        RuleConfig.of(List.of(new RuleConfig.Entry(off, "OFF", null))), Locale.SIMPLIFIED_CHINESE));
    }
}
