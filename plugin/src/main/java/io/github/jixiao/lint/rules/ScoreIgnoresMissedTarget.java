package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "score-ignores-missed-target",
        severity = Severity.ERROR,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "指标未完成却得满分",
        titleEn = "Full marks despite a missed target",
        rationaleZh = "未完成的指标应按完成比例计分；按绩效指标完成情况评分的评分项（如效果性），“未实现绩效目标的酌情扣分”。"
                + "指标未完成而得分不减，自评结果就高估了绩效。定性指标的实际完成值是指标值的较低一档（指标值的词前加“基本”“较”“比较”“部分”，"
                + "如 及时 → 较及时、达标 → 基本达标）而得满分的，同样报告（警告）：定性指标按达成、部分达成、未达成分档计分，"
                + "部分达成得分值的 50%–80%；实际完成值否定了指标值（词前加“未”“不”，如 达标 → 未达标、及时 → 不及时）的是未达成，得分值的 0%–50%，"
                + "得满分的按错误报告。",
        rationaleEn = "A missed target earns points in proportion to what was achieved; a criterion judged against the indicators (such as effectiveness) "
                + "loses points when targets are missed. Full marks despite a missed target overstate performance. A qualitative actual that is a "
                + "lower grade of the target's word (the word after \"basically\", \"fairly\" or \"partly\": timely → fairly "
                + "timely, up to standard → basically up to standard) at full points is reported too (a warning): qualitative targets are graded achieved, partly achieved, not "
                + "achieved, and partly achieved earns 50-80% of the points; an actual that denies the target's word (\"not\" before it: up to standard → not up to "
                + "standard, timely → not timely) is not achieved, earns 0-50%, and at full points is an error.",
        source = "SC-1、SC-2、SC-3：财预〔2020〕10号 单位自评评分规则（定性指标分达成、部分达成、未达成三档）；参考报告附件2 效果性评分标准（“未实现绩效目标的酌情扣分”）；重庆 2021 实例；九亭镇 2020 实例（及时 → 较及时、达标 → 基本达标，满分）",
        sourceEn = "SC-1, SC-2, SC-3: MOF Caiyu [2020] No. 10, self-evaluation scoring rules (qualitative targets in three grades); the reference report, Annex 2, scoring standard of effectiveness (\"targets not achieved lose points as judged\"); Chongqing 2021 example; Jiuting 2020 example (timely → fairly timely, up to standard → basically up to standard, at full points)",
        messages = {
            @RuleInfo.Message(key = "indicator", zh = "指标“{0}”未完成（指标值 {1}，实际完成值 {2}），却得满分 {3} 分。请按完成比例计分（如 实际完成值 / 指标值 × 分值），或说明不扣分的理由。",
                    en = "Indicator \"{0}\" missed its target (target {1}, actual {2}) yet scores the full {3} points. Score it in proportion to what was achieved (actual / target × points), or explain why no points are lost."),
            @RuleInfo.Message(key = "lower-grade", zh = "指标“{0}”的实际完成值 {2} 比指标值 {1} 低一档（部分达成），却得满分 {3} 分。定性指标部分达成的，按分值的 50%–80% 计分；请扣分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" has the actual {2}, a lower grade than its target {1} (partly achieved), yet scores the full {3} points. A qualitative target partly achieved earns 50–80% of its points; deduct, or explain why no points are lost."),
            @RuleInfo.Message(key = "not-achieved", zh = "指标“{0}”的实际完成值 {2} 表明未达成指标值 {1}，却得满分 {3} 分。定性指标未达成的，按分值的 0%–50% 计分；请扣分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" has the actual {2}: its target {1} was not achieved, yet it scores the full {3} points. A qualitative target not achieved earns 0–50% of its points; deduct, or explain why no points are lost."),
            @RuleInfo.Message(key = "criterion", zh = "评分项“{0}”按绩效指标完成情况评分，自评得满分 {1}/{2}，但有 {4} 项指标未完成或未完全达成：{3}。请按未完成情况酌情扣分，或在评分理由中说明不扣分的依据。",
                    en = "Criterion \"{0}\" is judged against the indicators and claims the full {1}/{2}, yet {4} indicator(s) fell short of their targets: {3}. Deduct points for them, or justify in the reason why none are lost.", lists = {3})
        })
public final class ScoreIgnoresMissedTarget implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        List<Indicator> missed = new java.util.ArrayList<>();
        List<Indicator> shortOf = new java.util.ArrayList<>(); // qualitative rows a grade short of their target's word
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.MISSED)) {
                missed.add(facts.row(k));
            } else if (facts.all(k, IndicatorFacts.APPLICABLE)) {
                Indicator i = facts.row(k);
                // 及时 → 较及时, 达标 → 基本达标 (九亭镇 2020): a lower grade of a qualitative target's word; 达标 → 未达标 denies it
                if (i.actual() != null && i.targetValue().isQualitative() && !Checks.achievementShort(i)) {
                    io.github.jixiao.target.Grade g = io.github.jixiao.target.Grade.of(i.effectiveTarget(), i.actual());
                    if (g != io.github.jixiao.target.Grade.NONE) {
                        shortOf.add(i);
                        if (fullPoints(i)) { // partly achieved is a warning; not achieved, like a missed target, the rule's error
                            Src at = submission.src("indicators#" + i.pointer() + "/score");
                            Object[] args = {Checks.name(i), Checks.quote(i.effectiveTarget()), Checks.quote(i.actual()), Checks.num(i.points())};
                            if (g == io.github.jixiao.target.Grade.PARTLY) {
                                ctx.report(Severity.WARNING, "lower-grade", at, null, args);
                            } else {
                                ctx.report("not-achieved", at, args);
                            }
                        }
                    }
                }
            }
        }
        if (missed.isEmpty() && shortOf.isEmpty()) {
            return;
        }
        // (a) an indicator that carries points keeps all of them
        for (Indicator i : missed) {
            if (fullPoints(i)) {
                Src at = submission.src("indicators#" + i.pointer() + "/score");
                ctx.report("indicator", at, Checks.name(i), Checks.quote(i.effectiveTarget()), Checks.quote(i.actual()),
                        Checks.num(i.points()));
            }
        }
        missed.addAll(shortOf);
        // (b) a criterion judged against the indicators keeps its full weight
        ScoreSheet sheet = ctx.scores().orElse(null);
        if (sheet == null) {
            return;
        }
        for (CriterionScore c : sheet.criteria()) {
            // an indicator-points criterion scores each indicator itself; part (a) checks those claims
            if (!c.restsOnIndicators() || "indicator-points".equals(c.method()) || c.id() == null || c.weight() == null
                    || c.weight().signum() <= 0) {
                continue;
            }
            BigDecimal given = c.claimed() != null ? c.claimed() : c.score();
            if (given == null || given.compareTo(c.weight()) < 0) {
                continue;
            }
            ctx.report(Severity.WARNING, "criterion", claimSrc(submission, c), c.id(),
                    c.name() == null ? c.id() : c.name(), Checks.num(given), Checks.num(c.weight()),
                    Checks.names(missed), missed.size());
        }
    }

    private static boolean fullPoints(Indicator i) {
        return i.points() != null && i.score() != null && i.points().signum() > 0 && i.score().compareTo(i.points()) >= 0;
    }

    /** The criterion's score in self-assessment.json, else where the sheet says the claim is. */
    private static Src claimSrc(Submission s, CriterionScore c) {
        JsonNode arr = s.node("self-assessment", "/criteria");
        if (arr != null && arr.isArray()) {
            for (int k = 0; k < arr.size(); k++) {
                JsonNode n = arr.get(k);
                if (n.path("criterion").isString() && c.id().equals(n.path("criterion").asString())) {
                    return s.src("self-assessment#/criteria/" + k + "/score");
                }
            }
        }
        return c.claimSrc() != null ? c.claimSrc() : Src.NONE;
    }
}
