package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.TreeRule;
import io.github.jixiao.lint.TreeWalk;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import io.github.jixiao.target.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "placeholder-left",
        severity = Severity.ERROR,
        category = Category.COMPLETENESS,
        titleZh = "仍有占位内容或印好的填写说明",
        titleEn = "Placeholder or printed instruction left",
        rationaleZh = "jixiao:init 生成的新申报用“（请填写…）”、为 0 的预算和空的填报人、联系电话占位。占位内容不是申报：在年终自评时仍留着的是错误，"
                + "之前的阶段是警告，提醒在提交前填写。表中印好的填写说明也一样：一栏只有“（100字以内）”“（不超过300字）”之类的字数限制，"
                + "或只有说明本身（“对照年度目标，说明相关任务目标的完成情况（100字以内）”“请填写……”），这一栏其实没有填。"
                + "指标名称一栏只有一个数字（宁乡 坝塘镇 2021 项目绩效目标表：“88”“68”“20”，指标值 100）也是没有填：它没有说衡量什么；"
                + "这一行的指标值也就读不出方向和单位，这里一并要求写出带比较符和单位的指标值（-target），indicator-target-no-comparator 和 indicator-time-cost-unspecified 不再按类别猜测读法另行提示（一个缺陷一个问题）；表中每一行有名称的指标都是这样、至少两行的（坝塘镇的八行），是整张表没有写出任何指标，在指标表处说一次，写明行数和这些数字（number-name-all，均不计入指纹），不再逐行报告（session 58 起）；另有一行写了名称的，仍逐行报告。"
                + "指标名称一栏只是一个带单位的数值、别无他字的（figure-name：襄阳 2021 时效指标“1年”，指标值、完成值也是“1年”；大英县民政局 2020 时效指标“2020年”、成本指标“100万”），填的是指标值而不是名称，同样没有说衡量什么（只是一个年度时段的，如黄石市图书馆 2022 时效指标“2022年全年”配“≥360天”，同样：period-name）；单位须是已知的（年、个、万元、万亩之类，或单独的“万”“亿”），"
                + "这一行的指标值仍按类别读出方向（评分时），但不再另行提示比较符：名称要改写的行，对其指标值的解读没有意义（session 47 起）。"
                + "模板在待填的数值处印两个星号（跟在“≥”“≤”后，或挨着“%”或单位）：指标值或其他栏里仍是这样的占位，就是没有填；"
                + "指标值只有单位、比较符或两者（陈仓 2020 省级水利发展资金绩效目标表：“公里”“万亩”“万人”“≧ %”），是模板待填的数值没有填（-unit-only），作为同样的占位报告（几行都如此的，在第一行提示一次并写明共几行：unit-only-rows）；有数字或文字（“达标”“十年”）的不算；"
                + "年终自评的实际完成值、运行监控的截至目前完成值只有单位、比较符或两者（指标值“达标”，完成值“%”）的，同样是没有填（unit-only-actual）；指标值有数字的由 indicator-actual-incommensurable 要求填写实际数值，不再重复报告；"
                + "完成值只有占位符（“**”“xx”“XX”“……”“？”“—”“/”）的，同样是没有填（placeholder-actual）；指标值也只是“/”“—”或写着不适用、无此项的，这一行读作不适用，请标为不适用（notApplicable），分值归入其他指标，或填写指标值和完成情况（not-applicable-marked）；"
                + "指标值只有占位符（“**”“xx”“……”“？”）的，同样是模板待填的指标值没有填（placeholder-target），各阶段都报告；目标申报时指标值只是“/”“—”或“不适用”、名称却写着一个指标的，这一行设了指标却没有设指标值，无法据以监控和评价（参考报告 绩效目标完整性：每缺一项目标扣分），请删去这一行或标为不适用，或填写指标值（not-applicable-target）；"
                + "指标值设了、完成值却只写“不涉及”“不适用”“无此项”或“N/A”的，不是完成情况：本年确不适用的请标为不适用并说明，适用的请填写完成情况（not-applicable-actual；指标值是数值的，indicator-actual-incommensurable 不再另报）；完成值“无”多是结果（无安全事故、投诉 无），不在此列。"
                + "指标值的比较符写了两次的（抚远 2022：“≥≥98%”），意思仍清楚，按一个比较符读取（≥ 98%），作为格式提示报告，请只写一个（doubled-comparator）。"
                + "名称也写着不适用、不涉及或只是“/”的（金安 2025：“本项目不适用此指标 | 无”），是印出的类别不适用，不报告；目标申报之后，这样的一行由完成值说明（“/”对“/”为 not-applicable-marked）。"
                + "年终自评时计分对这样的完成值另有 score-input-missing no-result，两者是同一个缺陷，只保留本规则的一条；目标申报阶段的完成值由 stage-year-end-content 报告，这里不再重复；"
                + "指标名称里留着这样的提示（南岳 2018 绩效目标申报表：“贫困地区旅游景点开发数量”后面的括号里留着模板的提示“≥”、两个星号和“个”，指标值一栏另填“>=4个”）只是多余，作为提示报告；括号里只有比较符和单位、星号也省去了的（昌宁 2022：“排污沟(≥米)”）是同一提示，一并计数。"
                + "指标名称前留着模板的行编号（财预〔2020〕10号 附件1 在每一类下印“指标1:”“指标2:”供填写；稷山 2020、陈仓 2020：“指标1:全县参合人数”“指标1:新建堤防、护岸长度”）也只是多余，每张表在第一个这样的名称处提示一次，说明共有几个；编号写作汉字（“指标一：”，其后须有“：”“、”等，“指标一致率”不算）的相同；名称前的行编号“1.”“2、”（其后不是数字：“1.5万亩”“3:1”是数值）以及“(1)”“（一）”“一、”（“二、三级医院覆盖率”的“、”后是数字，是名称的一部分，不算）同样在第一个处提示一次（numbering-name）；只有编号、没有名称的行是留下的模板行，由 indicator-template-row 报告。"
                + "年度总体目标里只有编号、没有内容的项（广水 2021 乡村道路建设养护项目：“1.完成乡村道路建设养护里程 300 公里; 2. 3.”）是模板留下的空项，作为警告报告；"
                + "编号须从 1 起依次出现在开头或分隔符之后，小数（“2.3万元”“1.5”）、日期和后面有内容的编号不报告。"
                + "年度总体目标、指标值或实际完成值里动词后面直接跟量词、中间没有数字的（天津 东丽区 2020：“保质保量完成道路建设座”），是数量漏填了，作为警告报告；"
                + "只认建设、完成、新建、改造、养护等动词紧接座、个、公里、米、户、人次、项等量词且其后是标点或文字结尾的，“座谈会”“个人”“项目”“未完成项”不报告，前面有“全部”“所有”“各”“的”等限定词或另一个动词的（“覆盖所有帮扶户”“完成全部维修项”“已完成新建项”）是名词，也不报告。"
                + "不报告：写了实际内容、只是保留了字数限制的一栏（说明文字之外另有内容）；以数字开头的名称（“5G基站建设数量”“12345热线接通率”）；"
                + "不挨着比较符、单位或百分号的星号（Markdown 的加粗，标核心指标的单个星号）。",
        rationaleEn = "A new submission written by jixiao:init holds placeholders: \"（请填写…）\" (please fill in) texts, budgets of 0, an empty preparer and contact. "
                + "A placeholder is not a submission: one still there at the self-evaluation is an error, at the earlier stages a warning, a reminder to fill it in before submitting. "
                + "The same holds for the form's printed instructions: a cell holding only a length limit (\"（100字以内）\", within 100 characters; \"（不超过300字）\", at most 300), "
                + "or only the instruction itself (\"对照年度目标，说明相关任务目标的完成情况（100字以内）\", state what was done against the year's goal; \"请填写……\", please fill in) was never filled in."
                + " So was an indicator name that is only a number (Batang, Ningxiang 2021 target table: \"88\", \"68\", \"20\", each with the target 100): it says nothing of what is measured;"
                + " nor can the row's target be read for its direction or unit, so this finding asks for a target with its comparator and unit as well (-target), and indicator-target-no-comparator and indicator-time-cost-unspecified do not guess a reading from the category at that row (one defect, one finding); where every row of the table that has a name has such a number, two rows or more (Batang's eight), the table names no indicator at all: said once, at the indicators table, with the count and the numbers, neither in the fingerprint (number-name-all, since session 58), and not row by row; one row named in words beside them keeps each row's finding."
                + " So is a name that is a figure with its unit and nothing more (figure-name: Xiangyang 2021, a timeliness row named \"1年\" (1 year), its target and actual 1年 too; Daying civil affairs 2020, \"2020年\" (the year 2020) under timeliness and \"100万\" (1 million) under cost): the cell holds a value, not a name, and says nothing of what is measured (so does a year's period alone, Huangshi library 2022's timeliness row \"2022年全年\" (the whole of 2022) beside a target of at least 360 days: period-name); the unit must be one known (年 (year), 个 (a count), 万元 (10,000 yuan), 万亩 (10,000 mu) and the like, or 万 (ten thousand) or 亿 (a hundred million) alone), and the row's target is still read by its category (for the score), but its reading is no longer noted beside it: a reading of a row to be rewritten says nothing (since session 47)."
                + " Templates mark a value to fill in with two asterisks (after ≥ or ≤, or next to a percent sign or a unit): a target or other cell still holding such a mark was never filled in;"
                + " a target holding only a unit, a comparator or both (Chencang 2020 provincial water funds target table: \"公里\" (km), \"万亩\" (10,000 mu), \"万人\" (10,000 people), \"≧ %\") is the template's value left unfilled (unit-only), reported as such a placeholder (said once, at the first row with how many there are, where several rows are so: unit-only-rows); one with a figure or words (达标 (up to standard), 十年 (ten years)) is not;"
                + " so is an actual (a value to date at monitoring) holding only a unit, a comparator or both beside a target in words (达标 (up to standard) beside \"%\") (unit-only-actual); beside a target with a figure indicator-actual-incommensurable asks for the figure, and this rule does not say it again;"
                + " so is an actual holding only a placeholder (\"**\", \"xx\", \"XX\", \"……\", \"？\", \"—\", \"/\") (placeholder-actual); where the target too is only \"/\" or \"—\" or says 不适用 or 无此项 (not applicable), the row reads as not applicable: mark it notApplicable and give its points to the other rows, or fill in the target and the actual (not-applicable-marked);"
                + " a target holding only a placeholder (\"**\", \"xx\", \"……\", \"？\") was never filled in either (placeholder-target), said at every stage;"
                + " at the target declaration a target that is only \"/\" or \"—\" or says 不适用 (not applicable) beside the name of an indicator sets an indicator and no target, so nothing can be monitored or evaluated against it (the reference report's completeness of targets takes points off for each target missing): delete the row, mark it notApplicable or fill in the target (not-applicable-target);"
                + " where the name too says 不适用 (not applicable), 不涉及 (not concerned) or is only \"/\" (Jin'an 2025: \"本项目不适用此指标\" (this indicator does not apply to the project) | 无 (none)), the category is printed not applicable and not flagged; after the declaration such a row is read by its actual (\"/\" beside \"/\" is not-applicable-marked);"
                + " an actual that says only 不涉及 (not concerned), 不适用 or 无此项 (not applicable) or N/A beside a target set at the filing is no result: mark the row not applicable and say why if it did not apply this year, else write what was achieved (not-applicable-actual; beside a figure, indicator-actual-incommensurable does not say it again); an actual 无 (none) is mostly a result (无安全事故 (no accident), 投诉 无 (no complaint)) and not among them;"
                + " a target whose comparator is written twice (Fuyuan 2022: \"≥≥98%\") is still plain in meaning and read with one (≥ 98%), noted as a slip of form: write one comparator (doubled-comparator);"
                + " at the self-evaluation the scorer's score-input-missing no-result at such an actual is the same defect and is left out beside this finding; at the target declaration an actual is stage-year-end-content's, and this rule does not say it again;"
                + " an indicator name that kept such a hint (Nanyue 2018 target declaration: \"贫困地区旅游景点开发数量\" (number of scenic spots developed) kept the template's bracketed hint, ≥, two asterisks and 个 (a count), its target column holding \">=4个\" (at least 4)) is only redundant, and reported as a note; a bracket with only the comparator and a unit, the asterisks left out too (Changning 2022: \"排污沟(≥米)\", sewage ditch (≥ metres)), is the same hint and counted with them."
                + " So is the template's row number kept before a name (MOF Caiyu [2020] No. 10, Annex 1, prints \"指标1:\", \"指标2:\" (indicator 1, 2) in each category's rows to write on; Jishan 2020, Chencang 2020: \"指标1:全县参合人数\", \"指标1:新建堤防、护岸长度\"), noted once a table, at the first such name, with how many there are; so is that numbering in Chinese numerals (指标一： (indicator one:), with its colon or 、 after it: 指标一致率 (consistency rate of indicators) is a name), and a row number \"1.\", \"2、\", \"(1)\", \"（一）\" or \"一、\" before a name (numbering-name; not where a digit follows: 1.5万亩 (15,000 mu) and 3:1 are figures, nor a numeral after 、: 二、三级医院覆盖率 (share of grade 2 and 3 hospitals) is a name); a row holding the number and no name is an empty template row, indicator-template-row's."
                + " An overall goal with numbered items that hold only their number (Guangshui 2021, rural roads: \"1.完成乡村道路建设养护里程 300 公里; 2. 3.\" (1. build and maintain 300 km of rural roads; 2. 3.)) kept the template's empty items, reported as a warning;"
                + " the numbers must run from 1 in order, each at the start or after a separator, so decimals (2.3万元 (23,000 yuan), 1.5), dates and numbers followed by text are not flagged."
                + " A goal, target or actual where a verb is followed straight by a measure word with no number (Dongli, Tianjin 2020: \"保质保量完成道路建设座\" (complete the road construction of [blank] structures, to quality and quantity)) lost its quantity, reported as a warning;"
                + " only verbs such as 建设 (build), 完成 (complete), 新建 (newly build), 改造 (renovate) or 养护 (maintain) followed by measure words such as 座, 个, 公里 (km), 米 (m), 户 (households), 人次 (person-times) or 项 (items) and then punctuation or the text's end,"
                + " so 座谈会 (a forum), 个人 (individual), 项目 (project) and 未完成项 (unfinished items) are not flagged; nor are nouns, where 全部 (all), 所有 (every), 各 (each), 的 (of) or the like, or another such verb, stands before the verb (覆盖所有帮扶户 (cover every aided household), 完成全部维修项 (finish all repair items), 已完成新建项 (the new-build items are done))."
                + " Not flagged: a cell with its own text that kept the length limit; a name that begins with a number (\"5G基站建设数量\", \"12345热线接通率\");"
                + " asterisks next to no comparator, unit or percent sign (Markdown's bold, a single asterisk marking a core indicator).",
        source = "jixiao：jixiao:init 的占位；财预〔2020〕10号 附件1 单位自评表栏目（联系人、联系电话、预算数）；四川 部门预算项目支出绩效自评表（2023年度）印好的填写说明，青神 2023 实例；宁乡 坝塘镇 2021 项目绩效目标表实例（指标名称只有数字）；南岳 2018 绩效目标申报表实例（名称里留着模板的星号提示）；广水 2021 项目绩效目标自评表实例（目标里的空编号）；天津 东丽区 2020 项目绩效自评报告实例（量词前漏填数字）；稷山 2020 自评表、陈仓 2020 省级水利发展资金绩效目标表实例（名称前留着“指标1:”）；襄阳市中心医院 2021 自评表、大英县民政局 2020 项目绩效目标完成情况表实例（名称只是带单位的数值）",
        sourceEn = "jixiao: the placeholders of jixiao:init; MOF Caiyu [2020] No. 10, Annex 1, columns of the unit self-evaluation table (contact, telephone, budget); the printed instructions of Sichuan's self-evaluation table for department budget project spending (2023), Qingshen 2023 example; Batang, Ningxiang 2021 target table (indicator names that are only numbers); Nanyue 2018 target declaration (names that kept the template's asterisk hints); Guangshui 2021 project self-evaluation table (empty numbered items in the goal); Dongli, Tianjin 2020 project self-evaluation report (a measure word with no number); Jishan 2020 self-evaluation table, Chencang 2020 provincial water funds target table (names that kept the template's row numbers); Xiangyang central hospital 2021 self-evaluation table, Daying civil affairs 2020 project target completion table (names that are a figure with its unit)",
        messages = {
            @RuleInfo.Message(zh = "“{0}”是 jixiao:init 留下的占位文字，请填写实际内容。",
                    en = "\"{0}\" is a placeholder left by jixiao:init: fill in the real text."),
            @RuleInfo.Message(key = "zero-budget", zh = "{0}（{1}）为 0，是 jixiao:init 留下的占位值，请填写实际预算数。",
                    en = "{1} ({0}) is 0, the placeholder jixiao:init wrote: fill in the real budget."),
            @RuleInfo.Message(key = "zero-task-budget", zh = "任务“{0}”的预算数为 0，是 jixiao:init 留下的占位值，请填写实际预算数。",
                    en = "The budget of task \"{0}\" is 0, the placeholder jixiao:init wrote: fill in the real budget."),
            @RuleInfo.Message(key = "blank", zh = "{0}（{1}）为空，请填写。",
                    en = "{1} ({0}) is empty: fill it in."),
            @RuleInfo.Message(key = "instruction", zh = "“{0}”是表中印好的填写说明，不是填写的内容：这一栏其实没有填。请填写实际内容。",
                    en = "\"{0}\" is the form's printed instruction, not an answer: the cell was never filled in. Fill in the real text."),
            @RuleInfo.Message(key = "template-mark", zh = "“{0}”里是模板的占位“{1}”（“**”处应填数值）：这一栏其实没有填。请填写实际数值。",
                    en = "\"{0}\" holds the template's placeholder \"{1}\" (a value goes where the ** stand): the cell was never filled in. Fill in the real value."),
            @RuleInfo.Message(key = "unit-only", zh = "指标“{0}”的指标值只有“{1}”，没有数值：模板待填的数值没有填。请填写数值（如“≥ 3 公里”“≥ 95%”）；该指标不适用于本项目的，删去这一行。",
                    en = "The target of indicator \"{0}\" holds only \"{1}\" and no figure: the template's value to fill in was never filled in. Fill in the figure (e.g. \"≥ 3 公里\" (km), \"≥ 95%\"); if the indicator does not apply to the project, delete the row."),
            @RuleInfo.Message(key = "unit-only-rows", sameAs = "unit-only", details = {2, 3, 4}, zh = "指标“{0}”的指标值只有“{1}”，没有数值：模板待填的数值没有填（共 {2} 个指标值只有单位或比较符，没有数值：第 {3} 个指标）。请逐行填写数值（如“≥ 3 公里”“≥ 95%”）；不适用于本项目的指标，删去这一行。",
                    en = "The target of indicator \"{0}\" holds only \"{1}\" and no figure: the template's value to fill in was never filled in ({2} targets hold only a unit or a comparator and no figure: indicators {4}). Fill in the figure on each row (e.g. \"≥ 3 公里\" (km), \"≥ 95%\"); delete the rows of indicators that do not apply to the project."),
            @RuleInfo.Message(key = "placeholder-target", zh = "指标“{0}”的指标值只有占位符“{1}”，没有数值，也没有文字：模板待填的指标值没有填。请填写带比较符和单位的指标值（如“≥ 3 公里”“≥ 95%”）或可以检验的定性表述；该指标不适用于本项目的，删去这一行或标为不适用（notApplicable）。",
                    en = "The target of indicator \"{0}\" holds only the placeholder \"{1}\", no figure and no words: the template's target was never filled in. Fill in a target with its comparator and unit (e.g. \"≥ 3 公里\" (km), \"≥ 95%\") or a qualitative statement that can be checked; if the indicator does not apply to the project, delete the row or mark it not applicable (notApplicable)."),
            @RuleInfo.Message(key = "not-applicable-target", zh = "指标“{0}”的指标值只是“{1}”：这一行写了指标名称，却没有设指标值，无法据以监控和评价（绩效目标不完整）。该指标确不适用于本项目的，删去这一行，或标为不适用（notApplicable: true）；适用的，请填写带比较符和单位的指标值（如“≥ 95%”）或可以检验的定性表述。",
                    en = "The target of indicator \"{0}\" is only \"{1}\": the row names an indicator but sets no target, so nothing can be monitored or evaluated against it (the targets are incomplete). If the indicator does not apply to the project, delete the row or mark it not applicable (notApplicable: true); if it applies, fill in a target with its comparator and unit (e.g. \"≥ 95%\") or a qualitative statement that can be checked."),
            @RuleInfo.Message(key = "doubled-comparator", details = {2, 3}, zh = "指标“{0}”的指标值“{1}”把比较符“{2}”写了不止一次，按“{3}”读取。请只写一个比较符：“{3}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" writes the comparator \"{2}\" more than once; it is read as \"{3}\". Write one comparator: \"{3}\"."),
            @RuleInfo.Message(key = "not-applicable-actual", zh = "指标“{0}”设了指标值“{2}”，完成值却只是“{1}”，没有写出完成情况。本年确不适用的（如这一项没有实施），请标为不适用（notApplicable: true），在偏差原因中说明，其分值归入其他指标；适用的，请填写实际完成的数值或情况。",
                    en = "Indicator \"{0}\" has the target \"{2}\", but its actual is only \"{1}\" (not applicable), which says nothing of what was achieved. If it did not apply this year (the work was not carried out), mark it not applicable (notApplicable: true), say why in the explanation of the deviation, and give its points to the other indicators; if it applied, write what was achieved, as a figure or in words."),
            @RuleInfo.Message(key = "unit-only-actual", zh = "指标“{0}”的完成值只有“{1}”，没有数值，也没有说明完成情况：模板待填的完成值没有填。指标值是“{2}”：请填写实际完成情况（如“{2}”或实际达到的数值）。",
                    en = "The actual of indicator \"{0}\" holds only \"{1}\", no figure and no word on what was achieved: the template's value was never filled in. The target is \"{2}\": write what was achieved (e.g. \"{2}\", or the figure reached)."),
            @RuleInfo.Message(key = "placeholder-actual", zh = "指标“{0}”的完成值只有占位符“{1}”，没有数值，也没有说明完成情况：这一栏其实没有填。指标值是“{2}”：请填写实际完成情况（如“{2}”或实际达到的数值）；该指标不适用于本项目的，标为不适用（notApplicable），不要留占位符。",
                    en = "The actual of indicator \"{0}\" holds only the placeholder \"{1}\", no figure and no word on what was achieved: the cell was never filled in. The target is \"{2}\": write what was achieved (e.g. \"{2}\", or the figure reached); if the indicator does not apply to the project, mark it not applicable (notApplicable) instead of leaving a placeholder."),
            @RuleInfo.Message(key = "not-applicable-marked", zh = "指标“{0}”的指标值“{2}”和完成值“{1}”都只是“/”“—”或“不适用”之类：这一行读作不适用，却作为指标留在表中，计分时无法计分。确不适用的，请标为不适用（notApplicable: true），其分值归入其他指标（财预〔2020〕10号：未设的指标分值归入产出、效益）；适用的，请填写指标值和实际完成情况。",
                    en = "Indicator \"{0}\" has the target \"{2}\" and the actual \"{1}\", each only \"/\", \"—\" or \"不适用\" (not applicable) or the like: the row reads as not applicable, yet stands in the table as an indicator, which the score cannot score. If it does not apply, mark it not applicable (notApplicable: true) and give its points to the other indicators (Caiyu [2020] No. 10: the points of indicators not set go to outputs and effects); if it applies, fill in the target and what was achieved."),
            @RuleInfo.Message(key = "template-mark-name", details = {2},
                    zh = "指标名称“{0}”里留着模板的填写提示“{1}”（共 {2} 个指标名称如此）。名称只写衡量什么，数值写在指标值一栏：请删去提示。",
                    en = "The indicator name \"{0}\" kept the template's hint \"{1}\" ({2} names do). A name says what is measured and the value goes in the target column: remove the hint."),
            @RuleInfo.Message(key = "template-numbering-name", details = {2},
                    zh = "指标名称“{0}”前留着模板的行编号“{1}”（共 {2} 个指标名称如此）。编号是模板供填写的行号，不是指标的一部分：请删去名称前的编号，只写衡量什么。",
                    en = "The indicator name \"{0}\" kept the template's row number \"{1}\" in front ({2} names do). The number is the template's line to write on, not part of the indicator: remove it and write only what is measured."),
            @RuleInfo.Message(key = "numbering-name", details = {2},
                    zh = "指标名称“{0}”前有行编号“{1}”（共 {2} 个指标名称如此）。编号不是指标的一部分：请删去名称前的编号，只写衡量什么（表中有序号栏的，编号写在那里）。",
                    en = "The indicator name \"{0}\" has a row number \"{1}\" in front ({2} names do). The number is not part of the indicator: remove it and write only what is measured (in a table with a number column, the number goes there)."),
            @RuleInfo.Message(key = "empty-item", zh = "{2}“{0}”里第 {1} 项只有编号、没有内容，是模板留下的空项。请填写这一项，或删去多余的编号。",
                    en = "The {3} \"{0}\" has item(s) {4} with only the number and no text: empty items left from the template. Fill them in or remove the numbers."),
            @RuleInfo.Message(key = "no-numeral", details = {5}, zh = "{2}“{0}”里的“{1}”在量词前没有数字，数量漏填了。请补上数量（如“{5}”，N 为实际的数字）。",
                    en = "The {3} \"{0}\" has \"{1}\" with no number before the measure word {4}: the quantity was left out. Fill it in (e.g. \"{5}\", N the actual number)."),
            @RuleInfo.Message(key = "number-name", zh = "指标名称“{0}”只是一个数字，没有写出衡量什么：这一栏其实没有填。请写明指标衡量的内容（如“补助种植面积”）。",
                    en = "The indicator name \"{0}\" is only a number and says nothing of what is measured: the name was never filled in. Write what the indicator measures."),
            @RuleInfo.Message(key = "figure-name", zh = "指标名称“{0}”只是一个数值，没有写出衡量什么：这一栏填的是指标值，不是名称。请写明指标衡量的内容（如“项目完成时间”“项目总成本”），数值写在指标值一栏。",
                    en = "The indicator name \"{0}\" is only a figure and says nothing of what is measured: the cell holds a value, not a name. Write what the indicator measures (e.g. 项目完成时间 (completion date), 项目总成本 (total cost)); the figure goes in the target column."),
            @RuleInfo.Message(key = "period-name", zh = "指标名称“{0}”只是一个时段，没有写出衡量什么：这一栏填的不是指标名称。请写明指标衡量的内容（如“全年开放天数”“项目完成时间”），数值写在指标值一栏。",
                    en = "The indicator name \"{0}\" is only a period and says nothing of what is measured: the cell holds no name. Write what the indicator measures (e.g. 全年开放天数 (days open in the year), 项目完成时间 (completion date)); the figure goes in the target column."),
            @RuleInfo.Message(key = "number-name-target", details = {1}, sameAs = "number-name",
                    zh = "指标名称“{0}”只是一个数字，没有写出衡量什么：这一栏其实没有填，指标值“{1}”衡量什么、朝哪个方向、用什么单位也就无从判断。请写明指标衡量的内容（如“补助种植面积”），再按它写出带比较符和单位的指标值（如“≥ 500 亩”）。",
                    en = "The indicator name \"{0}\" is only a number and says nothing of what is measured: the name was never filled in, so what its target \"{1}\" measures, in which direction and unit, cannot be told. Write what the indicator measures, then its target with a comparator and unit (e.g. \"≥ 500 亩\" (at least 500 mu))."),
            // the Engine's (numberNameAllOnce, session 58, audit s57 A12 D4): every named row of the table named by a bare
            // number, said once at the table in place of each row's number-name; the count and the numbers are details
            @RuleInfo.Message(key = "number-name-all", details = {0, 1}, lists = {1},
                    zh = "{0} 个指标的名称都只是数字（{1}），没有一个写出衡量什么：表中没有写出任何指标，各行的指标值衡量什么、朝哪个方向、用什么单位也就无从判断。请逐行写明指标衡量的内容（如“补助种植面积”），再按它写出带比较符和单位的指标值（如“≥ 500 亩”）。",
                    en = "The names of all {0} indicators are only numbers ({1}), and none says what is measured: the table names no indicator at all, so what each row's target measures, in which direction and unit, cannot be told. Write on each row what the indicator measures, then its target with a comparator and unit (e.g. \"≥ 500 亩\" (at least 500 mu)).")
        })
