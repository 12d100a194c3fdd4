package io.github.jixiao.score;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.PointsShare;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Points printed on the 二级 and shared among its 三级 (湖北 广水 2021: 数量指标 15 分, 质量指标 12 分, "三级指标分值按三级指标
 * 个数平均确定…四舍五入保留整数"). indicators.json's {@code categories} gives each category's points as printed; a row of
 * the category with no points of its own takes its share, as the framework's {@code indicator-points} {@code split}
 * states ({@link Method.Split}; even, 2 decimals, HALF_UP where it states none). Once per run, for everything after (the
 * scorer, the rules, the reports), as {@link InferredLevel1}: the files are not changed, and the row says where its
 * points came from ({@link Submission#pointsShare}). Where the rows' points do not add up to the category's (15 ÷ 2 →
 * 8 + 8 = 16), {@link #check} says so (score-weights). Without {@code categories}, nothing changes.
 *
 * <p>The rows of a category are its applicable rows (a template row at 自评, a 其中 breakdown row and a 不适用 row are
 * not) whose 一级 and 二级 are the category's. A row with its own points keeps them; the rows without share what the
 * others leave: (15 − 9) ÷ 2 = 3, or 15 ÷ 3 = 5 where none prints any. Where the printed rows alone are more than the
 * category's points there is nothing to share: the rows without points get none, and {@link #check} says so
 * (category-rows; before, they took 15 ÷ 3 = 5 each, 9 + 5 + 5 = 19, and category-share blamed the rounding, review v27).
 */
public final class CategoryPoints {
    private CategoryPoints() {
    }

    /**
     * One entry of indicators.json's {@code categories}, as written; {@code level2} null where the points are printed on
     * the 一级 (保山 2022: 产出指标(60分), 效益指标(10分), 满意度指标(10分)).
     */
    record Category(int index, String level1, String level2, BigDecimal points) {
        boolean onLevel1() {
            return level2 == null;
        }
    }

    /** {@code s} with its rows' shares of their category's points; {@code s} itself when no row takes one. */
    public static Submission apply(Submission s, Framework f) {
        if (s.sharesPoints()) {
            return s;
        }
        List<Category> categories = categories(s);
        if (categories.isEmpty()) {
            return s;
        }
        List<Indicator> rows = new ArrayList<>(s.indicators());
        Map<Integer, PointsShare> shares = new HashMap<>();
        Map<Integer, Integer> merged = new HashMap<>();
        Map<Integer, Integer> position = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            position.put(rows.get(k).index(), k);
        }
        // the 二级's points first: a 一级's are then shared among the rows its 二级 leave without points (the order of
        // categories as written does not matter)
        List<Category> ordered = new ArrayList<>(categories.stream().filter(c -> !c.onLevel1()).toList());
        ordered.addAll(categories.stream().filter(Category::onLevel1).toList());
        for (Category c : ordered) {
            List<Indicator> members = members(s, c, f).stream().map(i -> rows.get(position.get(i.index()))).toList();
            int n = (int) members.stream().filter(CategoryPoints::noPoints).count();
            if (n == 0) {
                continue;
            }
            List<Indicator> under = underMerged(members, c.points());
            if (under != null) {
                // the printed 得分 fill the category's points: the rows printing none are under a merged 得分 cell, and each
                // row printing one takes it as its points (scores adding up to the points are each full marks), no share
                java.util.Set<Integer> underRows = new java.util.HashSet<>(); // by index: linear in the category's rows
                for (Indicator i : under) {
                    underRows.add(i.index());
                }
                List<Indicator> scored = members.stream().filter(i -> !underRows.contains(i.index())).toList();
                String sum = String.join(" + ", scored.stream().map(i -> Num.plain(i.score())).toList()) + " = "
                        + Num.plain(c.points());
                for (Indicator i : members) {
                    if (underRows.contains(i.index())) {
                        merged.put(i.index(), c.index());
                    } else {
                        rows.set(position.get(i.index()), i.withPoints(i.score()));
                        shares.put(i.index(), new PointsShare(c.index(), c.level1(), c.level2(), c.points(), scored.size(),
                                i.score(), sum, null, false, null, sum, true));
                    }
                }
                continue;
            }
            BigDecimal printed = printed(members);
            BigDecimal rest = c.points().subtract(printed);
            if (rest.signum() < 0) {
                continue;
            }
            Method.Split split = split(f, c.level1());
            BigDecimal share = split.share(rest, n);
            BigDecimal exact = rest.divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_UP).stripTrailingZeros();
            boolean some = n < members.size();
            String head = (some ? "(" + Num.plain(c.points()) + " − " + Num.plain(printed) + ")" : Num.plain(c.points()))
                    + " ÷ " + n + " = " + Num.plain(exact);
            String formula = head + (exact.compareTo(share) == 0 ? "" : " → " + Num.plain(share));
            // an even share jixiao assumes (the framework states none) adds up to the category's points exactly: the
            // cents an even share leaves over go one each to the first rows (t116: 40 ÷ 19, 10 × 2.11 + 9 × 2.10 = 40,
            // not 19 × 2.11 = 40.09; session 55). A split the framework states (广水's whole points) is kept as stated
            List<BigDecimal> parts = split.equals(Method.Split.DEFAULT) ? apportion(rest, n, split.scale()) : null;
            String cents = parts == null ? null : cents(parts, rest);
            int k = 0;
            for (Indicator i : members) {
                if (noPoints(i)) {
                    BigDecimal own = parts == null ? share : parts.get(k);
                    k++;
                    String row = cents == null ? formula : head + " → " + own.toPlainString() + " (" + cents + ")";
                    rows.set(position.get(i.index()), i.withPoints(own));
                    shares.put(i.index(), new PointsShare(c.index(), c.level1(), c.level2(), c.points(), n, own, formula,
                            some ? printed : null, split.equals(Method.Split.DEFAULT), cents, row));
                }
            }
        }
        return shares.isEmpty() ? s : s.withIndicators(rows, shares, merged);
    }

    /**
     * The rows of a category read as under a merged 得分 cell, or null where the category is not read so: none of its
     * rows prints points, some print a 得分 above 0 and the others none, and the printed 得分 add up to the category's
     * points exactly (黄石 2022, t82: 产出指标(40分) over six rows, 10 + 10 + 10 + 10 = 40 printed on four; 效益指标(30分),
     * 10 + 10 + 10 on three of five applicable rows; the copy prints the 得分 once for a 二级's two rows, and cannot tell
     * a merged cell from an empty one: the sums say merged). Scores cannot exceed their points, so scores that add up to
     * the category's points are each full marks and leave no point for a row beside them: such a row's score is part of
     * a figure printed beside it, not a blank to fill in (until session 56 each was an indicator-incomplete no-score error
     * and scored 0 of an even share). Where the printed 得分 fall short of the points (a row lost points, or a row's
     * 得分 is blank), a row printing none may be one left blank: not read so, and it keeps its share and its no-score.
     */
    static List<Indicator> underMerged(List<Indicator> members, BigDecimal points) {
        List<Indicator> under = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : members) {
            if (!noPoints(i) || i.score() != null && i.score().signum() <= 0) {
                return null;
            }
            if (i.score() == null) {
                under.add(i);
            } else {
                sum = sum.add(i.score());
            }
        }
        return under.isEmpty() || under.size() == members.size() || sum.compareTo(points) != 0 ? null : under;
    }

    /**
     * {@code points} shared among {@code rows} rows to {@code scale} decimals so that the parts add up to {@code points}
     * exactly (largest remainder: each row the share rounded down, then the units left over one each to the rows in their
     * order, every remainder being the same): 40 ÷ 19 → 2.11 × 10 + 2.10 × 9 = 40; 10 ÷ 3 → 3.34 + 3.33 + 3.33; 100 ÷ 7
     * → 14.29 × 4 + 14.28 × 3. Null where {@code points} has more decimals than {@code scale} (no apportionment can reach
     * it: the rounded even share is kept, and {@link #check} weighs the difference).
     */
    static List<BigDecimal> apportion(BigDecimal points, int rows, int scale) {
        if (rows <= 0 || points.stripTrailingZeros().scale() > scale) {
            return null;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal base = points.divide(BigDecimal.valueOf(rows), scale, RoundingMode.DOWN);
        int left = points.subtract(base.multiply(BigDecimal.valueOf(rows))).divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<BigDecimal> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            out.add((r < left ? base.add(unit) : base).setScale(scale, RoundingMode.UNNECESSARY));
        }
        return out;
    }

    /**
     * "10 × 2.11 + 9 × 2.10 = 40": how apportioned parts add up to {@code points}, figures only; null where every part is
     * the same (the points divide evenly: nothing to say beyond the share).
     */
    private static String cents(List<BigDecimal> parts, BigDecimal points) {
        BigDecimal first = parts.get(0);
        BigDecimal last = parts.get(parts.size() - 1);
        if (first.compareTo(last) == 0) {
            return null;
        }
        long more = parts.stream().filter(p -> p.compareTo(first) == 0).count();
        return more + " × " + first.toPlainString() + " + " + (parts.size() - more) + " × " + last.toPlainString() + " = "
                + Num.plain(points);
    }

    /**
     * score-weights where a category's rows do not add up to its printed points: {@code category-share} where some of
     * them took a share ({@link #apply}: the framework's rounding, 15 ÷ 2 → 8 + 8 = 16), {@code category-rows} where all
     * print their own, or where those that print their own are more than the category's points by themselves (the others
     * left without a share). At the category's points in indicators.json. Under a partial framework rows short of the
     * points are the copy's cut ({@link Framework#cutShort}): not said (t71, a copy ending inside 产出指标 (50分)).
     */
    static void check(Submission s, Framework framework, List<Finding> findings) {
        for (Category c : categories(s)) {
            List<Indicator> all = members(s, c, framework);
            List<Indicator> members = all.stream().filter(i -> !noPoints(i)).toList();
            if (members.isEmpty() || members.size() < all.size() && printed(members).compareTo(c.points()) <= 0) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            PointsShare shared = null;
            for (Indicator i : members) {
                sum = sum.add(i.points());
                terms.add(Num.plain(i.points()));
                // (a 一级's row may hold a share of its 二级's points: that is not this category's share)
                shared = shared != null ? shared : s.pointsShare(i).filter(sh -> sh.category() == c.index()).orElse(null);
            }
            if (sum.compareTo(c.points()) == 0 || shared == null && framework != null && framework.cutShort(sum, c.points())
                    || shared != null && defaultRounding(framework, c, shared, sum)) {
                // (rows short of their category's points under a partial framework: the copy's cut, as IndicatorScoring
                // leaves a block short of the framework's; a share's rounding is no cut)
                continue;
            }
            Src at = s.src("indicators#/categories/" + c.index() + "/points");
            String parts = String.join(" + ", terms);
            List<String> args = new ArrayList<>();
            if (!c.onLevel1()) {
                args.add(c.level2());
            }
            args.addAll(List.of(c.level1(), Num.plain(c.points()), Integer.toString(members.size())));
            if (shared != null) {
                args.add(shared.formula());
            }
            args.addAll(List.of(parts, Num.plain(sum)));
            String key = (shared != null ? "category-share" : "category-rows") + (c.onLevel1() ? "-level1" : "");
            findings.add(new Finding(ScoringContext.WEIGHTS, Severity.WARNING, key, List.copyOf(args), at.file(), at.pointer(),
                    at.line(), at.column(), null));
        }
    }

    /**
     * Whether the shares miss the category's points only by the rounding of a split the framework does not state
     * ({@link Method.Split#DEFAULT}: even, to the score's 2 decimals), by no more than half a cent a shared row: 昌宁 2022's
     * 产出指标(40分) over 19 rows, 40 ÷ 19 = 2.1053 → 2.11, 19 × 2.11 = 40.09 (t116). The table prints no split to follow and
     * no row's 分值 to write in; the even share is jixiao's assumption, said once by score-assumption category-even, and a
     * warning that the table's rows do not add up to its 40 blamed the table for that rounding (until session 52). A
     * framework that states its split (广水 2021: whole points, 15 ÷ 2 → 8 + 8 = 16) is still held to it.
     */
    private static boolean defaultRounding(Framework framework, Category c, PointsShare shared, BigDecimal sum) {
        Method.Split split = split(framework, c.level1());
        if (!split.equals(Method.Split.DEFAULT)) {
            return false;
        }
        BigDecimal slack = new BigDecimal("0.005").multiply(BigDecimal.valueOf(shared.rows()));
        return sum.subtract(c.points()).abs().compareTo(slack) <= 0;
    }

    /** The framework's split for rows of {@code level1}: that of the first indicator-points criterion counting them. */
    private static Method.Split split(Framework f, String level1) {
        if (f != null) {
            for (Framework.Leaf l : f.leaves()) {
                if (l.method() instanceof Method.IndicatorPoints m && m.counts(level1)) {
                    return m.split();
                }
            }
        }
        return Method.Split.DEFAULT;
    }

    /**
     * The applicable rows of {@code c}: its 一级 and 二级 (any 二级 for a 一级's points) as {@link Taxonomy#same} reads
     * them, or as the framework's taxonomy files them (an alias it lists: a category printed 效益指标 and rows filed 效果指标
     * where 效益指标 lists that alias), not a breakdown row.
     */
    private static List<Indicator> members(Submission s, Category c, Framework f) {
        java.util.Set<Indicator> breakdown = IndicatorScoring.breakdownRows(s.applicableIndicators());
        Framework.Category level1 = f == null ? null : f.category(c.level1()).orElse(null);
        Framework.SubCategory level2 = level1 == null || c.onLevel1() ? null
                : level1.level2().stream().filter(sc -> sc.matches(c.level2())).findFirst().orElse(null);
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : s.applicableIndicators()) {
            // as the taxonomy reads a label: 数量 and 数量指标 are one 二级, 产出 and 产出指标 one 一级 (session 44: compared
            // exactly, the 15 points printed on 数量指标 reached no row filed 数量, which lint reads as the category); and a
            // row filed under an alias the framework lists for the category, as the points blocks read it (session 45:
            // Method.IndicatorPoints.withTaxonomy, session 44)
            if (!breakdown.contains(i) && same(c.level1(), level1 == null ? null : level1::matches, i.level1())
                    && (c.onLevel1() || same(c.level2(), level2 == null ? null : level2::matches, i.level2()))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether a row's {@code label} is the category printed {@code printed}: as written, or by the framework's names. */
    private static boolean same(String printed, java.util.function.Predicate<String> framework, String label) {
        return Taxonomy.same(printed, label) || framework != null && label != null && framework.test(label);
    }

    /**
     * indicators.json's {@code categories} with a 一级, points of 0 or more and a 二级, or none for the 一级's own points
     * (the first of a repeated pair, {@link Taxonomy#same} as the rows are read).
     */
    static List<Category> categories(Submission s) {
        JsonNode all = s.node("indicators#/categories");
        List<Category> out = new ArrayList<>();
        if (all == null || !all.isArray()) {
            return out;
        }
        for (int k = 0; k < all.size(); k++) {
            JsonNode c = all.get(k);
            JsonNode l1 = c.get("level1");
            JsonNode l2 = c.get("level2");
            BigDecimal points = c.isObject() ? Submission.number(c.get("points")) : null;
            boolean onLevel1 = c.isObject() && (l2 == null || l2.isNull());
            if (l1 == null || !l1.isString() || !onLevel1 && (l2 == null || !l2.isString()) || points == null
                    || points.signum() < 0 || Taxonomy.normalise(l1.asString()).isEmpty()
                    || !onLevel1 && Taxonomy.normalise(l2.asString()).isEmpty()) {
                continue;
            }
            Category c2 = new Category(k, l1.asString(), onLevel1 ? null : l2.asString(), points);
            // the first of a category given twice, however each is spelt (数量指标 and 数量)
            if (out.stream().noneMatch(o -> o.onLevel1() == c2.onLevel1() && Taxonomy.same(o.level1(), c2.level1())
                    && (o.onLevel1() || Taxonomy.same(o.level2(), c2.level2())))) {
                out.add(c2);
            }
        }
        return out;
    }

    /** The points the rows of {@code members} print themselves (a share is not printed). */
    private static BigDecimal printed(List<Indicator> members) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : members) {
            if (!noPoints(i)) {
                sum = sum.add(i.points());
            }
        }
        return sum;
    }

    private static boolean noPoints(Indicator i) {
        return i.points() == null || i.points().signum() < 0;
    }
}
