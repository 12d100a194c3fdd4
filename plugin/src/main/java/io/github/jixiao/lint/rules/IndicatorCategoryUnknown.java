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
import io.github.jixiao.text.Chars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "indicator-category-unknown",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        titleZh = "指标类别不在评价体系中，或明显归错类",
        titleEn = "Indicator category not in the framework, or plainly misfiled",
        rationaleZh = "一级、二级指标的名称要用评价体系的分类（及其认可的别名），否则汇总和评分找不到它们；写错的（“日效性指标”）给出最接近的名称，名称中的字已说明所指的（“进度指标”即时效指标，“环境效益”即生态效益的旧称：黄石市图书馆 2022）给出该名称。类别名称后印的分值（“(50分)”）、别名（“(或建筑规模指标)”：东莞 2019）和模板的填写要求（“(必填)”“(选填)”：原州 2022）不算名称的一部分。"
                + "“预算(或投资规模)控制指标”（东莞 2019）讲的是控制成本，给出“成本指标”；把几类效益合成一类的（“社会、经济、生态效益 指标”：东莞 2019），不猜其中一类，请按类分列（merged）。"
                + "指标名称清楚表明归错了类的（名称讲成本、资金的列为“生态效益指标”，名称与满意度无关的列为满意度指标，名称以“满意度”“满意率”“满意程度”结尾的列在产出指标或效益指标的二级下：宁晋 2019 的“资助对象满意度”列为质量指标，湘潭 2023 的“市民对空气质量改善的满意程度”列为社会效益指标；效益指标下印“满意度”二级的是旧分类的归法，不算），也予以指出。"
                + "一级栏印“实施效果指标”、二级栏印评价体系的一级指标（产出指标、效益指标）的行（中央预算内投资计划绩效目标表：天津 宝坻 2022），按二级栏的类别计分、归类，没有二级指标，每个类别说明一次（提示）。"
                + "没有一级指标的行：其二级在评价体系的分类中只属于一个一级的（表中只印二级，或把“数量指标”等二级印在“一级指标”栏：鄂州 2022、梧州 2024），按该一级计分、归类，每个二级说明一次（提示）；二级为空、不在分类中或有歧义的（mof-project-2020 的“成本指标”既是产出的二级，又是财预〔2021〕101号的一级），不属于任何一类，不参与计分，其分值也不计入权重，逐行指出（九亭镇 2020 的两行“长效管理指标”）。不报告：评价体系认可的别名（“经济成本指标”在产出下是成本指标的别名，混用两套分类由 indicator-taxonomy-mixed 报告）；少了或多了末尾“指标”二字的写法（“成本”“时效”“经济效益”即成本指标、时效指标、经济效益指标，襄阳 2021 即如此印）；二级前面连写所属一级名称的写法（“产出数量”“产出质量”“产出时效”“产出成本”列在产出指标下，即数量、质量、时效、成本指标，吕梁 2021 即如此印；列在别的一级下的仍报告）；评价体系没有分类的（重庆部门整体表）；名称与类别的不符只在一眼可辨时报告（讲成本、资金而不提任何生态内容的“生态效益”，名称里没有“满意”的满意度指标，名称以“满意度”“满意率”“满意程度”结尾的产出指标或效益指标；“满意度调查次数”是产出），其余（如“全市安全度汛”列为经济效益）不作判断。没有一级指标的行，表中各指标都没有分值时（大英 2020），不说“不参与计分”（各行本就都未计分），只要求归类（no-level1-unscored）。二级可属不止一个一级的，说明可属哪几个，而不说“不属于任何一类”（大英 2020 的“成本指标”：-either，同一条发现）。表中一级指标一栏印的不是绩效指标的类别（大英 双心 2020 的“项目决策”“项目效益”），照录为 level1Printed 的：按二级推定一级的各行合为一条提示（level1-printed），在 /indicators 说明所印的一级不在分类中、各行归入哪一类，不再逐个二级说“没有一级指标”；无从推定的行说明所印的一级不在分类中（-either-printed，同一条发现）。自 session 58 起。",
        rationaleEn = "First- and second-level categories use the framework's labels (or the synonyms it accepts); otherwise totals and scoring cannot find them. A "
                + "misspelt label (\"日效性指标\" (a misspelling of timeliness indicators)) gets the nearest one suggested, or the one a word of it names (\"进度指标\" (progress) is timeliness, \"环境效益\" (environmental benefit, the older name) ecological benefit). A bracket after a label holding its printed weight (50分 (50 points)), other names for the category (或建筑规模指标 (or building scale): Dongguan 2019) or the template's note whether it must be filled (必填 (required), 选填 (optional): Yuanzhou 2022) is not part of the label. A budget or investment-size control label (Dongguan 2019) gets the cost category; a label merging several benefit categories (social, economic and ecological benefits in one label: Dongguan 2019) is asked to be split by category, not matched to one of them (merged). An indicator whose name plainly belongs elsewhere (cost or money filed as "
                + "生态效益指标 (ecological benefit), a non-satisfaction measure filed as satisfaction, a name ending in 满意度 (satisfaction), 满意率 (satisfaction rate) or 满意程度 (degree of satisfaction) filed under outputs or a benefit category: Ningjin 2019's 资助对象满意度 (satisfaction of those aided) as a quality indicator, Xiangtan 2023's 市民对空气质量改善的满意程度 (citizens' satisfaction with the better air) as a social benefit; a 满意度 (satisfaction) second level under benefits is the older taxonomy's filing, not misfiled) is pointed out too."
                + " Rows printing 实施效果指标 (implementation results) in their first-level column and a first-level category of the framework (产出指标 (outputs), 效益指标 (benefits)) in their second (the 中央预算内投资计划绩效目标表 (performance target table of a central budget investment plan): Tianjin Baodi 2022) are scored and sorted under the category of their second-level column, with no second level, said once per category (info)."
                + " A row with no first-level category whose second-level category the framework's taxonomy has under one first-level category only (a table printing only the second level, or printing 数量指标 (quantity) and the like in its first-level column: Ezhou 2022, Wuzhou 2024) is scored and sorted under that one, said once per second-level category (info); one whose second level is blank, unknown or ambiguous (成本指标 (cost) in mof-project-2020 is both a second level of outputs and the first level of MOF Caiyu [2021] No. 101) belongs to none of the framework's categories: it is not scored and its points count in no weight, so each such row is pointed out (the two 长效管理指标 (long-term management) rows of Jiuting 2020). Not flagged: synonyms the framework accepts (\"经济成本指标\" (economic cost) under outputs is an alias of 成本指标 (cost); mixing taxonomies is indicator-taxonomy-mixed's); a label that lacks or adds the trailing 指标 (indicator) (\"成本\", \"时效\", \"经济效益\" are the cost, timeliness and economic benefit indicators, as 襄阳 (Xiangyang) 2021 prints them); a second-level label with the name of its first level run in front of it (\"产出数量\" (output quantity), \"产出质量\" (output quality), \"产出时效\" (output timeliness), \"产出成本\" (output cost) under 产出指标 (outputs) are its quantity, quality, timeliness and cost indicators, as 吕梁 (Lvliang) 2021 prints them; under another first level such a label is still reported); frameworks without a taxonomy (the Chongqing department table); misfiling is reported only where the name leaves no doubt (cost or money with nothing ecological as 生态效益 (ecological benefit), a satisfaction row whose name has no 满意 (satisfied), an output or benefit row whose name ends in 满意度 (satisfaction), 满意率 (satisfaction rate) or 满意程度 (degree of satisfaction; 满意度调查次数 (number of satisfaction surveys) is an output)); other doubtful cases (\"全市安全度汛\" (citywide flood safety) as economic benefit) are left alone. A row with no first-level category on a table where no row carries points (Daying 2020) is not said to be left unscored (none is scored); it is asked to be filed (no-level1-unscored). A second level that may belong to more than one first level is said to, naming them, not to belong to none (成本指标 (cost), Daying 2020: -either, the same finding). Where the first-level column prints a text that is no category of indicators (项目决策 (project decision), 项目效益 (project benefit): Daying 2020's Shuangxin table), transcribed as level1Printed, the rows filed by their second level are one note at /indicators (level1-printed) saying that the printed text is no category and where the rows went, not \"no first-level category\" once per second level; a row that cannot be filed says the printed text is no category (-either-printed, the same finding). Since session 58.",
        source = "ST-2：财预〔2020〕10号 绩效指标分类；评价体系的 taxonomy；棠溪 2022（“对控制基建项目成本影响程度”列为生态效益）、衡山 2020、黄冈 2020、襄阳 2021（二级印作“成本”“时效”“经济效益”）实例",
        sourceEn = "ST-2: MOF Caiyu [2020] No. 10, categories of performance indicators; the framework's taxonomy; Tangxi 2022 (\"impact on controlling the cost of infrastructure projects\" filed as ecological benefit), Hengshan 2020, Huanggang 2020 and Xiangyang 2021 (second-level labels printed cost, timeliness, economic benefit without the word indicator) examples",
        messages = {
            @RuleInfo.Message(zh = "二级指标“{1}”（一级“{0}”下）不在评价体系“{3}”的分类中。是否应为“{2}”？",
                    en = "The second-level category \"{1}\" (under \"{0}\") is not in the taxonomy of framework \"{3}\". Did you mean \"{2!}\" ({2})?"),
            @RuleInfo.Message(key = "level1", zh = "一级指标“{0}”不在评价体系“{3}”的分类中。是否应为“{2}”？",
                    en = "The first-level category \"{0}\" is not in the taxonomy of framework \"{3}\". Did you mean \"{2!}\" ({2})?"),
            @RuleInfo.Message(key = "elsewhere", zh = "二级指标“{1}”在评价体系中属于一级“{2}”，却列在“{0}”下。请移到“{2}”下。",
                    en = "The second-level category \"{1}\" belongs to \"{2}\" in the framework, but is filed under \"{0}\". Move it under \"{2!}\" ({2})."),
            @RuleInfo.Message(key = "no-level1", zh = "指标“{0}”（二级“{1}”）没有一级指标。评价体系“{2}”按一级指标归类计分：这一行不属于任何一类，不参与计分，分值 {3} 也不计入任何一类的权重。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") has no first-level category. Framework \"{2}\" scores indicators by their first-level category: this row belongs to none, is not scored, and its points ({3}) count in no category's weight. Fill in its 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "no-level1-no-level2", sameAs = "no-level1", unprinted = 1, zh = "指标“{0}”没有一级指标，也没有二级指标。评价体系“{2}”按一级指标归类计分：这一行不属于任何一类，不参与计分，分值 {3} 也不计入任何一类的权重。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" has no first-level category and no second-level one either. Framework \"{2}\" scores indicators by their first-level category: this row belongs to none, is not scored, and its points ({3}) count in no category's weight. Fill in its 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "no-level1-unpointed", sameAs = "no-level1", unprinted = 3, zh = "指标“{0}”（二级“{1}”）没有一级指标。评价体系“{2}”按一级指标归类计分：这一行不属于任何一类，不参与计分。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") has no first-level category. Framework \"{2}\" scores indicators by their first-level category: this row belongs to none and is not scored. Fill in its 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "no-level1-unpointed-no-level2", sameAs = "no-level1", unprinted = {1, 3}, zh = "指标“{0}”没有一级指标，也没有二级指标。评价体系“{2}”按一级指标归类计分：这一行不属于任何一类，不参与计分。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" has no first-level category and no second-level one either. Framework \"{2}\" scores indicators by their first-level category: this row belongs to none and is not scored. Fill in its 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "no-level1-unscored", sameAs = "no-level1", unprinted = 3, zh = "指标“{0}”（二级“{1}”）没有一级指标。评价体系“{2}”按一级指标归类：这一行不属于任何一类（表中各指标都没有分值，本就都未计分，但每个指标仍须归入一类）。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") has no first-level category. Framework \"{2}\" files indicators by their first-level category: this row belongs to none (no indicator here carries points, so none is scored, but each still belongs to a category). Fill in the first-level category (level1)."),
            @RuleInfo.Message(key = "no-level1-unscored-no-level2", sameAs = "no-level1", unprinted = {1, 3}, zh = "指标“{0}”没有一级指标，也没有二级指标。评价体系“{2}”按一级指标归类：这一行不属于任何一类（表中各指标都没有分值，本就都未计分，但每个指标仍须归入一类）。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" has no first-level category and no second-level one either. Framework \"{2}\" files indicators by their first-level category: this row belongs to none (no indicator here carries points, so none is scored, but each still belongs to a category). Fill in the first-level category (level1)."),
            @RuleInfo.Message(key = "no-level1-either", sameAs = "no-level1", details = 4, values = {4}, zh = "指标“{0}”（二级“{1}”）没有一级指标。评价体系“{2}”中二级“{1}”可属不止一个一级（{4}），无从推定：这一行未归入任何一类，不参与计分，分值 {3} 也不计入任何一类的权重。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") has no first-level category. In framework \"{2}\", \"{1}\" may belong to more than one first-level category ({4}), so none can be inferred: this row is filed under none, is not scored, and its points ({3}) count in no category's weight. Fill in its 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "no-level1-unpointed-either", sameAs = "no-level1", unprinted = 3, details = 4, values = {4}, zh = "指标“{0}”（二级“{1}”）没有一级指标。评价体系“{2}”中二级“{1}”可属不止一个一级（{4}），无从推定：这一行未归入任何一类，不参与计分。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") has no first-level category. In framework \"{2}\", \"{1}\" may belong to more than one first-level category ({4}), so none can be inferred: this row is filed under none and is not scored. Fill in its 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "no-level1-unscored-either", sameAs = "no-level1", unprinted = 3, details = 4, values = {4}, zh = "指标“{0}”（二级“{1}”）没有一级指标。评价体系“{2}”中二级“{1}”可属不止一个一级（{4}），无从推定归类（表中各指标都没有分值，本就都未计分，但每个指标仍须归入一类）。请填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") has no first-level category. In framework \"{2}\", \"{1}\" may belong to more than one first-level category ({4}), so none can be inferred (no indicator here carries points, so none is scored, but each still belongs to a category). Fill in the first-level category (level1)."),
            @RuleInfo.Message(key = "no-level1-either-printed", sameAs = "no-level1", details = {4, 5}, values = {4}, zh = "指标“{0}”（二级“{1}”）的一级指标一栏印的“{5}”不在评价体系“{2}”的分类中；二级“{1}”可属不止一个一级（{4}），无从推定：这一行未归入任何一类，不参与计分，分值 {3} 也不计入任何一类的权重。请按评价体系填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") prints \"{5}\" in its first-level column, which is not in the taxonomy of framework \"{2}\"; \"{1}\" may belong to more than one first-level category ({4}), so none can be inferred: this row is filed under none, is not scored, and its points ({3}) count in no category's weight. Fill in its 一级指标 (first-level category, level1) from the taxonomy."),
            @RuleInfo.Message(key = "no-level1-unpointed-either-printed", sameAs = "no-level1", unprinted = 3, details = {4, 5}, values = {4}, zh = "指标“{0}”（二级“{1}”）的一级指标一栏印的“{5}”不在评价体系“{2}”的分类中；二级“{1}”可属不止一个一级（{4}），无从推定：这一行未归入任何一类，不参与计分。请按评价体系填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") prints \"{5}\" in its first-level column, which is not in the taxonomy of framework \"{2}\"; \"{1}\" may belong to more than one first-level category ({4}), so none can be inferred: this row is filed under none and is not scored. Fill in its 一级指标 (first-level category, level1) from the taxonomy."),
            @RuleInfo.Message(key = "no-level1-unscored-either-printed", sameAs = "no-level1", unprinted = 3, details = {4, 5}, values = {4}, zh = "指标“{0}”（二级“{1}”）的一级指标一栏印的“{5}”不在评价体系“{2}”的分类中；二级“{1}”可属不止一个一级（{4}），无从推定归类（表中各指标都没有分值，本就都未计分，但每个指标仍须归入一类）。请按评价体系填写一级指标（level1）。",
                    en = "Indicator \"{0}\" (second level \"{1}\") prints \"{5}\" in its first-level column, which is not in the taxonomy of framework \"{2}\"; \"{1}\" may belong to more than one first-level category ({4}), so none can be inferred (no indicator here carries points, so none is scored, but each still belongs to a category). Fill in the first-level category (level1) from the taxonomy."),
            @RuleInfo.Message(key = "level1-inferred", zh = "二级指标“{2}”下有 {1} 行没有一级指标（第一行“{0}”）：评价体系“{4}”的分类中“{2}”只属于一级“{3}”，这些行按“{3}”计分、归类。如不对，请填写一级指标（level1）。",
                    en = "Rows with the second-level category \"{2}\" and no first-level category ({1} in all, the first \"{0}\"): in the taxonomy of framework \"{4}\", \"{2}\" belongs to \"{3}\" only, so they are scored and sorted under \"{3}\". If that is wrong, fill in each row's 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "level1-inferred-unscored", sameAs = "level1-inferred", zh = "二级指标“{2}”下有 {1} 行没有一级指标（第一行“{0}”）：评价体系“{4}”的分类中“{2}”只属于一级“{3}”，这些行归入“{3}”（表式不为绩效指标印分值，各行本不计分）。如不对，请填写一级指标（level1）。",
                    en = "Rows with the second-level category \"{2}\" and no first-level category ({1} in all, the first \"{0}\"): in the taxonomy of framework \"{4}\", \"{2}\" belongs to \"{3}\" only, so they are sorted under \"{3}\" (the form prints no points on its indicators, so no row is scored). If that is wrong, fill in each row's 一级指标 (first-level category, level1)."),
            @RuleInfo.Message(key = "level1-printed", details = {1, 3, 4}, lists = {0, 4}, values = {3},
                    zh = "一级指标一栏印的“{0}”不在评价体系“{2}”的分类中（不是绩效指标的类别），无法照录为一级指标：其下 {1} 行（{4}）按各自的二级指标归入{3}，计分、归类。如不对，请按评价体系填写各行的一级指标（level1）。",
                    en = "The first-level column prints \"{0}\", which is not in the taxonomy of framework \"{2}\" (no category of indicators) and cannot be written as a first-level category: its {1} rows ({4}) are filed by their second-level categories under {3}, scored and sorted there. If that is wrong, fill in each row's 一级指标 (first-level category, level1) from the taxonomy."),
            @RuleInfo.Message(key = "level1-printed-unscored", sameAs = "level1-printed", details = {1, 3, 4}, lists = {0, 4}, values = {3},
                    zh = "一级指标一栏印的“{0}”不在评价体系“{2}”的分类中（不是绩效指标的类别），无法照录为一级指标：其下 {1} 行（{4}）按各自的二级指标归入{3}（表式不为绩效指标印分值，各行本不计分）。如不对，请按评价体系填写各行的一级指标（level1）。",
                    en = "The first-level column prints \"{0}\", which is not in the taxonomy of framework \"{2}\" (no category of indicators) and cannot be written as a first-level category: its {1} rows ({4}) are filed by their second-level categories under {3} (the form prints no points on its indicators, so no row is scored). If that is wrong, fill in each row's 一级指标 (first-level category, level1) from the taxonomy."),
            @RuleInfo.Message(key = "level1-above", zh = "一级指标栏印“{2}”、二级指标栏印“{3}”的有 {1} 行（第一行“{0}”）：“{3}”是评价体系“{4}”的一级指标，“{2}”是印在其上的总标题（中央预算内投资计划绩效目标表即如此印），这些行按“{3}”计分、归类，没有二级指标。如不对，请填写各行的一级指标（level1）和二级指标（level2）。",
                    en = "Rows printing \"{2!}\" (implementation results, a heading) as their first-level category and \"{3}\" as their second ({1} in all, the first \"{0}\"): \"{3}\" is a first-level category of framework \"{4}\" and \"{2!}\" the heading printed above it (as the 中央预算内投资计划绩效目标表 (performance target table of a central budget investment plan) prints them), so they are scored and sorted under \"{3}\", with no second-level category. If that is wrong, fill in each row's 一级指标 (first-level category, level1) and 二级指标 (second-level category, level2)."),
            @RuleInfo.Message(key = "merged", zh = "二级指标“{1}”（一级“{0}”下）把几类合成了一类，不在评价体系“{3}”的分类中。请按{2}分列：每个指标填在它所属的一类下（{4}）。",
                    en = "The second-level category \"{1}\" (under \"{0}\") merges several categories into one and is not in the taxonomy of framework \"{3}\". Split it: file each indicator under the one benefit category it belongs to."),
            @RuleInfo.Message(key = "misfiled", zh = "指标“{0}”列为“{1}”，但名称讲的是{2}，与该类不符。请按指标实际衡量的内容归类（如{3}）。",
                    en = "Indicator \"{0}\" is filed as \"{1}\", but its name is about {4}, which does not fit. File it under the category of what it measures.")
        })
