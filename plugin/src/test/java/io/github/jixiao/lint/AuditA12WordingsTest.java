package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings and folds the session-57 audit (s57 A12) left on real tables, session 58: several 二级 missing from the approved
 * targets said once (D3), the approved targets of a report of results only not known (C6), a blank target at 运行监控 and
 * 自评 spoken of as the approved one (C7).
 */
class AuditA12WordingsTest {

    private static List<Finding> findings(String table) {
        try {
            return RealTableRuns.asFiled(table).findings();
        } catch (Exception e) {
            throw new IllegalStateException(table, e);
        }
    }

    /** {@code f} as the finding it stands for ({@code key}, {@code args}): the same fingerprint. */
    private static void sameFingerprint(Finding f, String key, List<String> args) {
        Finding plain = new Finding(f.ruleId(), f.severity(), key, args, f.file(), f.pointer(), f.line(), f.column(), f.criterion());
        assertEquals(Fingerprints.of(plain), Fingerprints.of(f), f.toString());
    }

    @Test
    void twoSecondLevelsMissingFromTheApprovedTargetsAreOneWarning() {
        // 蔡甸 急救 2019 (t129, 自评): 产出指标's 质量 and 时效, two warnings of one text until session 58 (D3)
        Finding f = RealTableRuns.one("t129-caidian-jijiu-2019", "indicator-category-missing", "/indicators");
        assertEquals("approved-several", f.key());
        assertEquals("年初批复的绩效目标中缺少“产出指标”下的质量指标、时效指标两类指标，也没有注明不适用。自评按批复的目标逐项填报，不能事后补设："
                + "请在报告中说明缺少这些类别指标的原因，并在下一年度申报绩效目标时补设。", RealTableRuns.zh(f));
        assertTrue(RealTableRuns.en(f).startsWith("The performance targets approved at the start of the year have no \"产出指标\" indicator of 2 categories, 质量指标, 时效指标,"),
                RealTableRuns.en(f));
        // the first one's finding: a baseline holding 质量's approved still holds it
        sameFingerprint(f, "approved", List.of("产出指标", "质量指标", "自评", "self-evaluation"));
        // 青神 发改 2023 (t12): the same two, once
        assertEquals("approved-several", RealTableRuns.one("t12-qingshen-fagai-2023", "indicator-category-missing", "/indicators").key());
    }

    @Test
    void aReportOfResultsOnlyGivesNoResultOfTheCategory() {
        // 红河 二院 2023 (t109): no target on any row (no-target-all), so what the approved targets held is not known (C6)
        Finding f = RealTableRuns.one("t109-honghe-erbao-gongwei-2023", "indicator-category-missing", "/indicators");
        assertEquals("approved-several-results", f.key());
        String zh = RealTableRuns.zh(f);
        assertTrue(zh.startsWith("报告中没有“产出指标”下的质量指标、时效指标两类指标的完成情况") && !zh.contains("年初批复的绩效目标中缺少"), zh);
        assertTrue(RealTableRuns.en(f).startsWith("The report gives no result for a \"产出指标\" indicator of 2 categories"), RealTableRuns.en(f));
        sameFingerprint(f, "approved", List.of("产出指标", "质量指标", "自评", "self-evaluation"));
    }

    @Test
    void aBlankTargetMidYearIsAskedOfTheApprovedTargets() {
        // 黄石 申遗 2019 (t15, 运行监控): 产出指标/质量 with a blank row; until session 58 told to delete the rows and write 不适用 (C7)
        Finding f = RealTableRuns.one("t15-huangshi-shenyi-2019", "indicator-incomplete", "/indicators/0");
        assertEquals("empty-category-target-approved error", f.key() + " " + f.severity().id());
        String zh = RealTableRuns.zh(f);
        assertTrue(zh.contains("运行监控按年初批复的绩效目标逐项填报：请照批复的绩效目标填写这些指标值") && !zh.contains("删去这些空行"), zh);
        assertTrue(RealTableRuns.en(f).contains("The monitoring reports on the targets approved at the start of the year"), RealTableRuns.en(f));
        sameFingerprint(f, "empty-category-target", f.args().subList(0, 4));
        Finding row = RealTableRuns.one("t15-huangshi-shenyi-2019", "indicator-incomplete", "/indicators/3");
        assertEquals("no-target-approved", row.key());
        assertTrue(RealTableRuns.zh(row).contains("批复的绩效目标中这一指标没有指标值的，不能事后补设，请在报告中说明原因"), RealTableRuns.zh(row));
        sameFingerprint(row, "no-target", row.args().subList(0, 1));
    }