public final class PlaceholderLeft implements TreeRule {

    /** The placeholder texts jixiao:init writes: （请填写年度总体目标）, （请填写任务名称）… */
    static final Pattern PLACEHOLDER = Pattern.compile("[（(]\\s*请填写[^）)]*[）)]");

    /**
     * Whether {@code value} holds a template's "（请填写…）". Only the part up to its last closing bracket can: an opening
     * never closed was read to the text's end before the next was tried, quadratic in the text (review S, session 25:
     * a hundred goals of "（请填写" repeated held the check for minutes).
     */
    static boolean placeholder(String value) {
        int end = Math.max(value.lastIndexOf('）'), value.lastIndexOf(')'));
        return end > 0 && PLACEHOLDER.matcher(value).region(0, end + 1).find();
    }

    /** A printed length limit: （100字以内）, (不超过300字), （限200字）, （500字左右）. */
    static final Pattern LENGTH_LIMIT = Pattern.compile(
            "[（(]\\s*+(?:限|不超过|不多于|不少于)?\\s*+[0-9０-９]++\\s*+个?字(?:以内|以下|之内|左右)?\\s*+[）)]");

    /** What follows a template's mark ({@link #TEMPLATE_MARK}): a percent sign or a unit; no bold span starts so. */
    private static final String MARK_UNITS = "%％个人户亩次件项家所元万亿吨公里米天日月年周批场份台套座篇张条处只头株辆";

