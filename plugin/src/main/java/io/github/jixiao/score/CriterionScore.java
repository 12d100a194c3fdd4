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
 * @param reviewed    复核分: the reviewer's score (the finance bureau's or a third party's) the submission gives for it, or
 *                    null: a criterion's own reviewedScore, else its funds row's (预算执行率), else the sum of its rows' or
 *                    sub-items' where every one has one
 * @param reviewedReason the reviewer's reason for its 复核分 (reviewedReason beside the reviewedScore it is read with:
 *                    the criterion's own, its funds row's, its sub-item's or its indicator row's), as filed, or null
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
        String standard,
        BigDecimal reviewed,
        String reviewedReason) {

    /** A criterion score without the reviewer's reason. */
    public CriterionScore(String id, String name, String level1, String level2, BigDecimal weight, BigDecimal score,
                          String method, List<ScoreInput> inputs, String explanation, BigDecimal claimed, Src claimSrc,
                          List<CriterionScore> items, boolean restsOnIndicators, String standard, BigDecimal reviewed) {
        this(id, name, level1, level2, weight, score, method, inputs, explanation, claimed, claimSrc, items, restsOnIndicators,
                standard, reviewed, null);
    }

    /** This score with the reviewer's reason for its 复核分 (null: none given). */
    public CriterionScore withReviewedReason(String reason) {
        return reason == null ? this : new CriterionScore(id, name, level1, level2, weight, score, method, inputs, explanation,
                claimed, claimSrc, items, restsOnIndicators, standard, reviewed, reason);
    }

    /** A criterion score without a 复核分. */
    public CriterionScore(String id, String name, String level1, String level2, BigDecimal weight, BigDecimal score,
                          String method, List<ScoreInput> inputs, String explanation, BigDecimal claimed, Src claimSrc,
                          List<CriterionScore> items, boolean restsOnIndicators, String standard) {
        this(id, name, level1, level2, weight, score, method, inputs, explanation, claimed, claimSrc, items, restsOnIndicators,
                standard, (BigDecimal) null);
    }

    /** A criterion score without its 评分标准. */
    public CriterionScore(String id, String name, String level1, String level2, BigDecimal weight, BigDecimal score,
                          String method, List<ScoreInput> inputs, String explanation, BigDecimal claimed, Src claimSrc,
                          List<CriterionScore> items, boolean restsOnIndicators) {
        this(id, name, level1, level2, weight, score, method, inputs, explanation, claimed, claimSrc, items, restsOnIndicators,
                (String) null);
    }

    public CriterionScore {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * The sum of the 复核分 of {@code parts} (a criterion's rows or sub-items), or null when there are none or one of them
     * has none: a reviewed total is only said where every scored part was reviewed.
     */
    public static BigDecimal reviewedSum(List<CriterionScore> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionScore p : parts) {
            if (p.reviewed() == null) {
                return null;
            }
            sum = sum.add(p.reviewed());
        }
        return sum;
    }

    /** The reviewer's reason of the object at {@code pointer} of the submission's {@code role} file (a row), or null. */
    public static String reviewedReason(io.github.jixiao.model.Submission s, String role, String pointer) {
        return s.document(role).map(d -> reviewedReason(d.root().at(pointer))).orElse(null);
    }

    /**
     * The reviewer's reason at {@code at} (a JSON object's {@code reviewedReason}), stripped; null where it is absent,
     * not text or blank.
     */
    public static String reviewedReason(tools.jackson.databind.JsonNode at) {
        tools.jackson.databind.JsonNode r = at == null ? null : at.get("reviewedReason");
        return r != null && r.isString() && !r.asString().isBlank() ? r.asString().strip() : null;
    }

    /** Points lost: weight − score. */
    public BigDecimal loss() {
        return weight.subtract(score);
    }
}
