package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetValue;

@RuleInfo(
        id = "indicator-actual-incommensurable",
        severity = Severity.ERROR,
        category = Category.CONSISTENCY,
        stages = {Stage.MONITORING, Stage.SELF_EVALUATION},
        titleZh = "实际完成值与指标值口径不一致",
        titleEn = "Actual not in the target's terms",
        rationaleZh = "实际完成值必须与指标值同一口径，才能比较是否完成：定性指标值配百分比实际值（“明显”→“100%”）、"
                + "数量指标值配文字实际值（“≤ 30 万元”→“完成”），或单位不同（“≥ 60 个”→“60 家”），都无法比较。"
                + "指标值是按单位计的数额（“≤ 1000元/人”）、实际完成值只写金额（“30元”）的，看不出是人均还是总额，不作推测，请按指标值的口径写作“30元/人”（unit-rate，指纹与 unit 相同）；反过来，指标值只写金额（“≤ 1000元”）、实际完成值按单位计（“30元/人”）的，请把指标值写作“≤ 1000元/人”，或按总额填写实际完成值（unit-rate-target，指纹与 unit 相同）。实际完成值只写数字、按指标值的单位理解的（unit-assumed），单位只有这一种读法的（霍山 2024：“≥50000人次”→“110406”，个、人次、亩、天之类，或百分比而数字大于 1）作提示；可能另有读法的（金额：元还是万元；按单位计的数额；百分比写作 1 以下的小数）作警告。按每年计的数额与不写“年”的同一数额（“元/人·年”与“元/人”）在年度绩效表中是同一口径，照常比较，只作提示请统一写法（per-year）；按月计的（“元/人·月”）与按人计的不是同一口径。"
                + "指标值是区间、实际完成值是文字的（“18—54周岁”→“存在18岁以下、54周岁以上”，吕梁 2021），区间多是每个对象须符合的条件：请写明符合条件的人数或比例，或实际达到的数值（quantitative-target-range）；自评时实际完成值写明有对象在区间之外的（“存在…以下”“有…超龄”“不符合”），这是写明的未完成，由 indicator-target-missed 的 stated-range 说明，这里不报（自 session 57 起）。"
                + "指标值在比较符旁写了文字的（“合格率≥95%”），实际完成值是同一单位的数字时按该数值比较（score-assumption 说明）；单位不同时本规则请把指标值写作“≥ 95%”。运行监控阶段，数量指标截至目前的完成值写成文字（“已开始”“按进度推进”）的，作警告，请以数值写出进度；写有指标值单位的数值的（“截至6月已配备6辆”），进度已在，不报告。数量指标的实际完成值只写“不涉及”“不适用”或“N/A”的，由 placeholder-left not-applicable-actual 报告（请标为不适用或填写完成情况），这里不再报告。时效指标的指标值是没有期限的文字（“按时完成”）、实际完成值是日期（“12月”）的，不报告：缺的是指标值的期限，由 indicator-time-cost-unspecified 在同一行报告。"
                + "自评时指标值是完成期限（“12月底前”“力争6月中旬完成”，或时效、时间类指标只写“12月”），实际完成值只写“已完成”“按时完成”（或连同所完成的事，“已完成验收”“已按计划完成”“项目已完成”）的，作警告，请写明实际完成日期（deadline-done-undated；名称是时间的指标只写 1 到 12 的数的，如完成时间“12”，按预算年度的该月底前读，读法在同一条中说明，不另报 bare-month：deadline-done-undated-bare-month）：年底已完成不是无结果，计分时按所写读作达成，消息中写明（宁夏 福彩 2023 的“完成时间 12月 → 已完成”）；运行监控时期限未到而已完成的不是偏差，不要求写日期。"
                + "指标值带“≤”“<”“>”（含“小于”“不超过”“多于”）的，示例按比较符给出达到指标值的数值：“小于5次”示例“4 次”，实际完成值写“无……”的示例“0 次”（保山 2022 的“小于5次 → 无上访”）；“无上访”不直接读作 0，因为所无之事未必是本行所计之事（本行计的是群体性事件）：自 session 57 起消息说明实际完成值说的是上访、不是指标所计的群体性事件（quantitative-target-bound-other，名称中写有“无……”时）；所无之事正是名称中所计之事的（“无群体性事件发生”对名称“……年内无群体性事件发生”、指标值“小于5次”），读作 0 次，与指标值比较，不再报告。示例不计入指纹（quantitative-target-bound，指纹与 quantitative-target 相同）。"
                + "实际完成值说按指标值的标准执行、别无他语的（“实际按该标准发放”“已按标准执行”，镜湖区残联 2023 的“年均补助标准 260元/辆”），读作达到指标值的数额，如同“在规定时间内完成”读作按期完成；自 session 56 起只作提示，请写明实际发放的平均标准（standard-applied，指纹与 quantitative-target 相同；此前作错误）。"
                + "同一行的一个缺陷只说一次，给一个改法：定性指标值配数字实际值的，是时限写在名称里的时效指标（“春节前完成走访慰问 | 按时限完成 | 100%”，宝山 2022）时，示例是写成指标值的时限和实际完成日期（qualitative-target-time-in-name），indicator-time-cost-unspecified 的 time-in-name 不再在该行提示；是没有金额的成本指标（“本着节约的原则,控制在预算中。”→“100%”，元州 2022）时，请写明成本上限及单位和实际成本（qualitative-target-cost），该规则的 cost 不再提示；两者及一般情形，评分的“未写完成档次、按自评计”（score-input-missing achievement-self-score）也不再在该行提示，其“得分暂按单位自评的 N 分计，未经核对”写进这条发现（-self-score 变体；元州 2022 的成本行 5 分）。成本指标的指标值就是预算总额、实际完成值又是另一单位的（“10万元”→“已完成100%”，大英 2020 在其框架写明实施进度之前），一并说明预算重抄（unit-budget-restated），indicator-input-as-output 的 budget-restated 不再提示。这些变体的指纹与原来相同。"
                + "时效指标的指标值是一段期间的（“1-12月”，大英 2020；“2021.1.1-12.31”，吕梁 2021；跨年度的“2023.10-2024.3”“2023年10月至2024年6月”），按期间读，不是以月计的数量，也不是数值的区间：实际完成值写的完成日期在期间内即为按期完成，不报告（只写到月的，按对单位有利的一天读，如期间止于6月15日、完成写“2024年6月”的，算在期间内，与期限的读法相同）；在期间外的作警告（period-outside，日期按所写的精度说明；自评得分高于按期间计的得分的，同一条一并说明两个得分（period-outside-claimed），评分的 score-claim-mismatch 不再在该行提示）；没有写完成日期、也没有说已经完成的（“2020.3.1-6.30 | 正在推进”），请填写实际完成日期（period）；短于全年的期间配“按期完成”“按时完成”“如期完成”的，按单位所说在期间内完成计分，提示写明日期（period-on-time-undated）；配“已完成”“已完成100%”而没有说何时完成的，是可信的说法，不作错误：作警告请写明日期，计分时与完成期限配“已完成”一样暂按期间内完成计（period-done-undated，自 session 52；此前作错误、计 0 分；表中各行不计分的，不说计分：period-done-undated-unscored，自 session 53；表式这一栏是实施进度的，这一栏没有写日期的地方，改作提示，请在偏差原因分析或正文中写明：period-done-undated-progress，自 session 57；进度不足 100% 的不问日期，由 progress-short 说明）；整个预算年度（“1-12月”，大英 2020）配“已完成”“已完成100%”的，即在年度内完成，不报告，计分得该项分值（完成日期由 indicator-time-cost-unspecified 的 time-whole-year 请写明）。计分时同样读：期间内得该项分值，期间外不得分。止于预算年度之后的期间由 indicator-deadline-after-year 提示（period）。"
                + "表式在实际完成值的位置印实施进度的（评分框架写明 \"actualIs\": \"progress\"：四川项目支出绩效自评报告的绩效指标表，指标值 | 实施进度，大英 2020 各行“已完成100%”），进度的百分比（“已完成100%”“完成80%”“80%”）说的是工作做到了哪一步，不是按指标值单位实测的数值：不与指标值的单位比较（此前报“次”与“%”、“万元”与“%”无法比较），整表只作一条提示，说明这一栏按进度读、各指标实际做到多少表中无从核对（progress-column）；成本指标的指标值照抄预算总额的，由 indicator-input-as-output 的 budget-restated 照常说明；时效指标的期间照常按期间读；进度不足 100% 的由 indicator-target-missed 的 progress-short 说明（自 session 56）。这样的行印有分值的，计分时不按指标值与实际完成值计分（进度不是实际达到的值：“已完成100%”对满意度 90% 不是满意度 100%，对“10万元”也不是无法比较、计 0 分），分值之内的自评得分照录、未核对，没有的不计分，只有整个预算年度已全部完成的时效指标按年内完成计；提示改说这一点（progress-column-scored，同一条，自 session 57）。",
        rationaleEn = "An actual can only be compared with its target when both are in the same terms: a qualitative target with a percentage actual "
                + "(明显 (marked) → 100%), a numeric target with a word (≤ 300,000 yuan → 完成 (done)), or a different unit (≥ 60 items → 60 organisations) cannot be compared. "
                + "A target that is an amount per something (≤ 1000 yuan per person) beside an actual that is an amount alone (30 yuan) does not say whether that is per person or the total; it is not guessed, and the message says to write it in the target's terms, 30 yuan per person (unit-rate, the same fingerprint as unit); the other way round, a target that is an amount alone (≤ 1000 yuan) beside an actual per something (30 yuan per person) is told to write the target per person, ≤ 1000 yuan per person, or state the actual as the total (unit-rate-target, the same fingerprint as unit). An amount per year beside the same amount without the year (yuan per person per year and yuan per person) is one measure in a year's table: it is compared as usual, with a note asking for one spelling (per-year); one per month (yuan per person per month) is not one measure with one per person. A bare actual read in the target's unit (unit-assumed) is an info where that unit is its only reading (Huoshan 2024: \"≥50000人次\" (person-times) beside \"110406\"; a count or measure, or a percent above 1), a warning where it may be read otherwise (money: yuan or 10,000 yuan; an amount per unit; a percent written as a fraction of 1 or less). "
                + "Where the target is a range and the actual words (an age range of 18 to 54 周岁 (years of age) beside an actual saying some were under 18 and some over 54, Lüliang 2021), the range is mostly a condition each one must meet: state how many meet it or what share does, or the figure reached (quantitative-target-range); at the self-evaluation, an actual saying some fall outside the range (with 存在 (there are) or 有 (some) before a bound word such as 以下 (under), 超龄 (over age) or 不符合 (not meeting)) is a miss stated in words, which indicator-target-missed's stated-range says, not reported here (since session 57). "
                + "A target with words beside its comparator (合格率 (pass rate) ≥ 95%) is compared as that figure where the actual is a number in the same unit (score-assumption says so); in another unit, this rule asks for the target written as ≥ 95%. At monitoring, a value to date in words beside a quantitative target (已开始 (started), 按进度推进 (on schedule)) is a warning asking for the progress as a figure; one holding a figure in the target's unit (6 vehicles equipped by June, beside ≥ 10 vehicles) shows its progress and is not reported. An actual that only says 不涉及 (not concerned), 不适用 (not applicable) or N/A beside a quantitative target is placeholder-left not-applicable-actual's (mark the row not applicable or state the result) and not reported here. A timeliness target in words with no deadline (按时完成 (done on time)) beside a date as the actual (12月 (December)) is not reported: what is missing is the target's deadline, which indicator-time-cost-unspecified reports on the same row. "
                + "At self-evaluation, a deadline as the target (12月底前 (by the end of December); 6月中旬完成 (in the middle ten days of June), with 力争 (striving) before it or not; a bare 12月 (December) on a row of a time or date) beside an actual that only says 已完成 (done) or 按时完成 (done on time), or that with what was done (已完成验收 (acceptance done), 已按计划完成 (done as planned), 项目已完成 (the project done)), is a warning asking for the day it was done (deadline-done-undated; a bare 1 to 12 on a row named as a time, 完成时间 (completion time) \"12\", is read as the end of that month of the budget year, the reading said in the same finding, no bare-month note beside it: deadline-done-undated-bare-month): done by the year's end is a result, scored as achieved on those words, which the message says (Ningxia welfare lottery 2023: the time of completion, 12月 (December), beside 已完成 (done)); at monitoring, work done before a deadline still to come is no deviation, and no day is asked for. "
                + "Beside a target with ≤, < or > (小于 (less than), 不超过 (at most), 多于 (more than)) the example is a figure that meets it: 4 for less than 5, 0 where the actual says none (Baoshan 2022: less than 5 beside 无上访 (no petitions)); none is not read as 0 by itself, as what there was none of need not be what the row counts (there, mass incidents): since session 57 the message says the actual speaks of petitions, not of the mass incidents the row counts (quantitative-target-bound-other, where the name says what there is to be none of), and none of the very thing the name counts (无群体性事件发生 (no mass incident happened) beside a row named for none of them in the year, and less than 5) is read as 0 and compared, not reported. The example is not part of the fingerprint (quantitative-target-bound, the same fingerprint as quantitative-target)."
                + " An actual that says only that the target's standard was applied (\"实际按该标准发放\" (paid at that standard in fact), \"已按标准执行\" (applied at the standard); Jinghu disabled persons' federation 2023, a yearly subsidy of 260 yuan per vehicle) is read as the target's figure met, as \"在规定时间内完成\" (done within the time set) is a deadline kept; since session 56 a note asking for the average paid, not an error (standard-applied, the same fingerprint as quantitative-target)."
                + " One defect of a row is said once, with one fix: a qualitative target with a figure as the actual on a timeliness row whose deadline is in its name (\"visits done before the Spring Festival | done within the time limit | 100%\", Baoshan 2022) gives the deadline written as the target and the completion date as its example (qualitative-target-time-in-name), and indicator-time-cost-unspecified's time-in-name is not said on that row; on a cost row with no amount (\"economise, keep within the budget\" → 100%, Yuanzhou 2022) it asks for the cost ceiling with its unit and the actual cost (qualitative-target-cost), and that rule's cost note is not said; in these and the plain case the scorer's achievement-self-score (no level, the unit's score taken) is not said on the row either, and its \"scored the unit's own N points for now, unchecked\" is said in this finding (the -self-score variants; Yuanzhou 2022's cost row, 5 points). A cost target that is the budget total beside an actual in another unit (a cost of 100,000 yuan, the budget, beside the actual \"done 100%\", Daying 2020 before its framework said the column is progress) says the budget restated too (unit-budget-restated), and indicator-input-as-output's budget-restated is not said. These variants keep the fingerprint they extend."
                + " A timeliness target that is a period (\"1-12月\" (January to December), Daying 2020; \"2021.1.1-12.31\", Lüliang 2021; across years, \"2023.10-2024.3\") is read as a period, not as a quantity in months nor a range of values: an actual whose date of completion falls within it is on time and not reported (a month without its day is read on the day in the unit's favour, as against a deadline: June 2024 for a period ending 15 June is within it); one outside it is a warning (period-outside, the date said at the precision written; where the self-assessed score is above the one the period gives, the same finding says both scores (period-outside-claimed) and score-claim-mismatch is not reported on the row); an actual giving no date and not saying the work is done (\"正在推进\" (under way) beside \"2020.3.1-6.30\") is asked for the date the work was done (period); beside a period shorter than the year, one saying the period was kept (\"按期完成\" (done within the period), \"按时完成\" (done on time), \"如期完成\" (done as scheduled)) is scored as done within it, the date asked for in a note (period-on-time-undated); one saying the work is done and not when (\"已完成\" (done), with 100% or without) is a plausible claim, no error: a warning asks for the date, and it is scored as done within the period for now, as a deadline beside 已完成 (done) is (period-done-undated, since session 52; before, an error and 0 points; on a table whose rows are not scored, said without the score: period-done-undated-unscored, since session 53; where the column is the progress of the work, which has no place for a date, a note asking for it in the explanation or the report's text: period-done-undated-progress, since session 57; progress below 100% is asked for no date, progress-short says it); the whole budget year (\"1-12月\" (January to December), Daying 2020) beside \"已完成\" (done), with 100% or without, is done within it, not reported, and scored its points (indicator-time-cost-unspecified's time-whole-year asks for the date). The score reads it the same way: the row's points within the period, none outside it. A period ending after the budget year is indicator-deadline-after-year's (period). Where the form prints the work's progress in the actual's place (the framework says \"actualIs\": \"progress\": the indicator table of Sichuan's project self-evaluation report, 指标值 (target) | 实施进度 (progress), Daying 2020 with \"已完成\" (done) and 100% on every row), a progress percentage (\"已完成\" (done) 100%, \"完成\" (done) 80%, a bare 80%) says how far the work has gone, not a value measured in the target's unit: it is not compared with the target's unit (before, 次 (times) and 万元 (10,000 yuan) were each said not comparable with %), and one note for the table says the column is read as progress and what each indicator achieved cannot be checked from it (progress-column); a cost target restating the budget total is said by indicator-input-as-output's budget-restated as on any table; a timeliness period is read as a period still; progress below 100% is indicator-target-missed's progress-short (since session 56). Where such rows carry points, the score does not score them by target and actual (progress is not what a row reached: \"已完成\" (done) 100% beside a satisfaction of 90% is no satisfaction of 100 %, nor, beside \"10万元\" (100,000 yuan), an incomparable figure worth 0): a score the department printed within a row's points is taken as printed, unchecked, a row without one is not scored, and only a timeliness row whose period is the whole budget year, all done, is scored as done within the year; the note says so (progress-column-scored, the same finding, since session 57).",
        source = "VAL-3：参考报告（福田区科技和工业信息化局 2024）附件1；大英 2023、棠溪 2022 自评表实例",
        sourceEn = "VAL-3: the reference report (Futian District Bureau of Science, Technology, Industry and Information Technology, 2024), Annex 1; self-evaluation tables of Daying 2023 and Tangxi 2022",
        messages = {
            @RuleInfo.Message(key = "qualitative-target", zh = "指标“{0}”的指标值“{1}”是定性表述，实际完成值却写成“{2}”，两者无法比较。请把指标值改为可量化的形式（如“≥ 90%”）并按同一口径填写实际值，或按指标值的分级写明达到的档次。",
                    en = "Indicator \"{0}\": the target \"{1}\" is qualitative but the actual is \"{2}\"; they cannot be compared. Quantify the target (e.g. \"≥ 90%\") and state the actual in its terms, or state which grade of the target was reached."),
            @RuleInfo.Message(key = "qualitative-target-time-in-name", sameAs = "qualitative-target", details = {3, 4},
                    zh = "时效指标“{0}”把时限写在了名称里，指标值“{1}”是定性表述，实际完成值却写成“{2}”，两者无法比较。请把名称中的时限写成指标值（如“{3}”），实际完成值写实际完成日期。",
                    en = "Timeliness indicator \"{0}\" has its deadline in its name: the target \"{1}\" is qualitative but the actual is \"{2}\"; they cannot be compared. Move the deadline in the name into the target (e.g. \"{4}\") and state the actual completion date."),
            @RuleInfo.Message(key = "qualitative-target-cost", sameAs = "qualitative-target",
                    zh = "成本指标“{0}”的指标值“{1}”没有金额，是定性表述，实际完成值却写成“{2}”，两者无法比较。请写明成本上限及单位（如“≤ 30 万元”“≤ 500 元/人”），实际完成值按同一单位写实际成本。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" names no amount and is qualitative, but the actual is \"{2}\"; they cannot be compared. State the cost ceiling and its unit (e.g. \"≤ 300,000 yuan\", \"≤ 500 yuan per person\") and the actual cost in the same unit."),
            // session 52: beside the scorer's achievement-self-score, left out at the row (Engine.qualitativeSelfScoreOnce),
            // the points it took unchecked are said here (元州 文物 2022, t37 /7: 5 分), the same fingerprint
            @RuleInfo.Message(key = "qualitative-target-self-score", sameAs = "qualitative-target", details = {3},
                    zh = "指标“{0}”的指标值“{1}”是定性表述，实际完成值却写成“{2}”，两者无法比较；得分暂按单位自评的 {3} 分计，未经核对。请把指标值改为可量化的形式（如“≥ 90%”）并按同一口径填写实际值，或按指标值的分级写明达到的档次。",
                    en = "Indicator \"{0}\": the target \"{1}\" is qualitative but the actual is \"{2}\"; they cannot be compared, and the row is scored the unit's own {3} points for now, unchecked. Quantify the target (e.g. \"≥ 90%\") and state the actual in its terms, or state which grade of the target was reached."),
            @RuleInfo.Message(key = "qualitative-target-time-in-name-self-score", sameAs = "qualitative-target", details = {3, 4, 5},
                    zh = "时效指标“{0}”把时限写在了名称里，指标值“{1}”是定性表述，实际完成值却写成“{2}”，两者无法比较；得分暂按单位自评的 {5} 分计，未经核对。请把名称中的时限写成指标值（如“{3}”），实际完成值写实际完成日期。",
                    en = "Timeliness indicator \"{0}\" has its deadline in its name: the target \"{1}\" is qualitative but the actual is \"{2}\"; they cannot be compared, and the row is scored the unit's own {5} points for now, unchecked. Move the deadline in the name into the target (e.g. \"{4}\") and state the actual completion date."),
            @RuleInfo.Message(key = "qualitative-target-cost-self-score", sameAs = "qualitative-target", details = {3},
                    zh = "成本指标“{0}”的指标值“{1}”没有金额，是定性表述，实际完成值却写成“{2}”，两者无法比较；得分暂按单位自评的 {3} 分计，未经核对。请写明成本上限及单位（如“≤ 30 万元”“≤ 500 元/人”），实际完成值按同一单位写实际成本。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" names no amount and is qualitative, but the actual is \"{2}\"; they cannot be compared, and the row is scored the unit's own {3} points for now, unchecked. State the cost ceiling and its unit (e.g. \"≤ 300,000 yuan\", \"≤ 500 yuan per person\") and the actual cost in the same unit."),
            @RuleInfo.Message(key = "labelled-target", zh = "指标“{0}”的指标值“{1}”含文字，未能读作数值：请写作“{3}”（文字写在指标名称中），并以同一单位的数字填写实际完成值（现为“{2}”），两者才能比较。",
                    en = "Indicator \"{0}\": the target \"{1}\" holds words and could not be read as a figure: write it as \"{3}\" (the words belong in the indicator's name), and the actual as a figure in the same unit (now \"{2}\"), so that they can be compared."),
            @RuleInfo.Message(key = "quantitative-target", zh = "指标“{0}”的指标值是“{1}”，实际完成值却是文字“{2}”。请按指标值的单位填写实际数值（如“{3}”）。",
                    en = "Indicator \"{0}\": the target is \"{1}\" but the actual is the word \"{2}\". State the actual figure in the target's unit (e.g. \"{3}\")."),
            // session 56 (audit A11 A1, 镜湖区残联 2023, t125 /4): "实际按该标准发放" beside 260元/辆 is the standard paid, read
            // as the target's figure met (as 在规定时间内完成 is a deadline kept); a note, not the error it was
            @RuleInfo.Message(key = "standard-applied", sameAs = "quantitative-target",
                    zh = "指标“{0}”的实际完成值“{2}”说明按指标值“{1}”的标准执行，读作达到指标值（{3}）。如有实际发放（执行）的平均标准，请写明数值（如“{3}”）。",
                    en = "Indicator \"{0}\": the actual \"{2}\" says the target's standard \"{1}\" was applied, and is read as the target met ({3}). Where an average actually paid is known, state it as a figure (e.g. \"{3}\")."),
            @RuleInfo.Message(key = "quantitative-target-bound", sameAs = "quantitative-target", details = {4, 5, 6},
                    zh = "指标“{0}”的指标值是“{1}”，实际完成值却是文字“{2}”。请按指标值的单位填写实际数值（{5} {3}，如“{4}”）。",
                    en = "Indicator \"{0}\": the target is \"{1}\" but the actual is the word \"{2}\". State the actual figure in the target's unit ({6} {3}, e.g. \"{4}\")."),
            @RuleInfo.Message(key = "quantitative-target-bound-other", sameAs = "quantitative-target", details = {4, 5, 6, 7, 8},
                    zh = "指标“{0}”的指标值是“{1}”，实际完成值“{2}”说的是{7}，不是指标所计的{8}，无法与指标值比较。请按指标值的单位填写{8}的实际数值（{5} {3}，如“{4}”）。",
                    en = "Indicator \"{0}\": the target is \"{1}\", but the actual \"{2}\" speaks of {7}, not of {8}, which the row counts, so it cannot be compared with the target. State the actual figure of {8} in the target's unit ({6} {3}, e.g. \"{4}\")."),
            @RuleInfo.Message(key = "deadline-done-undated", zh = "指标“{0}”的指标值“{1}”是完成期限，实际完成值“{2}”只说已完成，没有写完成日期，看不出是否按期完成。请写明实际完成日期，如“{3}”；计分时暂按“{2}”读作达成。",
                    en = "Indicator \"{0}\": the target \"{1}\" is a deadline, but the actual \"{2}\" only says it is done, not the day it was done, so whether it was done by the deadline cannot be told. State the day it was done, e.g. \"{3}\"; for now it is scored as achieved on \"{2}\"."),
            @RuleInfo.Message(key = "deadline-done-undated-bare-month", sameAs = "deadline-done-undated", details = {4}, zh = "指标“{0}”的指标值“{1}”只写了数字，没有写“月”：该行名称是时间，按预算年度的“{4}”读作完成期限；实际完成值“{2}”只说已完成，没有写完成日期，看不出是否按期完成。请写明实际完成日期，如“{3}”，指标值写作“{4}”；计分时暂按“{2}”读作达成。",
                    en = "Indicator \"{0}\": the target \"{1}\" is a bare number with no 月 (month): the row's name is a time, so it is read as the deadline \"{4}\" (by the end of month {1}) of the budget year; but the actual \"{2}\" only says it is done, not the day it was done, so whether it was done by the deadline cannot be told. State the day it was done, e.g. \"{3}\", and write the target as \"{4}\"; for now it is scored as achieved on \"{2}\"."),
            @RuleInfo.Message(key = "deadline-done-undated-unscored", sameAs = "deadline-done-undated", zh = "指标“{0}”的指标值“{1}”是完成期限，实际完成值“{2}”只说已完成，没有写完成日期，看不出是否按期完成。请写明实际完成日期，如“{3}”。",
                    en = "Indicator \"{0}\": the target \"{1}\" is a deadline, but the actual \"{2}\" only says it is done, not the day it was done, so whether it was done by the deadline cannot be told. State the day it was done, e.g. \"{3}\"."),
            @RuleInfo.Message(key = "quantitative-target-range", zh = "指标“{0}”的指标值是区间“{1}”，实际完成值却是文字“{2}”，无法比较。区间是每个对象须符合的条件的（如年龄），请写明符合条件的人数或所占比例（如“符合条件的占 98%”，指标值相应写作“= 100%”），不符合的在偏差原因中说明；区间是一个数值应落入的范围的，请填写实际达到的数值。",
                    en = "Indicator \"{0}\": the target is the range \"{1}\" but the actual is the word \"{2}\"; they cannot be compared. Where the range is a condition each one must meet (an age, say), state how many meet it or what share does (e.g. \"98% meet it\", the target then written as \"= 100%\") and explain those who do not in the explanation of the deviation; where it is the range a figure should fall in, state the figure reached."),
            @RuleInfo.Message(key = "quantitative-target-monitoring", zh = "指标“{0}”的指标值是“{1}”，截至目前的完成值却是文字“{2}”，看不出进度。请按指标值的单位填写截至目前完成的数值（尚未开始的写“{3}”），文字写在偏差原因分析及改进措施中；到年终自评，实际完成值须是数值。",
                    en = "Indicator \"{0}\": the target is \"{1}\" but the value to date is the word \"{2}\", which shows no progress. State what is done so far as a figure in the target's unit (\"{3}\" where the work has not started) and put the words in the explanation of the deviation; at the year-end self-evaluation the actual must be a figure."),
            @RuleInfo.Message(key = "period", details = {3}, zh = "时效指标“{0}”的指标值“{1}”是一段期间（不是以月计的数量，也不是数值的区间），实际完成值“{2}”却没有写完成日期，无从判断是否在期间内完成。请填写实际完成的日期（如“{3}”）。",
                    en = "Timeliness indicator \"{0}\": the target \"{1}\" is a period (not a quantity in months, nor a range of values), but the actual \"{2}\" gives no date the work was done, so whether it was done within the period cannot be told. Give the date it was done (e.g. \"{3}\")."),
            @RuleInfo.Message(key = "period-done-undated", sameAs = "period", details = {3}, zh = "时效指标“{0}”的指标值是期间“{1}”，实际完成值“{2}”说已经完成，却没有写完成日期，看不出是否在期间内（{3} 前）完成。请写明实际完成的日期；计分时暂按期间内完成计。",
                    en = "Timeliness indicator \"{0}\": the target is the period \"{1}\", and the actual \"{2}\" says the work is done but not when, so whether it was done within the period (by {3}) cannot be told. Give the date it was done; for now it is scored as done within the period."),
            @RuleInfo.Message(key = "period-done-undated-unscored", sameAs = "period", details = {3}, zh = "时效指标“{0}”的指标值是期间“{1}”，实际完成值“{2}”说已经完成，却没有写完成日期，看不出是否在期间内（{3} 前）完成。请写明实际完成的日期。",
                    en = "Timeliness indicator \"{0}\": the target is the period \"{1}\", and the actual \"{2}\" says the work is done but not when, so whether it was done within the period (by {3}) cannot be told. Give the date it was done."),
            // session 57 (s56 Q1's left-alone 2): the same on a form whose column is the work's progress (actualIs: progress,
            // 指标值 | 实施进度): the column has no place for a day, so a note, not a warning asking the form for what it lacks
            @RuleInfo.Message(key = "period-done-undated-progress", sameAs = "period", details = {3}, zh = "时效指标“{0}”的指标值是期间“{1}”，实施进度“{2}”说工作已经完成；本表式这一栏是实施进度（评分框架写明 actualIs: progress），没有写完成日期的地方，看不出是否在期间内（{3} 前）完成。如有完成日期，请在偏差原因分析或报告正文中写明，以便核对。",
                    en = "Timeliness indicator \"{0}\": the target is the period \"{1}\", and the progress \"{2}\" says the work is done; this form's column is the progress of the work (the framework says actualIs: progress) and has no place for a date, so whether it was done within the period (by {3}) cannot be told from the table. If the date is known, give it in the explanation of the deviation or the report's text, so that it can be checked."),
            @RuleInfo.Message(key = "period-on-time-undated", sameAs = "period", details = {3}, zh = "时效指标“{0}”的指标值是期间“{1}”，实际完成值“{2}”说按期完成，按在期间内（{3} 前）完成计；请写明实际完成的日期，以便核对。",
                    en = "Timeliness indicator \"{0}\": the target is the period \"{1}\", and the actual \"{2}\" says it was done on time, so it is read as done within the period (by {3}); give the date it was done, so that it can be checked."),
            @RuleInfo.Message(key = "period-outside", zh = "时效指标“{0}”的指标值是期间“{1}”，实际完成值“{2}”（即 {3}）却在期间之外：没有按期完成。请核对日期；确实逾期的，在偏差原因中写明原因。",
                    en = "Timeliness indicator \"{0}\": the target is the period \"{1}\", but the actual \"{2}\" ({3}) falls outside it: not done on time. Check the date; where the work was late, give the reason in the deviation explanation."),
            @RuleInfo.Message(key = "period-outside-claimed", sameAs = "period-outside", details = {4, 5}, zh = "时效指标“{0}”的指标值是期间“{1}”，实际完成值“{2}”（即 {3}）却在期间之外：没有按期完成，按期间计为 {5} 分，自评得分却是 {4} 分。请核对日期；确实逾期的，在偏差原因中写明原因，并把自评得分改为 {5} 分。",
                    en = "Timeliness indicator \"{0}\": the target is the period \"{1}\", but the actual \"{2}\" ({3}) falls outside it: not done on time, which scores {5}, yet the self-assessed score is {4}. Check the date; where the work was late, give the reason in the deviation explanation and correct the score to {5}."),
            @RuleInfo.Message(key = "unit", zh = "指标“{0}”的指标值单位是“{3}”，实际完成值“{2}”的单位是“{4}”，无法比较（指标值“{1}”）。请按指标值的单位填写实际值。",
                    en = "Indicator \"{0}\": the target's unit is \"{3}\" but the actual \"{2}\" is in \"{4}\" (target \"{1}\"); they cannot be compared. State the actual in the target's unit."),
            @RuleInfo.Message(key = "unit-budget-restated", sameAs = "unit", details = 5,
                    zh = "成本指标“{0}”的指标值“{1}”就是预算总额（{5}），说不出单位成本或成本控制；实际完成值“{2}”又以“{4}”计，与指标值的“{3}”无法比较。请写明单位成本或分项成本上限并写比较符（如“≤ 500 元/人”），实际完成值按同一单位写实际成本。",
                    en = "The cost indicator \"{0}\" has the target \"{1}\", which is the budget total ({5}) restated and says nothing of unit cost or cost control; and the actual \"{2}\" is in \"{4}\", which cannot be compared with the target's \"{3}\". State a unit or itemised cost ceiling with its comparator (e.g. \"≤ 500 yuan per person\") and the actual cost in the same unit."),
            @RuleInfo.Message(key = "unit-rate", sameAs = "unit", details = 5, zh = "指标“{0}”的指标值“{1}”以“{3}”计，实际完成值“{2}”却只写了“{4}”：看不出是按“{3}”计的数额还是总额，无法比较。是按指标值口径计的，请写作“{5}”；是总额的，请换算成指标值的口径后填写。",
                    en = "Indicator \"{0}\": the target \"{1}\" is in \"{3}\", but the actual \"{2}\" is in \"{4}\" alone: whether it is an amount in \"{3}\" or a total cannot be told, so the two cannot be compared. If it is in the target's terms, write it as \"{5}\"; if it is a total, convert it into the target's terms."),
            @RuleInfo.Message(key = "unit-rate-target", sameAs = "unit", details = 5, zh = "指标“{0}”的指标值“{1}”只写了“{3}”，实际完成值“{2}”却以“{4}”计：看不出指标值是按“{4}”计的标准还是总额，无法比较。指标值是按“{4}”计的，请写作“{5}”；是总额的，请按总额填写实际完成值。",
                    en = "Indicator \"{0}\": the target \"{1}\" is in \"{3}\" alone, but the actual \"{2}\" is in \"{4}\": whether the target is an amount in \"{4}\" or a total cannot be told, so the two cannot be compared. If it is in \"{4}\", write the target as \"{5}\"; if it is a total, state the actual as the total."),
            @RuleInfo.Message(key = "per-year", zh = "指标“{0}”的指标值“{1}”以“{3}”计，实际完成值“{2}”以“{4}”计：绩效表按年度填报，两者按同一年度的数额比较。请按指标值的单位写作“{5}”，使口径一致。",
                    en = "Indicator \"{0}\": the target \"{1}\" is in \"{3}\" and the actual \"{2}\" in \"{4}\": the table is a year's, so the two are compared as amounts for that year. Write the actual in the target's unit, \"{5}\", so that the terms agree."),
            @RuleInfo.Message(key = "unit-assumed", zh = "指标“{0}”的实际完成值“{2}”没有单位，按指标值“{1}”的单位“{3}”理解。表中没有度量单位一栏时，请在实际完成值中写明单位（如“{2}{3}”）。",
                    en = "Indicator \"{0}\": the actual \"{2}\" has no unit and is read in the unit of the target \"{1}\", \"{3}\". Where the table has no unit column, write the unit with the actual (e.g. \"{2}{3}\")."),
            @RuleInfo.Message(key = "target-unit-assumed", zh = "指标“{0}”的指标值“{1}”没有单位，按实际完成值“{2}”的单位“{3}”理解。表中没有度量单位一栏时，请在指标值中写明单位（如“{1}{3}”）。",
                    en = "Indicator \"{0}\": the target \"{1}\" has no unit and is read in the unit of the actual \"{2}\", \"{3}\". Where the table has no unit column, write the unit with the target (e.g. \"{1}{3}\")."),
            // session 56 (s55 A10 A2): a form whose actual column is the work's progress (framework "actualIs": "progress",
            // 大英 双心 2020's 实施进度, t44): said once, so that a reviewer knows why the rows' units are not compared
            @RuleInfo.Message(key = "progress-column", details = {0, 1},
                    zh = "本表式的这一栏是实施进度，不是实际完成值（评分框架写明 actualIs: progress）：{0} 个指标所写的“{1}”等按工作完成的进度读，不与指标值的单位比较，也不算照抄或套话；各指标实际做到的数量、质量和成本，表中无从核对。",
                    en = "This form's column is the progress of the work, not the actual (the framework says actualIs: progress): what {0} indicators give, \"{1}\" and the like, is read as how far the work has gone, not compared with the target's unit nor taken as copied or boilerplate; the quantity, quality and cost each indicator actually reached cannot be checked from the table."),
            // session 57 (s56 Q1's left-alone 1): the same note where rows of the progress column carry points, saying how
            // the score reads them (IndicatorScoring: not by target and actual)
            @RuleInfo.Message(key = "progress-column-scored", sameAs = "progress-column", details = {0, 1},
                    zh = "本表式的这一栏是实施进度，不是实际完成值（评分框架写明 actualIs: progress）：{0} 个指标所写的“{1}”等按工作完成的进度读，不与指标值的单位比较，也不算照抄或套话；各指标实际做到的数量、质量和成本，表中无从核对。计分时这些行不按指标值与实际完成值计分：分值之内的自评得分照录、未核对，没有自评得分的不计分；只有期间为整个预算年度、已全部完成的时效指标按年内完成计。",
                    en = "This form's column is the progress of the work, not the actual (the framework says actualIs: progress): what {0} indicators give, \"{1}\" and the like, is read as how far the work has gone, not compared with the target's unit nor taken as copied or boilerplate; the quantity, quality and cost each indicator actually reached cannot be checked from the table. The score does not score these rows by target and actual: a score the department printed within a row's points is taken as printed, unchecked, and a row without one is not scored; only a timeliness row whose period is the whole budget year, with the work all done, is scored as done within the year."),
            @RuleInfo.Message(key = "range", zh = "指标“{0}”的实际完成值“{2}”是一个区间，无法与指标值“{1}”比较。请填写实际达到的一个数值。",
                    en = "Indicator \"{0}\": the actual \"{2}\" is a range and cannot be compared with the target \"{1}\". State the one figure actually reached.")
        })
