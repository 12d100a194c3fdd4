package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "satisfaction-evidence-mismatch",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "满意度调查结果与满意度指标实际值矛盾",
        titleEn = "Satisfaction survey contradicts the satisfaction indicators",
        rationaleZh = "满意度一般来自社会调查，评分采用调查所得的满意度。若调查结果写“均在 95% 以上”，而满意度指标的实际完成值只有 80%、90%，"
                + "两者至少一处不实：要么指标实际值是照抄目标，要么调查结果和据此得到的分数偏高。",
        rationaleEn = "Satisfaction comes from a survey, and the score uses the survey figure. If the survey says \"all above 95 %\" while the satisfaction indicators report "
                + "80 % and 90 %, one of them is untrue: the indicators copy their targets, or the survey figure, and the score resting on it, is too high.",
        source = "VAL-7：参考报告（福田区科技和工业信息化局 2024）附件2 满意度评分标准（“一般采用社会调查”）与附件1 满意度指标",
        sourceEn = "VAL-7: the reference report (Futian District Bureau of Science, Technology, Industry and Information Technology, 2024), Annex 2, scoring standard of satisfaction (\"usually by a social survey\") and the satisfaction indicators of Annex 1",
        messages = {
            @RuleInfo.Message(zh = "满意度调查结果写为“{0}%{1}”（满意度评分采用此数），但 {2} 项满意度指标中有 {3} 项的实际完成值低于此数（最低 {4}，如{5}）。两者必有一处不实：请按调查数据核对各满意度指标的实际完成值，或更正调查结果及其得分。",
                    en = "The satisfaction survey states \"{0}%{1}\" (the satisfaction score uses it), yet satisfaction indicators report less: {3} of the {2} (lowest {4}, e.g. {5}). One of them is untrue: check the indicators' actuals against the survey data, or correct the survey figure and its score.", lists = {5}),
            @RuleInfo.Message(key = "outside", zh = "满意度调查结果为 {0}%（满意度评分采用此数），但 {2} 项满意度指标的实际完成值在 {4}—{6} 之间，总体满意度不应超出这一范围。请核对调查结果或各指标的实际完成值。",
                    en = "The satisfaction survey gives {0}% (the satisfaction score uses it), but the {2} satisfaction indicators report between {4} and {6}; an overall figure cannot lie outside that range. Check the survey figure or the indicators' actuals.")
        })
public final class SatisfactionEvidenceMismatch implements Rule {

    static final String SURVEY = "management#/satisfaction/surveyPercent";
    /** Wording that makes the survey figure a floor for every group surveyed ("均在 95% 以上"). */
    private static final List<String> FLOOR_WORDS = List.of("以上", "不低于", "不少于", "≥", "≧", "超过", "高于");

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Optional<Figure> survey = Figures.of(submission, ctx).figure(SURVEY).filter(f -> !f.isMoney());
        if (survey.isEmpty()) {
            return;
        }
        List<Indicator> sats = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        long want = IndicatorFacts.APPLICABLE | IndicatorFacts.SATISFACTION | IndicatorFacts.A_QUANTITATIVE | IndicatorFacts.A_PERCENT;
        for (int k = 0; k < facts.size(); k++) {
            if ((facts.bits(k) & (want | IndicatorFacts.A_RANGE)) == want) {
                Indicator i = facts.row(k);
                sats.add(i);
                values.add(i.actualValue().low());
            }
        }
        if (sats.isEmpty()) {
            return;
        }
        BigDecimal s = survey.get().value();
        String qualifier = submission.text("management", "/satisfaction/qualifier");
        // the criterion (a search of the score sheet) is looked up for a finding only
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        if (qualifier != null && FLOOR_WORDS.stream().anyMatch(qualifier::contains)) {
            List<Indicator> below = new ArrayList<>();
            for (int k = 0; k < sats.size(); k++) {
                if (values.get(k).compareTo(s) < 0) {
                    below.add(sats.get(k));
                }
            }
            if (!below.isEmpty()) {
                ctx.report(Severity.WARNING, "", survey.get().src(), criterion(ctx),
                        Checks.num(s), Checks.quote(qualifier), sats.size(), below.size(), Checks.num(min) + "%", Checks.names(below));
            }
            return;
        }
        BigDecimal tol = Checks.printedHalfUnit(s).add(Checks.EPSILON);
        if (s.subtract(max).compareTo(tol) > 0 || min.subtract(s).compareTo(tol) > 0) {
            ctx.report(Severity.WARNING, "outside", survey.get().src(), criterion(ctx), Checks.num(s), "", sats.size(), "",
                    Checks.num(min) + "%", "", Checks.num(max) + "%");
        }
    }

    /** The scoring criterion that reads the survey figure, when the submission was scored. */
    private static String criterion(RuleContext ctx) {
        return ctx.scores().flatMap(sheet -> sheet.criteria().stream()
                .filter(SatisfactionEvidenceMismatch::usesSurvey)
                .map(CriterionScore::id)
                .findFirst()).orElse(null);
    }

    private static boolean usesSurvey(CriterionScore c) {
        for (ScoreInput in : c.inputs()) {
            if (SURVEY.equals(in.ref())) {
                return true;
            }
        }
        return c.items().stream().anyMatch(SatisfactionEvidenceMismatch::usesSurvey);
    }
}
