package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Submission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code indicator-points} (财预〔2020〕10号 单位自评): met → full points; missed quantitative → points × actual / target
 * (target / actual for ≤ and <); qualitative → the department's score within its achievement band.
 */
class IndicatorPointsTest {
    static final String MOF = "mof-project-2020";

    static String ind(String level1, String name, String target, String actual, String points, String extra) {
        return "{'level1': '" + level1 + "', 'level2': '数量指标', 'name': '" + name + "', 'target': '" + target + "', 'actual': '"
                + actual + "', 'points': " + points + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    static Submission indicators(String... items) {
        return submission("indicators", "{'indicators': [" + String.join(", ", items) + "]}");
    }

    static Fixtures.Scored output(String target, String actual, String points) {
        return leaf(MOF, "output-indicators", indicators(ind("产出指标", "培训人次", target, actual, points, "")));
    }

    @ParameterizedTest(name = "{0} / actual {1} × {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        "≥ 500 人次; 450 人次; 20; 18.00",      // missed: 20 × 450 / 500
        "≥ 500 人次; 500 人次; 20; 20.00",      // met exactly
        "≥ 500 人次; 600 人次; 20; 20.00",      // exceeded: full points, no more
        "≥ 500 人次; 0 人次; 20; 0.00",
        "≤ 800 元; 1000 元; 15; 12.00",         // ≤ missed: mirrored, 15 × 800 / 1000
        "≤ 800 元; 800 元; 15; 15.00",
        "< 800 元; 800 元; 15; 15.00",          // < missed by equality: 800 / 800 → full points of the ratio
        "≤ 30 万元; 350000 元; 14; 12.00",      // units convert: 14 × 30 / 35
        "= 100%; 90%; 10; 9.00",
        "= 100%; 110%; 10; 9.09",              // = missed from above: mirrored
        "90%—100%; 85%; 10; 9.44",             // range, below: 85 / 90
        "90%—100%; 95%; 10; 10.00",
        "10 家; 8 家; 5; 4.00",                 // a bare number means =
        "≤ 0 次; 2 次; 5; 0.00"                 // zero target missed: nothing left
    })
    void quantitative(String target, String actual, String points, String expected) {
        Fixtures.Scored r = output(target, actual, points);
        assertEquals(expected, r.score(), r.criterion().explanation());
        assertEquals(0, new java.math.BigDecimal(points).compareTo(r.criterion().weight()), "the weight is the indicators' points");
    }

