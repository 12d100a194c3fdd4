package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 大英 双心 2020 (real-tables/t44): its 成本指标 row "成本", under the printed 一级 项目决策 (an evaluation criterion, not a
 * category: transcribed with its 二级 alone), has no 一级 the taxonomy can take and no 分值 (the table has no 分值 column). Until
 * session 48 the case was t98's "100万", whose printed 一级 项目完成指标 is now written as 产出指标 (DayingImportTest). indicator-category-unknown said "…不参与计分，分值 — 也不计入任何一类的权重" (audit s46 item 13): a dash for the
 * points it does not have. The clause is left out where there are no points; the finding is the one it was (its fingerprint:
 * FingerprintDetailsTest.anUnprintedArgumentKeepsTheFingerprint).
 */
class NoLevel1UnpointedTest {

    @Test
    void aRowWithNoPointsIsNotSaidToHavePointsOfDash() throws Exception {
        List<Finding> found = RealTableRuns.asFiled("t44-daying-shuangxin-2020").findings().stream()
                .filter(f -> "indicator-category-unknown".equals(f.ruleId()) && f.key().startsWith("no-level1")).toList();
        // no row of t44 prints 分值, so none is scored: the row is not said to be left unscored either (-unscored, session 49;
        // audit s48 row 6), only asked to be filed
        // -printed since session 58: its printed 一级 项目决策 transcribed (level1Printed), no category
        assertEquals(List.of("no-level1-unscored-either-printed /indicators/3"), found.stream().map(f -> f.key() + " " + f.pointer()).toList());
        // and its 成本指标 may be 产出's 二级 or a 一级 of its own: said to be of either, not of none (audit s51 A6 row 9); in English
        // each 一级 glossed, as the field takes it (values, session 52: until then "(产出指标, 成本指标)" bare)
        // (the framework named is t44's own since session 53, extending mof-project-2020 with its funds table's cut)
        assertEquals("指标“成本”（二级“成本指标”）的一级指标一栏印的“项目决策”不在评价体系“项目支出绩效自评报告（四川 大英县 双心及文明城市创建专项资金 2020；财预〔2020〕10号 的分类）："
                + "t44-daying-shuangxin-2020 的存档副本（截断）”的分类中；二级“成本指标”"
                + "可属不止一个一级（产出指标、成本指标），无从推定归类（表中各指标都没有分值，本就都未计分，但每个指标仍须归入一类）。"
                + "请按评价体系填写一级指标（level1）。",
                new Messages(Messages.ZH).message(found.get(0)));
        assertEquals("Indicator \"成本\" (second level \"Cost indicators\") prints \"项目决策\" in its first-level column, which is not in the taxonomy of framework "
                + "\"Project self-evaluation report (Daying county, Sichuan, funds for the reassured-consumption and civilised-city "
                + "campaign, 2020; MOF Caiyu [2020] No. 10 categories): the archived copy of t44-daying-shuangxin-2020 (cut)\"; "
                + "\"Cost indicators\" may belong to more than one "
                + "first-level category (产出指标 (Output indicators), 成本指标 (Cost indicators)), so none can be inferred (no indicator "
                + "here carries points, so none is scored, but each still belongs to a category). Fill in the first-level category (level1) from the taxonomy.",
                new Messages(Locale.ENGLISH).forResult(RealTableRuns.asFiled("t44-daying-shuangxin-2020")).message(found.get(0)));
    }
}
