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
                + "表式按设计不设分值、得分栏的（评分框架标为 unpointed，如中央对地方转移支付区域绩效自评表：遂宁经开区 2021 的不合格产品处置率、药品抽验平均标准）自评时，有名称、没有指标值和实际完成值的行不说“没有分值和得分”“删去该行”：分值本就不设，这一行是表中一个有名称的指标，缺的是它的指标值和实际完成值，请补填，或注明不适用（unpointed-named）。"
                + "有分值、得分栏的表式上，有自己名称（不是“指标1”之类的模板编号）的这样一行同样是表中的一个指标，不是留下的模板行：请填写它的指标值、实际完成值、分值和得分，或删去、注明不适用（named；黄石市图书馆 2022 的“促进黄石文化经济发展,丰富市民文化活动”）。"
                + "同一个缺少的类别留有几行模板行的（新州 2020 的经济效益指标、社会效益指标两行，整个效益指标一级没有指标），缺少的是一类，只在第一行提示一次，列出其余各行（required-rows）。",
        rationaleEn = "Self-evaluation templates print empty rows under each category (e.g. 经济效益指标 (economic benefit) with nothing filled in). At the year end, a row with only a category "
                + "or a name and no target, actual, points or score is a template row left behind: it is not an indicator, is not scored and is left out of every share; "
                + "delete it, or mark the category not applicable. Where the category is one the framework requires (timeliness under MOF Caiyu [2020] No. 10; benefits, whose second levels are each optional but not the first level as a whole) and no filled-in row is left in it, deleting the row would hide the missing category: the category is said to have no indicator, and its target is asked for (required; Ezhou 2021's timeliness, Huanggang 2020's benefits)."
                + " At target setting, a row with neither an indicator name nor a target, only its categories, is noted too (no-name-no-target, an info): a reader cannot tell a category "
                + "that does not apply from one left unfilled. Rows indicator-incomplete already reports (another row of the category is filled in, or the framework requires the "
                + "category) are not noted twice; a row with a name or a target is an indicator, and what it lacks is indicator-incomplete's."
                + " On a form that prints no points or score by design (a framework marked unpointed, such as the region self-evaluation table of a central transfer: Suining economic development zone 2021's 不合格产品处置率 (disposal rate of substandard products) and 药品抽验平均标准 (average standard of drug sampling)), a row with a name and no target or actual at the self-evaluation is not said to lack points and a score, nor told to be deleted: the form has no points, and the row is a named indicator of the table whose target and actual are missing; they are asked for, or the row marked not applicable (unpointed-named)."
                + " On a form with points and score columns, such a row with a name of its own (not a template number such as 指标1 (indicator 1)) is one of the table's indicators too, not a template row: its target, actual, points and score are asked for, or the row deleted or marked not applicable (named; Huangshi library 2022's social-benefit row naming an effect, to promote the city's cultural economy and enrich its citizens' cultural life)."
                + " Where one missing category keeps several template rows (Xinzhou 2020's economic and social benefit rows, with no benefit indicator at all), one category is missing: it is said once, at the first row, naming the others (required-rows).",
        source = "ST-1：财预〔2020〕10号 附件1 单位自评表；棠溪 2022 自评表实例（经济效益指标一行空白）；岳阳楼区价格认证鉴定中心 2023 整体绩效目标表、湘潭 2023 绩效目标申报表（效益指标下只印类别的空行）",
        sourceEn = "ST-1: MOF Caiyu [2020] No. 10, Annex 1, unit self-evaluation table; Tangxi 2022 self-evaluation table (an empty economic benefit row); Yueyanglou price certification centre 2023 department target table and Xiangtan 2023 target declaration (benefit rows with their category only)",
        messages = {
            @RuleInfo.Message(zh = "第 {0} 个指标“{1}”只有类别或名称，没有指标值、实际完成值、分值和得分，是留下的模板行，未参与计分。请删去该行，或在该类确不适用时在该行的三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "Indicator no. {0} in the list, \"{1}\", has only a category or a name and no target, actual, points or score: a template row left behind, not scored. Delete it, or, if the category does not apply, write 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "required", sameAs = "", details = {2}, zh = "第 {0} 个指标“{1}”只有类别或名称，没有指标值、实际完成值、分值和得分，是留下的模板行：评分框架要求的“{2}”类因此没有任何指标，缺少该类绩效目标。请在该行填写三级指标、指标值和实际完成值；该类确不适用的，在该行的三级指标写“不适用”（JSON 中为 notApplicable: true）并说明理由。",
                    en = "Indicator no. {0} in the list, \"{1}\", has only a category or a name and no target, actual, points or score: a template row left behind, so the category \"{2}\" the framework requires has no indicator, and its target is missing. Fill in the row's 三级指标 (third-level indicator), target and actual; if the category does not apply, write 不适用 (not applicable) as its 三级指标 (in JSON: notApplicable: true) and say why."),
            @RuleInfo.Message(key = "required-rows", sameAs = "", details = {2, 3, 4, 5}, lists = {4}, zh = "第 {0}、{3} 个指标（“{1}”、{4}）都只有类别或名称，没有指标值、实际完成值、分值和得分，是留下的模板行：评分框架要求的“{2}”类因此没有任何指标，缺少该类绩效目标。请在其中一行填写三级指标、指标值和实际完成值，删去其余的行；该类确不适用的，在一行的三级指标写“不适用”（JSON 中为 notApplicable: true）并说明理由。",
                    en = "Indicators no. {0} and {5} in the list (\"{1}\", {4}) each have only a category or a name and no target, actual, points or score: template rows left behind, so the category \"{2}\" the framework requires has no indicator, and its target is missing. Fill in the 三级指标 (third-level indicator), target and actual of one of these rows and delete the others; if the category does not apply, write 不适用 (not applicable) as the 三级指标 of one row (in JSON: notApplicable: true) and say why."),
            @RuleInfo.Message(key = "named", sameAs = "", zh = "第 {0} 个指标“{1}”有指标名称，却没有指标值、实际完成值、分值和得分，未参与计分。这一行是表中的一个指标，不是留下的模板行：请填写它的指标值、实际完成值、分值和得分；该指标确不适用的，删去这一行，或在该行写“不适用”（JSON 中为 notApplicable: true）并说明理由。",
                    en = "Indicator no. {0} in the list, \"{1}\", has a name but no target, actual, points or score, and is not scored. The row is one of the table's indicators, not a template row left behind: fill in its target, actual, points and score; if the indicator does not apply, delete the row, or write 不适用 (not applicable) in it (in JSON: notApplicable: true) and say why."),
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
        Filled filled = null; // the categories with an applicable row, found once, at the first template row (if any)
        // a form with no 分值 or 得分 column by design (the 中央 transfer's 区域绩效自评表: mof-transfer-region and its copies)
        boolean unpointed = fw.isPresent() && fw.get().unpointed() != null;
        // the category each template row leaves without an indicator, found first: the template rows of one category are
        // said once, at the first of them (required-rows)
        String[] missing = new String[facts.size()];
        java.util.Map<String, java.util.List<Indicator>> required = new java.util.HashMap<>();
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.TEMPLATE) && labels != null) {
                if (filled == null) {
                    filled = Filled.of(labels, facts);
                }
                missing[k] = requiredMissing(labels, filled, facts.row(k));
                if (missing[k] != null) {
                    required.computeIfAbsent(missing[k], m -> new java.util.ArrayList<>()).add(facts.row(k));
                }
            }
        }
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.TEMPLATE)) {
                Indicator i = facts.row(k);
                if (missing[k] != null) {
                    // 鄂州 2021's 时效指标 (t14), 黄冈 2020's 效益指标 (t27) printed empty at the year end: a category the framework
                    // requires has no indicator, and "删去该行" would hide that (s47 audit item 7); the fingerprint is the plain one
                    java.util.List<Indicator> rows = required.get(missing[k]);
                    if (rows.get(0).index() == i.index()) {
                        requiredOnce(missing[k], rows, ctx);
                    }
                } else if (unpointed && !templateName(i.name())) {
                    // 遂宁经开区 2021 (t106): 不合格产品处置率, 药品抽验平均标准 named on the 区域 form with no target and no result.
                    // "没有…分值和得分…请删去该行" was false twice: the form has no points by design, and the row is one of
                    // the table's named indicators (F15's left-alone): its target and result are what is missing
                    ctx.report("unpointed-named", i.src(), i.index() + 1, Checks.name(i));
                } else if (!templateName(i.name())) {
                    // 黄石市图书馆 2022 (t82 /8): 促进黄石文化经济发展,丰富市民文化活动 under 社会效益, no target, result or score;
                    // 临翔 2023 (t48 /7): 受益农户满意度. A row with a name of its own is an indicator to fill in (or delete), not
                    // a template row (audit s50 A5 row 7); the plain fingerprint (sameAs)
                    ctx.report("named", i.src(), i.index() + 1, Checks.name(i));
                } else {
                    ctx.report("", i.src(), i.index() + 1, Checks.name(i));
                }
            }
        }
    }

    /**
     * The template rows {@code rows} of the required category {@code missing}: one row is {@code required}; two or more
     * (新州 2020, t62: 经济效益指标 and 社会效益指标 printed empty, no 效益 row at all; 黄冈 2020, t27) are one missing
     * category, said once at the first row with the others named ({@code required-rows}, the first row's fingerprint:
     * audit s50 A5 §2, one defect, one finding).
     */
    private static void requiredOnce(String missing, java.util.List<Indicator> rows, RuleContext ctx) {
        Indicator first = rows.get(0);
        if (rows.size() == 1) {
            ctx.report("required", first.src(), first.index() + 1, Checks.name(first), missing);
            return;
        }
        java.util.StringJoiner numbers = new java.util.StringJoiner("、");
        java.util.StringJoiner names = new java.util.StringJoiner("、");
        java.util.StringJoiner numbersEn = new java.util.StringJoiner(", ");
        java.util.StringJoiner namesEn = new java.util.StringJoiner(", ");
        for (Indicator i : rows.subList(1, rows.size())) {
            numbers.add(String.valueOf(i.index() + 1));
            numbersEn.add(String.valueOf(i.index() + 1));
            names.add("“" + Checks.name(i) + "”");
            namesEn.add("\"" + Checks.name(i) + "\"");
        }
        ctx.report("required-rows", first.src(), first.index() + 1, Checks.name(first), missing, numbers.toString(), names.toString(),
                numbersEn.toString(), namesEn.toString());
    }

    /**
     * Whether a template row's name is none of its own: blank, the template's row number alone ("指标1", 廊坊 2019's
     * 生态效益 row, t11), or no letter at all ("**", "/"). A row with a name of its own is a named indicator left unfilled.
     */
    static boolean templateName(String name) {
        if (Checks.blank(name)) {
            return true;
        }
        String n = name.strip();
        if (TEMPLATE_NUMBER_ALONE.matcher(n).matches()) {
            return true;
        }
        for (int c = 0; c < n.length(); c++) {
            if (Character.isLetter(n.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** The template's row number and nothing else: 指标1, 指标 2：, 指标一、. */
    private static final java.util.regex.Pattern TEMPLATE_NUMBER_ALONE = java.util.regex.Pattern.compile(
            "指标\\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)\\s*[:：、.．]?");

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