    /**
     * A missed row's stated score against its proportion, where the table writes its scores to one decimal (稷山 2021, real
     * table t53: 1.9, 1.8, 1.4 beside whole 2s): the proportion rounded to that decimal is the stated score, no mismatch;
     * off by more, a mismatch, as before; a table of whole or two-decimal scores is compared to the cent, as before.
     */
    @ParameterizedTest(name = "{0} → {1} of 2, stated {2}, another row {3} stated {4}: {5} mismatch")
    @CsvSource(delimiter = ';', value = {
        "5662 人; 4044 人; 1.4; 221 人; 2; 0",      // 1.428 → 1.4 (before: reported, 1.43); the table's one decimal is this row's
        "100.00%; 97.30%; 1.9; 221 人; 2; 0",       // 1.946 → 1.9 (before: reported, 1.95)
        "214 人; 203 人; 1.8; 221 人; 2; 1",        // 1.897 → 1.9, not 1.8
        "120 人; 69 人; 1; 210 人; 1.9; 1",         // 1.15 → 1.2, not 1 (the other row, 210 / 221 × 2 = 1.90, writes one decimal)
        "3807 人; 3224 人; 1.9; 221 人; 2; 1",      // 1.694 → 1.7: over it
        "5662 人; 4044 人; 1.43; 221 人; 2; 0",     // to the cent: as before
        "5662 人; 4044 人; 1.42; 221 人; 2; 1",     // a cent off, in a two-decimal table: as before
        "5662 人; 4044 人; 1; 221 人; 2; 1"         // a table of whole scores: 1 for 1.43 reported, as before
    })
    void aScoreRoundedToTheTablesOneDecimal(String target, String actual, String stated, String otherActual, String otherStated,
                                            int mismatches) {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                ind("产出指标", "老年人体检数", target, actual, "2", "'score': " + stated),
                ind("产出指标", "建立预防接种证", "221 人", otherActual, "2", "'score': " + otherStated)));
        assertEquals(mismatches, r.findings("score-claim-mismatch").size(), r.findings().toString());
    }

    /**
     * Trial G (session 30): in a one-decimal table, one row written to the cent as the check computed it (209 / 212 × 2 =
     * 1.97, as score-ignores-missed-target asked) made the whole table two-decimal, and every other row's 1.4 for 1.43 a
     * mismatch. The table's decimals are now its rows' (more one-decimal rows than two-decimal ones); a table mostly to
     * the cent with one 2.5 stays two-decimal.
     */
    @Test
    void oneRowToTheCentLeavesAOneDecimalTableSo() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                ind("产出指标", "老年人体检数", "5662 人", "4044 人", "2", "'score': 1.4"),
                ind("产出指标", "孕产妇管理", "100.00%", "97.30%", "2", "'score': 1.9"),
                ind("产出指标", "儿童健康管理", "212 人", "209 人", "2", "'score': 1.97"),
                ind("产出指标", "建立预防接种证", "221 人", "221 人", "2", "'score': 2")));
        assertEquals(0, r.findings("score-claim-mismatch").size(), r.findings().toString());
        Fixtures.Scored cents = leaf(MOF, "output-indicators", indicators(
                ind("产出指标", "老年人体检数", "5662 人", "4044 人", "2", "'score': 1.4"),
                ind("产出指标", "孕产妇管理", "100.00%", "97.30%", "2", "'score': 1.95"),
                ind("产出指标", "儿童健康管理", "212 人", "209 人", "2", "'score': 1.97"),
                ind("产出指标", "建立预防接种证", "221 人", "221 人", "2.5", "'score': 2.5")));
        assertEquals(1, cents.findings("score-claim-mismatch").size(), "1.4 for 1.43 in a table to the cent: " + cents.findings());
    }

    @Test
    void missedExplains() {
        Fixtures.Scored r = output("≥ 500 人次", "450 人次", "20");
        CriterionScore it = r.criterion().items().get(0);
        assertEquals("450 人次 未达到 ≥ 500 人次：450 / 500 = 0.9 × 20 = 18", it.explanation());
        assertEquals("indicator-0", it.id());
        assertTrue(r.criterion().explanation().startsWith("只有一项指标“培训人次”：18.00 / 20"), r.criterion().explanation());
    }

    /** One indicator block of a real table, scored by the engine, in {@code locale}. */
    private static CriterionScore block(String table, String criterion, java.util.Locale locale) throws Exception {
        java.nio.file.Path project = java.nio.file.Path.of(IndicatorPointsTest.class.getResource("/real-tables/" + table).toURI());
        return new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(project, project.resolve("submission"))
                .withLocale(locale)).sheet().criterion(criterion).orElseThrow();
    }

    /**
     * A row's formula says the comparator its bare target is read with (重庆 融媒体中心 2021: "100%" of a 控制率, read as
     * ≤ 100%): "92% 达到 ≤ 100%", not "92% 达到 100%", which a reviewer reads as short of the target.
     */
    @Test
    void aRowsFormulaShowsTheComparatorItIsReadWith() throws Exception {
        java.nio.file.Path project = java.nio.file.Path.of(IndicatorPointsTest.class.getResource("/real-tables/t24-cq-rongmeiti-2021").toURI());
        for (java.util.Locale l : List.of(io.github.jixiao.report.Messages.ZH, java.util.Locale.ENGLISH)) {
            ScoreSheet sheet = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(project,
                    project.resolve("submission")).withLocale(l)).sheet();
            CriterionScore row = sheet.criteria().stream().flatMap(c -> c.items().stream())
                    .filter(i -> i.name().contains("财政供养人员控制率")).findFirst().orElseThrow();
            assertEquals(l == java.util.Locale.ENGLISH ? "92% meets ≤ 100% → 2" : "92% 达到 ≤ 100% → 2", row.explanation());
        }
    }

    /**
     * A row's formula ends in the figure its score shows, at the score's scale (稷山 2021: "= 1.43", not "= 1.4284"
     * beside 8.62; 九亭镇 2020: 2.625 → 2.63, HALF_UP), and its block adds the rows as shown; the scores are unchanged.
     */
    @Test
    void aRowsFormulaEndsAtItsScoresScale() throws Exception {
        // (廊坊 2019's 工程资金金额 43.2 → 37.24, "= 8.62" not "= 8.6204", was this case until session 50: money, no output,
        // taken as printed since (MoneyOutput); 稷山 2021's 老年人体检数 is the same ratio on a row that counts work done)
        CriterionScore jishan = block("t53-jishan-gongwei-2021", "output-indicators", io.github.jixiao.report.Messages.ZH);
        CriterionScore checkups = jishan.items().stream().filter(i -> i.name().endsWith("老年人体检数")).findFirst().orElseThrow();
        assertEquals("1.43", checkups.score().toPlainString());
        // (the table printed 1.4: said after the formula, since session 41)
        assertEquals("4044人 未达到 ≥ 5662 人：4044 / 5662 = 0.7142 × 2 = 1.43（自评 1.4）", checkups.explanation());
        assertEquals("4044人 misses ≥ 5662 人: 4044 / 5662 = 0.7142 × 2 = 1.43 (self-assessed 1.4)",
                block("t53-jishan-gongwei-2021", "output-indicators", java.util.Locale.ENGLISH).items().stream()
                        .filter(i -> i.name().endsWith("老年人体检数")).findFirst().orElseThrow().explanation());
        CriterionScore jiuting = block("t16-jiuting-chengzhen-2020", "satisfaction-indicators", io.github.jixiao.report.Messages.ZH);
        assertEquals("8.85", jiuting.score().toPlainString());
        assertEquals(List.of(">70% 未达到 > 80%：70 / 80 = 0.875 × 3 = 2.63（自评 3）", "≧80% 未达到 ≥ 90%：80 / 90 = 0.8889 × 7 = 6.22（自评 7）"),
                jiuting.items().stream().map(CriterionScore::explanation).toList());
        assertEquals("2.63 + 6.22 = 8.85", jiuting.explanation());
    }

    /** Where the rows' rounding changes the block's total (2.63 + 2.63 ≠ 5.25), the unrounded rows are said. */
    @Test
    void aBlockSaysItsRowsUnroundedWhereRoundingChangesTheTotal() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                ind("产出指标", "培训合格率", "≥ 80%", "70%", "3", ""), ind("产出指标", "结业率", "≥ 80%", "70%", "3", "")));
        assertEquals("5.25", r.score());
        assertEquals("2.63", r.criterion().items().get(0).score().toPlainString());
        assertEquals("2.63 + 2.63 = 5.25（各项按未舍入的得分相加：2.625 + 2.625）（分值按表中各指标分值之和 6 计，框架原则上为 50）",
                r.criterion().explanation());
        // where it does not, nothing is added
        Fixtures.Scored one = leaf(MOF, "output-indicators", indicators(ind("产出指标", "培训合格率", "≥ 80%", "70%", "3", ""),
                ind("产出指标", "结业率", "≥ 80%", "80%", "3", "")));
        assertEquals("2.63 + 3 = 5.63（分值按表中各指标分值之和 6 计，框架原则上为 50）", one.criterion().explanation());
    }

    /**
     * A block without points names the categories the framework scores in it: 成本指标 is part of 产出指标 under
     * 财预〔2020〕10号 (衡山 2020, mof-project-2020; 襄阳 2021's own framework, which counts all four in one block).
     */
    @Test
    void aBlockWithoutPointsNamesWhatTheFrameworkScores() throws Exception {
        assertEquals("没有带分值的产出指标，本项分值为 0",
                block("t7-hengshan-2020", "output-indicators", io.github.jixiao.report.Messages.ZH).explanation());
        assertEquals("no output indicators carry points: this criterion's weight is 0",
                block("t7-hengshan-2020", "output-indicators", java.util.Locale.ENGLISH).explanation());
        assertEquals("没有带分值的效益指标，本项分值为 0",
                block("t7-hengshan-2020", "benefit-indicators", io.github.jixiao.report.Messages.ZH).explanation());
        assertEquals("没有带分值的产出指标、效益指标、满意度指标，本项分值为 0",
                block("t13-xiangyang-zhongxin-2021", "performance-indicators", io.github.jixiao.report.Messages.ZH).explanation());
    }

    static Fixtures.Scored qualitative(String achievement, String score) {
        return leaf(MOF, "benefit-indicators", indicators(
                "{'level1': '效益指标', 'level2': '社会效益指标', 'name': '参训人员技能提升', 'target': '显著提升', 'actual': '部分学员提升明显',"
                        + " 'points': 30" + (achievement == null ? "" : ", 'achievement': '" + achievement + "'")
                        + (score == null ? "" : ", 'score': " + score) + "}"));
    }

    @ParameterizedTest(name = "{0}, claimed {1} → {2}")
    @CsvSource({
        "达成, 30, 30.00", "达成, 24, 24.00", "达成, 20, 24.00",
        "部分达成, 20, 20.00", "部分达成, 24, 24.00", "部分达成, 28, 24.00", "部分达成, 15, 15.00", "部分达成, 10, 15.00",
        "未达成, 15, 15.00", "未达成, 20, 15.00", "未达成, 0, 0.00"
    })
    void qualitativeKeepsTheScoreWithinItsBand(String achievement, String claimed, String expected) {
        Fixtures.Scored r = qualitative(achievement, claimed);
        assertEquals(expected, r.score());
        boolean outside = !expected.equals(new java.math.BigDecimal(claimed).setScale(2).toPlainString());
        assertEquals(outside ? 1 : 0, r.findings("score-claim-mismatch").size(), r.findings().toString());
    }

    @Test
    void qualitativeOutsideItsBandSaysWhere() {
        Finding f = qualitative("部分达成", "28").findings("score-claim-mismatch").get(0);
        assertEquals("band", f.key());
        assertEquals(List.of("参训人员技能提升", "28", "部分达成", "15", "24", "24.00"), f.args());
        assertEquals("/indicators/0/score", f.pointer());
        assertEquals("benefit-indicators", f.criterion());
    }

    @Test
    void qualitativeWithoutAchievementIsAMissingInput() {
        // a result in words no grade is read from (显著提升 → 部分学员提升明显): the unit's 30 kept, unchecked, and said
        // (session 46; before, 0 points); with no score of its own, 0 and the level asked for
        Fixtures.Scored r = qualitative(null, "30");
        assertEquals("30.00", r.score());
        assertEquals("achievement-self-score", r.findings("score-input-missing").get(0).key());
        Fixtures.Scored none = qualitative(null, null);
        assertEquals("0.00", none.score());
        assertEquals("achievement", none.findings("score-input-missing").get(0).key());
    }

    /**
     * A row without a 完成档次 (the form has no such column): its actual read as a grade (SC-2) — the framework's words
     * for 达成 or the target's own; its words for 部分达成 (原州区 2022: 是 → 基本达到, 7 of 8); the target's word with
     * 基本/较/比较/部分 before it (九亭镇 2020: 达标 → 基本达标, 及时 → 较及时); with 未/不 before it — each said as an
     * assumption, the score kept within that grade's band. Anything else still cannot be scored.
     */
    @ParameterizedTest(name = "{0} → {1}, claimed {2}: {3} ({4})")
    @CsvSource(delimiter = ';', value = {
        "达标; 达标; 10; 10.00; 达成",
        "是; 达成预期指标; 10; 10.00; 达成",
        // a 时效 row's actual says it was on time (按时完成 was the framework's already)
        "及时; 按期完成; 10; 10.00; 达成",
        "2022年底前完成招标; 如期完成; 10; 10.00; 达成",
        "按进度推进; 按计划完成; 10; 10.00; 达成",
        "是; 基本达到; 7; 7.00; 部分达成",          // 70 % of 10: inside 50–80 %
        "是; 基本达到; 9; 8.00; 部分达成",          // above the band: counts 8 (and the claim is reported)
        "是; 部分完成; 6; 6.00; 部分达成",
        "达标; 基本达标; 10; 8.00; 部分达成",
        "及时; 较及时; 5; 5.00; 部分达成",
        "达标; 未达标; 5; 5.00; 未达成",            // 0–50 %
        "及时; 不及时; 8; 5.00; 未达成",
        "不超标; 不超标; 10; 10.00; 达成",          // a target that is itself a negation: the same words, met
        "是; 见附件; 10; 10.00; ",                  // says no grade: the unit's 10 kept, unchecked (achievement-self-score)
        "有效; 较为有效; 10; 10.00; ",              // 较为 is no grade word of this list: not guessed, the unit's score kept
        // a full stop after the actual changes nothing, as for 基本达标。 (Grade.of): 达标。 is met, 基本达到。 partly
        "达标; 达标。; 10; 10.00; 达成",
        "是; 达成预期指标。; 10; 10.00; 达成",
        "是; 基本达到；; 7; 7.00; 部分达成",
        "达标; 基本达标。; 10; 8.00; 部分达成",
        // the framework's words for 达成 denied (达成预期指标 → 未达成预期指标): 未达成, whatever the target's word
        "是; 未达成预期指标; 3; 3.00; 未达成",
        "有效; 未完成; 8; 5.00; 未达成",
        "是; 不符合要求; 0; 0.00; 未达成",
        "是; 尚未达到。; 2; 2.00; 未达成",
        "是; 不超标; 10; 10.00; ",                  // 超标 is no word of the framework's: not guessed, the unit's score kept
        // a target that is itself a lower grade: an actual of that grade, or better, achieves it
        "基本达到; 基本达到; 10; 10.00; 达成",
        "较及时; 及时; 10; 10.00; 达成",
        "较完善; 基本完善; 10; 10.00; 达成",
        "基本达到; 基本完成; 10; 10.00; 达成",     // both the framework's words for 部分达成: the grade asked for
        "较好; 比较好; 10; 10.00; 达成",
        "较好; 基本较好; 8; 8.00; 部分达成"          // a grade word before the target's whole word: still lower
    })
    void aQualitativeActualReadAsItsGrade(String target, String actual, String claimed, String expected, String level) {
        Fixtures.Scored r = leaf(MOF, "benefit-indicators", indicators("{'level1': '效益指标', 'level2': '社会效益指标', 'name': '示范效果', "
                + "'target': '" + target + "', 'actual': '" + actual + "', 'points': 10, 'score': " + claimed + "}"));
        Fixtures.assertReadAsGrade(r, expected, level);
    }

    /** The page's 所用数据 cites the field a figure came from: an achievement read from the actual cites the actual. */
    @Test
    void anAchievementReadFromTheActualCitesTheActual() {
        Fixtures.Scored read = leaf(MOF, "benefit-indicators", indicators("{'level1': '效益指标', 'level2': '社会效益指标', 'name': '示范效果', "
                + "'target': '有效', 'actual': '达成预期指标', 'points': 10, 'score': 10}"));
        List<String> refs = read.criterion().items().get(0).inputs().stream().map(ScoreInput::ref).toList();
        assertTrue(refs.contains("indicators#/indicators/0/actual") && refs.stream().noneMatch(r -> r.endsWith("/achievement")),
                refs.toString());
        Fixtures.Scored stated = qualitative("达成", "30");
        assertTrue(stated.criterion().items().get(0).inputs().stream().anyMatch(i -> i.ref().equals("indicators#/indicators/0/achievement")),
                stated.criterion().items().get(0).inputs().toString());
    }

    @Test
    void qualitativeWithoutAScoreIsAMissingInput() {
        Fixtures.Scored r = qualitative("达成", null);
        assertEquals("0.00", r.score());
        assertEquals("indicator", r.findings("score-input-missing").get(0).key());
    }

    @Test
    void aProblemZeroesOnlyItsIndicator() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                ind("产出指标", "培训人次", "≥ 500 人次", "完成", "20", ""),
                ind("产出指标", "培训合格率", "≥ 95%", "97%", "15", ""),
                ind("产出指标", "人均培训成本", "≤ 800 元", "", "15", "")));
        assertEquals("15.00", r.score());
        assertEquals(List.of("incomparable", "indicator"), r.findings("score-input-missing").stream().map(Finding::key).toList());
        assertEquals("/indicators/0/actual", r.findings("score-input-missing").get(0).pointer());
        assertEquals("50", r.criterion().weight().toPlainString());
    }

    @Test
    void indicatorsWithoutPointsAreLeftOutAndReported() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                "{'level1': '产出指标', 'level2': '数量指标', 'name': '培训班次', 'target': '≥ 10 期', 'actual': '10 期'}",
                ind("产出指标", "培训合格率", "≥ 95%", "97%", "15", "")));
        assertEquals("15.00", r.score());
        // (scored alone, the criterion is the whole base, and the row without points its whole shortfall: the row's
        // finding says the points in all, score-weights' total does not: RowsWithoutPointsShortTest)
        assertEquals("indicator-points-short", r.findings("score-input-missing").get(0).key());
    }

    /** A table without a 分值 column (衡山 2020): one finding for the criterion, where one a row would repeat it. */
    @Test
    void aCriterionWhoseIndicatorsAllLackPointsIsOneFinding() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                "{'level1': '产出指标', 'level2': '数量指标', 'name': '培训班次', 'target': '≥ 10 期', 'actual': '10 期'}",
                "{'level1': '产出指标', 'level2': '质量指标', 'name': '培训合格率', 'target': '≥ 95%', 'actual': '97%'}",
                "{'level1': '产出指标', 'level2': '时效指标', 'name': '培训完成时间', 'target': '12月底前', 'actual': '11月'}"));
        assertEquals("0.00", r.score());
        List<Finding> missing = r.findings("score-input-missing");
        assertEquals(1, missing.size(), missing.toString());
        // (scored alone, the criterion leaves the base short: the finding says so, score-weights' total does not)
        assertEquals("indicator-points-none-short", missing.get(0).key());
        assertEquals("/indicators", missing.get(0).pointer());
        assertEquals("3", missing.get(0).args().get(1));
    }

    /** One row alone without points is named, as before. */
    @Test
    void aSingleRowWithoutPointsIsNamed() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                "{'level1': '产出指标', 'level2': '数量指标', 'name': '培训班次', 'target': '≥ 10 期', 'actual': '10 期'}"));
        assertEquals("indicator-points-short", r.findings("score-input-missing").get(0).key());   // (the base short by it alone)
        assertEquals("培训班次", r.findings("score-input-missing").get(0).args().get(0));
    }

    /**
     * A row named 其中… without points or score below a row of its category that has points is that row's breakdown (萧县
     * 2023: 其中桃树种植面积 under ★补助各类瓜果蔬菜种植面积): neither scored nor a row without points. One above no such row,
     * in another category, or with a score of its own, is still a row without points.
     */
    @Test
    void aBreakdownRowUnderAScoredRowIsPartOfIt() {
        String part = "{'level1': '产出指标', 'level2': '数量指标', 'name': '其中桃树种植面积', 'target': '1.5亩', 'actual': '1.5亩'}";
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(
                ind("产出指标", "补助各类瓜果蔬菜种植面积", "29.5亩", "29.5亩", "20", ""), part,
                "{'level1': '产出指标', 'level2': '数量指标', 'name': '其中苹果树种植面积', 'target': '5亩', 'actual': '5亩'}"));
        assertEquals("20.00", r.score());
        assertEquals(List.of(), r.findings("score-input-missing"));
        assertEquals(1, r.criterion().items().size(), "the breakdown rows are no items of their own");

        for (String[] c : new String[][] {
            {part, ind("产出指标", "补助鱼塘面积", "3亩", "3亩", "10", "")},   // first: below no row
            {ind("产出指标", "补助鱼塘面积", "3亩", "3亩", "10", ""),
                part.replace("'数量指标'", "'质量指标'")},   // another category
            {ind("产出指标", "补助鱼塘面积", "3亩", "3亩", "10", ""), part.replace("}", ", 'score': 2}")}}) {   // scored itself
            Fixtures.Scored other = leaf(MOF, "output-indicators", indicators(c));
            // (the base short by the row alone: its finding says the points in all)
            assertEquals("indicator-points-short", other.findings("score-input-missing").get(0).key(), String.join(", ", c));
        }
    }

    @Test
    void negativePointsAreNoPoints() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(ind("产出指标", "培训人次", "≥ 500 人次", "450 人次", "-5", "")));
        assertEquals("0.00", r.score());
        assertEquals("0", r.criterion().weight().toPlainString());
        assertEquals("indicator-points-short", r.findings("score-input-missing").get(0).key());   // (the base short by it alone)
    }

    @Test
    void aStatedIndicatorScoreThatDiffersIsAMismatch() {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(ind("产出指标", "培训人次", "≥ 500 人次", "450 人次", "20", "'score': 19")));
        assertEquals("18.00", r.score());
        Finding f = r.findings("score-claim-mismatch").get(0);
        assertEquals("indicator", f.key());
        assertEquals(List.of("培训人次", "19", "18.00"), f.args().subList(0, 3));
    }

    /**
     * A missed target claimed at exactly its points: the whole gap is the miss, which score-ignores-missed-target reports
     * with these figures ({@link IndicatorScoring#missed}); the scorer reports no claim mismatch beside it. A claim above
     * the points is wrong by more, and stays a mismatch; a met row at full points is no mismatch either way.
     */
    @ParameterizedTest(name = "{0} → {1}, claimed {2} of 20: {3} mismatch(es)")
    @CsvSource(delimiter = ';', value = {
        "≥ 500 人次; 450 人次; 20; 0",
        "≥ 500 人次; 450 人次; 22; 1",
        "≥ 500 人次; 450 人次; 19; 1",
        "≤ 800 元; 1000 元; 20; 0",
        "≥ 500 人次; 500 人次; 20; 0"
    })
    void aMissAtFullPointsIsScoreIgnoresMissedTargets(String target, String actual, String claimed, int mismatches) {
        Fixtures.Scored r = leaf(MOF, "output-indicators", indicators(ind("产出指标", "培训人次", target, actual, "20", "'score': " + claimed)));
        assertEquals(mismatches, r.findings("score-claim-mismatch").size(), r.findings().toString());
    }

    @Test
    void theMissedFiguresAreTheScorersOwn() {
        Fixtures.Scored r = output("≥ 500 人次", "450 人次", "20");
        IndicatorScoring.Missed m = IndicatorScoring.missed(indicators(ind("产出指标", "培训人次", "≥ 500 人次", "450 人次", "20", ""))
                .indicators().get(0));
        assertEquals(r.score(), m.score().toPlainString());
        assertEquals("450 / 500 = 0.9 × 20 = 18", m.formula());
        assertTrue(r.criterion().items().get(0).explanation().endsWith(m.formula()), r.criterion().items().get(0).explanation());
        IndicatorScoring.Missed le = IndicatorScoring.missed(indicators(ind("产出指标", "项目成本", "≤ 30 万元", "350000 元", "14", ""))
                .indicators().get(0));
        assertEquals("12.00", le.score().toPlainString());
        assertEquals("30 / 35 = 0.8571 × 14 = 12", le.formula());
    }

    /**
     * A qualitative row graded from its actual (no 完成档次) and claimed at exactly its points: the band's gap is the lower
     * grade itself, score-ignores-missed-target's (lower-grade-band, not-achieved-band); a grade stated in the 完成档次
     * column, or a claim within the band or above the points, keeps its band mismatch here.
     */
    @ParameterizedTest(name = "{0} → {1} ({2}), claimed {3} of 10: {4} mismatch(es)")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "达标; 基本达标; null; 10; 0",
        "是; 基本达到; null; 10; 0",
        "达标; 未达标; null; 10; 0",
        "达标; 基本达标; null; 9; 1",
        "达标; 基本达标; null; 12; 1",
        "达标; 基本达标; 部分达成; 10; 1",
        "达标; 达标; 部分达成; 10; 1"
    })
    void aLowerGradeAtFullPointsIsScoreIgnoresMissedTargets(String target, String actual, String achievement, String claimed,
                                                           int mismatches) {
        Fixtures.Scored r = leaf(MOF, "benefit-indicators", indicators("{'level1': '效益指标', 'level2': '社会效益指标', 'name': '示范效果', "
                + "'target': '" + target + "', 'actual': '" + actual + "', 'points': 10, 'score': " + claimed
                + (achievement == null ? "" : ", 'achievement': '" + achievement + "'") + "}"));
        assertEquals(mismatches, r.findings("score-claim-mismatch").stream().filter(f -> f.key().startsWith("band")).count(),
                r.findings().toString());
    }

    @Test
    void notApplicableAndOtherCategoriesAreLeftOut() {
        Fixtures.Scored r = leaf(MOF, "satisfaction-indicators", indicators(
                ind("产出指标", "培训人次", "≥ 500 人次", "450 人次", "20", ""),
                "{'level1': '满意度指标', 'level2': '服务对象满意度指标', 'notApplicable': true}"));
        assertEquals("0.00", r.score());
        assertEquals("0", r.criterion().weight().toPlainString());
        // nothing on the criterion itself; the table that gives it 0 of the framework's 10 points weighs less than the base
        assertEquals(List.of(), r.findings().stream().filter(f -> f.criterion() != null).toList());
        // (the test's framework is this one criterion: no split of its points to quote)
        assertEquals(List.of("score-weights/total-unsplit"), r.findings().stream().filter(f -> f.criterion() == null)
                .map(f -> f.ruleId() + "/" + f.key()).toList());
    }

    /** The score-weights findings of {@code s} scored on the whole 10号 framework. */
    private static List<String> weightFindings(Submission s) {
        List<Finding> findings = new java.util.ArrayList<>();
        new Scorer().score(s, FrameworkLoader.builtIn(MOF), findings);
        return findings.stream().filter(f -> f.ruleId().equals("score-weights")).map(f -> f.key() + " " + f.args()).toList();
    }

    @Test
    void satisfactionPointsGivenToOutputsAreNoSplit() {
        // 青神 2023: 产出 60 + 效益 30 and no 满意度 indicator, 10号's own rule (未设满意度指标的，其分值归入产出、效益)
        assertEquals(List.of(), weightFindings(indicators(
                ind("产出指标", "发放覆盖率", "= 100%", "100%", "60", "'score': 60"),
                ind("效益指标", "足额保障率", "= 100%", "100%", "30", "'score': 30"))));
    }

    @Test
    void aSplitThatMovesNoOptionalCategorysPointsIsSaid() {
        // a 满意度 indicator is there: 产出 60 is 10 over the frame's 50 and 效益 20 10 under its 30
        assertEquals(List.of("split [产出指标（数量、质量、时效、成本）, 60, 50]", "split [效益指标（经济、社会、生态效益及可持续影响）, 20, 30]"),
                weightFindings(indicators(
                        ind("产出指标", "发放覆盖率", "= 100%", "100%", "60", ""),
                        ind("效益指标", "足额保障率", "= 100%", "100%", "20", ""),
                        ind("满意度指标", "职工满意度", "≥ 90%", "95%", "10", ""))));
        // no 效益 indicator: 效益 is not optional, so 90 on 产出 is still a departure (大英 2023)
        assertEquals(List.of("split [产出指标（数量、质量、时效、成本）, 90, 50]"),
                weightFindings(indicators(ind("产出指标", "成本控制数", "≤ 30 万元", "28 万元", "90", ""))));
    }

    /** A row without points and with a stated 得分 (区商务局 2020's layout: no 分值 column). */
    static String scoredOnly(String level1, String name, String score) {
        return "{'level1': '" + level1 + "', 'level2': '数量指标', 'name': '" + name + "', 'target': '≥ 10 期', 'actual': '12 期', 'score': "
                + score + "}";
    }

    /** The findings of {@code s} (a 自评 with its funds scored 10 of 10) scored on the whole 10号 framework. */
    private static List<Finding> scoredWhole(Submission s) {
        List<Finding> findings = new java.util.ArrayList<>();
        new Scorer().score(s, FrameworkLoader.builtIn(MOF), findings);
        return findings;
    }

    private static Submission statedTable(String total, String... rows) {
        return submission("department", "{'kind': 'project', 'stage': '自评'}",
                "budget", "{'funds': {'unit': '万元', 'total': {'fullYear': 100, 'executed': 100, 'points': 10, 'score': 10}}}",
                "indicators", "{'indicators': [" + String.join(", ", rows) + "]}",
                "self-assessment", "{'criteria': [], 'stated': {'total': " + total + "}}");
    }

    /**
     * 吉山 2020 t31: a whole table (every block at its points, every row scored) whose printed scores add up to one
     * point less than its printed 总分. That is the table's own arithmetic, said with its parts, whatever the scores
     * computed from its figures; a 总分 equal to its parts says nothing of the total.
     */
    @Test
    void statedTotalHeldToTheTablesOwnScores() {
        String[] rows = {ind("产出指标", "培训班次", "≥ 10 期", "12 期", "50", "'score': 50"),
                ind("效益指标", "就业率", "≥ 80%", "85%", "30", "'score': 30"),
                ind("满意度指标", "学员满意度", "≥ 90%", "95%", "10", "'score': 9")};
        List<String> off = scoredWhole(statedTable("100", rows)).stream()
                .filter(x -> x.ruleId().equals("score-claim-mismatch") && x.key().startsWith("total"))
                .map(x -> x.key() + " " + x.pointer() + " " + x.args()).toList();
        assertEquals(List.of("total-parts /stated/total [100, 99, 10 + 50 + 30 + 9, 100.00]"), off);
        List<String> even = scoredWhole(statedTable("99", rows)).stream()
                .filter(x -> x.ruleId().equals("score-claim-mismatch") && x.key().startsWith("total"))
                .map(x -> x.key() + " " + x.pointer() + " " + x.args()).toList();
        assertEquals(List.of("total-rows /stated/total [99, 100.00, 10 + 50 + 30 + 9]"), even); // the parts add up: only the computed total differs
    }

    /**
     * A block whose rows are not all scored in the table (培训人次's 得分 left blank) states no part of its own: the
     * rows it prints add up to less than the block, so the table's 总分 is not held to them (it was: "25 + 30 + 10 + 10
     * = 75, the table does not add up" against a 总分 of 100 that the rows' points and their computed scores make).
     */
    @Test
    void aBlockWithARowLeftUnscoredStatesNoPart() {
        String[] rows = {ind("产出指标", "培训班次", "≥ 10 期", "12 期", "25", "'score': 25"),
                ind("产出指标", "培训人次", "≥ 500 人次", "600 人次", "25", ""),
                ind("效益指标", "就业率", "≥ 80%", "85%", "30", "'score': 30"),
                ind("满意度指标", "学员满意度", "≥ 90%", "95%", "10", "'score': 10")};
        List<String> found = scoredWhole(statedTable("100", rows)).stream()
                .filter(x -> x.ruleId().equals("score-claim-mismatch") && x.key().startsWith("total"))
                .map(x -> x.key() + " " + x.pointer() + " " + x.args()).toList();
        assertEquals(List.of(), found); // 总分 100 is the computed total
        List<String> off = scoredWhole(statedTable("90", rows)).stream()
                .filter(x -> x.ruleId().equals("score-claim-mismatch") && x.key().startsWith("total"))
                .map(x -> x.key() + " " + x.pointer() + " " + x.args()).toList();
        assertEquals(List.of("total /stated/total [90, 100.00]"), off); // held to the computed total, as before 7cbda4e
    }

    /**
     * 区商务局 2020: no 分值 column, and the rows' printed 得分 add up to more than the points of the part they fall under
     * (there 100 of 80; here 产出 30 + 30 = 60 of the frame's 50), and with the execution's 10 to more than the 总分 100.
     * Nothing can be scored on the rows, so only these say it.
     */
    @Test
    void statedScoresOfRowsWithoutPointsAboveTheirPartAndTheTotal() {
        List<Finding> f = scoredWhole(statedTable("100",
                scoredOnly("产出指标", "培训班次", "30"), scoredOnly("产出指标", "培训人次", "30"),
                scoredOnly("效益指标", "就业率", "30"), scoredOnly("满意度指标", "学员满意度", "10")));
        List<Finding> m = f.stream().filter(x -> x.ruleId().equals("score-claim-mismatch")).toList();
        // -table since session 52: no row carries points, so the form has no 分值 column to copy from (the same finding)
        assertEquals(List.of("indicators-above-weight-table /indicators [产出指标（数量、质量、时效、成本）, 2, 60, 50]",
                        "total-stated /stated/total [100, 110, 10 + 60 + 30 + 10]"),
                m.stream().map(x -> x.key() + " " + x.pointer() + " " + x.args()).toList());
        assertTrue(m.stream().allMatch(x -> x.line() > 0), m.toString());
    }

    /**
     * 青神 2023 t12's layout without a 分值 column: no 满意度 row, and its 10 points given to 产出 (60, not the frame's
     * 50) as 财预〔2020〕10号 allows; 10 + 60 + 30 = the 总分 100. The block may hold its weight and the empty optional
     * block's, so no row is said to exceed it; 70 under 产出 still does (above 50 + 10).
     */
    @Test
    void statedScoresOfRowsWithoutPointsTakingTheEmptySatisfactionPoints() {
        List<Finding> f = scoredWhole(statedTable("100",
                scoredOnly("产出指标", "培训班次", "30"), scoredOnly("产出指标", "培训人次", "30"),
                scoredOnly("效益指标", "就业率", "30")));
        assertEquals(List.of("total-data"), f.stream().filter(x -> x.ruleId().equals("score-claim-mismatch")).map(Finding::key).toList());
        List<Finding> above = scoredWhole(statedTable("100",
                scoredOnly("产出指标", "培训班次", "40"), scoredOnly("产出指标", "培训人次", "30"),
                scoredOnly("效益指标", "就业率", "20")));
        assertEquals(List.of("indicators-above-weight-table /indicators [产出指标（数量、质量、时效、成本）, 2, 70, 60]"),
                above.stream().filter(x -> x.key().startsWith("indicators-above-weight")).map(x -> x.key() + " " + x.pointer() + " " + x.args()).toList());
    }

    /**
     * The same layout whose printed 得分 fit (襄阳 2021: 50 under the block's 80; here each part's points exactly and
     * 10 + 50 + 30 + 10 = the 总分 100): the rows are still unscorable, and the gap to the 总分 is the missing data's.
     */
    @Test
    void statedScoresOfRowsWithoutPointsWithinTheirPartAndTheTotal() {
        List<Finding> f = scoredWhole(statedTable("100",
                scoredOnly("产出指标", "培训班次", "25"), scoredOnly("产出指标", "培训人次", "25"),
                scoredOnly("效益指标", "就业率", "30"), scoredOnly("满意度指标", "学员满意度", "10")));
        assertEquals(List.of("total-data"), f.stream().filter(x -> x.ruleId().equals("score-claim-mismatch")).map(Finding::key).toList());
    }

    /**
     * A row stated above its own points is reported by itself; its score is no figure to hold the total to (鄂州 2021's
     * funds block prints 98 against 100 where the framework gives 10), so the total stays what the data allow.
     */
    @Test
    void aStatedScoreAboveItsPointsHoldsNoTotal() {
        List<Finding> f = scoredWhole(statedTable("100",
                ind("产出指标", "培训班次", "≥ 10 期", "12 期", "50", "'score': 70"),
                scoredOnly("效益指标", "就业率", "20"), scoredOnly("满意度指标", "学员满意度", "10")));
        // 70 on a 50-point row: said as above its points (indicator-above-points, since session 38)
        assertEquals(List.of("indicator-above-points", "total-data"),
                f.stream().filter(x -> x.ruleId().equals("score-claim-mismatch")).map(Finding::key).sorted().toList());
    }
}
