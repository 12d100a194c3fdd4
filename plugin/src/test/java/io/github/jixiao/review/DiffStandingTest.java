package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportFormats;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Snippets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A reviewer's round on a real table (稷山 2021, t53: 41 findings, all put in the baseline, as jixiao:baseline does when
 * the department adopts jixiao), then a pull request. diff.md must say where each finding stands, since only the open
 * ones count toward the check: a finding the baseline held whose figures the pull request changed (居民健康档案
 * 37442 → 37000 人: its score-ignores-missed-target error) is no longer held by the baseline, and the check now fails on
 * it, while diff.md listed it as merely "changed", below a console line of "0 new errors"; a new finding the pull
 * request suppresses in the same change shows its reason.
 */
class DiffStandingTest {
    @TempDir
    Path tmp;

    private Path project;

    @BeforeEach
    void copy() throws Exception {
        Path table = Path.of(DiffStandingTest.class.getResource("/real-tables/t53-jishan-gongwei-2021").toURI());
        project = tmp.resolve("dept");
        Files.createDirectories(project.resolve("submission"));
        try (var files = Files.list(table.resolve("submission"))) {
            for (Path f : files.toList()) {
                Files.copy(f, project.resolve("submission").resolve(f.getFileName()));
            }
        }
        Files.copy(table.resolve("mof-project-2020-jishan-gongwei-2021.json"), project.resolve("mof-project-2020-jishan-gongwei-2021.json"));   // the framework beside the table (partial: the copy is cut)
    }

    /** The check's reports of the project as it is now, with its baseline and suppressions (if any), into {@code out}. */
    private Path check(String out) throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Review review = Review.of(r.findings(), Suppressions.load(project, project.resolve("jixiao-suppressions.json")),
                Baseline.load(project, project.resolve("jixiao-baseline.json")), r.rules());
        Path dir = Files.createDirectories(tmp.resolve(out));
        ReportWriter.write(dir, r.withFindings(review.findings()), review.suppressed(), review.baselined(), new Messages(Messages.ZH),
                DiffLanguageTest.META, Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        return dir;
    }

