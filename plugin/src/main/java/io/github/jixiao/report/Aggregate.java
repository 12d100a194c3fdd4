package io.github.jixiao.report;

import io.github.jixiao.report.ReportModel.CriterionRecord;
import io.github.jixiao.report.ReportModel.FindingRecord;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A district's view over many departments' reports: one row per department (module, name, year, framework, total,
 * grade, findings by severity, a link to its page), sorted by total, the distribution of grades, and the criteria
 * where the departments lose most points. Mid-year monitoring submissions (运行监控, not scored) show their execution
 * to date beside the time elapsed (序时进度), the furthest behind first, with a chart. Reads each department's
 * score-summary.json and findings.json through the report model's records. Its HTML page has the look of the score
 * summary ({@link Page}).
 */
public final class Aggregate {
    private Aggregate() {
    }

    /**
     * One module's reports.
     *
     * @param module   the module (artifactId)
     * @param summary  its score summary, or null
     * @param findings its findings, or null
     * @param page     its page (score-summary.html) relative to the aggregate's folder, as a URI reference, or null
     * @param english  the English of the framework its run scored against ({@link FrameworkNames#english}), or null:
     *                 then the built-in framework of the summary's id gives the names
     */
    public record Input(String module, SummaryDocument summary, FindingsDocument findings, String page,
                        Map<String, String> english) {
        public Input(String module, SummaryDocument summary, FindingsDocument findings, String page) {
            this(module, summary, findings, page, null);
        }
    }

    /**
     * One department's row; {@code english} as its {@link Input}'s; {@code provisional}, {@code partial} and
     * {@code weight} as its score summary says (the grade is provisional; the framework is partial, null when the summary
     * does not say; {@code unpointed}: its form prints no points on its indicators, null when the summary does not say;
     * {@code pointless}: no indicator row of its table carries points, so its total is what the other criteria scored
     * (已计得分), not a 综合评分, null when the summary does not say (one written before session 49); the
     * points the weights add up to); {@code monitoring} as its findings.json
     * says (a monitoring submission's execution to date), or null; {@code reviewedTotal} the summary's 复核总分
     * (reviewed total: every criterion with points has a 复核分), or null; {@code reviewed} whether any criterion or row of
     * it has a 复核分 (reviewer's score); {@code reviewedGrade} the summary's grade of its 复核总分, or null;
     * {@code reviewedWithheld} whether the summary gives no 复核总分 because a 复核分 lies outside its points;
     * {@code baselined}, {@code suppressed}: how many of its findings its counts leave out because they are in the baseline,
     * or suppressed (a finding both is counted as suppressed, as the department's page counts it); {@code setAsideErrors},
     * {@code setAsideWarnings}: how many of those (baselined and suppressed together) are errors and warnings, so that
     * "11 / 1" of notes is told from "11 / 1" of errors. {@code noTotal}: why the department's figure is no 综合评分
     * ({@link ScoreSummary#noTotal}: no indicator row, a form without points, no row carrying points, a partial framework,
     * weights that are not the base), or null where it is one or there is none: such a department is listed apart, after
     * the totals, not graded and not ranked (since session 54; the pointless ones since session 50), and its losses are
     * not counted (since session 56). 耒阳四中 2022 (t108), 3.64 of the execution's 10 with no indicator row, was ranked
     * among real totals before. Decided once, as the department is added (until session 57 the builder decided it for
     * the losses and the row again from its fields). {@code gradeDoubt}: the summary's {@code gradeProvisional} (a
     * finding doubts the grade: grade-unsupported on t83 四川 普惠金融's 100 (优) at 52.79 % executed, t10 普陀 2022's 98.62),
     * or null (none, or a summary written before session 57): the grade is then 暂定 as the department's own reports
     * state it, and {@link #provisionalNote} says why in its own words, not the want of data's (since session 58).
     */
    public record Row(String module, String department, String project, Integer year, String framework, BigDecimal total,
                      String grade, boolean provisional, Boolean partial, Boolean unpointed, Boolean pointless, String ungraded,
                      BigDecimal weight, Boolean nothingScored, String frameworkBase, String frameworkBaseVersion,
                      String frameworkBaseKind, long errors,
                      long warnings, long infos, String page,
                      Map<String, String> english, ReportModel.MonitoringRecord monitoring, BigDecimal reviewedTotal,
                      boolean reviewed, String reviewedGrade, boolean reviewedWithheld, long baselined, long suppressed,
                      long setAsideErrors, long setAsideWarnings, String noTotal, ReportModel.GradeProvisional gradeDoubt) {

        /** The grade is 暂定 (provisional): points unscored for want of data, or a finding doubts it ({@code gradeDoubt}). */
        public boolean gradeProvisional() {
            return provisional || gradeDoubt != null && grade != null && !grade.isEmpty();
        }

        /** Whether the department's findings.json holds findings its counts leave out (in the baseline, or suppressed). */
        public boolean setAside() {
            return baselined > 0 || suppressed > 0;
        }

        /** The department, and the project when the submission is one: two projects of one unit are two rows. */
        public String name() {
            return project == null || project.isBlank() ? department : department + " · " + project;
        }

        /**
         * How many percentage points the execution to date is behind the time elapsed (negative: ahead), or null without
         * both figures.
         */
        public BigDecimal behind() {
            return monitoring == null || monitoring.elapsed() == null || monitoring.progress() == null ? null
                    : monitoring.elapsed().subtract(monitoring.progress());
        }

        /** Whether the execution to date is behind the time elapsed (the table's cell and the chart's bar in the warning colour). */
        public boolean isBehind() {
            return behind() != null && behind().signum() > 0;
        }
    }

    /**
     * A criterion's points lost across the departments with a total (since session 56 not those whose figure is no 综合评分:
     * {@link Row#noTotal()}); named as the first department losing them names it.
     */
    public record Loss(String id, String name, BigDecimal lost, int departments, String framework, Map<String, String> english) {
    }

    /**
     * A rule's findings across departments (suppressed and baselined ones left out): how many departments have one, how many there are
     * in all, and the most serious severity among them ({@code error}, {@code warning} or {@code info}).
     */
    public record Common(String rule, int departments, int findings, String severity) {
    }

    /**
     * {@code common}: the rules found in at least {@link #commonMin} departments, those found in most first (a city's
     * shared defects: what to train on). {@code reviewedGrades}: the same departments as {@code grades} counted by the grade
     * of their 复核总分 (reviewed total), only where every one of them has a graded reviewed total (a distribution in which
     * some departments stand by the reviewer's score and others by their own would compare unlike things); else null.
     * {@code reviewedLosses}: then likewise the criteria that lose most points by the 复核分 (points − 复核分); else null.
     */
    public record Result(List<Row> rows, Map<String, Integer> grades, List<Loss> losses, List<Common> common,
                         Map<String, Integer> reviewedGrades, List<Loss> reviewedLosses) {
    }

    /** How many rules the table of common findings lists at most. */
    static final int COMMON_MAX = 15;

    /**
     * In how many departments a rule must be found to be a shared problem: two, when the aggregate has two or more (a
     * rule found in one department is that department's problem, not a shared one); one, for an aggregate of one.
     */
    static int commonMin(int departments) {
        return departments >= 2 ? 2 : 1;
    }

    /** {@link #commonMin} of {@code r}'s departments. */
    static int commonMin(Result r) {
        return commonMin(r.rows().size());
    }

    /** The heading of the table of shared findings: what it counts. */
    private static String commonTitle(Result r, Messages m) {
        return m.label(commonMin(r) >= 2 ? "aggregate.common" : "aggregate.commonOne");
    }

    /** What the table of shared findings counts, said where it is empty (null when it is not). */
    private static String commonEmpty(Result r, Messages m) {
        if (!r.common().isEmpty()) {
            return null;
        }
        return commonMin(r) >= 2 ? m.label("aggregate.commonNone", commonMin(r), r.rows().size()) : m.label("aggregate.commonNoneOne");
    }

    public static Result of(List<Input> inputs) {
        Builder b = new Builder();
        for (Input in : inputs) {
            b.add(in);
        }
        return b.result();
    }

