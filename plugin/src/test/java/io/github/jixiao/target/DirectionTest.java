package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.load.Src;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Comparator columns in every spelling, the direction of bare targets, and unit inheritance from a row. */
class DirectionTest {

    /** The 指标性质 column as the forms print it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "≥ | GE", "≤ | LE", "= | EQ", "> | GT", "< | LT", "≧ | GE", "≦ | LE", "＝ | EQ", "﹦ | EQ", "═ | EQ", "＞ | GT", "＜ | LT",
        ">= | GE", "<= | LE", "不低于 | GE", "不少于 | GE", "不小于 | GE", "不高于 | LE", "不超过 | LE", "不大于 | LE",
        "不多于 | LE", "以上 | GE", "以下 | LE", "以内 | LE", "区间 | RANGE", "' ≥ ' | GE"})
    void comparatorColumn(String cell, Comparator expected) {
        assertEquals(expected, TargetParser.comparatorWord(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "定性", "定性指标", "定量", "大约", "≥≥"})
    void noComparatorInTheColumn(String cell) {
        assertNull(TargetParser.comparatorWord(cell));
    }

    /** Every comparator spelling in the target itself, including the small form ﹦ of OCR'd and exported tables. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "﹦100%         | EQ | 100",
        "═100%         | EQ | 100",
        "﹥ 5 次        | GT | 5",
        "﹤5次          | LT | 5",
        "不低于95%      | GE | 95",
        "不少于 20 场   | GE | 20",
        "不高于 3%      | LE | 3",
        "不超过30万元   | LE | 30",
        "5个以上        | GE | 5",
        "3天以下        | LE | 3",
        "2天以内        | LE | 2"})
    void comparatorSpellingsInTheTarget(String written, Comparator c, BigDecimal n) {
        TargetValue v = TargetParser.parse(written);
        assertTrue(v.isQuantitative(), written);
        assertEquals(c, v.comparator());
        assertTrue(v.explicitComparator());
        assertEquals(0, n.compareTo(v.low()));
    }

    /** Bare targets: 反向 names read as ≤, everything else as ≥ (重庆 2021, 棠溪 2022, the national list of 反向 rates). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "财政供养人员控制率 | LE", "“三公经费”变动率 | LE", "预算调整率 | LE", "结转结余率 | LE", "公用经费控制率 | LE",
        "有效投诉次数 | LE", "安全事故发生数 | LE", "人均培训成本 | LE", "超支金额 | LE", "编外人员控制率 | LE",
        "政府采购执行率 | GE", "预算完成率 | GE", "固定资产利用率 | GE", "播发稿件数量 | GE", "业务保障能力提升 | GE",
        "成本节约率 | GE", "投诉办结率 | GE", "服务对象满意度 | GE", "质量达标率 | GE",
        // 衡山 2020 县级储备粮: an incident count and a spoilage share are 反向; an accounting or a cover rate is not
        "因粮食市场波动引起的粮食安全事件发生数 | LE", "县级储备粮库存粮食明显变质比例 | LE", "安全事件发生次数 | LE",
        "县级储备粮库存成本核算率 | GE", "利息费用保障率 | GE",
        // 稷山 2021 基本公共卫生服务: patients followed up and kept under control, the more the better; a cost control is not
        "指标17:高血压随访控制数 | GE", "指标19:糖尿病随访控制数 | GE", "高血压患者血压控制率 | GE", "糖尿病患者血糖控制率 | GE",
        "成本控制数 | LE",
        // 巴南区一品街道 2022: a share of forest struck by disaster, the less the better, as a 成灾率 or 受害率; the people of a
        // disaster helped are not
        "森林受灾率 | LE", "林业有害生物成灾率 | LE", "森林火灾受害率 | LE", "受灾群众救助人数 | GE", "受灾群众救助及时率 | GE",
        // 昭化 2021 特困家庭再扶助 (t133): the families a 计生 fund helps are counted, the more the better; deaths counted are not
        "对符合政策法规的独生子伤残、死亡家庭进行扶助 | GE", "独生子女死亡家庭特别扶助人数 | GE", "孕产妇死亡率 | LE", "因灾死亡人数 | LE",
        "重大动物疫病死亡数 | LE", "安全生产伤亡人数 | LE", "传染病死亡病例 | LE"})
    void directionOfABareTarget(String name, Comparator expected) {
        assertEquals(expected, Direction.of(name));
    }

    /**
     * A bare 0 is "none": ≤ whatever the name (东莞 2019 补助款结算争议率 0%, whose name holds no 反向 word; ≥ 0 would be
     * met by anything) but a growth's (增长率 0%: no decline, ≥); a bare number other than 0 still goes by the name.
     */
    @ParameterizedTest(name = "{0}/{1} {2}")
    @CsvSource(delimiter = '|', value = {
        "效益指标   | 社会效益指标 | 补助款结算争议率   | 0%       |       | LE",
        "产出指标   | 质量指标     | 补助款结算争议率   | 0        | %     | LE",
        "产出指标   | 数量指标     | 返工次数           | 0次      |       | LE",
        "产出指标   | 数量指标     | 补助款结算争议率   | 1%       |       | GE",
        // a growth's 0% is "no decline": ≥ (a review: 增长率 0% read as ≤ made 5% growth a miss)
        "效益指标   | 经济效益指标 | 村集体收入增长率   | 0%       |       | GE",
        "效益指标   | 经济效益指标 | 游客人数增幅       | 0        | %     | GE",
        // a growth of spending is to be held down: ≤ (review R2)
        "产出指标   | 成本指标     | 三公经费增长率     | 0%       |       | LE",
        "效益指标   | 经济效益指标 | 公用经费增长率     | 0%       |       | LE"})
    void aBareZeroIsNone(String level1, String level2, String name, String target, String unit, Comparator expected) {
        bareTargetReads(level1, level2, name, target, unit, expected);
    }

