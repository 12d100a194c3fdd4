package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * score-summary.md lists the errors and warnings no criterion's list holds, under 其他问题 / Other findings, and counts
 * the notes. On the reference report (福田 2024) it said "有 11 个错误须更正" and listed three findings, none of them an
 * error: zero-execution and indicators-stale-after-adjustment in tasks.json, the defects expected.md names, and the five
 * indicator-actual-incommensurable appeared nowhere in it (trial E5, session 42). The list stops at
 * {@link ScoreSummaryMarkdown#MAX_OTHERS}, the rest counted (a generated file of thousands of rows).
 */
class MarkdownOtherFindingsTest {

    private static String md(EngineResult r, Locale l) {
        // the lists' anchors and the 评分表's links (session 46) taken out: these tests are about what is listed
        return FindingAnchorsTest.unlinked(ScoreSummaryMarkdown.render(r, Map.of(), new Messages(l), ScoreSummaryTest.META));
    }

    @Test
    void theReferenceReportsErrorsAreListed() {
        EngineResult r = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        String zh = md(r, Messages.ZH);
        String others = zh.substring(zh.indexOf("## 其他问题"));
        assertTrue(others.contains("- 错误 [zero-execution] submission/tasks.json:72 任务“产业发展专项资金·科技创新分项”"), others);
        assertTrue(others.contains("- 错误 [indicators-stale-after-adjustment] submission/tasks.json:130 任务“科普活动”于 2024-07-15 调剂"), others);
        // the verdict's 11 errors, each on a line of its own in one of the two lists
        assertEquals(11, zh.lines().filter(x -> x.startsWith("- ") && x.contains("错误 [")).count(), "every error of the verdict");
        // notes counted, not listed; a finding listed under its criterion not listed again
        // (10 since session 50: the 100% of 促进各项工作正常开展有效性 is aim-rate's warning, listed, not no-comparator's note)
        assertTrue(others.endsWith("另有 10 条提示未在此列出，见 score-summary.html 或 findings.json。\n"), others);
        assertTrue(!others.contains("[score-ignores-missed-target]"), others);
        String en = md(r, Locale.ENGLISH);
        assertTrue(en.contains("\n## Other findings\n\n"), en);
        assertTrue(en.endsWith("10 note(s) not listed here: see score-summary.html or findings.json.\n"), en);
    }

    @Test
    void theListStopsAndCountsTheRest() {
        EngineResult r = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= ScoreSummaryMarkdown.MAX_OTHERS + 7; i++) {
            many.add(new Finding("indicator-target-unmeasurable", Severity.WARNING, "", List.of("名称" + i, "明显"),
                    "submission/indicators.json", "/indicators/" + i + "/target", 10 + i, 17, null));
        }
        String zh = md(r.withFindings(many), Messages.ZH);
        String others = zh.substring(zh.indexOf("## 其他问题"));
        assertEquals(ScoreSummaryMarkdown.MAX_OTHERS, others.lines().filter(x -> x.startsWith("- 警告 ")).count(), others);
        assertTrue(others.endsWith("\n另有 7 条错误或警告未在此列出，见 score-summary.html 或 findings.json。\n"), others);
    }

    @Test
    void setAsideFindingsAreNotListed() {
        EngineResult r = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        Set<Finding> baselined = new java.util.HashSet<>(r.findings());
        StringBuilder sb = new StringBuilder();
        ScoreSummaryMarkdown.render(sb, r, Map.of(), baselined, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertTrue(!sb.toString().contains("## 其他问题"), sb.toString());
    }
}
