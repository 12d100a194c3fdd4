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
        rationaleZh = "很多自评表没有“完成档次”一栏，定性指标的实际完成值只写“达成预期指标”“已完成”，或照抄指标值，或写“基本达到”“较及时”“未达标”。计分时把这样的实际完成值读作一个档次："
                + "达成预期指标、已完成或与指标值相同的读作“达成”；框架列出的“基本达到”“基本完成”“部分完成”等，以及在指标值的词前加“基本”“较”“比较”“部分”的（达标 → 基本达标、及时 → 较及时）读作“部分达成”；"
                + "加“未”“不”的（达标 → 未达标），以及框架读作达成的词前加“未”“不”的（未达成预期指标、未完成、不符合要求）读作“未达成”。按该档次的分值区间核对得分，并说明这一假定，便于复核。其他写法不猜，按缺少完成档次处理。",
        rationaleEn = "Many tables have no achievement column: the actual of a qualitative indicator says only 达成预期指标 (target achieved), 已完成 (done), repeats the target, "
                + "or says 基本达到 (basically reached), 较及时 (fairly timely) or 未达标 (not up to standard). Scoring reads such an actual as a band: 达成预期指标 (target achieved), "
                + "已完成 (done) or the target's own words as 达成 (achieved); the framework's words such as 基本达到 (basically reached) or 部分完成 (partly done), and the target's "
                + "word with 基本 (basically), 较 (fairly), 比较 (fairly) or 部分 (partly) before it, as 部分达成 (partly achieved); with 未 (not) or 不 (not) before it, "
                + "and the framework's words for 达成 (achieved) so denied (未达成预期指标 (target not achieved), 未完成 (not done)), as 未达成 (not achieved). It checks the score against that band and says so, so a reviewer can check the assumption. Any other wording is not guessed: "
                + "the row states no achievement.",
        source = "SC-2：财预〔2020〕10号 定性指标按 达成 / 部分达成 / 未达成 三档计分；九亭镇 2020（达标 → 基本达标、及时 → 较及时）、原州区 2022（是 → 基本达到）实例",
        sourceEn = "SC-2: MOF Caiyu [2020] No. 10, qualitative indicators scored in three bands: achieved / partly achieved / not achieved; Jiuting 2020 (up to standard → basically up to standard, timely → fairly timely) and Yuanzhou 2022 (yes → basically reached) examples",
        messages = {
            @RuleInfo.Message(key = "achievement", zh = "定性指标“{0}”没有写完成档次，实际完成值“{1}”按“{2}”理解并据此核对得分。如不是，请填写 achievement。",
                    en = "Qualitative indicator \"{0}\" states no achievement; its actual \"{1}\" is read as \"{2}\" and the score checked on that band. If that is wrong, fill in achievement.")
        })
public final class ScoreAssumption implements InputRule {
}