    /**
     * The aggregate built one department at a time: {@link #add} takes what the tables need of a department's reports
     * (its row, its counts by rule, its criteria's lost points) and keeps no reference to them, so that
     * {@code jixiao:aggregate} holds one module's findings.json at a time (up to 64 MB each), not every module's at
     * once (before session 36 a reactor of many large modules needed their sum in heap).
     */
    public static final class Builder {
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, BigDecimal> lost = new TreeMap<>();
        private final Map<String, String> names = new TreeMap<>();
        private final Map<String, String> ids = new TreeMap<>();
        private final Map<String, String> frameworks = new TreeMap<>();
        private final Map<String, Map<String, String>> englishOf = new TreeMap<>();
        private final Map<String, Integer> count = new TreeMap<>();
        private final Map<String, BigDecimal> reviewedLost = new TreeMap<>(); // the same, by the 复核分 (reviewer's score)
        private final Map<String, Integer> reviewedCount = new TreeMap<>();
        private final Map<String, int[]> rules = new TreeMap<>(); // rule → departments, findings, most serious (1 error … 3 info)
        private final Map<String, Integer> grades = new LinkedHashMap<>();
        private final Map<String, Integer> reviewedGrades;
        private boolean allReviewed = true; // every department counted in grades has a graded 复核总分
        private int departments;

        public Builder() {
            for (String g : List.of("优", "良", "中", "差")) {
                grades.put(g, 0);
            }
            reviewedGrades = new LinkedHashMap<>(grades);
        }

        /** Adds a department: its reports may be let go once this returns. */
        public void add(Input in) {
            departments++;
            long[] sev = new long[3];
            long[] apart = new long[2]; // in the baseline, suppressed
            long[] apartSev = new long[2]; // of those, errors and warnings
            String dept = null;
            String project = null;
            Integer year = null;
            ReportModel.MonitoringRecord monitoring = null;
            if (in.findings() != null) {
                monitoring = valid(in.findings().monitoring());
                dept = in.findings().department();
                project = in.findings().project();
                year = in.findings().year();
                java.util.Set<String> here = new java.util.HashSet<>();
                for (FindingRecord f : in.findings().findings()) {
                    if (f != null && (f.suppressed() != null || f.inBaseline())) {
                        apart[f.suppressed() != null ? 1 : 0]++; // said beside the counts: a baseline of everything is no clean record
                        if ("error".equals(f.severity())) {
                            apartSev[0]++;
                        } else if ("warning".equals(f.severity())) {
                            apartSev[1]++;
                        }
                        continue; // accepted with a reason, or in the baseline: not counted, as the department's own page counts its verdict
                    }
                    switch (f == null || f.severity() == null ? "" : f.severity()) {
                        case "error" -> sev[0]++;
                        case "warning" -> sev[1]++;
                        default -> sev[2]++;
                    }
                    // a rule of jixiao's (the file is the submitter's: any other name is left out)
                    // (not a stale baseline entry: the repository's housekeeping, not a problem of the submission)
                    if (f != null && f.rule() != null && known(f.rule()) && !"baseline-stale".equals(f.rule())) {
                        int[] c = rules.computeIfAbsent(f.rule(), k -> new int[3]);
                        c[1]++;
                        c[2] = Math.min(c[2] == 0 ? 3 : c[2], rank(f.severity()));
                        if (here.add(f.rule())) {
                            c[0]++;
                        }
                    }
                }
            }
            BigDecimal total = null;
            String grade = null;
            boolean provisional = false;
            Boolean partial = null;
            Boolean unpointed = null;
            Boolean pointless = null;
            String ungraded = null;
            String frameworkBase = null;
            String frameworkBaseVersion = null;
            String frameworkBaseKind = null;
            BigDecimal weight = null;
            Boolean nothingScored = null;
            String framework = null;
            BigDecimal reviewedTotal = null;
            boolean reviewed = false;
            String noTotal = null;
            SummaryDocument s = in.summary();
            if (s != null) {
                dept = dept == null ? s.department() : dept;
                project = project == null ? s.project() : project;
                year = year == null ? s.year() : year;
                total = s.total() == null ? null : s.total().setScale(2, RoundingMode.HALF_UP);
                grade = capped(s.grade()); // "" when the weights do not add up to the full base
                provisional = s.provisional();
                partial = s.partial();
                unpointed = s.unpointed();
                pointless = s.pointless();
                ungraded = s.ungraded(); // the reports' reason for no grade, from the scorer's one decision (since session 53)
                frameworkBase = s.frameworkBase();
                frameworkBaseVersion = s.frameworkBaseVersion();
                frameworkBaseKind = s.frameworkBaseKind();
                weight = s.weight();
                nothingScored = ScoreSummary.nothingScored(s.unscoredPoints(), s.weight());
                framework = s.frameworkId();
                reviewedTotal = s.reviewedTotal() == null ? null : s.reviewedTotal().setScale(2, RoundingMode.HALF_UP);
                reviewed = reviewedTotal != null || CriterionRecord.anyReviewed(s.criteria());
                // a department whose figure is no 综合评分 (Row.noTotal: no indicator row, a form without points, no row
                // carrying points, a partial framework, weights that are not the base) adds nothing to the losses: what it
                // lost is not lost from a total (鄂州 2021, t14, a cut copy; 耒阳四中 2022, t108, the execution alone). Until
                // session 56 its lost points were summed with the graded departments' (lossesNote says whose)
                noTotal = total == null || grade == null ? null
                        : ScoreSummary.noTotal(grade, provisional, ungraded, partial, unpointed, pointless, weight, nothingScored);
                for (CriterionRecord c : noTotal != null ? List.<CriterionRecord>of() : s.criteria()) {
                    if (c == null || c.weight() == null || c.score() == null) {
                        continue;
                    }
                    String id = c.id() != null ? c.id() : String.valueOf(c.name());
                    BigDecimal l = c.weight().subtract(c.score());
                    // keyed by framework and id: two frameworks may give one id to different criteria (执行率 of
                    // chongqing-department-2021 and 预算执行率 of mof-project-2020 are both budget-execution-rate)
                    String key = (framework == null ? "" : framework) + "\n" + id;
                    BigDecimal rl = c.reviewedScore() == null ? null : c.weight().subtract(c.reviewedScore());
                    if (rl != null && rl.signum() > 0) {
                        reviewedLost.merge(key, rl, BigDecimal::add);
                        reviewedCount.merge(key, 1, Integer::sum);
                    }
                    if (l.signum() > 0 || rl != null && rl.signum() > 0) {
                        names.putIfAbsent(key, c.name() == null ? id : c.name());
                        ids.putIfAbsent(key, id);
                        if (framework != null) {
                            frameworks.putIfAbsent(key, framework);
                        }
                        if (in.english() != null) {
                            englishOf.putIfAbsent(key, in.english());
                        }
                    }
                    if (l.signum() > 0) { // named above
                        lost.merge(key, l, BigDecimal::add);
                        count.merge(key, 1, Integer::sum);
                    }
                }
            }
            if (grade != null) {
                grades.merge(grade, 1, Integer::sum);
                String rg = s == null ? null : capped(s.reviewedGrade());
                if (rg == null || rg.isEmpty() || !reviewedGrades.containsKey(rg)) {
                    allReviewed = false;
                } else {
                    reviewedGrades.merge(rg, 1, Integer::sum);
                }
            }
            rows.add(new Row(in.module(), dept == null ? in.module() : dept, project, year, framework, total, grade, provisional, partial,
                    unpointed, pointless, ungraded, weight, nothingScored, frameworkBase, frameworkBaseVersion, frameworkBaseKind, sev[0], sev[1], sev[2], in.page(), in.english(), monitoring, reviewedTotal, reviewed,
                    s == null ? null : capped(s.reviewedGrade()), s != null && s.reviewedTotalWithheld() != null, apart[0], apart[1],
                    apartSev[0], apartSev[1], noTotal, s == null ? null : doubt(s.gradeProvisional())));
        }

        /** The aggregate of the departments added, in the order the tables list them. */
        public Result result() {
            // scored departments by total; then the monitoring submissions, the furthest behind the time elapsed first
            List<Row> rows = new ArrayList<>(this.rows);
            // a figure that is no 综合评分 (the scorer's one decision as each summary stored it: no indicator row, a form
            // without points, no row carrying points, a cut copy, weights that are not the base) is listed after the real
            // totals, not ranked among them nor by its figure (the sheet says so: pointlessNote, noTotalNote), then the
            // departments not scored. Until session 54 only the pointless ones (since session 50): t108's 3.64 of the
            // execution's 10, no indicator row, stood among the totals
            rows.sort(Comparator.comparingInt((Row r) -> r.total() == null ? 2 : r.noTotal() != null ? 1 : 0)
                    .thenComparing(Comparator.comparing((Row r) -> r.total() == null || r.noTotal() != null ? BigDecimal.valueOf(-1) : r.total()).reversed())
                    .thenComparing(Row::behind, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Row::name).thenComparing(Row::module));
            List<Loss> losses = losses(lost, count, ids, names, frameworks, englishOf);
            int min = commonMin(departments);
            List<Common> common = rules.entrySet().stream()
                    .filter(e -> e.getValue()[0] >= min)
                    .map(e -> new Common(e.getKey(), e.getValue()[0], e.getValue()[1], SEVERITIES[e.getValue()[2] - 1]))
                    .sorted(Comparator.comparingInt(Common::departments).reversed().thenComparing(Comparator.comparingInt(Common::findings).reversed())
                            .thenComparing(Common::rule))
                    .limit(COMMON_MAX).toList();
            boolean anyGraded = grades.values().stream().anyMatch(n -> n > 0);
            boolean byReview = allReviewed && anyGraded;
            return new Result(rows, grades, losses, common, byReview ? reviewedGrades : null,
                    byReview ? losses(reviewedLost, reviewedCount, ids, names, frameworks, englishOf) : null);
        }
    }

