package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.IndicatorIncomplete;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * indicator-incomplete's no-execution-score quotes the budget row's label as the form prints it (金寨 2023: 年度资金总额);
 * a row with no label (white space passes the schema) has a message of its own, whole in either language, not the
 * Chinese fallback inside the English one.
 */
class ExecutionScoreMessageTest {

    private static Finding only(String fixture) {
        Path file = RuleFixtures.files("indicator-incomplete", RuleFixtures.FLAGS).stream()
                .filter(p -> p.getFileName().toString().equals(fixture)).findFirst().orElseThrow();
        List<Finding> found = RuleFixtures.run(new IndicatorIncomplete(),
                RuleFixtures.load("indicator-incomplete", RuleFixtures.FLAGS, file));
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    @Test
    void theRowsLabelIsQuoted() {
        Finding f = only("no-execution-score.json");
        assertEquals("no-execution-score", f.key());
        assertEquals(List.of("年度资金总额", "10"), f.args());
        assertTrue(new Messages(Messages.ZH).message(f).startsWith("预算资金“年度资金总额”一行（预算执行率）分值 10 分"));
    }

    @Test
    void anUnlabelledRowIsSaidWholeInEnglish() {
        Finding f = only("no-execution-score-unlabelled.json");
        assertEquals("no-execution-score-unlabelled", f.key());
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("The budget total row (budget execution rate) carries 10 points"), en);
        // the column to fill in is named by its printed heading, in Chinese, with the field after it; nothing else is Chinese
        assertTrue(en.contains("Fill in the row's 得分 (funds.total.score):"), en);
        assertTrue(en.replace("得分 (funds.total.score)", "").codePoints()
                .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
    }

    /**
     * A category printed under no 一级 (宁晋 2019's 制度指标, real table t51) is named by its 二级 alone: before, the message
     * read "“null/制度指标”类下的指标", in English "under \"null/制度指标\"".
     */
    @Test
    void aCategoryWithoutItsFirstLevelIsNamedByItsSecond() {
        Finding f = only("targets-stage-no-level1.json");
        assertEquals("empty-category-target-no-level1", f.key());
        assertEquals(List.of("制度指标", "1", "“规章制度”"), f.args());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("二级指标“制度指标”类下的指标（共 1 行：“规章制度”）没有指标值。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("No row under the 二级指标 (second level) \"制度指标\" (1 in all: \"规章制度\") has a target."), en);
        assertTrue(!zh.contains("null") && !en.contains("null"), zh + en);
    }

    /**
     * A category with neither 一级 nor 二级 (a row filed under nothing), or with a 一级 and no 二级: before, "“null/null”类下的指标"
     * and "“产出指标/null”类下的指标", in English "under \"null/null\"".
     */
    @Test
    void aCategoryWithNeitherLevelOrNoSecondIsNotSaidAsNull() {
        Finding f = only("targets-stage-unfiled.json");
        assertEquals("empty-category-target-unfiled", f.key());
        assertEquals(List.of("1", "“规章制度”"), f.args());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("未填一级、二级指标的指标（共 1 行：“规章制度”）没有指标值。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("No row filed under no 一级指标 or 二级指标 (first or second level) (1 in all: \"规章制度\") has a target."), en);
        assertTrue(!zh.contains("null") && !en.contains("null"), zh + en);
        Finding g = only("targets-stage-no-level2.json");
        assertEquals("empty-category-target-no-level2", g.key());
        assertEquals(List.of("产出指标", "1", "“规章制度”"), g.args());
        String gzh = new Messages(Messages.ZH).message(g);
        assertTrue(gzh.startsWith("一级指标“产出指标”下未填二级指标的指标（共 1 行：“规章制度”）没有指标值。"), gzh);
        String gen = new Messages(Locale.ENGLISH).message(g);
        assertTrue(!gzh.contains("null") && !gen.contains("null"), gzh + gen);
    }
}
