package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare number under a name ending in the thing counted and 数 or 数量 (补贴渔船数 "6", t56; 结算项目数 "3", t29; 企业数量
 * "3", t18; 工程安排数量 "2", t50) is asked for its measure word, not told "不知道计的是什么"; a rate's "1" (审稿率, t38) is asked
 * whether it means 100% (s47 audit item 6; flags/bare-count-of-things.json).
 */
class CountedThingNameTest {

    @Test
    void theNameSaysWhatIsCountedAndARatesOneIsAskedAbout() {
        RuleFixtures.Fixture f = RuleFixtures.load("indicator-target-no-comparator", "flags",
                Path.of("src/test/resources/rules/indicator-target-no-comparator/flags/bare-count-of-things.json"));
        List<Finding> found = RuleFixtures.run(new IndicatorTargetNoComparator(), f);
        Messages zh = new Messages(Messages.ZH);
        List<String> zhs = found.stream().map(zh::message).toList();
        assertEquals("指标“补贴渔船数”按名称计的是“渔船”，指标值“6”却既没有比较符，也没有单位：按正向指标（越高越好）理解为“≥ 6”。"
                + "请写明单位，如“≥ 6 艘”，或在度量单位（unit）一栏填写“艘”。", zhs.get(0));
        assertEquals(true, zhs.get(1).contains("按名称计的是“项目”") && zhs.get(1).contains("“≥ 3 个”"), zhs.get(1));
        assertEquals(true, zhs.get(2).contains("按名称计的是“企业”") && zhs.get(2).contains("“≥ 3 家”"), zhs.get(2));
        assertEquals(true, zhs.get(3).contains("按名称计的是“工程”") && zhs.get(3).contains("“≥ 2 项”"), zhs.get(3));
        assertEquals("指标“各类书籍审稿率”是比率（名称以“率”或“满意度”结尾），指标值“1”却既没有比较符，也没有“%”：“1”是指 100%（全部）吗？"
                + "是的，请写作“= 100%”；指的是 1% 的，请写作“≥ 1%”。现按正向指标（越高越好）理解为“≥ 1”。", zhs.get(4));
        for (String s : zhs.subList(0, 5)) {
            assertEquals(false, s.contains("不知道计的是什么"), s);
        }
        assertEquals(true, zhs.get(5).contains("不知道计的是什么"), zhs.get(5)); // 申报的数量: no thing named
    }
}
