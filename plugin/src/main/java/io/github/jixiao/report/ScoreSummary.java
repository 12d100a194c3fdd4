package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.score.ScoreSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * score-summary.json, .md and .html: the score sheet criterion by criterion (weight, score, method, inputs,
 * the formula as applied, the claim and the findings that touch it), the total and the grade. Deterministic:
 * the same result gives byte-identical files (no clock, insertion-ordered maps, fixed-scale numbers).
 */
public final class ScoreSummary {
    private ScoreSummary() {
    }

    /**
     * Rules whose findings without a criterion still concern the score: a stated total or grade, the framework, and
     * weights that do not add up to the full base (why no grade is given).
     */
    static final Set<String> SCORING_RULES = Set.of("score-claim-mismatch", "score-input-missing", "framework-invalid",
            "framework-results-weight", "score-weights", "grade-unsupported");

    public static List<Path> write(Path outDir, EngineResult result, Messages messages, ReportMeta meta) throws IOException {
        return write(outDir, result, Map.of(), messages, meta);
    }

    /** As above; {@code suppressed} findings are listed as such and left out of the verdict's counts. */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressed, Messages messages,
                                   ReportMeta meta) throws IOException {
        return write(outDir, result, suppressed, messages, meta, Cells.none());
    }

    /** As above; the page names the workbook cell of each finding on imported data. */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressed, Messages messages,
                                   ReportMeta meta, Cells cells) throws IOException {
        return write(outDir, result, suppressed, messages, meta, cells, ReportFormats.standard());
    }

    /** As above, the Markdown and the page only when {@code formats} has them; the JSON whenever there is a score. */
    static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressed, Messages messages,
                            ReportMeta meta, Cells cells, ReportFormats formats) throws IOException {
        return write(outDir, result, suppressed, Set.of(), messages, meta, cells, formats);
    }

    /** As above; {@code baselined} findings (in jixiao-baseline.json) are marked and left out of the verdict's counts too. */
    static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressed, Set<Finding> baselined,
                            Messages messages, ReportMeta meta, Cells cells, ReportFormats formats) throws IOException {
        return write(outDir, result, suppressed, baselined, Map.of(), messages, meta, cells, formats);
    }

    /** As above; a finding the baseline holds at a lower severity ({@code raised}) counts, tagged with both severities. */
    static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressed, Set<Finding> baselined,
                            Map<Finding, io.github.jixiao.finding.Severity> raised, Messages messages, ReportMeta meta, Cells cells, ReportFormats formats)
            throws IOException {
        messages = messages.forResult(result).withCells(cells);
        List<Path> written = new ArrayList<>();
        if (result.sheet() != null) {
            // the score as data (diff, aggregate and the attached artifact read it): only where there is one
            Path json = outDir.resolve(ReportWriter.SUMMARY_JSON);
            AtomicFiles.write(json, Json.content(jsonTree(result, meta, messages, cells)));
            written.add(json);
        }
        // the readable summary at every stage: without a score (目标申报, 运行监控, or a submission that could not be
        // scored) it gives the verdict and every finding
        if (formats.has(ReportFormats.Format.MD)) {
            Path md = outDir.resolve(ReportWriter.SUMMARY_MD);
            StringBuilder text = TextBuffer.builder();
            ScoreSummaryMarkdown.render(text, result, suppressed, baselined, raised, messages, meta, cells);
            TextBuffer.write(md, text);
            written.add(md);
        }
        if (formats.has(ReportFormats.Format.HTML)) {
            Path html = outDir.resolve(ReportWriter.SUMMARY_HTML);
            StringBuilder text = TextBuffer.builder();
            ScoreSummaryHtml.render(text, result, suppressed, baselined, raised, messages, meta, cells);
            TextBuffer.write(html, text);
            written.add(html);
        }
        return written;
    }

    /**
     * A criterion's 评分标准 as the page and the Markdown show it: in the framework's English in English, cleaned and
     * cut only at 4,000 characters (the caller escapes it for its format and leaves out a criterion without one).
     */
    static String standard(CriterionScore c, FrameworkNames names) {
        return Escape.cut(Escape.clean(names.standard(c.standard())), 4000);
    }

    /**
     * {@link #standard} as the Markdown ({@code md}) or the page ({@code html}) writes it, remembered by the framework's
     * text: a framework's 评分标准 are the same for every department it scores, and cleaning, cutting and escaping each
     * one was a third of the Markdown's time (issue 17). At most {@link #STANDARDS} texts of at most 4,000 characters
     * are kept a format, for the life of the JVM (a framework in a project may hold anything).
     */
    static String standard(CriterionScore c, FrameworkNames names, boolean html) {
        String raw = names.standard(c.standard());
        java.util.concurrent.ConcurrentHashMap<String, String> cache = html ? HTML_STANDARDS : MD_STANDARDS;
        String v = raw == null ? null : cache.get(raw);
        if (v == null) {
            String t = Escape.cut(Escape.clean(raw), 4000);
            v = html ? Escape.html(t) : Escape.md(t);
            if (raw != null && raw.length() <= 4000 && cache.size() < STANDARDS) {
                cache.putIfAbsent(raw, v);
            }
        }
        return v;
    }

    private static final int STANDARDS = 256;

    /**
     * The indicator row that {@code item}, an item of an indicator-points criterion ("indicator-3"), scores, where that row
     * prints its own 评分标准 or 指标解释 (福建 2020); null otherwise, and for any other criterion.
     */
    static io.github.jixiao.model.Indicator withTexts(EngineResult result, CriterionScore item) {
        String id = item.id();
        if (!id.startsWith("indicator-")) {
            return null;
        }
        int k;
        try {
            k = Integer.parseInt(id.substring("indicator-".length()));
        } catch (NumberFormatException e) {
            return null;
        }
        List<io.github.jixiao.model.Indicator> rows = result.indicators();
        io.github.jixiao.model.Indicator i = k < rows.size() && rows.get(k).index() == k ? rows.get(k) : null;
        for (int j = 0; i == null && j < rows.size(); j++) {
            i = rows.get(j).index() == k ? rows.get(j) : null;
        }
        return i != null && (!blankText(i.columns().standard()) || !blankText(i.columns().definition())) ? i : null;
    }

    /** Whether any indicator row prints its own 评分标准 or 指标解释: the spreadsheet's columns for them are there only then. */
    static boolean anyRowTexts(EngineResult result) {
        for (io.github.jixiao.model.Indicator i : result.indicators()) {
            if (!blankText(i.columns().standard()) || !blankText(i.columns().definition())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blankText(String s) {
        return s == null || s.isBlank();
    }
    private static final java.util.concurrent.ConcurrentHashMap<String, String> MD_STANDARDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> HTML_STANDARDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** score-summary.json. */
    static String json(EngineResult result, ReportMeta meta) {
        return Json.write(jsonTree(result, meta));
    }

    static ReportModel.SummaryDocument jsonTree(EngineResult result, ReportMeta meta) {
        return jsonTree(result, meta, new Messages(Messages.ZH), Cells.of(result));
    }

    /**
     * As above; the findings' fingerprints from {@code m} (remembered there for the run's other reports), each figure's
     * workbook cell from {@code cells}.
     */
    static ReportModel.SummaryDocument jsonTree(EngineResult result, ReportMeta meta, Messages m, Cells cells) {
        ScoreSheet sheet = result.sheet();
        List<ReportModel.LevelRecord> levels = new ArrayList<>();
        for (Level l : levels(sheet)) {
            levels.add(new ReportModel.LevelRecord(l.name(), fixed(l.weight()), fixed(l.score())));
        }
        List<ReportModel.CriterionRecord> criteria = new ArrayList<>();
        Map<String, List<Finding>> byCriterion = byCriterion(result.findings());
        Directions directions = Directions.of(result);
        for (CriterionScore c : sheet.criteria()) {
            criteria.add(criterion(result, cells, c, true, findingRefs(byCriterion.getOrDefault(c.id(), List.of()), m), directions));
        }
        long incomplete = incomplete(result);
        List<ReportModel.UnscoredRecord> unscored = new ArrayList<>();
        for (ScoreSheet.Unscored u : sheet.unscored()) {
            unscored.add(new ReportModel.UnscoredRecord(u.criterion(), u.name(), fixed(u.points()), u.reason()));
        }
        return new ReportModel.SummaryDocument("jixiao", meta.pluginVersion(), meta.schemaVersion(), sheet.frameworkId(),
                sheet.frameworkVersion(), sheet.frameworkName(), sheet.frameworkFile(), sheet.frameworkBase(),
                sheet.frameworkBaseVersion(), sheet.frameworkBaseKind(), result.department(), result.project(), result.year(),
                result.stage(), result.kind(), fixed(sheet.total()), fixed(sheet.reviewedTotal()),
                sheet.reviewedGrade(), reviewedWithheld(sheet, FrameworkNames.of(sheet, m), m), sheet.grade(), sheet.provisional(),
                sheet.gradeDoubt() == null || sheet.gradeDoubtSuppressed() != null ? null
                        : new ReportModel.GradeProvisional(sheet.gradeDoubt().ruleId(), m.fingerprint(sheet.gradeDoubt()),
                        gradeDoubt(sheet, FrameworkNames.of(sheet, m), m)),
                // the doubt a jixiao-suppressions entry explains (its reason as written): no 暂定 (since session 58)
                sheet.gradeDoubt() == null || sheet.gradeDoubtSuppressed() == null ? null
                        : new ReportModel.GradeProvisional(sheet.gradeDoubt().ruleId(), m.fingerprint(sheet.gradeDoubt()),
                        Escape.value(sheet.gradeDoubtSuppressed())),
                sheet.partial() ? Boolean.TRUE : null, sheet.unpointed() ? Boolean.TRUE : null,
                sheet.pointless() ? Boolean.TRUE : null, sheet.graded() ? null : ungraded(sheet), fixed(sheet.unscoredPoints()), unscored, incomplete == 0, incomplete, fixed(sheet.weight()), levels, criteria,
                findingRefs(unattached(result), m));
    }

    private static ReportModel.CriterionRecord criterion(EngineResult result, Cells cells, CriterionScore c, boolean top,
                                                         List<ReportModel.FindingRef> findings, Directions directions) {
        List<ReportModel.InputRecord> inputs = new ArrayList<>();
        for (ScoreInput i : c.inputs()) {
            // where the figure sits (file, line, column, workbook cell), as the page's and the Markdown's 所用数据 say it:
            // a reviewer's script or a CI annotation reads it here (session 43)
            io.github.jixiao.load.Src src = source(i, result);
            inputs.add(src == null ? new ReportModel.InputRecord(i.label(), i.value(), i.ref())
                    : new ReportModel.InputRecord(i.label(), i.value(), i.ref(), src.file(), src.line(), src.column(),
                            cells.at(src.file(), src.pointer())));
        }
        List<ReportModel.CriterionRecord> items = null;
        if (!c.items().isEmpty()) {
            items = new ArrayList<>();
            for (CriterionScore it : c.items()) {
                items.add(criterion(result, cells, it, false, null, directions));
            }
        }
        List<String> path = top && c.level1() != null ? java.util.Arrays.asList(c.level1(), c.level2()) : null;
        // an indicator item's own 评分标准 and 指标解释 (福建 2020), as the .md, .html and .xlsx show them; absent when the row has none
        io.github.jixiao.model.Indicator texts = top ? null : withTexts(result, c);
        return new ReportModel.CriterionRecord(c.id(), c.name(), path, fixed(c.weight()), fixed(c.score()), c.method(),
                c.restsOnIndicators() ? Boolean.TRUE : null, top || directions == null ? null : directions.word(c.id()), inputs,
                c.explanation(), c.claimed(), c.reviewed(), c.reviewedReason(),
                texts == null || blankText(texts.columns().standard()) ? null : texts.columns().standard(),
                texts == null || blankText(texts.columns().definition()) ? null : texts.columns().definition(), items, findings);
    }

    /**
     * Where a person finds a figure of the score (the reports' 所用数据): its file, line and column
     * ({@code submission/budget.json:12:7}), and the workbook cell it was imported from where it was
     * ({@code （单元格 自评表!F12）}); null when no location is known (a figure derived, a file not read), and the
     * report shows the reference ({@code budget#/procurement/actual}) as before. Looked up here, for a figure rendered.
     */
    static Place place(ScoreInput in, EngineResult result, Cells cells, Messages m) {
        io.github.jixiao.load.Src src = source(in, result);
        return src == null ? null : place(src, cells, m);
    }

    /** Where {@code src} is: its file, line and column, and the workbook cell its value was imported from where it was. */
    static Place place(io.github.jixiao.load.Src src, Cells cells, Messages m) {
        String cell = cells.shown(src.file(), cells.at(src.file(), src.pointer()), m.english());
        return new Place(src.file() + ":" + src.line() + ":" + src.column(), cell == null ? null : cellAfter(cell, m));
    }

    /**
     * The workbook cell a value came from, to follow its location as it is: {@code （单元格 自评表!F12）} right after it in
     * Chinese (a full-width bracket takes no space), {@code  (cell 自评表!F12)} after a space in English. The one style of
     * the 所用数据, the Markdown's and the console's findings and the 目标申报 table (before session 43 a finding's was
     * {@code budget.json:10 （单元格 …）}, a figure's {@code budget.json:9:20（单元格 …）}). Unescaped: each output escapes it.
     */
    static String cellAfter(String cell, Messages m) {
        return (m.english() ? " " : "") + m.label("report.cell", Escape.value(cell));
    }

    /**
     * The location of a figure's value in the files read, or null (no reference, a figure derived, a file not read): from
     * the result's {@link io.github.jixiao.engine.Places}, which looks each reference up once for all the reports.
     */
    static io.github.jixiao.load.Src source(ScoreInput in, EngineResult result) {
        return in.ref() == null || in.ref().isEmpty() ? null : result.places().of(in.ref());
    }

    /**
     * A figure's place: {@code file:line:column}, and the cell it was imported from as {@code report.cell} says it, to
     * follow the location as it is (a space before it in English); null when typed by hand.
     */
    record Place(String location, String cell) {
    }

    private static List<ReportModel.FindingRef> findingRefs(List<Finding> fs, Messages m) {
        List<ReportModel.FindingRef> out = new ArrayList<>(fs.size());
        for (Finding f : fs) {
            out.add(new ReportModel.FindingRef(f.ruleId(), f.severity().id(), m.fingerprint(f)));
        }
        return out;
    }

    /**
     * The 指标方向 (direction) the indicator rows state ({@link io.github.jixiao.target.Direction#stated}: 正向 ≥, 反向 ≤),
     * for the reports: score-summary.json's {@code direction} of each indicator item, the note after its name in the
     * .md and .html (the direction and the comparator the target was read with: （正向，按 ≥）) and the .xlsx 绩效指标
     * column. {@link #of} is null when no row states one: the reports of such a submission are as before session 27,
     * byte for byte.
     */
    static final class Directions {
        /** The rows by their index; null where a row states no direction. */
        private final io.github.jixiao.model.Indicator[] rows;

        private Directions(io.github.jixiao.model.Indicator[] rows) {
            this.rows = rows;
        }

        /** The directions of {@code result}'s rows, or null when none states one. */
        static Directions of(EngineResult result) {
            io.github.jixiao.model.Indicator[] rows = null;
            for (io.github.jixiao.model.Indicator i : result.indicators()) {
                if (io.github.jixiao.target.Direction.stated(i.columns().direction()) != null && i.index() >= 0) {
                    if (rows == null) {
                        int n = 0;
                        for (io.github.jixiao.model.Indicator j : result.indicators()) {
                            n = Math.max(n, j.index() + 1);
                        }
                        rows = new io.github.jixiao.model.Indicator[n];
                    }
                    rows[i.index()] = i;
                }
            }
            return rows == null ? null : new Directions(rows);
        }

        /** The row a criterion item scores ("indicator-3"), when it states a direction; else null. */
        private io.github.jixiao.model.Indicator row(String criterionId) {
            if (criterionId == null || !criterionId.startsWith("indicator-")) {
                return null;
            }
            try {
                int k = Integer.parseInt(criterionId.substring("indicator-".length()));
                return k >= 0 && k < rows.length ? rows[k] : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** score-summary.json's {@code direction} of a criterion item: "正向" or "反向" (正向指标 as 正向), else null. */
        String word(String criterionId) {
            io.github.jixiao.model.Indicator i = row(criterionId);
            return i == null ? null : io.github.jixiao.target.Direction.stated(i.columns().direction())
                    == io.github.jixiao.target.Comparator.GE ? "正向" : "反向";
        }

        /**
         * What follows an indicator item's name in the .md and .html: its direction and the comparator its target was read
         * with, "（正向，按 ≥）" (" (正向 (higher is better), read as ≥)"), or "（正向）" for a target of words; "" for an
         * item whose row states none.
         */
        String note(String criterionId, Messages m) {
            io.github.jixiao.model.Indicator i = row(criterionId);
            if (i == null) {
                return "";
            }
            String word = cell(i, m);
            io.github.jixiao.target.TargetValue t = i.targetValue();
            String said = t != null && t.isQuantitative() && t.comparator() != null
                    ? m.label("summary.direction.read", word, t.comparator().symbol()) : word;
            return m.label("punct.open") + said + m.label("punct.close");
        }

        /** The .xlsx 绩效指标 cell of {@code i}: 正向 or 反向 (in English glossed), "" for a row that states none. */
        String cell(io.github.jixiao.model.Indicator i, Messages m) {
            io.github.jixiao.target.Comparator c = io.github.jixiao.target.Direction.stated(i.columns().direction());
            return c == null ? "" : m.label(c == io.github.jixiao.target.Comparator.GE ? "summary.direction.forward"
                    : "summary.direction.reverse");
        }
    }

    // ---- shared by the three formats ----

    /** A 一级 block: its name, the weight and score of its criteria. */
    record Level(String name, BigDecimal weight, BigDecimal score, List<CriterionScore> criteria) {
    }

    /** The 一级 blocks in framework order. */
    static List<Level> levels(ScoreSheet sheet) {
        Map<String, List<CriterionScore>> by = new LinkedHashMap<>();
        for (CriterionScore c : sheet.criteria()) {
            by.computeIfAbsent(c.level1() == null ? "" : c.level1(), k -> new ArrayList<>()).add(c);
        }
        List<Level> out = new ArrayList<>();
        by.forEach((name, cs) -> out.add(new Level(name,
                cs.stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add),
                cs.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add), cs)));
        return out;
    }

    /** The findings that touch criterion {@code id}, in report order. */
    static List<Finding> findings(EngineResult result, String id) {
        return byCriterion(result.findings()).getOrDefault(id, List.of());
    }

    /** The findings by the criterion they touch, each list in report order: one pass, not one per criterion. */
    static Map<String, List<Finding>> byCriterion(List<Finding> findings) {
        Map<String, List<Finding>> by = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (f.criterion() != null) {
                by.computeIfAbsent(f.criterion(), k -> new ArrayList<>()).add(f);
            }
        }
        return by;
    }

    /**
     * The verdict a reviewer reads first: how many open (neither suppressed nor in the baseline) errors, warnings and
     * infos, and what that means in plain words; the suppressed and the baselined counted apart, as the console
     * counts them (a finding both suppressed and baselined is counted as suppressed).
     */
    record Verdict(long errors, long warnings, long infos, long suppressed, long baselined, long heldErrors, long heldWarnings) {
        Verdict(long errors, long warnings, long infos, long suppressed, long baselined) {
            this(errors, warnings, infos, suppressed, baselined, 0, 0);
        }

        static Verdict of(List<Finding> findings, Map<Finding, String> suppressed) {
            return of(findings, suppressed, Set.of());
        }

        static Verdict of(List<Finding> findings, Map<Finding, String> suppressed, Set<Finding> baselined) {
            long[] n = new long[3];
            long[] held = new long[3];
            long s = 0;
            long b = 0;
            for (Finding f : findings) {
                if (suppressed.containsKey(f)) {
                    s++;
                    held[f.severity().ordinal()]++;
                } else if (baselined.contains(f)) {
                    b++;
                    held[f.severity().ordinal()]++;
                } else {
                    n[f.severity().ordinal()]++;
                }
            }
            return new Verdict(n[0], n[1], n[2], s, b, held[0], held[1]);
        }

        /** ok, warn or err: the page's colour. */
        String level() {
            return errors > 0 ? "err" : warnings > 0 ? "warn" : "ok";
        }

        /**
         * What the counts mean; where the baseline or the suppressions hold back errors or warnings, a sentence saying how
         * many, so that "没有错误和警告" beside a baseline of 11 errors does not read as none at all.
         */
        String status(Messages m) {
            String status = errors > 0 ? m.label("summary.status.errors", errors)
                    : warnings > 0 ? m.label("summary.status.warnings", warnings) : m.label("summary.status.clean");
            if (heldErrors + heldWarnings == 0) {
                return status;
            }
            String sp = m.english() ? " " : "";
            // what the baseline and a suppression are, said where they hold findings back (a finance officer reading
            // "基线中" on the page had no word of what a baseline is; session 40's trial)
            return status + sp + m.label("summary.status.setAside", heldErrors, heldWarnings)
                    + (baselined > 0 ? sp + m.label("summary.status.baselineWhat") : "")
                    + (suppressed > 0 ? sp + m.label("summary.status.suppressedWhat") : "");
        }

        String counts(Messages m) {
            return m.label("summary.counts", errors, warnings, infos);
        }

        /** The counts, then how many were suppressed and how many are in the baseline, where there are any. */
        String countsAndSetAside(Messages m) {
            StringBuilder sb = new StringBuilder(counts(m));
            if (suppressed > 0) {
                sb.append(" · ").append(m.label("summary.suppressedCount", suppressed));
            }
            if (baselined > 0) {
                sb.append(" · ").append(m.label("summary.baselinedCount", baselined));
            }
            return sb.toString();
        }
    }

    /**
     * The page's heading (and the Markdown's): the title (department and year) and a subtitle line. The subtitle is
     * where the project's name (department.json {@code project.name}) goes once reports carry it; today it is empty and
     * not shown. The title fits the stage: a 评分表 at 自评, a check of the filing at 目标申报 and 运行监控, where nothing
     * is scored.
     */
    record Heading(String title, String subtitle) {
        static Heading of(EngineResult result, Messages m) {
            String project = result.project() == null || result.project().isBlank() ? ""
                    : m.label("summary.project", Escape.value(result.project()));
            io.github.jixiao.model.Stage st = result.stage() == null ? null : io.github.jixiao.model.Stage.fromLabel(result.stage());
            String key = st == null || st == io.github.jixiao.model.Stage.SELF_EVALUATION ? "summary.title" : "summary.title." + st.name();
            // the department and the year as one argument: a submission without a year leaves no gap ("局 : …")
            String who = ((result.department() == null ? "" : result.department()) + " "
                    + (result.year() == null ? "" : result.year())).strip();
            return new Heading(m.label(key, Escape.value(who)), project);
        }
    }

    /**
     * The grade as every report states it: none when the weights do not add up to the full base (with the base),
     * the grade marked provisional when points could not be scored, else the grade.
     */
    static String grade(ScoreSheet sheet, FrameworkNames names, Messages m) {
        return stated(sheet.grade(), sheet.gradeProvisional(), sheet.graded() ? null : ungraded(sheet), sheet.weight(), names, m);
    }

    /**
     * Why the grade is provisional where a finding doubts it ({@link ScoreSheet#gradeDoubt}: grade-unsupported), as the
     * console's score line, the Markdown, the page and the workbook say it beside the 暂定 grade, and score-summary.json's
     * {@code gradeProvisional} stores it: "等级暂定：预算执行率只有 52.79%，低于 90%，难以评为“优”（grade-unsupported）";
     * null where none does. Since session 57 (audit s56 A11 C11: t83's "（优）" beside the warning that 优 is hard to justify).
     * Where a jixiao-suppressions entry suppresses the finding ({@link ScoreSheet#gradeDoubtSuppressed}, since session 58),
     * the grade is not 暂定 and this says so, with the entry's reason: "等级存疑（grade-unsupported）已在 jixiao-suppressions
     * 中说明，等级不再暂定（抑制理由：…）".
     */
    static String gradeDoubt(ScoreSheet sheet, FrameworkNames names, Messages m) {
        Finding f = sheet.gradeDoubt();
        if (f == null) {
            return null;
        }
        if (sheet.gradeDoubtSuppressed() != null) {
            return m.label("summary.gradeDoubt.suppressed", f.ruleId(), Escape.value(sheet.gradeDoubtSuppressed()));
        }
        List<String> a = f.args();
        String grade = names.grade(a.get(0));
        // "" and "total": execution below 90 % (the grade, the total, the rate); "missed" and "missed-total": the grade, the
        // total, how many rows missed, their names, their points, the top grade's threshold, the points they lose
        return f.key().startsWith("missed") && a.size() >= 7
                ? m.label("summary.gradeDoubt.missed", a.get(2), a.get(6), grade, a.get(5), f.ruleId())
                : m.label("summary.gradeDoubt.execution", a.size() > 2 ? a.get(2) : "", grade, f.ruleId());
    }

    /**
     * The label of {@code sheet}'s total: 综合评分, or, where the scorer decided the figure is no 综合评分
     * ({@link ScoreSheet#noTotal}: no indicator row carries points, a form without points, a cut copy or partial framework,
     * weights that are not the base), 已计得分 (what was scored). Until session 54 only the pointless figure was headed so,
     * and a cut copy's page said "综合评分 0.00 / 55.00" beside an aggregate saying it is none (review s54 R4 M4).
     */
    static String totalLabel(ScoreSheet sheet) {
        return totalLabel(sheet, "summary.total");
    }

    /**
     * As above, with {@code plain} the key of the label where the figure is a 综合评分: score-summary.xlsx's
     * 评分表 heads its total row 合计 (Total, {@code summary.sum}), and 已计得分 where the other reports say it, from the
     * same decision (until session 54 the workbook made the POINTLESS test again for itself).
     */
    static String totalLabel(ScoreSheet sheet, String plain) {
        return sheet.nothingScorable() ? "summary.total.none" : sheet.noTotal() != null ? "summary.total.pointless" : plain;
    }

    /**
     * The figure beside {@link #totalLabel}: "96.15 / 100.00", or, where nothing in the table is scorable ({@link
     * ScoreSheet#nothingScorable()}: t44, t98), "不计分" and no fraction (since session 56: "已计得分 0.00 / 0.00" before,
     * audit s55 A10 row C3). The grade beside it says why.
     */
    static String figure(ScoreSheet sheet, Messages m) {
        return sheet.nothingScorable() ? m.label("summary.notScorable") : text(sheet.total()) + " / " + text(sheet.weight());
    }

    /** The label and the figure as a verdict line opens: "综合评分 96.15 / 100.00", or "得分：不计分" ({@link #figure}). */
    static String labelAndFigure(ScoreSheet sheet, Messages m) {
        return m.label(totalLabel(sheet)) + (sheet.nothingScorable() ? m.label("punct.colon") : " ") + figure(sheet, m);
    }

    /** A total's cell in a 评分表 (the Markdown's, the page's, the workbook's): its figure, or "不计分" as {@link #figure} says. */
    static String totalCell(ScoreSheet sheet, Messages m) {
        return sheet.nothingScorable() ? m.label("summary.notScorable") : text(sheet.total());
    }

    /**
     * Whether a stored summary's total is what the other criteria scored and not a 综合评分 ({@code pointless}, as
     * {@link #totalLabel} says it), with no grade: the aggregate and diff.md head its figure so. False for a summary
     * written before it said so.
     */
    public static boolean pointless(Boolean pointless, String grade) {
        return Boolean.TRUE.equals(pointless) && (grade == null || grade.isEmpty());
    }

    /**
     * Why {@code sheet}'s total has no grade, as every report and the console say it (and score-summary.json's {@code
     * ungraded} stores it for the aggregate and diff.md): the scorer's one decision ({@link ScoreSheet#noTotal}) where the
     * figure is no 综合评分 ({@link #ungraded(ScoreSheet.NoTotal)}); on a 综合评分 that has no grade, {@code unscored} (no
     * point could be scored) or {@code noBand}. Until session 53 this read the sheet's flags (partial, unpointed, pointless,
     * the weights against 100) for itself: a table with no indicator row at all (耒阳四中 2022, t108: total-no-indicators)
     * was said "分值合计 10 分，不是 100 分", or "评分框架只含部分评分项" on a partial framework (t70), not the reason.
     */
    public static String ungraded(ScoreSheet sheet) {
        if (sheet.noTotal() == ScoreSheet.NoTotal.UNPOINTED && sheet.weight().signum() == 0) {
            // a form without points whose copy holds nothing else to score either (its funds block cut: 大英 民政 2020,
            // t98; 大英 双心 2020, t44): not "得分只是预算执行等其余各项的" of an execution never read (review s54 R4 M3)
            // or whose report gives none of the funds figures its execution is scored on (宁德 人才驿站 2023, t59; 吕梁
            // 护工 2021, t58: Scorer.fundsUnprinted), the points then listed as not scored: said so, not "资金一块不在存稿中"
            return sheet.unscored().isEmpty() ? "unpointedNone" : "unpointedUnscored";
        }
        if (sheet.noTotal() == ScoreSheet.NoTotal.POINTLESS && sheet.rowPointsUnprinted()) {
            // the 20 + 80 form (rowPoints unprinted: t13, t27, t56, t69, t82, t111, t115): no row carries points because the
            // form prints none, as score-input-missing's -unprinted note says; not only "各绩效指标都没有分值" (session 56)
            return "unprinted";
        }
        return sheet.noTotal() != null ? ungraded(sheet.noTotal()) : sheet.nothingScored() ? "unscored" : "noBand";
    }

    /**
     * The reports' reason for each of the scorer's: {@code noIndicators} (no indicator row at all: the figure is the other
     * criteria's), {@code unpointed}, {@code pointless}, {@code partial} (a partial framework, cut or at its base), and
     * {@code none} (the weights are not the base: unbased, or a weight of the framework file not valid).
     */
    static String ungraded(ScoreSheet.NoTotal why) {
        return switch (why) {
            case NO_INDICATORS -> "noIndicators";
            case UNPOINTED -> "unpointed";
            case POINTLESS -> "pointless";
            case CUT, PARTIAL -> "partial";
            case INVALID_WEIGHT, UNBASED -> "none";
        };
    }

    /** The reasons {@link #ungraded(ScoreSheet)} gives: a stored summary's {@code ungraded} is read only where it is one. */
    static final java.util.Set<String> UNGRADED = java.util.Set.of("noIndicators", "unpointed", "unpointedNone", "unpointedUnscored", "pointless", "unprinted",
            "partial", "none", "unscored", "noBand");

    /**
     * The 复核总分 (reviewed total) as the verdict line of the console, the page and the Markdown says it: "复核总分 81.65
     * （良）" with its grade where the total is graded; "复核总分 —（…）" with the reason while a 复核分 lies outside its
     * points; null where there is none to say (no 复核分, or not every criterion reviewed: the reports as they were).
     */
    public static String reviewedTotal(ScoreSheet sheet, FrameworkNames names, Messages m) {
        String withheld = reviewedWithheld(sheet, names, m);
        if (withheld != null) {
            return m.label("summary.reviewedTotal.withheld", withheld);
        }
        BigDecimal t = sheet.reviewedTotal();
        if (t == null) {
            return null;
        }
        return sheet.reviewedGrade() == null ? m.label("summary.reviewedTotal", text(t))
                : m.label("summary.reviewedTotal.graded", text(t), names.grade(sheet.reviewedGrade()));
    }

    /**
     * Why there is no 复核总分 while a 复核分 lies outside its points: the first such criterion, row or sub-item with its
     * 复核分 and points (and how many more there are); null where none does.
     */
    public static String reviewedWithheld(ScoreSheet sheet, FrameworkNames names, Messages m) {
        List<CriterionScore> outside = sheet.reviewedOutsidePoints();
        if (outside.isEmpty()) {
            return null;
        }
        CriterionScore c = outside.get(0);
        String name = sheet.criteria().contains(c) ? names.criterion(c) : c.name();
        return m.label("summary.reviewedOutside", name, c.reviewed().stripTrailingZeros().toPlainString(),
                c.weight().stripTrailingZeros().toPlainString())
                + (outside.size() > 1 ? m.label("summary.reviewedOutside.more", outside.size() - 1) : "");
    }

    /**
     * The reviewer's reasons of a criterion as one text, for a cell that holds the criterion's row only (the workbook's
     * 评分表): "复核理由：…" for its own, then each row's or sub-item's "名称：…"; null where none is given. Text as filed (each
     * output escapes it).
     */
    static String reviewedReasons(CriterionScore c, FrameworkNames names, Messages m) {
        List<String> parts = new ArrayList<>();
        if (c.reviewedReason() != null) {
            parts.add(c.reviewedReason());
        }
        for (CriterionScore it : c.items()) {
            if (it.reviewedReason() != null) {
                parts.add(names.criterion(it) + m.label("punct.colon") + it.reviewedReason());
            }
        }
        return parts.isEmpty() ? null : m.label("summary.reviewedReason") + m.label("punct.colon")
                + String.join(m.label("punct.semicolon"), parts);
    }

    /** {@link ScoreSheet#nothingScored()} from a stored summary's figures; null where it does not say them. */
    public static Boolean nothingScored(BigDecimal unscoredPoints, BigDecimal weight) {
        return unscoredPoints == null || weight == null ? null : ScoreSheet.nothingScored(unscoredPoints, weight);
    }

    /**
     * A grade as a stored summary states it, wherever one is shown (the aggregate, diff.md): in the framework's names for
     * the report's language, marked provisional when points could not be scored; or why there is none, as the
     * department's own reports say it ({@link #grade(ScoreSheet, FrameworkNames, Messages)}). {@code ungraded}: the
     * summary's reason ({@link #ungraded(ScoreSheet)}, written since session 53), read where it is one of {@link
     * #UNGRADED}; where it is not (a summary written before), the flags, each null where the summary does not say it:
     * {@code pointless} (no indicator row carries points though the framework wants them, since session 49), {@code
     * partial} (a partial framework: no grade whatever its weights; before it was said, no grade on the full base is its
     * one sign), {@code unpointed} (a form that prints no points on its indicators by design), {@code weight} (the points
     * the weights add up to, said beside {@code none}) and {@code nothingScored} (no point could be scored; where null,
     * {@code provisional} stands for it). Until session 54 five public overloads, one per flag a summary came to store.
     */
    public static String grade(String grade, boolean provisional, String ungraded, Boolean partial, Boolean unpointed,
                               Boolean pointless, BigDecimal weight, Boolean nothingScored, FrameworkNames names, Messages m) {
        return stated(grade, provisional, why(grade, provisional, ungraded, partial, unpointed, pointless, weight, nothingScored),
                weight, names, m);
    }

    /** Why a stored summary's total has no grade (one of {@link #UNGRADED}), read as {@link #grade(String, boolean, String, Boolean, Boolean, Boolean, BigDecimal, Boolean, FrameworkNames, Messages)} reads it; null where it has one. */
    private static String why(String grade, boolean provisional, String ungraded, Boolean partial, Boolean unpointed,
                              Boolean pointless, BigDecimal weight, Boolean nothingScored) {
        return grade != null && !grade.isEmpty() ? null : ungraded != null && UNGRADED.contains(ungraded) ? ungraded
                : Boolean.TRUE.equals(pointless) ? "pointless" : ungraded(partial, unpointed, weight, provisional, nothingScored);
    }

    /**
     * The reasons of {@link #UNGRADED} that are the scorer's {@link ScoreSheet.NoTotal} ({@link #ungraded(ScoreSheet.NoTotal)}):
     * the figure is no 综合评分. Not {@code unscored} or {@code noBand}: a 综合评分 on the full base that has no grade.
     */
    static final java.util.Set<String> NO_TOTAL = java.util.Set.of("noIndicators", "unpointed", "unpointedNone", "unpointedUnscored", "pointless", "unprinted",
            "partial", "none");

    /**
     * Why a stored summary's figure is no 综合评分 (one of {@link #NO_TOTAL}: the scorer's one decision, as the summary
     * stored it, or its flags in one written before), or null where it is one: the aggregate lists such a department
     * apart, not graded and not ranked among the totals (since session 54).
     */
    public static String noTotal(String grade, boolean provisional, String ungraded, Boolean partial, Boolean unpointed,
                                 Boolean pointless, BigDecimal weight, Boolean nothingScored) {
        String why = why(grade, provisional, ungraded, partial, unpointed, pointless, weight, nothingScored);
        return why != null && NO_TOTAL.contains(why) ? why : null;
    }

    /** A grade, or {@code why} there is none, as the reports state it; the weights are said beside {@code none}. */
    private static String stated(String grade, boolean provisional, String why, BigDecimal weight, FrameworkNames names, Messages m) {
        if (grade == null || grade.isEmpty()) {
            return why.equals("none") ? m.label("summary.grade.none", weight == null ? "" : weight.stripTrailingZeros().toPlainString())
                    : m.label("summary.grade." + why);
        }
        String g = names.grade(grade);
        return provisional ? g + m.label("summary.grade.provisional") : g;
    }

    /**
     * Whether a stored summary's figure is what the other criteria scored and not a 综合评分 ({@code pointless}), read from
     * its {@code ungraded} where it says one, else from its flag ({@link #pointless(Boolean, String)}).
     */
    public static boolean pointless(String ungraded, Boolean pointless, String grade) {
        return ungraded != null && UNGRADED.contains(ungraded) ? ("pointless".equals(ungraded) || "unprinted".equals(ungraded))
                && (grade == null || grade.isEmpty())
                : pointless(pointless, grade);
    }

    /**
     * Why a total has no grade, for every report and the console alike: {@code partial}, a partial framework's total (its
     * own finding says which part it lacks; in a summary written before it said so, no grade on the full base);
     * on the full base of a whole framework {@code unscored}, no point could be scored (every one lacked its figures:
     * P2, session 25), or {@code noBand}, no band of the framework holds the total; else {@code none}, the weights do not
     * add up to the full base. {@code nothingScored} null (a summary that does not say its unscored points): then
     * {@code provisional} stands for it, as the scorer withholds a grade on the full base for nothing else in practice.
     * <p>First {@code unpointed}: a form that prints no points on its indicator rows by design (the 中央
     * transfer's 区域 form, mof-transfer-region), whose total is the execution's alone and is not graded (before session
     * 42 said as weights adding up short of 100, true of the sum and not the reason).
     */
    static String ungraded(Boolean partial, Boolean unpointed, BigDecimal weight, boolean provisional, Boolean nothingScored) {
        if (Boolean.TRUE.equals(unpointed)) {
            return "unpointed";
        }
        boolean full = weight != null && weight.compareTo(io.github.jixiao.score.ScoreSheet.FULL_BASE) == 0;
        if (partial != null ? partial : full) {
            return "partial";
        }
        if (full) {
            return (nothingScored != null ? nothingScored : provisional) ? "unscored" : "noBand";
        }
        return "none";
    }

    /**
     * The heading of the points that could not be scored: they make the grade provisional, unless no grade is given at
     * all (the weights do not add up to the full base: 九亭镇 2020's 不评定 is not 暂定).
     */
    static String unscoredHeading(ScoreSheet sheet, Messages m) {
        String points = sheet.unscoredPoints().stripTrailingZeros().toPlainString();
        return sheet.graded() ? m.label("summary.unscored", points) : m.label("summary.unscored.ungraded", points);
    }

    /** The points that could not be scored, one line each: "name (points): reason". */
    static List<String> unscored(ScoreSheet sheet, Messages m) {
        List<String> out = new ArrayList<>();
        FrameworkNames names = FrameworkNames.of(sheet, m);
        for (ScoreSheet.Unscored u : sheet.unscored()) {
            // "1 point", "2 points" (the Chinese the same for both)
            out.add(m.label(u.points().compareTo(BigDecimal.ONE) == 0 ? "summary.unscored.item.one" : "summary.unscored.item",
                    Escape.value(names.group(u.name())), u.points().stripTrailingZeros().toPlainString(), Escape.value(u.reason())));
        }
        return out;
    }

    /** The stage in the report's language. */
    static String stage(String label, Messages m) {
        io.github.jixiao.model.Stage st = io.github.jixiao.model.Stage.fromLabel(label);
        return st == null ? Escape.value(label) : m.label("stage." + st.name());
    }

    /**
     * What the verdict says in place of a score: at 目标申报 and 运行监控 that the score is a year-end figure; at 自评 that
     * the submission could not be scored.
     */
    static String notScored(EngineResult result, Messages m) {
        io.github.jixiao.model.Stage st = result.stage() == null ? null : io.github.jixiao.model.Stage.fromLabel(result.stage());
        if (st != null && st != io.github.jixiao.model.Stage.SELF_EVALUATION) {
            return m.label("summary.notScoredStage", m.label("stage." + st.name()));
        }
        return m.label("summary.notScored");
    }

    /**
     * The department's own score for a criterion when it differs from the computed one, after the formula
     * ("（自评 98）"), as the page, the Markdown and the workbook give it; empty otherwise, and for a criterion scored on
     * the department's own score, whose formula says it already (自评 50，超过分值 5，按 5 计), as the console does.
     */
    static String claimed(CriterionScore c, Messages m) {
        if (c.claimed() == null || c.claimed().compareTo(c.score()) == 0 || "assessed".equals(c.method())) {
            return "";
        }
        return m.label("punct.open") + m.label("summary.claimed", c.claimed().toPlainString()) + m.label("punct.close");
    }

    /** Scoring findings that touch no single criterion (a stated total or grade, the framework). */
    static List<Finding> unattached(EngineResult result) {
        return result.findings().stream().filter(f -> f.criterion() == null && SCORING_RULES.contains(f.ruleId())).toList();
    }

    /** A number with exactly 2 decimals. */
    static BigDecimal fixed(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    static String text(BigDecimal v) {
        return fixed(v).toPlainString();
    }

    /**
     * How many criteria were scored 0 for want of data, by id ({@link ScoreSheet#criteriaWithoutData}): those the sheet
     * lists as not scored (a figure missing or refused by the schema, a role file that is broken, a framework fault
     * in the criterion, an indicator row without its target or actual). A total with such criteria is a lower bound, and
     * the summary says so. A criterion that lost nothing does not count: one whose rows carry no points weighs 0 (a
     * table without a 分值 column, 东丽区 2020, 衡山 2020: score-weights says the base falls short), a cost-free
     * framework fault names none. Two criteria under one id (an error of its own, duplicate-id) count once here; the
     * page's count ({@link #withoutData}) lists each.
     */
    static long incomplete(EngineResult result) {
        return result.sheet() == null ? 0 : result.sheet().criteriaWithoutData();
    }

    /**
     * What the page and the Markdown count as scored 0 for want of data: each entry of the list of points not scored
     * printed with it (an indicator row or a criterion; {@link ScoreSheet#withoutData}). 天长 2022's six rows without
     * targets, in two criteria, are six, not two; 东丽区 2020's 预算执行率 is one, not four with the three indicator
     * blocks of a table without 分值 (they weigh 0 and are not listed).
     */
    static long withoutData(EngineResult result) {
        return result.sheet() == null ? 0 : result.sheet().withoutData();
    }
}
