package io.github.jixiao.lint.scoring;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Stage;

@RuleInfo(
        id = "score-assumption",
        severity = Severity.INFO,
        category = Category.SCORING,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "计分时作出的假定",
        titleEn = "An assumption made in scoring",
        rationaleZh = "很多自评表没有“完成档次”一栏，定性指标的实际完成值只写“达成预期指标”“已完成”，或照抄指标值。计分时把这样的实际完成值读作“达成”，按达成档次的分值区间核对得分，并说明这一假定，便于复核。",
        rationaleEn = "Many tables have no achievement column: the actual of a qualitative indicator says only 达成预期指标 (target achieved), 已完成 (done), or repeats the target. "
                + "Scoring reads such an actual as 达成 (achieved), checks the score against that band, and says so, so a reviewer can check the assumption.",
        source = "SC-2：财预〔2020〕10号 定性指标按 达成 / 部分达成 / 未达成 三档计分",
        sourceEn = "SC-2: MOF Caiyu [2020] No. 10, qualitative indicators scored in three bands: achieved / partly achieved / not achieved",
        messages = {
            @RuleInfo.Message(key = "achievement", zh = "定性指标“{0}”没有写完成档次，实际完成值“{1}”按“{2}”理解并据此核对得分。如不是，请填写 achievement。",
                    en = "Qualitative indicator \"{0}\" states no achievement; its actual \"{1}\" is read as \"{2}\" and the score checked on that band. If that is wrong, fill in achievement.")
        })
public final class ScoreAssumption implements InputRule {
}
