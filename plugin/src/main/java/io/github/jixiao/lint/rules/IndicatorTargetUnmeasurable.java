package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.UnmeasurableTarget;
import io.github.jixiao.target.AimRate;
import io.github.jixiao.target.TargetValue;
import java.util.List;

@RuleInfo(
        id = "indicator-target-unmeasurable",
        severity = Severity.WARNING,
        category = Category.MEASURABILITY,
        titleZh = "指标值是不分级的定性表述",
        titleEn = "Target is a qualitative word without grades",
        rationaleZh = "绩效目标应尽量量化；不能量化的，要用定性的分级分档形式表述。“明显”“显著”“有效提升”这类词不定义任何档次，"
                + "年底无法据以判断是否完成，自评时只能凭印象给分。只写“长期”的（昭化 2021 的可持续影响指标“实现社会稳定和谐发展 | 长期”）同样如此：没有说多长，请写明可核对的期限或状态（long-term；“中长期规划”之类的文件名不在此列）。写成问句（“是否……”）或只写评价什么（“……情况”“……情况的评价”）的指标值，"
                + "同样没有写出要达到的值或标准；"
                + "只写受众的反应（“获得…受众欢迎”“深受群众喜爱”）的也是如此：欢迎到什么程度，要由满意度、受众人次等数字或分级标准来说。"
                + "只写目的、以“方便”“确保”“保障”“满足”等目的动词开头而没有数字、比较符、日期、分级或是/否状态的指标值（天津 东丽区 2020：“方便周边居民出行”“确保天桥质量”）"
                + "也是如此：它说的是钱用来做什么，没有说要做到多少。以可判定是否达到的状态结尾（“确保验收合格”“保障单位正常运转”）或否定的（“确保无安全事故”）是标准，不报告；"
                + "“确保”“保证”“保障”之后写明做成、安全、等级或期限、足额的（“确保按期完工”“保障项目顺利实施”“确保资金安全”“确保工程质量达到优良”“确保补助资金及时足额发放”）也是可判定的状态，不报告，"
                + "只写保障对象的（“确保天桥质量”：质量达到哪一档？）仍报告；“方便”“便于”之后只写目的（“方便周边居民出行”）。"
                + "时效指标上没有写时间、已由 indicator-time-cost-unspecified 报告的指标值（“确保工程进度”；不分级的“有效”，临沂 2025），本规则不重复报告。"
                + "指标值是百分比、名称却只写目的（“促进”“保障”“提高”“改善”“可持续”“维护”“推动”之类）而没有写出计量什么（没有“率”“比例”“占比”“满意”“覆盖”“达标”、数量、金额或可计数的事项）的（井研 2023 的“促进农村集体经济发展 ≥ 95%”“保障村社区正常运转 ≥ 95%”；临沂 2025 的“教学条件改善、办学水平提高 = 100%”），"
                + "百分之多少的什么，无从计量，同样无法判断是否完成（aim-rate；ST-9 指向明确、具体细化）。名称只写了一项工作的（以“管理”“施工”“工作”结尾：裕安 2022 的“工程质量管理 ≥ 95%”“文明施工 ≥ 95%”），同样如此（area-rate）；名称以“有效性”结尾的（历城 2019 的“免费开放管理制度健全、执行有效性 100%”：有效与否是判断，不是比率，其前的“执行”说的是什么有效，不是执行率）也是如此（effectiveness-rate）。名称里列了两个以上数量、指标值却是百分比的（保山 2022 的“慰问伤残军人50人;革命烈士遗属50人;…边海防官兵320人。”= 100%），要完成的数量写在了名称里，百分比说不出每项完成多少（counts-in-name），请拆成各自的数量指标。名称同时写明了比率的（衡山 2020 的“5000吨稻谷、500吨成品粮储备到位率”100%），其中的数量是比率的范围，不报告（自 session 53，数量的单位与 indicator-incomplete 的 empty-category-target-counts 读法相同，含座、条、公里、吨等）。目的之后的“有效性”不是计量（福田 2024 的“促进各项工作正常开展有效性 100%”）：只有“及时性”“准确性”“完整性”之类可按比率核对的才算写明了计量什么。名称或指标值写明了比率、数量或事项的（“足额保障率”“农民人均收入提高 5%”“确保资金及时拨付 100%”“稳定率 ≥ 95%”）不报告。这样的单元格上，比较符和“= 100%”的提示不再另报：名称改好之前，它们无从说起。这样的一行（aim-rate、area-rate、effectiveness-rate），评分不按指标值与实际完成值计分（无法计量的指标值，不能据以给分：稷山 2020 的“是否解决建档立卡人员看病难贵问题 95%”实际 95%，按指标值读作已完成得满分 30，单位自评 27）：印有分值之内自评得分的，按所印得分照录、未核对；没有的，这一行不计分（按 0 分计），在此一并说明（-unscored）。"
                + "实际完成值只是照写指标值的字或其中一部分的（“有效改善”对“有效改善”，塘湖镇 2020；“显著提高”对“同比2022年销量显著提高”，宁夏 福彩 2023），同一条消息说明实际值同样没有说出做到了什么。",
        rationaleEn = "Targets should be quantified; what cannot be quantified must be stated as a graded scale. Words such as 明显 (marked), 显著 (significant) "
                + "or 有效提升 (effectively improved) define no grades, so at year end nobody can tell whether the target was met. So does a bare 长期 (long-term: Zhaohua 2021's sustainability target 实现社会稳定和谐发展 (stable and harmonious social development) given as 长期 (long-term)), which says not how long: a period or a state to check is asked for (long-term; the name of a document, 中长期规划 (a medium- and long-term plan), is not read so). A target written as a "
                + "question, such as one beginning 是否 (whether), or naming only what is assessed, such as one ending 情况 (the situation of) or "
                + "情况的评价 (the evaluation of the situation of), states no value or standard to reach either; "
                + "nor does one that only names an audience's reception, such as 受众欢迎 (welcomed by the audience) or 深受群众喜爱 (much liked "
                + "by the public): how well it was received takes a figure (a satisfaction rate, an audience count) or a graded scale to say. "
                + "Nor does one that only names the purpose, beginning with a goal verb such as 方便 (make it easier to), 确保 (ensure), "
                + "保障 (safeguard) or 满足 (meet), with no figure, comparator, date, graded scale or yes/no state after it (Dongli, Tianjin 2020: "
                + "方便周边居民出行 (make travel easier for nearby residents); 确保天桥质量 (ensure the footbridge's quality)): it says what the money is for, not how much of it "
                + "is to be reached. One that ends in a state checked as yes or no, such as 确保验收合格 (ensure it passes acceptance) or 保障单位正常运转 "
                + "(keep the unit running normally), or negates, such as 确保无安全事故 (ensure no safety accident), is a standard, not flagged; "
                + "so is one where 确保 (ensure), 保证 (guarantee) or 保障 (safeguard) leads to work done, safety, a grade, a date or a full sum (确保按期完工 (finish on schedule), "
                + "保障项目顺利实施 (the project carried out smoothly), 确保资金安全 (the funds kept safe), 确保工程质量达到优良 (the works graded good), "
                + "确保补助资金及时足额发放 (subsidies paid in full and on time)), while one naming only what is looked after (确保天桥质量 (ensure the footbridge's quality): to what grade?) "
                + "is still flagged, as is a purpose after 方便 (make it easier to) or 便于 (make it easier to) (方便周边居民出行 (make travel easier for nearby residents)). A timeliness target with no time that indicator-time-cost-unspecified "
                + "already reports (确保工程进度 (ensure the works' progress); an ungraded 有效 (effective), Linyi 2025) is not reported again. Where the actual only writes the target's words "
                + "again, or some of them (有效改善 (effectively improved) for the same, Tanghu 2020; 显著提高 (markedly raised) for a target of 销量显著提高 "
                + "(sales markedly raised) on 2022, Ningxia welfare lottery 2023), the same finding says the actual tells nothing of what was done either. "
                + "A percentage target whose name only states an aim (促进 (further), 保障 (safeguard), 提高 (raise), 改善 (improve), 可持续 (sustainable), 维护 (maintain), 推动 (drive) and the like) "
                + "and names nothing measured (no rate, share, proportion, satisfaction, coverage or compliance, no count, amount or countable event) is a percentage of nothing (Jingyan 2023: "
                + "促进农村集体经济发展 (further the village collective economy) ≥ 95%, 保障村社区正常运转 (keep village communities running) ≥ 95%; Linyi 2025: 教学条件改善、办学水平提高 "
                + "(teaching conditions improved, school standards raised) = 100%): nobody can tell whether it was met either (aim-rate; ST-9: targets specific and clear). So too a name that only names a piece of work, ending in 管理 (management), 施工 (construction) or 工作 (work) (Yu'an 2022: 工程质量管理 (works quality management) ≥ 95%, 文明施工 (orderly construction) ≥ 95%; area-rate), and a name ending in 有效性 (effectiveness) (Licheng 2019: 免费开放管理制度健全、执行有效性 (rules for free opening sound, their execution effective) 100%: being effective is a judgement, not a rate, and the 执行 (execution) before it says what is effective, no rate of execution; effectiveness-rate). A name listing two or more quantities beside a percentage target (Baoshan 2022: a name listing 50 disabled veterans, 50 families of martyrs and more to visit, = 100%) has the amounts to deliver in the name, and one percentage cannot say how much of each was done (counts-in-name): each wants a row of its own. A name that also names its rate (Hengshan 2020: the 储备到位率 (rate of reserves in place) of 5000 t of grain and 500 t of processed grain, 100%) has its quantities as the rate's scope and is not reported (since session 53; the units read as indicator-incomplete's empty-category-target-counts reads them, 座 (structures), 条 (roads, lines), 公里 (km), 吨 (tonnes) among them). An aim's 有效性 (effectiveness) measures nothing (Futian 2024: 促进各项工作正常开展有效性 (effectiveness of furthering the normal conduct of all work) 100%): only a quality checked as a rate, 及时性 (timeliness), 准确性 (accuracy), 完整性 (completeness) and the like, names what is measured. A name or target that "
                + "names a rate, a quantity or an event (足额保障率 (rate fully funded), 农民人均收入提高 (farmers' income per head up) 5%, 确保资金及时拨付 (funds paid on time) 100%, "
                + "稳定率 (stability rate) ≥ 95%) is not flagged. At such a cell the notes on the comparator and on \"= 100%\" are not given as well: they mean nothing until the name is mended. Such a row (aim-rate, area-rate, effectiveness-rate) is not scored by target and actual, as no points can be given on a target that cannot be measured (Jishan 2020: 是否解决建档立卡人员看病难贵问题 (whether the poor registered households' hard and costly access to care is solved) 95%, actual 95%, read as met at the full 30 where the unit printed 27): a score the department printed within the row's points is taken as printed, unchecked; a row without one is not scored (counted as 0), and this finding says so (-unscored).",
        source = "VAL-2：地方财政支出绩效评价管理办法（仿财预〔2011〕285号）第十四、十七条（“不能以量化形式表述的，可以采用定性的分级分档形式表述”）；ST-9；天津 东丽区 2020 项目绩效自评报告实例（只写目的的指标值）；井研 2023、临沂 2025 绩效目标表（只写目的的百分比指标）",
        sourceEn = "VAL-2: Measures for the Performance Evaluation of Local Fiscal Spending (after MOF Caiyu [2011] No. 285), Articles 14 and 17 (\"what cannot be stated in quantified form may be stated as qualitative graded levels\"); ST-9; Dongli, Tianjin 2020 project self-evaluation report (targets that only name a purpose); Jingyan 2023 and Linyi 2025 performance target tables (percentages of an aim)",
        messages = {
            @RuleInfo.Message(key = "long-term", sameAs = "", zh = "指标“{0}”的指标值“{1}”只说“长期”，没有说多长：影响要持续多久、到什么时候以什么为准核对，都无从判断。请写明可核对的期限或状态（如“项目建成后持续发挥作用 ≥ 5 年”“2025 年底前建立并运行××机制”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" only says 长期 (long-term), not how long: how long the effect is to last, and by when and against what it is checked, cannot be told. State a period or a state that can be checked (e.g. in effect for \"≥ 5 年\" (years) after completion, or a mechanism set up and running by the end of 2025)."),
            @RuleInfo.Message(zh = "指标“{0}”的指标值“{1}”是不分级的定性表述，无法判断是否完成。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”）；确实无法量化的，写明分级分档标准（如优、良、中、差各档的判定条件）。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a qualitative word without grades; nobody can tell whether it was met. Quantify it (e.g. \"≥ 90%\", \"≥ 10 organisations\"), or, if it cannot be quantified, define graded levels (e.g. what counts as excellent, good, fair or poor)."),
            @RuleInfo.Message(key = "read-as", sameAs = "", details = {2, 3},
                    zh = "指标“{0}”的指标值“{1}”是不分级的定性表述，无法判断是否完成；评分时暂把实际完成值“{2}”读作“{3}”计分，这一读法同样无从核对。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”）；确实无法量化的，写明分级分档标准（如优、良、中、差各档的判定条件）。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a qualitative word without grades; nobody can tell whether it was met. The score reads its actual \"{2}\" as \"{3}\" for now, a reading nobody can check either. Quantify the target (e.g. \"≥ 90%\", \"≥ 10 organisations\"), or, if it cannot be quantified, define graded levels (e.g. what counts as excellent, good, fair or poor)."),
            @RuleInfo.Message(key = "read-as-direction", sameAs = "", details = {2, 3},
                    zh = "指标“{0}”的指标值“{1}”只写了方向，没有写变化多少、与哪一年相比；评分时把实际完成值“{2}”读作“{3}”计分。请写明幅度和基期，如“较上年{1} ≥ N”（N 带单位）。",
                    en = "The target \"{1}\" of indicator \"{0}\" gives a direction only: not by how much, nor against which year. The score reads its actual \"{2}\" as \"{3}\". State the amount and the base year, e.g. \"{1} by ≥ N (with its unit) on the year before\"."),
            @RuleInfo.Message(key = "actual-repeats-read-as", sameAs = "", details = {2, 3},
                    zh = "指标“{0}”的指标值“{1}”是不分级的定性表述，实际完成值“{2}”也只是照写了其中的字，没有说明做到了什么，无法判断是否完成；评分时暂读作“{3}”计分，这一读法同样无从核对。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”），确实无法量化的写明分级分档标准；实际完成值写明实际做到的数量、比例或调查结果。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a qualitative word without grades, and the actual \"{2}\" only writes its words again, saying nothing of what was done: nobody can tell whether it was met. The score reads it as \"{3}\" for now, a reading nobody can check either. Quantify the target (e.g. \"≥ 90%\", \"≥ 10 organisations\"), or define graded levels if it cannot be quantified; give as the actual the quantity, rate or survey result reached."),
            @RuleInfo.Message(key = "read-self", sameAs = "", details = {2, 3},
                    zh = "指标“{0}”的指标值“{1}”是不分级的定性表述，无法判断是否完成；实际完成值“{2}”也看不出是否达成，评分时暂按单位自评的 {3} 分计，未经核对。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”）；确实无法量化的，写明分级分档标准（如优、良、中、差各档的判定条件），并写明完成档次（达成、部分达成或未达成）。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a qualitative word without grades; nobody can tell whether it was met. Its actual \"{2}\" does not say either, so the department's own score of {3} is taken as it stands, unchecked. Quantify the target (e.g. \"≥ 90%\", \"≥ 10 organisations\"), or, if it cannot be quantified, define graded levels (e.g. what counts as excellent, good, fair or poor) and write the achievement level (达成 (achieved), 部分达成 (partly achieved) or 未达成 (not achieved))."),
            @RuleInfo.Message(key = "actual-repeats-read-self", sameAs = "", details = {2, 3},
                    zh = "指标“{0}”的指标值“{1}”是不分级的定性表述，实际完成值“{2}”也只是照写了其中的字，没有说明做到了什么，无法判断是否完成；评分时暂按单位自评的 {3} 分计，未经核对。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”），确实无法量化的写明分级分档标准；实际完成值写明实际做到的数量、比例或调查结果，并写明完成档次（达成、部分达成或未达成）。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a qualitative word without grades, and the actual \"{2}\" only writes its words again, saying nothing of what was done: nobody can tell whether it was met, and the department's own score of {3} is taken as it stands, unchecked. Quantify the target (e.g. \"≥ 90%\", \"≥ 10 organisations\"), or define graded levels if it cannot be quantified; give as the actual the quantity, rate or survey result reached, and the achievement level (达成 (achieved), 部分达成 (partly achieved) or 未达成 (not achieved))."),
            @RuleInfo.Message(key = "actual-repeats", sameAs = "", details = {2},
                    zh = "指标“{0}”的指标值“{1}”是不分级的定性表述，实际完成值“{2}”也只是照写了其中的字，没有说明做到了什么，无法判断是否完成。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”），确实无法量化的写明分级分档标准；实际完成值写明实际做到的数量、比例或调查结果。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a qualitative word without grades, and the actual \"{2}\" only writes its words again, saying nothing of what was done: nobody can tell whether it was met. Quantify the target (e.g. \"≥ 90%\", \"≥ 10 organisations\"), or define graded levels if it cannot be quantified; give as the actual the quantity, rate or survey result reached."),
            @RuleInfo.Message(key = "question", zh = "指标“{0}”的指标值“{1}”是一个问句，没有写出要达到的值或标准，无法判断是否完成。请写明可量化的指标值（如“≥ 10 家”），或要达到的状态及其分级分档标准。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a question: it states no value or standard to reach, so nobody can tell whether it was met. Write a quantified target (e.g. \"≥ 10 organisations\"), or the state to reach with graded levels."),
            @RuleInfo.Message(key = "names-measure", zh = "指标“{0}”的指标值“{1}”只写了评价什么（某方面的情况或评价），没有写出要达到的值或标准，无法判断是否完成。请写明可量化的指标值，或分级分档的判定标准（如优、良、中、差各档的判定条件）。",
                    en = "The target \"{1}\" of indicator \"{0}\" only names what is assessed (a situation, or its evaluation) and states no value or standard to reach, so nobody can tell whether it was met. Quantify it, or define graded levels (e.g. what counts as excellent, good, fair or poor)."),
            @RuleInfo.Message(key = "reception", zh = "指标“{0}”的指标值“{1}”只写了受众的反应（受欢迎、受喜爱），没有写出衡量的值或标准，无法判断是否完成。请写明可量化的指标值（如“受众满意度 ≥ 90%”“观众 ≥ 1 万人次”），或分级分档的判定标准。",
                    en = "The target \"{1}\" of indicator \"{0}\" only names an audience's reception (being welcomed or liked) and states no value or standard to measure it by, so nobody can tell whether it was met. Quantify it (e.g. \"audience satisfaction ≥ 90%\", \"≥ 10,000 visitors\"), or define graded levels."),
            @RuleInfo.Message(key = "goal-verb", zh = "指标“{0}”的指标值“{1}”只写了目的（以“{2}”开头），没有写出要做到多少或达到什么标准，无法判断是否完成。请写明可量化的指标值（如“受益居民 ≥ 5000 人”“验收合格率 100%”），或可判定是否达到的状态（如“验收合格”）及其分级分档标准。",
                    en = "The target \"{1}\" of indicator \"{0}\" only names a purpose (it begins with the goal verb {3}) and states no amount or standard to reach, so nobody can tell whether it was met. Write a quantified target (e.g. \"≥ 5,000 residents benefiting\", \"acceptance pass rate 100%\"), or a state that is either reached or not (e.g. \"passes acceptance\") with graded levels."),
            @RuleInfo.Message(key = "aim-rate", zh = "指标“{0}”的指标值“{1}”是一个百分比，但名称只写了目的（“{2}”），没有写出计量的是什么：百分之多少的什么？无法判断是否完成。请写明可计量的指标名称（如“…率”“…占比”“…满意度”），或改写为要达到的数量或状态；目的写进年度目标即可。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a percentage, but the name only states an aim (\"{2}\") and names nothing measured: a percentage of what? Nobody can tell whether it was met. Name what is measured (a rate, a share or a satisfaction, e.g. \"… rate\"), or give the amount or state to reach instead; the aim belongs in the year's goal."),
            @RuleInfo.Message(key = "aim-rate-unscored", sameAs = "aim-rate", details = {3},
                    zh = "指标“{0}”的指标值“{1}”是一个百分比，但名称只写了目的（“{2}”），没有写出计量的是什么：百分之多少的什么？无法判断是否完成。这一行没有分值之内的自评得分，指标值又无法计量，评分不按指标值与实际完成值计分：这一行的 {3} 分未计分（按 0 分计）。请写明可计量的指标名称（如“…率”“…占比”“…满意度”），或改写为要达到的数量或状态；目的写进年度目标即可。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a percentage, but the name only states an aim (\"{2}\") and names nothing measured: a percentage of what? Nobody can tell whether it was met. The row states no score of its own within its points, and a target that cannot be measured is not scored by target and actual: its {3} points are left unscored (counted as 0). Name what is measured (a rate, a share or a satisfaction, e.g. \"… rate\"), or give the amount or state to reach instead; the aim belongs in the year's goal."),
            @RuleInfo.Message(key = "area-rate", zh = "指标“{0}”的指标值“{1}”是一个百分比，但名称只写了一项工作（以“{2}”结尾），没有写出计量的是什么：百分之多少的什么？无法判断是否完成。请写明可计量的指标名称（如“工程验收合格率”“整改完成率”），或改写为要达到的数量或状态。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a percentage, but the name only names a piece of work (ending in \"{2}\") and nothing measured: a percentage of what? Nobody can tell whether it was met. Name what is measured (a rate or a share, e.g. \"acceptance pass rate\"), or give the amount or state to reach instead."),
            @RuleInfo.Message(key = "area-rate-unscored", sameAs = "area-rate", details = {3},
                    zh = "指标“{0}”的指标值“{1}”是一个百分比，但名称只写了一项工作（以“{2}”结尾），没有写出计量的是什么：百分之多少的什么？无法判断是否完成。这一行没有分值之内的自评得分，指标值又无法计量，评分不按指标值与实际完成值计分：这一行的 {3} 分未计分（按 0 分计）。请写明可计量的指标名称（如“工程验收合格率”“整改完成率”），或改写为要达到的数量或状态。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a percentage, but the name only names a piece of work (ending in \"{2}\") and nothing measured: a percentage of what? Nobody can tell whether it was met. The row states no score of its own within its points, and a target that cannot be measured is not scored by target and actual: its {3} points are left unscored (counted as 0). Name what is measured (a rate or a share, e.g. \"acceptance pass rate\"), or give the amount or state to reach instead."),
            @RuleInfo.Message(key = "effectiveness-rate", zh = "指标“{0}”的指标值“{1}”是一个百分比，但名称以“{2}”结尾：有效与否是一种判断，不是比率，百分之多少的有效性无从计量，无法判断是否完成。请写明可计量的指标名称（如“制度执行率”“整改完成率”），或改写为可判定是否达到的状态（如“制度健全并按制度执行”）及其分级分档标准。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a percentage, but the name ends in \"{2}\" (effectiveness): whether a thing is effective is a judgement, not a rate, and a percentage of effectiveness measures nothing, so nobody can tell whether it was met. Name what is measured (a rate or a share, e.g. \"rate of rules carried out\"), or give a state that is either reached or not, with graded levels."),
            @RuleInfo.Message(key = "effectiveness-rate-unscored", sameAs = "effectiveness-rate", details = {3},
                    zh = "指标“{0}”的指标值“{1}”是一个百分比，但名称以“{2}”结尾：有效与否是一种判断，不是比率，百分之多少的有效性无从计量，无法判断是否完成。这一行没有分值之内的自评得分，指标值又无法计量，评分不按指标值与实际完成值计分：这一行的 {3} 分未计分（按 0 分计）。请写明可计量的指标名称（如“制度执行率”“整改完成率”），或改写为可判定是否达到的状态（如“制度健全并按制度执行”）及其分级分档标准。",
                    en = "The target \"{1}\" of indicator \"{0}\" is a percentage, but the name ends in \"{2}\" (effectiveness): whether a thing is effective is a judgement, not a rate, and a percentage of effectiveness measures nothing, so nobody can tell whether it was met. The row states no score of its own within its points, and a target that cannot be measured is not scored by target and actual: its {3} points are left unscored (counted as 0). Name what is measured (a rate or a share, e.g. \"rate of rules carried out\"), or give a state that is either reached or not, with graded levels."),
            @RuleInfo.Message(key = "counts-in-name", zh = "指标“{0}”的名称里写了 {2} 个数量（{3}），指标值却是百分比“{1}”：要完成的数量写在了名称里，一个百分比说不出每一项完成了多少。请把每个数量拆成一行指标：名称写衡量的内容（如“慰问伤残军人人数”），指标值写数量（如“≥ 50 人”），实际完成值写实际数。",
                    en = "The name of indicator \"{0}\" holds {2} quantities ({3}) while its target is the percentage \"{1}\": the amounts to deliver are in the name, and one percentage cannot say how much of each was done. Give each quantity a row of its own: the name says what is counted (e.g. \"veterans visited\"), the target the amount (e.g. \"≥ 50 人\" (people)), the actual the count reached.")
        })
public final class IndicatorTargetUnmeasurable implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        // a 时效 target with no time is indicator-time-cost-unspecified's time, at the same cell (确保工程进度): one defect,
        // one finding, said there where that rule runs (as indicator-target-no-unit's nature check defers to it)
        boolean timeSaid = !ctx.isOff(TIME_COST);
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE)) {
                Indicator i = facts.row(k);
                AimRate.Reading aim = AimRate.of(i.name(), i.targetValue());
                if (aim != null) {
                    // 促进农村集体经济发展 ≥ 95 % (井研 2023, t89), 教学条件改善、办学水平提高 = 100% (临沂 2025, t67): a
                    // share of no measured thing, an aim with a figure beside it (audit s48 §3, s47 §3's t33); 工程质量管理
                    // ≥ 95 % (裕安 2022, t37): a piece of work named, the share of it as empty (session 50)
                    // 免费开放管理制度健全、执行有效性 100% (历城 2019, t17): an effectiveness, the share of it as empty (session 51)
                    aimRate(i, aim, ctx);
                    continue;
                }
                String[] counts = countsInName(i);
                if (counts != null) {
                    // 保山 2022 (t84): "慰问伤残军人50人;革命烈士遗属50人;…驻保部队、边海防官兵320人。" = 100%: the
                    // targets in the name, a share of them as the target (audit s50 A5 row 2; its percent-full note said
                    // "= 100%", which, followed, left the defect with no finding)
                    ctx.report("counts-in-name", i.targetSrc(), Checks.name(i), Checks.target(i), counts[0], counts[1]);
                }
                continue;
            }
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUALITATIVE)) {
                continue;
            }
            Indicator i = facts.row(k);
            // t.isQualitative() && t.vague() && !t.graded(), on the bits
            String key = facts.all(k, IndicatorFacts.T_VAGUE) ? "" : noValue(i);
            if (key != null && timeSaid && IndicatorTimeCostUnspecified.reportsTimeWarning(facts, k)) {
                // a 时效 row's vague target ("教育均衡化发展 | 有效", 临沂 2025, t67): indicator-time-cost-unspecified's time
                // at the same cell asks for the date it lacks; both warnings said one defect (session 47)
                continue;
            }
            if (key != null) {
                if (key.isEmpty() && repeatsTarget(i)) {
                    // the actual is the target's vague words again, or some of them (有效改善 → 有效改善, 塘湖镇 2020;
                    // 同比2022年销量显著提高 → 显著提高, 宁夏 福彩 2023): the same finding, saying the actual tells nothing either
                    ctx.report("actual-repeats", i.targetSrc(), Checks.name(i), Checks.quote(i.targetValue().text()),
                            Checks.quote(i.actual()));
                    continue;
                }
                if (key.isEmpty() && io.github.jixiao.target.TargetParser.longTerm(i.targetValue().text())) {
                    // "实现社会稳定和谐发展 | 长期" (昭化 2021, t133): how long, and when it is checked, is what is missing; the
                    // default's fingerprint (a wording of it)
                    ctx.report("long-term", i.targetSrc(), Checks.name(i), Checks.quote(i.targetValue().text()));
                    continue;
                }
                ctx.report(key, i.targetSrc(), Checks.name(i), Checks.quote(i.targetValue().text()));
                continue;
            }
            String[] verb = goalVerb(i);
            if (verb != null && !(timeSaid && IndicatorTimeCostUnspecified.reportsTime(facts, k))) {
                ctx.report("goal-verb", i.targetSrc(), Checks.name(i), Checks.quote(i.targetValue().text()), verb[0],
                        verb[0] + " (" + verb[1] + ")");
            }
        }
    }

    /**
     * A percentage of no measured thing ({@link AimRate}), at its target; {@code -unscored} where the scorer left the row
     * out for it ({@link UnmeasurableTarget#leftOut}: no printed 得分 within its points to take as printed, and no target to
     * score by): the row's points are said not scored, the fix the same. The same finding (the points a detail), as
     * indicator-input-as-output's {@code unscored} beside a money row (session 52).
     */
    private static void aimRate(Indicator i, AimRate.Reading aim, RuleContext ctx) {
        if (UnmeasurableTarget.leftOut(i) && IndicatorInputAsOutput.scored(ctx, i)) {
            ctx.report(aim.key() + "-unscored", i.targetSrc(), Checks.name(i), Checks.target(i), aim.word(), Checks.num(i.points()));
        } else {
            ctx.report(aim.key(), i.targetSrc(), Checks.name(i), Checks.target(i), aim.word());
        }
    }

    /**
     * The actual says nothing the vague target did not: its words (spaces and punctuation aside) are the target's, or a
     * part of them, with no figure of its own (有效改善 → 有效改善; 同比2022年销量显著提高 → 显著提高). A figure, a grade or
     * words of its own (受益群众满意度达 96%, 较好, 道路硬化 3.2 公里) are a result, and the finding stays the plain one.
     */
    static boolean repeatsTarget(Indicator i) {
        String actual = i.actual();
        String target = i.targetValue().text();
        if (Checks.blank(actual) || target == null) {
            return false;
        }
        String a = ActualEqualsTargetPattern.words(actual);
        return !a.isEmpty() && !io.github.jixiao.text.Chars.hasDigit(a)
                && ActualEqualsTargetPattern.words(target).contains(a);
    }


    /**
     * The quantities a row's name holds (each figure with its unit, as written) where its target is a percentage and the
     * name holds two or more: the amounts to deliver written into the name, the target a share of them (保山 2022, t84).
     * One figure is a name's own scope (清算8个安置小区…物业费 ≥95%, 金寨 2021, t78: a share of the 8), not a list; null
     * otherwise, and for a date. Returned as their number and the first six joined ("50人、50人、…"): the name is the
     * user's, of any length.
     */
    static String[] countsInName(Indicator i) {
        TargetValue t = i.targetValue();
        String name = i.name();
        if (name == null || !t.isQuantitative() || !t.isPercent() || t.isDate() || !io.github.jixiao.text.Chars.hasDigit(name)
                || name.contains("率") || name.contains("比例")) {
            // a name naming its rate has its quantities as the rate's scope (衡山 2020's "5000吨稻谷、500吨成品粮储备到位率"
            // 100%, t7: the share of the reserves in place), not outputs listed for a share (session 53: NameCounts' 吨
            // would otherwise have read it so)
            return null;
        }
        java.util.regex.Matcher m = NameCounts.COUNT.matcher(name);
        List<String> out = new java.util.ArrayList<>();
        int n = 0;
        while (m.find()) {
            n++;
            if (out.size() < 6) {
                out.add(m.group().replaceAll("\\s+", ""));
            }
        }
        if (n < 2) {
            return null;
        }
        if (n > out.size()) {
            out.add("…");
        }
        return new String[] {String.valueOf(n), String.join("、", out)};
    }

    /** The id of indicator-time-cost-unspecified, read from its metadata. */
    private static final String TIME_COST = IndicatorTimeCostUnspecified.class.getAnnotation(RuleInfo.class).id();

    /**
     * Goal verbs, each with its English gloss: a target beginning with one names what the money is for (天津 东丽区 2020:
     * 方便周边居民出行, 确保天桥质量). Kept short: 促进 and 加强 are already vague words ({@code TargetParser}); 实现, 完成,
     * 落实 and 推进 begin targets that name work to be done, which 完成 reads as a state (已完成 / 未完成).
     */
    private static final String[][] GOAL_VERBS = {
        {"方便", "make it easier to"}, {"便于", "make it easier to"}, {"确保", "ensure"}, {"保证", "ensure"},
        {"保障", "safeguard"}, {"满足", "meet"}};

    /**
     * States a goal verb may lead to that are reached or not, a yes/no standard: 确保验收合格, 保障单位正常运转, 确保按期完成,
     * 确保资金到位, 满足使用要求 (the requirement is the standard).
     */
    private static final List<String> STATES = List.of(
            "合格", "达标", "到位", "完成", "通过", "验收", "正常", "运转", "运行", "覆盖", "要求", "标准", "规定", "需要", "需求");

    /** The verbs that ensure a state (确保, 保证, 保障), unlike 方便, 便于 and 满足, which name whom the money serves. */
    private static final String ENSURE_VERBS = "确保 保证 保障";

    /**
     * More states an ensure verb ({@link #ENSURE_VERBS}) may lead to, each kept or not: 确保资金安全 (nothing lost or
     * misused), work done (确保按期完工, 保障项目顺利实施, 确保补助资金及时足额发放) and a grade named (确保工程质量达到优良).
     * After 方便 or 便于 the same words name a purpose (方便群众使用). What stays a purpose after an ensure verb ends in a
     * thing looked after, with no state or standard: 确保天桥质量 (quality to what grade?).
     */
    private static final List<String> ENSURED = List.of("安全", "完工", "竣工", "实施", "发放", "交付", "投用", "优良", "良好", "优秀");

    /**
     * A time or amount an ensure verb holds the work to (确保按期…, 及时足额…): kept or not, against the date or sum set
     * for it (a 时效 row without a date is indicator-time-cost-unspecified's time).
     */
    private static final List<String> HELD_TO = List.of("按期", "按时", "如期", "及时", "足额");

    /**
     * The goal verb {@code [word, gloss]} a target with no measure begins with (null when it has none, or has a measure):
     * no digit of either width, no figure in Chinese numerals, no grade list, no answer after a colon (确保安全：是), no
     * negation (确保无安全事故: zero is the standard) and no yes/no state at its end ({@link #STATES}). The vague words
     * and the other shapes of {@link #noValue} are reported before this is asked.
     */
    static String[] goalVerb(Indicator i) {
        String text = i.targetValue().text();
        if (text == null) {
            return null;
        }
        String t = Checks.endless(text.strip()).stripTrailing();
        int n = t.length();
        if (n < 4 || n > SHORT) {
            return null;
        }
        String[] verb = null;
        for (String[] v : GOAL_VERBS) {
            if (t.startsWith(v[0])) {
                verb = v;
            }
        }
        if (verb == null || i.targetValue().graded() || io.github.jixiao.text.Chars.hasDigit(t) || chineseFigure(t)
                || t.indexOf('：') > 0 || t.indexOf(':') > 0 || t.contains("是") || negated(t)) {
            return null;
        }
        for (String s : STATES) {
            if (t.endsWith(s)) {
                return null;
            }
        }
        if (ENSURE_VERBS.contains(verb[0])) {
            for (String s : ENSURED) {
                if (t.endsWith(s)) {
                    return null;
                }
            }
            for (String h : HELD_TO) {
                if (t.contains(h)) {
                    return null;
                }
            }
        }
        return verb;
    }

    /** Longer texts say more than a question or a name; these are short (区商务局 2020: 9 and 20 characters). */
    private static final int SHORT = 40;

    /**
     * A qualitative target that states no value to reach (null when it states one): {@code question}, a yes/no question
     * (是否利于企业走出去, …与否, …？); {@code names-measure}, the name of what is assessed (企业把握正确政治导向和文化方向情况的评价;
     * 项目实施情况 where the indicator is 项目实施情况); {@code reception}, an audience's reception ({@link #reception}). A negation (无违规违纪情况, 未发生…情况) is a standard; an evaluation that is
     * not of a 情况 (良好的评价, 获得…的评价) an outcome; 以是否通过验收为准 a criterion; "是否按期完成：是" an answer: none of them is one. Decided on the text's first and last characters before anything else.
     */
    static String noValue(Indicator i) {
        String text = i.targetValue().text();
        if (text == null) {
            return null;
        }
        String t = Checks.endless(text.strip()).stripTrailing();
        int n = t.length();
        if (n < 3 || n > SHORT) {
            return null;
        }
        char last = t.charAt(n - 1);
        if (last == '迎' || last == '爱' || last == '睐') {
            return reception(t, i) ? "reception" : null;
        }
        if (n < 4) {
            return null;
        }
        if (t.startsWith("是否") || last == '？' || last == '?' || t.endsWith("与否")) {
            // "是否按期完成：是" states its answer after the colon: a value
            boolean answered = t.indexOf('：') > 0 || t.indexOf(':') > 0;
            return answered || i.targetValue().graded() || io.github.jixiao.text.Chars.hasDigit(t) ? null : "question";
        }
        if (last != '价' && last != '况') {
            return null;
        }
        if (i.targetValue().graded() || io.github.jixiao.text.Chars.hasDigit(t) || negated(t)) {
            return null;
        }
        // only the evaluation of a 情况 names what is assessed: 良好的评价, 较高的评价, 满意的评价 state the grade to reach
        if (t.endsWith("情况的评价") || t.endsWith("情况评价")) {
            return "names-measure";
        }
        if (t.endsWith("情况") && n > 4) {
            // a bare 情况 restates what the indicator measures: the rest of it is in the indicator's name
            String what = t.substring(0, n - 2);
            String name = i.name();
            return name != null && name.contains(what) ? "names-measure" : null;
        }
        return null;
    }

    /**
     * A target that ends in an audience's reception, 欢迎, 喜爱 or 青睐 (区商务局 2020: 获得目的国(地区)受众欢迎; 深受群众喜爱):
     * how welcome or liked is a matter of degree no word here sets, unlike an evaluation that is given or not
     * (得到主管部门的肯定评价, 用户一致认可的评价: a standard). Not when it has a figure or grades, or is negated. A figure is
     * in digits of either width (获得3个以上…, ９０％以上受众欢迎) or in Chinese numerals ({@link #chineseFigure}: 三个以上目的国
     * 受众欢迎, 九成以上观众欢迎, 百分之九十以上的群众喜爱): how many are to welcome it is a value to reach.
     */
    private static boolean reception(String t, Indicator i) {
        boolean welcomed = t.endsWith("欢迎") || t.endsWith("喜爱") || t.endsWith("青睐");
        return welcomed && !i.targetValue().graded() && !io.github.jixiao.text.Chars.hasDigit(t) && !chineseFigure(t) && !negated(t);
    }

    /** Chinese numerals that begin a figure; 百, 千 and 万 only follow one (百姓, 千家万户 and 万众 are no figures). */
    private static final String NUMERALS = "一二两三四五六七八九十";
    /** What follows a numeral in a figure: a share (成), a multiplier, or a measure word (个, 家, 国, 次, 场, 人 …). */
    private static final String AFTER_NUMERAL = "成十百千万亿个家国次场人项名所批位件户村期部";

    /**
     * Whether {@code t} states a figure in Chinese numerals: 百分之…, or a numeral followed by 成, a multiplier or a measure
     * word (九成, 三个, 两个国家, 十万). Not 十分 (very), 一致, 一线, 两岸: no measure word follows.
     */
    static boolean chineseFigure(String t) {
        if (t.contains("百分之")) {
            return true;
        }
        for (int k = 0; k + 1 < t.length(); k++) {
            if (NUMERALS.indexOf(t.charAt(k)) >= 0 && AFTER_NUMERAL.indexOf(t.charAt(k + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that begin with a negation character and negate nothing: 非遗 and 非物质 (intangible heritage), 非常 (very),
     * 非凡, 无人机 (a drone), 不断 (ever more), 零距离 (close at hand). 非遗展演深受群众喜爱 and 非常受欢迎 name a reception
     * as 深受群众喜爱 does; 不受欢迎 negates it.
     */
    private static final List<String> NOT_NEGATING = List.of("非遗", "非物质", "非常", "非凡", "无人机", "不断", "零距离");

    /** A negation makes a …情况 a standard: 无违规情况, 未发生安全事故情况, 杜绝…情况 ({@link #NOT_NEGATING} aside). */
    private static boolean negated(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '禁' || Checks.NEGATION_CHARS.indexOf(c) >= 0 && !notNegating(t, k)) {
                return true;
            }
        }
        return t.contains("杜绝") || t.contains("避免") || t.contains("防止");
    }

    private static boolean notNegating(String t, int k) {
        for (String w : NOT_NEGATING) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }
}
