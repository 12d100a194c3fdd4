package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Stage;

@RuleInfo(
        id = "score-weights",
        severity = Severity.ERROR,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "分值合计不是 100 分，或偏离框架的分值结构",
        titleEn = "Weights do not add up to 100, or depart from the framework's split",
        rationaleZh = "评分以 100 分为满分（如 预算执行率 10 分 + 绩效指标 90 分，或 产出 50、效益 30、满意度 10）。表中各指标的分值决定计分；"
                + "合计不是 100 分时，综合评分与等级都失去基准，不给等级，提示中引用评分框架自己的分值分配（如 项目决策 2 + 项目管理 13 + 项目绩效 85；只有一个一级指标的，引用其下一级）。表中分值偏离框架原则上的分配（如全部 90 分放在一个产出指标上）时，按表中分值计分并提示；分值印在二级指标上（如 数量指标 15 分）、其下各三级指标按框架的分配分得分值的，各项之和与二级指标的分值不符（15 ÷ 2 四舍五入为 8 + 8 = 16）时提示；未设可选类别（如满意度）的指标、其分值归入其余各类而合计不变的，是框架允许的分配，不提示。合计不足是因为一行绩效指标都没有的（存稿在指标之前截断：桂平 2019、宁德 方志委 2018），说明指标的分值无从计分、不评定等级，并请填报指标，indicator-category-missing 的“没有任何绩效指标”不再重复；表中写有综合评分、与计算值的差额不超过指标的分值的，一并说明所写的综合评分无从核对，score-claim-mismatch 不再另报（忠县科协 2024：所写 99.68，计得 9.69，指标的 90 分在存稿之外）；合计不足是因为各指标都没有分值（表中没有“分值”栏）的，由 score-input-missing 一并说明，这里不重复；部分指标没有分值、不足正落在这些指标所属的评分指标上的，也由 score-input-missing 在各行一并说明。"
                + "评分框架标为只转录了一部分（partial，存档副本截断）的，由 partial 说明综合评分只是这一部分的得分、不评定等级；表中分值合计或某类分值少于框架的，是副本截断所致，不再提示（多于框架的照常提示）。"
                + "评分框架标为表式按设计不为绩效指标印分值（unpointed，如中央对地方转移支付区域绩效自评表）的，由 unpointed 一次说明各指标不计分、只检查完成情况、不评定等级；不再提示分值合计不足，也不要求逐行补填分值。"
                + "项目自带的评分框架文件声明 unpointed、而表中的指标印有分值的（如从 mof-transfer-region 复制框架，用于印有分值栏的表），这一声明关掉的正是对所印分值合计的核对，由 unpointed-printed 警告说明哪些核对未做（各类分值偏离框架的分配照常提示），并请删去框架中的 unpointed 或各行的分值；内置框架的声明是表式本身的，仍只作提示。",
        rationaleEn = "Scores are out of 100 (e.g. execution 10 + indicators 90, or outputs 50, benefits 30, satisfaction 10). The table's own points govern the score; "
                + "when they do not add up to 100, the total and the grade have no base and no grade is given, and the finding quotes the framework's own split (e.g. project decision 2 + project management 13 + project performance 85; under a single top-level criterion, the level below it). When they depart from the framework's split "
                + "(e.g. all 90 points on one output indicator), the table's points are used and the departure is reported; where points are printed on a category (e.g. 数量指标 (quantity indicators) 15 points) and shared among its indicators as the framework states, a share that does not add up to the category's points (15 ÷ 2 rounded to 8 + 8 = 16) is reported; where an optional category (e.g. satisfaction) has no indicator and its points went to the others with the same total, as the framework allows, nothing is reported. Where the points fall short because there is no indicator row at all (a copy cut before them: Guiping 2019, Ningde's gazetteer office 2018), the finding says that the indicators' points cannot be scored and no grade is given, and asks for the indicators, and indicator-category-missing's \"no indicators at all\" is not repeated; where the table states a total whose gap to the computed one is within the indicators' points, the finding adds that the stated total cannot be checked, and score-claim-mismatch does not report it as well (Zhongxian science association 2024: 99.68 stated, 9.69 computed, the 90 indicator points past the copy's end); where the points fall short because no indicator carries any (the table has no 分值 (points) column), score-input-missing says so with the rest, and this rule does not repeat it; so too where some indicators carry no points and the shortfall lies wholly in the criteria they fall under (score-input-missing at each such row). "
                + "Under a framework marked partial (a cut copy), partial says that the total covers the part held and that no grade is given; points that add up short of the framework, in all or in a category, are the copy's end and are not reported (points over it still are). "
                + "Under a framework marked unpointed (a form that prints no points on its indicators by design, as the region self-evaluation table of a central transfer payment does), unpointed says once that the indicators are not scored, only checked for completion, and that no grade is given; the weights falling short are not reported, nor are the rows asked for points. "
                + "Where a project's own framework file declares unpointed and the table's indicators carry points (a framework copied from mof-transfer-region for a form with a points column), the declaration turns off the very check of the points printed adding up: unpointed-printed warns which checks are not made (a category departing from the framework's split is still reported) and asks to remove unpointed from the framework or the points from the rows; a built-in framework's declaration is the form's, and stays a note.",
        source = "ST-4、ST-6：财预〔2020〕10号 单位自评（原则上产出 50%、效益 30%、满意度 10%、预算执行率 10%）；四川 自评表（执行 10 + 指标 90）；青神 2023 实例（无满意度指标，产出 60 + 效益 30）；广水 2021 自评表（三级指标分值按三级指标个数平均确定，四舍五入保留整数）",
        sourceEn = "ST-4, ST-6: MOF Caiyu [2020] No. 10, unit self-evaluation (as a rule outputs 50%, benefits 30%, satisfaction 10%, budget execution 10%); Sichuan self-evaluation table (execution 10 + indicators 90); Qingshen 2023 example (no satisfaction indicator, outputs 60 + benefits 30); Guangshui 2021 self-evaluation table (each third-level indicator's points: its category's shared evenly among them, rounded to whole points)",
        messages = {
            @RuleInfo.Message(key = "total", zh = "各评分指标的分值合计 {0} 分，不是 100 分，综合评分 {1} 分没有完整的基准，不评定等级。请核对各指标的{@points}，使合计为 100 分（评分框架为 {2}）。",
                    en = "The criteria weigh {0} points in all, not 100, so the total {1} has no full base and no grade is given. Check the indicators' {@points} so that they add up to 100 (the framework gives {2})."),
            @RuleInfo.Message(key = "total-no-indicators", zh = "没有任何绩效指标：评分框架给绩效指标的 {0} 分无从计分，综合评分 {2} 分只是其余 {1} 分的得分，没有完整的基准，不评定等级。请按产出、效益、满意度各类填报三级指标及其{@points}。",
                    en = "There are no indicators at all: the {0} points the framework gives the indicators cannot be scored, so the total {2} covers the other {1} points only, has no full base and no grade is given. File third-level indicators for outputs, benefits and satisfaction, with their {@points}."),
            @RuleInfo.Message(key = "total-no-indicators-stated", details = {3}, sameAs = "total-no-indicators",
                    zh = "没有任何绩效指标：评分框架给绩效指标的 {0} 分无从计分，综合评分 {2} 分只是其余 {1} 分的得分，没有完整的基准，不评定等级；表中所写的综合评分 {3} 分也就无从核对。请按产出、效益、满意度各类填报三级指标及其{@points}。",
                    en = "There are no indicators at all: the {0} points the framework gives the indicators cannot be scored, so the total {2} covers the other {1} points only, has no full base and no grade is given; nor can the stated total {3} be checked against it. File third-level indicators for outputs, benefits and satisfaction, with their {@points}."),
            @RuleInfo.Message(key = "total-unsplit", zh = "各评分指标的分值合计 {0} 分，不是 100 分，综合评分 {1} 分没有完整的基准，不评定等级。请核对各指标的{@points}，使合计为 100 分。",
                    en = "The criteria weigh {0} points in all, not 100, so the total {1} has no full base and no grade is given. Check the indicators' {@points} so that they add up to 100."),
            @RuleInfo.Message(key = "partial", zh = "评分框架 {0} 标明所评的表只转录了一部分（框架各项共 {1} 分）：{2} 综合评分只是这一部分的得分，不评定等级。",
                    en = "Framework {0} says the table it scores is transcribed only in part (its criteria weigh {1} points in all): {2} The total covers that part only, and no grade is given."),
            @RuleInfo.Message(key = "unpointed", zh = "评分框架 {0} 所评的表式按设计不为绩效指标印分值、得分。{2}因此各绩效指标不计分，只检查其完成情况；综合评分 {1} 分只是预算执行等其余各项的得分，不评定等级。",
                    en = "Framework {0} scores a form that by design prints no points or scores on its indicators. {2} So the indicators are not scored, only their completion is checked; the total {1} covers the other criteria only, such as budget execution, and no grade is given."),
            @RuleInfo.Message(key = "unpointed-printed", zh = "评分框架 {0} 声明所评的表式不为绩效指标印分值（unpointed），但表中有 {1} 个绩效指标带有分值，合计 {2} 分。按这一声明，分值合计不作核对：不足 100 分不提示，没有分值的指标不要求补填，综合评分 {3} 分不评定等级。表式印有分值的，请删去评分框架文件中的 unpointed（及 unpointedEn），使所印分值得到核对和计分；分值不是表中所印的，请删去这些指标的分值（points）。",
                    en = "Framework {0} declares that the form it scores prints no points on its indicators (unpointed), but {1} indicators carry points, {2} in all. Under that declaration their sum is not checked: falling short of 100 is not reported, indicators without points are not asked for them, and the total {3} is not graded. If the form prints points, remove unpointed (and unpointedEn) from the framework file, so that the points printed are checked and scored; if the points are not the form's, remove them (points) from those indicators."),
            @RuleInfo.Message(key = "split", zh = "“{0}”按表中各指标分值之和计为 {1} 分，框架原则上为 {2} 分。已按表中分值计分；如非有意，请调整各指标的分值。",
                    en = "\"{0}\" weighs {1} points by the table's indicators, where the framework's default is {2}. The table's points are used; if this is not intended, adjust the indicators' points."),
            @RuleInfo.Message(key = "split-printed", zh = "“{0}”按表中所印分值计为 {1} 分，框架原则上为 {2} 分。已按表中分值计分；如非有意，请改正该行的分值。",
                    en = "\"{0}\" weighs {1} points as the table prints them, where the framework's default is {2}. The table's points are used; if this is not intended, correct the points in that row."),
            @RuleInfo.Message(key = "category-share", zh = "二级指标“{0}”（{1}）印有 {2} 分，其下 {3} 个三级指标按评分框架的分配（{4}）合计 {5} = {6} 分，与所印 {2} 分不符，已按 {6} 分计分。请按表中实际给各行的分值，在这些行的分值（points）中逐行写明，使合计为 {2} 分。",
                    en = "The category \"{0!}\" ({0}) under \"{1!}\" ({1}) prints {2} points, but its {3} indicators, shared as the framework states ({4}), weigh {5} = {6}, not {2}; they are scored at {6}. Write each row's 分值 (points) as the table gives them, so that they add up to {2}."),
            @RuleInfo.Message(key = "category-rows", zh = "二级指标“{0}”（{1}）印有 {2} 分，其下 {3} 个三级指标的分值（points）合计 {4} = {5} 分，与之不符，已按各行的分值计分。请核对二级指标的分值（categories 的 points）或各行的分值（points）。",
                    en = "The category \"{0!}\" ({0}) under \"{1!}\" ({1}) prints {2} points, but the 分值 (points) of its {3} indicators add up to {4} = {5}; the rows' points are used. Check the category's points (categories) or the rows' 分值 (points)."),
            @RuleInfo.Message(key = "category-share-level1", zh = "一级指标“{0}”印有 {1} 分，其下 {2} 个三级指标按评分框架的分配（{3}）合计 {4} = {5} 分，与所印 {1} 分不符，已按 {5} 分计分。请按表中实际给各行的分值，在这些行的分值（points）中逐行写明，使合计为 {1} 分。",
                    en = "The category \"{0!}\" ({0}) prints {1} points, but its {2} indicators, shared as the framework states ({3}), weigh {4} = {5}, not {1}; they are scored at {5}. Write each row's 分值 (points) as the table gives them, so that they add up to {1}."),
            @RuleInfo.Message(key = "category-rows-level1", zh = "一级指标“{0}”印有 {1} 分，其下 {2} 个三级指标的分值（points）合计 {3} = {4} 分，与之不符，已按各行的分值计分。请核对一级指标的分值（categories 的 points）或各行的分值（points）。",
                    en = "The category \"{0!}\" ({0}) prints {1} points, but the 分值 (points) of its {2} indicators add up to {3} = {4}; the rows' points are used. Check the category's points (categories) or the rows' 分值 (points)."),
            @RuleInfo.Message(key = "invalid-weight", zh = "评分框架中“{2}”的分值无效，未计入：各评分指标的分值合计 {0} 分，不是 100 分，综合评分 {1} 分没有完整的基准，不评定等级。请改正评分框架中该指标的分值（weight）。",
                    en = "The weight of \"{2}\" in the framework is invalid and left out: the criteria weigh {0} points in all, not 100, so the total {1} has no full base and no grade is given. Correct that criterion's weight in the framework.")
        })
public final class ScoreWeights implements InputRule {
}
