package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.Plans;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import io.github.jixiao.target.WorkLeft;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A mid-year monitoring table (运行监控) says, row by row, how likely the target is to be reached (完成目标可能性) and, in
 * some forms, what the year will reach (全年预计完成值). A row whose outlook is in doubt needs the deviation's cause and
 * the correction planned; a row whose forecast falls short of its target while its outlook says 确定能 contradicts itself.
 */
@RuleInfo(
        id = "monitoring-deviation-unexplained",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.MONITORING},
        titleZh = "运行监控：预计完不成目标却没有分析原因",
        titleEn = "Monitoring: a target in doubt without its cause",
        rationaleZh = "运行监控表逐项填写完成目标可能性（确定能、有可能、不可能、完全不可能），有的表还填全年预计完成值；表中在其旁印有“偏差或不能完成目标原因分析”"
                + "和“相关建议或举措”栏。完成目标可能性为“有可能”“不可能”“完全不可能”的，或全年预计完成值达不到指标值的，要写明偏差原因和纠偏措施，"
                + "否则监控发现了偏差却无从纠正。全年预计完成值达不到指标值、完成目标可能性却填“确定能”的，两者自相矛盾。"
                + "不报告：“确定能”且预计完成值达到指标值的；该行偏差原因（explanation）或表末存在问题（department.json 的 problems）已填写的；"
                + "预计完成值或指标值无法比较的（定性、无数字）；自评和目标申报阶段（由各自的规则检查）。"
                + "成本等金额上限（≤ 120 万元）截至目前的完成值已经超过的，支出只会累积，全年已无法完成：要写明原因和措施（ceiling-passed），完成目标可能性填“确定能”的自相矛盾（ceiling-passed-certain）；"
                + "比率、时长、按单位计的金额（≤ 5%、≤ 3 天、≤ 1000元/人）年中超过还可能回落，不报告。"
                + "资金也是一样：资金块合计行（无合计行的，唯一的一行）截至执行数占全年预算（有全年预算数的按全年预算数，否则按年初预算数）的比例不到序时进度（截至月份 ÷ 12）一半的（6 月末不到 25%），"
                + "执行严重滞后，要写明原因和措施（funds.executionExplanation 或 stated.executionRateExplanation，或表末存在问题中说明资金原因的分句，与自评的 execution-rate-unexplained 读法相同；只写计划措施的如“下半年加快进度”不算，自 session 53）（execution-behind）；"
                + "落后序时进度但超过其一半的（黄石 2019：6 月末 39.8%）不报告：项目资金按合同、按工程进度分期支付，年中略低于序时进度是常态。"
                + "同一行的全年预计执行数不到全年预算 90% 的，预计年末结余较多，同样要说明原因（execution-forecast-short；执行率未达 90% 须说明原因，与年终自评相同）；已报告执行严重滞后的，不再另报。"
                + "时效指标的期限（如“6月底前完成”，未写年份的按申报年度读）到监控截至月份（budget.json 的 funds.toDateMonth；没有填写的，读表名写明的月份：2019年1-6月…监控表、上半年、截至6月30日，写得不确定的如截至6月15日不读）的月末已过，截至目前的完成值却说明尚未完成（正在推进、尚未完成、已完成 60%）"
                + "或空着（另填了全年预计完成值或完成目标可能性；三项都空着的由 indicator-incomplete 的 no-monitoring 指出）的，期限已经错过，不论完成目标可能性填什么，都要写明原因和措施（deadline-passed、deadline-passed-blank）；截至目前的完成值是期限之后的日期的（6月底前完成，完成值 7月15日），已延期完成，同样要写明原因（deadline-passed-late）；"
                + "完成值的日期在监控截至月份之后的（表中数字截至 6 月，完成值 7月15日），不是截至当时已经完成的日期（是预计完成时间，或截至月份填错），期限到截至月末已过的，要写明原因和措施或改正截至月份（deadline-passed-day-ahead），期限未到而完成值的日期（或写明“预计”“计划”的日期，如“预计8月10日完成”；全年预计完成值栏同样读）晚于期限的，预计不能按期完成，要写明原因和纠偏措施（deadline-forecast-late）；"
                + "期限已过时，完成值为“基本完成”的按到期尚未全部完成读（期限要求的是全部完成），同样报告 deadline-passed 并在消息中写明这一读法；“待验收”“待拨付”“待结算”等收尾用语，"
                + "只有该行的指标值或指标名称本身要求的正是验收、拨付、结算等的才算未完成（6月底前验收，完成值“已完工，待验收”），工程期限之后只剩验收、付款的（已完工，待验收）不报告；“尚未拨付”“资金未到位”“尚未验收”“尚未完成验收”同样只在该行要求的正是拨付、到位、验收时算未完成（7月底前拨付到位，完成值“尚未拨付”），“尚未启动”“未启动”是整项工作尚未开始，算未完成；“未完成率0%”“未拨付资金为0”里的词是数字的名称，“无未完成事项”是否认，不算；"
                + "期限前写有“力争”“争取”“计划于”“确保”“预计”等的（力争6月底前完成，确保资金6月底前拨付到位），按其后的期限读；写“上旬”“中旬”“下旬”的（6月中旬完成），分别按该月 10 日、20 日、月末读，消息中写明；期限后的工作短语可以是启动、召开、印发、报送、提交等（6月底前召开项目调度会）；"
                + "一格里写了期限又写了另一个目标的（6月底前完成，验收合格率100%；期限写在后面的“验收合格率100%，6月底前完成”同样读，与自评计分的读法一致），按期限核对，并提示（info）把另一个目标另列一行（deadline-and-another-target）；截至目前的完成值是另一个目标的数值的（“≥95%，6月底前完成”旁写“90%”，或“验收合格率100%”旁写“98%”），是那个目标的完成值，不当作工作进度、不据此报告期限已过；另一句只是“按进度推进”的不算另一个目标（按进度推进，6月底前启动 按文字读；期限在前的“6月底前完成，按进度推进”按期限核对，不提示另列一行）；名称是时间的指标（完成时间、完成时限）只写 1 到 12 的数、完成值不是数字的（完成时间“6”旁写“正在推进”），按预算年度的该月底前核对，并提示（info）写作“6月底前”（bare-month）；期限已过的，这一读法和写法在报告期限已过的那一条中说明，不另作提示（一格一条）；完成值也只写 1 到 12 的数的（“6 | 7”），按完成的月份读，该条同时说明两个读法（自 session 52）；截至月份是从表名读出的，消息中写明表名；完成值在进度之后的分句写预计、计划日期的（当前进度80%，预计8月10日完成），该日期按预计完成日期读，晚于期限的报告 deadline-forecast-late；写明已完成、之后计划的是另一项工作的（已于6月20日完成，计划8月验收）不读；"
                + "只写月份加“前”的期限（6月前、2019年6月前）按该月月底读，与“6月底前”“6月30日前”（含当日）相同：项目年度到 12 月底，“12月前”指年内；这是有利于单位的读法，消息中写明，指 6 月 1 日之前的请写作“5月底前”；只写年份加“前”的（2023年前完成）同样按该年年底读（规划、目标中“2020年前全面建成”指到 2020 年底），消息中写明，指 2023 年 1 月 1 日之前的请写作“2022年底前”；"
                + "已完成的、写了期限之内完成日期的、期限未到的、期限是开工或启动时间的（开工时间 2019年3月、6月底前启动：施工中、正在推进即已开工；只有“尚未启动”“未开工”等说明尚未开始的，期限已过时报告 deadline-passed），以及没有写截至月份的，不报告。",
        rationaleEn = "A mid-year monitoring table gives each indicator's likelihood of reaching its target (确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible)), "
                + "some forms also the year's forecast, and print beside them the columns for the cause of a deviation and the measures proposed. "
                + "A target whose likelihood is possible, unlikely or impossible, or whose forecast falls short, needs its cause and the correction planned: "
                + "otherwise monitoring finds a deviation and nothing corrects it. A forecast short of the target with the likelihood certain contradicts itself."
                + " Not flagged: certain with a forecast that reaches the target; a row whose explanation, or the table's problems (department.json problems), is filled in; "
                + "a forecast or target that cannot be compared (qualitative, no figure); the self-evaluation and target stages (their own rules check them)."
                + " A ceiling on an amount of money (≤ 1.2 million yuan, a cost) that the value to date already passes cannot be met, as spending only adds up: it needs its cause and measures "
                + "(ceiling-passed), and with the likelihood certain contradicts itself (ceiling-passed-certain); a rate, a duration or an amount per unit (≤ 5%, ≤ 3 days, ≤ 1000 yuan per person) "
                + "above its ceiling mid-year may still come down, and is not reported."
                + " The funds likewise: where the funds block's total row (without one, its only row) has executed to date less than half the time elapsed (month ÷ 12) "
                + "of the year's budget (the full-year budget where given, else the initial one; under 25% at the end of June), execution lags badly and needs its cause and measures "
                + "(funds.executionExplanation or stated.executionRateExplanation, or a clause of the table's problems giving a reason for the money, read as the year-end execution-rate-unexplained reads it; one that only plans, 下半年加快进度 (speed up in the second half), is none, since session 53) (execution-behind); behind the time elapsed but by less "
                + "(Huangshi 2019: 39.8% at the end of June) is not reported: project funds are paid by contract and works instalments, and a little behind mid-year is normal."
                + " The same row's forecast for the year below 90% of the year's budget expects a large balance at the year end and needs its reason too (execution-forecast-short; "
                + "an execution below 90% needs a written reason, as at the year end); not said again where the execution already lags badly."
                + " A timeliness target whose deadline (6月底前完成, by the end of June; one without its year read in the submission's year) has passed by the end of the month "
                + "the monitoring runs to (budget.json funds.toDateMonth; where not given, the month the table's title names: 2019年1-6月…监控表 (January–June), 上半年 (first half), 截至6月30日 (as of 30 June), not one it leaves unsure such as 截至6月15日 (as of 15 June)), with a value to date saying it is not done (正在推进 (under way), 尚未完成 (not yet done), 60% done) "
                + "or blank (with a forecast or a likelihood given; with all three blank indicator-incomplete's no-monitoring says so), has missed its deadline whatever the likelihood says, "
                + "and needs its cause and measures (deadline-passed, deadline-passed-blank); one whose value to date is a day after its deadline (6月底前完成 (by the end of June) beside 7月15日 (15 July)) was done late, a deviation whose cause is asked for too (deadline-passed-late); a day after the month the table runs to (figures to June, 7月15日) is no day done by then (a planned day, or the month given wrong): with the deadline passed by that month's end it needs the cause and measures, or the month corrected (deadline-passed-day-ahead), and is not reported while the deadline is to come, unless the day is after the deadline: a day planned after it (figures to June, 7月底前完成 beside 8月10日 or 预计8月10日完成, expected on 10 August; a forecast column so written likewise) forecasts the target missed, and its cause and remedy are asked for (deadline-forecast-late); with the deadline passed, 基本完成 (basically done) is read as not wholly done by it, the deadline asking for the whole, and is deadline-passed with that reading in the message, while a closing-out word (待验收, still to be accepted; 待拨付, still to be paid; 待结算, still to be settled) counts as not done only where the row's target or name sets that act itself (6月底前验收 beside 已完工，待验收), not after a deadline for the work (已完工，待验收: the work is done); 尚未拨付 (not yet paid out), 资金未到位 (funds not in place), 尚未验收 and 尚未完成验收 (acceptance not yet done) likewise count only where the row sets that act (7月底前拨付到位, paid out by the end of July, beside 尚未拨付), while 尚未启动 (not yet started) is the whole of the work not begun and counts; the words in a figure's name, 未完成率 (the rate not done) or 未拨付资金 (the funds not paid out) before a figure such as 0, or denied, 无未完成事项 (nothing left undone), do not; words before a deadline that aim at it (力争, 争取, 计划于, 确保, 预计: 力争6月底前完成, striving to finish by the end of June; 确保资金6月底前拨付到位, ensuring the funds are paid out by the end of June) are read past, to the deadline; a month's ten days (6月中旬完成, done in the middle ten days of June) is read as by the 10th (上旬), the 20th (中旬) or the month's end (下旬), said in the message; the phrase of the work after a deadline may be a start, a meeting, an issue, a submission (启动, 召开, 印发, 报送, 提交: 6月底前召开项目调度会); a cell with a deadline and a second target (6月底前完成，验收合格率100%, done by the end of June, acceptance rate 100%; or the deadline last, 验收合格率100%，6月底前完成 (acceptance rate 100%, done by the end of June), read the same way, as the self-evaluation scoring reads it) is checked by its deadline, and a note (info) asks for the other target in a row of its own (deadline-and-another-target); a value to date that is a figure of the other target (90% beside ≥ 95% and 6月底前完成 (done by the end of June), or 98% beside 验收合格率100% (acceptance rate 100%)) is that target's value, not the work's progress, and no missed deadline is read from it; words of progress alone (按进度推进, going on as scheduled) are no second target (按进度推进，6月底前启动 (going on as scheduled, started by the end of June) stays words; the deadline first, 6月底前完成 (done by the end of June) and then 按进度推进 (going on as scheduled), is checked by the deadline, and no row of its own is asked for the words); a bare 1 to 12 on a row named as a time (完成时间 (completion time), 完成时限 (time limit)) beside a value to date that is not a bare number (6 beside 正在推进 (under way)) is checked as the end of that month of the budget year, and a note (info) asks for 6月底前 (by the end of June) (bare-month); where that deadline is missed, the finding that says so gives the reading and asks for 6月底前, and no note is added (one cell, one finding); a value to date that is a bare 1 to 12 too (\"6 | 7\") is read as the month the work was done in, and that finding says both readings (since session 52); a month read from the table's title is said, with the title, in the message; a day planned in a clause after the progress made (当前进度80%，预计8月10日完成, 80% done, expected on 10 August) is read as the day expected (deadline-forecast-late where after the deadline), not where the work is said done and the plan is of another act (已于6月20日完成，计划8月验收, done on 20 June, acceptance planned for August); a deadline written as a month and 前 alone (6月前, before June) is read as by the end of that month, as 6月底前 and 6月30日前 (which includes the day) are: the project year runs to the end of December and 12月前 means within the year; a reading in the unit's favour that the message states, asking for 5月底前 (by the end of May) where 1 June was meant; a year and 前 alone (2023年前完成, before 2023) likewise as by the end of that year (as plans and targets use it: 2020年前全面建成, built by the end of 2020), said in the message, asking for 2022年底前 (by the end of 2022) where 1 January 2023 was meant; not flagged where it is done, gives a day on or before the deadline, is not yet due, is a day to start by (开工时间 2019年3月, a start in March, or 6月底前启动: 施工中, under construction, or 正在推进 has started; only words saying it has not, 尚未启动 or 未开工, miss it, deadline-passed), or the month is not given.",
        source = "湖北 黄石 2019 项目支出绩效监控表（申遗经费）：完成目标可能性（确定能、有可能、不可能）栏，及“偏差或不能完成目标原因分析”“相关建议或举措”栏；"
                + "四川 部门预算项目支出绩效自评表（2023年度）：执行率未达 90% 须说明原因（SC-4）",
        sourceEn = "Hubei, Huangshi 2019 project spending performance monitoring table (World Heritage application funds): the likelihood column (certain, possible, unlikely) "
                + "and the columns for the cause of a deviation or of a target that cannot be met and for the measures proposed; Sichuan self-evaluation table for "
                + "department budget project spending (2023): an execution rate below 90% needs its reason (SC-4)",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的完成目标可能性为“{1}”，但没有分析偏差原因、提出纠偏措施。请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明原因和措施。",
                    en = "Indicator \"{0}\" gives its likelihood of reaching the target as \"{1}\" (on the scale 确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible)), but no cause of the deviation and no correction. "
                            + "State both in the indicator's {@偏差或不能完成目标原因分析|explanation}."),
            @RuleInfo.Message(key = "forecast", zh = "指标“{0}”的全年预计完成值 {1} 达不到指标值 {2}，但没有分析偏差原因、提出纠偏措施。请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明原因和措施。",
                    en = "Indicator \"{0}\" forecasts {1} for the year, short of its target {2}, but gives no cause of the deviation and no correction. "
                            + "State both in the indicator's {@偏差或不能完成目标原因分析|explanation}."),
            @RuleInfo.Message(key = "ceiling-passed", zh = "指标“{0}”的指标值是 {1}，截至目前已达 {2}：支出只会累积，全年已无法控制在指标值以内，但没有分析偏差原因、提出纠偏措施。请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明原因和措施（如按程序申请调整预算和绩效目标）。",
                    en = "Indicator \"{0}\" has the target {1} and has reached {2} to date: spending only adds up, so the year can no longer stay within the target, yet no cause of the deviation and no correction is given. "
                            + "State both in the indicator's {@偏差或不能完成目标原因分析|explanation} (e.g. an adjustment of the budget and its targets, applied for as the rules require)."),
            @RuleInfo.Message(key = "ceiling-passed-certain", zh = "指标“{0}”的指标值是 {1}，截至目前已达 {2}，完成目标可能性却填“确定能”：支出只会累积，全年不会低于已经发生的数。请核对截至目前的完成值或完成目标可能性。",
                    en = "Indicator \"{0}\" has the target {1} and has reached {2} to date, yet gives its likelihood as \"确定能\" (certain): spending only adds up, and the year cannot end below what is spent already. "
                            + "Check the value to date or the likelihood."),
            @RuleInfo.Message(key = "execution-behind", details = {6, 7}, zh = "资金“{0}”截至 {1} 月末{6}执行 {2}，为全年预算 {3} 的 {4}，不到序时进度 {5} 的一半，却没有说明原因。请在 budget.json 的 funds.executionExplanation 中写明执行滞后的原因（如按合同分期支付、资金尚未下达）和加快执行的措施。",
                    en = "Funds row \"{0}\": {2} executed by the end of month {1}{7}, {4} of the year's budget of {3}, less than half the time elapsed ({5}), and no reason given. "
                            + "State the cause of the delay (e.g. payment in contract instalments, funds not yet allocated) and the measures to catch up in budget.json funds.executionExplanation."),
            @RuleInfo.Message(key = "execution-forecast-short", zh = "资金“{0}”的全年预计执行数 {1} 只有全年预算 {2} 的 {3}，不到 90%，预计年末结余较多，却没有说明原因。请在 budget.json 的 funds.executionExplanation 中写明原因（如项目调减、政府采购节约），需要调整预算的按程序申请。",
                    en = "Funds row \"{0}\": the forecast for the year, {1}, is only {3} of the year's budget of {2}, below 90%, so a large balance is expected at the year end, and no reason is given. "
                            + "State why in budget.json funds.executionExplanation (e.g. the project scaled down, savings in procurement), and apply for a budget adjustment where one is needed."),
            @RuleInfo.Message(key = "deadline-passed", details = {5, 6, 7, 8}, zh = "指标“{0}”的指标值是 {1}（期限 {2}{5}），到监控截至的 {3} 月末已过期限，截至目前的完成值“{4}”却说明尚未完成{7}，也没有分析偏差原因、提出纠偏措施。请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明未按期完成的原因和措施（如调整后的完成时间）；其实已经完成的，请把截至目前的完成值写作完成的日期。",
                    en = "Indicator \"{0}\" has the target {1} (deadline {2}{6}), which has passed by the end of month {3}, the month the monitoring runs to, yet its value to date, \"{4}\", says it is not done{8}, and no cause of the deviation and no correction is given. "
                            + "State why it was not done on time and the measures (e.g. the new completion date) in the indicator's {@偏差或不能完成目标原因分析|explanation}; if it is in fact done, give the date it was done as the value to date."),
            @RuleInfo.Message(key = "deadline-passed-blank", details = {4, 5}, zh = "指标“{0}”的指标值是 {1}（期限 {2}{4}），到监控截至的 {3} 月末已过期限，截至目前的完成值却空着，看不出是否按期完成。已经完成的，请把完成的日期填作截至目前的完成值；没有完成的，请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明原因和措施（如调整后的完成时间）。",
                    en = "Indicator \"{0}\" has the target {1} (deadline {2}{5}), which has passed by the end of month {3}, the month the monitoring runs to, yet its value to date is blank, so nobody can tell whether it was done on time. "
                            + "If it is done, give the date it was done as the value to date; if not, state why and the measures (e.g. the new completion date) in the indicator's {@偏差或不能完成目标原因分析|explanation}."),
            @RuleInfo.Message(key = "deadline-passed-late", details = {5, 6}, zh = "指标“{0}”的指标值是 {1}（期限 {2}{5}），截至目前的完成值却是“{3}”（{4}），晚于期限，时效指标未按期完成，也没有分析偏差原因。请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明延期的原因和今后按期完成的措施；完成值写的不是完成的日期的，请改正。",
                    en = "Indicator \"{0}\" has the target {1} (deadline {2}{6}), yet its value to date is \"{3}\" ({4}), after the deadline: the timeliness target was not met on time, and no cause of the deviation is given. "
                            + "State why it was late and how deadlines will be kept in the indicator's {@偏差或不能完成目标原因分析|explanation}; if the value to date is not the day it was done, correct it."),
            @RuleInfo.Message(key = "deadline-passed-day-ahead", details = {6, 7}, zh = "指标“{0}”的指标值是 {1}（期限 {2}{6}），到监控截至的 {3} 月末已过期限，截至目前的完成值“{4}”（{5}）却在 {3} 月之后，不是截至 {3} 月末已经完成的日期：看来到期尚未完成，也没有分析偏差原因。"
                    + "请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明未按期完成的原因和措施（“{4}”是预计完成时间的，也写在那里）；表中数字实际截至更晚月份的，请改正 budget.json 的 funds.toDateMonth。",
                    en = "Indicator \"{0}\" has the target {1} (deadline {2}{7}), which has passed by the end of month {3}, the month the monitoring runs to, yet its value to date, \"{4}\" ({5}), is after month {3}, so it is no day the work was done by then: "
                            + "it looks not done by its deadline, and no cause of the deviation is given. State why it was not done on time and the measures in the indicator's {@偏差或不能完成目标原因分析|explanation} "
                            + "(a planned completion day goes there too); if the table's figures run to a later month, correct budget.json funds.toDateMonth."),
            @RuleInfo.Message(key = "deadline-forecast-late", details = {5, 6}, zh = "指标“{0}”的指标值是 {1}（期限 {2}{5}），截至目前的完成值“{3}”（{4}）不是已经完成的日期，而是预计完成的日期，晚于期限：预计不能按期完成，却没有分析偏差原因、提出纠偏措施。"
                    + "请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明预计延期的原因和纠偏措施（如何仍在期限内完成，或按程序申请调整目标），截至目前的完成值填写截至监控月末的实际进度。",
                    en = "Indicator \"{0}\" has the target {1} (deadline {2}{6}), yet its value to date, \"{3}\" ({4}), is no day the work was done but the day it is expected to be, after the deadline: "
                            + "the target is forecast to be missed, and no cause of the deviation and no correction is given. State why it is expected late and the remedy (how it can still be done by the deadline, "
                            + "or an adjustment of the target applied for as the rules require) in the indicator's {@偏差或不能完成目标原因分析|explanation}, and give as the value to date the progress made by the end of the month the monitoring runs to."),
            @RuleInfo.Message(key = "bare-month", details = {3}, zh = "指标“{0}”的指标值“{1}”只写了数字，没有写“月”：该行名称是时间，按预算年度的“{2}”读（期限 {3}）。请写作“{2}”，或写明具体日期。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a bare number with no 月 (month): the row's name is a time, so it is read as \"{2}\" (by the end of month {1}) of the budget year (deadline {3}). Write \"{2}\", or the day."),
            @RuleInfo.Message(key = "deadline-and-another-target", zh = "指标“{0}”的指标值“{1}”在一格里写了期限（{2}，按 {3} 核对）和另一个目标“{4}”：监控只能按期限核对这一行，另一个目标的进度无从单独填写和核对。请把“{4}”另列一行指标，写明其指标值和截至目前的完成值。",
                    en = "Indicator \"{0}\" has the target \"{1}\", a deadline ({2}, checked as {3}) and another target, \"{4}\", in one cell: the monitoring can check this row by its deadline only, and the other target's progress cannot be given or checked on its own. "
                            + "Put \"{4}\" in a row of its own, with its target and its value to date."),
            @RuleInfo.Message(key = "contradiction", zh = "指标“{0}”的全年预计完成值 {1} 达不到指标值 {2}，完成目标可能性却填“确定能”。请核对预计完成值或完成目标可能性。",
                    en = "Indicator \"{0}\" forecasts {1} for the year, short of its target {2}, yet gives its likelihood as \"确定能\" (certain). "
                            + "Check the forecast or the likelihood.")
        })
