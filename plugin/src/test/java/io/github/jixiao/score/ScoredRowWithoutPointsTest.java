package io.github.jixiao.score;

import static io.github.jixiao.testing.RealTableRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A row that prints a 得分 but no 分值 (P3's item 3, session 51). 原州 2022 (t23) prints 一级种薯繁育基地 with neither, beside
 * five 产出 rows of 8 that fill the printed 40 (indicator-points-filled, a note: the form leaves it unscored). With an 8
 * printed in its 得分 the table contradicts itself: points for the row would overfill the category, and the 8 has nothing
 * to be held to. It was the plain "没有分值…请按表补填" (an error), silent on the score; a reviewer asks for the row's 分值
 * with the category's checked, or the score struck out, and does not take the 8 on trust. Where the category is not full
 * (t23 with 企业自行采购's 8 taken away too), the 分值 is asked for and the printed score said unchecked. Both are details
 * of indicator-points (the same fingerprint).
 */
class ScoredRowWithoutPointsTest {

    private static Path t23(Path tmp, boolean emptyAnother) throws Exception {
        Path project = tmp.resolve("t23");
        Samples.copyTreeEditingIndicators(Samples.realTable("t23-yuanzhou-mashu-2022"), project, root -> {
            ((ObjectNode) root.at("/indicators/2")).put("score", 8);
            if (emptyAnother) {
                ((ObjectNode) root.at("/indicators/1")).remove("points");
                ((ObjectNode) root.at("/indicators/1")).remove("score");
            }
        });
        return project;
    }

    private static List<String> points(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("indicator-points"))
                .map(f -> f.key() + " " + f.pointer() + " " + f.severity().id()).toList();
    }

    private static Finding at2(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.pointer().equals("/indicators/2"))
                .findFirst().orElseThrow();
    }

    @Test
    void aScoreBesideAFullCategoryIsAskedForItsPointsOrStruckOut(@TempDir Path tmp) throws Exception {
        Path project = t23(tmp, false);
        EngineResult r = run(project, Messages.ZH);
        assertEquals(List.of("indicator-points-filled-scored /indicators/2 warning"), points(r));
        // not taken: 产出 is its five rows of 8 (three of them unscorable in the copy), as without the 8
        assertEquals("24.00", r.sheet().criteria().get(0).score().toPlainString());
        Finding f = at2(r);
        assertEquals("绩效指标“一级种薯繁育基地”印有得分 8 分，却没有分值（points）：“产出指标（数量、质量、时效、成本）”中其余各行的分值已合计 40 分，"
                + "占满这一类的分值，这一行的得分没有分值可依，不计分。表中确为这一行印有分值的，请照表补填（这一行的 \"points\": …，数字），"
                + "并核对这一类各行的分值（合计不应超过这一类的分值）；表中没有给这一行分值的，请删去其得分。",
                new Messages(Messages.ZH).forResult(r).message(f));
        EngineResult en = run(project, Locale.ENGLISH);
        assertEquals("Indicator \"一级种薯繁育基地\" prints a score of 8 but no 分值 (points): the other rows of \""
                + "Output indicators (quantity, quality, timeliness, cost)\" already carry 40 points, all the category's, so the score has no points to rest on "
                + "and is not counted. Where the table does print points for this row, fill them in (\"points\": … in this row, a number) and "
                + "check the category's points (they should not add up to more than the category's); where it gives the row none, remove its score.",
                new Messages(Locale.ENGLISH).forResult(en).message(at2(en)));
        // the same finding as the row's without its score (a detail): a baseline of it still holds
        assertEquals(Fingerprints.of(new Finding(f.ruleId(), f.severity(), "indicator-points", f.args().subList(0, 2), f.file(),
                f.pointer(), f.line(), f.column(), f.criterion())), Fingerprints.of(f));
    }

    @Test
    void aScoreWithoutPointsElsewhereIsSaidUnchecked(@TempDir Path tmp) throws Exception {
        EngineResult r = run(t23(tmp, true), Messages.ZH);
        assertEquals(List.of("indicator-points /indicators/1 error", "indicator-points-scored /indicators/2 error"), points(r));
        assertEquals("绩效指标“一级种薯繁育基地”印有得分 8 分，却没有分值（points）：得分无从核对，不计入“产出指标（数量、质量、时效、成本）”。"
                + "请按表补填该指标的分值（这一行的 \"points\": …，数字），使得分按分值核对计分；表中确未给这一行分值的，请删去其得分。",
                new Messages(Messages.ZH).forResult(r).message(at2(r)));
    }
}
