package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "satisfaction-without-survey",
        severity = Severity.WARNING,
        category = Category.PLAUSIBILITY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "满意度没有调查依据",
        titleEn = "Satisfaction without a survey",
        rationaleZh = "满意度指标的实际完成值来自满意度调查（问卷、抽样、测评），应写明调查方式和样本，并附调查佐证。满意度指标填了实际值，"
                + "申报中却没有任何调查记录的，无从核对；每个满意度实际值又都恰好等于目标值的，多半是照抄目标（带比较符的实际值只在数值与目标相同时算作相等：“>70%”对“>80%”是未达到，九亭镇 2020）。"
                + "不报告：申报中有任何调查记录的（management.json 的调查结果或方式、题名含“调查/问卷/满意度”的佐证、满意度行的说明提到调查，或其名称写明调查方式，如“抽样调查满意度”“问卷测评”，单写“满意度调查”的不算），调查本身是否可信不在此判断；满意度实际值为空的行；列在满意度类下、名称却讲满意度以外内容的行（黄冈 2020 的“整编资料审核”：其实际值不是调查结果，由 indicator-category-unknown 的 misfiled 要求改归类）；有调查记录时实际值照抄目标的情形由 actual-equals-target-pattern 和 satisfaction-evidence-mismatch 处理。表式在实际完成值的位置印实施进度的（评分框架写明 actualIs: progress，大英 2020），满意度行只写了进度，说的是没有满意度结果，不说“填了实际完成值”（progress，同一问题；自 session 57 起）。",
        rationaleEn = "Satisfaction actuals come from a survey (questionnaire, sampling, assessment); its method and sample belong on file, with the survey as evidence. "
                + "Satisfaction actuals with no survey anywhere in the submission cannot be checked; when every one of them equals its target as well, they were most likely copied (an actual written with a comparator equals its target only at the target's value: \">70%\" for \">80%\" is a miss, Jiuting 2020)."
                + " Not flagged: any survey on record (management.json's result or method, evidence titled as a survey, a satisfaction row's explanation naming one, or its name naming the method, as 抽样调查满意度 (satisfaction by a sample survey) does, not 满意度调查 (satisfaction survey) alone), whatever its quality; satisfaction rows with no actual; rows under a satisfaction label whose name measures something else (Huanggang 2020's 整编资料审核 (review of the compiled data): no survey's result; indicator-category-unknown's misfiled asks to refile them); copied actuals where a survey is on record (actual-equals-target-pattern, satisfaction-evidence-mismatch). Where the form prints the work's progress in the actual's place (the framework says actualIs: progress, Daying 2020), a satisfaction row giving only its progress reports no satisfaction result, and is said so, not as an actual reported (progress, the same finding; since session 57).",
        source = "VAL-7：参考报告（福田区科技和工业信息化局 2024）附件2 满意度评分标准（“一般采用社会调查”）；中江 2022、天长 2022、衡山 2020 实例",
        sourceEn = "VAL-7: the reference report (Futian District Bureau of Science, Technology, Industry and Information Technology, 2024), Annex 2, scoring standard of satisfaction (\"usually by a social survey\"); Zhongjiang 2022, Tianchang 2022 and Hengshan 2020 examples",
        messages = {
            @RuleInfo.Message(zh = "{0} 个满意度指标（{1}）填了实际完成值，申报中却没有满意度调查的记录（调查方式、样本、结果或佐证材料）。请在满意度指标行的{@说明|explanation}中写明调查方式、样本和结果，或在满意度调查（management.json 的 satisfaction）中写明，或在佐证材料（department.json 的 evidence）中附上调查报告。",
                    en = "{0} satisfaction indicator(s) ({1}) report actuals, but the submission records no satisfaction survey (method, sample, result or evidence). State the survey's method, sample and result in the satisfaction rows' {@说明|explanation}, describe it under 满意度调查 (satisfaction in management.json), or attach its report under 佐证材料 (evidence in department.json).", lists = {1}),
            // one project's filing: no management.json in its skeleton, so not offered there (trial E4, session 41); the same
            // finding as the default's
            @RuleInfo.Message(key = "project", sameAs = "", zh = "{0} 个满意度指标（{1}）填了实际完成值，申报中却没有满意度调查的记录（调查方式、样本、结果或佐证材料）。请在满意度指标行的{@说明|explanation}中写明调查方式、样本和结果，或在佐证材料（department.json 的 evidence）中附上调查报告。",
                    en = "{0} satisfaction indicator(s) ({1}) report actuals, but the submission records no satisfaction survey (method, sample, result or evidence). State the survey's method, sample and result in the satisfaction rows' {@说明|explanation}, or attach its report under 佐证材料 (evidence in department.json).", lists = {1}),
            // session 57 (audit s57 A12 row C2): on a form whose actual column is the work's progress (actualIs: progress,
            // 大英 双心 2020, t44) no satisfaction result is reported at all: not "填了实际完成值"; the same finding
            @RuleInfo.Message(key = "progress", sameAs = "", details = {2}, zh = "{0} 个满意度指标（{1}）只写了实施进度（“{2}”），没有满意度调查的结果：本表式这一栏是实施进度（评分框架写明 actualIs: progress），满意度达到多少无从判断。请写明调查方式、样本和结果，或在佐证材料（department.json 的 evidence）中附上调查报告。",
                    en = "{0} satisfaction indicator(s) ({1}) give only the progress (\"{2}\"), no satisfaction survey's result: this form's column is the work's progress (the framework says actualIs: progress), so what satisfaction was reached cannot be told. State the survey's method, sample and result, or attach its report under 佐证材料 (evidence in department.json).", lists = {1}),
            @RuleInfo.Message(key = "equal", zh = "{0} 个满意度指标（{1}）的实际完成值全部恰好等于目标值，申报中又没有满意度调查的记录：实际值多半是照抄目标。请按调查结果填写，并写明调查方式、样本和佐证材料。",
                    en = "The {0} satisfaction indicator(s) ({1}) all report exactly their targets, and the submission records no satisfaction survey: the actuals were most likely copied. Fill in the survey's results, with its method, sample and evidence.", lists = {1})
        })
