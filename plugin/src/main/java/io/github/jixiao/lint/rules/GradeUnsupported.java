package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.IndicatorScoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "grade-unsupported",
        severity = Severity.WARNING,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "自评等级与执行率、指标完成情况不符",
        titleEn = "Self-assessed grade not borne out by execution or results",
        rationaleZh = "自评为最高等级（优）的，预算执行率应达到 90%，指标也应基本完成。执行率低于 90%（金额缺失时按表中所列执行率），"
                + "或未完成指标按完成比例应扣的分（定量指标 分值×(1−实际/目标)，无法按比例计算的扣全部分值）扣除后总分就落到“优”的分数线以下，却仍自评为“优”，自评等级缺乏依据。等级分数线取自评价体系；表中只写自评总分、未写自评等级的，按总分在评价体系中的等级，消息中说明等级由总分得出。"
                + "产出指标的指标值是资金数额、实际支出少于它的（廊坊 2019 的工程资金金额 43.2 → 37.24），少花的钱由预算执行率计分，不算作未完成指标、不再扣一次。不报告：自评等级不是最高等级的；既没有自评总分也没有自评等级的；扣除后仍在“优”线以上的（一两个指标未完成，或差得不多（永德 2022 政策知晓率 98%，目标 100%），不否定“优”）。"
                + "jixiao 按评分框架算得的等级与本规则所疑的等级相同的，评分行（控制台、score-summary.md / .html / .xlsx）将它标为“暂定”并写明原因（四川 普惠金融 的框架不为执行率计分，算得 100 分，为“优（暂定）”，“等级暂定：预算执行率只有 52.79%，低于 90%，难以评为“优”（grade-unsupported）”），score-summary.json 的 gradeProvisional 记下规则、问题指纹与原因（自 session 57 起；此前照样给出“优”，与本规则的意见各说各的）；自 session 58 起汇总（jixiao:aggregate）和 diff.md 也标为暂定。单位在 jixiao-suppressions.json 中抑制本问题并写明理由的，视为已说明，不再标为暂定，各报告写明“等级存疑已在 jixiao-suppressions 中说明”及抑制理由；只列入基线的仍标为暂定（基线不说明理由）。算得的等级不是所疑的等级的，照样给出。",
        rationaleEn = "A top grade (优) expects budget execution of at least 90 % and targets by and large met. A self-assessed 优 (excellent) with execution below 90 % (the "
                + "stated rate where the amounts are missing), or whose total would fall below the threshold of 优 (excellent) once its missed targets lose what the ratio rule takes off "
                + "(points × (1 − actual / target) for a quantitative target, all its points where no ratio can be computed), is not borne out. The grade bands are the framework's; a table stating a total and no grade has the grade its total falls in, and the message says the grade comes from the total."
                + " An output row whose target is an amount of money spent short of it (Langfang 2019's 工程资金金额 (project funds amount) 43.2 → 37.24) is no missed target here: the money not spent is the budget execution rate's (预算执行率) to score, and is not taken off a second time. Not flagged: grades below the top one; no stated total and no stated grade; missed targets whose loss leaves the total within the top band (a missed target or two, or a narrow miss such as Yongde 2022's 98% policy awareness against 100%, does not deny 优 (excellent))."
                + " Where the grade jixiao computes on the framework is the grade this rule doubts, the score line (console, score-summary.md / .html / .xlsx) marks it provisional with the reason (the Sichuan inclusive-finance project's framework scores nothing for execution: 100 points, 优 (excellent) (provisional), \"grade provisional: budget execution is only 52.79%, below 90%, which hardly bears out 优 (excellent) (grade-unsupported)\"), and score-summary.json's gradeProvisional gives the rule, the finding's fingerprint and the reason (since session 57; before, the line gave 优 (excellent) unmarked beside this finding's doubt); since session 58 the aggregate (jixiao:aggregate) and diff.md mark it provisional too. Where the department suppresses this finding in jixiao-suppressions.json with its written reason, the doubt counts as explained: the grade is no longer provisional, and every report says the doubt was explained in jixiao-suppressions and gives the reason; a baselined doubt keeps the mark (a baseline gives no reason). A computed grade that is not the one doubted is given as it is.",
        source = "财预〔2020〕10号（预算执行率 90%、等级划分）；重庆 2021 实例（执行率 76%，自评 97.6 分）",
        sourceEn = "MOF Caiyu [2020] No. 10 (budget execution 90%, grade bands); Chongqing 2021 example (execution 76%, self-assessed 97.6 points)",
        messages = {
            @RuleInfo.Message(zh = "自评等级为“{0}”（自评总分 {1}），但预算执行率只有 {2}，低于 90%。执行率未达标的项目（部门）难以评为“{0}”：请核对自评得分与等级，或说明理由。",
                    en = "The self-assessed grade is {0} (self-assessed total {1}), but budget execution is only {2}, below 90%. Check the self-assessed score and grade, or give the reason."),
            @RuleInfo.Message(key = "missed", zh = "自评等级为“{0}”（自评总分 {1}），但 {2} 个指标未完成（{3}，分值合计 {4}），按完成比例扣去 {6} 分后总分低于“{0}”的分数线 {5}。请核对自评得分与等级。",
                    en = "The self-assessed grade is {0} (self-assessed total {1}), but {2} indicators missed their targets ({3}, {4} points in all); less the {6} points they lose by the ratio rule, the total falls below the {0} threshold of {5}. Check the self-assessed score and grade.", lists = {3}),
            // a table printing a total and no grade (t10 普陀 2022, t83 四川 普惠金融): the grade is the framework's for that
            // total, not one the department wrote; said so (the same finding as the variant above it)
            @RuleInfo.Message(key = "total", sameAs = "", zh = "自评总分 {1} 按评分框架属“{0}”（表中未写自评等级），但预算执行率只有 {2}，低于 90%。执行率未达标的项目（部门）难以评为“{0}”：请核对自评得分，或说明理由。",
                    en = "The self-assessed total {1} is {0} on the framework's grade bands (the table states no grade), but budget execution is only {2}, below 90%. Check the self-assessed score, or give the reason."),
            @RuleInfo.Message(key = "missed-total", sameAs = "missed", zh = "自评总分 {1} 按评分框架属“{0}”（表中未写自评等级），但 {2} 个指标未完成（{3}，分值合计 {4}），按完成比例扣去 {6} 分后总分低于“{0}”的分数线 {5}。请核对自评得分。",
                    en = "The self-assessed total {1} is {0} on the framework's grade bands (the table states no grade), but {2} indicators missed their targets ({3}, {4} points in all); less the {6} points they lose by the ratio rule, the total falls below the {0} threshold of {5}. Check the self-assessed score.", lists = {3})
        })