    /** What may stand before a template's mark (≥**): a comparator, in any spelling the target parser reads as one. */
    private static final String MARK_COMPARATORS = Comparator.SIGNS;

    /**
     * A template's mark for a value to fill in: ** after a comparator (≥**) or before a unit or percent sign (**%,
     * **个, **元/人·月). Asterisks beside neither (Markdown's **bold**, a lone * marking a core indicator) are not one.
     */
    static final Pattern TEMPLATE_MARK = Pattern.compile(
            "[" + MARK_COMPARATORS + "]\\s*\\*{2,}+(?:\\s*[" + MARK_UNITS + "])?|(?<!\\*)\\*{2,}+\\s*[" + MARK_UNITS + "]");

    /** How a printed instruction begins: 请填写…, 对照年度目标，说明…, 简要说明…, 简述… */
    static final java.util.List<String> INSTRUCTION_STARTS = java.util.List.of(
            "请", "对照", "说明", "简要", "简述", "概述", "填写", "列明", "写明", "阐述", "描述", "结合", "围绕");

    /** What an instruction asks, one of which it holds ("对照年度目标，本项目完成了……" is an answer: no 说明). */
    static final java.util.List<String> INSTRUCTION_VERBS = java.util.List.of(
            "说明", "填写", "简述", "概述", "列明", "写明", "阐述", "描述", "分析");