    /**
     * A summary's {@code gradeProvisional} as the aggregate keeps it: the rule and fingerprint cut as a department's texts
     * are (the file is the submitter's), the reason (in the language the department's run wrote it) likewise; null where
     * the summary gives none or names no rule.
     */
    private static ReportModel.GradeProvisional doubt(ReportModel.GradeProvisional g) {
        return g == null || g.rule() == null || g.rule().isBlank() ? null
                : new ReportModel.GradeProvisional(Escape.cut(g.rule(), Escape.MAX_VALUE),
                g.fingerprint() == null ? null : Escape.cut(g.fingerprint(), Escape.MAX_VALUE),
                g.reason() == null ? null : Escape.cut(g.reason(), Escape.MAX_VALUE));
    }

    /**
     * A grade as a summary states it, cut as a department's other texts are where they are echoed
     * ({@link Escape#MAX_VALUE}): a hand-made score-summary.json may hold any text there, and the grade goes into every
     * output (aggregate.json and aggregate.xlsx among them, which the Markdown's and the page's own cut does not reach)
     * and keys the 等级分布 (grade distribution). Null stays null (no grade); a framework's grade (优, Excellent) is whole.
     */
    private static String capped(String grade) {
        return grade == null ? null : Escape.cut(grade, Escape.MAX_VALUE);
    }

    /** The ten criteria that lose most points in {@code lost} (key → sum), most first, with how many departments lose them. */
    private static List<Loss> losses(Map<String, BigDecimal> lost, Map<String, Integer> count, Map<String, String> ids,
                                     Map<String, String> names, Map<String, String> frameworks, Map<String, Map<String, String>> englishOf) {
        return lost.entrySet().stream()
                .map(e -> new Loss(ids.get(e.getKey()), names.get(e.getKey()), e.getValue().setScale(2, RoundingMode.HALF_UP),
                        count.get(e.getKey()), frameworks.get(e.getKey()), englishOf.get(e.getKey())))
                .sorted(Comparator.comparing(Loss::lost).reversed().thenComparing(Loss::id)
                        .thenComparing(l -> l.framework() == null ? "" : l.framework()))
                .limit(10).toList();
    }

    private static final String[] SEVERITIES = {"error", "warning", "info"};

    /**
     * Whether any department has a 复核分 (reviewer's score): then the tables show the 复核总分 (reviewed total) column;
     * otherwise they are as they were.
     */
    private static boolean reviewed(Result r) {
        return r.rows().stream().anyMatch(Row::reviewed);
    }

    /**
     * A department's 复核总分 as the column shows it: its reviewed total; where some criteria or rows have a 复核分 and
     * not every one with points, "not all reviewed" (there is no reviewed total to add up); nothing without any.
     */
    private static Object reviewedCell(Row row, Messages m) {
        return row.reviewedTotal() != null ? row.reviewedTotal() : row.reviewedWithheld() ? m.label("aggregate.reviewedWithheld")
                : row.reviewed() ? m.label("aggregate.reviewedPartial") : null;
    }

    /**
     * {@link #reviewedCell} as the Markdown and the page print it: a reviewed total with its grade, 96.75（优）; "—" for a
     * department without a 复核分 beside others that have one (a blank cell read as a gap in the table: trial G, session 30).
     */
    private static String reviewedText(Row row, Messages m) {
        Object rc = reviewedCell(row, m);
        if (rc == null) {
            return "—";
        }
        if (rc instanceof BigDecimal d) {
            return d.toPlainString() + (row.reviewedGrade() == null ? "" : m.label("punct.open")
                    + FrameworkNames.of(row.english(), row.framework(), m).grade(row.reviewedGrade()) + m.label("punct.close"));
        }
        return (String) rc;
    }

    /** 1 for an error, 2 a warning, 3 anything else. */
    private static int rank(String severity) {
        return "error".equals(severity) ? 1 : "warning".equals(severity) ? 2 : 3;
    }

    private static boolean known(String rule) {
        return io.github.jixiao.lint.RuleRegistry.descriptor(rule).isPresent();
    }

    /** A rule's title in the report's language. */
    private static String title(String rule, Messages m) {
        return io.github.jixiao.lint.RuleRegistry.descriptor(rule).map(d -> d.title(m.locale())).orElse(rule);
    }

    /**
     * A department's monitoring figures as aggregate shows them, or null when its findings.json (written by anyone: the
     * folder is the submitter's) gives no execution to date, or a percentage no real table has (below 0, or beyond
     * 10000 %: a misplaced decimal point, which the department's own findings report, not this summary). The time
     * elapsed is shown only beside the month it is of: a month of the year whose share it is (6 and 50.00), as jixiao
     * writes it; a month outside 1–12, or a share that is not that month's, leaves both out.
     */
    private static ReportModel.MonitoringRecord valid(ReportModel.MonitoringRecord m) {
        if (m == null || !percentIn(m.progress(), MAX_PERCENT)) {
            return null;
        }
        BigDecimal of = Monitoring.elapsed(m.month()); // the month's own share, as findings.json has it
        BigDecimal elapsed = of != null && percentIn(m.elapsed(), HUNDRED) && m.elapsed().compareTo(of) == 0 ? of : null;
        if (elapsed == null) {
            return new ReportModel.MonitoringRecord(m.row(), m.unit(), m.budget(), m.executed(),
                    m.progress().setScale(2, RoundingMode.HALF_UP), null, null);
        }
        // where the month came from, as jixiao writes it: one of its two words, the title only beside "title"
        String from = ReportModel.MonitoringRecord.FROM_FUNDS.equals(m.monthFrom()) || ReportModel.MonitoringRecord.FROM_TITLE.equals(m.monthFrom())
                ? m.monthFrom() : null;
        String title = ReportModel.MonitoringRecord.FROM_TITLE.equals(from) && m.monthTitle() != null ? Escape.value(m.monthTitle()) : null;
        return new ReportModel.MonitoringRecord(m.row(), m.unit(), m.budget(), m.executed(),
                m.progress().setScale(2, RoundingMode.HALF_UP), m.month(), elapsed, from, title);
    }

    /** 0 ≤ {@code p} ≤ {@code max}, written with at most 10 decimals (so that rounding it to 2 is cheap whatever it says). */
    private static boolean percentIn(BigDecimal p, BigDecimal max) {
        return p != null && p.scale() <= 10 && p.signum() >= 0 && p.compareTo(max) <= 0;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(10000);

    /** Whether any row is a monitoring submission with its execution to date: then the tables show the columns. */
    private static boolean monitoring(Result r) {
        return r.rows().stream().anyMatch(row -> row.monitoring() != null);
    }

    /** "39.80%", or nothing. */
    private static String percent(BigDecimal p) {
        return p == null ? "" : p.toPlainString() + "%";
    }

    /** The lines under the 等级分布 (grade distribution), in every output: {@link #provisionalNote}, {@link #yearsNote}. */
    private static List<String> gradeNotes(Result r, Messages m) {
        List<String> notes = new ArrayList<>(2);
        for (String note : java.util.Arrays.asList(provisionalNote(r, m), yearsNote(r, m))) {
            if (note != null) {
                notes.add(note);
            }
        }
        return notes;
    }

    /**
     * Under the 等级分布 (grade distribution): the years where the departments' submissions are of more than one (2019 and
     * 2021 counted together: trial G, session 30), or null. A year's framework and targets are its own, so the counts and
     * losses of different years side by side are no comparison.
     */
    private static String yearsNote(Result r, Messages m) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        for (Row row : r.rows()) {
            if (row.year() != null) {
                years.add(row.year());
            }
        }
        if (years.size() < 2) {
            return null;
        }
        List<String> shown = years.stream().map(String::valueOf).toList();
        return m.label("aggregate.yearsNote", String.join(m.english() ? ", " : "、", shown));
    }

