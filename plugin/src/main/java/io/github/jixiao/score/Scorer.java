package io.github.jixiao.score;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.text.Texts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a submission against its framework. The framework is the override parameter, else department.json's
 * {@code framework}, else the default of the submission's kind. Full precision inside; each criterion rounded
 * to 2 decimals HALF_UP; the total is the sum of the rounded criteria; the grade comes from the framework's
 * bands. A missing figure zeroes its criterion and is a {@code score-input-missing} finding (one per missing figure,
 * all of them in one run); a stated score
 * that differs from the computed one is a {@code score-claim-mismatch} finding (the computed figure stands).
 * Only a 自评 submission is scored; at the other stages only the framework choice is checked.
 */
public final class Scorer {

    /** The sheet (null when the submission cannot be scored) and the findings scoring produced. */
    public record Result(ScoreSheet sheet, List<Finding> findings) {
    }

    /**
     * @param submission        the bound submission
     * @param frameworkOverride a framework id or a project-relative file that overrides the submission's
     *                          choice, or null
     * @param projectDir        the project directory (custom framework files resolve inside it)
     */
    public Result score(Submission submission, String frameworkOverride, Path projectDir) {
        return score(submission, framework(submission, frameworkOverride, projectDir));
    }

    /** The framework {@link #score} uses, loaded and checked against the submission's kind, with its findings. */
    public FrameworkLoader.Loaded framework(Submission submission, String frameworkOverride, Path projectDir) {
        List<Finding> findings = new ArrayList<>();
        String choice;
        Src where;
        if (frameworkOverride != null && !frameworkOverride.isBlank()) {
            choice = frameworkOverride.strip();
            where = Src.NONE;
        } else if (submission.framework() != null && !submission.framework().isBlank()) {
            choice = submission.framework().strip();
            where = submission.src("department#/framework");
        } else {
            choice = FrameworkLoader.defaultFor(submission.kind());
            where = Src.NONE;
        }
        FrameworkLoader.Loaded loaded = FrameworkLoader.load(choice, projectDir, where);
        findings.addAll(loaded.findings());
        Framework framework = loaded.framework();
        // a kind the format does not have ("部门") is the schema's error to tell, not the framework's mismatch
        if (framework != null && KINDS.contains(submission.kind()) && !framework.kind().equals(submission.kind())) {
            // a built-in named as it is whose criteria are the same for either kind (the 10号 project form's, named by a
            // department whose 部门整体 自评表 is printed in it): the way to say so, an extending file with the kind (session 55)
            String key = framework.base() == null && FrameworkLoader.kindFree(framework) ? "kind-layout" : "kind";
            findings.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.WARNING, key,
                    List.of(framework.id(), framework.kind(), submission.kind()), where.file(), where.pointer(),
                    where.line(), where.column(), null));
        }
        return new FrameworkLoader.Loaded(framework, findings);
    }

    /** The kinds department.schema.json allows. */
    private static final java.util.Set<String> KINDS = java.util.Set.of("department", "project");

    /** Scores on a framework {@link #framework} loaded (its findings are passed on). */
    public Result score(Submission submission, FrameworkLoader.Loaded loaded) {
        return score(submission, loaded, null);
    }

    /**
     * Scores on a framework {@link #framework} loaded, with the formula texts in {@code locale} (Chinese when null);
     * the scores are the same in every language.
     */
    public Result score(Submission submission, FrameworkLoader.Loaded loaded, Locale locale) {
        return score(submission, loaded, locale, true);
    }

    /**
     * As {@link #score(Submission, FrameworkLoader.Loaded, Locale)}; {@code missCarried}: whether
     * score-ignores-missed-target runs and so carries the claim of a row at full points on a missed target (one defect,
     * one finding); when the project turned that rule off, this scorer reports those claims itself.
     */
    public Result score(Submission submission, FrameworkLoader.Loaded loaded, Locale locale, boolean missCarried) {
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Framework framework = loaded.framework();
        if (framework == null) {
            return new Result(null, findings);
        }
        if (submission.stage() != Stage.SELF_EVALUATION) {
            return new Result(null, findings);
        }
        return new Result(score(submission, framework, findings, locale, missCarried), findings);
    }

    /** Scores {@code submission} against {@code framework}, adding findings to {@code findings}. */
    public ScoreSheet score(Submission submission, Framework framework, List<Finding> findings) {
        return score(submission, framework, findings, null);
    }

    /** Scores {@code submission} against {@code framework} with the formula texts in {@code locale}. */
    public ScoreSheet score(Submission submission, Framework framework, List<Finding> findings, Locale locale) {
        return score(submission, framework, findings, locale, true);
    }

    private ScoreSheet score(Submission submission, Framework framework, List<Finding> findings, Locale locale, boolean missCarried) {
        // (the engine has shared them already, for the rules too; a caller of its own has not)
        submission = CategoryPoints.apply(submission, framework);
        CategoryPoints.check(submission, framework, findings);
        Texts texts = Texts.of(locale);
        Claims claims = new Claims(submission);
        List<CriterionScore> criteria = new ArrayList<>();
        List<ScoreSheet.Unscored> unscored = new ArrayList<>();
        java.util.Map<String, String> quoted = new java.util.LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        Stated stated = new Stated();
        BigDecimal[] printed = new BigDecimal[1];
        List<Framework.Leaf> leaves = framework.leaves();
        java.util.Set<String> omitted = omitted(submission, claims, framework, leaves, printed);
        int fromCriteria = findings.size();
        boolean fundsCut = fundsCut(submission, framework);
        boolean fundsUnprinted = !fundsCut && (fundsUnprinted(framework) || framework.isPartial() && submission.funds() != null);
        boolean proseReport = !fundsCut && !fundsUnprinted && proseReport(submission, framework);
        java.util.Set<String> unprintedCriteria = new java.util.HashSet<>();
        java.util.Set<String> reportZeroCriteria = new java.util.HashSet<>();
        for (Framework.Leaf leaf : leaves) {
            int unscoredBefore = unscored.size();
            int findingsBefore = findings.size();
            CriterionScore c = omitted.contains(leaf.id()) ? omit(submission, framework, leaf, printed[0], findings, texts)
                    : leaf(submission, claims, framework, leaf, findings, unscored, texts, quoted, stated, !omitted.isEmpty(), missCarried);
            if (fundsCut && unscored.size() > unscoredBefore
                    && (leaf.scoredOnFunds() || asksFundsOnly(findings.subList(findingsBefore, findings.size())))) {
                // a copy whose funds block is before its start or past its cut (partialCut copyStart with no funds block,
                // or funds: 大英 医保 2023, t96; 大英 双心 2020, t44): the figures the criterion is scored on are the
                // copy's gap, not the table's, so it is no part of what is scored, as the rows of a copy cut before its
                // indicators are none (t114): not 0 of its 10 points in the denominator, nor a loss line asking for the
                // figures the lint side does not ask for (audit s54 A9 row C1; until then "0.00 / 65.00" on t96); so too a
                // criterion of a project's own framework scored otherwise on those figures alone (bands of the execution
                // rate: until session 55 it weighed its points at 0, review s54 R4 L5)
                unscored.subList(unscoredBefore, unscored.size()).clear();
                findings.subList(findingsBefore, findings.size()).removeIf(Scorer::asksFunds);
                c = notScored(leaf, texts.get("score.funds-cut", Num.plain(leaf.weight())));
            } else if (fundsUnprinted && unscored.size() > unscoredBefore && leaf.scoredOnFunds()
                    && plainFundsAsks(findings.subList(findingsBefore, findings.size()))) {
                // a form that prints no points on its rows whose report gives no 执行数 (the framework partial: the report's
                // text transcribed, 宁德 人才驿站 2023, t59; 秀英 水务 2022, t121), or a form that lists no funds at all
                // (noFunds: 吕梁 护工 2021, t58): the figure is the report's gap, not a blank of a funds table to fill in,
                // so the criterion is left unscored and out of the points scored, with one line of the points not scored
                // saying why, not 0 of its 10 points shown as the table's biggest loss (t59 against its own "预算执行率…得3分";
                // audit s57 A12 row B2); its finding is worded for the report (below). A whole submission with a funds
                // block and no 执行数 still scores 0 (the framework not partial, no noFunds)
                unscored.subList(unscoredBefore, unscored.size()).clear();
                String why = texts.get(framework.noFunds() ? "score.funds-none" : "score.funds-unprinted", Num.plain(leaf.weight()));
                unscored.add(new ScoreSheet.Unscored(leaf.id(), leaf.name(), leaf.weight(), why));
                unprintedCriteria.add(leaf.id());
                c = notScored(leaf, why);
            } else if (proseReport && unscored.size() > unscoredBefore && leaf.scoredOnFunds()
                    && plainFundsAsks(findings.subList(findingsBefore, findings.size()))) {
                // a whole prose report with no 执行数 (汶川 食品监管 2021, t126): still 0 (session 57), but worded for the
                // report's author, not a transcriber asked to fill in budget.json (audit s58 A13 row B2)
                reportZeroCriteria.add(leaf.id());
            }
            criteria.add(c);
            total = total.add(c.score());
        }
        if (fundsCut) {
            // the one owner of "the copy holds no funds figures, ask for none" (PartialCut.fundsAbsent): every ask of the
            // scorer's for a funds figure goes, whichever rules the project turned off (until session 55 the Engine's
            // partial-cut fold dropped those the loop above did not, only while the partial note survived the project's
            // rule settings: with score-weights off they were asked for; review s54 R4 L5)
            findings.subList(fromCriteria, findings.size()).removeIf(Scorer::asksFunds);
        }
        fileMissingOnce(findings, fromCriteria, criteria);
        sharedFigureOnce(findings, fromCriteria);
        figuresAtOnePlaceOnce(findings, fromCriteria);
        fileEmptyOnce(submission, findings, fromCriteria);
        if (!unprintedCriteria.isEmpty()) {
            unprintedWording(submission, framework, findings, fromCriteria, unprintedCriteria, "");
        }
        if (!reportZeroCriteria.isEmpty()) {
            unprintedWording(submission, framework, findings, fromCriteria, reportZeroCriteria, "-zero");
        }
        total = Num.round2(total);
        BigDecimal weight = BigDecimal.ZERO;
        for (CriterionScore c : criteria) {
            weight = weight.add(c.weight());
        }
        // a grade is given on the framework's full base only (100 points: the loader checks it): weights the table
        // changed so that they add up to more or less are the table's error
        // (nor when a criterion's weight is an invalid number of the framework file: the base lacks it)
        List<Framework.Leaf> invalidWeights = new ArrayList<>(0);
        for (Framework.Leaf l : leaves) {
            if (l.method() instanceof Method.Invalid i && i.weightInvalid()) {
                invalidWeights.add(l);
            }
        }
        boolean carriesPoints = framework.indicatorsCarryPoints();
        BigDecimal base = framework.weight();
        boolean fullBase = weight.compareTo(base) == 0 && invalidWeights.isEmpty();
        // no grade where nothing could be scored (every point lacked its figures: a table copied without them would be
        // 差, P2 session 25), nor on a partial framework or a base that is not the framework's
        boolean nothingScored = ScoreSheet.nothingScored(ScoreSheet.points(unscored), weight);
        String grade = fullBase && !framework.isPartial() && !nothingScored ? framework.grade(total) : "";
        boolean unpointed = framework.isUnpointed() && invalidWeights.isEmpty() && weight.compareTo(base) < 0;
        // a project's own framework file declaring unpointed over a table whose rows print points (copied from
        // mof-transfer-region for a form that has a 分值 column): what the declaration turns off is the check of those
        // points, a warning saying which and how to undo it, not the note (session 44); a built-in's declaration is the
        // form's, and stays one. The rows' points read once, for the partial note and the unpointed one
        int[] pointed = new int[1];
        BigDecimal printedPoints = framework.isUnpointed() && invalidWeights.isEmpty() && !framework.file().startsWith("classpath:")
                ? printedPoints(submission, pointed) : null;
        boolean pointsPrinted = printedPoints != null && pointed[0] > 0;
        // the declaration a project's file extending a built-in carries over from it (霍山 2024, t85; 四川 两品一械 2021,
        // t106; 田家庵 2024, t68): said as the built-in's, at the file's extends, never as a key of the file's to delete
        // (until session 54 at the file's /unpointed, a key it does not have, and "请删去评分框架文件中的 unpointed")
        String inheritedFrom = framework.base() != null && framework.base().unpointedInherited() ? framework.base().id() : null;
        String unpointedAt = inheritedFrom != null ? "/extends" : "/unpointed";
        if (framework.isPartial()) {
            Src s = inFramework(submission, framework, "/partial");
            // beside the unpointed note (霍山 2024, t85; 四川 药监, t106), which says the figure is no 综合评分 and gets no
            // grade: the cut said, not a second "不是综合评分，不评定等级" (audit s50 A5 §2); the same finding. So too beside
            // unpointed-printed (a project's declaration over rows that print points: t85 with points added), which says the
            // figure is not graded (session 52, P4's item 4 of session 51)
            // beside the unpointed note, the points the note's part is scored on (the execution's 10 on 田家庵 2024, t68), not
            // the framework's 100 its rows never print (audit s54 A9 row C3: "框架各项共 100 分" beside "9.39 / 10.00"); where
            // the copy holds nothing scorable either (its funds block cut too: 大英 民政 2020, t98), said so (-none)
            String key = !unpointed ? "partial" : weight.signum() == 0 ? "partial-unpointed-none" : "partial-unpointed";
            findings.add(new Finding(ScoringContext.WEIGHTS, Severity.INFO, key,
                    // {1} the framework's weight in every variant (the fingerprint of partial, which these are the same finding
                    // as: review s54 R4 M2); the unpointed variants print the points scored, {3}, a detail
                    unpointed ? List.of(framework.id(), Num.plain(framework.weight()), framework.partial(), Num.plain(weight))
                            : List.of(framework.id(), Num.plain(framework.weight()), framework.partial()), s.file(),
                    s.pointer(), s.line(), s.column(), null));
        }
        // a form whose rows print no points by design (the 中央 transfer's 区域绩效自评表, 霍山 2024, t85) and none printed:
        // its indicators are not scored and the total has no grade, said once, here; no row is asked for its points, nor
        // are the weights said to fall short (until session 42, score-input-missing indicator-points, an error, asked a
        // correct print for 分值 its form does not have)
        if (unpointed) {
            Src s = inFramework(submission, framework, unpointedAt);
            if (pointsPrinted) {
                findings.add(new Finding(ScoringContext.WEIGHTS, Severity.WARNING,
                        inheritedFrom != null ? "unpointed-printed-inherited" : "unpointed-printed",
                        withBase(List.of(framework.id(), Integer.toString(pointed[0]), Num.plain(printedPoints), total.toPlainString()),
                                inheritedFrom), s.file(), s.pointer(), s.line(), s.column(), null));
            } else {
                // nothing else scorable in the copy (the funds block before its start or past its cut: 大英 民政 2020, t98;
                // 大英 双心 2020, t44): no "计得的 0.00 分只是预算执行等其余各项的得分" for an execution never read (-none)
                boolean none = weight.signum() == 0;
                findings.add(new Finding(ScoringContext.WEIGHTS, Severity.INFO,
                        // (an inherited declaration said as the built-in's there too: review s54 R4 L1)
                        (none ? "unpointed-none" : "unpointed") + (inheritedFrom != null ? "-inherited" : ""),
                        withBase(List.of(framework.id(), none ? Num.plain(weight) : total.toPlainString(), framework.unpointed()),
                                inheritedFrom), s.file(),
                        s.pointer(), s.line(), s.column(), null));
            }
        } else if (pointsPrinted) {
            // the same declaration in a project's file over rows whose points make up the whole base (t83 with unpointed
            // added: 100 on its rows): graded as usual, but the declaration contradicts the table and still keeps rows
            // without points from being asked for them (IndicatorScoring's byDesign); said, with how to undo it (session 45)
            Src s = inFramework(submission, framework, unpointedAt);
            findings.add(new Finding(ScoringContext.WEIGHTS, Severity.WARNING,
                    inheritedFrom != null ? "unpointed-full-inherited" : "unpointed-full",
                    withBase(List.of(framework.id(), Integer.toString(pointed[0]), Num.plain(printedPoints), Num.plain(base)),
                            inheritedFrom), s.file(), s.pointer(), s.line(), s.column(), null));
        }
        if (!invalidWeights.isEmpty()) {
            // a weight the framework file does not give validly: the total lacks it, and says so, for each such
            // weight at its own place (one fix each; the first finding is what a single bad weight gives)
            for (Framework.Leaf leaf : invalidWeights) {
                Method.Invalid i = (Method.Invalid) leaf.method();
                findings.add(new Finding(ScoringContext.WEIGHTS, ScoringContext.ruleSeverity(ScoringContext.WEIGHTS), "invalid-weight",
                        List.of(Num.plain(weight), total.toPlainString(), leaf.name()), i.file(), i.pointer(), i.line(),
                        i.column(), null));
            }
        }
        // the points of the criteria scored on indicators where there is no indicator row at all (total-no-indicators): a
        // stated total's gap within them is theirs, not the report's (忠县科协 2024: 自评总分 99.68, its 90 indicator points
        // past the copy's end, 9.69 scored; until session 37 "不一致。以计算值为准" as if 9.69 were the total)
        BigDecimal noRows = BigDecimal.ZERO;
        boolean pointless = false; // no indicator row carries points: the total is the other criteria's alone
        if (invalidWeights.isEmpty() && !fullBase && !unpointed) {
            boolean shortOfBase = weight.compareTo(base) < 0;
            // rows without 分值 as the whole shortfall, said by score-input-missing's -short findings (these calls turn
            // them so): a table without 分值 (大英 2020, 衡山 2020), no indicator carrying points, where indicator-points-none
            // now says the points in all and that no grade is given (session 31 trial: both, one defect and two errors);
            // or some rows print none and the criteria they fall under are what fall short, every other criterion at its
            // points, each row's finding saying it (session 33: one per row and score-weights total beside them).
            // score-weights total (and split of those criteria) is made too and left out beside them after the project's
            // rule settings (Engine.shortfallOnce), so that a project that turned score-input-missing off still hears that
            // the total has no full base (session 36)
            pointless = shortOfBase && pointsNone(findings, submission, criteria, claims, weight, base, total, framework.isPartial(),
                    fundsCut);
            boolean rowsSay = pointless || shortOfBase && rowsWithoutPoints(findings, criteria, leaves, weight, base, total);
            if (!rowsSay && shortOfBase && carriesPoints && noIndicatorRow(submission, criteria, leaves)) {
                // no indicator row at all (a copy cut before them: 桂平 2019, 宁德 方志委 2018): the points the criteria
                // scored on indicators weigh are what falls short, and the fix is the rows, not their 分值; said once, here,
                // with the points they weigh and that no grade is given (indicator-category-missing's none left out beside it)
                Src s = submission.src("indicators#/indicators");
                findings.add(new Finding(ScoringContext.WEIGHTS, ScoringContext.ruleSeverity(ScoringContext.WEIGHTS), "total-no-indicators",
                        List.of(Num.plain(base.subtract(weight)), Num.plain(weight), total.toPlainString()), s.file(), s.pointer(),
                        s.line(), s.column(), null));
                noRows = base.subtract(weight);
            } else {
                weightsTotal(submission, framework, carriesPoints, weight, base, total, texts, quoted, findings);
            }
        }
        checkUnknownClaims(claims, framework, findings);
        // the table's parts are held to its total only where it is whole: every criterion of a complete framework
        // there at its full points (a cut copy, a transcribed part of a 评分表 or rows missing from a block are not)
        // the points the table's weights fall short of the framework's base; and for a partial framework (a cut copy, a
        // transcribed part of a 评分表) the points of the whole table's 100 it does not hold (t42: 26 held, 90 stated)
        BigDecimal notHeld = framework.isPartial() ? ScoreSheet.FULL_BASE.subtract(base).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        // the points the weights fall short of the base are points that could not be scored for want of data only where
        // some indicator carries none (score-input-missing indicator-points…: filling them in closes the gap); where every
        // row carries its points and they add up short (九亭镇 2020: 83 printed, 8 of them on rows with no 一级, so 75
        // placed), the weights are the table's to correct (score-weights) and its total's gap is no missing data
        BigDecimal weightShort = rowsLackPoints(findings) ? base.subtract(weight).max(BigDecimal.ZERO) : noRows;
        // a cut copy whose rows, each carrying its points, carry fewer than the criteria they fall under weigh (随州 2022,
        // t131: 产出指标 40, its 数量 15 and 质量 12 rows transcribed, the other 13 on rows past the copy's end): those points
        // are past the end too, not held by the copy, as the criteria its framework leaves out are (until session 56 a
        // stated 98 was "more than the table can reach", 40 scored + 45 not held, where 100 less the 2 points its
        // management criteria lost is 98)
        if (framework.isPartial() && weightShort.signum() == 0) {
            notHeld = notHeld.add(base.subtract(weight).max(BigDecimal.ZERO));
            if (!unpointed && weight.compareTo(base) < 0) {
                carriedNote(findings, leaves, criteria, weight);
            }
        }
        // a form that prints no points on its rows (unpointed) and a stated total: the points its rows do not print are the
        // form's by design, and a gap within them is no mismatch (黄冈 2020, t27: 总分 99.6, the execution's 20 scored, the
        // 80 of the indicators printed in blocks only; until session 46 "不一致。以计算值为准" on the framework the import
        // writes of those points, the computed 20 standing for a total the table does not compute)
        BigDecimal byDesign = unpointed ? base.subtract(weight).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        // whether the computed figure is a 综合评分, and if not why: decided once, here, and read by this scorer's wording
        // (total-unbased, indicator-below-unbased) and the engine's (-part: Engine.noTotalWording) alike
        ScoreSheet.NoTotal noTotal = ScoreSheet.NoTotal.of(weight, base, !invalidWeights.isEmpty(), noRows.signum() > 0,
                framework.isPartial(), unpointed, pointless);
        checkStated(claims, total, grade, weightShort, notHeld, base, unscored, stated, fullBase && !framework.isPartial(),
                noTotal != null && noTotal.offBase(), byDesign, weight.compareTo(base) > 0, framework.isPartial(), framework::grade,
                findings);
        if (noTotal == ScoreSheet.NoTotal.UNBASED) {
            belowUnbased(findings);
        }
        ScoreSheet sheet = new ScoreSheet(framework.id(), framework.version(), framework.name(), criteria, total, grade,
                carriesPoints, unscored, framework.file().startsWith("classpath:") ? null : framework.file(),
                framework.english(), quoted, framework.isPartial(), null, framework.unpointed() != null, pointless, noTotal,
                framework.base() == null ? null : framework.base().id(), framework.base() == null ? null : framework.base().version(),
                framework.base() == null ? null : framework.base().kindChangedFrom(), framework.rowPointsUnprinted());
        // the 复核总分 graded on the same bands where the total is graded: the 复核分 stands (score-reviewed-differs)
        BigDecimal reviewedTotal = sheet.reviewedTotal();
        String reviewedGrade = grade.isEmpty() || reviewedTotal == null ? "" : framework.grade(Num.round2(reviewedTotal));
        return reviewedGrade.isEmpty() ? sheet : sheet.withReviewedGrade(reviewedGrade);
    }

    /**
     * A met row the unit marked down, on a table whose weights are not the framework's base (score-weights total says so):
     * "综合评分按 20.00 分计" raised the row towards a total with no base (忻州 2020, t62: its weights 110, the row's 18 raised
     * to 20, and the console's 110.00 / 110.00 full marks for a table with empty required rows; helper A3's audit, session
     * 48). The weights are the defect to fix first, and the deduction's reason is asked for, the total not invoked
     * ({@code indicator-below-unbased}, the same finding at the same severity: a warning, which holds
     * indicator-score-unexplained's at the cell as before; the row still computes its points, for a total not graded).
     */
    private static void belowUnbased(List<Finding> findings) {
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (f.ruleId().equals(ScoringContext.CLAIM_MISMATCH) && f.key().equals("indicator-below")) {
                findings.set(k, new Finding(f.ruleId(), f.severity(), "indicator-below-unbased", f.args(), f.file(), f.pointer(),
                        f.line(), f.column(), f.criterion()));
            }
        }
    }

    /**
     * score-weights' {@code total} (or {@code total-unsplit}): the criteria weigh {@code weight}, not the framework's base,
     * and the total has no full base. Not for weights short of a partial framework's base: the copy is cut, and
     * score-weights partial already says the total covers the part it holds and no grade is given (t23 元州 2022, 40 + 40
     * before the 满意度 block the copy lacks, was "not 100 … add up to 100", an error the form does not have; README "a
     * partial framework").
     */
    private static void weightsTotal(Submission submission, Framework framework, boolean carriesPoints, BigDecimal weight,
                                     BigDecimal base, BigDecimal total, Texts texts, java.util.Map<String, String> quoted,
                                     List<Finding> findings) {
        if (framework.cutShort(weight, base)) {
            return;
        }
        Src s = carriesPoints ? submission.src("indicators#/indicators") : inFramework(submission, framework, "/criteria");
        // the split to aim at is the framework's own top level (项目决策 2 + 项目管理 13 + 项目绩效 85 for 广水 2021),
        // not 10号's 10 + 90 written into the text; none where the framework has one 一级 only
        String split = split(framework, null);
        if (split == null) {
            findings.add(new Finding(ScoringContext.WEIGHTS, ScoringContext.ruleSeverity(ScoringContext.WEIGHTS), "total-unsplit",
                    List.of(Num.plain(weight), total.toPlainString()), s.file(), s.pointer(), s.line(), s.column(), null));
        } else {
            if (texts.english()) {
                quoted.putIfAbsent(split, split(framework, texts));
            }
            // above the base only: short of it, what lacks is more often a category or its rows than the points printed
            String printed = weight.compareTo(base) > 0 ? categoriesOnly(submission) : null;
            // short of it, rows that carry points but fall in no criterion (九亭镇 2020: two 长效管理 rows of 3 and 5 with no
            // 一级, so 75 placed of the 83 the table prints): their points named, and where they went (s47 audit item 12)
            List<String> unplaced = printed == null && weight.compareTo(base) < 0 ? unplaced(submission, framework) : null;
            List<String> args = new ArrayList<>(List.of(Num.plain(weight), total.toPlainString(), split));
            if (printed != null) {
                args.add(printed);
            } else if (unplaced != null) {
                args.addAll(unplaced);
                args.add(Num.plain(weight.add(new BigDecimal(unplaced.get(0)))));
            }
            findings.add(new Finding(ScoringContext.WEIGHTS, ScoringContext.ruleSeverity(ScoringContext.WEIGHTS),
                    printed != null ? "total-categories" : unplaced != null ? "total-unplaced" : "total", List.copyOf(args),
                    s.file(), s.pointer(), s.line(), s.column(), null));
        }
    }

    /**
     * The points of the rows that carry some but fall in no criterion scored on the indicators (no 一级, or one the
     * framework does not score), as the points, how many rows and their names ("长效管理制度健全情况 3、档案管理有效性 5");
     * null where there is none.
     */
    private static List<String> unplaced(Submission submission, Framework framework) {
        List<Method.IndicatorPoints> methods = new ArrayList<>();
        for (Framework.Leaf l : framework.leaves()) {
            if (l.method() instanceof Method.IndicatorPoints p) {
                methods.add(p);
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        java.util.Set<io.github.jixiao.model.Indicator> breakdown = IndicatorScoring.breakdownRows(submission.applicableIndicators());
        BigDecimal sum = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        for (io.github.jixiao.model.Indicator i : submission.applicableIndicators()) {
            if (!breakdown.contains(i) && i.points() != null && i.points().signum() > 0
                    && methods.stream().noneMatch(p -> p.counts(i.level1()))) {
                sum = sum.add(i.points());
                names.add(SubmissionLoader.excerpt(i.label(), 40) + " " + Num.plain(i.points()));
            }
        }
        return names.isEmpty() ? null : List.of(Num.plain(sum), Integer.toString(names.size()), String.join("、", names));
    }

    /**
     * The categories' points ("产出指标 60、效益指标 40") where every indicator's points are a share of them, none of
     * its own, for weights above the base (a table with no 分值 column, its points printed on the 一级 or 二级: 区商务局 2020, t18, 产出指标(60分) and
     * 效益指标(40分) under 年度绩效目标(80分)); null otherwise. Then score-weights' total asks to check those (total-categories),
     * not the rows' 分值 the table does not have (session 47, W10's left-alone item).
     */
    private static String categoriesOnly(Submission submission) {
        if (!submission.sharesPoints()) {
            return null;
        }
        for (io.github.jixiao.model.Indicator i : submission.indicators()) {
            if (i.points() != null && submission.pointsShare(i).isEmpty()) {
                return null;
            }
        }
        List<String> parts = new ArrayList<>();
        for (CategoryPoints.Category c : CategoryPoints.categories(submission)) {
            parts.add((c.onLevel1() ? c.level1() : c.level1() + "/" + c.level2()) + " " + Num.plain(c.points()));
        }
        return parts.isEmpty() ? null : String.join("、", parts);
    }

    /**
     * Whether the submission has an indicators file with no row in it and every criterion weighing less than the framework
     * gives it is one scored on the indicators' points: the shortfall is the missing rows, nothing else.
     */
    private static boolean noIndicatorRow(Submission submission, List<CriterionScore> criteria, List<Framework.Leaf> leaves) {
        if (submission.document("indicators").isEmpty() || !submission.indicators().isEmpty() || criteria.size() != leaves.size()) {
            return false;
        }
        for (int k = 0; k < criteria.size(); k++) {
            if (criteria.get(k).weight().compareTo(leaves.get(k).weight()) < 0
                    && !(leaves.get(k).method() instanceof Method.IndicatorPoints)) {
                return false;
            }
        }
        return true;
    }

    /** score-input-missing's keys for a figure or an own score whose whole file the submission lacks. */
    private static final java.util.Set<String> NO_FILE_KEYS = java.util.Set.of(ScoringProblem.NO_FILE, "assessed-no-file",
            "assessed-item-no-file", "assessed-flag-no-file");

    /**
     * A file the score needs that is not there at all, wanted for more than one figure or own score, said once (key
     * {@code file-missing}: the file, its $schema, how many figures or own scores and how many criteria wait for it) in
     * place of a finding for each figure: a first 自评 begun from init's skeleton, which has no management.json or
     * self-assessment.json, gave some 31 errors on 申报整体 for two files to create (session 43, E7). Since session 47 one
     * criterion's two figures fold too (t66: 在职人员控制率's 在职人员数 and 编制数 were two errors at ":0:0", each asking to
     * create management.json); a single figure (one no-file) still says where it goes. The criteria's explanations and the
     * list of points not scored name each figure and where to write it, and are unchanged.
     */
    private static void fileMissingOnce(List<Finding> findings, int from, List<CriterionScore> scored) {
        // each criterion's own score as the table prints it (self-assessment.json's, or the funds row's 得分), by id
        java.util.Map<String, BigDecimal> claimedById = new java.util.HashMap<>();
        for (CriterionScore c : scored) {
            if (c.claimed() != null) {
                claimedById.putIfAbsent(c.id(), c.claimed());
            }
        }
        java.util.Map<String, List<Finding>> byFile = new java.util.LinkedHashMap<>();
        for (int k = from; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (ScoringContext.INPUT_MISSING.equals(f.ruleId()) && NO_FILE_KEYS.contains(f.key())) {
                byFile.computeIfAbsent(missingFile(f), x -> new ArrayList<>()).add(f);
            }
        }
        for (java.util.Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            List<Finding> all = e.getValue();
            java.util.Set<String> criteria = new java.util.LinkedHashSet<>();
            for (Finding f : all) {
                criteria.add(String.valueOf(f.criterion()));
            }
            if (all.size() < 2) {
                continue;
            }
            Finding first = all.get(0);
            String role = e.getKey().substring(0, e.getKey().length() - ".json".length());
            // one criterion's figures: the criterion named (file-missing-one, the same fingerprint; D1's left-alone item 3,
            // session 48: "1 个评分指标…这些评分指标")
            boolean one = criteria.size() == 1 && !first.args().isEmpty();
            // every criterion waiting for the file has its own score printed (t66, t94: 部门整体 自评 tables that print only
            // 得分, self-assessment.json holding them): what is missing is the figures behind those scores, not "数据或自评得分";
            // said so, with the scores (-scored, the same fingerprint: details; since session 57, audit s56 A11 C9)
            List<String> scores = new ArrayList<>();
            java.util.Set<String> named = new java.util.HashSet<>();
            for (Finding f : all) {
                BigDecimal claimed = f.criterion() == null ? null : claimedById.get(f.criterion());
                if (claimed == null || f.args().isEmpty()) {
                    scores = null;
                    break;
                }
                if (named.add(f.criterion())) {
                    scores.add(one ? Num.written(claimed) : "“" + f.args().get(0) + "” " + Num.written(claimed));
                }
            }
            String key = (one ? "file-missing-one" : "file-missing") + (scores == null ? "" : "-scored");
            List<String> args = new ArrayList<>(List.of(e.getKey(), io.github.jixiao.validate.SchemaCatalog.idOf(role),
                    String.valueOf(all.size()), one ? first.args().get(0) : String.valueOf(criteria.size())));
            if (scores != null) {
                args.add(String.join("、", scores));
            }
            Finding once = new Finding(first.ruleId(), first.severity(), key, args,
                    first.file(), first.pointer(), first.line(), first.column(), null);
            java.util.Set<Finding> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            gone.addAll(all);
            int at = findings.indexOf(first);
            findings.set(at, once);
            gone.remove(first);
            findings.removeIf(gone::contains);
        }
    }

    /**
     * A figure that two or more criteria need, missing from a file that is there, said once at its field (key
     * {@code shared}: the first criterion's arguments and the others' names, a detail, so the finding keeps the first
     * one's fingerprint) in place of one finding for each criterion: t94 (岳阳 科技局) gave two errors at
     * /threePublic/actual, for “三公经费”控制率 and “三公经费”变动率, each asking to write the same figure (session 47).
     * The criteria's explanations and the list of points not scored still name it under each criterion. So too a funds
     * figure whose column the imported table prints, its cell left blank ({@code blank}: two criteria of a project's own
     * framework reading one 全年预算数 gave two errors at one cell, E2's left-alone 1, session 50): said once as
     * {@code blank-shared}, the blank one's fingerprint, where a criterion that reads it without an alternative to stand in
     * said it plainly missing beside it.
     */
    private static void sharedFigureOnce(List<Finding> findings, int from) {
        java.util.Map<String, List<Finding>> byField = new java.util.LinkedHashMap<>();
        for (int k = from; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (ScoringContext.INPUT_MISSING.equals(f.ruleId()) && (f.key().isEmpty() || f.key().equals(ScoringProblem.BLANK))
                    && f.args().size() == 3) {
                byField.computeIfAbsent(f.args().get(2), x -> new ArrayList<>()).add(f);
            }
        }
        for (List<Finding> all : byField.values()) {
            Finding kept = sharedKept(all);
            java.util.Set<String> others = new java.util.LinkedHashSet<>();
            for (Finding f : all) {
                if (!f.args().get(0).equals(kept.args().get(0))) {
                    others.add(f.args().get(0));
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            java.util.Set<Finding> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            gone.addAll(all);
            findings.set(findings.indexOf(kept), kept.withVariant(kept.key().isEmpty() ? "shared" : ScoringProblem.BLANK + "-shared",
                    List.of(String.join("、", others))));
            gone.remove(kept);
            findings.removeIf(gone::contains);
        }
    }

    /** The finding {@link #sharedFigureOnce} keeps of one figure's: the first that says its cell is blank, else the first. */
    private static Finding sharedKept(List<Finding> all) {
        for (Finding f : all) {
            if (f.key().equals(ScoringProblem.BLANK)) {
                return f;
            }
        }
        return all.get(0);
    }

    /**
     * Two funds figures of one criterion missing at one place (the table's funds block not in the copy: 四川 fragment (t45) and
     * 吕梁 2021 (t58) gave 全年执行数 and 全年预算数 as two errors at budget.json:1:1, s47 audit duplicates group 4) said once
     * (key {@code figures}: the first figure's arguments, the second's label and place as details, so the finding keeps the
     * first one's fingerprint). Three or more at one place are left as they are, and so are other files' figures (a
     * department's budget.json without its carryover and previous carryover: each is a field of its own). The criterion's explanation and the
     * list of points not scored still name each figure.
     */
    private static void figuresAtOnePlaceOnce(List<Finding> findings, int from) {
        java.util.Map<String, List<Finding>> byPlace = new java.util.LinkedHashMap<>();
        for (int k = from; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (ScoringContext.INPUT_MISSING.equals(f.ruleId()) && f.key().isEmpty() && f.args().size() == 3
                    && f.args().get(2).startsWith("budget#/funds/")) {
                byPlace.computeIfAbsent(f.criterion() + "\0" + f.file() + "\0" + f.line() + "\0" + f.column(),
                        x -> new ArrayList<>()).add(f);
            }
        }
        for (List<Finding> all : byPlace.values()) {
            if (all.size() != 2 || !all.get(0).args().get(0).equals(all.get(1).args().get(0))) {
                continue;
            }
            Finding first = all.get(0);
            Finding second = all.get(1);
            findings.set(findings.indexOf(first), first.withVariant("figures", List.of(second.args().get(1), second.args().get(2))));
            findings.remove(second);
        }
    }

    /**
     * A file the score reads that is there but holds no figure at all (only its $schema and schemaVersion: 岳阳科技局, t94,
     * and t66, whose tables print scores and no 基础数据), said once (key {@code file-empty}: the file and how many of its
     * figures the score waits for) in place of a finding for each figure (t94: ten errors, one per cell of budget.json),
     * as a missing file is ({@link #fileMissingOnce}; audit s52 C2). A file that holds some figures keeps a finding per
     * missing one; the criteria's explanations and the list of points not scored name each figure, unchanged.
     */
    private static void fileEmptyOnce(Submission submission, List<Finding> findings, int from) {
        for (String role : List.of("budget", "management")) {
            io.github.jixiao.load.JsonDocument d = submission.document(role).orElse(null);
            if (d == null || d.root() == null || !d.root().isObject() || holdsData(d.root())) {
                continue;
            }
            List<Finding> all = new ArrayList<>();
            for (int k = from; k < findings.size(); k++) {
                Finding f = findings.get(k);
                if (ScoringContext.INPUT_MISSING.equals(f.ruleId()) && d.file().equals(f.file()) && FIGURE_KEYS.contains(f.key())) {
                    all.add(f);
                }
            }
            if (all.size() < 2) {
                continue;
            }
            Finding first = all.get(0);
            Finding once = new Finding(first.ruleId(), first.severity(), "file-empty",
                    List.of(d.file(), String.valueOf(all.size())), first.file(), "", 0, 0, null);
            java.util.Set<Finding> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            gone.addAll(all);
            findings.set(findings.indexOf(first), once);
            gone.remove(first);
            findings.removeIf(gone::contains);
        }
    }

    /** score-input-missing's keys for one missing figure of a file that is there (or one folded with another's). */
    private static final java.util.Set<String> FIGURE_KEYS = java.util.Set.of("", "shared", "figures");

    /** Whether a file's root holds a field other than $schema and schemaVersion. */
    private static boolean holdsData(tools.jackson.databind.JsonNode root) {
        for (String name : root.propertyNames()) {
            if (!name.equals("$schema") && !name.equals("schemaVersion")) {
                return true;
            }
        }
        return false;
    }

    /** The file a {@link #NO_FILE_KEYS} finding asks to create: its argument, or self-assessment.json for an own score. */
    private static String missingFile(Finding f) {
        return ScoringProblem.NO_FILE.equals(f.key()) ? f.args().get(3) : "self-assessment.json";
    }

    /** Whether {@code findings} say that some indicator carries no points (score-input-missing indicator-points…). */
    private static boolean rowsLackPoints(List<Finding> findings) {
        for (Finding f : findings) {
            if (ScoringContext.INPUT_MISSING.equals(f.ruleId()) && f.key().startsWith("indicator-points")) {
                return true;
            }
        }
        return false;
    }

    /** The keys of score-input-missing for indicators none of which carries points ({@link IndicatorScoring}). */
    static final java.util.Set<String> POINTS_NONE = java.util.Set.of("indicator-points-none", "indicator-points-none-table");

    /**
     * Whether {@code findings} say that the indicators of a criterion, or of the whole table, carry no points
     * ({@link #POINTS_NONE}); if so each of those findings is replaced by its {@code -short} variant, which adds the
     * points the criteria weigh in all ({@code weight}), the framework's base, the total and the points missing, and
     * says that no grade is given: what score-weights' {@code total} would have said beside it. Only where the weights
     * fall short of the base (filling in the points closes the gap); where they exceed it, score-weights says so.
     */
    private static boolean pointsNone(List<Finding> findings, Submission submission, List<CriterionScore> criteria,
                                      Claims claims, BigDecimal weight, BigDecimal base, BigDecimal total, boolean partial,
                                      boolean fundsCut) {
        // the computed total is the other criteria's alone (the execution's 10 on 衡山 2020's form): named as theirs, never
        // as the 综合评分 (s47 audit item 3: "综合评分 10.00 分" was a figure nobody printed)
        if (fundsCut && weight.signum() == 0) {
            // nothing else scored either (a copy whose funds block is cut: its execution weighs nothing, Scorer.fundsCut):
            // the plain finding, no "计分的只有…计得 0.00 分" for a criterion the copy does not hold (audit s54 A9 row A1)
            return findings.stream().anyMatch(f -> ScoringContext.INPUT_MISSING.equals(f.ruleId()) && POINTS_NONE.contains(f.key()));
        }
        List<String> more = new ArrayList<>(shortfall(weight, base, total));
        more.add(otherCriteria(criteria));
        String suffix = "-short";
        BigDecimal rows = printedRowScores(submission);
        if (rows != null) {
            // every row prints its 得分 (金步 2020: 20 / 10 / 10 / 40): their sum and, with the other criteria's, the total
            // they make, held to the stated total where there is one (the table's own arithmetic, the one check left)
            BigDecimal sum = rows.add(total);
            more.add(Num.plain(rows));
            more.add(Num.plain(sum));
            suffix = "-short-rows";
            if (claims.statedTotal() != null && !Num.differ(sum, claims.statedTotal())) {
                suffix = "-short-rows-match";
                more.add(Num.written(claims.statedTotal()));
            } else if (partial) {
                // a cut copy (the framework partial: 襄阳 中心医院 2021, t13, breaks off in its 可持续性 row): the sum is of the
                // rows transcribed, not the table's, and said so (audit s49 A4 row 9: "表中各指标所写得分合计 50 分…共 70 分"
                // read as the table's). Where a stated total is what those rows make (-rows-match above), the copy holds every
                // scored row as far as the table says, and the sum stands as the table's
                suffix = "-short-rows-partial";
            }
        }
        return toShort(findings, f -> ScoringContext.INPUT_MISSING.equals(f.ruleId()) && POINTS_NONE.contains(f.key()), suffix, more);
    }

    /** The criteria scored on something other than the indicator rows, with points, by name, joined with "、" (or "—"). */
    private static String otherCriteria(List<CriterionScore> criteria) {
        StringBuilder sb = new StringBuilder();
        for (CriterionScore c : criteria) {
            if (!"indicator-points".equals(c.method()) && c.weight().signum() > 0) {
                sb.append(sb.isEmpty() ? "" : "、").append(c.name());
            }
        }
        return sb.isEmpty() ? "—" : sb.toString();
    }

    /**
     * The sum of the 得分 the indicator rows print (not a breakdown row's), where at least two rows do and every row
     * does, each at least 0; else null.
     */
    private static BigDecimal printedRowScores(Submission submission) {
        java.util.Set<io.github.jixiao.model.Indicator> breakdown = IndicatorScoring.breakdownRows(submission.applicableIndicators());
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (io.github.jixiao.model.Indicator i : submission.applicableIndicators()) {
            if (breakdown.contains(i)) {
                continue;
            }
            if (i.score() == null || i.score().signum() < 0) {
                return null;
            }
            sum = sum.add(i.score());
            n++;
        }
        return n >= 2 ? sum : null;
    }

    /** What a {@code -short} variant adds: the points in all, the framework's base, the total and the points missing. */
    private static List<String> shortfall(BigDecimal weight, BigDecimal base, BigDecimal total) {
        return List.of(Num.plain(weight), Num.plain(base), total.toPlainString(), Num.plain(base.subtract(weight)));
    }

    /**
     * Replaces each finding {@code which} selects by its variant {@code suffix} names ({@code -short}, or a no-分值 table's
     * {@code -short-rows}, {@code -short-rows-match}), with {@code more} arguments; whether any.
     */
    private static boolean toShort(List<Finding> findings, java.util.function.Predicate<Finding> which, String suffix,
                                   List<String> more) {
        boolean any = false;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (which.test(f)) {
                findings.set(i, f.withVariant(f.key() + suffix, more));
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether the base falls short only because rows print no points: {@code findings} hold score-input-missing's
     * {@code indicator-points} (a row of a criterion without points, the criterion's other rows carrying them), each
     * criterion holding such a row weighs less than the framework gives it, and every other criterion weighs exactly
     * what the framework gives it (the rows' points are all the shortfall can be: 青神's 产出 60 where the framework says
     * 50, or a copy cut before its 满意度 block (原州 2022), is another defect, and score-weights says it). If so each of those
     * findings is replaced by its {@code -short} variant, which adds the points in all, the base, the total, the points
     * missing and how many rows lack points, and says that no grade is given: what score-weights' {@code total} would
     * have said beside them; score-weights' {@code split} of those criteria (the same shortfall, criterion by criterion)
     * is left out.
     */
    private static boolean rowsWithoutPoints(List<Finding> findings, List<CriterionScore> criteria, List<Framework.Leaf> leaves,
                                             BigDecimal weight, BigDecimal base, BigDecimal total) {
        java.util.Set<String> withRows = new java.util.HashSet<>();
        int rows = 0;
        for (Finding f : findings) {
            if (rowPoints(f)) {
                withRows.add(f.criterion());
                rows++;
            }
        }
        if (withRows.isEmpty() || criteria.size() != leaves.size()) {
            return false;
        }
        for (int k = 0; k < criteria.size(); k++) {
            CriterionScore c = criteria.get(k);
            int cmp = c.weight().compareTo(leaves.get(k).weight());
            if (withRows.contains(c.id()) ? cmp >= 0 : cmp != 0) {
                return false;
            }
        }
        String count = Integer.toString(rows);
        // score-weights' split of such a criterion (产出 30 where the framework gives 50) is the same shortfall: left out
        // beside the row's finding after the project's rule settings (Engine.shortfallOnce)
        List<String> more = new ArrayList<>(shortfall(weight, base, total));
        more.add(count);
        // a row that prints a 得分 (indicator-points-scored) is one of them: its -short says the base short, as the others'
        // (the score, a detail, left out with its key: the same finding)
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (rowPoints(f)) {
                findings.set(i, new Finding(f.ruleId(), f.severity(), "indicator-points", f.args().subList(0, 2), f.file(),
                        f.pointer(), f.line(), f.column(), f.criterion()).withVariant("indicator-points-short", more));
            }
        }
        return true;
    }

    /**
     * score-input-missing's finding of a row of a criterion that prints no 分值, the criterion's other rows carrying them:
     * {@code indicator-points}, or {@code -scored} where the row prints a 得分 (not {@code -filled…}: its category is full).
     */
    private static boolean rowPoints(Finding f) {
        return ScoringContext.INPUT_MISSING.equals(f.ruleId()) && f.criterion() != null
                && ("indicator-points".equals(f.key()) || "indicator-points-scored".equals(f.key()));
    }

    /**
     * Where a finding about the framework itself is located: at {@code pointer} in the project's framework file; for a
     * built-in framework (read from the plugin, "classpath:…", no file of the repository's), at the department's
     * {@code framework} field that names it (or its department.json), a place the reader can open and a SARIF location
     * code scanning can show.
     */
    /**
     * The points the applicable indicator rows carry (printed on the row, or a share of its category's printed points),
     * not a breakdown row's; {@code rows[0]} receives how many carry any.
     */
    private static BigDecimal printedPoints(Submission submission, int[] rows) {
        java.util.Set<io.github.jixiao.model.Indicator> breakdown = IndicatorScoring.breakdownRows(submission.applicableIndicators());
        BigDecimal sum = BigDecimal.ZERO;
        for (io.github.jixiao.model.Indicator i : submission.applicableIndicators()) {
            if (!breakdown.contains(i) && i.points() != null && i.points().signum() >= 0) {
                rows[0]++;
                sum = sum.add(i.points());
            }
        }
        return sum;
    }

    /** {@code args} and, where the unpointed declaration is a built-in's carried over, that built-in's id after them (a detail). */
    private static List<String> withBase(List<String> args, String inheritedFrom) {
        if (inheritedFrom == null) {
            return args;
        }
        List<String> out = new ArrayList<>(args);
        out.add(inheritedFrom);
        return List.copyOf(out);
    }

    static Src inFramework(Submission submission, Framework framework, String pointer) {
        if (!framework.file().startsWith("classpath:")) {
            Src at = framework.place(pointer);
            return at != null ? at : new Src(framework.file(), pointer, 0, 0);
        }
        return submission.src("department#/framework");
    }

    /**
     * The criteria the table's layout leaves out ({@link Framework.Leaf#omittedWhenUnprinted}): the row that would print
     * a criterion's points is there without its points and score, the department claims no score for it, and the
     * points the table's indicators carry already make up the framework's whole base (宁夏's 绩效目标自评表: 资金情况
     * without 分值 or 得分, 产出 40 + 效益 40 + 满意度 20). Where the indicators carry less, the criterion keeps its
     * weight: its points are the table's missing input, not its layout.
     *
     * @param printed receives the points the indicators carry, when some criterion's cells are unprinted
     */
    private static java.util.Set<String> omitted(Submission submission, Claims claims, Framework framework,
                                                 List<Framework.Leaf> leaves, BigDecimal[] printed) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Framework.Leaf leaf : leaves) {
            // (an indicator block is what carries the base: it is never the criterion left out)
            if (leaf.omittedWhenUnprinted().isEmpty() || leaf.method() instanceof Method.IndicatorPoints
                    || claims.criterion(leaf.id()).isPresent() || !unprinted(submission, leaf.omittedWhenUnprinted())) {
                continue;
            }
            if (printed[0] == null) {
                printed[0] = IndicatorScoring.printedPoints(framework, submission);
            }
            if (printed[0].compareTo(framework.weight()) == 0) {
                out.add(leaf.id());
            }
        }
        return out;
    }

    /** The row of the first of {@code cells} is in the submission, and none of the cells holds a value. */
    private static boolean unprinted(Submission submission, List<String> cells) {
        String row = row(cells.get(0));
        tools.jackson.databind.JsonNode r = row == null ? null : submission.node(row);
        if (r == null || !r.isObject()) {
            return false;
        }
        for (String cell : cells) {
            tools.jackson.databind.JsonNode n = submission.node(cell);
            if (n != null && !n.isNull()) {
                return false;
            }
        }
        return true;
    }

    /** The ref of the object holding the cell {@code ref} ("budget#/funds/total/points" → "budget#/funds/total"). */
    private static String row(String ref) {
        int hash = ref.indexOf('#');
        int slash = ref.lastIndexOf('/');
        return hash < 0 || slash <= hash ? null : ref.substring(0, slash);
    }

    /**
     * The framework's split of its points, "预算执行 10 + 年度绩效指标 90": its 一级 criteria with their weights; under a
     * single 一级 its 二级 (原州区 2022: 绩效指标 100 → 产出指标 40 + 效益指标 40 + 满意度指标 20), under a single 二级 its
     * criteria. In {@code texts}' language (the framework's English names; Chinese when null); null where no level has
     * two parts.
     */
    private static String split(Framework framework, Texts texts) {
        List<Framework.Group> groups = framework.criteria();
        List<Framework.Leaf> leaves = List.of();
        while (groups.size() == 1) {
            leaves = groups.get(0).leaves();
            groups = groups.get(0).groups();
        }
        List<String> parts = new ArrayList<>();
        if (groups.size() >= 2) {
            groups.forEach(g -> parts.add(name(framework, texts, g.name()) + " " + Num.plain(g.weight())));
        } else if (leaves.size() >= 2) {
            leaves.forEach(l -> parts.add(name(framework, texts, l.name()) + " " + Num.plain(l.weight())));
        }
        return parts.isEmpty() ? null : String.join(" + ", parts);
    }

    private static String name(Framework framework, Texts texts, String zh) {
        return texts == null ? zh : framework.english(zh);
    }

    /**
     * The partial note at a stage that is not scored (运行监控, 目标申报), for a framework whose copy's rows' results are past
     * its cut ({@code partialCut.actuals}: 新田 吴冲路 2022, t103): the cut said once, where the rows' missing monitoring is
     * not asked for (Engine.partialCutOnce); null where the framework says no such cut.
     */
    public static Finding partialActualsNote(Submission submission, Framework framework) {
        if (framework == null || !framework.isPartial() || framework.partialCut() == null || !framework.partialCut().actuals()) {
            return null;
        }
        Src s = inFramework(submission, framework, "/partial");
        return new Finding(ScoringContext.WEIGHTS, Severity.INFO, "partial-actuals",
                List.of(framework.id(), Num.plain(framework.weight()), framework.partial()), s.file(), s.pointer(), s.line(),
                s.column(), null);
    }

    /** Whether {@code f} is the scorer's ask for a figure of the funds block. */
    private static boolean asksFunds(Finding f) {
        return ScoringContext.INPUT_MISSING.equals(f.ruleId()) && f.pointer() != null && f.pointer().startsWith("/funds");
    }

    /** Whether the scorer's asks among {@code made} (a criterion's findings) are all for funds figures, and there is one. */
    private static boolean asksFundsOnly(List<Finding> made) {
        boolean any = false;
        for (Finding f : made) {
            if (ScoringContext.INPUT_MISSING.equals(f.ruleId())) {
                if (!asksFunds(f)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The partial note of a copy whose criteria carry fewer points than the framework gives them (随州 2022, t131: 产出指标 40,
     * 27 on the rows before the cut; 濉溪 2019, t54: 满意度指标 10, its one row cut before its 指标值): said as {@code
     * partial-carried(-one)}, the same finding, which names the criteria, their points and the points the copy carries,
     * and the points scored in all, the score line's maximum (until session 58 "框架各项共 55 分" beside "40.00 / 42.00",
     * audit s57 A12 row C3). Not where the shortfall is rows without points or no indicator row at all (said by their own
     * findings), nor where a criterion carries more than its points (a split the table chose: no part of the cut).
     */
    private static void carriedNote(List<Finding> findings, List<Framework.Leaf> leaves, List<CriterionScore> criteria,
                                    BigDecimal weight) {
        int at = -1;
        for (int i = findings.size() - 1; i >= 0; i--) {
            Finding f = findings.get(i);
            if (ScoringContext.WEIGHTS.equals(f.ruleId()) && "partial".equals(f.key())) {
                at = i;
                break;
            }
        }
        if (at < 0 || leaves.size() != criteria.size()) {
            return;
        }
        List<String> names = new ArrayList<>();
        List<String> given = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            BigDecimal of = leaves.get(i).weight();
            BigDecimal has = criteria.get(i).weight();
            if (of == null || has == null) {
                continue;
            }
            if (has.compareTo(of) > 0) {
                return;
            }
            if (has.compareTo(of) < 0) {
                names.add(leaves.get(i).name());
                given.add(Num.plain(of));
                carried.add(Num.plain(has));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        Finding f = findings.get(at);
        findings.set(at, f.withVariant(names.size() == 1 ? "partial-carried-one" : "partial-carried",
                List.of(String.join("、", names), String.join("、", given), String.join("、", carried), Num.plain(weight))));
    }

    /**
     * {@code leaf} as no part of what is scored: 0 of 0 points, {@code why} its explanation (a copy's funds past its cut,
     * {@link #fundsCut}; a report that gives no funds figure, {@link #fundsUnprinted}).
     */
    private static CriterionScore notScored(Framework.Leaf leaf, String why) {
        return new CriterionScore(leaf.id(), leaf.name(), leaf.level1(), leaf.level2(), BigDecimal.ZERO,
                Num.round2(BigDecimal.ZERO), leaf.method().type(), List.of(), why, null, null, List.of(),
                leaf.restsOnIndicators(), leaf.standard());
    }

    /**
     * Whether a funds figure the submission lacks is the report's gap rather than a blank to fill in: the framework
     * transcribes a report's copy ({@code partial}: 宁德 人才驿站 2023, t59; 秀英 水务 2022, t121, whose forms print no points
     * on their rows; since session 58 a pointed one too where a funds block is transcribed without its figures (the
     * caller: 莆田 标准化 2024, t112, the report's funds line named, no figure; not a copy with no budget.json at all, as the
     * indicator table imported alone of 濉溪 2019, RealTablesImport44Test; audit s58 A13 row B1), or the form lists no funds at all ({@code noFunds}: 吕梁 护工 2021, t58). A criterion scored
     * on the figures it lacks is then left unscored, not scored 0 (audit s57 A12 row B2); a copy whose framework says
     * its funds block is past the cut is {@link #fundsCut}'s.
     */
    static boolean fundsUnprinted(Framework framework) {
        return framework.noFunds() || framework.isUnpointed() && framework.isPartial();
    }

    /**
     * Whether the submission transcribes a whole prose report (not a form's cells): the form prints no points on its rows
     * ({@code unpointed}, the transfer outline of 汶川 食品监管 2021, t126) and department.json's {@code title} names a
     * 报告 (…绩效自评报告), not a 表. A funds figure it lacks is then the report's gap, said to its author; the criterion
     * still scores 0 (session 57: a whole submission without its 执行数 loses the points; audit s58 A13 row B2).
     */
    static boolean proseReport(Submission submission, Framework framework) {
        tools.jackson.databind.JsonNode title = submission.node("department", "/title");
        String t = title != null && title.isString() ? title.asString().strip() : "";
        return framework.isUnpointed() && t.contains("报告") && !t.endsWith("表");
    }

    /**
     * Whether the scorer's asks among {@code made} (a criterion's findings) are all plain asks for a funds figure the
     * submission lacks (the default key; not a cell an imported table prints blank, a figure shared by criteria, a zero
     * denominator or the 年初预算数 standing in), and there is one.
     */
    private static boolean plainFundsAsks(List<Finding> made) {
        boolean any = false;
        for (Finding f : made) {
            if (ScoringContext.INPUT_MISSING.equals(f.ruleId())) {
                if (!asksFunds(f) || !f.key().isEmpty() || f.args().size() != 3) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The finding of a funds figure a criterion left unscored ({@link #fundsUnprinted}) lacks, worded for the report's
     * author (the same finding, a variant: the fingerprint stays): the report does not give the figure, so the criterion
     * cannot be checked by amount and is not scored; the report should state it. On a form that lists no funds at all
     * ({@code noFunds}) a warning: the form has no place for them.
     */
    private static void unprintedWording(Submission submission, Framework framework, List<Finding> findings, int from,
                                         java.util.Set<String> criteria, String zero) {
        Funds funds = submission.funds();
        Funds.Row total = funds == null ? null : funds.total();
        for (int k = from; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (!ScoringContext.INPUT_MISSING.equals(f.ruleId()) || !criteria.contains(f.criterion()) || !asksFunds(f)) {
                continue;
            }
            // (figures: its second place, {4}, a detail of that variant, is not printed here, and so not kept)
            Finding g = f.key().equals("figures") && f.args().size() == 5
                    ? new Finding(f.ruleId(), f.severity(), f.key(), f.args().subList(0, 4), f.file(), f.pointer(), f.line(),
                            f.column(), f.criterion()) : f;
            if (framework.noFunds()) {
                findings.set(k, g.withVariant(g.key().isEmpty() ? "no-funds" : g.key() + "-no-funds", List.of())
                        .withSeverity(Severity.WARNING.compareTo(f.severity()) < 0 ? f.severity() : Severity.WARNING));
            } else if (f.key().isEmpty() && total != null && total.fullYear() != null) {
                // what the report gives instead: the amount it names (累计安排资金 10 万元, t59)
                String label = total.label() != null && !total.label().isBlank() ? total.label() : "全年预算数";
                findings.set(k, f.withVariant("not-in-report" + zero, List.of(label, total.fullYear().display())));
            } else if (g.key().isEmpty() || g.key().equals("figures")) {
                findings.set(k, g.withVariant((g.key().isEmpty() ? "not-in-report-none" : "figures-not-in-report") + zero, List.of()));
            }
        }
    }

    /**
     * Whether the framework says the copy holds no funds figures to score: its funds block before the copy's start
     * ({@code partialCut.copyStart}, and the copy holds no funds block) or past its cut ({@code partialCut.funds}).
     */
    static boolean fundsCut(Submission submission, Framework framework) {
        Framework.PartialCut cut = framework.partialCut();
        return framework.isPartial() && cut != null && cut.fundsAbsent(submission.funds() == null);
    }

    /** A criterion the table's layout leaves out: weighed 0, and a {@code score-assumption} at its row says so. */
    private static CriterionScore omit(Submission submission, Framework framework, Framework.Leaf leaf, BigDecimal printed,
                                       List<Finding> findings, Texts texts) {
        String row = row(leaf.omittedWhenUnprinted().get(0));
        Src s = submission.src(row);
        findings.add(new Finding(ScoringContext.ASSUMPTION, ScoringContext.ruleSeverity(ScoringContext.ASSUMPTION), "omitted",
                List.of(leaf.name(), Num.plain(leaf.weight()), Num.plain(printed), row, leaf.omittedWhenUnprinted().get(0)),
                s.file(), s.pointer(), s.line(), s.column(), leaf.id()));
        return new CriterionScore(leaf.id(), leaf.name(), leaf.level1(), leaf.level2(), BigDecimal.ZERO,
                Num.round2(BigDecimal.ZERO), leaf.method().type(), List.of(),
                texts.get("score.omitted", Num.plain(printed), Num.plain(leaf.weight())), null, null, List.of(),
                leaf.restsOnIndicators(), leaf.standard());
    }

    /**
     * @param quoted  receives the report-language text of each Chinese argument of a finding that quotes a formula
     * @param omitted some criterion is left out by the table's layout ({@link #omitted}): the indicators carry the whole
     *                base, so the framework's split of its indicator points is no default to hold them to
     */
    private static CriterionScore leaf(Submission submission, Claims claims, Framework framework, Framework.Leaf leaf,
                                       List<Finding> findings, List<ScoreSheet.Unscored> unscored, Texts texts,
                                       java.util.Map<String, String> quoted, Stated stated, boolean omitted, boolean missCarried) {
        Src leafSrc = inFramework(submission, framework, leaf.pointer());
        ScoringContext ctx = new ScoringContext(submission, claims, leaf, leafSrc, findings, texts, framework, quoted);
        ctx.layoutOmits(omitted);
        ctx.missCarried = missCarried;
        Claims.Claim claim = claims.claim(leaf.id());
        BigDecimal claimed = claim == null ? null : claim.score();
        Src claimSrc = claim == null ? null : claim.scoreSrc();
        // a project table states the execution score in its funds block (得分 of 年度资金总额)
        Funds funds = submission.funds();
        // (or on the source row with the total's amounts where the total row leaves it blank: 忠县科协 2024's 财政拨款)
        Funds.Row scoredRow = claimed == null ? fundsRow(submission, leaf, r -> r.score() != null) : null;
        if (scoredRow != null) {
            claimed = scoredRow.score();
            claimSrc = submission.src("budget#" + scoredRow.pointer() + "/score");
        }
        Method method = leaf.method();
        try {
            Method.Outcome o = method.score(ctx, leaf.weight());
            BigDecimal weight = o.weight() == null ? leaf.weight() : o.weight();
            BigDecimal score = Num.round2(Num.clamp(o.points(), BigDecimal.ZERO, weight));
            BigDecimal reviewed = reviewed(ctx, claim, leaf, weight, o.items());
            // the table's path through the rate it prints, where it lands on a half cent (忠县科协 2024: 96.85 % × 10 =
            // 9.685, stated 9.68 beside the computed 9.69): said beside the formula, and either rounding stands
            PrintedTie tie = funds != null && leaf.scoredOnFunds() ? PrintedTie.of(funds, o.points(), weight) : null;
            Said explanation = tie == null ? o.explanation() : Said.join("", List.of(o.explanation(),
                    ctx.say(l -> l.t("score.ratio.printedTie", Num.written(tie.rate()), Num.plain(weight),
                            tie.exact().toPlainString(), tie.other().min(score).toPlainString(),
                            tie.other().max(score).toPlainString()))));
            // a score on the execution rate the table states, no amount behind it (塘湖镇 2020, t69: 执行数 blank): said
            // after the formula, "（按所写执行率 100% 计，执行数空白，未经核对）", as the self-scores taken on trust are; not
            // in what a finding quotes of the formula (since session 57, audit s56 A11 C10)
            Said unchecked = Method.Ratio.statedRateOnly(ctx);
            Said shown = unchecked == null ? explanation : Said.join("", List.of(explanation, unchecked));
            CriterionScore c = new CriterionScore(leaf.id(), leaf.name(), leaf.level1(), leaf.level2(), weight, score,
                    method.type(), ctx.inputs(), shown.shown(), claimed, claimSrc, o.items(), leaf.restsOnIndicators(),
                    leaf.standard(), reviewed).withReviewedReason(reviewedReason(ctx, claim, leaf));
            if (unchecked == null) {
                ctx.explained(c, explanation);
            } else {
                ctx.quoted(c, explanation);
            }
            ctx.reportAssumptions();
            // the score at the table's own rounding: of its printed rate (above), else its rows added as it prints them
            // (each a rounding of its computed score): 8.625 + 8.625 + 60 = 77.25, and with the rows' 8.63, 77.26;
            // 9.685 + 80 = 89.685 → 89.69, and with the row's 9.68 (the other rounding of a half cent), 89.68
            BigDecimal other = tie != null ? tie.other() : ctx.rowRounding.signum() == 0 ? null
                    : Num.round2(Num.clamp(o.points().add(ctx.rowRounding), BigDecimal.ZERO, weight));
            if (other != null && other.compareTo(score) == 0) {
                other = null;
            }
            checkClaims(ctx, c, other, Num.clamp(o.points(), BigDecimal.ZERO, weight), findings);
            unscored.addAll(ctx.unscored());
            stated.add(c, ctx.statedRows(), ctx.statedEveryRow());
            if (other != null && (claimed == null || claimed.compareTo(other) == 0)) {
                // the total made with the other rounding: where the table states it, or states none for the criterion
                // (a stated 9.69 beside the computed 9.69 gives its total no licence a cent below)
                stated.tie(other.subtract(score));
            }
            return c;
        } catch (ScoringProblem p) {
            ctx.report(p);
            unscored.add(new ScoreSheet.Unscored(leaf.id(), leaf.name(), leaf.weight(), p.reason));
            CriterionScore c = new CriterionScore(leaf.id(), leaf.name(), leaf.level1(), leaf.level2(), leaf.weight(),
                    Num.round2(BigDecimal.ZERO), method.type(), ctx.inputs(), ctx.t("score.unscorable", p.reason),
                    claimed, claimSrc, List.of(), leaf.restsOnIndicators(), leaf.standard(),
                    reviewed(ctx, claim, leaf, leaf.weight(), List.of())).withReviewedReason(reviewedReason(ctx, claim, leaf));
            stated.add(c, ctx.statedRows(), ctx.statedEveryRow());
            return c;
        }
    }

    /**
     * The reviewer's reason for a criterion's own 复核分: beside it in self-assessment.json, else beside its funds row's
     * (budget.json) where it is scored on the funds block; null where none is given (a block's rows and a criterion's
     * sub-items carry their own).
     */
    private static String reviewedReason(ScoringContext ctx, Claims.Claim claim, Framework.Leaf leaf) {
        if (claim != null && claim.reviewed() != null) {
            return claim.reviewedReason();
        }
        Funds.Row row = fundsRow(ctx.submission, leaf, r -> r.reviewedScore() != null);
        if (row != null) {
            return ctx.submission.document("budget").map(d -> CriterionScore.reviewedReason(d.root().at(row.pointer())))
                    .orElse(null);
        }
        return null;
    }

    /**
     * The funds row whose figure ({@code has}: a 得分, a 复核分) is a funds-scored criterion's: the total row's, else its
     * twin's ({@link Funds#totalOrTwin}); null for a criterion not scored on the funds block, or without such a row.
     */
    private static Funds.Row fundsRow(Submission submission, Framework.Leaf leaf, java.util.function.Predicate<Funds.Row> has) {
        Funds funds = submission.funds();
        return funds != null && leaf.scoredOnFunds() ? funds.totalOrTwin(has) : null;
    }

    /**
     * The 复核分 of a criterion: its own (self-assessment.json reviewedScore), else its funds row's where it is scored on
     * the funds block (预算执行率: 年度资金总额's 复核分), else the sum of its rows' or sub-items' where every one has one;
     * null where the submission gives none. A 复核分 above the points is score-claim-mismatch's, as a self score above
     * them is: the criterion's weight, the funds row's 分值 (else the weight), each sub-item's points.
     */
    private static BigDecimal reviewed(ScoringContext ctx, Claims.Claim claim, Framework.Leaf leaf, BigDecimal weight,
                                       List<CriterionScore> items) {
        BigDecimal own = claim == null ? null : claim.reviewed();
        if (own != null) {
            if (own.compareTo(weight) > 0) {
                ctx.report(ScoringContext.CLAIM_MISMATCH, "reviewed-above-weight", ctx.submission.src(claim.reviewedRef()),
                        leaf.name(), Num.written(own), Num.plain(weight));
            }
        } else {
            Funds.Row row = fundsRow(ctx.submission, leaf, r -> r.reviewedScore() != null);
            if (row != null) {
                own = row.reviewedScore();
                BigDecimal points = row.points() != null ? row.points() : weight;
                if (own.compareTo(points) > 0) {
                    ctx.report(ScoringContext.CLAIM_MISMATCH, "reviewed-above-weight",
                            ctx.submission.src("budget#" + row.pointer() + "/reviewedScore"), leaf.name(),
                            Num.written(own), Num.plain(points));
                }
            }
        }
        if (claim != null) {
            for (CriterionScore it : items) {
                Claims.ItemClaim ic = claim.items().get(it.id());
                if (ic != null && ic.reviewed() != null && ic.reviewed().compareTo(it.weight()) > 0) {
                    ctx.report(ScoringContext.CLAIM_MISMATCH, "item-reviewed-above-weight", ctx.submission.src(ic.reviewedRef()),
                            leaf.name(), it.name(), Num.written(ic.reviewed()), Num.plain(it.weight()));
                }
            }
        }
        return own != null ? own : CriterionScore.reviewedSum(items);
    }

    /**
     * The scores the department states, criterion by criterion, added up: a criterion's stated score, else its
     * sub-items', else its indicator rows' (a table without 分值 states only these: 区商务局 2020). A lower bound of
     * what the table states in all (a criterion it states nothing for adds nothing). It holds the stated total to
     * the table's own figures only while each is a score within its points: one above them (reported by itself) or
     * below 0 is a figure on another scale, and then nothing is said.
     */
    private static final class Stated {
        private BigDecimal sum = BigDecimal.ZERO;
        private boolean sums = true;
        /** Whether every criterion scored so far has a stated part (the table prints a score for each). */
        private boolean complete = true;
        /** The parts added up, formatted ({@link #terms}) only when a finding quotes them. */
        private final List<BigDecimal> parts = new ArrayList<>();
        /**
         * What the table's own rounding shifts the computed total by, else 0: of its printed rate ({@link PrintedTie}), or of
         * its rows added as printed, each a rounding of its computed score ({@link ScoringContext#rowRounding}).
         */
        private BigDecimal tieShift = BigDecimal.ZERO;

        void tie(BigDecimal shift) {
            tieShift = tieShift.add(shift);
        }

        /** Whether {@code statedTotal} is the computed {@code total} at the table's own rounding ({@link #tieShift}). */
        boolean tiedTotal(BigDecimal total, BigDecimal statedTotal) {
            return tieShift.signum() != 0 && !Num.differ(total.add(tieShift), statedTotal);
        }

        void add(CriterionScore c, BigDecimal statedRows, boolean everyRow) {
            BigDecimal part = null;
            boolean whole = true; // the part is all of the criterion's (no row or sub-item of it left unscored)
            if (c.claimed() != null) {
                part = c.claimed();
                sums &= part.compareTo(c.weight()) <= 0;
            } else if (!c.items().isEmpty() && "sub-items".equals(c.method())) {
                for (CriterionScore it : c.items()) {
                    if (it.claimed() != null) {
                        part = part == null ? it.claimed() : part.add(it.claimed());
                        sums &= it.claimed().signum() >= 0 && it.claimed().compareTo(it.weight()) <= 0;
                    } else if (it.weight().signum() > 0) {
                        whole = false;
                    }
                }
            } else if ("indicator-points".equals(c.method())) {
                if (statedRows == null) {
                    sums = false;
                } else if (statedRows.signum() > 0) {
                    part = statedRows;
                    whole = everyRow;
                }
            }
            if (part != null) {
                sums &= part.signum() >= 0;
                sum = sum.add(part);
                parts.add(part);
            }
            // a part that lacks a row's or a sub-item's score is a lower bound ({@link #above}), not the criterion's
            complete &= part != null && whole || c.weight().signum() <= 0;
        }

        /**
         * The sum when the table states a score for every criterion, each within its points, and they do not add up
         * to {@code total} by more than their rounding (half a cent each: parts printed to two decimals from longer
         * figures); else null.
         */
        BigDecimal apartFrom(BigDecimal total) {
            if (!sums || !complete || parts.isEmpty()) {
                return null;
            }
            BigDecimal slack = new BigDecimal("0.005").multiply(BigDecimal.valueOf(parts.size()));
            return sum.subtract(total).abs().compareTo(slack) > 0 ? sum : null;
        }

        /**
         * Whether the table states a score for every criterion, each within its points, and they add up to {@code total}
         * exactly (a total a cent off its parts is held as before: {@link #apartFrom} allows their rounding).
         */
        boolean addsUpTo(BigDecimal total) {
            return sums && complete && !parts.isEmpty() && total != null && sum.compareTo(total) == 0;
        }

        /** The parts as the finding quotes them: "20 + 100". */
        String terms() {
            StringBuilder sb = new StringBuilder();
            for (BigDecimal p : parts) {
                sb.append(sb.isEmpty() ? "" : " + ").append(Num.plain(p));
            }
            return sb.toString();
        }

        /** The sum when it exceeds {@code total}, else null. */
        BigDecimal above(BigDecimal total) {
            return sums && sum.compareTo(total) > 0 ? sum : null;
        }
    }

    /**
     * Whether a computed criterion's stated score above its points looks like the table's total written in its row:
     * at least half the framework's points and no more than all of them, where the criterion's own points are under
     * half (鄂州 2021, t14: 98 in the 预算执行率 row of 10 points, the form's 总分 100; s47 audit item 16).
     */
    private static boolean looksLikeTotal(ScoringContext ctx, CriterionScore c) {
        if (ctx.framework == null || ctx.framework.weight() == null || ctx.framework.weight().signum() <= 0) {
            return false;
        }
        BigDecimal all = ctx.framework.weight();
        BigDecimal half = all.divide(BigDecimal.valueOf(2));
        return c.weight().compareTo(half) < 0 && c.claimed().compareTo(half) >= 0 && c.claimed().compareTo(all) <= 0;
    }

    /** The stated score is 0.01 above the computed one and is {@code exact} (unrounded) rounded up to 0.01. */
    private static boolean roundedUp(CriterionScore c, BigDecimal exact) {
        return exact != null && exact.scale() > 2 && exact.setScale(2, java.math.RoundingMode.CEILING).compareTo(c.claimed()) == 0
                && c.claimed().subtract(c.score()).compareTo(new BigDecimal("0.01")) == 0;
    }

    /**
     * A stated criterion (or sub-item) score that is not the computed one. The finding quotes the formula in Chinese
     * (its fingerprint is the same in every language) and the reports show it in theirs ({@link ScoreSheet#quoted}).
     */
    private static void checkClaims(ScoringContext ctx, CriterionScore c, BigDecimal other, BigDecimal exact, List<Finding> findings) {
        if (c.claimed() != null && Num.differ(c.score(), c.claimed()) && (other == null || other.compareTo(c.claimed()) != 0)) {
            // (a total an imported table gives for a criterion of parts, none of them given, is its assessed score too)
            boolean assessed = "assessed".equals(c.method()) || "sub-items".equals(c.method()) && ctx.submission.table().imported()
                    && c.items().stream().allMatch(i -> i.claimed() == null);
            boolean above = c.claimed().compareTo(c.weight()) > 0;
            if (above && !assessed) {
                // a computed criterion stated above its points (鄂州 2021's 预算执行率 row prints 98, the table's total, beside
                // its 10): said so, beside the formula, since the score alone does not show what is wrong with the cell
                ctx.report(ScoringContext.CLAIM_MISMATCH, looksLikeTotal(ctx, c) ? "above-weight-total" : "above-weight-computed",
                        c.claimSrc(), c.name(), Num.written(c.claimed()),
                        c.score().toPlainString(), formula(ctx, c), Num.plain(c.weight()));
            } else {
                // a computed criterion stated below its figure (银川 2021's 预算执行率 9 at 100 %): the computed figure counts,
                // said as what the row earns, not "stands" (helper A2's audit, session 47); the same finding
                String key = assessed && above ? "above-weight" : !assessed && c.claimed().compareTo(c.score()) < 0 ? "below" : "";
                if (key.isEmpty() && !assessed && roundedUp(c, exact)) {
                    // 0.01 above the computed figure, and that figure's exact value rounded up (隆阳 2021, t111: 30.00 /
                    // 278.4449 × 20 = 2.1548, stated 2.16 beside 2.15; audit s51 A6 row 8): a rounding, not a score to send
                    // back (standards AR-2 allows the rounding of sums; SC-5 rounds to 2 decimals). An info; the same finding
                    ctx.report(ScoringContext.CLAIM_MISMATCH, Severity.INFO, "rounded-up", c.claimSrc(), c.name(),
                            Num.written(c.claimed()), c.score().toPlainString(), formula(ctx, c),
                            exact.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
                } else {
                    ctx.report(ScoringContext.CLAIM_MISMATCH, key, c.claimSrc(), c.name(), Num.written(c.claimed()),
                            c.score().toPlainString(), key.equals("above-weight") ? Num.plain(c.weight()) : formula(ctx, c));
                }
            }
        }
        if (!"sub-items".equals(c.method())) {
            return;
        }
        for (CriterionScore it : c.items()) {
            if (it.claimed() != null && Num.differ(it.score(), it.claimed())) {
                boolean above = "assessed".equals(it.method()) && it.claimed().compareTo(it.weight()) > 0;
                ctx.report(ScoringContext.CLAIM_MISMATCH, above ? "item-above-weight" : "item", it.claimSrc(), c.name(),
                        it.name(), Num.written(it.claimed()), it.score().toPlainString(),
                        above ? Num.plain(it.weight()) : formula(ctx, it));
            }
        }
    }

    /** The excerpt of {@code c}'s explanation a finding quotes: the Chinese, its report-language text quoted. */
    private static String formula(ScoringContext ctx, CriterionScore c) {
        Said s = ctx.explanation(c).map(Scorer::formulaExcerpt);
        ctx.quote(s);
        return s.zh();
    }

    /** How much of a formula a finding quotes: the 4 quarters' progress and their mean fit (about 250 characters). */
    public static final int FORMULA_MAX = 400;

    /**
     * A formula on one line, whole up to {@link #FORMULA_MAX} characters; a longer one (a framework's long labels) cut
     * at the last space or ；before that, never inside a figure. Before, 160 characters cut the quarterly formula in
     * the middle of a number ("全年平均 (0.8 + 0.716 + 0.…"), and with it the explanation the finding is for.
     */
    public static String formulaExcerpt(String e) {
        String one = e.replace('\n', ' ').replace('\r', ' ');
        if (one.codePointCount(0, one.length()) <= FORMULA_MAX) {
            return one;
        }
        int end = one.offsetByCodePoints(0, FORMULA_MAX);
        int cut = Math.max(one.lastIndexOf(' ', end), one.lastIndexOf('；', end));
        return (cut > 0 ? one.substring(0, cut).stripTrailing() : one.substring(0, end)) + " …";
    }

    /**
     * A claim naming a criterion the framework does not have (usually: the submission uses another framework), each
     * looked up in the framework's leaves by id.
     */
    private static void checkUnknownClaims(Claims claims, Framework framework, List<Finding> findings) {
        for (Claims.Claim c : claims.all()) {
            if (!framework.hasLeaf(c.criterion())) {
                Src s = c.idSrc();
                findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, ScoringContext.ruleSeverity(ScoringContext.CLAIM_MISMATCH),
                        "unknown-criterion", List.of(SubmissionLoader.excerpt(c.criterion(), 80), framework.id()),
                        s.file(), s.pointer(), s.line(), s.column(), null));
            }
        }
    }

    /**
     * @param weightShort the points the table's weights fall short of the framework's base (0 when they add up)
     * @param whole       whether the table is whole (a complete framework, its weights the framework's base): only
     *                    then are the scores it states held to its stated total on their own ({@code total-parts})
     * @param notHeld     the points of the whole table (100) a partial framework does not hold, else 0: counted with the
     *                    missing ones only for a stated total above {@code base} (one at most {@code base} may be the
     *                    fragment's own), and then named ({@code total-partial}: the framework is to be completed, not only
     *                    the data; {@code total-partial-over} when even they cannot reach the stated total)
     * @param base        the framework's base (its weights' sum)
     * @param overBase    whether the table's weights add up to more than {@code base} (a computed total then stands for nothing)
     * @param unbased     whether the table's weights are not the framework's base (score-weights total says so): a stated
     *                    total's gap that no missing data explains is then a note ({@code total-unbased}), the computed
     *                    total having no full base to correct it by; not where no indicator row is there at all (a stated total
     *                    beyond what the rows could add is held as before)
     * @param cut         whether the framework is partial (a cut copy): an unbased total's note then names the cut, not the weights
     * @param byDesign    the points a framework marked unpointed leaves its rows without (the form prints none on them), else 0:
     *                    a stated total above the computed one by no more than these is not said
     */
    private static void checkStated(Claims claims, BigDecimal total, String grade, BigDecimal weightShort,
                                    BigDecimal notHeld, BigDecimal base, List<ScoreSheet.Unscored> unscored, Stated stated,
                                    boolean whole, boolean unbased, BigDecimal byDesign, boolean overBase, boolean cut,
                                    java.util.function.Function<BigDecimal, String> gradeOf,
                                    List<Finding> findings) {
        Severity sev = ScoringContext.ruleSeverity(ScoringContext.CLAIM_MISMATCH);
        // a stated grade that is its stated total's, where that total is within the points that could not be scored
        // (保山 2022: 70 scored, 30 unscorable, 总分 100 优): the grade is provisional, and the gap is said as the total's
        // (total-data); "优 ≠ 中" would blame the grade for the missing data
        boolean gradeFromData = false;
        BigDecimal apart = claims.statedTotal() == null || !whole ? null : stated.apartFrom(claims.statedTotal());
        if (apart != null) {
            // the table's own arithmetic: its printed scores do not add up to its printed total (吉山 2020: 9 + 84 = 93,
            // 总分 94), whatever the scores computed from its figures; the computed total is given beside it
            Src s = claims.statedTotalSrc();
            findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, sev, "total-parts",
                    List.of(Num.written(claims.statedTotal()), Num.plain(apart), SubmissionLoader.excerpt(stated.terms(), 160),
                            total.toPlainString()),
                    s.file(), s.pointer(), s.line(), s.column(), null));
        } else if (claims.statedTotal() != null && Num.differ(total, claims.statedTotal())
                && !stated.tiedTotal(total, claims.statedTotal())) {
            Src s = claims.statedTotalSrc();
            boolean partial = notHeld.signum() > 0 && claims.statedTotal().compareTo(base) > 0;
            BigDecimal missing = ScoreSheet.points(unscored).add(weightShort).add(partial ? notHeld : BigDecimal.ZERO).add(byDesign);
            // say when the gap may come from points that could not be scored rather than from the report
            boolean fromData = missing.signum() > 0 && claims.statedTotal().compareTo(total) > 0
                    && claims.statedTotal().subtract(total).compareTo(missing) <= 0;
            gradeFromData = fromData && claims.statedGrade() != null
                    && Framework.gradeName(claims.statedGrade()).equals(gradeOf.apply(Num.round2(claims.statedTotal())));
            // …unless the scores the table states add up to more than its total: then no missing figure can explain the
            // gap (区商务局 2020: 总分 100, its printed 得分 20 + 100 = 120, the 80 points of the rows unscorable); nor, where
            // the weights add up to more than the base and the computed total is above the stated one too, can the computed
            // figure stand: it is a total of more than 100, and the table's own scores and total disagree (区商务局 2020 again
            // once its word rows keep their own scores, session 46: computed 120 on weights of 120; 中江 2022 on 110, where
            // "total" said the 120 and the 110 stood)
            BigDecimal parts = fromData || overBase && total.compareTo(claims.statedTotal()) > 0
                    ? stated.above(claims.statedTotal()) : null;
            if (parts != null) {
                findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, sev, "total-stated",
                        List.of(Num.written(claims.statedTotal()), Num.plain(parts),
                                SubmissionLoader.excerpt(stated.terms(), 160)),
                        s.file(), s.pointer(), s.line(), s.column(), null));
            } else if (partial && !fromData && claims.statedTotal().compareTo(total) > 0) {
                // a stated total beyond what the table can reach, the points the framework does not hold counted in
                findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, sev, "total-partial-over",
                        List.of(Num.written(claims.statedTotal()), total.toPlainString(), Num.plain(missing),
                                Num.plain(total.add(missing))),
                        s.file(), s.pointer(), s.line(), s.column(), null));
            } else if (fromData && claims.statedTotal().subtract(total).compareTo(byDesign) <= 0) {
                // within the points the form prints on no row (score-weights unpointed says the total covers the rest
                // only and is not graded): nothing to correct, and no data to fill in
            } else if (!fromData && whole && stated.addsUpTo(claims.statedTotal())) {
                // the stated total is the sum of the table's stated scores (永德 2022: 96 = 86 + 10, computed 99.80): the gap is
                // the rows', each said at its cell; the total is a note of it, the computed figure counting (session 47)
                findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, Severity.INFO, "total-rows",
                        List.of(Num.written(claims.statedTotal()), total.toPlainString(), SubmissionLoader.excerpt(stated.terms(), 160)),
                        s.file(), s.pointer(), s.line(), s.column(), null));
            } else if (!fromData && unbased) {
                // the table's weights are not the framework's full base (score-weights total: 九亭镇 2020's 75 of 100, a cut
                // copy's 80, 忻州 2020's 110), its rows all there: the computed total has no full base, and "以计算值为准"
                // would correct a stated 83 to a 68.75 of 75 points (helper A2's audit, session 47). A note of the gap; the
                // weights are the defect, said by score-weights. The same finding. On a partial framework (a cut copy: 莆田
                // 2024's 80 transcribed points, t112; 重庆融媒体 2021, t24) the weights are no defect, only what the copy
                // holds: total-unbased-partial says so, where "请先核对各指标的分值" sent the unit to its points (audit s52 B1)
                findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, Severity.INFO, cut ? "total-unbased-partial" : "total-unbased",
                        List.of(Num.written(claims.statedTotal()), total.toPlainString()),
                        s.file(), s.pointer(), s.line(), s.column(), null));
            } else if (fromData && !partial && weightShort.signum() == 0 && byDesign.signum() == 0 && !unscored.isEmpty()) {
                // the points not scored are all rows' or criteria's that could not be scored (a blank figure, an actual that does
                // not compare with its target): named, each with its own finding (保山 2022, t84: its 10 points the row whose
                // "无上访" does not compare with "小于5次", no data missing, where total-data said "因缺少数据"; helper A3's
                // audit, session 48). The same finding as total-data, the names a detail
                findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, sev, "total-unscored",
                        List.of(Num.written(claims.statedTotal()), total.toPlainString(), Num.plain(missing),
                                SubmissionLoader.excerpt(String.join("、", unscored.stream().map(ScoreSheet.Unscored::name)
                                        .distinct().toList()), 160)),
                        s.file(), s.pointer(), s.line(), s.column(), null));
            } else {
                // a gap within the points the partial framework does not hold (t42: 90 stated, 22 of the 26 held scored, 74
                // not held): nothing the table can be asked to correct until the framework is complete, a note (s47 audit
                // item 12); beyond them, some of it is the held part's missing data, asked for as before
                boolean unheld = fromData && partial && claims.statedTotal().subtract(total).compareTo(notHeld) <= 0;
                findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, unheld ? Severity.INFO : sev,
                        !fromData ? "total" : partial ? "total-partial" : "total-data",
                        fromData ? List.of(Num.written(claims.statedTotal()), total.toPlainString(), Num.plain(missing))
                                : List.of(Num.written(claims.statedTotal()), total.toPlainString()),
                        s.file(), s.pointer(), s.line(), s.column(), null));
            }
        }
        if (claims.statedGrade() != null && !grade.isEmpty() && !Framework.gradeName(claims.statedGrade()).equals(grade) && !gradeFromData) {
            Src s = claims.statedGradeSrc();
            findings.add(new Finding(ScoringContext.CLAIM_MISMATCH, sev, "grade",
                    List.of(claims.statedGrade(), total.toPlainString(), grade), s.file(), s.pointer(), s.line(), s.column(), null));
        }
    }
}
