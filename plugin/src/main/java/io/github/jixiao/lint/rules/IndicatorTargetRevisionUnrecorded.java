package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Adjustment;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import io.github.jixiao.target.TargetValue;
import java.util.Optional;

@RuleInfo(
        id = "indicator-target-revision-unrecorded",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        titleZh = "指标值改动没有修订记录",
        titleEn = "Target changed without a record",
        rationaleZh = "绩效目标确定后一般不予调整；确需调整的，按预算调整流程报批。改过的指标值应记录修订日期，并对应一笔预算调整（调整或调剂）；"
                + "没有记录的改动无从核实，也可能是为了迁就实际完成值。",
        rationaleEn = "Targets, once set, are not normally changed; a change goes through the budget adjustment procedure. A revised target should carry its revision date "
                + "and match a budget adjustment; an unrecorded change cannot be verified and may have been made to fit the actual.",
        source = "ADJ-2：财预〔2015〕88号 第二十八条；ADJ-5：重庆 2021 自评表（年初指标值与调整指标值并列）",
        sourceEn = "ADJ-2: MOF Caiyu [2015] No. 88, Article 28; ADJ-5: Chongqing 2021 self-evaluation table (initial and adjusted targets side by side)",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的指标值由“{1}”改为“{2}”，但没有修订日期。请填写 targetRevisedOn，并在 adjustments.json 中登记对应的预算调整或批复。",
                    en = "The target of indicator \"{0}\" changed from \"{1}\" to \"{2}\" without a revision date. Fill in targetRevisedOn and record the matching budget adjustment or approval in adjustments.json."),
            @RuleInfo.Message(key = "no-adjustment", zh = "指标“{0}”的指标值于 {3} 由“{1}”改为“{2}”，但没有任何预算调整或调剂与之对应。请在 adjustments.json 中登记这次调整及其批复，或恢复原指标值。",
                    en = "The target of indicator \"{0}\" changed from \"{1}\" to \"{2}\" on {3}, but no budget adjustment matches it. Record the adjustment and its approval in adjustments.json, or restore the original target.")
        })
public final class IndicatorTargetRevisionUnrecorded implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        java.util.Set<String> adjusted = null; // the tasks adjustments name, made when first asked for
        for (int k = 0; k < facts.size(); k++) {
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.REVISED)) {
                continue;
            }
            Indicator i = facts.row(k);
            if (same(ctx, i.target(), i.adjustedTarget())) {
                continue;
            }
            String name = Checks.name(i);
            String from = Checks.quote(i.target());
            String to = Checks.quote(i.adjustedTarget());
            if (i.targetRevisedOn() == null) {
                ctx.report("", i.targetSrc(), name, from, to);
            } else if (!hasAdjustment(submission, i, adjusted == null ? adjusted = adjustedTasks(submission) : adjusted)) {
                ctx.report("no-adjustment", submission.src("indicators#" + i.pointer() + "/targetRevisedOn"), name, from, to,
                        i.targetRevisedOn());
            }
        }
    }

    private static boolean same(RuleContext ctx, String a, String b) {
        TargetValue x = ctx.parse(a);
        TargetValue y = ctx.parse(b);
        if (x.isQuantitative() && y.isQuantitative()) {
            return x.format().equals(y.format()) || (x.comparator() == y.comparator() && x.unit().equals(y.unit())
                    && x.low().compareTo(y.low()) == 0 && x.high().compareTo(y.high()) == 0);
        }
        return a.strip().equals(b.strip());
    }

    /**
     * An adjustment of the indicator's task, or (for an indicator linked to no task) any adjustment: {@code adjusted} holds
     * the task each adjustment names (stripped), made once for all the rows (each row scanned every adjustment before, in
     * time indicators × adjustments: TaskLinksHostileTest).
     */
    private static boolean hasAdjustment(Submission s, Indicator i, java.util.Set<String> adjusted) {
        if (Checks.blank(i.task())) {
            return !s.adjustments().isEmpty();
        }
        Optional<Task> task = Checks.task(s, i.task());
        return adjusted.contains(i.task().strip())
                || task.map(k -> k.name() != null && adjusted.contains(k.name()) || k.label() != null && adjusted.contains(k.label())).orElse(false);
    }

    /** The task each adjustment names, stripped (an adjustment naming none left out). */
    private static java.util.Set<String> adjustedTasks(Submission s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Adjustment a : s.adjustments()) {
            if (!Checks.blank(a.task())) {
                out.add(a.task().strip());
            }
        }
        return out;
    }
}
