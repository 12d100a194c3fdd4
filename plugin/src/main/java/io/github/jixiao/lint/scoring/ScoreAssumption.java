package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.ReadingTexts;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;

@RuleInfo(
        id = "score-assumption",
        severity = Severity.INFO,
        category = Category.SCORING,
        stages = {Stage.TARGETS, Stage.MONITORING, Stage.SELF_EVALUATION},
        titleZh = "计分时作出的假定",
        titleEn = "An assumption made in scoring",
        rationaleZh = "很多自评表没有“完成档次”一栏，定性指标的实际完成值只写“达成预期指标”“已完成”，或照抄指标值，或写“基本达到”“较及时”“未达标”。计分时把这样的实际完成值读作一个档次："
                + "达成预期指标、已完成或与指标值相同的读作“达成”；已完成、完成后写完成比例的（大英 2020 的“实施进度”：已完成100%），100% 与单写“已完成”同读，不足 100% 读作“部分达成”，0% 读作“未达成”；框架列出的“基本达到”“基本完成”“部分完成”等，以及在指标值的词前加“基本”“较”“比较”“部分”的（达标 → 基本达标、及时 → 较及时）读作“部分达成”；"
                + "加“未”“不”的（达标 → 未达标），以及框架读作达成的词前加“未”“不”的（未达成预期指标、未完成、不符合要求）读作“未达成”。指标值只写方向、未写幅度的（增加、提高、有所下降、超上年度），实际完成值写明按这一方向变化了多少的（增372人次、同比下降2%、增收27万元）读作“达成”，反方向变化或变化为 0 的读作“未达成”。按该档次的分值区间核对得分，并说明这一假定，便于复核。其他写法不猜，按缺少完成档次处理。"
                + "评分表（如深圳附件2）只列各指标总分、不列分项的：由部门自评分项组成的指标，若总分只有一种得法（在可计算部分之外，这些分项全部满分，且未发生一票否决事项），按此计分并说明；"
                + "总分低于此的，哪一分项失分应由部门说明，不推算。"
                + "由 jixiao:import 从评分表导入、该指标未逐项填写的，则以表中这一总分为准：能由申报数据算出的分项照算，其余分项（部门自评的，或缺少所需数字的）合计取总分减去已算出部分（不低于 0、不超过它们的分值），一票否决事项在总分大于 0 时按“否”计；"
                + "总分与计算不符（如超过分值，或低于已算出的部分）的，由 score-claim-mismatch 指出该单元格。"
                + "另有一处：有的表式（如宁夏的绩效目标自评表）资金情况只列金额，不印分值和得分，100 分全在绩效指标上；框架标明可以这样省去的指标（如 mof-project-2020 的预算执行率），在表中该行不印分值和得分、而各指标所印分值之和已是框架满分时，按 0 分权重处理，总分以指标分值之和为满分并评定等级，同样说明这一假定。指标分值之和不足满分的，该指标照常计分（缺的是数据，不是表式）。"
                + "还有：表中只列一个预算数（年初预算数或安排资金）和执行数，既无全年预算数、也未写执行率的（天津 东丽区 2020 的自评报告：安排 700 万元、已拨付 700 万元），"
                + "框架标明可以这样计算的（mof-project-2020 的预算执行率），按 全年执行数 ÷ 年初预算数 计算，视为年内未调整预算，并说明这一假定；全年预算数印为 0 的不作此假定（那是要更正的数字），由 jixiao:import 导入、表中印有全年预算数一栏而这一格空白的也不作（那是没有填写的数字：score-input-missing blank）。"
                + "再有：指标值在比较符前写了所衡量的文字、或在其后的括号中写了文字（“合格率≥95%”“≥95%（度汛安全率）”“因灾损失≤10万元”），只有一个比较符和一个数字，实际完成值是同一单位的数字的（或尚无实际完成值、度量单位与之相同），按该数值（≥ 95%）与实际完成值比较计分，并说明这一读法；实际完成值是文字或另一单位的，不作此读法（score-input-missing labelled-target：请写作“≥ 95%”）。没有比较符的（“完成率95%”）仍是文字。目标申报和运行监控阶段不计分，指标值同样这样读：读作数值的，以及未能读作数值（没有实际完成值或实际完成值是文字、本行也无同一单位）的，都在指标值处说明，并请写作“≥ 95%”。实际完成值也是一样：在一个数字旁写了文字的（“培训人次 520”“合格率98%”“实际完成95%（合格率）”），指标值是数值、该数字的单位与指标值相同（或可换算；没写单位的，本行有度量单位，或文字以指标值的单位结尾，如“人次”），按该数值比较并说明（labelled-actual）；指标值是不带单位的数字、本行也没有度量单位的（“880”），该数字写了单位的（“支出800万元”），指标值按这一单位读，与只写“800万元”时相同（另有 target-unit-assumed 说明），人均等按单位计的除外；有两个数字、单位不同、带比较符，或文字表示否定、增减、计划、上年等的（“尚未完成20%”“较上年增长5%”“计划520人次”），仍是文字。运行监控表的全年预计完成值同样这样读（labelled-forecast），排除的情形相同。日期旁写了文字的实际完成值（“完成时间 2024年10月”“2024年10月（完工时间）”），指标值是日期的，同样按其中的日期比较并说明（labelled-date，日期按所写的精度说明：“2022年10月”即 2022-10）；日期不带年份的（“完成时间 10月”），与不带文字时一样，按表的年度读（指标值也不带年份，或带年份而实际完成值不带）；文字表示计划、截至等的，仍是文字。运行监控表的全年预计完成值是日期、旁边写了文字的，同样读作日期并说明（labelled-forecast-date）；其前的“预计”是该栏本身的意思，不使之成为文字（“预计11月完成”）。还有：定量指标未达到指标值的，本行的评分标准写明每少（或每超过）一个单位扣几分的（福建 2020 的“达9个得6分,少检查一个扣1分,扣完为止”“每超过一个百分点扣0.5分”），按本行标准计分（6 − 1 × (9 − 8) = 5，不低于 0；标准写了“最多扣3分”“扣分不超过3分”或“最低得2分”的，按此为限），而不按实际完成值与指标值之比，并说明这一读法；只读每一个单位（一、1）扣分、单位与指标值相同（个百分点或 % 对百分比）、指标值为 ≥、≤ 或 = 的，几个单位一档的（“每低于5%扣2分”）或写了不同扣分的，仍按比例计分；标准另写了与指标值不同的同单位数值、百分点数或（对个数）百分比的（“100%计满分”对 ≥95%，“低于80%不得分”），是从该数值起算或到该数值为止，也仍按比例计分；实际完成值与指标值相差不足一个单位或不是整单位的（99.5% 对 ≥100%），不满一档是否扣分表中未写明，同样按比例计分。"
                + "再有：用文字写出的完成期限（“力争6月底前完成”“预计6月底前完成”“确保资金6月底前拨付到位”，“6月中旬完成”按该月 20 日、上旬按 10 日、下旬按月末，一格中期限与另一指标值并写的“≥95%，12月底前完成”“6月底前完成，验收合格率100%”取其期限），实际完成值是日期（或“已于6月20日完成”）的，与直接写“6月底前完成”一样按期限比较计分，并说明这一读法（deadline-read；并写的另一指标值未核对，请另列一行；同一格的其他读法，如“力争6月前完成”按 6 月底读、“已于6月20日完成”按其中的日期读，在同一条说明中写明）；实际完成值是“已完成”“按时完成”等文字的，与普通期限一样按文字读作档次；"
                + "一格中期限与另一指标值并写、实际完成值是另一指标值的数值的（“≥95%，12月底前完成”旁写“98%”），按另一指标值比较计分，期限未核对，并说明这一读法（other-clause-read）；另一指标值只写文字和数字、没有比较符的（“6月底前完成，验收合格率100%”旁写“98%”），按只写一个数的指标值读（比率按“≥”），文字所示方向与指标名称相反的（及时性一行的“投诉率5%”）仍按文字读。期限后只写“按进度推进”等进度说明的（6月底前完成，按进度推进），按期限读，在 deadline-read 中说明。"
                + "名称是时间的指标（完成时间、完成时限、时间节点；培训时间、服务时间等不算）只写 1 到 12 的数、实际完成值不是数字的（完成时间“12”旁写“已完成”或“2022年11月”），按预算年度的该月底前读，并说明这一读法、请写作“12月底前”（bare-month）；实际完成值也只写 1 到 12 的数的（完成时间“12”旁写“12”），也按该月读，两者按月份比较（12 对 12 为按期完成，6 对 7 晚了一个月），只说明一次（bare-month-both）；此前按数量比较（“≥ 12”，没有单位）。"
                + "表中没有印各行分值、评分框架也没有写明分配的，一类的分值按行平均分配（category-even）；其中有行所印得分高于平均分值的（各行分值显然不等），这些得分是表自己的数字，不按假设的平均分值逐行核对，只在这一条提示中说一次印有得分的行数及合计（-scored；昌宁 2022：产出指标 40 分，各行得分 1 至 3 分）。平均分值不能整分到分的（40 ÷ 19 = 2.1053），各行取舍到分后余下的分按行序逐行各加 0.01 分（最大余数法：10 行 2.11、9 行 2.10），使各行分值合计恰为所印分值，不会因四舍五入多出分来（-cents；自 session 55 起，此前 19 × 2.11 = 40.09，昌宁 2022 的得分写作 44.09 / 60.09）。"
                + "一类的得分已印满其分值、有的行却没有印得分的（黄石 2022：产出指标(40分) 六行中四行印 10 分，效益指标(30分) 三行印 10 分；得分按二级指标合并单元格印一次），没有印得分的行读作在合并的得分单元格之下：得分不会超过分值，得分之和等于所印分值，各项只能都是满分，这些行的得分已含在所印的分数中，不另计分，不按 0 分计，也不报缺少得分（indicator-incomplete no-score）；印有得分的行以所印得分为分值，不再平均分配，只在这一条提示中说一次（category-merged；自 session 56 起，此前这些行各报一个错误并按 0 分计）。所印得分不足其分值的，没有印得分的行可能是漏填的，照旧平均分配并报缺少得分。",
        rationaleEn = "Many tables have no achievement column: the actual of a qualitative indicator says only 达成预期指标 (target achieved), 已完成 (done), repeats the target, "
                + "or says 基本达到 (basically reached), 较及时 (fairly timely) or 未达标 (not up to standard). Scoring reads such an actual as a band: 达成预期指标 (target achieved), "
                + "已完成 (done) or the target's own words as 达成 (achieved); 已完成 (done) or 完成 (done) with the share done after it (the 实施进度 (progress) column of Daying 2020, "
                + "where each row says 100% done) as those words alone at 100 %, as 部分达成 (partly achieved) below it and 未达成 (not achieved) at 0 %; the framework's words such as 基本达到 (basically reached) or 部分完成 (partly done), and the target's "
                + "word with 基本 (basically), 较 (fairly), 比较 (fairly) or 部分 (partly) before it, as 部分达成 (partly achieved); with 未 (not) or 不 (not) before it, "
                + "and the framework's words for 达成 (achieved) so denied (未达成预期指标 (target not achieved), 未完成 (not done)), as 未达成 (not achieved). A target that states a direction only (增加 (increase), 提高 (raise), 有所下降 (some decrease), 超上年度 (above last year)) beside an actual stating one change by a figure (such as up 372 visits, down 2 % year on year, income up 270,000 yuan) reads as 达成 (achieved) where the change goes the target's way, as 未达成 (not achieved) where it goes the other way or is 0. It checks the score against that band and says so, so a reviewer can check the assumption. Any other wording is not guessed: "
                + "the row states no achievement. "
                + "A score sheet (such as Shenzhen's Annex 2) that gives each criterion's total but not its parts: for a criterion made of parts the "
                + "department assesses, a total that only one reading gives (beside what is computed, every such part at full points, "
                + "and no disqualifying judgement) is scored so and said; a lower total is not split, as which part lost points is the department's to say. "
                + "Where jixiao:import read that score sheet and the criterion's parts are not given, the table's total stands: the parts the data computes are computed, "
                + "the others (the department's own, or those lacking a figure) together take the total less what was computed (at least 0, at most their points), "
                + "and a disqualifying judgement is taken as no when the total is above 0; a total the computation does not give (above the points, or below the part computed) "
                + "is reported at its cell by score-claim-mismatch. "
                + "One more: some layouts (Ningxia's performance target self-evaluation table) print the funds block with amounts only, no points and no score, and give all 100 points to the "
                + "performance indicators. A criterion the framework marks as one that such a table may leave out (budget execution in mof-project-2020) is weighed 0 when its row prints "
                + "neither points nor score and the points the indicators carry already make up the framework's whole base; the total is then out of those points and graded, and "
                + "the assumption is said. Where the indicators carry less, the criterion is scored as usual (what is missing is data, not the layout). "
                + "And: a table that prints one budget figure (the initial budget, or the funds allotted) and the amount executed, with no full-year budget and no stated rate "
                + "(Dongli, Tianjin 2020's self-evaluation report: 7 million allotted, 7 million paid out): where the framework allows it (budget execution in mof-project-2020), "
                + "the rate is executed ÷ initial budget, as a budget not adjusted in the year, and the assumption is said; not where the full-year budget is printed as 0 (a figure to correct), nor where jixiao:import read a table that prints a full-year budget column and left the cell blank (a figure not filled in: score-input-missing blank)."
                + " Also: a target with the words naming what is measured before its comparator, or words in brackets after it (合格率 (pass rate) ≥ 95%; ≥ 95% with 度汛安全率 (flood-season safety rate) in brackets after it; 因灾损失 (disaster losses) ≤ 10 × 10,000 yuan), holding one comparator and one number, whose actual is a number in the same unit (or, with no actual yet, whose row's unit is that unit), is read as that figure (≥ 95%), compared with the actual and scored, and the reading is said; "
                + "where the actual is words or in another unit it is not (score-input-missing labelled-target: write it as ≥ 95%). One with no comparator (完成率 (completion rate) 95%) stays words. At target-setting and monitoring nothing is scored, yet targets are read the same way: one read as a figure, and one left as words (no actual, or an actual in words, and no row unit to go by), is said at the target, which is asked to be written as ≥ 95%. Likewise an actual with words beside its one figure (培训人次 (training attendances) 520; 合格率 (pass rate) 98%; 95% done, with 合格率 (pass rate) in brackets after it) is read as that figure beside a quantitative target where its unit is the target's (or converts to it; with no unit written, where the row states a unit or the words end with the target's unit, as 人次 (attendances)), and said (labelled-actual); a bare target with no unit on the row (880) is read in the unit such a figure writes (支出 (spent) 800万元), as beside a plain 800万元 (target-unit-assumed says so too), except for a per-unit word (人均 (per person)); two numbers, another unit, a comparator, or words of a negation, a change, a plan or a past year (尚未完成 (not yet done) 20%, 较上年增长 (up on last year by) 5%, 计划 (planned) 520) keep it words. A monitoring table's 全年预计完成值 (full-year forecast) is read the same way, with the same exclusions (labelled-forecast). An actual date with words beside it (完成时间 (time of completion) before October 2024, or 完工时间 (time finished) in brackets after it) is read as its date beside a date target and said (labelled-date, the date at the precision written: 2022-10 for October 2022); one without its year (完成时间 (time of completion) October) is read in the table's year, as the plain date is (beside a target without its year too, or one with it); words of a plan or a bound (计划 (planned), 截至 (as of)) keep it words. A monitoring table's full-year forecast that is such a date is read and said the same way (labelled-forecast-date); 预计 (expected) before it is that column's own word and does not make it words (expected to be done in November). And a quantitative indicator that misses its target, where the row's own 评分标准 (scoring standard) states so many points off for each unit short (or over), as in 福建 (Fujian) 2020's tables (one point off for each inspection short of 9; half a point off for each percentage point over 100 %), is scored by that rule (6 − 1 × (9 − 8) = 5, never below 0, and within a bound the rule states: at most 3 points off, or at least 2 points kept) rather than by the ratio of actual to target, and the reading is said; it is read only with a step of one unit, in the target's own unit (a percentage point or % for a percentage), under a ≥, ≤ or = target; a step of several units (two points off for each 5 % short) or two different deductions leave the ratio rule, and so does a standard naming another figure in the target's unit, a number of percentage points, or a percentage beside a count (full points at 100 % beside a ≥ 95 % target; nothing below 80 %), since the table counts from that figure or stops at it; so does an actual that misses by part of a unit (99.5 % beside ≥ 100 %), as whether a part step costs anything is not written. "
                + "And a deadline set in words, with 力争 (striving), 预计 (planned) or 确保资金 (ensuring the funds) before 6月底前完成 (done by the end of June), or written as 6月中旬完成 (done in the middle ten days of June), read as by the 20th (上旬 (the first ten days) by the 10th, 下旬 (the last ten days) by the month's end), or the deadline of a cell that holds it and another target either way round (≥ 95% and then 12月底前完成 (done by the end of December) after a comma), is compared with an actual that is a date (or a date with 已于 (on) and 完成 (done) around it) as a plain deadline is, and scored, the reading said (deadline-read; the other target in the cell is not checked and is asked for in a row of its own); beside words such as 已完成 (done) or 按时完成 (done on time) it is graded as a plain deadline is; the cell's other readings (a month and 前 (before) after 力争 (striving), read as by the end of that month; a date with 已于 (on) and 完成 (done) around it, read as that date) are said in the same note. "
                + "A cell holding a deadline and another target whose actual is a figure of the other (98% beside ≥ 95% and 12月底前完成 (done by the end of December)) is scored against that target, the deadline left unchecked, and the reading is said (other-clause-read); an other target of words and a figure with no comparator (98% beside 6月底前完成 (done by the end of June) and 验收合格率 (acceptance rate) 100%) is read as a bare target is (≥ on a rate), unless its words read the other way from the row's name (a complaint rate on a timeliness row stays words). A deadline followed by words of progress only (6月底前完成 (done by the end of June) and then 按进度推进 (going on as scheduled)) is read as the deadline, said in deadline-read."
                + " A bare 1 to 12 on a row named as a time (完成时间 (completion time), 完成时限 (time limit), 时间节点 (milestone); not 培训时间 (training time) and the like) beside an actual that is not a bare number (已完成 (done), 2022年11月 (November 2022)) is read as the end of that month of the budget year, the reading said with the text to write, 12月底前 (by the end of December) (bare-month); an actual that is a bare 1 to 12 too (完成时间 (completion time) \"12\" beside \"12\") is read as the month the work was done in, the two compared as months (12 beside 12 on time, 6 beside 7 a month late), said once (bare-month-both); until session 50 they were compared as quantities (\"≥ 12\" of no unit)."
                + " Where the table prints no row points and the framework states no split, a category's points are shared evenly among its rows (category-even); where a row prints a score above that share (so the rows' points are plainly unequal), the scores are the table's own figures and are not checked row by row against the assumed share: the note says once how many rows print one and their sum (-scored; Changning 2022: 产出指标 (outputs) 40 points, the rows scored 1 to 3). Where the share does not divide to the cent (40 ÷ 19 = 2.1053), each row takes it rounded down and the cents left over go one each to the first rows in their order (largest remainder: 10 rows of 2.11, 9 of 2.10), so that the rows add up to the printed points exactly and rounding adds no points (-cents; since session 55: before, 19 × 2.11 = 40.09, and Changning 2022 read 44.09 / 60.09)."
                + " Where the scores printed under a category already fill its points and some of its rows print none (Huangshi 2022: 产出指标(40分) (outputs, 40 points), 10 printed on four of its six rows, and 效益指标(30分) (benefits, 30 points), 10 on three; the 得分 (score) printed once for a second-level category's two rows, in a merged cell), the rows printing none are read as under a merged score cell: a score cannot exceed its points, so scores adding up to the printed points are each full marks, and the rows beside them have their score in a figure printed already; they are neither scored (0, or again) nor asked for a score (indicator-incomplete no-score), and each row printing a score takes it as its points, with no even share; said once, in this note (category-merged; since session 56: until then each such row was an error and scored 0). Where the printed scores fall short of the points, a row printing none may be one left blank: the points are shared evenly and its score is asked for, as before.",
        source = "SC-2：财预〔2020〕10号 定性指标按 达成 / 部分达成 / 未达成 三档计分；九亭镇 2020（达标 → 基本达标、及时 → 较及时）、原州区 2022（是 → 基本达到）、大英 2020（按质按量完成 → 已完成100%）实例；宁夏 原州区 2022 绩效目标自评表（资金情况不印分值，产出 40、效益 40、满意度 20）；天津 东丽区 2020 项目绩效自评报告（只列安排资金和已拨付）；参考报告附件2（各指标只列得分）",
        sourceEn = "SC-2: MOF Caiyu [2020] No. 10, qualitative indicators scored in three bands: achieved / partly achieved / not achieved; Jiuting 2020 (up to standard → basically up to standard, timely → fairly timely), Yuanzhou 2022 (yes → basically reached) and Daying 2020 (done to quality and quantity → 100 % done) examples; Yuanzhou (Ningxia) 2022 performance target self-evaluation table (funds block without points; outputs 40, benefits 40, satisfaction 20); Dongli (Tianjin) 2020 project self-evaluation report (funds allotted and paid out only); the reference report, Annex 2 (each criterion's score only)",
        messages = {
            @RuleInfo.Message(key = "category-even-level1", zh = "一级指标“{0}”印有 {1} 分，表中没有印其下各三级指标的分值，也没有写明如何分配：按其下 {2} 个三级指标平均分配计分（{3}），并据此核对所印得分。如不是，请在各行的分值（points）中写明。",
                    en = "The category \"{0!}\" ({0}) prints {1} points, and the table prints no points for its indicators nor how they are shared: they are shared evenly among its {2} indicators ({3}), and the printed scores are checked on that. If that is wrong, write each row's 分值 (points)."),
            @RuleInfo.Message(key = "category-even", zh = "二级指标“{0}”（{4}）印有 {1} 分，表中没有印其下各三级指标的分值，评分框架也没有写明如何分配（indicator-points 的 split）：按其下 {2} 个三级指标平均分配计分（{3}），并据此核对所印得分。如不是，请在各行的分值（points）中写明。",
                    en = "The category \"{0!}\" ({0}) under \"{4!}\" ({4}) prints {1} points, and neither the table nor the framework (indicator-points' split) says how they are shared among its indicators: evenly among its {2} indicators ({3}), and the printed scores are checked on that. If that is wrong, write each row's 分值 (points)."),
            @RuleInfo.Message(key = "category-even-level1-scored", sameAs = "category-even-level1", details = {5, 6},
                    zh = "一级指标“{0}”印有 {1} 分，表中没有印其下各三级指标的分值，也没有写明如何分配：按其下 {2} 个三级指标平均分配计分（{3}）。其中 {5} 行印有得分（合计 {6} 分），有的高于平均分值，可见各行分值不等：各行得分不按这一假设的平均分值逐行核对：分值是 jixiao 所设，不是表中所印。如各行分值另有规定，请在各行的分值（points）中写明，所印得分即按其核对。",
                    en = "The category \"{0!}\" ({0}) prints {1} points, and the table prints no points for its indicators nor how they are shared: they are shared evenly among its {2} indicators ({3}). {5} of its rows print a score ({6} in all), some above that share, so the rows' points are plainly unequal: the scores are not checked row by row against the share: the share is jixiao's assumption, not printed in the table. If the rows' points are set otherwise, write each row's 分值 (points), and the printed scores are checked on them."),
            @RuleInfo.Message(key = "category-even-scored", sameAs = "category-even", details = {5, 6},
                    zh = "二级指标“{0}”（{4}）印有 {1} 分，表中没有印其下各三级指标的分值，评分框架也没有写明如何分配（indicator-points 的 split）：按其下 {2} 个三级指标平均分配计分（{3}）。其中 {5} 行印有得分（合计 {6} 分），有的高于平均分值，可见各行分值不等：各行得分不按这一假设的平均分值逐行核对：分值是 jixiao 所设，不是表中所印。如各行分值另有规定，请在各行的分值（points）中写明，所印得分即按其核对。",
                    en = "The category \"{0!}\" ({0}) under \"{4!}\" ({4}) prints {1} points, and neither the table nor the framework (indicator-points' split) says how they are shared among its indicators: evenly among its {2} indicators ({3}). {5} of its rows print a score ({6} in all), some above that share, so the rows' points are plainly unequal: the scores are not checked row by row against the share: the share is jixiao's assumption, not printed in the table. If the rows' points are set otherwise, write each row's 分值 (points), and the printed scores are checked on them."),
            @RuleInfo.Message(key = "category-even-level1-cents", sameAs = "category-even-level1", details = {5},
                    zh = "一级指标“{0}”印有 {1} 分，表中没有印其下各三级指标的分值，也没有写明如何分配：按其下 {2} 个三级指标平均分配计分（{3}）；平均分值不能整分到分，余下的分按行序逐行各加 0.01 分，使各行分值合计恰为所印分值（{5}），并据此核对所印得分。如不是，请在各行的分值（points）中写明。",
                    en = "The category \"{0!}\" ({0}) prints {1} points, and the table prints no points for its indicators nor how they are shared: they are shared evenly among its {2} indicators ({3}); as the share does not divide to the cent, the cents left over go one each to the first rows in their order, so that the rows add up to the printed points exactly ({5}), and the printed scores are checked on that. If that is wrong, write each row's 分值 (points)."),
            @RuleInfo.Message(key = "category-even-cents", sameAs = "category-even", details = {5},
                    zh = "二级指标“{0}”（{4}）印有 {1} 分，表中没有印其下各三级指标的分值，评分框架也没有写明如何分配（indicator-points 的 split）：按其下 {2} 个三级指标平均分配计分（{3}）；平均分值不能整分到分，余下的分按行序逐行各加 0.01 分，使各行分值合计恰为所印分值（{5}），并据此核对所印得分。如不是，请在各行的分值（points）中写明。",
                    en = "The category \"{0!}\" ({0}) under \"{4!}\" ({4}) prints {1} points, and neither the table nor the framework (indicator-points' split) says how they are shared among its indicators: evenly among its {2} indicators ({3}); as the share does not divide to the cent, the cents left over go one each to the first rows in their order, so that the rows add up to the printed points exactly ({5}), and the printed scores are checked on that. If that is wrong, write each row's 分值 (points)."),
            @RuleInfo.Message(key = "category-even-level1-scored-cents", sameAs = "category-even-level1", details = {5, 6, 7},
                    zh = "一级指标“{0}”印有 {1} 分，表中没有印其下各三级指标的分值，也没有写明如何分配：按其下 {2} 个三级指标平均分配计分（{3}；平均分值不能整分到分，余下的分按行序逐行各加 0.01 分，使各行分值合计恰为所印分值：{7}）。其中 {5} 行印有得分（合计 {6} 分），有的高于平均分值，可见各行分值不等：各行得分不按这一假设的平均分值逐行核对：分值是 jixiao 所设，不是表中所印。如各行分值另有规定，请在各行的分值（points）中写明，所印得分即按其核对。",
                    en = "The category \"{0!}\" ({0}) prints {1} points, and the table prints no points for its indicators nor how they are shared: they are shared evenly among its {2} indicators ({3}; as the share does not divide to the cent, the cents left over go one each to the first rows in their order, so that the rows add up to the printed points exactly: {7}). {5} of its rows print a score ({6} in all), some above that share, so the rows' points are plainly unequal: the scores are not checked row by row against the share: the share is jixiao's assumption, not printed in the table. If the rows' points are set otherwise, write each row's 分值 (points), and the printed scores are checked on them."),
            @RuleInfo.Message(key = "category-even-scored-cents", sameAs = "category-even", details = {5, 6, 7},
                    zh = "二级指标“{0}”（{4}）印有 {1} 分，表中没有印其下各三级指标的分值，评分框架也没有写明如何分配（indicator-points 的 split）：按其下 {2} 个三级指标平均分配计分（{3}；平均分值不能整分到分，余下的分按行序逐行各加 0.01 分，使各行分值合计恰为所印分值：{7}）。其中 {5} 行印有得分（合计 {6} 分），有的高于平均分值，可见各行分值不等：各行得分不按这一假设的平均分值逐行核对：分值是 jixiao 所设，不是表中所印。如各行分值另有规定，请在各行的分值（points）中写明，所印得分即按其核对。",
                    en = "The category \"{0!}\" ({0}) under \"{4!}\" ({4}) prints {1} points, and neither the table nor the framework (indicator-points' split) says how they are shared among its indicators: evenly among its {2} indicators ({3}; as the share does not divide to the cent, the cents left over go one each to the first rows in their order, so that the rows add up to the printed points exactly: {7}). {5} of its rows print a score ({6} in all), some above that share, so the rows' points are plainly unequal: the scores are not checked row by row against the share: the share is jixiao's assumption, not printed in the table. If the rows' points are set otherwise, write each row's 分值 (points), and the printed scores are checked on them."),
            // the printed 得分 fill the category's points, some rows printing none: read as merged cells (CategoryPoints.underMerged,
            // session 56; 黄石 2022, t82), in place of category-even's share
            @RuleInfo.Message(key = "category-merged-level1", details = {2, 3, 4}, lists = {4},
                    zh = "一级指标“{0}”印有 {1} 分，表中没有印其下各三级指标的分值；其下所印得分已满这 {1} 分（{2}），另有 {3} 行没有印得分（{4}）：读作与印有得分的行合并的得分单元格，其得分已含在所印的分数中，不按 0 分计，也不另计。得分之和等于所印分值，各项只能都是满分：印有得分的行以所印得分为分值计分。如这些行另有得分，请填写；如各行分值另有规定，请在各行的分值（points）中写明。",
                    en = "The category \"{0!}\" ({0}) prints {1} points and no points for its indicators; the scores printed under it already fill those {1} points ({2}), and {3} of its rows print none ({4}): they are read as under a merged 得分 (score) cell with a row that prints one, their score part of the figure printed, neither counted as 0 nor counted again. Scores that add up to the printed points can each only be full marks: each row printing a score takes it as its points. If these rows have scores of their own, fill them in; if the rows' points are set otherwise, write each row's 分值 (points)."),
            @RuleInfo.Message(key = "category-merged", details = {2, 3, 4}, lists = {4},
                    zh = "二级指标“{0}”（{5}）印有 {1} 分，表中没有印其下各三级指标的分值；其下所印得分已满这 {1} 分（{2}），另有 {3} 行没有印得分（{4}）：读作与印有得分的行合并的得分单元格，其得分已含在所印的分数中，不按 0 分计，也不另计。得分之和等于所印分值，各项只能都是满分：印有得分的行以所印得分为分值计分。如这些行另有得分，请填写；如各行分值另有规定，请在各行的分值（points）中写明。",
                    en = "The category \"{0!}\" ({0}) under \"{5!}\" ({5}) prints {1} points and no points for its indicators; the scores printed under it already fill those {1} points ({2}), and {3} of its rows print none ({4}): they are read as under a merged 得分 (score) cell with a row that prints one, their score part of the figure printed, neither counted as 0 nor counted again. Scores that add up to the printed points can each only be full marks: each row printing a score takes it as its points. If these rows have scores of their own, fill them in; if the rows' points are set otherwise, write each row's 分值 (points)."),
            @RuleInfo.Message(key = "achievement", zh = "定性指标“{0}”没有写完成档次，实际完成值“{1}”按“{2}”理解并据此核对得分。如不是，请填写{@achievement}。",
                    en = "Qualitative indicator \"{0}\" states no achievement; its actual \"{1}\" is read as \"{2}\" and the score checked on that band. If that is wrong, fill in {@achievement}."),
            @RuleInfo.Message(key = "labelled-target", zh = "指标“{0}”的指标值“{1}”在比较符旁写了文字“{2}”，按“{3}”读作数值，与实际完成值“{4}”比较并据此计分。如不是，请把指标值写作“{3}”这样的数值（文字写在指标名称中）。",
                    en = "The target \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its comparator; it is read as \"{3}\", compared with the actual \"{4}\" and scored on that. If that is wrong, write the target as a figure such as \"{3}\" (the words belong in the indicator's name)."),
            @RuleInfo.Message(key = "labelled-actual", zh = "指标“{0}”的实际完成值“{1}”在数字旁写了文字“{2}”，按“{3}”读作数值，与指标值“{4}”比较。如不是，请只填写数值（如“{3}”），文字写在指标名称或偏差原因分析中。",
                    en = "The actual \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its figure; it is read as \"{3}\" and compared with the target \"{4}\". If that is wrong, write the actual as a figure alone, such as \"{3}\" (the words belong in the indicator's name or the explanation of the deviation)."),
            // the words of the reading are ReadingTexts', which deadline-read's note says it in too (one text, session 49)
            @RuleInfo.Message(key = "month-before", zh = "指标“{0}”的指标值“{1}”" + ReadingTexts.MONTH_READ_ZH + "：实际完成“{3}”" + ReadingTexts.MONTH_MET_ZH
                    + "。" + ReadingTexts.MONTH_ELSE_ZH + "。",
                    en = "The target \"{1}\" of indicator \"{0}\" gives a month and 前 (before) only and " + ReadingTexts.MONTH_READ_EN
                    + ": the actual \"{3}\" falls within month {2} and " + ReadingTexts.MET_EN + ". If " + ReadingTexts.MONTH_ELSE_EN + "; "
                    + ReadingTexts.MISSED_EN + "."),
            @RuleInfo.Message(key = "deadline-read", details = {4, 5}, zh = "指标“{0}”的指标值“{1}”按期限 {2} 读{4}，与实际完成值“{3}”比较计分。如不是，请把指标值写作期限（如“{2}前”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" is read as the deadline {2}{5} and scored against the actual \"{3}\". If that is wrong, write the target as a deadline (such as \"{2}前\")."),
            @RuleInfo.Message(key = "other-clause-read", details = {4, 5}, zh = "指标“{0}”的指标值“{1}”在一格里写了期限“{2}”和另一指标值“{3}”，实际完成值“{4}”是后者的数值：按“{5}”比较计分，期限未核对。如不是，请把两者分列两行，期限一行的实际完成值填写完成日期。",
                    en = "The target \"{1}\" of indicator \"{0}\" holds a deadline, \"{2}\", and another target, \"{3}\", in one cell, and the actual \"{4}\" is a figure of the latter: it is scored against \"{5}\", and the deadline is not checked. If that is wrong, put the two in rows of their own, the deadline's actual being the day the work was done."),
            @RuleInfo.Message(key = "bare-month", details = {3, 4}, zh = "指标“{0}”的指标值“{1}”只写了数字，没有写“月”：该行名称是时间，按预算年度的“{2}”读（期限 {3}），与实际完成值“{4}”比较计分。如不是，请写作“{2}”，或写明具体日期。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a bare number with no 月 (month): the row's name is a time, so it is read as \"{2}\" (by the end of month {1}) of the budget year (deadline {3}) and scored against the actual \"{4}\". If that is wrong, write \"{2}\", or the day."),
            @RuleInfo.Message(key = "bare-month-both", sameAs = "bare-month", details = {3, 4}, zh = "指标“{0}”的指标值“{1}”和实际完成值“{4}”都只写了数字，没有写“月”：该行名称是时间，两者都按预算年度的月份读，“{2}”（期限 {3}）与 {4} 月比较计分。如不是，请把指标值写作“{2}”，实际完成值写明完成的日期。",
                    en = "The target \"{1}\" and the actual \"{4}\" of indicator \"{0}\" are bare numbers with no 月 (month): the row's name is a time, so both are read as months of the budget year, \"{2}\" (by the end of month {1}; deadline {3}) against month {4}, and scored so. If that is wrong, write the target as \"{2}\", and give the day the work was done as the actual."),
            @RuleInfo.Message(key = "year-before", zh = "指标“{0}”的指标值“{1}”" + ReadingTexts.YEAR_READ_ZH + "：实际完成“{3}”" + ReadingTexts.YEAR_MET_ZH
                    + "。指 {2} 年之前（{2} 年 1 月 1 日以前）的，" + ReadingTexts.YEAR_ELSE_ZH + "。",
                    en = "The target \"{1}\" of indicator \"{0}\" gives a year and 前 (before) only and " + ReadingTexts.YEAR_READ_EN
                    + ": the actual \"{3}\" falls within {2} and " + ReadingTexts.MET_EN + ". If " + ReadingTexts.YEAR_ELSE_EN + "; "
                    + ReadingTexts.MISSED_EN + "."),
            @RuleInfo.Message(key = "labelled-date", zh = "指标“{0}”的实际完成值“{1}”在日期旁写了文字“{2}”，按其中的日期读作 {3}，与指标值“{4}”比较。如不是，请只填写日期，文字写在指标名称或偏差原因分析中。",
                    en = "The actual \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its date; the date is read as {3} and compared with the target \"{4}\". If that is wrong, write the actual as a date alone (the words belong in the indicator's name or the explanation of the deviation)."),
            @RuleInfo.Message(key = "labelled-forecast", zh = "指标“{0}”的全年预计完成值“{1}”在数字旁写了文字“{2}”，按“{3}”读作数值，与指标值“{4}”比较。如不是，请只填写预计的数值（如“{3}”），文字写在指标名称或偏差原因分析中。",
                    en = "The full-year forecast \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its figure; it is read as \"{3}\" and compared with the target \"{4}\". If that is wrong, write the forecast as a figure alone, such as \"{3}\" (the words belong in the indicator's name or the explanation of the deviation)."),
            @RuleInfo.Message(key = "row-standard", zh = "指标“{0}”的实际完成值“{2}”未达到指标值“{1}”，按本行评分标准中的“{3}”计分：{4}，不按实际完成值与指标值之比计分。如本行另有计分办法，请改正评分标准或得分。",
                    en = "Indicator \"{0}\" misses its target \"{1}\" with the actual \"{2}\" and is scored by its own 评分标准 (scoring standard), \"{3}\": {4}, not by the ratio of actual to target. If the row is scored otherwise, correct its standard or its score."),
            @RuleInfo.Message(key = "labelled-forecast-date", zh = "指标“{0}”的全年预计完成值“{1}”在日期旁写了文字“{2}”，按其中的日期读作 {3}，与指标值“{4}”比较。如不是，请只填写预计完成的日期，文字写在指标名称或偏差原因分析中。",
                    en = "The full-year forecast \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its date; the date is read as {3} and compared with the target \"{4}\". If that is wrong, write the forecast as the date alone (the words belong in the indicator's name or the explanation of the deviation)."),
            @RuleInfo.Message(key = "labelled-target-monitoring", zh = "指标“{0}”的指标值“{1}”在比较符旁写了文字“{2}”，按“{3}”读作数值，与实际完成值“{4}”比较。自评时只有实际完成值是同一单位的数字才这样读，否则按文字处理、无法计分：请把指标值写作“{3}”（文字写在指标名称中）。",
                    en = "The target \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its comparator; it is read as \"{3}\" and compared with the actual \"{4}\". At self-evaluation it is read so only where the actual is a figure in the same unit, otherwise as words that cannot be scored: write the target as \"{3}\" (the words belong in the indicator's name)."),
            @RuleInfo.Message(key = "labelled-target-setting", zh = "指标“{0}”的指标值“{1}”在比较符旁写了文字“{2}”，按本行的单位“{4}”读作“{3}”。自评时只有实际完成值是同一单位的数字才这样读，否则按文字处理、无法计分：请把指标值写作“{3}”（文字写在指标名称中）。",
                    en = "The target \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its comparator; in the row's unit \"{4}\" it is read as \"{3}\". At self-evaluation it is read so only where the actual is a figure in that unit, otherwise as words that cannot be scored: write the target as \"{3}\" (the words belong in the indicator's name)."),
            @RuleInfo.Message(key = "labelled-target-unread", zh = "指标“{0}”的指标值“{1}”在比较符旁写了文字“{2}”，现按文字处理。自评时只有实际完成值是同一单位的数字，才按“{3}”读作数值、比较计分，否则无法计分：请把指标值写作“{3}”（文字写在指标名称中）。",
                    en = "The target \"{1}\" of indicator \"{0}\" has the words \"{2}\" beside its comparator and is read as words for now. At self-evaluation it is read as \"{3}\" and scored only where the actual is a figure in the same unit, otherwise it cannot be scored: write the target as \"{3}\" (the words belong in the indicator's name)."),
            @RuleInfo.Message(key = "parts-from-total", zh = "评分表只给出“{0}”的总分 {1}，部门自评的分项（{2}）未逐项填写；总分只能由它们合计 {3} 分得出，据此计分。若各分项得分另有不同，请在 self-assessment.json 该指标的 items 中逐项填写。",
                    en = "The score sheet gives only the total {1} for \"{0}\" and not the parts the department assesses ({2}); that total can only come from those parts scoring {3} together, and they are scored so. If they scored otherwise, state each in that criterion's items in self-assessment.json."),
            @RuleInfo.Message(key = "parts-from-total-flag", zh = "评分表只给出“{0}”的总分 {1}，部门自评的分项（{2}）和“{4}”未逐项填写；总分只能由这些分项合计 {3} 分、且“{4}”为否得出（为是则本项为 0 分），据此计分。若另有不同，请在 self-assessment.json 该指标的 items 中逐项填写。",
                    en = "The score sheet gives only the total {1} for \"{0}\" and neither the parts the department assesses ({2}) nor \"{4}\"; that total can only come from those parts scoring {3} together and \"{4}\" being no (yes would make the criterion 0), and it is scored so. If that is wrong, state each in that criterion's items in self-assessment.json."),
            @RuleInfo.Message(key = "flag-from-total", zh = "评分表只给出“{0}”的总分 {1}，未填写“{2}”；总分大于 0，按“否”计分（为是则本项为 0 分）。如不是，请在 self-assessment.json 该指标的 items 中填写。",
                    en = "The score sheet gives only the total {1} for \"{0}\" and does not state \"{2}\"; as the total is above 0, it is taken as no (yes would make the criterion 0). If that is wrong, state it in that criterion's items in self-assessment.json."),
            @RuleInfo.Message(key = "subitems-from-total", zh = "评分表 {1} 只给出“{0}”的总分 {2} 分，没有各分项的得分。分项{3}未能由申报数据算出（由部门自评，或缺少所需数字），按这一总分计：总分 {2} 减去已算出的分项 {4}，共 {5} 分。{7}"
                    + "如需逐项核对，请在 self-assessment.json 中 criterion “{6}” 的 items 里逐项填写各分项的得分（score）；重新导入会覆盖该文件，请在导入之后填写。",
                    en = "The 评分表 (score sheet) gives only the total {2} for \"{0}\" at {1}, not its parts. The parts {3} cannot be computed from the data filed (the department assesses them, "
                    + "or a figure they need is missing) and take that total: {2} less the parts computed, {4}, leaves {5}.{7} To have each part checked, give each one's score "
                    + "in the items of criterion \"{6}\" in self-assessment.json; importing again overwrites that file, so do it after the import.", cells = {1}, lists = {3}, formulas = {7}),
            @RuleInfo.Message(key = "subitems-from-total-flag", zh = "评分表 {1} 只给出“{0}”的总分 {2} 分，没有各分项的得分，也没有填写“{7}”。分项{3}未能由申报数据算出（由部门自评，或缺少所需数字），按这一总分计：总分 {2} 减去已算出的分项 {4}，共 {5} 分；"
                    + "总分大于 0，“{7}”按“否”计（为是则本项为 0 分）。{8}如需逐项核对，请在 self-assessment.json 中 criterion “{6}” 的 items 里逐项填写各分项的得分（score）和“{7}”（value：true 或 false）；重新导入会覆盖该文件，请在导入之后填写。",
                    en = "The 评分表 (score sheet) gives only the total {2} for \"{0}\" at {1}, neither its parts nor \"{7}\". The parts {3} cannot be computed from the data filed (the department "
                    + "assesses them, or a figure they need is missing) and take that total: {2} less the parts computed, {4}, leaves {5}; as the total is above 0, \"{7}\" is taken "
                    + "as no (yes would make the criterion 0).{8} To have each part checked, give each one's score and \"{7}\" (value true or false) in the items of criterion "
                    + "\"{6}\" in self-assessment.json; importing again overwrites that file, so do it after the import.", cells = {1}, lists = {3}, formulas = {8}),
            @RuleInfo.Message(key = "initial-as-full-year", zh = "表中没有全年预算数，“{0}”按 全年执行数 ÷ 年初预算数 计算（视为年内未调整预算）；如年内调整了预算，或表中印有全年预算数一栏而未填写，请填写全年预算数（fullYear）。",
                    en = "The table has no full-year budget: \"{0}\" is computed as executed in the year ÷ initial budget (taken as a budget not adjusted in the year). If the budget was adjusted in the year, or the table prints a full-year budget column left blank, fill in the full-year budget (fullYear)."),
            @RuleInfo.Message(key = "omitted", zh = "表中 {3} 没有印“{0}”的分值和得分，而各绩效指标所印分值之和 {2} 分已是评分框架的满分：按这种表式，“{0}”不计分（框架原定 {1} 分），总分以 {2} 分为满分并评定等级。如该表确实给“{0}”分值，请填写 {4}。",
                    en = "The table prints no points or score for \"{0}\" at {3}, and the points of its performance indicators add up to {2}, the framework's whole base: as that layout does, \"{0}\" is weighed 0 (the framework gives it {1} points), and the total is out of {2} and graded. If the table does give \"{0}\" points, fill in {4}.")
        })
