package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.target.Grade;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 定性 row whose 指标值 is the grade scale 四川's form prints (大英县医疗保障局 2023, t96: 城乡居民医保参保机制健全性,
 * "优良中低差", 10 points; F12, session 45) and whose 完成值 is one grade of it. Before, every grade ("优" too) was "没有写完成档次"
 * and the row unscored, 0 of its 10 points; now the grade is read on SC-2's bands (优, 良: 达成; 中: 部分达成; 低, 差: 未达成),
 * the reading said (score-assumption achievement), and a claim of full points on a lower grade held to its band. A word
 * that is no grade of the scale (健全) keeps the unit's score, unchecked (achievement-self-score, session 46).
 */
class GradeScaleTargetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "优; 10.00; score-assumption achievement [城乡居民医保参保机制健全性, 优, 达成]",
        "良好; 10.00; score-assumption achievement [城乡居民医保参保机制健全性, 良好, 达成]",
        "中; 8.00; score-assumption achievement [城乡居民医保参保机制健全性, 中, 部分达成]|score-ignores-missed-target lower-grade-band [城乡居民医保参保机制健全性, 优良中低差, 中, 10, 5, 8, 8.00]",
        "差; 5.00; score-assumption achievement [城乡居民医保参保机制健全性, 差, 未达成]|score-ignores-missed-target not-achieved-band [城乡居民医保参保机制健全性, 优良中低差, 差, 10, 0, 5, 5.00]",
        "健全; 10.00; score-input-missing achievement-self-score [城乡居民医保参保机制健全性, 优良中低差, 健全, 10, 效益指标（经济、社会、生态效益及可持续影响）]"})
    void aGradeOfThePrintedScaleIsReadOnTheBands(String actual, String score, String findings, @TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t96");
        Samples.copyTreeEditingIndicators(Samples.realTable("t96-daying-yibao-2023"), project, root -> {
            ObjectNode row = (ObjectNode) root.at("/indicators/5");
            assertEquals("优良中低差", row.get("target").asString());
            row.put("actual", actual);
            row.put("score", 10);
        });
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(score, r.sheet().criteria().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.name().equals("城乡居民医保参保机制健全性")).findFirst().orElseThrow().score().toPlainString());
        assertEquals(List.of(findings.split("\\|")), r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/5"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.args()).toList());
    }

    /**
     * Only a scale, best first or worst first (session 49), and only one of its grades: a word target, a jumbled order or a
     * phrase is not read so. 高中低 is the other scale 四川 prints (甘孜 2024, t105; session 48).
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {"优良中低差; 优; ACHIEVED", "优、良、中、差; 良; ACHIEVED", "优/良/中/差; 中等; PARTLY",
        "优良中差; 较差; NOT", "优良中低差; 低; NOT", "优良; 良; NONE", "差中良优; 差; NOT", "差、中、良、优; 良; ACHIEVED", "差低中良优; 中; PARTLY", "优秀; 良; NONE", "优良中低差; 良好率95%; NONE",
        "优良中低差; 中上; NONE", "高中低; 高; ACHIEVED", "高、中、低; 中; PARTLY", "高中低; 低; NOT", "高中低; 较好; NONE",
        // printed worst first (session 49): the same scale, the same grades
        "低中高; 低; NOT", "低、中、高; 高; ACHIEVED", "低/中/高; 中; PARTLY", "中低高; 低; NONE", "良中优差; 良; NONE"})
    void onlyAPrintedScaleAndOneOfItsGrades(String target, String actual, Grade expected) {
        assertEquals(expected, Grade.read(target, actual, List.of("达成预期指标"), List.of("基本达成")));
    }

    /**
     * One definition of a printed scale (Grade.PRINTED_SCALE, session 49): the parser marks a target graded exactly where
     * the scorer reads a grade of it. Until then each had its own: a full-width ／ between grades was a scale to the parser
     * (no indicator-target-unmeasurable) yet its 良 no grade to the scorer (no 完成档次, unscored); a doubled mark (优、良、中、、差)
     * or an ideographic space the other way round. No real table or fixture prints either (a scan of every test
     * resource's texts and workbooks found the same verdicts under both definitions).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"优／良／中／差", "优、良、中、、差", "优\u3000良\u3000中\u3000差", "高／中／低", "优良中低差", "高、中、低", "优 良 中 差"})
    void theParserAndTheScorerReadOneScale(String target) {
        assertTrue(TargetParser.parse(target).graded(), target);
        assertEquals(Grade.ACHIEVED, Grade.read(target, target.charAt(0) == '优' ? "良" : "高", List.of(), List.of()), target);
    }
}
