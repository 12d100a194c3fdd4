package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.IndicatorScoring;
import io.github.jixiao.score.Method;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.target.Grade;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "score-ignores-missed-target",
        severity = Severity.ERROR,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "指标未完成却得满分",
        titleEn = "Full marks despite a missed target",
        rationaleZh = "未完成的指标应按完成比例计分；按绩效指标完成情况评分的评分项（如效果性），“未实现绩效目标的酌情扣分”。"
                + "指标未完成而得分不减，自评结果就高估了绩效。实际完成值超过写明的“≤”“<”上限的（濉溪 2019：≤5300元/户，实际 5830元/户），是突破了上限（标准），消息照此说明，分数仍按评分标准（指标值 / 实际值）计（indicator-over-cap，与 indicator 是同一条发现）。定性指标的实际完成值低于指标值一档的（指标值的词前加“基本”“较”“比较”“部分”，"
                + "如 及时 → 较及时、达标 → 基本达标；或评分框架列为部分达成的词，如 是 → 基本达到、部分完成），部分达成，而得满分的，同样报告（警告）："
                + "定性指标按达成、部分达成、未达成分档计分，部分达成得分值的 50%–80%；实际完成值否定了指标值（词前加“未”“不”，如 达标 → 未达标；"
                + "或否定评分框架列为达成的词，如 未完成）的是未达成，得分值的 0%–50%，得满分的按错误报告。实际完成值用文字写明没有做到的（与 indicator-target-missed stated 读法相同），只说一部分的（“1-2期未能及时培训”“2所未达到验收标准”“部分项目未完成”）是部分达成，说整体的（“培训未能开展”“补贴未按时发放”）是未达成；否认的（“不存在未达标情况”“无未到位资金”）和没有发生的（“未发生安全事故”）不算。指标值本身就是较低一档的（基本达到、较及时），"
                + "实际完成值同档或更高（基本达到、及时）的是达成，不报告。"
                + "一项缺陷只报告一次：指标未完成或低一档而自评恰为满分的，自评得分与计算得分之差正是这项缺陷，"
                + "由本规则报告并给出计算值（按完成比例的得分及算式，或评分框架中该档的分数范围与计分），评分不再另报 score-claim-mismatch；"
                + "自评超过分值的，差额不全由未完成解释，score-claim-mismatch 照报。表中得分写到一位小数的（写到一位小数的得分多于写到两位小数的），"
                + "按完成比例的得分四舍五入到一位小数后即为满分的（2 分的指标完成 98%，1.96 写作 2.0），与 score-claim-mismatch 同样不算少扣分，不报告。指标值是资金数额的产出指标（廊坊 2019：“工程资金金额 43.2”即预算 43.2 万元，实际 37.24），资金的使用由预算执行率计分，评分按所印得分暂计、不按完成比例计，少花的钱在这里再扣一次就计了两次：满分也不报告（indicator-input-as-output 指出这一行是投入而不是产出）。指标值是百分比、名称却没有写出计量的是什么的一行（“促进学校教育事业健康发展 ≥ 100%”，indicator-target-unmeasurable 报告），指标值无法计量，评分按所印得分照录，不按完成比例计：满分也不报告。在本规则报告满分的行上，indicator-target-missed 不再另报未完成，"
                + "它要说的由本规则带上：指标值没有比较符的，按其读法（indicator-bare；只写“100%”、按“≥ 100%”理解的，只建议写“= 100%”：indicator-bare-full），偏差原因空白的，要求写明原因（indicator-unexplained）；实际完成值带比较符、说的是一个范围的（“>70%”对“>80%”，九亭镇 2020），"
                + "要求去掉比较符写明数值（indicator-range-actual），actual-equals-target-pattern 不再另报：一项缺陷，一条错误，指纹不变。关闭本规则时，这些差额由评分照常作为 score-claim-mismatch 报告。",
        rationaleEn = "A missed target earns points in proportion to what was achieved; a criterion judged against the indicators (such as effectiveness) "
                + "loses points when targets are missed. Full marks despite a missed target overstate performance. An actual above a written \"≤\" or \"<\" ceiling (Suixi 2019: ≤ 5300 yuan per household, 5830 paid) is a ceiling (a standard) broken, and the message says so, the score still by the scoring standard (target / actual) (indicator-over-cap, the same finding as indicator). A qualitative actual a grade below "
                + "its target (the target's word after \"basically\", \"fairly\" or \"partly\": timely → fairly timely, up to standard → basically up "
                + "to standard; or a word the framework lists for partly achieved: yes → basically reached, partly completed) is partly achieved, and at "
                + "full points is reported too (a warning): qualitative targets are graded achieved, partly achieved, not achieved, and partly achieved "
                + "earns 50-80% of the points; an actual that denies the target's word (\"not\" before it: up to standard → not up to standard), or a word "
                + "the framework lists for achieved (not completed), is not achieved, earns 0-50%, and at full points is an error. An actual saying in words that the target was not met (read as indicator-target-missed stated reads it) is partly achieved where it says so of a part of the work (1-2期未能及时培训 (periods 1-2 could not be trained in time), 2所未达到验收标准 (2 schools fell short of acceptance), 部分项目未完成 (some projects not done)) and not achieved where it says so of the whole (培训未能开展 (the training could not be held), 补贴未按时发放 (the subsidy not paid on time)); a denial (不存在未达标情况 (no case of falling short exists), 无未到位资金 (no funds not in place)) or what did not happen (未发生安全事故 (no safety accident happened)) is neither. A target that is itself a "
                + "lower grade (basically reached, fairly timely) is achieved by an actual of that grade or better, and not reported. "
                + "One defect, one finding: where a row that missed its target, or fell a grade short, states exactly its points, the gap between the "
                + "stated and the computed score is this defect; this rule reports it with the computed figures (the proportional score and its formula, "
                + "or the framework's range for that grade and what counts), and scoring reports no score-claim-mismatch for it. A stated score above "
                + "the points is wrong by more than the miss, and score-claim-mismatch still reports it. Where the table writes its scores to one decimal "
                + "(more of its scores have exactly one decimal than two), a miss whose proportional score rounds to the full points at that decimal (98% of a 2-point row, "
                + "1.96, written 2.0) loses nothing at the table's precision and is not reported, as score-claim-mismatch reads it. An output row whose target is an amount of money (Langfang 2019: 工程资金金额 (project funds amount) 43.2, the budget of 43.2 × 10,000 yuan, with 37.24 spent) is not reported at full points either: the spending is the budget execution rate's to score, the scorer takes the row's printed score as stated rather than by its ratio, and a deduction here would count the same shortfall twice (indicator-input-as-output says the row is an input, not an output). Nor is a row whose percentage target's name says nothing measured (促进学校教育事业健康发展 (further the healthy growth of school education) ≥ 100%, said by indicator-target-unmeasurable): the target cannot be measured, so the scorer takes the printed score as printed, not by a ratio. On the rows this rule reports at full points, "
                + "indicator-target-missed says nothing more: this finding carries what it would say, the reading of a target without a comparator "
                + "(indicator-bare; a bare \"100%\" read as \"≥ 100%\" is offered \"= 100%\" alone: indicator-bare-full) and the reason the explanation lacks (indicator-unexplained); an actual that carries a comparator and so states a "
                + "range (>70% for >80%, Jiuting 2020) is asked for its figure here (indicator-range-actual), not by actual-equals-target-pattern as "
                + "well: one defect, one error, the same fingerprint. "
                + "With this rule turned off, scoring reports those gaps as score-claim-mismatch, as it does any other.",
        source = "SC-1、SC-2、SC-3：财预〔2020〕10号 单位自评评分规则（定性指标分达成、部分达成、未达成三档）；参考报告附件2 效果性评分标准（“未实现绩效目标的酌情扣分”）；重庆 2021 实例；九亭镇 2020 实例（及时 → 较及时、达标 → 基本达标，满分）；原州区 2022 实例（是 → 基本达到）；吕梁 2021 实例（1-2期未能及时培训）",
        sourceEn = "SC-1, SC-2, SC-3: MOF Caiyu [2020] No. 10, self-evaluation scoring rules (qualitative targets in three grades); the reference report, Annex 2, scoring standard of effectiveness (\"targets not achieved lose points as judged\"); Chongqing 2021 example; Jiuting 2020 example (timely → fairly timely, up to standard → basically up to standard, at full points); Yuanzhou 2022 example (yes → basically reached); Lüliang 2021 example (periods 1-2 could not be trained in time)",
        messages = {
            @RuleInfo.Message(key = "indicator", zh = "指标“{0}”未完成（指标值 {1}，实际完成值 {2}），却得满分 {3} 分；按完成比例应得 {4} 分（{5}）。请按完成比例计分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" missed its target (target {1}, actual {2}) yet scores the full {3} points; in proportion to what was achieved it earns {4} ({5}). Score it so, or explain why no points are lost."),
            @RuleInfo.Message(key = "indicator-bare", sameAs = "indicator", details = {6, 7, 8}, zh = "指标“{0}”未完成（指标值 {1} 没有写比较符，按{7}理解为“{6}”；实际完成值 {2}），却得满分 {3} 分；按完成比例应得 {4} 分（{5}）。请在指标值中写明 ≥、≤ 或 =；确属未完成的，写明偏差原因，并按完成比例计分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" missed its target (target {1}, which has no comparator and is read as \"{6}\" ({8}); actual {2}) yet scores the full {3} points; in proportion to what was achieved it earns {4} ({5}). Write ≥, ≤ or = in the target; if the target was missed, give the reason and score it so, or explain why no points are lost."),
            @RuleInfo.Message(key = "indicator-bare-full", sameAs = "indicator", details = {6, 7, 8}, zh = "指标“{0}”未完成（指标值 {1} 没有写比较符，按{7}理解为“{6}”，即“= 100%”，不会超过 100%；实际完成值 {2}），却得满分 {3} 分；按完成比例应得 {4} 分（{5}）。请在指标值中写明“= 100%”；确属未完成的，写明偏差原因，并按完成比例计分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" missed its target (target {1}, which has no comparator and is read as \"{6}\" ({8}), that is \"= 100%\", which it cannot exceed; actual {2}) yet scores the full {3} points; in proportion to what was achieved it earns {4} ({5}). Write \"= 100%\" in the target; if the target was missed, give the reason and score it so, or explain why no points are lost."),
            @RuleInfo.Message(key = "indicator-unexplained", sameAs = "indicator", zh = "指标“{0}”未完成（指标值 {1}，实际完成值 {2}），却得满分 {3} 分；按完成比例应得 {4} 分（{5}），{@偏差原因分析及改进措施|explanation}也没有写明原因。请写明偏差原因和改进措施，并按完成比例计分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" missed its target (target {1}, actual {2}) yet scores the full {3} points; in proportion to what was achieved it earns {4} ({5}), and {@偏差原因分析及改进措施|explanation} gives no reason. Give the reason for the gap and the remedy, and score it so, or explain why no points are lost."),
            @RuleInfo.Message(key = "indicator-range-actual", sameAs = "indicator", zh = "指标“{0}”未完成（指标值 {1}，实际完成值 {2}），却得满分 {3} 分；按完成比例应得 {4} 分（{5}）。实际完成值带有比较符，说的是一个范围，不是实际达到的数值：请去掉比较符，写明实际达到的数值，并按完成比例计分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" missed its target (target {1}, actual {2}) yet scores the full {3} points; in proportion to what was achieved it earns {4} ({5}). The actual carries a comparator: it states a range, not the value reached. Drop the comparator, give the value actually reached, and score it so, or explain why no points are lost."),
            @RuleInfo.Message(key = "indicator-standard", zh = "指标“{0}”未完成（指标值 {1}，实际完成值 {2}），却得满分 {3} 分；按本行评分标准“{6}”应得 {4} 分（{5}）。请按本行评分标准计分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" missed its target (target {1}, actual {2}) yet scores the full {3} points; by the row's own 评分标准 (scoring standard), \"{6}\", it earns {4} ({5}). Score it so, or explain why no points are lost."),
            @RuleInfo.Message(key = "indicator-over-cap", sameAs = "indicator", details = {6}, zh = "指标“{0}”突破了上限（指标值 {1}，实际完成值 {2}，超出 {6}），却得满分 {3} 分；按评分标准（“≤”类指标按 指标值 / 实际值 计分）应得 {4} 分（{5}）。超出上限是突破标准，不是完成了一部分：请扣分，并说明超出的原因。",
                    en = "Indicator \"{0}\" went over its ceiling (target {1}, actual {2}, {6} over) yet scores the full {3} points; the scoring standard (target / actual for a ceiling) gives {4} ({5}). Going over a ceiling breaks the standard, it is not part of the work done: deduct, and give the reason it was exceeded."),
            @RuleInfo.Message(key = "lower-grade", zh = "指标“{0}”的实际完成值“{2}”表明指标值“{1}”只是部分达成，却得满分 {3} 分。定性指标部分达成的，按分值的 50%–80% 计分；请扣分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" has the actual \"{2}\": its target \"{1}\" was only partly achieved, yet it scores the full {3} points. A qualitative target partly achieved earns 50–80% of its points; deduct, or explain why no points are lost."),
            @RuleInfo.Message(key = "lower-grade-band", zh = "指标“{0}”的实际完成值“{2}”表明指标值“{1}”只是部分达成，却得满分 {3} 分。评分框架中部分达成计 {4}–{5} 分，此项按 {6} 分计；请扣分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" has the actual \"{2}\": its target \"{1}\" was only partly achieved, yet it scores the full {3} points. The framework scores partly achieved at {4}–{5} points, so it counts as {6}; deduct, or explain why no points are lost."),
            @RuleInfo.Message(key = "not-achieved", zh = "指标“{0}”的实际完成值“{2}”表明未达成指标值“{1}”，却得满分 {3} 分。定性指标未达成的，按分值的 0%–50% 计分；请扣分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" has the actual \"{2}\": its target \"{1}\" was not achieved, yet it scores the full {3} points. A qualitative target not achieved earns 0–50% of its points; deduct, or explain why no points are lost."),
            @RuleInfo.Message(key = "not-achieved-band", zh = "指标“{0}”的实际完成值“{2}”表明未达成指标值“{1}”，却得满分 {3} 分。评分框架中未达成计 {4}–{5} 分，此项按 {6} 分计；请扣分，或说明不扣分的理由。",
                    en = "Indicator \"{0}\" has the actual \"{2}\": its target \"{1}\" was not achieved, yet it scores the full {3} points. The framework scores not achieved at {4}–{5} points, so it counts as {6}; deduct, or explain why no points are lost."),
            @RuleInfo.Message(key = "criterion", zh = "评分项“{0}”按绩效指标完成情况评分，自评得满分 {1}/{2}，但有 {4} 项指标未完成或未完全达成：{3}。请按未完成情况酌情扣分，或在评分理由中说明不扣分的依据。",
                    en = "Criterion \"{0}\" is judged against the indicators and claims the full {1}/{2}, yet {4} indicator(s) fell short of their targets: {3}. Deduct points for them, or justify in the reason why none are lost.", lists = {3})
        })
public final class ScoreIgnoresMissedTarget implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        ScoreSheet sheet = ctx.scores().orElse(null);
        Words words = null; // the framework's words, looked up at the first qualitative row
        java.util.Map<String, String> scoredIn = null; // an indicator row's item id → the criterion that scored it
        List<Indicator> missed = new java.util.ArrayList<>();
        int decimals = -1; // the table's score decimals, counted at the first missed row
        List<Indicator> shortOf = new java.util.ArrayList<>(); // qualitative rows a grade short of their target
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.MISSED)) {
                Indicator i = facts.row(k);
                if (io.github.jixiao.score.MoneyOutput.spending(submission, i)) {
                    // an 产出 row whose target is money (廊坊 2019's 工程资金金额 43.2 → 37.24, t11): the scorer takes its printed
                    // score as stated, unchecked (MoneyOutput), as the money's shortfall is the 预算执行率's to score;
                    // "按完成比例应得 8.62" would ask for it a second time. indicator-input-as-output is the finding (session 51)
                    continue;
                }
                missed.add(i);
                // (a) an indicator that carries points keeps all of them; the figures SC-1 gives are this finding's, as the
                // scorer leaves the row's claim to it (IndicatorScoring.missCarries): one defect, one finding
                if (decimals < 0) {
                    decimals = IndicatorScoring.tableDecimals(submission.indicators());
                }
                // (not a percentage of no measured thing: the scorer takes its printed score as printed, as it cannot be
                // measured, UnmeasurableTarget; "按完成比例应得" would score what indicator-target-unmeasurable says
                // nobody can judge, session 52)
                if (Checks.fullPointsOnAMiss(i, decimals) && !io.github.jixiao.score.UnmeasurableTarget.takenAsPrinted(i)) {
                    IndicatorScoring.Missed m = IndicatorScoring.missed(i);
                    if (scoredIn == null) {
                        scoredIn = scoredIn(sheet);
                    }
                    // scored by the row's own 评分标准 ("少检查一个扣1分"): said so, not "in proportion", which gives another figure
                    boolean own = m != null && m.standard() != null;
                    String[] args = {Checks.name(i), Checks.quote(i.effectiveTarget()), Checks.quote(i.actual()), Checks.num(i.points()),
                        m == null ? "" : m.score().toPlainString(), m == null ? "" : m.formula()};
                    // over a "≤" ceiling (濉溪 2019, t54: 5830元/户 against <=5300元/户): a standard broken, said so, not "in proportion
                    // to what was achieved" (the figures are the scorer's, target / actual)
                    String[] over = own || m == null ? null : IndicatorTargetMissed.overCap(i.targetValue(), facts.actualInTarget(k));
                    if (own || over != null) {
                        args = java.util.Arrays.copyOf(args, args.length + 1);
                        args[args.length - 1] = own ? m.standard() : over[0];
                    }
                    ctx.report(ctx.descriptor().severity(), own ? "indicator-standard" : over != null ? "indicator-over-cap" : "indicator",
                            scoreSrc(submission, i), scoredIn.get("indicator-" + i.index()), (Object[]) args);
                }
            } else if (facts.all(k, IndicatorFacts.APPLICABLE)) {
                Indicator i = facts.row(k);
                // 及时 → 较及时, 达标 → 基本达标 (九亭镇 2020), 是 → 基本达到 (原州区 2022, the framework's words): a lower grade
                // of a qualitative target; 达标 → 未达标, 未完成 deny it. Read as the scorer reads a row without 完成档次.
                if (i.actual() == null || !i.targetValue().isQualitative() || Checks.achievementShort(i)) {
                    continue;
                }
                if (words == null) {
                    words = new Words(ctx.framework().orElse(null));
                }
                Method.IndicatorPoints m = words.of(i.level1());
                Grade g = Grade.read(i.effectiveTarget(), i.actual(), m.implied(), m.impliedPartial());
                if (g != Grade.PARTLY && g != Grade.NOT) {
                    continue;
                }
                shortOf.add(i);
                if (!Checks.fullPoints(i)) {
                    continue;
                }
                // partly achieved is a warning; not achieved, like a missed target, the rule's error
                Severity severity = g == Grade.PARTLY ? Severity.WARNING : ctx.descriptor().severity();
                String key = g == Grade.PARTLY ? "lower-grade" : "not-achieved";
                Src at = scoreSrc(submission, i);
                String name = Checks.name(i);
                String target = Checks.quote(i.effectiveTarget());
                String actual = Checks.quote(i.actual());
                String points = Checks.num(i.points());
                if (scoredIn == null) {
                    scoredIn = scoredIn(sheet);
                }
                String criterion = scoredIn.get("indicator-" + i.index());
                // the scorer graded the row from its actual (no 完成档次) with these words and left its claim here
                // (IndicatorScoring.missCarries): the finding gives the band's figures
                BigDecimal[] band = criterion != null && i.achievement() == null && words.scores(m)
                        ? m.bands().get(g == Grade.PARTLY ? "部分达成" : "未达成") : null;
                if (band == null) {
                    ctx.report(severity, key, at, criterion, name, target, actual, points);
                    continue;
                }
                BigDecimal lo = i.points().multiply(band[0]).divide(HUNDRED, java.math.MathContext.DECIMAL128);
                BigDecimal hi = i.points().multiply(band[1]).divide(HUNDRED, java.math.MathContext.DECIMAL128);
                BigDecimal counted = i.score().max(lo).min(hi).setScale(2, java.math.RoundingMode.HALF_UP);
                ctx.report(severity, key + "-band", at, criterion, name, target, actual, points, Checks.num(lo), Checks.num(hi),
                        counted.toPlainString());
            }
        }
        if (missed.isEmpty() && shortOf.isEmpty()) {
            return;
        }
        missed.addAll(shortOf);
        // (b) a criterion judged against the indicators keeps its full weight
        if (sheet == null) {
            return;
        }
        for (CriterionScore c : sheet.criteria()) {
            // an indicator-points criterion scores each indicator itself; part (a) checks those claims
            if (!c.restsOnIndicators() || "indicator-points".equals(c.method()) || c.id() == null || c.weight() == null
                    || c.weight().signum() <= 0) {
                continue;
            }
            BigDecimal given = c.claimed() != null ? c.claimed() : c.score();
            if (given == null || given.compareTo(c.weight()) < 0) {
                continue;
            }
            ctx.report(Severity.WARNING, "criterion", claimSrc(submission, c), c.id(),
                    c.name() == null ? c.id() : c.name(), Checks.num(given), Checks.num(c.weight()),
                    Checks.names(missed), missed.size());
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static Src scoreSrc(Submission submission, Indicator i) {
        return submission.src("indicators#" + i.pointer() + "/score");
    }

    /** The criterion that scored each indicator row ({@code indicator-<index>} → criterion id); empty without a sheet. */
    private static java.util.Map<String, String> scoredIn(ScoreSheet sheet) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (sheet != null) {
            for (CriterionScore c : sheet.criteria()) {
                if ("indicator-points".equals(c.method())) {
                    c.items().forEach(it -> out.putIfAbsent(it.id(), c.id()));
                }
            }
        }
        return out;
    }

    /**
     * The framework's words for a qualitative row's grade, as the scorer reads them: those of the first indicator block
     * that counts the row's category (the block that scores it), else those of every block (a row the framework cannot
     * place is still read with its words); none without a framework (the target's own word and its grades only).
     */
    private static final class Words {
        private static final Method.IndicatorPoints NONE = new Method.IndicatorPoints(List.of(), java.util.Map.of(), List.of());
        private final List<Method.IndicatorPoints> blocks = new java.util.ArrayList<>();
        private final java.util.Map<String, Method.IndicatorPoints> byLabel = new java.util.HashMap<>();
        private Method.IndicatorPoints all;

        Words(Framework framework) {
            if (framework != null) {
                for (Framework.Leaf leaf : framework.leaves()) {
                    if (leaf.method() instanceof Method.IndicatorPoints m) {
                        blocks.add(m);
                    }
                }
            }
        }

        /** Whether {@code m} is a block of the framework (it scores the row), not the union of their words. */
        boolean scores(Method.IndicatorPoints m) {
            return m != all && m != NONE;
        }

        Method.IndicatorPoints of(String level1) {
            if (blocks.isEmpty()) {
                return NONE;
            }
            String key = level1 == null ? "" : level1;
            Method.IndicatorPoints m = byLabel.get(key);
            if (m == null) {
                m = blocks.stream().filter(b -> b.counts(level1)).findFirst().orElseGet(this::all);
                byLabel.put(key, m);
            }
            return m;
        }

        private Method.IndicatorPoints all() {
            if (all == null) {
                java.util.Set<String> implied = new java.util.LinkedHashSet<>();
                java.util.Set<String> partial = new java.util.LinkedHashSet<>();
                blocks.forEach(b -> {
                    implied.addAll(b.implied());
                    partial.addAll(b.impliedPartial());
                });
                all = new Method.IndicatorPoints(List.of(), java.util.Map.of(), List.copyOf(implied), List.copyOf(partial));
            }
            return all;
        }
    }

    /** The criterion's score in self-assessment.json, else where the sheet says the claim is. */
    private static Src claimSrc(Submission s, CriterionScore c) {
        JsonNode arr = s.node("self-assessment", "/criteria");
        if (arr != null && arr.isArray()) {
            for (int k = 0; k < arr.size(); k++) {
                JsonNode n = arr.get(k);
                if (n.path("criterion").isString() && c.id().equals(n.path("criterion").asString())) {
                    return s.src("self-assessment#/criteria/" + k + "/score");
                }
            }
        }
        return c.claimSrc() != null ? c.claimSrc() : Src.NONE;
    }
}
