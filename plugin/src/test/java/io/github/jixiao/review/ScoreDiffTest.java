package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreDiffTest {
    @TempDir
    Path tmp;

    private <T> T read(String json, Class<T> type) throws Exception {
        return ReportFiles.read(tmp, json, type);
    }

    private SummaryDocument summary(String total, String q) throws Exception {
        return read("{\"total\": " + total + ", \"grade\": \"优\", \"criteria\": ["
                + "{\"id\": \"budget-execution\", \"name\": \"预算执行率\", \"weight\": 6, \"score\": " + q + "},"
                + "{\"id\": \"satisfaction\", \"name\": \"公众或服务对象满意度\", \"weight\": 6, \"score\": 6.00}]}", SummaryDocument.class);
    }

    @Test
    void movedCriteriaAndTotal() throws Exception {
        ScoreDiff.Result r = ScoreDiff.compare(summary("96.15", "5.47"), summary("95.96", "5.28"), null, null);
        assertEquals(new BigDecimal("-0.19"), r.delta());
        assertEquals(1, r.moved().size());
        assertEquals(new BigDecimal("-0.19"), r.moved().get(0).delta());
        assertNull(r.newFindings());
        String md = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.contains("96.15 → 95.96（−0.19）"), md);
        assertTrue(md.contains("| 预算执行率 | 5.47 | 5.28 | −0.19 |"), md);
        assertTrue(md.contains("### 得分变化的指标（1）\n\n| 指标 | 之前 | 之后 | 变化 |"), "a headed table: " + md);
        assertTrue(md.contains("未比较问题"), md);
        String json = ScoreDiff.json(r);
        assertTrue(json.contains("\"delta\" : -0.19"), json);
    }

    private SummaryDocument explained(String q3, String score, String explanation) throws Exception {
        return read("{\"total\": 90, \"grade\": \"优\", \"criteria\": [{\"id\": \"budget-execution\", \"name\": \"预算执行率\","
                + "\"weight\": 6, \"score\": " + score + ", \"explanation\": \"" + explanation + "\", \"inputs\": ["
                + "{\"label\": \"第 1 季度末累计执行进度\", \"value\": \"24.48%\", \"ref\": \"budget#/quarterlyExecution/0/cumulativePercent\"},"
                + "{\"label\": \"第 3 季度末累计执行进度\", \"value\": \"" + q3 + "\", \"ref\": \"budget#/quarterlyExecution/2/cumulativePercent\"}]},"
                + "{\"id\": \"satisfaction\", \"name\": \"公众或服务对象满意度\", \"weight\": 6, \"score\": 6.00, \"explanation\": \"95.00% ≥ 95% → 6\","
                + "\"inputs\": [{\"label\": \"满意度调查结果\", \"value\": \"95%\", \"ref\": \"management#/satisfaction/surveyPercent\"}]}]}",
                SummaryDocument.class);
    }

    /**
     * r24 item 4: a criterion that moved says why, in diff.md and diff.json: the inputs whose value changed (label and
     * unit as the summary states them) and the explanation before → after; an unmoved criterion says nothing; the
     * explanation's text (which may hold a department's names) is escaped as a finding's message is.
     */
    @Test
    void aMovedCriterionSaysWhy() throws Exception {
        String before = "Q3 min(1, 53.38% / 75%) × 1 = 0.7117；合计 5.47 <img src=x> @admin\\n# h";
        String after = "Q3 min(1, 70% / 75%) × 1 = 0.9333；合计 5.80";
        ScoreDiff.Result r = ScoreDiff.compare(explained("53.38%", "5.47", before), explained("70%", "5.80", after), null, null);
        assertEquals(1, r.moved().size());
        ScoreDiff.Moved mv = r.moved().get(0);
        assertEquals(1, mv.inputs().size(), "only the figure that changed: " + mv.inputs());
        assertEquals(new ScoreDiff.InputChange("第 3 季度末累计执行进度", "budget#/quarterlyExecution/2/cumulativePercent", "53.38%", "70%"),
                mv.inputs().get(0));
        String zh = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertTrue(zh.contains("#### 变化原因\n\n- **预算执行率**\n  - 变化的数据：第 3 季度末累计执行进度 53.38% → 70%\n"), zh);
        assertTrue(zh.contains("  - 之后：Q3 min(1, 70% / 75%) × 1 = 0.9333；合计 5.80\n"), zh);
        assertTrue(zh.contains("  - 之前：Q3 min(1, 53.38% / 75%)"), zh);
        assertFalse(zh.contains("第 1 季度末累计执行进度"), "an unchanged figure is not listed: " + zh);
        assertFalse(zh.contains("满意度"), "an unmoved criterion is not explained: " + zh);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<img").matcher(zh).find(), zh);
        assertFalse(zh.contains("@admin"), zh);
        assertFalse(zh.contains("\n# h"), zh);
        String en = ScoreDiff.markdown(r, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("#### Why they moved\n\n- **预算执行率**\n  - Figures changed: 第 3 季度末累计执行进度 53.38% → 70%\n"), en);
        assertTrue(en.contains("  - After: Q3 min(1, 70% / 75%)"), en);
        String json = ScoreDiff.json(r);
        assertTrue(json.contains("\"after\" : \"Q3 min(1, 70% / 75%) × 1 = 0.9333；合计 5.80\""), json);
        assertTrue(json.contains("\"label\" : \"第 3 季度末累计执行进度\""), json);
        assertTrue(json.contains("\"before\" : \"53.38%\""), json);
        assertTrue(json.contains("\"delta\" : 0.33"), "the existing fields are kept: " + json);
    }

    @Test
    void findingsNewAndResolvedByFingerprint() throws Exception {
        FindingsDocument before = read("{\"findings\": [{\"fingerprint\": \"a\", \"rule\": \"x\"}, {\"fingerprint\": \"b\", \"rule\": \"y\"}]}",
                FindingsDocument.class);
        FindingsDocument after = read("{\"findings\": [{\"fingerprint\": \"b\", \"rule\": \"y\"}, {\"fingerprint\": \"c\", \"rule\": \"z\"}]}",
                FindingsDocument.class);
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after);
        assertEquals("c", r.newFindings().get(0).fingerprint());
        assertEquals("a", r.resolvedFindings().get(0).fingerprint());
        assertTrue(r.moved().isEmpty());
    }

    /** A baseline-stale note (n1, at the baseline file's first entry) that the entry of {@code rule} at this place is gone. */
    private static String staleNote(String rule, String file, String pointer) {
        return "{\"fingerprint\": \"n1\", \"rule\": \"baseline-stale\", \"severity\": \"info\", \"file\": \"jixiao-baseline.json\","
                + " \"line\": 4, \"pointer\": \"/findings/0\", \"message\": \"m\","
                + " \"args\": [\"" + rule + "\", \"" + file + "\", \"" + pointer + "\"]}";
    }

    private static String finding(String fp, String rule, String pointer, String message) {
        return "{\"fingerprint\": \"" + fp + "\", \"rule\": \"" + rule + "\", \"severity\": \"info\", \"file\": \"submission/indicators.json\","
                + "\"line\": 3, \"pointer\": \"" + pointer + "\", \"message\": \"" + message + "\"}";
    }

    /**
     * r24 item 4: a finding whose fingerprint changed but whose rule, file and pointer did not (its figures moved) is
     * one changed finding with its old and new message, not one resolved plus one new; pairs are one to one, in
     * order; a different pointer or rule stays new or resolved.
     */
    @Test
    void aFindingWhoseTextChangedIsChangedNotNewAndResolved() throws Exception {
        FindingsDocument before = read("{\"findings\": [" + finding("a1", "actual-equals-target-pattern", "", "36 个（44%）实际值等于目标值")
                + "," + finding("b1", "score-ignores-missed-target", "/indicators/1", "旧 <img src=x>") + ","
                + finding("g1", "gone", "/x", "已修正") + "]}", FindingsDocument.class);
        FindingsDocument after = read("{\"findings\": [" + finding("a2", "actual-equals-target-pattern", "", "35 个（43%）实际值等于目标值")
                + "," + finding("b2", "score-ignores-missed-target", "/indicators/2", "另一处") + ","
                + finding("b3", "score-ignores-missed-target", "/indicators/1", "新 @admin") + ","
                + finding("b4", "score-ignores-missed-target", "/indicators/1", "又一条") + "]}", FindingsDocument.class);
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after);
        assertEquals(2, r.changedFindings().size(), r.changedFindings().toString());
        assertEquals("a1", r.changedFindings().get(0).before().fingerprint());
        assertEquals("a2", r.changedFindings().get(0).after().fingerprint());
        assertEquals("b1", r.changedFindings().get(1).before().fingerprint());
        assertEquals("b3", r.changedFindings().get(1).after().fingerprint(), "the first unpaired at the same place");
        assertEquals(java.util.List.of("b2", "b4"), r.newFindings().stream().map(ReportModel.FindingRecord::fingerprint).toList());
        assertEquals(java.util.List.of("g1"), r.resolvedFindings().stream().map(ReportModel.FindingRecord::fingerprint).toList());
        String zh = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertTrue(zh.contains("### 改变的问题（2）\n\n- 提示 `actual-equals-target-pattern` submission/indicators.json:3\n"
                + "  - 之前：36 个（44%）实际值等于目标值\n  - 之后：35 个（43%）实际值等于目标值\n"), zh);
        assertTrue(zh.indexOf("### 新出现的问题（2）") < zh.indexOf("### 改变的问题") && zh.indexOf("### 改变的问题") < zh.indexOf("### 已解决的问题（1）"), zh);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<img").matcher(zh).find(), zh);
        assertFalse(zh.contains("@admin"), zh);
        String en = ScoreDiff.markdown(r, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("### Changed findings (2)\n\n- info `actual-equals-target-pattern` submission/indicators.json:3\n  - Before: 36"), en);
        String json = ScoreDiff.json(r);
        assertTrue(json.contains("\"changedFindings\" : [\n    {\n      \"before\" : {"), json);
        // none changed: said, as the other lists say it
        ScoreDiff.Result none = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, before);
        assertTrue(ScoreDiff.markdown(none, new Messages(Messages.ZH)).contains("### 改变的问题（0）\n\n无。\n"));
    }

    /**
     * r24 item 4: a baseline-stale note (a baselined problem is fixed) is not a new problem: this run's stale notes the
     * base did not have are their own short list, after the resolved ones; one the base had too is not listed; one the
     * base had and this run has not is no resolved problem. Without any, the list is not there.
     */
    @Test
    void baselineStaleNotesAreTheirOwnList() throws Exception {
        String stale1 = "{\"fingerprint\": \"s1\", \"rule\": \"baseline-stale\", \"severity\": \"info\", \"file\": \"jixiao-baseline.json\","
                + "\"line\": 4, \"pointer\": \"/findings/0\", \"message\": \"基线条目已不再出现\","
                + " \"args\": [\"indicator-target-missed\", \"submission/indicators.json\", \"/indicators/0\"]}";
        String stale2 = stale1.replace("s1", "s2").replace("/findings/0", "/findings/1").replace("\"line\": 4", "\"line\": 9")
                .replace("/indicators/0", "/indicators/1");
        String stale3 = stale1.replace("s1", "s3").replace("/findings/0", "/findings/2").replace("/indicators/0", "/indicators/2");
        FindingsDocument before = read("{\"findings\": [" + stale2 + "," + stale3 + "]}", FindingsDocument.class);
        FindingsDocument after = read("{\"findings\": [" + stale1 + "," + stale2 + "]}", FindingsDocument.class);
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after);
        assertEquals(java.util.List.of("s1"), r.baselineResolved().stream().map(ReportModel.FindingRecord::fingerprint).toList());
        assertTrue(r.newFindings().isEmpty(), r.newFindings().toString());
        assertTrue(r.resolvedFindings().isEmpty(), r.resolvedFindings().toString());
        assertTrue(r.changedFindings().isEmpty(), "s1 and s3 are at other pointers, but they are not problems: " + r.changedFindings());
        String zh = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertTrue(zh.contains("### 新出现的问题（0）\n\n无。\n"), zh);
        assertTrue(zh.endsWith("### 基线中不再出现的条目（1）\n\n- 提示 `baseline-stale` jixiao-baseline.json:4 — 基线条目已不再出现\n"), zh);
        String en = ScoreDiff.markdown(r, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("### Baseline entries no longer found (1)\n"), en);
        assertTrue(ScoreDiff.json(r).contains("\"baselineResolved\" : [\n    {\n      \"rule\" : \"baseline-stale\""), ScoreDiff.json(r));
        ScoreDiff.Result none = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, before);
        assertFalse(ScoreDiff.markdown(none, new Messages(Messages.ZH)).contains("基线"));
    }

    /**
     * Review V (session 24): a stale note matched its base's by fingerprint, which moved with the baseline file's name
     * (a base of an earlier version listed every old note as resolved); and a baselined problem still there with its
     * figures changed (its fingerprint missed the baseline) was listed as resolved while shown as changed. Notes are now
     * matched by the entry they name, and one whose entry's place still holds a finding of that rule is not listed.
     */
    @Test
    void aStaleNoteIsNoResolutionWhereTheProblemIsStillThere() throws Exception {
        String stale = "{\"fingerprint\": \"%s\", \"rule\": \"baseline-stale\", \"severity\": \"info\", \"file\": \"%s\","
                + " \"line\": 4, \"pointer\": \"/findings/0\", \"message\": \"m\","
                + " \"args\": [\"actual-equals-target-pattern\", \"submission/indicators.json\", \"\"]}";
        FindingsDocument before = read("{\"findings\": [" + String.format(stale, "old", "") + "]}", FindingsDocument.class);
        FindingsDocument after = read("{\"findings\": [" + String.format(stale, "new", "jixiao-baseline.json") + "]}", FindingsDocument.class);
        assertEquals(java.util.List.of(), ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after).baselineResolved(),
                "the same entry's note, its fingerprint moved: not listed");
        FindingsDocument still = read("{\"findings\": [" + String.format(stale, "new", "jixiao-baseline.json") + ","
                + finding("a2", "actual-equals-target-pattern", "", "35 个（43%）实际值等于目标值") + "]}", FindingsDocument.class);
        FindingsDocument none = read("{\"findings\": [" + finding("a1", "actual-equals-target-pattern", "", "36 个（44%）实际值等于目标值")
                .replace("}", ", \"baselined\": true}") + "]}", FindingsDocument.class);
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), none, still);
        assertEquals(java.util.List.of(), r.baselineResolved(), "the problem is still there, reworded");
        assertEquals(1, r.changedFindings().size());
        // a base that marks no finding baselined (an earlier plugin's findings.json): any changed pair there counts (review V4)
        FindingsDocument unmarked = read("{\"findings\": [" + finding("a1", "actual-equals-target-pattern", "", "36 个（44%）实际值等于目标值") + "]}",
                FindingsDocument.class);
        assertEquals(java.util.List.of(), ScoreDiff.compare(summary("1", "1"), summary("1", "1"), unmarked, still).baselineResolved());
    }

    /**
     * Review V (session 24): a criterion not scored in the base lists no inputs there, not even the figures that were
     * filed; its inputs were all shown as changed ("— → 46 人"). Nothing is compared then; the formulas say it.
     */
    @Test
    void aCriterionUnscoredOnOneSideListsNoInputChanges() throws Exception {
        ReportModel.CriterionRecord unscored = read("{\"id\": \"c\", \"score\": 0, \"explanation\": \"未计分：缺少在编人数\", \"inputs\": []}",
                ReportModel.CriterionRecord.class);
        ReportModel.CriterionRecord scored = read("{\"id\": \"c\", \"score\": 8, \"explanation\": \"38 / 46\", \"inputs\": ["
                + "{\"label\": \"在编人数\", \"ref\": \"management#/staffing/actual\", \"value\": \"38 人\"},"
                + "{\"label\": \"核定编制数\", \"ref\": \"management#/staffing/authorized\", \"value\": \"46 人\"}]}",
                ReportModel.CriterionRecord.class);
        assertEquals(java.util.List.of(), ScoreDiff.inputChanges(unscored, scored, false));
        assertEquals(java.util.List.of(), ScoreDiff.inputChanges(scored, unscored, false));
        assertEquals(2, ScoreDiff.inputChanges(null, scored, false).size(), "a criterion new in this framework: its figures");
    }

    /** Review V (session 24): two problems one rule reports at one pointer, under other keys, are not one changed finding. */
    @Test
    void findingsOfOtherKeysOrSubjectsAtOnePlaceAreNotPaired() throws Exception {
        String f = "{\"fingerprint\": \"%s\", \"rule\": \"indicator-category-missing\", \"severity\": \"warning\","
                + " \"file\": \"submission/indicators.json\", \"line\": 3, \"pointer\": \"/indicators\", \"key\": \"%s\","
                + " \"message\": \"%s\", \"args\": [\"%s\"]}";
        FindingsDocument before = read("{\"findings\": [" + String.format(f, "x1", "level1-short", "效益指标 只评价了 2 类", "效益指标") + "]}",
                FindingsDocument.class);
        FindingsDocument after = read("{\"findings\": [" + String.format(f, "x2", "", "缺少 产出指标/时效指标", "产出指标/时效指标") + "]}",
                FindingsDocument.class);
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after);
        assertEquals(java.util.List.of(), r.changedFindings());
        assertEquals(1, r.newFindings().size());
        assertEquals(1, r.resolvedFindings().size());
        FindingsDocument other = read("{\"findings\": [" + String.format(f, "x3", "", "缺少 产出指标/成本指标", "产出指标/成本指标") + "]}",
                FindingsDocument.class);
        assertEquals(java.util.List.of(), ScoreDiff.compare(summary("1", "1"), summary("1", "1"), after, other).changedFindings(),
                "the same key about another category");
        // the base's problem was baselined and is fixed: its stale note is listed though another problem now stands at
        // the same place (review V2: a note was left out wherever the place held any finding of the rule)
        String note = staleNote("indicator-category-missing", "submission/indicators.json", "/indicators");
        FindingsDocument withNote = read("{\"findings\": [" + note + "," + String.format(f, "x2", "", "缺少 产出指标/时效指标", "产出指标/时效指标")
                + "]}", FindingsDocument.class);
        assertEquals(java.util.List.of("n1"), ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, withNote).baselineResolved()
                .stream().map(ReportModel.FindingRecord::fingerprint).toList());
        // nor by a changed finding of another key there that was not the baselined one (review V3)
        String b1 = String.format(f, "y1", "", "缺少 产出指标/时效指标（旧）", "产出指标/时效指标");
        FindingsDocument base2 = read("{\"findings\": [" + String.format(f, "x1", "level1-short", "效益指标 只评价了 2 类", "效益指标")
                .replace("}", ", \"baselined\": true}") + "," + b1 + "]}", FindingsDocument.class);
        FindingsDocument now2 = read("{\"findings\": [" + note + "," + String.format(f, "y2", "", "缺少 产出指标/时效指标（新）", "产出指标/时效指标")
                + "]}", FindingsDocument.class);
        ScoreDiff.Result r2 = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), base2, now2);
        assertEquals(1, r2.changedFindings().size());
        assertEquals(java.util.List.of("n1"), r2.baselineResolved().stream().map(ReportModel.FindingRecord::fingerprint).toList());
    }

    /**
     * Review E (session 25): the survey figure changed (95 → 85), and with it the list of satisfaction indicators that
     * report less. The list is a detail the rule joined (its message marks it a list), so this is one changed finding,
     * and the baselined one's stale note is no resolution; a different subject (another key) still stays apart.
     */
    @Test
    void aFindingWhoseListChangedIsChanged() throws Exception {
        String f = "{\"fingerprint\": \"%s\", \"rule\": \"satisfaction-evidence-mismatch\", \"severity\": \"warning\","
                + " \"file\": \"submission/management.json\", \"line\": 88, \"pointer\": \"/satisfaction/surveyPercent\","
                + " \"message\": \"m\", \"args\": [\"%s\", \"以上\", \"14\", \"%s\", \"80%%\", \"%s\"]%s}";
        FindingsDocument before = read("{\"findings\": [" + String.format(f, "s1", "95", "10", "“受支持企业满意度”、“高交会参展项目满意度”",
                ", \"baselined\": true") + "]}", FindingsDocument.class);
        String note = staleNote("satisfaction-evidence-mismatch", "submission/management.json", "/satisfaction/surveyPercent");
        FindingsDocument after = read("{\"findings\": [" + note + "," + String.format(f, "s2", "85", "3", "“受支持企业满意度”", "") + "]}",
                FindingsDocument.class);
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after);
        assertEquals(1, r.changedFindings().size(), r.toString());
        assertEquals(java.util.List.of(), r.newFindings());
        assertEquals(java.util.List.of(), r.resolvedFindings());
        assertEquals(java.util.List.of(), r.baselineResolved(), "the problem is still there, its figures changed");
    }

    /** diff.md in Chinese says 警告, not "warning"; a long message (a formula) is never cut; hostile text is inert. */
    @Test
    void markdownIsLocalisedWholeAndEscaped() throws Exception {
        String formula = "Q1 min(1, 24.48% / 25%) × 1 = 0.9792；".repeat(12) + "合计 5.47";
        FindingsDocument before = read("{\"findings\": []}", FindingsDocument.class);
        FindingsDocument after = read("{\"findings\": [{\"fingerprint\": \"c\", \"rule\": \"score-claim-mismatch\", \"severity\": \"warning\","
                + "\"file\": \"submission/a|b.json\", \"line\": 12, \"message\": \"" + formula + " <img src=x> @admin [x](javascript:1)\\n# h\"}]}",
                FindingsDocument.class);
        ScoreDiff.Result r = ScoreDiff.compare(summary("1", "1"), summary("1", "1"), before, after);
        String zh = ScoreDiff.markdown(r, new Messages(Messages.ZH));
        assertTrue(zh.contains("- 警告 `score-claim-mismatch` submission/a\\|b.json:12 — "), zh);
        assertFalse(zh.contains("warning"), zh);
        assertTrue(zh.contains("合计 5.47"), "the formula is whole: " + zh);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<img").matcher(zh).find(), zh);
        assertFalse(zh.contains("@admin"), zh);
        assertFalse(zh.contains("\n# h"), zh);
        String en = ScoreDiff.markdown(r, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("- warning `score-claim-mismatch`"), en);
        // an empty section says so, as an unchanged score does, instead of a heading over nothing
        assertTrue(zh.contains("### 已解决的问题（0）\n\n无。\n"), zh);
        assertTrue(en.endsWith("(0)\n\nNone.\n"), en);
        assertFalse(zh.contains("### 新出现的问题（1）\n\n无。"), zh);

        ScoreDiff.Links links = ScoreDiff.Links.of(null, null,
                Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "org/repo", "GITHUB_SHA", "abc123"));
        String linked = ScoreDiff.markdown(r, new Messages(Messages.ZH), links);
        assertTrue(linked.contains("[submission/a\\|b.json:12](https://github.com/org/repo/blob/abc123/submission/a%7Cb.json#L12)"), linked);
        assertFalse(ScoreDiff.Links.of("javascript:alert(1)", "x", Map.of()).known(), "only https URLs");
        assertFalse(ScoreDiff.Links.of("https://x.org/a)b", "x", Map.of()).known());
        assertFalse(ScoreDiff.Links.of("https://x.org/a", "../../x", Map.of()).known());
        assertTrue(ScoreDiff.Links.of("https://gitlab.example.org/g/p", "main", Map.of()).known());
    }

    @Test
    void aMalformedSummaryIsAnErrorNamingTheFile() throws Exception {
        Path f = tmp.resolve("score-summary.json");
        Files.writeString(f, "{\"total\": 96.15, \"criteria\": [");
        ReportModel.MalformedReportException e = assertThrows(ReportModel.MalformedReportException.class,
                () -> ReportModel.read(f, SummaryDocument.class));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        Files.writeString(f, "{\"total\": \"abc\"}");
        assertThrows(ReportModel.MalformedReportException.class, () -> ReportModel.read(f, SummaryDocument.class));
        Files.writeString(f, "[1, 2]");
        assertThrows(ReportModel.MalformedReportException.class, () -> ReportModel.read(f, SummaryDocument.class));
    }

    @Test
    void signs() {
        assertEquals("+0.10", ScoreDiff.signed(new BigDecimal("0.1")));
        assertEquals("−0.19", ScoreDiff.signed(new BigDecimal("-0.19")));
        assertEquals("0.00", ScoreDiff.signed(BigDecimal.ZERO));
    }
}
