package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.MoneyOutput;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.util.List;

@RuleInfo(
        id = "indicator-input-as-output",
        severity = Severity.WARNING,
        category = Category.MEASURABILITY,
        titleZh = "以投入代替产出",
        titleEn = "Input filed as an output",
        rationaleZh = "财力、人力、物力等投入数量不能作为绩效目标。产出指标写“资金投入 ≥ X 万元”或“经费支付完成率”，衡量的是钱花出去没有，而不是做成了什么。"
                + "金额只属于成本指标；产出指标值省了“元”字的“150万”，度量单位是元、万元或名称说的是钱（资金、经费、补助、投资……）的，也是金额（“受益群众 3万”“接待游客 50万”之类的人数、“1.5万人次”“1万份”之类写明计数单位的，不算）；名称说的是钱、指标值只写一个数、恰为资金块所列预算总额的（廊坊 2019：“工程资金金额 43.2”，预算 43.2 万元），同样是金额。这样的产出指标，评分不按指标值与实际完成值计分（资金的使用由预算执行率计分，再按完成比例计一次就把同一笔资金的差额计了两次）：印有自评得分的，按所印得分暂计、未核对；没有自评得分的，这一行不计分（按 0 分计），在此一并说明（unscored）；写明“≤”“<”的金额上限（误列为产出的成本控制，如“≤ 800 元”）不在此列，照常按指标值 / 实际值计分。经费使用率、资金支付率、预算执行率、资金到位率、支出到位率（岳阳楼区价格认证鉴定中心 2023：“业务工作支出到位率 100%”列为质量指标）、资金下达率（武汉 青山区 2020：时效指标“预算资金当年下达率”）、资金的供应时效（宁德 2019：数量指标“……工作开展所需资金的供应时效”，单位自己的经费到位；种薯之类的供应是产出，不在此列），以及用文字写的支出进度（驻马店 2022：时效指标“项目资金按照计划支出”；按计划支出、按进度支出）之类列为产出或效益指标的，衡量的是预算执行（另有评分项），不是产出或效益；"
                + "成本指标只写预算总额（如“项目计划总投资 20 万元”，或省了“元”字的“150万”，或“年度预算220万元”这样先写预算二字再写金额的：黄石 2019；或只写一个数、金额单位只在名称留下的模板提示里的：原州 2022“项目总投入(≥**万元) | 6070”，预算 6070 万元），也只是把预算重抄一遍；这样的指标值没有比较符的，在此一并要求写比较符，indicator-target-no-comparator 不再在同一单元格另行提示（一个缺陷一个问题）。"
                + "不分类别的指标（重庆的表式不印一级、二级指标栏：潼南区五桂镇 2023“发放金额 ≥ 9.31 万元”，当年预算 9.31 万元），指标值是一笔金额、恰为预算总额且不是上限（≥、= 或没有比较符）的，同样只是把预算要全部发出写成了目标。"
                + "写了比较符的成本上限恰等于预算总额的（济南 2025“项目总成本 ≤ 1000万元”，预算 1000 万元；金寨 2021、奉节 2023 同），不是重抄预算，只作提示：预算本身就是支出上限，这样的上限没有体现成本控制（安徽的表式在名称中印着“项目总成本(≤**万元)”，照填预算总额的也提示）。不报告：支付、发放的及时率和准确率（是一项服务）；低于预算总额的成本上限（“项目总成本 ≤ 90 万元”，预算 100 万元；“人均成本不超过200元”）；单位成本。"
                + "衡量资金支出的一行又没有指标值的（时效“项目资金按照计划支出”，指标值空白，驻马店 2022），一并说明（spending-no-target，按两者中较重的级别）：为这样的名称补写指标值并不能改正它，indicator-incomplete 的 empty-category-target 不再在该行提示。",
        rationaleEn = "Money, staff and material put in are not performance targets. An output indicator such as \"funds invested ≥ X × 10,000 yuan\" or \"payment completion rate\" "
                + "measures whether money went out, not what was achieved. Amounts belong to cost indicators; an output target of \"150万\" (1.5 million, yuan left off) is an amount too where the unit column is yuan or the name names money (funds, expenses, subsidies, investment …), not where it counts (30,000 beneficiaries, 500,000 visitors) or is written with its unit, such as 15,000 visits or 10,000 copies; so is a bare number under a name of money that is the budget total as the funds block prints it (Langfang 2019: 工程资金金额 (project funds amount) 43.2, a budget of 43.2 × 10,000 yuan). Such an output row is not scored by target and actual (the spending is the budget execution rate's to score, and a ratio here would count the same shortfall twice): a score the department printed is taken as stated, unchecked; a row without one is not scored (counted as 0), and this finding says so (unscored); an amount written as a ceiling with ≤ or < (a cost control misfiled as an output, such as \"≤ 800 yuan\") is not, and is scored by target / actual as before. Spending rates (rates of funds used, paid, executed or received; Yueyanglou price certification centre 2023: \"business spending arrival rate 100%\" as a quality indicator; the rate at which the budget is passed down, Qingshan district of Wuhan 2020: 预算资金当年下达率 (budget funds passed down in the year) as a timeliness indicator; the timeliness of the funds' supply, Ningde 2019: 资金的供应时效 (timeliness of the funds' supply) for the unit's own work as a quantity indicator, where a supply of anything else, seed potatoes say, is an output), and spending progress in words (Zhumadian 2022: the timeliness indicator 项目资金按照计划支出 (project funds spent as planned); 按计划支出 (spent as planned), 按进度支出 (spent on schedule)) "
                + "filed as outputs or benefits measure budget execution, which is scored on its own; a cost indicator that only restates the budget total (\"planned total investment 200,000 yuan\", \"150万\" (1.5 million) with its yuan left off, or words naming the budget before its amount, as \"annual budget 2.2 million yuan\" in Huangshi 2019, or a bare figure whose money unit is only in the template's hint left in the name, as Yuanzhou 2022's total input \"6070\" under the hint ≥**万元 (at least so many 10,000 yuan) beside a budget of 60.7 million yuan) says nothing of cost either; where it has no comparator, this finding asks for one too, and indicator-target-no-comparator does not note it again at the same cell (one defect, one finding)."
                + " A row filed under no category (Chongqing's forms print no first- or second-level column: Wugui town of Tongnan 2023, \"amount paid out ≥ 93,100 yuan\" beside a budget of 9.31 × 10,000 yuan) whose target is an amount equal to the budget total and no ceiling (≥, = or no comparator) only restates that the budget is to be paid out in full, and is flagged too."
                + " A cost ceiling with its comparator at exactly the budget total (Jinan 2025: \"total project cost ≤ 10 million yuan\" beside a budget of 1000 × 10,000 yuan; Jinzhai 2021 and Fengjie 2023 alike) restates nothing but is a note: the budget already caps the spending, so such a ceiling shows no cost control (Anhui's form prints \"total project cost (≤** × 10,000 yuan)\" in the name, and the budget filled in there is noted too)."
                + " Not flagged: timeliness or accuracy of payments (a service of its own); cost ceilings below the budget total (\"total project cost ≤ 900,000 yuan\" of a million, or \"per-person cost at most 200 yuan\"); unit costs."
                + " A row measuring the budget's spending that also has no target (timeliness \"project funds spent as planned\", its target blank, Zhumadian 2022) is said once (spending-no-target, at the graver of the two severities): a target written for such a name would not fix it, and indicator-incomplete's empty-category-target is not said on that row.",
        source = "ST-7：地方项目绩效管理手册（“投入不能作为绩效目标”）；中江 2022 实例（“项目计划总投资 20万元”作成本指标）；鄂州 2021 实例（预算 150 万元，成本指标“市民中心运行维护费 150万”）",
        sourceEn = "ST-7: local project performance management handbook (\"inputs cannot be performance targets\"); Zhongjiang 2022 example (\"planned total investment 200,000 yuan\" as a cost indicator); Ezhou 2021 example (citizen centre operation and maintenance, 1.5 million yuan written without yuan, under a budget of 1.5 million yuan)",
        messages = {
            @RuleInfo.Message(zh = "产出指标“{0}”的指标值“{1}”是一笔金额，衡量的是投入而不是产出。请改为该笔资金要完成的工作量、质量或时限；金额放在成本指标中。",
                    en = "The output indicator \"{0}\" has the amount \"{1}\" as its target: that measures input, not output. Target the work, quality or timing the money buys; amounts go under cost indicators."),
            @RuleInfo.Message(key = "unscored", sameAs = "", details = {2}, zh = "产出指标“{0}”的指标值“{1}”是一笔金额，衡量的是投入而不是产出。这一行没有自评得分，也不按指标值与实际完成值计分：资金的使用由预算执行率计分，按完成比例再计一次就把同一笔资金的差额计了两次；这一行的 {2} 分因此未计分（按 0 分计）。请改为该笔资金要完成的工作量、质量或时限，并按完成情况自评计分；金额放在成本指标中。",
                    en = "The output indicator \"{0}\" has the amount \"{1}\" as its target: that measures input, not output. The row states no score of its own and is not scored by target and actual either: the spending is the budget execution rate's to score, and a ratio here would count the same shortfall twice; so its {2} points are not scored (counted as 0). Target the work, quality or timing the money buys, and score the row by what was done; amounts go under cost indicators."),
            @RuleInfo.Message(key = "name", zh = "产出指标“{0}”衡量的似乎是资金投入或支付（{2}），而不是产出。请改为资金要完成的工作量、质量或时限。",
                    en = "The output indicator \"{0}\" seems to measure money put in or paid out ({2}), not output. Target the work, quality or timing the money buys."),
            @RuleInfo.Message(key = "spending", zh = "{3}指标“{0}”（{1}）衡量的是预算资金的拨付、使用或调整（{2}），属于预算执行管理，不是{3}。预算执行率另有评分项；请改为资金所要完成的工作量、质量、时限或带来的效益。",
                    en = "The {4} indicator \"{0}\" ({1}) measures how the budget was paid out, used or adjusted ({2}): that is budget execution, scored on its own, not an {4}. Target the work, quality, timing or benefit the money buys."),
            @RuleInfo.Message(key = "spending-no-target", sameAs = "spending",
                    zh = "{3}指标“{0}”（{1}）衡量的是预算资金的拨付、使用或调整（{2}），属于预算执行管理，不是{3}；这一行也没有填写指标值。预算执行率另有评分项；请改为资金所要完成的工作量、质量、时限或带来的效益，并写明指标值。",
                    en = "The {4} indicator \"{0}\" ({1}) measures how the budget was paid out, used or adjusted ({2}): that is budget execution, scored on its own, not an {4}; and the row has no target either. Target the work, quality, timing or benefit the money buys, and write its target value."),
            @RuleInfo.Message(key = "unfiled-budget", zh = "指标“{0}”的指标值“{1}”就是预算总额（{2}）：只说明这笔钱要全部发出，是投入，说不出用这笔钱做成了什么。请改为资金所要完成的工作量、质量、时限或带来的效益；要控制成本的，写单位成本或分项成本上限（如“≤ 500 元/人”）。",
                    en = "The indicator \"{0}\" has the target \"{1}\", which is the budget total ({2}): it only says the money is to be paid out in full, an input, not what the money achieves. Target the work, quality, timing or benefit the money buys; to control cost, state a unit or itemised cost ceiling (e.g. \"≤ 500 yuan per person\")."),
            @RuleInfo.Message(key = "budget-restated", zh = "成本指标“{0}”的指标值“{1}”就是预算总额（{2}），只是把预算重抄一遍，说不出单位成本或成本控制。请写明单位成本或分项成本上限（如“≤ 500 元/人”），并写比较符。",
                    en = "The cost indicator \"{0}\" has the target \"{1}\", which is the budget total ({2}) restated: it says nothing of unit cost or cost control. State a unit or itemised cost ceiling (e.g. \"≤ 500 yuan per person\") with its comparator."),
            @RuleInfo.Message(key = "budget-ceiling", zh = "成本指标“{0}”的上限“{1}”等于预算总额（{2}）：预算本身就是支出的上限，这一指标没有体现成本控制。宜写明单位成本或分项成本的上限（如“≤ 500 元/人”“设备购置 ≤ 30 万元”），使成本能与产出对照。",
                    en = "The cost indicator \"{0}\" sets the ceiling \"{1}\", which equals the budget total ({2}): the budget already caps the spending, so the indicator shows no cost control. A unit or itemised cost ceiling (e.g. \"≤ 500 yuan per person\", \"equipment ≤ 300,000 yuan\") lets the cost be read against the output.")
        })
