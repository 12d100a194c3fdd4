package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;

@RuleInfo(
        id = "zero-execution",
        severity = Severity.ERROR,
        category = Category.PLAUSIBILITY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "有预算的任务全年未执行",
        titleEn = "Budgeted task with no execution",
        rationaleZh = "任务有预算而全年执行数为 0：资金没有使用，其产出目标却照旧，绩效指标已与资金脱节。须说明未执行的原因；资金已调出的，应按调整后的预算修订绩效指标。",
        rationaleEn = "A task with a budget but nothing spent all year: the money was not used while its output targets stand, so targets and money have parted. "
                + "The reason must be given; where the money was moved away, the targets must be revised for the adjusted budget.",
        source = "ADJ-6：参考报告（福田区科技和工业信息化局 2024）附件1 产业发展专项资金·科技创新分项；财预〔2015〕88号 第二十七条",
        sourceEn = "ADJ-6: the reference report (Futian District Bureau of Science, Technology, Industry and Information Technology, 2024), Annex 1, industrial development special fund, science and technology innovation item; MOF Caiyu [2015] No. 88, Article 27",
        messages = {
            @RuleInfo.Message(zh = "任务“{0}”预算 {1}，执行数为 0。请在该任务的说明（explanation）中写明未执行的原因；资金已调出的，按调整后的预算修订该任务的绩效指标并登记调剂记录。",
                    en = "Task \"{0}\" has a budget of {1} but executed nothing. Give the reason in the task's 说明 (explanation); if the money was moved away, record the adjustment and revise the task's indicators for the adjusted budget."),
            @RuleInfo.Message(key = "explained", zh = "任务“{0}”预算 {1}，执行数为 0（说明：{2}）。请确认其绩效指标已按实际情况修订。",
                    en = "Task \"{0}\" has a budget of {1} but executed nothing (explanation: {2}). Make sure its indicators were revised accordingly.")
        })
public final class ZeroExecution implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (Task t : submission.tasks()) {
            if (t.budget() == null || t.execution() == null || t.budget().value().signum() <= 0
                    || t.execution().value().signum() != 0) {
                continue;
            }
            if (Checks.blank(t.explanation())) {
                ctx.report("", t.execution().src(), t.label(), Checks.money(t.budget()));
            } else {
                ctx.report(Severity.WARNING, "explained", t.execution().src(), null, t.label(), Checks.money(t.budget()),
                        Checks.quote(t.explanation()));
            }
        }
    }
}