public final class SatisfactionWithoutSurvey implements Rule {

    /** Words that say a survey was made and how. */
    private static final List<String> SURVEY_WORDS = List.of("调查", "问卷", "抽样", "抽查", "测评", "样本", "回访", "访谈");

    /** Of those, the words that name a method (not 调查 alone: 满意度调查 is the measure's name). */
    private static final List<String> METHOD_WORDS = List.of("问卷", "抽样", "抽查", "测评", "样本", "回访", "访谈");

    @Override
    public void check(Submission s, RuleContext ctx) {
        List<Indicator> sats = new ArrayList<>();
        IndicatorFacts facts = IndicatorFacts.of(s, ctx);
        for (int k = 0; k < facts.size(); k++) {
            if ((facts.bits(k) & (IndicatorFacts.APPLICABLE | IndicatorFacts.SATISFACTION_ROW | IndicatorFacts.ACTUAL_BLANK))
                    == (IndicatorFacts.APPLICABLE | IndicatorFacts.SATISFACTION_ROW) && !measuresOther(facts.row(k))) {
                sats.add(facts.row(k));
            }
        }
        if (sats.isEmpty() || surveyOnFile(s, sats)) {
            return;
        }
        // an actual written with the target's comparator is equal only at the target's value: ">70%" for ">80%"
        // (九亭镇 2020) is a shortfall, not a copy of the target
        boolean allEqual = sats.stream().allMatch(i -> ActualEqualsTargetPattern.equalsTarget(i)
                || i.actual().strip().equals(i.effectiveTarget() == null ? null : i.effectiveTarget().strip()));
        String where = "indicators#" + sats.get(0).pointer();
        if (sats.stream().allMatch(i -> Checks.progress(ctx, i))) {
            ctx.report(Severity.INFO, "progress", s.src(where), null, sats.size(), Checks.names(sats), sats.get(0).actual().strip());
        } else if (allEqual) {
            ctx.report("equal", s.src(where), sats.size(), Checks.names(sats));
        } else {
            ctx.report(Severity.INFO, "project".equals(s.kind()) ? "project" : "", s.src(where), null, sats.size(), Checks.names(sats));
        }
    }

    /** A satisfaction row: 一级 满意度指标, or a 二级 that names satisfaction (服务对象满意度指标 under 效益指标). */
    static boolean satisfaction(String level1, String level2) {
        return Checks.isSatisfaction(level1) || (level1 != null && level1.contains("满意度"))
                || (level2 != null && level2.contains("满意度"));
    }

    /**
     * A row under a satisfaction label whose name measures something else (黄冈 2020's 整编资料审核 98%, 衡山 2020's
     * 因粮食市场波动引起的粮食安全事件发生数 0起): its actual is no survey's result, and indicator-category-unknown's
     * {@code misfiled} asks to file it where it belongs. Counted here, it was asked for the survey it never needed, beside
     * the finding saying it is no satisfaction measure (黄冈 2020: the table's one 满意度 row, so a warning that its
     * actuals were copied from its targets rested on a 98% review rate met).
     */
    static boolean measuresOther(Indicator i) {
        return !Checks.blank(i.name()) && !i.name().contains("满意");
    }

    /** management.json's satisfaction survey, evidence titled as a survey, or a satisfaction row that says how it was surveyed. */
    private static boolean surveyOnFile(Submission s, List<Indicator> sats) {
        JsonNode survey = s.node("management", "/satisfaction");
        if (survey != null && survey.isObject() && (survey.has("surveyPercent") || !Checks.blank(s.text("management", "/satisfaction/method")))) {
            return true;
        }
        JsonNode evidence = s.node("department", "/evidence");
        if (evidence != null && evidence.isArray()) {
            for (JsonNode e : evidence) {
                String t = e.path("title").isString() ? e.path("title").asString() : "";
                if (SURVEY_WORDS.stream().anyMatch(t::contains) || t.contains("满意度")) {
                    return true;
                }
            }
        }
        for (Indicator i : sats) {
            String ex = i.explanation() == null ? "" : i.explanation();
            if (SURVEY_WORDS.stream().anyMatch(ex::contains)) {
                return true;
            }
            // a name that says how it was surveyed (退捕渔民抽样调查满意度, 长江禁捕 2020): the method is on file; 满意度调查
            // alone names no method
            String name = i.name() == null ? "" : i.name();
            if (METHOD_WORDS.stream().anyMatch(name::contains)) {
                return true;
            }
        }
        return false;
    }
}