    /**
     * In the cost category a bare amount is a ceiling whatever the name (鄂州 2021 市民中心运行维护费 150万, 中江 2022
     * 项目计划总投资 20万元, 襄阳 2021 二级 "成本"); a saving stays ≥; a rate goes by its name; outside the category an
     * amount goes by its name too.
     */
    @ParameterizedTest(name = "{0}/{1} {2}")
    @CsvSource(delimiter = '|', value = {
        "产出指标   | 成本指标     | 市民中心运行维护费 | 150万    |       | LE",
        "产出指标   | 成本指标     | 项目计划总投资     | 20万元   |       | LE",
        "产出指标   | 成本         | 每年财政补助       | 1000万元 |       | LE",
        "成本指标   | 经济成本指标 | 设备购置费         | 30       | 万元  | LE",
        "产出指标   | 成本指标     | 成本节约额         | 10万元   |       | GE",
        "产出指标   | 成本指标     | 生均补助标准达标率 | 100%     |       | GE",
        "产出指标   | 成本指标     | 成本控制率         | 100      |       | LE",
        "产出指标   | 数量指标     | 工程资金金额       | 43.2万元 |       | GE",
        "效益指标   | 经济效益     | 医疗收入           | 5亿元    |       | GE",
        // 甘孜 2023 (t105): an expense by its name whose 元 was left off ("470 人/天", 元 a person-day) is its ceiling too;
        // not 免费, not a rate, and outside the cost category a 费 name still goes by the name
        "产出指标   | 成本指标     | 检查差旅费         | 470      | 人/天 | LE",
        "产出指标   | 成本指标     | 培训费（含场地）   | 320      | 人/天 | LE",
        "产出指标   | 成本指标     | 会议费             | 3        |       | LE",
        "产出指标   | 成本指标     | 差旅费             | 100%     |       | GE",
        "产出指标   | 成本指标     | 公园免费           | 2        | 个    | GE",
        "产出指标   | 数量指标     | 发放补助费         | 470      | 人    | GE"})
    void aBareAmountOfACostIndicatorIsItsCeiling(String level1, String level2, String name, String target, String unit,
                                                 Comparator expected) {
        bareTargetReads(level1, level2, name, target, unit, expected);
    }

