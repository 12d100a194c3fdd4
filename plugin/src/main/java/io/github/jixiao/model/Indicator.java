package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One 三级指标 as filed.
 *
 * @param index           position in indicators.json's array
 * @param target          the target as written at the start of the year (年初指标值)
 * @param adjustedTarget  the revised target, or null
 * @param targetRevisedOn date of the last revision of the target, or null
 * @param targetValue     {@link #effectiveTarget()} parsed (once, at binding; every rule and the scorer read it)
 * @param actualValue     {@link #actual()} parsed
 */
public record Indicator(
        int index,
        String level1,
        String level2,
        String name,
        String target,
        String adjustedTarget,
        LocalDate targetRevisedOn,
        String actual,
        boolean notApplicable,
        BigDecimal points,
        BigDecimal score,
        String achievement,
        String task,
        String explanation,
        Src src,
        Src targetSrc,
        Src actualSrc,
        TargetValue targetValue,
        TargetValue actualValue) {

    /** The target in force: the revised one where there is one. */
    public String effectiveTarget() {
        return effectiveTarget(target, adjustedTarget);
    }

    static String effectiveTarget(String target, String adjustedTarget) {
        return adjustedTarget != null && !adjustedTarget.isBlank() ? adjustedTarget : target;
    }

    /** An indicator as filed, its target in force and actual parsed by {@link TargetParser}. */
    public static Indicator of(int index, String level1, String level2, String name, String target, String adjustedTarget,
                               LocalDate targetRevisedOn, String actual, boolean notApplicable, BigDecimal points,
                               BigDecimal score, String achievement, String task, String explanation, Src src,
                               Src targetSrc, Src actualSrc) {
        return new Indicator(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable,
                points, score, achievement, task, explanation, src, targetSrc, actualSrc,
                TargetParser.parseShared(effectiveTarget(target, adjustedTarget)), TargetParser.parseShared(actual));
    }

    public String pointer() {
        return "/indicators/" + index;
    }

    /** Name to show in messages. */
    public String label() {
        return name != null && !name.isBlank() ? name : level1 + "/" + level2;
    }
}
