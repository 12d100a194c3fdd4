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
import io.github.jixiao.report.ReportModel.InputRecord;
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

    /**
     * A criterion whose score moved, and why: its {@code explanation} (the formula as applied) in each summary (null
     * on the side that has no such criterion) and the inputs whose value differs between them. {@code otherLanguage}:
     * the base summary was written in the other language than the current one (its explanation is then not restated
     * in diff.md, and an input is compared by its figure alone).
     */
    public record Moved(String id, String name, BigDecimal before, BigDecimal after, String explanationBefore,
                        String explanationAfter, List<InputChange> inputs, boolean otherLanguage, List<RowMove> rows) {
        public Moved(String id, String name, BigDecimal before, BigDecimal after) {
            this(id, name, before, after, null, null, List.of(), false, List.of());
        }

        public Moved(String id, String name, BigDecimal before, BigDecimal after, String explanationBefore,
                     String explanationAfter, List<InputChange> inputs, boolean otherLanguage) {
            this(id, name, before, after, explanationBefore, explanationAfter, inputs, otherLanguage, List.of());
        }

        public Moved {
            inputs = inputs == null ? List.of() : inputs;
            rows = rows == null ? List.of() : rows;
        }

        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /**
     * An input of a moved criterion whose value differs between the summaries: the same input is the same
     * {@code ref} (where the figure was read, e.g. {@code budget#/quarterlyExecution/2/cumulativePercent}), or the
     * same label when a summary gives no ref. Its label and values (with their units) as the summaries state them;
     * a value is null on the side that has no such input.
     */
    public record InputChange(String label, String ref, String before, String after) {
    }

    /**
     * A row (item) of a moved criterion whose score moved, with the figures the current summary read for it (target,
     * actual or 完成档次, the unit's score): given where the criterion's figures cannot be compared (one summary lists
     * none, as a criterion not scored for want of them does), so that diff.md still says what the score now rests on.
     */
    public record RowMove(String name, BigDecimal before, BigDecimal after, List<InputRecord> inputs) {
    }

    /**
     * The comparison. {@code newFindings}/{@code resolvedFindings}/{@code changedFindings}/{@code baselineResolved}/
     * {@code raisedFindings} are null when the base has no findings. {@code raisedFindings}: the findings of the base
     * whose severity this run raised (a note that became a warning once its explanation was deleted, a warning that
     * became an error), each a new problem as much as a new finding is, kept out of {@code changedFindings} (which
     * keeps those whose severity stayed or was lowered). {@code suppressedFindings}: this run's findings the base had
     * unsuppressed (the same fingerprint, or the same finding changed or raised, also listed there) that are suppressed
     * now, by a suppression the pull request may itself have written: otherwise listed nowhere, or only tagged.
     * {@code unsuppressedFindings}: the other way round, this run's findings the base had suppressed that are not now
     * (before, after: the base's side has the reason), a suppression the change removed (or that no longer matches): the
     * finding counts again, and was listed nowhere. {@code baselineResolved}: this run's baseline-stale notes the base did
     * not have (baselined problems now fixed), kept out of the other lists.
     *
     * @param frameworkId     the current summary's framework (its names in English when the report is)
     * @param newLocale       the language findings.json wrote the new findings' messages in ("zh-CN", "en"), or null
     * @param resolvedLocale  likewise for the base's findings.json, which gives the resolved ones
     * @param before          how the base summary states its grade (provisional; the points its weights add up to)
     * @param after           likewise for the current summary
     */
    public record Result(BigDecimal totalBefore, BigDecimal totalAfter, String gradeBefore, String gradeAfter,
                         List<Moved> moved, List<FindingRecord> newFindings, List<FindingRecord> resolvedFindings,
                         List<Changed> changedFindings, List<FindingRecord> baselineResolved,
                         String frameworkId, String newLocale, String resolvedLocale, GradeState before, GradeState after,
                         Reviewed reviewed, List<DirectionChange> directions, List<Changed> raisedFindings,
                         List<FindingRecord> suppressedFindings, List<Changed> unsuppressedFindings) {
        public Result {
            directions = directions == null ? List.of() : directions;
            raisedFindings = raisedFindings == null && newFindings != null ? List.of() : raisedFindings;
            suppressedFindings = suppressedFindings == null && newFindings != null ? List.of() : suppressedFindings;
            unsuppressedFindings = unsuppressedFindings == null && newFindings != null ? List.of() : unsuppressedFindings;
        }

        public BigDecimal delta() {
            return totalAfter.subtract(totalBefore);
        }
    }

    /**
     * The reviewer's scores (复核分) of the two summaries, only where either states one (a criterion's or row's
     * {@code reviewedScore}, or the {@code reviewedTotal}): the totals (null on a side without one) and every criterion
     * or row whose 复核分 differs or is stated on one side only.
     */
    public record Reviewed(BigDecimal totalBefore, BigDecimal totalAfter, List<ReviewedChange> changes,
                           List<ReasonChange> reasons) {
        public Reviewed {
            changes = changes == null ? List.of() : changes;
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    /**
     * A criterion (or, with {@code item}, a row of it) in both summaries whose 复核理由 (reviewer's reason) changed while
     * its 复核分 ({@code reviewedScore}, null where neither states one) stayed the same: the reason {@code before} and
     * {@code after}, null on a side that gives none. A reviewer's new reason for the same deduction is news to the unit.
     */
    public record ReasonChange(String id, String name, String item, String itemName, BigDecimal reviewedScore, String before,
                               String after) {
    }

    /**
     * A criterion (or, with {@code item}, a row of it: an indicator row, the funds row) whose 复核分 differs between the
     * summaries; a value is null on the side that states none. {@code itemName} is the row's name, null for a criterion;
     * {@code reason} the reviewer's reason the current summary gives beside it (reviewedReason), or null.
     */
    public record ReviewedChange(String id, String name, String item, String itemName, BigDecimal before, BigDecimal after,
                                 String reason) {
    }

    /**
     * An indicator row (a criterion's item) whose 指标方向 (direction: 正向, the more the better; 反向, the less the
     * better) differs between the summaries, or is stated in one only (null on the other side): a changed direction
     * turns how its actual is read against its target.
     */
    public record DirectionChange(String id, String name, String item, String itemName, String before, String after) {
    }

    /**
     * A finding whose text changed: one of the base ({@code before}) and one of this run ({@code after}) with the same
     * rule, file and JSON pointer whose fingerprints differ (the message's figures moved: "36 个（44%）" → "35 个（43%）").
     */
    public record Changed(FindingRecord before, FindingRecord after) {
    }

    /**
     * Where a finding's file and line are on the web: {@code <repository>/blob/<revision>/<file>#L<line>}. Taken from
     * the {@code jixiao.repositoryUrl} / {@code jixiao.revision} parameters or the CI's environment (GitHub Actions:
     * {@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY}, {@code GITHUB_SHA}); none when either is unknown or not of
     * a safe form (an https URL of plain path segments, a revision of letters, digits, '.', '_', '-' and '/').
     */
    public record Links(String repositoryUrl, String revision, String prefix) {
        public Links {
            prefix = prefix == null ? "" : prefix;
        }

        public Links(String repositoryUrl, String revision) {
            this(repositoryUrl, revision, "");
        }

        /**
         * As this, each file named from the repository's root: {@code prefix} is the department's folder in it
         * ({@code "kexie/"} for a module of a district's reactor, {@code ""} at the root), as SARIF names it, so that a
         * comment of several departments' diffs says which department's file a finding is in, and links to it.
         */
        public Links withPrefix(String p) {
            return new Links(repositoryUrl, revision, p);
        }

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
            return repositoryUrl + "/blob/" + revision + "/" + Escape.uri(prefix + file) + (line > 0 ? "#L" + line : "");
        }
    }

    /**
     * The later pairing passes: under each key of {@code now} (a place without its key, a row, a moved row), the one
     * finding left there paired with the one left under it in {@code was} where {@code differ} holds of (before, after),
     * a changed finding; the before marked paired, the after rekeyed (for the next pass).
     */
    private static void pairOnes(Map<String, List<FindingRecord>> now, Map<String, List<FindingRecord>> was,
                                 java.util.function.BiPredicate<FindingRecord, FindingRecord> differ,
                                 java.util.Set<FindingRecord> paired, java.util.Set<FindingRecord> rekeyed, List<Changed> changed) {
        for (Map.Entry<String, List<FindingRecord>> e : now.entrySet()) {
            List<FindingRecord> before = was.get(e.getKey());
            if (e.getValue().size() == 1 && before != null && before.size() == 1 && differ.test(before.get(0), e.getValue().get(0))) {
                paired.add(before.get(0));
                rekeyed.add(e.getValue().get(0));
                changed.add(new Changed(before.get(0), e.getValue().get(0)));
            }
        }
    }

    private ScoreDiff() {
    }

    /**
     * What a score summary says beside its grade, so that diff.md states a grade as the department's own reports do
     * ({@link ScoreSummary#grade(String, boolean, String, Boolean, Boolean, Boolean, BigDecimal, Boolean, FrameworkNames, Messages)}).
     * {@code doubtedBy}: the rule of the summary's {@code gradeProvisional} (a finding doubts the grade: grade-unsupported,
     * since session 57), or null (none, or a summary written before): the grade is then 暂定 as the department's own reports
     * state it (since session 58; before, diff.md said t83's 优（暂定） "优").
     */
    public record GradeState(boolean provisional, Boolean partial, Boolean unpointed, Boolean pointless, String ungraded,
                             BigDecimal weight, Boolean nothingScored, String doubtedBy) {
        static final GradeState PLAIN = new GradeState(false, null, null, null, null, null, null, null);

        public GradeState(boolean provisional, Boolean partial, Boolean unpointed, Boolean pointless, String ungraded,
                          BigDecimal weight, Boolean nothingScored) {
            this(provisional, partial, unpointed, pointless, ungraded, weight, nothingScored, null);
        }

        /** {@code ungraded}: the summary's reason for no grade (since session 53), read before its flags. */
        static GradeState of(SummaryDocument s) {
            String doubt = s.gradeProvisional() == null || s.gradeProvisional().rule() == null || s.gradeProvisional().rule().isBlank()
                    ? null : Escape.cut(s.gradeProvisional().rule(), Escape.MAX_VALUE);
            return new GradeState(s.provisional(), s.partial(), s.unpointed(), s.pointless(), s.ungraded(), s.weight(),
                    ScoreSummary.nothingScored(s.unscoredPoints(), s.weight()), doubt);
        }

        String shown(String grade, FrameworkNames names, Messages m) {
            if ((grade == null || grade.isEmpty()) && weight == null) {
                return ""; // a result built without the summaries' states: nothing to say
            }
            return ScoreSummary.grade(grade, provisional || doubted(grade), ungraded, partial, unpointed, pointless, weight,
                    nothingScored, names, m);
        }

        /** Whether a finding doubts this side's grade (there is one: a doubt of no grade marks nothing). */
        boolean doubted(String grade) {
            return doubtedBy != null && grade != null && !grade.isEmpty();
        }

        /**
         * Whether this side's total is what the other criteria scored and not a 综合评分 (its table has no 分值 column:
         * score-summary.json's {@code pointless}); false for a summary written before it said so.
         */
        boolean pointless(String grade) {
            return ScoreSummary.pointless(ungraded, pointless, grade);
        }

        /**
         * Whether this side's summary stored the scorer's decision that its figure is no 综合评分 (score-summary.json's
         * {@code ungraded}, since session 53: a cut copy, a form without points, no indicator row, weights that are not
         * the base, or pointless), as the department's own page heads it 已计得分 since session 54; false for a summary
         * written before it stored the reason (diff.md says it as it did then).
         */
        /**
         * Whether this side's figure is pointless because its form prints no points on its indicators (the 20 + 80 form:
         * score-summary.json's {@code "ungraded": "unprinted"}), said as its console line says it (session 57).
         */
        boolean unprinted(String grade) {
            return "unprinted".equals(ungraded) && pointless(grade);
        }

        boolean noTotal(String grade) {
            return ungraded != null && ScoreSummary.noTotal(grade, provisional, ungraded, partial, unpointed, pointless, weight,
                    nothingScored) != null;
        }
    }

    /**
     * Why a side's grade is 暂定 where a finding doubts it (the summaries' {@code gradeProvisional}), said after the grade
     * line in diff.md's language (a summary's own reason is in the language its run wrote it): "等级暂定：有问题对所评等级存疑
     * （grade-unsupported），见评分汇总" for this revision's, or the base's alone where this one's is not doubted; null
     * where neither is (since session 58).
     */
    static String gradeDoubt(Result r, Messages m) {
        boolean after = r.after() != null && r.after().doubted(r.gradeAfter());
        boolean before = r.before() != null && r.before().doubted(r.gradeBefore());
        if (!after && !before) {
            return null;
        }
        return after ? m.label("diff.gradeDoubt", Escape.md(r.after().doubtedBy()))
                : m.label("diff.gradeDoubtBefore", Escape.md(r.before().doubtedBy()));
    }

    /** Whether the base's figure is what the other criteria scored, not a 综合评分 (a table with no 分值 column). */
    private static boolean pointlessBefore(Result r) {
        return r.before() != null && r.before().pointless(r.gradeBefore());
    }

    /** Whether this revision's figure is what the other criteria scored, not a 综合评分. */
    private static boolean pointlessAfter(Result r) {
        return r.after() != null && r.after().pointless(r.gradeAfter());
    }

    /**
     * The label of diff.md's total line: 总分, or, where a side's figure is what the other criteria scored and not a
     * 综合评分 (a table with no 分值 column), 已计得分 (both sides), or 总分 saying which side's is (s49: "总分 10.00 →
     * 10.00" read as the department's score).
     */
    static String totalLabel(Result r, Messages m) {
        boolean before = pointlessBefore(r);
        boolean after = pointlessAfter(r);
        // any other figure the scorer decided is no 综合评分 (a cut copy: 大英 医保 2023's 0.00 / 55.00), said so as the
        // page and the aggregate say it (review s54 R4 M4: diff.md called it 总分)
        boolean noneBefore = before || r.before() != null && r.before().noTotal(r.gradeBefore());
        boolean noneAfter = after || r.after() != null && r.after().noTotal(r.gradeAfter());
        // a side with nothing scorable (不计分: t44, t98) is no 已计得分 either, and the 20 + 80 form's pointless figure is said
        // as its console line says it, 表式不为绩效指标印分值 (session 57, P10's left-alone)
        boolean zeroBefore = nothingScorableBefore(r);
        boolean zeroAfter = nothingScorableAfter(r);
        if (zeroBefore && zeroAfter) {
            return m.label("diff.total.notScorable");
        }
        if (zeroBefore && !noneAfter || zeroAfter && !noneBefore) {
            return m.label(zeroBefore ? "diff.total.notScorableBefore" : "diff.total.notScorableAfter");
        }
        boolean unprintedBefore = before && r.before().unprinted(r.gradeBefore());
        boolean unprintedAfter = after && r.after().unprinted(r.gradeAfter());
        return m.label(before && after ? (unprintedBefore && unprintedAfter ? "diff.total.unprinted" : "diff.total.pointless")
                : noneBefore && noneAfter ? "diff.total.noTotal"
                : noneBefore ? (before ? (unprintedBefore ? "diff.total.unprintedBefore" : "diff.total.pointlessBefore") : "diff.total.noTotalBefore")
                : noneAfter ? (after ? (unprintedAfter ? "diff.total.unprintedAfter" : "diff.total.pointlessAfter") : "diff.total.noTotalAfter")
                : "diff.total");
    }

    public static Result compare(SummaryDocument base, SummaryDocument current, FindingsDocument baseFindings,
                                 FindingsDocument currentFindings) {
        Map<String, CriterionRecord> before = criteria(base);
        Map<String, CriterionRecord> after = criteria(current);
        boolean other = otherLanguage(base, current, baseFindings, currentFindings);
        List<Moved> moved = new ArrayList<>();
        for (Map.Entry<String, CriterionRecord> e : after.entrySet()) {
            CriterionRecord b = before.get(e.getKey());
            BigDecimal a = dec(e.getValue().score());
            BigDecimal bs = b == null ? BigDecimal.ZERO : dec(b.score());
            if (a.compareTo(bs) != 0) {
                List<InputChange> changes = inputChanges(b, e.getValue(), other);
                moved.add(new Moved(e.getKey(), name(e.getValue()), bs, a, b == null ? null : b.explanation(),
                        e.getValue().explanation(), changes, other, changes.isEmpty() ? rowMoves(b, e.getValue()) : List.of()));
            }
        }
        for (Map.Entry<String, CriterionRecord> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                moved.add(new Moved(e.getKey(), name(e.getValue()), dec(e.getValue().score()), BigDecimal.ZERO,
                        e.getValue().explanation(), null, inputChanges(e.getValue(), null, other), other));
            }
        }
        List<FindingRecord> added = null;
        List<FindingRecord> resolved = null;
        List<Changed> changed = null;
        List<FindingRecord> stale = null;
        List<Changed> raised = null;
        List<FindingRecord> waived = null;
        List<Changed> unwaived = null;
        if (baseFindings != null && currentFindings != null) {
            waived = new ArrayList<>();
            unwaived = new ArrayList<>();
            Map<String, List<FindingRecord>> b = items(baseFindings);
            Map<String, List<FindingRecord>> c = items(currentFindings);
            // a baseline-stale note says a baselined problem is fixed: those this run adds are listed on their own,
            // never as new problems; one the base had and this run has not (its entry removed) is no problem resolved
            // matched by the entry they name (rule, file, pointer: the note's arguments), not by fingerprint, which took
            // the baseline file's name in session 24 (and see below: a changed finding's entry is no resolution)
            java.util.Set<List<String>> staleBefore = new java.util.HashSet<>();
            all(b).filter(i -> STALE.equals(i.rule())).forEach(i -> staleBefore.add(argsOf(i)));
            // findings sharing a fingerprint (two rows of one name in one file: review s29-V3) are counted, not merged:
            // the ones beyond the other side's number of them are new, or resolved
            List<FindingRecord> onlyNow = beyond(c, b).filter(i -> !STALE.equals(i.rule())).toList();
            List<FindingRecord> onlyBefore = beyond(b, c).filter(i -> !STALE.equals(i.rule())).toList();
            // a finding only in this run and one only in the base at the same rule, file and pointer are one finding
            // whose text changed: paired in the order of their findings.json, the first unpaired of each
            Map<String, java.util.ArrayDeque<FindingRecord>> waiting = new LinkedHashMap<>();
            for (FindingRecord f : onlyBefore) {
                waiting.computeIfAbsent(place(f), k -> new java.util.ArrayDeque<>()).add(f);
            }
            java.util.Set<FindingRecord> paired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            changed = new ArrayList<>();
            List<FindingRecord> fresh = new ArrayList<>();
            for (FindingRecord f : onlyNow) {
                java.util.ArrayDeque<FindingRecord> q = waiting.get(place(f));
                FindingRecord was = q == null ? null : q.poll();
                if (was == null) {
                    fresh.add(f);
                } else {
                    paired.add(was);
                    changed.add(new Changed(was, f));
                }
            }
            // then one finding whose variant changed at its place: the same rule, file and pointer, another message key
            // (indicator-target-missed's warning becoming its "explained" note once the reason is written: trial s30-G
            // item 12), about the same names (the arguments place() compares: two categories missing at /indicators under
            // two keys stay two problems, review V), paired only where each side has just the one left there
            Map<String, List<FindingRecord>> nowAt = byPlaceWithoutKey(fresh, f -> true);
            Map<String, List<FindingRecord>> wasAt = byPlaceWithoutKey(onlyBefore, f -> !paired.contains(f));
            java.util.Set<FindingRecord> rekeyed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            pairOnes(nowAt, wasAt, (x, y) -> !nz(x.key()).equals(nz(y.key())), paired, rekeyed, changed);
            // then one finding that moved within its row: the same rule and file, another field of the same row (an
            // indicator, a task: the pointer up to its last index), indicator-target-missed's "bare" warning at the row's
            // target becoming its "explained" note at its actual once the reason is written; paired only where each side
            // has just the one of that rule left on that row (s32 item 4: it was one resolved and one new finding), and
            // only where its variant changed with its field (the warning become the note): one problem fixed at a field
            // and another of the same rule and variant found at another field of the row are two (session 35, item 5:
            // they read as one "changed" finding, the fix unseen)
            Map<String, List<FindingRecord>> nowOnRow = byRow(fresh, f -> !rekeyed.contains(f));
            Map<String, List<FindingRecord>> wasOnRow = byRow(onlyBefore, f -> !paired.contains(f));
            pairOnes(nowOnRow, wasOnRow, (x, y) -> !nz(x.pointer()).equals(nz(y.pointer())) && !nz(x.key()).equals(nz(y.key())),
                    paired, rekeyed, changed);
            // then one finding whose row moved and whose figures changed in the same change (a row inserted above it,
            // /indicators/14/actual → /indicators/15/actual, and 150 人 → 160 人): neither its fingerprint nor its place
            // pairs it. The same rule, file, message key and names (place() with the row's index left out), at the same
            // field of a row of the same array, paired only where each side has just the one left so, and only a
            // finding that names what it is about (an argument without a figure): one of figures alone on another row
            // is that row's (session 37: it was one resolved and one new, and its baseline entry, which check says
            // changed, was listed as no longer found)
            Map<String, List<FindingRecord>> nowMoved = byMovedRow(fresh, f -> !rekeyed.contains(f));
            Map<String, List<FindingRecord>> wasMoved = byMovedRow(onlyBefore, f -> !paired.contains(f));
            pairOnes(nowMoved, wasMoved, (x, y) -> !nz(x.pointer()).equals(nz(y.pointer())), paired, rekeyed, changed);
            // the same finding (fingerprint) at another severity: a rule's severity configured otherwise since. Paired in
            // the order of their findings.json, so that a raised one is not missed where the text stayed the same
            for (Map.Entry<String, List<FindingRecord>> e : c.entrySet()) {
                List<FindingRecord> was = b.getOrDefault(e.getKey(), List.of());
                for (int k = 0; k < Math.min(was.size(), e.getValue().size()); k++) {
                    FindingRecord x = was.get(k);
                    FindingRecord y = e.getValue().get(k);
                    if (!STALE.equals(y.rule()) && !nz(x.severity()).equals(nz(y.severity()))) {
                        changed.add(new Changed(x, y));
                    } else if (y.suppressed() != null && x.suppressed() == null) {
                        waived.add(y);
                    } else if (!STALE.equals(y.rule()) && y.suppressed() == null && x.suppressed() != null) {
                        unwaived.add(new Changed(x, y));
                    }
                }
            }
            // a finding changed (its figures, its variant or its severity) and suppressed in the same change: a suppression
            // the change writes as much as one of the same fingerprint (review R2: before, only a tag on its changed line)
            for (Changed ch : changed) {
                if (ch.after().suppressed() != null && ch.before().suppressed() == null) {
                    waived.add(ch.after());
                } else if (ch.after().suppressed() == null && ch.before().suppressed() != null) {
                    unwaived.add(ch); // and the other way: its suppression removed as it changed
                }
            }
            added = fresh.stream().filter(f -> !rekeyed.contains(f)).toList();
            resolved = onlyBefore.stream().filter(f -> !paired.contains(f)).toList();
            // a note whose entry is the base side of a changed finding is no resolution: the problem is still there,
            // its figures changed (another problem at the same place does not hide it: review V2). Matched by the entry's
            // fingerprint, which the note carries since session 36: the entry's pointer is where the row was when the
            // baseline was written, and a row moved since (one inserted above) put the base's finding elsewhere, whose
            // note was listed as no longer found while the same problem was shown as changed. A note of an earlier
            // version (three arguments) is matched by the pointer, as before
            java.util.Set<List<String>> stillThere = new java.util.HashSet<>();
            java.util.Set<String> stillHeld = new java.util.HashSet<>();
            // the base side was the baselined finding (review V3); a base that marks none (written before findings.json
            // had "baselined", or without a baseline) cannot say which, so any changed pair there counts (review V4)
            boolean marked = all(b).anyMatch(FindingRecord::inBaseline);
            changed.stream().filter(ch -> !marked || ch.before().inBaseline()).forEach(ch -> {
                stillThere.add(List.of(nz(ch.before().rule()), nz(ch.before().file()), pointerOrRoot(ch.before().pointer())));
                stillHeld.addAll(fingerprints(ch.before()));
            });
            stale = all(c).filter(i -> STALE.equals(i.rule()) && !staleBefore.contains(argsOf(i))
                    && !(entryFingerprint(i) != null ? stillHeld.contains(entryFingerprint(i)) : stillThere.contains(argsOf(i)))).toList();
            // a severity raised is a new problem (a note that became a warning counts as a new warning); one lowered,
            // or the same, stays a changed finding
            raised = changed.stream().filter(ScoreDiff::raised).toList();
            changed = changed.stream().filter(ch -> !raised(ch)).toList();
        }
        return new Result(dec(base.total()), dec(current.total()), nz(base.grade()), nz(current.grade()), moved, added, resolved, changed, stale,
                current.frameworkId(), currentFindings == null ? null : currentFindings.locale(),
                baseFindings == null ? null : baseFindings.locale(), GradeState.of(base), GradeState.of(current),
                reviewed(base, current, before, after), directions(before, after), raised, waived, unwaived);
    }

    /** Whether this run gives the finding a higher severity than the base did (both known: error, warning, info). */
    static boolean raised(Changed c) {
        Severity was = Severity.parse(c.before().severity());
        Severity now = Severity.parse(c.after().severity());
        return was != null && now != null && now.ordinal() < was.ordinal();
    }

    /** Whether this run gives the finding a lower severity than the base did. */
    static boolean lowered(Changed c) {
        Severity was = Severity.parse(c.before().severity());
        Severity now = Severity.parse(c.after().severity());
        return was != null && now != null && now.ordinal() > was.ordinal();
    }

    /** The rows whose direction differs between the summaries (none where neither states one). */
    private static List<DirectionChange> directions(Map<String, CriterionRecord> before, Map<String, CriterionRecord> after) {
        List<DirectionChange> out = new ArrayList<>();
        eachPair(before, after, (id, either, item, b, a) -> {
            String db = b == null ? null : b.direction();
            String da = a == null ? null : a.direction();
            if (item != null && (db != null || da != null) && !java.util.Objects.equals(db, da)) {
                out.add(new DirectionChange(id, name(either), item, name(a != null ? a : b), db, da));
            }
        });
        return out;
    }

    /** What {@link #eachPair} hands on: a criterion (item null) or one of its items, as each summary states it (null: not there). */
    private interface PairVisitor {
        void visit(String id, CriterionRecord criterion, String item, CriterionRecord before, CriterionRecord after);
    }

    /**
     * Each criterion of either summary (the current summary's order, then the base's), then each of its items of either
     * summary in the same order: {@code criterion} is the criterion as the current summary states it, else as the base does.
     */
    private static void eachPair(Map<String, CriterionRecord> before, Map<String, CriterionRecord> after, PairVisitor visitor) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        for (String id : ids) {
            CriterionRecord b = before.get(id);
            CriterionRecord a = after.get(id);
            CriterionRecord either = a != null ? a : b;
            visitor.visit(id, either, null, b, a);
            Map<String, CriterionRecord> ib = b == null || b.items() == null ? Map.of() : criteria(b.items());
            Map<String, CriterionRecord> ia = a == null || a.items() == null ? Map.of() : criteria(a.items());
            java.util.Set<String> items = new java.util.LinkedHashSet<>(ia.keySet());
            items.addAll(ib.keySet());
            for (String item : items) {
                visitor.visit(id, either, item, ib.get(item), ia.get(item));
            }
        }
    }

    /** The 复核分 compared, or null when neither summary states one (diff.md and diff.json are then as before). */
    private static Reviewed reviewed(SummaryDocument base, SummaryDocument current, Map<String, CriterionRecord> before,
                                     Map<String, CriterionRecord> after) {
        if (base.reviewedTotal() == null && current.reviewedTotal() == null && !CriterionRecord.anyReviewed(before.values())
                && !CriterionRecord.anyReviewed(after.values())) {
            return null;
        }
        List<ReviewedChange> changes = new ArrayList<>();
        List<ReasonChange> reasons = new ArrayList<>();
        eachPair(before, after, (id, either, item, b, a) -> {
            BigDecimal rb = b == null ? null : b.reviewedScore();
            BigDecimal ra = a == null ? null : a.reviewedScore();
            if (differs(rb, ra)) {
                String why = a == null ? null : a.reviewedReason(); // the reviewer's reason for the 复核分 now
                changes.add(item == null ? new ReviewedChange(id, name(either), null, null, rb, ra, why)
                        : new ReviewedChange(id, name(either), item, name(a != null ? a : b), rb, ra, why));
            } else if (a != null && b != null && !java.util.Objects.equals(blankNull(b.reviewedReason()), blankNull(a.reviewedReason()))) {
                // the same 复核分, another reason (or one given or taken away): listed apart, so it is not missed
                reasons.add(new ReasonChange(id, name(either), item, item == null ? null : name(a), ra,
                        blankNull(b.reviewedReason()), blankNull(a.reviewedReason())));
            }
        });
        return new Reviewed(base.reviewedTotal(), current.reviewedTotal(), changes, reasons);
    }

    /** A reason as compared: null for none or blank. */
    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static boolean differs(BigDecimal before, BigDecimal after) {
        return before == null ? after != null : after == null || before.compareTo(after) != 0;
    }

    /**
     * Whether the base summary was written in the other language than the current one: by the locales of the
     * findings.json beside each when both are known, else by the labels of the inputs both summaries read from the
     * same place (the report's own words: the same language gives the same label).
     */
    static boolean otherLanguage(SummaryDocument base, SummaryDocument current, FindingsDocument baseFindings,
                                 FindingsDocument currentFindings) {
        String bl = baseFindings == null ? null : language(baseFindings.locale());
        String cl = currentFindings == null ? null : language(currentFindings.locale());
        if (bl != null && cl != null) {
            return !bl.equals(cl);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (CriterionRecord c : base.criteria()) {
            for (InputRecord i : c == null ? List.<InputRecord>of() : c.inputs()) {
                if (i != null && i.ref() != null) {
                    labels.putIfAbsent(i.ref(), nz(i.label()));
                }
            }
        }
        for (CriterionRecord c : current.criteria()) {
            for (InputRecord i : c == null ? List.<InputRecord>of() : c.inputs()) {
                if (i != null && i.ref() != null && labels.containsKey(i.ref()) && !labels.get(i.ref()).equals(nz(i.label()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String language(String locale) {
        return locale == null || locale.isBlank() ? null : java.util.Locale.forLanguageTag(locale).getLanguage();
    }

    /**
     * The rows of {@code after} (matched to {@code before}'s by id, else by name; a row the base has not scored 0)
     * whose score moved, with the figures {@code after} read for each: at most {@link #ROWS_MAX}.
     */
    static List<RowMove> rowMoves(CriterionRecord before, CriterionRecord after) {
        if (after == null || after.items() == null) {
            return List.of();
        }
        Map<String, CriterionRecord> was = new LinkedHashMap<>();
        if (before != null && before.items() != null) {
            for (CriterionRecord i : before.items()) {
                if (i != null) {
                    was.putIfAbsent(i.id() != null ? i.id() : nz(i.name()), i);
                }
            }
        }
        List<RowMove> out = new ArrayList<>();
        for (CriterionRecord i : after.items()) {
            if (i == null || out.size() >= ROWS_MAX) {
                continue;
            }
            CriterionRecord b = was.get(i.id() != null ? i.id() : nz(i.name()));
            BigDecimal bs = b == null ? BigDecimal.ZERO : dec(b.score());
            BigDecimal as = dec(i.score());
            if (as.compareTo(bs) != 0) {
                out.add(new RowMove(nz(i.name()), bs, as, i.inputs().stream().filter(java.util.Objects::nonNull).limit(ROWS_MAX).toList()));
            }
        }
        return out;
    }

    /** How many rows of one criterion, and figures of one row, diff.md lists at most (a summary is the pull request's). */
    static final int ROWS_MAX = 20;

    /**
     * The inputs of a criterion whose value is not the same in both summaries (either may be null), in order: those
     * of the current one, then those only the base has. Across languages ({@code otherLanguage}) an input both have
     * is compared by its leading figure (a word, 是 / yes, is not compared), since its unit is written in each
     * summary's language.
     */
    static List<InputChange> inputChanges(CriterionRecord before, CriterionRecord after, boolean otherLanguage) {
        Map<String, InputRecord> b = inputs(before);
        Map<String, InputRecord> a = inputs(after);
        List<InputChange> out = new ArrayList<>();
        if (before != null && after != null && (b.isEmpty() != a.isEmpty())) {
            // one side lists no figures (a criterion not scored for want of one: its summary lists none, not even those
            // that were there): nothing to compare; the formula before → after says what was missing (review V)
            return out;
        }
        for (Map.Entry<String, InputRecord> e : a.entrySet()) {
            InputRecord was = b.get(e.getKey());
            String now = e.getValue().value();
            boolean changed;
            if (was == null) {
                changed = true;
            } else if (otherLanguage) {
                BigDecimal x = figure(was.value());
                BigDecimal y = figure(now);
                changed = x != null && y != null && x.compareTo(y) != 0;
            } else {
                changed = !nz(was.value()).equals(nz(now));
            }
            if (changed) {
                out.add(new InputChange(e.getValue().label(), e.getValue().ref(), was == null ? null : was.value(), now));
            }
        }
        for (Map.Entry<String, InputRecord> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                out.add(new InputChange(e.getValue().label(), e.getValue().ref(), e.getValue().value(), null));
            }
        }
        return out;
    }

    private static final Pattern FIGURE = Pattern.compile("^-?[0-9][0-9,]*(\\.[0-9]+)?");

    /** The figure a value starts with ("53.38%" → 53.38, "1,187.08 亿元" → 1187.08), or null. */
    static BigDecimal figure(String value) {
        java.util.regex.Matcher m = FIGURE.matcher(nz(value).trim());
        return m.find() ? new BigDecimal(m.group().replace(",", "")) : null;
    }

    /**
     * A value of the base as diff.md states it: as filed when the base is in the run's language; across languages
     * its figure in the current value's words ("53.38" in "70% " gives "53.38%"), and "—" for a value not restated.
     */
    private static String restated(String before, String after, boolean otherLanguage) {
        if (!otherLanguage || before == null) {
            return side(before);
        }
        java.util.regex.Matcher b = FIGURE.matcher(before.trim());
        java.util.regex.Matcher a = FIGURE.matcher(nz(after).trim());
        if (after == null || !b.find() || !a.find()) {
            return "—";
        }
        return cell(b.group() + after.trim().substring(a.end()));
    }

    /**
     * Whether a formula is figures and signs only ({@code 30 + 30 + 0 + 10 = 70.00}, {@code 88.32 / 95 = 0.9297 × 10 = 9.3}):
     * no word of any language in it, so it reads the same in both, and diff.md states the base's across languages too
     * (before session 39 it said the base's formula was in diff.json, of one it could have shown).
     */
    static boolean figuresOnly(String formula) {
        return formula != null && !formula.isBlank() && formula.codePoints().anyMatch(Character::isDigit)
                && formula.codePoints().noneMatch(Character::isLetter);
    }

    /** An input's label without its row's name in front ("全市安全度汛 指标值" under 全市安全度汛: "指标值"). */
    private static String labelOf(String label, String row) {
        String l = nz(label);
        return !row.isEmpty() && l.startsWith(row + " ") && l.length() > row.length() + 1 ? l.substring(row.length() + 1) : l;
    }

    private static Map<String, InputRecord> inputs(CriterionRecord c) {
        Map<String, InputRecord> m = new LinkedHashMap<>();
        if (c != null) {
            for (InputRecord i : c.inputs()) {
                if (i != null) {
                    m.putIfAbsent(i.ref() != null && !i.ref().isEmpty() ? i.ref() : "label:" + nz(i.label()), i);
                }
            }
        }
        return m;
    }

    /** The rule of a note that a baseline entry's finding is gone. */
    static final String STALE = "baseline-stale";

    /**
     * What a finding is about, for pairing a finding only in this run with one only in the base: its rule, file, JSON
     * pointer and message key, and its arguments that hold no figure (the names and categories it is about; the
     * figures are what may change). Two problems a rule reports at one pointer (a category missing, another now
     * complete: indicator-category-missing at /indicators) then stay apart. A list the rule joined (its message marks
     * it, {@link io.github.jixiao.lint.RuleInfo.Message#lists()}: the satisfaction indicators that report less) is a
     * detail like a figure: one survey figure changed, the list with it, is the same finding changed, not one new and
     * one resolved (review E). So is an argument the rule declares a detail, under the key the variant is identified by
     * ({@link io.github.jixiao.lint.RuleInfo.Message#details()}, {@link io.github.jixiao.lint.RuleInfo.Message#sameAs()}):
     * a 复核分 changed and its reviewer's reason with it is one finding changed.
     */
    private static String place(FindingRecord f) {
        return place(f, true);
    }

    /**
     * The records {@code kept} that point into a row (a pointer with an index: {@code /indicators/3/target}), by rule,
     * file and row ({@code /indicators/3}, the pointer up to its last index); a finding on no row is left out.
     */
    private static Map<String, List<FindingRecord>> byRow(List<FindingRecord> records, java.util.function.Predicate<FindingRecord> kept) {
        Map<String, List<FindingRecord>> at = new LinkedHashMap<>();
        for (FindingRecord f : records) {
            String row = f.pointer() == null ? null : row(f.pointer());
            if (kept.test(f) && row != null) {
                at.computeIfAbsent(nz(f.rule()) + '\u0000' + nz(f.file()) + '\u0000' + row, k -> new ArrayList<>()).add(f);
            }
        }
        return at;
    }

    /** {@code /indicators/3} of {@code /indicators/3/target} (and of itself): the pointer up to its last index; null without one. */
    static String row(String pointer) {
        String[] parts = pointer.split("/", -1);
        for (int i = parts.length - 1; i > 0; i--) {
            if (!parts[i].isEmpty() && parts[i].chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return String.join("/", java.util.Arrays.copyOfRange(parts, 0, i + 1));
            }
        }
        return null;
    }

    /**
     * The records {@code kept} that point into a row and name what they are about (an argument {@link #place} compares),
     * by their place with the row's index left out ({@code /indicators/}*{@code /actual}): a finding whose row moved.
     */
    private static Map<String, List<FindingRecord>> byMovedRow(List<FindingRecord> records,
                                                               java.util.function.Predicate<FindingRecord> kept) {
        Map<String, List<FindingRecord>> at = new LinkedHashMap<>();
        for (FindingRecord f : records) {
            String row = f.pointer() == null ? null : row(f.pointer());
            if (kept.test(f) && row != null) {
                String anyRow = row.substring(0, row.lastIndexOf('/')) + "/*" + f.pointer().substring(row.length());
                if (subjects(f).stream().anyMatch(a -> !a.isBlank())) {
                    at.computeIfAbsent(place(f, true, anyRow), k -> new ArrayList<>()).add(f);
                }
            }
        }
        return at;
    }

    /** The records {@code kept} that point somewhere, by their {@link #place(FindingRecord, boolean)} without the key. */
    private static Map<String, List<FindingRecord>> byPlaceWithoutKey(List<FindingRecord> records,
                                                                     java.util.function.Predicate<FindingRecord> kept) {
        Map<String, List<FindingRecord>> at = new LinkedHashMap<>();
        for (FindingRecord f : records) {
            if (kept.test(f) && f.pointer() != null && !f.pointer().isEmpty()) {
                at.computeIfAbsent(place(f, false), k -> new ArrayList<>()).add(f);
            }
        }
        return at;
    }

    /** As above; without the message key when {@code withKey} is false (a finding whose variant changed, see compare). */
    private static String place(FindingRecord f, boolean withKey) {
        return place(f, withKey, nz(f.pointer()));
    }

    /** As above, at {@code pointer} (a finding whose row moved: its pointer with the row's index left out). */
    private static String place(FindingRecord f, boolean withKey, String pointer) {
        io.github.jixiao.lint.RuleDescriptor d = descriptor(f);
        StringBuilder sb = new StringBuilder().append(nz(f.rule())).append('\u0000').append(nz(f.file())).append('\u0000')
                .append(pointer).append('\u0000').append(!withKey ? "" : d == null ? nz(f.key()) : d.identityKey(f.key()));
        for (String a : subjects(f)) {
            sb.append('\u0000').append(a);
        }
        return sb.toString();
    }

    /**
     * The arguments {@link #place} compares: those that hold no figure, nor a list the message joined, nor a detail (the
     * names and categories a finding is about).
     */
    private static List<String> subjects(FindingRecord f) {
        io.github.jixiao.lint.RuleDescriptor d = descriptor(f);
        List<String> out = new ArrayList<>();
        if (f.args() != null) {
            for (int i = 0; i < f.args().size(); i++) {
                String a = f.args().get(i);
                boolean list = d != null && (d.mark(f.key(), i) == io.github.jixiao.lint.RuleDescriptor.Mark.LIST || d.detail(f.key(), i));
                if (a != null && !list && a.chars().noneMatch(Character::isDigit)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static io.github.jixiao.lint.RuleDescriptor descriptor(FindingRecord f) {
        return f.rule() == null ? null : io.github.jixiao.lint.RuleRegistry.descriptor(f.rule()).orElse(null);
    }

    /** A baseline-stale note's first arguments: the entry's rule, file and pointer ("/" for the file's root); its fingerprint follows since session 36. */
    private static List<String> argsOf(FindingRecord stale) {
        List<String> a = stale.args() == null ? List.of() : stale.args();
        return List.of(a.size() > 0 ? nz(a.get(0)) : "", a.size() > 1 ? nz(a.get(1)) : "", a.size() > 2 ? pointerOrRoot(a.get(2)) : "/");
    }

    /** The fingerprint of the baseline entry a baseline-stale note is about (its fourth argument), or null (a note of an earlier version). */
    private static String entryFingerprint(FindingRecord stale) {
        List<String> a = stale.args();
        return a != null && a.size() > 3 && a.get(3) != null && !a.get(3).isEmpty() ? a.get(3) : null;
    }

    /**
     * The fingerprints a baseline entry holding {@code f} may have been written under: the stored one, this version's,
     * and an earlier version's (which hashed every argument: an entry written then still holds the finding).
     */
    private static List<String> fingerprints(FindingRecord f) {
        List<String> out = new ArrayList<>(List.of(nz(f.fingerprint()), fingerprint(f)));
        if (f.rule() != null && f.file() != null && f.args() != null && f.args().stream().noneMatch(java.util.Objects::isNull)) {
            out.add(io.github.jixiao.report.Fingerprints.legacy(f.rule(), f.file(), f.key() == null ? "" : f.key(), f.args()));
        }
        return out;
    }

    private static String pointerOrRoot(String p) {
        return p == null || p.isEmpty() ? "/" : p;
    }

    private static String name(CriterionRecord c) {
        return c.name() == null ? nz(c.id()) : c.name();
    }

    private static Map<String, CriterionRecord> criteria(SummaryDocument summary) {
        return criteria(summary.criteria());
    }

    private static Map<String, CriterionRecord> criteria(List<CriterionRecord> list) {
        Map<String, CriterionRecord> m = new LinkedHashMap<>();
        for (CriterionRecord c : list) {
            if (c != null) {
                m.put(c.id() != null ? c.id() : nz(c.name()), c);
            }
        }
        return m;
    }

    /**
     * A record's fingerprint as this version makes it: the stored one, except in a findings.json of an earlier version,
     * whose fingerprints also hashed the arguments the message does not print (the stored one is then the legacy
     * fingerprint of the record's rule, file, message variant and arguments): there the current one of those parts, so
     * that a base from an earlier version is compared finding by finding all the same. (A null argument is looked for by
     * a scan: the records' lists are immutable, whose contains(null) throws.)
     */
    static String fingerprint(FindingRecord f) {
        String stored = nz(f.fingerprint());
        if (f.rule() == null || f.file() == null || f.args() == null || f.args().stream().anyMatch(java.util.Objects::isNull)) {
            return stored;
        }
        String key = f.key() == null ? "" : f.key();
        return stored.equals(io.github.jixiao.report.Fingerprints.legacy(f.rule(), f.file(), key, f.args()))
                ? io.github.jixiao.report.Fingerprints.of(f.rule(), f.file(), key, f.args()) : stored;
    }

    /** diff.json's place of a 复核分 change: the criterion (id, name) and, for a sub-item or row, its item and name. */
    private static Map<String, Object> place(String id, String name, String item, String itemName) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("name", name);
        if (item != null) {
            e.put("item", item);
            e.put("itemName", itemName);
        }
        return e;
    }

    /** The findings by fingerprint, each list in findings.json's order. */
    private static Map<String, List<FindingRecord>> items(FindingsDocument findings) {
        Map<String, List<FindingRecord>> m = new LinkedHashMap<>();
        for (FindingRecord f : findings.findings()) {
            if (f != null) {
                m.computeIfAbsent(fingerprint(f), k -> new ArrayList<>(1)).add(f);
            }
        }
        return m;
    }

    private static java.util.stream.Stream<FindingRecord> all(Map<String, List<FindingRecord>> items) {
        return items.values().stream().flatMap(List::stream);
    }

    /** Of each fingerprint's findings in {@code side}, those beyond the number {@code other} has (the last ones). */
    private static java.util.stream.Stream<FindingRecord> beyond(Map<String, List<FindingRecord>> side, Map<String, List<FindingRecord>> other) {
        return side.entrySet().stream().flatMap(e -> {
            int there = other.getOrDefault(e.getKey(), List.of()).size();
            List<FindingRecord> l = e.getValue();
            return l.subList(Math.min(there, l.size()), l.size()).stream();
        });
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

    /**
     * Whether the base's table has nothing scorable (its criteria weigh 0 points in all, {@link
     * io.github.jixiao.score.ScoreSheet#nothingScorable()}: t44, t98): diff.md and the console say "不计分", not a 0.00.
     */
    public static boolean nothingScorableBefore(Result r) {
        return r.before() != null && io.github.jixiao.score.ScoreSheet.nothingScorable(r.before().weight());
    }

    /** Whether this revision's table has nothing scorable ({@link #nothingScorableBefore}). */
    public static boolean nothingScorableAfter(Result r) {
        return r.after() != null && io.github.jixiao.score.ScoreSheet.nothingScorable(r.after().weight());
    }

    private static String two(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal scaled(BigDecimal d) {
        return d == null ? null : d.setScale(2, RoundingMode.HALF_UP);
    }

    /** How many of the criteria whose score moved the console names one by one. */
    static final int CONSOLE_MOVED_MAX = 200;

    /**
     * The console's line for each criterion whose score moved ("  name: before → after (change)"), the first
     * {@link #CONSOLE_MOVED_MAX}, then one line counting the rest (diff.md and diff.json list them): a framework file of
     * thousands of criteria that all moved (a pull request may change it) printed a line for each into the CI log, as the
     * import's log did before session 34 capped it.
     */
    public static List<String> movedLines(Result r, Messages m, FrameworkNames names) {
        return Escape.consoleCapped(r.moved(), CONSOLE_MOVED_MAX, mv -> "  " + Escape.value(names.criterion(mv.id(), mv.name())) + ": "
                + mv.before().toPlainString() + " → " + mv.after().toPlainString() + " (" + signed(mv.delta()) + ")",
                n -> m.label("diff.consoleMovedMore", n));
    }

    /**
     * The console's lines beyond the moved criteria and the total, one for each kind of change diff.md lists in a section
     * of its own, only when there is one: the 复核分 (reviewer's score) of criteria or rows changed (how many, the 复核总分
     * before → after where either summary states one), and 指标方向 (direction) of indicator rows changed (how many); each
     * says where to read more ({@code diffMd}), in {@code m}'s language, cleaned for the console ({@link Escape#console}).
     * None when neither changed: the console is then as before.
     */
    public static List<String> console(Result r, Messages m, java.nio.file.Path diffMd) {
        List<String> out = new ArrayList<>();
        Reviewed rv = r.reviewed();
        if (rv != null) {
            boolean totals = rv.totalBefore() != null || rv.totalAfter() != null;
            boolean totalMoved = totals && (rv.totalBefore() == null || rv.totalAfter() == null
                    || rv.totalBefore().compareTo(rv.totalAfter()) != 0);
            if (!rv.changes().isEmpty() || totalMoved) {
                out.add(Escape.console(totals
                        ? m.label("diff.consoleReviewed", rv.changes().size(), twoOrDash(rv.totalBefore()), twoOrDash(rv.totalAfter()), diffMd)
                        : m.label("diff.consoleReviewedRows", rv.changes().size(), diffMd)));
            }
            if (!rv.reasons().isEmpty()) {
                out.add(Escape.console(m.label("diff.consoleReasons", rv.reasons().size(), diffMd)));
            }
        }
        if (!r.directions().isEmpty()) {
            out.add(Escape.console(m.label("diff.consoleDirections", r.directions().size(), diffMd)));
        }
        return out;
    }

    /**
     * The console's line on the findings, where the base's were compared (null where they were not): how many are new,
     * by severity, a finding whose severity was raised counted among them (as diff.md lists it) and said apart, and
     * how many were resolved, with where to read them ({@code diffMd}); at warning level when an error or a warning is
     * among the new, so that it stands out in a CI log as the check's own warnings do.
     */
    public static io.github.jixiao.report.ConsoleReport.Line findingsLine(Result r, Messages m, java.nio.file.Path diffMd) {
        if (r.newFindings() == null) {
            return null;
        }
        List<FindingRecord> now = new ArrayList<>(r.newFindings());
        List<Changed> raised = r.raisedFindings() == null ? List.of() : r.raisedFindings();
        raised.forEach(c -> now.add(c.after()));
        long[] n = bySeverity(now);
        // the raised ones said apart only where there are any
        return new io.github.jixiao.report.ConsoleReport.Line(level(n),
                m.label(raised.isEmpty() ? "diff.consoleFindingsNoneRaised" : "diff.consoleFindings", now.size(), n[0], n[1], n[2],
                        raised.size(), r.resolvedFindings().size(), diffMd));
    }

    /**
     * The console's line on the changed findings (and those raised) the baseline held in the base and no longer holds,
     * their text having changed: the check counts them now, though they are not new; null where there is none.
     */
    public static io.github.jixiao.report.ConsoleReport.Line leftBaselineLine(Result r, Messages m, java.nio.file.Path diffMd) {
        if (r.changedFindings() == null) {
            return null;
        }
        List<Changed> all = new ArrayList<>(r.changedFindings());
        all.addAll(r.raisedFindings() == null ? List.of() : r.raisedFindings());
        long[] n = bySeverity(all.stream().filter(ScoreDiff::leftBaseline).map(Changed::after).toList());
        long count = n[0] + n[1] + n[2];
        return count == 0 ? null : countsLine("diff.consoleLeftBaseline", count, n, m, diffMd);
    }

    /** A console line of {@code key} on {@code count} findings, {@code n} of them errors, warnings and infos, at {@link #level}. */
    private static io.github.jixiao.report.ConsoleReport.Line countsLine(String key, long count, long[] n, Messages m,
                                                                         java.nio.file.Path diffMd) {
        return new io.github.jixiao.report.ConsoleReport.Line(level(n), m.label(key, count, n[0], n[1], n[2], diffMd));
    }

    /**
     * The console's line on the findings this run suppresses that the base had unsuppressed, by severity (a warning where
     * an error or a warning is among them: a pull request can write its own suppressions); null where there is none.
     */
    public static io.github.jixiao.report.ConsoleReport.Line suppressedLine(Result r, Messages m, java.nio.file.Path diffMd) {
        if (r.suppressedFindings() == null || r.suppressedFindings().isEmpty()) {
            return null;
        }
        return countsLine("diff.consoleSuppressed", r.suppressedFindings().size(), bySeverity(r.suppressedFindings()), m, diffMd);
    }

    /**
     * The console's line on the findings the base had suppressed that this run does not (a suppression the change removed:
     * they count again), by severity, at warning level where an error or a warning is among them; null where there is none.
     */
    public static io.github.jixiao.report.ConsoleReport.Line unsuppressedLine(Result r, Messages m, java.nio.file.Path diffMd) {
        if (r.unsuppressedFindings() == null || r.unsuppressedFindings().isEmpty()) {
            return null;
        }
        return countsLine("diff.consoleUnsuppressed", r.unsuppressedFindings().size(),
                bySeverity(r.unsuppressedFindings().stream().map(Changed::after).toList()), m, diffMd);
    }

    /** How many of {@code findings} are errors, warnings and infos (by {@link Severity#ordinal()}; an unknown one in none). */
    private static long[] bySeverity(List<FindingRecord> findings) {
        long[] n = new long[3];
        for (FindingRecord f : findings) {
            Severity s = Severity.parse(f.severity());
            if (s != null) {
                n[s.ordinal()]++;
            }
        }
        return n;
    }

    /** A console line's level for findings counted {@code n}: a warning where any is an error or a warning. */
    private static Severity level(long[] n) {
        return n[0] + n[1] > 0 ? Severity.WARNING : Severity.INFO;
    }

    /** Whether the baseline held the base's side of {@code c} and does not hold this run's (nor is it suppressed). */
    static boolean leftBaseline(Changed c) {
        return c.before().inBaseline() && !c.after().inBaseline() && c.after().suppressed() == null;
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
        return markdown(r, m, links, names, null);
    }

    /**
     * As above, the title naming the submission compared ({@code who}: the department, and the project after " · "), as a
     * pull request's comment of a district's several departments needs it; null for none.
     */
    public static String markdown(Result r, Messages m, Links links, FrameworkNames names, String who) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(m.label("diff.title"));
        if (who != null && !who.isBlank()) {
            sb.append(m.label("punct.colon")).append(Escape.md(Escape.cut(who, Escape.MAX_VALUE)));
        }
        sb.append("\n\n");
        // a side whose table has nothing scorable (its criteria weigh 0 points: t44, t98) says "不计分", with no change
        // beside it (since session 56: "0.00 → 0.00（0.00）" before)
        boolean none = nothingScorableBefore(r) || nothingScorableAfter(r);
        sb.append("**").append(totalLabel(r, m)).append("**").append(m.label("punct.colon"))
                .append(nothingScorableBefore(r) ? m.label("summary.notScorable") : two(r.totalBefore()))
                .append(" → ").append(nothingScorableAfter(r) ? m.label("summary.notScorable") : two(r.totalAfter()))
                .append(none ? "" : m.label("punct.open") + signed(r.delta()) + m.label("punct.close"));
        sb.append("  \n**").append(m.label("diff.grade")).append("**").append(m.label("punct.colon"))
                .append(cell(r.before().shown(r.gradeBefore(), names, m))).append(" → ")
                .append(cell(r.after().shown(r.gradeAfter(), names, m)));
        String doubt = gradeDoubt(r, m);
        if (doubt != null) {
            sb.append(m.label("punct.semicolon")).append(doubt);
        }
        Reviewed rv = r.reviewed();
        if (rv != null && (rv.totalBefore() != null || rv.totalAfter() != null)) {
            sb.append("  \n**").append(m.label("diff.reviewedTotal")).append("**").append(m.label("punct.colon"))
                    .append(twoOrDash(rv.totalBefore())).append(" → ").append(twoOrDash(rv.totalAfter()));
            if (rv.totalBefore() != null && rv.totalAfter() != null) {
                sb.append(m.label("punct.open")).append(signed(rv.totalAfter().subtract(rv.totalBefore()))).append(m.label("punct.close"));
            }
        }
        sb.append("\n\n");
        if (r.moved().isEmpty()) {
            sb.append(m.label("diff.noChange")).append("\n");
        } else {
            sb.append("### ").append(m.label("diff.movedTitle", r.moved().size())).append("\n\n");
            sb.append("| ").append(m.label("diff.criterion")).append(" | ").append(m.label("diff.before")).append(" | ")
                    .append(m.label("diff.after")).append(" | ").append(m.label("diff.delta")).append(" |\n|---|---:|---:|---:|\n");
            int left = r.moved().size();
            for (Moved mv : r.moved()) {
                if (tableFull(sb, left--, m)) {
                    break;
                }
                sb.append("| ").append(cell(names.criterion(mv.id(), mv.name()))).append(" | ").append(two(mv.before())).append(" | ")
                        .append(two(mv.after())).append(" | ").append(signed(mv.delta())).append(" |\n");
            }
            why(sb, r.moved(), m, names);
        }
        if (rv != null) {
            reviewed(sb, rv, m, names);
        }
        if (!r.directions().isEmpty()) { // only where a row's direction changed: diff.md is otherwise as before
            sb.append("\n### ").append(m.label("diff.directionTitle", r.directions().size())).append("\n\n");
            sb.append("| ").append(m.label("diff.criterion")).append(" | ").append(m.label("diff.before")).append(" | ")
                    .append(m.label("diff.after")).append(" |\n|---|---|---|\n");
            int left = r.directions().size();
            for (DirectionChange c : r.directions()) {
                if (tableFull(sb, left--, m)) {
                    break;
                }
                sb.append("| ").append(cell(names.criterion(c.id(), c.name()))).append(" · ").append(cell(c.itemName())).append(" | ")
                        .append(direction(c.before(), m)).append(" | ").append(direction(c.after(), m)).append(" |\n");
            }
        }
        if (r.newFindings() == null) {
            sb.append("\n").append(m.label("diff.noBaseFindings")).append("\n");
        } else {
            // a finding whose severity this run raised is a new problem: counted and listed with the new ones, its
            // severity before → after said, so that a reviewer counting new warnings does not miss a note that became one
            List<Changed> raised = r.raisedFindings() == null ? List.of() : r.raisedFindings();
            findings(sb, m.label("diff.newFindings", r.newFindings().size() + raised.size()), r.newFindings(), r.newLocale(), m, links,
                    raised.isEmpty());
            pairs(sb, raised, r, m, links);
            if (r.suppressedFindings() != null && !r.suppressedFindings().isEmpty()) { // only where there is one
                findings(sb, m.label("diff.suppressedFindings", r.suppressedFindings().size()), r.suppressedFindings(), r.newLocale(), m, links);
            }
            if (r.unsuppressedFindings() != null && !r.unsuppressedFindings().isEmpty()) { // beside them, only where there is one
                sb.append("\n### ").append(m.label("diff.unsuppressedFindings", r.unsuppressedFindings().size())).append("\n\n");
                int left = r.unsuppressedFindings().size();
                for (Changed c : r.unsuppressedFindings()) {
                    if (full(sb, left--, m)) {
                        break;
                    }
                    // where it is now, the suppression removed (its rule and the base's reason), and its message now
                    head(sb, c.after(), m, links);
                    sb.append(nz(c.after().file()).isEmpty() ? " " : " — ")
                            .append(m.label("diff.suppressionRemoved", "`" + code(c.before().rule()) + "`",
                                    cell(Escape.cut(c.before().suppressed(), Escape.MAX_VALUE))))
                            .append(m.label("punct.colon"))
                            .append(Escape.md(Escape.cut(message(c.after(), r.newLocale(), m), Escape.MAX_MESSAGE))).append("\n");
                }
            }
            changed(sb, r, m, links);
            // a resolved finding's line is the base's: a link to this revision's file at that line would point elsewhere
            // (rows inserted or removed since), so it is named, not linked
            findings(sb, m.label("diff.resolvedFindings", r.resolvedFindings().size()), r.resolvedFindings(), r.resolvedLocale(), m,
                    Links.none());
            if (r.baselineResolved() != null && !r.baselineResolved().isEmpty()) { // most projects have no baseline
                findings(sb, m.label("diff.baselineResolved", r.baselineResolved().size()), r.baselineResolved(), r.newLocale(), m, links);
            }
        }
        return sb.toString();
    }

    /**
     * Why each criterion moved: the inputs whose value changed (label and value as the summaries state them, before →
     * after) and the explanation (the formula as applied) before → after, each on its own line; a side with no such
     * criterion or input is "—". Every text from the summaries is escaped for Markdown; a formula is not cut below
     * {@link Escape#MAX_MESSAGE}.
     */
    private static void why(StringBuilder sb, List<Moved> moved, Messages m, FrameworkNames names) {
        sb.append("\n#### ").append(m.label("diff.whyTitle")).append("\n\n");
        int left = moved.size();
        for (Moved mv : moved) {
            if (full(sb, left--, m)) {
                break;
            }
            sb.append("- **").append(cell(names.criterion(mv.id(), mv.name()))).append("**\n");
            if (!mv.inputs().isEmpty()) {
                sb.append("  - ").append(m.label("diff.inputsChanged")).append(m.label("punct.colon"));
                String sep = "";
                for (InputChange c : mv.inputs()) {
                    if (past(sb)) { // a framework's criterion may have any number of inputs: the rest in diff.json
                        sb.append(sep).append('…');
                        break;
                    }
                    sb.append(sep).append(cell(c.label())).append(' ').append(restated(c.before(), c.after(), mv.otherLanguage()))
                            .append(" → ").append(side(c.after()));
                    sep = m.label("punct.semicolon");
                }
                sb.append("\n");
            }
            for (RowMove row : mv.rows()) {
                if (past(sb)) {
                    sb.append("  - …\n");
                    break;
                }
                // "全市安全度汛 0 → 10 分：指标值 安全度汛；完成档次 达成；自评得分 10"
                sb.append("  - ").append(m.label("diff.rowMoved", cell(row.name()), two(row.before()), two(row.after())));
                String sep = m.label("punct.colon");
                for (InputRecord i : row.inputs()) {
                    if (past(sb)) {
                        sb.append(sep).append('…');
                        break;
                    }
                    sb.append(sep).append(cell(labelOf(i.label(), row.name()))).append(' ').append(side(i.value()));
                    sep = m.label("punct.semicolon");
                }
                sb.append("\n");
            }
            if (!nz(mv.explanationBefore()).equals(nz(mv.explanationAfter()))) {
                sb.append("  - ").append(m.label("diff.before")).append(m.label("punct.colon"))
                        .append(mv.otherLanguage() && mv.explanationBefore() != null && !figuresOnly(mv.explanationBefore())
                                ? m.label("diff.otherLanguage") : formula(mv.explanationBefore())).append("\n");
                sb.append("  - ").append(m.label("diff.after")).append(m.label("punct.colon")).append(formula(mv.explanationAfter())).append("\n");
            }
        }
    }

    /**
     * The criteria and rows whose 复核分 changed, or is stated in one summary only ("—" on the other side): criterion,
     * before, after, change (the change only where both state one); "none changed" when every one is as it was.
     */
    private static void reviewed(StringBuilder sb, Reviewed rv, Messages m, FrameworkNames names) {
        sb.append("\n### ").append(m.label("diff.reviewedTitle", rv.changes().size())).append("\n\n");
        if (rv.changes().isEmpty()) {
            sb.append(m.label("diff.reviewedNoChange")).append("\n");
        } else {
            reviewedTable(sb, rv, m, names);
        }
        if (!rv.reasons().isEmpty()) { // only where a reason changed beside an unchanged 复核分: diff.md is otherwise as before
            sb.append("\n### ").append(m.label("diff.reasonTitle", rv.reasons().size())).append("\n\n");
            sb.append("| ").append(m.label("diff.criterion")).append(" | ").append(m.label("summary.reviewed")).append(" | ")
                    .append(m.label("diff.reasonBefore")).append(" | ").append(m.label("diff.reasonAfter")).append(" |\n|---|---:|---|---|\n");
            int left = rv.reasons().size();
            for (ReasonChange c : rv.reasons()) {
                if (tableFull(sb, left--, m)) {
                    break;
                }
                sb.append("| ").append(where(names, c.id(), c.name(), c.item(), c.itemName())).append(" | ").append(twoOrDash(c.reviewedScore())).append(" | ").append(side(c.before()))
                        .append(" | ").append(side(c.after())).append(" |\n");
            }
        }
    }

    /** A 复核 table's first cell: the criterion, and " · " its row or sub-item where the change is one's. */
    private static String where(FrameworkNames names, String id, String name, String item, String itemName) {
        String what = cell(names.criterion(id, name));
        return item == null ? what : what + " · " + cell(itemName);
    }

    /** The table of {@link #reviewed}: each changed 复核分, with the reviewer's reason where a summary gives one. */
    private static void reviewedTable(StringBuilder sb, Reviewed rv, Messages m, FrameworkNames names) {
        // a 复核理由 (reviewer's reason) column only where a summary gives one (a diff without is as it was)
        boolean reasons = rv.changes().stream().anyMatch(c -> c.reason() != null);
        sb.append("| ").append(m.label("diff.criterion")).append(" | ").append(m.label("diff.before")).append(" | ")
                .append(m.label("diff.after")).append(" | ").append(m.label("diff.delta"))
                .append(reasons ? " | " + m.label("summary.reviewedReason") : "").append(" |\n|---|---:|---:|---:|")
                .append(reasons ? "---|" : "").append("\n");
        int left = rv.changes().size();
        for (ReviewedChange c : rv.changes()) {
            if (tableFull(sb, left--, m)) {
                break;
            }
            sb.append("| ").append(where(names, c.id(), c.name(), c.item(), c.itemName())).append(" | ").append(twoOrDash(c.before())).append(" | ").append(twoOrDash(c.after()))
                    .append(" | ").append(c.before() == null || c.after() == null ? "—" : signed(c.after().subtract(c.before())))
                    .append(reasons ? " | " + (c.reason() == null ? "" : cell(c.reason())) : "")
                    .append(" |\n");
        }
    }

    /** 正向 / 反向 as the summary's page says it (in English with its gloss), "—" where none is stated. */
    private static String direction(String word, Messages m) {
        return word == null || word.isEmpty() ? "—" : "正向".equals(word) ? m.label("summary.direction.forward")
                : "反向".equals(word) ? m.label("summary.direction.reverse") : cell(word);
    }

    private static String twoOrDash(BigDecimal d) {
        return d == null ? "—" : two(d);
    }

    private static String side(String value) {
        return value == null || value.isEmpty() ? "—" : cell(value);
    }

    private static String formula(String explanation) {
        return explanation == null || explanation.isEmpty() ? "—" : Escape.md(Escape.cut(explanation, Escape.MAX_MESSAGE));
    }

    /** The findings whose text changed: each once, where it is now, its message before and after. */
    private static void changed(StringBuilder sb, Result r, Messages m, Links links) {
        List<Changed> items = r.changedFindings() == null ? List.of() : r.changedFindings();
        sb.append("\n### ").append(m.label("diff.changedFindings", items.size())).append("\n\n");
        if (items.isEmpty()) {
            sb.append(m.label("diff.noFindings")).append("\n");
        }
        pairs(sb, items, r, m, links);
    }

    /** Each of {@code items} as {@link #pair} writes it, until diff.md is {@link #full}. */
    private static void pairs(StringBuilder sb, List<Changed> items, Result r, Messages m, Links links) {
        for (int k = 0; k < items.size(); k++) {
            if (full(sb, items.size() - k, m)) {
                break;
            }
            pair(sb, items.get(k), r, m, links);
        }
    }

    /**
     * How long diff.md grows before its lists stop (in chars; the criteria whose score moved and why, the 复核分 and
     * direction tables, then the findings): the pull-request comment it is posted as
     * takes at most 65,536 (GitHub), and a longer one is not posted at all. A pull request that added thousands of
     * findings (a note on each of thousands of rows) made diff.md too long to post, so the reviewer saw no comment, not
     * even its scores and reviewer's scores, which come first. diff.json lists every finding.
     */
    static final int LIST_BUDGET = 40_000;

    /**
     * Whether diff.md is past {@link #LIST_BUDGET}: then says how many of the list ({@code left}) are not listed, and
     * where they are, and the list stops.
     */
    private static boolean full(StringBuilder sb, int left, Messages m) {
        if (sb.length() < LIST_BUDGET) {
            return false;
        }
        sb.append("- ").append(m.label("diff.more", left)).append("\n");
        return true;
    }

    /**
     * {@link #full} for a table's rows (the criteria whose score moved, the 复核分 changed, the directions): the count
     * after a blank line, which ends the table. A framework file of thousands of criteria that all moved (a pull request
     * may change the framework) made the part above the findings alone longer than a comment can be.
     */
    private static boolean tableFull(StringBuilder sb, int left, Messages m) {
        if (sb.length() < LIST_BUDGET) {
            return false;
        }
        sb.append('\n');
        return full(sb, left, m);
    }

    /** Whether diff.md is past {@link #LIST_BUDGET}, for the lists inside one item (a criterion's inputs and rows). */
    private static boolean past(StringBuilder sb) {
        return sb.length() >= LIST_BUDGET;
    }

    /**
     * A finding of the base and of this run as one: where it is now, its severity before → after where that changed
     * ("严重程度提高：提示 → 警告"), and its message before and after.
     */
    private static void pair(StringBuilder sb, Changed c, Result r, Messages m, Links links) {
        head(sb, c.after(), m, links);
        if (leftBaseline(c)) {
            // held by the baseline before, its text changed: the baseline no longer holds it, and the check counts it
            sb.append(' ').append(m.label("diff.leftBaseline"));
        }
        if (raised(c) || lowered(c)) {
            sb.append(nz(c.after().file()).isEmpty() ? " " : " — ").append(m.label(raised(c) ? "diff.severityRaised" : "diff.severityLowered",
                    severity(c.before(), m), severity(c.after(), m)));
        }
        sb.append("\n  - ").append(m.label("diff.before")).append(m.label("punct.colon"))
                .append(Escape.md(Escape.cut(message(c.before(), r.resolvedLocale(), m), Escape.MAX_MESSAGE)))
                .append("\n  - ").append(m.label("diff.after")).append(m.label("punct.colon"))
                .append(Escape.md(Escape.cut(message(c.after(), r.newLocale(), m), Escape.MAX_MESSAGE))).append("\n");
    }

    private static void findings(StringBuilder sb, String title, List<FindingRecord> items, String locale, Messages m, Links links) {
        findings(sb, title, items, locale, m, links, true);
    }

    /** A section of findings; "None." when it lists none and {@code noneSaid} (a section that has more to list after). */
    private static void findings(StringBuilder sb, String title, List<FindingRecord> items, String locale, Messages m, Links links,
                                 boolean noneSaid) {
        sb.append("\n### ").append(title).append("\n\n");
        if (items.isEmpty() && noneSaid) { // said, as an unchanged score is, not an empty section
            sb.append(m.label("diff.noFindings")).append("\n");
        }
        for (int k = 0; k < items.size(); k++) {
            if (full(sb, items.size() - k, m)) {
                break;
            }
            FindingRecord i = items.get(k);
            head(sb, i, m, links);
            sb.append(nz(i.file()).isEmpty() ? " " : " — ");
            sb.append(Escape.md(Escape.cut(message(i, locale, m), Escape.MAX_MESSAGE))).append("\n");
        }
    }

    /** A finding's severity in the report's language ("警告"); an unknown one as written, escaped. */
    private static String severity(FindingRecord i, Messages m) {
        String sev = i.severity() == null ? "" : i.severity();
        return switch (sev) {
            case "error", "warning", "info" -> m.label("severity." + sev);
            default -> cell(sev);
        };
    }

    /** "- 警告 `rule` file:line" (linked when the repository is known), without a trailing space. */
    private static void head(StringBuilder sb, FindingRecord i, Messages m, Links links) {
        sb.append("- ").append(severity(i, m)).append(" `").append(code(i.rule())).append('`');
        String where = links.prefix() + nz(i.file()) + (i.line() > 0 ? ":" + i.line() : "");
        if (!nz(i.file()).isEmpty()) {
            sb.append(' ');
            if (links.known()) {
                sb.append('[').append(cell(where)).append("](").append(links.to(i.file(), i.line())).append(')');
            } else {
                sb.append(cell(where));
            }
        }
        // set aside in the run it comes from: suppressed (with the reason, which a pull request may have written) or in
        // the baseline; neither counts toward the check's result, as the reports say
        if (i.suppressed() != null) {
            sb.append(' ').append(m.label("diff.tagSuppressed", cell(Escape.cut(i.suppressed(), Escape.MAX_VALUE))));
        } else if (i.inBaseline()) {
            sb.append(' ').append(m.label("console.tagBaselined"));
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
        boolean pointlessBefore = pointlessBefore(r);
        boolean pointlessAfter = pointlessAfter(r);
        if (pointlessBefore || pointlessAfter) { // only where a side's total is not a 综合评分: diff.json otherwise as before
            Map<String, Object> pointless = new LinkedHashMap<>(); // in this order: Map.of's is not fixed
            pointless.put("before", pointlessBefore);
            pointless.put("after", pointlessAfter);
            total.put("pointless", pointless);
        }
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
            Map<String, Object> explanation = new LinkedHashMap<>();
            explanation.put("before", mv.explanationBefore());
            explanation.put("after", mv.explanationAfter());
            e.put("explanation", explanation);
            e.put("inputs", mv.inputs()); // records: label, ref, before, after, as the JSON writer writes a record
            if (!mv.rows().isEmpty()) { // only where the criterion's figures could not be compared: diff.json otherwise as before
                e.put("rows", mv.rows()); // records: name, before, after, inputs (label, value, ref; file, line, column, cell where known)
            }
            moved.add(e);
        }
        root.put("criteria", moved);
        root.put("newFindings", r.newFindings());
        root.put("resolvedFindings", r.resolvedFindings());
        root.put("changedFindings", r.changedFindings()); // records: before, after (null where the base has no findings)
        // the findings whose severity this run raised (before, after): new problems, as the new ones are (null likewise)
        root.put("raisedFindings", r.raisedFindings());
        // the findings the base had open that this run suppresses (a suppression the pull request may have written)
        root.put("suppressedFindings", r.suppressedFindings());
        // the findings the base had suppressed that this run does not (before, with its reason; after): they count again
        root.put("unsuppressedFindings", r.unsuppressedFindings());
        root.put("baselineResolved", r.baselineResolved());
        if (r.reviewed() != null) { // only where either summary states a 复核分: diff.json is otherwise as before
            Reviewed rv = r.reviewed();
            Map<String, Object> reviewed = new LinkedHashMap<>();
            Map<String, Object> rt = new LinkedHashMap<>();
            rt.put("before", scaled(rv.totalBefore()));
            rt.put("after", scaled(rv.totalAfter()));
            rt.put("delta", rv.totalBefore() == null || rv.totalAfter() == null ? null
                    : scaled(rv.totalAfter().subtract(rv.totalBefore())));
            reviewed.put("total", rt);
            List<Map<String, Object>> changes = new ArrayList<>();
            for (ReviewedChange c : rv.changes()) {
                Map<String, Object> e = place(c.id(), c.name(), c.item(), c.itemName());
                e.put("before", scaled(c.before()));
                e.put("after", scaled(c.after()));
                e.put("delta", c.before() == null || c.after() == null ? null : scaled(c.after().subtract(c.before())));
                if (c.reason() != null) {
                    e.put("reason", c.reason());
                }
                changes.add(e);
            }
            reviewed.put("criteria", changes);
            if (!rv.reasons().isEmpty()) { // only where a reason changed beside an unchanged 复核分
                List<Map<String, Object>> reasons = new ArrayList<>();
                for (ReasonChange c : rv.reasons()) {
                    Map<String, Object> e = place(c.id(), c.name(), c.item(), c.itemName());
                    e.put("reviewedScore", scaled(c.reviewedScore()));
                    e.put("before", c.before());
                    e.put("after", c.after());
                    reasons.add(e);
                }
                reviewed.put("reasons", reasons);
            }
            root.put("reviewed", reviewed);
        }
        if (!r.directions().isEmpty()) {
            root.put("directions", r.directions()); // records: id, name, item, itemName, before, after
        }
        return Json.write(root);
    }
}
