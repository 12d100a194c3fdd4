package io.github.jixiao.score;

import io.github.jixiao.load.Src;
import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one leaf criterion (三级指标) of a framework.
 *
 * @param id          stable criterion id from the framework (e.g. {@code budget-execution})
 * @param name        三级 name
 * @param level1      一级 name
 * @param level2      二级 name
 * @param weight      points available
 * @param score       points given, rounded to 2 decimals HALF_UP
 * @param method      scoring method id (e.g. {@code quarterly-progress})
 * @param inputs      the figures used
 * @param explanation the formula as applied, with its figures, in the report language (EngineOptions.locale)
 * @param claimed     the score the department stated for it, or null
 * @param claimSrc    where the claim is written, or null
 * @param items       sub-item scores for {@code sub-items} criteria, else empty
 * @param restsOnIndicators the framework says this criterion is judged against the 绩效指标 (e.g. 效果性:
 *                    "通过绩效指标完成情况与目标值对比分析进行评分，未实现绩效目标的酌情扣分")
 * @param standard    the framework's 评分标准 of the criterion (or sub-item), as written there, or null
 */
public record CriterionScore(
        String id,
        String name,
        String level1,
        String level2,
        BigDecimal weight,
        BigDecimal score,
        String method,
        List<ScoreInput> inputs,
        String explanation,
        BigDecimal claimed,
        Src claimSrc,
        List<CriterionScore> items,
        boolean restsOnIndicators,
        String standard) {

    /** A criterion score without its 评分标准. */
    public CriterionScore(String id, String name, String level1, String level2, BigDecimal weight, BigDecimal score,
                          String method, List<ScoreInput> inputs, String explanation, BigDecimal claimed, Src claimSrc,
                          List<CriterionScore> items, boolean restsOnIndicators) {
        this(id, name, level1, level2, weight, score, method, inputs, explanation, claimed, claimSrc, items, restsOnIndicators, null);
    }

    public CriterionScore {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Points lost: weight − score. */
    public BigDecimal loss() {
        return weight.subtract(score);
    }
}
