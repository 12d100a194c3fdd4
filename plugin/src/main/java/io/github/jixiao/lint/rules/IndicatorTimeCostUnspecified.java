package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;

@RuleInfo(
        id = "indicator-time-cost-unspecified",
        severity = Severity.WARNING,
        category = Category.MEASURABILITY,
        titleZh = "时效指标没有时限、成本指标没有金额",
        titleEn = "Timeliness target without a date, cost target without an amount",
        rationaleZh = "时效指标要写明完成时间或期限（如“2024 年 6 月 30 日前”“≤ 3 个工作日”），成本指标要写明金额和单位（如“≤ 30 万元”）。"
                + "只写“100%”而名称和指标值都没有时限的时效指标，“及时”无所参照（名称是比率而指标值只写“100”、漏了“%”的，同样看待）；把时限写进名称（“12月底之前完成”“春节前完成走访慰问”）而指标值写“100%”或“按时限完成”的，应把时限作为指标值（提示）。这样的“100%”没有比较符（按“≥ 100%”即“= 100%”理解），或写作“≥ 100%”的，读法在此一并说明（time-rate-bare、time-rate-ceiling；名称不是比率、比例的，如稷山 2020 的“资金是否全部及时纳入 | 100%”，说的是“该指标以百分比计”，不说“该比率”：time-percent-bare、time-percent-ceiling），indicator-target-no-comparator 和 indicator-target-at-ceiling 不在同一单元格另行提示（一个缺陷一个问题：缺的首先是时限）。提示引用名称自己的用词（“及时”“按期”“按时”“按计划”），名称中没有的说明名称和指标值都没有时限；名称以“时间”“时限”“日期”结尾的（宁德 2019：“项目完成时间 | 100%”），要的是日期，比率本身就写错了，提示写明完成日期（time-rate-date）。时限写在名称里、指标值没有比较符的（“12月底之前完成 | 100%”，金埠 2020），以及只写比率的成本指标没有比较符的，读法同样在此说明（time-in-name-bare、cost-rate-bare），indicator-target-no-comparator 不再另行提示。"
                + "“按时完成”“符合相关规定”之类无从核对；名称说明是要提供或开放的时长的（服务时长、开放时间、可保证读者使用时长），指标值只有文字的（黄石 2022 图书馆：“全天候可用”），要的是可用时长或可用率，不是完成日期（time-availability，提示）；只写一个比率的成本指标（如“成本控制率 90%—100%”）也说不出花了多少钱；写成“每株多少”却漏了金额单位的（“≤28.40/株”），是单位成本缺了“元”，不是比率，按此提示补单位（名称末尾的模板提示写着“元/株”的，提示里的单位要写进指标值，如“≤ 28.40 元/株”：cost-no-money-unit-hint）；名称是一项费用、补助的，指标值按“人/天”计（甘孜 2024：检查差旅费“470 人/天”），同样是每人每天的成本漏了“元”，不是数量，提示写成“≤ 470 元/人·天”；反过来，名称是补助标准、补贴标准、单价之类按单位计的金额，指标值却只写金额、名称和度量单位都没说按什么计的（清涧 2021：“硬化水泥砼公路补助标准 ≤120万元”，实为每公里），提示写明计量对象。"
                + "没有指标值的成本指标，实际完成值数的是次数（“次”“人次”“场次”）、没有金额的（红河州第二人民医院 2023：“开展技术指导 | 一个季度开展技术指导一次,共4次”），是把数量指标填进了成本指标，说不出花了多少钱（cost-count-actual，提示；缺指标值由 indicator-incomplete 报告）。成本指标值为 0 的（乌海 2021：“出差单位成本 = 0 万元/人”“办公费总成本 = 0 万元”，不足一万元取整成了 0），衡量不了什么，作提示（cost-zero）；名称写明 0 正是目标的（超支、违规、损失、收费、群众负担、自筹等）不报告。"
                + "自评时成本指标的实际完成值为 0、指标值大于 0，而全年执行数大于 0 或资金执行率、支付率等指标的实际值大于 0 的，钱已花出，成本不会是 0，作警告（cost-actual-zero）；只有资金到位率、拨付率大于 0 的（宁德 2023 人才驿站：项目资金投入 10万元 → 0万元，资金到位率 100%，驿站认定 0 个），到位、拨付不等于支出，警告说明这一点，并请写明未支出的原因、核对预算执行率（cost-actual-zero-arrived）；偏差原因中已写明未支出原因的，只作提示，请核对预算执行率与到位率（cost-actual-zero-arrived-reasoned，同一条发现）。"
                + "时效指标值是整个预算年度的（“1-12月”，大英 2020；“2021.1.1-12.31”，吕梁 2021），只说在年内完成，算不上时限，请写明完成日期（time-whole-year，提示）。"
                + "指标值是一个 36526–73050 之间、没有单位的整数的，是导出时丢了格式的 Excel 日期序列号（乌海 2021：“44,561”即 2021-12-31），请写成日期。"
                + "成本指标值是一句话、金额写在句中的，金额是有的，请把金额写成指标值（cost-amount-in-words，提示）；句子说补助按标准兑付、发放的（昭化 2021 的“严格按照预算标准1000元/人给补助对象兑付补助”），金额是足额发放的补助标准，请写成“= 1000元/人”，不是成本上限（cost-amount-in-words-paid，自 session 58 起；培训、公里、工程之类的标准仍是上限）。"
                + "不报告：低于 100% 的及时率（“≥ 95%”，时限另有规定）；名称或指标值中有日期、期限的；成本指标写作“150万”“1.2亿”（省了“元”字的金额）的；"
                + "财预〔2021〕101号的社会成本指标、生态环境成本指标（二级或指标名称是其一的；对社会、生态环境的负面影响，不是金额；其指标值含糊的由 indicator-target-unmeasurable 报告）；指标值只有单位或比较符的（“元/人”“≤”，模板待填的数值没有填：由 placeholder-left unit-only 报告，一个缺陷一个问题）；只写一个没有单位的数、名称也不是比率的（原州 2022：“项目总投入(≥**万元) | 6070”：不是比率，缺的是单位，由 indicator-target-no-comparator 或 indicator-target-no-unit 报告；恰为预算总额的由 indicator-input-as-output 报告）；指标值只有占位符（“**”“xx”），或目标申报时只是“/”“—”的，同样由 placeholder-left 报告（placeholder-target、not-applicable-target）。",
        rationaleEn = "A timeliness target names a date or a period (\"by 30 June 2024\", \"≤ 3 working days\"); a cost target names an amount and its unit (\"≤ 300,000 yuan\"). "
                + "A timeliness target of just \"100%\" with no period in the name or the target has nothing to be on time against (a rate written \"100\" with its % dropped is read the same); a deadline put in the name (\"done by the end of December\", \"visits done before the Spring Festival\") with \"100%\" or \"done on time\" as the target belongs in the target (an info). Where such a \"100%\" has no comparator (read as \"≥ 100%\", which is \"= 100%\") or is written \"≥ 100%\", the reading is said here too (time-rate-bare, time-rate-ceiling; where the name is no rate or share, as Jishan 2020's 资金是否全部及时纳入 (were all funds taken in on time) \"100%\", it says the indicator is a percentage, not \"this rate\": time-percent-bare, time-percent-ceiling), and indicator-target-no-comparator and indicator-target-at-ceiling do not note the same cell (one defect, one finding: the date is what is missing first). The note quotes the name's own word for on time (及时 (in time), 按期 (on schedule), 按时 (on time), 按计划 (as planned)), or says that neither the name nor the target gives a deadline; a name ending in 时间 (time), 时限 (time limit) or 日期 (date) (Ningde 2019: \"项目完成时间 (project completion time) | 100%\") asks for a date, and the rate is the wrong kind of value: the completion date is asked for (time-rate-date). So too a deadline in the name over a target with no comparator (\"12月底之前完成 (done by the end of December) | 100%\", Jinbu 2020) and a cost target that is only a rate with no comparator: the reading is said here (time-in-name-bare, cost-rate-bare), and indicator-target-no-comparator does not note the cell again. "
                + "\"On time\" or \"as regulations require\" cannot be checked; a name saying a time to provide or keep open (service hours, opening time, Huangshi 2022 library's 可保证读者使用时长 (guaranteed hours of use)) with a target in words (\"全天候可用\" (available round the clock)) needs its hours or an availability rate, not a completion date (time-availability, an info); and a cost target that is only a rate (\"cost control 90%—100%\") does not say what was spent; a cost per unit written with its money unit left off (\"≤ 28.40 per plant\") is not a rate but a unit cost missing its yuan, and is told so (where the template's hint at the end of the name gives the money unit, yuan per plant, that unit is asked into the target: cost-no-money-unit-hint); so is a figure per person-day under a name that is an expense or a subsidy (Ganzi 2024: 检查差旅费 (inspection travel expenses) at 470 per person-day), a cost per person a day missing its yuan, not a count, asked for as \"≤ 470 yuan per person-day\"; the other way round, a cost named as a rate per unit (a subsidy standard, a unit price) whose target is a bare amount, with neither the name nor the unit column saying per what (Qingjian 2021: road subsidy standard \"≤ 1.2 million yuan\", per kilometre), is told to name what it is per."
                + " A cost row with no target whose actual counts times (次 (times), 人次 (person-times) or 场次 (sessions)) and names no money (Honghe No. 2 People's Hospital 2023: 开展技术指导 (technical guidance given), \"once a quarter, 4 times in all\") is a quantity filed as a cost and says nothing of what was spent (cost-count-actual, an info; the missing target is indicator-incomplete's). A cost target of 0 (Wuhai 2021: travel cost per person \"= 0 × 10,000 yuan\", office cost \"= 0 × 10,000 yuan\", amounts under 10,000 yuan rounded away) measures nothing: an info (cost-zero); not where the name says 0 is the point (overspending, irregular use, loss, charges, the public's burden, self-raised funds). "
                + "At the self-evaluation, a cost actual of 0 against a target above 0 while the year's spending is above 0, or a row of funds spent (its execution or payment rate …) has an actual above 0, is money spent reported as no cost: a warning (cost-actual-zero); where only a funds-in-place or allocation rate is above 0 (Ningde 2023 talent stations: project funds 10 → 0 × 10,000 yuan beside funds in place 100%, and 0 stations recognised), money arriving is not money spent, and the warning says so and asks for the reason nothing was spent and a look at the execution rate (cost-actual-zero-arrived); with that reason written in the explanation, an info asking only to check the execution and arrival rates (cost-actual-zero-arrived-reasoned, the same finding)."
                + " A timeliness target that is the whole budget year (\"1-12月\" (January to December), Daying 2020; \"2021.1.1-12.31\", Lüliang 2021) says only \"within the year\", no deadline: the completion date is asked for (time-whole-year, an info)."
                + " A target that is a whole number from 36526 to 73050 with no unit is an Excel date serial whose format was lost in the export (Wuhai 2021: \"44,561\" is 2021-12-31): write the date."
                + " A cost target that is a sentence with the amount inside it does name an amount: the amount is asked to become the target (cost-amount-in-words, an info); where the sentence says a subsidy is paid at its standard (Zhaohua 2021: pay the beneficiaries strictly at the budget standard of 1000 \"元/人\" (yuan per person)), the amount is the standard paid in full, asked for as \"= 1000元/人\" (1,000 yuan per person, paid in full), not a ceiling (cost-amount-in-words-paid, since session 58; a standard of training, per kilometre or of works stays a ceiling)."
                + " Not flagged: timeliness rates below 100 % (\"≥ 95%\", deadlines set elsewhere); names or targets that give a date or period; cost targets written \"150万\" or \"1.2亿\" (an amount in 10,000 or 100,000,000 yuan with 元 (yuan) left off);"
                + " the social cost and ecological-environmental cost indicators of MOF Caiyu [2021] No. 101 (as the sub-category or as the indicator's name; harm done to society or nature, not money; a vague target there is indicator-target-unmeasurable's); targets holding only a unit or a comparator (\"元/人\" (yuan per person), \"≤\": the template's value never filled in, placeholder-left unit-only's; one defect, one finding); a figure with no unit at all under a name that is no rate (Yuanzhou 2022: total input \"6070\", its 万元 (10,000 yuan) only in the template's hint: no rate, but a missing unit, which indicator-target-no-comparator or indicator-target-no-unit says, or the budget total, which indicator-input-as-output says); so are targets holding only a placeholder (\"**\", \"xx\"), or only \"/\" or \"—\" at the target declaration (placeholder-left placeholder-target, not-applicable-target).",
        source = "VAL-6：棠溪 2022 自评表实例；湖北 2020 长江禁捕项目自评表（“12月底之前完成 | 100%”）；保山市退役军人事务局 2022 自评表（“春节前完成走访慰问 | 按时限完成”）；财预〔2021〕101号（成本指标写明成本上限）；鄂州 2021 实例（“市民中心运行维护费 150万”）；嘉峪关 2023 绩效目标表（社会成本、生态环境成本指标不是金额）；岳阳楼区价格认证鉴定中心 2023 整体绩效目标表（三级名称为“社会成本指标”）；同心县下马关镇 2023 绩效目标公示（“≤28.40/株”）；清涧县 2021 绩效目标申报表（“硬化水泥砼公路补助标准 ≤120万元”）；原州区 2022 项目支出绩效目标申报表（“项目总投入(≥**万元) | 6070”）",
        sourceEn = "VAL-6: Tangxi 2022 self-evaluation table; Hubei 2020 Yangtze fishing ban project self-evaluation table (\"done by the end of December | 100%\"); Baoshan veterans affairs bureau 2022 self-evaluation table (\"visits done before the Spring Festival | done on time\"); MOF Caiyu [2021] No. 101 (cost indicators state a cost ceiling); Ezhou 2021 example (citizen centre operation and maintenance, 1.5 million yuan written without yuan); Jiayuguan 2023 target table (social and ecological cost indicators are not money); Yueyanglou price certification centre 2023 department target table (an indicator named \"social cost indicator\"); Tongxin Xiamaguan 2023 target notice (\"≤ 28.40 per plant\", with no money unit); Qingjian 2021 target table (a road subsidy standard \"≤ 1.2 million yuan\" with no per)",
        messages = {
            @RuleInfo.Message(key = "time", zh = "时效指标“{0}”的指标值“{1}”没有写明完成时间或期限。请写明日期或期限（如“2024 年 6 月 30 日前”“≤ 3 个工作日”），或改为及时率（如“≥ 95%”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\" names no date or period. Give one (e.g. \"by 2024-06-30\", \"≤ 3 working days\"), or use a timeliness rate (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "time-availability", sameAs = "time", zh = "时效指标“{0}”按名称衡量的是可用或开放的时长，指标值“{1}”却没有写明时长或可用率，无从核对；这里要的不是完成日期。请写明可用时长或可用率（如“每日 ≥ 12 小时”“可用率 ≥ 99%”）。",
                    en = "Timeliness indicator \"{0}\" measures, by its name, how long something is available or open, but its target \"{1}\" names no duration or availability rate and cannot be checked; a completion date is not what it needs. State the hours or the availability rate (e.g. \"≥ 12 hours a day\", \"availability ≥ 99%\")."),
            @RuleInfo.Message(key = "cost", zh = "成本指标“{0}”的指标值“{1}”没有金额。请写明成本上限及单位（如“≤ 30 万元”“≤ 500 元/人”）。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" names no amount. State the cost ceiling and its unit (e.g. \"≤ 300,000 yuan\", \"≤ 500 yuan per person\")."),
            @RuleInfo.Message(key = "cost-amount-in-words", sameAs = "cost", details = {2}, zh = "成本指标“{0}”的指标值“{1}”是一句话，金额“{2}”写在句中：指标值应当就是成本上限。请把金额写成指标值（如“≤ {2}”），句中的说明写进指标解释或年度目标。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is a sentence with the amount \"{2}\" inside it: the target should be the cost ceiling itself. Write the amount as the target (e.g. \"≤ {2}\") and move the rest of the sentence to the indicator's definition or the year's goal."),
            @RuleInfo.Message(key = "cost-amount-in-words-paid", sameAs = "cost", details = {2}, zh = "成本指标“{0}”的指标值“{1}”是一句话，补助标准“{2}”写在句中：按标准足额兑付的补助，指标值应当就是这一标准。请把补助标准写成指标值（如“= {2}”），句中的说明写进指标解释或年度目标。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is a sentence with the subsidy standard \"{2}\" inside it: a subsidy paid in full at its standard has that standard as its target. Write the standard as the target (e.g. \"= {2}\") and move the rest of the sentence to the indicator's definition or the year's goal."),
            @RuleInfo.Message(key = "cost-zero", zh = "成本指标“{0}”的指标值“{1}”为 0：成本为零的指标衡量不了什么。请写明成本上限及单位（如“≤ 3 万元”）；金额不足一个单位、取整成了 0 的，改用更小的单位（如“≤ 1250 元/人”）；确应为 0 的（如不超支、不向群众收费），在名称中写明（如“超支金额”）。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is 0: a cost of nothing measures nothing. State the cost ceiling and its unit (e.g. \"≤ 30,000 yuan\"); an amount under one unit rounded to 0 is written in a smaller unit (e.g. \"≤ 1250 yuan per person\"); where 0 is the point (no overspending, no charge to the public), say so in the name (e.g. \"amount overspent\")."),
            @RuleInfo.Message(key = "cost-actual-zero", details = {3, 4}, zh = "成本指标“{0}”的实际完成值“{2}”为 0（指标值“{1}”），而{3}：钱已经到位、花出，成本不会是 0。请填写实际发生的成本；确实没有花钱的，写明原因。",
                    en = "The cost indicator \"{0}\" has the actual \"{2}\", nothing (target \"{1}\"), while {4}: the money was paid out and spent, so the cost is not 0. Report the cost actually incurred; if nothing was spent, say why."),
            @RuleInfo.Message(key = "cost-actual-zero-arrived", sameAs = "cost-actual-zero", details = {3, 4}, zh = "成本指标“{0}”的实际完成值“{2}”为 0（指标值“{1}”），而{3}：钱已经到位（到位、拨付不等于支出）；已经支出的，成本不会是 0。请填写实际发生的成本；确未支出的，写明原因，并核对预算执行率。",
                    en = "The cost indicator \"{0}\" has the actual \"{2}\", nothing (target \"{1}\"), while {4}: the money arrived (arriving or being allocated is not being spent); whatever was spent is a cost that is not 0. Report the cost actually incurred; if nothing was spent, say why and check the budget execution rate."),
            @RuleInfo.Message(key = "cost-actual-zero-arrived-reasoned", sameAs = "cost-actual-zero", details = {3, 4, 5}, zh = "成本指标“{0}”的实际完成值“{2}”为 0（指标值“{1}”），而{3}：钱已到位而未支出，已说明原因（“{5}”）。请核对预算执行率与到位率：未支出的资金不计入执行数。",
                    en = "The cost indicator \"{0}\" has the actual \"{2}\", nothing (target \"{1}\"), while {4}: the money arrived and was not spent, and the reason is given (\"{5}\"). Check the budget execution rate and the arrival rate: money not spent is not counted as spent."),
            @RuleInfo.Message(key = "cost-rate", zh = "成本指标“{0}”的指标值“{1}”只是一个比率，说不出成本是多少。建议写明成本上限及单位（如“≤ 30 万元”），比率可作补充。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is only a rate and says nothing about the cost itself. Consider stating the ceiling and its unit (e.g. \"≤ 300,000 yuan\"), keeping the rate as a supplement."),
            @RuleInfo.Message(key = "cost-rate-bare", sameAs = "cost-rate", details = {2}, zh = "成本指标“{0}”的指标值“{1}”只是一个比率（没有比较符，按“{2}”理解），说不出成本是多少。建议写明成本上限及单位（如“≤ 30 万元”），比率可作补充，并写明比较符。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is only a rate (with no comparator, read as \"{2}\") and says nothing about the cost itself. Consider stating the ceiling and its unit (e.g. \"≤ 300,000 yuan\"), keeping the rate as a supplement with its comparator."),
            @RuleInfo.Message(key = "cost-count", sameAs = "cost-rate", details = {2}, zh = "成本指标“{0}”的指标值“{1}”是一个数量（单位“{2}”），不是金额，说不出成本是多少。建议把数量放到数量指标，在此写明成本上限及单位（如“≤ 30 万元”）。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is a count (unit \"{2}\"), not an amount of money, and says nothing about the cost. Consider moving the count to a quantity indicator and stating the cost ceiling and its unit here (e.g. \"≤ 300,000 yuan\")."),
            @RuleInfo.Message(key = "cost-count-actual", details = {2}, zh = "成本指标“{0}”写的是次数，不是成本：实际完成值“{1}”数的是次数（{2}），没有金额，说不出花了多少钱。请把次数放到数量指标，在此写明成本上限及单位（如“≤ 2 万元”）作为指标值，实际完成值写实际发生的成本。",
                    en = "Cost indicator \"{0}\" gives a number of times, not a cost: its actual \"{1}\" counts times ({2}) and names no money, so it says nothing of what was spent. Move the count to a quantity indicator, and give here a cost ceiling with its unit as the target (e.g. \"≤ 20,000 yuan\") and the cost actually incurred as the actual."),
            @RuleInfo.Message(key = "cost-no-money-unit", sameAs = "cost-rate", details = {2, 3}, zh = "成本指标“{0}”的指标值“{1}”是每{2}的成本，却没有金额单位：是元还是万元，无从判断。请写明金额单位（如“≤ {3} 元/{2}”）。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is a cost per unit (\"/{2}\") with no money unit: yuan or 10,000 yuan cannot be told. Add the money unit (e.g. \"≤ {3} yuan/{2}\")."),
            @RuleInfo.Message(key = "cost-no-money-unit-hint", sameAs = "cost-rate", details = {2, 3, 4}, zh = "成本指标“{0}”的指标值“{1}”是每{2}的成本，却没有金额单位：单位“{4}”只写在名称的模板提示里，提示删去后，指标值就看不出是元还是万元。请把单位写在指标值中，如“≤ {3} {4}”。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is a cost per unit (\"/{2}\") with no money unit: the unit \"{4}\" is only in the template's hint in the name, and once the hint is removed the target no longer says whether it is yuan or 10,000 yuan. Write the unit in the target, e.g. \"≤ {3} {4}\"."),
            @RuleInfo.Message(key = "cost-no-money-unit-person-day", sameAs = "cost-no-money-unit", details = {2, 3}, zh = "成本指标“{0}”的指标值“{1}”是每{2}的成本，却没有金额单位：是元还是万元，无从判断。请写明金额单位（如“≤ {3} 元/{2}”）。",
                    en = "The cost target \"{1}\" of indicator \"{0}\" is a cost per person a day with no money unit: yuan or 10,000 yuan cannot be told. Add the money unit (e.g. \"≤ {3} yuan per person-day\")."),
            @RuleInfo.Message(key = "cost-standard-no-per", zh = "成本指标“{0}”是一项标准（按单位计的金额），指标值“{1}”却只写了金额，没有写明按什么计：每公里、每人还是每亩，无从核对。请在金额后写明计量对象（如“{1}/公里”）；若是整个项目的补助金额，请改称补助总额并写明成本上限。",
                    en = "Cost indicator \"{0}\" is a standard rate (an amount per unit), but its target \"{1}\" is a bare amount that does not say per what (per kilometre, per person, per mu of land) and cannot be checked. Write what the amount is per (e.g. \"{1}/公里\" (per kilometre)); if it is the whole project's subsidy, call it the total subsidy and state it as a cost ceiling."),
            @RuleInfo.Message(key = "time-rate", details = {2, 3}, zh = "时效指标“{0}”的指标值“{1}”只写了 100%，指标名称和指标值都没有写明时限：{2}。请写明完成时间或期限（如“2024 年 6 月 30 日前”），或在名称中写明时限（如“6 月底前开工率”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\" is just 100%, and neither the name nor the target names a date or period: {3}. Give the deadline (e.g. \"by 2024-06-30\"), or put it in the name (e.g. \"share started by end of June\")."),
            @RuleInfo.Message(key = "time-rate-bare", sameAs = "time-rate", details = {2, 3, 4}, zh = "时效指标“{0}”的指标值“{1}”没有比较符，按“{4}”理解（该比率不会超过 100%，即“= 100%”）；指标名称和指标值又都没有写明时限：{2}。请写明完成时间或期限（如“2024 年 6 月 30 日前”），或在名称中写明时限并写明比较符（如“6 月底前开工率 = 100%”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\" has no comparator and is read as \"{4}\" (this rate cannot exceed 100%, so: \"= 100%\"); and neither the name nor the target names a date or period: {3}. Give the deadline (e.g. \"by 2024-06-30\"), or put it in the name and write the comparator (e.g. \"share started by end of June = 100%\")."),
            @RuleInfo.Message(key = "time-rate-ceiling", sameAs = "time-rate", details = {2, 3}, zh = "时效指标“{0}”的指标值“{1}”：该比率不会超过 100%，“≥ 100%”实际就是“= 100%”；指标名称和指标值又都没有写明时限：{2}。请写明完成时间或期限（如“2024 年 6 月 30 日前”），或在名称中写明时限并写作“= 100%”（如“6 月底前开工率 = 100%”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\": this rate cannot exceed 100%, so \"≥ 100%\" means \"= 100%\"; and neither the name nor the target names a date or period: {3}. Give the deadline (e.g. \"by 2024-06-30\"), or put it in the name and write \"= 100%\" (e.g. \"share started by end of June = 100%\")."),
            @RuleInfo.Message(key = "time-percent-bare", sameAs = "time-rate", details = {2, 3, 4}, zh = "时效指标“{0}”的指标值“{1}”没有比较符，按“{4}”理解（该指标以百分比计，不会超过 100%，即“= 100%”）；指标名称和指标值又都没有写明时限：{2}。请写明完成时间或期限（如“2024 年 6 月 30 日前”），或在名称中写明时限并写明比较符（如“6 月底前开工率 = 100%”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\" has no comparator and is read as \"{4}\" (this indicator is a percentage, which cannot exceed 100%, so: \"= 100%\"); and neither the name nor the target names a date or period: {3}. Give the deadline (e.g. \"by 2024-06-30\"), or put it in the name and write the comparator (e.g. \"share started by end of June = 100%\")."),
            @RuleInfo.Message(key = "time-percent-ceiling", sameAs = "time-rate", details = {2, 3}, zh = "时效指标“{0}”的指标值“{1}”：该指标以百分比计，不会超过 100%，“≥ 100%”实际就是“= 100%”；指标名称和指标值又都没有写明时限：{2}。请写明完成时间或期限（如“2024 年 6 月 30 日前”），或在名称中写明时限并写作“= 100%”（如“6 月底前开工率 = 100%”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\": this indicator is a percentage, which cannot exceed 100%, so \"≥ 100%\" means \"= 100%\"; and neither the name nor the target names a date or period: {3}. Give the deadline (e.g. \"by 2024-06-30\"), or put it in the name and write \"= 100%\" (e.g. \"share started by end of June = 100%\")."),
            @RuleInfo.Message(key = "time-rate-date", sameAs = "time-rate", details = {2, 3}, zh = "时效指标“{0}”按名称要的是日期，指标值却写成比率“{1}”：比率说不出何时完成。请写明完成日期或期限（如“{2}”），实际完成值写实际完成的日期。",
                    en = "Timeliness indicator \"{0}\" asks, by its name, for a date, yet its target is the rate \"{1}\": a rate does not say when the work is done. Write the completion date or deadline (e.g. \"{3}\"), and the date it was done as the actual."),
            @RuleInfo.Message(key = "time-whole-year", details = {2, 3}, zh = "时效指标“{0}”的指标值“{1}”是整个预算年度：只说在年内完成，算不上完成时限，年终无从据以判断是否按期。请写明完成日期或期限（如“{2}”），实际完成值写实际完成的日期。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\" is the whole budget year: it says only \"within the year\", no deadline, and at the year's end nothing tells whether the work was on time. Give the completion date or deadline (e.g. \"{3}\"), and the date the work was done as the actual."),
            @RuleInfo.Message(key = "date-serial", zh = "时效指标“{0}”的指标值“{1}”像是 Excel 的日期序列号（即 {2}）：表格导出时丢了日期格式。请把指标值写成日期（如“{2} 前”）。",
                    en = "The timeliness target \"{1}\" of indicator \"{0}\" looks like an Excel date serial number ({2}): the date format was lost when the table was exported. Write the target as a date (e.g. \"by {2}\")."),
            @RuleInfo.Message(key = "time-in-name", details = {3, 4}, zh = "时效指标“{0}”把时限写在了名称里，指标值却是“{1}”。请把名称“{2}”中的时限写成指标值（如“{3}”），实际完成值写实际完成日期。",
                    en = "Timeliness indicator \"{0}\" has its deadline in its name and \"{1}\" as its target. Move the deadline in the name \"{2}\" into the target (e.g. \"{4}\") and report the actual completion date."),
            @RuleInfo.Message(key = "time-in-name-bare", sameAs = "time-in-name", details = {3, 4, 5}, zh = "时效指标“{0}”把时限写在了名称里，指标值却是“{1}”（没有比较符，按“{5}”理解）。请把名称“{2}”中的时限写成指标值（如“{3}”），实际完成值写实际完成日期。",
                    en = "Timeliness indicator \"{0}\" has its deadline in its name and \"{1}\" as its target (with no comparator, read as \"{5}\"). Move the deadline in the name \"{2}\" into the target (e.g. \"{4}\") and report the actual completion date.")
        })
public final class IndicatorTimeCostUnspecified implements Rule {

    /**
     * The cost categories of 财预〔2021〕101号 that are no money: 社会成本指标 (harm to society, public welfare) and
     * 生态环境成本指标 (harm to nature). Their targets name no amount by design; a vague one is indicator-target-unmeasurable's.
     */
    static final java.util.Set<String> NOT_MONEY = java.util.Set.of("社会成本指标", "生态环境成本指标");

    /** {@code name} with spaces and punctuation dropped ("社会成本指标 ", "（社会成本指标）"); "" for none. */
    static String bare(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Words that name a period without digits. */
    private static final WordList PERIOD_WORDS = WordList.of(
            "年底", "年末", "年内", "年中", "月底", "月末", "季度", "季末", "上半年", "下半年", "当年", "年度内", "当月", "当日",
            "每月", "每季", "每周", "每年", "工作日", "日内", "天内", "周内", "月内");

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        if (submission.stage() == io.github.jixiao.model.Stage.SELF_EVALUATION) {
            zeroSpent(submission, facts, ctx);
        }
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY | IndicatorFacts.L2_TIMELINESS))
                    == (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY)
                    && (b & (IndicatorFacts.L1_COST | IndicatorFacts.L2_COST)) != 0) {
                countsInsteadOfCost(facts.row(k), ctx);
                continue;
            }
            if ((b & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY)) != IndicatorFacts.APPLICABLE
                    || (b & (IndicatorFacts.L2_TIMELINESS | IndicatorFacts.L1_COST | IndicatorFacts.L2_COST)) == 0) {
                continue; // no target, or neither a 时效 nor a cost row
            }
            Indicator i = facts.row(k);
            if (PlaceholderLeft.unitOnly(i.target())) {
                // "元/人", "≤", "天": the template's unit or comparator with the figure never written — placeholder-left
                // unit-only says so and asks for the figure; asking here for a date or an amount too is the same defect twice
                continue;
            }
            if (PlaceholderLeft.placeholderTarget(submission, i, b) && !ctx.isOff("placeholder-left")) {
                // "**", "xx", or "/" beside a named indicator at 目标申报: no target was written at all, and placeholder-left
                // (placeholder-target, not-applicable-target) asks for one; asking for its date or amount is the same defect twice
                continue;
            }
            if ((b & IndicatorFacts.L2_TIMELINESS) == 0 && (notMoney(i.level2()) || notMoneyName(i.name()))) {
                // 社会成本 / 生态环境成本 (财预〔2021〕101号): harm to society or nature, not money (嘉峪关 2023); named so
                // as the 三级 under a plain 成本指标 too (岳阳楼区价格认证鉴定中心 2023: "社会成本指标 | 100 %")
                continue;
            }
            TargetValue t = i.targetValue();
            if ((b & IndicatorFacts.L2_TIMELINESS) != 0) {
                // i.label(): the name where it is not blank (Checks.blank answers as isBlank, from one character)
                String label = Checks.blank(i.name()) ? i.label() : i.name();
                java.time.LocalDate serial = TargetParser.excelDate(t);
                io.github.jixiao.target.Period p;
                if (timeMissing(t) && hasDate(label)) {
                    // 春节前完成走访慰问 | 按时限完成: the deadline is there, in the name; the target is where it belongs
                    // (保山市退役军人事务局 2022), as for "12月底之前完成 | 100%" below
                    String[] example = deadlineExample(submission.year(), label);
                    ctx.report(Severity.INFO, "time-in-name", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                            Checks.quote(label), example[0], example[1]);
                } else if (timeMissing(t) && AVAILABILITY.anyIn(label)) {
                    // 可保证读者使用时长 | 全天候可用 (黄石 图书馆 2022, t82): a time to provide, not a deadline; no date answers
                    // it (audit s48 item 7), its hours or an availability rate do. An info: 全天候 says much of it already
                    ctx.report(Severity.INFO, "time-availability", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()));
                } else if (timeMissing(t)) {
                    ctx.report("time", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
                } else if (serial != null) {
                    ctx.report("date-serial", i.targetSrc(), Checks.name(i), Checks.quote(t.text()), serial.toString());
                } else if ((p = io.github.jixiao.target.Period.of(t.text(), submission.year())) != null && p.wholeYear()) {
                    // "1-12月" (大英 2020, t44), "2021.1.1-12.31" (吕梁 2021, t58): the budget year itself, "within the year";
                    // no deadline a reviewer can hold the work to (VAL-6), and the completion date is what to ask for (audit
                    // s49 M4). An info: a period is what VAL-6 allows, only this one says nothing. The period read once
                    // (target.Period, the one reader of periods, session 50)
                    String example = p.firstYear() + "-MM-DD 前";
                    ctx.report(Severity.INFO, "time-whole-year", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                            example, "by " + p.firstYear() + "-MM-DD");
                } else if ((hundredPercent(t) || hundredRateWithoutPercent(t, label))
                        && !hasPeriod(withoutTemplateNumber(label)) && !i.otherClauseRead()) {
                    // not the rate of a cell that sets its deadline beside it (6月底前完成，验收合格率100% | 98%, read by the rate:
                    // Indicator.otherClauseRead): the date is there, in the cell (session 49)
                    // the target as the form composes it ("= 100 %" where 指标性质 and 度量单位 are columns of their own, t45),
                    // not its figure alone ("100")
                    if (dateName(label) && !AVAILABILITY.anyIn(label)) {
                        // 项目完成时间 | 100% (宁德 2019, t38): a date is asked for, and a rate is the wrong kind of value, not a
                        // rate to read or cap (audit s49 row 5)
                        String[] example = deadlineExample(submission.year(), label);
                        ctx.report(Severity.INFO, "time-rate-date", i.targetSrc(), null, Checks.name(i), Checks.target(i),
                                example[0], example[1]);
                    } else {
                        String[] word = timeWord(label);
                        ctx.report(Severity.INFO, "time-rate", i.targetSrc(), null, Checks.name(i), Checks.target(i), word[0], word[1]);
                    }
                } else if (t.isPercent() && hasDate(label) && !label.contains("率")) {
                    String[] example = deadlineExample(submission.year(), label);
                    ctx.report(Severity.INFO, "time-in-name", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                            Checks.quote(label), example[0], example[1]);
                }
            } else if ((b & IndicatorFacts.T_MONEY) != 0 || t.isMoneyPerUnit()) {
                if (zero(t) && !ZERO_IS_RIGHT.anyIn(Checks.blank(i.name()) ? "" : i.name())) {
                    // "= 0 万元/人", "= 0 万元" (乌海 2021, t32: 1 万元 for 8 people, rounded away in a 万元 column)
                    ctx.report(Severity.INFO, "cost-zero", i.targetSrc(), null, Checks.name(i), Checks.target(i));
                    continue;
                }
                if (!t.isMoneyPerUnit() && !t.isRange() && standardWithoutPer(i)) {
                    // "硬化水泥砼公路补助标准 ≤120万元" (清涧 2021, t74): a rate per 公里 written as a lump amount
                    ctx.report(Severity.INFO, "cost-standard-no-per", i.targetSrc(), null, Checks.name(i), Checks.target(i));
                }
            } else if (!t.isMoneyPerUnit() && !t.isAmount()) { // a cost row (the bits above); "150万" is an amount too
                if (t.isQualitative()) {
                    String inWords;
                    if (amountAfterWords(t)) {
                        // "控制在 50万元" (words, then the amount): the amount is the target's, read as such
                    } else if ((inWords = amountInWords(t.text())) != null) {
                        // "严格按照预算标准1000元/人给补助对象兑付补助" (昭化 2021, t133): the amount is there, inside a
                        // sentence; "names no amount" was false (session 57). The sentence is asked to become the amount
                        // a subsidy paid at the standard the sentence names: "= 1000元/人", not a ceiling (session 58)
                        ctx.report(Severity.INFO, paidInWords(i.name(), t.text()) ? "cost-amount-in-words-paid" : "cost-amount-in-words",
                                i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()), inWords);
                    } else {
                        ctx.report("cost", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
                    }
                } else if (t.isQuantitative() && t.unit().length() > 1 && t.unit().charAt(0) == '/' && t.low() != null) {
                    // "≤28.40/株" (同心 2023, t64): a cost per plant whose money unit is missing, not a rate
                    String hint = moneyInHint(i.name(), t.unit());
                    if (hint != null) {
                        // its name "…补助成本(≤**元/株)" says 元 in the template's hint, to be removed: "是元还是万元，无从判断"
                        // was false (audit s50 A5 row 8); the unit is asked into the target (the same fingerprint, sameAs)
                        ctx.report(Severity.INFO, "cost-no-money-unit-hint", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                                t.unit().substring(1), t.low().toPlainString(), hint);
                    } else {
                        ctx.report(Severity.INFO, "cost-no-money-unit", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                                t.unit().substring(1), t.low().toPlainString());
                    }
                } else if (t.isQuantitative() && t.low() != null && perPersonDay(t.unit()) != null
                        && FEE_NAMES.anyIn(Checks.blank(i.name()) ? "" : i.name())) {
                    // "检查差旅费 470 人/天", "培训费 320 人/天" (甘孜 2024, t105): a rate per person a day with 元 left off (the
                    // 差旅 and 培训 standards), not a count to move to 数量指标 (audit s50 A5 row 1)
                    ctx.report(Severity.INFO, "cost-no-money-unit-person-day", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                            perPersonDay(t.unit()), t.low().toPlainString());
                } else if (t.isQuantitative() && !t.isPercent() && !t.isDate() && !t.unit().isEmpty() && t.unit().charAt(0) != '/') {
                    // "≥4场" under 成本 (黄石 2019, t15): a count, not a rate (it was told it is only a rate)
                    ctx.report(Severity.INFO, "cost-count", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()), t.unit());
                } else if (!unitlessFigure(t) || IndicatorTargetNoComparator.rateName(i.name())) {
                    ctx.report(Severity.INFO, "cost-rate", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()));
                }
                // else a figure with no unit at all under a name that is no rate: 原州 2022's 项目总投入(≥**万元) "6070" (t100)
                // is no rate; its missing unit is said by indicator-target-no-comparator (no-unit) or indicator-target-no-unit,
                // or the figure is the budget restated (indicator-input-as-output budget-restated)
            }
        }
    }

    /**
     * A cost row with no target whose actual counts times and names no money (红河州第二人民医院 2023, t109 /2, /3:
     * 成本指标 "开展技术指导 | 一个季度开展技术指导一次,共4次"): the row is a count filed as a cost, and says nothing of what
     * was spent (cost-count-actual, an info; audit s51 A6 §3: no rule read such a row, the target being the only cell the
     * cost checks read). Not a row that names an amount or a money unit anywhere in its actual, nor the 社会成本 /
     * 生态环境成本 rows (no money by design). Its missing target is indicator-incomplete's.
     */
    private static void countsInsteadOfCost(Indicator i, RuleContext ctx) {
        String a = i.actual();
        if (Checks.blank(a) || notMoney(i.level2()) || notMoneyName(i.name()) || a.contains("元") || a.contains("费")) {
            return;
        }
        java.util.regex.Matcher m = TIMES.matcher(a);
        String count = null;
        while (m.find()) {
            count = m.group(); // the last: "一个季度开展技术指导一次,共4次" counts 4 in all
        }
        if (count != null) {
            ctx.report(Severity.INFO, "cost-count-actual", i.actualSrc(), null, Checks.name(i), Checks.quote(a), count.strip());
        }
    }

    /** A count of times: a figure (digits or Chinese numerals) before 次, 人次 or 场次 (not 一次性, "at one go"). */
    private static final java.util.regex.Pattern TIMES = java.util.regex.Pattern.compile(
            "(?:\\d+|[一二两三四五六七八九十百千]+)\\s*(?:人次|场次|次)(?!性)");

    /**
     * The money unit per {@code per} ("/株") that a template's hint at the end of {@code name} states ("(≤**元/株)": 元/株),
     * or null: no hint, or a hint in no money unit or per another thing.
     */
    static String moneyInHint(String name, String per) {
        String hint = IndicatorTargetNoUnit.hintUnit(name);
        if (!hint.endsWith(per)) {
            return null;
        }
        String money = hint.substring(0, hint.length() - per.length()).strip();
        return MONEY_UNITS.contains(money) ? money + per : null;
    }

    /** The money units a hint may state before its "/株". */
    private static final java.util.Set<String> MONEY_UNITS = java.util.Set.of("元", "万元", "千元", "亿元");

    /** Words of a cost name that is money paid out: a figure per person-day under it is a rate in 元, not a count. */
    private static final WordList FEE_NAMES = WordList.of("费", "补助", "补贴");

    /** A person-day unit (人/天, 人·天, 人、天, 人天, 人/日, 人次/天), as 人·天 or 人次·天; null for any other. */
    private static final java.util.regex.Pattern PERSON_DAY = java.util.regex.Pattern.compile("(人次|人)\\s*[/·*、]?\\s*(天|日)");

    static String perPersonDay(String unit) {
        java.util.regex.Matcher m = PERSON_DAY.matcher(unit == null ? "" : unit.strip());
        return m.matches() ? m.group(1) + "·天" : null;
    }

    /** Names of a cost whose 0 is the point: no overspending, no charge, no loss (超支 = 0, 向群众收费 0 元). */
    private static final WordList ZERO_IS_RIGHT = WordList.of(
            "超支", "超出", "超预算", "超标", "超概算", "违规", "违纪", "损失", "浪费", "挤占", "挪用", "截留", "罚", "赔",
            "收费", "负担", "自筹", "额外", "新增债务", "欠款", "拖欠");

    /** A money target of exactly 0 ("= 0 万元", "0 万元/人", "≤ 0 元"). */
    private static boolean zero(TargetValue t) {
        return t.isQuantitative() && t.low() != null && t.low().signum() == 0 && (t.high() == null || t.high().signum() == 0);
    }

    /**
     * Words of an indicator name that says money was paid out or spent: its actual above 0 is money spent. A 使用率 only
     * of money (资金使用率, 经费使用率): 设备使用率, 床位使用率, 场地使用率 are how much a thing bought is used, no spending.
     */
    private static final WordList SPENT_RATES = WordList.of("执行率", "支付率", "支出率", "资金使用率", "经费使用率", "预算使用率");

    /**
     * Words of an indicator name that says money arrived or was allocated, not that it was spent (到位 ≠ 支出, 拨付 ≠ 支出;
     * t59 cites 到位率 100% beside 0 of 2 驿站 recognised): its actual above 0 is told as such ({@code cost-actual-zero-arrived}).
     */
    private static final WordList ARRIVED_RATES = WordList.of("到位率", "拨付率");

    /**
     * A cost actual of 0 at the self-evaluation, against a cost target above 0, while the submission says the money was
     * spent: the year's 执行数 above 0, or a row of funds paid or spent (到位率, 执行率 …) with an actual above 0
     * (宁德 2023 人才驿站, t59: 项目资金投入 10万元 → 0万元, beside 人才驿站补助资金到位率 100%). Not where 0 is the point
     * ({@link #ZERO_IS_RIGHT}).
     */
    private static void zeroSpent(Submission submission, IndicatorFacts facts, RuleContext ctx) {
        String[] spent = null;
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & (IndicatorFacts.L1_COST | IndicatorFacts.L2_COST)) == 0 || (b & IndicatorFacts.T_MONEY) == 0
                    || (b & IndicatorFacts.APPLICABLE) == 0) {
                continue;
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            java.math.BigDecimal a = facts.actualInTarget(k);
            if (a == null || a.signum() != 0 || !t.isQuantitative() || t.low() == null || zero(t)
                    || notMoney(i.level2()) || notMoneyName(i.name()) || ZERO_IS_RIGHT.anyIn(Checks.blank(i.name()) ? "" : i.name())) {
                continue;
            }
            if (spent == null) {
                spent = spent(submission, facts);
                if (spent == null) {
                    return;
                }
            }
            if (spent.length > 2 && !io.github.jixiao.text.NoReason.in(i.explanation())) {
                // money arrived (到位 ≠ 支出) and the row says why none of it was spent: the advice followed (宁德 2023, t59
                // with its 偏差原因 written, audit s51 A6 row 3: the same warning, word for word), an info as
                // indicator-below-reasoned is; the same finding
                ctx.report(Severity.INFO, "cost-actual-zero-arrived-reasoned", i.actualSrc(), null, Checks.name(i),
                        Checks.target(i), Checks.quote(i.actual()), spent[0], spent[1], Checks.quote(i.explanation()));
                continue;
            }
            ctx.report(spent.length > 2 ? "cost-actual-zero-arrived" : "cost-actual-zero", i.actualSrc(), Checks.name(i),
                    Checks.target(i), Checks.quote(i.actual()), spent[0], spent[1]);
        }
    }

    /** What says the money was spent (zh, en): the year's 执行数 above 0, else a row of funds paid or spent above 0; null for none. */
    private static String[] spent(Submission submission, IndicatorFacts facts) {
        io.github.jixiao.model.Funds f = submission.funds();
        if (f != null) {
            io.github.jixiao.model.Money e = f.total() == null ? null : f.total().executed();
            java.math.BigDecimal v = e != null && e.value() != null && e.value().signum() > 0 ? e.value() : f.componentSum(io.github.jixiao.model.Funds.Column.EXECUTED);
            if (v != null && v.signum() > 0) {
                String amount = Checks.num(v) + " " + f.unit();
                return new String[] {"全年执行数为 " + amount, "the year's spending is " + amount};
            }
        }
        String[] spent = rateAbove(facts, SPENT_RATES);
        if (spent != null) {
            return spent;
        }
        String[] arrived = rateAbove(facts, ARRIVED_RATES);
        return arrived == null ? null : new String[] {arrived[0], arrived[1], "arrived"};
    }

    /** The first row named by {@code words} whose actual is above 0 (zh, en), null for none. */
    private static String[] rateAbove(IndicatorFacts facts, WordList words) {
        for (int k = 0; k < facts.size(); k++) {
            Indicator i = facts.row(k);
            if (Checks.blank(i.name()) || !words.anyIn(i.name()) || !i.actualValue().isQuantitative()
                    || i.actualValue().low() == null || i.actualValue().low().signum() <= 0) {
                continue;
            }
            String name = Checks.quote(i.name());
            String actual = Checks.quote(i.actual());
            return new String[] {"指标“" + name + "”的实际完成值为 " + actual, "indicator \"" + name + "\" has the actual " + actual};
        }
        return null;
    }

    /** A single figure or range with no unit of its own, not a percentage nor a date ("6070", "≤ 30"). */
    private static boolean unitlessFigure(TargetValue t) {
        return t.isQuantitative() && t.unit().isEmpty() && !t.isPercent() && !t.isDate();
    }

    /**
     * Words then an amount ("年度预算220万元", 黄石 2019's 成本 row): the amount is there, so "没有金额" would be false; a
     * budget so restated is indicator-input-as-output's budget-restated (one finding for one defect).
     */
    /**
     * An amount of money inside a text: a figure, 元 or 万元, and what it is per where "/" follows, a unit of the list
     * each, chained (1000元/人, 780元/生/年): never the words after it ("1000元/人给补助对象…" gave "1000元/人给补" until
     * session 58, a greedy run of three Han characters; audit s58 A13 row C1).
     */
    private static final java.util.regex.Pattern AMOUNT_IN_WORDS = java.util.regex.Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:万元|元)(?:\\s*/\\s*(?:平方米|平米|公里|千米|人次|人日|人天|户|人|次|亩|个|所|名|天|日|月|年|辆|生|头|只|株|套|台|件|间|座|项|吨|张|床|场|期|班|校|村|家|批|车))*");

    /**
     * A sentence saying a subsidy is paid at its standard (按…标准…兑付 / 发放 / 发给 / 足额 …, with 补助, 补贴, 资助, 救助 or
     * 奖补 in it): the amount is the standard paid in full, "=", as a bare 补助标准 is (Direction's paid-standard: 镜湖区残联
     * 2023's 260元/辆, t125; 临沂 生均公用经费, t67), not a cost's ceiling (昭化 2021, t133: "严格按照预算标准1000元/人给补助
     * 对象兑付补助"). Not a standard a service's or a work's cost may keep under (培训, 公里, 工程 …: a ceiling).
     */
    private static final java.util.regex.Pattern PAID_IN_WORDS =
            java.util.regex.Pattern.compile("按(?:照)?[^，,。；;]{0,12}标准[^，,。；;]*(?:兑付|发放|发给|足额|兑现)");
    private static final java.util.regex.Pattern SUBSIDY = java.util.regex.Pattern.compile("补助|补贴|资助|救助|奖补");
    private static final java.util.regex.Pattern COST_WORK = java.util.regex.Pattern.compile("培训|公里|工程|建设|维修|施工");

    /** Whether the cost sentence {@code text} of row {@code name} says a subsidy is paid at its standard ({@link #PAID_IN_WORDS}). */
    static boolean paidInWords(String name, String text) {
        String both = (name == null ? "" : name) + " " + text;
        return PAID_IN_WORDS.matcher(text).find() && SUBSIDY.matcher(text).find() && !COST_WORK.matcher(both).find();
    }

    /**
     * The first amount of money written inside a cost target that is a sentence ("严格按照预算标准1000元/人给补助对象兑付补助"
     * gives "1000元/人"), or null where it names none.
     */
    static String amountInWords(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = AMOUNT_IN_WORDS.matcher(text);
        return m.find() ? m.group().replaceAll("\\s+", "") : null;
    }

    private static boolean amountAfterWords(TargetValue t) {
        TargetParser.Labelled l = TargetParser.labelledBare(t.text());
        return l != null && (l.value().isAmount() || Money.YUAN.equals(l.value().amountUnit())
                || Money.WAN.equals(l.value().amountUnit()));
    }

    /**
     * Names of a time to provide or to keep open rather than a deadline (服务时长, 开放时间, 可用): a 时效 target in words there
     * is asked for hours or an availability rate, not a date ({@code time-availability}).
     */
    private static final WordList AVAILABILITY = WordList.of("时长", "开放", "可用", "服务时间", "使用时间", "运行时间");

    /** Names of a cost that is a rate per unit by what it is: a 标准 of subsidy or payment, a unit price. */
    private static final WordList STANDARD_NAMES = WordList.of(
            "补助标准", "补贴标准", "奖补标准", "奖励标准", "资助标准", "补偿标准", "救助标准", "单价");

    /**
     * A cost row named as a rate per unit ({@link #STANDARD_NAMES}) whose name says per what nowhere (每, or 人均, 户均, 亩均,
     * 生均 …: any 均) and whose 度量单位 column, where printed, has no "/": its amount in 元 or 万元 is then a rate with its
     * per left off (清涧 2021: 补助标准 ≤120万元, per 公里 of road; 4 km × 120 = 480 of the 500万元).
     */
    private static boolean standardWithoutPer(Indicator i) {
        String name = Checks.blank(i.name()) ? i.label() : i.name();
        if (name == null || !STANDARD_NAMES.anyIn(name) || name.indexOf('每') >= 0 || name.indexOf('均') >= 0) {
            return false;
        }
        String column = i.columns() == null ? null : i.columns().unit();
        return column == null || column.indexOf('/') < 0;
    }

    /** A 时效 target in words that names no date or period: the key time. */
    private static boolean timeMissing(TargetValue t) {
        return t.isQualitative() && !hasPeriod(t.text());
    }

    /**
     * Whether this rule reports the row {@code k} with the key time (a 时效 target in words with no date or period), so
     * that a rule asking for a measure on the same cell (indicator-target-unmeasurable's goal-verb) leaves it here.
     */
    static boolean reportsTime(IndicatorFacts facts, int k) {
        long b = facts.bits(k);
        return (b & (IndicatorFacts.APPLICABLE | IndicatorFacts.T_EMPTY | IndicatorFacts.L2_TIMELINESS))
                == (IndicatorFacts.APPLICABLE | IndicatorFacts.L2_TIMELINESS) && timeMissing(facts.row(k).targetValue());
    }

    /**
     * Whether this rule reports the row {@code k} as a warning with the key time: {@link #reportsTime}, and no date in the
     * name (with one, the note time-in-name says where the deadline belongs). Asked by indicator-target-unmeasurable, which
     * then leaves a vague 时效 target ("有效": 临沂 2025, t67) to this rule: the date is what the row lacks (session 47).
     */
    static boolean reportsTimeWarning(IndicatorFacts facts, int k) {
        if (!reportsTime(facts, k)) {
            return false;
        }
        Indicator i = facts.row(k);
        return !hasDate(Checks.blank(i.name()) ? i.label() : i.name());
    }

    /**
     * "100%", "= 100%", "≥ 100%": everything on time, with no time named. A rate below 100 % ("≥ 95%") is a
     * timeliness rate against deadlines set elsewhere and is left alone.
     */
    private static boolean hundredPercent(TargetValue t) {
        return t.isQuantitative() && t.isPercent() && !t.isRange() && t.low().compareTo(Checks.HUNDRED) == 0
                && switch (t.comparator()) {
                    case EQ, GE -> true;
                    default -> false;
                };
    }

    /** A name ending in 时间, 时限 or 日期 (项目完成时间, 完成时限), whatever punctuation or spaces follow: it asks for a date. */
    static boolean dateName(String label) {
        int end = label.length();
        while (end > 0 && !Character.isLetterOrDigit(label.charAt(end - 1))) {
            end--;
        }
        String s = label.substring(0, end);
        return s.endsWith("时间") || s.endsWith("时限") || s.endsWith("日期");
    }

    /** The name's own word for "on time", asked against what date; {@link #timeWord}. */
    private static final java.util.List<String> TIME_WORDS = java.util.List.of("及时", "按期", "按时", "如期", "准时", "按计划", "按进度");

    /**
     * What the time-rate notes say cannot be checked (zh, en): the name's own word for "on time" (及时率: "“及时”是相对什么日期";
     * 按期完成率: "“按期”是按什么日期"), or, with none (免费开放率, 县级储备粮应急保障率), that nothing says which deadline the rate is
     * counted against. Until session 49 every such note quoted 及时, in names without it too (audit s49 row 5).
     */
    static String[] timeWord(String label) {
        for (String w : TIME_WORDS) {
            if (label.contains(w)) {
                return w.equals("及时")
                        ? new String[] {"“及时”是相对什么日期，无从核对", "on time (及时) against what cannot be checked"}
                        : new String[] {"“" + w + "”是按什么日期，无从核对", "\"" + w + "\" (on schedule) by what date cannot be checked"};
            }
        }
        return new String[] {"这个比率按什么时限计算，无从核对", "what deadline the rate is counted against cannot be checked"};
    }

    /** The national template's row numbering left in a name ("指标1项目完成及时率", 廊坊 2019): not a period. */
    private static final java.util.regex.Pattern TEMPLATE_NUMBER = java.util.regex.Pattern.compile("^指标\\s*[0-9０-９]+");

    /**
     * {@code label} less {@link #TEMPLATE_NUMBER}: the pattern matched only where the label begins with 指标 (it is
     * anchored there), so the other labels, most, are taken as they are without a matcher and a copy.
     */
    static String withoutTemplateNumber(String label) {
        return label.startsWith("指标") ? TEMPLATE_NUMBER.matcher(label).replaceFirst("") : label;
    }

    /**
     * {@code NOT_MONEY.contains(level2)}, false for none: a 一级 成本指标 row printed without a 二级 (its L1_COST bit)
     * made {@code Set.of(…).contains(null)} throw, and the rule lost all its findings to an internal error.
     */
    static boolean notMoney(String level2) {
        return level2 != null && NOT_MONEY.contains(level2);
    }

    /**
     * {@code NOT_MONEY.contains(bare(name))}, without a copy of the name ({@link #bareEquals} for each word: the cost rows'
     * names are read once each, and most differ from both words at their first letters).
     */
    static boolean notMoneyName(String name) {
        if (name == null) {
            return false;
        }
        for (String w : NOT_MONEY) {
            if (bareEquals(name, w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code bare(name).equals(word)}, without making the bare name: its letters and digits compared as they come. */
    static boolean bareEquals(String name, String word) {
        int w = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                continue;
            }
            if (w >= word.length() || word.codePointAt(w) != cp) {
                return false;
            }
            w += Character.charCount(cp);
        }
        return w == word.length();
    }

    /**
     * "100" with no unit (and no 度量单位 column) under a name that is a rate (项目完成及时率): a completion rate whose %
     * the table dropped (廊坊 2019), read as 100%. Without 率 in the name a bare 100 may be days (工期) and is left alone.
     */
    private static boolean hundredRateWithoutPercent(TargetValue t, String label) {
        return t.isQuantitative() && t.unit().isEmpty() && !t.isRange() && t.low().compareTo(Checks.HUNDRED) == 0
                && (t.comparator() == io.github.jixiao.target.Comparator.EQ || t.comparator() == io.github.jixiao.target.Comparator.GE)
                && label.contains("率");
    }

    // a festival a thing is due before (春节前完成走访慰问): its date moves with the lunar year, so no day is given for it
    private static final java.util.regex.Pattern FESTIVAL_BEFORE =
            java.util.regex.Pattern.compile("(春节|元宵节|清明节|端午节|中秋节|国庆节|重阳节|元旦)前");

    /**
     * The time-in-name note's example of the deadline written as the target, built from the name: the day the name sets, read in
     * the table's year as a 时效 target's deadline is (12月底之前完成 in 2024: "2024-12-31 前"); a festival's name with the day
     * left to fill in (春节前完成走访慰问: "春节前（YYYY-MM-DD 前）"); else a date to fill in. Until session 47 the example was the
     * row's name itself (t84's "如“春节前完成走访慰问”": audit s46 item 12). {Chinese, English}.
     */
    static String[] deadlineExample(Integer year, String name) {
        io.github.jixiao.target.TargetValue d = name == null ? null : io.github.jixiao.target.TargetParser.deadline(year, name);
        if (d != null && d.comparator() == io.github.jixiao.target.Comparator.LE && d.low() != null) {
            long v = d.low().longValue();
            String day = java.time.LocalDate.of((int) (v / 10_000), (int) (v / 100 % 100), (int) (v % 100)).toString();
            return new String[] {day + " 前", "by " + day};
        }
        java.util.regex.Matcher m = name == null ? null : FESTIVAL_BEFORE.matcher(name);
        if (m != null && m.find()) {
            return new String[] {m.group() + "（YYYY-MM-DD 前）", m.group() + " (by YYYY-MM-DD)"};
        }
        return new String[] {"YYYY-MM-DD 前", "by YYYY-MM-DD"};
    }

    /**
     * A date or a month in the text: "12月底", "2021年12月", "6月30日前", "年底前". {@link #DATE} matched whole is
     * {@link #DATE_WORDS} found anywhere in a text without a line terminator (there {@code .} matches every character):
     * searched so, without the leading {@code .*}'s backtracking; a text with one is matched as before.
     */
    static boolean hasDate(String text) {
        // every alternative of DATE holds 月, 底, 末 or 前: a text without any of them is let go without the regex
        if (!anyDateChar(text)) {
            return false;
        }
        return lineTerminator(text) ? DATE.matcher(text).matches() : DATE_WORDS.matcher(text).find();
    }

    // a festival before which a thing is due (春节前完成走访慰问, 保山市退役军人事务局 2022) is a date too
    private static final String DATE_ALTERNATIVES =
            "\\d{1,2}\\s*月|年底|年末|月底|月末|季度末|日前|号前|(?:春节|元宵节|清明节|端午节|中秋节|国庆节|重阳节|元旦)前";
    static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(".*(" + DATE_ALTERNATIVES + ").*");
    private static final java.util.regex.Pattern DATE_WORDS = java.util.regex.Pattern.compile(DATE_ALTERNATIVES);

    /** Whether {@code text} holds 月, 底, 末 or 前: one pass over it, not one search for each. */
    private static boolean anyDateChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '月' || c == '底' || c == '末' || c == '前') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds a character {@code .} does not match: LF, CR, U+0085, U+2028, U+2029. */
    private static boolean lineTerminator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPeriod(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return PERIOD_WORDS.anyIn(text);
    }
}
