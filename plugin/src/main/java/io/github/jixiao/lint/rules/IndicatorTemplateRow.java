package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Framework;

@RuleInfo(
        id = "indicator-template-row",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        stages = {Stage.TARGETS, Stage.SELF_EVALUATION},
        titleZh = "表中留有模板空行",
        titleEn = "Template row left in the table",
        rationaleZh = "自评表模板的每一类都印有空行（如“经济效益指标”后不填任何指标）。年终自评时仍只有类别或名称、没有指标值、实际完成值、分值和得分的行，是留下的模板行："
                + "它不是一个绩效指标，不参与计分，也不计入各种比例；请删去它，或该类确不适用时注明不适用。评分框架要求的类别（如财预〔2020〕10号 的时效指标；效益指标各二级可选、整个一级却必须有指标）只剩这样一行、再没有填了的行的，删去它就掩盖了缺少的一类：此时提示该类缺少指标，请填写该类的指标值（required；鄂州 2021 的时效指标、黄冈 2020 的效益指标）。"
                + "目标申报时，既没有指标名称也没有指标值、只有类别的行同样提示（no-name-no-target，提示级）：看表的人分不清是该类不适用还是漏填。"
                + "已由 indicator-incomplete 报告的（该类另有填了的行，或评分框架要求必填的类别整类空白）不重复提示；有名称或有指标值的行是一个指标，缺什么由 indicator-incomplete 报告。"
                + "表式按设计不设分值、得分栏的（评分框架标为 unpointed，如中央对地方转移支付区域绩效自评表：遂宁经开区 2021 的不合格产品处置率、药品抽验平均标准）自评时，有名称、没有指标值和实际完成值的行不说“没有分值和得分”“删去该行”：分值本就不设，这一行是表中一个有名称的指标，缺的是它的指标值和实际完成值，请补填，或注明不适用（unpointed-named）。",
        rationaleEn = "Self-evaluation templates print empty rows under each category (e.g. 经济效益指标 (economic benefit) with nothing filled in). At the year end, a row with only a category "
                + "or a name and no target, actual, points or score is a template row left behind: it is not an indicator, is not scored and is left out of every share; "
                + "delete it, or mark the category not applicable. Where the category is one the framework requires (timeliness under MOF Caiyu [2020] No. 10; benefits, whose second levels are each optional but not the first level as a whole) and no filled-in row is left in it, deleting the row would hide the missing category: the category is said to have no indicator, and its target is asked for (required; Ezhou 2021's timeliness, Huanggang 2020's benefits)."
                + " At target setting, a row with neither an indicator name nor a target, only its categories, is noted too (no-name-no-target, an info): a reader cannot tell a category "
                + "that does not apply from one left unfilled. Rows indicator-incomplete already reports (another row of the category is filled in, or the framework requires the "
                + "category) are not noted twice; a row with a name or a target is an indicator, and what it lacks is indicator-incomplete's."
                + " On a form that prints no points or score by design (a framework marked unpointed, such as the region self-evaluation table of a central transfer: Suining economic development zone 2021's 不合格产品处置率 (disposal rate of substandard products) and 药品抽验平均标准 (average standard of drug sampling)), a row with a name and no target or actual at the self-evaluation is not said to lack points and a score, nor told to be deleted: the form has no points, and the row is a named indicator of the table whose target and actual are missing; they are asked for, or the row marked not applicable (unpointed-named).",
        source = "ST-1：财预〔2020〕10号 附件1 单位自评表；棠溪 2022 自评表实例（经济效益指标一行空白）；岳阳楼区价格认证鉴定中心 2023 整体绩效目标表、湘潭 2023 绩效目标申报表（效益指标下只印类别的空行）",
        sourceEn = "ST-1: MOF Caiyu [2020] No. 10, Annex 1, unit self-evaluation table; Tangxi 2022 self-evaluation table (an empty economic benefit row); Yueyanglou price certification centre 2023 department target table and Xiangtan 2023 target declaration (benefit rows with their category only)",
        messages = {
            @RuleInfo.Message(zh = "第 {0} 个指标“{1}”只有类别或名称，没有指标值、实际完成值、分值和得分，是留下的模板行，未参与计分。请删去该行，或在该类确不适用时在该行的三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "Indicator no. {0} in the list, \"{1}\", has only a category or a name and no target, actual, points or score: a template row left behind, not scored. Delete it, or, if the category does not apply, write 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "required", sameAs = "", details = {2}, zh = "第 {0} 个指标“{1}”只有类别或名称，没有指标值、实际完成值、分值和得分，是留下的模板行：评分框架要求的“{2}”类因此没有任何指标，缺少该类绩效目标。请在该行填写三级指标、指标值和实际完成值；该类确不适用的，在该行的三级指标写“不适用”（JSON 中为 notApplicable: true）并说明理由。",
                    en = "Indicator no. {0} in the list, \"{1}\", has only a category or a name and no target, actual, points or score: a template row left behind, so the category \"{2}\" the framework requires has no indicator, and its target is missing. Fill in the row's 三级指标 (third-level indicator), target and actual; if the category does not apply, write 不适用 (not applicable) as its 三级指标 (in JSON: notApplicable: true) and say why."),
            @RuleInfo.Message(key = "unpointed-named", sameAs = "", zh = "第 {0} 个指标“{1}”有指标名称，却没有指标值和实际完成值，未参与评价。本表式不设分值、得分栏，这一行是表中的一个指标，不是留下的模板行：请填写它的指标值和全年实际完成值；该指标确不适用的，在该行写“不适用”（JSON 中为 notApplicable: true）并说明理由。",
                    en = "Indicator no. {0} in the list, \"{1}\", has a name but no target and no actual, and is not evaluated. This form has no points or score column, so the row is one of the table's indicators, not a template row left behind: fill in its target and its actual for the year; if the indicator does not apply, write 不适用 (not applicable) in the row (in JSON: notApplicable: true) and say why."),
            @RuleInfo.Message(key = "no-name-no-target", zh = "第 {0} 个指标只有类别“{1}”，没有指标名称和指标值，是留下的模板空行。请在该行填写三级指标名称和指标值（name、target），或删去该行；该类确不适用时，在该行的三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "Indicator no. {0} in the list has only its category, \"{1}\", and neither an indicator name nor a target: an empty template row left behind. Fill in its 三级指标 (third-level indicator: name) and 指标值 (target), or delete the row; if the category does not apply, write 不适用 (not applicable) as its 三级指标 (in JSON: notApplicable: true).")
        })
