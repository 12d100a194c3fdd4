package io.github.jixiao.lint.review;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "baseline-stale",
        severity = Severity.INFO,
        category = Category.CONFIGURATION,
        titleZh = "基线中的问题已不再出现",
        titleEn = "Baseline entry no longer occurs",
        rationaleZh = "基线记录接入 jixiao 时已有的问题；已修正的问题应从基线中去掉（重新运行 jixiao:baseline）。",
        rationaleEn = "The baseline records the findings there were when jixiao was adopted; fixed ones should leave it (run jixiao:baseline again).",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "基线中的问题（规则 {0}，文件 {1}，位置 {2}）已不再出现。请重新运行 jixiao:baseline 更新基线。",
                    en = "The baselined finding (rule {0}, file {1}, at {2}) no longer occurs. Run jixiao:baseline to update the baseline.")
        })
public final class BaselineStale implements InputRule {
}
