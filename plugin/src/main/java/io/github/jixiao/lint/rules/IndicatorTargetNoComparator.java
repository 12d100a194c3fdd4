package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.MoneyOutput;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.Direction;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import io.github.jixiao.text.Chars;
import java.math.BigDecimal;

@RuleInfo(
        id = "indicator-target-no-comparator",
        severity = Severity.INFO,
        category = Category.MEASURABILITY,
        titleZh = "指标值没有写比较符",
        titleEn = "Target has no comparator",
        rationaleZh = "指标值应写明指标性质（≥、≤、= 或定性）。只写一个数（“10 家”“100%”）时读者要猜方向：同是“100%”，财政供养人员控制率是“≤”，政府采购执行率却是“≥”。"
                + "计分时按指标名称推断方向：控制率、变动率、调整率、结转结余率、投诉、事故、成本、超支等越低越好的（反向）按“≤”，其余（正向）按“≥”；成本指标只写金额或单价的（“150万”“项目计划总投资 20 万元”“财政资金补助 1600元/亩”），或名称是一项费用、成本的（甘孜州的检查差旅费“470 人/天”，漏了“元”），是成本上限，按“≤”（名称说是节约的除外），提示说的是“成本上限（不超过该标准）”，不说“反向指标（越低越好）”（cost-ceiling：补助标准、生均经费不是越低越好；但发给人或物的按单位计的补助标准、补贴标准、发放标准、生均经费（“年均补助标准 260元/辆”“生均公用经费 780元/生/年”），自 session 56 起按“=”理解：须足额按该标准发放，少发不算达到（paid-standard，指纹与 cost-ceiling 相同；培训补贴、每公里补助之类按服务或工程成本计的标准仍是上限，按“≤”）；名称是费用、只写一个数、哪里都没有单位的，如培训费“320”，同样说成本上限，并请写明金额单位“元”或“万元”：no-unit-cost）；成本指标只写百分比的（“差旅费 100%”）不是金额的上限，是预算的使用比率，按名称理解，由 indicator-time-cost-unspecified（cost-rate）要求写明成本金额；时效指标只写期限的（“1年”“12个月”“3个工作日”，或期限单位括注在名称末尾的，如“任务完成时限(月)”一行的“10”）是时限，按“≤”，如同写明的“24小时内”（名称说是开放天数、服务时长、质保期、使用年限、培训时间等要提供或要持续的时间的除外）；只写日期的（“2022年12月”）是截止日期，按“≤”；只写 0 的（“0%”“0起”）按“≤”：没有（按“≥”任何结果都算完成），增长率、增幅除外（“0%”即不下降，按“≥”）。并在此说明所作的假定。表中有指标方向一栏（内蒙古、四川：正向 / 正向指标 越大越好，反向 / 反向指标 越小越好）的，只写一个数按该栏理解（正向“≥”，反向“≤”），方向是表中写明的，不是推断的，不再提示；但只写日期的仍是截止日期（内蒙古在时效指标的日期上也印“正向”），时效指标只写期限的仍按名称理解（时限按“≤”，开放天数、服务时长等按“≥”：内蒙古在成本以外的每一行都印“正向”，该栏说不出期限的哪一边算完成），只写 0 的仍按“≤”（表中“正向”的 0 按“≥”理解任何结果都算完成），并照常提示。写明的比较符（指标值中或指标性质一栏的）与指标方向相反的（反向配“≥ 95%”，正向配“≤”），按写明的比较符理解，并提示两者矛盾（direction，警告），但写明的比较符正是指标名称和类别本身给出的方向的不提示（内蒙古在成本以外的每一行、四川井研在每一行都印“正向”，是表的默认：投诉率“≤5%”、“≤0起”、成本上限、时限配“正向”，错的是该栏，不是指标值；合格率配“正向”却写“≤ 95%”的照常提示）；“=”与正向、反向都不矛盾（内蒙古的表每行都印“正向”或“反向”再印“=”）。时效指标值像 Excel 日期序列号的（“45291”即 2023-12-31，导出时丢了日期格式）不在此提示：indicator-time-cost-unspecified 指出它是哪一天。只写一个数、实际完成值又未达到的，由 indicator-target-missed 在同一单元格一并说明所作的假定和未完成（一个缺陷一个问题），这里不再提示；成本指标只写预算总额的（“项目计划总投资 20万元”，预算 20 万元），由 indicator-input-as-output（budget-restated）在同一单元格要求写明单位成本或成本上限并写比较符，这里也不再提示；时效指标只写“100%”、名称和指标值都没有时限的（及时率“100%”），由 indicator-time-cost-unspecified（time-rate）在同一单元格一并说明按“≥ 100%”理解，这里同样不再提示。"
                + "只写一个数、而且哪里都没有单位的（指标值、度量单位一栏、名称末尾的括注都没有：湘潭 2024 雾炮车的配备车辆数“10”、服务周期“180”），一并请写明单位（no-unit）：不知道计的是辆、次还是天，实际完成值无从核对；日期、0、年份不在此列；产出指标在资金名称下只写预算总额的（廊坊 2019 的工程资金金额“43.2”，预算 43.2 万元），计的是钱，由 indicator-input-as-output 在同一单元格指出是一笔金额，这里不再请写“个”“天”。"
                + "名称说明是比率的（以“率”或“满意度”结尾，廊坊 2019 的工程完工率“100”），计的是什么已经清楚，只提示漏了“%”（no-unit-rate）；比率只写“1”的（宁德 2019 的覆盖率“1”、审稿率“1”）多半是以 1 表示全部，问的是“1”是否即 100%（no-unit-rate-one）。名称说明是一段时间的（以“周期”“期限”“工期”“时长”“天数”结尾，湘潭 2024 的服务周期“180”），只问时间单位（no-unit-period，如“≥ 180 天”），不以“个”“%”为例；时效指标下以“期限”“周期”“工期”结尾、说的是工作要用多长时间的（建设期限“6”、项目建设周期“12”、工期“90”），与时限一样按“≤”理解（如“≤ 12 天”），要提供或要持续的时间（服务周期、保修期限、使用期限）仍按“≥”。名称说明是时限的（以“时限”结尾，甘孜州的完成时限“1”），按时限理解为“≤”，请写明截止日期或期限及其时间单位（no-unit-limit）：“1”是 1 天、1 个月、1 年还是某月，说不清。合格率、满意度等不会超过 100% 的比率只写一个大于 100 的数、哪里都没有“%”的（合格率“120”），按比率读是 120%，无法达到：作警告说明这一点，并请写明想要的比率、比较符和“%”（no-unit-rate-above，如同 indicator-target-at-ceiling 的 above-hundred；自评时实际完成值未达到的，也只报这一条），不再给“≥ 120 个”“≥ 120 天”之类的读法。"
                + "比率只写“100%”（或比率名称只写“100”）、按“≥ 100%”理解的（驻马店 2022 的工程项目验收通过率“100%”），只建议写“= 100%”或留有余地的目标（如“≥ 95%”）：比率不会超过 100%，照“≥ 100%”写了，indicator-target-at-ceiling 又会要求改成“= 100%”（rate-full、no-unit-rate-full；增长率之类可以超过 100% 的除外）；名称不是比率、比例的（鄂州 2021 的大厅业务日常考核结果“100%”、历城 2019 的全年免费开放“100%”），说的是“该指标以百分比计”，不说“该比率”（percent-full）。一格里写了期限和另一个没有比较符的指标值、按后者读的（6月底前完成，验收合格率100%；6月底前完成，投诉率5%），消息引用整格的写法并说明按其中哪一句读，方向和是否比率按该句的文字（验收合格率：比率，≥；投诉率：反向，≤），不按行名。"
                + "合格率、满意度、知晓率、到位率等不会超过 100% 的比率只写高于 100% 的（“120%”，鄂州 2022 的验收合格率“292%”），不建议“≥ 120%”：任何方向都达不到，由 indicator-target-at-ceiling（above-hundred）在同一单元格说明不会超过 100% 并要求写明想要的比率，这里不再提示；完成率、增长率等可以超过 100% 的照常提示。"
                + "名称末尾留着模板提示、提示里写着单位的（昌宁 2022 的“公猪舍(≥**平方米)”配“22.8”），不说“不知道计的是什么”：写明单位只写在提示里，提示删去后指标值就看不出单位，请把方向和单位写进指标值（no-unit-hint，与 indicator-target-no-unit 的 unit-in-hint 同理；指纹与 no-unit 相同）。"
                + "名称说明计的是什么的（以“人数”“户数”“次数”“人次”之类结尾，全县参合人数“8755”），也只提示漏了该单位（no-unit-named）；以所计的事物加“数”“数量”结尾的（补贴渔船数“6”、结算项目数“3”、企业数量“3”、重点建设工程安排数量“2”），计的是什么同样清楚，提示写明其单位（艘、个、家、项：no-unit-noun），不说“不知道计的是什么”。"
                + "表中没有一行写有分值、得分，却有 4 个以上指标的指标值和实际完成值是同一个不带单位、没有比较符的整数，合计正好 100（或评分框架中绩效指标的分值，如 10 + 90 的表中的 90）的（阆中 2021 的区域自评表：20 20、20 20、10 10 ……20 20，合计 100），是把一张百分制表的分值、得分填进了指标值、完成值两栏：作一条警告（points），列出这些行，不再逐行请写单位和方向（一个缺陷一个问题）。",
        rationaleEn = "A target states its nature (≥, ≤, = or qualitative). A bare number (\"10 家\" (10 organisations), \"100%\") leaves the reader guessing the direction: \"100%\" means ≤ "
                + "for a staff control rate but ≥ for a procurement execution rate. Scoring infers the direction from the indicator's name: control, change, adjustment and "
                + "carry-over rates, complaints, accidents, costs, overspending (the lower the better) as ≤, everything else as ≥; a bare amount or amount per unit under a cost indicator (\"150万\" (1.5 million yuan), \"planned total investment 200,000 yuan\", \"1600元/亩\" (1,600 yuan per mu)), or any bare figure of a row whose name is an expense (Ganzi's 检查差旅费 (inspection travel expenses) \"470 人/天\" (per person-day), its 元 (yuan) left off), is a cost ceiling, ≤ (unless the name says it is a saving), said as a cost ceiling, no more than that, not as \"the lower the better\" (cost-ceiling: a subsidy standard or a funding per pupil is not the lower the better; but a standard paid per person or thing, 补助标准 (subsidy standard), 补贴标准 (allowance standard), 发放标准 (payment standard) or 生均经费 (funding per pupil), as a yearly subsidy of 260 yuan per vehicle (年均补助标准 (yearly subsidy standard)) or public funding of 780 yuan per pupil a year (生均公用经费 (public funding per pupil)), is read as \"=\" since session 56: paid in full at that standard, paying less does not meet it (paid-standard, the same fingerprint as cost-ceiling; a standard met by the cost of a service or a work, a training subsidy or a subsidy per kilometre, stays a ceiling, ≤); so too an expense's bare figure with no unit anywhere, 培训费 (training fees) \"320\", whose unit is asked for in money, 元 (yuan) or 万元 (10,000 yuan): no-unit-cost); a bare percentage under a cost indicator (差旅费 (travel expenses) \"100%\") is no ceiling on money but a rate of the budget's use, read by its name, and indicator-time-cost-unspecified (cost-rate) asks for the amount; a bare period under a timeliness indicator (1 year, 12 months, 3 working days, or a bare number on a row whose name ends in its unit of time in brackets, as 10 on a row named 任务完成时限 (time limit for completion) with the unit 月 (months) in brackets at its end) is a time limit, ≤, as \"within 24 hours\" is written (unless the name says it is time to provide or to last, such as opening days, service hours, a warranty, a service life or training days); a bare date (December 2022) is a deadline, ≤; a bare 0 (\"0%\", \"0起\" (0 cases)) is ≤: none (read as ≥, anything would meet it), except for a growth rate, whose 0% means no decline (≥). It says which it assumed here. Where the table has a direction column (Inner Mongolia, Sichuan: positive, the more the better, or negative, the less the better), a bare number is read in it (positive ≥, negative ≤): the direction is stated, not guessed, and not noted; but a bare date stays a deadline (Inner Mongolia prints positive on its timeliness dates too), a bare period under a timeliness indicator is read as its name gives it (a time limit ≤, opening days or service hours ≥: Inner Mongolia prints positive on every row outside cost, so the column cannot say which side of a period counts) and a bare 0 stays ≤ (a 0 read as ≥ under positive would be met by anything), each noted as before. A comparator written in the target or in the nature column that contradicts the direction column (negative beside \"≥ 95%\", positive beside ≤) is kept, and the contradiction noted (direction, a warning), unless the written comparator is the side the name and category give on their own (Inner Mongolia prints positive on every row outside cost, Sichuan's Jingyan on every row, a form's default: beside a complaint rate \"≤5%\", \"≤0起\" (0 cases), a cost ceiling or a time limit it is the column that is wrong, not the target; positive beside \"≤ 95%\" on a pass rate is still noted); \"=\" contradicts neither (Inner Mongolia prints positive or negative and then \"=\" on every row). A timeliness target that looks like an Excel date serial (\"45291\", 2023-12-31 with its date format lost in an export) is not noted here: indicator-time-cost-unspecified names its day. A bare target its actual misses is said by indicator-target-missed at the same cell, with the reading assumed and the shortfall (one defect, one finding), and not noted here as well; nor is a cost target that only restates the budget total (\"planned total investment 200,000 yuan\" under a budget of 200,000 yuan), where indicator-input-as-output (budget-restated) asks at the same cell for a unit or itemised cost ceiling with its comparator; nor is a timeliness target of a bare \"100%\" with no date in the name or the target (a timeliness rate \"100%\"), where indicator-time-cost-unspecified (time-rate) says at the same cell that it is read as \"≥ 100%\"."
                + " A bare number with no unit anywhere (not in the target, the unit column or a bracket at the end of the name: Xiangtan 2024's 10 for the number of fog-cannon trucks and 180 for the service period) is asked for its unit as well (no-unit): whether it counts trucks, times or days is not said, and the actual cannot be checked against it; dates, 0 and years are not, nor an output row's budget total written bare under a money name (Langfang 2019's 工程资金金额 (project funds amount) \"43.2\", a budget of 432,000 yuan): it counts money, which indicator-input-as-output says at the same cell, so no unit such as items or days is offered."
                + " A name keeping the template's hint with a unit in it (Changning 2022's 公猪舍 (boar house) (≥**平方米 (square metres)) beside \"22.8\") is not told that what it counts is not said: the unit is only in the hint, and once the hint is removed the target says none, so the direction and the unit are asked in the target (no-unit-hint, as indicator-target-no-unit's unit-in-hint; no-unit's fingerprint)."
                + " A name saying a rate (ending in 率 (rate) or 满意度 (satisfaction): Langfang 2019's 工程完工率 (works completion rate) \"100\") says what is counted: only the left-out \"%\" is asked for (no-unit-rate); a rate's bare \"1\" (Ningde 2019's 覆盖率 (coverage rate) and 审稿率 (review rate)) is most likely the whole written as one, and is asked whether 1 means 100% (no-unit-rate-one). A name saying a period (ending in 周期 (cycle), 期限 (term), 工期 (construction period), 时长 (duration) or 天数 (number of days): Xiangtan 2024's 服务周期 (service period) \"180\") is asked for its unit of time only (no-unit-period, e.g. \"≥ 180 天\" (days)), not offered items or %; under a timeliness indicator a name ending in 期限 (term), 周期 (cycle) or 工期 (construction period) that says how long the work is to take (建设期限 (construction term) \"6\", 项目建设周期 (project construction cycle) \"12\", 工期 (construction period) \"90\") is a limit, ≤, as a time limit is (e.g. \"≤ 12 天\" (days)), while a period to provide or to last (服务周期 (service period), 保修期限 (warranty term), 使用期限 (term of use)) stays ≥. A name saying a time limit (ending in 时限 (time limit): Ganzi's 完成时限 (time limit for completion) \"1\") is read as a limit, ≤, and asked for a deadline or the period with its unit of time (no-unit-limit): whether 1 is a day, a month, a year or a month of the year is not said. A rate that cannot exceed 100% (a pass rate, a satisfaction) given a bare figure above 100 with no % anywhere (合格率 (pass rate) \"120\") is 120% read as a rate, which cannot be reached: a warning says so and asks for the rate meant with its comparator and the \"%\" (no-unit-rate-above, as indicator-target-at-ceiling's above-hundred; at a self-evaluation whose actual falls short of it, this alone is said), not \"≥ 120\" in items or days."
                + " A rate's bare \"100%\" (or a rate's bare \"100\") read as \"≥ 100%\" (Zhumadian 2022's 工程项目验收通过率 (acceptance pass rate) \"100%\") is offered \"= 100%\" alone, or a target with room (\"≥ 95%\"): a rate cannot exceed 100%, and \"≥ 100%\", once written, is what indicator-target-at-ceiling asks to write as \"= 100%\" (rate-full, no-unit-rate-full; not a growth rate or the like, which can exceed 100%); where the name is no rate or share (Ezhou 2021's 大厅业务日常考核结果 (hall work assessment result) \"100%\", Licheng 2019's 全年免费开放 (open free all year) \"100%\"), it says the indicator is a percentage, not \"this rate\" (percent-full). A cell of a deadline and another target with no comparator, read by the latter (6月底前完成 (done by the end of June) with 验收合格率 (acceptance rate) 100%, or with 投诉率 (complaint rate) 5%), is quoted as typed with the clause read named, its direction and whether it is a rate taken from that clause's words (验收合格率 (acceptance rate): a rate, ≥; 投诉率 (complaint rate): the lower the better, ≤), not from the row's name."
                + " A bare figure above 100% on a rate that cannot exceed it (a pass, compliance, awareness or in-place rate, a satisfaction: \"120%\", Ezhou 2022's pass rate \"292%\") is not offered \"≥ 120%\": no direction reaches it, and indicator-target-at-ceiling (above-hundred) says at the same cell that it cannot exceed 100% and asks for the rate meant; completion and growth rates, which can exceed 100%, are noted as before."
                + " A name saying what it counts (ending in 人数 (number of persons), 户数 (households), 次数 (times), 人次 (person-times) and the like: 全县参合人数 (persons insured in the county) \"8755\") likewise only has that unit asked for (no-unit-named); so does a name ending in the thing counted and 数 or 数量 (补贴渔船数 (subsidised fishing boats) \"6\", 结算项目数 (projects settled) \"3\", 企业数量 (number of enterprises) \"3\"), whose measure word (艘 (boats), 个 (items), 家 (enterprises), 项 (works)) is asked for (no-unit-noun), not what it counts."
                + " Where no row of the table carries points or a score but 4 rows or more give one and the same whole number, with no unit and no comparator, as both target and actual, adding up to exactly 100 (or to the framework's indicator weight, 90 on a 10 + 90 form: Langzhong 2021's region self-evaluation, 20 20, 20 20, 10 10 … 20 20, 100 in all), the points and scores of a form scored out of 100 were typed into the target and actual columns: one warning says so (points), naming the rows, and those rows are not each asked for a unit and a direction (one defect, one finding).",
        source = "VAL-1：四川 部门预算项目支出绩效自评表（2023年度）栏目“指标性质/指标值/度量单位”；财预〔2021〕101号 附件2 模板；重庆 2021 实例；内蒙古 乌海 2021 项目绩效目标表、四川 井研 2023 部门预算项目绩效目标申报表栏目“指标方向（性）”；湖南 湘潭 2024 项目绩效目标表（“10”“180”，没有比较符也没有单位）",
        sourceEn = "VAL-1: Sichuan self-evaluation table for department budget project spending (2023), columns \"nature / target / unit\"; MOF Caiyu [2021] No. 101, Annex 2 template; Chongqing 2021 example; the direction column of Inner Mongolia's Wuhai 2021 project target table and Sichuan's Jingyan 2023 project target declaration; Hunan's Xiangtan 2024 project target table (\"10\", \"180\": no comparator and no unit)",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的指标值“{1}”没有比较符，按{4}理解为“{3} {2}”。请写明方向，如“≥ {2}”“≤ {2}”或“= {2}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no comparator and is read as \"{3} {2}\" ({5}). State the direction, e.g. \"≥ {2}\", \"≤ {2}\" or \"= {2}\"."),
            @RuleInfo.Message(key = "cost-ceiling", sameAs = "", details = {6, 7}, unprinted = {4, 5}, zh = "指标“{0}”的指标值“{1}”没有比较符，按{6}理解为“{3} {2}”。请写明方向，如“≤ {2}”或“= {2}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no comparator and is read as \"{3} {2}\" ({7}). State the direction, e.g. \"≤ {2}\" or \"= {2}\"."),
            // session 56 (audit A11 C5): a standard paid to a person or thing (补助标准 260元/辆, 生均公用经费 780元/生/年) read
            // "=", cost-ceiling's fingerprint ({3} to {5}: the ≤ and the words it was read by until then)
            @RuleInfo.Message(key = "paid-standard", sameAs = "", details = {6, 7, 8}, unprinted = {3, 4, 5}, zh = "指标“{0}”的指标值“{1}”没有比较符，按{6}理解为“{8} {2}”。请写明方向，如“= {2}”；确是上限、少发也算达到的，写“≤ {2}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no comparator and is read as \"{8} {2}\" ({7}). State the direction, e.g. \"= {2}\"; where it is a ceiling that paying less also meets, write \"≤ {2}\"."),
            @RuleInfo.Message(key = "rate-full", sameAs = "", zh = "指标“{0}”的指标值“{1}”没有比较符，按{4}理解为“{3} {2}”，即“= 100%”（该比率不会超过 100%）。请写明“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no comparator and is read as \"{3} {2}\" ({5}), that is \"= 100%\" (this rate cannot exceed 100%). Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "percent-full", sameAs = "", zh = "指标“{0}”的指标值“{1}”没有比较符，按{4}理解为“{3} {2}”，即“= 100%”（该指标以百分比计，不会超过 100%）。请写明“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no comparator and is read as \"{3} {2}\" ({5}), that is \"= 100%\" (this indicator is a percentage, which cannot exceed 100%). Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "no-unit", sameAs = "", zh = "指标“{0}”的指标值“{1}”既没有比较符，也没有度量单位：按{4}理解为“{3} {2}”，但不知道计的是什么，实际完成值无从核对。请写明方向和单位，如“{3} {2} 个”“{3} {2} 天”或“{3} {2}%”，或填写度量单位（unit）一栏。",
                    en = "The target \"{1}\" of indicator \"{0}\" has neither a comparator nor a unit: it is read as \"{3} {2}\" ({5}), but what it counts is not said, and the actual cannot be checked against it. State the direction and the unit, e.g. \"{3} {2} 个\" (items), \"{3} {2} 天\" (days) or \"{3} {2}%\", or fill in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "no-unit-cost", sameAs = "", details = {6, 7}, unprinted = {4, 5}, zh = "指标“{0}”的指标值“{1}”既没有比较符，也没有度量单位：按{6}理解为“{3} {2}”，但不知道是多少元还是多少万元，实际完成值无从核对。请写明方向和金额单位，如“{3} {2} 元”或“{3} {2} 万元”，或填写度量单位（unit）一栏。",
                    en = "The target \"{1}\" of indicator \"{0}\" has neither a comparator nor a unit: it is read as \"{3} {2}\" ({7}), but whether in 元 (yuan) or 万元 (10,000 yuan) is not said, and the actual cannot be checked against it. State the direction and the unit of money, e.g. \"{3} {2} 元\" (yuan) or \"{3} {2} 万元\" (10,000 yuan), or fill in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "no-unit-rate", sameAs = "", zh = "指标“{0}”是比率（名称以“率”或“满意度”结尾），指标值“{1}”却既没有比较符，也没有“%”：按{4}理解为“{3} {2}%”。请写作“{3} {2}%”，或在度量单位（unit）一栏填写“%”。",
                    en = "Indicator \"{0}\" is a rate (its name ends in 率 (rate) or 满意度 (satisfaction)), but its target \"{1}\" has neither a comparator nor the \"%\": it is read as \"{3} {2}%\" ({5}). Write \"{3} {2}%\", or fill in \"%\" in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "no-unit-rate-full", sameAs = "", zh = "指标“{0}”是比率（名称以“率”或“满意度”结尾），指标值“{1}”却既没有比较符，也没有“%”：按{4}理解为“{3} {2}%”，即“= 100%”（该比率不会超过 100%）。请写作“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。",
                    en = "Indicator \"{0}\" is a rate (its name ends in 率 (rate) or 满意度 (satisfaction)), but its target \"{1}\" has neither a comparator nor the \"%\": it is read as \"{3} {2}%\" ({5}), that is \"= 100%\" (this rate cannot exceed 100%). Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "no-unit-hint", sameAs = "", details = {6}, zh = "指标“{0}”的指标值“{1}”既没有比较符，也没有度量单位：按{4}理解为“{3} {2}”；单位“{6}”只写在名称的模板提示里，提示删去后，指标值就看不出单位。请把方向和单位写在指标值中，如“{3} {2} {6}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has neither a comparator nor a unit: it is read as \"{3} {2}\" ({5}); its unit is only in the template's hint in the name, and once the hint is removed the target says none. Write the direction and the hint's unit in the target, e.g. \"{3} {2}\" and that unit."),
            @RuleInfo.Message(key = "no-unit-named", sameAs = "", details = {6}, zh = "指标“{0}”按名称计的是“{6}”，指标值“{1}”却既没有比较符，也没有单位：按{4}理解为“{3} {2} {6}”。请写作“{3} {2} {6}”，或在度量单位（unit）一栏填写“{6}”。",
                    en = "Indicator \"{0}\" counts in \"{6}\" by its name, but its target \"{1}\" has neither a comparator nor a unit: it is read as \"{3} {2} {6}\" ({5}). Write \"{3} {2} {6}\", or fill in \"{6}\" in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "no-unit-noun", sameAs = "", details = {6, 7}, zh = "指标“{0}”按名称计的是“{6}”，指标值“{1}”却既没有比较符，也没有单位：按{4}理解为“{3} {2}”。请写明单位，如“{3} {2} {7}”，或在度量单位（unit）一栏填写“{7}”。",
                    en = "Indicator \"{0}\" counts \"{6}\" by its name, but its target \"{1}\" has neither a comparator nor a unit: it is read as \"{3} {2}\" ({5}). Write the unit, e.g. \"{3} {2} {7}\" (the measure word of {6}), or fill in \"{7}\" (that measure word) in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "no-unit-activity", sameAs = "", details = {6}, zh = "指标“{0}”的指标值“{1}”既没有比较符，也没有度量单位：按{4}理解为“{3} {2}”。名称是一项活动，计的是举行的次数：请写明方向和单位，如“{3} {2} {6}”，或在度量单位（unit）一栏填写“{6}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has neither a comparator nor a unit: it is read as \"{3} {2}\" ({5}). The name is an activity, counted by the times it is held: write the direction and the unit, e.g. \"{3} {2} {6}\" (the measure word for times held), or fill in \"{6}\" in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "no-unit-period", sameAs = "", details = {6, 7}, zh = "指标“{0}”按名称是一段时间，指标值“{1}”却既没有比较符，也没有单位：按{4}理解为“{3} {2}”，但不知道以什么时间单位计，实际完成值无从核对。请写明单位，如“{3} {2} {6}”，或在度量单位（unit）一栏填写时间单位（如“{6}”）。",
                    en = "Indicator \"{0}\" is a period by its name, but its target \"{1}\" has neither a comparator nor a unit: it is read as \"{3} {2}\" ({5}), but its unit of time is not said, and the actual cannot be checked against it. Write the unit, e.g. \"{3} {2} {6}\" ({7}), or fill in a unit of time (such as \"{6}\") in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "no-unit-limit", sameAs = "", details = {6, 7}, zh = "指标“{0}”按名称是时限，指标值“{1}”却既没有比较符，也没有单位：是截止日期还是一段时间，以天、月还是年计，都没有说，是否按时完成无从核对（现按{4}理解为“{3} {2}”）。请写明截止日期（如“{6}”），或写明期限及其单位（如“≤ {2} 个月”）。",
                    en = "Indicator \"{0}\" is a time limit by its name, but its target \"{1}\" has neither a comparator nor a unit: whether it is a day or a period, in days, months or years, is not said, and whether the work was done in time cannot be checked (it is read as \"{3} {2}\" ({5}) for now). Write the deadline (e.g. \"{6}\" ({7})), or the period with its unit (e.g. \"≤ {2} 个月\" (months))."),
            @RuleInfo.Message(key = "no-unit-rate-above", sameAs = "", unprinted = {3, 4, 5}, zh = "指标“{0}”是比率（名称以“率”或“满意度”结尾），指标值“{1}”却既没有比较符，也没有“%”：按比率读是 {2}%，而该比率不会超过 100%，这一目标无法达到。请核对指标值，写明想要的比率、比较符和“%”（如“≥ 95%”或“= 100%”）。",
                    en = "Indicator \"{0}\" is a rate (its name ends in 率 (rate) or 满意度 (satisfaction)), but its target \"{1}\" has neither a comparator nor the \"%\": read as a rate it is {2}%, and this rate cannot exceed 100%, so the target cannot be reached. Check it, and write the rate meant with its comparator and the \"%\" (e.g. \"≥ 95%\" or \"= 100%\")."),
            @RuleInfo.Message(key = "no-unit-rate-one", sameAs = "", zh = "指标“{0}”是比率（名称以“率”或“满意度”结尾），指标值“{1}”却既没有比较符，也没有“%”：“1”是指 100%（全部）吗？是的，请写作“= 100%”；指的是 1% 的，请写作“{3} 1%”。现按{4}理解为“{3} {2}”。",
                    en = "Indicator \"{0}\" is a rate (its name ends in 率 (rate) or 满意度 (satisfaction)), but its target \"{1}\" has neither a comparator nor the \"%\": does 1 mean 100% (all)? If so, write \"= 100%\"; if it means 1%, write \"{3} 1%\". It is read as \"{3} {2}\" ({5}) for now."),
            @RuleInfo.Message(key = "points", details = {1, 2, 3}, zh = "指标值、完成值填的像是分值、得分：从“{0}”起，{1} 个指标的指标值和全年实际完成值都是同一个不带单位、没有比较符的整数（{2}），合计正好 {3}，正是百分制表中绩效指标的总分值，而本表不设分值、得分栏。请核对：按各指标填写带比较符和单位的指标值（如“≥ 30 公里”“≥ 90%”）和实际达到的数值，分值、得分不要填入这两栏。",
                    en = "The targets and actuals look like points and scores: from \"{0}\" on, {1} indicators give one and the same whole number, with no unit and no comparator, as both the target and the actual for the year ({2}), adding up to exactly {3}, what the indicators weigh on a form scored out of 100, on a form that has no points or score column. Check them: give each indicator its target with a comparator and a unit (e.g. \"≥ 30 公里\" (km), \"≥ 90%\") and the value actually reached; points and scores do not belong in these two columns."),
            @RuleInfo.Message(key = "date", zh = "指标“{0}”的指标值“{1}”只写了日期，按截止日期理解为“≤ {2}”（不晚于该日完成）。请写明，如“{2}前”或“≤ {2}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a bare date, read as the deadline \"≤ {2}\" (done by that day). Write it so, e.g. \"{2}前\" (by {2}) or \"≤ {2}\"."),
            @RuleInfo.Message(key = "direction", zh = "指标方向（direction）一栏写的是“{2}”（{3}），指标“{0}”的指标值“{1}”却写明“{4}”，两者方向相反，按写明的“{4}”理解。请改正指标值或指标方向，使两者一致。",
                    en = "The 指标方向 (direction) column says \"{2}\" ({5}), but the target \"{1}\" of indicator \"{0}\" states \"{4}\", the opposite; it is read as the stated \"{4}\". Correct the target or the direction so that they agree.")
        })