    /**
     * In the time category a bare period is a time limit, ≤ (襄阳 2021: 时效 "1年" → "1年"; "24小时内" is written so),
     * unless the name says it is a length of service to provide (开放天数, 服务时长) or a rate; outside the category a
     * period goes by its name.
     */
    @ParameterizedTest(name = "{0}/{1} {2}")
    @CsvSource(delimiter = '|', value = {
        "产出指标   | 时效         | 1年                | 1年      |          | LE",
        "产出指标   | 时效指标     | 项目建设周期       | 12个月   |          | LE",
        "产出指标   | 时效指标     | 审批办结时限       | 3        | 个工作日 | LE",
        "产出指标   | 时效指标     | 设备维修响应时间   | 2小时    |          | LE",
        "产出指标   | 时效指标     | 项目完成时间       | 12月     |          | LE",
        "产出指标   | 时效指标     | 场馆开放天数       | 300天    |          | GE",
        "产出指标   | 时效指标     | 每日服务时长       | 8小时    |          | GE",
        "产出指标   | 时效指标     | 设备质保期         | 3年      |          | GE",
        "产出指标   | 时效指标     | 培训时间           | 3天      |          | GE",
        "产出指标   | 时效指标     | 系统使用年限       | 5年      |          | GE",
        "产出指标   | 时效指标     | 项目完成及时率     | 100%     |          | GE",
        "产出指标   | 时效指标     | 完成项目数量       | 3        | 个       | GE",
        "产出指标   | 数量指标     | 培训天数           | 5天      |          | GE",
        "产出指标   | 数量指标     | 培训时间           | 5天      |          | GE",
        // 甘孜 2023 (t105): a time limit's bare "1" with no unit anywhere is a limit too (a day or a period: either way ≤)
        "产出指标   | 时效指标     | 完成时限           | 1        |          | LE",
        "产出指标   | 时效指标     | 审批办结时限（承诺）| 15       |          | LE",
        "产出指标   | 时效指标     | 及时率             | 1        |          | GE",
        "产出指标   | 数量指标     | 完成时限           | 1        |          | GE"})
    void aBarePeriodOfATimeIndicatorIsItsLimit(String level1, String level2, String name, String target, String unit,
                                                Comparator expected) {
        bareTargetReads(level1, level2, name, target, unit, expected);
    }

    /** A row whose target is bare (no comparator) reads {@code expected}, inferred, and its actual equal to it is met. */
    private static void bareTargetReads(String level1, String level2, String name, String target, String unit, Comparator expected) {
        Indicator i = Indicator.of(0, level1, level2, name, target, null, null, target, false, null, null, null, null, null,
                new Indicator.Columns(unit, null, null, null, null), Src.NONE, Src.NONE, Src.NONE);
        assertEquals(expected, i.targetValue().comparator());
        assertFalse(i.targetValue().explicitComparator());
        assertEquals(Outcome.MET, TargetParser.compare(i.targetValue(), i.actualValue()));
    }

    @Test
    void aTimeLimitIsMetWithinAndMissedBeyond() {
        TargetValue limit = Direction.target(TargetParser.parse("12个月"), null, null, "项目建设周期", "产出指标", "时效指标");
        assertEquals(Outcome.MET, TargetParser.compare(limit, TargetParser.parse("10个月")));
        assertEquals(Outcome.MISSED, TargetParser.compare(limit, TargetParser.parse("14个月")));
        // a comparator column or a written comparator still governs
        assertEquals(Comparator.GE, Direction.target(TargetParser.parse("12个月"), "≥", null, "项目建设周期", "产出指标", "时效指标").comparator());
        assertEquals(Comparator.EQ, Direction.target(TargetParser.parse("=12个月"), null, null, "项目建设周期", "产出指标", "时效指标").comparator());
    }

    @Test
    void aCostCeilingIsMetBelowAndMissedAbove() {
        TargetValue ceiling = Direction.target(TargetParser.parse("150万"), null, null, "市民中心运行维护费", true);
        assertEquals(Outcome.MET, TargetParser.compare(ceiling, TargetParser.parse("125.25万")));
        assertEquals(Outcome.MISSED, TargetParser.compare(ceiling, TargetParser.parse("160万")));
        // a comparator column or a written comparator still governs
        assertEquals(Comparator.GE, Direction.target(TargetParser.parse("150万"), "≥", null, "运行维护费", true).comparator());
        assertEquals(Comparator.EQ, Direction.target(TargetParser.parse("=150万"), null, null, "运行维护费", true).comparator());
    }

