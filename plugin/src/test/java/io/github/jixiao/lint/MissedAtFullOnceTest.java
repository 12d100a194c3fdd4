package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A missed target at full points is one error at its row (Engine.missedAtFullOnce; s47 audit, duplicates group 3):
 * score-ignores-missed-target names the miss and the full score, and carries what indicator-target-missed (a bare target's
 * reading, a blank reason) or actual-equals-target-pattern's copied-value (an actual written as a range) said beside it;
 * its fingerprint is the plain {@code indicator}'s. Where no full score says the miss (吕梁 2021, no 分值 column), the miss
 * says the range itself. A project that turned score-ignores-missed-target off hears the miss from indicator-target-missed.
 */
class MissedAtFullOnceTest {

    private static List<Finding> run(String table, String off) throws Exception {
        Path project = Path.of(MissedAtFullOnceTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(off == null ? EngineOptions.of(project, project.resolve("submission"))
                : new EngineOptions(project, project.resolve("submission"), null, null, null,
                        RuleConfig.of(List.of(new RuleConfig.Entry(off, "OFF", null))), Locale.SIMPLIFIED_CHINESE)).findings();
    }

    private static List<String> row(List<Finding> all, String row) {
        return all.stream().filter(f -> f.pointer().startsWith(row + "/"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }

    private static void sameFingerprint(Finding f) {
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "indicator", f.args().subList(0, 6)), Fingerprints.of(f));
    }

    @Test
    void aBareTargetMissedAtFullPointsIsOneErrorWithItsReading() throws Exception {
        // 重庆 融媒体 2021: 政府采购执行率 100% → 72.74%, 2 of 2
        List<Finding> all = run("t24-cq-rongmeiti-2021", null);
        assertEquals(List.of("score-ignores-missed-target indicator-bare-full /indicators/8/score"), row(all, "/indicators/8"));
        Finding f = all.stream().filter(x -> x.key().equals("indicator-bare-full")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("指标值 100% 没有写比较符，按正向指标（越高越好）理解为“≥ 100%”") && zh.contains("却得满分 2 分")
                && zh.contains("应得 1.45 分") && zh.contains("请在指标值中写明“= 100%”") && !zh.contains("≥、≤ 或 ="), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("read as \"≥ 100%\"") && en.contains("full 2 points") && en.contains("Write \"= 100%\" in the target"), en);
        sameFingerprint(f);
        // the kept rule turned off: the miss is said by indicator-target-missed, as before (and the score by the scorer's claim)
        assertEquals(List.of("indicator-target-missed bare-full /indicators/8/target", "score-claim-mismatch indicator /indicators/8/score"), row(run("t24-cq-rongmeiti-2021", "score-ignores-missed-target"), "/indicators/8"));
    }

    @Test
    void aMissWithoutReasonAtFullPointsAsksForTheReasonInTheOneError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        // 濉溪 2019's row 7 with its target a floor (≥ 6000元/户) that 5830 falls short of, 10 of 10, no 偏差原因: a plain miss
        Path project = tmp.resolve("t54");
        io.github.jixiao.testing.Samples.copyTreeEditingIndicators(io.github.jixiao.testing.Samples.realTable("t54-suixi-linshijiuzhu-2019"),
                project, root -> ((tools.jackson.databind.node.ObjectNode) root.at("/indicators/7")).put("target", ">=6000元/户"));
        List<Finding> all = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
        assertEquals(List.of("score-ignores-missed-target indicator-unexplained /indicators/7/score"), row(all, "/indicators/7"));
        Finding f = all.stream().filter(x -> x.key().equals("indicator-unexplained")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("实际完成值 5830元/户") && zh.contains("却得满分 10 分") && zh.contains("也没有写明原因")
                && zh.contains("请写明偏差原因和改进措施"), zh);
        assertTrue(new Messages(Locale.ENGLISH).message(f).contains("gives no reason"), new Messages(Locale.ENGLISH).message(f));
        sameFingerprint(f);
    }

    @Test
    void aCeilingBrokenAtFullPointsIsOneErrorAskingForTheReason() throws Exception {
        // 濉溪 2019: 临时救助标准 5830元/户 over <=5300元/户, 10 of 10, no 偏差原因: the error says the ceiling broken (X3's
        // over-cap wording, session 48) and asks to deduct and for the reason; indicator-target-missed over-cap at the actual,
        // which asked the same, is left out
        List<Finding> all = run("t54-suixi-linshijiuzhu-2019", null);
        assertEquals(List.of("score-ignores-missed-target indicator-over-cap /indicators/7/score"), row(all, "/indicators/7"));
        Finding f = all.stream().filter(x -> x.key().equals("indicator-over-cap")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("实际完成值 5830元/户") && zh.contains("突破了上限") && zh.contains("却得满分 10 分")
                && zh.contains("请扣分，并说明超出的原因"), zh);
        assertTrue(new Messages(Locale.ENGLISH).message(f).contains("give the reason it was exceeded"), new Messages(Locale.ENGLISH).message(f));
        sameFingerprint(f);
    }

    @Test
    void anActualWrittenAsARangeIsSaidInTheMissItBelongsTo() throws Exception {
        // 九亭镇 2020: 小区居民满意度 ">70%" for ">80%", 3 of 3 (a reason given)
        List<Finding> all = run("t16-jiuting-chengzhen-2020", null);
        assertEquals(List.of("score-ignores-missed-target indicator-range-actual /indicators/6/score"), row(all, "/indicators/6"));
        Finding f = all.stream().filter(x -> x.pointer().equals("/indicators/6/score")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("实际完成值 >70%") && zh.contains("说的是一个范围") && zh.contains("请去掉比较符"), zh);
        sameFingerprint(f);
        // 吕梁 2021: 参培学员满意度 88.32%及以上 for 95%及以上, no 分值 column: the miss says the range
        List<Finding> lv = run("t58-lvliang-hugong-2021", null);
        // range-actual-unscored since session 56 (the same finding): the table prints no 分值 or 得分 (unpointed)
        assertEquals(List.of("indicator-target-missed range-actual-unscored /indicators/12/actual"), row(lv, "/indicators/12"));
        Finding m = lv.stream().filter(x -> x.key().equals("range-actual-unscored")).findFirst().orElseThrow();
        String mz = new Messages(Messages.ZH).message(m);
        assertTrue(mz.contains("未完成：指标值 95%及以上，实际完成值 88.32%及以上") && mz.contains("说的是一个范围"), mz);
        assertEquals(Fingerprints.of(m.ruleId(), m.file(), "", m.args()), Fingerprints.of(m));
    }
}
