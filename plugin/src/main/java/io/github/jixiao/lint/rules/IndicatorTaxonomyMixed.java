package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
        id = "indicator-taxonomy-mixed",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        titleZh = "混用两套指标分类",
        titleEn = "Two indicator taxonomies mixed",
        rationaleZh = "财预〔2020〕10号把成本指标放在产出指标之下；财预〔2021〕101号把成本单列为一级指标（经济成本、社会成本、生态环境成本）。"
                + "一份申报只能用一套分类：把“经济成本指标”放在“产出指标”下，或两处都有成本指标，汇总和评分都会出错。",
        rationaleEn = "MOF Caiyu [2020] No. 10 files cost under outputs; MOF Caiyu [2021] No. 101 makes cost a first-level category of its own (economic, social, ecological cost). "
                + "A submission uses one taxonomy: economic cost under outputs, or cost in both places, breaks totals and scoring.",
        source = "ST-3：财预〔2021〕101号；大英 2023 实例（“经济成本指标”列在一级“产出指标”下）",
        sourceEn = "ST-3: MOF Caiyu [2021] No. 101; Daying 2023 example (\"economic cost indicators\" filed under first-level \"output indicators\")",
        messages = {
            @RuleInfo.Message(key = "misfiled", zh = "“{1}”属于财预〔2021〕101号的一级“成本指标”，却列在“{0}”下。请把该类指标的一级指标改为“成本指标”，并全篇统一采用这一分类。",
                    en = "\"{1}\" belongs to the first-level cost indicators (成本指标) of MOF Caiyu [2021] No. 101 but is filed under \"{0}\". Move it to level1 成本指标 (cost indicators) and use that taxonomy throughout."),
            @RuleInfo.Message(key = "both", zh = "既有一级“成本指标”，又有“产出指标/成本指标”：两套分类混用。请统一为一套（成本单列为一级，或归入产出指标之下）。",
                    en = "Cost appears both as a first-level category and under outputs (产出指标/成本指标): two taxonomies are mixed. Use one (cost as its own first level, or under outputs).")
        })
public final class IndicatorTaxonomyMixed implements Rule {

    // ST-3's cost categories are IndicatorFacts.ST3_COST (its L2_ST3_COST bit)

    @Override
    public void check(Submission submission, RuleContext ctx) {
        boolean costFirst = false;
        boolean costUnderOutput = false;
        Set<String> reported = new HashSet<>();
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & IndicatorFacts.L1_COST) != 0) {
                costFirst = true;
            }
            if ((b & (IndicatorFacts.L1_OUTPUT | IndicatorFacts.L2_COST)) == (IndicatorFacts.L1_OUTPUT | IndicatorFacts.L2_COST)) {
                costUnderOutput = true;
            }
            if ((b & (IndicatorFacts.L2_ST3_COST | IndicatorFacts.L1_COST)) != IndicatorFacts.L2_ST3_COST) {
                continue;
            }
            Indicator i = facts.row(k);
            if (reported.add(i.level1() + "/" + i.level2())) {
                ctx.report("misfiled", i.src(), i.level1(), i.level2());
            }
        }
        if (costFirst && costUnderOutput) {
            ctx.report("both", submission.src("indicators#/indicators"));
        }
    }
}
