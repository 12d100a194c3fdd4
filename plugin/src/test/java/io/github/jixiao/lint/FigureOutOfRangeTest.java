package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code figure-out-of-range} {@code magnitude}: what the finding says of the row and of the number of amounts, in
 * English, on the fixtures' funds blocks typed in 元 under a heading in 万元, and on amounts written with their unit.
 */
class FigureOutOfRangeTest {

    private static List<String> english(String fixture) {
        return english("figure-out-of-range", fixture);
    }

    /** The English messages ("key: text") of {@code ruleId} on its flags fixture {@code fixture}. */
    static List<String> english(String ruleId, String fixture) {
        Path file = RuleFixtures.root().resolve(ruleId).resolve(RuleFixtures.FLAGS).resolve(fixture);
        Rule rule = RuleRegistry.all().stream().filter(r -> r.descriptor().id().equals(ruleId)).findFirst().orElseThrow();
        List<Finding> found = RuleFixtures.run(rule, RuleFixtures.load(ruleId, RuleFixtures.FLAGS, file));
        Messages m = new Messages(Locale.ENGLISH);
        return found.stream().map(f -> f.key() + ": " + m.message(f)).toList();
    }

    /** 九亭镇-like: four amounts of the block reach the ceiling, the first on the labelled total row. */
    @Test
    void aLabelledRowAndSeveralAmounts() {
        assertEquals(List.of("magnitude: The funds row \"年度资金总额\" gives the initial budget as 145000000 × 10,000 yuan, that is "
                + "14500 × 100 million yuan, at or above 10000 × 100 million yuan: no project's funds. The amounts look written in yuan "
                + "under a heading in 10,000 yuan (in yuan: 14500 × 10,000 yuan). Check the unit printed in the funds block's heading "
                + "(funds.unit in budget.json) and the amounts (amounts of this block that reach this figure: 5)."), english("funds-in-yuan-under-wan.json"));
    }

    /** A total row whose label is blank (the schema wants one character) and one amount at the ceiling: "a funds row without a label", no quoted "" and no "1 amounts". */
    @Test
    void anUnlabelledRowAndOneAmount() {
        assertEquals(List.of("magnitude-unlabelled: A funds row without a label gives the initial budget as 145000000 × 10,000 yuan, "
                + "that is 14500 × 100 million yuan, at or above 10000 × 100 million yuan: no project's funds. The amounts look written "
                + "in yuan under a heading in 10,000 yuan (in yuan: 14500 × 10,000 yuan). Check the unit printed in the funds block's heading "
                + "(funds.unit in budget.json) and the amounts (amounts of this block that reach this figure: 1)."), english("funds-in-yuan-no-label.json"));
    }

    /**
     * magnitude-suspect on a total row whose label is blank: "a funds row without a label", not "The funds row \"\"";
     * the tasks' budgets (200.5 + 74.64 万元) bear the slip out (10,000 times).
     */
    @Test
    void anUnlabelledRowOfALocalBody() {
        assertEquals(List.of("magnitude-suspect-unlabelled: A funds row without a label gives the full-year budget as 2751417.82 × 10,000 "
                + "yuan, that is 275.14 × 100 million yuan, while the sum of the tasks' budgets "
                + "(budget.total in tasks.json) in the same submission is only 275.14 × 10,000 yuan (the former is 10000 times the latter): "
                + "for a body below the provincial level such as \"中共示例市委党史和地方志研究室\", the amounts may be in yuan under a heading "
                + "in 10,000 yuan (in yuan: 275.14 × 10,000 yuan). Check the unit printed in the funds block's heading (funds.unit in "
                + "budget.json) and the sum of the tasks' budgets (budget.total in tasks.json)."),
                english("local-funds-no-label.json"));
    }

    /** A total typed in 元 over its one component in 万元: the component row bears it out. */
    @Test
    void aTotalOverItsComponent() {
        assertEquals(List.of("magnitude-suspect: The funds row \"合 计\" gives the full-year budget as 2751417.82 × 10,000 yuan, that is "
                + "275.14 × 100 million yuan, while the component row \"②市级财政资金\"'s full-year "
                + "budget in the same submission is only 275.14 × 10,000 yuan (the former is 10000 times the latter): for a body below "
                + "the provincial level such as \"中共示例市委党史和地方志研究室\", the amounts may be in yuan under a heading in 10,000 yuan "
                + "(in yuan: 275.14 × 10,000 yuan). Check the unit printed in the funds block's heading (funds.unit in budget.json) and "
                + "the component row \"②市级财政资金\"'s full-year budget."),
                english("local-funds-total-over-components.json"));
    }