public final class ScoreAssumption implements Rule {

    /**
     * At 自评 the scorer reports every assumption it makes (this check adds nothing). At 目标申报 and 运行监控 nothing is
     * scored, yet a target with words beside its comparator (合格率≥95%) is read there as its one quantity all the same
     * ({@link Indicator#targetLabel()}), or, where neither an actual nor the row's unit lets it be, left as words: each
     * said at the target, so that a reviewer sees the reading before 自评 scores on it (review s29-TP).
     */
    @Override
    public void check(Submission submission, RuleContext ctx) {
        if (submission.stage() == Stage.SELF_EVALUATION) {
            return;
        }
        for (Indicator i : submission.indicators()) {
            if (i.notApplicable() || i.isTemplateRow()) {
                continue;
            }
            TargetValue t = i.targetValue();
            TargetValue a = i.actualValue();
            if (i.actualLabel() != null) {
                ctx.report(a.isDate() ? "labelled-date" : "labelled-actual", i.actualSrc(), name(i), quote(a.text()), quote(i.actualLabel()),
                        TargetParser.writtenDate(a), quote(t.text()));
            }
            String forecast = i.columns().forecast();
            if (forecast != null && !forecast.isBlank()) {
                // a monitoring table's 全年预计完成值 is read as the actual is, words beside its figure too
                Indicator.ActualRead f = i.readAsActualLabelled(forecast);
                if (f.label() != null) {
                    // a date (完成时间 10月) said as written, at its precision and in the year it was read in
                    ctx.report(f.value().isDate() ? "labelled-forecast-date" : "labelled-forecast",
                            submission.src("indicators#" + i.pointer() + "/forecast"), name(i), quote(forecast), quote(f.label()),
                            TargetParser.writtenDate(f.value()), quote(t.text()));
                }
            }
            if (i.targetLabel() != null) {
                if (a.isEmpty()) {
                    ctx.report("labelled-target-setting", i.targetSrc(), name(i), quote(t.text()), quote(i.targetLabel()),
                            t.format(), t.unit());
                } else {
                    ctx.report("labelled-target-monitoring", i.targetSrc(), name(i), quote(t.text()), quote(i.targetLabel()),
                            t.format(), quote(a.text()));
                }
            } else if (t.isQualitative() && !a.isQuantitative()) {
                // an actual that is a figure in another unit is indicator-actual-incommensurable's (labelled-target)
                TargetParser.Labelled labelled = TargetParser.labelled(t.text());
                if (labelled != null) {
                    ctx.report("labelled-target-unread", i.targetSrc(), name(i), quote(t.text()), quote(labelled.label()),
                            labelled.value().format());
                }
            }
        }
    }

    private static String name(Indicator i) {
        return SubmissionLoader.excerpt(i.label(), 40);
    }

    private static String quote(String s) {
        return SubmissionLoader.excerpt(s == null ? "" : s.strip(), 40);
    }
}
