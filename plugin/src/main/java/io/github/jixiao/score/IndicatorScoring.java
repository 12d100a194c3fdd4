package io.github.jixiao.score;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code indicator-points}: scores each indicator that carries points (财预〔2020〕10号 单位自评). A problem
 * with one indicator scores that indicator 0 and is reported; the others still count.
 */
public final class IndicatorScoring {
    private IndicatorScoring() {
    }

    /**
     * The number of rows when the framework has more than one indicator criterion and no row any of them counts carries
     * points (the table has no 分值 column), else 0.
     */
    private static int pointlessTable(ScoringContext ctx, java.util.Set<Indicator> breakdown) {
        Framework f = ctx.framework;
        if (f == null) {
            return 0;
        }
        List<Method.IndicatorPoints> methods = new ArrayList<>();
        for (Framework.Leaf l : f.leaves()) {
            if (l.method() instanceof Method.IndicatorPoints p) {
                methods.add(p);
            }
        }
        if (methods.size() < 2) {
            return 0;
        }
        int rows = 0;
        for (Indicator ind : ctx.submission.applicableIndicators()) {
            if (breakdown.contains(ind) || ctx.submission.underMergedScore(ind) || methods.stream().noneMatch(p -> p.counts(ind.level1()))) {
                continue;
            }
            if (!noPoints(ind)) {
                return 0;
            }
            rows++;
        }
        return rows;
    }

    /** Whether the criterion being scored is the framework's first scored by its indicators. */
    private static boolean firstIndicatorCriterion(ScoringContext ctx) {
        for (Framework.Leaf l : ctx.framework.leaves()) {
            if (l.method() instanceof Method.IndicatorPoints) {
                return l.id().equals(ctx.criterion);
            }
        }
        return false;
    }

    /**
     * The share of its points a quantitative indicator that missed its target keeps ({@link #missed}: by the row's own
     * 评分标准 where it states a deduction a unit, else by the ratio rule, actual / target, target / actual for ≤ and <),
     * 0–1; null when target and actual cannot be compared.
     */
    public static BigDecimal missedShare(Indicator ind) {
        if (ind.points() != null && ind.points().signum() > 0) {
            Missed m = missed(ind);
            return m == null ? null : Num.divide(m.exact(), ind.points());
        }
        TargetValue target = ceilingRead(ind);
        if (!target.isQuantitative()) {
            return null;
        }
        BigDecimal a = TargetParser.inUnitOf(ind.actualValue(), target);
        return a == null ? null : missedRatio(target, a, new String[1]);
    }

