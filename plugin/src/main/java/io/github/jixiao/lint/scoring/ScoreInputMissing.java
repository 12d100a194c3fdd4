package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Stage;

@RuleInfo(
        id = "score-input-missing",
        severity = Severity.ERROR,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "缺少评分所需的数据",
        titleEn = "A figure the score needs is missing",
        rationaleZh = "每个评分指标都按评分标准由申报的数字计算（或取部门自评得分）；缺少数字时该指标无法计分，按 0 分计，直到补齐为止。"
                + "定性指标没有写完成档次、实际完成值又看不出是否达成的（一项达到一项未达到、只写“100%”对“按时限完成”），得分无档次可核：按单位自评得分暂计，以警告指出未经核对（achievement-self-score）；自评得分也没有的，仍按 0 分计。"
                + "绩效指标一行的指标值、实际完成值或自评得分空白、已由 indicator-incomplete 指出的，这里不再重复（评分说明和未计分清单仍列出该行）。"
                + "实际完成值只有单位、比较符号或占位符（“%”“**”“—”）的无法计分（no-result），已由 placeholder-left 或 indicator-actual-incommensurable 在同一格指出的，这里不再重复；"
                + "指标值和实际完成值都只是“/”“—”或“不适用”的一行读作不适用：带分值的，不计分、分值保留，并请标为不适用、把分值归入其他指标（not-applicable-marked）；不带分值的，不再要求补填分值。"
                + "表中没有“分值”栏、各指标都没有分值的，这里一并说明分值合计不足、不评定等级，score-weights 不再重复；"
                + "只有部分指标没有分值、分值合计的不足正落在这些指标所属的评分指标上（其余评分指标都是框架所给的分值）的，同样由各行的这一问题一并说明，score-weights 不再重复（本规则被关闭时由 score-weights 说明）；所写综合评分高于计算值、差额不超过这些指标未能计入的分值的，score-claim-mismatch 也不再另报，所写综合评分由这里一并引用（-stated）。申报完全没有评分所需的某个文件（从 init 的骨架开始第一次自评时的 management.json 或 self-assessment.json）、因而有不止一项数据或自评得分无处填写的（哪怕只属于一个评分指标），只说一次，请新建该文件（file-missing）；只缺一项的，仍由这一项说明这个数字写在何处（no-file、assessed-no-file 等）。",
        rationaleEn = "Each criterion is computed from the figures filed by its scoring standard (or takes the department's own score); without them it cannot be scored and counts as 0 until they are filed. "
                + "A qualitative indicator with no achievement level whose actual does not say whether the target was met (one part met and one missed; a bare 100% beside 按时限完成 (done on time)) has no band to check its score against: the department's own score is taken, and a warning says it is unchecked (achievement-self-score); with no score of its own it still counts as 0. "
                + "An indicator row's blank target, actual or self-assessed score that indicator-incomplete reports is not reported here again (the criterion's explanation and the list of points not scored still name the row). "
                + "An actual that is only a unit, a comparator or a placeholder (%, **, —) cannot be scored (no-result); where placeholder-left or indicator-actual-incommensurable reports it at the same cell, it is not reported here again. "
                + "A row whose target and actual are each only / or — or 不适用 (not applicable) reads as not applicable: with points, it is not scored and its points are held, and the finding asks to mark it not applicable and give its points to other rows (not-applicable-marked); without points, it is not asked for them. "
                + "Where no indicator carries points (the table has no 分值 (points) column), this finding also says that the points fall short and no grade is given, and score-weights does not say it again; "
                + "likewise where only some indicators carry no points and the shortfall lies wholly in the criteria they fall under (every other criterion weighs what the framework gives it): each such row's finding says it (with this rule turned off, score-weights says it). A stated total above the computed one by no more than the points those indicators leave out is then not reported by score-claim-mismatch as well; this finding quotes the stated total instead (-stated). A file the score needs that the submission lacks altogether (management.json or self-assessment.json at a first 自评 (self-evaluation) begun from init's skeleton) is said once, to create it (file-missing), where more than one figure or own score waits for it (even of one criterion); where only one does, that finding says where the figure goes (no-file, assessed-no-file, …).",
        source = "评分框架的评分标准",
        sourceEn = "The framework's scoring standards",
        messages = {
            @RuleInfo.Message(zh = "“{0}”缺少评分所需的“{1}”，此项按 0 分计。请把这一数字填在 {2} 处。",
                    en = "\"{0}\" needs \"{1}\", which is missing; it scores 0. Fill in this figure as {2}.", refs = {2}),
            @RuleInfo.Message(key = "shared", sameAs = "", details = 3, zh = "“{0}”和“{3}”都缺少评分所需的“{1}”，这些评分指标均按 0 分计。请把这一数字填在 {2} 处。",
                    en = "\"{0}\" and \"{3}\" need \"{1}\", which is missing; each scores 0. Fill in this figure as {2}.", refs = {2}),
            @RuleInfo.Message(key = "blank", zh = "“{0}”缺少评分所需的“{1}”：导入的表印有这一栏，这一格却是空白的，此项按 0 分计（表中没有这一栏时才以其他数字代替，如以年初预算数代替全年预算数）。请在表中填写这一数字后重新导入，或把它填在 {2} 处。",
                    en = "\"{0}\" needs \"{1}\": the imported table prints this column but leaves the cell blank, so it scores 0 (only where the table has no such column does another figure stand in, e.g. 年初预算数 (the budget at the start of the year) for 全年预算数 (the full-year budget)). Fill in the figure in the table and import it again, or fill it in as {2}.", refs = {2}),
            @RuleInfo.Message(key = "no-file", zh = "“{0}”缺少评分所需的“{1}”：申报中没有 {3}。请在申报文件夹中新建 {3}（写明 \"$schema\": \"{4}\"，格式见该 JSON Schema 和示例申报 sample-submission），把这一数字填在 {5} 处；补齐前此项按 0 分计。",
                    en = "\"{0}\" needs \"{1}\", but the submission has no {3}. Create {3} in the submission folder (with \"$schema\": \"{4}\"; that JSON Schema and the sample submission show the format) and fill in this figure as {5}; until then it scores 0."),
            @RuleInfo.Message(key = "file-missing", details = {2, 3},
                    zh = "申报中没有 {0}，{3} 个评分指标所需的 {2} 项数据或自评得分都要写在其中：这些评分指标无法计算，补齐前均按 0 分计（评分说明和未计分清单逐项列出）。请在申报文件夹中新建 {0}（写明 \"$schema\": \"{1}\"；jixiao:init 在目标申报阶段不写出它，格式见该 JSON Schema 和示例申报 sample-submission 中的 {0}），逐项填写评分所需的数据，然后重新检查。",
                    en = "The submission has no {0}, where {2} figures or own scores that {3} criteria need are written: those criteria cannot be computed and score 0 until it is there (the score's explanation and its list of points not scored name each). Create {0} in the submission folder (with \"$schema\": \"{1}\"; jixiao:init does not write it at the 目标申报 (target-setting) stage; that JSON Schema and the sample submission's {0} show the format), fill in what the score needs, and check again."),
            @RuleInfo.Message(key = "zero", zh = "“{0}”的分母 {1} 为 0，无法计算，此项按 0 分计。",
                    en = "The denominator of \"{0}\", {1}, is 0; it cannot be computed and scores 0.", formulas = {1}),
            @RuleInfo.Message(key = "assessed", zh = "“{0}”按部门自评计分，但 self-assessment.json 中没有它的得分（criterion “{1}” 的 score），此项按 0 分计。",
                    en = "\"{0}\" takes the department's own score, but self-assessment.json has none (criterion \"{1}\", score); it scores 0."),
            @RuleInfo.Message(key = "assessed-blank", zh = "评分表中“{0}”一行的{@自评得分|score}为空，此项按 0 分计。请在表中填写这一得分后重新导入（self-assessment.json 中 criterion “{1}” 的 score）。",
                    en = "In the 评分表 (scoring table), the row \"{0}\" leaves {@自评得分|score} blank, so it scores 0. Fill in the score in the table and import it again (self-assessment.json: criterion \"{1}\", score)."),
            @RuleInfo.Message(key = "assessed-blank-table", zh = "自评表中“{0}”一行的{@自评得分|score}为空，此项按 0 分计。请在自评表中填写这一得分后重新导入（self-assessment.json 中 criterion “{1}” 的 score）。",
                    en = "In the 自评表 (self-assessment table), the row \"{0}\" leaves {@自评得分|score} blank, so it scores 0. Fill in the score in the table and import it again (self-assessment.json: criterion \"{1}\", score)."),
            @RuleInfo.Message(key = "assessed-unreadable", zh = "评分表中“{0}”一行的{@自评得分|score}不是数字，未能导入，此项按 0 分计。请在表中把这一得分改为数字后重新导入（self-assessment.json 中 criterion “{1}” 的 score）。",
                    en = "In the 评分表 (scoring table), the row \"{0}\" has no number in {@自评得分|score}, so nothing was imported and it scores 0. Write the score as a number in the table and import it again (self-assessment.json: criterion \"{1}\", score)."),
            @RuleInfo.Message(key = "assessed-unreadable-table", zh = "自评表中“{0}”一行的{@自评得分|score}不是数字，未能导入，此项按 0 分计。请在自评表中把这一得分改为数字后重新导入（self-assessment.json 中 criterion “{1}” 的 score）。",
                    en = "In the 自评表 (self-assessment table), the row \"{0}\" has no number in {@自评得分|score}, so nothing was imported and it scores 0. Write the score as a number in the table and import it again (self-assessment.json: criterion \"{1}\", score)."),
            @RuleInfo.Message(key = "assessed-no-row", zh = "“{0}”按部门自评计分，但导入的评分表中没有这一行，此项按 0 分计。请在评分表中加上“{0}”一行，在{@自评得分|score}中填写得分，然后重新导入（self-assessment.json 中 criterion “{1}” 的 score）。",
                    en = "\"{0}\" takes the department's own score, but the imported 评分表 (scoring table) has no row for it, so it scores 0. Add the row \"{0}\" to the 评分表 with its score in {@自评得分|score} and import it again (self-assessment.json: criterion \"{1}\", score)."),
            @RuleInfo.Message(key = "assessed-no-row-table", zh = "“{0}”按部门自评计分，但导入的自评表中没有这一行，此项按 0 分计。请在自评表的绩效指标中加上“{0}”一行（一级指标写它在评分框架中所属的一级，二级或三级指标写“{0}”），在{@自评得分|score}中填写得分，然后以同一评分框架（-Djixiao.framework）重新导入（self-assessment.json 中 criterion “{1}” 的 score）。",
                    en = "\"{0}\" takes the department's own score, but the imported 自评表 (self-assessment table) has no row for it, so it scores 0. Add the row \"{0}\" to the table's indicators (its 一级 (level 1) as the framework places it, \"{0}\" as its 二级 (level 2) or 三级 (level 3)) with its score in {@自评得分|score}, and import it again with the same framework (-Djixiao.framework) (self-assessment.json: criterion \"{1}\", score)."),
            @RuleInfo.Message(key = "assessed-no-table", zh = "“{0}”按部门自评计分，但从 {2} 导入的只有绩效指标，没有评分表（各评分指标的自评得分），此项按 0 分计。请在 {2} 中加上评分表（一级指标、二级指标、三级指标、分值和自评得分各一列，“{0}”一行填写自评得分），然后重新导入（self-assessment.json 中 criterion “{1}” 的 score）。",
                    en = "\"{0}\" takes the department's own score, but what was imported from {2} has the indicators only and no 评分表 (scoring table: each criterion's own score), so it scores 0. Add the 评分表 to {2} (columns 一级指标, 二级指标 and 三级指标 (the criterion's levels), 分值 (points) and 自评得分 (own score); the row \"{0}\" with its score) and import it again (self-assessment.json: criterion \"{1}\", score)."),
            @RuleInfo.Message(key = "assessed-item", zh = "“{0}”的分项“{1}”按部门自评计分，但 self-assessment.json 中没有它的得分（criterion “{2}” 的 items 中 item “{3}” 的 score），此项按 0 分计。",
                    en = "Sub-item \"{1}\" of \"{0}\" takes the department's own score, but self-assessment.json has none (criterion \"{2}\", item \"{3}\", score); the criterion scores 0."),
            @RuleInfo.Message(key = "assessed-flag", zh = "“{0}”要求说明是否“{1}”，但 self-assessment.json 中没有（criterion “{2}” 的 items 中 item “{3}” 的 value：true 或 false），此项按 0 分计。",
                    en = "\"{0}\" needs a yes/no statement whether \"{1}\", which self-assessment.json lacks (criterion \"{2}\", item \"{3}\", value true or false); it scores 0."),
            @RuleInfo.Message(key = "assessed-no-file", zh = "“{0}”按部门自评计分，但申报中没有 self-assessment.json。请在申报文件夹中新建它（写明 \"$schema\": \"{2}\"，格式见该 JSON Schema 和示例申报 sample-submission），在 criteria 中写入 {\"criterion\": \"{1}\", \"score\": …}；补齐前此项按 0 分计。",
                    en = "\"{0}\" takes the department's own score, but the submission has no self-assessment.json. Create it in the submission folder (with \"$schema\": \"{2}\"; that JSON Schema and the sample submission show the format) and add {\"criterion\": \"{1}\", \"score\": …} to its criteria; until then it scores 0."),
            @RuleInfo.Message(key = "assessed-item-no-file", zh = "“{0}”的分项“{1}”按部门自评计分，但申报中没有 self-assessment.json。请在申报文件夹中新建它（写明 \"$schema\": \"{4}\"），在 criteria 中 criterion “{2}” 的 items 里写入 {\"item\": \"{3}\", \"score\": …}；补齐前此项按 0 分计。",
                    en = "Sub-item \"{1}\" of \"{0}\" takes the department's own score, but the submission has no self-assessment.json. Create it in the submission folder (with \"$schema\": \"{4}\") and add {\"item\": \"{3}\", \"score\": …} to the items of criterion \"{2}\"; until then the criterion scores 0."),
            @RuleInfo.Message(key = "assessed-flag-no-file", zh = "“{0}”要求说明是否“{1}”，但申报中没有 self-assessment.json。请在申报文件夹中新建它（写明 \"$schema\": \"{4}\"），在 criteria 中 criterion “{2}” 的 items 里写入 {\"item\": \"{3}\", \"value\": true 或 false}；补齐前此项按 0 分计。",
                    en = "\"{0}\" needs a yes/no statement whether \"{1}\", but the submission has no self-assessment.json. Create it in the submission folder (with \"$schema\": \"{4}\") and add {\"item\": \"{3}\", \"value\": true or false} to the items of criterion \"{2}\"; until then it scores 0."),
            @RuleInfo.Message(key = "lookup", zh = "“{0}”的“{1}”取值“{2}”不在评分表中，此项按 0 分计。",
                    en = "\"{1}\" of \"{0}\" is \"{2}\", which the scoring table does not list; it scores 0.", formulas = {2}),
            @RuleInfo.Message(key = "indicator", zh = "绩效指标“{0}”缺少{1}，无法计分，按 0 分计（属“{2}”）。",
                    en = "Indicator \"{0}\" has no {1}; it cannot be scored and counts as 0 (in \"{2}\")."),
            @RuleInfo.Message(key = "indicator-points", zh = "绩效指标“{0}”没有分值（points），未计入“{1}”。请按表补填该指标的分值（这一行的 \"points\": …，数字）：评分框架按各指标所带分值计分。",
                    en = "Indicator \"{0}\" carries no 分值 (points) and is left out of \"{1}\". Fill in its points as the table gives them (\"points\": … in this row, a number): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-short", details = {2, 3, 4, 5, 6}, sameAs = "indicator-points",
                    zh = "绩效指标“{0}”没有分值（points），未计入“{1}”：各评分指标的分值合计只有 {2} 分，不足 {3} 分，综合评分 {4} 分没有完整的基准，不评定等级。请按表补填该指标的分值（这一行的 \"points\": …，数字；没有分值的绩效指标共 {6} 个，合计尚缺 {5} 分）：评分框架按各指标所带分值计分。",
                    en = "Indicator \"{0}\" carries no 分值 (points) and is left out of \"{1}\": the criteria weigh {2} points in all, short of {3}, so the total {4} has no full base and no grade is given. Fill in its points as the table gives them (\"points\": … in this row, a number; {6} indicators in all carry none; {5} points are missing): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-short-stated", details = {2, 3, 4, 5, 6, 7}, sameAs = "indicator-points",
                    zh = "绩效指标“{0}”没有分值（points），未计入“{1}”：各评分指标的分值合计只有 {2} 分，不足 {3} 分，综合评分 {4} 分没有完整的基准，不评定等级；表中所写的综合评分 {7} 分也就无从核对。请按表补填该指标的分值（这一行的 \"points\": …，数字；没有分值的绩效指标共 {6} 个，合计尚缺 {5} 分）：评分框架按各指标所带分值计分。",
                    en = "Indicator \"{0}\" carries no 分值 (points) and is left out of \"{1}\": the criteria weigh {2} points in all, short of {3}, so the total {4} has no full base and no grade is given; nor can the stated total {7} be checked against it. Fill in its points as the table gives them (\"points\": … in this row, a number; {6} indicators in all carry none; {5} points are missing): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-none", zh = "“{0}”下的 {1} 个绩效指标都没有分值（points），均未计入。表中没有“分值”栏的，请按表补填各指标分值（indicators.json 中每个指标的 \"points\": …，数字）：评分框架按各指标所带分值计分。",
                    en = "None of the {1} indicators in \"{0}\" carries points, so none is counted. If the table has no 分值 (points) column, fill in each indicator's points (\"points\": … on each indicator in indicators.json, a number): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-none-table", zh = "表中的 {0} 个绩效指标都没有分值（points），均未计入评分。表中没有“分值”栏的，请按表补填各指标分值（indicators.json 中每个指标的 \"points\": …，数字）：评分框架按各指标所带分值计分。",
                    en = "None of the table's {0} indicators carries points, so none is scored. If the table has no 分值 (points) column, fill in each indicator's points (\"points\": … on each indicator in indicators.json, a number): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-none-short", details = {2, 3, 4, 5}, sameAs = "indicator-points-none",
                    zh = "“{0}”下的 {1} 个绩效指标都没有分值（points），均未计入：计分的只有其他评分项（如预算执行率），分值合计 {2} 分，不足 {3} 分，综合评分 {4} 分没有完整的基准，不评定等级。表中没有“分值”栏的，请按表补填各指标的分值（indicators.json 中每个指标的 \"points\": …，数字；尚缺 {5} 分）：评分框架按各指标所带分值计分。",
                    en = "None of the {1} indicators in \"{0}\" carries points, so none is counted: only the other criteria (such as budget execution) are scored, {2} points in all, short of {3}, so the total {4} has no full base and no grade is given. If the table has no 分值 (points) column, fill in each indicator's points as the table gives them (\"points\": … on each indicator in indicators.json, a number; {5} points are missing): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-none-short-stated", details = {2, 3, 4, 5, 6}, sameAs = "indicator-points-none",
                    zh = "“{0}”下的 {1} 个绩效指标都没有分值（points），均未计入：计分的只有其他评分项（如预算执行率），分值合计 {2} 分，不足 {3} 分，综合评分 {4} 分没有完整的基准，不评定等级；表中所写的综合评分 {6} 分也就无从核对。表中没有“分值”栏的，请按表补填各指标的分值（indicators.json 中每个指标的 \"points\": …，数字；尚缺 {5} 分）：评分框架按各指标所带分值计分。",
                    en = "None of the {1} indicators in \"{0}\" carries points, so none is counted: only the other criteria (such as budget execution) are scored, {2} points in all, short of {3}, so the total {4} has no full base and no grade is given; nor can the stated total {6} be checked against it. If the table has no 分值 (points) column, fill in each indicator's points as the table gives them (\"points\": … on each indicator in indicators.json, a number; {5} points are missing): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-none-table-short", details = {1, 2, 3, 4}, sameAs = "indicator-points-none-table",
                    zh = "表中的 {0} 个绩效指标都没有分值（points），均未计入评分：计分的只有其他评分项（如预算执行率），分值合计 {1} 分，不足 {2} 分，综合评分 {3} 分没有完整的基准，不评定等级。表中没有“分值”栏的，请按表补填各指标的分值（indicators.json 中每个指标的 \"points\": …，数字；尚缺 {4} 分）：评分框架按各指标所带分值计分。",
                    en = "None of the table's {0} indicators carries points, so none is scored: only the other criteria (such as budget execution) are scored, {1} points in all, short of {2}, so the total {3} has no full base and no grade is given. If the table has no 分值 (points) column, fill in each indicator's points as the table gives them (\"points\": … on each indicator in indicators.json, a number; {4} points are missing): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "indicator-points-none-table-short-stated", details = {1, 2, 3, 4, 5}, sameAs = "indicator-points-none-table",
                    zh = "表中的 {0} 个绩效指标都没有分值（points），均未计入评分：计分的只有其他评分项（如预算执行率），分值合计 {1} 分，不足 {2} 分，综合评分 {3} 分没有完整的基准，不评定等级；表中所写的综合评分 {5} 分也就无从核对。表中没有“分值”栏的，请按表补填各指标的分值（indicators.json 中每个指标的 \"points\": …，数字；尚缺 {4} 分）：评分框架按各指标所带分值计分。",
                    en = "None of the table's {0} indicators carries points, so none is scored: only the other criteria (such as budget execution) are scored, {1} points in all, short of {2}, so the total {3} has no full base and no grade is given; nor can the stated total {5} be checked against it. If the table has no 分值 (points) column, fill in each indicator's points as the table gives them (\"points\": … on each indicator in indicators.json, a number; {4} points are missing): the framework scores indicators by the points they carry."),
            @RuleInfo.Message(key = "incomparable", zh = "绩效指标“{0}”的实际完成值“{1}”与指标值“{2}”无法比较（单位或写法不同），按 0 分计（属“{3}”）。",
                    en = "Indicator \"{0}\": the actual \"{1}\" cannot be compared with the target \"{2}\" (different unit or form); it counts as 0 (in \"{3}\")."),
            @RuleInfo.Message(key = "not-applicable-marked", zh = "绩效指标“{0}”的指标值“{2}”和实际完成值“{1}”都只是“/”“—”或“不适用”之类，这一行读作不适用，却带着 {4} 分：无法计分，按 0 分计（属“{3}”）。确不适用的，请标为不适用（notApplicable: true），其分值归入其他指标（财预〔2020〕10号：未设的指标分值归入产出、效益）；适用的，请填写指标值和实际完成情况。",
                    en = "Indicator \"{0}\": the target \"{2}\" and the actual \"{1}\" are each only \"/\", \"—\" or \"不适用\" (not applicable) or the like, so the row reads as not applicable, yet it carries {4} points: it cannot be scored and counts as 0 (in \"{3}\"). If it does not apply, mark it not applicable (notApplicable: true) and give its points to the other indicators (Caiyu [2020] No. 10: the points of indicators not set go to outputs and effects); if it applies, fill in the target and what was achieved."),
            @RuleInfo.Message(key = "no-result", zh = "绩效指标“{0}”的实际完成值“{1}”只有单位、比较符号或占位符，没有写出完成的数值或情况（指标值“{2}”），无法计分，按 0 分计（属“{3}”）。请填写实际完成的数值（带单位）或完成情况。",
                    en = "Indicator \"{0}\": the actual \"{1}\" holds only a unit, a comparator or a placeholder and states no result (target \"{2}\"), so it cannot be scored and counts as 0 (in \"{3}\"). Fill in the figure achieved (with its unit) or what was done."),
            @RuleInfo.Message(key = "labelled-target", zh = "绩效指标“{0}”的指标值“{1}”含文字，未能读作数值：请写作“{3}”（文字写在指标名称中），并以同一单位的数字填写实际完成值；此项按 0 分计（属“{2}”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" holds words and could not be read as a figure: write it as \"{3}\" (the words belong in the indicator's name), and the actual as a figure in the same unit; it counts as 0 (in \"{2}\")."),
            @RuleInfo.Message(key = "achievement", zh = "定性指标“{0}”（指标值“{1}”）没有写{@achievement：达成、部分达成或未达成}，按 0 分计（属“{2}”）。",
                    en = "Qualitative indicator \"{0}\" (target \"{1}\") has no entry in {@achievement: 达成 (achieved), 部分达成 (partly achieved) or 未达成 (not achieved)}; it counts as 0 (in \"{2}\")."),
            @RuleInfo.Message(key = "achievement-self-score", zh = "定性指标“{0}”（指标值“{1}”）没有写{@achievement：达成、部分达成或未达成}，实际完成值“{2}”也看不出是否达成：得分暂按单位自评的 {3} 分计，未经核对（属“{4}”）。请写明完成档次（表中没有完成档次栏的，在实际完成值后注明“达成”“部分达成”或“未达成”），或把实际完成值写成能与指标值逐项对照的结果。",
                    en = "Qualitative indicator \"{0}\" (target \"{1}\") has no entry in {@achievement: 达成 (achieved), 部分达成 (partly achieved) or 未达成 (not achieved)}, and its actual \"{2}\" does not say whether the target was met: the department's own score of {3} is taken as it stands, unchecked (in \"{4}\"). Write the achievement level (where the form has no column for it, add 达成 (achieved), 部分达成 (partly achieved) or 未达成 (not achieved) after the actual), or write the actual as a result that answers the target part by part.")
        })
public final class ScoreInputMissing implements InputRule {
}
