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
import java.util.Optional;
import java.util.Set;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.Taxonomy;
import io.github.jixiao.score.Method;

@RuleInfo(
        id = "indicator-category-missing",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        titleZh = "缺少应有的指标类别",
        titleEn = "Expected indicator category missing",
        rationaleZh = "绩效指标按评分框架的一级、二级类别设置（如 产出：数量、质量、时效、成本；效益；满意度：服务对象满意度）。"
                + "框架要求的某一类既没有指标、也没有注明不适用，读者无法分辨是漏填还是确无此类绩效。框架标为可选的类别、表中同义的写法（如 群众满意度指标）不算缺少；"
                + "表式没有二级一栏、全表各行都没有二级类别的（海南 2016 的项目绩效目标表：指标类型、指标名称、绩效目标），看不出哪一类缺少，不逐类报缺；只在某一级的行数少于框架要求的二级类别数、不可能各类都有时报告一次（评分框架无法载入、按财预〔2020〕10号 的分类检查时也是如此）；"
                + "表中有二级一栏、只是某些行的二级空着的，照常逐类报缺；"
                + "二级写成框架没有的词、而词义正指向所缺一类的（黄冈 2020 的“进度指标”即时效指标），或是错字、最接近的只有所缺这一类的（塘湖镇 2020 的“日效性指标”），由 indicator-category-unknown 报告该词，此处不再报缺（该规则关闭时照报）；"
                + "框架要求某一级至少评价几类二级的（深圳部门整体的效益指标：从社会、经济、生态效益和可持续影响中至少选择三类进行评价，ST-8），不足时报告一次，标为不适用的类别不计入，已报告缺少的必填二级按补上后计入（同一缺口不报两次）；"
                + "评分框架标为只转录了一部分（partial，存档副本截断）的，按分类表的次序，排在副本最后一行所属类别之后的类别是副本截断之处以后的内容，不报缺少（score-weights partial 已说明）；最后一行之前缺少的类别照常报告；框架文件以数据写明副本在绩效指标之前截断、一行指标都没有的（partialCut.indicators），不要求填报指标，只以提示说明截断（none-cut）；表式不按分类表的次序印各类、框架文件以 partialCut.endsIn 写明副本截断处所在类别的（奉节 2023 按财预〔2021〕101号先印成本指标，存稿截断于“产出指标 | 数量指”），该类及其后各类不报缺少；endsIn 同时写明二级的（海口 秀英区 2022 截断于“效益指标完成情况分析 (1)项目实施的社会效”），该二级及其后的二级不报缺少，该一级的二级都是可选的，也不因副本中没有它的行而报该一级缺少（自 session 54）；框架文件以数据写明副本从表的中间开始的（partialCut.copyStart），排在副本第一行所属类别（及其二级）之前的类别在副本开始之前，同样不报缺少；"
                + "运行监控和自评时所报的是年初批复的绩效目标（转移支付是上级下达的区域绩效目标），不能再补设或加“不适用”一行：自 session 56 起消息请在报告中说明原因、下一年度申报时补设（approved，指纹与原来相同；整个一级都缺少的，自 session 57 起同样说明，level1-approved）。同一个一级下缺少几个二级的，自 session 58 起合为一条，列出这些类别（approved-several，指纹与第一个类别的 approved 相同）；报告只写完成情况、整表没有指标值的（indicator-incomplete 的 no-target-all），年初批复的目标里有没有这一类无从得知，改说报告中没有该类指标的完成情况（approved-results、approved-several-results，同一发现）。不给指标分类的框架（如重庆部门整体自评表）不检查；各行都没有写一级、二级类别的（重庆的表式不印这两栏），没有评分框架（未指定或无法载入）时不检查，有分类的框架下由 indicator-category-unknown 逐行指出没有一级指标，此处不再逐类报缺（该规则关闭时照报）。",
        rationaleEn = "Indicators are set by the categories of the scoring framework (e.g. outputs: quantity, quality, timeliness, cost; benefits; satisfaction of those served). "
                + "A required category with neither an indicator nor a not-applicable mark leaves the reader unable to tell an omission from a real absence. "
                + "Categories the framework marks optional and the synonyms tables print (群众满意度指标 (public satisfaction) for 服务对象满意度指标 (satisfaction of those served)) are not missing; "
                + "where the form has no second-level column and no row names one (Hainan's 2016 项目绩效目标表 (project target table): type, name, target), which category is missing cannot be told, and none is reported as missing; only a first level with fewer rows than the second-level categories asked of it, which cannot cover them all, is reported, once (also when no framework can be loaded and the categories of MOF Caiyu [2020] No. 10 are checked); "
                + "a form that has the column, with the second level of some rows left blank, is asked each category as usual; "
                + "a second-level label the framework does not know whose word names the missing category (进度指标 (progress) for timeliness, as Huanggang 2020 prints it), or a misprint whose one nearest label is the missing category (日效性指标 (a misprint of timeliness), Tanghu 2020), is reported by indicator-category-unknown, with that category as the one meant, and not again here as missing (unless that rule is turned off); "
                + "where the framework asks a first level to evaluate several second-level categories (Shenzhen's department benefits: at least three of social, economic, ecological and sustainable impact, ST-8), too few are reported, once, a category marked not applicable not counting and a required one reported missing counting as filled in (one gap, one finding); "
                + "under a framework marked partial (an archived copy cut short), the categories the taxonomy lists after the category of the copy's last row are past the copy's end and are not reported (score-weights partial says so); a category missing before that row still is; where the framework's file says, as data, that the copy is cut before any indicator row (partialCut.indicators), no indicator at all is not asked for either, a note says the cut instead (none-cut); where the form prints its categories in another order than the taxonomy's and the framework's file names the heading the copy breaks off in (partialCut.endsIn: Fengjie 2023 prints the cost indicators first, as MOF Caiyu [2021] No. 101 orders them, and the copy ends at the heading 产出指标 (output indicators) | 数量指 (quantity, cut off)), that category and those after it are not reported; where it names a second level too (Xiuying 2022 breaks off in its benefit analysis, inside the first paragraph, on the social benefit), that second level and those after it are not, nor is the first level as a whole where its second levels are all optional and the copy has no row of it (since session 54); where it says the copy starts inside the table (partialCut.copyStart), the categories listed before the category (and second level) of the copy's first row are before its start and are not reported either; "
                + "at monitoring and self-evaluation the targets are the ones approved at the start of the year (for a transfer payment, the regional targets issued from above), to which no row, nor a not-applicable row, can be added: since session 56 the message asks for the reason in the report and the category to be set in next year's targets (approved, the same fingerprint; since session 57 also where a whole first level is missing, level1-approved); since session 58 several second levels missing under one first level are one finding naming them all (approved-several, the fingerprint of the first one's approved), and where the report gives results and no targets at all (indicator-incomplete's no-target-all), so that what the approved targets held is not known, the finding says the report gives no result of the category (approved-results, approved-several-results, the same findings); frameworks that do not sort indicators into categories (the Chongqing department table) are not checked; where no row names a first or second level (Chongqing's forms print neither column), nothing is asked without a framework (none named, or the one named cannot be loaded), and under a framework with categories indicator-category-unknown says of each row that it has no first level, and the categories are not asked again one by one (unless that rule is turned off).",
        source = "ST-2：财预〔2020〕10号；地方财政支出绩效评价管理办法（仿财预〔2011〕285号）第十三、十六条。ST-3：财预〔2021〕101号（成本、产出、效益、满意度四类）。ST-8：深圳 部门整体支出绩效评价共性指标体系 附件2 效果性（社会效益、经济效益、生态效益及可持续影响等）",
        sourceEn = "ST-2: MOF Caiyu [2020] No. 10; Measures for the Performance Evaluation of Local Fiscal Spending (after MOF Caiyu [2011] No. 285), Articles 13 and 16. ST-3: MOF Caiyu [2021] No. 101 (four categories: cost, outputs, benefits, satisfaction). ST-8: Shenzhen department spending evaluation indicator system, Annex 2, effectiveness (social, economic, ecological benefits and sustainable impact)",
        messages = {
            @RuleInfo.Message(zh = "缺少“{0}/{1}”类指标，也没有注明不适用。请补充该类三级指标；确实不适用的，加一行：一级指标“{0}”、二级指标“{1}”、三级指标写“不适用”（JSON 中为 level1、level2 和 notApplicable: true）。",
                    en = "No \"{0}/{1}\" indicator, and the category is not marked as not applicable. Add indicators of this category, or, if it does not apply, a row with 一级指标 (first level) \"{0!}\" ({0}), 二级指标 (second level) \"{1!}\" ({1}) and 不适用 (not applicable) as its 三级指标 (third level; in JSON: level1, level2 and notApplicable: true)."),
            // session 56 (audit A11 C4: 镜湖区残联 2023 t125, 塘湖镇 t69, t80, t83): at 运行监控 and 自评 the targets are the ones
            // approved at the start of the year (for a transfer payment, issued from above): no row can be added to them now
            @RuleInfo.Message(key = "approved", sameAs = "", details = {2, 3}, zh = "年初批复的绩效目标中缺少“{0}/{1}”类指标，也没有注明不适用。{2}按批复的目标逐项填报，不能事后补设：请在报告中说明缺少该类指标的原因，并在下一年度申报绩效目标时补设该类指标。",
                    en = "The performance targets approved at the start of the year have no \"{0}/{1}\" indicator, and the category is not marked as not applicable. The {3} reports on the approved targets row by row, and none can be added after the fact: state in the report why this category is missing, and set indicators of it when next year's targets are declared."),
            // session 58 (audit s57 A12 D3: t129, t109, t12, t54 said approved twice, 质量 and 时效, the same text): several 二级 of
            // one 一级 missing from the approved targets, one finding naming them all; identified as the first one's approved
            // (its 二级, {1}, kept unprinted), the others, their count and the stage details
            @RuleInfo.Message(key = "approved-several", sameAs = "", details = {2, 3, 4, 5, 6}, unprinted = {1}, lists = {4},
                    zh = "年初批复的绩效目标中缺少“{0}”下的{4}{5}类指标，也没有注明不适用。{2}按批复的目标逐项填报，不能事后补设：请在报告中说明缺少这些类别指标的原因，并在下一年度申报绩效目标时补设。",
                    en = "The performance targets approved at the start of the year have no \"{0}\" indicator of {6} categories, {4}, and none is marked as not applicable. The {3} reports on the approved targets row by row, and none can be added after the fact: state in the report why these categories are missing, and set indicators of them when next year's targets are declared."),
            // session 58 (audit s57 A12 C6: t109 prints no target at all): the report gives results only (the Engine's, beside
            // indicator-incomplete's no-target-all), so what the approved targets held is not known; the same findings
            @RuleInfo.Message(key = "approved-results", sameAs = "", details = {2, 3},
                    zh = "报告中没有“{0}/{1}”类指标的完成情况，也没有注明不适用。报告只写完成情况、不写指标值，年初批复的绩效目标中有没有这一类也就无从得知；{2}按批复的目标逐项填报，不能事后补设：请在报告中写明这一类指标的完成情况；批复的绩效目标中没有这一类的，说明原因，并在下一年度申报绩效目标时补设。",
                    en = "The report gives no result for a \"{0}/{1}\" indicator, and the category is not marked as not applicable. It gives results without their targets, so whether the targets approved at the start of the year had one is not known; the {3} reports on the approved targets row by row, and none can be added after the fact: report how the indicators of this category were achieved; where the approved targets had none, state why, and set indicators of it when next year's targets are declared."),
            @RuleInfo.Message(key = "approved-several-results", sameAs = "", details = {2, 3, 4, 5, 6}, unprinted = {1}, lists = {4},
                    zh = "报告中没有“{0}”下的{4}{5}类指标的完成情况，也没有注明不适用。报告只写完成情况、不写指标值，年初批复的绩效目标中有没有这些类别也就无从得知；{2}按批复的目标逐项填报，不能事后补设：请在报告中写明这些类别指标的完成情况；批复的绩效目标中没有的，说明原因，并在下一年度申报绩效目标时补设。",
                    en = "The report gives no result for a \"{0}\" indicator of {6} categories, {4}, and none is marked as not applicable. It gives results without their targets, so whether the targets approved at the start of the year had them is not known; the {3} reports on the approved targets row by row, and none can be added after the fact: report how the indicators of these categories were achieved; where the approved targets had none, state why, and set indicators of them when next year's targets are declared."),
            @RuleInfo.Message(key = "level1", zh = "没有任何“{0}”（{1} 中的任一类）指标，也没有注明不适用。请补充该类三级指标；确实不适用的，加一行：一级指标“{0}”、三级指标写“不适用”（JSON 中为 level1 和 notApplicable: true）。",
                    en = "No \"{0}\" indicator at all (any of {1}), and the category is not marked as not applicable. Add indicators of this category, or, if it does not apply, a row with 一级指标 (first level) \"{0!}\" ({0}) and 不适用 (not applicable) as its 三级指标 (third level; in JSON: level1 and notApplicable: true).", lists = {1}),
            // the same at 自评 / 运行监控 for a whole 一级 (session 57, audit s56 A11 C4)
            @RuleInfo.Message(key = "level1-approved", sameAs = "level1", details = {2, 3}, lists = {1},
                    zh = "年初批复的绩效目标中没有任何“{0}”（{1} 中的任一类）指标，也没有注明不适用。{2}按批复的目标逐项填报，不能事后补设：请在报告中说明缺少该类指标的原因，并在下一年度申报绩效目标时补设该类指标。",
                    en = "The performance targets approved at the start of the year have no \"{0}\" indicator at all (any of {1}), and the category is not marked as not applicable. The {3} reports on the approved targets row by row, and none can be added after the fact: state in the report why this category is missing, and set indicators of it when next year's targets are declared."),
            @RuleInfo.Message(key = "no-level2", zh = "“{0}”的 {1} 行指标没有二级类别，而指标分类要求 {2} 各类都有指标：{1} 行涵盖不了这 {3} 类。请为每行注明二级类别，并补充缺少的类别；确实不适用的，每类加一行：一级指标“{0}”、二级指标为该类别、三级指标写“不适用”（JSON 中为 level1、level2 和 notApplicable: true）。",
                    en = "The {1} \"{0}\" indicator row(s) name no second-level category, where the indicator taxonomy asks for indicators of each of {2}: {1} row(s) cannot cover these {3} categories. Name each row's second-level category and add the missing categories, or, for a category that does not apply, a row with 一级指标 (first level) \"{0!}\" ({0}), the category as 二级指标 (second level) and 不适用 (not applicable) as its 三级指标 (third level; in JSON: level1, level2 and notApplicable: true).", lists = {2}),
            @RuleInfo.Message(key = "no-level2-at-least", zh = "“{0}”的 {1} 行指标没有二级类别，而评分框架要求从 {2} 中至少选择 {3} 类进行评价：{1} 行涵盖不了。请为每行注明二级类别，并补充其他类别的指标（标为不适用的类别不计入）。",
                    en = "The {1} \"{0}\" indicator row(s) name no second-level category, where the framework asks for at least {3} of {2} to be evaluated: {1} row(s) cannot cover them. Name each row's second-level category and add indicators of other categories (a category marked not applicable does not count).", lists = {2}),
            @RuleInfo.Message(key = "at-least", zh = "“{0}”类指标只评价了 {2} 类二级（{1}），评分框架要求从 {4} 中至少选择 {3} 类进行评价（标为不适用的类别不计入）。请补充其他类别的指标。",
                    en = "The rows under \"{0}\" evaluate {2} of its second-level categories ({1}); the framework asks for at least {3} of {4} to be evaluated (a category marked not applicable does not count). Add indicators of other categories.", lists = {1, 4}),
            @RuleInfo.Message(key = "none", zh = "没有任何绩效指标。请按产出、效益、满意度各类填报三级指标。",
                    en = "There are no indicators at all. File third-level indicators for outputs, benefits and satisfaction."),
            @RuleInfo.Message(key = "none-cut", sameAs = "none", details = 0,
                    zh = "没有任何绩效指标：评分框架 {0} 写明存档副本在绩效指标之前截断（partialCut），各行在截断处之后，未转录，不是表的缺陷。要检查指标，请转录完整的表。",
                    en = "There are no indicators: the framework {0} says that the archived copy breaks off before the indicators (partialCut); the rows are past the cut and not transcribed, which is no defect of the table. To have the indicators checked, transcribe the whole table.")
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
        Optional<Framework> framework = ctx.framework();
        if (all.isEmpty()) {
            if (cutBeforeIndicators(framework)) {
                ctx.report(Severity.INFO, "none-cut", where, null, framework.get().id());
            } else {
                ctx.report("none", where);
            }
            return;
        }
        if (all.stream().allMatch(i -> Checks.blank(i.level1()) && Checks.blank(i.level2()))
                && (framework.isEmpty() || !ctx.isOff("indicator-category-unknown"))) {
            // no row names a category (重庆's forms print neither 一级 nor 二级): which one is missing, the table cannot
            // say. With no framework to ask (none named, or the one named cannot be loaded: framework-invalid says why)
            // nothing is asked; under a framework that sorts its indicators, indicator-category-unknown says each row
            // has no 一级, and the categories are not asked again one by one
            return;
        }
        if (framework.isPresent()) {
            byFramework(framework.get(), Labels.of(ctx), IndicatorFacts.of(submission, ctx), where, submission.stage(), ctx);
            return;
        }
        Set<String> present = new HashSet<>();
        Map<String, Integer> rows = new java.util.HashMap<>();
        boolean st3 = false;
        boolean sorted = false; // an applicable row names a 二级 (a row marked not applicable naming one is the advice followed)
        for (Indicator i : all) {
            // 产出目标 / 数量目标 (福建 2020) as 产出指标 / 数量指标
            String l1 = Taxonomy.goalAsIndicator(i.level1() == null ? null : i.level1().strip());
            if (!Checks.blank(i.level2())) {
                present.add(Taxonomy.goalAsIndicator(i.level2().strip()));
                sorted |= !i.notApplicable();
            }
            if (l1 != null && !i.notApplicable()) {
                rows.merge(l1, 1, Integer::sum);
            }
            st3 |= "成本指标".equals(l1);
        }
        for (Map.Entry<String, List<String>> e : (st3 ? ST3 : ST2).entrySet()) {
            int n = rows.getOrDefault(e.getKey(), 0);
            if (!sorted && n > 0) {
                // no row of the form names a 二级 (no 二级 column): only too few rows for the 二级 asked, once; a 二级 a
                // row marked not applicable names is answered
                List<String> left = e.getValue().stream().filter(l2 -> !present.contains(l2)).toList();
                if (n < left.size()) {
                    ctx.report("no-level2", where, e.getKey(), n, String.join("、", left), left.size());
                }
                continue;
            }
            List<String> approvedMissing = new java.util.ArrayList<>(); // the 二级 missing from the year's approved targets
            for (String level2 : e.getValue()) {
                if (!present.contains(level2)) {
                    if (submission.stage() == io.github.jixiao.model.Stage.SELF_EVALUATION
                            || submission.stage() == io.github.jixiao.model.Stage.MONITORING) {
                        // the year's approved targets: the category is set next year, not added now (approved, session 56);
                        // said once for the 一级 (approved-several, session 58)
                        approvedMissing.add(level2);
                        continue;
                    }
                    ctx.report("", where, e.getKey(), level2);
                }
            }
            approved(ctx, ctx.descriptor().severity(), where, null, e.getKey(), approvedMissing,
                    submission.stage() == io.github.jixiao.model.Stage.SELF_EVALUATION);
        }
    }

    /**
     * The 二级 of {@code level1} missing from the year's approved targets ({@code missing}, at 自评 or 运行监控): one, said as
     * {@code approved} (session 56); several, one finding naming them all, {@code approved-several}, identified as the
     * first one's {@code approved} (audit s57 A12 D3, session 58: 产出指标's 质量 and 时效 were two warnings of one text on
     * t129, t109, t12, t54 and others).
     */
    private static void approved(RuleContext ctx, Severity severity, Src where, String criterion, String level1,
                                 List<String> missing, boolean self) {
        if (missing.isEmpty()) {
            return;
        }
        String stageZh = self ? "自评" : "运行监控";
        String stageEn = self ? "self-evaluation" : "monitoring";
        if (missing.size() == 1) {
            ctx.report(severity, "approved", where, criterion, level1, missing.get(0), stageZh, stageEn);
        } else {
            ctx.report(severity, "approved-several", where, criterion, level1, missing.get(0), stageZh, stageEn,
                    String.join("、", missing), missing.size() == 2 ? "两" : String.valueOf(missing.size()),
                    String.valueOf(missing.size()));
        }
    }

    /**
     * Whether the framework says, as data, that its copy is cut before any indicator row ({@code partialCut.indicators}:
     * 六安 金安区 常规赛 2025, t88, a 目标申报 copy ending at the first 数量指标 label; 衡阳 贯塘乡 2023, t70): no row is then
     * the copy's, not the table's, and "没有任何绩效指标。请…填报" (a warning) would ask for rows the published table has
     * past the cut. The note {@code none-cut} (the same fingerprint) says so instead: at 目标申报 and 运行监控, where no
     * score-weights {@code partial} note is given, it is the one word of the cut (and what the report's indicator table,
     * empty, points to); at 自评 the partial note says it, and Engine.partialCutOnce leaves this out beside it. A partial
     * framework that says the cut only in its note's words is asked as before.
     */
    private static boolean cutBeforeIndicators(Optional<Framework> framework) {
        return framework.map(Framework::partialCut).map(Framework.PartialCut::indicators).orElse(false);
    }

    /** The framework's own taxonomy: its required categories, matched with their aliases. */
    private static void byFramework(Framework f, Labels labels, IndicatorFacts facts, Src where, io.github.jixiao.model.Stage stage,
                                    RuleContext ctx) {
        // whether the form has a 二级 column at all: an applicable row of any category names one (a form that has one, with
        // the 二级 of some rows left blank, is asked each 二级 as before; a row marked not applicable naming one is the
        // messages' advice followed, not a column)
        boolean formHasLevel2 = false;
        boolean[] live = new boolean[facts.groups()]; // the groups with an applicable row: what atLeast counts
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE)) {
                live[facts.group(k)] = true;
                formHasLevel2 |= !Checks.blank(facts.level2(facts.group(k)));
            }
        }
        int[] end = f.isPartial() ? copyEnd(f, labels, facts) : null;
        // a copy that starts inside the table (partialCut.copyStart): what the taxonomy lists before its first row's
        // category, and the 二级 before that row's within it, are before the copy's start (the mirror of its end)
        int[] start = f.isPartial() && f.partialCut() != null && f.partialCut().copyStart() ? copyStart(f, labels, facts) : null;
        // a category's rows are asked of only by their labels: each group of rows with equal labels is asked once
        for (int ci = 0; ci < f.taxonomy().size(); ci++) {
            Framework.Category c = f.taxonomy().get(ci);
            if (end != null && ci > end[0]) {
                break; // printed after the copy's last row: past its end, which score-weights partial says
            }
            if (start != null && ci < start[0]) {
                continue; // printed before the copy's first row: before its start
            }
            int firstLevel2 = start != null && ci == start[0] ? start[1] : -1; // the 二级 before it are before the start
            List<Integer> in = new java.util.ArrayList<>(); // the groups whose 一级 names c
            for (int g = 0; g < facts.groups(); g++) {
                if (labels.matches(c, facts.level1(g))) {
                    in.add(g);
                }
            }
            if (c.optional() && in.isEmpty()) {
                continue;
            }
            int lastLevel2 = end != null && ci == end[0] ? end[1] : Integer.MAX_VALUE; // the 二级 past it are past the end
            String criterion = criterionOf(f, c);
            if (in.isEmpty() && c.level2().stream().allMatch(Framework.SubCategory::optional)) {
                if (lastLevel2 < c.level2().size() - 1) {
                    // the copy breaks off inside this 一级, at one of its 二级 (partialCut.endsIn with a 二级: 海口 秀英区 2022's
                    // "2.效益指标完成情况分析。(1)项目实施的社会效", t121): the 二级 from there on are past the cut, and any of
                    // them would have answered "at least one"; those before it are optional, so nothing here is missing
                    continue;
                }
                // every 二级 is optional, but the 一级 is not: at least one of them; at 自评 / 运行监控 the year's approved
                // targets, as approved says of a 二级 (金堡 渔业 2020, t56: 效益指标 printed with no row under it; audit s56 A11
                // C4, session 57: "请补充该类三级指标" fits only 目标申报)
                if (stage == io.github.jixiao.model.Stage.SELF_EVALUATION || stage == io.github.jixiao.model.Stage.MONITORING) {
                    boolean self = stage == io.github.jixiao.model.Stage.SELF_EVALUATION;
                    ctx.report(ctx.descriptor().severity(), "level1-approved", where, criterion, c.level1(),
                            String.join("、", c.level2Names()), self ? "自评" : "运行监控", self ? "self-evaluation" : "monitoring");
                } else {
                    ctx.report(ctx.descriptor().severity(), "level1", where, criterion, c.level1(),
                            String.join("、", c.level2Names()));
                }
                continue;
            }
            int unsorted = formHasLevel2 ? 0 : applicableRows(facts, in);
            if (unsorted > 0 && (end != null && ci == end[0] || firstLevel2 >= 0)) {
                continue; // too few rows where the copy ends (or starts) among them: the rest are past its end (before its start)
            }
            if (unsorted > 0) {
                // the form prints no 二级 (海南's 项目绩效目标表: 指标类型 | 指标名称 | 绩效目标): which 二级 a row is, the table
                // does not say, so no one 二级 can be called missing; only too few rows for the 二级 asked for
                // (a 二级 a row marked not applicable names is answered; atLeast counts rows evaluated, not marked)
                List<String> required = c.level2().stream().filter(s -> !s.optional() && !anyNamed(labels, s, facts, in))
                        .map(Framework.SubCategory::name).toList();
                if (required.size() >= c.atLeast()) {
                    if (unsorted < required.size()) {
                        ctx.report(ctx.descriptor().severity(), "no-level2", where, criterion, c.level1(), unsorted,
                                String.join("、", required), required.size());
                    }
                } else if (unsorted < c.atLeast()) {
                    ctx.report(ctx.descriptor().severity(), "no-level2-at-least", where, criterion, c.level1(), unsorted,
                            String.join("、", c.level2Names()), c.atLeast());
                }
                continue;
            }
            List<String> names = null; // c's 二级 names, asked for only when one is missing
            List<String> covered = new java.util.ArrayList<>(); // the 二级 evaluated: with an applicable row (for atLeast)
            int reported = 0; // the required 二级 reported missing: each, once filled, is one more evaluated
            List<String> approvedMissing = new java.util.ArrayList<>(); // the 二级 missing from the year's approved targets
            for (int si = 0; si < c.level2().size(); si++) {
                Framework.SubCategory s = c.level2().get(si);
                if (c.atLeast() > 0 && anyNamed(labels, s, facts, in, live)) {
                    covered.add(s.name());
                }
                if (s.optional() || si > lastLevel2 || si < firstLevel2 || anyNamed(labels, s, facts, in)) {
                    continue;
                }
                if (names == null) {
                    names = c.level2Names();
                }
                if (!ctx.isOff("indicator-category-unknown") && printedUnderAnotherWord(labels, c, s, names, facts, in)) {
                    continue; // indicator-category-unknown reports the label, suggesting s: one finding, not two
                }
                if (stage == io.github.jixiao.model.Stage.SELF_EVALUATION || stage == io.github.jixiao.model.Stage.MONITORING) {
                    // the year's approved targets: the category is set next year, not added now (approved, session 56);
                    // said once for the 一级 after its last 二级 (approved-several, session 58)
                    approvedMissing.add(s.name());
                } else {
                    ctx.report(ctx.descriptor().severity(), "", where, criterion, c.level1(), s.name());
                }
                reported++;
            }
            approved(ctx, ctx.descriptor().severity(), where, criterion, c.level1(), approvedMissing,
                    stage == io.github.jixiao.model.Stage.SELF_EVALUATION);
            if (covered.size() + reported < c.atLeast() && !in.isEmpty() && lastLevel2 == Integer.MAX_VALUE && firstLevel2 < 0) {
                // the framework asks for several of the 二级 (ST-8: 深圳's 效益, three of 社会, 经济, 生态 and 可持续影响); a
                // label indicator-category-unknown reports as meaning one of them counts for it, as a required 二级 reported
                // missing above does (one finding, not two: filling it in answers both)
                List<String> all = names != null ? names : c.level2Names();
                int meant = 0;
                if (!ctx.isOff("indicator-category-unknown")) {
                    for (Framework.SubCategory s : c.level2()) {
                        if (!covered.contains(s.name()) && printedUnderAnotherWord(labels, c, s, all, facts, in)) {
                            meant++;
                        }
                    }
                }
                if (covered.size() + reported + meant < c.atLeast()) {
                    ctx.report(ctx.descriptor().severity(), "at-least", where, criterion, c.level1(),
                            covered.isEmpty() ? "—" : String.join("、", covered), covered.size(), c.atLeast(),
                            String.join("、", all));
                }
            }
        }
    }

    /**
     * Where a partial copy ends (the framework says only part of the table is transcribed: t46, t71): the taxonomy's
     * index of the category of the last row that names one, and the index of its 二级 within it
     * ({@link Integer#MAX_VALUE} when the row names none the taxonomy knows, so that each 二级 of that category is asked
     * as before). The categories the taxonomy
     * lists after that row are past the copy's end, not missing from the table: the table's order is taken to be the
     * taxonomy's (财预〔2020〕10号 prints 产出, 效益, 满意度 in this order). A copy whose rows name no category it knows
     * ends nowhere it can tell: every category is asked, as for a whole copy. Where the file says the heading the copy
     * breaks off in ({@code partialCut.endsIn}: a form printing its categories in another order, 奉节 2023, t63), that
     * heading is the end: it and every category after it are past.
     */
    private static int[] copyEnd(Framework f, Labels labels, IndicatorFacts facts) {
        List<String> endsIn = f.partialCut() == null ? List.of() : f.partialCut().endsIn();
        if (!endsIn.isEmpty()) {
            // the file says where the copy breaks off (partialCut.endsIn): that heading and what the taxonomy lists after it
            for (int ci = 0; ci < f.taxonomy().size(); ci++) {
                Framework.Category c = f.taxonomy().get(ci);
                if (!labels.matches(c, endsIn.get(0))) {
                    continue;
                }
                if (endsIn.size() > 1) {
                    for (int si = 0; si < c.level2().size(); si++) {
                        if (labels.matches(c.level2().get(si), endsIn.get(1))) {
                            return new int[] {ci, si - 1};
                        }
                    }
                }
                return new int[] {ci - 1, Integer.MAX_VALUE};
            }
        }
        for (int k = facts.size() - 1; k >= 0; k--) {
            int[] at = placeOf(f, labels, facts, k, Integer.MAX_VALUE);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    /**
     * Where a copy that starts inside the table starts ({@code partialCut.copyStart}: 大英 医保 2023, t96, its first row a 时效
     * row): the taxonomy's index of the category of the first row that names one, and the index of its 二级 within it (-1
     * when the row names none the taxonomy knows, so that each 二级 of that category is asked as before). The mirror of
     * {@link #copyEnd}, on the same reading of the table's order as the taxonomy's. A copy whose rows name no category it
     * knows starts nowhere it can tell: every category is asked.
     */
    private static int[] copyStart(Framework f, Labels labels, IndicatorFacts facts) {
        for (int k = 0; k < facts.size(); k++) {
            int[] at = placeOf(f, labels, facts, k, -1);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    /**
     * Where row {@code k} stands in the taxonomy: the index of the category its 一级 names and of its 二级 within it
     * ({@code noLevel2} where the row names no 二级 the taxonomy knows), or null where its 一级 names none: copyEnd's and
     * copyStart's one reading of a row.
     */
    private static int[] placeOf(Framework f, Labels labels, IndicatorFacts facts, int k, int noLevel2) {
        int g = facts.group(k);
        for (int ci = 0; ci < f.taxonomy().size(); ci++) {
            Framework.Category c = f.taxonomy().get(ci);
            if (!labels.matches(c, facts.level1(g))) {
                continue;
            }
            for (int si = 0; si < c.level2().size(); si++) {
                if (labels.matches(c.level2().get(si), facts.level2(g))) {
                    return new int[] {ci, si};
                }
            }
            return new int[] {ci, noLevel2};
        }
        return null;
    }

    /**
     * Whether a row of {@code c} has a 二级 the taxonomy does not know whose word says it is {@code s} (黄冈 2020 prints
     * its 时效 rows as 进度指标): indicator-category-unknown reports that label with {@code s} as the label meant.
     */
    private static boolean printedUnderAnotherWord(Labels labels, Framework.Category c, Framework.SubCategory s, List<String> names,
                                                   IndicatorFacts facts, List<Integer> groups) {
        for (int g : groups) {
            String l2 = facts.level2(g);
            if (l2 == null || l2.isBlank() || labels.anyLevel2(c, l2)) {
                continue;
            }
            if (s.name().equals(IndicatorCategoryUnknown.hint(l2, names))) {
                return true;
            }
            // a misprint whose one nearest label is s (塘湖镇 2020's 日效性指标: “是否应为时效指标？”)
            String nearest = IndicatorCategoryUnknown.nearest(l2, names,
                    c.level2().stream().flatMap(x -> x.aliases().stream()).toList());
            if (s.name().equals(nearest) || s.aliases().contains(nearest)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The applicable rows of {@code groups} (a category whose rows are all marked not applicable gives 0, and is asked
     * of as before).
     */
    private static int applicableRows(IndicatorFacts facts, List<Integer> groups) {
        boolean[] in = new boolean[facts.groups()]; // one pass over the rows, however many groups (spellings) there are
        for (int g : groups) {
            in[g] = true;
        }
        int n = 0;
        for (int k = 0; k < facts.size(); k++) {
            if (in[facts.group(k)] && facts.all(k, IndicatorFacts.APPLICABLE)) {
                n++;
            }
        }
        return n;
    }

    private static boolean anyNamed(Labels labels, Framework.SubCategory s, IndicatorFacts facts, List<Integer> groups) {
        return anyNamed(labels, s, facts, groups, null);
    }

    /** Whether a group of {@code groups} (one with an applicable row, when {@code live} is given) names {@code s}. */
    private static boolean anyNamed(Labels labels, Framework.SubCategory s, IndicatorFacts facts, List<Integer> groups,
                                    boolean[] live) {
        for (int g : groups) {
            if ((live == null || live[g]) && labels.matches(s, facts.level2(g))) {
                return true;
            }
        }
        return false;
    }

    /** The criterion that scores the indicators of {@code c}, or null when none does. */
    private static String criterionOf(Framework f, Framework.Category c) {
        for (Framework.Leaf l : f.leaves()) {
            if (l.method() instanceof Method.IndicatorPoints ip && (ip.counts(c.level1())
                    || c.aliases().stream().anyMatch(ip::counts))) {
                return l.id();
            }
        }
        return null;
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