    static Method.Outcome score(Method.IndicatorPoints m, ScoringContext ctx, BigDecimal frameworkWeight) {
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        List<BigDecimal> rows = new ArrayList<>();
        BigDecimal roundedSum = BigDecimal.ZERO;
        List<CriterionScore> items = new ArrayList<>();
        // the items of rows under a merged 得分 cell (mergedItem): listed, no points of their own
        java.util.Set<CriterionScore> mergedItems = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // the items of rows the copy breaks off in before their 指标值 (partialCut.targetOf): listed, no points either
        int pastCutItems = 0;
        // a table without a 分值 column (衡山 2020): one finding for the criterion, not one per row
        int counted = 0;
        int pointless = 0;
        // the scores the table states for its rows: those of the rows without points (they have nothing else to be
        // held to), and of all rows, for the stated total (Scorer); a score above its row's points or below 0 makes
        // the rows' sum no figure of the table's own to hold the total to
        int statedPointless = 0;
        BigDecimal statedNoPoints = BigDecimal.ZERO;
        BigDecimal stated = BigDecimal.ZERO;
        boolean statedSums = true;
        boolean statedEvery = true;
        java.util.Set<Indicator> breakdown = breakdownRows(ctx.submission.applicableIndicators());
        java.util.Set<Integer> evenSaid = new java.util.HashSet<>(); // the categories whose even share is said
        for (Indicator ind : ctx.submission.applicableIndicators()) {
            // (a row under a merged 得分 cell is part of the row whose 得分 covers it: CategoryPoints.underMerged)
            if (m.counts(ind.level1()) && !breakdown.contains(ind) && !ctx.submission.underMergedScore(ind)) {
                counted++;
                BigDecimal said = ind.score();
                if (noPoints(ind)) {
                    pointless++;
                    if (said != null && said.signum() > 0) {
                        statedPointless++;
                        statedNoPoints = statedNoPoints.add(said);
                    }
                } else if (said != null && said.compareTo(ind.points()) > 0) {
                    statedSums = false;
                }
                if (said != null) {
                    statedSums &= said.signum() >= 0;
                    stated = stated.add(said);
                } else if (!noPoints(ind)) {
                    statedEvery = false; // a row with points and its 得分 blank: the rows' sum is not the block's
                }
            }
        }
        ctx.statedRows(statedSums ? stated : null, statedEvery);
        // no row of the whole table carries points (大英 2020: no 分值 column at all): said once, by the framework's first
        // indicator criterion, for every row; the other criteria and the rows say nothing more of it
        // a form that prints no points on its rows by design (the 区域绩效自评表 of a 中央 transfer: 霍山 2024) lacks none:
        // its rows are not asked for them (score-weights unpointed says, once, that they are not scored)
        boolean byDesign = ctx.framework != null && ctx.framework.isUnpointed();
        int tableWide = byDesign ? 0 : pointlessTable(ctx, breakdown);
        if (byDesign) {
            // nothing to say
        } else if (tableWide >= 2) {
            if (firstIndicatorCriterion(ctx)) {
                ctx.report(ScoringContext.INPUT_MISSING, "indicator-points-none-table", ctx.submission.src("indicators#/indicators"),
                        Integer.toString(tableWide));
            }
        } else if (counted >= 2 && pointless == counted) {
            ctx.report(ScoringContext.INPUT_MISSING, "indicator-points-none", ctx.submission.src("indicators#/indicators"),
                    ctx.criterionName, Integer.toString(counted));
        }
        BigDecimal ceiling;
        // the spare points are looked for only when the rows' stated scores exceed the block's own weight (rare)
        if (statedNoPoints.compareTo(frameworkWeight) > 0
                && statedNoPoints.compareTo(ceiling = frameworkWeight.add(emptyOptionalWeight(ctx))) > 0) {
            // 区商务局 2020: no 分值 column, and the rows' printed 得分 (6 × 10 + 2 × 20 = 100) exceed the 80 points of
            // the block they fall under; no row can be scored, so no other finding says it. The points of optional
            // categories the table has no indicator in may go to this block (青神 2023: 产出 60 where the frame says 50,
            // no 满意度 row), so the block may hold up to its weight and those.
            // on a form with no 分值 column (no row of the table carries points: 隆阳 2022, t111) there is no column to fill in
            // from the table: its variant asks to check the scores (and to fill in points where the standard sets them); the
            // same finding (session 52, G2's left words)
            boolean noColumn = ctx.submission.applicableIndicators().stream().allMatch(IndicatorScoring::noPoints);
            ctx.report(ScoringContext.CLAIM_MISMATCH, noColumn ? "indicators-above-weight-table" : "indicators-above-weight",
                    ctx.submission.src("indicators#/indicators"),
                    ctx.criterionName, Integer.toString(statedPointless), Num.plain(statedNoPoints), Num.plain(ceiling));
        }
        // the points the criterion's rows that carry any add up to, where they reach its weight (else null): a row
        // without points beside them is one the form leaves unscored
        BigDecimal carried = BigDecimal.ZERO;
        for (Indicator ind : ctx.submission.applicableIndicators()) {
            if (m.counts(ind.level1()) && !breakdown.contains(ind) && !noPoints(ind)) {
                carried = carried.add(ind.points());
            }
        }
        BigDecimal filled = frameworkWeight.signum() > 0 && carried.compareTo(frameworkWeight) >= 0 ? carried : null;
        for (Indicator ind : ctx.submission.applicableIndicators()) {
            // a row under a merged 得分 cell (黄石 2022, t82: the 得分 printed once for a 二级's two rows) is scored in the
            // row whose printed 得分 covers it, which takes that 得分 as its points: neither 0 nor scored again (session 56)
            if (!m.counts(ind.level1()) || breakdown.contains(ind) || ctx.submission.underMergedScore(ind)) {
                if (m.counts(ind.level1()) && !breakdown.contains(ind) && ctx.submission.underMergedScore(ind)) {
                    // listed among the block's items all the same, at no points of its own and marked as under the merged
                    // cell, so that the summary's 逐项 list names every row of the table (session 57, s56 P11's left-alone)
                    CriterionScore merged = mergedItem(ctx, m, ind);
                    if (merged != null) {
                        items.add(merged);
                        mergedItems.add(merged);
                    }
                }
                continue;
            }
            if (noPoints(ind)) {
                // a row whose target and actual are both "/" or "—" (or 不适用) marks itself not applicable: it is not asked for
                // the points it is not meant to carry (placeholder-left not-applicable-marked asks for notApplicable; session 45)
                if (!byDesign && tableWide < 2 && (pointless < counted || counted < 2) && !markedNotApplicable(ind)) {
                    if (filled != null && (ind.score() == null || ind.score().signum() == 0)) {
                        // the criterion's other rows already carry all its points (原州 2022: five 产出 rows of 8 fill the
                        // printed 40; 一级种薯繁育基地 prints no 分值 or 得分): the form does not score the row, and
                        // "请按表补填" asks for a figure it does not print (s47 audit item 11): a note, the same finding
                        ctx.report(ScoringContext.INPUT_MISSING, Severity.INFO, "indicator-points-filled", ind.src(), ind.label(),
                                ctx.criterionName, Num.plain(filled));
                    } else if (ind.score() != null && ind.score().signum() > 0) {
                        pointlessScore(ctx, ind, filled);
                    } else {
                        ctx.report(ScoringContext.INPUT_MISSING, "indicator-points", ind.src(), ind.label(), ctx.criterionName);
                    }
                }
                continue;
            }
            BigDecimal points = ind.points();
            weight = weight.add(points);
            checkRate(ctx, ind);
            checkReviewed(ctx, ind);
            ctx.pushScope();
            // points printed on the 二级 and shared among its rows: where this row's came from
            // (or on the 一级, 保山 2022's 产出指标(60分): level2 null)
            java.util.Optional<io.github.jixiao.model.PointsShare> share = ctx.submission.pointsShare(ind);
            // an even share jixiao assumed (the framework states no split, the category has rows to share it): the row's
            // printed 得分 is the table's own figure on points it does not print, not a claim to hold to the share (昌宁
            // 2022, t116: 1, 2 or 3 on met rows of 产出指标(40分), were "above its points" ×3 and "met, yet stated below"
            // ×15 against the assumed 2.11; session 53), where a printed 得分 above the share shows the rows' points unequal.
            // The note says it once, with the printed scores' count and sum
            ctx.assumedShare = ctx.submission.shareUnheld(ind);
            share.ifPresent(sh -> {
                String suffix = sh.level2() == null ? "-level1" : "";
                String category = sh.level2() == null ? sh.level1() : sh.level2();
                if (sh.merged()) {
                    mergedShare(ctx, sh, category, suffix, evenSaid);
                    return;
                }
                ctx.input(sh.printed() == null
                        ? ctx.t("score.input.shared" + suffix, category, Num.plain(sh.categoryPoints()), Integer.toString(sh.rows()))
                        : ctx.t("score.input.shared-rest" + suffix, category, Num.plain(sh.categoryPoints()),
                                Integer.toString(sh.rows()), Num.plain(sh.printed())), sh.rowFormula(), sh.ref());
                // the framework states no split (the form prints none: 保山 2022): even, said once per category
                // (a category of one row gives it all its points: no share to assume)
                if (m.split() == Method.Split.DEFAULT && sh.rows() > 1 && evenSaid.add(sh.category())) {
                    // the category's rows that print a 得分: not checked one by one against the share (-scored, the same finding)
                    // (only where a printed 得分 exceeds the share, which shows unequal points: Submission.shareUnheld)
                    int printed = 0;
                    BigDecimal printedSum = BigDecimal.ZERO;
                    for (Indicator other : ctx.submission.applicableIndicators()) {
                        if (other.score() != null && ctx.submission.pointsShare(other).map(o -> o.category() == sh.category()).orElse(false)) {
                            printed++;
                            printedSum = printedSum.add(other.score());
                        }
                    }
                    String key = sh.level2() == null ? "category-even-level1" : "category-even";
                    // (points that do not divide to the cent: the -cents variants say how the parts add up, a detail,
                    // the same finding: CategoryPoints.apportion, session 55)
                    if (!ctx.submission.shareUnheld(ind)) {
                        List<String> args = new java.util.ArrayList<>(List.of(category, Num.plain(sh.categoryPoints()),
                                Integer.toString(sh.rows()), sh.formula(), sh.level1()));
                        if (sh.cents() != null) {
                            args.add(sh.cents());
                        }
                        ctx.report(ScoringContext.ASSUMPTION, key + (sh.cents() != null ? "-cents" : ""), ctx.submission.src(sh.ref()),
                                args.toArray(String[]::new));
                    } else {
                        List<String> args = new java.util.ArrayList<>(List.of(category, Num.plain(sh.categoryPoints()),
                                Integer.toString(sh.rows()), sh.formula(), sh.level1(), Integer.toString(printed), Num.plain(printedSum)));
                        if (sh.cents() != null) {
                            args.add(sh.cents());
                        }
                        ctx.report(ScoringContext.ASSUMPTION, key + "-scored" + (sh.cents() != null ? "-cents" : ""),
                                ctx.submission.src(sh.ref()), args.toArray(String[]::new));
                    }
                }
            });
            BigDecimal s;
            String explanation;
            // a qualitative row's formula states the department's score (自评 3 → 3); the others do not
            boolean claimSaid = false;
            try {
                Said[] ex = new Said[1];
                s = one(m, ctx, ind, ex);
                explanation = ex[0].shown();
                claimSaid = !ind.targetValue().isQuantitative();
            } catch (ScoringProblem p) {
                ctx.report(p);
                Framework.PartialCut damaged = ctx.framework == null ? null : ctx.framework.partialCut();
                boolean unreadable = damaged != null && (damaged.unreadable(ind.name()) || damaged.unreadable(ind.label()));
                // a row the copy breaks off in before its 指标值 (partialCut.targetOf: 濉溪 2019, t54's ★受助对象满意度, 10 points):
                // what it would score is past the copy, as the rows of a criterion past the cut are (随州 2022, t131), so its
                // points are no part of what is scored: out of the criterion's weight and of the points not scored, not 0 of
                // 10 in the maximum ("88.93 / 100.00") and the table's biggest loss (audit s57 A12 row C4; session 58). A row
                // printed but unreadable (t23) is in the copy: its points stay, not scored
                if (!unreadable && damaged != null && ctx.framework.isPartial()
                        && (damaged.past(ind.name(), Framework.PartialCut.RowField.VALUE)
                        || damaged.past(ind.label(), Framework.PartialCut.RowField.VALUE))) {
                    weight = weight.subtract(points);
                    ctx.popScope();
                    BigDecimal zero = Num.round2(BigDecimal.ZERO);
                    CriterionScore past = new CriterionScore("indicator-" + ind.index(), ind.label(), ind.level1(), ind.level2(),
                            zero, zero, m.type(), List.of(), ctx.t("score.pastCut", Num.plain(points)), null, null, List.of(), true,
                            null, null);
                    items.add(past);
                    mergedItems.add(past);
                    pastCutItems++;
                    continue;
                }
                // a row whose cells the copy prints but nobody can read (partialCut.unreadable: 原州 2022, t23) lacks nothing
                // the unit could fill in: the reason says the damage, not "缺少指标值和实际完成值" (session 55)
                ctx.unscored(ind.label(), points, unreadable ? ctx.t("score.reason.unreadableCells", ind.label()) : p.reason);
                s = BigDecimal.ZERO;
                // (a row the copy breaks off in before its 指标值, above, is said as past the cut, "不计分：所录副本在这一行截断…",
                // not "无法计分…按 0 分计", which said of it what the table did not: session 54)
                // where the rows' results are all past the cut (partialCut.actuals: 新田 吴冲路 2022, t103), every row's
                // actual is not in the copy: said so, not "按 0 分计" (review s54 R4 L4)
                // a row printed in the copy whose cells cannot be read (partialCut.unreadable: 原州 2022, t23): said so, not "截断"
                explanation = unreadable
                        ? ctx.t("score.unreadable")
                        : damaged != null && damaged.actuals() && ctx.framework.isPartial() && (ind.actual() == null || ind.actual().isBlank())
                        ? ctx.t("score.pastCutActuals") : ctx.t("score.unscorable", p.reason);
            }
            s = Num.clamp(s, BigDecimal.ZERO, points);
            if (!claimSaid && ind.score() != null && Num.differ(Num.round2(s), ind.score()) && !halfCentTie(s, ind.score())) {
                // the department's own figure beside a row scored otherwise, as a criterion's is (自评 98): 4.74（自评 5）,
                // 无法计分…按 0 分计（自评 3）: the row's score column held the claim the reviewer weighs the formula against (a
                // half-cent tie's formula says both roundings already)
                explanation = explanation + ctx.t("score.indicator.claimed", Num.written(ind.score()));
            }
            total = total.add(s);
            // each row at the score's scale, as its score column shows it; the block adds the rows unrounded
            BigDecimal shown = Num.round2(s);
            terms.add(Num.plain(shown));
            rows.add(s);
            roundedSum = roundedSum.add(shown);
            items.add(new CriterionScore("indicator-" + ind.index(), ind.label(), ind.level1(), ind.level2(), points,
                    shown, m.type(), ctx.popScope(), explanation, ind.score(),
                    ind.score() == null ? null : scoreSrc(ctx, ind), List.of(), true, null, ind.reviewedScore())
                    .withReviewedReason(ind.reviewedScore() == null ? null
                            : CriterionScore.reviewedReason(ctx.submission, "indicators", ind.pointer())));
        }
        Said explanation;
        if (items.size() == mergedItems.size() && pastCutItems > 0) {
            // every row of the criterion the copy holds breaks off before its 指标值 (t54's 满意度指标): its points past the cut
            explanation = ctx.say(w -> w.t("score.indicators.pastCut"));
        } else if (items.size() == mergedItems.size()) {
            List<String> named = named(m, ctx.framework);
            explanation = ctx.say(w -> w.t("score.indicators.none", named.isEmpty() ? w.t("score.indicators")
                    : String.join(w.t("score.list"), named.stream().map(l -> inSentence(w, w.name(l))).toList())));
        } else {
            BigDecimal w0 = weight;
            BigDecimal t0 = total;
            // (rows under a merged 得分 cell are items with no points of their own: not counted here)
            List<CriterionScore> scored = items.stream().filter(i -> !mergedItems.contains(i)).toList();
            CriterionScore only = scored.size() == 1 ? scored.get(0) : null;
            // a block of one row is that row ("0 = 0.00" said nothing): its name and score; the row says how
            String sum = only == null ? String.join(" + ", terms) + " = " + Num.score(total) : null;
            // where the rows' rounding changes the total (8.625 + 8.625 = 17.25, not 17.26), the unrounded rows are said
            String exact = roundedSum.compareTo(Num.round2(total)) == 0 ? null
                    : String.join(" + ", rows.stream().map(Num::plain).toList());
            // the table's own 分值 govern; the framework's split is only the default, and the departure is said
            // (a table whose indicators carry the whole base, the framework's execution left out, has no such default)
            // (nor a block short of it under a partial framework: the copy is cut, and score-weights partial says the
            // total covers the part it holds: t46 宁德 地震局 2020, 产出 12 of 50 in the two rows before the copy's end)
            boolean cut = ctx.framework != null && ctx.framework.cutShort(weight, frameworkWeight);
            boolean split = weight.compareTo(frameworkWeight) != 0 && !redistributed(ctx) && !ctx.layoutOmits() && !cut;
            explanation = sum != null && exact == null && !split ? Said.of(sum)
                    : ctx.say(w -> (sum != null ? sum : w.t("score.indicators.one", only.name(), Num.score(t0), Num.plain(w0)))
                    + (exact == null ? "" : w.t("score.indicators.unrounded", exact))
                    + (split ? w.t("score.indicators.weight", Num.plain(w0), Num.plain(frameworkWeight)) : ""));
            if (split) {
                ctx.report(ScoringContext.WEIGHTS, io.github.jixiao.finding.Severity.WARNING, "split", ctx.submission.src("indicators#/indicators"), ctx.criterionName,
                        Num.plain(weight), Num.plain(frameworkWeight));
            }
        }
        return new Method.Outcome(total, explanation.map(e -> "(" + e + ")"), explanation, items, weight);
    }