    @Test
    void aBlankTargetAtTheSelfEvaluationIsAskedOfTheApprovedTargets() {
        // 重庆 融媒体 2021 (t24, 自评): 党性教育培训次数 with an actual and no target
        Finding f = RealTableRuns.one("t24-cq-rongmeiti-2021", "indicator-incomplete", "/indicators/14");
        assertEquals("no-target-approved", f.key());
        assertTrue(RealTableRuns.zh(f).startsWith("指标“党性教育培训次数”没有指标值。自评按年初批复的绩效目标逐项填报"), RealTableRuns.zh(f));
        assertFalse(RealTableRuns.en(f).contains("{"), RealTableRuns.en(f));
    }
    @Test
    void theNoteEchoesTheClaim() {
        // 云南 航消 2022 (t122): "较好实现了年度目标" was told "不要笼统地说已完成", a verb it did not use (C8)
        Finding f = RealTableRuns.one("t122-yunnan-hangxiao-2022", "overall-goal-said-met", "/overallGoals/achieved/0");
        assertEquals("", f.key());
        assertTrue(RealTableRuns.zh(f).endsWith("不要笼统地说“较好实现了年度目标”。"), RealTableRuns.zh(f));
        assertTrue(RealTableRuns.en(f).endsWith("rather than only \"较好实现了年度目标\"."), RealTableRuns.en(f));
    }

    @Test
    void theEnglishOfSeveralRowsMissedReadsForOne() {
        // 濉溪 临时救助 2019 (t54): "1 more indicators were missed too; 1 of the 2 missed give a reason" until session 58 (C9's English)
        Finding f = RealTableRuns.one("t54-suixi-linshijiuzhu-2019", "overall-goal-said-met", "/overallGoals/achieved/0");
        assertEquals("rows-explained", f.key());
        String en = RealTableRuns.en(f);
        assertTrue(en.contains("and other indicators were missed too (1 more); of the 2 missed, 1 with a reason given"), en);
        assertTrue(RealTableRuns.zh(f).endsWith("不要笼统地说“完成目标任务”。"), RealTableRuns.zh(f));
    }

    @Test
    void aClaimOfResultsWithNoFigureIsVague() {
        // 保山 卫健委 慰问 2022 (t130): "效益指标全部完成,通过项目实施营造…良好风尚,激发…", no figure; only texts of 8 characters or
        // fewer were vague until session 58 (E2)
        Finding f = RealTableRuns.one("t130-baoshan-weijian-weiwen-2022", "overall-goal-not-a-goal", "/overallGoals/achieved/1");
        assertEquals("achieved-vague-claim info", f.key() + " " + f.severity().id());
        assertTrue(RealTableRuns.zh(f).contains("说“效益指标全部完成”，却没有一个数字"), RealTableRuns.zh(f));
        // its sentences with a figure ("慰问对象120人", "群众满意度90%") are not
        assertTrue(findings("t130-baoshan-weijian-weiwen-2022").stream()
                .noneMatch(g -> g.ruleId().equals("overall-goal-not-a-goal") && !g.pointer().equals("/overallGoals/achieved/1")));
    }

    @Test
    void aVagueClaimBesideARowMissedIsTheSaidMetNote() {
        // 镜湖区残联 2023 (t125): "已按照计划完成目标…" with no figure, and 燃油补贴人次数 164 of ≥ 180: the said-met note alone
        Finding f = RealTableRuns.one("t125-jinghu-canlian-2023", "overall-goal-said-met", "/overallGoals/achieved/0");
        assertEquals("", f.key());
        assertTrue(findings("t125-jinghu-canlian-2023").stream()
                .noneMatch(g -> g.key().equals("achieved-vague-claim")));
    }
}