public final class IndicatorInputAsOutput implements Rule {

    /**
     * Names that describe money or staff put in (or merely paid out), not work done. Narrow on purpose: how
     * accurately or promptly payments are made is a service of its own and is left alone.
     */
    private static final WordList INPUT_WORDS = WordList.of(
            "资金投入", "投入资金", "经费投入", "投入经费", "预算投入", "投入金额", "资金到位", "到位资金",
            "资金拨付", "拨付资金", "经费拨付", "经费支付完成", "资金支付完成", "预算执行", "人力投入", "投入人力", "物力投入");

    /**
     * Rates of spending: whether money arrived, was paid or was used. How promptly or accurately payments are made
     * (支付及时率, 发放准确率) is a service of its own and is not here.
     */
    private static final WordList SPENDING_RATES = WordList.of(
            "经费使用率", "资金使用率", "资金支付率", "经费支付率", "预算执行率", "资金执行率", "经费执行率", "资金到位率", "经费到位率",
            "资金拨付率", "经费拨付率", "预算完成率", "资金支出率", "经费支出率", "支出进度", "资金使用进度", "资金支付进度",
            "结余率", "结转率", "预算调整率", "科目调整次数",
            // 岳阳楼区价格认证鉴定中心 2023: 业务工作支出到位率 100 % as a 质量指标 (the money for the work arrived)
            "支出到位率", "预算到位率", "拨款到位率", "支出执行率",
            // 驻马店 2022 (专用汽车零部件产业园, t102): 时效指标 "项目资金按照计划支出", the spending rate in words
            "按计划支出", "按照计划支出", "按进度支出", "按照进度支出",
            // 武汉 青山区 2020 (t9): 时效指标 "预算资金当年下达率" 100 %, the budget passed down to the unit in the year
            "资金下达率", "经费下达率", "预算下达率", "资金当年下达率", "经费当年下达率",
            // 宁德 党史和地方志研究室 2019 (t38): 数量指标 "…工作开展所需资金的供应时效" 100 %, the unit's own funds arriving in
            // time (资金到位); supply of anything else (种薯供应, 原阳 2022) is an output, and 供应 alone is not here
            "资金的供应时效", "资金供应时效", "经费的供应时效", "经费供应时效", "资金供应及时", "经费供应及时");