public final class IndicatorActualIncommensurable implements Rule {
    /** The rule that asks a 时效 row in words for its deadline, and so says what a date beside such a row lacks. */
    private static final String TIME_COST = "indicator-time-cost-unspecified";


    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        int progress = 0; // rows whose actual is read as the work's progress (actualIs: progress)
        Indicator progressExample = null;
        boolean progressPointed = false; // one of them carries points: the score reads them (IndicatorScoring.progress)
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY | IndicatorFacts.A_EMPTY)) != IndicatorFacts.APPLICABLE) {
                continue; // indicator-incomplete
            }
            if (Checks.progress(ctx, facts.row(k))) {
                // "已完成100%" in a 实施进度 column (大英 双心 2020, t44): how far the work has gone, not a quantity in the
                // target's unit; comparing it with 次 or 万元 was a false alarm (s55 A10 A2). A 时效 row's period still reads
                // it as done within the period (below); a cost target restating the budget is indicator-input-as-output's
                progress++;
                progressPointed |= facts.row(k).points() != null;
                if (progressExample == null) {
                    progressExample = facts.row(k);
                }
                if ((b & IndicatorFacts.L2_TIMELINESS) != 0 && submission.stage() == Stage.SELF_EVALUATION && submission.year() != null) {
                    progressPeriod(facts.row(k), io.github.jixiao.target.Period.of(facts.row(k).targetValue().text(), submission.year()),
                            submission.year(), ctx);
                }
                continue;
            }
            // the common rows, let go on their bits: a quantity in the target's terms, its unit not assumed; words for words
            long plain = IndicatorFacts.T_QUANTITATIVE | IndicatorFacts.A_QUANTITATIVE | IndicatorFacts.SAME_TERMS;
            if ((b & (plain | IndicatorFacts.A_RANGE | IndicatorFacts.UNIT_ASSUMED | IndicatorFacts.TARGET_UNIT_ASSUMED)) == plain) {
                Indicator r = facts.row(k);
                if (r.actual() != null && r.actual().indexOf('标') >= 0 && io.github.jixiao.target.TargetParser.standardApplied(r.actual())) {
                    // "实际按该标准发放" beside 260元/辆 (镜湖区残联 2023, t125 /4): read as the standard met (Indicator), said
                    // in a note asking for the figure paid; an error until session 56 (quantitative-target's fingerprint)
                    TargetValue t = r.targetValue();
                    ctx.report(Severity.INFO, "standard-applied", r.actualSrc(), null, Checks.name(r), Checks.target(r),
                            Checks.quote(r.actual()), t.low().toPlainString() + unitText(t));
                    continue;
                }
                perYear(r, ctx);
                continue;
            }
            if ((b & IndicatorFacts.L2_TIMELINESS) != 0 && submission.stage() == Stage.SELF_EVALUATION && submission.year() != null
                    && periodActual(facts.row(k), io.github.jixiao.target.Period.of(facts.row(k).targetValue().text(), submission.year()),
                            submission.year(), ctx)) {
                continue; // a period, read as one ("1-12月", "2021.1.1-12.31")
            }
            if ((b & (IndicatorFacts.T_QUALITATIVE | IndicatorFacts.A_QUALITATIVE))
                            == (IndicatorFacts.T_QUALITATIVE | IndicatorFacts.A_QUALITATIVE)) {
                if (submission.stage() == Stage.SELF_EVALUATION) {
                    doneUndated(submission, facts.row(k), ctx);
                }
                continue;
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            TargetValue a = i.actualValue();
            // the quoted name, target and actual are made only for a row reported (most rows are not)
            if (t.isQualitative()) {
                io.github.jixiao.target.TargetParser.Labelled labelled = a.isQuantitative()
                        ? io.github.jixiao.target.TargetParser.labelled(t.text()) : null;
                if (labelled != null) {
                    // 合格率≥95% beside 98分: one figure with words beside it, which its actual's unit did not let be read
                    // (Indicator): the fix is the figure written alone, not a grade
                    ctx.report("labelled-target", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()),
                            labelled.value().format());
                } else if (a.isQuantitative() && IndicatorTimeCostUnspecified.reportsTime(facts, k)
                        && IndicatorTimeCostUnspecified.hasDate(a.text()) && !ctx.isOff(TIME_COST)) {
                    // 按时完成 beside "12月" on a 时效 row: the actual is the date it was done, and what it cannot be compared
                    // with is the target's missing deadline, which indicator-time-cost-unspecified asks for on the same row;
                    // "make the target ≥ 90%" would be the wrong advice and one defect two findings (with that rule off,
                    // this one says it: review R)
                    continue;
                } else if (a.isQuantitative() && PlaceholderLeft.placeholderTarget(submission, i, b) && !ctx.isOff("placeholder-left")) {
                    // "** | 98%" at 自评: the template's target was never written, and placeholder-left's placeholder-target at
                    // the target asks for one; "make the target ≥ 90%" beside it was the same defect twice (session 47, G3's
                    // left-alone item 2)
                    continue;
                } else if (a.isQuantitative()) {
                    ctx.report("qualitative-target", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()));
                }
            } else if (a.isQualitative()) {
                if (PlaceholderLeft.notApplicableActual(submission, i, b) && !ctx.isOff("placeholder-left")) {
                    // 不涉及, 不适用, N/A beside ≥ 95%: the row says it did not apply, and placeholder-left's
                    // not-applicable-actual asks for the mark or the result; "write the figure" would be half the advice (session 46)
                    continue;
                }
                if (submission.stage() == Stage.MONITORING && figureInUnit(a.text(), t)) {
                    // "截至6月已配备6辆", "1-6月作业96次，下半年按计划推进" beside ≥ 10 辆: the value to date is there, in the
                    // target's unit, with the date it is to (nothing compares a value to date): no words without progress (review R2)
                    continue;
                } else if (submission.stage() == Stage.MONITORING) {
                    // mid-year the column is the value to date, and words there (已开始, 按进度推进) are common: a warning that
                    // asks for the progress as a figure, not for the target's figure (helper M's trial, d9)
                    // nothing done yet is written with the unit ("0个"): a bare 0 would be unit-assumed's warning (review R2)
                    ctx.report(Severity.WARNING, "quantitative-target-monitoring", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                            Checks.quote(a.text()), "0" + t.unit());
                } else {
                    if (t.isRange() && submission.stage() == Stage.SELF_EVALUATION && !ctx.isOff("indicator-target-missed")
                            && io.github.jixiao.target.StatedMiss.outsideRange(a.text()) != null) {
                        // 存在18岁以下、54周岁以上 beside 18—54周岁 (吕梁 2021, t58): some fall outside the range, said in words:
                        // a stated miss, not words that cannot be compared; indicator-target-missed stated-range says it, with
                        // the advice to state how many meet the condition (session 57, audit s57 A12 row B1)
                        continue;
                    } else if (t.isRange()) {
                        // 18—54周岁 beside 存在18岁以下、54周岁以上 (吕梁 2021): the range is mostly a condition each one must
                        // meet, and an example of its upper end ("54 周岁") fits no actual; say both readings (session 35)
                        ctx.report("quantitative-target-range", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()));
                    } else if (t.explicitComparator() && t.comparator() == io.github.jixiao.target.Comparator.LE || t.comparator() == io.github.jixiao.target.Comparator.LT
                            || t.comparator() == io.github.jixiao.target.Comparator.GT) {
                        // 小于5次 beside 无上访 (保山 2022, t84): the target's own figure ("5 次") fails a bound below it, and
                        // one above it fails "> 5": the example is built from the comparator, a figure that meets the target;
                        // "0" where the actual says none (无上访: if nothing happened, 0 is the figure). Not read as 0 by
                        // itself: 无上访 names petitions, and the row counts 群体性事件 (session 47, audit item 4). Identified as
                        // quantitative-target (the bound and the example are details): its fingerprint is as before
                        // "无上访" beside a row that counts 群体性事件 (t84): none of another thing, not a 0 of the row's
                        // count (none of the row's own thing is read as 0: Indicator); said so, what each names (-other, a
                        // detail: the same fingerprint; since session 57, audit s56 A11 C8: "却是文字" missed the point)
                        String noneOf = io.github.jixiao.target.TargetParser.noneOf(a.text());
                        String counted = noneOf == null ? null : io.github.jixiao.target.TargetParser.noneInName(i.name());
                        boolean other = counted != null && !counted.equals(noneOf);
                        java.util.List<String> more = other ? java.util.List.of(noneOf, counted) : java.util.List.of();
                        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of(Checks.name(i), Checks.target(i), Checks.quote(a.text()),
                                t.low().toPlainString() + unitText(t), meeting(t, a.text()) + unitText(t),
                                switch (t.comparator()) {
                                    case LT -> "少于";
                                    case LE -> "不超过";
                                    default -> "多于";
                                },
                                switch (t.comparator()) {
                                    case LT -> "less than";
                                    case LE -> "at most";
                                    default -> "more than";
                                }));
                        args.addAll(more);
                        ctx.report(other ? "quantitative-target-bound-other" : "quantitative-target-bound", i.actualSrc(),
                                args.toArray());
                    } else {
                        ctx.report("quantitative-target", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()),
                                t.low().toPlainString() + unitText(t));
                    }
                }
            } else if (a.isRange()) {
                ctx.report("range", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()));
            } else if ((b & IndicatorFacts.SAME_TERMS) == 0) {
                String perUnit = perUnit(t, a);
                String targetPer = perUnit == null ? perUnit(a, t) : null;
                if (targetPer != null) {
                    // ≤ 1000元 beside "30元/人": the actual says per person, the target does not; "unit" with how the target
                    // would be written per person, or the actual as a total (the example a detail: unit's fingerprint; session 36)
                    ctx.report("unit-rate-target", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()),
                            unitName(t.unit()), unitName(a.unit()), (t.explicitComparator() ? t.comparator().symbol() + " " : "") + targetPer);
                } else if (perUnit != null) {
                    // ≤ 1000元/人 beside "30元": per person or the total, the actual does not say; "unit" with how to write it
                    // (the example a detail: the same fingerprint as unit's; session 35)
                    ctx.report("unit-rate", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()), unitName(t.unit()),
                            unitName(a.unit()), perUnit);
                } else {
                    ctx.report("unit", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(a.text()), unitName(t.unit()),
                            unitName(a.unit()));
                }
            } else if ((b & IndicatorFacts.UNIT_ASSUMED) != 0) {
                // 110406 beside ≥50000人次 (霍山 2024, t85): the target's unit is the only reading, nothing a reviewer sends the
                // table back for (audit s48 item 10): an info. A warning where the bare figure may be read otherwise
                ctx.report(unitCertain(t, a) ? Severity.INFO : Severity.WARNING, "unit-assumed", i.actualSrc(), null, Checks.name(i),
                        Checks.target(i), Checks.quote(a.text()), t.unit());
            } else if ((b & IndicatorFacts.TARGET_UNIT_ASSUMED) != 0) {
                ctx.report(Severity.WARNING, "target-unit-assumed", i.targetSrc(), null, Checks.name(i),
                        Checks.quote(t.text()), Checks.quote(a.text()), t.unit());
            }
        }
        progressColumn(submission, progress, progressExample, progressPointed, ctx);
    }

    /**
     * The note that the form's actual column is read as the work's progress ({@code progress-column}), once at the
     * indicator rows, where {@code rows} of them gave a progress figure ({@code example} the first).
     */
    private static void progressColumn(Submission submission, int rows, Indicator example, boolean pointed, RuleContext ctx) {
        if (rows > 0) {
            ctx.report(Severity.INFO, pointed ? "progress-column-scored" : "progress-column", submission.src("indicators#/indicators"), null, rows,
                    Checks.quote(example.actual().strip()));
        }
    }

    /**
     * A 时效 period beside a progress figure ({@link Checks#progress}): read as {@link #periodActual} reads it, but the work
     * done with no day beside a period shorter than the year is a note ({@code period-done-undated-progress}): the column
     * is progress and has no place for a day (session 57, s56 Q1's left-alone 2: it was period-done-undated, a warning
     * asking for a date the form cannot hold); progress below 100 % is no claim of the work done, and indicator-target-missed's
     * progress-short says it (it was the period error, asking the day the work was done).
     */
    private static void progressPeriod(Indicator i, io.github.jixiao.target.Period p, Integer year, RuleContext ctx) {
        if (p == null) {
            return;
        }
        io.github.jixiao.target.Period.Done done = p.done(i.actual(), year);
        if (done.provisional()) {
            ctx.report(Severity.INFO, "period-done-undated-progress", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                    Checks.quote(i.actual()), TargetValue.isoDate(p.to()));
            return;
        }
        if (!done.dated() && !done.within()) {
            return; // 完成80%: the work not done (progress-short), no day to ask
        }
        periodActual(i, p, year, ctx);
    }

    /**
     * A 时效 target that is a period ({@link io.github.jixiao.target.Period}: "1-12月", "2021.1.1-12.31") read as one,
     * not as a quantity in months or a range of values each one must meet (大英 2020, t44 /2: "已完成100%" was told its unit is
     * not 月, and "2020年12月完成", the date a reviewer asks for, was then told about ages and head counts; audit s49 row 2).
     * The actual's date inside the period is met, and nothing is said; one outside it is told (period-outside); an actual
     * with no date is asked for the date (period). True where the row was read so ({@code p} not null).
     */
    private static boolean periodActual(Indicator i, io.github.jixiao.target.Period p, Integer year, RuleContext ctx) {
        if (p == null) {
            return false;
        }
        io.github.jixiao.target.Period.Done done = p.done(i.actual(), year);
        if (done.within() && !done.dated() && !p.wholeYear()) {
            // "1-6月 | 按期完成": the unit says the period was kept, and it is read so (met); the day, for the record, is asked
            // in a note (session 52: it was the period error, and 0 points)
            ctx.report(Severity.INFO, "period-on-time-undated", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                    Checks.quote(i.actual()), TargetValue.isoDate(p.to()));
            return true;
        }
        if (done.within()) {
            return true;
        }
        if (done.provisional()) {
            // "1-6月 | 已完成100%": done, a plausible claim, but not said to be within the period: the day is asked, a
            // warning, not the error of an actual that says nothing of the work's being done (session 52, T4's left-alone)
            ctx.report(Severity.WARNING, "period-done-undated", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                    Checks.quote(i.actual()), TargetValue.isoDate(p.to()));
            return true;
        }
        if (done.dated()) {
            ctx.report(Severity.WARNING, "period-outside", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                    Checks.quote(i.actual()), done.written());
        } else {
            ctx.report("period", i.actualSrc(), Checks.name(i), Checks.target(i), Checks.quote(i.actual()), TargetValue.isoDate(p.to()));
        }
        return true;
    }

    /**
     * Whether a bare actual {@code a} can only be read in the target {@code t}'s unit: a count or measure (个, 人次, 亩, 天),
     * or a percent where the figure is above 1. Not money (元 or 万元: a bare "30" beside "≤ 90万元" may be either), not an
     * amount per unit (per person or the total: unit-rate's question), and not a percent's figure of 1 or less (0.95 may be
     * the rate written as a fraction, as no-unit-rate-one asks of a target).
     */
    static boolean unitCertain(TargetValue t, TargetValue a) {
        if (t.isAmount() || t.isMoneyPerUnit() || t.unit().indexOf('/') >= 0 || a.low() == null) {
            return false;
        }
        return !t.isPercent() || a.low().compareTo(java.math.BigDecimal.ONE) > 0;
    }

    /** Words saying none happened (无上访, 没有发生, 未发生, 零): the figure is 0 if so. */
    private static final java.util.regex.Pattern NONE = java.util.regex.Pattern.compile("^(?:无|没有|未发生|零|暂无)");

    /**
     * A figure meeting bound {@code t} (≤, < or >), as an example for an actual in words: 0 where the words say none
     * happened, or under ≤ and < where the bound is 1 or less; else the bound itself under ≤, the whole number below it under
     * < (小于5次: 4), the whole number above it under > (a fraction: the bound's next tenth).
     */
    static String meeting(TargetValue t, String actual) {
        java.math.BigDecimal v = t.low();
        boolean none = actual != null && NONE.matcher(actual.strip()).find();
        switch (t.comparator()) {
            case LE, LT -> {
                if (none || v.compareTo(java.math.BigDecimal.ONE) <= 0) {
                    return "0";
                }
                if (t.comparator() == io.github.jixiao.target.Comparator.LE) {
                    return v.stripTrailingZeros().toPlainString();
                }
                java.math.BigDecimal below = v.stripTrailingZeros().scale() <= 0 ? v.subtract(java.math.BigDecimal.ONE)
                        : v.setScale(0, java.math.RoundingMode.FLOOR);
                return below.stripTrailingZeros().toPlainString();
            }
            default -> {
                java.math.BigDecimal above = v.stripTrailingZeros().scale() <= 0 ? v.add(java.math.BigDecimal.ONE)
                        : v.add(java.math.BigDecimal.ONE.movePointLeft(v.stripTrailingZeros().scale()));
                return above.stripTrailingZeros().toPlainString();
            }
        }
    }

    /**
     * At 自评, a deadline (12月底前, 力争6月底前完成, a bare 12月 on a row of a time or date) beside an actual that says it is
     * done and nothing else (已完成, 按时完成: {@link io.github.jixiao.target.TargetParser#doneWithoutDate}): the day is asked
     * for, a warning (VAL-3: the actual in the target's terms; done by the year's end is not "no result"). Scored as the
     * words say, 达成 (IndicatorScoring; Engine.incomparableOnce leaves out the scorer's achievement note at this cell, as
     * the message says it). Before (session 46's audit item 5, 宁夏 福彩 2023, t61) a bare 12月 was an error asking for the
     * actual "12 月" and scored 0; 12月底前 was graded 达成 with nothing asked.
     */
    private static void doneUndated(Submission s, Indicator i, RuleContext ctx) {
        if (!io.github.jixiao.target.TargetParser.doneWithoutDate(i.actual())) {
            return;
        }
        String target = i.effectiveTarget();
        int year = s.year() != null ? s.year() : 2000; // a table without its year: the example gives month and day only
        // 完成时间 "12" beside 已完成: the month of the budget year (Indicator.bareMonthRead), its reading said in this one
        // finding (session 50, M8's left-alone 5: a bare-month note and the scorer's achievement note, and no day asked)
        String month = i.bareMonthRead(s.year());
        TargetValue d = io.github.jixiao.target.TargetParser.deadline(year, month != null ? month : target);
        if (d == null) {
            TargetValue p = io.github.jixiao.target.TargetParser.parse(target);
            if (!io.github.jixiao.target.TargetParser.bareMonth(p) || !io.github.jixiao.target.Direction.isTimeRow(i.level2(), i.name())) {
                return;
            }
            d = io.github.jixiao.target.TargetParser.deadline(year, year + "年" + p.low().toPlainString() + "月底前");
        }
        if (d == null || !d.isDate()) {
            return;
        }
        long v = d.low().longValue();
        String example = s.year() == null && v / 10_000 == 2000 ? (v / 100 % 100) + "月" + Math.min(v % 100, 20) + "日"
                : TargetValue.isoDate(v / 100 * 100 + Math.min(v % 100, 20));
        if (month != null) {
            ctx.report(Severity.WARNING, "deadline-done-undated-bare-month", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                    Checks.quote(i.actual().strip()), example, month);
            return;
        }
        ctx.report(Severity.WARNING, "deadline-done-undated", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                Checks.quote(i.actual().strip()), example);
    }

    /**
     * A rate per the year beside the same rate without it (≤ 3000元/人·年 beside "2600元/人"), compared as one measure in a
     * year's form ({@link io.github.jixiao.target.UnitKind#samePer}): a note saying so, with the actual in the target's unit.
     * Most rows are let go on their units' being equal, or either holding no slash.
     */
    private static void perYear(Indicator i, RuleContext ctx) {
        TargetValue t = i.targetValue();
        TargetValue a = i.actualValue();
        String tu = t.unit();
        String au = a.unit();
        if (tu.equals(au) || tu.indexOf('/') < 0 || au.indexOf('/') < 0) {
            return;
        }
        io.github.jixiao.target.UnitKind.Rate rt = io.github.jixiao.target.UnitKind.per(tu);
        io.github.jixiao.target.UnitKind.Rate ra = io.github.jixiao.target.UnitKind.per(au);
        if (rt == null || ra == null || rt.per().equals(ra.per())) {
            return; // 元/人*月 and 元/人·月, 万元/人 and 元/人: one unit spelt otherwise
        }
        java.math.BigDecimal v = io.github.jixiao.target.TargetParser.inUnitOf(a, t);
        ctx.report(Severity.INFO, "per-year", i.actualSrc(), null, Checks.name(i), Checks.target(i), Checks.quote(a.text()), tu, au,
                (v == null ? a.low() : v.stripTrailingZeros()).toPlainString() + tu);
    }

    /**
     * Whether {@code text} holds a figure in {@code target}'s unit ("6辆" for 辆, "85%" for a percentage; not "6个月" for
     * 个): the progress to date, whatever words stand beside it.
     */
    static boolean figureInUnit(String text, TargetValue target) {
        String unit = target.unit();
        if (text == null || unit.isEmpty()) {
            return false;
        }
        String u = target.isPercent() ? "[%％]" : java.util.regex.Pattern.quote(unit) + ("个".equals(unit) ? "(?!月)" : "");
        return java.util.regex.Pattern.compile("(?<![0-9.])[0-9]+(?:\\.[0-9]+)?\\s*" + u).matcher(text).find();
    }

    /**
     * The actual written in the target's rate ("30元/人" for "30元" beside ≤ 1000元/人), where the target is a rate
     * ({@link io.github.jixiao.target.UnitKind#per}) and the actual a single figure in a unit of the kind the rate counts
     * or pays, with no per of its own: whether it is per the rate's thing or a total is what the actual leaves out. Null
     * otherwise. Asked the other way round ({@code perUnit(actual, target)}: "1000元/人" for ≤ 1000元 beside "30元/人"), the
     * target written in the actual's rate.
     */
    static String perUnit(TargetValue t, TargetValue a) {
        io.github.jixiao.target.UnitKind.Rate rate = io.github.jixiao.target.UnitKind.per(t.unit());
        if (rate == null || a.isRange() || a.low() == null || a.unit().isEmpty() || a.unit().indexOf('/') >= 0) {
            return null;
        }
        io.github.jixiao.target.UnitKind kind = io.github.jixiao.target.UnitKind.of(a.unit());
        return kind != null && kind == io.github.jixiao.target.UnitKind.of(rate.of())
                ? a.low().toPlainString() + a.unit() + "/" + rate.per() : null;
    }

    private static String unitText(TargetValue t) {
        return t.unit().isEmpty() ? "" : t.isPercent() ? "%" : " " + t.unit();
    }

    private static String unitName(String unit) {
        return unit.isEmpty() ? "—" : unit;
    }
}