public final class MonitoringDeviationUnexplained implements Rule {

    /** The likelihood that leaves no doubt. */
    static final String CERTAIN = "确定能";

    @Override
    public void check(Submission s, RuleContext ctx) {
        boolean tableExplains = !Checks.placeholder(s.text("department", "/problems"));
        // the month the table's figures run to; none where not given or no month (funds-to-date-implausible asks for it)
        // (funds.toDateMonth, else the month the table's title names: 1-6月, 上半年, 截至6月30日)
        io.github.jixiao.model.MonitoringMonth read = io.github.jixiao.model.MonitoringMonth.of(s);
        Integer month = read == null ? null : read.month();
        String[] from = from(read);
        // the funds' reason read as the year-end rules read it (Checks.executionReasonAnywhere, session 53): the cell beside
        // the execution, else the clauses of problems that give a reason for the money; a problems cell that only plans
        // ("下半年加快进度") or speaks of the indicators alone is no reason for money left unspent (until then any problems
        // text was)
        if (Checks.executionReasonAnywhere(s) == null) {
            if (month == null || !executionBehind(s, month, from, ctx)) {
                forecastShort(s, ctx);
            }
        }
        for (Indicator i : s.applicableIndicators()) {
            String likelihood = i.columns().likelihood();
            String forecast = i.columns().forecast();
            String at = "indicators#" + i.pointer();
            if (ceilingPassed(i)) {
                // a cost ceiling the spending to date already passes: missed whatever the forecast says, so said here once
                if (CERTAIN.equals(likelihood)) {
                    ctx.report("ceiling-passed-certain", s.src(at + "/likelihood"), Checks.name(i), Checks.target(i), Checks.quote(i.actual()));
                } else if (!tableExplains && Checks.placeholder(i.explanation())) {
                    ctx.report("ceiling-passed", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(i.actual()));
                }
                continue;
            }
            boolean explained = tableExplains || !Checks.placeholder(i.explanation());
            anotherTarget(s, i, ctx);
            if (deadlineMissed(s, i, month, read, explained, ctx)) {
                continue; // a bare month's reading said in it (reading), not in a note of its own beside it (session 50)
            }
            bareMonth(s, i, ctx);
            if (likelihood == null && forecast == null) {
                continue;
            }
            boolean falls = falls(s, i, forecast);
            if (falls && CERTAIN.equals(likelihood)) {
                ctx.report("contradiction", s.src(at + "/likelihood"), Checks.name(i), Checks.quote(forecast), Checks.target(i));
                continue;
            }
            if (tableExplains || !Checks.placeholder(i.explanation())) {
                continue;
            }
            if (likelihood != null && !CERTAIN.equals(likelihood)) {
                ctx.report("", s.src(at + "/likelihood"), Checks.name(i), likelihood);
            } else if (falls) {
                ctx.report("forecast", s.src(at + "/forecast"), Checks.name(i), Checks.quote(forecast), Checks.target(i));
            }
        }
    }