    /**
     * A row whose points are its printed 得分, the category's 得分 filling its points with rows under a merged 得分 cell
     * beside it ({@link io.github.jixiao.model.PointsShare#merged}, CategoryPoints.underMerged): the input says where its
     * points came from, and score-assumption {@code category-merged(-level1)} says the reading once for the category, at
     * its points, naming the rows read as merged (in place of category-even's assumed share: there is none).
     */
    private static void mergedShare(ScoringContext ctx, io.github.jixiao.model.PointsShare sh, String category, String suffix,
                                    java.util.Set<Integer> said) {
        ctx.input(ctx.t("score.input.merged" + suffix, category, Num.plain(sh.categoryPoints()), Integer.toString(sh.rows())),
                sh.rowFormula(), sh.ref());
        if (!said.add(sh.category())) {
            return;
        }
        List<Indicator> under = ctx.submission.mergedRows(sh.category());
        List<String> args = new ArrayList<>(List.of(category, Num.plain(sh.categoryPoints()), sh.formula(),
                Integer.toString(under.size()), String.join("、", under.stream()
                        .map(i -> "“" + io.github.jixiao.load.SubmissionLoader.excerpt(i.label().strip(), 20) + "”").toList())));
        if (sh.level2() != null) {
            args.add(sh.level1());
        }
        ctx.report(ScoringContext.ASSUMPTION, "category-merged" + suffix, ctx.submission.src(sh.ref()), args.toArray(String[]::new));
    }

    /**
     * The item of a row read as under a merged 得分 cell ({@link io.github.jixiao.model.Submission#underMergedScore}): no
     * points and no score of its own (its score is in the scores printed under its category, which take them as their
     * points), its explanation naming the category and its printed points as score-assumption's category-merged does; null
     * where no scored row of its category is found (not expected: the merged reading needs printed scores).
     */
    private static CriterionScore mergedItem(ScoringContext ctx, Method.IndicatorPoints m, Indicator ind) {
        for (Indicator other : ctx.submission.applicableIndicators()) {
            io.github.jixiao.model.PointsShare sh = ctx.submission.pointsShare(other).orElse(null);
            if (sh == null || !sh.merged() || ctx.submission.mergedRows(sh.category()).stream().noneMatch(r -> r.index() == ind.index())) {
                continue;
            }
            String category = sh.level2() == null ? sh.level1() : sh.level2();
            String explanation = ctx.t("score.indicator.merged", category, Num.plain(sh.categoryPoints()));
            BigDecimal zero = Num.round2(BigDecimal.ZERO);
            return new CriterionScore("indicator-" + ind.index(), ind.label(), ind.level1(), ind.level2(), zero, zero, m.type(),
                    List.of(), explanation, null, null, List.of(), true, null, null);
        }
        return null;
    }

    /**
     * A row that prints a 得分 but no 分值 (score-input-missing's {@code indicator-points}, the same finding): the score is
     * quoted and not taken, as it has no points to be held to. Beside a category whose other rows' points fill it
     * ({@code -filled-scored}, a warning: 原州 2022's 一级种薯繁育基地 with an 8 printed beside five 产出 rows of 8 = 40, t23
     * copied) the table contradicts itself, points for the row would overfill the category, and the fix is either the row's
     * 分值 with the category's checked, or the score struck out; elsewhere ({@code -scored}, an error as the plain variant:
     * the row's points are what the category lacks) the 分值 is asked for, the score said unchecked. Until session 51 both
     * were the plain "没有分值…请按表补填", silent on the score printed.
     */
    private static void pointlessScore(ScoringContext ctx, Indicator ind, BigDecimal filled) {
        if (filled != null) {
            ctx.report(ScoringContext.INPUT_MISSING, Severity.WARNING, "indicator-points-filled-scored", ind.src(), ind.label(),
                    ctx.criterionName, Num.plain(filled), Num.written(ind.score()));
        } else {
            ctx.report(ScoringContext.INPUT_MISSING, "indicator-points-scored", ind.src(), ind.label(), ctx.criterionName,
                    Num.written(ind.score()));
        }
    }

