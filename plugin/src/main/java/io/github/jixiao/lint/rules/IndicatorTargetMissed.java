package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.MoneyOutput;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.StatedMiss;
import io.github.jixiao.target.TargetValue;
import io.github.jixiao.target.WorkLeft;

@RuleInfo(
        id = "indicator-target-missed",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "指标未完成",
        titleEn = "Target missed",
        rationaleZh = "实际完成值未达到指标值（按 ≥、≤、区间和单位比较）。未完成的指标须说明偏差原因和改进措施，并在自评得分中体现（按完成比例扣分）。"
                + "实际完成值超过写明的“≤”“<”上限的（濉溪 2019：扶贫临时救助标准 ≤5300元/户，一户年最高5300元，实际 5830元/户），是突破了上限（标准），不是完成不足，消息写明超出多少（over-cap，与未完成是同一条发现）。"
                + "这是关于绩效的事实；在 score-ignores-missed-target 报告满分的行上，一项缺陷只报告一次：那条错误已说明未完成、得分未扣减及应得分数，"
                + "并带上本规则要说的（指标值没有比较符时的读法、偏差原因空白），本规则在该行不再另报；已写明原因的提示（只提醒核对得分）同样不再重复。指标值是资金数额的产出指标（廊坊 2019：“工程资金金额 43.2”即预算 43.2 万元，实际 37.24）未扣分（满分或没有得分）的，不报告：少花的钱由预算执行率计分、由 execution-rate-unexplained 要求说明原因，在这一行再扣分就计了两次（indicator-input-as-output 指出这一行是投入）；已扣分的照常说明。"
                + "实际完成值带有比较符、说的是一个范围（“88.32%及以上”对“95%及以上”，吕梁 2021）而又未完成的，只报本规则（range-actual，同时要求去掉比较符写明数值），不再另报 actual-equals-target-pattern。"
                + "单位已在得分中扣分（得分低于分值，零陵 2021：6 分得 5 分）而偏差原因空白的，只要求写明原因，不再要求扣分（deducted、bare-deducted，与不扣分时是同一条发现）；扣分多于或少于按完成比例计算的，同一条发现还写明综合评分所计的计算得分（-below、-above），score-claim-mismatch 在该行得分处不再另报（稷山 2021）。已写明原因的，行上已看得出扣分时不再提醒核对得分（explained-deducted），扣分与按完成比例计算的不同时写明计算得分和算式，不说“已扣减”（explained-deducted-above、-below），突破上限的照此说明（over-cap-explained）。"
                + "产出指标的指标值是资金数额、实际支出少于它的（廊坊 2019 的工程资金金额 43.2 → 37.24，已完工、结余），不是产出未完成而是资金未用完，由预算执行率计分，该行得分按单位自评暂计、未核对：已写明原因或已扣分的，本规则不报告（indicator-input-as-output 已指出该行是资金数额，扣分未写理由的由 indicator-score-unexplained 的 money 报告）；突破上限的照常报告。"
                + "比率的指标值超过 100% 的（合格率 ≥ 120%），计分按它只能表示的 ≥ 100% 读（自 session 52），未完成的同一条发现写明这一读法（ceiling、explained-ceiling，自 session 53；已按完成比例扣分而未说明原因的也写明，deducted-ceiling，自 session 54）。"
                + "指标值是没有写出计量对象的比率的（indicator-target-unmeasurable 的 aim-rate、area-rate、effectiveness-rate：促进…发展 ≥ 95%），计分按单位自评得分照录、不按完成比例计（自 session 52），未完成时不要求按比例扣分，而请改写指标（unmeasurable、explained-unmeasurable、bare-unmeasurable、bare-full-unmeasurable，与原来是同一条发现；已扣分而说明了原因的只说已扣减，不按比例核对；自 session 53）；表中不印分值、不计分的，不提计分，只说看不出完成了多少（-unscored，同一条发现，自 session 54）。"
                + "表式按设计不为绩效指标印分值和得分的（unpointed 框架：云南 航消 2022、吕梁 2021），该行既无分值又无得分，没有可扣的分，消息不再说“并在得分中相应扣分”（unscored 等 -unscored 变体，同一条发现，自 session 56）；评分框架写明报告说明原因的一节在存稿截断之后的（partialCut.executionReason），也不要求写明原因，只说写在那里的原因无从核对（-unscored-cut）。"
                + "只写“100%”（或比率名称只写“100”）、按“≥ 100%”理解而未完成的（稷山 2021 的适龄儿童疫苗接种率“100.00%”、吕梁 2021 的结业考核通过率“100%”），只建议写“= 100%”（bare-full、bare-deducted-full，同一条发现）：照“≥ 100%”写了，indicator-target-at-ceiling 又会要求改成“= 100%”；自评时也不建议改低目标（改成“≥ 95%”会让未完成消失）。"
                + "实际完成值只写工作仍在进行（“正在推进”“进行中”“随项目进度把控”“剩余工程款待申请”）或“基本完成”的（天津 东丽区 2020），"
                + "到年终自评时指标没有完成（评分时“基本完成”读作部分达成，其余无法判定达成程度），同样须说明原因并扣分，有没有分值都报告；"
                + "一部分已完成、另一部分仍在进行或尚未完成的（“一期已完工，二期正在推进”“主体已完工，附属工程尚未完工”）也是如此（评分时读作部分达成）；只写某部分尚未完成、未写哪部分已完成的（“二期尚未完工”），与单写“正在推进”同样报告（评分时不推测完成档次）；只是结算、决算、审计、验收等收尾工作尚未完成的（“二期尚未完成竣工决算”）不报告，但该行的指标值或指标名称本身要求的正是拨付、验收、结算的，“尚未拨付”“资金未到位”“尚未完成验收”就是未完成，同样报告；“尚未启动”“未启动”是整项工作尚未开始，同样报告；"
                + "“未完成率0%”“未完成项目数：0”“未拨付资金为0”里的词是数字的名称，“无未完成事项”是否认，都不报告；"
                + "这些词须是独立的词：“存在建设”“现在建成”里的“在建”、作状语的“在项目实施中未发生安全事故”“在建设中严格把关”、已完成的设施“正在发挥作用”、写明已完成全年任务或验收合格的“正在”，以及“严格把控质量”里的“把控”，都不报告；"
                + "实际完成值用文字写明没有做到的（“1-2期未能及时培训”，吕梁 2021；“未按时完成”“未达到”“没有达到”“未达标”“未实现”“未落实”“未到位”“未开展”“未实施”），是未完成，同样报告（stated）；评分时与本规则读法相同：写明只是一部分没有做到的（“1-2期”“2所”“第三期”“部分”“个别”在前）读作部分达成，整体没有做到的（“培训未能开展”“资金未到位”）读作未达成，得满分的由 score-ignores-missed-target 报告；“未发生”“未出现”“未发现”（安全事故、问题）是做到了，同一分句中前面写着否认的（“不存在未达标情况”“杜绝未落实情况”“无未到位资金”）也是，不在此列；指标值本身也是否定或写着同一个词的、实际完成值照写了指标值原话的（“培训质量达标，未能参训学员已安排下期补训”），不报告。"
                + "指标值本身也写着这些词或只要求推进的（“按进度推进”“基本完成”），或完成档次一栏已写未达成、部分达成的（由 indicator-miss-unexplained 要求说明），或指标值是数字的（由 indicator-actual-incommensurable 要求填写实际数值），不报告；但指标值是每个对象须符合的区间（“18—54周岁”）、实际完成值写明有对象在区间之外的（“存在18岁以下、54周岁以上”，吕梁 2021），是写明的未完成，报告并请写明符合条件的人数或比例（stated-range，与 stated 为同一问题；自 session 57 起）。"
                + "表式在实际完成值的位置印实施进度的（评分框架写明 actualIs: progress，四川项目支出绩效自评报告的“实施进度”一栏），进度百分比（“完成80%”“80%”）按工作完成的进度读：不足 100% 的，说明工作尚未全部完成、指标值没有达到（progress-short，已说明原因的作提示：progress-short-explained），不再拿进度与指标值的数值比较（进度 80% 不是满意度 80%）；达到 100% 的不报告（自 session 56）。",
        rationaleEn = "The actual falls short of the target (compared by ≥, ≤, ranges and units). A missed target needs the reason for the gap and the remedy, "
                + "and must show in the score (points in proportion to what was achieved). An actual above a written \"≤\" or \"<\" ceiling (Suixi 2019: "
                + "temporary relief standard ≤ 5300 yuan per household, at most 5300 a year, paid 5830) is a ceiling (a standard) broken, not a shortfall, and the message says by how much "
                + "(over-cap, the same finding as a miss). An output row whose target is an amount of money (Langfang 2019: 工程资金金额 (project funds amount) 43.2, the budget of 43.2 × 10,000 yuan, with 37.24 spent) not marked down (at full points, or with no score) is not reported: the money not spent is the budget execution rate's to score and execution-rate-unexplained's to ask the reason of, and a deduction here would count it twice (indicator-input-as-output says the row is an input); one the unit did mark down is said as usual. Where the unit has marked the row down already (its score below "
                + "its points, Lingling 2021: 5 of 6) and the reason is blank, only the reason is asked for (deducted, bare-deducted: the same finding "
                + "as without the deduction); where the deduction is more or less than the completion ratio gives, the same finding also says the computed "
                + "score the total counts (-below, -above), and score-claim-mismatch says nothing more at the row's score; with a reason given, the "
                + "note does not ask to check a deduction the row shows (explained-deducted), says the figure the completion ratio gives and its formula where the score differs from it, not \"reduced\" (explained-deducted-above, -below), and says a ceiling broken as such (over-cap-explained). An output row whose target is an amount of money spent short of it (Langfang 2019's 工程资金金额 (project funds amount) 43.2 → 37.24, the works finished, a saving) is money not spent, not an output missed: the budget execution rate (预算执行率) scores it and the row's score is taken as stated, unchecked, so with a reason given or points taken off it is not reported (indicator-input-as-output says the row is money; a deduction without its reason is indicator-score-unexplained's money note); a ceiling broken still is. A rate's target above 100% (合格率 ≥ 120%, a pass rate of 120% or more) is scored as the ≥ 100% it can only mean (since session 52), and its miss says so in the same finding (ceiling, explained-ceiling; since session 53; and where the score is reduced in proportion with no reason given, deducted-ceiling, since session 54). A target that is a share of nothing measured (indicator-target-unmeasurable's aim-rate, area-rate, effectiveness-rate: 促进农村集体经济发展 (to further the rural collective economy) ≥ 95%) is scored by the unit's printed score, not in proportion (since session 52), so its miss is not told to deduct in proportion but to rewrite the indicator (unmeasurable, explained-unmeasurable, bare-unmeasurable, bare-full-unmeasurable: the same findings; a deduction with its reason given is said as made, not held to a ratio; since session 53); on a table that prints no points and scores nothing, it says nothing of scoring, only that how much was done cannot be told (-unscored, the same findings; since session 54). On a form that prints neither points nor a score on its indicator rows by design (an unpointed framework: Yunnan aerial fire-fighting 2022, Lüliang 2021), a row with neither has nothing to deduct, and the message no longer says \"deduct points accordingly\" (unscored and the other -unscored variants, the same findings; since session 56); where the framework says the report's section on the reasons lies past the copy's cut (partialCut.executionReason), it does not ask for the reason either, but says one written there cannot be checked (-unscored-cut). A bare \"100%\" (or a rate's bare \"100\") read as \"≥ 100%\" and missed (Jishan 2021's vaccination rate \"100.00%\", Lüliang 2021's pass rate \"100%\") is offered \"= 100%\" alone (bare-full, bare-deducted-full: the same finding): \"≥ 100%\", once written, is what indicator-target-at-ceiling asks to write as \"= 100%\"; a lower target is not offered at the self-evaluation (\"≥ 95%\" would make the miss vanish). It is a fact about performance; on a row where score-ignores-missed-target "
                + "reports full points, one defect is said once: that error says the miss, that the score was not reduced and what it should be, and "
                + "carries what this rule would say (the reading of a target without a comparator, the blank reason), so this rule says nothing more "
                + "there; the hint on a miss whose reason is given (which just asks to check the score) is left out too. A missed target whose actual "
                + "carries a comparator and so states a range (88.32%及以上 (88.32% or more) for 95%及以上 (95% or more), Lüliang 2021) is reported by this rule "
                + "alone (range-actual, which also asks to drop the comparator and give the figure), not by actual-equals-target-pattern as well. "
                + "An actual that only says the work is still under way (正在推进 (being pushed forward), 进行中 (in progress), 随项目进度把控 "
                + "(kept in step with the project), 剩余工程款待申请 (the rest of the payment still to be applied for)) or 基本完成 (basically done) "
                + "(Dongli, Tianjin 2020) means the target was not met by the self-evaluation (the scorer reads 基本完成 (basically done) as partly achieved; the "
                + "rest says no grade): it too needs a reason and a deduction, and is reported with or without points. So is an actual saying one part "
                + "is done and another is still under way or not done (一期已完工，二期正在推进 (phase one finished, phase two being pushed forward), "
                + "主体已完工，附属工程尚未完工 (main works finished, ancillary works not yet finished)), which the scorer reads as partly achieved; "
                + "and one saying a part is not done with nothing said done (二期尚未完工 (phase two not yet finished)), reported as 正在推进 (being pushed forward) alone is "
                + "(the scorer guesses no grade from it); not where only closing out is left (二期尚未完成竣工决算 (phase two's final accounts not yet done): settlement, final accounts, audit or acceptance), unless the row's target or name sets that very act: 尚未拨付 (not yet paid out), 资金未到位 (funds not in place) or 尚未完成验收 (acceptance not yet done) beside a target or name of payment or acceptance is the target not met, and reported; so is 尚未启动 (not yet started), the whole of the work not begun. "
                + "Nor the words in a figure's name, 未完成率 (the rate not done), 未完成项目数 (the number of projects not done) or 未拨付资金 (the funds not paid out) before a figure such as 0, nor a denial, 无未完成事项 (nothing left undone). "
                + "An actual saying in words that the target was not met (1-2期未能及时培训 (periods 1-2 could not be trained in time), Lüliang 2021; 未按时完成 (not done on time), 未达到 (not reached), 没有达到 (not reached), 未达标 (not up to standard), 未实现 (not achieved), 未落实 (not carried out), 未到位 (not in place), 未开展 (not carried out), 未实施 (not carried out)) is a miss too, reported as such (stated); the scorer reads it alike: a miss said of a part of the work (1-2期 (periods 1-2), 2所 (2 schools), 第三期 (the third period), 部分 (some), 个别 (a few) before it) as partly achieved, of the whole (培训未能开展 (the training could not be held), 资金未到位 (funds not in place)) as not achieved, and score-ignores-missed-target reports it at full points; "
                + "未发生 (did not happen), 未出现 (did not occur) and 未发现 (none found), of accidents or problems, say the target was met and are not, nor is a miss word its clause denies before it (不存在未达标情况 (no case of falling short exists), 杜绝未落实情况 (no case of not carrying it out allowed), 无未到位资金 (no funds not in place)), nor an actual whose target is itself a negation or holds the same word, or one that repeats the target's own words (培训质量达标，未能参训学员已安排下期补训 (training quality up to standard; those who could not attend are booked for the next course)). "
                + "The words must stand as words: "
                + "在建 (under construction) inside 存在建设 (there is … construction) or 现在建成 (now built), 实施中 (being carried out) as \"during\" "
                + "(在项目实施中未发生安全事故 (no accident happened during the project)), 建设中 (under construction) likewise (在建设中严格把关 (strictly checked during construction)), 正在 (under way) before 发挥作用 (serving its purpose) or beside "
                + "已完成全年任务 (the year's work done) or 验收合格 (passed acceptance), and 把控 (kept under control) in 严格把控质量 (quality strictly controlled) are not reported. Not where the target uses "
                + "such words or asks for progress itself (按进度推进 (proceed as scheduled)), nor where the achievement column already says 未达成 (not achieved) or "
                + "部分达成 (partly achieved) (indicator-miss-unexplained asks for the reason there), nor under a quantitative target (indicator-actual-incommensurable asks for the figure), except a range target that is a condition of those it counts (18—54周岁 (aged 18 to 54)) beside an actual saying some fall outside it (some under 18 and some over 54, Lüliang 2021): a miss stated in words, said with the advice to state how many meet the condition (stated-range, the same finding as stated; since session 57). Where the form prints the work's progress in the actual's place (the framework says actualIs: progress; the 实施进度 (progress) column of Sichuan's project self-evaluation report), a progress percentage (\"完成\" (done) 80%, a bare 80%) is read as how far the work has gone: below 100% it says the work is not all done and the target not met (progress-short; a note where a reason is given, progress-short-explained), and the progress is not compared with the target's figure (80% done is no satisfaction of 80%); at 100% nothing is said (since session 56).",
        source = "SC-1：财预〔2020〕10号 单位自评评分规则（未完成按实际完成值 / 指标值计分）；SC-3",
        sourceEn = "SC-1: MOF Caiyu [2020] No. 10, self-evaluation scoring rules (a missed target scores actual / target); SC-3",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。请在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施，并在得分中相应扣分。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}, and deduct points accordingly."),
            @RuleInfo.Message(key = "over-cap", sameAs = "", details = {3, 4}, zh = "指标“{0}”突破了上限：指标值 {1}，实际完成值 {2}，超出 {3}（{4}%）。这是超出上限（标准），不是完成不足：请在{@偏差原因分析及改进措施|explanation}中写明超出的原因、依据和整改措施，并在得分中相应扣分。",
                    en = "Indicator \"{0}\" went over its ceiling: target {1}, actual {2}, {3} over ({4}%). That is a ceiling (a standard) broken, not a shortfall: give the reason for going over, its basis and the remedy in {@偏差原因分析及改进措施|explanation}, and deduct points accordingly."),
            @RuleInfo.Message(key = "range-actual", sameAs = "", zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}；实际完成值带有比较符，说的是一个范围，不是实际达到的数值。请去掉比较符，按统计或调查结果写明实际达到的数值，在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施，并在得分中相应扣分。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}; the actual carries a comparator and states a range, not the value reached. Drop the comparator and give the value actually reached, from counts or a survey; give the reason and the remedy in {@偏差原因分析及改进措施|explanation}, and deduct points accordingly."),
            @RuleInfo.Message(key = "explained", zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}（已说明原因）。请确认得分已相应扣减。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2} (a reason is given). Make sure the score reflects it."),
            @RuleInfo.Message(key = "explained-deducted", sameAs = "explained", details = {3, 4}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}；已说明原因，得分已扣减（{3} 分中得 {4} 分）。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}; a reason is given and the score is reduced ({4} of {3} points)."),
            @RuleInfo.Message(key = "explained-deducted-above", sameAs = "explained", details = {3, 4, 5, 6}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}；已说明原因，但得分只扣减了一部分：{3} 分中得 {4} 分，按完成比例计算应得 {5} 分（{6}）。请核对得分。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}; a reason is given, but the score is reduced only in part: {4} of {3} points, where the completion ratio gives {5} ({6}). Check the score."),
            @RuleInfo.Message(key = "explained-deducted-below", sameAs = "explained", details = {3, 4, 5, 6}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}；已说明原因，得分扣减得比完成比例多：{3} 分中得 {4} 分，按完成比例计算为 {5} 分（{6}）。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}; a reason is given, and the score is reduced by more than the completion ratio: {4} of {3} points, where the ratio gives {5} ({6})."),
            @RuleInfo.Message(key = "over-cap-explained", sameAs = "explained", details = {3, 4}, zh = "指标“{0}”突破了上限：指标值 {1}，实际完成值 {2}，超出 {3}（{4}%），已说明原因。请确认得分已相应扣减。",
                    en = "Indicator \"{0}\" went over its ceiling: target {1}, actual {2}, {3} over ({4}%); a reason is given. Make sure the score reflects it."),
            @RuleInfo.Message(key = "over-cap-explained-deducted", sameAs = "explained", details = {3, 4, 5, 6}, zh = "指标“{0}”突破了上限：指标值 {1}，实际完成值 {2}，超出 {3}（{4}%）；已说明原因，得分已扣减（{5} 分中得 {6} 分）。",
                    en = "Indicator \"{0}\" went over its ceiling: target {1}, actual {2}, {3} over ({4}%); a reason is given and the score is reduced ({6} of {5} points)."),
            @RuleInfo.Message(key = "bare", details = {4, 5}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。请在指标值中写明 ≥、≤ 或 =；确属未完成的，说明原因并扣分。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. Write ≥, ≤ or = in the target; if the target was missed, give the reason and deduct points."),
            @RuleInfo.Message(key = "deducted", sameAs = "", details = {3, 4}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。得分已扣减（{3} 分中得 {4} 分），但{@偏差原因分析及改进措施|explanation}空白。请写明偏差原因和改进措施。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. The score is reduced ({4} of {3} points), but {@偏差原因分析及改进措施|explanation} is blank. Give the reason for the gap and the remedy."),
            @RuleInfo.Message(key = "bare-deducted", sameAs = "bare", details = {4, 5, 6, 7}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。得分已扣减（{6} 分中得 {7} 分），但{@偏差原因分析及改进措施|explanation}空白。请在指标值中写明 ≥、≤ 或 =，并写明未完成的原因。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. The score is reduced ({7} of {6} points), but {@偏差原因分析及改进措施|explanation} is blank. Write ≥, ≤ or = in the target, and give the reason the target was missed."),
            @RuleInfo.Message(key = "deducted-below", sameAs = "", details = {3, 4, 5, 6}, formulas = {6}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。得分已扣减（{3} 分中得 {4} 分，比按完成比例计算的 {5} 分（{6}）扣得多；综合评分按 {5} 分计），但{@偏差原因分析及改进措施|explanation}空白。请写明偏差原因和改进措施；多扣的分若另有依据，一并写明，由复核确定。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. The score is reduced ({4} of {3} points, below the {5} its completion ratio gives ({6}); the total counts {5}), but {@偏差原因分析及改进措施|explanation} is blank. Give the reason for the gap and the remedy; if the further deduction has grounds, state them too, for the reviewer to decide."),
            @RuleInfo.Message(key = "deducted-below-part", sameAs = "", details = {3, 4, 5, 6}, formulas = {6}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。得分已扣减（{3} 分中得 {4} 分，比按完成比例计算的 {5} 分（{6}）扣得多；计分按 {5} 分计），但{@偏差原因分析及改进措施|explanation}空白。请写明偏差原因和改进措施；多扣的分若另有依据，一并写明，由复核确定。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. The score is reduced ({4} of {3} points, below the {5} its completion ratio gives ({6}); the figure scored counts {5}), but {@偏差原因分析及改进措施|explanation} is blank. Give the reason for the gap and the remedy; if the further deduction has grounds, state them too, for the reviewer to decide."),
            @RuleInfo.Message(key = "deducted-above", sameAs = "", details = {3, 4, 5, 6}, formulas = {6}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。得分只扣减了一部分（{3} 分中得 {4} 分，按完成比例应得 {5} 分（{6}）；综合评分按 {5} 分计），{@偏差原因分析及改进措施|explanation}也空白。请写明偏差原因和改进措施，并按完成比例扣分。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. The score is reduced only in part ({4} of {3} points, where its completion ratio gives {5} ({6}); the total counts {5}), and {@偏差原因分析及改进措施|explanation} is blank. Give the reason for the gap and the remedy, and deduct in proportion to what was achieved."),
            @RuleInfo.Message(key = "deducted-above-part", sameAs = "", details = {3, 4, 5, 6}, formulas = {6}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。得分只扣减了一部分（{3} 分中得 {4} 分，按完成比例应得 {5} 分（{6}）；计分按 {5} 分计），{@偏差原因分析及改进措施|explanation}也空白。请写明偏差原因和改进措施，并按完成比例扣分。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. The score is reduced only in part ({4} of {3} points, where its completion ratio gives {5} ({6}); the figure scored counts {5}), and {@偏差原因分析及改进措施|explanation} is blank. Give the reason for the gap and the remedy, and deduct in proportion to what was achieved."),
            @RuleInfo.Message(key = "bare-deducted-below", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。得分已扣减（{6} 分中得 {7} 分，比按完成比例计算的 {8} 分（{9}）扣得多；综合评分按 {8} 分计），但{@偏差原因分析及改进措施|explanation}空白。请在指标值中写明 ≥、≤ 或 =，并写明未完成的原因；多扣的分若另有依据，一并写明，由复核确定。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. The score is reduced ({7} of {6} points, below the {8} its completion ratio gives ({9}); the total counts {8}), but {@偏差原因分析及改进措施|explanation} is blank. Write ≥, ≤ or = in the target, and give the reason the target was missed; if the further deduction has grounds, state them too, for the reviewer to decide."),
            @RuleInfo.Message(key = "bare-deducted-below-part", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。得分已扣减（{6} 分中得 {7} 分，比按完成比例计算的 {8} 分（{9}）扣得多；计分按 {8} 分计），但{@偏差原因分析及改进措施|explanation}空白。请在指标值中写明 ≥、≤ 或 =，并写明未完成的原因；多扣的分若另有依据，一并写明，由复核确定。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. The score is reduced ({7} of {6} points, below the {8} its completion ratio gives ({9}); the figure scored counts {8}), but {@偏差原因分析及改进措施|explanation} is blank. Write ≥, ≤ or = in the target, and give the reason the target was missed; if the further deduction has grounds, state them too, for the reviewer to decide."),
            @RuleInfo.Message(key = "bare-deducted-above", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。得分只扣减了一部分（{6} 分中得 {7} 分，按完成比例应得 {8} 分（{9}）；综合评分按 {8} 分计），{@偏差原因分析及改进措施|explanation}也空白。请在指标值中写明 ≥、≤ 或 =，写明未完成的原因，并按完成比例扣分。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. The score is reduced only in part ({7} of {6} points, where its completion ratio gives {8} ({9}); the total counts {8}), and {@偏差原因分析及改进措施|explanation} is blank. Write ≥, ≤ or = in the target, give the reason the target was missed, and deduct in proportion to what was achieved."),
            @RuleInfo.Message(key = "bare-deducted-above-part", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。得分只扣减了一部分（{6} 分中得 {7} 分，按完成比例应得 {8} 分（{9}）；计分按 {8} 分计），{@偏差原因分析及改进措施|explanation}也空白。请在指标值中写明 ≥、≤ 或 =，写明未完成的原因，并按完成比例扣分。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. The score is reduced only in part ({7} of {6} points, where its completion ratio gives {8} ({9}); the figure scored counts {8}), and {@偏差原因分析及改进措施|explanation} is blank. Write ≥, ≤ or = in the target, give the reason the target was missed, and deduct in proportion to what was achieved."),
            @RuleInfo.Message(key = "bare-full", sameAs = "bare", details = {4, 5}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。请在指标值中写明“= 100%”；确属未完成的，说明原因并扣分。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. Write \"= 100%\" in the target; if the target was missed, give the reason and deduct points."),
            @RuleInfo.Message(key = "bare-deducted-full", sameAs = "bare", details = {4, 5, 6, 7}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。得分已扣减（{6} 分中得 {7} 分），但{@偏差原因分析及改进措施|explanation}空白。请在指标值中写明“= 100%”，并写明未完成的原因。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. The score is reduced ({7} of {6} points), but {@偏差原因分析及改进措施|explanation} is blank. Write \"= 100%\" in the target, and give the reason the target was missed."),
            @RuleInfo.Message(key = "bare-deducted-full-below", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。得分已扣减（{6} 分中得 {7} 分，比按完成比例计算的 {8} 分（{9}）扣得多；综合评分按 {8} 分计），但{@偏差原因分析及改进措施|explanation}空白。请在指标值中写明“= 100%”，并写明未完成的原因；多扣的分若另有依据，一并写明，由复核确定。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. The score is reduced ({7} of {6} points, below the {8} its completion ratio gives ({9}); the total counts {8}), but {@偏差原因分析及改进措施|explanation} is blank. Write \"= 100%\" in the target, and give the reason the target was missed; if the further deduction has grounds, state them too, for the reviewer to decide."),
            @RuleInfo.Message(key = "bare-deducted-full-below-part", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。得分已扣减（{6} 分中得 {7} 分，比按完成比例计算的 {8} 分（{9}）扣得多；计分按 {8} 分计），但{@偏差原因分析及改进措施|explanation}空白。请在指标值中写明“= 100%”，并写明未完成的原因；多扣的分若另有依据，一并写明，由复核确定。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. The score is reduced ({7} of {6} points, below the {8} its completion ratio gives ({9}); the figure scored counts {8}), but {@偏差原因分析及改进措施|explanation} is blank. Write \"= 100%\" in the target, and give the reason the target was missed; if the further deduction has grounds, state them too, for the reviewer to decide."),
            @RuleInfo.Message(key = "bare-deducted-full-above", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。得分只扣减了一部分（{6} 分中得 {7} 分，按完成比例应得 {8} 分（{9}）；综合评分按 {8} 分计），{@偏差原因分析及改进措施|explanation}也空白。请在指标值中写明“= 100%”，写明未完成的原因，并按完成比例扣分。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. The score is reduced only in part ({7} of {6} points, where its completion ratio gives {8} ({9}); the total counts {8}), and {@偏差原因分析及改进措施|explanation} is blank. Write \"= 100%\" in the target, give the reason the target was missed, and deduct in proportion to what was achieved."),
            @RuleInfo.Message(key = "bare-deducted-full-above-part", sameAs = "bare", details = {4, 5, 6, 7, 8, 9}, formulas = {9}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。得分只扣减了一部分（{6} 分中得 {7} 分，按完成比例应得 {8} 分（{9}）；计分按 {8} 分计），{@偏差原因分析及改进措施|explanation}也空白。请在指标值中写明“= 100%”，写明未完成的原因，并按完成比例扣分。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. The score is reduced only in part ({7} of {6} points, where its completion ratio gives {8} ({9}); the figure scored counts {8}), and {@偏差原因分析及改进措施|explanation} is blank. Write \"= 100%\" in the target, give the reason the target was missed, and deduct in proportion to what was achieved."),
            @RuleInfo.Message(key = "ceiling", sameAs = "", details = {3}, zh = "指标“{0}”未完成：指标值 {1}（该比率不会超过 100%，计分按 {3} 读），实际完成值 {2}。请在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施，并在得分中相应扣分。",
                    en = "Indicator \"{0}\" missed its target: target {1} (no such rate exceeds 100%: scored as {3}), actual {2}. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}, and deduct points accordingly."),
            @RuleInfo.Message(key = "deducted-ceiling", sameAs = "", details = {3, 4, 5}, zh = "指标“{0}”未完成：指标值 {1}（该比率不会超过 100%，计分按 {5} 读），实际完成值 {2}。得分已扣减（{3} 分中得 {4} 分），但{@偏差原因分析及改进措施|explanation}空白。请写明偏差原因和改进措施。",
                    en = "Indicator \"{0}\" missed its target: target {1} (no such rate exceeds 100%: scored as {5}), actual {2}. The score is reduced ({4} of {3} points), but {@偏差原因分析及改进措施|explanation} is blank. Give the reason for the gap and the remedy."),
            @RuleInfo.Message(key = "explained-ceiling", sameAs = "explained", details = {3}, zh = "指标“{0}”未完成：指标值 {1}（该比率不会超过 100%，计分按 {3} 读），实际完成值 {2}（已说明原因）。请确认得分已相应扣减。",
                    en = "Indicator \"{0}\" missed its target: target {1} (no such rate exceeds 100%: scored as {3}), actual {2} (a reason is given). Make sure the score reflects it."),
            @RuleInfo.Message(key = "unmeasurable", sameAs = "", details = {3}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。请在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施。该指标值无法计量（名称只写了“{3}”，没有写出计量的是什么），计分不按完成比例扣分：请改写指标，写明计量的对象。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}. The target cannot be measured (the name says only \"{3}\", not what is measured), so no deduction in proportion follows from it: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "explained-unmeasurable", sameAs = "explained", details = {3}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}（已说明原因）。该指标值无法计量（名称只写了“{3}”，没有写出计量的是什么），计分不按完成比例扣分：请改写指标，写明计量的对象。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2} (a reason is given). The target cannot be measured (the name says only \"{3}\", not what is measured), so no deduction in proportion follows from it: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "bare-unmeasurable", sameAs = "bare", details = {4, 5, 6}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。请在指标值中写明 ≥、≤ 或 =；确属未完成的，说明原因。该指标值无法计量（名称只写了“{6}”，没有写出计量的是什么），计分不按完成比例扣分：请改写指标，写明计量的对象。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. Write ≥, ≤ or = in the target; if the target was missed, give the reason. The target cannot be measured (the name says only \"{6}\", not what is measured), so no deduction in proportion follows from it: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "bare-full-unmeasurable", sameAs = "bare", details = {4, 5, 6}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。请在指标值中写明“= 100%”；确属未完成的，说明原因。该指标值无法计量（名称只写了“{6}”，没有写出计量的是什么），计分不按完成比例扣分：请改写指标，写明计量的对象。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. Write \"= 100%\" in the target; if the target was missed, give the reason. The target cannot be measured (the name says only \"{6}\", not what is measured), so no deduction in proportion follows from it: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "unmeasurable-unscored", sameAs = "", details = {3}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。请在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施。该指标值无法计量（名称只写了“{3}”，没有写出计量的是什么），看不出完成了多少：请改写指标，写明计量的对象。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}. The target cannot be measured (the name says only \"{3}\", not what is measured), so how much of it was done cannot be told: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "explained-unmeasurable-unscored", sameAs = "explained", details = {3}, zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}（已说明原因）。该指标值无法计量（名称只写了“{3}”，没有写出计量的是什么），看不出完成了多少：请改写指标，写明计量的对象。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2} (a reason is given). The target cannot be measured (the name says only \"{3}\", not what is measured), so how much of it was done cannot be told: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "bare-unmeasurable-unscored", sameAs = "bare", details = {4, 5, 6}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。请在指标值中写明 ≥、≤ 或 =；确属未完成的，说明原因。该指标值无法计量（名称只写了“{6}”，没有写出计量的是什么），看不出完成了多少：请改写指标，写明计量的对象。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. Write ≥, ≤ or = in the target; if the target was missed, give the reason. The target cannot be measured (the name says only \"{6}\", not what is measured), so how much of it was done cannot be told: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "bare-full-unmeasurable-unscored", sameAs = "bare", details = {4, 5, 6}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。请在指标值中写明“= 100%”；确属未完成的，说明原因。该指标值无法计量（名称只写了“{6}”，没有写出计量的是什么），看不出完成了多少：请改写指标，写明计量的对象。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. Write \"= 100%\" in the target; if the target was missed, give the reason. The target cannot be measured (the name says only \"{6}\", not what is measured), so how much of it was done cannot be told: rewrite the indicator to name what is measured."),
            @RuleInfo.Message(key = "in-progress", zh = "指标“{0}”的实际完成值“{2}”说明工作尚未完成（“{3}”），到年终自评时指标值“{1}”没有达到。请写明年底实际完成的数量或状态；确未完成的，在{@偏差原因分析及改进措施|explanation}中写明原因和改进措施，并在得分中相应扣分。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says the work is not finished ({4}), so the target \"{1}\" was not met by the self-evaluation. Write what was actually done by the end of the year; if the target was missed, give the reason and the remedy in {@偏差原因分析及改进措施|explanation} and deduct points accordingly."),
            @RuleInfo.Message(key = "stated", zh = "指标“{0}”的实际完成值“{2}”写明没有达到指标值“{1}”（“{3}”）。请在{@偏差原因分析及改进措施|explanation}中写明原因和改进措施，并在得分中相应扣分。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says in words that the target \"{1}\" was not met ({4}). Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}, and deduct points accordingly."),
            // session 57 (audit s57 A12 row B1): some of those a range target is a condition of fall outside it, said in words
            @RuleInfo.Message(key = "stated-range", sameAs = "stated", zh = "指标“{0}”的实际完成值“{2}”写明有对象不在指标值“{1}”的范围内（“{3}”）：未达到。请写明符合条件的人数或所占比例（指标值相应写作“= 100%”），在{@偏差原因分析及改进措施|explanation}中写明原因和改进措施，并在得分中相应扣分。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says some fall outside the target's range \"{1}\" ({4}): not met. State how many meet the condition, or what share does (the target then written as \"= 100%\"), give the reason and the remedy in {@偏差原因分析及改进措施|explanation}, and deduct points accordingly."),
            @RuleInfo.Message(key = "stated-range-explained", sameAs = "stated-explained", zh = "指标“{0}”的实际完成值“{2}”写明有对象不在指标值“{1}”的范围内（“{3}”，已说明原因）：未达到。请写明符合条件的人数或所占比例，并确认得分已相应扣减。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says some fall outside the target's range \"{1}\" ({4}; a reason is given): not met. State how many meet the condition, or what share does, and make sure the score reflects it."),
            @RuleInfo.Message(key = "stated-range-unscored", sameAs = "stated", zh = "指标“{0}”的实际完成值“{2}”写明有对象不在指标值“{1}”的范围内（“{3}”）：未达到。请写明符合条件的人数或所占比例（指标值相应写作“= 100%”），并在{@偏差原因分析及改进措施|explanation}中写明原因和改进措施。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says some fall outside the target's range \"{1}\" ({4}): not met. State how many meet the condition, or what share does (the target then written as \"= 100%\"), and give the reason and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "stated-range-unscored-cut", sameAs = "stated", zh = "指标“{0}”的实际完成值“{2}”写明有对象不在指标值“{1}”的范围内（“{3}”）：未达到。请写明符合条件的人数或所占比例。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says some fall outside the target's range \"{1}\" ({4}): not met. State how many meet the condition, or what share does. The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "stated-explained", zh = "指标“{0}”的实际完成值“{2}”写明没有达到指标值“{1}”（“{3}”，已说明原因）。请确认得分已相应扣减。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says in words that the target \"{1}\" was not met ({4}; a reason is given). Make sure the score reflects it."),
            // session 56: a progress figure below 100 % in a 实施进度 column ("actualIs": "progress"), judged against the whole work
            @RuleInfo.Message(key = "progress-short", zh = "指标“{0}”的实施进度“{2}”说明工作只完成了 {3}%，尚未全部完成，指标值“{1}”没有达到。请在{@偏差原因分析及改进措施|explanation}中写明未完成的原因和改进措施。",
                    en = "The progress \"{2}\" of indicator \"{0}\" says only {3}% of the work is done: it is not finished, and the target \"{1}\" was not met. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "progress-short-explained", sameAs = "progress-short", zh = "指标“{0}”的实施进度“{2}”说明工作只完成了 {3}%，尚未全部完成，指标值“{1}”没有达到（已说明原因）。",
                    en = "The progress \"{2}\" of indicator \"{0}\" says only {3}% of the work is done: it is not finished, and the target \"{1}\" was not met (a reason is given)."),
            @RuleInfo.Message(key = "in-progress-explained", zh = "指标“{0}”的实际完成值“{2}”说明工作尚未完成（“{3}”），指标值“{1}”没有达到（已说明原因）。请确认得分已相应扣减。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says the work is not finished ({4}), so the target \"{1}\" was not met (a reason is given). Make sure the score reflects it."),
            // on a form that prints no points and no score on its rows by design (unpointed: t122, t58, t59, t125), nothing to
            // deduct: the clause left out; -cut where the report's reasons lie past the copy's cut (partialCut.executionReason:
            // t122), the reason not asked for (Engine.missedUnscoredWording; audit s55 A10 C1, session 56)
            @RuleInfo.Message(key = "unscored", sameAs = "", zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。请在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "unscored-cut", sameAs = "", zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}. The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "over-cap-unscored", sameAs = "", details = {3, 4}, zh = "指标“{0}”突破了上限：指标值 {1}，实际完成值 {2}，超出 {3}（{4}%）。这是超出上限（标准），不是完成不足：请在{@偏差原因分析及改进措施|explanation}中写明超出的原因、依据和整改措施。",
                    en = "Indicator \"{0}\" went over its ceiling: target {1}, actual {2}, {3} over ({4}%). That is a ceiling (a standard) broken, not a shortfall: give the reason for going over, its basis and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "over-cap-unscored-cut", sameAs = "", details = {3, 4}, zh = "指标“{0}”突破了上限：指标值 {1}，实际完成值 {2}，超出 {3}（{4}%）。这是超出上限（标准），不是完成不足：报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "Indicator \"{0}\" went over its ceiling: target {1}, actual {2}, {3} over ({4}%). That is a ceiling (a standard) broken, not a shortfall: the reason for going over would be given in the report's section on deviations, which lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "range-actual-unscored", sameAs = "", zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}；实际完成值带有比较符，说的是一个范围，不是实际达到的数值。请去掉比较符，按统计或调查结果写明实际达到的数值，在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}; the actual carries a comparator and states a range, not the value reached. Drop the comparator and give the value actually reached, from counts or a survey; give the reason and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "range-actual-unscored-cut", sameAs = "", zh = "指标“{0}”未完成：指标值 {1}，实际完成值 {2}；实际完成值带有比较符，说的是一个范围，不是实际达到的数值。请去掉比较符，按统计或调查结果写明实际达到的数值。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "Indicator \"{0}\" missed its target: target {1}, actual {2}; the actual carries a comparator and states a range, not the value reached. Drop the comparator and give the value actually reached, from counts or a survey. The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "ceiling-unscored", sameAs = "", details = {3}, zh = "指标“{0}”未完成：指标值 {1}（该比率不会超过 100%，计分按 {3} 读），实际完成值 {2}。请在{@偏差原因分析及改进措施|explanation}中写明偏差原因和改进措施。",
                    en = "Indicator \"{0}\" missed its target: target {1} (no such rate exceeds 100%: scored as {3}), actual {2}. Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "ceiling-unscored-cut", sameAs = "", details = {3}, zh = "指标“{0}”未完成：指标值 {1}（该比率不会超过 100%，计分按 {3} 读），实际完成值 {2}。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "Indicator \"{0}\" missed its target: target {1} (no such rate exceeds 100%: scored as {3}), actual {2}. The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "stated-unscored", sameAs = "stated", zh = "指标“{0}”的实际完成值“{2}”写明没有达到指标值“{1}”（“{3}”）。请在{@偏差原因分析及改进措施|explanation}中写明原因和改进措施。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says in words that the target \"{1}\" was not met ({4}). Give the reason and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "stated-unscored-cut", sameAs = "stated", zh = "指标“{0}”的实际完成值“{2}”写明没有达到指标值“{1}”（“{3}”）。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says in words that the target \"{1}\" was not met ({4}). The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "in-progress-unscored", sameAs = "in-progress", zh = "指标“{0}”的实际完成值“{2}”说明工作尚未完成（“{3}”），到年终自评时指标值“{1}”没有达到。请写明年底实际完成的数量或状态；确未完成的，在{@偏差原因分析及改进措施|explanation}中写明原因和改进措施。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says the work is not finished ({4}), so the target \"{1}\" was not met by the self-evaluation. Write what was actually done by the end of the year; if the target was missed, give the reason and the remedy in {@偏差原因分析及改进措施|explanation}."),
            @RuleInfo.Message(key = "in-progress-unscored-cut", sameAs = "in-progress", zh = "指标“{0}”的实际完成值“{2}”说明工作尚未完成（“{3}”），到年终自评时指标值“{1}”没有达到。请写明年底实际完成的数量或状态。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "The actual \"{2}\" of indicator \"{0}\" says the work is not finished ({4}), so the target \"{1}\" was not met by the self-evaluation. Write what was actually done by the end of the year. The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "bare-unscored", sameAs = "bare", details = {4, 5}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。请在指标值中写明 ≥、≤ 或 =；确属未完成的，说明原因。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. Write ≥, ≤ or = in the target; if the target was missed, give the reason."),
            @RuleInfo.Message(key = "bare-unscored-cut", sameAs = "bare", details = {4, 5}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，实际完成值 {2} 未达到。请在指标值中写明 ≥、≤ 或 =。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}); the actual {2} falls short. Write ≥, ≤ or = in the target. The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked."),
            @RuleInfo.Message(key = "bare-full-unscored", sameAs = "bare", details = {4, 5}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。请在指标值中写明“= 100%”；确属未完成的，说明原因。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. Write \"= 100%\" in the target; if the target was missed, give the reason."),
            @RuleInfo.Message(key = "bare-full-unscored-cut", sameAs = "bare", details = {4, 5}, zh = "指标“{0}”的指标值 {1} 没有写比较符，按{4}理解为“{3}”，即“= 100%”（不会超过 100%），实际完成值 {2} 未达到。请在指标值中写明“= 100%”。报告说明偏离绩效目标原因的一节在存稿截断之后（见评分框架的 partial），原因如写在那里，无从核对。",
                    en = "The target {1} of indicator \"{0}\" has no comparator and is read as \"{3}\" ({5}), that is \"= 100%\" (it cannot exceed 100%); the actual {2} falls short. Write \"= 100%\" in the target. The report's section on the reasons for deviating from the targets lies past the copy's cut (see the framework's partial): a reason given there cannot be checked.")
        })
public final class IndicatorTargetMissed implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        int[] tableDecimals = {-1};
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE) && Checks.progress(ctx, facts.row(k))) {
                // a 实施进度 column ("actualIs": "progress", 大英 双心 2020, t44): the work's progress, judged against the
                // whole work, never against the target's figure (完成80% beside 群众满意度 90%: no satisfaction of 80%)
                progressShort(facts.row(k), ctx);
                continue;
            }
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.COMPARED_MISSED)) {
                if (facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.A_QUALITATIVE)
                        && (facts.bits(k) & (IndicatorFacts.ACHIEVEMENT_SHORT | IndicatorFacts.MISSED | IndicatorFacts.T_QUANTITATIVE)) == 0) {
                    inProgress(facts.row(k), ctx);
                } else if (facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.A_QUALITATIVE | IndicatorFacts.T_QUANTITATIVE)
                        && (facts.bits(k) & (IndicatorFacts.ACHIEVEMENT_SHORT | IndicatorFacts.MISSED)) == 0) {
                    outsideRange(facts.row(k), ctx);
                }
                continue;
            }
            Indicator i = facts.row(k);
            if ((facts.bits(k) & IndicatorFacts.MISSED) == 0 && io.github.jixiao.score.IndicatorScoring.ceilingRead(i) != i.targetValue()) {
                continue; // 合格率 ≥ 120% beside 100 %: met at the ceiling it can only mean, as scored (session 52); above-hundred says the target
            }
            if (MoneyOutput.spending(submission, i)) {
                // an 产出 row whose target is money spent short of it (廊坊 2019's 工程资金金额 43.2 → 37.24, 已完工 and a saving
                // against the tender ceiling, scored 9 with its reason, t11): no output missed but money not spent, which the
                // 预算执行率 scores and execution-rate-unexplained asks the reason of; the scorer takes the row's printed score
                // unchecked (MoneyOutput), so "并在得分中相应扣分" would count it twice and "未完成…得分已扣减" judged what
                // nothing scores (session 51, audit s51 A6 row 4). indicator-input-as-output says the row is money; a deduction
                // without its reason is indicator-score-unexplained's money note, a "无" indicator-miss-unexplained's. A
                // ceiling ("≤ 800 元") is no spending: scored by target / actual, and its miss said as any (session 52)
                continue;
            }
            TargetValue t = i.targetValue();
            TargetValue a = i.actualValue();
            // a share of no measured thing (AimRate: 促进…发展 ≥ 95 %): the scorer takes the row's printed score as printed,
            // no ratio (UnmeasurableTarget, session 52), so a miss is not told to deduct in proportion; its -unmeasurable
            // variants say why (the same findings: sameAs, the name's word a detail; session 53, M1's left-alone)
            io.github.jixiao.target.AimRate.Reading unmeasurable = io.github.jixiao.score.UnmeasurableTarget.of(i);
            // 合格率 ≥ 120% is scored against ≥ 100 %, the ceiling it can only mean (RateBound, session 52): the miss says the
            // reading it is scored by beside the figure written (ceiling, explained-ceiling; session 53, C1's left-alone)
            TargetValue scored = io.github.jixiao.score.IndicatorScoring.ceilingRead(i);
            String ceiling = scored == t ? null : scored.formatAsRead();
            String name = Checks.name(i);
            String tq = Checks.target(i);
            String aq = Checks.quote(a.text());
            if (!Checks.blank(i.explanation())) {
                // a reason is given, so this hint only asks to check the score: on a row at full points
                // score-ignores-missed-target says that, with the figures (one defect, one finding)
                // (score-ignores-missed-target says nothing of an unmeasurable row: its printed score is the score)
                if (unmeasurable != null || !facts.all(k, IndicatorFacts.MISSED)
                        || !Checks.fullPointsOnAMiss(i, decimals(submission, tableDecimals))) {
                    // a ceiling broken is said as such, and a deduction the row shows is not asked to be checked (濉溪 2019's
                    // 5830 over ≤ 5300 元/户 scored 9.09 of 10 with a reason: "未完成…请确认得分已相应扣减" where over-cap had
                    // said it is no shortfall; audit s49 A4 row 7): the same finding, the excess and points details
                    String[] over = overCap(t, facts.actualInTarget(k));
                    if (over != null && deducted(i)) {
                        ctx.report(Severity.INFO, "over-cap-explained-deducted", i.actualSrc(), null, name, tq, aq, over[0], over[1],
                                Checks.num(i.points()), Checks.num(i.score()));
                    } else if (over != null) {
                        ctx.report(Severity.INFO, "over-cap-explained", i.actualSrc(), null, name, tq, aq, over[0], over[1]);
                    } else if (deducted(i) && unmeasurable != null) {
                        // no ratio to hold the deduction to: the printed score is the score
                        ctx.report(Severity.INFO, "explained-deducted", i.actualSrc(), null, name, tq, aq,
                                Checks.num(i.points()), Checks.num(i.score()));
                    } else if (deducted(i)) {
                        explainedDeducted(submission, ctx, i, name, tq, aq, decimals(submission, tableDecimals));
                    } else if (unmeasurable != null) {
                        ctx.report(Severity.INFO, "explained-unmeasurable", i.actualSrc(), null, name, tq, aq, unmeasurable.word());
                    } else if (ceiling != null) {
                        ctx.report(Severity.INFO, "explained-ceiling", i.actualSrc(), null, name, tq, aq, ceiling);
                    } else {
                        ctx.report(Severity.INFO, "explained", i.actualSrc(), null, name, tq, aq);
                    }
                }
            } else if (!t.explicitComparator()) {
                // at the target, where the comparator is to be written, and its reading said as indicator-target-no-comparator
                // says it (正向指标（越高越好）…; before, "按指标名称" at the actual: trial s30-G item 6); the words why are
                // details, no part of the fingerprint (which is as it was)
                String[] why = IndicatorTargetNoComparator.why(i,
                        io.github.jixiao.target.Direction.reading(t, i.columns().direction(), i.readName(), i.level1(), i.level2()));
                String read = t.format().startsWith(t.comparator().symbol()) ? t.format() : t.comparator().symbol() + " " + t.format();
                // a bare 100 % on a rate or a percentage read as "≥ 100%" (稷山 2021's 疫苗接种率 100.00%, t53; 吕梁 2021's
                // 结业考核通过率 100%, t58): "≥" written so is indicator-target-at-ceiling's "= 100%", so "= 100%" is offered
                // alone, as indicator-target-no-comparator's rate-full offers it (session 49; the same finding: sameAs bare)
                String full = IndicatorTargetNoComparator.full(i, t) ? "-full" : "";
                if (deducted(i)) {
                    // the unit marked the row down already (t90: 5 of 6 on 木材销售收入 1100万元 → 1093万元): only the reason
                    // is missing, so it is asked for alone; the same finding as bare (the points are details)
                    ctx.report("bare-deducted" + full, i.targetSrc(), name, tq, aq, read, why[0], why[1],
                            Checks.num(i.points()), Checks.num(i.score()));
                } else if (unmeasurable != null) {
                    ctx.report("bare" + full + "-unmeasurable", i.targetSrc(), name, tq, aq, read, why[0], why[1], unmeasurable.word());
                } else {
                    ctx.report("bare" + full, i.targetSrc(), name, tq, aq, read, why[0], why[1]);
                }
            } else if (deducted(i) && ceiling != null) {
                // 合格率 ≥ 120% marked down: the reading the deduction is held to said as the plain miss says it (session 54,
                // W1's left-alone); the same finding as deducted, the reading a detail. Where the score differs from the ratio
                // Engine.missedClaimOnce makes it deducted-below / -above, whose formula says the reading
                ctx.report("deducted-ceiling", i.actualSrc(), name, tq, aq, Checks.num(i.points()), Checks.num(i.score()), ceiling);
            } else if (deducted(i)) {
                ctx.report("deducted", i.actualSrc(), name, tq, aq, Checks.num(i.points()), Checks.num(i.score()));
            } else {
                String[] over = overCap(t, facts.actualInTarget(k));
                if (over != null) {
                    // 5830元/户 against <=5300元/户 (濉溪 2019, t54: 扶贫临时救助标准, 一户年最高5300元): a standard broken, not
                    // 91 % of something done; the same finding as the default (the excess is details)
                    ctx.report("over-cap", i.actualSrc(), name, tq, aq, over[0], over[1]);
                } else if (unmeasurable != null) {
                    ctx.report("unmeasurable", i.actualSrc(), name, tq, aq, unmeasurable.word());
                } else if (ceiling != null) {
                    ctx.report("ceiling", i.actualSrc(), name, tq, aq, ceiling);
                } else {
                    ctx.report("", i.actualSrc(), name, tq, aq);
                }
            }
        }
    }

    /**
     * An actual above the ceiling of a written "≤" or "<" target ({@code actual} in the target's unit): the excess with the
     * target's unit, and its share of the ceiling in % (one decimal, half up); null for any other miss, and for a deadline
     * ("≤ 2024-06-30": a day late is a deadline missed, which the default says).
     */
    static String[] overCap(TargetValue t, java.math.BigDecimal actual) {
        if (actual == null || !t.isQuantitative() || t.isDate() || !t.explicitComparator()
                || (t.comparator() != Comparator.LE && t.comparator() != Comparator.LT)) {
            return null;
        }
        java.math.BigDecimal cap = t.high() != null ? t.high() : t.low();
        if (cap == null || cap.signum() <= 0 || actual.compareTo(cap) <= 0) {
            return null;
        }
        java.math.BigDecimal excess = actual.subtract(cap);
        java.math.BigDecimal share = excess.multiply(java.math.BigDecimal.valueOf(100)).divide(cap, 1, java.math.RoundingMode.HALF_UP);
        return new String[] {Checks.num(excess) + (t.unit().isEmpty() ? "" : " " + t.unit()), Checks.num(share)};
    }

    /** Whether the unit scored the row below its 分值: the deduction the message would ask for is made. */
    /**
     * A missed row with its reason written and its score below its points: the deduction as the row shows it, held to what
     * its completion ratio (or its own 评分标准) gives ({@link io.github.jixiao.score.IndicatorScoring#missed}). Where the
     * score is that figure (to the table's rounding) or none can be computed, "已扣减" as before; where the unit took off
     * less ({@code explained-deducted-above}: 稷山 2021's 1.9 of 2 where 3224 / 3807 × 2 gives 1.69, audit s49 A4 row 3)
     * or more ({@code -below}), the figure and its formula are said, not "已扣减" as if the deduction were the one due. The
     * same finding (details). A row whose target is money (廊坊 2019's 工程资金金额 43.2 → 37.24, t11) does not come here:
     * the scorer takes its printed score and no ratio ({@link MoneyOutput}), and {@link #check} says no miss of it.
     */
    private static void explainedDeducted(Submission s, RuleContext ctx, Indicator i, String name, String tq, String aq,
            int decimals) {
        io.github.jixiao.score.IndicatorScoring.Missed m = io.github.jixiao.score.IndicatorScoring.missed(i);
        boolean differs = m != null && m.score().compareTo(i.score()) != 0
                && !io.github.jixiao.score.IndicatorScoring.roundedAsTheTable(decimals, m.exact(), i.score());
        if (!differs) {
            ctx.report(Severity.INFO, "explained-deducted", i.actualSrc(), null, name, tq, aq,
                    Checks.num(i.points()), Checks.num(i.score()));
            return;
        }
        ctx.report(Severity.INFO, i.score().compareTo(m.score()) > 0 ? "explained-deducted-above" : "explained-deducted-below",
                i.actualSrc(), null, name, tq, aq, Checks.num(i.points()), Checks.num(i.score()),
                m.score().toPlainString(),
                m.formula());
    }

    /** The row printed a score below its points (marked down); IndicatorMissUnexplained asks the same. */
    static boolean deducted(Indicator i) {
        return i.points() != null && i.score() != null && i.points().signum() > 0 && i.score().compareTo(i.points()) < 0;
    }

    /** The table's score decimals ({@link io.github.jixiao.score.IndicatorScoring#tableDecimals}), counted once. */
    private static int decimals(Submission submission, int[] cache) {
        if (cache[0] < 0) {
            cache[0] = io.github.jixiao.score.IndicatorScoring.tableDecimals(submission.indicators());
        }
        return cache[0];
    }

    /**
     * Reports a qualitative actual that says the work is not finished ({@link WorkLeft#WORDS}, every kind), at the self-evaluation (the
     * rule's stage), unless the target asks for progress itself (推进, 进度: 按计划推进 → 正在推进 is on plan) or uses
     * one of the words (基本完成 → 基本完成). Not
     * under a quantitative target: indicator-actual-incommensurable already asks for the figure (one defect, one finding).
     */
    private static void inProgress(Indicator i, RuleContext ctx) {
        String a = i.actual();
        String t = i.effectiveTarget();
        if (a == null || a.isBlank() || t == null || t.isBlank()) {
            return;
        }
        if (WorkLeft.asksProgress(t)) {
            return; // the target asks for progress itself (按进度推进, 按计划推进: being under way is on plan), or is 基本完成
        }
        String[] left = WorkLeft.leftWord(t, a);
        if (left != null) {
            inProgress(i, ctx, left);
            return;
        }
        // the miss said in words (1-2期未能及时培训): the reading the scorer grades the row by (Grade.read), so that the two agree
        StatedMiss.Reading stated = StatedMiss.of(t, a);
        if (stated != null) {
            boolean explained = !Checks.placeholder(i.explanation());
            ctx.report(explained ? Severity.INFO : Severity.WARNING, explained ? "stated-explained" : "stated", i.actualSrc(), null,
                    Checks.name(i), Checks.target(i), Checks.quote(a), stated.word(), stated.word() + " (" + stated.gloss() + ")");
            return;
        }
        // a closing-out or money act not done where the row sets that act itself (资金拨付 | 按时拨付到位 | 尚未拨付; 项目验收 |
        // 完成验收 | 尚未完成验收), as monitoring-deviation-unexplained reads it (session 46); after a row's work (已完工，尚未验收) none
        String[] act = WorkLeft.actLeft(t + " " + (i.name() == null ? "" : i.name()), a);
        if (act != null) {
            inProgress(i, ctx, new String[] {act[0], act[2] + ": " + act[3]});
        }
    }

    /**
     * A range target that is a condition of those it counts (18—54周岁) beside an actual saying some fall outside it
     * ({@link io.github.jixiao.target.StatedMiss#outsideRange}: 吕梁 2021, t58, "存在18岁以下、54周岁以上"): a miss stated in
     * words, as 未能 is ({@code stated-range}, the same finding as {@code stated}), with the advice to state how many meet the
     * condition; indicator-actual-incommensurable does not call it incomparable (session 57, audit s57 A12 row B1).
     */
    private static void outsideRange(Indicator i, RuleContext ctx) {
        TargetValue t = i.targetValue();
        if (t == null || !t.isRange() || i.actual() == null) {
            return;
        }
        String span = io.github.jixiao.target.StatedMiss.outsideRange(i.actual());
        if (span == null) {
            return;
        }
        boolean explained = !Checks.placeholder(i.explanation());
        ctx.report(explained ? Severity.INFO : Severity.WARNING, explained ? "stated-range-explained" : "stated-range", i.actualSrc(), null,
                Checks.name(i), Checks.target(i), Checks.quote(i.actual()), span, span + " (some outside the range)");
    }

    /**
     * A progress figure ({@link Checks#progress}: 完成80%, 80%) below 100 %: the work is not all done, so the target, whatever
     * it is, was not met by the self-evaluation (progress-short; a note where the row gives a reason).
     */
    private static void progressShort(Indicator i, RuleContext ctx) {
        String a = i.actual().strip();
        io.github.jixiao.target.TargetParser.ShareDone share = io.github.jixiao.target.TargetParser.shareDone(a);
        java.math.BigDecimal pct = share != null ? share.percent() : io.github.jixiao.target.TargetParser.parse(a).low();
        if (pct == null || pct.compareTo(Checks.HUNDRED) >= 0) {
            return;
        }
        boolean explained = !Checks.placeholder(i.explanation());
        ctx.report(explained ? Severity.INFO : Severity.WARNING, explained ? "progress-short-explained" : "progress-short",
                i.actualSrc(), null, Checks.name(i), Checks.target(i), Checks.quote(a), pct.stripTrailingZeros().toPlainString());
    }

    private static void inProgress(Indicator i, RuleContext ctx, String[] w) {
        boolean explained = !Checks.placeholder(i.explanation());
        ctx.report(explained ? Severity.INFO : Severity.WARNING, explained ? "in-progress-explained" : "in-progress",
                i.actualSrc(), null, Checks.name(i), Checks.target(i), Checks.quote(i.actual()), w[0], w[0] + " (" + w[1] + ")");
    }
}