    /**
     * The deadline findings of one row (deadline-passed, -blank, -late, -day-ahead, deadline-forecast-late), reported where
     * they apply; whether one was. A bare month's reading (完成时间 "6": 6月底前) is said in the finding's reading, not in a
     * bare-month note of its own beside it: one finding for the row, whose fix asks for 6月底前 too (session 50, M8's
     * left-alone 4).
     */
    private static boolean deadlineMissed(Submission s, Indicator i, Integer month, io.github.jixiao.model.MonitoringMonth read,
                                          boolean explained, RuleContext ctx) {
        Done done = doneOn(s, i, month);
        if (done != null) {
            String[] reading = reading(s.year(), i);
            if (done.afterMonth() || done.planned()) {
                // a day after the month the table runs to is no day done by then (table to June, 7月15日): a day
                // planned, or a month given wrong; where the deadline has passed by the month's end, not done by it
                if (done.afterMonth() && done.duePassed() && !explained) {
                    String[] said = withFrom(reading, month, read);
                    ctx.report("deadline-passed-day-ahead", i.actualSrc(), Checks.name(i), Checks.target(i), done.due(),
                            Integer.toString(month), Checks.quote(i.actual().strip()), done.on(), said[0], said[1]);
                    return true;
                }
                // a day planned after the deadline (table to June, 7月底前完成 | 8月10日, or 预计8月10日完成): the target
                // forecast to be missed, a deviation the monitoring asks the cause and the remedy of
                if (done.late() && !explained) {
                    ctx.report("deadline-forecast-late", i.actualSrc(), Checks.name(i), Checks.target(i), done.due(),
                            Checks.quote(i.actual().strip()), done.on(), reading[0], reading[1]);
                    return true;
                }
            } else if (done.late() && !explained) {
                // done, but after the day the 时效 target set (6月底前完成 | 7月15日 on a table to July or later): missed,
                // whatever the likelihood says, and a deviation the monitoring table asks the cause of (session 43, E7)
                ctx.report("deadline-passed-late", i.actualSrc(), Checks.name(i), Checks.target(i), done.due(),
                        Checks.quote(i.actual().strip()), done.on(), reading[0], reading[1]);
                return true;
            }
        }
        Late late = month == null ? null : deadlinePassed(s, i, month);
        if (late != null && !explained) {
            // a 时效 target whose day is past at the month the table runs to, not done: missed whatever the likelihood says
            String[] reading = withFrom(reading(s.year(), i), month, read);
            if (late.actual() == null) {
                ctx.report("deadline-passed-blank", i.actualSrc(), Checks.name(i), Checks.target(i), late.due(), Integer.toString(month),
                        reading[0], reading[1]);
            } else {
                ctx.report("deadline-passed", i.actualSrc(), Checks.name(i), Checks.target(i), late.due(), Integer.toString(month),
                        Checks.quote(late.actual()), reading[0], reading[1], late.word()[0], late.word()[1]);
            }
            return true;
        }
        return false;
    }

