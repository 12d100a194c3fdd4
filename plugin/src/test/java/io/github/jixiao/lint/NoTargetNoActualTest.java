package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A year-end row with neither target nor actual (重庆 2021, real table t24: “三公经费”变动率 prints nothing but its 分值 and
 * 得分) is one finding that asks for both. At full marks it was already (no-target-scored: "没有指标值，也没有实际完成值，却自评满分");
 * below full marks it said "没有指标值" alone, and the officer who filled in the target was asked for the actual on the next
 * run. Now no-target-no-actual, the same finding as no-target (fingerprint); a row with an actual (t24's 党性教育培训次数,
 * its target garbled in the copy) stays no-target.
 */
class NoTargetNoActualTest {

    private static List<Finding> incomplete(EngineResult r, String row) {
        return r.findings().stream().filter(f -> f.ruleId().equals("indicator-incomplete"))
                .filter(f -> f.pointer().equals(row) || f.pointer().startsWith(row + "/")).toList();
    }

    @Test
    void aRowWithNeitherBelowFullMarksAsksForBoth(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t24-cq-rongmeiti-2021", 
                // 1 of its 2 points, at the 得分系数 that gives them (重庆's 50 %)
                root -> ((ObjectNode) root.at("/indicators/1")).put("score", 1).put("scoreRate", 50));
        List<Finding> at = incomplete(r, "/indicators/1");
        assertEquals(List.of("no-target-no-actual"), at.stream().map(Finding::key).toList());
        Finding f = at.get(0);
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.startsWith("指标“‘三公经费’变动率”没有指标值，也没有实际完成值。请填写") && zh.contains("实际完成值"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("has no target and no actual. Fill in"), en);
        assertEquals(Fingerprints.of(new Finding(f.ruleId(), f.severity(), "no-target", f.args(), f.file(), f.pointer(), f.line(),
                f.column(), f.criterion())), Fingerprints.of(f));
        // the scorer's "缺少指标值，无法计分" at the row stays left out (Engine.blankOnce), and no other finding at the row
        assertEquals(List.of("/indicators/1 indicator-incomplete no-target-no-actual [“三公经费”变动率]"),
                RealTableRuns.onRows(r, "1"));
        // a row with an actual and no target stays no-target (at 自评 since session 58 in the approved targets' words: -approved)
        assertEquals(List.of("no-target-approved"), incomplete(r, "/indicators/14").stream().map(Finding::key).toList());
    }

    @Test
    void atFullMarksTheScoredVariantSaysBoth(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t24-cq-rongmeiti-2021", root -> { });
        List<Finding> at = incomplete(r, "/indicators/1");
        assertEquals(List.of("no-target-scored"), at.stream().map(Finding::key).toList());
        assertTrue(new Messages(Messages.ZH).message(at.get(0)).contains("没有指标值，也没有实际完成值，却自评满分 2 分"));
    }
}
