package io.github.jixiao.lint;

import static io.github.jixiao.testing.RealTableRuns.en;
import static io.github.jixiao.testing.RealTableRuns.one;
import static io.github.jixiao.testing.RealTableRuns.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of the findings session 51 (W3) changed on published tables, audit s50 A5's rows 7–10 and §2–§3: what
 * RealTablesTest's lines do not show, in Chinese and English, and that a folded finding keeps its first row's fingerprint.
 */
class NamedAndFoldedRowsWordingTest {

    private static List<Finding> run(String table) {
        Path project;
        try {
            project = Path.of(NamedAndFoldedRowsWordingTest.class.getResource("/real-tables/" + table).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
    }

    private static Finding at(String table, String rule, String pointer) {
        return one(table, rule, pointer);
    }

    /** 忻州 2020 (t62): 经济效益指标 and 社会效益指标 printed empty, no 效益 row at all: one missing category, one finding. */
    @Test
    void twoTemplateRowsOfOneMissingCategoryAreOneFinding() {
        List<Finding> rows = run("t62-xinzhou-chujutuan-2020").stream()
                .filter(f -> f.ruleId().equals("indicator-template-row")).toList();
        assertEquals(List.of("required /indicators/3", "required-rows /indicators/5"),
                rows.stream().map(f -> f.key() + " " + f.pointer()).sorted().toList());
        Finding f = rows.stream().filter(x -> x.key().equals("required-rows")).findFirst().orElseThrow();
        assertTrue(zh(f).startsWith("第 6、7 个指标（“效益指标/经济效益指标”、“效益指标/社会效益指标”）都只有类别或名称"), zh(f));
        assertTrue(zh(f).contains("评分框架要求的“效益指标”类因此没有任何指标"), zh(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "required", f.args().subList(0, 3)), Fingerprints.of(f));
    }

    /** 陈仓 2020 (t86): five targets of a unit alone, one finding with the count, the first row's fingerprint. */
    @Test
    void unitOnlyTargetsAreSaidOnceWithTheirCount() {
        Finding f = at("t86-chencang-yinshui-2020", "placeholder-left", "/indicators/0/target");
        assertEquals("unit-only-rows", f.key());
        assertTrue(zh(f).contains("的指标值只有“公里”，没有数值") && zh(f).contains("共 5 个指标值只有单位或比较符"), zh(f));
        // the rows by number since session 52 (details), which the reports read to mark each row (TargetsTableTest)
        assertTrue(zh(f).contains("共 5 个指标值只有单位或比较符，没有数值：第 1、2、3、4、5 个指标）"), zh(f));
        assertTrue(en(f).contains("(5 targets hold only a unit or a comparator and no figure: indicators 1, 2, 3, 4, 5)"), en(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "unit-only", f.args().subList(0, 2)), Fingerprints.of(f));
    }

    /** 黄石市图书馆 2022 (t82 /8): a named 社会效益 row with nothing beside it is an indicator to fill in, not a template row. */
    @Test
    void aNamedRowIsNotCalledATemplateRow() {
        Finding f = at("t82-huangshi-tushuguan-2022", "indicator-template-row", "/indicators/8");
        assertEquals("named", f.key());
        assertTrue(zh(f).contains("“效益指标/社会效益/促进黄石文化经济发展,丰富市民文化活动”有指标名称")
                || zh(f).contains("促进黄石文化经济发展,丰富市民文化活动”有指标名称"), zh(f));
        assertTrue(zh(f).contains("不是留下的模板行：请填写它的指标值、实际完成值、分值和得分"), zh(f));
        assertFalse(zh(f).contains("是留下的模板行，"), zh(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args()), Fingerprints.of(f));
    }

    /** 同心 2023 (t64 /3): 元 is in the name's hint "(≤**元/株)": not "是元还是万元，无从判断", but the hint's unit written in. */
    @Test
    void aCostPerPlantReadsTheMoneyUnitOfItsHint() {
        Finding f = at("t64-tongxin-xiamaguan-2023", "indicator-time-cost-unspecified", "/indicators/3/target");
        assertEquals("cost-no-money-unit-hint", f.key());
        assertTrue(zh(f).contains("单位“元/株”只写在名称的模板提示里") && zh(f).contains("如“≤ 28.40 元/株”"), zh(f));
        assertTrue(en(f).contains("e.g. \"≤ 28.40 元/株\""), en(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "cost-no-money-unit", f.args().subList(0, 4)), Fingerprints.of(f));
    }

    /** 黄石市图书馆 2022 (t82 /4): a 时效 row named "2022年全年", a period, not what is measured. */
    @Test
    void aPeriodIsNoName() {
        Finding f = at("t82-huangshi-tushuguan-2022", "placeholder-left", "/indicators/4/name");
        assertEquals("period-name", f.key());
        assertTrue(zh(f).startsWith("指标名称“2022年全年”只是一个时段，没有写出衡量什么"), zh(f));
    }

    /** 遂宁经开区 2021 (t106 /14): "2021年底" → "2021年底", the deadline written back: the date done is asked for. */
    @Test
    void aYearEndDeadlineWrittenBackAsksForTheDateDone() {
        Finding f = at("t106-suining-jingkai-liangpin-2021", "actual-equals-target-pattern", "/indicators/14/actual");
        assertEquals("copied-date", f.key());
        assertTrue(zh(f).contains("实际完成值“2021年底”是期限的写法") && zh(f).contains("请填写实际完成的日期"), zh(f));
    }

    /** 遂宁经开区 2021 (t106 /11): 药品不良反应每百万人口报告数 "≥150" is counted per million population, not in "个" or "%". */
    @Test
    void aCountPerMillionPopulationIsOfferedItsUnit() {
        Finding f = at("t106-suining-jingkai-liangpin-2021", "indicator-target-no-unit", "/indicators/11/target");
        assertEquals("unit-named-per-population", f.key());
        assertTrue(zh(f).contains("单位是“份/百万人口”。请写作“≥ 150 份/百万人口”"), zh(f));
        assertFalse(zh(f).contains("“户”"), zh(f));
        assertTrue(en(f).contains("by its name it counts reports per million population. Write \"≥ 150 reports per million population\""), en(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args().subList(0, 2)), Fingerprints.of(f));
    }

    /** 新田镇 2022's paid-over funds with no month known: "截至监控时点的", no stray space (W2's left-alone item 9). */
    @Test
    void paidNotSpentWithNoMonthHasNoStraySpace() {
        RuleFixtures.Fixture fx = RuleFixtures.load("funds-to-date-implausible", "flags",
                Path.of("src/test/resources/rules/funds-to-date-implausible/flags/paid-no-funds-block-xintian-2022.json"));
        List<Finding> found = RuleFixtures.run(new io.github.jixiao.lint.rules.FundsToDateImplausible(), fx);
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertTrue(zh(f).contains("请写明截至监控时点的实际支出数"), zh(f));
        assertTrue(en(f).contains("up to the monitoring date,"), en(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "paid-not-spent", f.args()), Fingerprints.of(f));
    }
}
