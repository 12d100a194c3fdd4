package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.Taxonomy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "indicator-taxonomy-mixed",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        titleZh = "混用两套指标分类",
        titleEn = "Two indicator taxonomies mixed",
        rationaleZh = "财预〔2020〕10号把成本指标放在产出指标之下；财预〔2021〕101号把成本单列为一级指标（经济成本、社会成本、生态环境成本）。"
                + "一份申报只能用一套分类：把“经济成本指标”放在“产出指标”下，或两处都有成本指标，汇总和评分都会出错。"
                + "分类名也不能当作三级指标的名称（岳阳楼区价格认证鉴定中心 2023：三级指标写“社会成本指标”，指标值 100%）：分类只说这一行属于哪一类，没有说衡量什么，"
                + "读者无从知道 100% 是什么的比率。名称（去掉空格和分值括注后）以“指标”结尾、且等于框架分类（或财预〔2020〕10号、〔2021〕101号）的某个二级指标名称或别名的，报告（name-is-category）；"
                + "“满意度”“成本”这类不带“指标”的简称不报告。",
        rationaleEn = "MOF Caiyu [2020] No. 10 files cost under outputs; MOF Caiyu [2021] No. 101 makes cost a first-level category of its own (economic, social, ecological cost). "
                + "A submission uses one taxonomy: economic cost under outputs, or cost in both places, breaks totals and scoring. "
                + "Nor is a category's name an indicator's name (Yueyanglou price certification centre 2023: the third-level indicator "
                + "社会成本指标 (social cost indicators), target 100%): a category says which kind a row is, not what it measures, so nobody can tell "
                + "what the 100% is a rate of. A name that, less spaces and a points note, ends in 指标 (indicator) and equals the name or an alias of "
                + "a second-level category of the framework's taxonomy (or of MOF Caiyu [2020] No. 10 and [2021] No. 101) is reported (name-is-category); "
                + "short forms without 指标 (indicator), such as 满意度 (satisfaction) or 成本 (cost), are not.",
        source = "ST-3：财预〔2021〕101号；大英 2023 实例（“经济成本指标”列在一级“产出指标”下）；岳阳楼区价格认证鉴定中心 2023 整体绩效目标表（三级指标写“社会成本指标”）",
        sourceEn = "ST-3: MOF Caiyu [2021] No. 101; Daying 2023 example (\"economic cost indicators\" filed under first-level \"output indicators\"); Yueyanglou price certification centre 2023 department target table (\"social cost indicators\" as a third-level indicator's name)",
        messages = {
            @RuleInfo.Message(key = "misfiled", zh = "“{1}”属于财预〔2021〕101号的一级“成本指标”，却列在“{0}”下。请把该类指标的一级指标改为“成本指标”，并全篇统一采用这一分类。",
                    en = "\"{1}\" belongs to the first-level cost indicators (成本指标) of MOF Caiyu [2021] No. 101 but is filed under \"{0}\". Move it to level1 成本指标 (cost indicators) and use that taxonomy throughout."),
            @RuleInfo.Message(key = "both", zh = "既有一级“成本指标”，又有“产出指标/成本指标”：两套分类混用。请统一为一套（成本单列为一级，或归入产出指标之下）。",
                    en = "Cost appears both as a first-level category and under outputs (产出指标/成本指标): two taxonomies are mixed. Use one (cost as its own first level, or under outputs)."),
            @RuleInfo.Message(key = "name-is-category", zh = "三级指标名称写的是分类名“{0}”（{1}）：分类只说明属于哪一类，没有写出衡量什么。请在三级指标一栏写明这一行具体衡量的内容（如“单位业务成本”“价格认定结论采纳率”），分类名只写在二级指标一栏。",
                    en = "The third-level indicator (三级指标) is named after the category \"{0}\" ({1}): a category says which kind a row is, not what it measures. Write what this row measures in the third-level name; the category belongs in the second-level (二级指标) column.")
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
        categoryAsName(submission, ctx);
        if (costFirst && costUnderOutput) {
            ctx.report("both", submission.src("indicators#/indicators"));
        }
    }

    /** The 二级 names of 财预〔2020〕10号 and 〔2021〕101号, for a run without a framework taxonomy. */
    private static final List<String> NATIONAL_LEVEL2 = List.of(
            "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "满意度指标");

    private static final String SUFFIX = "指标";

    /**
     * Reports a row whose name is a category's (岳阳楼区价格认证鉴定中心 2023: 社会成本指标 as the 三级): the name,
     * normalised ({@link Taxonomy#normalise}), ends in 指标 and equals a 二级 name or alias of the framework's taxonomy, or
     * of {@link #NATIONAL_LEVEL2} where the run has none. 满意度, 成本 and other short forms are left alone: tables use them
     * as names under a category they repeat.
     */
    private static void categoryAsName(Submission submission, RuleContext ctx) {
        Set<String> names = null;
        for (Indicator i : submission.applicableIndicators()) {
            String name = i.name();
            if (name == null || name.length() < 4 || name.indexOf('标') < 0) {
                continue; // most rows: no 指标 in the name (checked before anything is normalised)
            }
            String n = Taxonomy.normalise(name);
            if (!n.endsWith(SUFFIX) || n.length() <= SUFFIX.length()) {
                continue;
            }
            if (names == null) {
                names = categoryNames(ctx);
            }
            if (names.contains(n)) {
                String where = Checks.blank(i.level2()) ? Checks.blank(i.level1()) ? "—" : i.level1().strip()
                        : (Checks.blank(i.level1()) ? "" : i.level1().strip() + "/") + i.level2().strip();
                ctx.report("name-is-category", i.src(), name.strip(), where);
            }
        }
    }

    /** The 二级 names and aliases of the run's taxonomy (or the national ones), normalised. */
    private static Set<String> categoryNames(RuleContext ctx) {
        Set<String> out = new HashSet<>();
        Framework f = ctx.framework().orElse(null);
        if (f != null && f.hasTaxonomy()) {
            for (Framework.Category c : f.taxonomy()) {
                for (Framework.SubCategory s : c.level2()) {
                    add(out, s.name());
                    s.aliases().forEach(a -> add(out, a));
                }
            }
        } else {
            NATIONAL_LEVEL2.forEach(a -> add(out, a));
        }
        return out;
    }

    /** {@code label} normalised, with 指标 after it where it has none ("时效" names 时效指标: {@link Taxonomy}). */
    private static void add(Set<String> out, String label) {
        String n = Taxonomy.normalise(label);
        if (!n.isEmpty()) {
            out.add(n.endsWith(SUFFIX) ? n : n + SUFFIX);
        }
    }
}
