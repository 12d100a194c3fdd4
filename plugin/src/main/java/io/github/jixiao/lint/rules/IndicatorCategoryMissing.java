package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
        id = "indicator-category-missing",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        titleZh = "缺少应有的指标类别",
        titleEn = "Expected indicator category missing",
        rationaleZh = "绩效指标按一级、二级类别设置：产出（数量、质量、时效、成本）、效益（经济、社会、生态、可持续影响）、满意度（服务对象满意度）。"
                + "某一类既没有指标、也没有注明不适用，读者无法分辨是漏填还是确无此类绩效。",
        rationaleEn = "Indicators are set by category: outputs (quantity, quality, timeliness, cost), benefits (economic, social, ecological, sustainable impact) "
                + "and satisfaction (of those served). A category with neither an indicator nor a not-applicable mark leaves the reader unable to tell an omission from a real absence.",
        source = "ST-2：财预〔2020〕10号；地方财政支出绩效评价管理办法（仿财预〔2011〕285号）第十三、十六条。ST-3：财预〔2021〕101号（成本、产出、效益、满意度四类）",
        messages = {
            @RuleInfo.Message(zh = "缺少“{0}/{1}”类指标，也没有注明不适用。请补充该类三级指标；确实不适用的，加一行 level1 为“{0}”、level2 为“{1}”、notApplicable 为 true 的记录。",
                    en = "No \"{0}/{1}\" indicator, and the category is not marked as not applicable. Add indicators of this category, or a row with level1 \"{0}\", level2 \"{1}\" and notApplicable true."),
            @RuleInfo.Message(key = "none", zh = "没有任何绩效指标。请按产出、效益、满意度各类填报三级指标。",
                    en = "There are no indicators at all. File third-level indicators for outputs, benefits and satisfaction.")
        })
public final class IndicatorCategoryMissing implements Rule {

    /**
     * The categories each taxonomy expects: 一级 → its 二级. ST-2 (财预〔2020〕10号) is the default; a
     * submission with a 一级 "成本指标" uses ST-3 (财预〔2021〕101号).
     */
    static final Map<String, List<String>> ST2 = ordered(
            "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度指标", List.of("服务对象满意度指标"));

    static final Map<String, List<String>> ST3 = ordered(
            "成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"),
            "产出指标", List.of("数量指标", "质量指标", "时效指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标"),
            "满意度指标", List.of("服务对象满意度指标"));

    @Override
    public void check(Submission submission, RuleContext ctx) {
        if (submission.document("indicators").isEmpty()) {
            return; // submission-structure reports the missing file
        }
        Src where = submission.src("indicators#/indicators");
        List<Indicator> all = submission.indicators();
        if (all.isEmpty()) {
            ctx.report("none", where);
            return;
        }
        Set<String> present = new HashSet<>();
        boolean st3 = false;
        for (Indicator i : all) {
            if (i.level2() != null) {
                present.add(i.level2().strip());
            }
            st3 |= "成本指标".equals(i.level1());
        }
        for (Map.Entry<String, List<String>> e : (st3 ? ST3 : ST2).entrySet()) {
            for (String level2 : e.getValue()) {
                if (!present.contains(level2)) {
                    ctx.report("", where, e.getKey(), level2);
                }
            }
        }
    }

    private static Map<String, List<String>> ordered(Object... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            @SuppressWarnings("unchecked")
            List<String> v = (List<String>) kv[k + 1];
            m.put((String) kv[k], v);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