    /** The longest indicator name looked at as a bare number ("88", "68.5", "100%"): a name is rarely so short. */
    private static final int NUMBER_NAME_MAX = 12;

    /** Fields init leaves empty, with their names in both languages. */
    private static final String[][] BLANKS = {{"/preparer", "填报人", "preparer"}, {"/contact", "联系电话", "contact"}};

    @Override
    public int interests() {
        return STRINGS;
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Severity sev = severity(submission);
        if (!ctx.treesWalked()) {
            TreeWalk.walk(submission, this, ctx);
        }
        submission.document("department").ifPresent(doc -> {
            for (String[] b : BLANKS) {
                JsonNode n = doc.root().at(b[0]);
                if (n.isString() && n.asString().isBlank()) {
                    ctx.report(sev, "blank", doc.src(n, b[0]), null, b[1], b[2]);
                }
            }
            // 广水 2021: "1.完成乡村道路建设养护里程 300 公里; 2. 3." (goals are read here, not in the tree walk, which
            // records only the strings the walk's checks want)
            for (String part : new String[] {"expected", "achieved"}) {
                JsonNode goals = doc.root().at("/overallGoals/" + part);
                for (int g = 0; g < goals.size(); g++) {
                    JsonNode n = goals.get(g);
                    if (n != null && n.isString()) {
                        String at = "/overallGoals/" + part + "/" + g;
                        boolean achieved = "achieved".equals(part);
                        emptyItems(n.asString(), doc, at, achieved, ctx);
                        String missing = noNumeral(n.asString());
                        if (missing != null) {
                            ctx.report(Severity.WARNING, "no-numeral", doc.src(n, at), null, SubmissionLoader.excerpt(n.asString().strip(), 40),
                                    missing, achieved ? "年度总体目标完成情况" : "年度总体目标",
                                    achieved ? "overall goal achieved (年度总体目标完成情况)" : "overall goal (年度总体目标)", gloss(missing),
                                    example(missing));
                        }
                    }
                }
            }
        });
        zero(Figures.of(submission, ctx).money("budget#/initialBudget"), sev, ctx, "zero-budget", "年初预算", "initialBudget");
        zero(Figures.of(submission, ctx).money("budget#/fullYearBudget"), sev, ctx, "zero-budget", "全年预算", "fullYearBudget");
        // the rows' texts were scanned once for the run, with the other facts of each row (IndicatorFacts' bits)
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        java.util.List<io.github.jixiao.model.Indicator> unitOnly = new java.util.ArrayList<>();
        for (int k = 0; k < facts.size(); k++) {
            io.github.jixiao.model.Indicator row = facts.row(k);
            long b = facts.bits(k);
            if (unitOnly(row.target())) {
                // 陈仓 2020's 省级 target table: 指标值 "公里", "万亩", "万人", "≧ %" — the template's unit, the figure never
                // written (until session 42 no rule said so: a unit alone read as words, and nothing asked for the figure)
                unitOnly.add(row);
            } else if (placeholderTarget(submission, row, b)) {
                // "**", "xx", "……" for a target (the template's value never written), or "/", "—", 不适用 beside a name of an
                // indicator (a row set and given no target): nothing said it at any stage until session 46 (G2's left-alone item 1)
                ctx.report(sev, notApplicableMark(row.target()) ? "not-applicable-target" : "placeholder-target", row.targetSrc(), null,
                        Checks.name(row), row.target().strip());
            }
            String doubled = (b & IndicatorFacts.APPLICABLE) != 0 ? doubledComparator(row.target()) : null;
            if (doubled != null && row.targetSrc() != null) {
                // 抚远 2022 (t99): 贫困地区农村集中供水率 "≥≥98%", read as ≥ 98 % without a word until session 46
                ctx.report(Severity.INFO, "doubled-comparator", row.targetSrc(), null, Checks.name(row), row.target().strip(),
                        doubled.substring(0, 1), doubled);
            }
            if (actualUnitOnly(submission, row, b)) {
                // an actual that is the template's unit alone ("%", "公里") under a word target (达标): nothing says what was
                // achieved, and the scorer reads "%" beside "%" as the target's own words. Under a target with a figure
                // indicator-actual-incommensurable asks for the figure (one defect, one finding; F10's left-alone item)
                // (a target the schema does not read as text, a number or an object, is null here: its effective target, as the
                // variants below quote; RulesNeverThrowTest found the NPE, session 52)
                ctx.report(sev, "unit-only-actual", row.actualSrc(), null, Checks.name(row), row.actual().strip(),
                        (row.target() != null ? row.target() : row.effectiveTarget()).strip());
            } else if (notApplicableActual(submission, row, b)) {
                // 不涉及, 不适用, N/A for an actual beside a target set at the filing: not a result (session 46)
                ctx.report(sev, "not-applicable-actual", row.actualSrc(), null, Checks.name(row), row.actual().strip(),
                        row.effectiveTarget().strip());
            } else if (placeholderActual(submission, row, b)) {
                // "**", "xx", "—", "/" for an actual beside a target in words: the scorer says no-result at 自评 (session 44),
                // and nothing said it at 运行监控; a row whose target is such a mark too reads as not applicable (session 45)
                ctx.report(sev, notApplicableMark(row.effectiveTarget()) ? "not-applicable-marked" : "placeholder-actual",
                        row.actualSrc(), null, Checks.name(row), row.actual().strip(), row.effectiveTarget().strip());
            }
            if ((b & (IndicatorFacts.T_NO_NUMERAL | IndicatorFacts.A_NO_NUMERAL)) == 0) {
                continue;
            }
            io.github.jixiao.model.Indicator i = facts.row(k);
            if ((b & IndicatorFacts.T_NO_NUMERAL) != 0) {
                noNumeral(i, i.effectiveTarget(), i.targetSrc(), "的指标值", "target", ctx);
            }
            if ((b & IndicatorFacts.A_NO_NUMERAL) != 0) {
                noNumeral(i, i.actual(), i.actualSrc(), "的实际完成值", "actual", ctx);
            }
        }
        unitOnlyOnce(unitOnly, sev, ctx);
        templateNumbering(submission, facts, ctx);
        templateMarkNames(submission, facts, ctx);
        for (Task t : submission.tasks()) {
            zero(Optional.ofNullable(t.budget()), sev, ctx, "zero-task-budget",
                    SubmissionLoader.excerpt(t.label() == null ? "" : t.label(), 40));
        }
    }

    /**
     * Targets left as the template's unit alone ({@link #unitOnly}): one is {@code unit-only}; two or more are one habit of
     * filling in (陈仓 2020, t86: "公里", "万亩", "万人", "公里", "≧ %" on five rows), said once at the first with how many
     * there are ({@code unit-only-rows}, the first row's fingerprint: audit s50 A5 §2), as the template's numbering is.
     */
    private static void unitOnlyOnce(java.util.List<io.github.jixiao.model.Indicator> rows, Severity sev, RuleContext ctx) {
        if (rows.isEmpty()) {
            return;
        }
        io.github.jixiao.model.Indicator first = rows.get(0);
        if (rows.size() == 1) {
            ctx.report(sev, "unit-only", first.targetSrc(), null, Checks.name(first), first.target().strip());
        } else {
            // the rows by number (1-based), each language's list (details): the reader finds them, and the reports mark each
            // row the finding names, not the first alone (session 52: rows 2–5 of t86 showed no finding)
            java.util.StringJoiner zh = new java.util.StringJoiner("、");
            java.util.StringJoiner en = new java.util.StringJoiner(", ");
            for (io.github.jixiao.model.Indicator i : rows) {
                zh.add(String.valueOf(i.index() + 1));
                en.add(String.valueOf(i.index() + 1));
            }
            ctx.report(sev, "unit-only-rows", first.targetSrc(), null, Checks.name(first), first.target().strip(), rows.size(),
                    zh.toString(), en.toString());
        }
    }