    /**
     * {@link #SPENDING_RATES} then {@link #INPUT_WORDS}: one scan of a name answers both, as the earliest word of the
     * two lists is a spending rate wherever the name holds one, and else the earliest input word.
     */
    private static final WordList SPENDING_THEN_INPUT = WordList.concat(SPENDING_RATES, INPUT_WORDS);

    /**
     * Words before a cost target's amount that say the amount is the budget ("年度预算220万元", "总投资20万元"): read only
     * where the target is those words and one amount with no comparator ({@link TargetParser#labelledBare}), and reported
     * only where the amount is a budget total, so "人均成本不超过200元" or "单价≤5万元" is never read as one.
     */
    private static final WordList BUDGET_IN_LABEL = WordList.of("预算", "投资");

    /** Names that say a cost target is the budget itself. */
    private static final WordList BUDGET_WORDS = WordList.of("总投资", "计划投资", "预算总额", "预算资金", "资金总额", "项目预算", "投资总额", "投资额", "预算总成本");

    @Override
    public void check(Submission submission, RuleContext ctx) {
        List<Money> budgets = null; // the budget totals, read at the first cost row that needs them
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        int spendingWords = SPENDING_RATES.words().size();
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & IndicatorFacts.APPLICABLE) == 0) {
                continue;
            }
            if ((b & IndicatorFacts.COST_WORD) != 0) {
                // budgetRestated asks an amount in 元 or 万元 (also "150万", 元 left off), not a range, first
                if ((b & IndicatorFacts.T_RANGE) == 0 && ((b & IndicatorFacts.T_MONEY) != 0
                        || facts.row(k).targetValue().isAmount() || hintMoney(facts.row(k)) != null)) {
                    Indicator i = facts.row(k);
                    budgets = budgetRestated(submission, i, i.targetValue(), BUDGET_WORDS.anyIn(i.label()), ctx, budgets);
                } else if (facts.row(k).targetValue().isQualitative()) {
                    // words and the budget: "年度预算220万元" (黄石 2019), the label naming the budget as BUDGET_WORDS a name
                    Indicator i = facts.row(k);
                    TargetParser.Labelled l = TargetParser.labelledBare(i.targetValue().text());
                    if (l != null && BUDGET_IN_LABEL.anyIn(l.label())) {
                        budgets = budgetRestated(submission, i, l.value(), true, ctx, budgets);
                    }
                }
                continue;
            }
            boolean output = (b & IndicatorFacts.L1_OUTPUT) != 0;
            boolean benefit = (b & IndicatorFacts.L1_BENEFIT) != 0;
            if ((b & (IndicatorFacts.T_MONEY | IndicatorFacts.L2_EMPTY)) == (IndicatorFacts.T_MONEY | IndicatorFacts.L2_EMPTY)
                    && (b & IndicatorFacts.T_RANGE) == 0 && Checks.blank(facts.row(k).level1())) {
                budgets = unfiledBudget(submission, facts.row(k), ctx, budgets);
                continue;
            }
            if (output && (b & IndicatorFacts.L2_EMPTY) != 0 || !output && !benefit) {
                continue; // before the names are searched: nothing below is asked of these rows
            }
            Indicator i = facts.row(k);
            String l1 = i.level1() == null ? "" : i.level1();
            String l2 = i.level2() == null ? "" : i.level2();
            TargetValue t = i.targetValue();
            if (output && ((b & IndicatorFacts.T_MONEY) != 0 || MoneyOutput.amountWithoutYuan(i, t))) {
                moneyTarget(submission, i, t, ctx);
                continue;
            }
            if (output && MoneyOutput.bareUnderMoneyName(i, t)) {
                budgets = budgets != null ? budgets : MoneyOutput.budgets(submission);
                if (MoneyOutput.isBudgetAsPrinted(t, budgets)) {
                    moneyTarget(submission, i, t, ctx);
                    continue;
                }
            }
            // i.label() is the name where the name is not blank (Checks.blank answers as isBlank, from one character)
            int w = SPENDING_THEN_INPUT.indexIn(Checks.blank(i.name()) ? i.label() : i.name());
            String word = w < 0 ? null : SPENDING_THEN_INPUT.words().get(w);
            // as SPENDING_RATES.firstIn, then (benefit rows) INPUT_WORDS.firstIn; and INPUT_WORDS.firstIn (output rows)
            String spending = w < 0 ? null : w < spendingWords || benefit ? word : null;
            String input = output && w >= spendingWords ? word : null;
            if (spending != null) {
                ctx.report("spending", i.src(), Checks.name(i), l1 + (l2.isEmpty() ? "" : "/" + l2), spending,
                        output ? "产出" : "效益", output ? "output" : "benefit");
            } else if (input != null) {
                // the narrower reading (资金投入, 经费支付完成 …): the name alone cannot decide
                ctx.report(Severity.INFO, "name", i.src(), null, Checks.name(i), Checks.quote(t.text()), input);
            }
        }
    }

    /**
     * The plain finding at an 产出 row's money target; {@code unscored} where the scorer left the row out for it
     * ({@link MoneyOutput#leftOut}: no 得分 printed, and no ratio taken, which would count the spending's shortfall beside
     * the 预算执行率 a second time): the row's points are said not scored, the fix the same. The same finding (points a
     * detail).
     */
    private static void moneyTarget(Submission s, Indicator i, TargetValue t, RuleContext ctx) {
        if (MoneyOutput.leftOut(s, i) && scored(ctx, i)) {
            ctx.report("unscored", i.targetSrc(), Checks.name(i), Checks.quote(t.text()), Checks.num(i.points()));
        } else {
            ctx.report("", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
        }
    }

    /** Whether an indicator block of the score sheet scored {@code i} (none without a framework, or before 自评). */
    static boolean scored(RuleContext ctx, Indicator i) {
        String id = "indicator-" + i.index();
        return ctx.scores().map(sheet -> sheet.criteria().stream().anyMatch(c -> "indicator-points".equals(c.method())
                && c.items().stream().anyMatch(it -> id.equals(it.id())))).orElse(false);
    }

    /**
     * A cost target that is the budget total: the same amount as the funds block's (or budget.json's) full-year or
     * initial budget, written without a comparator or under a name that says it is the budget (总投资, 预算总额 …). A
     * ceiling "≤ 90 万元" on 项目总成本 is a cost control, not a restatement, and is left alone.
     */
    /** Returns the budget totals, read here if {@code budgets} is null and this row needs them. */
    private static List<Money> budgetRestated(Submission s, Indicator i, TargetValue t, boolean budgetName, RuleContext ctx,
            List<Money> budgets) {
        String unit = t.amountUnit(); // "150万" is 150 万元
        if (unit == null && t == i.targetValue()) {
            unit = hintMoney(i); // "6070" under 项目总投入(≥**万元): in the template's hint's 万元 (原州 2022, t100)
        }
        if (t.isRange() || !(Money.YUAN.equals(unit) || Money.WAN.equals(unit))) {
            return budgets;
        }
        boolean ceiling = t.explicitComparator() && !budgetName;
        if (ceiling && t.comparator() != Comparator.LE && t.comparator() != Comparator.LT) {
            return budgets;
        }
        Money target = new Money(t.low(), unit, i.targetSrc());
        List<Money> all = budgets != null ? budgets : MoneyOutput.budgets(s);
        for (Money b : all) {
            if (b.value().signum() > 0 && b.in(Money.YUAN).compareTo(target.in(Money.YUAN)) == 0) {
                if (ceiling) {
                    // "项目总成本 ≤ 1000万元" beside a budget of 1000 万元 (济南 2025, t87; 金寨 2021, t78; 奉节 2023, t63; 宁夏 2023,
                    // t61): a ceiling, so no restatement, but the budget already caps the spending: a note, no cost control shown
                    ctx.report(Severity.INFO, "budget-ceiling", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                            Checks.money(b));
                } else {
                    ctx.report("budget-restated", i.targetSrc(), Checks.name(i), Checks.quote(t.text()), Checks.money(b));
                }
                return all;
            }
        }
        return all;
    }

    /**
     * The money unit (元 or 万元) of the template's hint left at the end of the name ("项目总投入(≥**万元)",
     * IndicatorTargetNoUnit.hintUnit) where the target is a figure with no unit of its own ("6070"): the unit the form
     * asked the figure in (宁夏 固原 原州区 2022, t100: 6070 beside a 年度资金总额 of 6070.00 万元); null otherwise.
     */
    static String hintMoney(Indicator i) {
        TargetValue t = i.targetValue();
        if (!t.isQuantitative() || !t.unit().isEmpty() || t.isPercent() || t.isDate() || t.isRange()) {
            return null;
        }
        String u = IndicatorTargetNoUnit.hintUnit(i.name());
        return Money.YUAN.equals(u) || Money.WAN.equals(u) ? u : null;
    }

    /**
     * A row filed under no category at all (重庆's forms print no 一级 or 二级 column: 潼南区五桂镇 2023's "发放金额 ≥ 9.31 万元"
     * beside 当年预算 9.31) whose target is an amount that is a budget total, at least (≥, =, or no comparator): the money paid
     * out in full, an input, whatever the row was meant to be. A ceiling (≤ the budget) is a cost control and left alone, as is
     * any other amount: with no category there is no telling an output from a cost.
     */
    private static List<Money> unfiledBudget(Submission s, Indicator i, RuleContext ctx, List<Money> budgets) {
        TargetValue t = i.targetValue();
        String unit = t.amountUnit();
        if (t.low() == null || t.comparator() == Comparator.LE || t.comparator() == Comparator.LT
                || !(Money.YUAN.equals(unit) || Money.WAN.equals(unit))) {
            return budgets;
        }
        Money target = new Money(t.low(), unit, i.targetSrc());
        List<Money> all = budgets != null ? budgets : MoneyOutput.budgets(s);
        for (Money b : all) {
            if (b.value().signum() > 0 && b.in(Money.YUAN).compareTo(target.in(Money.YUAN)) == 0) {
                ctx.report("unfiled-budget", i.targetSrc(), Checks.name(i), Checks.target(i), Checks.money(b));
                return all;
            }
        }
        return all;
    }}