    /**
     * The first-level categories a block counts, as the framework scores them: a label the block also accepts that the
     * taxonomy makes part of another of them is that one's (成本指标 is a 二级 of 产出指标 under 财预〔2020〕10号; the block
     * takes a row filed under 一级 成本指标, 财预〔2021〕101号's, as an output indicator), so "没有带分值的产出指标", not
     * "产出指标、成本指标".
     */
    static List<String> named(Method.IndicatorPoints m, Framework f) {
        if (f == null || !f.hasTaxonomy() || m.level1().size() < 2) {
            return m.level1();
        }
        List<String> out = new ArrayList<>();
        for (String l : m.level1()) {
            boolean part = m.level1().stream().anyMatch(o -> !o.equals(l)
                    && f.category(o).map(c -> c.level2().stream().anyMatch(sub -> sub.matches(l))).orElse(false));
            if (!part) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Whether the table gave the points of optional categories it has no indicator in to the others, as 财预〔2020〕10号
     * allows (未设满意度指标的，其分值归入产出、效益; 青神 2023: 产出 60 + 效益 30 and no 满意度 indicator): the printed
     * points of all indicator criteria add up to the framework's weights for them, and each indicator criterion without
     * any indicator counts only categories the taxonomy marks optional. Then no criterion's departure is a warning.
     */
    private static boolean redistributed(ScoringContext ctx) {
        Framework f = ctx.framework;
        if (f == null) {
            return false;
        }
        BigDecimal framework = BigDecimal.ZERO;
        BigDecimal table = BigDecimal.ZERO;
        boolean emptyOptional = false;
        for (Framework.Leaf leaf : f.leaves()) {
            if (!(leaf.method() instanceof Method.IndicatorPoints m)) {
                continue;
            }
            framework = framework.add(leaf.weight());
            int rows = 0;
            for (Indicator ind : ctx.submission.applicableIndicators()) {
                if (m.counts(ind.level1())) {
                    rows++;
                    table = noPoints(ind) ? table : table.add(ind.points());
                }
            }
            if (rows == 0) {
                if (!optional(f, m)) {
                    return false;
                }
                emptyOptional = true;
            }
        }
        return emptyOptional && table.compareTo(framework) == 0;
    }

    /** The block counts only categories the taxonomy marks optional (满意度指标 under 财预〔2020〕10号). */
    private static boolean optional(Framework f, Method.IndicatorPoints m) {
        return !m.level1().isEmpty() && m.level1().stream()
                .allMatch(l -> f.taxonomy().stream().anyMatch(c -> c.optional() && c.matches(l)));
    }

    /**
     * The weight of the indicator blocks with no indicator in the table that count only optional categories: points
     * 财预〔2020〕10号 lets the table give to its other indicator blocks (未设满意度指标的，其分值归入产出、效益).
     */
    private static BigDecimal emptyOptionalWeight(ScoringContext ctx) {
        Framework f = ctx.framework;
        BigDecimal spare = BigDecimal.ZERO;
        if (f == null) {
            return spare;
        }
        for (Framework.Leaf leaf : f.leaves()) {
            if (leaf.method() instanceof Method.IndicatorPoints m && optional(f, m)
                    && ctx.submission.applicableIndicators().stream().noneMatch(ind -> m.counts(ind.level1()))) {
                spare = spare.add(leaf.weight());
            }
        }
        return spare;
    }

    /**
     * The points the table's indicators carry, added up as the {@code indicator-points} criteria of {@code f} weigh them:
     * each row a block counts that prints its points (a breakdown row 其中… under a row with points is not one).
     */
    static BigDecimal printedPoints(Framework f, io.github.jixiao.model.Submission s) {
        List<Indicator> indicators = s.applicableIndicators();
        java.util.Set<Indicator> breakdown = breakdownRows(indicators);
        BigDecimal sum = BigDecimal.ZERO;
        for (Framework.Leaf leaf : f.leaves()) {
            if (leaf.method() instanceof Method.IndicatorPoints m) {
                for (Indicator ind : indicators) {
                    if (m.counts(ind.level1()) && !breakdown.contains(ind) && !noPoints(ind)) {
                        sum = sum.add(ind.points());
                    }
                }
            }
        }
        return sum;
    }

    /** What a row's target and actual both hold where the table marks the row not applicable in its own way. */
    static final java.util.Set<String> NOT_APPLICABLE_MARKS = java.util.Set.of("/", "／", "\\", "—", "——", "-", "－",
            "–", "―", "不适用", "无此项", "不涉及", "此项不适用", "本项目不适用");

    /** A month, day or year in a target's words (12月底前, 2022年底前完成招标): a deadline, whose actual is asked for a date. */
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("[0-9０-９]\\s*[年月日号]");

    /**
     * Whether an actual states a result at all: not a mark of a row that does not apply (不适用, "/", N/A), nor a placeholder,
     * a unit or a comparator alone ({@link io.github.jixiao.target.Grade#noResult}). Only such an actual lets a 定性 row
     * without a 完成档次 keep the unit's score unchecked (achievement-self-score); the others state nothing to keep a score
     * for (placeholder-left says them).
     */
    static boolean statesAResult(String actual) {
        if (actual == null || actual.isBlank() || notApplicableMark(actual) || io.github.jixiao.target.Grade.noResult(actual)) {
            return false;
        }
        return !naMark(actual);
    }

    /** N/A, NA, n/a: a table's English for not applicable. */
    static final java.util.regex.Pattern NA = java.util.regex.Pattern.compile("(?i)n\\s*/?\\s*a[.。]?");

    /**
     * Whether {@code value} is N/A (NA, n / a, a full stop after it): the one reading of it, for placeholder-left's
     * not-applicable-actual and for {@link #statesAResult}.
     */
    public static boolean naMark(String value) {
        if (value == null) {
            return false;
        }
        // the pattern begins with n or N (ASCII case only, as (?i) is without UNICODE_CASE): a text whose first character
        // after strip's white space is another is none, told without a copy and a matcher (most actuals)
        int at = 0;
        while (at < value.length() && Character.isWhitespace(value.charAt(at))) {
            at++;
        }
        return at < value.length() && (value.charAt(at) | 0x20) == 'n' && NA.matcher(value.strip()).matches();
    }

    /**
     * Whether {@code value} is a mark a table writes in a row that does not apply: a slash or a dash ("/", "—"), or the
     * words saying so (不适用, 无此项, 不涉及); a trailing 。 aside.
     */
    public static boolean notApplicableMark(String value) {
        if (value == null) {
            return false;
        }
        // value.strip() without its trailing 。.；; (Grade.endless) is at most NOT_APPLICABLE_LONGEST characters long for a
        // mark: its ends found in place, and a copy made only for a text short enough (most are not)
        int from = 0;
        int to = value.length();
        while (from < to && Character.isWhitespace(value.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
            to--;
        }
        while (to > from && "。.；;".indexOf(value.charAt(to - 1)) >= 0) {
            to--;
        }
        return to - from <= NOT_APPLICABLE_LONGEST && NOT_APPLICABLE_MARKS.contains(value.substring(from, to));
    }

    /** The length of the longest of {@link #NOT_APPLICABLE_MARKS}. */
    private static final int NOT_APPLICABLE_LONGEST = NOT_APPLICABLE_MARKS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Whether {@code ind} marks itself not applicable without saying so in {@code notApplicable}: its target in force and
     * its actual are both {@link #notApplicableMark}s ("/" beside "/", "—" beside "—", 不适用 beside "/"). Such a row is not
     * a result to score, nor a row to ask for points (placeholder-left not-applicable-marked asks for the mark).
     */
    public static boolean markedNotApplicable(Indicator ind) {
        return notApplicableMark(ind.effectiveTarget()) && notApplicableMark(ind.actual());
    }

    /** No points to score by: none given, or fewer than none. */
    private static boolean noPoints(Indicator ind) {
        return ind.points() == null || ind.points().signum() < 0;
    }

    /**
     * The breakdown rows of a table: a row named 其中… with neither 分值 nor 得分, below a row of the same category that
     * carries points (萧县 2023: 其中桃树种植面积 1.5亩, 其中苹果树种植面积 5亩 … under ★补助各类瓜果蔬菜种植面积 29.5亩, 20 分).
     * It details the row above, whose points and score cover it, as the funds block's 其中 rows detail its total: it is
     * not an indicator of its own without points, and is neither scored nor reported as one.
     */
    static java.util.Set<Indicator> breakdownRows(List<Indicator> indicators) {
        java.util.Set<Indicator> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Indicator scored = null; // the last row with points, or a breakdown row's row
        for (Indicator ind : indicators) {
            String name = ind.name() == null ? "" : ind.name().strip();
            if (name.startsWith("其中") && noPoints(ind) && ind.score() == null && scored != null
                    && sameCategory(scored.level1(), ind.level1()) && sameCategory(scored.level2(), ind.level2())) {
                out.add(ind);
                continue;
            }
            scored = noPoints(ind) ? null : ind;
        }
        return out;
    }

    /** Two rows' 一级 (or 二级) alike: both blank, or one category as the taxonomy reads them (数量 and 数量指标). */
    private static boolean sameCategory(String a, String b) {
        return java.util.Objects.equals(a, b) || Taxonomy.same(a, b);
    }

    /** One indicator's points (full precision); {@code explanation[0]} receives how. */
    private static BigDecimal one(Method.IndicatorPoints m, ScoringContext ctx, Indicator ind, Said[] explanation) {
        BigDecimal points = ind.points();
        String ref = "indicators#" + ind.pointer();
        TargetValue target = ceilingRead(ind);
        if (target.isEmpty()) {
            // the reason names each field the row lacks: a row with neither target nor actual said "缺少指标值" only, and
            // the unit, having filled in the target, was then told the actual was missing (review R7, session 42); the
            // finding is the target's as before
            throw ind.actualValue().isEmpty() ? indicatorProblem(ctx, ind, "target", ind.src(), "actual")
                    : indicatorProblem(ctx, ind, "target", ind.src());
        }
        ctx.input(ctx.t("score.input.target", ind.label()), target.text(), ref + (ind.adjustedTarget() != null && !ind.adjustedTarget().isBlank()
                ? "/adjustedTarget" : "/target"));
        if (markedNotApplicable(ind)) {
            // "/" beside "/", "—" beside "—", 不适用: the row says it does not apply, yet carries points the table did not give
            // to the other rows; not scored, its points held (where they go is the table's to say: 财预〔2020〕10号 gives the
            // points of indicators not set to 产出 and 效益, not to a row jixiao could pick), and said as such (session 45)
            throw ctx.problem(ScoringContext.INPUT_MISSING, "not-applicable-marked", List.of(ind.label(), ind.actual().strip(),
                    target.text(), ctx.criterionName, Num.plain(points)), ind.actualSrc(),
                    ctx.t("score.reason.notApplicableMarked", target.text(), ind.actual().strip()));
        }
        if (MoneyOutput.leftOut(ctx.submission, ind)) {
            // an 产出 row whose target is money and no printed score to take as stated (廊坊 2019, t11, with its 得分 left
            // blank): by its ratio it counted the spending's shortfall twice, 37.24 / 43.2 × 10 = 8.62 here beside the
            // 预算执行率's own 8.62 (ST-7: 产出 measures output; SC-4: the execution row scores the money), and at full
            // points it would count 10 for nothing done. Not scored, its points listed as unscored (the total
            // provisional); no finding of the scorer's: indicator-input-as-output's unscored variant says it at the
            // target, with the fix, a target of work done (session 51)
            // (session 52: a finding of the scorer's, score-input-missing money-output, which the engine leaves out beside
            // indicator-input-as-output's at the target; with that rule off, only the unscored listing said it)
            throw ctx.problem(ScoringContext.INPUT_MISSING, "money-output", List.of(ind.label(), target.text().strip(),
                    ctx.criterionName, Num.plain(points)), ind.targetSrc(), ctx.t("score.reason.moneyOutput", target.text().strip()));
        }
        if (io.github.jixiao.target.Grade.noResult(ind.actual())) {
            // an actual that is only a unit, a comparator or a placeholder ("%", "≥", "**", "—"): no result is stated, under
            // any target, whatever the row's 完成档次 says; beside a target of the same text ("%" and "%") it was read as the
            // target's own words, 达成, at full points (session 44)
            throw ctx.problem(ScoringContext.INPUT_MISSING, "no-result", List.of(ind.label(), ind.actual().strip(), target.text(),
                    ctx.criterionName), ind.actualSrc(), ctx.t("score.reason.noResult", ind.actual().strip()));
        }
        if (ctx.framework != null && ctx.framework.actualIsProgress() && TargetParser.progressFigure(ind.actual())) {
            io.github.jixiao.target.Period.Done d = periodDone(ctx, ind);
            if (d == null || !d.within()) {
                // a form whose actual column is the work's progress (framework "actualIs": "progress", 四川's 指标值 |
                // 实施进度): "已完成100%" says the work is done, "完成80%" how far it has gone, neither what the row reached in
                // its target's terms. Read as a measured value it was 100 % satisfaction against 90 % (met), 已完成100% against
                // 10万元 (incomparable, 0 and an error) or a grade read from the words (达成): none of them what the form says.
                // No framework says how a progress figure scores, so the row is not scored by target and actual: the score
                // printed within its points taken as printed, unchecked, and said; none, the row unscored, its points listed
                // (session 57, s56 Q1's left-alone 1). Only the whole budget year beside the work done (1-12月 | 已完成100%)
                // is checked, as done within the year (below)
                return progress(ctx, ind, target, points, ref, explanation);
            }
        }
        if (ind.score() != null && ind.score().signum() >= 0 && ind.score().compareTo(points) <= 0
                && MoneyOutput.spending(ctx.submission, ind)) {
            // (a ceiling, "≤ 800 元" on a 数量 row, is a cost control misfiled: scored by target / actual as any ceiling,
            // its printed score checked, as MoneyOutput.spending reads it and leftOut leaves it; session 52)
            // an 产出 row whose target is money (卫片执法补助经费 = 72890 元, 丽江 2020, t6; 工程资金金额 43.2 = the budget, 廊坊
            // 2019, t11): it measures nothing done, and what it does measure, the money spent against the money planned, is
            // the 预算执行率's to score. Scored by target and actual it raised t6's 9 to 10 and took t11's shortfall twice
            // (8.62 beside the execution row's own). The department's score is taken as stated and said so;
            // indicator-input-as-output is the finding (A2's item 2, sessions 47–50)
            BigDecimal s = ind.score();
            ctx.input(ctx.t("score.input.score", ind.label()), Num.written(ind.score()), ref + "/score");
            explanation[0] = ctx.say(l -> l.t("score.indicator.money", target.text().strip(), Num.written(ind.score()), Num.result(s)));
            return s;
        }
        io.github.jixiao.target.AimRate.Reading unmeasurable = UnmeasurableTarget.of(ind);
        if (unmeasurable != null) {
            // a share of no measured thing (是否解决建档立卡人员看病难贵问题 95 %, 稷山 2020, t31 /4; 工程质量管理 ≥ 95 %, t37):
            // indicator-target-unmeasurable says nobody can tell whether it was met, and read by target and actual it was
            // met, 30 where the unit printed 27, in a total graded 优 (audit s51 A6 row 2). As a money row's: the printed
            // score taken as printed, unchecked, and said so; none within the points, the row unscored, its points listed
            // and the total provisional, the rule's -unscored variant saying it at the target (session 52)
            String word = unmeasurable.word(); // (the target as read, its unit column's % with it: 永德 2022's "100" | %, t8 /7)
            if (UnmeasurableTarget.takenAsPrinted(ind)) {
                BigDecimal s = ind.score();
                ctx.input(ctx.t("score.input.score", ind.label()), Num.written(ind.score()), ref + "/score");
                explanation[0] = ctx.say(l -> l.t("score.indicator.unmeasurable", target.format(), word,
                        Num.written(ind.score()), Num.result(s)));
                return s;
            }
            throw new ScoringProblem(null, "unmeasurable", List.of(), ind.targetSrc(),
                    ctx.t("score.reason.unmeasurable", target.format(), word));
        }
        String bareMonth = ind.bareMonthRead(ctx.submission.year());
        TargetValue monthDue = bareMonth == null ? null : TargetParser.deadline(ctx.submission.year(), bareMonth);
        if (monthDue != null) {
            // 完成时间 "12" beside 已完成 or 2022年11月: read as 12月底前 of the budget year (Indicator), said with the text to
            // write (session 49, M7's left-alone 5: it was 12 of no unit beside words, an error and 0 points)
            // (the actual a bare 1 to 12 too, "12 | 12": read as the month done in, both said in the one note, session 50)
            ctx.report(ScoringContext.ASSUMPTION, ind.bareMonthActualRead(ctx.submission.year()) ? "bare-month-both" : "bare-month",
                    ind.targetSrc(), ind.label(), ind.effectiveTarget().strip(), bareMonth,
                    TargetValue.isoDate(monthDue.low().longValue()), ind.actual().strip());
        }
        io.github.jixiao.target.Period.Done inPeriod = periodDone(ctx, ind);
        if (inPeriod != null) {
            // a 时效 target that is a period (1-6月, 2022.1.1-6.30, 2023.07-2024.01) beside the day the work was done, read by
            // the one reader of periods and days (target.Period, session 50) as indicator-actual-incommensurable reads it:
            // within the period met, outside it missed (a day missed keeps no share, as against a deadline). Until then the
            // period was a range of months (1~6 月) or words, and a date beside it incomparable (0 points and an error) or
            // the unit's score taken unchecked (achievement-self-score)
            String written = ind.effectiveTarget().strip();
            String done = ind.actual().strip();
            ctx.input(ctx.t("score.input.actual", ind.label()), done, ref + "/actual");
            // (已完成100% beside 1-6月, no day said: done within the period for now, as a deadline beside 已完成 is; lint's
            // period-done-undated asks for the day, session 52)
            boolean within = inPeriod.scoredWithin();
            BigDecimal s = within ? points : BigDecimal.ZERO;
            explanation[0] = within
                    ? ctx.say(l -> l.t("score.indicator.met", done, written, Num.plain(points)))
                    : ctx.say(l -> l.t("score.indicator.missed", done, written, "0 × " + Num.plain(points) + " = " + Num.result(BigDecimal.ZERO)));
            explanation[0] = checkClaim(ctx, ind, s, explanation[0], !within);
            return s;
        }
        if (target.isQuantitative()) {
            TargetValue actual = ind.actualValue();
            if (actual.isEmpty()) {
                throw indicatorProblem(ctx, ind, "actual", ind.src());
            }
            ctx.input(ctx.t("score.input.actual", ind.label()), actual.text(), ref + "/actual");
            Outcome o = TargetParser.compare(target, actual);
            // a deadline set in words read as the day it sets (力争6月底前完成): one note says every reading of the cell,
            // the labelled date and the month or year and 前 among them (session 48: they were two or three notes)
            TargetParser.DeadlineReading dr = o != Outcome.INCOMPARABLE && target.isDate()
                    ? TargetParser.deadlineReading(ctx.submission.year(), ind.effectiveTarget(), ind.clauses()) : null;
            if (ind.otherClauseRead()) {
                // ≥95%，12月底前完成 beside 98%: read by the target the actual answers (Indicator), the deadline unchecked, said
                // (with the words of a labelled clause, 验收合格率100%, as labelled-target says them)
                TargetParser.Clauses two = ind.clauses();
                ctx.report(ScoringContext.ASSUMPTION, "other-clause-read", ind.targetSrc(), ind.label(), ind.effectiveTarget().strip(),
                        two.deadline(), two.other(), actual.text().strip(), target.formatAsRead());
            } else if (ind.targetLabel() != null) {
                // "合格率≥95%" read as ≥ 95% beside its actual (Indicator): said, so that a reviewer sees the reading
                ctx.report(ScoringContext.ASSUMPTION, "labelled-target", ind.targetSrc(), ind.label(), target.text(),
                        ind.targetLabel(), target.format(), actual.text());
            }
            if (ind.actualLabel() != null && dr == null) {
                // "培训人次 520" read as 520 人次 beside its target (Indicator): said, as the target's words are
                // (a date said as written, at its precision: 2022年10月 is 2022-10, not the day it is compared by)
                ctx.report(ScoringContext.ASSUMPTION, actual.isDate() ? "labelled-date" : "labelled-actual", ind.actualSrc(), ind.label(), actual.text(),
                        ind.actualLabel(), io.github.jixiao.target.TargetParser.writtenDate(actual), target.text());
            }
            Integer monthBefore = o == Outcome.MET ? monthBeforeDecides(target, actual) : null;
            Integer yearBefore = o == Outcome.MET ? yearBeforeDecides(target, actual) : null;
            if (dr != null) {
                deadlineRead(ctx, ind, dr, target, actual, monthBefore, yearBefore);
            }
            if (o == Outcome.INCOMPARABLE) {
                throw ctx.problem(ScoringContext.INPUT_MISSING, "incomparable",
                        List.of(ind.label(), actual.text(), target.text(), ctx.criterionName), ind.actualSrc(),
                        ctx.t("score.reason.incomparable", actual.text(), target.text()));
            }
            BigDecimal s;
            if (o == Outcome.MET) {
                s = points;
                explanation[0] = ctx.say(l -> l.t("score.indicator.met", actual.text(), readAs(l, ind, target), Num.plain(points)));
                Integer month = dr == null ? monthBefore : null;
                if (month != null) {
                    // 6月前 read as by 30 June (TargetParser.monthBefore) and the work done in June: the reading decides that
                    // the target is met, said as the monitoring deadline messages say it (session 44)
                    ctx.report(ScoringContext.ASSUMPTION, "month-before", ind.targetSrc(), ind.label(), target.text().strip(),
                            String.valueOf(month), actual.text().strip(), ReadingTexts.monthBeforeAdvice(month));
                }
                Integer year = dr == null ? yearBefore : null;
                if (year != null) {
                    // 2023年前 read as the parser reads it, by the end of 2023, and the work done in 2023: the reading decides that
                    // the target is met (read as "before 2023" it would be missed), said as month-before says 6月前 (session 45)
                    ctx.report(ScoringContext.ASSUMPTION, "year-before", ind.targetSrc(), ind.label(), target.text().strip(),
                            String.valueOf(year), actual.text().strip(), ReadingTexts.yearBeforeAdvice(year));
                }
            } else {
                // what the row keeps: by its own 评分标准 where it takes so much off a unit ("少检查一个扣1分"), else by the ratio
                // (not null: compare() said MISSED, so the units agree); the figures score-ignores-missed-target quotes
                Missed kept = missed(ind);
                s = kept.exact();
                if (kept.standard() != null) {
                    // the row's own rule scores it, as the table does: said, so that a reviewer sees it
                    explanation[0] = ctx.say(l -> l.t("score.indicator.standard", actual.text(), readAs(l, ind, target), kept.standard(),
                            kept.formula()));
                    ctx.report(ScoringContext.ASSUMPTION, "row-standard", standardSrc(ctx, ind), ind.label(), target.text(),
                            actual.text(), kept.standard(), kept.formula());
                } else {
                    explanation[0] = ctx.say(l -> l.t("score.indicator.missed", actual.text(), readAs(l, ind, target), kept.formula()));
                }
            }
            // full points on a missed target is score-ignores-missed-target's, which gives these figures (missed(...))
            if (o != Outcome.MISSED || !ctx.missCarried || !missCarries(ind)) {
                explanation[0] = checkClaim(ctx, ind, s, explanation[0], o == Outcome.MISSED);
            }
            return s;
        }
        // qualitative: the department's score, within the band of its stated achievement
        String level = ind.achievement();
        boolean implied = level == null;
        if (level == null) {
            // the form has no 完成档次 column: an actual such as 达成预期指标 (or the target's own words) says 达成; 基本达到,
            // a lower grade of the target's word (达标 → 基本达标, 及时 → 较及时) 部分达成; its negation (未达标) 未达成
            level = impliedLevel(m, ind);
            if (level != null) {
                ctx.report(ScoringContext.ASSUMPTION, "achievement", ind.actualSrc(), ind.label(), ind.actual().strip(), level);
            }
        }
        if (level == null && ind.actualValue().isEmpty()) {
            // no 完成档次 and a blank actual (蚕茶卫生院 2021, t81: 按规定时限, 全年完成值 blank): what is missing is the actual,
            // which on a form without a 完成档次 column is what tells the grade; the page says so, not "没有写完成档次", and the
            // finding is left out beside indicator-incomplete's no-actual at that row (Engine.blankOnce)
            throw indicatorProblem(ctx, ind, "actual", ind.src());
        }
        TargetParser.Labelled labelled = level == null ? TargetParser.labelled(target.text()) : null;
        if (labelled != null) {
            // a quantity with words beside it that its actual does not let be read (words, another unit, none): the fix is
            // the target written as a figure, not a 完成档次 (review UR, session 29)
            throw ctx.problem(ScoringContext.INPUT_MISSING, "labelled-target", List.of(ind.label(), target.text(),
                    ctx.criterionName, labelled.value().format()), ind.targetSrc(),
                    ctx.t("score.reason.labelled", ind.label(), labelled.value().format()));
        }
        if (level == null && ind.score() != null && ind.score().signum() >= 0 && ind.score().compareTo(points) <= 0
                && target.isQualitative() && TargetParser.parse(target.text()).isQualitative() && !DATED.matcher(target.text()).find()
                && statesAResult(ind.actual())
                && !io.github.jixiao.target.WorkLeft.saysLeft(target.text(), ind.actual())) {
            // no 完成档次, and an actual that states a result the scorer cannot grade against its target (南昌 蚕茶卫生院 2021, t81:
            // 签约率提高1%、体检率提高2% → 签约率提高1%体检率下降1%, half met, scored 6 of 12; 保山 2022, t84: 按时限完成 → 100%):
            // SC-2 checks a score against the band of a stated level, and none is stated or readable, so there is nothing to hold
            // the department's score to. It is taken as stated, unchecked, and said at the row (a warning: the reviewer grades
            // it). Until session 46 the row scored 0 with an error asking for a 完成档次 column no printed form has: t81 came
            // to 58 of 90 where the unit scored 82, t84 to 70 中 where it printed 100 优 (helper A1's audit). Only for a target in
            // words that is no deadline (12月底前: a date is asked for; a plan or an earlier event's date beside it still scores
            // 0), an actual that states a result (statesAResult: not 不适用, "/", "**"), and no work left in it (WorkLeft.saysLeft:
            // 正在推进, 二期尚未完工, indicator-target-missed's in-progress: the row is unmet, not unchecked).
            BigDecimal s = ind.score();
            ctx.input(ctx.t("score.input.score", ind.label()), Num.written(ind.score()), ref + "/score");
            explanation[0] = ctx.say(l -> l.t("score.indicator.unchecked", Num.written(ind.score()), Num.result(s)));
            ctx.report(ScoringContext.INPUT_MISSING, io.github.jixiao.finding.Severity.WARNING, "achievement-self-score", ind.src(),
                    ind.label(), target.text(), ind.actual().strip(), Num.written(ind.score()), ctx.criterionName);
            return s;
        }
        if (level == null || !m.bands().containsKey(level)) {
            throw ctx.problem(ScoringContext.INPUT_MISSING, "achievement", List.of(ind.label(), target.text(), ctx.criterionName),
                    ind.src(), ctx.t("score.reason.achievement", ind.label()));
        }
        if (ind.score() == null) {
            throw indicatorProblem(ctx, ind, "score", ind.src());
        }
        String stated = level;
        String levelShown = level(ctx.lang(), level);
        // an achievement read from the actual (no 完成档次 column) cites the actual it was read from, not a field not there
        ctx.input(ctx.t("score.input.achievement", ind.label()), levelShown, ref + (implied ? "/actual" : "/achievement"));
        ctx.input(ctx.t("score.input.score", ind.label()), Num.written(ind.score()), ref + "/score");
        BigDecimal[] band = m.bands().get(level);
        BigDecimal lo = Num.divide(points.multiply(band[0]), Num.HUNDRED);
        BigDecimal hi = Num.divide(points.multiply(band[1]), Num.HUNDRED);
        BigDecimal s = Num.clamp(ind.score(), lo, hi);
        explanation[0] = ctx.say(l -> l.t("score.indicator.qualitative", level(l, stated), Num.plain(lo), Num.plain(hi),
                Num.written(ind.score()), Num.result(s)));
        // full points on a grade the actual itself says is lower is score-ignores-missed-target's (lower-grade-band,
        // not-achieved-band), which gives these figures: one defect, one finding
        boolean carried = ctx.missCarried && implied && !"达成".equals(level) && target.isQualitative() && missCarries(ind);
        if (Num.differ(Num.round2(s), ind.score()) && !carried) {
            // a level the scorer read from the actual (基本达到 → 部分达成, said by score-assumption achievement), not one the unit
            // stated: the band it holds the score to is the reading's, so a note (袁州 2022, t23: 7 of 8 on 基本达到, counted
            // 6.40; helper A2's audit, session 47). A stated level out of its band stays a warning. The same finding
            ctx.report(ScoringContext.CLAIM_MISMATCH, implied ? io.github.jixiao.finding.Severity.INFO
                    : ScoringContext.ruleSeverity(ScoringContext.CLAIM_MISMATCH), implied ? "band-read" : "band", scoreSrc(ctx, ind), ind.label(),
                    Num.written(ind.score()), level, Num.plain(lo), Num.plain(hi), Num.score(s));
        }
        return s;
    }

    /**
     * A row of a progress column ({@code "actualIs": "progress"}) whose actual is a progress figure: its printed score
     * within its points taken as printed, unchecked (the explanation says the figure is progress, not a result); else
     * not scored (the reason said in the unscored list; indicator-incomplete asks for the missing 得分).
     */
    private static BigDecimal progress(ScoringContext ctx, Indicator ind, TargetValue target, BigDecimal points, String ref,
                                       Said[] explanation) {
        String done = ind.actual().strip();
        ctx.input(ctx.t("score.input.actual", ind.label()), done, ref + "/actual");
        if (ind.score() != null && ind.score().signum() >= 0 && ind.score().compareTo(points) <= 0) {
            BigDecimal s = ind.score();
            ctx.input(ctx.t("score.input.score", ind.label()), Num.written(ind.score()), ref + "/score");
            explanation[0] = ctx.say(l -> l.t("score.indicator.progress", done, target.text().strip(), Num.written(ind.score()),
                    Num.result(s)));
            return s;
        }
        throw new ScoringProblem(null, "progress", List.of(), ind.actualSrc(),
                ctx.t("score.reason.progress", done, target.text().strip()));
    }

    /**
     * A deadline set in words read as the day it sets beside a date ({@link TargetParser#deadlineText}: 力争6月底前完成,
     * 6月中旬完成 by the 20th, the deadline's clause of 6月底前完成，验收合格率100%): the reading said (score-assumption
     * deadline-read), met or missed, as the monitoring deadline messages say it; nothing for a deadline read as written.
     * The cell's other readings are said in the same note, one per cell (session 48, M6's left-alone 4 and 5): the
     * month or year and 前 where it decides the row is met ({@code month}, {@code year}: month-before, year-before's
     * reading, 力争6月前完成), and the date read out of words beside it (已于6月20日完成: labelled-date's reading).
     */
    private static void deadlineRead(ScoringContext ctx, Indicator ind, TargetParser.DeadlineReading r, TargetValue target,
                                     TargetValue actual, Integer month, Integer year) {
        // each reading's words are ReadingTexts' (month-before's and year-before's messages are made of the same)
        List<ReadingTexts.Clause> said = new ArrayList<>();
        if (r.lead() != null) {
            said.add(ReadingTexts.Clause.of(ReadingTexts.LEAD_ZH, ReadingTexts.LEAD_EN, r.lead()));
        }
        if (r.tenDays() != null) {
            TargetParser.TenDays t = r.tenDays();
            said.add(ReadingTexts.Clause.of(ReadingTexts.TEN_DAYS_ZH, ReadingTexts.TEN_DAYS_EN, String.valueOf(t.month()), t.part(),
                    String.valueOf(t.lastDay()), t.partEn()));
        }
        if (month != null) {
            said.add(ReadingTexts.Clause.of(ReadingTexts.MONTH_ZH, ReadingTexts.MONTH_EN, "", month + "月前", String.valueOf(month), "",
                    ReadingTexts.monthBeforeAdvice(month)));
        }
        if (year != null) {
            said.add(ReadingTexts.Clause.of(ReadingTexts.YEAR_ZH, ReadingTexts.YEAR_EN, "", year + "年前", String.valueOf(year), "",
                    ReadingTexts.yearBeforeAdvice(year)));
        }
        if (ind.actualLabel() != null) {
            said.add(ReadingTexts.Clause.of(ReadingTexts.LABELLED_DATE_ZH, ReadingTexts.LABELLED_DATE_EN, TargetParser.writtenDate(actual)));
        }
        if (r.progress() != null) {
            // 6月底前完成，按进度推进 (session 49, M7's left-alone 2): the words say how the work goes on, no second target
            said.add(ReadingTexts.Clause.of(ReadingTexts.PROGRESS_ZH, ReadingTexts.PROGRESS_EN, r.progress()));
        }
        if (r.other() != null) {
            said.add(ReadingTexts.Clause.of(ReadingTexts.OTHER_ZH, ReadingTexts.OTHER_EN, r.other()));
        }
        String due = TargetValue.isoDate(target.low().longValue());
        ctx.report(ScoringContext.ASSUMPTION, "deadline-read", ind.targetSrc(), ind.label(), ind.effectiveTarget().strip(), due,
                actual.text().strip(), ReadingTexts.zh(said), ReadingTexts.en(said));
    }

    /**
     * The row's target as the score reads it: a percent above 100 on a rate that cannot exceed 100 % (合格率 ≥ 120%, 满意度
     * 120%; {@link io.github.jixiao.target.RateBound#ceiling}) read as the ceiling it can only mean, 100 %, its comparator
     * kept (session 52, N5's left-alone 4: it was scored as printed, 100 / 120 of the points beside a 100 % actual, and the
     * full-points error asked for that share); indicator-target-at-ceiling's above-hundred asks for the target corrected,
     * and the explanation says the reading ({@link #readAs}). Else the target as bound.
     */
    public static TargetValue ceilingRead(Indicator ind) {
        TargetValue t = ind.targetValue();
        if (!io.github.jixiao.target.RateBound.aboveHundred(t)) {
            return t; // no ceiling to read, whatever the row measures: its label is not worked out (600 rows, few above 100 %)
        }
        TargetValue c = io.github.jixiao.target.RateBound.ceiling(t, ind.otherClauseRead() ? ind.readName() : ind.label(), ind.actualValue());
        return c != null ? c : t;
    }

    /** {@code target} as the explanation says it: the ceiling's reading beside the figure written ({@link #ceilingRead}). */
    private static String readAs(ScoringContext.Lang l, Indicator ind, TargetValue target) {
        return target != ind.targetValue() && target.text().equals(ind.targetValue().text())
                ? l.t("score.indicator.ceiling", ind.targetValue().formatAsRead(), target.formatAsRead()) : target.formatAsRead();
    }

    /**
     * Where the day a 时效 row's actual says the work was done falls against its target's period ({@link
     * io.github.jixiao.target.Period}: "1-6月", "2022.1.1-6.30", "2023.07-2024.01"), or null: no 时效 row ({@link
     * io.github.jixiao.target.Direction#isTimeCategory}, the one recognition), no period, no table year, or no day said
     * (正在推进 beside a period: scored as before; indicator-actual-incommensurable's period asks for the day). Beside the
     * whole budget year "已完成" or "已完成100%" is done within it, met (session 51: it was a range of months beside a percent,
     * incomparable, 0 points); beside a shorter one, so is 按期完成, and 已完成100% is read so for now (session 52: it was
     * incomparable, 0 points and an error; period-done-undated asks for the day).
     */
    static io.github.jixiao.target.Period.Done periodDone(ScoringContext ctx, Indicator ind) {
        Integer year = ctx.submission.year();
        String t = ind.effectiveTarget();
        if (year == null || t == null || ind.actual() == null || !io.github.jixiao.target.Direction.isTimeCategory(ind.level2())) {
            return null;
        }
        io.github.jixiao.target.Period p = io.github.jixiao.target.Period.of(t.strip(), year);
        io.github.jixiao.target.Period.Done d = p == null ? null : p.done(ind.actual(), year);
        return d != null && (d.dated() || d.scoredWithin()) ? d : null;
    }

    /**
     * The year of a met date target written as a year and 前 alone (2023年前完成, {@link TargetParser#yearBefore}), where the parser reads it as by that year's
     * end (TargetParser's reading, whatever it is: the day the target value holds) and the actual falls within that year:
     * read as "before 2023" the row would be missed, so the reading decides; else null (another reading, another text, the
     * work done before the year).
     */
    static Integer yearBeforeDecides(TargetValue target, TargetValue actual) {
        if (!target.isDate() || !actual.isDate() || target.isRange() || target.text() == null || target.text().indexOf('前') < 0) {
            return null;
        }
        // the parser's own reading of "a year and 前 alone" (TargetParser.yearBefore), which the monitoring deadline
        // messages say too: one reading of which texts these are; of the deadline's words, past 力争 (力争2023年前完成)
        Integer year = TargetParser.yearBefore(TargetParser.deadlineWords(target.text()));
        if (year == null || target.comparator() != io.github.jixiao.target.Comparator.LE) {
            return null;
        }
        long due = target.low().longValue();
        if (due != year * 10_000L + 1231) {
            return null; // not read as by the year's end: nothing of this reading to say
        }
        long day = TargetParser.actualDay(actual, target).low().longValue();
        return day >= year * 10_000L + 101 ? year : null;
    }

    /**
     * The month of a deadline written as a month and 前 alone ({@link TargetParser#monthBefore}: 6月前), read as by that
     * month's end, when the actual falls within that month (2019年6月20日, or 2019年6月 read at its first day): met by
     * this reading, missed had 6月前 meant before 1 June. Null otherwise (another deadline, the actual earlier, not a date).
     */
    static Integer monthBeforeDecides(TargetValue target, TargetValue actual) {
        if (!target.isDate() || !actual.isDate() || target.isRange()) {
            return null;
        }
        // of the deadline's words: past 力争 (力争6月前完成, session 48; before, the lead hid the reading), the clause of a cell of two
        Integer month = TargetParser.monthBefore(TargetParser.deadlineWords(target.text()));
        if (month == null || target.comparator() != io.github.jixiao.target.Comparator.LE
                && target.comparator() != io.github.jixiao.target.Comparator.LT) {
            return null;
        }
        long low = target.low().longValue();
        java.time.LocalDate due;
        try {
            due = java.time.LocalDate.of((int) (low / 10_000), (int) (low / 100 % 100), (int) (low % 100));
        } catch (java.time.DateTimeException e) {
            return null;
        }
        if (target.comparator() == io.github.jixiao.target.Comparator.LT) {
            due = due.minusDays(1);
        }
        if (due.getMonthValue() != month) {
            return null;
        }
        java.time.LocalDate first = due.withDayOfMonth(1);
        long day = TargetParser.actualDay(actual, target).low().longValue();
        long from = first.getYear() * 10_000L + first.getMonthValue() * 100L + 1;
        return day >= from ? month : null;
    }

    /**
     * The achievement a qualitative indicator's actual says when the row states none ({@link io.github.jixiao.target.Grade#read}
     * with the framework's words): 达成 (达成预期指标, the target's own words), 部分达成 (基本达到, 基本达标, 较及时), 未达成
     * (未达标, 未达成预期指标, 未完成); null when it says none of these.
     */
    static String impliedLevel(Method.IndicatorPoints m, Indicator ind) {
        return switch (io.github.jixiao.target.Grade.read(ind.effectiveTarget(), ind.actual(), m.implied(), m.impliedPartial())) {
            case ACHIEVED -> "达成";
            case PARTLY -> "部分达成";
            case NOT -> "未达成";
            case NONE -> null;
        };
    }

    /**
     * The share of the points a missed quantitative target keeps: actual / target for ≥ and >, target / actual
     * for ≤ and <, and the nearer end for = and ranges; within [0, 1].
     */
    static BigDecimal missedRatio(TargetValue t, BigDecimal a, String[] how) {
        if (t.isDate()) {
            // a day missed keeps no share: a ratio of two dates means nothing (2022年7月15日 against 6月30日前 is not 99.99 %)
            how[0] = "0";
            return BigDecimal.ZERO;
        }
        BigDecimal num;
        BigDecimal den;
        switch (t.comparator()) {
            case LE, LT -> {
                num = t.low();
                den = a;
            }
            case RANGE -> {
                boolean below = a.compareTo(t.low()) < 0;
                num = below ? a : t.high();
                den = below ? t.low() : a;
            }
            case EQ -> {
                boolean below = a.compareTo(t.low()) < 0;
                num = below ? a : t.low();
                den = below ? t.low() : a;
            }
            default -> {
                num = a;
                den = t.low();
            }
        }
        if (den.signum() <= 0) {
            how[0] = Num.plain(num) + " / " + Num.plain(den) + " → 0";
            return BigDecimal.ZERO;
        }
        BigDecimal r = Num.clamp(Num.divide(num, den), BigDecimal.ZERO, BigDecimal.ONE);
        how[0] = Num.plain(num) + " / " + Num.plain(den) + " = " + Num.plain(r);
        return r;
    }

    /**
     * Whether {@code score-ignores-missed-target} carries the claim of a row that fell short of its target (a quantitative
     * target missed, or a qualitative one whose actual reads as a lower grade): the row states exactly its points, so the
     * miss explains the whole difference from the computed score, and that rule reports the row with the computed
     * figures ({@link #missed}, the band). A claim above the points is wrong by more than the miss and stays this
     * scorer's {@code score-claim-mismatch}. The rule fires on every such row (an applicable row with points above 0
     * stated in full); the two must read a row alike (one comparison, {@link io.github.jixiao.target.Grade#read}).
     */
    static boolean missCarries(Indicator ind) {
        return ind.points() != null && ind.score() != null && ind.points().signum() > 0 && ind.score().compareTo(ind.points()) == 0;
    }

    /**
     * What a quantitative indicator that missed its target keeps of its points (SC-1), and how: "80 / 100 = 0.8 × 11 = 8.8";
     * {@code standard} is the row's own 评分标准 clause that gave it ("少检查一个扣1分"), or null for the ratio rule.
     */
    public record Missed(BigDecimal score, String formula, BigDecimal exact, String standard) {

        /**
         * Whether this miss costs nothing at the precision the table scores in: the unrounded proportion rounds to the
         * row's stated full points at the table's one decimal (1.96 of 2 → 2.0; {@link #roundedAsTheTable}, the rounding
         * score-claim-mismatch allows). Such a row at full points is scored as written, and score-ignores-missed-target
         * does not report it.
         */
        public boolean fullAsTheTable(int tableDecimals, BigDecimal stated) {
            return stated != null && roundedAsTheTable(tableDecimals, exact, stated);
        }
    }

    /**
     * The points a quantitative indicator that missed its target keeps, rounded as a score, with the formula in figures
     * and symbols only (the same in every language; the scorer's explanation ends in it): by the row's own 评分标准
     * where it states so much off a unit ({@link RowStandard}: "少检查一个扣1分", 6 − 1 × (9 − 8) = 5), else by the
     * ratio rule; null when target and actual cannot be compared.
     */
    public static Missed missed(Indicator ind) {
        TargetValue target = ceilingRead(ind);
        BigDecimal points = ind.points();
        if (!target.isQuantitative() || points == null) {
            return null;
        }
        BigDecimal a = TargetParser.inUnitOf(ind.actualValue(), target);
        if (a == null) {
            return null;
        }
        RowStandard own = RowStandard.read(ind.columns().standard(), target, a);
        if (own != null) {
            RowStandard.Kept k = own.kept(target, a, points);
            return new Missed(Num.round2(k.score()), k.formula(), k.score(), own.clause());
        }
        String[] how = new String[1];
        BigDecimal s = points.multiply(missedRatio(target, a, how)).max(BigDecimal.ZERO);
        return new Missed(Num.round2(s), how[0] + " × " + Num.plain(points) + " = " + Num.result(s), s, null);
    }

    /** A stated 得分系数 that does not give the stated score: 得分 = 分值 × 得分系数. */
    static void checkRate(ScoringContext ctx, Indicator ind) {
        BigDecimal rate = ind.columns().scoreRate();
        if (rate == null || ind.points() == null || ind.score() == null) {
            return;
        }
        BigDecimal implied = Num.divide(ind.points().multiply(rate), Num.HUNDRED);
        if (Num.differ(Num.round2(implied), ind.score())) {
            ctx.report(ScoringContext.CLAIM_MISMATCH, "rate", scoreSrc(ctx, ind), ind.label(), Num.written(ind.score()),
                    Num.plain(ind.points()), Num.written(rate), Num.score(implied));
        }
    }

    /**
     * A 复核分 above the row's 分值: the same defect as a self score above its points (score-claim-mismatch), said of the
     * reviewer's figure, at it.
     */
    static void checkReviewed(ScoringContext ctx, Indicator ind) {
        if (ind.reviewedScore() != null && ind.points() != null && ind.reviewedScore().compareTo(ind.points()) > 0) {
            ctx.report(ScoringContext.CLAIM_MISMATCH, "indicator-reviewed-above-points",
                    ctx.submission.src("indicators#" + ind.pointer() + "/reviewedScore"), ind.label(),
                    Num.written(ind.reviewedScore()), Num.plain(ind.points()));
        }
    }

    /**
     * Holds the row's stated score to the computed one (a note, not a warning, where the target was {@code missed} and the
     * unit marked itself below the computed score); returns {@code how}, with the half cent said where the stated
     * score is the computed one's other rounding ({@link #halfCentTie}). A stated score that stands (a rounding of the
     * computed one) leaves what it adds to the exact row in {@link ScoringContext#rowRounding}: a table adds its rows as
     * it prints them (8.63 + 8.63 for 8.625 + 8.625), and the block's and the total's stated figures may be that sum.
     */
    private static Said checkClaim(ScoringContext ctx, Indicator ind, BigDecimal computed, Said how, boolean missed) {
        if (ind.score() == null || ctx.assumedShare) {
            // (on an assumed even share the printed score is the table's own, not held to it: score-assumption's -scored note)
            return how;
        }
        if (halfCentTie(computed, ind.score())) {
            // 96.85 % × 10 = 9.685: a table that computes in binary floating point prints 9.68 or 9.69; either stands
            ctx.rowRounding = ctx.rowRounding.add(ind.score().subtract(computed));
            return Said.join("", List.of(how, ctx.say(l -> l.t("score.indicator.halfCent", computed.stripTrailingZeros().toPlainString(),
                    Num.otherRounding(computed).toPlainString(), Num.score(computed)))));
        }
        if (Num.differ(Num.round2(computed), ind.score()) && !roundedAsTheTable(ctx.scoreDecimals(), computed, ind.score())) {
            ctx.quote(how);
            if (ind.points() != null && ind.score().compareTo(ind.points()) > 0) {
                // a score above the row's 分值 (8 on 5): said so, as a criterion's is, since the computed figure alone does
                // not show what is wrong with the cell (helper E, session 38); the same finding (the points a detail)
                ctx.report(ScoringContext.CLAIM_MISMATCH, "indicator-above-points", scoreSrc(ctx, ind), ind.label(),
                        Num.written(ind.score()), Num.score(computed), how.zh(), Num.plain(ind.points()));
            } else if (missed && ind.score().compareTo(computed) < 0) {
                // a missed target the unit marked down further than the ratio gives (零陵 林业 2021, t90: 5 of 6 where the
                // ratio gives 5.96; 稷山 2021's 1.8 where 209 / 212 × 2 = 1.97): the computed figure counts, and it is said, but as a note: no reviewer sends a unit back
                // for marking itself down (helper A1's audit, session 46; until then a warning). The same finding, its
                // severity lower.
                // Said as a deduction beyond the ratio, not as "以计算值为准" beside indicator-target-missed's bare-deducted, which
                // accepts the deduction and asks for the miss's reason (t90 ×2: the two read as disagreeing; helper A3's audit,
                // session 48): indicator-missed-below, the same finding
                // With a reason in the explanation (稷山 2020's 建档立卡中有新增死亡人员…, t31) the note says it is there and leaves
                // the deduction to the reviewer, as indicator-below-reasoned does of a met row: before, it still asked for the
                // reason it was beside (audit s49 A4 row 1). The same finding.
                boolean reasoned = !io.github.jixiao.text.NoReason.in(ind.explanation());
                ctx.report(ScoringContext.CLAIM_MISMATCH, io.github.jixiao.finding.Severity.INFO,
                        reasoned ? "indicator-missed-below-reasoned" : "indicator-missed-below", scoreSrc(ctx, ind),
                        ind.label(), Num.written(ind.score()), Num.score(computed), how.zh());
            } else if (!missed && ind.score().compareTo(computed) < 0) {
                // a met target the unit marked down (丽江 2020 ×4, 稷山 2020 ×2, 永德 2022, 银川 2021: 19 of 20 on a row that met it):
                // SC-1 gives a met row its points and the computed figure counts, but a unit marking itself down is not told
                // that the higher figure "stands" as if it had claimed too much (helper A2's audit, session 47). Without a
                // reason in the explanation a warning asks for one (indicator-score-unexplained's defect, said here once:
                // Engine.metMarkedDownOnce); with one, a note leaves the deduction to the reviewer. The same finding.
                boolean reasoned = !io.github.jixiao.text.NoReason.in(ind.explanation());
                ctx.report(ScoringContext.CLAIM_MISMATCH, reasoned ? io.github.jixiao.finding.Severity.INFO
                        : ScoringContext.ruleSeverity(ScoringContext.CLAIM_MISMATCH), reasoned ? "indicator-below-reasoned" : "indicator-below",
                        scoreSrc(ctx, ind), ind.label(), Num.written(ind.score()), Num.score(computed), how.zh());
            } else {
                ctx.report(ScoringContext.CLAIM_MISMATCH, "indicator", scoreSrc(ctx, ind), ind.label(), Num.written(ind.score()),
                        Num.score(computed), how.zh());
            }
        } else {
            ctx.rowRounding = ctx.rowRounding.add(ind.score().subtract(computed));
        }
        return how;
    }

    /**
     * Whether {@code computed} lies exactly on a half cent (9.685) and {@code stated} is its rounding down, the one the
     * check does not give (9.68 beside 9.69): the table's system, computing in binary floating point, lands either way
     * (忠县科协 2024's 96.85 % × 10 printed 9.68), so neither is a mismatch. A figure a cent further, or a computed score
     * off the half cent (9.6851), is held as before.
     */
    static boolean halfCentTie(BigDecimal computed, BigDecimal stated) {
        BigDecimal other = Num.otherRounding(computed);
        return other != null && other.compareTo(stated) == 0;
    }

    /**
     * Whether {@code stated} is {@code computed} rounded to the one decimal the table prints its scores in: 稷山 2021
     * (real table t53) scores its partly met rows 1.9, 1.8, 1.4 … and 4044 / 5662 × 2 = 1.43 is printed 1.4, 97.3% × 2 =
     * 1.95 is 1.9 — no mismatch (before: "自评 1.4 分 … 计算为 1.43 分，以计算值为准"). Only where some score of the table has
     * exactly one decimal: a table of whole points may give a whole score on purpose (9 for 9.4 is no rounding it
     * says), and one of two decimals is compared to the cent as before. An exact half tenth (9.65) stands at either
     * rounding, as a table computing in binary floating point prints it.
     */
    public static boolean roundedAsTheTable(int tableDecimals, BigDecimal computed, BigDecimal stated) {
        // either rounding of an exact half tenth (96.5 % × 10 = 9.65: 9.6 or 9.7), as halfCentTie at the cent
        return tableDecimals == 1 && (computed.setScale(1, java.math.RoundingMode.HALF_UP).compareTo(stated) == 0
                || computed.setScale(1, java.math.RoundingMode.HALF_DOWN).compareTo(stated) == 0);
    }

    /**
     * The decimals the table writes its scores in, which {@link #roundedAsTheTable} is given: 0 where every stated indicator
     * score is whole, else 1 where more rows write a score with exactly one decimal (1.9) than with two or more (1.95), else
     * 2. By the rows, not the most decimals of any one: a one-decimal table (稷山 2021) in which the officer writes one row
     * as the check computed it (1.97, as score-ignores-missed-target asked) stays a one-decimal table, where before that
     * one cell turned every other row's 1.4 for 1.43 into a score-claim-mismatch (trial G, session 30). One pass over the rows.
     */
    public static int tableDecimals(List<Indicator> indicators) {
        int one = 0;
        int more = 0;
        for (Indicator i : indicators) {
            if (i.score() != null) {
                int scale = i.score().stripTrailingZeros().scale();
                if (scale == 1) {
                    one++;
                } else if (scale > 1) {
                    more++;
                }
            }
        }
        return one == 0 && more == 0 ? 0 : one > more ? 1 : 2;
    }

    private static Src scoreSrc(ScoringContext ctx, Indicator ind) {
        return ctx.submission.document("indicators").map(d -> d.src(ind.pointer() + "/score")).orElse(ind.src());
    }

    private static Src standardSrc(ScoringContext ctx, Indicator ind) {
        return ctx.submission.document("indicators").map(d -> d.src(ind.pointer() + "/standard")).orElse(ind.src());
    }

    /** A framework's English name inside an English sentence: "Output indicators" → "output indicators". */
    private static String inSentence(ScoringContext.Lang l, String name) {
        return l.english() && !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.length() > 1
                && Character.isLowerCase(name.charAt(1)) ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    /** An achievement level (达成, 部分达成, 未达成: the framework's band names) in the report language. */
    private static String level(ScoringContext.Lang l, String level) {
        return switch (level) {
            case "达成" -> l.t("score.level.met");
            case "部分达成" -> l.t("score.level.partly");
            case "未达成" -> l.t("score.level.missed");
            default -> level;
        };
    }

    /** {@code what}: target, actual or score (the indicator's column that is empty). */
    private static ScoringProblem indicatorProblem(ScoringContext ctx, Indicator ind, String what, Src src) {
        return ctx.problem(ScoringContext.INPUT_MISSING, "indicator", List.of(ind.label(), ctx.zh("score.what." + what), ctx.criterionName),
                src, ctx.t("score.reason.indicator", ind.label(), ctx.t("score.what." + what)));
    }

    /**
     * As above, the row lacking {@code also} too: the finding is {@code what}'s, the reason (the page's 无法计分：…) names
     * both fields.
     */
    private static ScoringProblem indicatorProblem(ScoringContext ctx, Indicator ind, String what, Src src, String also) {
        return ctx.problem(ScoringContext.INPUT_MISSING, "indicator", List.of(ind.label(), ctx.zh("score.what." + what), ctx.criterionName),
                src, ctx.t("score.reason.indicatorBoth", ind.label(), ctx.t("score.what." + what), ctx.t("score.what." + also)));
    }
}