    /**
     * The national template's row numbering kept before the names (财预〔2020〕10号 附件1 prints "指标1:" "指标2:" in each
     * category's rows for the unit to write over): "指标1:全县参合人数", "指标1项目完成及时率". Said once a table, at the
     * first such name, with how many there are (a form filled in so keeps it on every row: 稷山 2021 on 25). A row whose
     * name is the numbering alone is an empty template row, indicator-template-row's, and not counted here.
     */
    private static void templateNumbering(Submission submission, IndicatorFacts facts, RuleContext ctx) {
        // the template's "指标1:" / "指标一：" (template-numbering-name), and a row number of the table's own, "1." "2、"
        // (numbering-name): each said once a table, at its first name, with its count
        onceATable(submission, facts, ctx, "template-numbering-name", row -> {
            String n = templateNumbering(row.name());
            return n != null && n.startsWith("指标") ? n : null;
        });
        onceATable(submission, facts, ctx, "numbering-name", row -> {
            String n = templateNumbering(row.name());
            return n != null && !n.startsWith("指标") ? n : null;
        });
    }

    /**
     * The template's ** hint kept in the indicators' names (同心 下马关 2023, t64: "黄金蜜(葡萄)种植数量(≥**株)" and six more;
     * 南岳 2018 on ten; 昌宁 2022's "排污沟(≥米)", the hint without its stars, counted too since session 53): said once a
     * table, at the first such name, with how many there are, as the template's numbering
     * is (session 47: one note a row, seven for one habit of filling in). The rows of /indicators only, the names the tree
     * walk leaves here ({@link #nameMark}).
     */
    private static void templateMarkNames(Submission submission, IndicatorFacts facts, RuleContext ctx) {
        onceATable(submission, facts, ctx, "template-mark-name", row -> {
            String name = row.name();
            // row.pointer() is "/indicators/" + row.index(): a row of the file's own list wherever the index is a number
            // (the pattern /indicators/[0-9]+ matched on it built that string and a matcher for each of the 600 rows)
            if (name == null || row.index() < 0) {
                return null;
            }
            // the ** mark, or a bracket of a comparator and a unit with no figure ("排污沟(≥米)", "投入资金(≥万元)"): the same
            // hint with its stars left out, as no-unit-hint reads it (IndicatorTargetNoUnit.hintUnit; audit s53 A8 row C3)
            String mark = name.contains("**") ? firstMark(name) : null;
            return mark != null ? mark : IndicatorTargetNoUnit.hintText(name);
        });
    }

    /**
     * One note {@code key} a table (INFO): at the first row whose name {@code markOf} finds a mark in, with the name, that
     * row's mark and how many rows have one; nothing where none has. The template's numbering and ** hints are said so.
     */
    private static void onceATable(Submission submission, IndicatorFacts facts, RuleContext ctx, String key,
                                   java.util.function.Function<io.github.jixiao.model.Indicator, String> markOf) {
        io.github.jixiao.model.Indicator first = null;
        String mark = null;
        int count = 0;
        for (int k = 0; k < facts.size(); k++) {
            io.github.jixiao.model.Indicator row = facts.row(k);
            String m = markOf.apply(row);
            if (m != null) {
                if (first == null) {
                    first = row;
                    mark = m;
                }
                count++;
            }
        }
        if (first != null) {
            ctx.report(Severity.INFO, key, submission.src("indicators#" + first.pointer() + "/name"), null,
                    SubmissionLoader.excerpt(first.name().strip(), 40), mark, count);
        }
    }

    /**
     * 指标1: 指标２、 指标3 — the template's numbering at a name's start, with what closes it; all its digits (指标123 is a
     * number alone, no name after it). In Chinese numerals (指标一：, 指标十二、) only with what closes it: 指标一致率 is a name.
     */
    static final Pattern TEMPLATE_NUMBERING = Pattern.compile(
            "^\\s*指标\\s*(?:[0-9０-９]++\\s*[:：、.．]?|[一二三四五六七八九十]++\\s*[:：、.．])");

    /**
     * 1. 2、 3： 4） — a row number at a name's start, one or two digits and what closes it, then no digit (1.5万亩 and 3:1
     * are figures, 5G基站 and 12345热线 have nothing closing the digits).
     */
    static final Pattern ROW_NUMBERING = Pattern.compile("^\\s*[0-9０-９]{1,2}+\\s*[.．、:：)）](?![\\s]*[0-9０-９.．%％])");

    /**
     * (1) （2） (一) （十二） 一、 二． 三： — a row number in brackets, or in Chinese numerals with what closes it, at a name's
     * start (session 45). Not 二、三级医院覆盖率 (a numeral after 、: grades 2 and 3 enumerated, a name), nor 一次性补助发放率
     * or 三级医院 (nothing closing the numeral), nor (2022) (a year, four digits).
     */
    static final Pattern ROW_NUMBERING_MARKED = Pattern.compile(
            "^\\s*(?:[（(]\\s*(?:[0-9０-９]{1,2}+|[一二三四五六七八九十]{1,3}+)\\s*[)）]|[一二三四五六七八九十]{1,3}+\\s*[、.．:：](?![\\s]*[一二三四五六七八九十两0-9０-９]))");

    /**
     * The numbering {@code name} begins with (the template's "指标1:" or "指标一：", or a row number "1." "2、", "(1)" "（一）" "一、"), where a name
     * of its own follows it; null otherwise (no numbering, or nothing after it: "指标2:" alone is an empty template row,
     * "指标1:/" a row marked not applicable).
     */
    static String templateNumbering(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        // the name's first character that is no white space (strip's: Character.isWhitespace), found without stripping a
        // copy; ' ' where there is none. Each pattern begins with it: ^\\s* (ASCII white space, all of it strip's) and then
        // 指, a digit, a bracket or a numeral, so a name whose first character is none of these cannot match
        int at = 0;
        while (at < name.length() && Checks.whitespace(name.charAt(at))) {
            at++;
        }
        char c = at == name.length() ? ' ' : name.charAt(at);
        java.util.regex.Matcher m;
        if (c == '指' && (m = TEMPLATE_NUMBERING.matcher(name)).find()) {
            return followedByName(name, m);
        }
        if ((c >= '0' && c <= '9' || c >= '０' && c <= '９') && (m = ROW_NUMBERING.matcher(name)).find()) {
            return followedByName(name, m);
        }
        if ((c == '(' || c == '（' || "一二三四五六七八九十".indexOf(c) >= 0) && (m = ROW_NUMBERING_MARKED.matcher(name)).find()) {
            return followedByName(name, m);
        }
        return null;
    }

    /** The numbering {@code m} matched, where a letter or digit follows it (a name); else null. */
    static String followedByName(String name, java.util.regex.Matcher m) {
        String rest = name.substring(m.end()).strip();
        boolean words = false;
        for (int i = 0; i < rest.length() && !words; i++) {
            words = Character.isLetterOrDigit(rest.charAt(i));
        }
        return words ? m.group().strip() : null;
    }

    private static Severity severity(Submission submission) {
        return submission.stage() == Stage.SELF_EVALUATION ? Severity.ERROR : Severity.WARNING;
    }

    private static void zero(Optional<Money> m, Severity sev, RuleContext ctx, String key, Object... args) {
        if (m.isPresent() && m.get().value() != null && m.get().value().signum() == 0) {
            ctx.report(sev, key, m.get().src(), null, args);
        }
    }

    /** Every string value of every tree; its pointer is built only for a placeholder found. */
    @Override
    public void visitString(TreeWalk.Cursor at, String value, RuleContext ctx) {
        // the characters each test needs (请, 字, *), found in one pass over the text; most texts hold none
        int marks = marks(value);
        if ((marks & ASK) != 0 && value.contains("请填写") && placeholder(value)) {
            ctx.report(severity(at.submission()), "", at.document().src(at.node(), at.pointer()), null,
                    SubmissionLoader.excerpt(value.strip(), 40));
        } else if ((marks & (ASK | WORDS)) != 0 && printedInstruction(value)) {
            ctx.report(severity(at.submission()), "instruction", at.document().src(at.node(), at.pointer()), null,
                    SubmissionLoader.excerpt(value.strip(), 40));
        } else if ((marks & STAR) != 0 && value.contains("**") && templateMark(at, value, ctx)) {
            return; // 南岳 2018: 贫困地区旅游景点开发数量( ≥**个 ), 指标值 >=4个
        } else if (value.length() <= NUMBER_NAME_MAX && !value.isEmpty() && "name".equals(at.key())
                && at.depth() == 3 && "indicators".equals(at.role()) && bareNumber(value)) {
            // 宁乡 坝塘镇 2021: 指标内容 "88", 指标值 100 — the row names nothing it measures
            ctx.report(severity(at.submission()), "number-name", at.document().src(at.node(), at.pointer()), null,
                    value.strip());
        } else if (value.length() <= NUMBER_NAME_MAX && !value.isEmpty() && "name".equals(at.key())
                && at.depth() == 3 && "indicators".equals(at.role()) && PERIOD_NAME.matcher(value.strip()).matches()) {
            // 黄石市图书馆 2022 (t82 /4): 时效 "2022年全年" | ≥360天 — a period in the name's cell, as "2020年" is a figure
            // there (audit s50 A5 §3: the row was meant to say 开放天数)
            ctx.report(severity(at.submission()), "period-name", at.document().src(at.node(), at.pointer()), null,
                    value.strip());
        } else if (value.length() <= NUMBER_NAME_MAX && !value.isEmpty() && "name".equals(at.key())
                && at.depth() == 3 && "indicators".equals(at.role()) && figureName(value)) {
            // 襄阳 2021: 时效 "1年" | 1年 | 1年; 大英县民政局 2020: 时效 "2020年", 成本 "100万" — the value in the name's cell
            ctx.report(severity(at.submission()), "figure-name", at.document().src(at.node(), at.pointer()), null,
                    value.strip());
        }
    }

