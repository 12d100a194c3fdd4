package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetValue;
import java.util.List;

@RuleInfo(
        id = "indicator-input-as-output",
        severity = Severity.WARNING,
        category = Category.MEASURABILITY,
        titleZh = "以投入代替产出",
        titleEn = "Input filed as an output",
        rationaleZh = "财力、人力、物力等投入数量不能作为绩效目标。产出指标写“资金投入 ≥ X 万元”或“经费支付完成率”，衡量的是钱花出去没有，而不是做成了什么。"
                + "金额只属于成本指标。",
        rationaleEn = "Money, staff and material put in are not performance targets. An output indicator such as \"funds invested ≥ X 万元\" or \"payment completion rate\" "
                + "measures whether money went out, not what was achieved. Amounts belong to cost indicators.",
        source = "ST-7：地方项目绩效管理手册（“投入不能作为绩效目标”）",
        messages = {
            @RuleInfo.Message(zh = "产出指标“{0}”的指标值“{1}”是一笔金额，衡量的是投入而不是产出。请改为该笔资金要完成的工作量、质量或时限；金额放在成本指标中。",
                    en = "The output indicator \"{0}\" has the amount \"{1}\" as its target: that measures input, not output. Target the work, quality or timing the money buys; amounts go under cost indicators."),
            @RuleInfo.Message(key = "name", zh = "产出指标“{0}”衡量的似乎是资金投入或支付（{2}），而不是产出。请改为资金要完成的工作量、质量或时限。",
                    en = "The output indicator \"{0}\" seems to measure money put in or paid out ({2}), not output. Target the work, quality or timing the money buys.")
        })
public final class IndicatorInputAsOutput implements Rule {

    /**
     * Names that describe money or staff put in (or merely paid out), not work done. Narrow on purpose: how
     * accurately or promptly payments are made is a service of its own and is left alone.
     */
    private static final List<String> INPUT_WORDS = List.of(
            "资金投入", "投入资金", "经费投入", "投入经费", "预算投入", "投入金额", "资金到位", "到位资金",
            "资金拨付", "拨付资金", "经费拨付", "经费支付完成", "资金支付完成", "预算执行", "人力投入", "投入人力", "物力投入");

    @Override
    public void check(Submission submission, RuleContext ctx) {
        for (Indicator i : submission.applicableIndicators()) {
            if (!"产出指标".equals(i.level1()) || i.level2() == null || i.level2().contains("成本")) {
                continue;
            }
            TargetValue t = i.targetValue();
            if (t.isMoney()) {
                ctx.report("", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
                continue;
            }
            String label = i.label();
            for (String w : INPUT_WORDS) {
                if (label.contains(w)) {
                    ctx.report(Severity.INFO, "name", i.src(), null, Checks.name(i), Checks.quote(t.text()), w);
                    break;
                }
            }
        }
    }
}
