package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Findings;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person reads on the console: findings grouped by file, sorted by line, with severity, rule id
 * and message; many findings of one rule in one file summarised; the score and the largest losses last.
 */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** How many findings of one rule in one file are shown before the rest are summarised. */
    public static final int SHOWN_PER_RULE_AND_FILE = 5;

    /** A console line and the level to log it at; its text is made safe for a CI log ({@link Escape#console}). */
    public record Line(Severity level, String text) {
        public Line {
            text = Escape.console(text);
        }
    }

    public static List<Line> render(List<Finding> findings, ScoreSheet sheet, Messages m, int files) {
        return render(findings, sheet, m, files, java.util.Map.of(), java.util.Set.of());
    }

    /**
     * As above, with suppressed and baselined findings marked as such, shown at info level (they do not fail
     * the build) and left out of the error and warning counts.
     */
    public static List<Line> render(List<Finding> findings, ScoreSheet sheet, Messages m, int files,
                                    java.util.Map<Finding, String> suppressed, java.util.Set<Finding> baselined) {
        return render(findings, sheet, m, files, suppressed, baselined, Cells.none());
    }

    /** As above; a finding on imported data also names its workbook cell. */
    public static List<Line> render(List<Finding> findings, ScoreSheet sheet, Messages messages, int files,
                                    java.util.Map<Finding, String> suppressed, java.util.Set<Finding> baselined, Cells cells) {
        List<Line> out = findingLines(findings, sheet, messages, files, suppressed, baselined, cells);
        if (sheet != null) {
            out.addAll(scoreLines(sheet, messages.forSheet(sheet)));
        }
        return out;
    }

    /**
     * The findings by file and the totals line, without the score: {@code check} says where the reports went between
     * them and the score. {@code sheet} (null when nothing was scored) only names things: in English a finding's
     * criterion or figure reads in the framework's English, as in the other reports.
     */
    public static List<Line> findingLines(List<Finding> findings, ScoreSheet sheet, Messages messages, int files,
                                          java.util.Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                                          Cells cells) {
        return findingLines(findings, sheet, messages, files, suppressed, baselined, cells,
                java.nio.file.Path.of("target", "jixiao", ReportWriter.SUMMARY_HTML),
                java.nio.file.Path.of("target", "jixiao", ReportWriter.FINDINGS_JSON));
    }

    /**
     * As above, where a file's findings beyond {@link #SHOWN_PER_RULE_AND_FILE} of a rule are summarised with the
     * files that list them all, as written: {@code page} (score-summary.html; null when the run does not write it)
     * and {@code findingsJson}.
     */
    public static List<Line> findingLines(List<Finding> findings, ScoreSheet sheet, Messages messages, int files,
                                          java.util.Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                                          Cells cells, java.nio.file.Path page, java.nio.file.Path findingsJson) {
        return findingLines(findings, sheet, messages, files, suppressed, baselined, Map.of(), cells, page, findingsJson);
    }

    /**
     * As above; {@code raised} are the findings the baseline accepted at a lower severity than this run gives them (with
     * that severity): open, each tagged "（基线中为警告，已升为错误）", and a line after the totals says how many.
     */
    public static List<Line> findingLines(List<Finding> findings, ScoreSheet sheet, Messages messages, int files,
                                          java.util.Map<Finding, String> suppressed, java.util.Set<Finding> baselined,
                                          Map<Finding, Severity> raised, Cells cells, java.nio.file.Path page,
                                          java.nio.file.Path findingsJson) {
        Messages m = messages.forSheet(sheet).withCells(cells);
        List<Line> out = new ArrayList<>();
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : Findings.sorted(findings)) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            List<Finding> list = e.getValue();
            // the header is as loud as the file's open findings: suppressed and baselined ones do not fail the build
            Severity worst = list.stream().filter(f -> !suppressed.containsKey(f) && !baselined.contains(f))
                    .map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
            out.add(new Line(worst, m.label("console.file", e.getKey().isEmpty() ? m.label("console.noFile") : e.getKey())));
            Map<String, Integer> shown = new LinkedHashMap<>();
            Map<String, Integer> hidden = new LinkedHashMap<>();
            for (Finding f : list) {
                int n = shown.merge(f.ruleId(), 1, Integer::sum);
                if (n > SHOWN_PER_RULE_AND_FILE) {
                    hidden.merge(f.ruleId(), 1, Integer::sum);
                    continue;
                }
                String tag = tag(f, suppressed, baselined, m, " ", "");
                Severity level = tag.isEmpty() ? f.severity() : Severity.INFO;
                if (tag.isEmpty() && raised.containsKey(f)) { // open: at its own level
                    tag = " " + raisedTag(f, raised.get(f), m);
                }
                String cell = cells.of(f, m);
                String at = cell == null ? "" : ScoreSummary.cellAfter(cell, m); // as 所用数据 writes it
                out.add(new Line(level, "  " + location(f, m) + at + " " + m.label("severity." + f.severity().id()) + tag
                        + " [" + f.ruleId() + "] " + Escape.cut(m.message(f), Escape.MAX_MESSAGE)));
            }
            hidden.forEach((rule, n) -> out.add(new Line(Severity.INFO, "  " + (page != null
                    ? m.label("console.more", n, rule, page, findingsJson)
                    : m.label("console.moreNoPage", n, rule, findingsJson)))));
        }
        out.add(summary(findings, m, files, suppressed, baselined));
        Line up = raisedLine(findings, suppressed, raised, m);
        if (up != null) {
            out.add(up);
        }
        return out;
    }

    /** "（自基线以来升级：警告 → 错误）": the tag of a finding the baseline accepted at {@code accepted}, raised since. */
    public static String raisedTag(Finding f, Severity accepted, Messages m) {
        return m.label("console.tagRaised", m.label("severity." + accepted.id()), m.label("severity." + f.severity().id()));
    }

    /**
     * The line after the totals on the findings the baseline accepted at a lower severity (a rule raised since): they
     * count, and the line says how many of each change ("警告 → 错误 1 个"), at the level of the highest among them;
     * null where there is none (a suppressed one is not counted, so not said).
     */
    public static Line raisedLine(List<Finding> findings, Map<Finding, String> suppressed, Map<Finding, Severity> raised, Messages m) {
        Map<String, Integer> byChange = new java.util.TreeMap<>();
        Map<String, String> text = new java.util.HashMap<>();
        Severity worst = Severity.INFO;
        int n = 0;
        for (Finding f : findings) {
            Severity was = raised.get(f);
            if (was == null || suppressed.containsKey(f)) {
                continue;
            }
            n++;
            worst = f.severity().atLeast(worst) ? f.severity() : worst;
            // ordered by the severity now, then before (错误 first), whatever the language
            String key = f.severity().ordinal() + "" + was.ordinal();
            byChange.merge(key, 1, Integer::sum);
            text.putIfAbsent(key, m.label("console.raised.change", m.label("severity." + was.id()), m.label("severity." + f.severity().id())));
        }
        if (n == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        byChange.forEach((k, c) -> parts.add(m.label("console.raised.count", text.get(k), c)));
        return new Line(worst, m.label("console.raised", n, String.join(m.label("console.setAside.separator"), parts)));
    }

    /**
     * The totals line: open (neither suppressed nor baselined) errors, warnings and notes, and the files checked; where
     * the baseline or the suppressions hold some back, the same line says how many and of which severity, so that "0 个错误、
     * 0 个警告" with 37 in the baseline does not read as none at all (a finding both suppressed and baselined counted as
     * suppressed, as the page's verdict counts it).
     */
    public static Line summary(List<Finding> findings, Messages m, int files, java.util.Map<Finding, String> suppressed,
                               java.util.Set<Finding> baselined) {
        List<Finding> open = findings.stream().filter(f -> !suppressed.containsKey(f) && !baselined.contains(f)).toList();
        List<Finding> held = findings.stream().filter(f -> !suppressed.containsKey(f) && baselined.contains(f)).toList();
        List<Finding> waived = findings.stream().filter(suppressed::containsKey).toList();
        if (held.isEmpty() && waived.isEmpty()) {
            return new Line(Severity.INFO, m.label("console.summary",
                    Findings.count(open, Severity.ERROR), Findings.count(open, Severity.WARNING),
                    Findings.count(open, Severity.INFO), files));
        }
        List<String> apart = new ArrayList<>();
        if (!held.isEmpty()) {
            apart.add(setAside("console.setAside.baselined", held, m));
        }
        if (!waived.isEmpty()) {
            apart.add(setAside("console.setAside.suppressed", waived, m));
        }
        return new Line(Severity.INFO, m.label("console.summary.setAside",
                Findings.count(open, Severity.ERROR), Findings.count(open, Severity.WARNING),
                Findings.count(open, Severity.INFO), files, String.join(m.label("console.setAside.separator"), apart)));
    }

    /** "基线中的 37 个（错误 2 个、警告 30 个、提示 5 个）": how many {@code findings} and of which severity. */
    private static String setAside(String key, List<Finding> findings, Messages m) {
        return m.label(key, findings.size(), Findings.count(findings, Severity.ERROR), Findings.count(findings, Severity.WARNING),
                Findings.count(findings, Severity.INFO));
    }

    static String location(Finding f, Messages m) {
        if (f.line() <= 0) {
            return f.pointer().isEmpty() ? "" : f.pointer();
        }
        return f.line() + ":" + f.column();
    }

    /** What was checked: the department, its year and, for a project table, the project's name. */
    public static Line subjectLine(String department, Integer year, String project, Messages m) {
        String who = Escape.value(department == null ? "" : department) + (year == null ? "" : " " + year);
        if (project != null && !project.isBlank()) {
            return new Line(Severity.INFO, m.label("console.subject.project", who, Escape.value(project)));
        }
        return new Line(Severity.INFO, m.label("console.subject", who));
    }

    /**
     * What the console says in place of the score where there is none: why (at 目标申报 and 运行监控 the score is a year-end
     * figure; at 自评 the submission could not be scored), as the page's verdict says it; then, at 运行监控, the execution
     * to date ({@link #monitoringLines}).
     */
    public static List<Line> unscoredLines(io.github.jixiao.engine.EngineResult result, Messages m) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(Severity.INFO, notScored(result, m)));
        out.addAll(monitoringLines(result, m));
        return out;
    }

    /** Why a run has no score, as a line the console prints after the findings ({@link #unscoredLines}) says it. */
    public static String notScored(io.github.jixiao.engine.EngineResult result, Messages m) {
        String why = ScoreSummary.notScored(result, m);
        // at 自评 the reasons are the findings, which the console has printed above this line, not below it as on the page
        return why.equals(m.label("summary.notScored")) ? m.label("console.notScored") : why;
    }

    /**
     * A monitoring submission's execution to date in one line (nothing is scored mid-year): the total row's 执行进度
     * beside the 序时进度, as the page's 运行监控情况 gives them, saying where the month was read from the title; empty when
     * the submission shows no rate.
     */
    public static List<Line> monitoringLines(io.github.jixiao.engine.EngineResult result, Messages m) {
        Monitoring mon = Monitoring.of(result, m);
        if (mon == null || mon.progress().isEmpty()) {
            return List.of();
        }
        // a month read from the title (no funds.toDateMonth) is said, as the page says it, for the reviewer to check
        return List.of(new Line(Severity.INFO, mon.elapsed().isEmpty() ? m.label("console.monitoring", mon.progress())
                : m.label(mon.monthNote().isEmpty() ? "console.monitoring.elapsed" : "console.monitoring.elapsedTitle",
                        mon.progress(), mon.elapsed())));
    }

    /** How many of an indicator block's rows that lost points its console line names. */
    static final int LOST_ITEMS_SHOWN = 2;

    /** The rows of an indicator block that lost points, the largest loss first (then in table order). */
    static List<CriterionScore> lostItems(CriterionScore c) {
        return c.items().stream().filter(it -> it.loss().signum() > 0)
                .sorted(Comparator.comparing(CriterionScore::loss).reversed()).toList();
    }

    /**
     * The department's own score after the formula when it differs from the computed one ("；自评 98"), as the page and
     * the Markdown give it; nothing for a score assessed by the department (its explanation is the department's own).
     */
    static String claimed(CriterionScore c, Messages m) {
        if (c.claimed() == null || c.claimed().compareTo(c.score()) == 0 || "assessed".equals(c.method())) {
            return "";
        }
        return m.label("punct.semicolon") + m.label("summary.claimed", c.claimed().toPlainString());
    }

    /**
     * A criterion's explanation as a console line gives it: a score the department assessed quotes its reason, whole in
     * every report but cut here at {@link Escape#MAX_VALUE} characters with "…", as README says of long values.
     */
    static String shown(CriterionScore c) {
        return "assessed".equals(c.method()) ? Escape.cut(c.explanation(), Escape.MAX_VALUE) : c.explanation();
    }

    /**
     * The key of an ungraded score line: {@code console.score.ungraded.<reason>} ({@link ScoreSummary#ungraded(ScoreSheet)}).
     * Where nothing in the table is scorable ({@link ScoreSheet#nothingScorable()}: its criteria weigh 0 points) the line
     * has no fraction, "得分：不计分（…）": {@code unpointedNone}'s own (t44, t98: that reason is only ever of such a table),
     * else {@code console.score.notScored} (since session 56; "得分：0.00 / 0.00，不评定：…" before, audit s55 A10 row C3).
     */
    static String ungradedKey(ScoreSheet sheet) {
        String why = ScoreSummary.ungraded(sheet);
        return !sheet.nothingScorable() || "unpointedNone".equals(why) || "unpointedUnscored".equals(why) ? "console.score.ungraded." + why : "console.score.notScored";
    }

    /**
     * The total, the grade and the three largest point losses with their reasons; for a block of indicators scored by
     * their own 分值 (the national 自评表), the rows that lost points, each with its reason.
     */
    public static List<Line> scoreLines(ScoreSheet sheet, Messages m) {
        List<Line> out = new ArrayList<>();
        FrameworkNames names = FrameworkNames.of(sheet, m); // English names with -Djixiao.locale=en
        // points with two decimals, as the reports print them (score-summary.md's 综合评分 96.15 / 100.00): the total's base
        // was "/ 100" here and a criterion's "/ 10" or "/ 10.00" as the framework wrote it (before session 28); the
        // sentence that the weights add up to another base says it as the grade of the reports does (分值合计 90 分)
        String weight = ScoreSummary.text(sheet.weight());
        // no grade: said as a sentence, not as a grade in brackets ("（不评定（分值合计 90 分，不是 100 分））"), with the reason
        // the reports give (ScoreSummary.ungraded)
        out.add(new Line(Severity.INFO, sheet.graded()
                ? m.label("console.score", ScoreSummary.text(sheet.total()), weight, ScoreSummary.grade(sheet, names, m),
                        Escape.value(sheet.frameworkId()), Escape.value(sheet.frameworkVersion()))
                : m.label(ungradedKey(sheet), ScoreSummary.text(sheet.total()), weight,
                        Escape.value(sheet.frameworkId()), Escape.value(sheet.frameworkVersion()),
                        sheet.weight().stripTrailingZeros().toPlainString())));
        // a project's framework file that extends a built-in: the built-in named after the file's id, as the summaries name
        // it (summary.frameworkBase; until session 53 the console gave the file's id alone); where the file states another
        // kind than the built-in's, that too (frameworkBaseKind: a project form's built-in scoring a department, since
        // session 56 said here as the summaries say it)
        if (sheet.frameworkBase() != null) {
            Line score = out.remove(out.size() - 1);
            String kind = sheet.frameworkBaseKind() == null ? "console.frameworkBase"
                    : "console.frameworkBaseKind." + ("department".equals(sheet.frameworkBaseKind()) ? "project" : "department");
            out.add(new Line(score.level(), score.text() + m.label(kind, Escape.value(sheet.frameworkBase()),
                    Escape.value(sheet.frameworkBaseVersion() == null ? "" : sheet.frameworkBaseVersion()))));
        }
        // the 复核总分 (reviewed total) and its grade where the submission gives one: the 复核分 stands
        // (score-reviewed-differs: 以复核分为准); or why there is none while a 复核分 lies outside its points
        // (after the score line's own text: the line without a 复核分 is as it was)
        String reviewed = ScoreSummary.reviewedTotal(sheet, names, m);
        if (reviewed != null) {
            Line score = out.remove(out.size() - 1);
            out.add(new Line(score.level(), score.text() + m.label("punct.semicolon") + Escape.clean(reviewed)));
        }
        // a grade a finding doubts (grade-unsupported: t83 四川 普惠金融's 100 on 52.79 % executed) is 暂定 above, and why is
        // said here, as the summaries say it under the verdict (since session 57)
        String doubt = ScoreSummary.gradeDoubt(sheet, names, m);
        if (doubt != null) {
            Line score = out.remove(out.size() - 1);
            out.add(new Line(score.level(), score.text() + m.label("punct.semicolon") + Escape.clean(doubt)));
        }
        List<CriterionScore> losses = sheet.criteria().stream()
                .filter(c -> c.loss().compareTo(BigDecimal.ZERO) > 0)
                .sorted(Comparator.comparing(CriterionScore::loss).reversed().thenComparing(CriterionScore::id))
                .limit(3).toList();
        if (!losses.isEmpty()) {
            out.add(new Line(Severity.INFO, m.label("console.losses")));
            for (CriterionScore c : losses) {
                List<CriterionScore> lost = "indicator-points".equals(c.method()) ? lostItems(c) : List.of();
                if (lost.isEmpty()) {
                    out.add(new Line(Severity.INFO, m.label("console.loss", Escape.value(names.criterion(c)), ScoreSummary.text(c.score()),
                            ScoreSummary.text(c.weight()), shown(c) + claimed(c, m))));
                    continue;
                }
                // an indicator block's formula is a sum of row scores ("10 + 0 + 8.5 = 18.50"): name the rows that lost (a
                // row's formula gives its stated score where it differs: "… = 16.7（自评 18）", "自评 32 → 30")
                List<String> shown = new ArrayList<>();
                for (CriterionScore it : lost.subList(0, Math.min(LOST_ITEMS_SHOWN, lost.size()))) {
                    shown.add(m.label("console.loss.item", Escape.value(it.name()), ScoreSummary.text(it.score()),
                            ScoreSummary.text(it.weight()), shown(it)));
                }
                String items = String.join(m.label("console.loss.separator"), shown)
                        + (lost.size() > LOST_ITEMS_SHOWN ? m.label("console.loss.more", Integer.toString(lost.size() - LOST_ITEMS_SHOWN)) : "");
                out.add(new Line(Severity.INFO, m.label("console.loss.items", Escape.value(names.criterion(c)), ScoreSummary.text(c.score()),
                        ScoreSummary.text(c.weight()), items)));
            }
        }
        return out;
    }

    /**
     * The tag of a finding set aside, as the console, the Markdown and the workbook's 问题 sheet show it after the
     * finding: （已豁免） for a suppressed one, （基线） for one in the baseline (suppressed first, as the counts take
     * it), after {@code before}; {@code none} for an open one.
     */
    static String tag(Finding f, Map<Finding, String> suppressed, java.util.Set<Finding> baselined, Messages m, String before, String none) {
        return suppressed.containsKey(f) ? before + m.label("console.tagSuppressed")
                : baselined.contains(f) ? before + m.label("console.tagBaselined") : none;
    }
}
