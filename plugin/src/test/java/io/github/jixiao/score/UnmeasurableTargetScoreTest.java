package io.github.jixiao.score;

import static io.github.jixiao.testing.RealTableRuns.row;
import static io.github.jixiao.testing.RealTableRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A percentage target of no measured thing (target.AimRate: indicator-target-unmeasurable's aim-rate, area-rate and
 * effectiveness-rate) is not scored by target and actual but as the unit printed it, said in the row's explanation, as a
 * money row is (UnmeasurableTarget, session 52; audit s51 A6 row 2). Read by target and actual, 稷山 2020 (t31)'s
 * 是否解决建档立卡人员看病难贵问题 95 % → 95 % was met, 30 where the unit printed 27, in a total of 99.77 graded 优, while the
 * same build said nobody can tell whether that target was met.
 */
class UnmeasurableTargetScoreTest {

    private static List<String> at(EngineResult r, String pointer) {
        return r.findings().stream().filter(f -> f.pointer().equals(pointer)).map(f -> f.ruleId() + " " + f.key()).toList();
    }

    private static Path copy(Path tmp, String table, java.util.function.Consumer<ObjectNode> edit, String pointer) throws Exception {
        Path project = tmp.resolve(table);
        Samples.copyTreeEditingIndicators(Samples.realTable(table), project, root -> edit.accept((ObjectNode) root.at(pointer)));
        return project;
    }

    /** t31 as published: /4 at its printed 27, said so; the total 99.77 → 96.77, still 优 (90 and above). */
    @Test
    void anAimRateRowIsTakenAsPrinted() {
        EngineResult r = run(Samples.realTable("t31-jishan-yibao-2020"), Messages.ZH);
        CriterionScore aim = row(r, "是否解决建档立卡人员看病难贵问题");
        assertEquals(0, new BigDecimal("27").compareTo(aim.score()), aim.explanation());
        assertEquals("指标值 95% 是百分比，名称却只写了“解决”，没有写出计量的是什么：指标值无法计量，不按指标值与实际完成值计分；"
                + "按单位自评 27 分照录、未核对 → 27", aim.explanation());
        assertEquals("96.77", r.sheet().total().toPlainString());
        assertEquals("优", r.sheet().grade());
        assertFalse(r.sheet().provisional());
        // not score-claim-mismatch's "达到 → 30（自评 27）": the deduction's reason is still asked, not "已完成…请给满分"
        assertEquals(List.of("indicator-score-unexplained unmeasurable"), at(r, "/indicators/4/score"));
        assertEquals(List.of("indicator-target-unmeasurable aim-rate"), at(r, "/indicators/4/target"));
        String en = row(run(Samples.realTable("t31-jishan-yibao-2020"), Locale.ENGLISH), "是否解决建档立卡人员看病难贵问题").explanation();
        assertTrue(en.startsWith("the target 95% is a percentage, but the name says nothing measured: the target cannot be measured"), en);
    }

    /**
     * 裕安 2022 (t37)'s 工程质量管理 ≥ 95 % → 98 % (area-rate), its printed 6 made 4: scored 6 by target and actual until
     * session 52, now the 4 printed.
     */
    @Test
    void aLowerPrintedScoreIsTakenNotRaised(@TempDir Path tmp) throws Exception {
        EngineResult before = run(Samples.realTable("t37-yuan-wenwu-2022"), Messages.ZH);
        Path project = copy(tmp, "t37-yuan-wenwu-2022", row -> row.put("score", 4), "/indicators/4");
        EngineResult r = run(project, Messages.ZH);
        CriterionScore area = row(r, "工程质量管理");
        assertEquals(0, new BigDecimal("4").compareTo(area.score()), area.explanation());
        assertTrue(area.explanation().startsWith("指标值 ≥ 95% 是百分比，名称却只写了“管理”"), area.explanation());
        assertEquals(0, before.sheet().total().subtract(new BigDecimal("2")).compareTo(r.sheet().total()),
                before.sheet().total() + " → " + r.sheet().total());
        assertEquals(List.of(), at(r, "/indicators/4/score").stream().filter(k -> k.startsWith("score-claim-mismatch")).toList());
    }

    /** The same row of t31 named for what it measures (…解决率): scored by target and actual as before, 30, its 27 said below. */
    @Test
    void aMeasuredTargetIsScoredAsBefore(@TempDir Path tmp) throws Exception {
        Path project = copy(tmp, "t31-jishan-yibao-2020", row -> row.put("name", "指标1:建档立卡人员看病难贵问题解决率"), "/indicators/4");
        EngineResult r = run(project, Messages.ZH);
        CriterionScore rate = row(r, "建档立卡人员看病难贵问题解决率");
        assertEquals(0, new BigDecimal("30").compareTo(rate.score()), rate.explanation());
        assertEquals("95% 达到 ≥ 95% → 30（自评 27）", rate.explanation());
        assertEquals("99.77", r.sheet().total().toPlainString());
        assertEquals(List.of("score-claim-mismatch indicator-below"), at(r, "/indicators/4/score"));
        assertEquals(List.of(), at(r, "/indicators/4/target").stream().filter(k -> k.startsWith("indicator-target-unmeasurable")).toList());
    }