    /**
     * At 自评 the expense read as a ceiling is met below it and missed above it (甘孜 t105's 检查差旅费 "470 人/天"): read ≥ 470
     * by its name until session 49, 450 was missed and 520 met.
     */
    @Test
    void anExpenseByItsNameIsMetBelowAndMissedAbove() {
        Indicator below = Indicator.of(0, "产出指标", "成本指标", "检查差旅费", "470", null, null, "450", false, null, null, null, null,
                null, new Indicator.Columns("人/天", null, null, null, null), Src.NONE, Src.NONE, Src.NONE);
        assertEquals(Comparator.LE, below.targetValue().comparator());
        assertEquals(Outcome.MET, TargetParser.compare(below.targetValue(), below.actualValue()));
        Indicator above = Indicator.of(0, "产出指标", "成本指标", "检查差旅费", "470", null, null, "520", false, null, null, null, null,
                null, new Indicator.Columns("人/天", null, null, null, null), Src.NONE, Src.NONE, Src.NONE);
        assertEquals(Outcome.MISSED, TargetParser.compare(above.targetValue(), above.actualValue()));
    }

    @Test
    void aWrittenComparatorIsNeverOverridden() {
        TargetValue t = Direction.target(TargetParser.parse("= 100%"), null, null, "财政供养人员控制率");
        assertEquals(Comparator.EQ, t.comparator());
        assertTrue(t.explicitComparator());
    }

    @Test
    void theComparatorColumnCompletesABareTarget() {
        TargetValue t = Direction.target(TargetParser.parse("30"), "≤", "万元", "成本控制数");
        assertEquals(Comparator.LE, t.comparator());
        assertTrue(t.explicitComparator());
        assertEquals("万元", t.unit());
        assertEquals("≤ 30 万元", t.format());
    }

    @Test
    void exceedingAForwardTargetIsMetAndUndercuttingAReverseOneToo() {
        Indicator papers = indicator("播发稿件数量", "2200篇", "2859篇", null);
        assertEquals(Comparator.GE, papers.targetValue().comparator());
        assertFalse(papers.targetValue().explicitComparator());
        assertEquals(Outcome.MET, TargetParser.compare(papers.targetValue(), papers.actualValue()));
        Indicator staff = indicator("财政供养人员控制率", "100%", "92%", null);
        assertEquals(Outcome.MET, TargetParser.compare(staff.targetValue(), staff.actualValue()));
        Indicator procurement = indicator("政府采购执行率", "100%", "72.74%", null);
        assertEquals(Outcome.MISSED, TargetParser.compare(procurement.targetValue(), procurement.actualValue()));
        Indicator staffOver = indicator("财政供养人员控制率", "100%", "104%", null);
        assertEquals(Outcome.MISSED, TargetParser.compare(staffOver.targetValue(), staffOver.actualValue()));
    }

    @Test
    void aBareActualTakesTheRowsUnitSilentlyAndTheTargetsUnitWithAWarning() {
        Indicator row = indicator("预算调整率", "3", "0", "%");
        assertEquals("%", row.targetValue().unit());
        assertEquals("%", row.actualValue().unit());
        assertFalse(row.actualUnitAssumed());
        assertEquals(Outcome.MET, TargetParser.compare(row.targetValue(), row.actualValue()));

        Indicator cost = indicator("项目总成本", "≤90万元", "90", null);
        assertEquals("万元", cost.actualValue().unit());
        assertTrue(cost.actualUnitAssumed());
        assertEquals(Outcome.MET, TargetParser.compare(cost.targetValue(), cost.actualValue()));

        Indicator words = indicator("委托业务报告合格率", "≥100百分比", "100", null);
        assertEquals("%", words.targetValue().unit());
        assertEquals(Outcome.MET, TargetParser.compare(words.targetValue(), words.actualValue()));
    }

    @Test
    void unitColumnSpellings() {
        assertEquals("%", TargetParser.unitOf("百分比"));
        assertEquals("%", TargetParser.unitOf("％"));
        assertEquals("万元", TargetParser.unitOf(" 万元 "));
        assertEquals("", TargetParser.unitOf(""));
        assertEquals("", TargetParser.unitOf(null));
        // a 度量单位 cell holding a number (乌海 2021 prints its date serial "44,561" there too) is no unit
        assertEquals("", TargetParser.unitOf("44,561"));
        assertEquals("", TargetParser.unitOf("2023"));
        assertEquals("", TargetParser.unitOf("0.5"));
        assertEquals("平方米", TargetParser.unitOf("平方米"));
        // nor is what a form writes in a cell that does not apply
        assertEquals("", TargetParser.unitOf("/"));
        assertEquals("", TargetParser.unitOf("／"));
        assertEquals("", TargetParser.unitOf("无"));
        assertEquals("", TargetParser.unitOf("N/A"));
        assertEquals("元/人", TargetParser.unitOf("元/人"));
        // % glossed in words, as 河北's system prints its 单位(文字描述) column (成安 2020, t80): read as no unit before
        assertEquals("%", TargetParser.unitOf("%(百分比)"));
        assertEquals("%", TargetParser.unitOf("％（百分比）"));
        // a bracket that names something other than the unit is not a gloss
        assertEquals("", TargetParser.unitOf("个(村)"));
        assertEquals("", TargetParser.unitOf("%(合格率)"));
    }

