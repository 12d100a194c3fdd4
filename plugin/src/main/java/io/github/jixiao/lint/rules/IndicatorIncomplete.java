package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Framework;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
        id = "indicator-incomplete",
        severity = Severity.ERROR,
        category = Category.COMPLETENESS,
        titleZh = "绩效指标填报不完整",
        titleEn = "Performance indicator incomplete",
        rationaleZh = "每个三级指标都要有指标值；年终自评时还要有实际完成值，指标赋分的还要有得分。缺了这些，既无法判断是否完成，也无法核对得分。"
                + "自评时某一类（一级、二级都写明）的两个以上指标都只写了完成情况、没有指标值，且都不赋分的，自 session 56 起在该类第一行报一次（no-target-category，指纹与该行的 no-target 相同），不再逐行报告（镜湖区残联 2023 的社会效益段没有印年初指标值）。"
                + "预算资金一行印有预算执行率分值的，同样要填得分。只有空行的指标类别等于没有填报。目标申报阶段尚无实际完成值，不作要求；运行监控阶段，实际完成值一栏填的是截至目前的完成值（监控表印作“1-6月完成值”等），消息也这样称呼它：只有空行的类别只请填写指标值，每个有指标值的指标要填截至目前的完成值，尚无完成值的至少填全年预计完成值和完成目标可能性（湖北 项目支出绩效监控表），三者都空着的是漏填了监控，作警告，消息写明截至的月份（budget.json 的 funds.toDateMonth：截至 6 月末的完成值；没有填写的，读表名写明的月份，如 2019年1-6月…监控表），没有写月份的，请在那里写明；整张表没有一行填报监控、这样的指标又有两个以上的，是整表漏填，在指标表（indicators 数组）处说一次，写明个数和指标名（-all；个数和指标名不计入指纹，增删一行仍是同一条；黄石 2019 一表复制到监控栏目之前即止，11 个相同的警告改为一条）；年终以前，评分框架列为可选的类别（如经济效益、生态效益、可持续影响）只印着类别名、没有填任何指标的，是该类不适用，不报告。"
                + "空着的一行却自评满分的，这里一并说明满分（-scored），indicator-score-unexplained 不再在该行另报（一个缺陷一个问题：补填后得分再按完成情况核对）；空着的类别有多行、只有其中几行自评满分的，在该类的一条中列出这几行及其分值（-scored-some）。"
                + "指标性质一栏标为定性、指标值空着的（潼南区五桂镇 2023：“促进经济发展 | 定性 | 空白”），提示写明可以核对的达成标准，而不是“≥ 60 个”之类的数值；年终自评时实际完成值也空着、或空着却自评满分的，同样如此。"
                + "只填实际完成值、没有指标值的行有两个以上、占全表四分之三以上的，是整表只写了完成情况、没有年度绩效目标（云南的自评报告逐行写“名称:完成情况”：红河州第二人民医院 2023 的 6 行全无指标值，牟定 2020 的 11 行有 9 行），在指标表（indicators 数组）处说一次（只在自评阶段；运行监控、目标申报仍逐行报告），写明个数和指标名（no-target-all；个数和指标名不计入指纹），不再逐行报告；其中有的行把指标值写在拼错的键下（如“traget”，schema 提示指出应为哪个键）的，这些行不计入个数，另行列出（no-target-all-misspelt，同一条发现；全部如此的，不再报告 no-target-all）；四分之一以上的行有指标值的，空着的是漏填的行，仍逐行报告（天长 2022：9 行中 3 行有指标值）。"
                + "年终自评时没有一个指标填了实际完成值、这样的指标又有两个以上的，是实际完成值一栏整列空着，在第一个这样的指标处说一次，写明个数和它的名称（no-actual-all；得分也整列空着的，-no-score，并写明分值合计；个数、名称和分值不计入指纹），不再逐行报告（施甸 2021 的保种场项目尚未开工，11 行全空，11 个错误改为一条）；整列中另有连指标值也没有的行的，这些行各在其处报告，个数计入整列并说明（-untargeted，自 session 55 起）。有的行填了实际完成值的，空着的行仍逐行报告。评分框架已写明 partial 的（四川 自选 残片、大英 医保 2023），不再提醒在 partial 中写明截断之处（-partial，同一条发现，自 session 56）。自 session 58 起，运行监控和自评时的“没有指标值”（no-target；运行监控时整类没有指标值的 empty-category-target）按批复的绩效目标说：照批复的目标填写指标值，批复的目标中本就没有的，不能事后补设或改为不适用，在报告中说明原因（-approved，同一发现，仍是错误）。",
        rationaleEn = "Every indicator needs a target; at the year-end self-evaluation it also needs an actual, and a score where indicators carry points. "
                + "At the self-evaluation, a category (both levels named) whose two or more rows all give a result and no target, none of them with points, is said once at its first row since session 56 (no-target-category, that row's no-target fingerprint), not row by row (Jinghu disabled persons' federation 2023: its social benefit paragraph prints no target for the year). "
                + "Without them nobody can tell whether the target was met or check the score. The budget row, where it carries points for the execution rate, needs its score too. A category holding only empty rows is not filled in. "
                + "At the target-setting stage there are no actuals yet, so none are asked for; at monitoring the field holds the value to date (headed 1-6月完成值 (value to date, January–June) and the like on a monitoring table) and the messages call it so: a category of empty rows is asked for its targets only, and each indicator with a target reports its value to date, or, with none yet, at least its full-year forecast and its likelihood of being met (Hubei project spending monitoring table): one with none of the three was filed without its monitoring, a warning; where no row of the table reports any of them and two or more rows with a target are so, the table was filed without its monitoring, said once at the table (the indicators array) with their count and names, neither in the fingerprint, so a row added or taken away leaves the same finding (-all: a copy of 11 rows that ends before the monitoring columns gave 11 identical warnings); before the year end, a category the scoring framework marks optional "
                + "(economic, ecological, sustainable benefits) printed with its label only and no indicator under it does not apply, and is not reported."
                + " A blank row stated at full marks is said so here (-scored), and indicator-score-unexplained does not report it at that row as well (one defect, one finding: once filled in, the score is held to the actual); where only some rows of an empty category of several are so, the category's finding names them with their points (-scored-some)."
                + " A row its nature column marks qualitative with its target blank (Wugui town of Tongnan 2023: \"promote economic development | qualitative | blank\") is asked for a standard of achievement that can be checked, not a figure such as \"≥ 60 items\"; so is one at the year end with its actual blank too, or blank and scored full marks."
                + " Where two or more rows give an actual and no target, and they are three quarters of the table or more, the table gives results without the year's targets (Yunnan's self-evaluation reports print \"name: result\" a line: Honghe No. 2 People's Hospital 2023, none of 6 rows with a target; Mouding 2020, 9 of 11 without): it is said once, at the table (the indicators array; at the self-evaluation only: mid-year and at the target stage row by row), with their count and names, neither in the fingerprint (no-target-all), and not row by row; rows holding their target under a misspelt key (\"traget\", the schema's finding naming the key meant) are not counted but listed apart (no-target-all-misspelt, the same finding; where every row is so, no-target-all is not said); where a quarter of the rows or more have targets, the blank ones are rows left out, each reported (Tianchang 2022: 3 of 9 with a target)."
                + " At the year end, where no indicator has its actual and two or more are so, the 实际完成值 (actual) column is blank throughout: said once, at the first such row, with their count and its name (no-actual-all; -no-score where the 得分 (score) column is blank too, with the points they carry; none of these in the fingerprint), and not row by row (Shidian 2021's pig breeding farm, a project not started: 11 blank rows, 11 errors until then); rows of the column with no target either are reported where they are, and counted in the column with a word saying so (-untargeted, since session 55); where some rows have their actuals, the blank ones are rows left out, each reported. On a framework that declares partial already (the Sichuan fragment, Daying medical insurance 2023) the advice to say the cut in its partial is left out (-partial, the same finding, since session 56). Since session 58, at monitoring and self-evaluation a row with no target (no-target; at monitoring, a category with none, empty-category-target) is spoken of as the approved targets: fill in the target as approved, and where the approved targets have none, none can be set or marked not applicable after the fact: state why in the report (-approved, the same finding, still an error).",
        source = "ST-1：财预〔2020〕10号 附件1 单位自评表栏目（指标值、实际完成值、分值、得分）；四川 部门预算项目支出绩效自评表（2023年度）",
        sourceEn = "ST-1: MOF Caiyu [2020] No. 10, Annex 1, columns of the unit self-evaluation table (target, actual, points, score); Sichuan self-evaluation table for department budget project spending (2023)",
        messages = {
            @RuleInfo.Message(key = "no-target", zh = "指标“{0}”没有指标值。请填写{@target；表上印作年度指标值、预期指标值或指标值}，如“≥ 60 个”“≥ 90%”。",
                    en = "Indicator \"{0}\" has no target. Fill in {@target}, e.g. \"≥ 60 items\", \"≥ 90%\"."),
            @RuleInfo.Message(key = "no-target-all", details = {0, 1}, lists = {1},
                    zh = "{0} 个指标只填了实际完成值，没有指标值（{1}）：整份申报没有或几乎没有可以对照的年度绩效目标，完成情况无从判断。请按批复的绩效目标逐行填写{@target；表上印作年度指标值、预期指标值或指标值}（如“≥ 60 个”“≥ 90%”；定性指标写明可以核对的达成标准），再以实际完成值与之对照；自评报告只写完成情况的，请附上当年的绩效目标表。",
                    en = "{0} indicators ({1}) give an actual and no target: nothing, or almost nothing, in the submission sets the year's targets beside the results, so none of them can be judged met or missed. Fill in each row's {@target} from the approved performance targets (e.g. \"≥ 60 items\", \"≥ 90%\"; for a qualitative row, a standard that can be checked), and hold the actual to it; a self-evaluation report that gives results only should carry the year's target table."),
            // the Engine's, where some of the rows counted hold their target under a misspelt key (Engine.misspeltAllOnce)
            @RuleInfo.Message(key = "no-target-all-misspelt", sameAs = "no-target-all", details = {0, 1, 2, 3}, lists = {1, 3},
                    zh = "{0} 个指标只填了实际完成值，没有指标值（{1}）；另有 {2} 个指标（{3}）的指标值写在拼错的键下，不计在内：见各行的 schema 提示，改正键名即可。请按批复的绩效目标为前者逐行填写{@target；表上印作年度指标值、预期指标值或指标值}（如“≥ 60 个”“≥ 90%”；定性指标写明可以核对的达成标准），再以实际完成值与之对照。",
                    en = "{0} indicators ({1}) give an actual and no target; {2} more ({3}) hold their target under a misspelt key and are not counted: the schema's finding at each of those rows names the key meant, and correcting it is all they need. Fill in the first ones' {@target} from the approved performance targets (e.g. \"≥ 60 items\", \"≥ 90%\"; for a qualitative row, a standard that can be checked), and hold the actual to it."),
            // session 56 (audit A11 D1, 镜湖区残联 2023, t125 /5–/7): a category whose every row gives a result and no target
            // (its paragraph prints no 年初指标值) is one defect, said once at its first row (the first row's no-target fingerprint)
            @RuleInfo.Message(key = "no-target-category", sameAs = "no-target", details = {1, 2, 3, 4}, unprinted = {0}, lists = {4},
                    zh = "“{1}/{2}”类下的 {3} 个指标（{4}）只写了完成情况，都没有指标值。请按批复的绩效目标为这些指标逐行填写{@target；表上印作年度指标值、预期指标值或指标值}，如“≥ 60 个”“≥ 90%”。",
                    en = "The {3} indicators under \"{1}/{2}\" ({4}) give a result and none of them a target. Fill in each one's {@target} from the approved performance targets, e.g. \"≥ 60 items\", \"≥ 90%\"."),
            // session 58 (audit s57 A12 C7: 黄石 申遗 2019, t15, 运行监控; 重庆 融媒体 2021, t24, 自评): after 目标申报 the targets
            // are the year's approved ones, which cannot be set or marked 不适用 now (the Engine's, by the stage; the same finding)
            @RuleInfo.Message(key = "no-target-approved", sameAs = "no-target", details = {1, 2},
                    zh = "指标“{0}”没有指标值。{1}按年初批复的绩效目标逐项填报：请照批复的绩效目标填写{@target；表上印作年度指标值、预期指标值或指标值}；批复的绩效目标中这一指标没有指标值的，不能事后补设，请在报告中说明原因。",
                    en = "Indicator \"{0}\" has no target. The {2} reports on the targets approved at the start of the year row by row: fill in {@target} as approved; where the approved targets give this indicator none, none can be set after the fact: state why in the report."),
            @RuleInfo.Message(key = "no-target-qualitative", sameAs = "no-target",
                    zh = "指标“{0}”标为定性指标，却没有指标值。请填写{@target；表上印作年度指标值、预期指标值或指标值}：写明可以核对的达成标准（如“每月足额发放，无欠发”“通过竣工验收”），不要只写“明显”“有效”之类无从核对的词。",
                    en = "Indicator \"{0}\" is marked qualitative but has no target. Fill in {@target}: a standard of achievement that can be checked (e.g. \"paid in full every month, none in arrears\", \"passes the completion inspection\"), not just \"marked\" or \"effective\", which cannot be checked."),
            @RuleInfo.Message(key = "no-target-no-actual", sameAs = "no-target",
                    zh = "指标“{0}”没有指标值，也没有实际完成值。请填写{@target；表上印作年度指标值、预期指标值或指标值}（如“≥ 60 个”“≥ 90%”）和{@actual}。",
                    en = "Indicator \"{0}\" has no target and no actual. Fill in {@target} (e.g. \"≥ 60 items\", \"≥ 90%\") and {@actual}."),
            @RuleInfo.Message(key = "no-target-scored", details = {1}, sameAs = "no-target",
                    zh = "指标“{0}”没有指标值，也没有实际完成值，却自评满分 {1} 分。请填写{@target；表上印作年度指标值、预期指标值或指标值}（如“≥ 60 个”“≥ 90%”）和实际完成值：没有它们，满分无从核对。",
                    en = "Indicator \"{0}\" has no target and no actual, yet is scored full marks ({1}). Fill in {@target} (e.g. \"≥ 60 items\", \"≥ 90%\") and the actual: without them the full marks cannot be checked."),
            @RuleInfo.Message(key = "no-target-no-actual-qualitative", sameAs = "no-target",
                    zh = "指标“{0}”标为定性指标，却没有指标值，也没有实际完成值。请填写{@target；表上印作年度指标值、预期指标值或指标值}：写明可以核对的达成标准（如“每月足额发放，无欠发”“通过竣工验收”），不要只写“明显”“有效”之类无从核对的词；再按这一标准填写{@actual}。",
                    en = "Indicator \"{0}\" is marked qualitative but has no target and no actual. Fill in {@target}: a standard of achievement that can be checked (e.g. \"paid in full every month, none in arrears\", \"passes the completion inspection\"), not just \"marked\" or \"effective\", which cannot be checked; then fill in {@actual} against that standard."),
            @RuleInfo.Message(key = "no-target-scored-qualitative", details = {1}, sameAs = "no-target",
                    zh = "指标“{0}”标为定性指标，却没有指标值，也没有实际完成值，却自评满分 {1} 分。请填写{@target；表上印作年度指标值、预期指标值或指标值}：写明可以核对的达成标准（如“每月足额发放，无欠发”“通过竣工验收”），再按这一标准填写实际完成值：没有它们，满分无从核对。",
                    en = "Indicator \"{0}\" is marked qualitative but has no target and no actual, yet is scored full marks ({1}). Fill in {@target}: a standard of achievement that can be checked (e.g. \"paid in full every month, none in arrears\", \"passes the completion inspection\"), then the actual against that standard: without them the full marks cannot be checked."),
            @RuleInfo.Message(key = "no-actual-scored", details = {2}, sameAs = "no-actual",
                    zh = "指标“{0}”（指标值 {1}）没有实际完成值，却自评满分 {2} 分。年终自评须填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”）；没有实际完成值，满分无从核对，未完成的按未完成计分。",
                    en = "Indicator \"{0}\" (target {1}) has no actual, yet is scored full marks ({2}). A self-evaluation must fill in {@actual}, in the target's terms (target \"≥ 60 items\" → actual \"67 items\"); without it the full marks cannot be checked, and a target not met is scored as not met."),
            @RuleInfo.Message(key = "empty-category-scored", details = {3, 4}, lists = {3}, sameAs = "empty-category",
                    zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值和实际完成值，却自评满分 {4} 分。请补齐这些指标，满分要有实际完成值支撑；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target or an actual, yet it is scored full marks ({4}). Fill in the indicators: full marks need an actual behind them; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            // the Engine's, where some of the category's rows, not all, state full marks (Engine.emptyCategoryRowsOnce): those rows and their points
            @RuleInfo.Message(key = "empty-category-scored-some", details = {3, 4, 5}, lists = {3, 5}, sameAs = "empty-category",
                    zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值和实际完成值，其中却有自评满分的：{5}（共 {4} 分）。请补齐这些指标，满分要有实际完成值支撑；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target or an actual, yet some are scored full marks: {5} ({4} in all). Fill in the indicators: full marks need an actual behind them; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "no-actual", zh = "指标“{0}”（指标值 {1}）没有实际完成值。年终自评须填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”）。",
                    en = "Indicator \"{0}\" (target {1}) has no actual. A self-evaluation must fill in {@actual}, in the target's terms (target \"≥ 60 items\" → actual \"67 items\")."),
            @RuleInfo.Message(key = "no-actual-no-score", details = {2}, sameAs = "no-actual",
                    zh = "指标“{0}”（指标值 {1}）没有实际完成值，也没有自评得分（分值 {2} 分）。年终自评须填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再按完成情况填写{@score}。",
                    en = "Indicator \"{0}\" (target {1}) has no actual and no score (it carries {2} points). A self-evaluation must fill in {@actual}, in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), then {@score} by what was achieved."),
            // the Engine's, in place of each row's no-actual or no-actual-no-score where no row has its actual (Engine.noActualAllOnce)
            @RuleInfo.Message(key = "no-actual-all", details = {0, 1},
                    zh = "实际完成值一栏整列空着：{0} 个指标（自“{1}”起）都没有实际完成值，当年的完成情况一项也没有填报。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再据此核对得分；所录的只是表的一部分、这一栏在副本截断之外的，请在评分框架的 partial 中写明截断之处，而不是留空。",
                    en = "The 实际完成值 (actual) column is blank throughout: none of the {0} indicators (from \"{1}\" on) has an actual, so nothing of the year's results is reported. A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), and hold the scores to it; where only part of the table was transcribed and this column lies past the copy's cut, say where the copy ends in the framework's partial, rather than leaving it blank."),
            @RuleInfo.Message(key = "no-actual-all-no-score", details = {0, 1, 2}, sameAs = "no-actual-all",
                    zh = "实际完成值和得分两栏整列空着：{0} 个指标（自“{1}”起，分值共 {2} 分）都没有实际完成值，也没有自评得分，当年的完成情况一项也没有填报。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再按完成情况填写{@score}；所录的只是表的一部分、这两栏在副本截断之外的，请在评分框架的 partial 中写明截断之处，而不是留空。",
                    en = "The 实际完成值 (actual) and 得分 (score) columns are blank throughout: none of the {0} indicators (from \"{1}\" on, {2} points in all) has an actual or a score, so nothing of the year's results is reported. A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), then {@score} by what was achieved; where only part of the table was transcribed and these columns lie past the copy's cut, say where the copy ends in the framework's partial, rather than leaving them blank."),
            // the same where some of the blank column's rows have no target either, each said at its row: the count the whole
            // column's, those said apart counted (session 55, review s54 R4 D3)
            @RuleInfo.Message(key = "no-actual-all-untargeted", details = {0, 1, 2}, sameAs = "no-actual-all",
                    zh = "实际完成值一栏整列空着：{0} 个指标都没有实际完成值，当年的完成情况一项也没有填报（其中 {2} 个连指标值也没有，已在各自之处另行报告；有指标值的自“{1}”起）。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再据此核对得分；所录的只是表的一部分、这一栏在副本截断之外的，请在评分框架的 partial 中写明截断之处，而不是留空。",
                    en = "The 实际完成值 (actual) column is blank throughout: none of the {0} indicators has an actual, so nothing of the year's results is reported (with no target either: {2} of them, reported where they are; those with a target from \"{1}\" on). A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), and hold the scores to it; where only part of the table was transcribed and this column lies past the copy's cut, say where the copy ends in the framework's partial, rather than leaving it blank."),
            @RuleInfo.Message(key = "no-actual-all-no-score-untargeted", details = {0, 1, 2, 3}, sameAs = "no-actual-all",
                    zh = "实际完成值和得分两栏整列空着：{0} 个指标都没有实际完成值，也没有自评得分，当年的完成情况一项也没有填报（其中 {3} 个连指标值也没有，已在各自之处另行报告；有指标值的自“{1}”起，分值共 {2} 分）。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再按完成情况填写{@score}；所录的只是表的一部分、这两栏在副本截断之外的，请在评分框架的 partial 中写明截断之处，而不是留空。",
                    en = "The 实际完成值 (actual) and 得分 (score) columns are blank throughout: none of the {0} indicators has an actual or a score, so nothing of the year's results is reported (with no target either: {3} of them, reported where they are; those with a target from \"{1}\" on carry {2} points in all). A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), then {@score} by what was achieved; where only part of the table was transcribed and these columns lie past the copy's cut, say where the copy ends in the framework's partial, rather than leaving them blank."),
            // the same on a framework that already declares partial (四川 fragment, t45; 大英 医保 2023, t96): the advice to say the
            // cut in its partial is left out, the framework having done it (Engine.partialNoActualWording; audit s55 A10 C4, session 56)
            @RuleInfo.Message(key = "no-actual-all-partial", details = {0, 1}, sameAs = "no-actual-all",
                    zh = "实际完成值一栏整列空着：{0} 个指标（自“{1}”起）都没有实际完成值，当年的完成情况一项也没有填报。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再据此核对得分。",
                    en = "The 实际完成值 (actual) column is blank throughout: none of the {0} indicators (from \"{1}\" on) has an actual, so nothing of the year's results is reported. A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), and hold the scores to it."),
            @RuleInfo.Message(key = "no-actual-all-no-score-partial", details = {0, 1, 2}, sameAs = "no-actual-all",
                    zh = "实际完成值和得分两栏整列空着：{0} 个指标（自“{1}”起，分值共 {2} 分）都没有实际完成值，也没有自评得分，当年的完成情况一项也没有填报。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再按完成情况填写{@score}。",
                    en = "The 实际完成值 (actual) and 得分 (score) columns are blank throughout: none of the {0} indicators (from \"{1}\" on, {2} points in all) has an actual or a score, so nothing of the year's results is reported. A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), then {@score} by what was achieved."),
            @RuleInfo.Message(key = "no-actual-all-untargeted-partial", details = {0, 1, 2}, sameAs = "no-actual-all",
                    zh = "实际完成值一栏整列空着：{0} 个指标都没有实际完成值，当年的完成情况一项也没有填报（其中 {2} 个连指标值也没有，已在各自之处另行报告；有指标值的自“{1}”起）。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再据此核对得分。",
                    en = "The 实际完成值 (actual) column is blank throughout: none of the {0} indicators has an actual, so nothing of the year's results is reported (with no target either: {2} of them, reported where they are; those with a target from \"{1}\" on). A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), and hold the scores to it."),
            @RuleInfo.Message(key = "no-actual-all-no-score-untargeted-partial", details = {0, 1, 2, 3}, sameAs = "no-actual-all",
                    zh = "实际完成值和得分两栏整列空着：{0} 个指标都没有实际完成值，也没有自评得分，当年的完成情况一项也没有填报（其中 {3} 个连指标值也没有，已在各自之处另行报告；有指标值的自“{1}”起，分值共 {2} 分）。年终自评须按当年的台账、统计和验收等记录逐行填写{@actual}，写法与指标值一致（如指标值“≥ 60 个”则写“67 个”），再按完成情况填写{@score}。",
                    en = "The 实际完成值 (actual) and 得分 (score) columns are blank throughout: none of the {0} indicators has an actual or a score, so nothing of the year's results is reported (with no target either: {3} of them, reported where they are; those with a target from \"{1}\" on carry {2} points in all). A self-evaluation must fill in each row's {@actual} from the year's records (ledgers, statistics, acceptance reports), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"), then {@score} by what was achieved."),
            @RuleInfo.Message(key = "no-monitoring", zh = "指标“{0}”（指标值 {1}）没有运行监控的填报：{@截至目前的完成值|actual}、全年预计完成值（forecast）和完成目标可能性（likelihood）都空着。请填写截至目前的完成值，并在 budget.json 的 funds.toDateMonth 中写明截至几月（如“1-6月完成值”为 6）；尚无完成值的，至少填写全年预计完成值和完成目标可能性（确定能、有可能、不可能、完全不可能）。",
                    en = "Indicator \"{0}\" (target {1}) has nothing reported for monitoring: the value to date ({@截至目前的完成值|actual}), the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) are all blank. Fill in the value to date, and the month it runs to in budget.json funds.toDateMonth (6 for 1-6月完成值 (value to date, January–June)); where there is none yet, give at least the forecast and the likelihood (确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible))."),
            @RuleInfo.Message(key = "no-monitoring-month", details = {2}, sameAs = "no-monitoring",
                    zh = "指标“{0}”（指标值 {1}）没有运行监控的填报：截至 {2} 月末的完成值（actual，监控表上的“1-{2}月完成值”）、全年预计完成值（forecast）和完成目标可能性（likelihood）都空着。请填写截至 {2} 月末的完成值；尚无完成值的，至少填写全年预计完成值和完成目标可能性（确定能、有可能、不可能、完全不可能）。",
                    en = "Indicator \"{0}\" (target {1}) has nothing reported for monitoring: the value to the end of month {2} (actual; 1-{2}月完成值 (value to date, January–month {2}) on a monitoring table), the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) are all blank. Fill in the value to the end of month {2}; where there is none yet, give at least the forecast and the likelihood (确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible))."),
            @RuleInfo.Message(key = "no-monitoring-all", details = {0, 1}, lists = {1},
                    zh = "{0} 个指标都没有运行监控的填报（{1}）：{@截至目前的完成值|actual}、全年预计完成值（forecast）和完成目标可能性（likelihood）整表都空着。请逐行填写截至目前的完成值，并在 budget.json 的 funds.toDateMonth 中写明截至几月（如“1-6月完成值”为 6）；尚无完成值的，至少填写全年预计完成值和完成目标可能性（确定能、有可能、不可能、完全不可能）。",
                    en = "None of the {0} indicators ({1}) has anything reported for monitoring: the value to date ({@截至目前的完成值|actual}), the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) are blank throughout the table. Fill in each row's value to date, and the month it runs to in budget.json funds.toDateMonth (6 for 1-6月完成值 (value to date, January–June)); where there is none yet, give at least the forecast and the likelihood (确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible))."),
            @RuleInfo.Message(key = "no-monitoring-month-all", details = {0, 1, 2}, lists = {1}, sameAs = "no-monitoring-all",
                    zh = "{0} 个指标都没有运行监控的填报（{1}）：截至 {2} 月末的完成值（actual，监控表上的“1-{2}月完成值”）、全年预计完成值（forecast）和完成目标可能性（likelihood）整表都空着。请逐行填写截至 {2} 月末的完成值；尚无完成值的，至少填写全年预计完成值和完成目标可能性（确定能、有可能、不可能、完全不可能）。",
                    en = "None of the {0} indicators ({1}) has anything reported for monitoring: the value to the end of month {2} (actual; 1-{2}月完成值 (value to date, January–month {2}) on a monitoring table), the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) are blank throughout the table. Fill in each row's value to the end of month {2}; where there is none yet, give at least the forecast and the likelihood (确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible))."),
            @RuleInfo.Message(key = "no-monitoring-month-all-year", details = {0, 1, 2}, lists = {1}, sameAs = "no-monitoring-all",
                    zh = "{0} 个指标都没有运行监控的填报（{1}）：截至 {2} 月末的完成值（actual，监控表上的“1-{2}月完成值”）、全年预计完成值（forecast）和完成目标可能性（likelihood）整表都空着。到 {2} 月末全年已过，请逐行填写全年实际完成值。",
                    en = "None of the {0} indicators ({1}) has anything reported for monitoring: the value to the end of month {2} (actual; 1-{2}月完成值 (value to date, January–month {2}) on a monitoring table), the full-year forecast (forecast) and the likelihood of meeting the target (likelihood) are blank throughout the table. By the end of month {2} the year is over: fill in each row's actual for the whole year."),
            @RuleInfo.Message(key = "no-score", zh = "指标“{0}”分值 {1} 分，但没有自评得分。请填写{@score}。",
                    en = "Indicator \"{0}\" carries {1} points but has no score. Fill in {@score}."),
            @RuleInfo.Message(key = "empty-category-target", details = {3}, lists = {3}, zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值。请为这些指标填写指标值；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target. Fill in the targets; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            // session 58 (audit s57 A12 C7, t15 运行监控): the stage's variant, as no-target-approved (the Engine's, the same finding)
            @RuleInfo.Message(key = "empty-category-target-approved", details = {3, 4, 5}, lists = {3}, sameAs = "empty-category-target",
                    zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值。{4}按年初批复的绩效目标逐项填报：请照批复的绩效目标填写这些指标值；批复的绩效目标中这一类没有指标值的，不能事后补设，也不能改为不适用，请在报告中说明原因，并在下一年度申报绩效目标时设定指标值。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target. The {5} reports on the targets approved at the start of the year row by row: fill in the targets as approved; where the approved targets give this category none, none can be set after the fact, nor can the category be marked not applicable now: state why in the report, and set its targets when next year's are declared."),
            @RuleInfo.Message(key = "empty-category-target-counts", details = {3, 4}, lists = {3, 4}, sameAs = "empty-category-target",
                    zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值。要完成的产出写在了名称里（{4}），却没有可核对的指标值：请把每项产出拆成一行指标，名称写衡量的内容（如“新建水房数量”），指标值写数量（如“= 1 座”），名称里没有写数量的（如某段管线的长度），按实施方案补上。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target. The outputs to deliver are written into the name ({4}), with no target to check them by: give each output a row of its own, its name saying what is measured (e.g. the number of water houses built), its target the amount (e.g. = 1 座 (building)); where the name gives no amount (a pipeline's length, say), take it from the implementation plan."),
            @RuleInfo.Message(key = "empty-category-target-aim", details = {3}, lists = {3}, sameAs = "empty-category-target",
                    zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值，名称写的是要达到的目的，不是可以衡量的指标：该类是适用的。请写明衡量的内容和指标值（名称如某项比率或数量，指标值如“≥ 95%”“≥ 50 人”）。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target, and the name states an aim, not something measured: the category applies. Name what is measured and give its target (a rate or a count, e.g. ≥ 95% or ≥ 50 people)."),
            @RuleInfo.Message(key = "empty-category-target-optional", details = {3}, lists = {3}, sameAs = "empty-category-target",
                    zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值。表中注明该类为选填：请为这些指标填写指标值，不填的，删去这些行。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target. The table marks the category 选填 (optional): fill in the targets, or delete these rows."),
            @RuleInfo.Message(key = "empty-category", details = {3}, lists = {3}, zh = "“{0}/{1}”类下的指标（共 {2} 行：{3}）没有指标值和实际完成值。请补齐这些指标；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under \"{0}/{1}\" ({2} in all: {3}) has a target or an actual. Fill in the indicators; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "empty-category-target-no-level1", details = {2}, lists = {2}, zh = "二级指标“{0}”类下的指标（共 {1} 行：{2}）没有指标值。请为这些指标填写指标值；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under the 二级指标 (second level) \"{0}\" ({1} in all: {2}) has a target. Fill in the targets; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "empty-category-no-level1", details = {2}, lists = {2}, zh = "二级指标“{0}”类下的指标（共 {1} 行：{2}）没有指标值和实际完成值。请补齐这些指标；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under the 二级指标 (second level) \"{0}\" ({1} in all: {2}) has a target or an actual. Fill in the indicators; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "empty-category-no-level1-scored", details = {2, 3}, lists = {2}, sameAs = "empty-category-no-level1",
                    zh = "二级指标“{0}”类下的指标（共 {1} 行：{2}）没有指标值和实际完成值，却自评满分 {3} 分。请补齐这些指标，满分要有实际完成值支撑；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under the 二级指标 (second level) \"{0}\" ({1} in all: {2}) has a target or an actual, yet it is scored full marks ({3}). Fill in the indicators: full marks need an actual behind them; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "empty-category-no-level1-scored-some", details = {2, 3, 4}, lists = {2, 4}, sameAs = "empty-category-no-level1",
                    zh = "二级指标“{0}”类下的指标（共 {1} 行：{2}）没有指标值和实际完成值，其中却有自评满分的：{4}（共 {3} 分）。请补齐这些指标，满分要有实际完成值支撑；该类确实不适用的，删去这些空行，改为一行三级指标写“不适用”（JSON 中为 notApplicable: true）。",
                    en = "No row under the 二级指标 (second level) \"{0}\" ({1} in all: {2}) has a target or an actual, yet some are scored full marks: {4} ({3} in all). Fill in the indicators: full marks need an actual behind them; if the category does not apply, replace them by one row with 不适用 (not applicable) as its 三级指标 (third level; in JSON: notApplicable: true)."),
            @RuleInfo.Message(key = "empty-category-target-no-level2", details = {2}, lists = {2}, zh = "一级指标“{0}”下未填二级指标的指标（共 {1} 行：{2}）没有指标值。请为这些指标填写指标值，并填上各自的二级指标。",
                    en = "No row under the 一级指标 (first level) \"{0}\" with no 二级指标 (second level) ({1} in all: {2}) has a target. Fill in the targets, and each row's 二级指标."),
            @RuleInfo.Message(key = "empty-category-no-level2", details = {2}, lists = {2}, zh = "一级指标“{0}”下未填二级指标的指标（共 {1} 行：{2}）没有指标值和实际完成值。请补齐这些指标，并填上各自的二级指标。",
                    en = "No row under the 一级指标 (first level) \"{0}\" with no 二级指标 (second level) ({1} in all: {2}) has a target or an actual. Fill in the indicators, and each row's 二级指标."),
            @RuleInfo.Message(key = "empty-category-no-level2-scored", details = {2, 3}, lists = {2}, sameAs = "empty-category-no-level2",
                    zh = "一级指标“{0}”下未填二级指标的指标（共 {1} 行：{2}）没有指标值和实际完成值，却自评满分 {3} 分。请补齐这些指标（满分要有实际完成值支撑），并填上各自的二级指标。",
                    en = "No row under the 一级指标 (first level) \"{0}\" with no 二级指标 (second level) ({1} in all: {2}) has a target or an actual, yet it is scored full marks ({3}). Fill in the indicators (full marks need an actual behind them), and each row's 二级指标."),
            @RuleInfo.Message(key = "empty-category-no-level2-scored-some", details = {2, 3, 4}, lists = {2, 4}, sameAs = "empty-category-no-level2",
                    zh = "一级指标“{0}”下未填二级指标的指标（共 {1} 行：{2}）没有指标值和实际完成值，其中却有自评满分的：{4}（共 {3} 分）。请补齐这些指标（满分要有实际完成值支撑），并填上各自的二级指标。",
                    en = "No row under the 一级指标 (first level) \"{0}\" with no 二级指标 (second level) ({1} in all: {2}) has a target or an actual, yet some are scored full marks: {4} ({3} in all). Fill in the indicators (full marks need an actual behind them), and each row's 二级指标."),
            @RuleInfo.Message(key = "empty-category-target-unfiled", details = {1}, lists = {1}, zh = "未填一级、二级指标的指标（共 {0} 行：{1}）没有指标值。请为这些指标填写指标值，并填上各自的一级、二级指标。",
                    en = "No row filed under no 一级指标 or 二级指标 (first or second level) ({0} in all: {1}) has a target. Fill in the targets, and each row's 一级指标 and 二级指标."),
            @RuleInfo.Message(key = "empty-category-unfiled", details = {1}, lists = {1}, zh = "未填一级、二级指标的指标（共 {0} 行：{1}）没有指标值和实际完成值。请补齐这些指标，并填上各自的一级、二级指标。",
                    en = "No row filed under no 一级指标 or 二级指标 (first or second level) ({0} in all: {1}) has a target or an actual. Fill in the indicators, and each row's 一级指标 and 二级指标."),
            @RuleInfo.Message(key = "empty-category-unfiled-scored", details = {1, 2}, lists = {1}, sameAs = "empty-category-unfiled",
                    zh = "未填一级、二级指标的指标（共 {0} 行：{1}）没有指标值和实际完成值，却自评满分 {2} 分。请补齐这些指标（满分要有实际完成值支撑），并填上各自的一级、二级指标。",
                    en = "No row filed under no 一级指标 or 二级指标 (first or second level) ({0} in all: {1}) has a target or an actual, yet it is scored full marks ({2}). Fill in the indicators (full marks need an actual behind them), and each row's 一级指标 and 二级指标."),
            @RuleInfo.Message(key = "empty-category-unfiled-scored-some", details = {1, 2, 3}, lists = {1, 3}, sameAs = "empty-category-unfiled",
                    zh = "未填一级、二级指标的指标（共 {0} 行：{1}）没有指标值和实际完成值，其中却有自评满分的：{3}（共 {2} 分）。请补齐这些指标（满分要有实际完成值支撑），并填上各自的一级、二级指标。",
                    en = "No row filed under no 一级指标 or 二级指标 (first or second level) ({0} in all: {1}) has a target or an actual, yet some are scored full marks: {3} ({2} in all). Fill in the indicators (full marks need an actual behind them), and each row's 一级指标 and 二级指标."),
            @RuleInfo.Message(key = "no-execution-score", zh = "预算资金“{0}”一行（预算执行率）分值 {1} 分，但没有自评得分。请填写这一行的得分（funds.total.score）：执行率 × 分值，执行率超过 100% 的按满分计。",
                    en = "The budget row \"{0}\" (budget execution rate) carries {1} points but has no score. Fill in the row's 得分 (funds.total.score): the execution rate × the points, at most the points."),
            @RuleInfo.Message(key = "no-execution-score-unlabelled", zh = "预算资金总额一行（预算执行率）分值 {0} 分，但没有自评得分。请填写这一行的得分（funds.total.score）：执行率 × 分值，执行率超过 100% 的按满分计。",
                    en = "The budget total row (budget execution rate) carries {0} points but has no score. Fill in the row's 得分 (funds.total.score): the execution rate × the points, at most the points.")
        })
public final class IndicatorIncomplete implements Rule {

    /**
     * The budget row of a year-end table that prints points for the execution rate (预算执行率, 10 of 100 in the national
     * table) and leaves its 得分 blank (金寨 2023): a row of the score like an indicator's, a warning (the scorer computes
     * it from the rate, so no score is lost).
     */
    private static void executionScore(Submission submission, RuleContext ctx) {
        io.github.jixiao.model.Funds funds = submission.funds();
        io.github.jixiao.model.Funds.Row total = funds == null ? null : funds.total();
        if (total != null && total.points() != null && total.points().signum() > 0 && total.score() == null) {
            if (Checks.blank(total.label())) { // no label of the form's to quote: a message of its own in each language
                ctx.report(Severity.WARNING, "no-execution-score-unlabelled", total.src(), null, Checks.num(total.points()));
            } else {
                ctx.report(Severity.WARNING, "no-execution-score", total.src(), null, total.label(), Checks.num(total.points()));
            }
        }
    }

    /** Whether every row of {@code rows} is one the copy breaks off in the 指标值 of ({@code cut}: partialCut.targetOf). */
    private static boolean allCut(IndicatorFacts facts, IntList rows, Framework.PartialCut cut) {
        for (int r = 0; r < rows.size; r++) {
            if (!cut.past(facts.row(rows.at[r]).name(), Framework.PartialCut.RowField.VALUE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allEmpty(IndicatorFacts facts, IntList rows) {
        for (int r = 0; r < rows.size; r++) {
            if (!facts.all(rows.at[r], IndicatorFacts.TARGET_BLANK | IndicatorFacts.ACTUAL_BLANK)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The counts the rows' names hold (up to four, joined with "、"), or null where none holds one: the outputs to deliver
     * written into a name, the row with no target.
     */
    static String countsInNames(IndicatorFacts facts, IntList rows) {
        List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size; r++) {
            String name = facts.row(rows.at[r]).name();
            if (Checks.blank(name)) {
                continue;
            }
            java.util.regex.Matcher m = NameCounts.COUNT.matcher(name);
            while (m.find() && out.size() < 4) {
                out.add(m.group().replaceAll("\\s+", ""));
            }
        }
        return out.isEmpty() ? null : String.join("、", out);
    }

    /** Whether every row has a name and each states an aim with no figure in it. */
    static boolean aimsOnly(IndicatorFacts facts, IntList rows) {
        for (int r = 0; r < rows.size; r++) {
            String name = facts.row(rows.at[r]).name();
            // the words of an aim read as indicator-target-unmeasurable's aim-rate reads them (one list, target.AimRate,
            // session 53: this rule's own copy had 持续, 发展 and 增加 beside it)
            if (Checks.blank(name) || io.github.jixiao.text.Chars.hasDigit(name) || !io.github.jixiao.target.AimRate.statesAnAim(name)) {
                return false;
            }
        }
        return rows.size > 0;
    }

    static String rowNames(IndicatorFacts facts, IntList rows) {
        return rowNames(rows.size, r -> facts.row(rows.at[r]).name());
    }

    /**
     * The names of {@code rows} as no-target-all gives them (the first three named, quoted, then "…"): for the Engine's
     * no-target-all-misspelt, which names the rows again once the misspelt ones are told apart (Engine.misspeltAllOnce).
     */
    public static String rowNames(java.util.List<Indicator> rows) {
        return rowNames(rows.size(), r -> rows.get(r).name());
    }

    private static String rowNames(int size, java.util.function.IntFunction<String> names) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        boolean more = false;
        for (int r = 0; r < size; r++) {
            String name = names.apply(r);
            if (Checks.blank(name)) {
                continue;
            }
            if (shown == 3) {
                more = true;
                break;
            }
            sb.append(shown++ == 0 ? "" : "、").append('“').append(io.github.jixiao.load.SubmissionLoader.excerpt(name.strip(), 20)).append('”');
        }
        return shown == 0 ? UNNAMED : more ? sb.append('…').toString() : sb.toString();
    }

    /** What an empty-category message says of rows none of which has a name (its English: Messages' terms). */
    public static final String UNNAMED = "均未填写三级指标名称";

    private static boolean unnamed(IndicatorFacts facts, IntList rows) {
        for (int r = 0; r < rows.size; r++) {
            if (!Checks.blank(facts.row(rows.at[r]).name())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the framework's taxonomy marks the category of {@code i} (its 一级, or its 二级 there) optional; a 二级 of a
     * 一级 that needs one of them (效益: 经济, 社会, 生态, 可持续影响, each optional) only when another row of that 一级 is
     * filled in.
     */
    private static boolean optional(Indicator i, IndicatorFacts facts, RuleContext ctx) {
        if (ctx.framework().isEmpty()) {
            return false;
        }
        Labels labels = Labels.of(ctx);
        Framework.Category c = labels.category(i.level1()).orElse(null);
        if (c == null) {
            return false;
        }
        if (c.optional()) {
            return true;
        }
        for (Framework.SubCategory s : c.level2()) {
            if (labels.matches(s, i.level2())) {
                return s.optional() && filledUnder(c, labels, facts);
            }
        }
        return false;
    }

    /** Whether a row of the 一级 {@code c} has a name or a target. */
    private static boolean filledUnder(Framework.Category c, Labels labels, IndicatorFacts facts) {
        for (int k = 0; k < facts.size(); k++) {
            Indicator r = facts.row(k);
            if (labels.matches(c, r.level1()) && !(Checks.blank(r.name()) && facts.all(k, IndicatorFacts.TARGET_BLANK))) {
                return true;
            }
        }
        return false;
    }

    /** Row numbers (of {@link IndicatorFacts}), without a boxing each. */
    private static final class IntList {
        int[] at = new int[8];
        int size;

        void add(int k) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, 2 * size);
            }
            at[size++] = k;
        }

        /** These rows in table order (a list gathered category by category is not), as a new list. */
        IntList sorted() {
            IntList s = new IntList();
            s.at = java.util.Arrays.copyOf(at, Math.max(size, 1));
            s.size = size;
            java.util.Arrays.sort(s.at, 0, size);
            return s;
        }
    }

    /**
     * The applicable rows by category (一级 and 二级 as filed), in the order the rows first show each.
     */
    private static Map<String, IntList> byCategory(IndicatorFacts facts) {
        Map<String, IntList> byCategory = new LinkedHashMap<>();
        // the key is built once per group of equal labels (equal labels make an equal key), in the order the
        // applicable rows first show it
        IntList[] ofGroup = new IntList[facts.groups()];
        for (int k = 0; k < facts.size(); k++) {
            if ((facts.bits(k) & IndicatorFacts.APPLICABLE) == 0) {
                continue;
            }
            int g = facts.group(k);
            if (ofGroup[g] == null) {
                ofGroup[g] = byCategory.computeIfAbsent(facts.level1(g) + "\u0000" + facts.level2(g), x -> new IntList());
            }
            ofGroup[g].add(k);
        }
        return byCategory;
    }

    /**
     * Whether this rule leaves the category of {@code rows} alone as one that does not apply: before the year end, all
     * of its rows without a target or an actual, none named, and the framework marking it optional (湘潭 2023's
     * 经济效益指标 printed with nothing beside it).
     */
    private static boolean notApplying(boolean yearEnd, IndicatorFacts facts, IntList rows, RuleContext ctx) {
        return !yearEnd && allEmpty(facts, rows) && unnamed(facts, rows) && optional(facts.row(rows.at[0]), facts, ctx);
    }

    /**
     * The rows (of {@link IndicatorFacts}) of the 目标申报 categories this rule leaves alone ({@link #notApplying}): for
     * indicator-template-row, which says of them that they are empty rows, where this rule says nothing.
     */
    static boolean[] leftAloneAtTargets(IndicatorFacts facts, RuleContext ctx) {
        boolean[] out = new boolean[facts.size()];
        for (IntList list : byCategory(facts).values()) {
            if (notApplying(false, facts, list, ctx)) {
                for (int r = 0; r < list.size; r++) {
                    out[list.at[r]] = true;
                }
            }
        }
        return out;
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        boolean yearEnd = submission.stage() == Stage.SELF_EVALUATION;
        boolean monitoring = submission.stage() == Stage.MONITORING;
        if (yearEnd) {
            executionScore(submission, ctx);
        }
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        IntList unreported = new IntList();
        IntList resultsOnly = new IntList(); // an actual and no target
        Framework.PartialCut cut = ctx.framework().map(Framework::partialCut)
                .filter(c -> c.anyPast(Framework.PartialCut.RowField.VALUE)).orElse(null);
        for (IntList list : byCategory(facts).values()) {
            if (cut != null && allCut(facts, list, cut)) {
                continue; // the copy breaks off in these rows' 指标值 (partialCut.targetOf: 南岳 2023, t60's 补助标准)
            }
            if (allEmpty(facts, list)) {
                Indicator first = facts.row(list.at[0]);
                if (notApplying(yearEnd, facts, list, ctx)) {
                    // 湘潭 2023's 申报表 prints 经济效益指标 with nothing beside it: the category does not apply (at 目标申报
                    // indicator-template-row notes the empty row, an info)
                    continue;
                }
                // before the year end only the targets are asked for: at 目标申报 there are no actuals yet, and at 运行监控 the
                // field holds the value to date, which no-monitoring asks for once a target is there (黄石 2019, t15: its
                // empty 质量 and 时效 were told to fill in 实际完成值, the year-end column its 监控表 does not print, until
                // session 42)
                String key = yearEnd ? "empty-category" : "empty-category-target";
                // the rows named after the count (a detail: the fingerprint is the category's and the count's), so that
                // the reader finds the row by its name, not the line alone (review R7, session 42)
                String rows = rowNames(facts, list);
                String counts;
                if (Checks.blank(first.level1()) && !Checks.blank(first.level2())) {
                    // 宁晋 2019's 制度指标, printed under no 一级: the 二级 alone names the category (before, "null/制度指标")
                    ctx.report(key + "-no-level1", first.src(), first.level2(), String.valueOf(list.size), rows);
                } else if (Checks.blank(first.level2()) && !Checks.blank(first.level1())) {
                    ctx.report(key + "-no-level2", first.src(), first.level1(), String.valueOf(list.size), rows); // before, "产出指标/null"
                } else if (Checks.blank(first.level1())) {
                    ctx.report(key + "-unfiled", first.src(), String.valueOf(list.size), rows); // neither: before, "null/null"
                } else if (!yearEnd && first.level2().contains("选填")) {
                    // a category the form itself marks optional (原州 2022, t100: "经济效益 指标 (选填)"): not asked for,
                    // so neither an error nor a 不适用 row; fill it in or delete the row (audit s52 B5)
                    ctx.report(Severity.WARNING, key + "-optional", first.src(), null, first.level1(), first.level2(),
                            String.valueOf(list.size), rows);
                } else if (!yearEnd && (counts = countsInNames(facts, list)) != null) {
                    // the outputs written into the name as a sentence (阜源 2022, t99: "石头卧子村新建水房1座、铺设输水管线;…"):
                    // the category applies, and "删去这些空行，改为…不适用" did not fit; the row wants splitting into counts,
                    // as indicator-target-unmeasurable's counts-in-name says of a percentage beside such a name (audit s52 B4)
                    ctx.report(key + "-counts", first.src(), first.level1(), first.level2(), String.valueOf(list.size), rows, counts);
                } else if (!yearEnd && aimsOnly(facts, list)) {
                    // a name that is only an aim (同心 2023, t64: "生态修复功能提高"; 驻马店 2022, t102: "有效提升土地集约能力"):
                    // the category applies, and the row wants what is measured and a target, not deleting (audit s52 B4)
                    ctx.report(key + "-aim", first.src(), first.level1(), first.level2(), String.valueOf(list.size), rows);
                } else {
                    ctx.report(key, first.src(), first.level1(), first.level2(), String.valueOf(list.size), rows);
                }
                continue;
            }
            for (int r = 0; r < list.size; r++) {
                if (cut != null && cut.past(facts.row(list.at[r]).name(), Framework.PartialCut.RowField.VALUE)) {
                    continue; // its value, actual and score past the copy's cut
                }
                long b = facts.bits(list.at[r]);
                boolean due = (b & IndicatorFacts.ACTUAL_BLANK) != 0
                        || (b & (IndicatorFacts.POINTS | IndicatorFacts.SCORE)) == IndicatorFacts.POINTS;
                if ((b & IndicatorFacts.TARGET_BLANK) == 0 && monitoring && (b & IndicatorFacts.ACTUAL_BLANK) != 0) {
                    // mid-year a row reports its value to date, or at least its forecast and likelihood (湖北's 监控表):
                    // one with none of them was filed without its monitoring (helper M's trial: a 运行监控 submission with
                    // no figure at all passed clean)
                    Indicator i = facts.row(list.at[r]);
                    if (Checks.blank(i.columns().forecast()) && Checks.blank(i.columns().likelihood())) {
                        unreported.add(list.at[r]); // said below: row by row, or once for a table with none reported
                    }
                    continue;
                }
                if ((b & IndicatorFacts.TARGET_BLANK) == 0 && (!yearEnd || !due)) {
                    continue; // a target, and (at the year end) an actual and, with points, a score: nothing to report
                }
                Indicator i = facts.row(list.at[r]);
                if ((b & IndicatorFacts.TARGET_BLANK) != 0) {
                    // at the year end a row with neither is said so at once (重庆 2021's “三公经费”变动率, t24, printed
                    // nothing): "no target" alone had the officer fill in the target, then be asked for the actual
                    // a row its 指标性质 column marks 定性 (潼南 2023, t75: 促进经济发展 | 定性 | blank) is not asked for "≥ 60 个",
                    // a figure its own column says it is not (until session 38; at the year end, until session 39)
                    if ((b & IndicatorFacts.ACTUAL_BLANK) == 0) {
                        resultsOnly.add(list.at[r]); // said below: row by row, or once for a table of results only
                        continue;
                    }
                    String key = yearEnd ? "no-target-no-actual" : "no-target";
                    ctx.report(i.qualitativeByColumn() ? key + "-qualitative" : key, i.targetSrc(), Checks.name(i));
                    continue;
                }
                if (!yearEnd) {
                    continue; // actuals and scores are due at the year-end self-evaluation only
                }
                if ((b & IndicatorFacts.ACTUAL_BLANK) != 0) {
                    ctx.report("no-actual", i.actualSrc(), Checks.name(i), Checks.target(i));
                }
                if (i.points() != null && i.score() == null) {
                    ctx.report("no-score", i.src(), Checks.name(i), Checks.num(i.points()));
                }
            }
        }
        if (unreported.size > 0) {
            noMonitoring(submission, facts, unreported, ctx);
        }
        if (resultsOnly.size > 0) {
            noTarget(submission, facts, resultsOnly, yearEnd, ctx);
        }
    }

    /**
     * The rows with an actual and no target ({@code rows}): each said at its target (no-target, no-target-qualitative);
     * but where they are two or more and at least three quarters of the table's rows, once, at the table (the indicators
     * array), with their count and names (details: not in the fingerprint) (no-target-all): the table gives results and
     * (almost) no year's targets, one fix for the whole table (session 50, F17's left-alone: 云南's prose 自评报告 print
     * "名称:完成情况" a line, 红河州第二人民医院 2023, t109, 6 of 6 rows, and 牟定 2020, t110, 9 of 11, the two with a target
     * taken from the report's 绩效目标分解下达情况, one finding a row until then). A table with targets on a quarter or more
     * of its rows keeps each row's finding: the blanks are rows left out, each its own fix (天长 2022, t5: 3 of 9, their
     * targets written in the names). At the year end only ({@code yearEnd}): the finding speaks of a self-evaluation's
     * results and asks for the year's target table beside them; mid-year a table of values to date with no targets, or
     * a 目标申报 carrying figures in its actual column, keeps each row's "no target", whose advice fits every stage
     * (session 51; no real table of either).
     */
    private static void noTarget(Submission submission, IndicatorFacts facts, IntList rows, boolean yearEnd, RuleContext ctx) {
        int applicable = 0;
        for (int k = 0; k < facts.size(); k++) {
            if ((facts.bits(k) & IndicatorFacts.APPLICABLE) != 0) {
                applicable++;
            }
        }
        IntList sorted = rows.sorted();
        if (yearEnd && sorted.size >= 2 && 4L * sorted.size >= 3L * applicable) {
            // at the table, not a row; the count and the names are details, so a row added or taken away (or given its
            // target) leaves the same finding while the table is still one of results only
            ctx.report("no-target-all", submission.src("indicators#/indicators"), String.valueOf(sorted.size),
                    rowNames(facts, sorted));
            return;
        }
        boolean[] folded = yearEnd ? categoriesOfResults(facts, sorted, ctx) : null;
        for (int r = 0; r < sorted.size; r++) {
            if (folded != null && folded[sorted.at[r]]) {
                continue; // said once for its category (no-target-category)
            }
            Indicator i = facts.row(sorted.at[r]);
            ctx.report(i.qualitativeByColumn() ? "no-target-qualitative" : "no-target", i.targetSrc(), Checks.name(i));
        }
    }

    /**
     * At the year end, the categories (一级 and 二级 named) of two rows or more each of which gives a result and no target
     * ({@code rows}), none with points or a 定性 column: one finding at the first row (no-target-category, the first row's
     * no-target fingerprint; the category, count and names details), as a category left wholly blank is said once
     * (empty-category). 镜湖区残联 2023 (t125): its 社会效益 paragraph prints no 年初指标值 for any of its three clauses, three
     * errors until session 56 (audit A11 D1). Rows with points keep one finding each: the scorer says each row unscored.
     * Returns the rows so said.
     */
    private static boolean[] categoriesOfResults(IndicatorFacts facts, IntList rows, RuleContext ctx) {
        boolean[] results = new boolean[facts.size()];
        for (int r = 0; r < rows.size; r++) {
            results[rows.at[r]] = true;
        }
        boolean[] folded = new boolean[facts.size()];
        for (IntList list : byCategory(facts).values()) {
            if (list.size < 2) {
                continue;
            }
            boolean all = true;
            for (int r = 0; r < list.size && all; r++) {
                Indicator i = facts.row(list.at[r]);
                all = results[list.at[r]] && i.points() == null && !i.qualitativeByColumn();
            }
            IntList s = list.sorted();
            Indicator first = facts.row(s.at[0]);
            if (!all || Checks.blank(first.level1()) || Checks.blank(first.level2())) {
                continue;
            }
            ctx.report("no-target-category", first.targetSrc(), Checks.name(first), first.level1(), first.level2(),
                    String.valueOf(s.size), rowNames(facts, s));
            for (int r = 0; r < s.size; r++) {
                folded[s.at[r]] = true;
            }
        }
        return folded;
    }

    /**
     * The rows with a target and nothing reported for monitoring ({@code rows}: no value to date, forecast or
     * likelihood): each said at its row (no-monitoring, no-monitoring-month); but where no row of the table reports
     * anything and two or more are so, once, at the table (the indicators array; session 50: at the first row before), with their count and names (details: not in the fingerprint) (no-monitoring-all,
     * no-monitoring-month-all): the table was filed without its monitoring, one fix for every row (session 49, audit s48
     * section 2: 11 identical warnings on t103, a copy ending before its monitoring columns). The month the table runs to
     * (funds.toDateMonth, 1-6月执行数: 6) is named where given, as the table heads the column (1-6月完成值); without it, the
     * message says where to give it (session 43: a hand-typed submission was told of "the value to date" with no month,
     * nor where the month goes).
     */
    private static void noMonitoring(Submission submission, IndicatorFacts facts, IntList rows, RuleContext ctx) {
        IntList sorted = rows.sorted();
        Integer month = io.github.jixiao.model.MonitoringMonth.monthToDate(submission); // or the title's (2019年1-6月…监控表)
        if (sorted.size >= 2 && noneReported(facts)) {
            String names = rowNames(facts, sorted);
            // at the table (the indicators array), not its first row: the fix is every row's (session 50, M8's left-alone 6);
            // the count and the names are details, so a row added or taken away leaves the same finding
            io.github.jixiao.load.Src table = submission.src("indicators#/indicators");
            if (month != null) {
                // at 12 月末 the year is over: its actuals, not a forecast and a likelihood (新田镇 2022, t103; audit s50 A5 row 6)
                ctx.report(Severity.WARNING, month == 12 ? "no-monitoring-month-all-year" : "no-monitoring-month-all", table,
                        null, String.valueOf(sorted.size), names, Integer.toString(month));
            } else {
                ctx.report(Severity.WARNING, "no-monitoring-all", table, null, String.valueOf(sorted.size), names);
            }
            return;
        }
        for (int r = 0; r < sorted.size; r++) {
            Indicator i = facts.row(sorted.at[r]);
            if (month != null) {
                ctx.report(Severity.WARNING, "no-monitoring-month", i.actualSrc(), null, Checks.name(i), Checks.target(i),
                        Integer.toString(month));
            } else {
                ctx.report(Severity.WARNING, "no-monitoring", i.actualSrc(), null, Checks.name(i), Checks.target(i));
            }
        }
    }

    /** Whether no applicable row of the table reports a value to date, a forecast or a likelihood. */
    private static boolean noneReported(IndicatorFacts facts) {
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & IndicatorFacts.APPLICABLE) == 0) {
                continue;
            }
            Indicator i = facts.row(k);
            if ((b & IndicatorFacts.ACTUAL_BLANK) == 0 || !Checks.blank(i.columns().forecast())
                    || !Checks.blank(i.columns().likelihood())) {
                return false;
            }
        }
        return true;
    }
}
