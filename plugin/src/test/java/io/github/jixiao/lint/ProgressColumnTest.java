package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form whose actual column is the work's progress (实施进度), said in its framework as {@code "actualIs": "progress"}
 * (session 56, s55 A10 A2): 大英 双心 2020 (t44) prints 一级 / 二级 / 三级 / 指标值 / 实施进度, "已完成100%" on every row,
 * transcribed as the actual. Read as measured results it was an error (成本 10万元 against "%"), a unit note (2次 against
 * "%") and a boilerplate warning; read as progress, one note says why those checks are off, and the budget restated on
 * the cost row is said as on any table.
 */
class ProgressColumnTest {
    private static final String T44 = "t44-daying-shuangxin-2020";
    private static final String FRAMEWORK = "mof-project-2020-daying-shuangxin-2020.json";

    @Test
    void aProgressColumnIsOneNoteNotUnitsAndBoilerplate() throws Exception {
        List<Finding> all = RealTableRuns.asFiled(T44).findings();
        assertEquals(List.of(), all.stream().filter(f -> f.key().equals("unit") || f.key().equals("unit-budget-restated")
                || f.ruleId().equals("actual-equals-target-pattern")).toList());
        Finding note = RealTableRuns.one(T44, "indicator-actual-incommensurable", "/indicators");
        assertEquals("progress-column", note.key());
        assertEquals("info", note.severity().id());
        assertTrue(RealTableRuns.zh(note).contains("本表式的这一栏是实施进度，不是实际完成值（评分框架写明 actualIs: progress）：6 个指标所写的“已完成100%”等按工作完成的进度读"),
                RealTableRuns.zh(note));
        assertTrue(RealTableRuns.en(note).contains("what 6 indicators give, \"已完成100%\" and the like, is read as how far the work has gone"),
                RealTableRuns.en(note));
        Finding restated = RealTableRuns.one(T44, "indicator-input-as-output", "/indicators/3/target");
        assertEquals("budget-restated", restated.key());
    }

    /** Without the framework's word the same rows are read as measured results, as on any table (the variants stay). */
    @Test
    void withoutTheFlagTheRowsAreReadAsMeasured(@TempDir Path tmp) throws Exception {
        List<Finding> all = withoutFlag(tmp);
        assertEquals(List.of("actual-equals-target-pattern boilerplate-unscored /indicators",
                "indicator-actual-incommensurable unit /indicators/0/actual",
                "indicator-actual-incommensurable unit-budget-restated /indicators/3/actual"),
                all.stream().filter(f -> f.ruleId().equals("actual-equals-target-pattern")
                        || f.ruleId().equals("indicator-actual-incommensurable"))
                        .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList());
        // no row prints 分值, so nothing is scored on the boilerplate (until session 56 on t44 as filed: RealTableWordingTest)
        Finding f = all.stream().filter(x -> x.key().equals("boilerplate-unscored")).findFirst().orElseThrow();
        assertFalse(RealTableRuns.zh(f).contains("计分"), RealTableRuns.zh(f));
        assertFalse(RealTableRuns.en(f).contains("scoring"), RealTableRuns.en(f));
    }

    private static List<Finding> withoutFlag(Path tmp) throws Exception {
        Path source = Path.of(ProgressColumnTest.class.getResource("/real-tables/" + T44).toURI());
        Path copy = tmp.resolve(T44);
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.toList()) {
                Path t = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path fw = copy.resolve(FRAMEWORK);
        String json = Files.readString(fw);
        String flag = "\"actualIs\": \"progress\",";
        assertTrue(json.contains(flag), json);
        Files.writeString(fw, json.replace(flag, ""));
        return new Engine().run(EngineOptions.of(copy, copy.resolve("submission"))).findings();
    }
}