public final class IndicatorCategoryUnknown implements Rule {

    private static final List<String> MONEY_WORDS = List.of("成本", "费用", "经费", "资金", "价格", "造价", "开支");
    private static final List<String> ECO_WORDS = List.of(
            "生态", "环境", "环保", "绿", "排放", "节能", "节水", "污染", "水土", "碳", "能耗", "资源", "垃圾", "植", "林", "水质", "空气",
            "噪", "废", "土壤", "河", "湖", "湿地", "生物", "耕地");

    /** Words that say which label was meant when spelling does not ("进度指标" is a 时效指标). */
    private static final String[][] HINTS = {
        {"时效", "时效指标"}, {"进度", "时效指标"}, {"及时", "时效指标"}, {"时间", "时效指标"}, {"时限", "时效指标"},
        {"数量", "数量指标"}, {"质量", "质量指标"}, {"成本", "成本指标"}, {"满意", "服务对象满意度指标"},
        {"经济", "经济效益指标"}, {"社会", "社会效益指标"}, {"生态", "生态效益指标"}, {"可持续", "可持续影响指标"},
        // 环境效益, the older name of 生态效益 (黄石市图书馆 2022 prints it beside 经济效益 and 社会效益)
        {"环境", "生态效益指标"},
        // 预算(或投资规模)控制指标 (东莞 2019, t29): keeping to a budget or an investment size is the cost category, not 数量,
        // 质量 or 时效, which edit distance gave (s47 audit item 10)
        {"预算", "成本指标"}, {"投资", "成本指标"}};

