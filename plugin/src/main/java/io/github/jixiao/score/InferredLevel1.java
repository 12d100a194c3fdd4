package io.github.jixiao.score;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row's 一级 read from its 二级, once per run, for everything after: published tables often print the national 二级
 * (数量指标, 质量指标 …) and no 一级 column, or print the 二级 in a column headed 一级 (鄂州 2022, 梧州 2024, 大英 2020), and
 * the rows, transcribed as printed, have a level2 and no level1. Where the framework's taxonomy puts that 二级 under one
 * 一级 only ({@link Framework#parentOf}), the row is taken as under it: the scorer counts it there, the rules ask of it
 * as of that 一级's rows, the score summary lists it under it. The row is marked ({@link Indicator#level1Inferred()}) and
 * indicator-category-unknown says so, once per 二级. The files are not changed; findings still point at the row.
 *
 * <p>Rows whose 二级 is blank, unknown to the taxonomy or ambiguous keep no 一级 (indicator-category-unknown's
 * no-level1); a framework without a taxonomy infers nothing.
 *
 * <p>A row filed with a heading above the national 一级 in its 一级 and a 一级 of the taxonomy in its 二级 is read as
 * under that 一级, with no 二级: the 中央预算内投资计划绩效目标表 (国家发展改革委's form, 天津 宝坻 2022) prints 实施效果指标 merged
 * down its 一级 column and 产出指标 / 效益指标 in its 二级 column, and no 数量指标 or the like at all ({@link #ABOVE}). Before,
 * such a row was a 一级 unknown ("did you mean 效益指标?", for 产出 rows too) and every category a missing one. Marked as
 * an inferred row is, its level2 null ({@link Indicator#lifted()}).
 */
public final class InferredLevel1 {
    private InferredLevel1() {
    }

    /**
     * The heading printed in a 一级 column above the national 一级 (which the table prints in its 二级 column): the
     * 中央预算内投资计划绩效目标表's 实施效果指标. The schema accepts it as level1, as printed.
     */
    public static final String ABOVE = "实施效果指标";

    /** {@code s} with its rows' 一级 inferred where {@code f}'s taxonomy tells it; {@code s} itself when none is. */
    public static Submission apply(Submission s, Framework f) {
        if (f == null || !f.hasTaxonomy() || s.indicators().isEmpty()) {
            return s;
        }
        List<Indicator> rows = null;
        java.util.Map<String, Optional<Framework.Category>> parents = new java.util.HashMap<>(); // per 二级 label
        List<Indicator> all = s.indicators();
        for (int k = 0; k < all.size(); k++) {
            Indicator i = all.get(k);
            if (i.level2() == null || i.level2().isBlank()) {
                continue;
            }
            if (i.level1() != null && ABOVE.equals(i.level1().strip())) {
                // 实施效果指标 | 产出指标: the 二级 column holds the national 一级
                Optional<Framework.Category> own = f.category(i.level2());
                if (own.isPresent()) {
                    if (rows == null) {
                        rows = new ArrayList<>(all);
                    }
                    rows.set(k, i.liftedUnder(own.get().level1(), s.year()));
                }
                continue;
            }
            if (i.level1() != null && !i.level1().isBlank()) {
                continue;
            }
            Optional<Framework.Category> parent = parents.computeIfAbsent(i.level2(), f::parentOf);
            if (parent.isEmpty()) {
                continue;
            }
            if (rows == null) {
                rows = new ArrayList<>(all);
            }
            rows.set(k, i.inferredUnder(parent.get().level1(), s.year()));
        }
        return rows == null ? s : s.withIndicators(rows);
    }
}
