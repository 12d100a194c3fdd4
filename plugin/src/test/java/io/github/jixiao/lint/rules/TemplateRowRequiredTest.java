package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year-end template row standing in for a category the framework requires, with no filled-in row beside it (鄂州 2021's
 * 时效指标, t14; 黄冈 2020's 效益指标, t27), says the category is missing and asks for its target: "请删去该行" hid the gap,
 * which nothing else reported (s47 audit item 7). Optional categories (满意度, 成本 under 产出 in mof-project-2020) keep
 * "删去". The fingerprint is the plain variant's: the category named is a detail.
 */
class TemplateRowRequiredTest {

    @Test
    void aRequiredCategoryIsSaidMissingAndAnOptionalOneToBeDeleted() {
        RuleFixtures.Fixture f = RuleFixtures.load("indicator-template-row", "flags",
                Path.of("src/test/resources/rules/indicator-template-row/flags/required-category-left-as-template-row.json"));
        List<Finding> found = RuleFixtures.run(new IndicatorTemplateRow(), f);
        Messages zh = new Messages(Messages.ZH);
        List<String> zhs = found.stream().map(zh::message).toList();
        assertEquals(4, zhs.size(), zhs.toString());
        assertTrue(zhs.get(0).contains("评分框架要求的“产出指标/时效指标”类因此没有任何指标") && !zhs.get(0).contains("删去"), zhs.get(0));
        assertTrue(zhs.get(1).contains("请删去该行"), zhs.get(1)); // 成本指标: optional in mof-project-2020
        // 效益指标 and 社会效益指标: one missing category, said once at the first row, naming the second (session 51)
        assertTrue(zhs.get(2).startsWith("第 5、6 个指标（“效益指标”、“效益指标/社会效益指标”）都只有类别或名称")
                && zhs.get(2).contains("评分框架要求的“效益指标”类因此没有任何指标") && zhs.get(2).contains("删去其余的行"), zhs.get(2));
        assertTrue(zhs.get(3).contains("请删去该行"), zhs.get(3)); // 满意度: optional
        Finding required = found.get(0);
        assertEquals(Fingerprints.of(required.ruleId(), required.file(), "", required.args().subList(0, 2)), Fingerprints.of(required));
        // the folded finding keeps the first row's fingerprint: the other rows are details
        Finding rows = found.get(2);
        assertEquals("required-rows", rows.key());
        assertEquals(Fingerprints.of(rows.ruleId(), rows.file(), "required", rows.args().subList(0, 3)), Fingerprints.of(rows));
        String en = new Messages(java.util.Locale.ENGLISH).message(rows);
        assertTrue(en.startsWith("Indicators no. 5 and 6 in the list (\"效益指标\", \"效益指标/社会效益指标\")"), en);
    }
}