    /**
     * Where the month the table runs to was read, said beside it in execution-behind (session 46, M4's left-alone 2; the
     * deadline findings say it with their reading, {@link #withFrom}): nothing where budget.json gives it (funds.toDateMonth,
     * the form's own figure), the title where it was read from there, in Chinese and in English.
     */
    static String[] from(io.github.jixiao.model.MonitoringMonth read) {
        if (read == null || !read.fromTitle()) {
            return new String[] {"", ""};
        }
        return new String[] {
            "（截至月份按表名“" + read.title().strip() + "”读：budget.json 没有填写 funds.toDateMonth）",
            " (read from the table's title \"" + read.title().strip() + "\", as budget.json gives no funds.toDateMonth)"};
    }

    /**
     * The reading of a deadline said beside it ({@link #reading}) with, where the month the table runs to was read from its
     * title, that said too, in the same parenthesis (截至月份 6 月按表名“…”读): the findings whose message names that month
     * (deadline-passed, -blank, -day-ahead). One detail, so that a message keeps to its ten placeholders.
     */
    static String[] withFrom(String[] reading, int month, io.github.jixiao.model.MonitoringMonth read) {
        if (read == null || !read.fromTitle()) {
            return reading;
        }
        return new String[] {
            reading[0] + "；截至月份 " + month + " 月按表名“" + read.title().strip() + "”读（budget.json 没有填写 funds.toDateMonth）",
            reading[1] + "; month " + month + " read from the table's title \"" + read.title().strip() + "\" (budget.json gives no funds.toDateMonth)"};
    }