    /**
     * A bare target read in its actual's unit (no 度量单位 column) takes the direction of a target written in it: a 成本
     * row's 50 beside 48万元 is a ceiling (≤ 50 万元, as 50万元 is), a 时效 row's 3 beside 2个工作日 a time limit. Before, the
     * direction was read of the bare number (≥), and both were missed, losing points (48 / 50 × 5 = 4.8).
     */
    @Test
    void aTargetReadInItsActualsUnitTakesThatUnitsDirection() {
        Indicator cost = Indicator.of(0, "产出指标", "成本指标", "设备购置费", "50", null, null, "48万元", false, null, null, null, null,
                null, null, Src.NONE, Src.NONE, Src.NONE);
        assertTrue(cost.targetUnitAssumed());
        assertEquals("50 万元", cost.targetValue().format());
        assertEquals(Comparator.LE, cost.targetValue().comparator());
        assertEquals(Outcome.MET, TargetParser.compare(cost.targetValue(), cost.actualValue()));
        Indicator time = Indicator.of(0, "产出指标", "时效指标", "审批办结时限", "3", null, null, "2个工作日", false, null, null, null,
                null, null, null, Src.NONE, Src.NONE, Src.NONE);
        assertEquals(Comparator.LE, time.targetValue().comparator());
        assertEquals(Outcome.MET, TargetParser.compare(time.targetValue(), time.actualValue()));
        Indicator count = Indicator.of(0, "产出指标", "数量指标", "培训人数", "200", null, null, "210人", false, null, null, null,
                null, null, null, Src.NONE, Src.NONE, Src.NONE);
        assertEquals(Comparator.GE, count.targetValue().comparator(), "a count stays ≥");
    }