public final class GradeUnsupported implements Rule {

    static final BigDecimal EXECUTION_THRESHOLD = BigDecimal.valueOf(90);

    @Override
    public void check(Submission s, RuleContext ctx) {
        Optional<Framework> fw = ctx.framework();
        if (fw.isEmpty() || fw.get().grades().isEmpty()) {
            return;
        }
        Framework f = fw.get();
        Framework.Grade top = f.grades().stream().max(Comparator.comparing(Framework.Grade::min)).orElseThrow();
        Optional<Figure> total = Figures.of(s, ctx).figure("self-assessment#/stated/total").filter(x -> !x.isMoney());
        String grade = s.text("self-assessment", "/stated/grade");
        Src where;
        String how;
        // "" and "missed" where the department wrote its grade; "total" and "missed-total" where the grade is the total's
        String implied = "";
        if (!Checks.blank(grade)) {
            where = s.src("self-assessment#/stated/grade");
            how = total.map(t -> Checks.num(t.value())).orElse("—");
        } else if (total.isPresent()) {
            grade = f.grade(total.get().value());
            implied = "total";
            where = total.get().src();
            how = Checks.num(total.get().value());
        } else {
            return;
        }
        if (!top.grade().equals(Framework.gradeName(grade))) {
            return;
        }
        Optional<Checks.ExecutionRate> rate = Checks.executionRate(Figures.of(s, ctx));
        if (rate.isPresent() && rate.get().percent().compareTo(EXECUTION_THRESHOLD) < 0) {
            ctx.report(implied, where, top.grade(), how, Checks.pct(rate.get().percent()));
            return;
        }
        if (total.isEmpty()) {
            return;
        }
        List<Indicator> missed = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal lost = BigDecimal.ZERO;
        IndicatorFacts facts = IndicatorFacts.of(s, ctx);
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & (IndicatorFacts.APPLICABLE | IndicatorFacts.POINTS)) == (IndicatorFacts.APPLICABLE | IndicatorFacts.POINTS)
                    && (b & (IndicatorFacts.MISSED | IndicatorFacts.ACHIEVEMENT_SHORT)) != 0) {
                Indicator i = facts.row(k);
                if ((b & IndicatorFacts.MISSED) != 0 && io.github.jixiao.score.MoneyOutput.spending(s, i)) {
                    // an 产出 row whose target is money spent short (廊坊 2019's 工程资金金额 43.2 → 37.24, t11): no output
                    // missed but money not spent, which the 预算执行率 scores (its rate is this rule's first test); the scorer
                    // takes the row's printed score (MoneyOutput), so a ratio taken off here counts the shortfall twice
                    // (session 52)
                    continue;
                }
                missed.add(i);
                // what the ratio rule takes off a quantitative miss (98% of 100% loses 2% of the points, not all)
                BigDecimal kept = (b & IndicatorFacts.MISSED) != 0 ? IndicatorScoring.missedShare(i) : null;
                points = points.add(i.points());
                lost = lost.add(kept == null ? i.points() : i.points().multiply(BigDecimal.ONE.subtract(kept)));
            }
        }
        if (!missed.isEmpty() && !top.contains(total.get().value().subtract(lost))) {
            ctx.report(implied.isEmpty() ? "missed" : "missed-" + implied, where, top.grade(), how, missed.size(), Checks.names(missed), Checks.num(points), Checks.num(top.min()),
                    Checks.num(lost.setScale(2, RoundingMode.HALF_UP)));
        }
    }
}