    /**
     * Reports {@link #noNumeral(String)} of an indicator's text, where it has one; the row's name and the field's words are
     * built only then (600 rows a department, almost none with a lost number).
     */
    private static void noNumeral(io.github.jixiao.model.Indicator i, String text, io.github.jixiao.load.Src src, String fieldZh,
                                  String fieldEn, RuleContext ctx) {
        String missing = text == null || src == null ? null : noNumeral(text);
        if (missing != null) {
            String name = Checks.name(i);
            ctx.report(Severity.WARNING, "no-numeral", src, null, SubmissionLoader.excerpt(text.strip(), 40), missing,
                    "指标“" + name + "”" + fieldZh, fieldEn + " of indicator \"" + name + "\"", gloss(missing), example(missing));
        }
    }

    /**
     * Verbs that take a count of what was built, done or given (建设 3 座, 完成 491 米, 惠及 200 户): one followed straight
     * by a measure word lost its number. Short on purpose: 培训人次, 统计个数 and the like are nouns.
     */
    static final java.util.List<String> COUNT_VERBS = java.util.List.of(
            "建设", "完成", "新建", "修建", "建成", "改造", "改建", "扩建", "维修", "养护", "安装", "硬化", "铺设", "新增",
            "资助", "补助", "救助", "帮扶", "惠及", "覆盖", "购置", "采购");

    /**
     * Measure words with their English glosses, longest first. Not 处, 所, 家 or 间: 城乡建设处, 规划建设所 and 维修间 are
     * offices and rooms.
     */
    static final String[][] MEASURE_WORDS = {
        {"平方米", "square metres"}, {"公里", "km"}, {"千米", "km"}, {"人次", "person-times"}, {"座", "structures"},
        {"个", "units"}, {"米", "metres"}, {"户", "households"}, {"项", "items"}, {"台", "machines"}, {"套", "sets"},
        {"辆", "vehicles"}, {"亩", "mu"}, {"栋", "buildings"}, {"条", "lines"}, {"名", "people"}};

    /** What may follow the measure word of {@link #noNumeral}: punctuation, a bracket, a blank or nothing. */
    static final String AFTER_MEASURE = "；;，,。．.、！!）)";

    /**
     * The verb and measure word with no number between them ("建设座" in "保质保量完成道路建设座;"), or null: a
     * {@link #COUNT_VERBS} word followed straight by a {@link #MEASURE_WORDS} word and then by punctuation, a blank or
     * the text's end (座谈会, 个人, 项目 go on in words). 未完成项 and 已完成项 are a noun (the items done or not).
     */
    static String noNumeral(String text) {
        if (text.length() > 2000) {
            return null;
        }
        // one pass from the measure words' side: a measure word (the first of MEASURE_WORDS, longest first, that stands at
        // this place) closed by punctuation or the end, with a count verb (all two characters) right before it; the first in
        // the text is the one said
        for (int after = COUNT_VERB_LENGTH; after < text.length(); after++) {
            char c = text.charAt(after);
            if (c < '\u4e00' || MEASURE_FIRSTS.indexOf(c) < 0) { // every measure word begins with a CJK character
                continue;
            }
            for (String[] m : MEASURE_WORDS) {
                if (!text.startsWith(m[0], after)) {
                    continue;
                }
                int end = after + m[0].length();
                boolean closed = end == text.length() || AFTER_MEASURE.indexOf(text.charAt(end)) >= 0
                        || Checks.whitespace(text.charAt(end)) && text.substring(end).isBlank();
                int at = after - COUNT_VERB_LENGTH;
                String v = closed && VERB_LASTS.indexOf(text.charAt(after - 1)) >= 0 ? verbAt(text, at) : null;
                if (v != null) {
                    boolean noun = "项".equals(m[0]) && at > 0 && (text.charAt(at - 1) == '未' || text.charAt(at - 1) == '已')
                            || noun(text, at, m[0]);
                    if (!noun) {
                        return v + m[0];
                    }
                }
                break;
            }
        }
        return null;
    }

    /** The {@link #COUNT_VERBS} word at {@code at} in {@code text}, or null. */
    private static String verbAt(String text, int at) {
        for (String v : COUNT_VERBS) {
            if (text.startsWith(v, at)) {
                return v;
            }
        }
        return null;
    }

    /** The length of every {@link #COUNT_VERBS} word (checked when the class is loaded). */
    private static final int COUNT_VERB_LENGTH = 2;

    /** The first characters of {@link #MEASURE_WORDS}: where {@link #noNumeral} looks closer. */
    private static final String MEASURE_FIRSTS;

    /** The last characters of {@link #COUNT_VERBS}: before a closed measure word ("≥100个" has 0), where a verb may end. */
    private static final String VERB_LASTS;

    static {
        StringBuilder b = new StringBuilder();
        for (String[] m : MEASURE_WORDS) {
            if (b.indexOf(m[0].substring(0, 1)) < 0) {
                b.append(m[0].charAt(0));
            }
        }
        MEASURE_FIRSTS = b.toString();
        if (MEASURE_FIRSTS.chars().anyMatch(c -> c < '\u4e00')) {
            throw new IllegalStateException("measure words are looked for from U+4E00 on: " + MEASURE_FIRSTS);
        }
        b.setLength(0);
        for (String v : COUNT_VERBS) {
            if (v.length() != COUNT_VERB_LENGTH) {
                throw new IllegalStateException("count verbs are read as two characters: " + v);
            }
            if (b.indexOf(v.substring(1)) < 0) {
                b.append(v.charAt(1));
            }
        }
        VERB_LASTS = b.toString();
    }

    /** What makes the verb and measure word after it a noun: 所有帮扶户, 全部维修项, 各改造户, 项目的新建项. */
    private static final String[] DETERMINERS = {"全部", "所有", "各", "每", "该", "本", "全", "新", "其", "此", "这些", "的"};

    /** Measure words a verb before them makes a noun with: 帮扶户, 维修项, 新建项, 救助名 (the households, items, people). */
    private static final String NOUN_MEASURES = "户项名";

