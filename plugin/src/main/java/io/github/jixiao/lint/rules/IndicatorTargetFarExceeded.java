package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;

@RuleInfo(
        id = "indicator-target-far-exceeded",
        severity = Severity.INFO,
        category = Category.PLAUSIBILITY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "实际完成值远超指标值",
        titleEn = "Target exceeded by far",
        rationaleZh = "绩效目标应合理可行。实际完成值超出指标值一半以上，多半是目标定得过低；评分时“因目标设定过低而超额完成的，按偏离程度扣分”，下一年度的目标应相应提高。小的整数目标只多出一个单位的（“≥2 批次”完成 3 批次，遂宁经开区 2021），是多做了一次，不是目标定得过低，不提示：按整数计、不是百分比的指标值，实际完成值须至少多出 2 个单位。",
        rationaleEn = "Targets should be realistic. An actual more than half again above its target usually means the target was set too low; such over-achievement "
                + "loses points by the deviation, and next year's target should rise. A small whole-number target exceeded by a single unit (\"≥2\" batches, 3 done: Suining economic development zone 2021) is one event more than planned, not a target set too low, and is not noted: a whole-number target that is no percentage must be exceeded by at least 2 units.",
        source = "SC-1：财预〔2020〕10号 单位自评评分规则（目标设定过低的按偏离程度扣分）；ST-9（合理可行）",
        sourceEn = "SC-1: MOF Caiyu [2020] No. 10, self-evaluation scoring rules (targets set too low lose points by how far they are off); ST-9 (reasonable and feasible)",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的实际完成值 {2} 是指标值 {1} 的 {3} 倍。请核对实际值；目标定得过低的，说明原因并在下一年度提高目标。",
                    en = "The actual {2} of indicator \"{0}\" is {3} times its target {1}. Check the actual; if the target was set too low, say why and raise it next year.")
        },
        thresholds = {
            @RuleInfo.Threshold(name = "factor", value = "1.5", unit = "×",
                    zh = "实际完成值达到“≥”指标值的此倍数即为远超", en = "an actual at or above this multiple of a \"≥\" target is far above it")
        })
public final class IndicatorTargetFarExceeded implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        BigDecimal factor = ctx.threshold("factor"); // read once: the lookup is a search of the rule's settings
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE | IndicatorFacts.T_AT_LEAST
                    | IndicatorFacts.A_QUANTITATIVE)) {
                continue; // inUnitOf below gives null for an actual that is not a quantity
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            if (!t.isQuantitative() || (t.comparator() != Comparator.GE && t.comparator() != Comparator.GT) || t.low().signum() <= 0) {
                continue;
            }
            BigDecimal a = facts.actualInTarget(k); // TargetParser.inUnitOf(i.actualValue(), t), once per run
            if (a != null && a.compareTo(t.low().multiply(factor)) >= 0 && !oneOver(t, a)) {
                BigDecimal times = a.divide(t.low(), 1, java.math.RoundingMode.HALF_UP);
                ctx.report("", i.actualSrc(), Checks.name(i), Checks.quote(t.text()), Checks.quote(i.actual()), Checks.num(times));
            }
        }
    }

    /**
     * Whether {@code a} is over a small whole-number target by less than two whole units ("≥2" → 3, "≥1" → 2: 遂宁经开区
     * 2021's 医疗器械抽验批次, t106 /2): one batch, one event more than planned, not a target set too low, however large the
     * ratio of two small counts (audit s50 A5 row 10). Not a percentage, nor a target with a fraction ("≥1.2万亩").
     */
    static boolean oneOver(TargetValue t, BigDecimal a) {
        return !t.isPercent() && t.low().stripTrailingZeros().scale() <= 0 && a.subtract(t.low()).compareTo(BigDecimal.valueOf(2)) < 0;
    }
}