public final class IndicatorTemplateRow implements Rule {

    /** indicator-incomplete's id, read from its own metadata. */
    private static final String INCOMPLETE = IndicatorIncomplete.class.getAnnotation(RuleInfo.class).id();

    /**
     * At 目标申报: the rows with neither a name nor a target, their categories alone (岳阳楼区价格认证鉴定中心 2023's
     * 经济效益指标 row), an info. A row with one of the two is an indicator, whatever else it lacks. Such a row in a
     * category with a filled row, or in a category the framework requires, is indicator-incomplete's already (no-target,
     * empty-category-target: errors); this rule says only the rows that one leaves alone (a category the framework marks
     * optional, printed with its label only: 湘潭 2023), or every such row where that rule is off. One defect, one finding.
     */
    private static void targets(IndicatorFacts facts, RuleContext ctx) {
        boolean[] leftAlone = ctx.isOff(INCOMPLETE) ? null : IndicatorIncomplete.leftAloneAtTargets(facts, ctx);
        for (int k = 0; k < facts.size(); k++) {
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.TARGET_BLANK | IndicatorFacts.ACTUAL_BLANK)
                    || leftAlone != null && !leftAlone[k]) {
                continue;
            }
            Indicator i = facts.row(k);
            if (Checks.blank(i.name())) {
                ctx.report(Severity.INFO, "no-name-no-target", i.src(), null, i.index() + 1, Checks.name(i));
            }
        }
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        if (submission.stage() == Stage.TARGETS) {
            targets(facts, ctx);
            return;
        }
        java.util.Optional<Framework> fw = ctx.framework();
        Labels labels = fw.isPresent() && fw.get().hasTaxonomy() ? Labels.of(ctx) : null;
        Filled filled = null; // the categories with an applicable row, found once, at the first template row
        // a form with no 分值 or 得分 column by design (the 中央 transfer's 区域绩效自评表: mof-transfer-region and its copies)
        boolean unpointed = fw.isPresent() && fw.get().unpointed() != null;
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.TEMPLATE)) {
                Indicator i = facts.row(k);
                if (labels != null && filled == null) {
                    filled = Filled.of(labels, facts);
                }
                String missing = labels == null ? null : requiredMissing(labels, filled, i);
                if (missing != null) {
                    // 鄂州 2021's 时效指标 (t14), 黄冈 2020's 效益指标 (t27) printed empty at the year end: a category the framework
                    // requires has no indicator, and "删去该行" would hide that (s47 audit item 7); the fingerprint is the plain one
                    ctx.report("required", i.src(), i.index() + 1, Checks.name(i), missing);
                } else if (unpointed && !Checks.blank(i.name())) {
                    // 遂宁经开区 2021 (t106): 不合格产品处置率, 药品抽验平均标准 named on the 区域 form with no target and no result.
                    // "没有…分值和得分…请删去该行" was false twice: the form has no points by design, and the row is one of
                    // the table's named indicators (F15's left-alone): its target and result are what is missing
                    ctx.report("unpointed-named", i.src(), i.index() + 1, Checks.name(i));
                } else {
                    ctx.report("", i.src(), i.index() + 1, Checks.name(i));
                }
            }
        }
    }

    /**
     * The category the template row {@code i} stands in that the framework requires and no applicable row fills (its
     * 一级/二级 for a required 二级, as 时效指标; its 一级 where the 一级 is required and each of its 二级 optional, as 效益指标 of
     * 财预〔2020〕10号, and no row of the 一级 is filled in), or null: an optional category (满意度, 成本 under 产出 in
     * mof-project-2020), a category another row fills, a label the taxonomy does not know (indicator-category-unknown's).
     */
    private static String requiredMissing(Labels labels, Filled filled, Indicator i) {
        Framework.Category c = labels.category(i.level1()).orElse(null);
        if (c == null || c.optional()) {
            return null;
        }
        Framework.SubCategory s = null;
        if (!Checks.blank(i.level2())) {
            for (Framework.SubCategory x : c.level2()) {
                if (labels.matches(x, i.level2())) {
                    s = x;
                    break;
                }
            }
            if (s == null) {
                return null;
            }
        }
        if (s != null && !s.optional()) {
            return filled.level2.contains(s) ? null : c.level1() + "/" + s.name();
        }
        // the 一级 is required as a whole where each of its 二级 is optional (效益 of 财预〔2020〕10号): a row of any of them
        return !filled.level1.contains(c) && c.level2().stream().allMatch(Framework.SubCategory::optional) ? c.level1() : null;
    }

    /**
     * The categories of the taxonomy an applicable row files under: its 一级, and its 二级 there. Found once for the
     * table, each group of rows with equal labels asked once (a row each, a table of 40,000 template rows, asked the
     * whole table again for each: quadratic).
     */
    private record Filled(java.util.Set<Framework.Category> level1, java.util.Set<Framework.SubCategory> level2) {
        static Filled of(Labels labels, IndicatorFacts facts) {
            java.util.Set<Framework.Category> one = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.Set<Framework.SubCategory> two = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            boolean[] seen = new boolean[facts.groups()];
            for (int k = 0; k < facts.size(); k++) {
                int g = facts.group(k);
                if (seen[g] || !facts.all(k, IndicatorFacts.APPLICABLE)) {
                    continue;
                }
                seen[g] = true;
                Framework.Category c = labels.category(facts.level1(g)).orElse(null);
                if (c == null) {
                    continue;
                }
                one.add(c);
                for (Framework.SubCategory x : c.level2()) {
                    if (labels.matches(x, facts.level2(g))) {
                        two.add(x);
                    }
                }
            }
            return new Filled(one, two);
        }
    }
}