    /**
     * t31 with /4's 得分 left blank: no printed score to take, and no target to score by. The row is unscored (按 0 分计),
     * its 30 points listed, the total provisional (69.77 computed, no grade), and aim-rate's unscored variant says so at the
     * target, the same finding.
     */
    @Test
    void withoutAPrintedScoreTheRowIsLeftUnscored(@TempDir Path tmp) throws Exception {
        Path project = copy(tmp, "t31-jishan-yibao-2020", row -> row.remove("score"), "/indicators/4");
        EngineResult r = run(project, Messages.ZH);
        CriterionScore aim = row(r, "是否解决建档立卡人员看病难贵问题");
        assertEquals(0, BigDecimal.ZERO.compareTo(aim.score()), aim.explanation());
        assertEquals("无法计分：指标值 95% 是百分比，名称却只写了“解决”，没有写出计量的是什么：指标值无法计量，不按指标值与实际完成值计分，"
                + "这一行也没有分值之内的自评得分可照录，按 0 分计", aim.explanation());
        assertEquals("69.77", r.sheet().total().toPlainString());
        assertEquals(0, new BigDecimal("30").compareTo(r.sheet().unscoredPoints()));
        assertEquals(List.of("是否解决建档立卡人员看病难贵问题"), r.sheet().unscored().stream()
                .map(u -> u.name().replace("指标1:", "")).toList());
        assertTrue(r.sheet().provisional());
        assertEquals(List.of("indicator-target-unmeasurable aim-rate-unscored"), at(r, "/indicators/4/target"));
        Finding f = r.findings().stream().filter(x -> x.key().equals("aim-rate-unscored")).findFirst().orElseThrow();
        assertEquals(List.of("指标1:是否解决建档立卡人员看病难贵问题", "95%", "解决", "30"), f.args().subList(0, 4).stream()
                .map(a -> a.replace("“", "").replace("”", "")).toList());
        String zh = new Messages(Messages.ZH).forResult(r).message(f);
        assertTrue(zh.contains("这一行的 30 分未计分（按 0 分计）"), zh);
        String en = new Messages(Locale.ENGLISH).forResult(run(project, Locale.ENGLISH)).message(f);
        assertTrue(en.contains("its 30 points are left unscored (counted as 0)"), en);
    }

    /**
     * 永德 2022 (t8)'s 促进学校教育事业健康发展 ≧ 100 % with its actual made 90 %, at its full printed 10: taken as printed,
     * so score-ignores-missed-target's "按完成比例应得 9" does not score a target nobody can judge.
     */
    @Test
    void anAimRateRowAtFullPointsIsNotAskedToDeduct(@TempDir Path tmp) throws Exception {
        Path project = copy(tmp, "t8-yongde-mingliang-2022", row -> row.put("actual", "90%"), "/indicators/7");
        EngineResult r = run(project, Messages.ZH);
        CriterionScore aim = row(r, "促进学校教育事业健康发展");
        assertEquals(0, BigDecimal.TEN.compareTo(aim.score()), aim.explanation());
        assertEquals(List.of(), at(r, "/indicators/7/score"));
    }

