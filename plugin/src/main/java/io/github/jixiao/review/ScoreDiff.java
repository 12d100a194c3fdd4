package io.github.jixiao.review;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Escape;
import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel.CriterionRecord;
import io.github.jixiao.report.ReportModel.FindingRecord;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import io.github.jixiao.report.ScoreSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares two builds' score summaries (and their findings, when a {@code findings.json} sits beside each
 * summary): total before and after, every criterion whose score moved, findings new and resolved. Reads and
 * writes through the report model's records ({@link SummaryDocument}, {@link FindingsDocument}).
 */
public final class ScoreDiff {

    /** A criterion whose score moved. */
    public record Moved(String id, String name, BigDecimal before, BigDecimal after) {
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /**
     * The comparison. {@code newFindings}/{@code resolvedFindings} are null when the base has no findings.
     *
     * @param frameworkId     the current summary's framework (its names in English when the report is)
     * @param newLocale       the language findings.json wrote the new findings' messages in ("zh-CN", "en"), or null
     * @param resolvedLocale  likewise for the base's findings.json, which gives the resolved ones
     * @param before          how the base summary states its grade (provisional; the points its weights add up to)
     * @param after           likewise for the current summary
     */
    public record Result(BigDecimal totalBefore, BigDecimal totalAfter, String gradeBefore, String gradeAfter,
                         List<Moved> moved, List<FindingRecord> newFindings, List<FindingRecord> resolvedFindings,
                         String frameworkId, String newLocale, String resolvedLocale, GradeState before, GradeState after) {
        public Result(BigDecimal totalBefore, BigDecimal totalAfter, String gradeBefore, String gradeAfter,
                      List<Moved> moved, List<FindingRecord> newFindings, List<FindingRecord> resolvedFindings,
                      String frameworkId, String newLocale, String resolvedLocale) {
            this(totalBefore, totalAfter, gradeBefore, gradeAfter, moved, newFindings, resolvedFindings, frameworkId, newLocale,
                    resolvedLocale, GradeState.PLAIN, GradeState.PLAIN);
        }

        public Result(BigDecimal totalBefore, BigDecimal totalAfter, String gradeBefore, String gradeAfter,
                      List<Moved> moved, List<FindingRecord> newFindings, List<FindingRecord> resolvedFindings) {
            this(totalBefore, totalAfter, gradeBefore, gradeAfter, moved, newFindings, resolvedFindings, null, null, null);
        }

        public BigDecimal delta() {
            return totalAfter.subtract(totalBefore);
        }
    }

    /**
     * Where a finding's file and line are on the web: {@code <repository>/blob/<revision>/<file>#L<line>}. Taken from
     * the {@code jixiao.repositoryUrl} / {@code jixiao.revision} parameters or the CI's environment (GitHub Actions:
     * {@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY}, {@code GITHUB_SHA}); none when either is unknown or not of
     * a safe form (an https URL of plain path segments, a revision of letters, digits, '.', '_', '-' and '/').
     */
    public record Links(String repositoryUrl, String revision) {
        private static final Pattern URL = Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~-]+)*/?");
        private static final Pattern REV = Pattern.compile("[A-Za-z0-9._/-]{1,100}");

        public static Links none() {
            return new Links(null, null);
        }

        /** From the parameters, else from the environment; {@link #none} when not both are known and safe. */
        public static Links of(String repositoryUrl, String revision, Map<String, String> env) {
            String url = repositoryUrl;
            String rev = revision;
            if ((url == null || url.isBlank()) && env.get("GITHUB_REPOSITORY") != null) {
                url = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com") + "/" + env.get("GITHUB_REPOSITORY");
            }
            if (rev == null || rev.isBlank()) {
                rev = env.get("GITHUB_SHA");
            }
            if (url == null || rev == null || !URL.matcher(url.trim()).matches() || !REV.matcher(rev.trim()).matches()
                    || rev.contains("..")) {
                return none();
            }
            String u = url.trim();
            return new Links(u.endsWith("/") ? u.substring(0, u.length() - 1) : u, rev.trim());
        }

        public boolean known() {
            return repositoryUrl != null;
        }