    /**
     * A deadline and a second target in one cell, either way round (6月底前完成，验收合格率100%; 验收合格率100%，6月底前完成):
     * the deadline is checked ({@link #deadline} reads its clause, {@link TargetParser#clauses}), and a note asks for the
     * other target in a row of its own, as a reviewer asks (session 46, T1's left-alone 3): one row, one target, each
     * with its value to date. Until session 48 a deadline written last was neither checked nor noted, while the scorer
     * read it (M6's left-alone 2).
     */
    private static void anotherTarget(Submission s, Indicator i, RuleContext ctx) {
        if (i.targetValue().isDate()) {
            return;
        }
        TargetParser.Clauses two = i.clauses();
        TargetValue d = two == null ? null : TargetParser.deadline(s.year(), i.effectiveTarget());
        if (d == null) {
            return;
        }
        ctx.report(Severity.INFO, "deadline-and-another-target", i.targetSrc(), null, Checks.name(i), i.effectiveTarget().strip(),
                two.deadline(), iso(d), two.other());
    }

    /** The day a deadline's number names, ISO (2019-06-30). */
    private static String iso(TargetValue d) {
        java.time.LocalDate due = dueDay(d);
        return due == null ? d.low().toPlainString() : due.toString();
    }

    /**
     * The funds block's execution to date less than half the time elapsed (execution-behind): the total row's, or with
     * none the block's only row; its base the full-year budget, else the initial one (as the monitoring page's 执行进度).
     */
    private static boolean executionBehind(Submission s, int month, String[] from, RuleContext ctx) {
        Funds.Row row = whole(s.funds(), Funds.Column.EXECUTED_TO_DATE);
        Money budget = row == null ? null : budget(row);
        if (budget == null || row.executedToDate().value().compareTo(budget.value()) > 0) {
            return false; // above the budget: funds-to-date-implausible's over-budget
        }
        Money toDate = row.executedToDate();
        BigDecimal progress = toDate.value().multiply(Checks.HUNDRED).divide(budget.value(), MathContext.DECIMAL64);
        BigDecimal elapsed = BigDecimal.valueOf(month).multiply(Checks.HUNDRED).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
        if (progress.multiply(BigDecimal.valueOf(2)).compareTo(elapsed) >= 0) {
            return false;
        }
        ctx.report("execution-behind", toDate.src(), label(row), Integer.toString(month), Checks.money(toDate), Checks.money(budget),
                Checks.pct(progress), Checks.pct(elapsed), from[0], from[1]);
        return true;
    }

    /** The same row's forecast for the year below 90% of its budget (execution-forecast-short). */
    private static void forecastShort(Submission s, RuleContext ctx) {
        Funds.Row row = s.funds() == null ? null : whole(s.funds(), Funds.Column.FORECAST);
        Money budget = row == null ? null : budget(row);
        if (budget == null) {
            return;
        }
        Money forecast = row.forecast();
        if (row.executedToDate() != null && forecast.value().compareTo(row.executedToDate().value()) < 0) {
            return; // below what is spent already: funds-to-date-implausible's forecast-below
        }
        BigDecimal rate = forecast.value().multiply(Checks.HUNDRED).divide(budget.value(), MathContext.DECIMAL64);
        if (rate.compareTo(BigDecimal.valueOf(90)) < 0) {
            ctx.report("execution-forecast-short", forecast.src(), label(row), Checks.money(forecast), Checks.money(budget), Checks.pct(rate));
        }
    }

    /**
     * The row that stands for the funds block in {@code column}: the total row where it has that column, else the
     * block's only row with it (none where several rows have it and the total row has other figures, or none).
     */
    private static Funds.Row whole(Funds funds, Funds.Column column) {
        if (funds.total() != null && funds.total().get(column) != null) {
            return funds.total();
        }
        List<Funds.Row> rows = funds.rows().stream().filter(r -> r.get(column) != null).toList();
        if (rows.size() != 1 || funds.total() != null && !funds.total().blank()) {
            return null; // several rows and no total, or a total without this column: no whole to hold
        }
        return rows.get(0);
    }

    /** The row's budget for the year (the full-year one, else the initial), or null where none above 0 is given. */
    private static Money budget(Funds.Row row) {
        Money budget = row.fullYear() != null ? row.fullYear() : row.initial();
        return budget == null || budget.value().signum() <= 0 ? null : budget;
    }

    private static String label(Funds.Row row) {
        return Checks.blank(row.label()) ? row.pointer() : row.label().strip();
    }

