package io.github.jixiao.lint.review;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.RuleInfo;

@RuleInfo(
        id = "baseline-stale",
        severity = Severity.INFO,
        category = Category.CONFIGURATION,
        titleZh = "基线中的问题已不再出现或已改变",
        titleEn = "Baseline entry no longer occurs or changed",
        rationaleZh = "基线记录接入 jixiao 时已有的问题；已修正的问题应从基线中去掉（重新运行 jixiao:baseline）。"
                + "同一规则在同一文件、同一位置（行序变化后，按基线记录的名称找到的唯一同名行）仍有问题、只是其数字或文字变了（复核分 2.5 改为 2.6）的，该问题仍在，作为新问题报告："
                + "此时说明基线条目已与它不一致，而不说问题已不再出现。",
        rationaleEn = "The baseline records the findings there were when jixiao was adopted; fixed ones should leave it (run jixiao:baseline again). "
                + "Where the same rule still reports a finding in the same file at the same place (or, rows moved since, on the one row of the name the entry records), only with other figures or words (a 复核分 (reviewer's score) "
                + "of 2.5 changed to 2.6), the problem is still there and is reported as new: the note then says the entry no longer matches it, not that it is gone.",
        source = "jixiao",
        messages = {
            @RuleInfo.Message(zh = "基线中的问题（规则 {0}，文件 {1}，位置 {2}）已不再出现。请重新运行 jixiao:baseline 更新基线。",
                    en = "The baselined finding (rule {0}, file {1}, at {2}) no longer occurs. Run jixiao:baseline to update the baseline."),
            @RuleInfo.Message(key = "changed", zh = "基线中的问题（规则 {0}，文件 {1}，位置 {2}）仍然存在，但其数字或文字已改变，与基线记录不再一致，因此作为新问题报告。请核对后重新运行 jixiao:baseline 更新基线，或修正该问题。",
                    en = "The baselined finding (rule {0}, file {1}, at {2}) still occurs, but its figures or wording changed, so it no longer matches the baseline entry and is reported as new. Check it, then run jixiao:baseline to update the baseline, or fix the finding.")
        })
public final class BaselineStale implements InputRule {
}