        String to(String file, int line) {
            return repositoryUrl + "/blob/" + revision + "/" + Escape.uri(file) + (line > 0 ? "#L" + line : "");
        }
    }

    private ScoreDiff() {
    }

    /**
     * What a score summary says beside its grade, so that diff.md states a grade as the department's own reports do
     * ({@link ScoreSummary#grade(String, boolean, BigDecimal, FrameworkNames, Messages)}).
     */
    public record GradeState(boolean provisional, BigDecimal weight) {
        static final GradeState PLAIN = new GradeState(false, null);

        static GradeState of(SummaryDocument s) {
            return new GradeState(s.provisional(), s.weight());
        }

        String shown(String grade, FrameworkNames names, Messages m) {
            if ((grade == null || grade.isEmpty()) && weight == null) {
                return ""; // a result built without the summaries' states: nothing to say
            }
            return ScoreSummary.grade(grade, provisional, weight, names, m);
        }
    }

    public static Result compare(SummaryDocument base, SummaryDocument current, FindingsDocument baseFindings,
                                 FindingsDocument currentFindings) {
        Map<String, CriterionRecord> before = criteria(base);
        Map<String, CriterionRecord> after = criteria(current);
        List<Moved> moved = new ArrayList<>();
        for (Map.Entry<String, CriterionRecord> e : after.entrySet()) {
            CriterionRecord b = before.get(e.getKey());
            BigDecimal a = dec(e.getValue().score());
            BigDecimal bs = b == null ? BigDecimal.ZERO : dec(b.score());
            if (a.compareTo(bs) != 0) {
                moved.add(new Moved(e.getKey(), name(e.getValue()), bs, a));
            }
        }
        for (Map.Entry<String, CriterionRecord> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                moved.add(new Moved(e.getKey(), name(e.getValue()), dec(e.getValue().score()), BigDecimal.ZERO));
            }
        }
        List<FindingRecord> added = null;
        List<FindingRecord> resolved = null;
        if (baseFindings != null && currentFindings != null) {
            Map<String, FindingRecord> b = items(baseFindings);
            Map<String, FindingRecord> c = items(currentFindings);
            added = c.values().stream().filter(i -> !b.containsKey(i.fingerprint())).toList();
            resolved = b.values().stream().filter(i -> !c.containsKey(i.fingerprint())).toList();
        }
        return new Result(dec(base.total()), dec(current.total()), nz(base.grade()), nz(current.grade()), moved, added, resolved,
                current.frameworkId(), currentFindings == null ? null : currentFindings.locale(),
                baseFindings == null ? null : baseFindings.locale(), GradeState.of(base), GradeState.of(current));
    }

    private static String name(CriterionRecord c) {
        return c.name() == null ? nz(c.id()) : c.name();
    }

    private static Map<String, CriterionRecord> criteria(SummaryDocument summary) {
        Map<String, CriterionRecord> m = new LinkedHashMap<>();
        for (CriterionRecord c : summary.criteria()) {
            if (c != null) {
                m.put(c.id() != null ? c.id() : nz(c.name()), c);
            }
        }
        return m;
    }

    private static Map<String, FindingRecord> items(FindingsDocument findings) {
        Map<String, FindingRecord> m = new LinkedHashMap<>();
        for (FindingRecord f : findings.findings()) {
            if (f != null) {
                m.put(nz(f.fingerprint()), f);
            }
        }
        return m;
    }

    private static BigDecimal dec(BigDecimal n) {
        return n == null ? BigDecimal.ZERO : n;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** "+0.10", "−0.19" (a true minus sign), "0.00". */
    public static String signed(BigDecimal d) {
        BigDecimal s = d.setScale(2, RoundingMode.HALF_UP);
        int sign = s.signum();
        return sign > 0 ? "+" + s.toPlainString() : sign < 0 ? "−" + s.negate().toPlainString() : s.toPlainString();
    }

    private static String two(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String markdown(Result r, Messages m) {
        return markdown(r, m, Links.none());
    }

    /** As below, with the names of the built-in framework of the current summary's id. */
    public static String markdown(Result r, Messages m, Links links) {
        return markdown(r, m, links, FrameworkNames.of(r.frameworkId(), m));
    }

    /**
     * {@code diff.md}, meant to be posted as a pull-request comment: every word in the report's language, every value
     * from the submission escaped for Markdown ({@link Escape#md}: no HTML, link, image, mention or line break from
     * data), messages whole (a formula is never cut), each finding linked to its file and line when {@code links}
     * knows the repository. The criteria and grades, which score-summary.json keeps in the framework's Chinese, are
     * shown by {@code names} (the English the framework gives, in English); a finding whose findings.json was written
     * in the other language is told again from its rule, key and arguments.
     */
    public static String markdown(Result r, Messages m, Links links, FrameworkNames names) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(m.label("diff.title")).append("\n\n");
        sb.append("**").append(m.label("diff.total")).append("**").append(m.label("punct.colon")).append(two(r.totalBefore()))
                .append(" → ").append(two(r.totalAfter())).append(m.label("punct.open")).append(signed(r.delta())).append(m.label("punct.close"));
        sb.append("  \n**").append(m.label("diff.grade")).append("**").append(m.label("punct.colon"))
                .append(cell(r.before().shown(r.gradeBefore(), names, m))).append(" → ")
                .append(cell(r.after().shown(r.gradeAfter(), names, m))).append("\n\n");
        if (r.moved().isEmpty()) {
            sb.append(m.label("diff.noChange")).append("\n");
        } else {
            sb.append("### ").append(m.label("diff.movedTitle", r.moved().size())).append("\n\n");
            sb.append("| ").append(m.label("diff.criterion")).append(" | ").append(m.label("diff.before")).append(" | ")
                    .append(m.label("diff.after")).append(" | ").append(m.label("diff.delta")).append(" |\n|---|---:|---:|---:|\n");
            for (Moved mv : r.moved()) {
                sb.append("| ").append(cell(names.criterion(mv.id(), mv.name()))).append(" | ").append(two(mv.before())).append(" | ")
                        .append(two(mv.after())).append(" | ").append(signed(mv.delta())).append(" |\n");
            }
        }
        if (r.newFindings() == null) {
            sb.append("\n").append(m.label("diff.noBaseFindings")).append("\n");
        } else {
            findings(sb, m.label("diff.newFindings", r.newFindings().size()), r.newFindings(), r.newLocale(), m, links);
            findings(sb, m.label("diff.resolvedFindings", r.resolvedFindings().size()), r.resolvedFindings(), r.resolvedLocale(), m, links);
        }
        return sb.toString();
    }

    private static void findings(StringBuilder sb, String title, List<FindingRecord> items, String locale, Messages m, Links links) {
        sb.append("\n### ").append(title).append("\n\n");
        if (items.isEmpty()) { // said, as an unchanged score is, not an empty section
            sb.append(m.label("diff.noFindings")).append("\n");
        }
        for (FindingRecord i : items) {
            String sev = i.severity() == null ? "" : i.severity();
            String sevText = switch (sev) {
                case "error", "warning", "info" -> m.label("severity." + sev);
                default -> cell(sev);
            };
            sb.append("- ").append(sevText).append(" `").append(code(i.rule())).append("` ");
            String where = nz(i.file()) + (i.line() > 0 ? ":" + i.line() : "");
            if (!nz(i.file()).isEmpty()) {
                if (links.known()) {
                    sb.append('[').append(cell(where)).append("](").append(links.to(i.file(), i.line())).append(')');
                } else {
                    sb.append(cell(where));
                }
                sb.append(" — ");
            }
            sb.append(Escape.md(Escape.cut(message(i, locale, m), Escape.MAX_MESSAGE))).append("\n");
        }
    }

    /**
     * A finding's message in the report's language: as findings.json wrote it when that was in the same language (or
     * its language is unknown), else made again from its rule, message key and arguments (a finding of a rule this
     * version does not know, or with an unknown severity, keeps its text).
     */
    static String message(FindingRecord i, String locale, Messages m) {
        boolean english = locale != null && "en".equals(java.util.Locale.forLanguageTag(locale).getLanguage());
        boolean chinese = locale != null && "zh".equals(java.util.Locale.forLanguageTag(locale).getLanguage());
        Severity sev = Severity.parse(i.severity());
        if ((!english && !chinese) || english == m.english() || i.rule() == null || m.rule(i.rule()) == null || sev == null) {
            return nz(i.message());
        }
        return m.message(new Finding(i.rule(), sev, i.key(), i.args(), i.file(), i.pointer(), i.line(), i.column(), i.criterion()));
    }

    /** A rule id inside a code span: ids are kebab case; anything else is dropped. */
    private static String code(String rule) {
        return nz(rule).replaceAll("[^A-Za-z0-9._-]", "");
    }

    private static String cell(String s) {
        return Escape.md(Escape.value(s));
    }

    /** {@code diff.json}. */
    public static String json(Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("before", r.totalBefore().setScale(2, RoundingMode.HALF_UP));
        total.put("after", r.totalAfter().setScale(2, RoundingMode.HALF_UP));
        total.put("delta", r.delta().setScale(2, RoundingMode.HALF_UP));
        root.put("total", total);
        Map<String, Object> grade = new LinkedHashMap<>();
        grade.put("before", r.gradeBefore());
        grade.put("after", r.gradeAfter());
        root.put("grade", grade);
        List<Map<String, Object>> moved = new ArrayList<>();
        for (Moved mv : r.moved()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", mv.id());
            e.put("name", mv.name());
            e.put("before", mv.before().setScale(2, RoundingMode.HALF_UP));
            e.put("after", mv.after().setScale(2, RoundingMode.HALF_UP));
            e.put("delta", mv.delta().setScale(2, RoundingMode.HALF_UP));
            moved.add(e);
        }
        root.put("criteria", moved);
        root.put("newFindings", r.newFindings());
        root.put("resolvedFindings", r.resolvedFindings());
        return Json.write(root);
    }
}