    /**
     * A ceiling on an amount of money (≤ 120 万元, not per unit) that the value to date ({@code actual} at 运行监控) already
     * misses: spending does not go down, so the year misses it too. A rate, a duration or an amount per unit may come back
     * under its ceiling by the year end, and is not read so.
     */
    private static boolean ceilingPassed(Indicator i) {
        TargetValue t = i.targetValue();
        if (t == null || !t.isAmount() || t.isRange() || (t.comparator() != Comparator.LE && t.comparator() != Comparator.LT)) {
            return false;
        }
        TargetValue a = i.actualValue();
        return a != null && a.isAmount() && TargetParser.compare(t, a) == Outcome.MISSED;
    }

    /**
     * The day a 时效 target sets ({@link TargetParser#deadline}): the row's target where read as a date (with the 指标性质
     * column's comparator), else its text with a day or month without its year read in the table's year; null where none.
     */
    private static TargetValue deadline(Submission s, Indicator i) {
        TargetValue t = i.targetValue();
        if (t.isDate()) {
            Comparator c = t.comparator();
            return !t.isRange() && (c == Comparator.LE || c == Comparator.LT || c == Comparator.EQ) ? t : null;
        }
        String month = i.bareMonthRead(s.year()); // 完成时间 "6" beside 正在推进: 6月底前 (session 49)
        return TargetParser.deadline(s.year(), month != null ? month : i.effectiveTarget());
    }

    /**
     * A bare 1 to 12 on a row of a time read as the month of the budget year (完成时间 "6": 6月底前, {@link Indicator#bareMonthRead}),
     * said, with the text to write (session 49, M7's left-alone 5: it was read as 6 of no unit, and 正在推进 beside it was
     * quantitative-target-monitoring).
     */
    private static void bareMonth(Submission s, Indicator i, RuleContext ctx) {
        String month = i.bareMonthRead(s.year());
        TargetValue d = month == null ? null : TargetParser.deadline(s.year(), month);
        if (d != null) {
            ctx.report(Severity.INFO, "bare-month", i.targetSrc(), null, Checks.name(i), i.effectiveTarget().strip(), month, iso(d));
        }
    }

    /**
     * Whether the row's deadline has passed by the end of {@code month} (the month the table's figures run to) with the work
     * not done, with the deadline as an ISO day: without an actual where the value to date is blank and the row reports its
     * monitoring otherwise (a forecast or a likelihood; with none of the three indicator-incomplete's no-monitoring asks for
     * it), with the value to date where it says the work is not done ({@link #notDone}); null otherwise: not yet due, done (已完成, a day done on: a day after the deadline is left
     * to its own reading), or words that say neither.
     */
    private static Late deadlinePassed(Submission s, Indicator i, int month) {
        TargetValue d = deadline(s, i);
        if (d == null) {
            return null;
        }
        java.time.LocalDate due = dueDay(d);
        if (due == null) {
            return null;
        }
        java.time.LocalDate end = monthEnd(s, d, month);
        if (end == null || due.isAfter(end)) {
            return null; // not yet due at the month the table runs to
        }
        String a = i.actual();
        if (startsWork(i.name()) || startsWork(i.effectiveTarget())) {
            // a day to start by (6月底前启动, 开工时间 2019年3月): 施工中 or 正在推进 says it has started; only words saying it
            // has not (尚未启动, 未开工) miss it (session 46; before, such a row was never read)
            String[] not = Checks.blank(a) ? null : WorkLeft.notStarted(a);
            return not == null ? null : new Late(due.toString(), a.strip(), new String[] {
                "（“" + not[0] + "”：指标值要求期限内启动）", " (" + not[0] + ", " + not[1] + ": the target sets the start by its deadline)"});
        }
        if (Checks.blank(a)) {
            return Checks.blank(i.columns().forecast()) && Checks.blank(i.columns().likelihood()) ? null : new Late(due.toString(), null, PLAIN);
        }
        String[] word = notDone(i);
        return word != null ? new Late(due.toString(), a.strip(), word) : null;
    }

    /**
     * The row's value to date read as the day its 时效 target's work was done (6月底前完成 | 7月15日, 2019年6月30日前 |
     * 2019年7月15日): a day or month written without its year is read in the table's year, and a month without its day at
     * its first day (read in the target's favour, {@link TargetParser#actualDay}); null where there is no deadline, the
     * target is a day to start by, or the value is no single day. With it, whether it is after the deadline, and whether
     * it is after the end of {@code month}, the month the table runs to (null: not given): such a day is not yet come
     * when the figures were taken, so no day done (a day planned, or the month given wrong), and with it whether the
     * deadline has passed by that month's end.
     */
    private static Done doneOn(Submission s, Indicator i, Integer month) {
        TargetValue d = deadline(s, i);
        String a = i.actual();
        if (d == null || Checks.blank(a) || startsWork(i.name()) || startsWork(i.effectiveTarget())) {
            return null;
        }
        a = a.strip();
        String planned = null;
        for (String w : PLANNED) {
            if (a.startsWith(w)) {
                planned = a.substring(w.length()).strip();
                break;
            }
        }
        if (planned == null) {
            planned = plannedInSentence(i.effectiveTarget(), a);
        }
        String day = planned != null ? planned : a;
        if (planned == null && i.bareMonthActualRead(s.year())) {
            // 完成时间 "6 | 7": the value to date a bare 1 to 12 beside a bare month, the month done in (7月), as the binding
            // reads it at 自评 (session 51, M9's left-alone 3: the typed "7" was no day, and a month late was not said)
            day = Integer.parseInt(day) + "月";
        }
        if (TargetParser.parseShared(day).explicitComparator()) {
            return null; // 7月底前完成 as the value to date: a day the work is to be done by, no day done
        }
        // the day done read by the one reader of completion days (TargetParser.doneSpan, session 51; the 自评 period's
        // too): a date with its year, or with words beside it (已于2019年7月15日完成), a day or month without its year in the
        // table's, "2019.7"; then in the unit's favour against the deadline, as actualDay reads it
        long[] span = TargetParser.doneSpan(s.year(), day);
        if (span == null) {
            return null;
        }
        java.time.LocalDate due = dueDay(d);
        java.time.LocalDate on = day(TargetParser.doneDay(span, d));
        if (due == null || on == null) {
            return null;
        }
        java.time.LocalDate end = month == null ? null : monthEnd(s, d, month);
        return new Done(due.toString(), on.toString(), on.isAfter(due), end != null && on.isAfter(end), end != null && !due.isAfter(end),
                planned != null);
    }

    /**
     * {@link TargetParser#inYear} of the row's target and {@code day}; where the deadline {@code d} was read past words
     * before it (力争6月底前完成) or from a month's ten days (6月中旬完成), which inYear does not read, beside the deadline as a
     * day with its year (2019年6月20日前), so that a day written without its year is read in the table's year as well.
     */
    private static TargetValue[] inYear(Submission s, Indicator i, TargetValue d, String day) {
        TargetValue[] both = TargetParser.inYear(s.year(), i.effectiveTarget(), day);
        if (both == null && d != null && !i.targetValue().isDate() && (TargetParser.withoutLead(i.effectiveTarget()) != null
                || TargetParser.tenDays(s.year(), i.effectiveTarget()) != null)) {
            long v = d.low().longValue();
            both = TargetParser.inYear(s.year(), (v / 10_000) + "年" + (v / 100 % 100) + "月" + (v % 100) + "日前", day);
        }
        return both;
    }