    /**
     * The 指标方向 column (内蒙古 乌海 2021's 正向 / 反向, 四川 井研 2023's 正向指标) gives a bare target its direction: the
     * table's word over the name's guess, in both directions. A comparator written in the target or in the comparator
     * column still wins; a bare date stays a deadline (乌海 prints 正向 on its 时效 dates), and a bare 0 of no growth
     * stays "none" (≥ 0 would be met by anything). A bare period of a 时效 row is read as the name gives it, as a date is:
     * 乌海 prints 正向 on every row outside 成本, a form's default, so the column says nothing about which side of a
     * period counts; read in it, 审批办结时限 3 个工作日 became "≥ 3 days" (2 days missed, 5 met). It stays a time limit,
     * ≤, and a 开放天数 a length to provide, ≥, whichever word the column prints (the rule's info says which it read).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 一级    | 二级       | 名称               | 指标值              | 单位  | 比较符 | 方向     | 读作
        "产出指标 | 成本指标   | 出差总成本         | 1                   | 万元  |        | 正向     | GE",
        "产出指标 | 数量指标   | 出差总成本         | 1                   | 万元  |        | 正向指标 | GE",
        "产出指标 | 质量指标   | 工作任务完成率     | 3                   | %     |        | 反向     | LE",
        "产出指标 | 数量指标   | 培训人数           | 200                 | 人    |        | 反向指标 | LE",
        "产出指标 | 时效指标   | 审批办结时限       | 3                   | 个工作日 |     | 正向     | LE",
        "产出指标 | 时效指标   | 审批办结时限       | 3                   | 个工作日 |     | 正向指标 | LE",
        "产出指标 | 时效指标   | 场馆开放天数       | 300                 | 天    |        | 反向     | GE",
        "产出指标 | 时效指标   | 审批办结时限       | 3                   | 个工作日 | ≥   | 正向     | GE",
        "产出指标 | 时效指标   | 项目完成及时率     | 95                  | %     |        | 反向     | LE",
        "产出指标 | 数量指标   | 出差人数           | 8                   | 人    | =      | 正向     | EQ",
        "产出指标 | 质量指标   | 工作任务完成率     | ≥ 95%               |       |        | 反向     | GE",
        "产出指标 | 成本指标   | 出差总成本         | 3                   | 万元  | ≥      | 反向     | GE",
        "产出指标 | 时效指标   | 工作计划按时完成时间 | 2021年12月31日      |       |        | 正向     | LE",
        "效益指标 | 社会效益指标 | 安全事故发生数   | 0                   | 起    |        | 正向     | LE",
        "效益指标 | 经济效益指标 | 收入增长率       | 0                   | %     |        | 反向     | LE",
        "产出指标 | 数量指标   | 出差总成本         | 1                   | 万元  |        |          | LE"})
    void theDirectionColumnGivesABareTargetItsDirection(String level1, String level2, String name, String target, String unit,
                                                         String comparator, String direction, Comparator expected) {
        Indicator i = Indicator.of(0, level1, level2, name, target, null, null, null, false, null, null, null, null, null,
                new Indicator.Columns(unit, null, comparator, null, null, null, null, direction), Src.NONE, Src.NONE, Src.NONE);
        assertEquals(expected, i.targetValue().comparator(), name + " " + target + " " + direction);
        assertEquals(Direction.stated(direction) == null ? null : Direction.stated(direction).symbol(),
                direction == null ? null : direction.startsWith("正") ? "≥" : "≤");
    }

    /**
     * The side a written target would be read in were its comparator left off and no 指标方向 printed: what the name and
     * the category give (the rule's direction warning holds its peace where the written comparator is that side, 正向
     * being a form's default: 投诉率 ≤5%, ≤0 起, a cost ceiling, a time limit); null for a range or a date.
     */
    @ParameterizedTest(name = "{2} {3}")
    @CsvSource(delimiter = '|', value = {
        "满意度指标 | 服务对象满意度指标 | 投诉率         | ≤5%         | LE",
        "效益指标   | 社会效益指标       | 安全事故发生数 | ≤0起        | LE",
        "效益指标   | 社会效益指标       | 补助款结算争议率 | ≤ 0%      | LE",
        "产出指标   | 成本指标           | 办公费总成本   | ≤ 3万元     | LE",
        "产出指标   | 时效指标           | 审批办结时限   | ≤ 3个工作日 | LE",
        "产出指标   | 时效指标           | 场馆开放天数   | ≥ 300天     | GE",
        "产出指标   | 质量指标           | 验收合格率     | ≤ 95%       | GE",
        "产出指标   | 质量指标           | 工作任务完成率 | = 100%      | GE",
        "产出指标   | 数量指标           | 培训人数       | 200人以下   | GE"})
    void theReadingANameGivesAWrittenTarget(String level1, String level2, String name, String target, Comparator expected) {
        assertEquals(expected, Direction.nameReading(TargetParser.parse(target), name, level1, level2));
    }

    @Test
    void aRangeOrADateHasNoReadingFromTheName() {
        assertNull(Direction.nameReading(TargetParser.parse("90%—100%"), "成本控制率", "产出指标", "成本指标"));
        assertNull(Direction.nameReading(TargetParser.parse("2021年12月31日前"), "工作计划按时完成时间", "产出指标", "时效指标"));
    }

    private static Indicator indicator(String name, String target, String actual, String unit) {
        return Indicator.of(0, "产出指标", "数量指标", name, target, null, null, actual, false, null, null, null, null, null,
                new Indicator.Columns(unit, null, null, null, null), Src.NONE, Src.NONE, Src.NONE);
    }

    /**
     * A cost per unit with its money unit left off (零陵 2021's 造林补助 "每亩300", 同心 2023's "28.40/株" written bare) is a
     * cost standard like "1600元/亩": a ceiling under 成本, ≤; until session 44 it was read ≥ (正向) as the name gives.
     */
    @Test
    void aCostPerUnitWithoutItsYuanIsACeilingToo() {
        assertEquals(Comparator.LE, Direction.target(TargetParser.parse("每亩300"), null, null, "造林补助", true).comparator());
        assertEquals(Comparator.LE, Direction.target(TargetParser.parse("28.40/株"), null, null, "黄金蜜(葡萄)补助成本", true).comparator());
        assertEquals(Comparator.GE, Direction.target(TargetParser.parse("每亩300"), null, null, "造林补助", false).comparator());
    }
}
