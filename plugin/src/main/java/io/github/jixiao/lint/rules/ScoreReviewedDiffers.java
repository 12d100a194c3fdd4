package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "score-reviewed-differs",
        severity = Severity.INFO,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "复核分与自评分不同",
        titleEn = "The 复核分 (reviewer's score) differs from the 自评分 (self score)",
        rationaleZh = "公开的自评表在自评分旁印有复核分（评价复核得分：财政部门或第三方复核后的得分）。两者不同的，说明复核时调整了得分：单位应了解扣分（或加分）的原因，"
                + "在评分理由或整改措施中回应；复核分是最终得分的，以复核分为准。只比较两者都已填写的行；没有复核分的行不报告。复核分超过该行分值（指标分值、评分指标权重、分项分值）的，不是一个得分，由 score-claim-mismatch 报告，此处不再报告。",
        rationaleEn = "Published self-evaluation tables print a 复核分 (reviewer's score: the finance bureau's or a third party's score after review) beside "
                + "the 自评分 (self score). Where they differ the review changed the score: the unit should learn why points were taken off (or added) and "
                + "answer it in the reasons or the corrective measures; where the reviewer's score is the final one, it stands. Only rows that carry both are "
                + "compared; a row without a reviewer's score is not reported. A reviewer's score above the row's points (an indicator's points, a "
                + "criterion's weight, a sub-item's points) is no score at all: score-claim-mismatch reports it, and this rule does not.",
        source = "湖北 广水市财政预算支出项目绩效目标自评表（2021，分值 / 自评分 / 复核分 / 评价标准及依据）",
        sourceEn = "Guangshui (Hubei) fiscal project spending performance self-evaluation table (2021: points / self score / reviewer's score / standard)",
        messages = {
            @RuleInfo.Message(zh = "绩效指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分）。请了解复核扣分的原因，在评分理由或整改措施中回应；以复核分为准。",
                    en = "Indicator \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}). "
                            + "Learn why the reviewer took the points off and answer it in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "higher", zh = "绩效指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Indicator \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands."),
            @RuleInfo.Message(key = "funds", zh = "资金行“{0}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分）。请了解复核扣分的原因，在评分理由或整改措施中回应；以复核分为准。",
                    en = "Funds row \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}). "
                            + "Learn why the reviewer took the points off and answer it in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "funds-higher", zh = "资金行“{0}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Funds row \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands."),
            @RuleInfo.Message(key = "criterion", zh = "评分指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分）。请了解复核扣分的原因，在评分理由或整改措施中回应；以复核分为准。",
                    en = "Criterion \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}). "
                            + "Learn why the reviewer took the points off and answer it in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "criterion-higher", zh = "评分指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Criterion \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands."),
            @RuleInfo.Message(key = "item", zh = "评分指标“{0}”的分项“{4}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分）。请了解复核扣分的原因，在评分理由或整改措施中回应；以复核分为准。",
                    en = "Sub-item \"{4}\" of \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}). "
                            + "Learn why the reviewer took the points off and answer it in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "item-higher", zh = "评分指标“{0}”的分项“{4}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Sub-item \"{4}\" of \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands."),
            @RuleInfo.Message(key = "reason", details = 4, sameAs = "", zh = "绩效指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分；复核理由：{4}）。请在评分理由或整改措施中回应复核理由；以复核分为准。",
                    en = "Indicator \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}; the reviewer's reason: {4}). "
                            + "Answer the reviewer's reason in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "higher-reason", details = 4, sameAs = "higher", zh = "绩效指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分；复核理由：{4}）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Indicator \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}; the reviewer's reason: {4}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands."),
            @RuleInfo.Message(key = "funds-reason", details = 4, sameAs = "funds", zh = "资金行“{0}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分；复核理由：{4}）。请在评分理由或整改措施中回应复核理由；以复核分为准。",
                    en = "Funds row \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}; the reviewer's reason: {4}). "
                            + "Answer the reviewer's reason in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "funds-higher-reason", details = 4, sameAs = "funds-higher", zh = "资金行“{0}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分；复核理由：{4}）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Funds row \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}; the reviewer's reason: {4}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands."),
            @RuleInfo.Message(key = "criterion-reason", details = 4, sameAs = "criterion", zh = "评分指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分；复核理由：{4}）。请在评分理由或整改措施中回应复核理由；以复核分为准。",
                    en = "Criterion \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}; the reviewer's reason: {4}). "
                            + "Answer the reviewer's reason in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "criterion-higher-reason", details = 4, sameAs = "criterion-higher", zh = "评分指标“{0}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分；复核理由：{4}）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Criterion \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}; the reviewer's reason: {4}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands."),
            @RuleInfo.Message(key = "item-reason", details = 5, sameAs = "item", zh = "评分指标“{0}”的分项“{4}”：复核分 {1} 与自评分 {2} 不同（复核扣 {3} 分；复核理由：{5}）。请在评分理由或整改措施中回应复核理由；以复核分为准。",
                    en = "Sub-item \"{4}\" of \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review takes off {3}; the reviewer's reason: {5}). "
                            + "Answer the reviewer's reason in the reasons or the corrective measures; the reviewer's score stands."),
            @RuleInfo.Message(key = "item-higher-reason", details = 5, sameAs = "item-higher", zh = "评分指标“{0}”的分项“{4}”：复核分 {1} 与自评分 {2} 不同（复核加 {3} 分；复核理由：{5}）。请核对自评分是否少计，在评分理由中说明；以复核分为准。",
                    en = "Sub-item \"{4}\" of \"{0}\": the 复核分 (reviewer's score) {1} differs from the 自评分 (self score) {2} (the review adds {3}; the reviewer's reason: {5}). "
                            + "Check whether the self score left points out and say so in the reasons; the reviewer's score stands.")
        })
public final class ScoreReviewedDiffers implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        // most rows carry no 复核分: nothing (no pointer, no quoted name, no map of blocks) is built for them
        Map<String, String> blocks = null;
        for (Indicator i : submission.indicators()) {
            if (i.reviewedScore() != null && i.score() != null) {
                if (blocks == null) {
                    blocks = blocks(ctx);
                }
                compare(ctx, submission, "indicators#" + i.pointer(), "", Checks.quote(i.label()), null, i.score(),
                        i.reviewedScore(), i.points(), CriterionScore.reviewedReason(submission, "indicators", i.pointer()), blocks.get("indicator-" + i.index()));
            }
        }
        Funds f = submission.funds();
        if (f != null) {
            String funds = fundsCriterion(ctx);
            if (f.total() != null && f.total().reviewedScore() != null) {
                // the total's 分值, else the weight of the criterion scored on the funds (预算执行率), as score-claim-mismatch reads it
                compare(ctx, submission, f.total(), f.total().points() != null ? f.total().points() : fundsWeight(ctx), funds);
            }
            for (Funds.Row r : f.components()) {
                compare(ctx, submission, r, null, funds);
            }
        }
        JsonDocument d = submission.document("self-assessment").orElse(null);
        JsonNode criteria = d == null ? null : d.root().get("criteria");
        if (criteria == null || !criteria.isArray()) {
            return;
        }
        ScoreSheet scores = ctx.scores().orElse(null);
        for (int c = 0; c < criteria.size(); c++) {
            JsonNode cn = criteria.get(c);
            if (!cn.isObject() || !reviewed(cn)) {
                continue;
            }
            String name = name(cn, "criterion");
            String at = "self-assessment#/criteria/" + c;
            JsonNode id = cn.get("criterion");
            CriterionScore scored = scores == null || id == null || !id.isString() ? null : scores.criterion(id.asString()).orElse(null);
            String criterion = scored == null ? null : scored.id();
            compare(ctx, submission, at, "criterion", name, null, Submission.number(cn.get("score")),
                    Submission.number(cn.get("reviewedScore")), scored == null ? null : scored.weight(),
                    CriterionScore.reviewedReason(cn), criterion);
            JsonNode items = cn.get("items");
            if (items == null || !items.isArray()) {
                continue;
            }
            for (int k = 0; k < items.size(); k++) {
                JsonNode in = items.get(k);
                if (in.isObject()) {
                    JsonNode iid = in.get("item");
                    BigDecimal itemPoints = scored == null || iid == null || !iid.isString() ? null
                            : scored.items().stream().filter(x -> x.id().equals(iid.asString())).map(CriterionScore::weight)
                                    .findFirst().orElse(null);
                    compare(ctx, submission, at + "/items/" + k, "item", name, name(in, "item"),
                            Submission.number(in.get("score")), Submission.number(in.get("reviewedScore")), itemPoints,
                            CriterionScore.reviewedReason(in), criterion);
                }
            }
        }
    }

    private static void compare(RuleContext ctx, Submission s, Funds.Row r, BigDecimal points, String criterion) {
        if (r.reviewedScore() == null) {
            return;
        }
        compare(ctx, s, "budget#" + r.pointer(), "funds", Checks.quote(r.label()), null, r.score(), r.reviewedScore(), points,
                CriterionScore.reviewedReason(s, "budget", r.pointer()), criterion);
    }

    /**
     * The criterion (the indicator block) each indicator row is scored in, by its item id ({@code indicator-<index>}), so
     * that a finding sits in that criterion's row of the 评分表 (page, workbook, findings.json {@code criterion}); empty
     * where the submission was not scored. Made once a check, in one pass over the sheet (the first block holding a row).
     */
    private static Map<String, String> blocks(RuleContext ctx) {
        Map<String, String> out = new java.util.HashMap<>();
        ctx.scores().ifPresent(sheet -> sheet.criteria().forEach(c -> c.items().forEach(it -> out.putIfAbsent(it.id(), c.id()))));
        return out;
    }

    /** The criterion scored on the funds block (预算执行率) of the scored sheet, or null. */
    private static String fundsCriterion(RuleContext ctx) {
        return ctx.framework().flatMap(fw -> fw.leaves().stream().filter(Framework.Leaf::scoredOnFunds).map(Framework.Leaf::id)
                .findFirst()).filter(id -> ctx.scores().flatMap(sheet -> sheet.criterion(id)).isPresent()).orElse(null);
    }

    /** The weight of the framework's criterion scored on the funds block (预算执行率), or null. */
    private static BigDecimal fundsWeight(RuleContext ctx) {
        return ctx.framework().flatMap(fw -> fw.leaves().stream()
                .filter(Framework.Leaf::scoredOnFunds).map(Framework.Leaf::weight)
                .findFirst()).orElse(null);
    }

    /**
     * One finding where both scores are there and differ, at the 复核分's value. Not where the 复核分 is above the row's
     * {@code points} (an indicator's 分值, a criterion's weight, a sub-item's points): that figure cannot be a score at
     * all, score-claim-mismatch says so (…-reviewed-above-…), and "check whether the self score left points out" would
     * be the wrong advice (review v27: one defect, one finding).
     */
    private static void compare(RuleContext ctx, Submission s, String ref, String kind, String name, String item,
                                BigDecimal score, BigDecimal reviewed, BigDecimal points, String reason, String criterion) {
        if (score == null || reviewed == null || score.compareTo(reviewed) == 0
                || points != null && reviewed.compareTo(points) > 0) {
            return;
        }
        BigDecimal gap = score.subtract(reviewed);
        String key = gap.signum() > 0 ? kind : kind.isEmpty() ? "higher" : kind + "-higher";
        // the reviewer's reason quoted where one is given (the -reason variants); the finding in its criterion's row
        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of(name, Checks.num(reviewed), Checks.num(score),
                Checks.num(gap.abs())));
        if (item != null) {
            args.add(item);
        }
        if (reason != null) {
            key = key.isEmpty() ? "reason" : key + "-reason";
            args.add(io.github.jixiao.load.SubmissionLoader.excerpt(reason, 200)); // as README cuts a long value
        }
        ctx.report(ctx.descriptor().severity(), key, s.src(ref + "/reviewedScore"), criterion, args.toArray());
    }

    /** Whether a criterion or one of its items carries a 复核分: only those are looked at further. */
    private static boolean reviewed(JsonNode criterion) {
        if (criterion.get("reviewedScore") != null) {
            return true;
        }
        JsonNode items = criterion.get("items");
        if (items != null && items.isArray()) {
            for (int k = 0; k < items.size(); k++) {
                if (items.get(k).get("reviewedScore") != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(JsonNode n, String id) {
        JsonNode name = n.get("name");
        JsonNode v = name != null && name.isString() && !name.asString().isBlank() ? name : n.get(id);
        return Checks.quote(v != null && v.isString() ? v.asString() : "");
    }
}
