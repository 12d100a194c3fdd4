package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Stage;

@RuleInfo(
        id = "score-claim-mismatch",
        severity = Severity.WARNING,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "自评得分与按评分标准计算的得分不一致",
        titleEn = "A stated score differs from the one the scoring standard gives",
        rationaleZh = "评分表中的得分应能由评分标准和申报的数字重新算出；自评得分（及复核分）不得超过分值，综合评分等于各指标得分之和，评分等级按综合评分确定。不一致时以计算值为准。"
                + "已完成的指标（或按评分标准应得更高分的项）单位自评低于计算值的，综合评分仍按计算值计，但不说“以计算值为准”，而是说明应得分值、请写明扣分理由、由复核确定：没有写原因的为警告，写了原因的只作提示；所写综合评分正是表中各项自评分之和的，差额来自各项，综合评分一条只作提示；本表计分的分值合计与满分不符（行都在）的，计算值没有可比的基准，综合评分一条也只作提示，不说“以计算值为准”。"
                + "未完成的指标，单位自评得分低于按完成比例算出的（多扣了分），仍以计算值为准，但只作提示：单位从严扣分不是需要退回的问题；偏差原因中已写明理由的，说明理由已写、是否采纳由复核确定，不再要求写明（稷山 2020）。"
                + "表中得分写到一位小数的（写到一位小数的得分多于写到两位小数的），绩效指标按完成比例算出的得分四舍五入到一位小数后与所写相同，不算不一致（稷山 2021：4044 / 5662 × 2 = 1.43 写作 1.4；恰在半位的 9.65 写作 9.6 或 9.7 都算）；得分都是整数或写到两位小数的，仍按分位核对。"
                + "按资金块计分的预算执行率，自评得分取资金块合计行所写；合计行未写、而金额与合计行相同的来源行写了的，取该行所写（忠县科协 2024：年度总金额只有金额，执行率得分 9.68 写在“其中:财政拨款”）。"
                + "按资金块计分的预算执行率，表中按其所印的执行率（与金额算出的一致，到所印位数）乘分值计分的，乘积恰在半分时（忠县科协 2024：96.85% × 10 = 9.685，表中写 9.68，按金额计得 9.685 17 → 9.69），舍入两可，所写得分（及由它合成的综合评分）为另一种舍入的，不算不一致，计算过程注明；差得更多的照报。"
                + "按评分标准计算的得分未四舍五入而向上进位、所写比计算值恰好多 0.01 分的（隆阳 2022：10.774% × 20 = 2.1548，写 2.16，计 2.15），是进位方式不同，不是算错，只作提示（rounded-up）。"
                + "绩效指标按完成比例算出的得分恰在半分的（96.85% × 10 = 9.685），写作 9.68 或 9.69 都视为相符，计算过程注明；所写舍去的半分同样计入该项和综合评分（9.68 + 9.69 + 80 = 99.37 与计算的 99.38 相符）。各行所写得分为计算值的舍入的，表中按所写相加得出的该项得分和综合评分也视为相符（两行 8.625 写作 8.63，相加 17.26 而非 17.25）。只在所写得分正是另一种舍入时如此：所写与计算值相同的，综合评分不因另一处的半分而放宽。"
                + "一项缺陷只报告一次：绩效指标未完成（或定性指标的实际完成值低一档、未达成，且表中没有完成档次）而自评恰为满分的，"
                + "差额正是“未完成却得满分”，由 score-ignores-missed-target 报告并给出计算值，这里不再另报；自评超过分值的，差额不全由未完成解释，照报。"
                + "资金块合计行没有填写（两栏以上留作 0 而各项有数）、得分也写作 0 的，由 sum-mismatch 在该行一并给出计算的得分，这里不再另报。"
                + "表中没有“分值”栏（或部分指标没有分值）、所写综合评分与计算值的差额不超过这些指标未能计入的分值的，要补的正是这些分值，由 score-input-missing 一并说明分值合计不足、不评定等级并要求补填，这里不再另报（“可能来自缺少的数据”）；差额超过这些分值的，照报。"
                + "一行绩效指标都没有（存稿在指标之前截断）、所写综合评分与计算值的差额不超过指标的分值的，同样是缺少的数据，由 score-weights 的“没有任何绩效指标”一并说明所写的综合评分无从核对，这里不再另报（忠县科协 2024：所写 99.68，计得 9.69）。"
                + "表式按设计不为绩效指标印分值（评分框架标明 unpointed，如按湖北 20 + 80 表所印分值写成的框架）、所写综合评分高于计算值而差额不超过这些指标的分值的，综合评分本就无从核对，由 score-weights 的 unpointed 说明综合评分只含预算执行等其余各项、不评定等级，这里不报（黄冈 2020：所写 99.6，计得预算执行 20）。评分框架只收录了评分表的一部分、所写综合评分与计算值之差不超过框架未收录的分值（自 session 56 起含框架已收录的指标类别中、副本各行所带分值之外的分值：这些行在截断处之后，如随州 2022 产出指标 40 分中时效、成本的 13 分）的，只作提示（total-partial，info）：在框架补全之前，表中没有可以据此改正的内容。没有分值的各指标所写得分合计超过其所属部分的分值的（indicators-above-weight），表中没有分值栏的（-table）不要求“照表补填分值”，只请核对得分（评分标准定有分值的再填入）；各指标按编号分层（“一、”下列“1、”）的（-outline，隆阳 2022），说明分项的得分看来已计入上一行、相加时重复计入。表中没有“分值”栏、各指标所写得分连同预算执行等其余各项的得分大于所写综合评分的，由 score-input-missing 的 -rows-stated 一并说明所加的各项和所写综合评分不符，这里不再另报 total-stated（两者相加的是同一些得分；预算执行所写得分与计算值不同、两个和不相等的，照报）。",
        rationaleEn = "Every score in the table must follow from the scoring standard and the figures filed; an assessed score (or a 复核分 (reviewer's score)) cannot exceed the criterion's points, the total is the sum of the criteria and the grade follows from the total. Where they differ, the computed figure stands. "
                + "Where a met indicator (or a criterion the standard scores higher) is stated below the computed figure, the total still counts the computed one, but the finding says what the row earns and asks for the deduction's grounds for the reviewer to decide rather than that the computed figure stands: a warning without a reason, a note with one; a stated total that is exactly the sum of the table's stated scores, its gap coming from those, is a note; so is one beside points that do not add up to the full base (the rows all there), where the computed figure has no base to compare with and is not said to stand. "
                + "An indicator that missed its target and is scored by the department below what the share achieved gives (marked down more than the ratio) still counts at the computed figure, but is said as a note: a department marking itself down strictly is nothing to send back; where the explanation gives a reason, the note says so and leaves the deduction to the reviewer rather than asking for it (Jishan 2020). "
                + "Where the table writes its scores to one decimal (more of its scores have exactly one decimal than two), an indicator's proportional score that rounds to the stated one at that decimal is no difference (Jishan 2021: 4044 / 5662 × 2 = 1.43 written 1.4; an exact half tenth, 9.65, written 9.6 or 9.7); a table of whole or two-decimal scores is still compared to the cent. "
                + "Where the budget execution rate is scored on the funds block, its stated score is the one on the block's total row; where that row leaves it blank and a source row with the total's amounts carries one, that row's (Zhongxian science association 2024: 年度总金额 (the year's total) prints amounts only, the 执行率得分 (execution score) 9.68 stands on \"其中:财政拨款\" (of which: fiscal appropriations)). "
                + "Where the budget execution rate is scored on the funds block and the table computes it from the rate it prints (the amounts' rate at its printed precision) times the points, a product on exactly half a cent rounds either way (Zhongxian science association 2024: 96.85% × 10 = 9.685, written 9.68, where the amounts give 9.685 17 → 9.69): a stated score (or a stated total made with it) at the other rounding is no difference, and the formula says so; one further off is reported. "
                + "A stated score exactly 0.01 above the computed one that is the exact figure rounded up rather than to the nearest cent (Longyang 2022: 10.774 % × 20 = 2.1548, stated 2.16, computed 2.15) is a different rounding, not a miscalculation: an info (rounded-up). "
                + "So too an indicator's proportional score on exactly half a cent (96.85% × 10 = 9.685): 9.68 or 9.69 stands, the formula says so, and the half cent the stated rounding leaves off carries to its criterion and the total (9.68 + 9.69 + 80 = 99.37 against the computed 99.38 agrees). Likewise a criterion's or total's stated figure that adds the rows as printed, each a rounding of its computed score, agrees (two rows of 8.625 written 8.63: 17.26, not 17.25). Only where the stated score is that other rounding: a criterion stated as computed gives the total no licence for a half cent elsewhere. "
                + "One defect, one finding: where an indicator missed its target (or its qualitative actual reads as a lower grade or as not achieved, with no "
                + "achievement column) and states exactly its points, the gap is full marks despite the miss, which score-ignores-missed-target reports with "
                + "the computed figures; it is not reported here as well. A stated score above the points is wrong by more than the miss and is reported. "
                + "Where the funds block's total row was not filled in (two columns or more left at 0 while its components carry figures) and its score is written as 0 too, sum-mismatch gives the computed score at that row, and it is not reported here as well. "
                + "Where the table has no 分值 (points) column (or some indicators carry no points) and the stated total's gap to the computed one is within the points those indicators leave out, those points are what is to be filled in: score-input-missing says so, with the points in all and that no grade is given, and the gap (\"may come from the missing figures\") is not reported here as well; a gap larger than those points is. "
                + "So too where there is no indicator row at all (a copy cut before them) and the stated total's gap is within the indicators' points: score-weights' \"no indicators at all\" says that the stated total cannot be checked, and it is not reported here as well (Zhongxian science association 2024: 99.68 stated, 9.69 computed). "
                + "Where the form prints no points on its indicators by design (the framework is marked unpointed, as the one written of a Hubei 20 + 80 table's printed points) and the stated total is above the computed one by no more than those indicators' points, the total cannot be checked: score-weights' unpointed says it covers the other criteria only and is not graded, and nothing is reported here (Huanggang 2020: 99.6 stated, the budget execution's 20 computed). Where the framework holds part of the table and the gap is within the points it does not hold (since session 56 these include the points of a criterion it holds that the copy's rows do not carry, those rows being past the cut: Suizhou 2022, the 13 of its 40 output points on timeliness and cost rows), it is a note (total-partial, info): until the framework is complete there is nothing in the table to correct by it. Where indicators without points are stated as more in all than the points of the part they fall under (indicators-above-weight), a table with no 分值 (points) column (-table) is not asked to copy points from it, only to check the scores (and fill in points where the standard sets them); rows numbered as an outline, parts under a parent (-outline, Longyang 2022), are said to look counted in their parent as well, so that adding them up counts them twice. Where the table has no 分值 (points) column and the scores its rows print, with the other criteria's score, make more than the stated total, score-input-missing's -rows-stated says the sum it adds and that it is not the stated total, and total-stated is not reported as well (both add the same scores; where the execution's printed score is not the computed one, the two sums differ and it is).",
        source = "评分框架的评分标准；财预〔2020〕10号（单位自评）",
        sourceEn = "The framework's scoring standards; MOF Caiyu [2020] No. 10 (unit self-evaluation)",
        messages = {
            @RuleInfo.Message(zh = "“{0}”自评 {1} 分，按评分标准计算为 {2} 分（{3}）。以计算值为准。",
                    en = "\"{0}\" is stated as {1}; the scoring standard gives {2} ({3}). The computed figure stands.", formulas = {3}),
            @RuleInfo.Message(key = "rounded-up", sameAs = "", details = 4, zh = "“{0}”自评 {1} 分，按评分标准计算为 {2} 分（{3}）：相差的 0.01 分是把 {4} 向上进位所致，不是算错。计分按四舍五入的 {2} 分计；如无特别规定，得分请四舍五入到 0.01 分。",
                    en = "\"{0}\" is stated as {1}; the scoring standard gives {2} ({3}): the 0.01 between them is {4} rounded up, not a miscalculation. The figure rounded to the nearest 0.01, {2}, is counted; unless a rule says otherwise, round scores to the nearest 0.01.", formulas = {3}),
            @RuleInfo.Message(key = "below", sameAs = "", zh = "“{0}”自评 {1} 分，低于按评分标准计算的 {2} 分（{3}）。综合评分按计算值计；扣分若另有依据，请写明理由，由复核确定。",
                    en = "\"{0}\" is stated as {1}, below the {2} the scoring standard gives ({3}). The total counts the computed figure; if the deduction has grounds, state them for the reviewer to decide.", formulas = {3}),
            @RuleInfo.Message(key = "below-part", sameAs = "", zh = "“{0}”自评 {1} 分，低于按评分标准计算的 {2} 分（{3}）。计分按计算值计；扣分若另有依据，请写明理由，由复核确定。",
                    en = "\"{0}\" is stated as {1}, below the {2} the scoring standard gives ({3}). The computed figure is counted; if the deduction has grounds, state them for the reviewer to decide.", formulas = {3}),
            @RuleInfo.Message(key = "above-weight", zh = "“{0}”自评 {1} 分，超过该指标的分值 {3} 分，按 {2} 分计。请把自评分改为不超过 {3} 分的得分。",
                    en = "\"{0}\" is stated as {1}, above its {3} points; it counts as {2}. Correct the stated score to at most {3}."),
            @RuleInfo.Message(key = "above-weight-computed", zh = "“{0}”自评 {1} 分，超过该指标的分值 {4} 分；按评分标准计算为 {2} 分（{3}）。以计算值为准。",
                    en = "\"{0}\" is stated as {1}, more than its {4} points; the scoring standard gives {2} ({3}). The computed figure stands.", formulas = {3}),
            @RuleInfo.Message(key = "above-weight-total", sameAs = "above-weight-computed", zh = "“{0}”自评 {1} 分，超过该指标的分值 {4} 分：得分栏写的 {1} 分像是整张表的综合评分，而不是这一项的得分。按评分标准计算，这一项为 {2} 分（{3}），以计算值为准；请在该栏填写这一项的得分，综合评分写在总分一栏。",
                    en = "\"{0}\" is stated as {1}, more than its {4} points: the {1} in its score cell looks like the table's total, not this row's score. The scoring standard gives this row {2} ({3}), and the computed figure stands; write the row's own score in the cell, and the total in the total's.", formulas = {3}),
            @RuleInfo.Message(key = "item", zh = "“{0}”的分项“{1}”自评 {2} 分，按评分标准计算为 {3} 分（{4}）。以计算值为准。",
                    en = "Sub-item \"{1}\" of \"{0}\" is stated as {2}; the scoring standard gives {3} ({4}). The computed figure stands.", formulas = {4}),
            @RuleInfo.Message(key = "item-above-weight", zh = "“{0}”的分项“{1}”自评 {2} 分，超过该分项的分值 {4} 分，按 {3} 分计。请把该分项的自评分改为不超过 {4} 分的得分。",
                    en = "Sub-item \"{1}\" of \"{0}\" is stated as {2}, above its {4} points; it counts as {3}. Correct the stated score to at most {4}."),
            @RuleInfo.Message(key = "indicator", zh = "绩效指标“{0}”自评 {1} 分，按指标值与实际完成值计算为 {2} 分（{3}）。以计算值为准。",
                    en = "Indicator \"{0}\" is stated as {1}; its target and actual give {2} ({3}). The computed figure stands.", formulas = {3}),
            @RuleInfo.Message(key = "indicator-below", sameAs = "indicator",
                    zh = "绩效指标“{0}”已完成（{3}），按评分规则应得 {2} 分，自评只给 {1} 分，也没有说明扣分原因。综合评分按 {2} 分计；扣分若另有依据（如质量、时效问题），请在{@偏差原因分析及改进措施|explanation}中写明，由复核确定。",
                    en = "Indicator \"{0}\" met its target ({3}) and earns {2} by the scoring rules, yet is stated as {1}, with no reason for the deduction. The total counts {2}; if the deduction has grounds (quality, timeliness), state them in {@偏差原因分析及改进措施|explanation} for the reviewer to decide.", formulas = {3}),
            @RuleInfo.Message(key = "indicator-below-part", sameAs = "indicator",
                    zh = "绩效指标“{0}”已完成（{3}），按评分规则应得 {2} 分，自评只给 {1} 分，也没有说明扣分原因。计分按 {2} 分计；扣分若另有依据（如质量、时效问题），请在{@偏差原因分析及改进措施|explanation}中写明，由复核确定。",
                    en = "Indicator \"{0}\" met its target ({3}) and earns {2} by the scoring rules, yet is stated as {1}, with no reason for the deduction. The figure scored counts {2}; if the deduction has grounds (quality, timeliness), state them in {@偏差原因分析及改进措施|explanation} for the reviewer to decide.", formulas = {3}),
            @RuleInfo.Message(key = "indicator-below-reasoned", sameAs = "indicator",
                    zh = "绩效指标“{0}”已完成（{3}），按评分规则应得 {2} 分，自评给 {1} 分，并在偏差原因中写明了扣分理由。综合评分按 {2} 分计；是否采纳扣分，由复核确定（可填复核分）。",
                    en = "Indicator \"{0}\" met its target ({3}) and earns {2} by the scoring rules; it is stated as {1}, with the deduction's reason in the explanation. The total counts {2}; whether the deduction stands is the reviewer's to decide (a reviewer's score may be filed).", formulas = {3}),
            @RuleInfo.Message(key = "indicator-below-reasoned-part", sameAs = "indicator",
                    zh = "绩效指标“{0}”已完成（{3}），按评分规则应得 {2} 分，自评给 {1} 分，并在偏差原因中写明了扣分理由。计分按 {2} 分计；是否采纳扣分，由复核确定（可填复核分）。",
                    en = "Indicator \"{0}\" met its target ({3}) and earns {2} by the scoring rules; it is stated as {1}, with the deduction's reason in the explanation. The figure scored counts {2}; whether the deduction stands is the reviewer's to decide (a reviewer's score may be filed).", formulas = {3}),
            @RuleInfo.Message(key = "indicator-missed-below", sameAs = "indicator",
                    zh = "绩效指标“{0}”未达到指标值，自评 {1} 分，比按完成比例计算的 {2} 分（{3}）扣得多。综合评分按 {2} 分计；多扣的分若另有依据，请在{@偏差原因分析及改进措施|explanation}中写明，由复核确定（可填复核分）。",
                    en = "Indicator \"{0}\" missed its target and is stated as {1}, below the {2} its completion ratio gives ({3}). The total counts {2}; if the further deduction has grounds, state them in {@偏差原因分析及改进措施|explanation} for the reviewer to decide (a reviewer's score may be filed).", formulas = {3}),
            @RuleInfo.Message(key = "indicator-missed-below-part", sameAs = "indicator",
                    zh = "绩效指标“{0}”未达到指标值，自评 {1} 分，比按完成比例计算的 {2} 分（{3}）扣得多。计分按 {2} 分计；多扣的分若另有依据，请在{@偏差原因分析及改进措施|explanation}中写明，由复核确定（可填复核分）。",
                    en = "Indicator \"{0}\" missed its target and is stated as {1}, below the {2} its completion ratio gives ({3}). The figure scored counts {2}; if the further deduction has grounds, state them in {@偏差原因分析及改进措施|explanation} for the reviewer to decide (a reviewer's score may be filed).", formulas = {3}),
            @RuleInfo.Message(key = "indicator-missed-below-reasoned", sameAs = "indicator",
                    zh = "绩效指标“{0}”未达到指标值，自评 {1} 分，比按完成比例计算的 {2} 分（{3}）扣得多，并在偏差原因中写明了理由。综合评分按 {2} 分计；是否采纳多扣的分，由复核确定（可填复核分）。",
                    en = "Indicator \"{0}\" missed its target and is stated as {1}, below the {2} its completion ratio gives ({3}), with the reason in the explanation. The total counts {2}; whether the further deduction stands is the reviewer's to decide (a reviewer's score may be filed).", formulas = {3}),
            @RuleInfo.Message(key = "indicator-missed-below-reasoned-part", sameAs = "indicator",
                    zh = "绩效指标“{0}”未达到指标值，自评 {1} 分，比按完成比例计算的 {2} 分（{3}）扣得多，并在偏差原因中写明了理由。计分按 {2} 分计；是否采纳多扣的分，由复核确定（可填复核分）。",
                    en = "Indicator \"{0}\" missed its target and is stated as {1}, below the {2} its completion ratio gives ({3}), with the reason in the explanation. The figure scored counts {2}; whether the further deduction stands is the reviewer's to decide (a reviewer's score may be filed).", formulas = {3}),
            @RuleInfo.Message(key = "indicator-below-unbased", sameAs = "indicator",
                    zh = "绩效指标“{0}”已完成（{3}），按评分规则应得 {2} 分，自评给 {1} 分。本表各指标的分值合计与满分不符（见 score-weights），综合评分没有完整的基准、不评定等级：请先核对各指标的分值；扣分若有依据，请在{@偏差原因分析及改进措施|explanation}中写明。",
                    en = "Indicator \"{0}\" met its target ({3}) and earns {2} by the scoring rules; it is stated as {1}. The indicators' points here do not add up to the full base (see score-weights), so the total has no full base and is not graded: check the points first; if the deduction has grounds, state them in {@偏差原因分析及改进措施|explanation}.", formulas = {3}),
            @RuleInfo.Message(key = "indicator-above-points", sameAs = "indicator", details = 4,
                    zh = "绩效指标“{0}”自评 {1} 分，超过该指标的分值 {4} 分；按指标值与实际完成值计算为 {2} 分（{3}）。以计算值为准。",
                    en = "Indicator \"{0}\" is stated as {1}, more than its {4} points; its target and actual give {2} ({3}). The computed figure stands.", formulas = {3}),
            @RuleInfo.Message(key = "band", zh = "定性指标“{0}”自评 {1} 分，不在其完成档次“{2}”对应的 {3}–{4} 分之内，按 {5} 分计。",
                    en = "Qualitative indicator \"{0}\" is stated as {1}, outside the {3}–{4} points of its achievement \"{2}\"; it counts as {5}."),
            @RuleInfo.Message(key = "band-read", sameAs = "band", zh = "定性指标“{0}”自评 {1} 分；表中没有写完成档次，按实际完成值读作“{2}”，该档对应 {3}–{4} 分，按 {5} 分计。实际为其他档次的，请在实际完成值后注明“达成”“部分达成”或“未达成”。",
                    en = "Qualitative indicator \"{0}\" is stated as {1}; the table states no achievement level, and its actual reads as \"{2}\", whose band is {3}–{4} points: it counts as {5}. If another level is meant, add 达成 (achieved), 部分达成 (partly achieved) or 未达成 (not achieved) after the actual."),
            @RuleInfo.Message(key = "total", zh = "所写综合评分 {0} 分与按评分标准计算的各项得分之和 {1} 分不一致。以计算值为准。",
                    en = "The stated total {0} is not the sum of the criteria as the scoring standard computes them, {1}. The computed figure stands."),
            @RuleInfo.Message(key = "total-rows", sameAs = "total", details = 2,
                    zh = "所写综合评分 {0} 分等于表中所写各项得分之和（{2}），与按评分标准计算的 {1} 分之差来自各项自评分与计算值的不同（见各项）。综合评分按计算值计。",
                    en = "The stated total {0} is the sum of the scores the table states ({2}); its gap to the {1} the scoring standard computes comes from the stated scores that differ from the computed ones (see each). The total counts the computed figure."),
            @RuleInfo.Message(key = "total-unbased", sameAs = "total",
                    zh = "所写综合评分 {0} 分与按评分标准计算的各项得分之和 {1} 分不一致；但本表计分的分值合计与满分不符（见 score-weights），计算值没有可比的基准，不能据此改正所写综合评分。请先核对各指标的分值，再核对综合评分。",
                    en = "The stated total {0} is not the sum of the criteria as the scoring standard computes them, {1}; but the points scored here do not add up to the full base (see score-weights), so the computed figure has no base to compare with and cannot correct the stated total. Check the indicators' points first, then the total."),
            @RuleInfo.Message(key = "total-unbased-partial", sameAs = "total",
                    zh = "所写综合评分 {0} 分与按评分标准计算的各项得分之和 {1} 分不一致；评分框架标明表只转录了一部分（见 score-weights），计得的只是已转录各项的得分，不能据此核对所写综合评分。",
                    en = "The stated total {0} is not the sum of the criteria as the scoring standard computes them, {1}; the scoring framework says only part of the table is transcribed (see score-weights), so the computed figure is the score of the transcribed items only and cannot check the stated total."),
            @RuleInfo.Message(key = "total-data", zh = "所写综合评分 {0} 分与按评分标准计算的各项得分之和 {1} 分不一致；差额不超过因缺少数据未能计分的 {2} 分，可能来自缺少的数据而非报告本身。补齐数据后再核对。",
                    en = "The stated total {0} is not the sum of the criteria as the scoring standard computes them, {1}; the gap is within the {2} points that could not be scored for want of data, so it may come from the missing figures rather than from the report. Check again once they are filed."),
            @RuleInfo.Message(key = "total-unscored", sameAs = "total-data", details = {3},
                    zh = "所写综合评分 {0} 分与按评分标准计算的各项得分之和 {1} 分不一致；差额不超过未能计分的 {2} 分（{3}），可能来自这些未计分的项目而非报告本身。请先按这些项目各自的提示补正，再核对综合评分。",
                    en = "The stated total {0} is not the sum of the criteria as the scoring standard computes them, {1}; the gap is within the {2} points that could not be scored ({3}), so it may come from those items rather than from the report. Put them right as their own findings say, then check the total again."),
            @RuleInfo.Message(key = "total-partial", zh = "所写综合评分 {0} 分与按评分标准计算的各项得分之和 {1} 分不一致；评分框架只收录了评分表的一部分，差额不超过框架未收录或未能计分的 {2} 分，可能来自这些指标而非报告本身。补全评分框架（及所缺数据）后再核对。",
                    en = "The stated total {0} is not the sum of the criteria as the scoring standard computes them, {1}; the scoring framework holds only part of the table, and the gap is within the {2} points it does not hold or could not score, so it may come from those rather than from the report. Check again once the framework (and any missing figures) is complete."),
            @RuleInfo.Message(key = "total-partial-over", zh = "所写综合评分 {0} 分超过本表所能达到的最高分：已计 {1} 分，加上评分框架未收录或未能计分的 {2} 分，最多 {3} 分。请核对综合评分。",
                    en = "The stated total {0} is more than the table can reach: {1} scored, plus the {2} points the scoring framework does not hold or could not score, makes at most {3}. Check the total."),
            @RuleInfo.Message(key = "total-stated", zh = "所写综合评分 {0} 分小于表中所写各项得分之和 {1} 分（{2}）。综合评分应等于各项得分之和，缺少的数据补齐后也对不上：请核对各项得分与综合评分。",
                    en = "The stated total {0} is less than the scores stated in the table, which add up to {1} ({2}). The total is the sum of its parts, and no missing figure can close the gap: check each stated score and the total."),
            @RuleInfo.Message(key = "total-parts", zh = "所写综合评分 {0} 分，但表中所写各项得分之和为 {1} 分（{2}）：表内合计不符。综合评分应等于各项得分之和；按评分标准计算为 {3} 分。请核对合计与各项得分。",
                    en = "The stated total {0} is not the sum of the scores stated in the table, {1} ({2}): the table does not add up. The total is the sum of its parts; the scoring standard gives {3}. Check the sum and each stated score."),
            @RuleInfo.Message(key = "indicators-above-weight", zh = "“{0}”下没有分值的 {1} 个绩效指标自评得分合计 {2} 分，超过该部分的分值 {3} 分。各指标得分之和不能超过其所属部分的分值：请按表补填各指标分值，并按分值核对得分。",
                    en = "The {1} indicators in \"{0}\" carry no points and are stated as {2} points in all, more than the {3} points it is worth. Scores cannot add up to more than the points of the part they fall under: fill in each indicator's points from the table and check its score against them."),
            @RuleInfo.Message(key = "indicators-above-weight-table", sameAs = "indicators-above-weight",
                    zh = "“{0}”下的 {1} 个绩效指标都没有分值（表中没有分值栏），自评得分合计 {2} 分，超过该部分的分值 {3} 分。各指标得分之和不能超过其所属部分的分值：请核对各指标的得分，使其合计不超过 {3} 分；评分标准为各指标定有分值的，请按其填入各指标的分值（points）后再核对。",
                    en = "The {1} indicators in \"{0}\" carry no points (the table has no 分值 (points) column) and are stated as {2} points in all, more than the {3} points it is worth. Scores cannot add up to more than the points of the part they fall under: check the indicators' scores so that they add up to at most {3}; where the scoring standard sets each indicator's points, fill them in (points) and check again."),
            @RuleInfo.Message(key = "indicators-above-weight-outline", sameAs = "indicators-above-weight",
                    zh = "“{0}”下没有分值的 {1} 个绩效指标自评得分合计 {2} 分，超过该部分的分值 {3} 分。表中指标按编号分层（“一、…”下列“1、…”），分项的得分看来已计入其上一行，各行得分相加时重复计入。请核对各行得分：分项已计入上一行的，只计一次（上一行或其分项）；确为并列的指标，请删去编号，并使各行得分合计不超过 {3} 分。",
                    en = "The {1} indicators in \"{0}\" carry no points and are stated as {2} points in all, more than the {3} points it is worth. The table numbers its indicators as an outline (parts numbered under a parent, Chinese numerals for the parent, Arabic ones for its parts), and the parts' scores look counted in their parent's as well, so adding up the rows counts them twice. Check the rows' scores: where the parts are counted in their parent, count them once (the parent or its parts); where the rows are indicators side by side, remove the numbering and keep their scores within {3} in all."),
            @RuleInfo.Message(key = "rate", zh = "绩效指标“{0}”得分 {1}，但分值 {2} × 得分系数 {3}% = {4}。得分应等于分值乘以得分系数。",
                    en = "Indicator \"{0}\" scores {1}, but its points {2} × its score rate {3}% = {4}. The score is the points times the rate."),
            @RuleInfo.Message(key = "grade", zh = "所写评分等级“{0}”与综合评分 {1} 分对应的等级“{2}”不一致。",
                    en = "The stated grade \"{0}\" is not the grade of the total {1}, \"{2}\"."),
            @RuleInfo.Message(key = "reviewed-above-weight", zh = "“{0}”的复核分 {1} 分，超过该指标的分值 {2} 分。复核分与自评分一样不能超过分值：请核对{@复核分|reviewedScore}。",
                    en = "\"{0}\": the 复核分 (reviewer's score) {1} is above its {2} points. A reviewer's score, like a self score, cannot exceed the points: check the reviewer's score in {@复核分|reviewedScore}."),
            @RuleInfo.Message(key = "item-reviewed-above-weight", zh = "“{0}”的分项“{1}”复核分 {2} 分，超过该分项的分值 {3} 分。复核分与自评分一样不能超过分值：请核对{@复核分|reviewedScore}。",
                    en = "Sub-item \"{1}\" of \"{0}\": the 复核分 (reviewer's score) {2} is above its {3} points. A reviewer's score, like a self score, cannot exceed the points: check the reviewer's score in {@复核分|reviewedScore}."),
            @RuleInfo.Message(key = "indicator-reviewed-above-points", zh = "绩效指标“{0}”的复核分 {1} 分，超过该指标的分值 {2} 分。复核分与自评分一样不能超过分值：请核对{@复核分|reviewedScore}。",
                    en = "Indicator \"{0}\": the 复核分 (reviewer's score) {1} is above its {2} points. A reviewer's score, like a self score, cannot exceed the points: check the reviewer's score in {@复核分|reviewedScore}."),
            @RuleInfo.Message(key = "unknown-criterion", zh = "自评中的指标 id“{0}”不在评分框架 {1} 中，此条自评未计入。请检查 id 或 department.json 的 framework。",
                    en = "Criterion id \"{0}\" is not in framework {1}; this claim is ignored. Check the id, or department.json's framework.")
        })
public final class ScoreClaimMismatch implements InputRule {
}