    /**
     * The same t8 copy (actual 90 % beside ≧ 100 %, 10 of 10): indicator-target-missed says the miss, but not "并在得分中相应
     * 扣分" — the scorer keeps the printed 10 and computes no share — but that the target cannot be measured and the indicator
     * wants rewriting ({@code unmeasurable}, sameAs the plain key: the same fingerprint; session 53, M1's left-alone). With a
     * reason written, {@code explained-unmeasurable} asks no "请确认得分已相应扣减" either; printed 8 with a reason, the
     * deduction is said as made (explained-deducted), not held to 90 / 100 × 10 = 9.
     */
    @Test
    void anAimRateRowsMissIsNotToldToDeductInProportion(@TempDir Path tmp) throws Exception {
        Path project = copy(tmp.resolve("a"), "t8-yongde-mingliang-2022", row -> row.put("actual", "90%"), "/indicators/7");
        EngineResult r = run(project, Messages.ZH);
        io.github.jixiao.finding.Finding f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-missed") && x.pointer().startsWith("/indicators/7/")).findFirst().orElseThrow();
        assertEquals("unmeasurable", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertFalse(zh.contains("相应扣分"), zh);
        assertTrue(zh.contains("该指标值无法计量（名称只写了“促进”，没有写出计量的是什么），计分不按完成比例扣分：请改写指标，写明计量的对象。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertFalse(en.contains("deduct points accordingly"), en);
        assertTrue(en.contains("the name says only \"促进\""), en);
        assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", "", f.args()),
                io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", f.key(), f.args()), "the same finding as the plain miss");

        project = copy(tmp.resolve("b"), "t8-yongde-mingliang-2022", row -> row.put("actual", "90%").put("explanation", "部分学校校舍改造延期"),
                "/indicators/7");
        assertEquals(List.of("indicator-target-missed explained-unmeasurable"), at(run(project, Messages.ZH), "/indicators/7/actual"));
        project = copy(tmp.resolve("c"), "t8-yongde-mingliang-2022",
                row -> row.put("actual", "90%").put("explanation", "部分学校校舍改造延期").put("score", 8), "/indicators/7");
        assertEquals(List.of("indicator-target-missed explained-deducted"), at(run(project, Messages.ZH), "/indicators/7/actual"));
    }

    /**
     * The other real rows indicator-target-unmeasurable says cannot be measured, each printed at full points (t17 /1
     * effectiveness-rate and /4, t24 /18, t8 /7 aim-rate, t37 /4 and /5 area-rate): taken as printed too, said so, their
     * scores and the totals unchanged (70.00, 53.05, 99.80 优, 73.33, as before session 52).
     */
    @Test
    void theOtherRealRowsAtFullPointsKeepTheirScores() {
        String[][] rows = {{"t17-licheng-wenhuaguan-2019", "执行有效性", "12.5", "70.00"}, {"t17-licheng-wenhuaguan-2019", "助推民生事业发展", "10", "70.00"},
                {"t24-cq-rongmeiti-2021", "业务保障能力提升", "10", "53.05"}, {"t8-yongde-mingliang-2022", "促进学校教育事业健康发展", "10", "99.80"},
                {"t37-yuan-wenwu-2022", "工程质量管理", "6", "73.33"}, {"t37-yuan-wenwu-2022", "文明施工", "6", "73.33"}};
        for (String[] t : rows) {
            EngineResult r = run(Samples.realTable(t[0]), Messages.ZH);
            CriterionScore row = row(r, t[1]);
            assertEquals(0, new BigDecimal(t[2]).compareTo(row.score()), t[0] + " " + row.explanation());
            assertTrue(row.explanation().contains("是百分比，名称却只写了") && row.explanation().endsWith("分照录、未核对 → " + t[2]),
                    t[0] + " " + row.explanation());
            assertEquals(t[3], r.sheet().total().toPlainString(), t[0]);
        }
        // the target as read, with the % of its unit column (永德 2022: 指标值 "100", 度量单位 "%", comparator "≧")
        String t8 = row(run(Samples.realTable("t8-yongde-mingliang-2022"), Messages.ZH), "促进学校教育事业健康发展").explanation();
        assertTrue(t8.startsWith("指标值 ≥ 100% 是百分比，名称却只写了“促进”"), t8);
    }

    /**
     * On an unpointed table (宁夏福彩 2023, t61: no 分值, no 得分) nothing is scored, so an unmeasurable row's miss says no
     * "计分不按完成比例扣分" (session 53 W1's left-alone): the -unscored variants, "看不出完成了多少", the same findings
     * (sameAs the plain and the bare keys). Row 5 named as an aim at ≥95% | 90%, row 4 likewise with a bare 95%.
     */
    @Test
    void anUnpointedTablesUnmeasurableMissSaysNothingOfScoring(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t61");
        Samples.copyTreeEditingIndicators(Samples.realTable("t61-ningxia-fucai-2023"), project, root -> {
            ((ObjectNode) root.at("/indicators/5")).put("name", "促进彩票公益事业发展").put("target", "≥95%").put("actual", "90%");
            ((ObjectNode) root.at("/indicators/4")).put("name", "促进彩票公益事业发展").put("target", "95%").put("actual", "90%");
        });
        EngineResult r = run(project, Messages.ZH);
        for (String[] c : new String[][] {{"/indicators/5/", "unmeasurable-unscored", ""}, {"/indicators/4/", "bare-unmeasurable-unscored", "bare"}}) {
            Finding f = r.findings().stream().filter(x -> x.ruleId().equals("indicator-target-missed") && x.pointer().startsWith(c[0]))
                    .findFirst().orElseThrow(() -> new AssertionError(r.findings().toString()));
            assertEquals(c[1], f.key());
            String zh = new Messages(Messages.ZH).message(f);
            assertFalse(zh.contains("计分") || zh.contains("扣分"), zh);
            assertTrue(zh.contains("该指标值无法计量（名称只写了“促进”，没有写出计量的是什么），看不出完成了多少：请改写指标，写明计量的对象。"), zh);
            String en = new Messages(Locale.ENGLISH).message(f);
            assertFalse(en.contains("deduct"), en);
            assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", c[2], f.args()),
                    io.github.jixiao.report.Fingerprints.of(f.ruleId(), "f", f.key(), f.args()));
        }
    }
}
