package io.github.jixiao.score;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.target.AimRate;

/**
 * A row whose target is a share of no measured thing ({@link AimRate}: 是否解决建档立卡人员看病难贵问题 95 %, 稷山 2020, t31;
 * 工程质量管理 ≥ 95 %, 裕安 2022, t37; …执行有效性 100%, 历城 2019, t17), which indicator-target-unmeasurable says cannot be
 * measured. The scorer awards no points on such a target: read by target and actual, t31's 95 % beside 95 % was met and
 * scored 30 where the unit printed 27. As {@link MoneyOutput}'s rows, a printed score within the row's points is taken as
 * printed, unchecked, and said so in the row's formula; a row without one (or with one outside its points) is left
 * unscored, its points listed, the total provisional, and indicator-target-unmeasurable's {@code -unscored} variants say
 * it at the target (session 52).
 */
public final class UnmeasurableTarget {

    private UnmeasurableTarget() {
    }

    /** The reading of {@code i}'s target as a share of nothing measured, or null ({@link AimRate#of}). */
    public static AimRate.Reading of(Indicator i) {
        return AimRate.of(i.name(), i.targetValue());
    }

    /** Whether {@code i} is such a row with a printed 得分 from 0 to its points: the score the scorer takes as printed. */
    public static boolean takenAsPrinted(Indicator i) {
        return i.score() != null && i.points() != null && i.score().signum() >= 0 && i.score().compareTo(i.points()) <= 0
                && of(i) != null;
    }

    /**
     * Whether {@code i} is such a row carrying points with no printed 得分 within them (none, or one outside 0 to its
     * points): the scorer has no score to take and no target to score by, and leaves it unscored.
     */
    public static boolean leftOut(Indicator i) {
        return i.points() != null && i.points().signum() > 0
                && (i.score() == null || i.score().signum() < 0 || i.score().compareTo(i.points()) > 0) && of(i) != null;
    }
}