    /**
     * Under the 等级分布 (grade distribution), which counts a provisional grade (差（暂定）) under its grade: how many of the
     * counted grades are provisional and whose (by module), or null when none is. Each reason its own sentence: points
     * unscored for want of data ({@code provisional}), or a finding doubting the grade ({@link Row#gradeDoubt()}: since
     * session 58, "…有问题对所评等级存疑（grade-unsupported）…", not "有分值因缺少数据未能计分", untrue of t83's 100 (优)).
     */
    static String provisionalNote(Result r, Messages m) {
        List<String> modules = r.rows().stream().filter(row -> row.provisional() && row.grade() != null && !row.grade().isEmpty())
                .map(Row::module).toList();
        List<Row> doubted = r.rows().stream().filter(row -> row.gradeDoubt() != null && row.grade() != null && !row.grade().isEmpty())
                .toList();
        String doubt = doubted.isEmpty() ? null : m.label("aggregate.provisionalNote.doubted", doubted.size(),
                String.join(m.english() ? ", " : "、", doubted.stream().map(Row::module).toList()),
                String.join(m.english() ? ", " : "、", doubted.stream().map(row -> row.gradeDoubt().rule()).distinct().sorted().toList()));
        return notes(m, modules.isEmpty() ? null : m.label("aggregate.provisionalNote", modules.size(), String.join(m.english() ? ", " : "、", modules)),
                doubt);
    }