    /** A share of the work below the whole, said as progress (当前进度80%, 已完成60%, 完成约一半 is not read). */
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)[%％]");

    /**
     * A day planned, said in a clause after the progress made (当前进度80%，预计8月10日完成; 正在施工，计划于8月10日完工): the
     * planned day (8月10日完成), or null. Read so only where the clauses before it say the work is not done (a share below
     * 100 %, an under-way word, a not-done word: {@link WorkLeft}), so that 已于6月20日完成，计划8月验收 (done, an act after it
     * planned) is no forecast of the work. The last such clause; linear in the actual's length.
     */
    static String plannedInSentence(String target, String a) {
        String planned = null;
        int at = -1;
        for (int k = 0; k < a.length(); k++) {
            if ("，,；;。".indexOf(a.charAt(k)) < 0) {
                continue;
            }
            for (String w : PLANNED) {
                if (a.startsWith(w, k + 1)) {
                    int end = k + 1 + w.length();
                    int stop = end;
                    while (stop < a.length() && "，,；;。".indexOf(a.charAt(stop)) < 0) {
                        stop++;
                    }
                    planned = a.substring(end, stop).strip();
                    at = k;
                    break;
                }
            }
        }
        if (planned == null || planned.isEmpty()) {
            return null;
        }
        String before = a.substring(0, at);
        java.util.regex.Matcher m = SHARE.matcher(before);
        while (m.find()) {
            if (new BigDecimal(m.group(1)).compareTo(Checks.HUNDRED) < 0) {
                return planned;
            }
        }
        boolean left = WorkLeft.underWayWord(before, NOT_DONE_BY_THE_DEADLINE) != null || WorkLeft.notDone(target, before) != null
                || WorkLeft.partDone(target, before) != null;
        return left ? planned : null;
    }

    /** Words before a day in the value to date saying it is the day planned, not the day done (预计8月10日完成). */
    private static final String[] PLANNED = Plans.LEADS.toArray(String[]::new);

    /**
     * A day done read from the value to date ({@link #doneOn}): the deadline and the day (ISO), whether the day is after the
     * deadline, whether it is after the month the table runs to, whether the deadline has passed by that month's end, and
     * whether the value says itself that the day is planned (预计8月10日完成).
     */
    private record Done(String due, String on, boolean late, boolean afterMonth, boolean duePassed, boolean planned) {
    }

    /** The last day of {@code month} in the table's year (the deadline's where the table gives none); null where none. */
    private static java.time.LocalDate monthEnd(Submission s, TargetValue d, int month) {
        int year = s.year() != null ? s.year() : (int) (d.low().longValue() / 10_000);
        try {
            return java.time.YearMonth.of(year, month).atEndOfMonth();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * How a deadline written as a month and 前 is read, said beside it ({@link TargetParser#monthBefore}: 6月前 by 30 June,
     * in the unit's favour), or a year and 前 ({@link TargetParser#yearBefore}: 2023年前 by 31 December 2023), in Chinese
     * and in English; empty texts for any other target. Details of the message: the
     * finding is the same with or without them.
     */
    static String[] reading(Integer year, Indicator i) {
        String bare = i.bareMonthRead(year);
        if (bare != null) {
            // 完成时间 "6" (a month with no 月): read as 6月底前, said here with the text to write, the one finding of the row
            // (session 50: a bare-month note beside it before, two findings for one cell)
            String n = i.effectiveTarget().strip();
            if (i.bareMonthActualRead(year)) {
                // "6 | 7": the value to date a bare 1 to 12 too, read as the month done in (doneOn); both readings said, as the
                // scorer's bare-month-both says them (session 52, T4's left-alone: the 7 read as July went unsaid)
                String a = i.actual().strip();
                return new String[] {
                    "，“" + n + "”和完成值“" + a + "”都只写了数字、没有写“月”，该行名称是时间，按预算年度的月份读：“" + n + "”读作“" + bare
                            + "”，“" + a + "”读作 " + a + " 月完成；请把指标值写作“" + bare + "”，完成值写明完成的日期",
                    "; \"" + n + "\" and the value to date \"" + a + "\" are bare numbers with no 月 (month): the row's name is a time, so both are read"
                            + " as months of the budget year, \"" + n + "\" as \"" + bare + "\" (by the end of month " + n + ") and \"" + a
                            + "\" as done in month " + a + "; write the target \"" + bare + "\" and the day it was done as the value to date"
                };
            }
            return new String[] {
                "，“" + n + "”只写了数字、没有写“月”，该行名称是时间，按预算年度的“" + bare + "”读；请写作“" + bare + "”，或写明具体日期",
                "; \"" + n + "\" is a bare number with no 月 (month): the row's name is a time, so it is read as \"" + bare
                        + "\" (by the end of month " + n + ") of the budget year; write \"" + bare + "\", or the day"
            };
        }
        String target = TargetParser.deadlineWords(i.effectiveTarget()); // past 力争, the deadline's clause of a cell of two
        TargetParser.TenDays ten = TargetParser.tenDays(year, target);
        if (ten != null) {
            // 6月中旬完成: by the 20th (上旬 the 10th, 中旬 the 20th, 下旬 the month's end), in the unit's favour, said (session 46)
            String written = ten.month() + "月" + ten.part();
            String en = ten.partEn();
            return new String[] {
                "，“" + written + "”按 " + ten.month() + " 月 " + ten.lastDay() + " 日读（上旬到 10 日，中旬到 20 日，下旬到月末）",
                "; \"" + written + "\" (" + en + " of month " + ten.month() + ") is read as by day " + ten.lastDay()
                        + " (上旬 (the first ten days) by the 10th, 中旬 (the middle ten days) by the 20th, 下旬 (the last ten days) by the month's end)"
            };
        }
        Integer y = TargetParser.yearBefore(target);
        if (y != null) {
            // 2023年前: by 31 December 2023, as 2023年底前 (TargetParser.yearBefore), not by the end of 2022
            return new String[] {
                "，“" + y + "年前”按 " + y + " 年底读；指 " + y + " 年 1 月 1 日之前的，请写作“" + (y - 1) + "年底前”",
                "; \"" + y + "年前\" (before " + y + ") is read as by the end of " + y + "; if it means by the end of " + (y - 1)
                        + ", write \"" + (y - 1) + "年底前\""
            };
        }
        Integer m = TargetParser.monthBefore(target);
        if (m == null) {
            return new String[] {"", ""};
        }
        String before = m == 1 ? "上年12月31日前" : (m - 1) + "月底前";
        String beforeEn = m == 1 ? "31 December of the year before" : "the end of month " + (m - 1);
        return new String[] {
            "，“" + m + "月前”按 " + m + " 月底读；指 " + m + " 月 1 日之前的，请写作“" + before + "”",
            "; \"" + m + "月前\" (before month " + m + ") is read as by the end of month " + m + "; if it means by " + beforeEn
                    + ", write \"" + before + "\""
        };
    }

    /** The last day the deadline {@code d} allows (< 2019-07-01: by 30 June); null where its number names no day. */
    private static java.time.LocalDate dueDay(TargetValue d) {
        java.time.LocalDate due = day(d.low().longValue());
        return due != null && d.comparator() == Comparator.LT ? due.minusDays(1) : due;
    }

    /** The day {@code yyyymmdd} (a date value's number); null where it names none. */
    private static java.time.LocalDate day(long yyyymmdd) {
        try {
            return java.time.LocalDate.of((int) (yyyymmdd / 10_000), (int) (yyyymmdd / 100 % 100), (int) (yyyymmdd % 100));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * A deadline passed: the day (ISO, read alike in both languages), the value to date (null where blank), and how its
     * words were read as not done, in Chinese and in English (empty texts where they say so plainly: 正在推进, 尚未完成).
     */
    private record Late(String due, String actual, String[] word) {
    }

    /** No reading to state: the value to date says plainly that the work is not done. */
    private static final String[] PLAIN = {"", ""};

    /** Words naming the start of the work (开工时间 2019年3月): by that day it is to begin, and 施工中 says it has. */
    private static final String[] START = {"开工", "动工", "启动", "开始", "进场"};

    private static boolean startsWork(String text) {
        if (text == null) {
            return false;
        }
        for (String w : START) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an actual under a passed deadline says is not done ({@link WorkLeft#WORDS}): the work under way or still to do.
     * 基本完成 ({@link WorkLeft.Left#GRADE}) and the closing-out words ({@link WorkLeft.Left#AFTER}) are read on their own
     * ({@link #notDone}).
     */
    private static final java.util.Set<WorkLeft.Left> NOT_DONE_BY_THE_DEADLINE = java.util.EnumSet.of(WorkLeft.Left.WORK, WorkLeft.Left.TO_DO);

    /**
     * The closing-out acts an {@link WorkLeft.Left#AFTER} word says are still to come (待验收 → 验收), each with the words of a
     * row (its target or name) that sets that act itself (6月底前验收; 资金拨付 by 7月底前到位) and its English name. 随项目进度 is in none: it says
     * neither done nor not done.
     */
    private static final String[][] ACTS = {
        {"待验收", "验收", "the acceptance"}, {"待申请", "申请", "the application"}, {"待拨付", "拨付|支付|付款", "the payment"},
        {"待支付", "拨付|支付|付款", "the payment"}, {"待结算", "结算|决算", "the settlement"}};

    /** {@link #ACTS}' second column, compiled once. */
    private static final java.util.regex.Pattern[] ACT_WORDS = java.util.Arrays.stream(ACTS)
            .map(act -> java.util.regex.Pattern.compile(act[1])).toArray(java.util.regex.Pattern[]::new);

    /**
     * Whether the value to date says the work is not done, and how its words were read (in Chinese and in English, for the
     * message; {@link #PLAIN} where they say it plainly), or null: a share below the whole (已完成60%, 60%), an under-way
     * word (正在推进, 实施中), or a part or the whole not done ({@link WorkLeft#partDone}, {@link WorkLeft#notDone}: 尚未完成).
     * As a finance reviewer reads a deadline passed: 基本完成 is not done by it (the deadline asks for the whole; what is
     * left, why and when go in the explanation); a closing-out word (待验收, 待拨付, 待结算 …) is not done only where the
     * row sets that act itself, in its target or its name (6月底前验收 | 已完工，待验收; 资金拨付 | 7月底前到位 | 资金待拨付):
     * beside a deadline for the work, acceptance or payment still to come follows work done, no deviation. Not a day (done on it), nor what plainly meets the target (已完成,
     * 按时完成, the target's words), nor any other words.
     */
    private static String[] notDone(Indicator i) {
        TargetValue a = i.actualValue();
        if (a.isDate() || Checks.met(i) || i.otherClauseRead()) {
            // the value a figure of the other target in the cell (验收合格率100%，6月底前完成 | 98%): the rate, not the
            // work's progress; it says nothing of the deadline, which the note deadline-and-another-target asks a row for
            return null;
        }
        String text = i.actual().strip();
        TargetParser.ShareDone share = TargetParser.shareDone(text);
        if (share != null) {
            return share.whole() ? null : PLAIN;
        }
        if (a.isQuantitative() && a.isPercent() && !a.explicitComparator() && !a.isRange()) {
            TargetParser.Clauses two = i.clauses();
            if (two != null && two.other().contains("%")) {
                // 6月底前完成，验收合格率100% | 98%: the rate written beside the deadline as much as the work's progress; not
                // read as work left (session 48: a deadline written last is read now, and the cell's rate with it)
                return null;
            }
            return a.low().compareTo(Checks.HUNDRED) < 0 ? PLAIN : null;
        }
        String t = i.effectiveTarget();
        String set = TargetParser.deadlineWords(t);
        if (set.contains("推进") || set.contains("进度")) {
            // the target asks for progress itself (按进度推进): being under way is on plan. Not words of progress after the
            // deadline (6月底前完成，按进度推进: the deadline is what the cell sets; session 49, M7's left-alone 2)
            return null;
        }
        if (WorkLeft.underWayWord(text, NOT_DONE_BY_THE_DEADLINE) != null
                || WorkLeft.partDone(t, text) != null || WorkLeft.notDone(t, text) != null) {
            return PLAIN;
        }
        WorkLeft.Word grade = WorkLeft.underWayWord(text, java.util.EnumSet.of(WorkLeft.Left.GRADE));
        if (grade != null) {
            return new String[] {
                "（“" + grade.word() + "”按到期尚未全部完成读：期限要求的是全部完成）",
                " (" + grade.word() + ", " + grade.gloss() + ", read as not wholly done by the deadline, which asks for the whole)"};
        }
        for (int k = 0; k < ACTS.length; k++) {
            String[] act = ACTS[k];
            if (WorkLeft.underWay(text, act[0]) && ACT_WORDS[k].matcher(t + " " + (i.name() == null ? "" : i.name())).find()) {
                String name = act[0].substring(1);
                return new String[] {
                    "（“" + act[0] + "”：指标值要求期限内完成的" + name + "尚未完成）",
                    " (" + act[0] + ", " + gloss(act[0]) + ": " + act[2] + " the target sets by its deadline is not done)"};
            }
        }
        // 尚未拨付, 资金未到位, 尚未验收 where the row sets that act itself (7月底前拨付到位 | 尚未拨付), read as 待拨付 is (session 46)
        String[] act = WorkLeft.actLeft(t + " " + (i.name() == null ? "" : i.name()), text);
        if (act != null) {
            return new String[] {
                "（“" + act[0] + "”：指标值要求期限内完成的" + act[1] + "尚未完成）",
                " (" + act[0] + ", " + act[2] + ": the " + act[3] + " the target sets by its deadline is not done)"};
        }
        return null;
    }

    /** The English gloss {@link WorkLeft#WORDS} gives {@code word}. */
    private static String gloss(String word) {
        return WorkLeft.WORDS.stream().filter(w -> w.word().equals(word)).map(WorkLeft.Word::gloss).findFirst().orElse(word);
    }

    /**
     * The forecast, read as an actual is (in the row's unit, or the target's), misses the target in force; a day written
     * without its year (7月底前完成 | 预计8月10日完成) read in the table's year beside the target's day, as the value to date is.
     */
    private static boolean falls(Submission s, Indicator i, String forecast) {
        if (Checks.blank(forecast) || Checks.blank(i.effectiveTarget())) {
            return false;
        }
        if (TargetParser.compare(i.forecastTarget(), i.readAsActual(forecast)) == Outcome.MISSED) {
            return true;
        }
        String f = forecast.strip();
        for (String w : PLANNED) {
            if (f.startsWith(w)) {
                f = f.substring(w.length()).strip();
                break;
            }
        }
        TargetValue[] both = inYear(s, i, deadline(s, i), f);
        return both != null && TargetParser.compare(both[0], both[1]) == Outcome.MISSED;
    }
}
