package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A met target the unit marked down (丽江 2020, t6: 项目验收合格率 = 100% → 100, 19 of 20): SC-1 gives the row its points and
 * the total counts them, but the finding says what the row earns and asks for the deduction's grounds, for the reviewer to
 * decide — a warning without a reason, a note with one — rather than that the computed figure "stands", which read as if
 * the unit had claimed too much (helper A2's audit, session 47). Either way it is the same finding as before (fingerprint).
 */
class MetMarkedDownTest {

    private static EngineResult run(Path project) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, Samples.wholeFramework(project))
                .withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static Finding at(EngineResult r, String pointer) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-claim-mismatch") && f.pointer().equals(pointer))
                .findFirst().orElseThrow();
    }

    @Test
    void withoutAReasonAWarningAsksForOne() {
        EngineResult r = run(Samples.realTable("t6-lijiang-2020"));
        Finding f = at(r, "/indicators/1/score");
        assertEquals("indicator-below warning", f.key() + " " + f.severity().id());
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals("绩效指标“项目验收合格率”已完成（100 达到 = 100% → 20），按评分规则应得 20.00 分，自评只给 19 分，也没有说明扣分原因。"
                + "综合评分按 20.00 分计；扣分若另有依据（如质量、时效问题），请在偏差原因分析及改进措施（explanation）中写明，由复核确定。", zh);
        assertFalse(zh.contains("以计算值为准"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.startsWith("Indicator \"项目验收合格率\" met its target (100 meets = 100% → 20) and earns 20.00 by the scoring rules, yet is stated as 19"), en);
        // one finding at the cell: indicator-score-unexplained's "met yet marked down" is this one (Engine.metMarkedDownOnce)
        assertEquals(List.of("score-claim-mismatch"), r.findings().stream().filter(x -> x.pointer().equals("/indicators/1/score"))
                .map(Finding::ruleId).toList());
    }

    @Test
    void withAReasonANoteLeavesItToTheReviewer(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t6");
        Samples.copyTreeEditingIndicators(Samples.realTable("t6-lijiang-2020"), project, root ->
                ((ObjectNode) root.at("/indicators/1")).put("explanation", "两个子项目验收时提出整改意见，整改后通过，酌情扣 1 分"));
        EngineResult before = run(Samples.realTable("t6-lijiang-2020"));
        EngineResult r = run(project);
        Finding f = at(r, "/indicators/1/score");
        assertEquals("indicator-below-reasoned info", f.key() + " " + f.severity().id());
        assertTrue(new Messages(Messages.ZH).message(f).contains("是否采纳扣分，由复核确定"));
        // the same finding as without the reason: a baseline or a diff holds it
        assertEquals(Fingerprints.of(at(before, "/indicators/1/score")), Fingerprints.of(f));
        // the total counts the computed figure either way
        assertEquals(before.sheet().total(), r.sheet().total());
    }
    /**
     * On a table whose weights are not the framework's base (忻州 2020, t62: 110 under 总分 100, score-weights total), the
     * row's "综合评分按 20.00 分计" invoked a total with no base (the console printed 110.00 / 110.00): the weights are said
     * first and the deduction's reason asked for (helper A3's audit, session 48). The same finding, still a warning (no
     * reason given); t6, whose weights are 100, keeps its wording (above).
     */
    @Test
    void onWeightsWithoutTheBaseANoteNamesTheWeightsFirst() {
        EngineResult r = run(Samples.realTable("t62-xinzhou-chujutuan-2020"));
        Finding f = at(r, "/indicators/4/score");
        assertEquals("indicator-below-unbased warning", f.key() + " " + f.severity().id());
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals("绩效指标“演出设备成本”已完成（2万元 达到 ≤ 2 万元 → 20），按评分规则应得 20.00 分，自评给 18 分。本表各指标的分值合计与满分不符"
                + "（见 score-weights），综合评分没有完整的基准、不评定等级：请先核对各指标的分值；扣分若有依据，请在偏差原因分析及改进措施（explanation）中写明。", zh);
        // total-split since session 53: 产出 80 of 50 and 满意度 20 of 10 listed in it (Engine.splitInTotalOnce)
        assertTrue(r.findings().stream().anyMatch(x -> x.ruleId().equals("score-weights") && x.key().equals("total-split")));
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("do not add up to the full base (see score-weights), so the total has no full base and is not graded"), en);
    }
}