    /**
     * 九亭镇's amounts typed under 万元 in budget.json and tasks.json (not the funds block): one finding per file, at its
     * first amount, counting the file's amounts at the ceiling (budget.json: initial, full-year, spending; tasks.json: the
     * task's budget and execution); the carry-over 14500000 万元 is below it.
     */
    @Test
    void amountsWithTheirUnitOneFindingPerFile() {
        assertEquals(List.of("magnitude-amount: budget.json gives /initialBudget as 145000000 × 10,000 yuan, that is 14500 × 100 "
                + "million yuan, at or above 10000 × 100 million yuan: no department's or project's money. The amounts look written "
                + "in yuan with their unit given as 10,000 yuan (in yuan: 14500 × 10,000 yuan). Check the unit of the amounts in "
                + "budget.json (amounts of this file that reach this figure: 3).",
                "magnitude-amount: tasks.json gives /tasks/0/budget/total as 145000000 × 10,000 yuan, that is 14500 × 100 million "
                + "yuan, at or above 10000 × 100 million yuan: no department's or project's money. The amounts look written in yuan "
                + "with their unit given as 10,000 yuan (in yuan: 14500 × 10,000 yuan). Check the unit of the amounts in tasks.json "
                + "(amounts of this file that reach this figure: 2)."), english("department-in-yuan-under-wan.json"));
    }

    /**
     * 宁德 2018 方志委 (t47) as a fixture: no second amount, but a party history and gazetteer office never holds 10 亿元, so
     * the 275.14 亿元 is 元 under the 万元 heading; the advice in Chinese as the brief of session 48 gave it.
     */
    @Test
    void anOfficeOfItsKind() {
        assertEquals(List.of("magnitude-office: The funds row \"合 计\" gives the full-year budget as 2751417.82 × 10,000 yuan, that is "
                + "275.14 × 100 million yuan, while \"中共示例市委党史和地方志研究室\" is a party history or local gazetteer office, whose "
                + "money for a year never reaches 10 × 100 million yuan. The heading's unit is 10,000 yuan and the amounts look written in "
                + "yuan: check them (in yuan: 275.14 × 10,000 yuan; amounts of this block at or above 10 × 100 million yuan: 6). If they are "
                + "in yuan, set funds.unit in budget.json to \"元\" (yuan), or convert the amounts to 10,000 yuan."),
                english("office-funds-in-yuan-under-wan.json"));
        Path file = RuleFixtures.root().resolve("figure-out-of-range").resolve(RuleFixtures.FLAGS).resolve("office-funds-no-label.json");
        Rule rule = RuleRegistry.all().stream().filter(r -> r.descriptor().id().equals("figure-out-of-range")).findFirst().orElseThrow();
        List<Finding> found = RuleFixtures.run(rule, RuleFixtures.load("figure-out-of-range", RuleFixtures.FLAGS, file));
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("资金块中一行（未填名称）的全年预算数为 350000 万元，即 35 亿元；“示例县文学艺术界联合会”是人民团体，一年的资金到不了 10 亿元。"
                + "表头单位为万元，金额像是以元填写，请核对（按元计为 35 万元；本资金块共 3 个金额达到 10 亿元）：确是以元填写的，"
                + "把 budget.json 的 funds.unit 改为“元”，或把各金额换算成万元。"), found.stream().map(zh::message).toList());
    }

    /** Which unit names a 100 亿元 funds block is usual for (magnitude-suspect stays quiet for them). */
    @org.junit.jupiter.api.Test
    void provincialOrCentralBodies() {
        for (String n : List.of("福建省财政厅", "示例省交通运输厅", "广西壮族自治区水利厅", "北京市财政局", "财政部", "海关总署", "国家林业和草原局",
                "中共中央办公厅", "新疆生产建设兵团")) {
            org.junit.jupiter.api.Assertions.assertTrue(io.github.jixiao.lint.rules.FigureOutOfRangeAccess.provincialOrCentral(n), n);
        }
        for (String n : List.of("中共宁德市委党史和地方志研究室", "宁德市地震局", "北京市海淀区学院路街道", "中国共产党宁德市委员会", "中共示例县委宣传部",
                "临沧市临翔区林业和草原局", "示例自治县财政局")) {
            org.junit.jupiter.api.Assertions.assertFalse(io.github.jixiao.lint.rules.FigureOutOfRangeAccess.provincialOrCentral(n), n);
        }
    }
}
