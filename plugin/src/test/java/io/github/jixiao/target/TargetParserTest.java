package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every written form of a target or actual the design names (VAL-1, VAL-5). */
class TargetParserTest {

    /** input | comparator | explicit | low | high | unit */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // comparators, half- and full-width, with and without spaces
        "≥ 60 个        | GE    | true  | 60      | 60      | 个",
        "≥60个          | GE    | true  | 60      | 60      | 个",
        "≧ 60 个        | GE    | true  | 60      | 60      | 个",
        ">= 90%         | GE    | true  | 90      | 90      | %",
        "＞ 5 次        | GT    | true  | 5       | 5       | 次",
        "> 5次          | GT    | true  | 5       | 5       | 次",
        "＜5次          | LT    | true  | 5       | 5       | 次",
        "≤ 3 次         | LE    | true  | 3       | 3       | 次",
        "≦3次           | LE    | true  | 3       | 3       | 次",
        "<= 3 次        | LE    | true  | 3       | 3       | 次",
        "= 100%         | EQ    | true  | 100     | 100     | %",
        "＝１００％      | EQ    | true  | 100     | 100     | %",
        // percent signs and unit spellings
        "≥ 90％         | GE    | true  | 90      | 90      | %",
        "≥90 %          | GE    | true  | 90      | 90      | %",
        "≥ 90 百分比    | GE    | true  | 90      | 90      | %",
        "92.23%         | EQ    | false | 92.23   | 92.23   | %",
        // bare numbers with Chinese units
        "10 家          | EQ    | false | 10      | 10      | 家",
        "1 次           | EQ    | false | 1       | 1       | 次",
        "34 人          | EQ    | false | 34      | 34      | 人",
        "8 场           | EQ    | false | 8       | 8       | 场",
        "3 天           | EQ    | false | 3       | 3       | 天",
        "100%           | EQ    | false | 100     | 100     | %",
        "≥ 200 平方米   | GE    | true  | 200     | 200     | 平方米",
        "≥ 200 平方 米  | GE    | true  | 200     | 200     | 平方米",
        "200㎡          | EQ    | false | 200     | 200     | 平方米",
        "≤ 30 万元      | LE    | true  | 30      | 30      | 万元",
        "≥ 1100 亿元    | GE    | true  | 1100    | 1100    | 亿元",
        "1187 亿元      | EQ    | false | 1187    | 1187    | 亿元",
        "≤ 500 元/人    | LE    | true  | 500     | 500     | 元/人",
        // thousands separators
        "1,000 人       | EQ    | false | 1000    | 1000    | 人",
        "≥ 1,234,567.5 元 | GE  | true  | 1234567.5 | 1234567.5 | 元",
        "9，000 万元    | EQ    | false | 9000    | 9000    | 万元",
        // ranges, every dash
        "90%—100%       | RANGE | true  | 90      | 100     | %",
        "90%-100%       | RANGE | true  | 90      | 100     | %",
        "90%~100%       | RANGE | true  | 90      | 100     | %",
        "90%～100%      | RANGE | true  | 90      | 100     | %",
        "90%－100%      | RANGE | true  | 90      | 100     | %",
        "90% — 100%     | RANGE | true  | 90      | 100     | %",
        "90-100%        | RANGE | true  | 90      | 100     | %",
        "90%至100%      | RANGE | true  | 90      | 100     | %",
        "100%—90%       | RANGE | true  | 90      | 100     | %",
        "5个到10个      | RANGE | true  | 5       | 10      | 个",
        // comparator words
        "不少于10家     | GE    | true  | 10      | 10      | 家",
        "不少于 10 家   | GE    | true  | 10      | 10      | 家",
        "不低于95%      | GE    | true  | 95      | 95      | %",
        "至少 4 家      | GE    | true  | 4       | 4       | 家",
        "达到90%        | GE    | true  | 90      | 90      | %",
        "10家以上       | GE    | true  | 10      | 10      | 家",
        "95%以上        | GE    | true  | 95      | 95      | %",
        "95%及以上      | GE    | true  | 95      | 95      | %",
        "5%以内         | LE    | true  | 5       | 5       | %",
        "3个工作日内    | LE    | true  | 3       | 3       | 个工作日",
        "不超过 30 万元 | LE    | true  | 30      | 30      | 万元",
        "控制在5%以内   | LE    | true  | 5       | 5       | %",
        "低于 2%        | LT    | true  | 2       | 2       | %",
        // signs
        "-5%            | EQ    | false | -5      | -5      | %",
        "≥ -5%          | GE    | true  | -5      | -5      | %",
        "－3 个         | EQ    | false | -3      | -3      | 个",
        // no unit
        "≥ 90           | GE    | true  | 90      | 90      | ''",
        // 余/多 after the number: more than it (not a unit "余个"); 约/大约/左右: about it, no comparator of their own
        "60余个         | GE    | true  | 60      | 60      | 个",
        "100多人次      | GE    | true  | 100     | 100     | 人次",
        "3000余万元     | GE    | true  | 3000    | 3000    | 万元",
        "≥ 60余个       | GE    | true  | 60      | 60      | 个",
        "10家左右       | EQ    | false | 10      | 10      | 家",
        "5%左右         | EQ    | false | 5       | 5       | %",
        "约 60 个       | EQ    | false | 60      | 60      | 个",
        "大约60个       | EQ    | false | 60      | 60      | 个",
        // a last parenthesis saying "inclusive" is left out; one holding the unit alone is the unit
        "≥95%（含）     | GE    | true  | 95      | 95      | %",
        "≥60个(含本数)  | GE    | true  | 60      | 60      | 个",
        "95%以上（含95%） | GE  | true  | 95      | 95      | %",
        "10(家)         | EQ    | false | 10      | 10      | 家",
        "≥ 60（个）     | GE    | true  | 60      | 60      | 个",
        // the parenthesis before a comparator word at the end
        "5（家）以上    | GE    | true  | 5       | 5       | 家",
        "5(家)以内      | LE    | true  | 5       | 5       | 家",
        "95%（含）以上  | GE    | true  | 95      | 95      | %",
        "5家（含）以上  | GE    | true  | 5       | 5       | 家",
        "3天（含）以内  | LE    | true  | 3       | 3       | 天",
        // 完成 said around the number of an actual (or a target)
        "完成12家       | EQ    | false | 12      | 12      | 家",
        "已完成 95%     | EQ    | false | 95      | 95      | %",
        "实际完成3个    | EQ    | false | 3       | 3       | 个",
        "100%完成       | EQ    | false | 100     | 100     | %",
    })
    void quantitative(String in, Comparator cmp, boolean explicit, BigDecimal low, BigDecimal high, String unit) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQuantitative(), () -> in + " → " + v);
        assertEquals(cmp, v.comparator(), in);
        assertEquals(explicit, v.explicitComparator(), in);
        assertEquals(0, low.compareTo(v.low()), () -> in + " low " + v.low());
        assertEquals(0, high.compareTo(v.high()), () -> in + " high " + v.high());
        assertEquals(unit, v.unit(), in);
        assertEquals(in.strip(), v.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"明显", "显著", "有效提升", "显著提升", "进一步提高", "效果明显", "良好", "持续改善",
        // 嘉峪关 2023: "长远" (社会成本, 生态效益) and "增加岗位" (经济效益) set no level either
        "长远", "影响长远", "增加岗位", "收入增加",
        // 裕安 2022: "加大文物保护,展示文物价值" as a 社会效益 target
        "加大文物保护,展示文物价值",
        // 宁夏 福彩 2023: a year compared with or dated by is no figure to reach (session 35)
        "同比2022年销量显著提高", "2023年底前显著改善", "较2022年度明显提升"})
    void vagueWordsAreQualitativeAndUngraded(String in) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQualitative());
        assertTrue(v.vague(), in);
        assertFalse(v.graded(), in);
    }

    @ParameterizedTest
    @ValueSource(strings = {"优/良/中/差", "优、良、中、差", "达成/部分达成/未达成", "按优良中差分档评价：优 ≥ 90 分"})
    void gradedScalesAreRecognised(String in) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQualitative());
        assertTrue(v.graded(), in);
        assertFalse(v.vague(), in);
    }

    @ParameterizedTest
    @ValueSource(strings = {"达标", "无重大安全生产事故", "完成", "≥ 90%，且无投诉", "每季度 1 次",
        "完成2023年度工作任务", "已完成2023年11月", "完成12月底前",
        // a year beside a figure: the figure is the level ("提高" alone would be vague)
        "较2022年提高5%", "同比2022年增长10个百分点",
        // a state to keep, not a level to reach: checkable as it stands
        "不增加群众负担", "未增加企业负担"})
    void plainWordsAreQualitativeButNotVague(String in) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQualitative(), () -> in + " → " + v);
        assertFalse(v.vague(), in);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\n"})
    void blankIsEmpty(String in) {
        assertTrue(TargetParser.parse(in).isEmpty());
    }

    /** A count with 万 or 亿 before its unit is the same count (a user review: 1.2万人次 against 13000人次 was incommensurable). */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = ';', value = {
        "≥1.2万人次; 13000人次; MET",
        "≥12000人次; 1.3万人次; MET",
        "≥2万册; 15000册; MISSED",
        "≥1亿人次; 0.9亿人次; MISSED",
        "≤5万亩; 48000亩; MET",
        "≥1.2万人次; 13000人; INCOMPARABLE",
        "≥10万; 120000; INCOMPARABLE",
        "≥100万元; 1200000元; MET"
    })
    void aCountWithWanIsTheSameCount(String target, String actual, Outcome expected) {
        TargetValue t = TargetParser.parse(target);
        TargetValue a = TargetParser.parse(actual);
        assertEquals(expected, TargetParser.compare(t, a));
        assertEquals(expected != Outcome.INCOMPARABLE, TargetParser.sameTerms(t, a));
    }

    /**
     * After 至少, 不少于 or 不低于, a few words of time or doing (全年, 完成, 开展, 举办, 组织 …) before the number, and the
     * thing counted after its unit (大英 2020: 至少全年完成2次宣传, ≥ 2 次, was words, an error beside 2次).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "至少全年完成2次宣传     | GE | 2  | 次",
        "至少全年完成2次         | GE | 2  | 次",
        "至少完成2次             | GE | 2  | 次",
        "不少于开展5场培训       | GE | 5  | 场",
        "不低于全年举办3期培训班 | GE | 3  | 期",
        "至少组织10人次          | GE | 10 | 人次",
        "不少于年内召开4次会议   | GE | 4  | 次",
        "至少全年完成2个百分点   | GE | 2  | 个百分点",
        "至少全年开展2次以上     | GE | 2  | 次",
        // session 27: one reader and UnitKind's units (counted had a list of its own, which these missed or cut short)
        "至少全年完成2户次走访   | GE | 2  | 户次", // was ≥ 2 户 (户 was in the list, 户次 not): incommensurable with 2户次
        "不少于开展3家次检查     | GE | 3  | 家次", // was ≥ 3 家
        "至少全年完成4课时培训   | GE | 4  | 课时", // was words
        "至少全年完成3例手术     | GE | 3  | 例",
        "至少完成491米           | GE | 491 | 米", // was words, where 完成491米 and 完成道路建设491米 were 491 米
        "不少于完成500万元投资   | GE | 500 | 万元",
        "至少全年完成200余人次   | GE | 200 | 人次", // 余 as after a verb (491余米)
        "至少开展2周培训         | GE | 2  | 周",
        "至少全年完成90%的任务   | GE | 90 | %", // was words (session 25: a share, not a count), an error beside 95%
        "至少完成90%             | GE | 90 | %", // was words
    })
    void aCountAfterWordsOfTimeOrDoing(String in, Comparator cmp, BigDecimal low, String unit) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQuantitative(), () -> in + " → " + v);
        assertEquals(cmp, v.comparator(), in);
        assertTrue(v.explicitComparator(), in);
        assertEquals(0, low.compareTo(v.low()), () -> in + " low " + v.low());
        assertEquals(unit, v.unit(), in);
        assertEquals(in.strip(), v.text());
        assertEquals(Outcome.MET, TargetParser.compare(v, TargetParser.parse(low.toPlainString() + unit)), in);
    }

    /** Nearby spellings that hold a number but are not that count: words, as before. */
    @ParameterizedTest
    @ValueSource(strings = {
        "全年完成2次宣传", // no comparator word before it
        "至少每月开展1次宣传", // once a month is no count of the year
        "至少每季度完成1次检查",
        "不低于上年完成2次", // compared with last year
        "至少全年完成2023年度任务", // a year, not a count
        "至少全年完成2次宣传并通过验收", // a sentence, not a thing counted
        "至少全年完成2次宣传，覆盖群众",
        "至少全年完成12月底前", // a day of the year, not 12 months (月 is a unit of time to UnitKind)
        "至少完成2023年", // a year
        "不低于完成率95%",
        "达到全年完成2次宣传", // 达到 is not among the words
        "至少全年完成两次宣传", // no digit
        "超过全年完成2次宣传",
    })
    void notACountAfterOtherWords(String in) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQualitative(), () -> in + " → " + v);
    }

    /**
     * A verb of building or doing (完成, 建设, 新建, 修建, 改造, 培训, 开展), the thing done (up to eight characters) and its
     * amount: 天津 东丽区 2020's 完成道路建设491米 is 491 米 with no comparator of its own (read ≥ as a target, as 完成491米
     * is), and an actual 完成道路建设480米 misses it. Both were words, and 480米 against the target an error.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "完成道路建设491米       | 491 | 米",
        "已完成道路建设480米     | 480 | 米",
        "培训教师300人次         | 300 | 人次",
        "培训300人次             | 300 | 人次",
        "新建公厕3座             | 3   | 座",
        "改造老旧小区12个        | 12  | 个",
        "修建道路3.5公里         | 3.5 | 公里",
        "完成一二三四五六七八1米 | 1   | 米",
    })
    void aThingDoneAndItsAmount(String in, BigDecimal n, String unit) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQuantitative(), () -> in + " → " + v);
        assertFalse(v.explicitComparator(), in);
        assertEquals(0, n.compareTo(v.low()), () -> in + " low " + v.low());
        assertEquals(unit, v.unit(), in);
        assertEquals(in.strip(), v.text());
    }

    /** 天津 东丽区 2020: the target read ≥ 491 米 (its name a quantity to reach), an actual of 480 米 misses it. */
    @Test
    void aThingDoneAsTargetAndActual() {
        TargetValue target = Direction.target(TargetParser.parse("完成道路建设491米"), null, null, "道路建设长度");
        assertEquals(Comparator.GE, target.comparator());
        assertEquals(Outcome.MISSED, TargetParser.compare(target, TargetParser.parse("完成道路建设480米")));
        assertEquals(Outcome.MISSED, TargetParser.compare(target, TargetParser.parse("480米")));
        assertEquals(Outcome.MET, TargetParser.compare(target, TargetParser.parse("已完成道路建设491米")));
    }

    /** A comparator word after the amount stays its comparator: 开展宣传活动5次以上 is ≥ 5 次. */
    @Test
    void aThingDoneWithAComparatorAfterIt() {
        TargetValue v = TargetParser.parse("开展宣传活动5次以上");
        assertEquals(Comparator.GE, v.comparator());
        assertTrue(v.explicitComparator());
        assertEquals("次", v.unit());
    }

    /** Nearby spellings that are not a thing done and its amount: words, as before. */
    @ParameterizedTest
    @ValueSource(strings = {
        "完成率95%", // a rate, not a thing done
        "培训合格率95%",
        "改造后达标率95%",
        "开展不少于5次", // a comparator among the words
        "开展每月1次", // a rate per month
        "建设第3期", // an ordinal
        "改造比上年增长10%", // a comparison
        "建设2023年", // a year
        "完成道路建设491米并通过验收", // a clause after the unit
        "完成道路建设491", // no unit
        "培训300-500人次", // a range after words
        "完成一二三四五六七八九1米", // nine characters: more than the thing done
        "道路建设491米", // no verb
        "开展2次培训", // a counter and the thing counted after it: no unit (review V, session 26)
        "新建3座公厕",
        "建设2个站点",
    })
    void notAThingDoneAndItsAmount(String in) {
        TargetValue v = TargetParser.parse(in);
        assertTrue(v.isQualitative(), () -> in + " → " + v);
    }

    /** The longest text read (200 characters) of a verb and words without a number: one pass, words. */
    @Test
    void aVerbBeforeLongWordsIsReadOnce() {
        String text = "完成" + "道".repeat(TargetParser.MAX_INPUT - 3) + "1";
        assertTrue(TargetParser.parse(text).isQualitative());
    }

    @Test
    void longProseIsQualitativeAndKeptWhole() {
        String prose = "通过预算资金投入，营造优质的创新创业环境，".repeat(20);
        TargetValue v = TargetParser.parse(prose);
        assertTrue(v.isQualitative());
        assertEquals(prose.strip(), v.text());
    }

    /** target | actual | outcome */
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
        "≥ 200 人   | 150 人      | MISSED",
        "≥ 200 人   | 200 人      | MET",
        "≥ 60 个    | 67 个       | MET",
        "≤ 3 次     | 3 次        | MET",
        "≤ 3 次     | 4 次        | MISSED",
        "> 5 次     | 5 次        | MISSED",
        "< 5 次     | 4 次        | MET",
        "90%—100%   | 90%         | MET",
        "90%—100%   | 100%        | MET",
        "90%—100%   | 92.23%      | MET",
        "90%—100%   | 89.99%      | MISSED",
        "90%—100%   | 100.01%     | MISSED",
        "≥ 1 亿元   | 9000 万元   | MISSED",
        "≥ 1 亿元   | 10,000 万元 | MET",
        "≤ 30 万元  | 300000 元   | MET",
        "≤ 30 万元  | 300001 元   | MISSED",
        "10 家      | 10 家       | MET",
        "10 家      | 11 家       | MISSED",
        "≥ 60 个    | 60 家       | INCOMPARABLE",
        "≥ 90%      | 95          | INCOMPARABLE",
        "明显       | 100%        | INCOMPARABLE",
        "≥ 90%      | 完成        | INCOMPARABLE",
        "≥ 90%      | 90%—95%     | INCOMPARABLE",
        "≥ 90%      | ''          | INCOMPARABLE",
        "不少于200人 | 150人      | MISSED",
        "95%以上    | 95%         | MET",
    })
    void compare(String target, String actual, Outcome want) {
        assertEquals(want, TargetParser.compare(TargetParser.parse(target), TargetParser.parse(actual)));
    }

    /**
     * A bare month as the actual of a month or day without its year (宣城 2021, 业务培训时限 11月底前 / 10月) is that month,
     * words beside words; elsewhere it stays 10 of a unit 月 (12月 against 10月, a period), and a bare month beyond 12 or
     * with a comparator is no month of the year.
     */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "11月底前   | 10月     | QUALITATIVE",
        "11月底前   | 10月份   | QUALITATIVE",
        "12月31日前 | 12 月    | QUALITATIVE",
        "6月底前完成 | 6月     | QUALITATIVE",
        "11月底前   | 13月     | QUANTITATIVE",
        "11月底前   | ≤10月    | QUANTITATIVE",
        "11月底前   | 10个月   | QUANTITATIVE",
        "12月       | 10月     | QUANTITATIVE",
        "按期完成   | 10月     | QUANTITATIVE",
        "3月内      | 2月      | QUANTITATIVE",
    })
    void aBareMonthBesideAYearlessDateIsThatMonth(String target, String actual, TargetValue.Kind kind) {
        TargetValue read = TargetParser.readAgainst(TargetParser.parse(actual), TargetParser.parse(target));
        assertEquals(kind, read.kind());
        assertEquals(actual, read.text());
    }

    /**
     * 已完成 or 完成 with a percentage after it, beside a target in words (大英 2020: 按质按量完成 / 已完成100%), is words
     * too: the share of the work done, read as the words 已完成 are (SC-2), not a quantity beside words. Beside a quantity
     * it stays one; other words before the percentage, or none, stay a quantity beside words (明显 / 100%).
     */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "按质按量完成 | 已完成100%   | QUALITATIVE",
        "按质按量完成 | 完成100%     | QUALITATIVE",
        "有效         | 已完成 80 ％ | QUALITATIVE",
        "完成         | 已完成100%   | QUALITATIVE",
        "≥ 90%        | 已完成100%   | QUANTITATIVE",
        "10万元       | 已完成100%   | QUANTITATIVE",
        "明显         | 100%         | QUANTITATIVE",
        "有效         | 实际完成100% | QUANTITATIVE",
        "有效         | 已完成12家   | QUANTITATIVE",
        "有效         | 100%完成     | QUANTITATIVE",
    })
    void aShareDoneBesideWordsIsWords(String target, String actual, TargetValue.Kind kind) {
        TargetValue read = TargetParser.readAgainst(TargetParser.parse(actual), TargetParser.parse(target));
        assertEquals(kind, read.kind());
        assertEquals(actual, read.text());
    }

    @Test
    void sameTermsConvertsMoneyOnly() {
        assertTrue(TargetParser.sameTerms(TargetParser.parse("≥ 1 亿元"), TargetParser.parse("9000 万元")));
        assertTrue(TargetParser.sameTerms(TargetParser.parse("≥ 90%"), TargetParser.parse("95％")));
        assertFalse(TargetParser.sameTerms(TargetParser.parse("≥ 60 个"), TargetParser.parse("60 家")));
        assertFalse(TargetParser.sameTerms(TargetParser.parse("明显"), TargetParser.parse("明显")));
        assertEquals(0, new BigDecimal("0.9").compareTo(
                TargetParser.inUnitOf(TargetParser.parse("9000 万元"), TargetParser.parse("≥ 1 亿元"))));
    }

    /** An amount's money unit: with its 元, or "150万" / "1.2亿" with 元 left off (鄂州 2021); nothing else is money. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "150万        | 万元",
        "≤150万       | 万元",
        "1.2亿        | 亿元",
        "20万元       | 万元",
        "72890 元     | 元",
        "150          | ''",
        "150万人      | ''",
        "100%         | ''",
        "明显         | ''",
    })
    void amountUnit(String in, String unit) {
        TargetValue t = TargetParser.parse(in);
        assertEquals(unit.isEmpty() ? null : unit, t.amountUnit());
        assertEquals(!unit.isEmpty(), t.isAmount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥60个      | ≥ 60 个",
        "90%-100%   | 90%—100%",
        "=100％     | = 100%",
        "10家       | 10 家",
        "不少于95%  | ≥ 95%",
        "≤ 30万元   | ≤ 30 万元",
        "明显       | 明显",
    })
    void format(String in, String canonical) {
        assertEquals(canonical, TargetParser.parse(in).format());
    }

    /**
     * Every character Comparator.SIGNS names (the spellings a template's mark is read with, placeholder-left and a
     * name's hint) is read by the parser as a comparator: the two sets are one.
     */
    @Test
    void everySignIsAComparator() {
        for (char c : Comparator.SIGNS.toCharArray()) {
            TargetValue v = TargetParser.parse(c + "5个");
            assertTrue(v.explicitComparator(), String.valueOf(c));
            assertEquals(0, new BigDecimal("5").compareTo(v.low()), String.valueOf(c));
            assertEquals("个", v.unit(), String.valueOf(c));
        }
    }

    /**
     * A standard written with what it is per before the amount (零陵 2021's 造林补助 "每亩300", 抚育补助 "每亩100"): the amount
     * per that unit, as "300元/亩" is; words until session 44, so the cost row was told it named no amount. Not where
     * what follows 每 is no unit, or a second per is written.
     */
    @Test
    void thePerWrittenFirst() {
        TargetValue v = TargetParser.parse("每亩300元");
        assertEquals(0, new BigDecimal("300").compareTo(v.low()));
        assertEquals("元/亩", v.unit());
        assertEquals(TargetParser.parse("300元/亩").unit(), v.unit());
        assertEquals("/亩", TargetParser.parse("每亩300").unit());
        TargetValue ceiling = TargetParser.parse("每公里不超过2万元");
        assertEquals(Comparator.LE, ceiling.comparator());
        assertEquals("万元/公里", ceiling.unit());
        assertEquals("元/人", TargetParser.parse("每人500元").unit());
        assertTrue(TargetParser.parse("每人每月500元").isQualitative());
        assertTrue(TargetParser.parse("每年度完成任务").isQualitative());
        assertEquals("每亩300", TargetParser.parse("每亩300").text());
    }
}