    /**
     * Whether the verb at {@code at} and the measure word {@code m} after it are a noun, not a count that lost its number:
     * after a determiner ({@link #DETERMINERS}: 覆盖所有帮扶户, 完成全部维修项), or, for 户, 项 and 名, straight after another
     * count verb whose object they are (已完成新建项, 覆盖帮扶户). 完成道路建设座 and 完成危房改造户 stay a lost number:
     * a noun (道路, 危房) stands before the verb.
     */
    static boolean noun(String text, int at, String m) {
        for (String d : DETERMINERS) {
            if (at >= d.length() && text.startsWith(d, at - d.length())) {
                return true;
            }
        }
        if (m.length() == 1 && NOUN_MEASURES.indexOf(m.charAt(0)) >= 0) {
            for (String v : COUNT_VERBS) {
                if (at >= v.length() && text.startsWith(v, at - v.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The measure word of a {@link #noNumeral} text, glossed: 座 (structures). */
    /**
     * The example of the fix, built from the verb and measure word found ("建设 N 座" for "建设座"): until session 54 two fixed
     * examples, "建设 3 座" and "完成 491 米", the second t119 东丽 2020's own figure, read there as a count proposed for its
     * 座 and elsewhere as a stray figure from another table's road (audit s54 A9 row C2).
     */
    static String example(String missing) {
        return missing.substring(0, COUNT_VERB_LENGTH) + " N " + missing.substring(COUNT_VERB_LENGTH);
    }

    private static String gloss(String missing) {
        for (String[] m : MEASURE_WORDS) {
            if (missing.endsWith(m[0])) {
                return m[0] + " (" + m[1] + ")";
            }
        }
        return missing;
    }

    /** What ends an item's number: 1. 1． 1、 */
    private static final String ITEM_MARKS = ".．、";
    /** What may stand before an item's number: the text's start, a blank, or a separator. */
    private static final String ITEM_BEFORE = "；;。，,：:";
    /** What an empty item may hold besides blanks: the separator that closed it. */
    private static final String ITEM_FILLER = "；;。，,、.．";

    /**
     * Reports the numbered items of a goal that hold only their number ({@code empty-item}): "1.完成…300 公里; 2. 3."
     * Whether one was reported.
     */
    private static boolean emptyItems(String value, io.github.jixiao.load.JsonDocument doc, String pointer, boolean achieved,
            RuleContext ctx) {
        String empty = emptyItems(value);
        if (empty == null) {
            return false;
        }
        ctx.report(Severity.WARNING, "empty-item", doc.src(doc.root().at(pointer), pointer), null,
                SubmissionLoader.excerpt(value.strip(), 40), empty, achieved ? "年度总体目标完成情况" : "年度总体目标",
                achieved ? "overall goal achieved (年度总体目标完成情况)" : "overall goal (年度总体目标)", empty.replace("、", ", "));
        return true;
    }

    /**
     * The numbers of the items of {@code value} that hold only their number ("2、3" for "1.完成…; 2. 3."), or null when
     * none does. Items are numbers of ASCII or full-width digits closed by {@link #ITEM_MARKS}, at the text's start or
     * after a blank or a separator, running 1, 2, 3 … in order: a decimal (2.3万元, 1.5), a date (2020.1.1) or a number
     * in a sentence (第2、3季度) begins no such run. An item is empty when only blanks and separators lie between its
     * number and the next item's, or the text's end; two numbers with nothing between them at all (2.3.) are a figure,
     * not two items.
     */
    static String emptyItems(String value) {
        int n = value.length();
        if (n > 2000 || value.indexOf('1') < 0 && value.indexOf('１') < 0) {
            return null;
        }
        // the item numbers in order: start of the number, end after its mark
        java.util.List<int[]> items = new java.util.ArrayList<>();
        int want = 1;
        for (int i = 0; i < n; i++) {
            if (!itemStart(value, i)) {
                continue;
            }
            int j = i;
            int num = 0;
            while (j < n && j - i < 3 && digit(value.charAt(j)) >= 0) {
                num = num * 10 + digit(value.charAt(j));
                j++;
            }
            if (j > i && j < n && ITEM_MARKS.indexOf(value.charAt(j)) >= 0 && num == want
                    && (j + 1 >= n || digit(value.charAt(j + 1)) < 0)) {
                items.add(new int[] {i, j + 1, num});
                want++;
                i = j;
            }
        }
        if (items.size() < 2) {
            return null; // one number is a heading or a figure, not a numbered list
        }
        StringBuilder empty = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            int from = items.get(k)[1];
            int to = k + 1 < items.size() ? items.get(k + 1)[0] : n;
            boolean blank = true;
            for (int c = from; c < to && blank; c++) {
                char ch = value.charAt(c);
                blank = Checks.whitespace(ch) || ch == '\u3000' || ITEM_FILLER.indexOf(ch) >= 0;
            }
            if (blank) {
                empty.append(empty.length() == 0 ? "" : "、").append(items.get(k)[2]);
            }
        }
        return empty.length() == 0 ? null : empty.toString();
    }

    /** Whether an item number may begin at {@code i}: the text's start, or after a blank or a separator. */
    private static boolean itemStart(String value, int i) {
        if (digit(value.charAt(i)) < 0) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char b = value.charAt(i - 1);
        return Checks.whitespace(b) || b == '\u3000' || ITEM_BEFORE.indexOf(b) >= 0;
    }

    /** The value of an ASCII or full-width digit, or -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    /** {@link #marks}: the text holds 请, 字, an asterisk. */
    static final int ASK = 1;
    static final int WORDS = 2;
    static final int STAR = 4;

    /**
     * Which of 请 ({@link #ASK}), 字 ({@link #WORDS}) and * ({@link #STAR}) {@code value} holds: one pass over its
     * characters, where three searches of their own read every text up to three times (and 请 twice when absent).
     */
    static int marks(String value) {
        int m = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '请') {
                m |= ASK;
            } else if (c == '字') {
                m |= WORDS;
            } else if (c == '*') {
                m |= STAR;
            }
        }
        return m;
    }

    /**
     * Reports a template's ** mark ({@link #TEMPLATE_MARK}) in {@code value}: in an indicator's name, a hint kept beside
     * the value written in its own column (a note); anywhere else, the value never filled in. Whether one was reported.
     */
    private static boolean templateMark(TreeWalk.Cursor at, String value, RuleContext ctx) {
        String mark = firstMark(value);
        if (mark == null) {
            return false;
        }
        if (!nameMark(at)) {
            ctx.report(severity(at.submission()), "template-mark", at.document().src(at.node(), at.pointer()), null,
                    SubmissionLoader.excerpt(value.strip(), 40), mark);
        }
        return true;
    }

    /**
     * Whether the walk is at an indicator's name in /indicators, whose template mark is a hint kept beside the value
     * (template-mark-name), said once a table by {@link #templateMarkNames}.
     */
    private static boolean nameMark(TreeWalk.Cursor at) {
        return "name".equals(at.key()) && at.depth() == 3 && "indicators".equals(at.role());
    }

    /**
     * The hint a {@link #TEMPLATE_MARK} match between {@code start} and {@code end} stands in, as the template printed it:
     * the match, or, where it opens a bracket that closes shortly after it, all the bracket holds (建档立卡…人次数(≥**人次)
     * quoted “≥**人”, the unit cut after its first character: trial s30-G item 8). The match's own characters decide
     * whether it is a mark; this only says more of it.
     */
    private static String whole(String value, int start, int end) {
        int open = start - 1;
        while (open >= 0 && value.charAt(open) == ' ') {
            open--;
        }
        if (open >= 0 && (value.charAt(open) == '(' || value.charAt(open) == '（')) {
            for (int i = end; i < value.length() && i < end + 8; i++) {
                char c = value.charAt(i);
                if (c == ')' || c == '）') {
                    return value.substring(start, i).strip();
                }
                if (c == '(' || c == '（' || c == '*') {
                    break;
                }
            }
        }
        return value.substring(start, end).strip();
    }

    /**
     * Whether the ** of a {@link #TEMPLATE_MARK} match between {@code start} and {@code end} is Markdown's bold, not a
     * mark: a run that closes a bold span (an odd number of ** runs before it: **2024**年, **3**条) or opens one round a
     * figure or words (≥**5**%). One pass over the text before the match and the span after it.
     */
    static boolean boldAsterisks(String value, int start, int end, int[] scan) {
        int run = value.indexOf("**", start);
        if (run < 0 || run >= end) {
            return false;
        }
        // the ** runs before this one, counted on from where the last match left off (matches come in order)
        int i = scan[0];
        int runs = scan[1];
        for (; i < run; i++) {
            if (value.charAt(i) == '*' && i + 1 < value.length() && value.charAt(i + 1) == '*') {
                runs++;
                while (i + 1 < value.length() && value.charAt(i + 1) == '*') {
                    i++;
                }
            }
        }
        scan[0] = Math.max(i, run);
        scan[1] = runs;
        if (runs % 2 == 1) {
            return true;
        }
        int after = run;
        while (after < value.length() && value.charAt(after) == '*') {
            after++;
        }
        // an opening run: a mark when a unit or % follows it (**个, **%: never bold); else bold when its span closes
        // further on (**…**) round a figure or words, with no comparator in it (≥**个，≤**元 is two marks)
        if (after < value.length() && MARK_UNITS.indexOf(value.charAt(after)) >= 0) {
            return false;
        }
        int close = after < value.length() ? value.indexOf("**", after) : -1;
        if (close <= after) {
            return false;
        }
        for (int k = after; k < close; k++) {
            if (MARK_COMPARATORS.indexOf(value.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Only digits (half- or full-width), a decimal point, a percent sign and blanks, with a digit: "88", "68.5", "100%". */
    /**
     * A year's period and nothing more, as an indicator's name: "2022年全年" (t82), "2021年度", "2023年上半年". A name that
     * goes on to say what is measured ("2023年度培训人次") is a name.
     */
    private static final Pattern PERIOD_NAME = Pattern.compile("(?:19|20)[0-9]{2}\\s*年\\s*(?:全年度?|度|上半年|下半年)");

    /** A figure and, after it, at most four characters without a digit: its unit ({@link #figureName}). */
    private static final Pattern FIGURE_NAME = Pattern.compile("[0-9０-９]++(?:[.．][0-9０-９]++)?+\\s*+([^0-9０-９\\s]{1,4})");

    /**
     * Whether an indicator name is a figure with its unit and nothing more (襄阳 2021: "1年"; 大英县民政局 2020: "2020年",
     * "100万"): the unit one {@link io.github.jixiao.target.UnitKind} knows (年, 个, 万元, 万亩 …) or 万, 亿 alone. Not a
     * name that goes on in words after a figure ("5G基站建设数量", "3岁以下婴幼儿照护服务覆盖率", "2022年全年": G and 岁以下… are no
     * units, 年全年 is not one: "2022年全年" is a period, {@link #PERIOD_NAME}), nor a bare number ({@link #bareNumber}: number-name).
     */
    static boolean figureName(String value) {
        java.util.regex.Matcher m = FIGURE_NAME.matcher(value.strip());
        if (!m.matches()) {
            return false;
        }
        String unit = m.group(1);
        return "万".equals(unit) || "亿".equals(unit) || io.github.jixiao.target.UnitKind.of(unit) != null;
    }

    static boolean bareNumber(String value) {
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                digit = true;
            } else if (c != '.' && c != '．' && c != '%' && c != '％' && !Checks.whitespace(c) && c != '\u3000') {
                return false;
            }
        }
        return digit;
    }

    /**
     * Whether a target holds a unit, or a comparator, or both, and nothing else (no figure, no word): "公里", "万亩",
     * "≧ %", "≥ 人次", "≤" — a template's value left unfilled (陈仓 2020). A unit is one {@link
     * io.github.jixiao.target.UnitKind} knows (a count, length, area, money, share, time …), so a word target (达标, 良好,
     * 是) is not one.
     */
    static boolean unitOnly(String target) {
        if (target == null || target.isBlank() || target.length() > 12) {
            return false;
        }
        if (io.github.jixiao.text.Chars.hasDigit(target)) {
            return false; // the loop below says so at the first digit: most targets have one, and need no builder
        }
        StringBuilder rest = new StringBuilder();
        boolean comparator = false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isDigit(c) || "零〇一二三四五六七八九十两".indexOf(c) >= 0 && rest.isEmpty()) {
                return false;
            }
            if (Comparator.sign(c) && rest.isEmpty()) {
                comparator = true;
                continue;
            }
            rest.append(c);
        }
        if (rest.isEmpty()) {
            return comparator;
        }
        return io.github.jixiao.target.Grade.unitAlone(rest.toString());
    }

    /**
     * Whether the row's actual (the value to date at 运行监控) holds only a unit, a comparator or both ({@link #unitOnly}:
     * "%", "公里", "≥") beside a target that is not a figure (达标, or itself only a unit), at the stages that report an
     * actual: a target with a figure is indicator-actual-incommensurable's (quantitative-target), a blank target
     * indicator-incomplete's, and an actual at 目标申报 stage-year-end-content's.
     */
    private static boolean actualUnitOnly(Submission submission, io.github.jixiao.model.Indicator row, long bits) {
        return (submission.stage() == Stage.SELF_EVALUATION || submission.stage() == Stage.MONITORING)
                && (bits & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY | IndicatorFacts.T_QUANTITATIVE)) == IndicatorFacts.APPLICABLE
                && unitOnly(row.actual());
    }

    /**
     * Whether the row's actual (the value to date at 运行监控) holds only a placeholder ("**", "xx", "XX", "……", "？", "—",
     * "/": {@link io.github.jixiao.target.Grade#noResult}, the scorer's reading of an actual that states no result) beside a
     * target in words, at the stages that report an actual, where no other finding of this rule says it: not a unit or
     * comparator alone ({@link #actualUnitOnly}'s), not a template's ** mark ({@link #templateMark}, the tree walk's). A
     * target with a figure is indicator-actual-incommensurable's, a blank one indicator-incomplete's, and an actual at
     * 目标申报 stage-year-end-content's, as for {@link #actualUnitOnly}.
     */
    private static boolean placeholderActual(Submission submission, io.github.jixiao.model.Indicator row, long bits) {
        return (submission.stage() == Stage.SELF_EVALUATION || submission.stage() == Stage.MONITORING)
                && (bits & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY | IndicatorFacts.T_QUANTITATIVE)) == IndicatorFacts.APPLICABLE
                && (io.github.jixiao.target.Grade.noResult(row.actual())
                        || io.github.jixiao.score.IndicatorScoring.markedNotApplicable(row))
                && !unitOnly(row.actual()) && !marked(row.actual());
    }

    /**
     * Whether the row's target as filed holds no target: only a placeholder ("**", "xx", "XX", "……", "？": {@link
     * io.github.jixiao.target.Grade#noResult}), or only a mark a table writes in a row that does not apply ("/", "—", 不适用,
     * 无此项: {@link #notApplicableMark}) beside the name of an indicator at 目标申报, where the target is all the row says. Not a unit or comparator alone ({@link #unitOnly}:
     * unit-only), not a template's ** mark ({@link #templateMark}, the tree walk's), not a row marked notApplicable; not a row
     * whose name too says it does not apply (本项目不适用此指标, 不涉及, "/": the category printed not applicable, 深圳
     * 附件1, 金安 2025 (t87)); and not where the row's actual is reported as a placeholder or a unit alone at 自评 or 运行监控
     * ({@link #placeholderActual}, {@link #actualUnitOnly}: "/" beside "/" is not-applicable-marked, one finding a row).
     */
    static boolean placeholderTarget(Submission submission, io.github.jixiao.model.Indicator row, long bits) {
        String t = row.target();
        if ((bits & IndicatorFacts.APPLICABLE) == 0 || t == null || t.isBlank() || row.targetSrc() == null) {
            return false;
        }
        boolean mark = notApplicableMark(t);
        if (!mark && (!io.github.jixiao.target.Grade.noResult(t) || marked(t))) {
            return false;
        }
        if (mark && (submission.stage() != Stage.TARGETS || namesNotApplicable(row.name()))) {
            // after the filing the row's actual says how it stands ("/" beside "/": not-applicable-marked; 不适用于本年度：项目未开工
            // explains it), or its blank indicator-incomplete's
            return false;
        }
        return !actualUnitOnly(submission, row, bits) && !placeholderActual(submission, row, bits);
    }

    /**
     * The target written with one comparator ("≥98%" for "≥≥98%", "≤5次" for "≤ ≤5次", "≥95%" for "≥>=95%"), where
     * {@code target} begins with one comparator written twice or more (in any spelling the parser reads as it: ≥ ≧ ⩾ >=)
     * and the parser reads the target as a figure with that comparator; null otherwise (one comparator; two that differ,
     * "≥≤": no reading to say).
     */
    static String doubledComparator(String target) {
        if (target == null || target.length() < 3 || !Comparator.sign(target.strip().charAt(0))) {
            return null;
        }
        String t = target.strip();
        String first = null;
        int count = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\u3000') {
                i++;
                continue;
            }
            String one = comparatorChar(c);
            if (one == null) {
                break;
            }
            // >= and <= are one comparator written in two characters
            String next = i + 1 < t.length() ? comparatorChar(t.charAt(i + 1)) : null;
            if ((">".equals(one) || "<".equals(one)) && "=".equals(next)) {
                one = ">".equals(one) ? "≥" : "≤";
                i++;
            }
            if (first == null) {
                first = one;
            } else if (!first.equals(one)) {
                return null;
            }
            count++;
            i++;
        }
        if (count < 2 || i >= t.length()) {
            return null;
        }
        String rest = t.substring(i).strip();
        io.github.jixiao.target.TargetValue v = io.github.jixiao.target.TargetParser.parse(t);
        return v.isQuantitative() && v.explicitComparator() && !v.isRange() && first.equals(v.comparator().symbol())
                ? first + rest : null;
    }

    /** The comparator a sign is printed for, as {@link Comparator#symbol()} writes it, or null. */
    private static String comparatorChar(char c) {
        return switch (c) {
            case '≥', '≧', '⩾' -> "≥";
            case '≤', '≦', '⩽' -> "≤";
            case '>', '＞', '﹥' -> ">";
            case '<', '＜', '﹤' -> "<";
            case '=', '＝', '﹦', '═' -> "=";
            default -> null;
        };
    }

    /**
     * Whether {@code value} says in words that the row does not apply: 不适用, 不涉及, 无此项 ({@link #notApplicableMark}, not
     * its "/" and "—", which are placeholders to {@link #placeholderActual}), or N/A. Not 无: under a target it is most often
     * a result (无安全事故, 投诉 无: none), read as the target's words or, beside a figure, asked for as one by
     * indicator-actual-incommensurable.
     */
    static boolean notApplicableWords(String value) {
        if (value == null || value.isBlank() || value.length() > 12) {
            return false;
        }
        return notApplicableMark(value) && !io.github.jixiao.target.Grade.noResult(value)
                || io.github.jixiao.score.IndicatorScoring.naMark(value);
    }

    /**
     * Whether the row's actual (the value to date at 运行监控) says only that the row does not apply ({@link
     * #notApplicableWords}: 不涉及, 不适用, N/A) beside a target set at the filing (not blank, not itself such a mark:
     * not-applicable-marked), at the stages that report an actual. indicator-actual-incommensurable leaves such an actual
     * beside a figure to this finding (one defect, one finding).
     */
    static boolean notApplicableActual(Submission submission, io.github.jixiao.model.Indicator row, long bits) {
        return (submission.stage() == Stage.SELF_EVALUATION || submission.stage() == Stage.MONITORING)
                && (bits & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY)) == IndicatorFacts.APPLICABLE
                && notApplicableWords(row.actual()) && !notApplicableMark(row.effectiveTarget())
                && !io.github.jixiao.target.Grade.noResult(row.effectiveTarget());
    }

    /** What a name says where the row it names does not apply: 本项目不适用此指标, 不涉及, 无此项. */
    private static final java.util.List<String> NOT_APPLICABLE_WORDS = java.util.List.of("不适用", "不涉及", "无此项", "无此类");

    /** Whether an indicator's name says the row does not apply, or names nothing (blank, or itself "/" or "—"). */
    static boolean namesNotApplicable(String name) {
        if (name == null || name.isBlank() || notApplicableMark(name)) {
            return true;
        }
        for (String w : NOT_APPLICABLE_WORDS) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code value} holds a template's ** mark {@link #templateMark} reports (not Markdown's bold). */
    private static boolean marked(String value) {
        return value.indexOf('*') >= 0 && firstMark(value) != null;
    }

    /**
     * The first template's ** mark ({@link #TEMPLATE_MARK}) in {@code value} that is not Markdown's bold, as written
     * ({@link #whole}), or null: what {@link #templateMark} reports and {@link #marked} asks.
     */
    private static String firstMark(String value) {
        java.util.regex.Matcher m = TEMPLATE_MARK.matcher(value);
        int[] scan = {0, 0}; // how far the ** runs are counted, and how many there were: linear over all matches
        while (m.find()) {
            if (!boldAsterisks(value, m.start(), m.end(), scan)) {
                return whole(value, m.start(), m.end());
            }
        }
        return null;
    }

    /**
     * Whether {@code value} is a mark a table writes in a row that does not apply ("/", "—", 不适用, 无此项): the scorer's
     * reading ({@link io.github.jixiao.score.IndicatorScoring#notApplicableMark}), so that both read one row alike.
     */
    static boolean notApplicableMark(String value) {
        return io.github.jixiao.score.IndicatorScoring.notApplicableMark(value);
    }

    /** The punctuation an instruction ends with, after its length limit is taken out. */
    private static final String TRAILING = " \t\n\u000B\f\r。．.；;，,：:、"; // the spaces of the pattern's \\s, as before

    /**
     * {@code s} without the spaces and punctuation it ends with, read once from the end (the pattern "[…]+$" tried
     * each start in a long run of them and read the run to its end each time: quadratic, review S).
     */
    static String withoutTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * The cell holds only what the form printed in it: a length limit (“（100字以内）”), the instruction that carries
     * one (“对照年度目标，说明相关任务目标的完成情况（100字以内）”, 青神 2023's 年度目标完成情况), or an instruction
     * beginning 请填写 / 请输入 / 请选择. A cell with its own text beside a kept length limit is an answer: not here.
     */
    static boolean printedInstruction(String value) {
        String v = value.strip();
        if (v.startsWith("请填写") || v.startsWith("请输入") || v.startsWith("请选择")) {
            return true;
        }
        if (v.indexOf('（') < 0 && v.indexOf('(') < 0) {
            return false; // LENGTH_LIMIT begins with a bracket: no matcher for a text without one (most)
        }
        java.util.regex.Matcher m = LENGTH_LIMIT.matcher(v);
        if (!m.find()) {
            return false;
        }
        String rest = withoutTrailingPunctuation(LENGTH_LIMIT.matcher(v).replaceAll("")).strip();
        if (rest.isEmpty()) {
            return true;
        }
        // the instruction itself: it begins as instructions do and the limit closes it (nothing written after)
        String after = v.substring(m.end()).replaceAll("[\\s。．.；;，,：:、]", "");
        return after.isEmpty() && rest.length() <= 60 && INSTRUCTION_STARTS.stream().anyMatch(rest::startsWith)
                && INSTRUCTION_VERBS.stream().anyMatch(rest::contains);
    }
}
