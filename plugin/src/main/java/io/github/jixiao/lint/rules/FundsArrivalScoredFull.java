package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.JsonNode;

/**
 * A funds-arrival criterion (资金到位率) given its full points while the table's own figures show less money arrived than
 * was budgeted: 海南 省商务厅's 服务贸易项目 (t120), 计划投资额 570, 实际到位资金 398.88 万元 (69.98 %), 到位率 3 of 3, an
 * {@code assessed} criterion with no printed standard (audit s54 A9 E3). A heuristic, at info: the rule reads the criterion's
 * name, not its standard.
 */
@RuleInfo(
        id = "funds-arrival-scored-full",
        severity = Severity.INFO,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "资金到位率得满分，但表中到位资金少于预算",
        titleEn = "A funds-arrival criterion at full marks while less money arrived than was budgeted",
        rationaleZh = "资金到位率 = 实际到位资金 / 计划投入资金（财预〔2020〕10号 附件2 共性指标框架“资金到位率”）。表中写明实际到位资金（fundsAvailable）少于全年预算数（计划投资额）的，"
                + "到位率不足 100%，名称写“到位”的评分指标（到位率、资金到位率）却得了满分（海南 省商务厅 服务贸易项目：计划投资额 570、实际到位 398.88 万元，到位 69.98%，“到位率”3 分得 3 分）："
                + "得分与表中的金额不一致，或者评分所依据的计划数不是表中所印的预算数，应在评分理由中说明。"
                + "这是一种推断，作提示：规则只读评分指标的名称（含“到位”、不含“时效”“及时”“时间”：到位时效看的是已到位资金是否及时，不看到位多少），不读它的评分标准；"
                + "有的评分标准以应到位数（如截至评价时点应拨付的数）为分母，或对到位率设有满分档（如 ≥ 90% 得满分），满分可能是对的，由复核判断。"
                + "只在表中同时有实际到位资金和全年预算数、且评分框架按单位所印得分照录（assessed）的指标上提示：按到位金额计分的标准由评分本身核对（score-claim-mismatch）。",
        rationaleEn = "Funds arrival = money actually received / money planned (MOF Caiyu [2020] No. 10, annex 2's common framework, 资金到位率 (funds arrival rate)). "
                + "Where the table states the money that arrived (fundsAvailable) below the full-year budget (the planned investment), arrival is short of 100 %, "
                + "yet a criterion whose name says 到位 (arrived; 到位率 (arrival rate), 资金到位率 (funds arrival rate)) was given its full points (Hainan commerce department's trade-in-services project: "
                + "planned 570, received 398.88 × 10,000 yuan, 69.98 %, 到位率 scored 3 of 3): the score and the table's amounts disagree, or the plan it was scored on is not the budget "
                + "the table prints, which the score's reason should say. A heuristic, at info: the rule reads the criterion's name (holding 到位, not 时效 (timeliness), 及时 (on time) "
                + "or 时间 (time): the timeliness of arrival asks whether what arrived came on time, not how much), not its standard; some standards divide by the money due "
                + "by the evaluation (not the year's budget) or give full marks from a band (e.g. ≥ 90 %), and then full marks may be right; the reviewer decides. "
                + "Only where the table has both the money that arrived and the full-year budget, and the framework takes the criterion's score as printed (assessed): "
                + "a standard scored on the amounts is checked by the scoring itself (score-claim-mismatch).",
        source = "财预〔2020〕10号 附件2 项目支出绩效评价指标体系框架（资金到位率 = 实际到位资金 / 计划投入资金 × 100%）；海南 省商务厅 服务贸易项目绩效自评表（计划投资额 570、实际到位资金 398.88 万元，到位率 3 / 3）",
        sourceEn = "MOF Caiyu [2020] No. 10, annex 2, the project evaluation framework (funds arrival rate = money received / money planned × 100 %); Hainan commerce department's "
                + "trade-in-services project self-evaluation table (planned 570, received 398.88 × 10,000 yuan, arrival rate scored 3 of 3)",
        messages = {
            @RuleInfo.Message(zh = "评分指标“{0}”得了满分 {1}，但表中实际到位资金 {2} 少于全年预算数 {3}（到位 {4}%）。请核对得分：按表中金额，到位率不足 100%；评分依据的计划数不是表中预算数的（如只计截至评价时点应到位的资金），或评分标准对到位率设有满分档的，在评分理由中写明。",
                    en = "Criterion \"{0}\" has its full {1} points, yet the money that arrived, {2}, is below the full-year budget, {3} ({4}% arrived). Check the score: by the table's amounts, arrival is short of 100 %; where the score rests on another plan (only the money due by the evaluation, say) or the standard gives full marks from a band, say so in the score's reason."),
            // the funds total row's printed label where it has one (海南 服务贸易, t120: 计划投资额, not 全年预算数; audit s58 A13
            // row C6, session 58): the same finding, the label a detail
            @RuleInfo.Message(key = "labelled", sameAs = "", details = {5},
                    zh = "评分指标“{0}”得了满分 {1}，但表中实际到位资金 {2} 少于{5} {3}（到位 {4}%）。请核对得分：按表中金额，到位率不足 100%；评分依据的计划数不是表中{5}的（如只计截至评价时点应到位的资金），或评分标准对到位率设有满分档的，在评分理由中写明。",
                    en = "Criterion \"{0}\" has its full {1} points, yet the money that arrived, {2}, is below the \"{5}\" (the full-year budget) the table prints, {3} ({4}% arrived). Check the score: by the table's amounts, arrival is short of 100 %; where the score rests on another plan (only the money due by the evaluation, say) or the standard gives full marks from a band, say so in the score's reason.")
        })
