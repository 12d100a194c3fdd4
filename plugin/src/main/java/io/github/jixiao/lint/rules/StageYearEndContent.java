package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "stage-year-end-content",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.TARGETS, Stage.MONITORING},
        titleZh = "自评之前的阶段填写了年终自评的内容",
        titleEn = "Year-end content at an earlier stage",
        rationaleZh = "目标申报和运行监控阶段不计分，得分、完成档次、资金的得分与全年执行数（含 budget.json 的全年实际支出 actualExpenditure、年末结转和结余 carryover、日常公用经费决算数 dailyPublic.actual）、self-assessment.json 都不核对。申报已填了这些年终自评的内容、阶段却仍是目标申报或运行监控的，"
                + "多半是到了年终忘了改阶段：这时构建照样通过，每一个得分都未经核对。也可能是有意改回早先的阶段以避开计分的检查，复核时应当看到。"
                + "指出一次，在 department.json 的阶段（stage）处，列出这些内容所在的字段。运行监控的实际完成值（截至目前的完成值）、资金的截至目前执行数（executedToDate）和指标分值（目标表上常印分值）不算。"
                + "“三公”经费和政府采购的实际支出（threePublic.actual、procurement.actual）在目标申报时也算（年度尚未开始，还没有支出）；"
                + "运行监控时不算：那是截至目前的支出，与资金的 1-6月执行数一样由单位按月报告（截至月份见 funds.toDateMonth），这一阶段对它们的核对（分项之和、所写的控制率和执行率）对截至目前的数同样成立。",
        rationaleEn = "Nothing is scored at target setting and monitoring: scores, achievements, the funds' score and full-year execution (budget.json's actualExpenditure, year-end carryover and the daily public costs' final account dailyPublic.actual too) and "
                + "self-assessment.json go unchecked. A submission that holds such year-end content while its stage is still target setting or "
                + "monitoring has most likely reached the year end without its stage being changed: the build passes all the same, and not one "
                + "score is checked. It may also have been set back on purpose to keep the scoring checks out, which a reviewer should see. Said once, "
                + "at department.json's stage, naming the fields that hold such content. A monitoring actual (the value to date), the funds' execution to date (executedToDate) and an indicator's "
                + "points (target tables often print them) do not count. The \"three public\" expenses' and the procurement's actual spending "
                + "(threePublic.actual, procurement.actual) count at target setting (the year has not begun: nothing is spent yet), "
                + "not at monitoring: there it is the spending to date, reported as the funds' execution to date is (the month in funds.toDateMonth), "
                + "and the checks made at that stage (the parts' sum, a stated control or execution rate) hold for figures to date alike.",
        source = "财预〔2020〕10号 第十四条（单位自评在年度终了后开展）；湖北 项目支出绩效监控表（1-6月执行数、全年预计执行数，不计分）",
        sourceEn = "MOF Caiyu [2020] No. 10, art. 14 (the unit's self-evaluation is made after the year end); Hubei project spending performance monitoring table (execution to June, full-year forecast, not scored)",
        messages = {
            @RuleInfo.Message(values = 0, zh = "申报的阶段是“{0}”，却已填写了年终自评的内容（{1}）：这一阶段不计分，这些内容都不会被核对。如已到年终，请把 department.json 的阶段（stage）改为“自评”；否则请删去这些内容。",
                    en = "The submission's stage is {0}, yet it holds year-end content ({1}): nothing is scored at this stage, so none of it is checked. If the year has ended, change the stage in department.json to \"自评\" (self-evaluation); otherwise delete that content.")
        })
public final class StageYearEndContent implements Rule {

    @Override
    public void check(Submission s, RuleContext ctx) {
        HeldFields held = new HeldFields(s)
                // a 0 is what a template's formula cell shows before the year end (review R2), not a score or an execution
                .indicators("score", i -> i.score() != null && i.score().signum() != 0)
                .indicators("achievement", i -> !Checks.blank(i.achievement()))
                .funds("score", r -> r.score() != null && r.score().signum() != 0)
                .funds("executed", r -> r.executed() != null && r.executed().value() != null && r.executed().value().signum() != 0)
                // the year's 实际支出 (执行数): at monitoring the amount to date is funds' executedToDate
                .budgetAmount("actualExpenditure")
                // the year-end balance (年末结转和结余) and the 日常公用经费's 决算数: figures of the closed year, none to date
                // (session 42; before, only actualExpenditure)
                .budgetAmount("carryover")
                .budgetAmount("dailyPublic/actual");
        if (s.stage() == Stage.TARGETS) {
            // the “三公”经费's and the procurement's 实际支出: at 运行监控 what is spent to date, which a unit reports as it
            // reports the funds' 1-6月执行数 (the checks that run then, sum-mismatch and rate-mismatch, hold to date
            // alike; nothing is scored); before the year has begun (目标申报) there is nothing spent yet (session 43)
            held.budgetAmount("threePublic/actual").budgetAmount("procurement/actual");
        }
        held.file("self-assessment");
        if (!held.isEmpty()) {
            String stage = s.text("department", "/stage");
            ctx.report(s.src("department#/stage"), Checks.blank(stage) ? s.stage().label() : stage.strip(), held.names());
        }
    }
}