    private void baseline() throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Files.writeString(project.resolve("jixiao-baseline.json"), Baseline.render(r.findings()), StandardCharsets.UTF_8);
    }

    private void editIndicators(Consumer<JsonNode> edit) throws Exception {
        Path f = project.resolve("submission/indicators.json");
        JsonNode root = Json.mapper().readTree(Files.readString(f));
        edit.accept(root.path("indicators"));
        Files.writeString(f, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
    }

    private static String md(ScoreDiff.Result d, Messages m) {
        return ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
    }

    @Test
    void aChangedFindingTheBaselineNoLongerHoldsIsSaidToCount() throws Exception {
        baseline();
        Path base = check("base");
        editIndicators(ind -> ((ObjectNode) ind.get(0)).put("actual", "37000人"));
        Path now = check("now");
        ScoreDiff.Result d = DiffLanguageTest.compare(base, now);
        ScoreDiff.Changed ignored = d.changedFindings().stream().filter(c -> c.after().rule().equals("score-ignores-missed-target"))
                .findFirst().orElseThrow();
        assertTrue(ignored.before().inBaseline() && !ignored.after().inBaseline(), "the check counts it now");
        String md = md(d, new Messages(Messages.ZH));
        String line = md.lines().filter(l -> l.contains("`score-ignores-missed-target`")).findFirst().orElseThrow();
        assertTrue(line.endsWith("（之前在基线中；改变后基线不再覆盖，计入检查结果）"), line);
        String en = md(d, new Messages(java.util.Locale.ENGLISH));
        assertTrue(en.contains("(in the baseline before; changed, the baseline no longer holds it: the check counts it)"), en);
        // the console says it apart from the new findings (none here), as a warning: the check now fails on them
        assertEquals(0, d.newFindings().size() + d.raisedFindings().size(), d.newFindings().toString());
        io.github.jixiao.report.ConsoleReport.Line line2 = ScoreDiff.leftBaselineLine(d, new Messages(Messages.ZH), Path.of("diff.md"));
        assertEquals(io.github.jixiao.finding.Severity.WARNING, line2.level());
        // 居民健康档案's miss at its full score (one error since session 48, the miss's warning folded into it:
        // Engine.missedAtFullOnce); the total's score-weights error (48.30 → 48.26) until session 51, when the cut copy's
        // framework became partial (its note has no figure to change)
        assertEquals(java.util.List.of("score-ignores-missed-target"),
                d.changedFindings().stream().filter(ScoreDiff::leftBaseline).map(c -> c.after().rule()).toList());
        assertTrue(line2.text().startsWith("jixiao：1 个改变的问题（错误 1 个、警告 0 个、提示 0 个）原在基线中，改变后基线不再覆盖"), line2.text());
    }

    @Test
    void aNewFindingThePullRequestSuppressesShowsItsReason() throws Exception {
        baseline();
        Path base = check("base");
        // 指标6 举办健康教育宣传咨询活动 12 次 → 10 次: a new miss at full points (said by score-ignores-missed-target alone
        // since session 48), suppressed in the same change
        editIndicators(ind -> ((ObjectNode) ind.get(2)).put("actual", "10次"));
        Files.writeString(project.resolve("jixiao-suppressions.json"), """
                {"suppressions": [{"rule": "score-ignores-missed-target", "file": "submission/indicators.json",
                  "name": "指标6:举办健康教育宣传咨询活动", "reason": "疫情期间停办两次，经卫健局同意"}]}""", StandardCharsets.UTF_8);
        Path now = check("now");
        ScoreDiff.Result d = DiffLanguageTest.compare(base, now);
        assertTrue(d.newFindings().stream().anyMatch(f -> f.rule().equals("score-ignores-missed-target") && f.suppressed() != null),
                d.newFindings().toString());
        String md = md(d, new Messages(Messages.ZH));
        String line = md.lines().filter(l -> l.contains("`score-ignores-missed-target`") && l.contains("指标6")).findFirst().orElseThrow();
        assertTrue(line.contains(" （已豁免：疫情期间停办两次，经卫健局同意） — "), line);
        // the findings the baseline holds are tagged so where they are listed (a resolved one: as the base had it)
        assertTrue(md.contains("`indicator-target-far-exceeded` submission/indicators.json:7 （基线） — "), md);
        assertEquals(1, md.split("已豁免：", -1).length - 1, md);
    }

    /**
     * A pull request that writes a suppression for a finding the base had open (here one the baseline held: 年度总体目标
     * "国家基本公共卫生服务" is only the project's name) changed nothing diff.md listed: the finding is neither new nor
     * changed. ci.md promises that the diff shows each new suppression to the reviewer: it is listed under 本次新豁免的问题
     * with its reason, in diff.json's suppressedFindings, and a console line counts them.
     */
    @Test
    void aSuppressionThePullRequestWritesIsShown() throws Exception {
        baseline();
        Path base = check("base");
        Files.writeString(project.resolve("jixiao-suppressions.json"), """
                {"suppressions": [{"rule": "overall-goal-not-a-goal", "file": "submission/department.json",
                  "pointer": "/overallGoals/expected/0", "reason": "总体目标以项目实施方案为准"}]}""", StandardCharsets.UTF_8);
        Path now = check("now");
        ScoreDiff.Result d = DiffLanguageTest.compare(base, now);
        assertEquals(java.util.List.of(), d.newFindings());
        assertEquals(java.util.List.of(), d.changedFindings());
        assertEquals(1, d.suppressedFindings().size(), d.suppressedFindings().toString());
        assertEquals("/overallGoals/expected/0", d.suppressedFindings().get(0).pointer());
        String md = md(d, new Messages(Messages.ZH));
        String section = md.substring(md.indexOf("### 本次新豁免的问题（1）"), md.indexOf("### 改变的问题"));
        assertTrue(section.contains("- 警告 `overall-goal-not-a-goal` submission/department.json:16 （已豁免：总体目标以项目实施方案为准） — "), section);
        assertTrue(md(d, new Messages(java.util.Locale.ENGLISH)).contains("### Findings suppressed by this change (1)"));
        assertEquals("总体目标以项目实施方案为准",
                Json.mapper().readTree(ScoreDiff.json(d)).at("/suppressedFindings/0/suppressed").asString());
        io.github.jixiao.report.ConsoleReport.Line line = ScoreDiff.suppressedLine(d, new Messages(Messages.ZH), Path.of("diff.md"));
        assertEquals(io.github.jixiao.finding.Severity.WARNING, line.level());
        assertTrue(line.text().startsWith("jixiao：1 个原来未豁免的问题现在被豁免（错误 0 个、警告 1 个、提示 0 个）"), line.text());
        // without a suppression added, no such section, and no line
        ScoreDiff.Result same = DiffLanguageTest.compare(base, base);
        assertEquals(java.util.List.of(), same.suppressedFindings());
        assertTrue(!md(same, new Messages(Messages.ZH)).contains("本次新豁免"));
        assertEquals(null, ScoreDiff.suppressedLine(same, new Messages(Messages.ZH), Path.of("diff.md")));
    }

    /**
     * The other way round: the base suppresses a finding, the pull request deletes the suppression. The finding counts again
     * (the check fails on it) but diff.md listed it nowhere: it is neither new nor changed. It is now listed under 本次取消豁免的问题
     * beside the suppressions added, with the rule and the reason removed, in diff.json's unsuppressedFindings (before: the
     * base's side with its reason), and a console line counts them; so is one whose figures changed in the same change.
     */
    @Test
    void aSuppressionThePullRequestRemovesIsShown() throws Exception {
        Files.writeString(project.resolve("jixiao-suppressions.json"), """
                {"suppressions": [{"rule": "overall-goal-not-a-goal", "file": "submission/department.json",
                  "pointer": "/overallGoals/expected/0", "reason": "总体目标以项目实施方案为准"},
                  {"rule": "score-ignores-missed-target", "file": "submission/indicators.json",
                  "name": "指标1:居民健康档案", "reason": "按卫健局口径计满分"}]}""", StandardCharsets.UTF_8);
        Path base = check("base");
        Files.delete(project.resolve("jixiao-suppressions.json"));
        editIndicators(ind -> ((ObjectNode) ind.get(0)).put("actual", "37000人"));
        Path now = check("now");
        ScoreDiff.Result d = DiffLanguageTest.compare(base, now);
        assertEquals(java.util.List.of(), d.suppressedFindings());
        assertEquals(java.util.List.of("overall-goal-not-a-goal", "score-ignores-missed-target"),
                d.unsuppressedFindings().stream().map(c -> c.after().rule()).sorted().toList(), d.unsuppressedFindings().toString());
        String md = md(d, new Messages(Messages.ZH));
        int at = md.indexOf("### 本次取消豁免的问题（2）");
        assertTrue(at > 0, md);
        String section = md.substring(at, md.indexOf("### 改变的问题"));
        assertTrue(section.contains("- 警告 `overall-goal-not-a-goal` submission/department.json:16 — 取消豁免：`overall-goal-not-a-goal`"
                + "（原豁免理由：总体目标以项目实施方案为准）：年度总体目标"), section);
        assertTrue(section.contains("（原豁免理由：按卫健局口径计满分）："), section);
        String en = md(d, new Messages(java.util.Locale.ENGLISH));
        assertTrue(en.contains("### Suppressions removed by this change (2)")
                && en.contains(" — suppression removed: `overall-goal-not-a-goal` (its reason: 总体目标以项目实施方案为准): "), en);
        JsonNode json = Json.mapper().readTree(ScoreDiff.json(d));
        java.util.List<String> reasons = new java.util.ArrayList<>();
        json.at("/unsuppressedFindings").forEach(c -> {
            reasons.add(c.at("/before/suppressed").asString());
            assertTrue(c.at("/after/suppressed").isMissingNode(), c.toString());
        });
        assertEquals(java.util.List.of("总体目标以项目实施方案为准", "按卫健局口径计满分"), reasons.stream().sorted().toList());
        io.github.jixiao.report.ConsoleReport.Line line = ScoreDiff.unsuppressedLine(d, new Messages(Messages.ZH), Path.of("diff.md"));
        assertEquals(io.github.jixiao.finding.Severity.WARNING, line.level());
        assertTrue(line.text().startsWith("jixiao：2 个原来已豁免的问题现在不再豁免，重新计入（错误 1 个、警告 1 个、提示 0 个）"), line.text());
        // nothing removed: no section, no line, an empty list in diff.json
        ScoreDiff.Result same = DiffLanguageTest.compare(base, base);
        assertEquals(java.util.List.of(), same.unsuppressedFindings());
        assertTrue(!md(same, new Messages(Messages.ZH)).contains("取消豁免"));
        assertEquals(null, ScoreDiff.unsuppressedLine(same, new Messages(Messages.ZH), Path.of("diff.md")));
    }

    /**
     * A pull request that changes a row's figures and, in the same change, suppresses the finding the base had open there
     * (居民健康档案 37442 → 37000 人: its score-ignores-missed-target error, the score it should have moved, suppressed by
     * name): the finding is "changed", not the same fingerprint, so it was left out of 本次新豁免的问题 and of the console's
     * suppressions line, and the check passed on an error the base failed on with only a tag on a changed line to say so
     * (review R2). Such a finding is now a suppression this change writes, as one of the same fingerprint is.
     */
    @Test
    void aFindingChangedAndSuppressedInOneChangeIsANewSuppression() throws Exception {
        Path base = check("base");
        editIndicators(ind -> ((ObjectNode) ind.get(0)).put("actual", "37000人"));
        Files.writeString(project.resolve("jixiao-suppressions.json"), """
                {"suppressions": [{"rule": "score-ignores-missed-target", "file": "submission/indicators.json",
                  "name": "指标1:居民健康档案", "reason": "按卫健局口径计满分"}]}""", StandardCharsets.UTF_8);
        Path now = check("now");
        ScoreDiff.Result d = DiffLanguageTest.compare(base, now);
        assertTrue(d.changedFindings().stream().anyMatch(c -> c.after().rule().equals("score-ignores-missed-target")
                && c.before().suppressed() == null && c.after().suppressed() != null), d.changedFindings().toString());
        assertEquals(java.util.List.of("score-ignores-missed-target"), d.suppressedFindings().stream().map(f -> f.rule()).toList());
        String md = md(d, new Messages(Messages.ZH));
        assertTrue(md.contains("### 本次新豁免的问题（1）"), md);
        io.github.jixiao.report.ConsoleReport.Line line = ScoreDiff.suppressedLine(d, new Messages(Messages.ZH), Path.of("diff.md"));
        assertTrue(line != null && line.text().startsWith("jixiao：1 个原来未豁免的问题现在被豁免（错误 1 个、警告 0 个、提示 0 个）"),
                String.valueOf(line));
        assertEquals(io.github.jixiao.finding.Severity.WARNING, line.level());
    }

    /**
     * With the repository known (GitHub Actions), diff.md links each finding to its file and line at this revision. A
     * resolved finding's line is the base's, though: 早孕建册数 met (120 人), its row's miss resolved at the base's line,
     * was linked to the pull request's file at that line, another row once rows move. It is named, not linked; this run's
     * findings are still linked. The console's line leaves out the raised ones when there are none.
     */
    @Test
    void aResolvedFindingIsNotLinkedToThisRevisionsLine() throws Exception {
        Path base = check("base");
        editIndicators(ind -> ((ObjectNode) ind.get(10)).put("actual", "120人"));
        Path now = check("now");
        ScoreDiff.Result d = DiffLanguageTest.compare(base, now);
        assertTrue(d.resolvedFindings().stream().anyMatch(f -> f.rule().equals("indicator-target-missed")), d.resolvedFindings().toString());
        ScoreDiff.Links links = ScoreDiff.Links.of(null, null,
                java.util.Map.of("GITHUB_REPOSITORY", "org/dept", "GITHUB_SHA", "abc123"));
        Messages m = new Messages(Messages.ZH);
        String md = ScoreDiff.markdown(d, m, links, FrameworkNames.of(d.frameworkId(), m));
        String resolved = md.substring(md.indexOf("### 已解决的问题"));
        assertTrue(resolved.contains("`indicator-target-missed` submission/indicators.json:"), resolved);
        assertTrue(!resolved.contains("](https://"), resolved);
        // this run's findings are linked
        assertTrue(md.substring(md.indexOf("### 新出现的问题"), md.indexOf("### 已解决的问题"))
                .contains("](https://github.com/org/dept/blob/abc123/submission/indicators.json#L"), md);
        String line = ScoreDiff.findingsLine(d, m, Path.of("diff.md")).text();
        // the row's 1 of 2 beside the miss (marked down further than 69 / 120 gives) is said by the miss's own finding since
        // session 49 (bare-deducted-below: Engine.missedClaimOnce); the target met and the score still marked down, the
        // scorer's indicator-below is new (a warning), and nothing is raised (until session 49: its note raised to a warning)
        assertEquals(java.util.List.of(), d.raisedFindings().stream()
                .map(c -> c.after().rule() + " " + c.after().pointer() + " " + c.before().severity() + " → " + c.after().severity()).toList());
        assertTrue(d.newFindings().stream().anyMatch(f -> f.rule().equals("score-claim-mismatch") && f.pointer().equals("/indicators/10/score")),
                d.newFindings().toString());
        assertTrue(line.startsWith("jixiao：新出现的问题 ") && line.contains("已解决 1 个"), line);
    }
}
