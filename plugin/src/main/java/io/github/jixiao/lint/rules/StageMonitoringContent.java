package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;

@RuleInfo(
        id = "stage-monitoring-content",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "年终自评仍留着运行监控的填报",
        titleEn = "Monitoring content left at the year-end self-evaluation",
        rationaleZh = "运行监控时，实际完成值（actual）填的是截至年中的值，另有全年预计完成值、完成目标可能性和资金块的截至执行数。阶段改为自评后，实际完成值读作全年的，"
                + "计分按它计算；这些运行监控的字段仍在的，多半是只改了阶段、实际完成值还是年中的数（湖北 运行监控表转为自评表时常见）。"
                + "指出一次，在 department.json 的阶段（stage）处，列出这些字段：请把实际完成值逐个改为全年的数，再删去这些字段（自评时不再使用）。",
        rationaleEn = "At monitoring the actual holds the value to date, beside the full-year forecast, the likelihood of meeting the target and the funds' "
                + "execution to date. Once the stage is the self-evaluation, the actual is read as the year's and scored so; where those monitoring "
                + "fields are still there, most likely only the stage was changed and the actuals are still mid-year values. Said once, at "
                + "department.json's stage, naming the fields: change each actual to the year's figure, then delete those fields (the "
                + "self-evaluation does not use them).",
        source = "湖北 项目支出绩效监控表（半年度指标执行情况、全年预计完成值、完成目标可能性）；财预〔2020〕10号 附件1 单位自评表（实际完成值为全年）",
        sourceEn = "Hubei project spending performance monitoring table (half-year values, full-year forecast, likelihood); MOF Caiyu [2020] No. 10, Annex 1, unit self-evaluation table (actuals for the whole year)",
        messages = {
            @RuleInfo.Message(zh = "申报的阶段是“自评”，却仍留着运行监控的填报（{0}）：实际完成值（actual）按全年的读、据此计分，请确认它们已逐个改为全年的数，再删去这些运行监控的字段。",
                    en = "The submission's stage is the self-evaluation (自评), yet it still holds monitoring content ({0}): each actual is read as the year's and scored so. Make sure every actual is now the year's figure, then delete those monitoring fields.")
        })
public final class StageMonitoringContent implements Rule {

    @Override
    public void check(Submission s, RuleContext ctx) {
        HeldFields held = new HeldFields(s)
                .indicators("forecast", i -> !Checks.blank(i.columns().forecast()))
                .indicators("likelihood", i -> !Checks.blank(i.columns().likelihood()))
                .funds("executedToDate", r -> r.executedToDate() != null)
                .funds("forecast", r -> r.forecast() != null);
        if (!held.isEmpty()) {
            ctx.report(s.src("department#/stage"), held.names());
        }
    }
}