public final class FundsArrivalScoredFull implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        ScoreSheet sheet = ctx.scores().orElse(null);
        JsonDocument d = submission.document("self-assessment").orElse(null);
        JsonNode criteria = d == null ? null : d.root().get("criteria");
        if (sheet == null || criteria == null || !criteria.isArray()) {
            return;
        }
        Money arrived = Figures.of(submission, ctx).money("budget#/fundsAvailable").orElse(null);
        Funds f = submission.funds();
        Money budget = f == null || f.total() == null ? null : f.total().fullYear();
        if (arrived == null || budget == null || budget.value().signum() <= 0 || arrived.value().signum() < 0
                || arrived.yuan().compareTo(budget.yuan()) >= 0) {
            return;
        }
        for (int c = 0; c < criteria.size(); c++) {
            JsonNode cn = criteria.get(c);
            JsonNode id = cn.get("criterion");
            BigDecimal score = Submission.number(cn.get("score"));
            if (id == null || !id.isString() || score == null) {
                continue;
            }
            CriterionScore scored = sheet.criterion(id.asString()).orElse(null);
            if (scored == null || !"assessed".equals(scored.method()) || scored.weight() == null || scored.weight().signum() <= 0
                    || score.compareTo(scored.weight()) < 0) {
                continue;
            }
            String name = cn.path("name").isString() ? cn.path("name").asString() : scored.name();
            if (!arrival(name) && !arrival(scored.name())) {
                continue;
            }
            BigDecimal percent = arrived.yuan().multiply(BigDecimal.valueOf(100)).divide(budget.yuan(), 2, RoundingMode.HALF_UP);
            String label = f.total().label() == null ? "" : f.total().label().strip().replaceAll("[:：]+$", "").strip();
            if (!label.isEmpty() && !label.equals("全年预算数")) {
                ctx.report(ctx.descriptor().severity(), "labelled", submission.src("self-assessment#/criteria/" + c + "/score"), scored.id(), name,
                        Checks.num(score), Checks.money(arrived), Checks.money(budget), percent.toPlainString(), label);
                continue;
            }
            ctx.report(ctx.descriptor().severity(), "", submission.src("self-assessment#/criteria/" + c + "/score"), scored.id(), name, Checks.num(score),
                    Checks.money(arrived), Checks.money(budget), percent.toPlainString());
        }
    }

    /**
     * Whether a criterion's name says it scores how much money arrived: 到位 (到位率, 资金到位率, 资金到位), not its
     * timeliness (到位时效, 到位及时性, 到位时间: whether what came, came on time).
     */
    static boolean arrival(String name) {
        return name != null && name.contains("到位") && !name.contains("时效") && !name.contains("及时") && !name.contains("时间");
    }
}
