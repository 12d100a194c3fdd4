package io.github.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submission scored against a framework: every leaf criterion, the total (the sum of the rounded
 * criteria) and the grade. A grade is final only on a complete 100-point base with every point scored: when
 * the weights do not add up to 100 there is no grade, and when points could not be scored for want of data
 * the grade is provisional and {@link #unscored()} says which points and why.
 *
 * @param unscored      the points that could not be scored (a criterion or an indicator without its figures)
 * @param frameworkFile the project file the framework was read from, or null for a framework shipped with the plugin
 * @param english       the English the framework used gives for its Chinese names, grades and 评分标准 (its
 *                      {@code nameEn}, {@code gradeEn}, {@code standardEn}, {@code labelEn}): Chinese → English
 * @param quoted        the report-language text of each argument of a scoring finding that quotes a formula (a stated
 *                      score against the computed one, a zero denominator, money added to a count): such a finding
 *                      keeps the Chinese formula in every language, so that its fingerprint does, and a report in
 *                      another language shows this instead (Chinese → report language; empty in Chinese runs). The
 *                      scorer builds both texts in its one pass (score.Said)
 * @param partial       the framework transcribes only part of its 评分表 ({@link Framework#isPartial}): no grade, whatever
 *                      its weights add up to, and the reports say that, not that the weights fall short
 * @param reviewedGrade the grade of the {@link #reviewedTotal()} (复核总分) on the framework's bands, where the total is
 *                      graded and there is a reviewed total; null otherwise. score-reviewed-differs says the 复核分 stands
 *                      ("以复核分为准"), so a reviewed total of 81.65 is graded 良 even where the computed 97.29 is 优
 * @param pointless     no indicator row carries points where the framework wants them (a table with no 分值 column, not by
 *                      design: score-input-missing's indicator-points-none…-short): the total is the other criteria's alone
 *                      (the execution's), not a 综合评分, and the reports say so (s47 audit item 3)
 * @param unpointed     the framework scores a form that prints no points on its indicator rows by design ({@link
 *                      Framework#unpointed}: the 中央 transfer's 区域 form): no grade, and the reports say that, not that the
 *                      weights fall short
 * @param noTotal       why the computed figure is no 综合评分 (the scorer's one decision, {@link NoTotal#of}), or null where
 *                      it is one: the scorer's own wording and the engine's ({@code -unbased}, {@code -part}) both read it
 * @param frameworkBase the built-in framework the project's framework file extends ({@link Framework#base}), or null
 * @param frameworkBaseVersion that built-in framework's version as scored, or null
 * @param frameworkBaseKind the built-in framework's own kind where the project's file that extends it states another
 *                      ({@link Framework.Base#kindChangedFrom}: a 部门整体 自评表 in the 10号 project layout, since session
 *                      55), else null
 * @param rowPointsUnprinted the framework's form prints a 得分 on each indicator row and no 分值 ({@link
 *                      Framework#rowPointsUnprinted}: the 20 + 80 form): where no row carries points ({@link NoTotal#POINTLESS})
 *                      the reports say the form prints none, not only that none is there (since session 56)
 * @param gradeDoubt    the grade-unsupported finding that doubts the grade this sheet gives (the engine's, after the rules:
 *                      {@link #withGradeDoubt}), or null: the grade is then provisional in every report, the finding's
 *                      reason beside it (since session 57; before, t83 四川 普惠金融's line said "100.00 / 100.00（优）" beside
 *                      a warning that 优 is hard to justify, audit s54 A9 C6 / s56 A11 C11)
 * @param gradeDoubtSuppressed the reason of the jixiao-suppressions entry that suppresses {@link #gradeDoubt}, or null:
 *                      the department has explained the doubt in writing, so the grade is no longer 暂定 and the reports
 *                      say the doubt and the reason instead ({@link #withGradeDoubtSuppressed}, set by the review, which
 *                      sees the suppressions; since session 58). A baselined doubt (old debt, no reason given) keeps the mark
 */
public record ScoreSheet(
        String frameworkId,
        String frameworkVersion,
        String frameworkName,
        List<CriterionScore> criteria,
        BigDecimal total,
        String grade,
        boolean indicatorsCarryPoints,
        List<Unscored> unscored,
        String frameworkFile,
        Map<String, String> english,
        Map<String, String> quoted,
        boolean partial,
        String reviewedGrade,
        boolean unpointed,
        boolean pointless,
        NoTotal noTotal,
        String frameworkBase,
        String frameworkBaseVersion,
        String frameworkBaseKind,
        boolean rowPointsUnprinted,
        io.github.jixiao.finding.Finding gradeDoubt,
        String gradeDoubtSuppressed) {

    /** A sheet whose grade no finding doubts (the scorer's: the engine adds the doubt after the rules). */
    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted, boolean partial, String reviewedGrade,
                      boolean unpointed, boolean pointless, NoTotal noTotal, String frameworkBase, String frameworkBaseVersion,
                      String frameworkBaseKind, boolean rowPointsUnprinted) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, partial, reviewedGrade, unpointed, pointless, noTotal, frameworkBase, frameworkBaseVersion,
                frameworkBaseKind, rowPointsUnprinted, null, null);
    }

    /**
     * Why a table's computed figure is no 综合评分, each reason with the finding that says so beside it; in the order the
     * scorer decides them ({@link #of}: the first that holds). Until session 52 the scorer decided its own {@code
     * indicator-below-unbased} and {@code total-unbased} from its weights, and the engine whether "综合评分按 X 分计" is said
     * as "计分按 X 分计" ({@code -part}) from the sheet's flags and its weights against the framework's: two decisions.
     */
    public enum NoTotal {
        /** No indicator row at all (a copy cut before them): score-weights total-no-indicators. */
        NO_INDICATORS(false),
        /** A weight the framework file does not give validly: score-weights invalid-weight. */
        INVALID_WEIGHT(true),
        /** The form prints no points on its indicator rows by design, and none are printed: score-weights unpointed. */
        UNPOINTED(true),
        /**
         * No indicator row carries points (a table with no 分值 column): score-input-missing's -short findings, which say
         * "不是综合评分，不评定等级" (on a partial framework too: the partial note beside them says the cut only,
         * Engine.partialRowsOnce; before session 53 CUT came first here while the reports said this).
         */
        POINTLESS(true),
        /** A partial framework (the copy is cut) whose table weighs less than its base: score-weights partial. */
        CUT(true),
        /**
         * The table's weights, its rows all there, are not the framework's base (t4 中江 2022's 110, t62 忻州 2020's 110,
         * t16 九亭镇 2020's 75): score-weights total; the scorer says its rows' and its total's gaps as {@code -unbased}.
         */
        UNBASED(true),
        /** A partial framework at its base (the 评分表 transcribed in part): score-weights partial. */
        PARTIAL(false);

        private final boolean offBase;

        NoTotal(boolean offBase) {
            this.offBase = offBase;
        }

        /**
         * The table's weights are not the framework's base with its indicator rows there: a stated total's gap that no
         * missing data explains has no base to be corrected by ({@code total-unbased}).
         */
        public boolean offBase() {
            return offBase;
        }

        /**
         * The one decision.
         *
         * @param weight        the table's weights added up
         * @param base          the framework's base (its weights' sum)
         * @param invalidWeight a weight of the framework file is not valid
         * @param noIndicators  there is no indicator row at all where the framework scores some (total-no-indicators)
         * @param partial       the framework transcribes only part of its 评分表
         * @param unpointed     the framework declares its form unpointed and the table's weights fall short of the base
         * @param pointless     no indicator row carries points where the framework wants them
         * @return the reason, or null where the computed figure is a 综合评分 (the table's weights its framework's base,
         *         a complete framework: graded, or provisional for want of data only)
         */
        public static NoTotal of(BigDecimal weight, BigDecimal base, boolean invalidWeight, boolean noIndicators, boolean partial,
                                 boolean unpointed, boolean pointless) {
            int c = weight.compareTo(base);
            if (noIndicators) {
                return NO_INDICATORS;
            } else if (invalidWeight) {
                return INVALID_WEIGHT;
            } else if (unpointed) {
                return UNPOINTED;
            } else if (pointless) {
                return POINTLESS;
            } else if (partial && c < 0) {
                return CUT;
            } else if (c != 0) {
                return UNBASED;
            }
            return partial ? PARTIAL : null;
        }
    }

    /** The computed figure is no 综合评分 ({@link #noTotal()} says why). */
    public boolean notTotal() {
        return noTotal != null;
    }

    /** The full base a grade is given on. */
    public static final BigDecimal FULL_BASE = BigDecimal.valueOf(100);

    /**
     * Points that could not be scored.
     *
     * @param criterion the criterion's id
     * @param name      what could not be scored (the criterion's or the indicator's name)
     * @param points    its weight
     * @param reason    why, in the report language (EngineOptions.locale)
     */
    public record Unscored(String criterion, String name, BigDecimal points, String reason) {
    }

    /** A sheet whose framework's form prints 分值 on its rows where it prints any (not {@link #rowPointsUnprinted}). */
    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted, boolean partial, String reviewedGrade,
                      boolean unpointed, boolean pointless, NoTotal noTotal, String frameworkBase, String frameworkBaseVersion,
                      String frameworkBaseKind) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, partial, reviewedGrade, unpointed, pointless, noTotal, frameworkBase, frameworkBaseVersion,
                frameworkBaseKind, false);
    }

    /** A sheet whose framework, if it extends a built-in, keeps the built-in's kind. */
    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted, boolean partial, String reviewedGrade,
                      boolean unpointed, boolean pointless, NoTotal noTotal, String frameworkBase, String frameworkBaseVersion) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, partial, reviewedGrade, unpointed, pointless, noTotal, frameworkBase, frameworkBaseVersion, null);
    }

    public ScoreSheet {
        criteria = List.copyOf(criteria);
        unscored = unscored == null ? List.of() : List.copyOf(unscored);
        english = Framework.frozen(english);
        quoted = quoted == null || quoted.isEmpty() ? Map.of() : Map.copyOf(quoted);
    }

    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted, boolean partial) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, partial, null);
    }

    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted, boolean partial, String reviewedGrade) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, partial, reviewedGrade, false);
    }

    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted, boolean partial, String reviewedGrade,
                      boolean unpointed) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, partial, reviewedGrade, unpointed, false);
    }

    /** A sheet with the flags only (tests, callers of their own): the reason taken from them and the weights against 100. */
    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted, boolean partial, String reviewedGrade,
                      boolean unpointed, boolean pointless) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, partial, reviewedGrade, unpointed, pointless,
                NoTotal.of(criteria.stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add), FULL_BASE,
                        false, false, partial, unpointed, pointless), null, null);
    }

    /** This sheet with {@code reviewedGrade}, the grade of its reviewed total. */
    public ScoreSheet withReviewedGrade(String reviewedGrade) {
        return new ScoreSheet(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored,
                frameworkFile, english, quoted, partial, reviewedGrade, unpointed, pointless, noTotal, frameworkBase,
                frameworkBaseVersion, frameworkBaseKind, rowPointsUnprinted, gradeDoubt, gradeDoubtSuppressed);
    }

    /**
     * This sheet with {@code doubt}, a grade-unsupported finding, where it doubts the grade the sheet gives: the sheet is
     * graded and the finding's grade (its first argument, the framework's top grade) is the sheet's. A doubt of the
     * department's 优 where jixiao computes 良 leaves 良 as it is. Else this sheet.
     */
    public ScoreSheet withGradeDoubt(io.github.jixiao.finding.Finding doubt) {
        if (doubt == null || !graded() || doubt.args().isEmpty() || !grade.strip().equals(doubt.args().get(0).strip())) {
            return this;
        }
        return new ScoreSheet(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored,
                frameworkFile, english, quoted, partial, reviewedGrade, unpointed, pointless, noTotal, frameworkBase,
                frameworkBaseVersion, frameworkBaseKind, rowPointsUnprinted, doubt, null);
    }

    /**
     * This sheet with its {@link #gradeDoubt} suppressed for {@code reason} (a jixiao-suppressions entry's written
     * reason): the grade is no longer 暂定, the reports say the doubt was explained and why. Else (no doubt, no reason)
     * this sheet.
     */
    public ScoreSheet withGradeDoubtSuppressed(String reason) {
        if (gradeDoubt == null || reason == null) {
            return this;
        }
        return new ScoreSheet(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored,
                frameworkFile, english, quoted, partial, reviewedGrade, unpointed, pointless, noTotal, frameworkBase,
                frameworkBaseVersion, frameworkBaseKind, rowPointsUnprinted, gradeDoubt, reason);
    }

    /**
     * The grade is provisional in the reports: points could not be scored ({@link #provisional()}), or a finding doubts it
     * ({@link #gradeDoubt}). score-summary.json's {@code provisional} stays the first alone (the aggregate's note says
     * missing data): its {@code gradeProvisional} says the second. A doubt the department explained in a suppression
     * ({@link #gradeDoubtSuppressed}) no longer marks it (since session 58).
     */
    public boolean gradeProvisional() {
        return provisional() || gradeDoubt != null && gradeDoubtSuppressed == null;
    }

    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english, Map<String, String> quoted) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, quoted, false);
    }

    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile,
                      Map<String, String> english) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile,
                english, Map.of());
    }

    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints, List<Unscored> unscored, String frameworkFile) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, unscored, frameworkFile, Map.of());
    }

    public ScoreSheet(String frameworkId, String frameworkVersion, String frameworkName, List<CriterionScore> criteria,
                      BigDecimal total, String grade, boolean indicatorsCarryPoints) {
        this(frameworkId, frameworkVersion, frameworkName, criteria, total, grade, indicatorsCarryPoints, List.of(), null, Map.of());
    }

    /** A framework is a project file (a submission may bring its own; reviewers should know). */
    public boolean frameworkFromProject() {
        return frameworkFile != null;
    }

    public Optional<CriterionScore> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The 复核总分: the sum of the criteria's 复核分 (each at 2 decimals, as the total is summed) where every criterion
     * with points has one; null where none has one or one lacks it (a reviewed total of part of the table is no total),
     * and null while a 复核分 lies outside its points ({@link #reviewedOutsidePoints()}): a self score above its points is
     * not counted as filed either (score-claim-mismatch says so), and a reviewed total built on it (30 of 25 giving
     * 99.65) would be printed as authoritative.
     */
    public BigDecimal reviewedTotal() {
        if (!reviewedOutsidePoints().isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (CriterionScore c : criteria) {
            if (c.reviewed() != null) {
                sum = sum.add(Num.round2(c.reviewed()));
                any = true;
            } else if (c.weight().signum() > 0) {
                return null;
            }
        }
        return any ? sum : null;
    }

    /**
     * The criteria, rows and sub-items whose 复核分 lies outside 0 … their points (above them, or negative), in table order:
     * while there is one there is no {@link #reviewedTotal()}, and the reports say which (the first) instead.
     */
    public List<CriterionScore> reviewedOutsidePoints() {
        List<CriterionScore> out = new java.util.ArrayList<>(0);
        for (CriterionScore c : criteria) {
            // a row or sub-item outside its points, else the criterion (a block's 复核分 is its rows' sum: the row is the
            // one to correct); a loop, no stream per criterion: the reports ask this three or four times (issue 17)
            int before = out.size();
            for (CriterionScore item : c.items()) {
                if (outside(item)) {
                    out.add(item);
                }
            }
            if (out.size() == before && outside(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean outside(CriterionScore c) {
        return c.reviewed() != null && (c.reviewed().signum() < 0 || c.weight() != null && c.reviewed().compareTo(c.weight()) > 0);
    }

    /** Whether any criterion, row or sub-item carries a 复核分: the reports show the column only then. */
    public boolean anyReviewed() {
        for (CriterionScore c : criteria) {
            if (c.reviewed() != null || c.items().stream().anyMatch(i -> i.reviewed() != null)) {
                return true;
            }
        }
        return false;
    }

    /** The total weight of all criteria (100 for a complete framework). */
    public BigDecimal weight() {
        return criteria.stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The weights add up to the full 100-point base. */
    public boolean fullBase() {
        return weight().compareTo(FULL_BASE) == 0;
    }

    /**
     * A grade is given: the scorer gives one on the framework's full base of a complete framework only (a partial
     * framework's total is no grade's even at 100 points). The one test of the console's score line and the summary's
     * heading of the unscored points.
     */
    public boolean graded() {
        return grade != null && !grade.isEmpty();
    }

    /** The points that could not be scored, added up. */
    public BigDecimal unscoredPoints() {
        return points(unscored);
    }

    /**
     * How many things were scored 0 for want of data: each entry of {@link #unscored} (an indicator row or a criterion),
     * the list the reports print under the count. The one count of "得分不完整：N 项指标缺少数据" wherever it is said. A
     * criterion whose rows carry no points (a table without a 分值 column) weighs 0 and costs the total nothing: it is
     * not counted (score-weights says the base falls short), as it is not listed.
     */
    public int withoutData() {
        return unscored.size();
    }

    /** The criteria of {@link #unscored}, each once (by id): score-summary.json's {@code criteriaWithoutData}. */
    public long criteriaWithoutData() {
        return unscored.stream().map(u -> u.criterion() == null ? "" : u.criterion()).distinct().count();
    }

    /** The points of {@code unscored}, added up. */
    public static BigDecimal points(List<Unscored> unscored) {
        return unscored.stream().map(Unscored::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether no point could be scored: every one lacked its figures (the scorer then grades nothing). */
    public boolean nothingScored() {
        return nothingScored(unscoredPoints(), weight());
    }

    /** {@link #nothingScored()} of a sheet whose unscored points and weight are these. */
    public static boolean nothingScored(BigDecimal unscoredPoints, BigDecimal weight) {
        return weight.signum() > 0 && unscoredPoints.compareTo(weight) >= 0;
    }

    /**
     * Whether nothing in the table is scorable: its criteria weigh 0 points in all (a form that prints no points on its
     * rows whose copy holds no funds block either: 大英 双心 2020, t44; 大英 民政 2020, t98). Then there is no figure to
     * print, not a score of 0 out of 0: every report says "不计分" with the reason, no fraction (audit s55 A10 row C3;
     * until session 56 "得分：0.00 / 0.00，不评定：…没有计分").
     */
    public boolean nothingScorable() {
        return nothingScorable(weight());
    }

    /** {@link #nothingScorable()} of a sheet (or a stored summary) whose weights add up to {@code weight}; false where null. */
    public static boolean nothingScorable(BigDecimal weight) {
        return weight != null && weight.signum() == 0;
    }

    /** The grade stands only on a full base with every point scored. */
    public boolean provisional() {
        return !fullBase() || unscoredPoints().signum() > 0;
    }
}
