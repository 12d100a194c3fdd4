package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator row's formula on the page (score-summary.md, .html, .json) says the department's own score where the
 * row is scored otherwise, as a criterion's does (自评 98): 90 % against ≥ 95 % is 4.74 of 5 where the table printed 5,
 * and a row that could not be scored is 0 where it printed 3. Before, the page showed 4.74 and 0 and nowhere, in the
 * row, the 5 and the 3 the reviewer weighs the formula against. A qualitative row's formula already states it (自评 25 →
 * 25), and a row scored as stated says nothing more. And a qualitative row whose actual is blank, on a form without a
 * 完成档次 column (蚕茶卫生院 2021, t81: 医疗文书及时率 | 按规定时限 | (blank) | 4 | 3), is not scored for want of its actual,
 * as indicator-incomplete says at that row, not "没有写完成档次".
 */
class IndicatorRowClaimTest {

    @TempDir
    Path dir;

    private EngineResult run(Locale locale) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("submission"));
        Files.writeString(sub.resolve("department.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/department.schema.json", "schemaVersion": "1.0",
                 "kind": "project", "name": "示例县示例乡卫生院", "year": 2021, "stage": "自评", "project": {"name": "公共卫生服务"}}
                """);
        Files.writeString(sub.resolve("indicators.json"), """
                {"$schema": "https://jixiao.github.io/schemas/v1/indicators.schema.json", "schemaVersion": "1.0", "indicators": [
                 {"level1": "产出指标", "level2": "数量指标", "name": "健康档案建档人数", "target": "≥ 3000人", "actual": "3120人",
                  "points": 40, "score": 40},
                 {"level1": "产出指标", "level2": "质量指标", "name": "诊断准确率", "target": "≥ 95%", "actual": "90%",
                  "points": 5, "score": 5, "explanation": "个别病例复核后更正"},
                 {"level1": "产出指标", "level2": "时效指标", "name": "医疗文书及时率", "target": "按规定时限",
                  "points": 5, "score": 3, "explanation": "个别人未及时完成"},
                 {"level1": "效益指标", "level2": "社会效益指标", "name": "居民健康水平", "target": "稳步提升", "actual": "稳步提升",
                  "achievement": "达成", "points": 30, "score": 28},
                 {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "居民满意度", "target": "≥ 90%", "actual": "93%",
                  "points": 10, "score": 10}]}
                """);
        return new Engine().run(EngineOptions.of(dir, sub).withLocale(locale));
    }

    private static List<String> rows(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .map(i -> i.name() + " " + i.score().toPlainString() + " " + i.explanation()).toList();
    }

    @Test
    void aRowScoredOtherwiseSaysTheDepartmentsScore() throws Exception {
        EngineResult r = run(null);
        assertEquals(List.of(
                        "健康档案建档人数 40.00 3120人 达到 ≥ 3000 人 → 40",
                        "诊断准确率 4.74 90% 未达到 ≥ 95%：90 / 95 = 0.9474 × 5 = 4.74（自评 5）",
                        "医疗文书及时率 0.00 无法计分：绩效指标“医疗文书及时率”缺少实际完成值，按 0 分计（自评 3）",
                        "居民健康水平 28.00 定性，达成：24–30 分，自评 28 → 28",
                        "居民满意度 10.00 93% 达到 ≥ 90% → 10"),
                rows(r));
        // (the 预算执行率 unscored beside it: no budget.json in this fixture)
        assertEquals(List.of("医疗文书及时率 5 绩效指标“医疗文书及时率”缺少实际完成值"),
                r.sheet().unscored().stream().filter(u -> !u.name().equals("预算执行率")).map(u -> u.name() + " " + u.points().toPlainString() + " " + u.reason()).toList());
        // the blank actual said once, by indicator-incomplete, not again by the scorer as a missing 完成档次 or actual
        assertEquals(List.of("indicator-incomplete no-actual"), r.findings().stream()
                .filter(f -> f.pointer().equals("/indicators/2") && !f.ruleId().startsWith("indicator-time"))
                .map(f -> f.ruleId() + " " + f.key()).toList());
    }

    @Test
    void inEnglishToo() throws Exception {
        List<String> rows = rows(run(Locale.ENGLISH));
        assertEquals("诊断准确率 4.74 90% misses ≥ 95%: 90 / 95 = 0.9474 × 5 = 4.74 (self-assessed 5)", rows.get(1));
        assertEquals("医疗文书及时率 0.00 not scored: indicator \"医疗文书及时率\" has no actual value; counted as 0 (self-assessed 3)",
                rows.get(2));
    }
}
