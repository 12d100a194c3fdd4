package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.testing.RealTableRuns;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Session 56's audit (A11) rows C8, C9 and C10, on the real tables they were read on: each wording said what the table
 * shows, with the fingerprint as before.
 */
class AuditA11WordingL3Test {

    @TempDir
    Path tmp;

    private static CriterionScore criterion(EngineResult r, String name) {
        return r.sheet().criteria().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * C10, 塘湖镇 2020 (t69): 执行数 blank, 100 % printed: the 20 points rest on the stated rate, unchecked, and the
     * formula says so (until session 57 "100% / 100 × 20 = 20.00" alone, as if computed). 普陀 2022 (t10), its amounts
     * there: as before.
     */
    @Test
    void c10AScoreOnTheStatedRateAloneSaysItIsUnchecked() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t69-tianchang-tanghu-2020");
        CriterionScore c = criterion(r, "预算执行率");
        assertEquals(0, new BigDecimal("20").compareTo(c.score()));
        assertTrue(c.explanation().endsWith(" = 20.00（按所写执行率 100% 计，执行数空白，未经核对）"), c.explanation());
        Path project = Path.of(AuditA11WordingL3Test.class.getResource("/real-tables/t69-tianchang-tanghu-2020").toURI());
        EngineResult en = RealTableRuns.run(project, Locale.ENGLISH);
        String e = criterion(en, "预算执行率").explanation();
        assertTrue(e.endsWith(" = 20.00 (on the stated execution rate of 100%; the execution is blank, so it is unchecked)"), e);
        // the words are the report's, not the formula a finding quotes: no finding of t69 carries them
        assertTrue(r.findings().stream().noneMatch(f -> String.join(" ", f.args()).contains("未经核对")), r.findings().toString());
        EngineResult t10 = RealTableRuns.asFiled("t10-putuo-tiyu-2022");
        assertFalse(criterion(t10, "预算执行率").explanation().contains("未经核对"), criterion(t10, "预算执行率").explanation());
    }

    /**
     * C9, t66 (部门指标 13): 在职人员控制率's self-score 5 is transcribed (self-assessment.json); management.json, which
     * the figures behind it go in, is not there. The finding said "2 项数据或自评得分都要写在其中", as if the score
     * were missing too; now the score printed and the figures missing, the fingerprint as before. t94, one of whose two
     * criteria has no score printed, as before.
     */
    @Test
    void c9TheFileMissingFindingSaysTheScoresArePrinted() throws Exception {
        Finding f = RealTableRuns.asFiled("t66-bumen-zhibiao-13").findings().stream()
                .filter(x -> x.ruleId().equals("score-input-missing") && x.key().startsWith("file-missing")).findFirst().orElseThrow();
        assertEquals("file-missing-one-scored", f.key());
        assertEquals(List.of("management.json", "https://jixiao.github.io/schemas/v1/management.schema.json", "2", "在职人员控制率", "5"),
                f.args());
        assertTrue(RealTableRuns.zh(f).startsWith("申报中没有 management.json：表中只印了评分指标“在职人员控制率”的得分（自评 5 分），"
                + "没有计算所需的 2 项数据，该评分指标无法计算"), RealTableRuns.zh(f));
        assertTrue(RealTableRuns.zh(f).endsWith("在其中填写这 2 项数据，然后重新检查；表中确实没有的，在自评报告中说明。"), RealTableRuns.zh(f));
        assertTrue(RealTableRuns.en(f).startsWith("The submission has no management.json: the table prints only the score of criterion "
                + "\"在职人员控制率\" (self-assessed 5), not the 2 figures it is computed from"), RealTableRuns.en(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "file-missing-one", f.args().subList(0, 4)), Fingerprints.of(f));
        Finding t94 = RealTableRuns.asFiled("t94-yueyang-kejiju").findings().stream()
                .filter(x -> x.ruleId().equals("score-input-missing") && x.key().startsWith("file-missing")).findFirst().orElseThrow();
        // t94 (岳阳 科技局): 资金使用合规性, one of the two criteria waiting for management.json, has no score in the table
        // (self-assessment.json lists none): "数据或自评得分" stands
        assertEquals("file-missing", t94.key(), t94.toString());
    }

    /**
     * C8, 保山 退役军人 2022 (t84 /3): "无上访" beside 小于5次 on a row counting 群体性事件: none of petitions is no count
     * of mass incidents, and the error stands, now saying so (the fingerprint as before). The same row with
     * "无群体性事件发生": none of the very thing counted, read as 0 次 and met, no error, its 10 points scored.
     */
    @Test
    void c8NoneOfAnotherThingIsSaidAndNoneOfTheCountedThingIsZero() throws Exception {
        Finding f = RealTableRuns.one("t84-baoshan-tuiyijunren-2022", "indicator-actual-incommensurable", "/indicators/3/actual");
        assertEquals("quantitative-target-bound-other", f.key());
        assertEquals("指标“全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生”的指标值是“小于5次”，实际完成值“无上访”说的是上访，"
                + "不是指标所计的群体性事件，无法与指标值比较。请按指标值的单位填写群体性事件的实际数值（少于 5 次，如“0 次”）。", RealTableRuns.zh(f));
        assertTrue(RealTableRuns.en(f).contains("but the actual \"无上访\" speaks of 上访, not of 群体性事件, which the row counts"), RealTableRuns.en(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "quantitative-target-bound", f.args().subList(0, 7)), Fingerprints.of(f));

        EngineResult edited = RealTableRuns.run(tmp, "t84-baoshan-tuiyijunren-2022",
                root -> ((ObjectNode) root.path("indicators").get(3)).put("actual", "无群体性事件发生"));
        assertTrue(RealTableRuns.onRows(edited, "3").stream().noneMatch(s -> s.contains("indicator-actual-incommensurable")),
                RealTableRuns.onRows(edited, "3").toString());
        CriterionScore row = RealTableRuns.row(edited, "年内无群体性事件发生");
        assertEquals(0, row.weight().compareTo(row.score()), row.explanation());
    }
}
