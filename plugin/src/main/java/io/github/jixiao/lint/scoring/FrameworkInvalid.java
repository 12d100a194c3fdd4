package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "framework-invalid",
        severity = Severity.ERROR,
        category = Category.CONFIGURATION,
        titleZh = "评分框架无法使用",
        titleEn = "The scoring framework cannot be used",
        rationaleZh = "评分框架（内置的，或项目中按 framework.schema.json 编写的文件）决定每个指标的分值和计分方法；找不到、格式不对或分值不能相加时，得分没有依据。"
                + "只是某个三级指标定义有误（数值无效，计分方法未知，参数缺少、多余或类型不对，引用的申报文件不存在，字段缺少等）时，只有该指标不计分，其余照常计分；"
                + "文件本身的字段、评分等级、指标分类、一级或二级指标及其列表有误时，整个框架不能使用；"
                + "只有 resultsMinimum（产出、效益类指标的最低占比，framework-results-weight 据以检查）有误时，是警告：照常计分，只是不作该项检查。"
                + "扩展内置框架的文件（extends）只能扩展 jixiao 的内置框架（不能是文件路径或网址），只能写与它不同的名称、版本、依据、partial、partialCut、unpointed、actualIs（实际完成值一栏是实施进度），以及表式没有的指标（omit，须是内置框架的指标 id，不能全部去掉）和表式所印分值不同的按分值计分的指标（repoint）；写明的版本与内置框架不同时是警告。",
        rationaleEn = "The framework (built in, or a project file written to framework.schema.json) fixes each criterion's points and method; when it cannot be found, is malformed or its points do not add up, no score can rest on it. "
                + "When only one criterion is defined wrongly (an invalid number, an unknown method, a parameter missing, unknown or of the wrong type, a reference to no submission file, a field missing …), only that criterion is not scored; the others are. "
                + "When the fault is in the file's own fields, the grades, the taxonomy, a first- or second-level group or a list of them, the framework cannot be used at all; "
                + "a fault in resultsMinimum alone (the least share of outputs and benefits that framework-results-weight checks) is a warning: it costs nothing scored, and only that check is not made. "
                + "A file that extends a built-in framework (extends) can extend only one of jixiao's own (never a file path or a URL) and give only what differs from it: its name, version, source, partial, partialCut, unpointed and actualIs (the actual column being the work's progress), the criteria the form does not have (omit: ids of the built-in's criteria, not all of them) and the points the form prints for a criterion scored out of its points (repoint); a version it names that is not the built-in's is a warning.",
        source = "jixiao schemas/v1/framework.schema.json",
        messages = {
            @RuleInfo.Message(zh = "评分框架 {0} 在 {1} 不符合 framework.schema.json 的“{2}”规则（见该文件的 {3}）。",
                    en = "Framework {0} at {1} breaks the \"{2}\" rule of framework.schema.json (see {3} there)."),
            @RuleInfo.Message(key = "required", zh = "评分框架 {0} 在 {1}：缺少必填项“{2}”。",
                    en = "Framework {0} at {1}: the required field \"{2}\" is missing."),
            @RuleInfo.Message(key = "additionalProperties", zh = "评分框架 {0} 在 {1}：不认识的字段“{2}”。请检查拼写，或删除它。",
                    en = "Framework {0} at {1}: unknown field \"{2}\". Check its spelling or remove it."),
            @RuleInfo.Message(key = "type", zh = "评分框架 {0} 在 {1}：此处应为 {3}，实际写的是 {2}。",
                    en = "Framework {0} at {1}: expected {3} here, found {2}.", lists = {3}),
            @RuleInfo.Message(key = "enum", zh = "评分框架 {0} 在 {1}：不能写“{2}”，只能是以下之一：{3}。",
                    en = "Framework {0} at {1}: \"{2}\" is not allowed; it must be one of: {3}.", lists = {3}),
            @RuleInfo.Message(key = "const", zh = "评分框架 {0} 在 {1}：应为“{3}”，而不是“{2}”。",
                    en = "Framework {0} at {1}: must be \"{3}\", not \"{2}\".", lists = {3}),
            @RuleInfo.Message(key = "pattern-id", zh = "评分框架 {0} 在 {1}：“{2}”不是有效的 id：只能用小写字母、数字和连字符（如 key-tasks）。",
                    en = "Framework {0} at {1}: \"{2}\" is not a valid id: lower-case letters, digits and hyphens only (as in key-tasks)."),
            @RuleInfo.Message(key = "pattern-ref", zh = "评分框架 {0} 在 {1}：引用“{2}”无效。应写成“文件角色#/JSON 指针”，文件角色为 {3} 之一。",
                    en = "Framework {0} at {1}: the reference \"{2}\" is invalid. Write role#/json-pointer, the role one of {3}.", lists = {3}),
            @RuleInfo.Message(key = "minItems", zh = "评分框架 {0} 在 {1}：条目过少（至少 {2} 条，实有 {3} 条）。",
                    en = "Framework {0} at {1}: too few entries (at least {2}, found {3})."),
            @RuleInfo.Message(key = "maxItems", zh = "评分框架 {0} 在 {1}：条目过多（最多 {2} 条，实有 {3} 条）。",
                    en = "Framework {0} at {1}: too many entries (at most {2}, found {3})."),
            @RuleInfo.Message(key = "minLength", zh = "评分框架 {0} 在 {1}：不能为空（至少 {2} 个字符）。",
                    en = "Framework {0} at {1}: must not be empty (minimum length: {2})."),
            @RuleInfo.Message(key = "maxLength", zh = "评分框架 {0} 在 {1}：文字过长（最多 {2} 个字符）。",
                    en = "Framework {0} at {1}: text too long (at most {2} characters)."),
            @RuleInfo.Message(key = "minimum", zh = "评分框架 {0} 在 {1}：{2} 小于最小值 {3}。",
                    en = "Framework {0} at {1}: {2} is below the minimum {3}."),
            @RuleInfo.Message(key = "maximum", zh = "评分框架 {0} 在 {1}：{2} 大于最大值 {3}。",
                    en = "Framework {0} at {1}: {2} is above the maximum {3}."),
            @RuleInfo.Message(key = "exclusiveMinimum", zh = "评分框架 {0} 在 {1}：{2} 应大于 {3}。",
                    en = "Framework {0} at {1}: {2} must be greater than {3}."),
            @RuleInfo.Message(key = "oneOf", zh = "评分框架 {0} 在 {1}：应写且只写以下之一：{2}（写了 {3} 项）。",
                    en = "Framework {0} at {1}: write exactly one of {2} (found {3}).", lists = {2}),
            @RuleInfo.Message(key = "dependentRequired", zh = "评分框架 {0} 在 {1}：写了“{3}”，就要同时写“{2}”。",
                    en = "Framework {0} at {1}: \"{3}\" is given, so \"{2}\" must be given too."),
            @RuleInfo.Message(key = "not", zh = "评分框架 {0} 在 {1}：此处不能写“{2}”（如分项的计分方法不能再是 sub-items 或 indicator-points）。",
                    en = "Framework {0} at {1}: \"{2}\" is not allowed here (a sub-item's method, for one, cannot be sub-items or indicator-points again)."),
            @RuleInfo.Message(key = "criterion", zh = "评分框架 {0}：指标“{2}”（{1}）的定义不符合 framework.schema.json（见本文件的其他问题），因此不计分（按 0 分计），其余指标照常计分。",
                    en = "Framework {0}: criterion \"{2}\" ({1}) is not defined as framework.schema.json requires (see the other findings on this file), so it is not scored (it counts 0); the other criteria are scored as usual."),
            @RuleInfo.Message(key = "syntax", zh = "评分框架 {0} 无法读取：{1}",
                    en = "Framework {0} cannot be read: {1}"),
            @RuleInfo.Message(key = "not-found", zh = "找不到评分框架“{0}”：它不是内置框架（{1}），项目中也没有这个文件。请改正 department.json 中的 framework（或 -Djixiao.framework）：写其中一个内置框架的名称，或项目中框架文件的相对路径（如 frameworks/framework.json）。",
                    en = "Framework \"{0}\" not found: it is no built-in framework ({1}) and no file of the project. Correct framework in department.json (or -Djixiao.framework): name one of the built-in frameworks, or a framework file relative to the project (e.g. frameworks/framework.json).", lists = {1}),
            @RuleInfo.Message(key = "not-found-near", zh = "找不到评分框架“{0}”：它不是内置框架（{1}），项目中也没有这个文件。是否应为“{2}”？请改正 department.json 中的 framework（或 -Djixiao.framework）。",
                    en = "Framework \"{0}\" not found: it is no built-in framework ({1}) and no file of the project. Did you mean \"{2}\"? Correct framework in department.json (or -Djixiao.framework).", lists = {1}),
            @RuleInfo.Message(key = "path-outside", zh = "评分框架“{0}”不在项目目录内。请写项目内的相对路径（不允许绝对路径、盘符或 ../）。",
                    en = "Framework \"{0}\" is outside the project. Name a file relative to the project (no absolute path, drive or ../)."),
            @RuleInfo.Message(key = "weights", zh = "评分框架 {0}：“{1}”的下级分值合计 {2}，与其分值 {3} 不符。",
                    en = "Framework {0}: the parts of \"{1}\" add up to {2}, not its {3} points."),
            @RuleInfo.Message(key = "total-weight", zh = "评分框架 {0} 的一级指标分值合计 {1}，不是 100。",
                    en = "Framework {0}: its first-level criteria add up to {1}, not 100."),
            @RuleInfo.Message(key = "total-weight-extends", sameAs = "total-weight", details = {2, 3},
                    zh = "评分框架 {0} 扩展 {2}，omit / repoint 改过的指标（{3}）使一级指标分值合计 {1}，不是 100。"
                    + "若所评的表确只有这些分值（如存档副本截断、表中未印某部分的分值），请在本文件写 partial 说明缘由；"
                    + "否则请用 repoint 按表中所印改另一指标的分值，使合计为 100。",
                    en = "Framework {0} extends {2}, and the criteria its omit / repoint change ({3}) leave its first-level "
                    + "criteria adding up to {1}, not 100. If the table evaluated does hold only these points (its stored copy "
                    + "cut, a part printed without points), mark this file partial and say why; otherwise repoint another "
                    + "criterion to the points the table prints, so that they add up to 100."),
            @RuleInfo.Message(key = "at-least", zh = "评分框架 {0}：指标分类“{1}”要求至少评价 {2} 类二级指标（atLeast），但只列了 {3} 类，没有申报能满足；现按列出的 {3} 类全部检查。请把 atLeast 改为不超过 {3}，或在 level2 中补列漏掉的二级类别。",
                    en = "Framework {0}: the category \"{1}\" asks at least {2} of its second-level categories to be evaluated (atLeast) but lists {3}, so no submission could meet it; all {3} listed are checked instead. Set atLeast to {3} or less, or list the missing level-2 categories."),
            @RuleInfo.Message(key = "duplicate-id", zh = "评分框架 {0}：指标 id“{1}”重复。自评（self-assessment.json）按 id 对应指标，后一个指标会用前一个的自评分，"
                    + "报告也分不清两者：请为每个指标另取一个不重复的 id（自评中的 id 随之改正）。",
                    en = "Framework {0}: criterion id \"{1}\" is used twice. Self-assessment claims (self-assessment.json) are matched to criteria by id, so the second "
                    + "criterion takes the first one's claim, and the reports cannot tell the two apart: give each criterion an id of its own (and correct the claims' ids to match)."),
            @RuleInfo.Message(key = "duplicate-item-id", zh = "评分框架 {0}：指标“{2}”（{3}）的分项 id“{1}”重复。自评（self-assessment.json）按分项 id（items 中的 item）对应分项，"
                    + "后一个分项会用前一个的自评分：请为每个分项另取一个不重复的 id（自评 items 中的 item 随之改正）。",
                    en = "Framework {0}: sub-item id \"{1}\" of criterion \"{2}\" ({3}) is used twice. Self-assessment claims (self-assessment.json) are matched to "
                    + "sub-items by id (item in items), so the second sub-item takes the first one's claim: give each sub-item an id of its own (and correct the claims' item ids to match)."),
            @RuleInfo.Message(key = "number-minimum", zh = "评分框架 {0} 在 {1} 的数字 {2} 超出合理范围（绝对值须小于 10^15）。" + FrameworkInvalid.MINIMUM_UNUSED_ZH
                    + "请把 percent 改为 0 到 100 之间的百分数（如 50）。",
                    en = "Framework {0}: the number {2} at {1} is out of range (its magnitude must be below 10^15). " + FrameworkInvalid.MINIMUM_UNUSED_EN
                    + " Write percent as a number from 0 to 100 (50, say)."),
            @RuleInfo.Message(key = "number-minimum-precision", zh = "评分框架 {0} 在 {1} 的数字 {2} 的小数位超过 {3} 位。" + FrameworkInvalid.MINIMUM_UNUSED_ZH
                    + "请把 percent 写成最多 {3} 位小数的百分数（如 66.67）。",
                    en = "Framework {0}: the number {2} at {1} has more than {3} decimals. " + FrameworkInvalid.MINIMUM_UNUSED_EN
                    + " Write percent with at most {3} decimals (66.67, say)."),
            @RuleInfo.Message(key = "builtin-id", zh = "项目中的评分框架文件 {0} 使用了内置框架的 id“{1}”。项目文件不得冒用内置框架的名义；请另取一个 id。",
                    en = "The project framework file {0} uses the id \"{1}\" of a built-in framework. A project file must not pass itself off as a built-in one; give it an id of its own."),
            @RuleInfo.Message(key = "extends-unknown", zh = "评分框架 {0}：extends 写的“{1}”不是 jixiao 的内置框架（{2}）。extends 只能写其中一个的 id（可在 @ 后写版本，如 mof-project-2020@2020.8）；框架因此不能使用。",
                    en = "Framework {0}: extends names \"{1}\", which is no built-in framework of jixiao ({2}). extends takes the id of one of them (with a version after @ if you like, as in mof-project-2020@2020.8); the framework cannot be used.", lists = {2}),
            @RuleInfo.Message(key = "extends-unknown-near", zh = "评分框架 {0}：extends 写的“{1}”不是 jixiao 的内置框架（{2}）。是否应为“{3}”？框架因此不能使用。",
                    en = "Framework {0}: extends names \"{1}\", which is no built-in framework of jixiao ({2}). Did you mean \"{3}\"? The framework cannot be used.", lists = {2}),
            @RuleInfo.Message(key = "extends-path", zh = "评分框架 {0}：extends 写的“{1}”是路径或网址。extends 只能扩展 jixiao 的内置框架（{2}），写其 id，不能引用文件或网址；要用项目中的另一个框架文件，请在 department.json 的 framework 中直接写它。框架因此不能使用。",
                    en = "Framework {0}: extends names \"{1}\", a path or a URL. extends can only extend a built-in framework of jixiao ({2}), by its id, never a file or a URL; to use another framework file of the project, name it in framework in department.json. The framework cannot be used.", lists = {2}),
            @RuleInfo.Message(key = "extends-override", zh = "评分框架 {0} 扩展内置框架 {2}，不能改写“{1}”：扩展的框架只写 {3}，各指标的计分方法、评分等级、指标分类和 resultsMinimum 都沿用 {2}（表式没有的指标写在 omit 中，所印分值不同的写在 repoint 中）。要改其他的，请写一个完整的框架文件（不写 extends）。框架因此不能使用。",
                    en = "Framework {0} extends the built-in framework {2} and cannot change \"{1}\": a framework that extends one gives only {3}; the criteria's methods, the grades, the taxonomy and resultsMinimum are all {2}'s (criteria the form lacks go in omit, criteria it prints other points for in repoint). To change anything else, write a whole framework file (without extends). The framework cannot be used.", lists = {3}),
            @RuleInfo.Message(key = "extends-kind", zh = "评分框架 {0} 把所扩展的内置框架 {2} 的评价对象（kind）{3} 改为 {1}，而 {2} 的指标要读只有 {3} 的申报才有的数字（{4}）："
                    + "这些指标不能为 {1} 计分。kind 只能在内置框架的指标只读资金情况和绩效指标时改写（如部门整体支出绩效自评表印成财预〔2020〕10号项目表式的，扩展 mof-project-2020 并写 \"kind\": \"department\"）。"
                    + "请删去 kind，改用一个用于 {1} 的内置框架，或写一个完整的框架文件（不写 extends）。框架因此不能使用。",
                    en = "Framework {0} changes the kind of the built-in framework {2} it extends from {3} to {1}, but {2}'s criteria read figures only a {3} submission holds ({4}): "
                    + "they cannot score a {1}. kind may be changed only where the built-in's criteria read nothing but the funds block and the indicator rows "
                    + "(a department's self-evaluation table printed in the project layout of the Ministry of Finance's notice Caiyu [2020] No. 10 extends mof-project-2020 with kind department). "
                    + "Remove kind, use a built-in framework for {1}, or write a whole framework file (without extends). The framework cannot be used.", lists = {4}),
            @RuleInfo.Message(key = "extends-criterion-unknown", zh = "评分框架 {0}：“{1}”不是所扩展的内置框架 {2} 的指标 id（{3}）。omit 和 repoint 只能写 {2} 的三级指标 id；框架因此不能使用。",
                    en = "Framework {0}: \"{1}\" is no criterion id of the built-in framework {2} it extends ({3}). omit and repoint take only the ids of {2}'s criteria; the framework cannot be used.", lists = {3}),
            @RuleInfo.Message(key = "extends-criterion-unknown-near", zh = "评分框架 {0}：“{1}”不是所扩展的内置框架 {2} 的指标 id（{3}）。是否应为“{4}”？框架因此不能使用。",
                    en = "Framework {0}: \"{1}\" is no criterion id of the built-in framework {2} it extends ({3}). Did you mean \"{4}\"? The framework cannot be used.", lists = {3}),
            @RuleInfo.Message(key = "extends-omit-all", zh = "评分框架 {0} 的 omit 去掉了所扩展的内置框架 {1} 的全部指标：没有指标可以计分。omit 只写表式没有的指标；表式与 {1} 全然不同的，请写一个完整的框架文件（不写 extends）。框架因此不能使用。",
                    en = "Framework {0} omits every criterion of the built-in framework {1} it extends: nothing is left to score. omit lists only the criteria the form does not have; for a form wholly unlike {1}, write a whole framework file (without extends). The framework cannot be used."),
            @RuleInfo.Message(key = "extends-repoint-omitted", zh = "评分框架 {0}：指标“{1}”既写在 omit 中（去掉），又写在 repoint 中（改分值）。请删去其中之一；框架因此不能使用。",
                    en = "Framework {0}: criterion \"{1}\" is both in omit (left out) and in repoint (given other points). Remove it from one of them; the framework cannot be used."),
            @RuleInfo.Message(key = "extends-repoint-method", zh = "评分框架 {0}：repoint 不能改指标“{1}”的分值：它在 {2} 中按 {3} 计分，计分方法中另有分值，只改权重会与之不符。repoint 只用于按分值计分的指标（indicator-points、assessed）；要改这个指标，请写一个完整的框架文件（不写 extends）。框架因此不能使用。",
                    en = "Framework {0}: repoint cannot change the points of criterion \"{1}\": {2} scores it by {3}, whose parameters carry points of their own, which a new weight alone would contradict. repoint is only for criteria scored out of their points (indicator-points, assessed); to change this one, write a whole framework file (without extends). The framework cannot be used."),
            @RuleInfo.Message(key = "extends-version", zh = "评分框架 {0} 写明扩展 {1} 的 {2} 版，而本 jixiao 内置的 {1} 是 {3} 版：现按 {3} 版计分。请核对 {1} 的变化（见 jixiao 的发布说明），再把 extends 改为“{1}@{3}”，或去掉版本。",
                    en = "Framework {0} says it extends version {2} of {1}, but the {1} built into this jixiao is version {3}: it is scored on {3}. Check what changed in {1} (see jixiao's release notes), then write extends as \"{1}@{3}\", or leave the version out."),
            @RuleInfo.Message(key = "kind", zh = "评分框架 {0} 用于评价 {1}，而本申报的评价对象（department.json 的 kind）是 {2}。"
                    + "请删去 department.json 的 framework 一项，按 kind 使用默认框架（department 为 shenzhen-department-2024，project 为 mof-project-2020），"
                    + "或改填一个用于 {2} 的评分框架（由 jixiao.framework 参数指定的，改参数）；kind 填错的，改正 kind。",
                    en = "Framework {0} is for kind {1}, but this submission's kind is {2}. To use the kind's default, delete framework from "
                    + "department.json (shenzhen-department-2024 for department, mof-project-2020 for project), or name a framework for {2} "
                    + "(where the jixiao.framework parameter names it, change the parameter); if the kind is wrong, correct it."),
            @RuleInfo.Message(key = "kind-layout", sameAs = "kind", zh = "评分框架 {0} 用于评价 {1}，而本申报的评价对象（department.json 的 kind）是 {2}。"
                    + "{0} 的指标只读资金情况和绩效指标，不因评价对象而异：表式确是 {0} 的（如部门整体支出绩效自评表印成项目支出绩效自评表的表式），"
                    + "请在项目中写一个扩展它的框架文件，写明 \"extends\": \"{0}\" 和 \"kind\": \"{2}\"（另加自己的 id、version），再在 department.json 的 framework 中写该文件；"
                    + "否则删去 department.json 的 framework 一项，按 kind 使用默认框架（department 为 shenzhen-department-2024，project 为 mof-project-2020）；kind 填错的，改正 kind。",
                    en = "Framework {0} is for kind {1}, but this submission's kind is {2}. {0}'s criteria read only the funds block and the "
                    + "indicator rows, the same for either kind: where the table is printed in {0}'s layout (a department's self-evaluation "
                    + "table in the project form's layout, say), write a framework file in the project that extends it, with \"extends\": \"{0}\" "
                    + "and \"kind\": \"{2}\" (and an id and version of its own), and name that file in framework in department.json; otherwise "
                    + "delete framework from department.json to use the kind's default (shenzhen-department-2024 for department, "
                    + "mof-project-2020 for project); if the kind is wrong, correct it."),
            @RuleInfo.Message(key = "number", zh = "评分框架 {0} 在 {1} 的数值无效：{2}。指标“{3}”因此不计分（按 0 分计），其余指标照常计分。",
                    en = "Framework {0}: the number at {1} is invalid: {2}. Criterion \"{3}\" is therefore not scored (it counts 0); the other criteria are scored as usual."),
            @RuleInfo.Message(key = "number-weight", zh = "评分框架 {0} 在 {1} 的分值无效：{2}。“{3}”的分值按其下级分值之和 {4} 计，无法核对；各指标照常计分。",
                    en = "Framework {0}: the weight at {1} is invalid: {2}. \"{3}\" is taken to weigh what its parts add up to, {4}, which cannot be checked; every criterion is scored as usual."),
            @RuleInfo.Message(key = "units", zh = "评分框架中“{0}”的表达式 {1} 把金额与非金额相加或相除，此项按 0 分计。"
                    + "请改正框架中的这个表达式：金额只与金额相加减或相除（如全年执行数 / 全年预算数），比率、个数等不与金额混算（框架由项目自带的，请改正该文件；内置框架出现此问题是 jixiao 的缺陷，请报告）。",
                    en = "In the framework, the expression of \"{0}\", {1}, adds or divides money and non-money; it scores 0. "
                    + "Correct this expression in the framework: money is added to, subtracted from or divided by money only (the year's spending / the full-year budget), "
                    + "never mixed with rates or counts (in a project's own framework file; in a built-in framework this is a jixiao defect: please report it).", formulas = {1})
        })
public final class FrameworkInvalid implements InputRule {

    /** What a number of resultsMinimum that cannot be taken costs (constants, so the annotation can use them). */
    static final String MINIMUM_UNUSED_ZH = "resultsMinimum 因此不用，产出、效益类指标的占比不作检查；各指标照常计分。";
    static final String MINIMUM_UNUSED_EN = "resultsMinimum is therefore not used and the share of outputs and benefits is not checked; "
            + "every criterion is scored as usual.";
}