    /**
     * The sentence under the departments' table where some department's figure is no 综合评分 (its rows carry no points:
     * {@code pointless}): which, and that they are listed after the departments with a total, not ranked among them; or null.
     */
    static String pointlessNote(Result r, Messages m) {
        // the 20 + 80 form's ("ungraded": "unprinted") said as its console line and grade say it, 表式不为绩效指标印分值, not
        // "各绩效指标都没有分值" (session 57, P10's left-alone); a table with nothing scorable is noTotalNote's (不计分)
        List<String> modules = r.rows().stream().filter(row -> row.total() != null && ScoreSummary.pointless(row.ungraded(), row.pointless(), row.grade())
                        && !"unprinted".equals(row.noTotal()) && !io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight()))
                .map(Row::module).toList();
        List<String> unprinted = r.rows().stream().filter(row -> row.total() != null && "unprinted".equals(row.noTotal())
                        && !io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight()))
                .map(Row::module).toList();
        return notes(m, note(m, "aggregate.pointlessNote", modules), note(m, "aggregate.pointlessNote.unprinted", unprinted));
    }

    /** The sentence {@code key} naming {@code modules} (how many, and which), or null where there are none. */
    private static String note(Messages m, String key, List<String> modules) {
        return modules.isEmpty() ? null : m.label(key, modules.size(), String.join(m.english() ? ", " : "、", modules));
    }

    /** The sentences that are not null, one after the other (a space between them in English), or null where none is. */
    private static String notes(Messages m, String first, String second) {
        return first == null ? second : second == null ? first : first + (m.english() ? " " : "") + second;
    }

    /**
     * The sentence under the departments' table where some department's figure is no 综合评分 for another reason than
     * {@link #pointlessNote}'s (no indicator row, a form without points, a cut copy, weights that are not the base: its
     * grade cell says which): which, and that they are not graded and are listed after the departments with a total, not
     * ranked among them; or null (since session 54).
     */
    static String noTotalNote(Result r, Messages m) {
        List<String> modules = r.rows().stream().filter(row -> row.noTotal() != null && !"pointless".equals(row.noTotal())
                        && !"unprinted".equals(row.noTotal()) // the 20 + 80 form's, pointless too (pointlessNote; session 56)
                        && !io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight()))
                .map(Row::module).toList();
        // a table with nothing scorable (its criteria weigh 0 points in all: t44, t98), whose cell says 不计分: said so, as
        // its console line says it, not "所列分数不是综合评分" of a figure not listed (session 57, P10's left-alone)
        List<String> none = r.rows().stream().filter(row -> row.noTotal() != null && io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight()))
                .map(Row::module).toList();
        return notes(m, note(m, "aggregate.noTotalNote", modules), note(m, "aggregate.noTotalNote.notScorable", none));
    }

    /**
     * The sentence under the tables of losses where some department's figure is no 综合评分 ({@link Row#noTotal()}: the
     * pointless ones and the others alike): whose, and that its lost points are not counted there (since session 56); or
     * null.
     */
    static String lossesNote(Result r, Messages m) {
        return note(m, "aggregate.lossesNote", leftOut(r).map(Row::module).toList());
    }

    /**
     * The departments whose lost points the lists of losses leave out, in the departments' order: those whose figure is no
     * 综合评分 ({@link Row#noTotal()}), but a table with nothing scorable (不计分: t44, t98), whose criteria weigh 0 points
     * and lose none (session 57).
     */
    private static java.util.stream.Stream<Row> leftOut(Result r) {
        return r.rows().stream().filter(row -> row.noTotal() != null && !io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight()));
    }

    /** {@link #leftOut}'s modules, sorted (aggregate.json's {@code lossesLeftOut}: the same list whatever the order of the inputs). */
    static List<String> lossesLeftOut(Result r) {
        return leftOut(r).map(Row::module).sorted().toList();
    }

    /**
     * The sentence under the departments' table: how many are behind the time elapsed, and how both are computed; then
     * whose month the figures run to was read from the table's title (budget.json gives no funds.toDateMonth), so that a
     * reviewer checks that month before reading their 序时进度 (each department's page quotes the title).
     */
    private static String monitoringNote(Result r, Messages m) {
        long behind = r.rows().stream().filter(Row::isBehind).count();
        String note = m.label("aggregate.monitoringNote", behind);
        List<String> fromTitle = r.rows().stream()
                .filter(row -> row.monitoring() != null && ReportModel.MonitoringRecord.FROM_TITLE.equals(row.monitoring().monthFrom()))
                .map(Row::module).toList();
        return fromTitle.isEmpty() ? note
                : note + m.label("aggregate.monthFromTitleNote", fromTitle.size(), String.join(m.english() ? ", " : "、", fromTitle));
    }

    public static String json(Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> deps = new ArrayList<>();
        for (Row row : r.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("module", row.module());
            m.put("department", row.department());
            if (row.project() != null) {
                m.put("project", row.project());
            }
            m.put("year", row.year());
            m.put("framework", row.framework());
            if (row.frameworkBase() != null) { // a project's file that extends a built-in: aggregate.json otherwise as before
                m.put("frameworkBase", row.frameworkBase());
                m.put("frameworkBaseVersion", row.frameworkBaseVersion());
                if (row.frameworkBaseKind() != null) { // the file states another kind than the built-in's (since session 56)
                    m.put("frameworkBaseKind", row.frameworkBaseKind());
                }
            }
            m.put("total", row.total());
            if (base(row) != null) { // only where the criteria do not add up to 100: aggregate.json otherwise as before
                m.put("base", base(row));
            }
            m.put("grade", row.grade());
            if (row.gradeDoubt() != null) {
                // the grade is 暂定 because a finding doubts it (the summary's gradeProvisional: rule, fingerprint, reason),
                // as the md, html and xlsx mark it 优（暂定）; only such a department: aggregate.json otherwise as before
                // (since session 58)
                m.put("gradeProvisional", row.gradeDoubt());
            }
            // only a table with no 分值 column: as before otherwise. Not the 20 + 80 form's ("noTotal": "unprinted", since
            // session 58): its noTotal says it has no total, and "pointless" beside it said the same twice (L4's left-alone)
            if (ScoreSummary.pointless(row.ungraded(), row.pointless(), row.grade()) && !"unprinted".equals(row.noTotal())) {
                m.put("pointless", true);
            }
            if (row.noTotal() != null) { // only a figure that is no 综合评分, with why (since session 54): as before otherwise
                m.put("noTotal", row.noTotal());
            }
            if (io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight())) {
                // nothing in the table is scorable (its criteria weigh 0 points: t44, t98): the other outputs' 不计分, its
                // total 0.00 no score (since session 57; only such a table: as before otherwise)
                m.put("notScorable", true);
            }
            if (row.reviewedTotal() != null) { // only a department whose summary states one: aggregate.json otherwise as before
                m.put("reviewedTotal", row.reviewedTotal());
            }
            if (row.reviewedGrade() != null) {
                m.put("reviewedGrade", row.reviewedGrade());
            }
            if (row.monitoring() != null) {
                m.put("monitoring", row.monitoring());
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("error", row.errors());
            f.put("warning", row.warnings());
            f.put("info", row.infos());
            if (row.setAside()) { // only a department with findings in its baseline or suppressed: aggregate.json otherwise as before
                f.put("baselined", row.baselined());
                f.put("suppressed", row.suppressed());
                Map<String, Object> held = new LinkedHashMap<>(); // of them, the errors and warnings (baselined and suppressed)
                held.put("error", row.setAsideErrors());
                held.put("warning", row.setAsideWarnings());
                f.put("setAside", held);
            }
            m.put("findings", f);
            m.put("page", row.page());
            deps.add(m);
        }
        root.put("departments", deps);
        root.put("grades", r.grades());
        if (r.reviewedGrades() != null) { // only where every graded department has a graded 复核总分: aggregate.json otherwise as before
            root.put("reviewedGrades", r.reviewedGrades());
        }
        root.put("losses", lossesJson(r.losses()));
        // whose losses the lists leave out (their figure no 综合评分: lossesNote's departments, by module), only where some
        // are: aggregate.json otherwise as before (since session 57; each department's noTotal said it, the lists did not)
        List<String> leftOut = lossesLeftOut(r);
        if (!leftOut.isEmpty()) {
            root.put("lossesLeftOut", leftOut);
        }
        if (r.reviewedLosses() != null) { // as reviewedGrades: only where every graded department has a graded 复核总分
            root.put("reviewedLosses", lossesJson(r.reviewedLosses()));
        }
        // what the table counts: the rules found in at least this many departments (2; 1 in an aggregate of one)
        root.put("commonMinDepartments", commonMin(r));
        root.put("common", r.common()); // each record's components in order: rule, departments, findings, severity
        return Json.write(root);
    }

    /**
     * A row's grade in the report's language, from the framework that gave it, as the department's own reports state it
     * ({@link ScoreSummary#grade}): none when the weights do not add up to the full base (with the base), marked
     * provisional when points could not be scored.
     */
    private static String grade(Row row, Messages m) {
        if (row.grade() == null) {
            return ""; // no score summary: the total says not scored
        }
        // 暂定 for want of data or because a finding doubts it (since session 58: t83's 优（暂定）, as its own page says it);
        // the reason for no grade is read from the flags as before (a doubted grade is a grade: none is asked for)
        return ScoreSummary.grade(row.grade(), row.gradeProvisional(), row.ungraded(), row.partial(), row.unpointed(), row.pointless(), row.weight(),
                row.nothingScored(),
                FrameworkNames.of(row.english(), row.framework(), m), m);
    }

    /**
     * A row's framework as its column shows it: the id, and where the project's file extends a built-in framework, that
     * built-in and its version as scored ("xiangyang-project-2021（扩展 mof-project-2020 2020.8）"), as the department's
     * summaries say it (summary.frameworkBase); until session 53 the id alone, the base unnamed. Where the file states
     * another kind than the built-in's ({@code frameworkBaseKind}, the built-in's own), that too, shortly
     * ("guantang-department-2023（扩展 mof-project-2020 2020.8，改为部门整体）", since session 56): a project form's framework
     * beside a department read as a mismatch.
     */
    static String frameworkText(Row row, Messages m) {
        String id = nz(row.framework());
        String key = row.frameworkBaseKind() == null ? "aggregate.frameworkBase"
                : "aggregate.frameworkBaseKind." + ("department".equals(row.frameworkBaseKind()) ? "project" : "department");
        return row.frameworkBase() == null ? id : id + m.label(key, row.frameworkBase(),
                row.frameworkBaseVersion() == null ? "" : row.frameworkBaseVersion());
    }

    /** A grade of the distribution in the report's language: the first department's framework names it. */
    private static String grade(String g, Result r, Messages m) {
        if (g.isEmpty()) {
            return m.label("aggregate.noGrade");
        }
        Row first = r.rows().stream().filter(row -> row.framework() != null).findFirst().orElse(null);
        return first == null ? g : FrameworkNames.of(first.english(), first.framework(), m).grade(g);
    }

    /** aggregate.json's losses: each criterion's id, framework and name, the points lost and the departments losing them. */
    private static List<Map<String, Object>> lossesJson(List<Loss> from) {
        List<Map<String, Object>> losses = new ArrayList<>();
        for (Loss l : from) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("framework", l.framework()); // an id is a framework's own: two frameworks may use one id for different criteria
            m.put("name", l.name());
            m.put("pointsLost", l.lost());
            m.put("departments", l.departments());
            losses.add(m);
        }
        return losses;
    }

    /**
     * The losses' criteria by name; two criteria of different frameworks that read the same (预算执行率 of the national
     * table and of 深圳's) each with their framework, so that the table does not list one criterion twice.
     */
    private static List<String> lossNames(List<Loss> losses, Messages m) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Loss l : losses) {
            String n = FrameworkNames.of(l.english(), l.framework(), m).criterion(l.id(), l.name());
            names.add(n);
            seen.merge(n, 1, Integer::sum);
        }
        for (int i = 0; i < names.size(); i++) {
            Loss l = losses.get(i);
            if (seen.get(names.get(i)) > 1 && l.framework() != null) {
                names.set(i, names.get(i) + m.label("punct.open") + l.framework() + m.label("punct.close"));
            }
        }
        return names;
    }

    public static final String XLSX = "aggregate.xlsx";

    /**
     * aggregate.xlsx, for the 财政局 staff who compile the 汇总表 in Excel: the departments (totals, years and counts as
     * numbers Excel can sort and sum; at 运行监控 the 执行进度 and 序时进度 in per cent, then the note saying how both are
     * computed), the grades, and the criteria that lose most points. Cells hold text or numbers, never a formula, so no
     * department's name is evaluated by the spreadsheet that opens it.
     */
    public static List<io.github.jixiao.xlsx.Table> tables(Result r, Messages m) {
        boolean monitoring = monitoring(r);
        List<String> header = new ArrayList<>(List.of(m.label("aggregate.module"), m.label("aggregate.department"),
                m.label("aggregate.year"), m.label("aggregate.framework"), m.label("aggregate.total"), m.label("aggregate.grade")));
        List<Integer> widths = new ArrayList<>(List.of(14, 36, 8, 26, 10, 14));
        boolean reviewed = reviewed(r);
        boolean bases = r.rows().stream().anyMatch(row -> base(row) != null);
        if (reviewed) {
            header.add(5, m.label("aggregate.reviewedTotal"));
            widths.add(5, 12);
        }
        if (bases) { // the points the total is out of, next to it, where some department's criteria do not add up to 100
            header.add(5, m.label("aggregate.base"));
            widths.add(5, 10);
        }
        if (monitoring) {
            header.add(m.label("aggregate.percent", m.label("monitoring.progress")));
            header.add(m.label("aggregate.percent", m.label("aggregate.elapsed")));
            widths.addAll(List.of(14, 14));
        }
        header.addAll(List.of(m.label("aggregate.errors"), m.label("aggregate.warnings"), m.label("aggregate.infos")));
        widths.addAll(List.of(8, 8, 8));
        boolean apart = setAside(r);
        if (apart) {
            header.add(m.label("aggregate.setAside"));
            widths.add(18);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : r.rows()) {
            List<Object> cells = new ArrayList<>(List.of(nz(row.module()), nz(row.name())));
            cells.add(row.year());
            cells.add(frameworkText(row, m));
            cells.add(row.total() == null ? m.label("aggregate.notScored")
                    : io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight()) ? m.label("summary.notScorable") : row.total());
            if (bases) {
                cells.add(row.weight() == null ? null : row.weight().setScale(2, RoundingMode.HALF_UP));
            }
            if (reviewed) {
                cells.add(reviewedCell(row, m));
            }
            cells.add(grade(row, m));
            if (monitoring) {
                cells.add(row.monitoring() == null ? null : row.monitoring().progress());
                cells.add(row.monitoring() == null ? null : row.monitoring().elapsed());
            }
            cells.add(row.errors());
            cells.add(row.warnings());
            cells.add(row.infos());
            if (apart) {
                cells.add(setAsideText(row, m));
            }
            rows.add(cells);
        }
        String pointless = pointlessNote(r, m);
        String noTotal = noTotalNote(r, m);
        if (monitoring || pointless != null || noTotal != null) {
            rows.add(java.util.Arrays.asList(new Object[header.size()])); // a blank row, then the notes
        }
        for (String text : java.util.Arrays.asList(pointless, noTotal, monitoring ? monitoringNote(r, m) : null)) {
            if (text != null) {
                List<Object> note = java.util.Arrays.asList(new Object[header.size()]);
                note.set(0, text);
                rows.add(note);
            }
        }
        io.github.jixiao.xlsx.Table departments = new io.github.jixiao.xlsx.Table(m.label("aggregate.sheet.departments"),
                m.label("aggregate.title"), header, widths, rows, 0);

        List<List<Object>> grades = new ArrayList<>();
        Map<String, Integer> rg = r.reviewedGrades();
        // the count by the 复核总分's grade beside the count by the computed one, only where every department has one
        r.grades().forEach((g, n) -> grades.add(rg == null ? List.of(grade(g, r, m), n) : List.of(grade(g, r, m), n, rg.getOrDefault(g, 0))));
        List<String> notes = gradeNotes(r, m);
        if (!notes.isEmpty()) {
            grades.add(java.util.Arrays.asList(new Object[rg == null ? 2 : 3])); // a blank row, then the notes
        }
        for (String text : notes) {
            List<Object> note = java.util.Arrays.asList(new Object[rg == null ? 2 : 3]);
            note.set(0, text);
            grades.add(note);
        }
        io.github.jixiao.xlsx.Table gradeTable = new io.github.jixiao.xlsx.Table(m.label("aggregate.grades"), m.label("aggregate.grades"),
                rg == null ? List.of(m.label("aggregate.grade"), m.label("aggregate.count"))
                        : List.of(m.label("aggregate.grade"), m.label("aggregate.count"), m.label("aggregate.reviewedCount")),
                rg == null ? List.of(16, 10) : List.of(16, 10, 16), grades, 0);

        String lossesNote = lossesNote(r, m);
        io.github.jixiao.xlsx.Table lossTable = lossTable(m.label("aggregate.sheet.losses"), m.label("aggregate.losses"), r.losses(), lossesNote, m);
        List<List<Object>> common = new ArrayList<>();
        for (Common c : r.common()) {
            common.add(List.of(c.rule(), title(c.rule(), m), m.label("severity." + c.severity()), c.departments(), c.findings()));
        }
        String none = commonEmpty(r, m);
        if (none != null) {
            common.add(List.of(none)); // the sheet says what it counts, not an empty table
        }
        io.github.jixiao.xlsx.Table commonTable = new io.github.jixiao.xlsx.Table(m.label("aggregate.sheet.common"), commonTitle(r, m),
                List.of(m.label("aggregate.rule"), m.label("aggregate.ruleTitle"), m.label("aggregate.severity"),
                        m.label("aggregate.departmentsWith"), m.label("aggregate.findings")),
                List.of(34, 40, 8, 12, 10), common, 0);
        if (r.reviewedLosses() != null) { // the losses by the 复核分 after the computed ones, only where every department has them
            io.github.jixiao.xlsx.Table reviewedLossTable = lossTable(m.label("aggregate.sheet.reviewedLosses"),
                    m.label("aggregate.reviewedLosses"), r.reviewedLosses(), lossesNote, m);
            return List.of(departments, gradeTable, lossTable, reviewedLossTable, commonTable);
        }
        return List.of(departments, gradeTable, lossTable, commonTable);
    }

    /**
     * A workbook sheet of losses: each criterion (by {@link #lossNames}), the points lost, the departments losing them;
     * then {@code note} (or null) after a blank row.
     */
    private static io.github.jixiao.xlsx.Table lossTable(String sheet, String title, List<Loss> from, String note, Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = lossNames(from, m);
        for (int i = 0; i < from.size(); i++) {
            rows.add(List.of(names.get(i), from.get(i).lost(), from.get(i).departments()));
        }
        if (note != null) {
            rows.add(java.util.Arrays.asList(new Object[3]));
            rows.add(java.util.Arrays.asList(note, null, null));
        }
        return new io.github.jixiao.xlsx.Table(sheet, title, List.of(m.label("diff.criterion"), m.label("aggregate.lost"),
                m.label("aggregate.losingDepartments")), List.of(40, 14, 14), rows, 0);
    }

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /** The points a department's criteria add up to, where that is not 100 (and known); null otherwise. */
    static BigDecimal base(Row row) {
        return row.weight() == null || row.weight().compareTo(FULL) == 0 ? null : row.weight().setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A total as the md and html tables show it: with the points it is out of where that is not 100 ("90.00 / 90.00"),
     * and, where it is what the other criteria scored and not a 综合评分 (a table with no 分值 column: {@code pointless}),
     * said so beside the figure ("10.00 / 10.00（已计得分）"; s49: the column's 总分 read it as the department's score); so
     * too, since session 54, any figure the scorer decided is no 综合评分 ({@link Row#noTotal()}: a cut copy, no indicator
     * row, weights that are not the base), as the department's own page heads it.
     */
    private static String totalText(Row row, Messages m) {
        if (io.github.jixiao.score.ScoreSheet.nothingScorable(row.weight())) {
            // criteria that weigh 0 points in all (t44, t98): "不计分", not "0.00 / 0.00（已计得分…）" (since session 56); the
            // grade cell says why, and the department is listed with the figures that are no 综合评分 (its noTotal)
            return m.label("summary.notScorable");
        }
        BigDecimal base = base(row);
        return row.total().toPlainString() + (base == null ? "" : " / " + base.toPlainString())
                + (ScoreSummary.pointless(row.ungraded(), row.pointless(), row.grade()) || row.ungraded() != null && row.noTotal() != null
                        ? m.label("aggregate.pointless") : "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Whether any department's counts leave findings out (in its baseline, or suppressed): the departments' table then
     * has a column saying how many, so that a department that put every problem in its baseline does not read as clean.
     */
    static boolean setAside(Result r) {
        return r.rows().stream().anyMatch(Row::setAside);
    }

    /** The set-aside column's cell: in the baseline / suppressed, and the errors and warnings among them ("11 / 1（2 错误 · 1 警告）"). */
    private static String setAsideText(Row row, Messages m) {
        return m.label("aggregate.setAsideCell", Long.toString(row.baselined()), Long.toString(row.suppressed()),
                Long.toString(row.setAsideErrors()), Long.toString(row.setAsideWarnings()));
    }

    /** aggregate.md: headed tables, every value escaped for Markdown, each department linked to its page. */
    public static String markdown(Result r, Messages m) {
        return markdown(r, m, null);
    }

    /**
     * A common finding's rule linked to its entry in the published docs/rules.md ({@code jixiao.rulesUrl}), or null: only a
     * rule of this jixiao's catalogue (a module's findings.json is its submitter's, and may name anything), no address.
     */
    static String ruleLink(ReportMeta meta, String rule) {
        return meta == null || rule == null || io.github.jixiao.lint.RuleRegistry.descriptor(rule).isEmpty() ? null : meta.ruleLink(rule);
    }

    /** As above; with {@code meta}'s rules address, each common finding's rule links to its entry in docs/rules.md. */
    public static String markdown(Result r, Messages m, ReportMeta meta) {
        StringBuilder sb = new StringBuilder("## ").append(m.label("aggregate.title")).append("\n\n");
        sb.append("### ").append(m.label("aggregate.departments", r.rows().size())).append("\n\n");
        sb.append("| ").append(m.label("aggregate.module")).append(" | ").append(m.label("aggregate.department")).append(" | ")
                .append(m.label("aggregate.year")).append(" | ").append(m.label("aggregate.framework")).append(" | ")
                .append(m.label("aggregate.total")).append(" | ");
        boolean reviewed = reviewed(r);
        if (reviewed) {
            sb.append(m.label("aggregate.reviewedTotal")).append(" | ");
        }
        sb.append(m.label("aggregate.grade")).append(" | ");
        boolean monitoring = monitoring(r);
        if (monitoring) {
            sb.append(m.label("monitoring.progress")).append(" | ").append(m.label("aggregate.elapsed")).append(" | ");
        }
        boolean apart = setAside(r);
        sb.append(m.label("aggregate.errors")).append(" | ").append(m.label("aggregate.warnings")).append(" | ")
                .append(m.label("aggregate.infos")).append(apart ? " | " + m.label("aggregate.setAside") : "").append(" |\n");
        sb.append("|---|---|---:|---|---:|").append(reviewed ? "---:|" : "").append("---|").append(monitoring ? "---:|---:|" : "")
                .append("---:|---:|---:|").append(apart ? "---:|" : "").append("\n");
        for (Row row : r.rows()) {
            String dept = md(row.name());
            sb.append("| ").append(md(row.module())).append(" | ")
                    .append(row.page() == null ? dept : "[" + dept + "](" + row.page() + ")").append(" | ")
                    .append(row.year() == null ? "" : row.year()).append(" | ").append(md(frameworkText(row, m))).append(" | ")
                    .append(row.total() == null ? m.label("aggregate.notScored") : totalText(row, m)).append(" | ");
            if (reviewed) {
                String rc = reviewedText(row, m);
                sb.append(rc == null ? "" : md(rc)).append(" | ");
            }
            sb.append(md(grade(row, m))).append(" | ");
            if (monitoring) {
                sb.append(row.monitoring() == null ? "" : percent(row.monitoring().progress())).append(" | ")
                        .append(row.monitoring() == null ? "" : percent(row.monitoring().elapsed())).append(" | ");
            }
            sb.append(row.errors()).append(" | ").append(row.warnings()).append(" | ").append(row.infos())
                    .append(apart ? " | " + md(setAsideText(row, m)) : "").append(" |\n");
        }
        String pointless = pointlessNote(r, m);
        if (pointless != null) {
            sb.append('\n').append(own(pointless)).append('\n');
        }
        String noTotal = noTotalNote(r, m);
        if (noTotal != null) {
            sb.append('\n').append(own(noTotal)).append('\n');
        }
        if (monitoring) {
            sb.append('\n').append(own(monitoringNote(r, m))).append('\n');
        }
        Map<String, Integer> rg = r.reviewedGrades();
        sb.append("\n### ").append(m.label("aggregate.grades")).append("\n\n| ").append(m.label("aggregate.grade")).append(" | ")
                .append(m.label("aggregate.count")).append(rg == null ? "" : " | " + m.label("aggregate.reviewedCount"))
                .append(" |\n|---|---:|").append(rg == null ? "" : "---:|").append("\n");
        r.grades().forEach((g, n) -> sb.append("| ").append(md(grade(g, r, m))).append(" | ").append(n)
                .append(rg == null ? "" : " | " + rg.getOrDefault(g, 0)).append(" |\n"));
        for (String note : gradeNotes(r, m)) {
            // the tool's own sentences, never cut as a department's text is (since session 58 the provisional note may be
            // two: "Of these, …" was all the Markdown kept of the second)
            sb.append('\n').append(own(note)).append('\n');
        }
        if (rg != null) {
            sb.append('\n').append(own(m.label("aggregate.reviewedGradesNote"))).append('\n');
        }
        String lossesNote = lossesNote(r, m);
        lossesMd(sb, r.losses(), m.label("aggregate.losses"), lossesNote, m);
        if (r.reviewedLosses() != null) { // by the 复核分, only where every graded department has a graded 复核总分
            lossesMd(sb, r.reviewedLosses(), m.label("aggregate.reviewedLosses"), lossesNote, m);
        }
        sb.append("\n### ").append(commonTitle(r, m)).append("\n\n| ").append(m.label("aggregate.rule")).append(" | ")
                .append(m.label("aggregate.ruleTitle")).append(" | ").append(m.label("aggregate.severity")).append(" | ")
                .append(m.label("aggregate.departmentsWith")).append(" | ").append(m.label("aggregate.findings")).append(" |\n|---|---|---|---:|---:|\n");
        for (Common c : r.common()) {
            String link = ruleLink(meta, c.rule());
            sb.append("| ").append(link == null ? "`" + c.rule() + "`" : "[`" + c.rule() + "`](" + link + ")").append(" | ")
                    .append(own(title(c.rule(), m))).append(" | ")
                    .append(m.label("severity." + c.severity())).append(" | ").append(c.departments()).append(" | ").append(c.findings()).append(" |\n");
        }
        String none = commonEmpty(r, m);
        if (none != null) {
            sb.append('\n').append(own(none)).append('\n');
        }
        return sb.toString();
    }

    /** aggregate.html: the look of the score summary, headed tables, each department linked to its page. */
    public static String html(Result r, Messages m) {
        return html(r, m, new ReportMeta(ReportMeta.currentPluginVersion(), io.github.jixiao.validate.SchemaCatalog.SCHEMA_VERSION, ""));
    }

    public static String html(Result r, Messages m, ReportMeta meta) {
        StringBuilder sb = new StringBuilder();
        Page.head(sb, m, m.label("aggregate.title"));
        sb.append("<header>\n<p class=\"kicker\">jixiao</p>\n<h1 id=\"title\">").append(esc(m.label("aggregate.title"))).append("</h1>\n</header>\n");
        long errors = r.rows().stream().mapToLong(Row::errors).sum();
        long warnings = r.rows().stream().mapToLong(Row::warnings).sum();
        sb.append("<section class=\"verdict ").append(errors > 0 ? "err" : warnings > 0 ? "warn" : "ok").append("\" id=\"verdict\">\n<p class=\"status\">")
                .append(esc(m.label("aggregate.verdict", r.rows().size(), r.rows().stream().filter(x -> x.errors() > 0).count(), errors, warnings)))
                .append("</p>\n</section>\n");

        sb.append("<section id=\"departments\">\n<h2>").append(esc(m.label("aggregate.departments", r.rows().size()))).append("</h2>\n");
        Page.wide(sb, m.label("aggregate.departments", r.rows().size()));
        sb.append("<table>\n<thead><tr>");
        for (String k : List.of("aggregate.module", "aggregate.department", "aggregate.year", "aggregate.framework")) {
            sb.append("<th scope=\"col\">").append(esc(m.label(k))).append("</th>");
        }
        boolean monitoring = monitoring(r);
        boolean reviewed = reviewed(r);
        List<String> counted = new ArrayList<>(reviewed ? List.of("aggregate.total", "aggregate.reviewedTotal", "aggregate.grade")
                : List.of("aggregate.total", "aggregate.grade"));
        if (monitoring) {
            counted.addAll(List.of("monitoring.progress", "aggregate.elapsed"));
        }
        counted.addAll(List.of("aggregate.errors", "aggregate.warnings", "aggregate.infos"));
        boolean apart = setAside(r);
        if (apart) {
            counted.add("aggregate.setAside");
        }
        for (String k : counted) {
            sb.append("<th scope=\"col\" class=\"n\">").append(esc(m.label(k))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Row row : r.rows()) {
            String dept = esc(Escape.value(row.name()));
            sb.append("<tr><td><code>").append(esc(Escape.value(row.module()))).append("</code></td><td>")
                    .append(row.page() == null ? dept : "<a href=\"" + esc(row.page()) + "\">" + dept + "</a>").append("</td><td>")
                    .append(row.year() == null ? "" : row.year()).append("</td><td>").append(esc(Escape.value(frameworkText(row, m))))
                    .append("</td><td class=\"n\">").append(row.total() == null ? esc(m.label("aggregate.notScored")) : esc(totalText(row, m)));
            if (reviewed) {
                String rc = reviewedText(row, m);
                sb.append("</td><td class=\"n\">").append(rc == null ? "" : esc(rc));
            }
            sb.append("</td><td class=\"n\">").append(esc(Escape.value(grade(row, m)))).append("</td>");
            if (monitoring) {
                sb.append("<td class=\"n").append(row.isBehind() ? " part" : "").append("\">")
                        .append(row.monitoring() == null ? "" : percent(row.monitoring().progress())).append("</td><td class=\"n\">")
                        .append(row.monitoring() == null ? "" : percent(row.monitoring().elapsed())).append("</td>");
            }
            sb.append("<td class=\"n").append(row.errors() > 0 ? " zero" : "").append("\">").append(row.errors())
                    .append("</td><td class=\"n\">").append(row.warnings()).append("</td><td class=\"n\">").append(row.infos())
                    .append(apart ? "</td><td class=\"n\">" + esc(setAsideText(row, m)) : "").append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
        String pointless = pointlessNote(r, m);
        if (pointless != null) {
            sb.append("<p class=\"note\">").append(esc(pointless)).append("</p>\n");
        }
        String noTotal = noTotalNote(r, m);
        if (noTotal != null) {
            sb.append("<p class=\"note\">").append(esc(noTotal)).append("</p>\n");
        }
        if (monitoring) {
            sb.append("<p class=\"note\">").append(esc(monitoringNote(r, m))).append("</p>\n");
        }
        sb.append("</section>\n");
        if (monitoring) {
            progressChart(sb, r, m);
        }

        sb.append("<section id=\"grades\">\n<h2>").append(esc(m.label("aggregate.grades"))).append("</h2>\n");
        gradeChart(sb, r.grades(), "grades", m.label("aggregate.grades"), r, m);
        for (String note : gradeNotes(r, m)) {
            sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        if (r.reviewedGrades() != null) { // the same departments by their 复核总分's grade, only where every one has one
            sb.append("<h3>").append(esc(m.label("aggregate.reviewedGrades"))).append("</h3>\n");
            gradeChart(sb, r.reviewedGrades(), "reviewed-grades", m.label("aggregate.reviewedGrades"), r, m);
            sb.append("<p class=\"note\">").append(esc(m.label("aggregate.reviewedGradesNote"))).append("</p>\n");
        }
        sb.append("</section>\n");

        String lossesNote = lossesNote(r, m);
        lossesHtml(sb, r.losses(), "losses", m.label("aggregate.losses"), lossesNote, m);
        if (r.reviewedLosses() != null) { // by the 复核分, only where every graded department has a graded 复核总分
            lossesHtml(sb, r.reviewedLosses(), "reviewed-losses", m.label("aggregate.reviewedLosses"), lossesNote, m);
        }
        sb.append("<section id=\"common\">\n<h2>").append(esc(commonTitle(r, m))).append("</h2>\n");
        Page.wide(sb, commonTitle(r, m));
        sb.append("<table>\n<thead><tr>");
        for (String k : List.of("aggregate.rule", "aggregate.ruleTitle", "aggregate.severity")) {
            sb.append("<th scope=\"col\">").append(esc(m.label(k))).append("</th>");
        }
        for (String k : List.of("aggregate.departmentsWith", "aggregate.findings")) {
            sb.append("<th scope=\"col\" class=\"n\">").append(esc(m.label(k))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Common c : r.common()) {
            String link = ruleLink(meta, c.rule());
            sb.append("<tr><td>").append(link == null ? "<code>" + esc(c.rule()) + "</code>"
                            : "<a href=\"" + esc(link) + "\"><code>" + esc(c.rule()) + "</code></a>")
                    .append("</td><td>").append(esc(title(c.rule(), m))).append("</td><td>")
                    .append(esc(m.label("severity." + c.severity()))).append("</td><td class=\"n\">").append(c.departments())
                    .append("</td><td class=\"n\">").append(c.findings()).append("</td></tr>\n");
        }
        String none = commonEmpty(r, m);
        if (none != null) {
            sb.append("<tr><td colspan=\"5\">").append(esc(none)).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n</section>\n");
        Page.foot(sb, m, meta);
        return sb.toString();
    }

    /**
     * 执行进度与序时进度: a bar per monitoring submission (in the table's order), the time elapsed a mark across it; a bar
     * behind its mark in the warning colour. The scale is 0–100 %, a bar beyond it drawn to the end and labelled with
     * its figure.
     */
    private static void progressChart(StringBuilder sb, Result r, Messages m) {
        List<Row> rows = r.rows().stream().filter(row -> row.monitoring() != null).toList();
        int height = 30 * rows.size() + 10;
        StringBuilder desc = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        int y = 5;
        for (Row row : rows) {
            String name = Escape.value(row.name());
            String progress = percent(row.monitoring().progress());
            String elapsed = percent(row.monitoring().elapsed());
            String said = elapsed.isEmpty() ? m.label("aggregate.chartRow", name, progress)
                    : m.label("aggregate.chartRowElapsed", name, progress, elapsed);
            desc.append(desc.isEmpty() ? "" : m.label("punct.semicolon")).append(said);
            int w = width(row.monitoring().progress());
            bars.append("<g><title>").append(esc(said)).append("</title><text x=\"0\" y=\"").append(y + 15).append("\">")
                    .append(esc(shortName(name))).append("</text><rect class=\"bg\" x=\"200\" y=\"").append(y)
                    .append("\" width=\"300\" height=\"20\"/><rect class=\"").append(row.isBehind() ? "part" : "full").append("\" x=\"200\" y=\"")
                    .append(y).append("\" width=\"").append(w).append("\" height=\"20\"/>");
            if (row.monitoring().elapsed() != null) {
                int x = 200 + width(row.monitoring().elapsed());
                bars.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 3).append("\" x2=\"").append(x).append("\" y2=\"")
                        .append(y + 23).append("\" stroke=\"#202124\" stroke-width=\"2\"/>");
            }
            bars.append("<text x=\"510\" y=\"").append(y + 15).append("\">").append(esc(progress)).append("</text></g>\n");
            y += 30;
        }
        sb.append("<section id=\"monitoring\">\n<h2>").append(esc(m.label("aggregate.monitoringChart"))).append("</h2>\n")
                .append("<svg role=\"img\" aria-labelledby=\"monitoring-title monitoring-desc\" width=\"580\" height=\"").append(height)
                .append("\" viewBox=\"0 0 580 ").append(height).append("\">\n<title id=\"monitoring-title\">")
                .append(esc(m.label("aggregate.monitoringChart"))).append("</title>\n<desc id=\"monitoring-desc\">")
                .append(esc(desc.toString())).append("</desc>\n").append(bars).append("</svg>\n</section>\n");
    }

    /** A percentage as a bar's width on a 300-pixel 0–100 % scale, at most the whole scale. */
    private static int width(BigDecimal percent) {
        BigDecimal capped = percent.min(HUNDRED).max(BigDecimal.ZERO);
        return capped.multiply(BigDecimal.valueOf(3)).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** A name as the chart's label shows it: 14 characters at most (the whole name is in the bar's title). */
    private static String shortName(String name) {
        return name.codePointCount(0, name.length()) <= 14 ? name
                : name.substring(0, name.offsetByCodePoints(0, 13)) + "…";
    }

    private static String md(String s) {
        return Escape.md(Escape.value(s));
    }

    /**
     * A bar chart of {@code counts} (grade → departments), its svg labelled {@code id}-title / {@code id}-desc by
     * {@code title} and the counts in words.
     */
    private static void gradeChart(StringBuilder sb, Map<String, Integer> counts, String id, String title, Result r, Messages m) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder desc = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        int y = 5;
        for (Map.Entry<String, Integer> g : counts.entrySet()) {
            int w = 300 * g.getValue() / max;
            String name = Escape.value(grade(g.getKey(), r, m));
            desc.append(desc.isEmpty() ? "" : m.label("punct.semicolon")).append(name).append(' ').append(g.getValue());
            bars.append("<g><title>").append(esc(name + " " + g.getValue())).append("</title><text x=\"0\" y=\"").append(y + 15)
                    .append("\">").append(esc(name)).append("</text><rect class=\"full\" x=\"90\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"20\"/><text x=\"").append(95 + w).append("\" y=\"").append(y + 15).append("\">").append(g.getValue())
                    .append("</text></g>\n");
            y += 30;
        }
        sb.append("<svg role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" width=\"460\" height=\"")
                .append(30 * counts.size() + 10).append("\" viewBox=\"0 0 460 ").append(30 * counts.size() + 10).append("\">\n<title id=\"")
                .append(id).append("-title\">").append(esc(title)).append("</title>\n<desc id=\"").append(id).append("-desc\">")
                .append(esc(desc.toString())).append("</desc>\n").append(bars).append("</svg>\n");
    }

    /** A table of {@code losses} under the heading {@code title}, in Markdown, {@code note} (or null) under it. */
    private static void lossesMd(StringBuilder sb, List<Loss> losses, String title, String note, Messages m) {
        sb.append("\n### ").append(title).append("\n\n| ").append(m.label("diff.criterion")).append(" | ")
                .append(m.label("aggregate.lost")).append(" | ").append(m.label("aggregate.losingDepartments")).append(" |\n|---|---:|---:|\n");
        List<String> lossNames = lossNames(losses, m);
        for (int i = 0; i < losses.size(); i++) {
            Loss l = losses.get(i);
            sb.append("| ").append(md(lossNames.get(i))).append(" | ").append(l.lost().toPlainString()).append(" | ")
                    .append(l.departments()).append(" |\n");
        }
        if (note != null) {
            sb.append('\n').append(own(note)).append('\n');
        }
    }

    /** A section {@code id} of {@code losses} under the heading {@code title}, on the page, {@code note} (or null) under it. */
    private static void lossesHtml(StringBuilder sb, List<Loss> losses, String id, String title, String note, Messages m) {
        sb.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
        Page.wide(sb, title);
        sb.append("<table>\n<thead><tr><th scope=\"col\">")
                .append(esc(m.label("diff.criterion"))).append("</th><th scope=\"col\" class=\"n\">").append(esc(m.label("aggregate.lost")))
                .append("</th><th scope=\"col\" class=\"n\">").append(esc(m.label("aggregate.losingDepartments"))).append("</th></tr></thead>\n<tbody>\n");
        List<String> lossNames = lossNames(losses, m);
        for (int i = 0; i < losses.size(); i++) {
            Loss l = losses.get(i);
            sb.append("<tr><td>").append(esc(Escape.value(lossNames.get(i)))).append("</td><td class=\"n\">").append(l.lost().toPlainString())
                    .append("</td><td class=\"n\">").append(l.departments()).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
        if (note != null) {
            sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        sb.append("</section>\n");
    }

    /** The tool's own text (a note, a rule's title): escaped for Markdown, never cut as a department's data is. */
    private static String own(String s) {
        return Escape.md(s);
    }

    static String esc(String s) {
        return Escape.html(s);
    }
}