    /** The benefit words a merged label names ("社会、经济、生态效益 指标", 东莞 2019), each with the label it stands for. */
    private static final String[][] BENEFITS = {
        {"社会", "社会效益指标"}, {"经济", "经济效益指标"}, {"生态", "生态效益指标"}, {"环境", "生态效益指标"}, {"可持续", "可持续影响指标"}};

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Optional<Framework> fw = ctx.framework();
        if (fw.isEmpty() || !fw.get().hasTaxonomy()) {
            return;
        }
        Framework f = fw.get();
        Labels known = Labels.of(ctx);
        Set<String> seen = new HashSet<>();
        inferred(submission, f, ctx);
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        // per group of rows with equal labels: its category, whether its 二级 is one of it, whether misfiled may report
        @SuppressWarnings("unchecked")
        Optional<Framework.Category>[] categories = new Optional[facts.groups()];
        byte[] level2Known = new byte[facts.groups()]; // 0 not asked yet, 1 blank or known, 2 not
        byte[] mayMisfile = new byte[facts.groups()]; // 0 not asked yet, 1 yes, 2 no
        String[][] normalised = new String[facts.groups()][]; // per group: its labels normalised
        // a satisfaction measure filed under 产出 is misfiled only where the framework has a 满意度 category to move it to
        boolean satisfactionCategory = f.taxonomy().stream().anyMatch(x -> Checks.isSatisfaction(x.level1()));
        // a table where no row carries points (大英 2020, t44; 宁德 2020, t41): a row of no category is no less scored than
        // the others, so "不参与计分" is not said of it (audit s48 row 6, again in s49)
        Boolean nonePointed = null;
        for (int k = 0; k < facts.size(); k++) {
            int g = facts.group(k);
            String l1 = facts.level1(g);
            String l2 = facts.level2(g);
            if (Checks.blank(l1)) {
                // a row no category takes: not scored, its points in no weight (九亭镇 2020: two 长效管理指标 rows, 8 points)
                Indicator i = facts.row(k);
                if (!i.notApplicable() && !facts.all(k, IndicatorFacts.TEMPLATE)) {
                    // with no 分值 there are no points to leave out of a weight: that clause is left out (t98's "分值 —";
                    // audit s46 item 13), the argument kept, so the finding is the one it was
                    if (i.points() == null && nonePointed == null) {
                        nonePointed = submission.indicators().stream().noneMatch(x -> x.points() != null);
                    }
                    String key = i.points() != null ? "no-level1" : nonePointed ? "no-level1-unscored" : "no-level1-unpointed";
                    String either = either(f, l2);
                    String printed = i.columns().level1Printed();
                    if (either != null && !Checks.blank(printed)) {
                        // the 一级 column printing no category (大英 双心 2020, t44 /3: 项目决策 over 成本指标, level1Printed):
                        // not "没有一级指标", which the form has, but a text of no taxonomy (audit s57 A12 row C1; the same finding)
                        ctx.report(key + "-either-printed", i.src(), Checks.name(i), l2.strip(), f.name(),
                                i.points() == null ? "—" : Checks.num(i.points()), either, printed.strip());
                    } else if (either != null) {
                        // a 二级 the taxonomy has under two 一级 (成本指标: a 二级 of 产出指标 in 财预〔2020〕10号 and a 一级 of
                        // its own; 大英 2020, t44 /3): not "of no category" but of either, which is why none was inferred
                        // (audit s51 A6 row 9); the same finding
                        ctx.report(key + "-either", i.src(), Checks.name(i), l2.strip(), f.name(),
                                i.points() == null ? "—" : Checks.num(i.points()), either);
                    } else {
                        // no 二级 either (汶川 2021, t126: 合格率 under no heading): not "（二级“—”）", as if "—" were printed (audit
                        // s58 A13 C5); the "—" kept as the argument, so the finding is the one it was
                        ctx.report(Checks.blank(l2) ? key + "-no-level2" : key, i.src(), Checks.name(i), Checks.blank(l2) ? "—" : l2.strip(),
                                f.name(), i.points() == null ? "—" : Checks.num(i.points()));
                    }
                }
                continue;
            }
            Optional<Framework.Category> c = categories[g];
            if (c == null) {
                c = known.category(l1);
                categories[g] = c;
            }
            if (c.isEmpty()) {
                Indicator i = facts.row(k);
                if (seen.add("1|" + known.normalise(l1))) {
                    List<String> labels = f.taxonomy().stream().map(Framework.Category::level1).toList();
                    ctx.report("level1", i.src(), l1.strip(), "", nearest(l1, labels, f.taxonomy().stream()
                            .flatMap(x -> x.aliases().stream()).toList()), f.name());
                }
                continue;
            }
            if (level2Known[g] == 0) {
                level2Known[g] = (byte) (Checks.blank(l2) || known.anyLevel2(c.get(), l2) ? 1 : 2);
            }
            if (level2Known[g] == 2) {
                Indicator i = facts.row(k);
                if (seen.add("2|" + known.normalise(l1) + "|" + known.normalise(l2))) {
                    Optional<Framework.Category> other = f.taxonomy().stream()
                            .filter(x -> x.level2().stream().anyMatch(y -> y.matches(l2))).findFirst();
                    if (other.isPresent()) {
                        ctx.report(Severity.INFO, "elsewhere", i.src(), null, l1.strip(), l2.strip(), other.get().level1());
                    } else {
                        List<String> labels = c.get().level2Names();
                        List<String> merged = merged(l2, labels);
                        if (merged != null) {
                            // 社会、经济、生态效益 指标 (东莞 2019, t29): three categories in one, not a misspelling of one of
                            // them (it was asked whether it meant 经济效益指标, beside a 社会 row: 结算争议率)
                            ctx.report("merged", i.src(), l1.strip(), l2.strip(), String.join("/", merged.subList(0, merged.size() / 2)),
                                    f.name(), String.join("、", merged.subList(merged.size() / 2, merged.size())));
                            continue;
                        }
                        List<String> aliases = c.get().level2().stream().flatMap(x -> x.aliases().stream()).toList();
                        ctx.report("", i.src(), l1.strip(), l2.strip(), nearest(l2, labels, aliases), f.name());
                    }
                }
                continue;
            }
            if (mayMisfile[g] == 0) {
                // misfiled reports only under a 生态效益 二级, a 满意度 label, or 产出 or 效益 (a satisfaction measure there)
                String n1 = known.normalise(l1);
                String n2 = known.normalise(l2);
                normalised[g] = new String[] {n1, n2};
                mayMisfile[g] = (byte) (n2.contains("生态效益") || n2.contains("满意度") || n1.contains("满意度")
                        || satisfactionCategory && (n1.contains("产出") || n1.contains("效益")) ? 1 : 2);
            }
            if (mayMisfile[g] == 1) {
                misfiled(facts.row(k), facts.all(k, IndicatorFacts.TEMPLATE), ctx, normalised[g][0], normalised[g][1]);
            }
        }
    }

    /**
     * The 一级 of {@code f}'s taxonomy that a row's 二级 {@code l2} may belong to, joined with "、", where there are two or
     * more (as a 二级 of one, or naming another: 成本指标 in mof-project-2020); null otherwise ({@link Framework#parentOf}
     * infers the one there is).
     */
    static String either(Framework f, String l2) {
        if (Checks.blank(l2)) {
            return null;
        }
        List<String> out = new ArrayList<>(2);
        for (Framework.Category c : f.taxonomy()) {
            boolean under = false;
            for (Framework.SubCategory sub : c.level2()) {
                under |= sub.matches(l2);
            }
            if (under || c.matches(l2)) {
                out.add(c.level1());
            }
        }
        return out.size() > 1 ? String.join("、", out) : null;
    }

    /**
     * The rows filed with a 二级 and no 一级 that are taken as under the one 一级 the taxonomy puts that 二级 under
     * ({@code score.InferredLevel1}): one info per 二级 as written, at its first row, saying how many rows and where they
     * went (before, each row was a no-level1 warning, and the rows were not scored).
     */
    private static void inferred(Submission submission, Framework f, RuleContext ctx) {
        java.util.Map<String, Indicator> first = null;
        java.util.Map<String, Integer> rows = null;
        for (Indicator i : submission.indicators()) {
            if (!i.level1Inferred()) {
                continue;
            }
            if (first == null) {
                first = new java.util.LinkedHashMap<>();
                rows = new java.util.HashMap<>();
            }
            // a lifted row (实施效果指标 | 产出指标) by its 一级, which its 二级 column printed; an inferred one by its 二级
            String key = i.lifted() ? "^" + i.level1() : Taxonomy.normalise(i.level2());
            first.putIfAbsent(key, i);
            rows.merge(key, 1, Integer::sum);
        }
        if (first == null) {
            return;
        }
        if (printed(submission, f, ctx)) {
            return;
        }
        for (java.util.Map.Entry<String, Indicator> e : first.entrySet()) {
            Indicator i = e.getValue();
            if (i.lifted()) {
                ctx.report(Severity.INFO, "level1-above", i.src(), null, Checks.name(i), rows.get(e.getKey()),
                        io.github.jixiao.score.InferredLevel1.ABOVE, i.level1(), f.name());
                continue;
            }
            // on a form that prints no points on its rows (unpointed: 大英 双心 2020, t44) nothing is scored: the rows are
            // sorted under the 一级, not "计分" (audit s57 A12 row C1; the same finding)
            boolean unscored = f.isUnpointed() && i.points() == null && i.score() == null;
            ctx.report(Severity.INFO, unscored ? "level1-inferred-unscored" : "level1-inferred", i.src(), null, Checks.name(i),
                    rows.get(e.getKey()), i.level2().strip(), i.level1(), f.name());
        }
    }

    /**
     * The rows filed by their 二级 whose 一级 column prints a text of no taxonomy ({@code level1Printed}: 大英 双心 2020, t44,
     * 项目决策 over 数量 / 质量 / 时效, 项目效益 over 社会效益): one info at /indicators naming the printed texts, the 一级 the rows
     * went to and the rows ({@code level1-printed}, {@code -unscored} on a form that prints no points), not "没有一级指标…请填写"
     * once per 二级, which the form has (audit s57 A12 rows C1, D1; session 58). Where no inferred row has a printed 一级, false.
     */
    private static boolean printed(Submission submission, Framework f, RuleContext ctx) {
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        java.util.Set<String> to = new java.util.LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        boolean unscored = f.isUnpointed();
        for (Indicator i : submission.indicators()) {
            String p = i.columns().level1Printed();
            if (!i.level1Inferred() || i.lifted() || Checks.blank(p)) {
                continue;
            }
            texts.add(p.strip());
            to.add(i.level1());
            names.add("“" + io.github.jixiao.load.SubmissionLoader.excerpt(Checks.name(i).strip(), 20) + "”");
            unscored &= i.points() == null && i.score() == null;
        }
        if (texts.isEmpty()) {
            return false;
        }
        String rows = String.join("、", names.size() > 5 ? names.subList(0, 5) : names) + (names.size() > 5 ? "…" : "");
        ctx.report(Severity.INFO, unscored ? "level1-printed-unscored" : "level1-printed", submission.src("indicators#/indicators"),
                null, String.join("、", texts), Integer.toString(names.size()), f.name(), String.join("、", to), rows);
        return true;
    }

    /** Names that plainly belong elsewhere; only on applicable rows with a name. */
    /** {@code n1}, {@code n2}: the row's labels normalised ({@link Labels#normalise}), once for its group. */
    private static void misfiled(Indicator i, boolean templateRow, RuleContext ctx, String n1, String n2) {
        if (i.notApplicable() || Checks.blank(i.name()) || templateRow) { // templateRow: i.isTemplateRow()
            return;
        }
        String n = i.name();
        String l2 = n2;
        if (l2.contains("生态效益") && MONEY_WORDS.stream().anyMatch(n::contains) && ECO_WORDS.stream().noneMatch(n::contains)) {
            ctx.report("misfiled", i.src(), Checks.name(i), i.level2().strip(), "成本、资金", "“经济效益指标”或“成本指标”",
                    "cost or money");
            return;
        }
        boolean satisfactionRow = n1.contains("满意度") || l2.contains("满意度");
        if (satisfactionRow && SatisfactionWithoutSurvey.measuresOther(i)) { // (nor asked for a survey there)
            ctx.report("misfiled", i.src(), Checks.name(i), (Checks.blank(i.level2()) ? i.level1() : i.level2()).strip(),
                    "满意度以外的内容", "产出或效益指标", "something other than satisfaction");
            return;
        }
        if ((n1.contains("产出") || n1.contains("效益") && !l2.contains("满意度")) && measuresSatisfaction(n)) {
            // 宁晋 2019's 资助对象满意度 under 产出/质量指标: satisfaction is a 一级 of its own, not a quality of the output
            // (a count of surveys, 满意度调查次数, is an output: its name does not end in the measure); nor is it a benefit
            // (湘潭 2023 and 2024's 市民对空气质量改善的满意程度 under 效益/社会效益指标, beside their own 满意度 row; session 51).
            // A 满意度 二级 under 效益 is the older taxonomy's filing (t9, t52, t58), its rows not misfiled
            ctx.report("misfiled", i.src(), Checks.name(i), (Checks.blank(i.level2()) ? i.level1() : i.level2()).strip(),
                    "满意度", "一级“满意度指标”", "satisfaction");
        }
    }

    /**
     * Whether a name is a satisfaction measure itself: it ends in 满意度, 满意率 or 满意程度 (a last bracket, (%), left out;
     * 满意程度: 湘潭 2023, t30).
     */
    static boolean measuresSatisfaction(String name) {
        String n = name.strip();
        int open = Chars.lastBracket(n);
        if (open > 0) {
            n = n.substring(0, open).strip();
        }
        return n.endsWith("满意度") || n.endsWith("满意率") || n.endsWith("满意程度");
    }

    /**
     * Where {@code label} names two or more of the benefit categories among {@code names} ("社会、经济、生态效益 指标"): their
     * short names in the label's order (社会效益, 经济效益, 生态效益) then their labels (社会效益指标 …), one list of both halves;
     * else null.
     */
    static List<String> merged(String label, List<String> names) {
        String l = Taxonomy.normalise(label);
        java.util.TreeMap<Integer, String> found = new java.util.TreeMap<>();
        for (String[] b : BENEFITS) {
            int at = l.indexOf(b[0]);
            if (at >= 0 && names.contains(b[1]) && !found.containsValue(b[1])) {
                found.put(at, b[1]);
            }
        }
        if (found.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String name : found.values()) {
            out.add(name.substring(0, name.length() - 2)); // less 指标
        }
        out.addAll(found.values());
        return out;
    }

    /**
     * The label a word of {@code label} says was meant ("进度指标" → 时效指标), among {@code names}; null when no word
     * of {@link #HINTS} does. indicator-category-missing asks it, so that a category printed under another word is
     * reported once, here, and not also as missing.
     */
    static String hint(String label, List<String> names) {
        String l = Taxonomy.normalise(label);
        for (String[] h : HINTS) {
            if (l.contains(h[0]) && names.contains(h[1])) {
                return h[1];
            }
        }
        return null;
    }

    /**
     * The label nearest to {@code label} by edit distance over the names and aliases; ties are all given ("A”或“B").
     * A label sharing no character with any candidate gets the whole list.
     */
    static String nearest(String label, List<String> names, List<String> aliases) {
        String l = Taxonomy.normalise(label);
        String hinted = hint(label, names);
        if (hinted != null) {
            return hinted;
        }
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String n : names) {
            int d = io.github.jixiao.text.Strings.editDistance(l, Taxonomy.normalise(n));
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best && !out.contains(n)) {
                out.add(n);
            }
        }
        for (String a : aliases) {
            int d = io.github.jixiao.text.Strings.editDistance(l, Taxonomy.normalise(a));
            if (d < best) {
                // an alias is nearer: suggest the name it stands for is the alias's own label
                best = d;
                out.clear();
                out.add(a);
            }
        }
        return String.join("”或“", out.subList(0, Math.min(3, out.size())));
    }

}