public final class IndicatorTargetNoComparator implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        // 阆中 2021 (t132): a 100-point form's 分值 and 得分 typed into 指标值 and 全年实际完成值 (20 20, 10 10 … adding up to
        // 100) on a form with no such columns: said once, and those rows get no "which unit?" note each (one defect, one finding)
        java.util.BitSet points = pointsTyped(facts, ctx);
        if (points != null) {
            reportPoints(facts, points, ctx);
        }
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE)) != (IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE)) {
                continue;
            }
            if (points != null && points.get(k)) {
                continue; // a point value, not a target to give a unit and a direction (points, above)
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            Comparator stated = Direction.stated(i.columns().direction());
            if ((b & IndicatorFacts.T_EXPLICIT) != 0) {
                // not where the written side is the one the name and category give (正向 printed on every row as a form's
                // default beside 投诉率 ≤5%, ≤0 起, a cost ceiling, a time limit): the column, not the target, is the odd one
                if (stated != null && !t.isDate() && opposite(stated, t.comparator())
                        && !sameSide(Direction.nameReading(t, i.name(), i.level1(), i.level2()), t.comparator())) {
                    ctx.report(Severity.WARNING, "direction", i.targetSrc(), null, Checks.name(i), Checks.target(i),
                            i.columns().direction().strip(), stated == Comparator.GE ? "越大越好" : "越小越好", t.comparator().symbol(),
                            stated == Comparator.GE ? "the more the better" : "the less the better");
                }
                continue;
            }
            if (stated != null && stated == t.comparator() && !t.isDate()) {
                continue; // the table's 指标方向 column gives the direction: stated, not guessed
            }
            if (t.isQuantitative() && !t.explicitComparator()) {
                if ((facts.bits(k) & IndicatorFacts.L2_TIMELINESS) != 0 && TargetParser.excelDate(t) != null) {
                    continue; // an Excel date serial (乌海 2021's "44,561"): date-serial names its day; "≥ 44561" is no advice
                }
                if (IndicatorTargetAtCeiling.aboveHundred(i, t)) {
                    // "120%" on a 满意度 (鄂州 2022's 验收合格率 "292%", OCR's "≥92%"): no direction makes it reachable, and
                    // "≥ 120%" was the first offer (audit s48, left alone by N2); indicator-target-at-ceiling's above-hundred
                    // says at this cell that the rate cannot exceed 100 % and asks for the figure meant (one defect, one finding)
                    continue;
                }
                if (t.isDate()) { // a bare day (2022年12月): a deadline, and the advice a form the parser reads as one
                    ctx.report("date", i.targetSrc(), Checks.name(i), Checks.target(i), t.format(), t.comparator().symbol(),
                            "截止日期（不晚于该日）", "a deadline: done by that day");
                    continue;
                }
                String value = t.low().toPlainString() + (t.unit().isEmpty() ? "" : t.isPercent() ? "%" : " " + t.unit());
                Direction.Reading reading = Direction.reading(t, i.columns().direction(), i.readName(), i.level1(), i.level2());
                // a cost ceiling (银川 2021's 办公所需成本 15万元, 岳阳县 2022's 财政资金补助 1600元/亩) is said as one in the plain
                // note (cost-ceiling, below); every other key keeps "反向指标（越低越好）", its fingerprinted words
                String[] why = why(i, reading == Direction.Reading.COST_CEILING || reading == Direction.Reading.PAID_STANDARD
                        ? Direction.Reading.REVERSE : reading);
                // "10" for a number of trucks, "180" for a service period (湘潭 2024): no unit either, asked for with the
                // direction, one finding (indicator-target-no-unit reads only targets with a comparator)
                String key = IndicatorTargetNoUnit.bareWithoutUnit(i, b) ? "no-unit" : "";
                if (!key.isEmpty() && !rateName(i.name()) && MoneyOutput.restated(submission, i)) {
                    // 廊坊 2019's 工程资金金额 "43.2", the budget of 43.2 万元 written bare under 产出 (t11): what it counts is
                    // known, money, and indicator-input-as-output says so at this cell ("是一笔金额"); "如“≥ 43.2 个”“≥ 43.2
                    // 天”" contradicted it, and the fix it asks (the work the money does, not the amount) leaves no bare
                    // figure to give a unit (audit s51 A6 row 4)
                    continue;
                }
                if (!key.isEmpty() && rateName(i.name()) && !t.isRange() && t.low().compareTo(BigDecimal.ONE) > 0
                        && t.low().compareTo(HUNDRED) <= 0) {
                    // 工程完工率 "100" (t11): the name says a rate, so what it counts is known: the % was left out. Not
                    // a rate's "1" (宁德 2019's 覆盖率 "1", its 指标解释 90%): 1 may be the whole written as a fraction
                    key = "no-unit-rate"; // the value as the plain note gives it (the fingerprint's), its % in the message
                }
                if (key.equals("no-unit") && rateName(i.name()) && IndicatorTargetAtCeiling.aboveHundredNoUnit(i, t)) {
                    // 合格率 "120" (no % anywhere): read as a rate, 120 % cannot be reached; "≥ 120 个/天/%" was the offer, and
                    // at-ceiling's above-hundred reads only a written %: the bound and the % are asked together (N3's left-alone)
                    ctx.report(Severity.WARNING, "no-unit-rate-above", i.targetSrc(), null, Checks.name(i), Checks.target(i), value,
                            t.comparator().symbol(), why[0], why[1]); // a warning, as at-ceiling's above-hundred: it cannot be reached
                    continue;
                }
                if (key.equals("no-unit") && rateName(i.name()) && !t.isRange() && t.low().compareTo(BigDecimal.ONE) == 0) {
                    // 宁德 2019's 覆盖率 "1" and 审稿率 "1" (t38): a rate's 1 is most likely the whole written as a fraction,
                    // so the question is whether 1 means 100 %, not what it counts
                    ctx.report("no-unit-rate-one", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1]);
                    continue;
                }
                if (key.equals("no-unit") && (b & IndicatorFacts.L2_TIMELINESS) != 0 && Direction.limitName(i.name())) {
                    // 完成时限 "1" (甘孜 t105): a day or a period, and in what unit, is not said; "≥ 1 个" or "1%" are no
                    // reading to offer, and ≥ was none either (read ≤ since session 49: a limit): a date or a unit is asked
                    Integer year = submission.year();
                    ctx.report("no-unit-limit", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            year == null ? "12月31日前" : year + "年12月31日前",
                            year == null ? "by 31 December" : "by 31 December " + year);
                    continue;
                }
                String[] period = key.equals("no-unit") ? periodUnit(i.name()) : null;
                if (period != null) {
                    // 服务周期 "180" (湘潭 2024, t91; its 项目概况 "服务周180", days): the name says a period, so "180 个" or
                    // "180%" are no reading to offer (audit s48 item 4): only its unit of time is asked
                    ctx.report("no-unit-period", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            period[0], period[1]);
                    continue;
                }
                String hint = key.equals("no-unit") ? IndicatorTargetNoUnit.hintUnit(i.name()) : "";
                if (!hint.isEmpty()) {
                    // 公猪舍(≥**平方米) "22.8", 排污沟(≥米) "50" (昌宁 2022, t116): the unit is in the template's hint, which
                    // placeholder-left asks to remove; "不知道计的是什么" was false. As indicator-target-no-unit's unit-in-hint
                    // (session 52)
                    ctx.report("no-unit-hint", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            hint);
                    continue;
                }
                String counted = key.equals("no-unit") ? countedUnit(i.name()) : null;
                String[] noun = key.equals("no-unit") && counted == null ? countedNoun(i.name()) : null;
                if (noun != null) {
                    // 补贴渔船数 "6" (t56), 结算项目数 "3" (t29), 企业数量 "3" (t18): the name says what is counted (渔船, 项目,
                    // 企业), only not its measure word; "不知道计的是什么" was false (audit s47 item 6)
                    ctx.report("no-unit-noun", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            noun[0], noun[1]);
                    continue;
                }
                if (counted != null) {
                    // 全县参合人数 "8755" (t-hubei): the name says what it counts (人), so that is no question: the unit was left out
                    ctx.report("no-unit-named", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            counted);
                    continue;
                }
                String activity = key.equals("no-unit") && !t.isPercent() ? activityUnit(i.name()) : null;
                if (activity != null) {
                    // 召开食品安委会全体会议 "2", 组织…培训 "1" (甘孜, t105): an activity counted by the times it is held, where
                    // "≥ 2 个" "≥ 2 天" "≥ 2%" were offered, none of them fitting a meeting (audit s52 B7)
                    ctx.report("no-unit-activity", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            activity);
                    continue;
                }
                if (full(i, t)) {
                    // 验收通过率 "100%" (t102), 工程完工率 "100" (t11): read as "≥ 100%", which indicator-target-at-ceiling would
                    // ask to write "= 100%" once written so (audit s48 item 1: 34 such notes on 11 tables offered "≥ 100%" first)
                    key = key.isEmpty() ? (rateLike(i.readName()) ? "rate-full" : "percent-full")
                            : key.equals("no-unit-rate") ? "no-unit-rate-full" : key;
                }
                if (key.isEmpty() && reading == Direction.Reading.PAID_STANDARD) {
                    // 年均补助标准 260元/辆 (镜湖区残联 2023, t125), 生均公用经费 780元/生/年 (临沂 2025, t67): a standard paid to a
                    // person or thing, "=" since session 56 (audit A11 C5), not a ceiling that paying less would meet;
                    // cost-ceiling's fingerprint (the ≤ and the words it was read by until then, unprinted: its identity)
                    String[] paid = why(reading, false);
                    ctx.report("paid-standard", i.targetSrc(), Checks.name(i), Checks.target(i), value, "≤", why[0], why[1],
                            paid[0], paid[1], t.comparator().symbol());
                    continue;
                }
                if (key.isEmpty() && reading == Direction.Reading.COST_CEILING) {
                    // 每公里补助 20万元 (新田镇 2022, t103), 生均公用经费 780元/生/年 (临沂 2025, t67): a cost standard, "no more than
                    // that", not a quantity "越低越好" (F16's left-alone, session 49); the plain note's fingerprint (the words
                    // it printed, unprinted now, still its identity; the new ones details)
                    String[] cost = why(reading, false);
                    ctx.report("cost-ceiling", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            cost[0], cost[1]);
                    continue;
                }
                if (key.equals("no-unit") && reading == Direction.Reading.COST_CEILING) {
                    // 培训费 "320", no unit anywhere (甘孜 t105's 培训费 with its 人/天 left off): an expense's ceiling, said as the
                    // plain key says one, and its unit asked in money, not "个 / 天 / %" (N4's left-alone); no-unit's fingerprint
                    String[] cost = why(reading, false);
                    ctx.report("no-unit-cost", i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1],
                            cost[0], cost[1]);
                    continue;
                }
                ctx.report(key, i.targetSrc(), Checks.name(i), Checks.target(i), value, t.comparator().symbol(), why[0], why[1]);
            }
        }
    }

    /** The fewest rows of equal bare integers whose sum reads as a form's points ({@link #pointsTyped}). */
    static final int POINT_ROWS = 4;

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[0-9]{1,3}");

    /**
     * The rows whose 指标值 and 实际完成值 are one and the same bare whole number with no unit anywhere (no comparator, no
     * %, no unit column, none in the name), where there are {@value #POINT_ROWS} or more of them, they add up to 100 or to
     * the framework's indicator weight (its whole less what is scored on the funds block: 90 on a 10 + 90 form), and no
     * row of the table carries points or a score (a form without 分值, or rows left without them): the points and
     * scores of a pointed form typed into the value columns (阆中 2021, t132: 20 20, 20 20, 10 10 × 4, 20 20 = 100 on
     * the 区域 form). Null otherwise. One pass over the rows.
     */
    static java.util.BitSet pointsTyped(IndicatorFacts facts, RuleContext ctx) {
        java.util.BitSet rows = null;
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & IndicatorFacts.APPLICABLE) == 0) {
                continue;
            }
            Indicator i = facts.row(k);
            if (i.points() != null || i.score() != null) {
                return null; // the form carries points where they belong
            }
            if ((b & (IndicatorFacts.T_QUANTITATIVE | IndicatorFacts.T_EXPLICIT)) != IndicatorFacts.T_QUANTITATIVE
                    || i.target() == null || i.actual() == null) {
                continue;
            }
            String target = i.target().strip();
            TargetValue t = i.targetValue();
            if (!WHOLE.matcher(target).matches() || !target.equals(i.actual().strip()) || t.explicitComparator() || t.isRange()
                    || t.isPercent() || t.isDate() || !IndicatorTargetNoUnit.bareWithoutUnit(i, b)) {
                continue;
            }
            if (rows == null) {
                rows = new java.util.BitSet(facts.size());
            }
            rows.set(k);
            count++;
            sum = sum.add(new BigDecimal(target));
        }
        if (count < POINT_ROWS || sum.compareTo(HUNDRED) != 0 && sum.compareTo(indicatorWeight(ctx)) != 0) {
            return null;
        }
        return rows;
    }

    /** The framework's weight less what it scores on the funds block (90 on a 10 + 90 form), or 100 with no framework. */
    private static BigDecimal indicatorWeight(RuleContext ctx) {
        if (ctx.framework().isEmpty()) {
            return HUNDRED;
        }
        io.github.jixiao.score.Framework f = ctx.framework().get();
        BigDecimal w = f.weight();
        for (io.github.jixiao.score.Framework.Leaf l : f.leaves()) {
            if (l.scoredOnFunds() && l.weight() != null) {
                w = w.subtract(l.weight());
            }
        }
        return w;
    }

    /** points: one warning at the first row's target, the rows and their figures in details. */
    private static void reportPoints(IndicatorFacts facts, java.util.BitSet rows, RuleContext ctx) {
        StringBuilder list = new StringBuilder();
        BigDecimal sum = BigDecimal.ZERO;
        Indicator first = null;
        for (int k = rows.nextSetBit(0); k >= 0; k = rows.nextSetBit(k + 1)) {
            Indicator i = facts.row(k);
            if (first == null) {
                first = i;
            } else {
                list.append("、");
            }
            String v = i.target().strip();
            list.append(Checks.name(i)).append(' ').append(v);
            sum = sum.add(new BigDecimal(v));
        }
        ctx.report(Severity.WARNING, "points", first.targetSrc(), null, Checks.name(first), rows.cardinality(), list.toString(),
                sum.toPlainString()); // {3} the sum: RealTablesTest's pin prints it
    }

    /**
     * Why the row {@code i}'s bare target {@code t} is read in its direction ({@link #why(Direction.Reading, boolean)}), read
     * from {@link Indicator#readName()}: where the row was read by a clause of its cell, that clause named first.
     */
    static String[] why(Indicator i, Direction.Reading reading) {
        String[] why = why(reading, Direction.stated(i.columns().direction()) == Comparator.GE);
        String part = i.readPart();
        if (part == null) {
            return why;
        }
        // 6月底前完成，验收合格率100%, read by its other clause: the message quotes the cell as typed, and says which part was
        // read, and in the direction of whose words (session 50, M8's left-alone 1)
        return new String[] {"其中的“" + Checks.quote(part) + "”、" + why[0], "the clause \"" + Checks.quote(part) + "\"; " + why[1]};
    }

    /**
     * What the message says the reading rests on, in zh and en: 正向 or 反向; for a bare 0, "none" and why (≥ 0 would be
     * met by anything), also against a 正向 column beside it; for a bare period of a 时效 row, a time limit, and that a
     * 正向 column beside it says nothing of a period. Before session 27 each ≤ was "反向指标（越低越好）", beside 正向.
     */
    static String[] why(Direction.Reading reading, boolean forwardColumn) { // indicator-target-missed's bare variant says it alike
        return switch (reading) {
            case FORWARD -> new String[] {"正向指标（越高越好）", "the higher the better"};
            case REVERSE -> new String[] {"反向指标（越低越好）", "the lower the better"};
            case NONE -> forwardColumn
                    ? new String[] {"“没有”（指标方向一栏虽写“正向”，但只写 0 若按“≥ 0”理解，任何结果都算完成）",
                        "none: the 指标方向 (direction) column says 正向 (higher is better), but a bare 0 read as \"≥ 0\" would be met by anything"}
                    : new String[] {"“没有”（只写 0 若按“≥ 0”理解，任何结果都算完成）",
                        "none: a bare 0 read as \"≥ 0\" would be met by anything"};
            case COST_CEILING -> new String[] {"成本上限（不超过该标准）", "a cost ceiling: no more than that"};
            case PAID_STANDARD -> new String[] {"补助标准（足额按该标准发放）", "a standard paid in full: that amount, no less"};
            case TIME_LIMIT -> forwardColumn
                    ? new String[] {"时限类指标（不超过该期限；指标方向一栏的“正向”说不出期限的哪一边算完成）",
                        "a time limit, no longer than that; the 指标方向 (direction) column's 正向 (higher is better) cannot say which side of a period counts"}
                    : new String[] {"时限类指标（不超过该期限）", "a time limit, no longer than that"};
        };
    }

    private static final BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    /**
     * A bare 100 % (or a rate's bare "100") read as "≥ 100%" on a rate that cannot exceed it: written so, it is
     * indicator-target-at-ceiling's "“≥ 100%”实际就是“= 100%”", so "= 100%" is the one comparator to offer. Not a growth or
     * change rate (at-ceiling leaves those: they can exceed 100 %), nor a reading of ≤.
     */
    static boolean full(Indicator i, TargetValue t) {
        return !t.isRange() && t.comparator() == Comparator.GE && t.low().compareTo(HUNDRED) == 0
                && (t.isPercent() || t.unit().isEmpty() && rateName(i.readName()))
                && IndicatorTargetAtCeiling.cannotExceed(i.readPart() == null ? i.label() : i.readName());
    }

    private static final java.util.regex.Pattern COUNT_NAME = java.util.regex.Pattern.compile("(人次|户次|场次|批次|期次|班次|架次|学时|课时|(?<one>[人户次个家场所辆台件名项套座株头只篇期批])数)$");

    /**
     * The unit {@code name} says it counts in (参合人数: 人, 培训人次: 人次, 发放户数: 户, 文艺活动场次: 场次), or null: a name ending
     * in a count unit and 数, or in 人次 / 户次 / 场次 / 批次 / 期次 / 班次 / 架次 / 学时 / 课时 (遂宁 2021 t106 人均培训学时, session 50;
     * 项目数 and 数量 say none; session 46: 巴南 一品街道's
     * 开展各种文艺活动场次 "20", t77, was asked what it counts).
     */
    static String countedUnit(String name) {
        if (name == null) {
            return null;
        }
        String n = withoutNote(name);
        java.util.regex.Matcher m = COUNT_NAME.matcher(n);
        if (!m.find()) {
            return null;
        }
        if (m.group("one") != null) {
            String before = n.substring(0, m.start());
            // 项目个数 says 个; but 项目数 (目), 次数 after 人 (人次数: 人次)
            return before.endsWith("人") && m.group("one").equals("次") ? "人次" : m.group("one");
        }
        return m.group(1);
    }

    private static final java.util.regex.Pattern PERIOD_NAME = java.util.regex.Pattern.compile("(周期|期限|工期|时长|天数)$");

    /**
     * The unit of time an example gives for a name that says a period (服务周期, 建设期限, 工期, 服务时长, 开放天数), zh and en,
     * or null: 小时 for a 时长, 天 otherwise.
     */
    static String[] periodUnit(String name) {
        if (name == null) {
            return null;
        }
        java.util.regex.Matcher m = PERIOD_NAME.matcher(withoutNote(name));
        if (!m.find()) {
            return null;
        }
        return m.group(1).equals("时长") ? new String[] {"小时", "hours"} : new String[] {"天", "days"};
    }

    /**
     * Things a name counts that are no measure word themselves, each with the measure word a count of them is written in:
     * 补贴渔船数 counts 渔船 (艘), 结算项目数 项目 (个), 服务外包企业数量 企业 (家). Longer words first.
     */
    private static final String[][] COUNTED_NOUNS = {
        {"渔船", "艘"}, {"船舶", "艘"}, {"船只", "艘"}, {"企业", "家"}, {"公司", "家"}, {"机构", "家"}, {"合作社", "家"},
        {"医院", "家"}, {"学校", "所"}, {"项目", "个"}, {"工程", "项"}, {"课题", "项"}, {"车辆", "辆"}, {"设备", "台"},
        {"村庄", "个"}, {"行政村", "个"}, {"社区", "个"}, {"基地", "个"}, {"站点", "个"}, {"网点", "个"}};

    /** Words that may stand between the thing counted and 数量 (重点建设工程安排数量: the 工程 arranged). */
    private static final String[] AFTER_NOUN = {"安排", "实施", "完成", "开工", "竣工", "验收", "签约", "落地", "引进", "入驻", "覆盖"};

    /**
     * What {@code name} counts where it ends in a thing and 数 or 数量 (补贴渔船数, 镇街补助款完成结算项目数, 支持服务贸易、服务外包企业数量,
     * 重点建设工程安排数量, 完成中型灌区节水改造项目数量: t56, t29, t18, t50, t5) and {@link #countedUnit} finds no measure word:
     * the thing and its measure word ({渔船, 艘}), or null.
     */
    static String[] countedNoun(String name) {
        if (name == null) {
            return null;
        }
        String n = withoutNote(name);
        String stem = n.endsWith("数量") ? n.substring(0, n.length() - 2) : n.endsWith("数") ? n.substring(0, n.length() - 1) : null;
        if (stem == null) {
            return null;
        }
        for (String after : AFTER_NOUN) {
            if (stem.endsWith(after)) {
                stem = stem.substring(0, stem.length() - after.length());
                break;
            }
        }
        for (String[] noun : COUNTED_NOUNS) {
            if (stem.endsWith(noun[0])) {
                return noun;
            }
        }
        return null;
    }

    /**
     * Whether {@code name} names a share of a whole: a {@link #rateName rate}, or a name ending in 比例, 比重, 占比 or 覆盖面
     * (t52's 应受助学生享受资助比例, t16's 项目管理覆盖面). Not the work a 100 % stands beside (大厅业务日常考核结果,
     * 全年免费开放, 基础信息完善, 监测数据资料整编: 14 of the 67 rate-full notes on t1–t106, session 49), which
     * rate-full called "该比率".
     */
    static boolean rateLike(String name) {
        if (rateName(name)) {
            return true;
        }
        String n = name == null ? "" : withoutNote(name);
        return n.endsWith("比例") || n.endsWith("比重") || n.endsWith("占比") || n.endsWith("覆盖面");
    }

    /** Whether {@code name} names a rate: it ends in 率 or 满意度, a bracket after it aside (完工率, 学生满意度（%）). */
    static boolean rateName(String name) {
        if (name == null) {
            return false;
        }
        String n = withoutNote(name);
        return n.endsWith("率") || n.endsWith("满意度");
    }

    /**
     * {@code name} stripped, without a last bracket of at most 20 characters holding no bracket (学生满意度（%） →
     * 学生满意度, 建设项目个数(含续建) → 建设项目个数): the bracket {@link Chars#lastBracket} finds.
     */
    private static String withoutNote(String name) {
        String n = name.strip();
        int open = Chars.lastBracket(n);
        if (open < 0 || n.length() - open - 2 > 20) {
            return n;
        }
        String held = n.substring(open + 1, n.length() - 1);
        return held.indexOf(')') >= 0 || held.indexOf('）') >= 0 ? n : n.substring(0, open).strip();
    }

    /** Whether {@code written} (≥ or >, ≤ or <) points the way of {@code side} (≥ or ≤; null: no side). */
    private static boolean sameSide(Comparator side, Comparator written) {
        return side == Comparator.GE ? written == Comparator.GE || written == Comparator.GT
                : side == Comparator.LE && (written == Comparator.LE || written == Comparator.LT);
    }

    /** A stated direction ({@code stated}: ≥ or ≤) and a written comparator pointing the other way (≤ or < beside 正向). */
    private static boolean opposite(Comparator stated, Comparator written) {
        return stated == Comparator.GE ? written == Comparator.LE || written == Comparator.LT
                : written == Comparator.GE || written == Comparator.GT;
    }

    /**
     * The measure word of a name that is an activity held (召开, 开展, 组织, 举办 first): 期 for a training (培训), 场 for an
     * event (活动, 讲座, 演出, 比赛), else 次; null for another name.
     */
    static String activityUnit(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (!(n.startsWith("召开") || n.startsWith("开展") || n.startsWith("组织") || n.startsWith("举办"))) {
            return null;
        }
        if (n.contains("培训")) {
            return "期";
        }
        if (n.contains("活动") || n.contains("讲座") || n.contains("演出") || n.contains("比赛")) {
            return "场";
        }
        return "次";
    }
}
